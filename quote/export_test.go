package quote

// CheckInvariants exports checkInvariants to the external tests.
var CheckInvariants = checkInvariants
