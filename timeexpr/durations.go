package timeexpr

// Durations and the amounts they are built from: "anderhalf uur", "1 uur en
// drie kwartier", "4 weken en 2 dagen"; hedges before an amount ("ruim", "bijna").

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/draadnlp/draad/internal/numword"
)

// dur is a duration in calendar units, indexed by grain.
type dur struct {
	v      [Century + 1]int64
	ms     int64 // milliseconds beyond v[Second]: "58,21 sec"
	min    Grain // finest unit used
	approx bool
}

var demote = [...]struct {
	to Grain
	k  float64
}{
	Second: {Second, 1}, Minute: {Second, 60}, Hour: {Minute, 60}, Day: {Hour, 24}, Week: {Day, 7},
	Month: {Day, 30}, Quarter: {Month, 3}, Year: {Month, 12}, Decade: {Year, 10}, Century: {Year, 100},
}

func (d *dur) add(v float64, g Grain) bool {
	for i := 0; i < 4 && g > Second && v != math.Trunc(v); i++ {
		v, g = v*demote[g].k, demote[g].to
	}
	if v > 1e12 || v < 0 {
		return false
	}
	if g == Second && v != math.Trunc(v) {
		d.ms += int64(math.Round((v - math.Trunc(v)) * 1000))
		v = math.Trunc(v)
	}
	d.v[g] += int64(math.Round(v))
	if d.min == 0 || g < d.min {
		d.min = g
	}
	return true
}

// quantity parses an amount at p: "2", "2,5", "twee", "een", "anderhalf",
// "een paar", "twee en een half".
func (ps *parser) quantity(p int) (v float64, e int, approx, ok bool) {
	if !ps.cont(p) {
		return 0, p, false, false
	}
	t := &ps.t[p]
	ts := ps.w(p)
	switch {
	case t.k == kNum:
		if t.n < 0 {
			return 0, p, false, false
		}
		v, e = float64(t.n), p+1
		if sep := ps.w(e); (sep == "," || sep == ".") && ps.glued(e) && ps.glued(e+1) && ps.isNum(e+1) {
			f := ps.t[e+1]
			if sep == "." && f.nd == 2 && (ps.w(e+2) == "uur" || ps.w(e+2) == "u") {
				// "25.00 uur", "14.75 uur": clock notation, never a duration
				return 0, p, false, false
			}
			if sep == "." && f.nd == 3 {
				v = v*1000 + float64(f.n)
			} else if g, _ := unitOf(ps.w(e + 2)); sep == "." && f.nd == 2 && f.n < 60 && g == Minute && ps.cont(e+2) {
				v += float64(f.n) / 60 // "46.59 minuten": minutes and seconds, as sports results write them
			} else if f.nd <= 6 {
				v += float64(f.n) / math.Pow(10, float64(f.nd))
			}
			e += 2
		} else if f := ps.w(e); (f == "½" || f == "¼" || f == "¾") && ps.glued(e) {
			v += fraction(f)
			e++
		}
	case ts == "anderhalf" || ts == "anderhalve":
		return 1.5, p + 1, false, true
	case ts == "½" || ts == "¼" || ts == "¾":
		return fraction(ts), p + 1, false, true
	case ts == "kwart" && ps.isWord(p+1) && unitIs(ps.w(p+1)) && ps.w(p+1) != "uur":
		return 0.25, p + 1, false, true // "een kwart jaar"; "kwart over" is a clock time
	case ts == "driekwart":
		return 0.75, p + 1, false, true
	case ts == "paar":
		return 2, p + 1, true, true
	case ts == "half" || ts == "halve":
		return 0.5, p + 1, false, true
	case ts == "een" || ts == "één":
		switch ps.w(p + 1) {
		case "paar":
			return 2, p + 2, true, true
		case "half", "halve":
			return 0.5, p + 2, false, true
		case "½", "¼", "¾":
			return fraction(ps.w(p + 1)), p + 2, false, true
		case "kwart":
			if ps.isWord(p+2) && unitIs(ps.w(p+2)) && ps.w(p+2) != "uur" {
				return 0.25, p + 2, false, true // "een kwart jaar"
			}
		}
		v, e = 1, p+1
	case t.k == kWord:
		n, k := ps.numWord(p)
		if k != 2 {
			if len(ts) < 9 {
				return 0, p, false, false
			}
			// "tweeënhalf", "drieënhalve": and a half
			for _, suf := range [...]string{"ënhalf", "ënhalve", "enhalf", "enhalve"} {
				if strings.HasSuffix(ts, suf) {
					if c, ok := numword.Cardinal(ts[:len(ts)-len(suf)]); ok && c < 1000 {
						return float64(c) + 0.5, p + 1, false, true
					}
				}
			}
			return 0, p, false, false
		}
		v, e = float64(n), p+1
	default:
		return 0, p, false, false
	}
	if ps.w(e) == "en" && (ps.w(e+1) == "een" || ps.w(e+1) == "één") && (ps.w(e+2) == "half" || ps.w(e+2) == "halve") {
		v += 0.5
		e += 3
	}
	return v, e, false, true
}

func (ps *parser) quantityInt(p int) (int, int, bool) {
	v, e, _, ok := ps.quantity(p)
	if !ok || v != math.Trunc(v) || v > 1e9 {
		return 0, p, false
	}
	return int(v), e, true
}

// unitAt parses a duration unit at p.
func (ps *parser) unitAt(p int) (Grain, int, bool) {
	if !ps.cont(p) {
		return 0, p, false
	}
	w := ps.w(p)
	if w == "kwartier" || w == "halfuur" || w == "halfuurtje" || w == "kwartiertje" {
		return Minute, p + 1, true
	}
	g, short := unitOf(w)
	if g == 0 {
		return 0, p, false
	}
	switch w {
	case "min", "sec", "secs", "wk", "jr", "mnd", "hr":
		// an abbreviated unit follows digits: "5 min", not "een min van 9
		// procent"; "WK" in capitals is a championship ("een WK-ticket")
		if p == 0 || ps.t[p-1].k != kNum || ps.capitalized(p) && len(w) == 2 {
			return 0, p, false
		}
	}
	if short {
		if !ps.phrase || p == 0 || ps.t[p-1].k != kNum {
			return 0, p, false
		}
		if (w == "'" || w == "\"") && !ps.glued(p) {
			return 0, p, false
		}
	}
	return g, p + 1, true
}

// duration parses "1 uur en drie kwartier", "4 weken en 2 dagen", "1 dag, 13 uren".
func (ps *parser) duration(p int) (d dur, e int, ok bool) {
	q := p
	last := Grain(255)
	for {
		v, e1, approx, ok1 := ps.quantity(q)
		if !ok1 {
			break
		}
		g, e2, ok2 := ps.unitAt(e1)
		if !ok2 || g > last || g == last && (v >= 1 || ps.w(q-1) != "en") {
			break // units come largest first; "twee jaar en een kwart jaar" adds a fraction
		}
		if ps.w(e2) == "of" && ps.w(q) == "een" && ps.isCard(e2+1) || ps.w(e2) == "of" && ps.w(q) == "een" && ps.isNum(e2+1) {
			// "een jaar of tien": about ten years
			if n, e3, _, ok := ps.number(e2 + 1); ok && n > 1 && !unitIs(ps.w(e3)) {
				v, approx, e2 = float64(n), true, e3
			}
		}
		switch ps.w(e1) {
		case "kwartier", "kwartiertje":
			v *= 15
			last = Hour
		case "halfuur", "halfuurtje":
			v *= 30
			last = Hour
		default:
			last = g
		}
		if !d.add(v, g) {
			return d, p, false
		}
		d.approx = d.approx || approx
		e, ok = e2, true
		q = e2
		switch ps.w(q) {
		case "en":
			q++
		case ",":
			// "1 dag, 13 uren", "een uur, 15 minuten": only the next unit down
			nv, ne, _, okq := ps.quantity(q + 1)
			ng, _, oku := ps.unitAt(ne)
			if !okq || !oku || !nextUnit(last, ng) || nv != float64(int64(nv)) {
				return d, e, ok
			}
			q++
		}
	}
	return d, e, ok
}

// apply moves t by sign times d.
func (d *dur) apply(t time.Time, sign int) time.Time {
	months := d.v[Month] + 3*d.v[Quarter] + 12*d.v[Year] + 120*d.v[Decade] + 1200*d.v[Century]
	days := d.v[Day] + 7*d.v[Week]
	secs := d.v[Second] + 60*d.v[Minute] + 3600*d.v[Hour]
	days += secs / 86400
	secs %= 86400
	if months > 2e5 || days > 5e6 {
		return time.Time{}
	}
	s := int64(sign)
	t = t.AddDate(0, int(s*months), int(s*days))
	return t.Add(time.Duration(s*secs)*time.Second + time.Duration(s*d.ms)*time.Millisecond)
}

// value formats d as an ISO 8601 duration, each half in its finest unit.
func (d *dur) value() string {
	var b strings.Builder
	b.WriteByte('P')
	months := d.v[Month] + 3*d.v[Quarter]
	years := d.v[Year] + 10*d.v[Decade] + 100*d.v[Century]
	if months > 0 {
		months += 12 * years
		years = 0
	}
	if years > 0 {
		b.WriteString(strconv.FormatInt(years, 10) + "Y")
	}
	if months > 0 {
		b.WriteString(strconv.FormatInt(months, 10) + "M")
	}
	if d.v[Week] > 0 && d.v[Day] == 0 && d.v[Hour] == 0 && d.v[Minute] == 0 && d.v[Second] == 0 {
		b.WriteString(strconv.FormatInt(d.v[Week], 10) + "W")
		return b.String()
	}
	days := d.v[Day] + 7*d.v[Week]
	h, m, s := d.v[Hour], d.v[Minute], d.v[Second]
	switch {
	case s > 0 || d.ms > 0:
		s += 60*m + 3600*h + 86400*days
		h, m, days = 0, 0, 0
	case m > 0:
		m += 60*h + 1440*days
		h, days = 0, 0
	case h > 0:
		h += 24 * days
		days = 0
	}
	if days > 0 {
		b.WriteString(strconv.FormatInt(days, 10) + "D")
	}
	if h > 0 || m > 0 || s > 0 || d.ms > 0 {
		b.WriteByte('T')
		if h > 0 {
			b.WriteString(strconv.FormatInt(h, 10) + "H")
		}
		if m > 0 {
			b.WriteString(strconv.FormatInt(m, 10) + "M")
		}
		if s > 0 || d.ms > 0 {
			s += d.ms / 1000
			b.WriteString(strconv.FormatInt(s, 10))
			if ms := d.ms % 1000; ms > 0 {
				b.WriteString(strings.TrimRight("."+strconv.FormatInt(1000+ms, 10)[1:], "0"))
			}
			b.WriteByte('S')
		}
	}
	if b.Len() == 1 {
		b.WriteString("T0S")
	}
	return b.String()
}

func (d *dur) grain() Grain {
	if d.min == Month && d.v[Month] == 0 && d.v[Quarter] > 0 {
		return Quarter
	}
	return d.min
}

func (ps *parser) durationExpr(p int) (match, bool) {
	if m, ok := ps.wholePeriod(p); ok {
		return m, true
	}
	d, e, ok := ps.duration(p)
	if !ok {
		return match{}, false
	}
	if d.grain() == Minute && d.v[Minute] == 0 {
		return match{}, false
	}
	return match{p, e, result{kind: Duration, grain: d.grain(), value: d.value(), approx: d.approx}}, true
}

// hedge returns the position after a hedge before an amount at p ("ruim",
// "bijna", "zo'n", "nog geen", "meer dan", "een kleine"), or p.
func (ps *parser) hedge(p int) int {
	switch ps.w(p) {
	case "ruim", "bijna", "krap", "pakweg", "ongeveer", "circa", "dik", "minstens", "tenminste", "hooguit", "maximaal", "zowat", "nagenoeg":
		return p + 1
	case "ca":
		return ps.skipDot(p + 1)
	case "zo":
		if ps.w(p+1) == "'" && ps.w(p+2) == "n" && ps.glued(p+1) && ps.glued(p+2) {
			return p + 3
		}
	case "nog":
		if ps.w(p+1) == "geen" {
			return p + 2
		}
	case "meer", "minder", "langer", "korter":
		if ps.w(p+1) == "dan" {
			return p + 2
		}
	case "een":
		switch ps.w(p + 1) {
		case "kleine", "goede", "dikke", "ruime":
			return p + 2
		}
	}
	return p
}

// nextUnit reports whether small is the unit right below big.
func nextUnit(big, small Grain) bool {
	switch big {
	case Year:
		return small == Month
	case Month:
		return small == Week || small == Day
	case Week:
		return small == Day
	case Day:
		return small == Hour
	case Hour:
		return small == Minute
	case Minute:
		return small == Second
	}
	return false
}

// unitIs reports whether s is a long duration unit ("uur", "dagen"; not "m").
func unitIs(s string) bool {
	g, short := unitOf(s)
	return g != 0 && !short || s == "kwartier"
}

// fraction returns the value of a vulgar fraction sign.
func fraction(s string) float64 {
	switch s {
	case "½":
		return 0.5
	case "¼":
		return 0.25
	case "¾":
		return 0.75
	}
	return 0
}

// wholePeriod parses "de hele week", "het hele jaar", "de gehele middag",
// "een hele dag": the length of one period or day part (six hours for a
// morning, afternoon or evening, eight for a night).
func (ps *parser) wholePeriod(p int) (match, bool) {
	q := p
	switch ps.w(q) {
	case "de", "het", "een":
		q++
	default:
		return match{}, false
	}
	switch ps.w(q) {
	case "hele", "gehele", "volledige", "heel":
	default:
		return match{}, false
	}
	q++
	if !ps.cont(q) {
		return match{}, false
	}
	v := ""
	g := Hour
	switch w := ps.w(q); w {
	case "ochtend", "morgen", "middag", "namiddag", "avond", "voormiddag":
		v = "PT6H"
	case "nacht":
		v = "PT8H"
	case "weekend":
		v, g = "P2D", Day
	default:
		g = periodOf(w)
		if g < Day || g > Year {
			return match{}, false
		}
		d := dur{}
		d.add(1, g)
		v = d.value()
	}
	return match{p, q + 1, result{kind: Duration, grain: g, value: v}}, true
}
