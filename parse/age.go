package parse

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/numword"
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
// geleden" has Amount 37 and Unit [Hour]. Fractions are expressed in a
// smaller unit: "anderhalf uur geleden" and "2,5 uur geleden" have Amount 90
// and 150 and Unit [Minute]; "een kwartier geleden" is 15 minutes.
type RelativeTime struct {
	Text      string    `json:"text"`
	Amount    int64     `json:"amount"`
	Unit      Unit      `json:"unit"`
	Direction Direction `json:"direction"`
	// Approximate reports a hedged or vague amount: "ruim een uur
	// geleden", "enkele minuten geleden" (Amount 3), "een paar dagen
	// geleden" (Amount 2).
	Approximate bool `json:"approximate,omitzero"`
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
// years are calendar months and years, as in [time.Time.AddDate]. The
// result is clamped to the years 0001 to 9999, which JSON and RFC 3339 can
// write: "99999999 jaar geleden" resolves to 1 January of the year 1.
func (r RelativeTime) Resolve(ref time.Time) time.Time {
	t := r.resolve(ref)
	if lo := time.Date(1, 1, 1, 0, 0, 0, 0, ref.Location()); t.Before(lo) {
		return lo
	}
	if hi := time.Date(9999, 12, 31, 23, 59, 59, 0, ref.Location()); t.After(hi) {
		return hi
	}
	return t
}

func (r RelativeTime) resolve(ref time.Time) time.Time {
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

// ageUnit is a unit word: its unit and how many of that unit it counts
// ("kwartier" is 15 minutes, "halfuur" 30).
type ageUnit struct {
	unit  Unit
	count int64
}

// unitWords maps the Dutch unit words, singular, plural and abbreviated, to
// units.
var unitWords = map[string]ageUnit{
	"seconde": {Second, 1}, "seconden": {Second, 1}, "sec": {Second, 1}, "s": {Second, 1},
	"minuut": {Minute, 1}, "minuten": {Minute, 1}, "min": {Minute, 1}, "m": {Minute, 1},
	"kwartier": {Minute, 15}, "halfuur": {Minute, 30},
	"uur": {Hour, 1}, "uren": {Hour, 1}, "u": {Hour, 1},
	"dag": {Day, 1}, "dagen": {Day, 1}, "d": {Day, 1},
	"week": {Week, 1}, "weken": {Week, 1}, "wk": {Week, 1},
	"maand": {Month, 1}, "maanden": {Month, 1}, "mnd": {Month, 1},
	"jaar": {Year, 1}, "jaren": {Year, 1}, "jr": {Year, 1},
}

// unitSeconds gives the length of each unit for compound ages, which mix
// units ("1 dag, 13 uren"): months count 30 days and years 365.
var unitSeconds = [...]int64{Second: 1, Minute: 60, Hour: 3600, Day: 86400, Week: 7 * 86400, Month: 30 * 86400, Year: 365 * 86400}

// smaller gives the next smaller unit that divides u exactly, for
// fractions: half an hour is 30 minutes, 1,5 week is 10,5 days (then 252
// hours).
var smaller = [...]Unit{Minute: Second, Hour: Minute, Day: Hour, Week: Day, Month: Day, Year: Month}

// toUnit converts amount from unit from to the smaller or equal unit to.
func toUnit(amount int64, from, to Unit) int64 {
	amount = min(amount, maxAmount)
	if from == Year && to == Month {
		return amount * 12
	}
	return amount * (unitSeconds[from] / unitSeconds[to])
}

// milli is an amount in thousandths, so that "2,5" and "anderhalf" are
// exact.
const milli = 1000

// exact turns an amount in thousandths of unit u into a whole amount,
// going to smaller units until it is whole.
func exact(m int64, u Unit) (int64, Unit) {
	for m%milli != 0 && u > Second {
		next := smaller[u]
		m = toUnit(m, u, next)
		u = next
	}
	return (m + milli/2) / milli, u
}

// approxWords are the hedges before an amount: "ruim een uur", "bijna
// twee dagen".
var approxWords = map[string]bool{
	"ruim": true, "bijna": true, "ongeveer": true, "circa": true, "ca.": true, "zo'n": true,
	"zowat": true, "pakweg": true, "krap": true, "nog geen": true, "meer dan": true,
	"minder dan": true, "rond": true, "enkele": true, "een paar": true, "paar": true,
}

// scanAge scans a relative time that starts at s[i] and ends at or before
// end. It returns the age, the offset just past it, and whether one was
// found. The forms are
//
//	[HEDGE] AMOUNT UNIT [(,|en) AMOUNT UNIT]... geleden
//	over [HEDGE] AMOUNT UNIT [(,|en) AMOUNT UNIT]...
//
// where AMOUNT is digits ("2,5" too), a Dutch number word, "anderhalf", "een
// half", "enkele" or "een paar", and HEDGE is a word such as "ruim" or
// "bijna" that makes the age approximate. The age may be glued to what
// follows ("geledenTEHERAN").
func scanAge(s string, i, end int) (RelativeTime, int, bool) {
	start := i
	dir := Past
	if w, j := nextWord(s, i, end); strings.EqualFold(w, "over") {
		dir = Future
		i = j
	}
	approx := false
	if k, ok := scanHedge(s, i, end); ok {
		approx, i = true, k
	}
	var total int64 // in thousandths of unit
	var unit Unit
	parts := 0
	last := i
	for {
		j := skipBlank(s, i, end)
		amount, vague, k, ok := scanAmount(s, j, end)
		if !ok {
			break
		}
		w, k2 := nextUnitWord(s, k, end)
		au, ok := unitWords[strings.ToLower(w)]
		if !ok {
			break
		}
		approx = approx || vague
		amount, u := min(amount, maxAmount*milli)*au.count, au.unit
		switch {
		case parts == 0:
			total, unit = amount, u
		case u < unit:
			total = toUnit(total, unit, u) + amount
			unit = u
		default:
			total += toUnit(amount, u, unit)
		}
		total = min(total, maxAmount*milli)
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
	amount, unit := exact(total, unit)
	return RelativeTime{
		Text:        s[start:stop],
		Amount:      amount,
		Unit:        unit,
		Direction:   dir,
		Approximate: approx,
		Start:       start,
		End:         stop,
	}, stop, true
}

// scanHedge scans a hedge word at s[i] ("ruim", "bijna", "meer dan") and
// returns the offset past it.
func scanHedge(s string, i, end int) (int, bool) {
	w, j := nextWord(s, i, end)
	lw := strings.ToLower(w)
	if lw == "zo" && j+2 <= end && s[j:j+2] == "'n" {
		return j + 2, true
	}
	if lw == "meer" || lw == "minder" || lw == "nog" {
		w2, j2 := nextWord(s, j, end)
		if lw2 := strings.ToLower(w2); lw2 == "dan" || lw2 == "geen" {
			return j2, true
		}
		return 0, false
	}
	if lw != "enkele" && lw != "paar" && approxWords[lw] {
		return j, true
	}
	return 0, false
}

// scanAmount scans a number at s[i] and returns it in thousandths: digits
// with an optional decimal comma ("2,5"), a number word, "anderhalf", "een
// half"/"half", "een" before "halfuur" or "kwartier", and the vague
// "enkele" (3) and "een paar" (2), which set vague.
func scanAmount(s string, i, end int) (amount int64, vague bool, next int, ok bool) {
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
		n = min(n, maxAmount) * milli
		// A decimal fraction: "2,5 uur", "1.5 uur".
		if j+1 < end && (s[j] == ',' || s[j] == '.') && '0' <= s[j+1] && s[j+1] <= '9' {
			k, scale := j+1, int64(milli/10)
			for k < end && '0' <= s[k] && s[k] <= '9' {
				n += int64(s[k]-'0') * scale
				scale /= 10
				k++
			}
			j = k
		}
		return n, false, j, true
	}
	w, j := nextWord(s, i, end)
	lw := strings.ToLower(w)
	switch lw {
	case "anderhalf", "anderhalve":
		return 3 * milli / 2, false, j, true
	case "half", "halve":
		return milli / 2, false, j, true
	case "enkele":
		return 3 * milli, true, j, true
	case "paar":
		return 2 * milli, true, j, true
	case "een", "één", "eén":
		switch w2, j2 := nextWord(s, j, end); strings.ToLower(w2) {
		case "half", "halve":
			return milli / 2, false, j2, true
		case "paar":
			return 2 * milli, true, j2, true
		}
		return milli, false, j, true
	}
	if n, ok := numword.Cardinal(lw); ok {
		return int64(n) * milli, false, j, true
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
