// Package timeexprbench compares [timeexpr.Parse] with
// github.com/markusmobius/go-dateparser (language nl) on the same Dutch
// phrases. Run it from the bench module:
//
//	go test -run '^$' -bench . ./timeexpr
//
// Each sub-benchmark reports ns/phrase; TestCoverage logs how many of the
// phrases each library understands.
package timeexprbench
