package parse

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Unit is the unit of a [RelativeTime].
type Unit uint8

// The units of a relative time, from small to large.
const (
	Second Unit = iota + 1
	Minute
	Hour
	Day
	Week
	Month
	Year
)

var unitNames = [...]string{"", "second", "minute", "hour", "day", "week", "month", "year"}

// String returns the English name of u, such as "minute".
func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return fmt.Sprintf("Unit(%d)", u)
}

// MarshalText implements [encoding.TextMarshaler].
func (u Unit) MarshalText() ([]byte, error) {
	if u == 0 || int(u) >= len(unitNames) {
		return nil, fmt.Errorf("parse: invalid unit %d", u)
	}
	return []byte(unitNames[u]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (u *Unit) UnmarshalText(b []byte) error {
	for i, n := range unitNames {
		if i > 0 && n == string(b) {
			*u = Unit(i)
			return nil
		}
	}
	return fmt.Errorf("parse: unknown unit %q", b)
}

// Direction says whether a [RelativeTime] lies before or after the
// reference time.
type Direction uint8

// The directions of a relative time.
const (
	Past Direction = iota + 1
	Future
)

// String returns "past" or "future".
func (d Direction) String() string {
	switch d {
	case Past:
		return "past"
	case Future:
		return "future"
	}
	return fmt.Sprintf("Direction(%d)", d)
}

// MarshalText implements [encoding.TextMarshaler].
func (d Direction) MarshalText() ([]byte, error) {
	if d != Past && d != Future {
		return nil, fmt.Errorf("parse: invalid direction %d", d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *Direction) UnmarshalText(b []byte) error {
	switch string(b) {
	case "past":
		*d = Past
	case "future":
		*d = Future
	default:
		return fmt.Errorf("parse: unknown direction %q", b)
	}
	return nil
}

// A RelativeTime is a time given relative to the moment of reading, such
// as the age "28 minuten geleden" stamped on an item.
//
// Compound ages are summed in their smallest unit: "1 dag, 13 uren
// geleden" has Amount 37 and Unit [Hour]. Fractions are expressed in the
// next smaller unit: "anderhalf uur geleden" has Amount 90 and Unit
// [Minute].
type RelativeTime struct {
	Text      string    `json:"text"`
	Amount    int64     `json:"amount"`
	Unit      Unit      `json:"unit"`
	Direction Direction `json:"direction"`
	// Time is the resolved time. It is set when the document was parsed
	// with a reference time (see [WithReference]).
	Time  time.Time `json:"time,omitzero"`
	Start int       `json:"start"`
	End   int       `json:"end"`
}

// maxAmount bounds amounts, in seconds, so that Resolve never overflows:
// it is about 10,000 years.
const maxAmount = 10_000 * 365 * 24 * 3600

// Resolve returns the time that r denotes when read at ref. Months and
// years are calendar months and years, as in [time.Time.AddDate]. Amounts
// too large to represent are clamped to about 10,000 years.
func (r RelativeTime) Resolve(ref time.Time) time.Time {
	n := min(r.Amount, maxAmount/unitSeconds[max(min(r.Unit, Year), Second)])
	if r.Direction == Past {
		n = -n
	}
	// Seconds, minutes and hours are split into whole days and the rest,
	// so that large amounts never overflow a time.Duration.
	var perDay int64
	var unit time.Duration
	switch r.Unit {
	case Second:
		perDay, unit = 86400, time.Second
	case Minute:
		perDay, unit = 1440, time.Minute
	case Hour:
		perDay, unit = 24, time.Hour
	case Day:
		return ref.AddDate(0, 0, int(n))
	case Week:
		return ref.AddDate(0, 0, 7*int(n))
	case Month:
		return ref.AddDate(0, int(n), 0)
	case Year:
		return ref.AddDate(int(n), 0, 0)
	default:
		return ref
	}
	return ref.AddDate(0, 0, int(n/perDay)).Add(time.Duration(n%perDay) * unit)
}

// ErrNoAge reports that a text is not a relative time.
var ErrNoAge = errors.New("parse: not a relative time")

// ParseAge parses s, which must be a relative time and nothing else (blanks
// around it are allowed), such as "28 minuten geleden", "een uur geleden",
// "1 dag, 13 uren geleden" or "over twee dagen". Offsets are into s. It
// returns [ErrNoAge] when s is not a relative time.
func ParseAge(s string) (RelativeTime, error) {
	if err := checkUTF8(s); err != nil {
		return RelativeTime{}, err
	}
	start := skipBlank(s, 0, len(s))
	end := trimBlankRight(s, start, len(s))
	r, n, ok := scanAge(s, start, end)
	if !ok || n != end {
		return RelativeTime{}, ErrNoAge
	}
	return r, nil
}

// unitWords maps the Dutch unit words, singular, plural and abbreviated, to
// units.
var unitWords = map[string]Unit{
	"seconde": Second, "seconden": Second, "sec": Second, "s": Second,
	"minuut": Minute, "minuten": Minute, "min": Minute, "m": Minute,
	"uur": Hour, "uren": Hour, "u": Hour,
	"dag": Day, "dagen": Day, "d": Day,
	"week": Week, "weken": Week, "wk": Week,
	"maand": Month, "maanden": Month, "mnd": Month,
	"jaar": Year, "jaren": Year, "jr": Year,
}

// subunit gives the unit and factor that express half of a unit exactly.
var subunit = map[Unit]struct {
	u Unit
	f int64
}{
	Minute: {Second, 60}, Hour: {Minute, 60}, Day: {Hour, 24},
	Week: {Day, 7}, Month: {Day, 30}, Year: {Month, 12},
}

// unitSeconds gives the length of each unit for compound ages, which mix
// units ("1 dag, 13 uren"): months count 30 days and years 365.
var unitSeconds = [...]int64{Second: 1, Minute: 60, Hour: 3600, Day: 86400, Week: 7 * 86400, Month: 30 * 86400, Year: 365 * 86400}

// toUnit converts amount from unit from to the smaller or equal unit to.
func toUnit(amount int64, from, to Unit) int64 {
	if amount > maxAmount {
		amount = maxAmount
	}
	if from == Year && to == Month {
		return amount * 12
	}
	return amount * (unitSeconds[from] / unitSeconds[to])
}

// scanAge scans a relative time that starts at s[i] and ends at or before
// end. It returns the age, the offset just past it, and whether one was
// found. The forms are
//
//	AMOUNT UNIT [(,|en) AMOUNT UNIT]... geleden
//	over AMOUNT UNIT [(,|en) AMOUNT UNIT]...
//
// where AMOUNT is digits, a Dutch number word, "anderhalf" or "een half".
// The age may be glued to what follows ("geledenTEHERAN").
func scanAge(s string, i, end int) (RelativeTime, int, bool) {
	start := i
	dir := Past
	if w, j := nextWord(s, i, end); strings.EqualFold(w, "over") {
		dir = Future
		i = j
	}
	var total int64
	var unit Unit
	parts := 0
	last := i
	for {
		j := skipBlank(s, i, end)
		amount, half, k, ok := scanAmount(s, j, end)
		if !ok {
			break
		}
		w, k2 := nextUnitWord(s, k, end)
		u, ok := unitWords[strings.ToLower(w)]
		if !ok {
			break
		}
		if half {
			su := subunit[u]
			amount, u = amount*su.f/2, su.u
		}
		switch {
		case parts == 0:
			total, unit = amount, u
		case u < unit:
			total = toUnit(total, unit, u) + amount
			unit = u
		default:
			total += toUnit(amount, u, unit)
		}
		total = min(total, maxAmount)
		parts++
		last = k2
		i = k2
		// A separator before the next part: a comma or "en".
		j = skipBlank(s, i, end)
		if j < end && s[j] == ',' {
			i = j + 1
			continue
		}
		if w, k3 := nextWord(s, j, end); strings.EqualFold(w, "en") {
			i = k3
			continue
		}
	}
	if parts == 0 {
		return RelativeTime{}, 0, false
	}
	stop := last
	if dir == Past {
		j := skipBlank(s, last, end)
		const geleden = "geleden"
		if end-j < len(geleden) || !strings.EqualFold(s[j:j+len(geleden)], geleden) {
			return RelativeTime{}, 0, false
		}
		stop = j + len(geleden)
		// "geleden" must end the word, unless an upper-case letter follows:
		// scraping glues the age to the next dateline ("geledenTEHERAN").
		if stop < end {
			r, _ := utf8.DecodeRuneInString(s[stop:end])
			if isLetter(r) && !isUpper(r) {
				return RelativeTime{}, 0, false
			}
		}
	}
	return RelativeTime{
		Text:      s[start:stop],
		Amount:    total,
		Unit:      unit,
		Direction: dir,
		Start:     start,
		End:       stop,
	}, stop, true
}

// scanAmount scans a number at s[i]: digits, a number word, "anderhalf" or
// "een half"/"half". half reports a half unit to add: "anderhalf" is 1 and
// a half, so amount 3 with half set means three halves.
func scanAmount(s string, i, end int) (amount int64, half bool, next int, ok bool) {
	j := i
	for j < end && j-i < 12 && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j > i {
		if j < end && '0' <= s[j] && s[j] <= '9' {
			return 0, false, 0, false // too long
		}
		var n int64
		for _, c := range s[i:j] {
			n = n*10 + int64(c-'0')
		}
		return min(n, maxAmount), false, j, true
	}
	w, j := nextWord(s, i, end)
	lw := strings.ToLower(w)
	switch lw {
	case "anderhalf", "anderhalve":
		return 3, true, j, true
	case "half", "halve":
		return 1, true, j, true
	case "een", "één", "eén":
		// "een half uur"
		if w2, j2 := nextWord(s, j, end); w2 == "half" || w2 == "halve" {
			return 1, true, j2, true
		}
		return 1, false, j, true
	}
	if n, ok := numberWord(lw); ok {
		return n, false, j, true
	}
	return 0, false, 0, false
}

// nextWord returns the run of letters that starts at the first non-blank
// rune at or after s[i], and the offset just past it.
func nextWord(s string, i, end int) (string, int) {
	i = skipBlank(s, i, end)
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if !isLetter(r) {
			break
		}
		j += n
	}
	return s[i:j], j
}

// nextUnitWord is like nextWord, but a unit glued to its amount ("5min")
// needs no blank, and the word stops at an upper-case letter after a
// lower-case one, where scraping glued two texts together.
func nextUnitWord(s string, i, end int) (string, int) {
	i = skipBlank(s, i, end)
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if !isLetter(r) || (j > i && isUpper(r)) {
			break
		}
		j += n
	}
	if j < end && s[j] == '.' { // "min." "sec."
		if _, ok := unitWords[strings.ToLower(s[i:j])]; ok && j-i <= 3 {
			return s[i:j], j + 1
		}
	}
	return s[i:j], j
}

var numberUnits = map[string]int64{
	"nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
	"zes": 6, "zeven": 7, "acht": 8, "negen": 9,
}

var numberTeens = map[string]int64{
	"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
	"vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}

var numberTens = map[string]int64{
	"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
	"zeventig": 70, "tachtig": 80, "negentig": 90,
}

// numberWord parses a Dutch cardinal from nul to negenennegentig and the
// round hundreds: "tweeëntwintig", "achtenveertig", "honderd".
func numberWord(w string) (int64, bool) {
	if n, ok := numberUnits[w]; ok {
		return n, true
	}
	if n, ok := numberTeens[w]; ok {
		return n, true
	}
	if n, ok := numberTens[w]; ok {
		return n, true
	}
	if w == "honderd" {
		return 100, true
	}
	for _, sep := range []string{"ën", "en"} {
		if k := strings.Index(w, sep); k > 0 {
			u, ok1 := numberUnits[w[:k]]
			t, ok2 := numberTens[w[k+len(sep):]]
			if ok1 && ok2 && u > 0 {
				return t + u, true
			}
		}
	}
	return 0, false
}
