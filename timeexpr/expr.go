package timeexpr

import (
	"errors"
	"fmt"
	"time"
)

// Kind is the type of a time expression.
type Kind uint8

// The kinds of expressions.
const (
	// Instant is a point in time at some grain: "gisteren", "om 15.30 uur", "maart".
	Instant Kind = iota + 1
	// Interval is a span with a start and an exclusive end: "13 t/m 15 juli", "vanavond".
	// One end may be open (zero): "tot 11 uur", "vanaf 14u".
	Interval
	// Duration is a length of time without an anchor: "anderhalf uur".
	Duration
	// Set is a recurring time: "elke maandag", "wekelijks".
	Set
)

var kindNames = [...]string{"", "instant", "interval", "duration", "set"}

// String returns the lower-case name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements [encoding.TextMarshaler].
func (k Kind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("timeexpr: invalid kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if i > 0 && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("timeexpr: unknown kind %q", b)
}

// Grain is the precision of a time expression.
type Grain uint8

// The grains, from fine to coarse.
const (
	Second Grain = iota + 1
	Minute
	Hour
	Day
	Week
	Month
	Quarter
	Year
	Decade
	Century
)

var grainNames = [...]string{"", "second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"}

// String returns the lower-case name of g.
func (g Grain) String() string {
	if int(g) < len(grainNames) {
		return grainNames[g]
	}
	return fmt.Sprintf("Grain(%d)", uint8(g))
}

// MarshalText implements [encoding.TextMarshaler].
func (g Grain) MarshalText() ([]byte, error) {
	if g == 0 || int(g) >= len(grainNames) {
		return nil, fmt.Errorf("timeexpr: invalid grain %d", uint8(g))
	}
	return []byte(grainNames[g]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (g *Grain) UnmarshalText(b []byte) error {
	for i, n := range grainNames {
		if i > 0 && n == string(b) {
			*g = Grain(i)
			return nil
		}
	}
	return fmt.Errorf("timeexpr: unknown grain %q", b)
}

// Direction says how an underspecified expression such as "maandag" or
// "15 maart" is resolved against the reference time.
type Direction uint8

// The directions.
const (
	// Past picks the most recent matching time, today included.
	Past Direction = iota
	// Future picks the next matching time, as an assistant (and Duckling) would.
	Future
	// Nearest picks the matching time closest to the reference time.
	Nearest
	// Auto, the default, reads the direction of each expression from its
	// clause: its tense, auxiliaries such as "zal" and "gaat", and markers
	// such as "komende" and "afgelopen" (see the package documentation).
	Auto
)

// upcoming is the direction Auto gives an expression in a clause about the
// future: the next matching time, today included.
const upcoming Direction = 255

var dirNames = [...]string{"past", "future", "nearest", "auto"}

// String returns the lower-case name of d.
func (d Direction) String() string {
	if int(d) < len(dirNames) {
		return dirNames[d]
	}
	return fmt.Sprintf("Direction(%d)", uint8(d))
}

// MarshalText implements [encoding.TextMarshaler].
func (d Direction) MarshalText() ([]byte, error) {
	if int(d) >= len(dirNames) {
		return nil, fmt.Errorf("timeexpr: invalid direction %d", uint8(d))
	}
	return []byte(dirNames[d]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *Direction) UnmarshalText(b []byte) error {
	for i, n := range dirNames {
		if n == string(b) {
			*d = Direction(i)
			return nil
		}
	}
	return fmt.Errorf("timeexpr: unknown direction %q", b)
}

// Locale selects regional usage.
type Locale uint8

// The locales.
const (
	// NL is Dutch as used in the Netherlands (nl-NL), the default.
	NL Locale = iota
	// BE is Dutch as used in Belgium (nl-BE): Sinterklaas falls on 6 December.
	BE
)

var localeNames = [...]string{"nl-NL", "nl-BE"}

// String returns the BCP 47 tag of l.
func (l Locale) String() string {
	if int(l) < len(localeNames) {
		return localeNames[l]
	}
	return fmt.Sprintf("Locale(%d)", uint8(l))
}

// MarshalText implements [encoding.TextMarshaler].
func (l Locale) MarshalText() ([]byte, error) {
	if int(l) >= len(localeNames) {
		return nil, fmt.Errorf("timeexpr: invalid locale %d", uint8(l))
	}
	return []byte(localeNames[l]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts "nl-NL",
// "nl_NL", "nl-BE" and "nl_BE", in any case.
func (l *Locale) UnmarshalText(b []byte) error {
	switch string(b) {
	case "nl-NL", "nl_NL", "nl-nl", "nl_nl", "nl", "NL":
		*l = NL
	case "nl-BE", "nl_BE", "nl-be", "nl_be", "BE", "be":
		*l = BE
	default:
		return fmt.Errorf("timeexpr: unknown locale %q", b)
	}
	return nil
}

// Expr is one time expression found in a text.
//
// Start and End are byte offsets into the text, and Text == text[Start:End].
// Instants and intervals carry From and To (To exclusive) in the location
// of the reference time; an open interval has a zero From ("tot 11 uur") or
// a zero To ("vanaf 14u"). Durations and sets have neither.
type Expr struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  Kind   `json:"kind"`
	// From is the start of the expression, inclusive.
	From time.Time `json:"from,omitzero"`
	// To is the end of the expression, exclusive.
	To time.Time `json:"to,omitzero"`
	// Grain is the precision: "gisteren" has grain day, "om 15.30 uur" minute.
	Grain Grain `json:"grain,omitzero"`
	// Value is a TIMEX3-style value: "2013-02-12", "2013-W07", "2013-Q1",
	// "2013-02-12TEV", "199" (a decade), "P3D", "XXXX-WXX-1", "PAST_REF".
	// Intervals are written START/END with END the last unit covered
	// (inclusive, at the grain) and ".." for an open end; a range of clock
	// times ends with its end time: "2013-02-14T09:30/2013-02-14T11:00".
	Value string `json:"value"`
	// Approximate marks fuzzy spans: "rond drie uur", "begin april",
	// "de afgelopen weken", "binnenkort".
	Approximate bool `json:"approximate"`
}

// String returns a short description of e, for debugging.
func (e Expr) String() string {
	return fmt.Sprintf("%q %s %s [%d:%d]", e.Text, e.Kind, e.Value, e.Start, e.End)
}

// Option configures [Find] and [Parse].
type Option func(*options)

type options struct {
	dir    Direction
	locale Locale
	latent bool
}

// WithDirection sets how underspecified expressions resolve. The default is
// [Auto]: each expression's direction is read from its clause.
func WithDirection(d Direction) Option { return func(o *options) { o.dir = d } }

// WithLocale sets the regional usage. The default is [NL].
func WithLocale(l Locale) Option { return func(o *options) { o.locale = l } }

// WithLatent makes [Find] as permissive as [Parse] is with a whole phrase:
// it then also reports weak matches that strict matching skips in running
// text, such as "3 uur" as a clock time (15:00 rather than a duration), an
// abbreviated weekday without a date ("di."), a bare day of the month
// ("de 15de") and single-letter units ("2 m").
func WithLatent() Option { return func(o *options) { o.latent = true } }

// ErrNoMatch is returned by [Parse] when the phrase is not one time expression.
var ErrNoMatch = errors.New("timeexpr: no time expression")

// ParseError reports where [Parse] stopped understanding a phrase. It wraps [ErrNoMatch].
type ParseError struct {
	Phrase string
	Offset int // byte offset of the first character not understood
}

// Error implements the error interface.
func (e *ParseError) Error() string {
	return fmt.Sprintf("timeexpr: no time expression in %q at offset %d", e.Phrase, e.Offset)
}

// Unwrap returns [ErrNoMatch].
func (e *ParseError) Unwrap() error { return ErrNoMatch }

// ParseRef parses a reference time: RFC 3339 ("2013-02-12T04:30:00+01:00"),
// or a naive "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04"
// or "2006-01-02" interpreted in loc (UTC when loc is nil). The result is in loc.
func ParseRef(s string, loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	if s == "" {
		return time.Time{}, errors.New("timeexpr: empty reference time")
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err == nil {
		t = t.In(loc)
	} else {
		for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02"} {
			if t, err = time.ParseInLocation(layout, s, loc); err == nil {
				break
			}
		}
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("timeexpr: bad reference time %q (want RFC 3339 or 2006-01-02T15:04:05)", s)
	}
	// Results are written as RFC 3339, which has room for years 0000 to
	// 9999 only; keep a year of margin on both sides for what resolves
	// around the reference.
	if y := t.UTC().Year(); y < 2 || y > 9998 {
		return time.Time{}, fmt.Errorf("timeexpr: reference time %q out of range (years 0002 to 9998)", s)
	}
	return t, nil
}
