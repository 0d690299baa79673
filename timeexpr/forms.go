package timeexpr

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
			} else if f.nd <= 6 {
				v += float64(f.n) / math.Pow(10, float64(f.nd))
			}
			e += 2
		}
	case ts == "anderhalf" || ts == "anderhalve":
		return 1.5, p + 1, false, true
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
		}
		v, e = 1, p+1
	case t.k == kWord:
		n, k := ps.numWord(p)
		if k != 2 {
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
	if w == "kwartier" {
		return Minute, p + 1, true
	}
	g, short := unitOf(w)
	if g == 0 {
		return 0, p, false
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
		if !ok2 || g >= last {
			break
		}
		if ps.w(e2) == "of" && ps.w(q) == "een" && ps.isCard(e2+1) || ps.w(e2) == "of" && ps.w(q) == "een" && ps.isNum(e2+1) {
			// "een jaar of tien": about ten years
			if n, e3, _, ok := ps.number(e2 + 1); ok && n > 1 && !unitIs(ps.w(e3)) {
				v, approx, e2 = float64(n), true, e3
			}
		}
		w := ps.w(e1)
		if w == "kwartier" {
			v *= 15
			last = Hour
		} else {
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
	return t.Add(time.Duration(s*secs) * time.Second)
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
	case s > 0:
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
	if h > 0 || m > 0 || s > 0 {
		b.WriteByte('T')
		if h > 0 {
			b.WriteString(strconv.FormatInt(h, 10) + "H")
		}
		if m > 0 {
			b.WriteString(strconv.FormatInt(m, 10) + "M")
		}
		if s > 0 {
			b.WriteString(strconv.FormatInt(s, 10) + "S")
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
	d, e, ok := ps.duration(p)
	if !ok {
		return match{}, false
	}
	if d.grain() == Minute && d.v[Minute] == 0 {
		return match{}, false
	}
	return match{p, e, result{kind: Duration, grain: d.grain(), value: d.value(), approx: d.approx}}, true
}

// relative parses "in 2 minuten", "over een week", "28 minuten geleden",
// "binnen 2 weken", "afgelopen 2 dagen", "de komende dagen".
func (ps *parser) relative(p int) (match, bool) {
	w := ps.w(p)
	switch w {
	case "in", "over", "binnen", "binnenkort":
		d, e, ok := ps.duration(p + 1)
		if !ok {
			return match{}, false
		}
		if ps.w(e) == "geleden" || ps.w(e) == "terug" {
			return match{}, false
		}
		g := finer(d.min)
		t := d.apply(ps.ref, 1)
		if t.IsZero() || !sane(t) {
			return match{}, false
		}
		if w == "binnen" {
			r := interval(ps.ref, trunc(t, g), Second)
			r.approx = d.approx
			return match{p, e, r}, true
		}
		r := instant(trunc(t, g), g)
		r.approx = d.approx
		return match{p, e, r}, true
	}
	// a hedge: "ruim een jaar geleden", "zo'n tien jaar geleden", "bijna twee weken"
	if q := ps.hedge(p); q > p {
		best, found := ps.relative(q)
		if m, ok := ps.durationExpr(q); ok && (!found || m.b > best.b) {
			best, found = m, true
		}
		if !found || best.a != q {
			return match{}, false
		}
		if best.r.kind == Duration {
			// "ca. 15h", "ongeveer drie uur 's middags" are clock times
			if m, ok := ps.specExpr(p); ok && m.b >= best.b {
				return match{}, false
			}
		}
		best.a = p
		best.r.approx = true
		return best, true
	}
	if m, ok := ps.vagueAgo(p); ok {
		return m, true
	}
	// "28 minuten geleden"
	if d, e, ok := ps.duration(p); ok {
		if (ps.w(e) == "na" || ps.w(e) == "voor") && ps.cont(e) {
			// "een jaar na kerst", "twee dagen voor Pasen"
			in, ok := ps.period(e+1, ps.dir, false)
			if !ok || in.r.kind != Instant {
				return match{}, false
			}
			sign := 1
			if ps.w(e) == "voor" {
				sign = -1
			}
			t := d.apply(in.r.from, sign)
			if t.IsZero() || !sane(t) {
				return match{}, false
			}
			g := in.r.grain
			if d.min < g {
				g = d.min
			}
			r := instant(trunc(t, g), g)
			r.approx = d.approx
			return match{p, in.b, r}, true
		}
		if ps.w(e) != "geleden" && ps.w(e) != "terug" || !ps.cont(e) {
			return match{}, false
		}
		g := finer(d.min)
		t := d.apply(ps.ref, -1)
		if t.IsZero() || !sane(t) {
			return match{}, false
		}
		r := instant(trunc(t, g), g)
		r.approx = d.approx
		return match{p, e + 1, r}, true
	}
	q := p
	if w == "de" || w == "het" {
		q++
	}
	off, ok := relWord(ps.w(q))
	if !ok && ps.w(q) == "laatste" {
		off, ok = -1, true
	}
	if !ok || off == 0 {
		return match{}, false
	}
	q++
	v, e, approx, okq := ps.quantity(q)
	if okq && v == math.Trunc(v) && v >= 1 && v < 1e6 {
		g, e2, ok := ps.unitAt(e)
		if !ok || ps.w(e) == "kwartier" {
			return match{}, false
		}
		n := int(v)
		base := trunc(ps.ref, g)
		var from, to time.Time
		if off < 0 {
			from, to = add(base, g, -n), base
		} else {
			from, to = add(base, g, 1), add(base, g, n+1)
		}
		if !sane(from) || !sane(to) {
			return match{}, false
		}
		r := interval(from, to, g)
		r.approx = approx
		return match{p, e2, r}, true
	}
	// fuzzy: "de afgelopen weken", "de komende dagen"
	g, e2, ok := ps.unitAt(q)
	if !ok || !unitPlural(ps.w(q)) {
		return match{}, false
	}
	base := trunc(ps.ref, g)
	var r result
	if off < 0 {
		r = result{kind: Interval, from: add(base, g, -3), to: ps.ref, grain: g, value: "PAST_REF", approx: true}
	} else {
		r = result{kind: Interval, from: ps.ref, to: add(base, g, 4), grain: g, value: "FUTURE_REF", approx: true}
	}
	if !sane(r.from) || !sane(r.to) {
		return match{}, false
	}
	return match{p, e2, r}, true
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
	case "meer", "minder":
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

// vagueAgo parses a vague amount of time ago: "enkele dagen geleden", "een
// aantal jaren geleden", "jaren geleden" (2 to 9 units back), and "lang
// geleden" (before last year, open at the start). They are approximate
// intervals with the value PAST_REF.
func (ps *parser) vagueAgo(p int) (match, bool) {
	q := p
	switch ps.w(q) {
	case "lang", "heel":
		if ps.w(q) == "heel" && ps.w(q+1) == "lang" {
			q++
		}
		if ps.w(q) == "lang" && ps.w(q+1) == "geleden" && ps.cont(q+1) {
			to := add(trunc(ps.ref, Year), Year, -1)
			if !sane(to) {
				return match{}, false
			}
			return match{p, q + 2, result{kind: Interval, to: to, grain: Year, value: "PAST_REF", approx: true}}, true
		}
		return match{}, false
	case "enkele", "meerdere", "verscheidene", "diverse", "talloze", "vele", "verschillende":
		q++
	case "een":
		if ps.w(q+1) != "aantal" {
			return match{}, false
		}
		q += 2
	}
	if !unitPlural(ps.w(q)) || !ps.cont(q+1) || ps.w(q+1) != "geleden" && ps.w(q+1) != "terug" {
		return match{}, false
	}
	g, _ := unitOf(ps.w(q))
	from := trunc(add(ps.ref, g, -9), g)
	to := add(trunc(add(ps.ref, g, -2), g), g, 1)
	if !sane(from) || !sane(to) {
		return match{}, false
	}
	return match{p, q + 2, result{kind: Interval, from: from, to: to, grain: g, value: "PAST_REF", approx: true}}, true
}

// fixed parses fixed words: "nu", "recent", "binnenkort", "voorlopig", "na de lunch".
func (ps *parser) fixed(p int) (match, bool) {
	w := ps.w(p)
	ref := ps.ref
	today := trunc(ref, Day)
	present := func(e int, v string, approx bool) (match, bool) {
		return match{p, e, result{kind: Instant, from: trunc(ref, Second), to: trunc(ref, Second).Add(time.Second), grain: Second, value: v, approx: approx}}, true
	}
	past := func(e int) (match, bool) {
		return match{p, e, result{kind: Interval, from: today.AddDate(0, 0, -30), to: ref, grain: Day, value: "PAST_REF", approx: true}}, true
	}
	future := func(e int) (match, bool) {
		return match{p, e, result{kind: Interval, from: ref, to: today.AddDate(0, 0, 31), grain: Day, value: "FUTURE_REF", approx: true}}, true
	}
	switch w {
	case "nu", "momenteel", "thans", "heden", "tegenwoordig":
		if w == "nu" && ps.w(p+1) == "meteen" {
			return present(p+2, "PRESENT_REF", false)
		}
		return present(p+1, "PRESENT_REF", false)
	case "direct", "meteen", "onmiddellijk":
		if ps.phrase {
			return present(p+1, "PRESENT_REF", false)
		}
	case "zojuist", "zonet", "daarnet":
		return present(p+1, "PAST_REF", false)
	case "voorlopig", "vooralsnog":
		return present(p+1, "PRESENT_REF", true)
	case "op":
		if (ps.w(p+1) == "dit" || ps.w(p+1) == "het") && (ps.w(p+2) == "moment" || ps.w(p+2) == "ogenblik") {
			return present(p+3, "PRESENT_REF", false)
		}
		if ps.w(p+1) == "korte" && ps.w(p+2) == "termijn" {
			return future(p + 3)
		}
	case "vandaag":
		if ps.w(p+1) == "de" && ps.w(p+2) == "dag" {
			return present(p+3, "PRESENT_REF", true)
		}
	case "recent", "recentelijk", "onlangs", "laatstleden", "kortgeleden":
		if w == "recent" && !ps.isWord(p+1) {
			// predicative: "het rapport is (vrij) recent."
			switch ps.w(p - 1) {
			case "is", "zijn", "was", "waren", "vrij", "zeer", "heel", "erg", "te", "nog", "relatief", "tamelijk", "redelijk":
				return match{}, false
			}
		}
		if w == "recent" && ps.isWord(p+1) && ps.cont(p+1) {
			// "recent onderzoek" is an adjective; "recent is er", "recent
			// verschenen", "recent gebeurd" are times, and so is "recent"
			// after a verb: "heeft recent meerdere", "bleek recent uit"
			if ps.midSentence(p) && ps.isWord(p-1) && !recentAdjBefore(ps.w(p-1)) {
				return past(p + 1)
			}
			nw := ps.w(p + 1)
			switch nw {
			case "is", "zijn", "was", "waren", "werd", "werden", "heeft", "hebben", "had", "nog", "pas", "al", "ook", "een", "in", "op", "bij":
			default:
				if !strings.HasPrefix(nw, "ge") && !strings.HasPrefix(nw, "ver") && !strings.HasPrefix(nw, "be") {
					return match{}, false
				}
			}
		}
		return past(p + 1)
	case "kort":
		if ps.w(p+1) == "geleden" {
			return past(p + 2)
		}
	case "de":
		if ps.w(p+1) == "laatste" && ps.w(p+2) == "tijd" {
			return past(p + 3)
		}
	case "eerder", "later":
		// "eerder vandaag", "later vandaag": the part of today before or after now
		if ps.w(p+1) == "vandaag" && ps.cont(p+1) {
			if w == "eerder" {
				return match{p, p + 2, result{kind: Interval, from: today, to: ref, grain: Hour, value: "PAST_REF", approx: true}}, true
			}
			return match{p, p + 2, result{kind: Interval, from: ref, to: today.AddDate(0, 0, 1), grain: Hour, value: "FUTURE_REF", approx: true}}, true
		}
		// "eerder deze maand", "later dit jaar": the part of the period before or after now
		if off, ok := relWord(ps.w(p + 1)); ok && off == 0 {
			if g := periodOf(ps.w(p + 2)); g >= Day && g <= Year {
				start := trunc(ref, g)
				if w == "eerder" {
					return match{p, p + 3, result{kind: Interval, from: start, to: ref, grain: g, value: "PAST_REF", approx: true}}, true
				}
				return match{p, p + 3, result{kind: Interval, from: ref, to: add(start, g, 1), grain: g, value: "FUTURE_REF", approx: true}}, true
			}
		}
	case "binnenkort", "spoedig", "weldra", "eerdaags":
		return future(p + 1)
	case "straks":
		return match{p, p + 1, result{kind: Interval, from: ref, to: today.AddDate(0, 0, 1), grain: Hour, value: "FUTURE_REF", approx: true}}, true
	case "na":
		if ps.w(p+1) == "de" && ps.w(p+2) == "lunch" {
			base := today
			if ps.dir == Past && ref.Hour() < 13 {
				base = today.AddDate(0, 0, -1)
			}
			r := interval(base.Add(13*time.Hour), base.Add(17*time.Hour), Hour)
			return match{p, p + 3, r}, true
		}
	}
	return match{}, false
}

// recentAdjBefore reports whether w, before "recent", makes it an adjective:
// an article, determiner or preposition ("een recent rapport", "uit recent
// onderzoek").
func recentAdjBefore(w string) bool {
	switch w {
	case "de", "het", "een", "dit", "dat", "deze", "die", "zijn", "haar", "hun", "ons", "mijn", "jouw", "uw", "meer", "veel", "weinig", "ander", "elk", "ieder", "geen",
		"uit", "volgens", "in", "op", "van", "met", "naar", "door", "bij", "over", "voor", "na", "zonder", "tegen", "vanwege", "ondanks", "en", "of", "nog", "zeer", "heel", "vrij", "erg", "te", "zo", "minder", "relatief", "tamelijk":
		return true
	}
	return false
}

// set parses recurring times: "elke maandag", "wekelijks", "om de twee weken".
func (ps *parser) set(p int) (match, bool) {
	w := ps.w(p)
	mk := func(e int, v string, g Grain) (match, bool) {
		// a clock time may follow: "elke maandag om 9 uur", "dagelijks om 14.30 uur"
		if g >= Day && !strings.Contains(v, "T") {
			save := ps.inner
			ps.inner = true
			ts, _, te, ok := ps.spec(e)
			ps.inner = save
			if ok && ts.hasTime && !ts.hasDate() && ts.dp == 0 && !ts.hasTZ {
				h := ts.hour
				if ts.ampm == 2 && h < 12 {
					h += 12
				}
				var b []byte
				if strings.HasPrefix(v, "P") {
					b = append(b, "XXXX-XX-XX"...)
				} else {
					b = append(b, v...)
				}
				b = append(b, 'T')
				b = appendNum(b, h, 2)
				if ts.tg <= Minute {
					b = append(b, ':')
					b = appendNum(b, ts.min, 2)
				}
				if strings.HasPrefix(v, "P") && v != "P1D" {
					b = append(b[:0], v...) // "wekelijks om 9 uur": keep the period
				} else {
					v, g, e = string(b), ts.tg, te
				}
			}
		}
		// a date may follow a period: "elk jaar op 4 mei", "jaarlijks in
		// juni", "elke maand op de 15de", "elke week op maandag"
		if v == "P1Y" || v == "P1M" || v == "P1W" {
			if nv, ng, ne, ok := ps.setDate(e, v); ok {
				v, g, e = nv, ng, ne
			}
		}
		return match{p, e, result{kind: Set, grain: g, value: v}}, true
	}
	// mkDP makes a set of a day part, which a clock time may refine:
	// "iedere avond om 20.00 uur" is XXXX-XX-XXT20:00
	mkDP := func(e int, base string, dp int) (match, bool) {
		save := ps.inner
		ps.inner = true
		ts, _, te, ok := ps.spec(e)
		ps.inner = save
		if ok && ts.hasTime && !ts.hasDate() && ts.dp == 0 && !ts.hasTZ {
			ts.dp = dp
			if dpFits(&ts) {
				h := ts.hour
				switch {
				case ts.ampm == 2 && h < 12, ts.ampm == 0 && (dp == dpAfternoon || dp == dpEvening) && h < 12,
					ts.ampm == 0 && dp == dpNight && h >= 6 && h < 12:
					h += 12
				}
				b := append([]byte(base), 'T')
				b = appendNum(b, h%24, 2)
				if ts.tg <= Minute {
					b = append(b, ':')
					b = appendNum(b, ts.min, 2)
				}
				return match{p, te, result{kind: Set, grain: ts.tg, value: string(b)}}, true
			}
		}
		return match{p, e, result{kind: Set, grain: Hour, value: base + "T" + dpTimex[dp]}}, true
	}
	switch w {
	case "dagelijks":
		return mk(p+1, "P1D", Day)
	case "wekelijks":
		return mk(p+1, "P1W", Week)
	case "tweewekelijks":
		return mk(p+1, "P2W", Week)
	case "maandelijks":
		return mk(p+1, "P1M", Month)
	case "driemaandelijks", "kwartaallijks":
		return mk(p+1, "P3M", Month)
	case "halfjaarlijks":
		return mk(p+1, "P6M", Month)
	case "jaarlijks":
		return mk(p+1, "P1Y", Year)
	case "tweejaarlijks":
		return mk(p+1, "P2Y", Year)
	case "elke", "iedere", "ieder", "elk", "om":
		q := p + 1
		if w == "om" {
			if ps.w(q) != "de" {
				return match{}, false
			}
			q++
		}
		if wd, abbr := weekdayOf(ps.w(q)); wd != 0 && !abbr && w != "om" {
			return mk(q+1, "XXXX-WXX-"+strconv.Itoa(wd), Day)
		}
		if head, dp := splitDaypart(ps.w(q)); dp != 0 && w != "om" {
			if wd, abbr := weekdayOf(head); wd != 0 && !abbr {
				return mkDP(q+1, "XXXX-WXX-"+strconv.Itoa(wd), dp)
			}
		}
		if dp := daypartOf(ps.w(q)); dp != 0 && w != "om" {
			return mkDP(q+1, "XXXX-XX-XX", dp)
		}
		if w != "om" {
			// "elke eerste maandag van de maand": XXXX-XX-W1-1 (week of
			// the month, then the weekday; WL for the last)
			n, e, ok := ps.ordinal(q)
			if !ok && ps.w(q) == "laatste" {
				n, e, ok = -1, q+1, true
			}
			if ok && n != 0 && n <= 5 {
				if wd, abbr := weekdayOf(ps.w(e)); wd != 0 && !abbr && ps.w(e+1) == "van" && ps.w(e+3) == "maand" {
					switch ps.w(e + 2) {
					case "de", "elke", "iedere", "ieder":
						k := "L"
						if n > 0 {
							k = strconv.Itoa(n)
						}
						return mk(e+4, "XXXX-XX-W"+k+"-"+strconv.Itoa(wd), Day)
					}
				}
			}
		}
		if ps.w(q) == "weekend" && w != "om" {
			return mk(q+1, "XXXX-WXX-WE", Day)
		}
		n := 1
		if v, e, ok := ps.quantityInt(q); ok && v >= 1 && ps.w(q) != "een" {
			n, q = v, e
		}
		g, e, ok := ps.unitAt(q)
		if !ok || ps.w(q) == "kwartier" {
			return match{}, false
		}
		d := dur{}
		d.add(float64(n), g)
		return mk(e, d.value(), g)
	case "'":
		if ps.w(p+1) == "s" && ps.glued(p+1) {
			nw := ps.w(p + 2)
			if len(nw) > 1 && nw[len(nw)-1] == 's' {
				if wd, abbr := weekdayOf(nw[:len(nw)-1]); wd != 0 && !abbr {
					return mk(p+3, "XXXX-WXX-"+strconv.Itoa(wd), Day)
				}
			}
		}
	}
	return match{}, false
}

// setDate reads the date after a yearly, monthly or weekly set at e:
// "op 4 mei", "in juni", "op de 15de", "op maandag".
func (ps *parser) setDate(e int, v string) (string, Grain, int, bool) {
	q := e
	if ps.w(q) == "op" || ps.w(q) == "in" || ps.w(q) == "," {
		q++
	}
	save, saveP := ps.inner, ps.phrase
	ps.inner, ps.phrase = true, true
	ts, _, te, ok := ps.spec(q)
	ps.inner, ps.phrase = save, saveP
	if !ok || ts.hasTime || ts.dp != 0 || ts.hasYear || ts.relG != 0 || ts.hasDayOff || ts.hasWmod || ts.holiday != 0 || ts.season != 0 || ts.quarter != 0 || ts.weekend || ts.isoWeek != 0 {
		return "", 0, e, false
	}
	switch {
	case v == "P1Y" && ts.month != 0 && ts.dom != 0 && ts.wday == 0:
		return "XXXX-" + pad(ts.month, 2) + "-" + pad(ts.dom, 2), Day, te, true
	case v == "P1Y" && ts.month != 0 && ts.dom == 0 && ts.wday == 0:
		return "XXXX-" + pad(ts.month, 2), Month, te, true
	case v == "P1M" && ts.dom != 0 && ts.month == 0 && ts.wday == 0:
		return "XXXX-XX-" + pad(ts.dom, 2), Day, te, true
	case v == "P1W" && ts.wday != 0 && ts.dom == 0 && ts.month == 0:
		return "XXXX-WXX-" + strconv.Itoa(ts.wday), Day, te, true
	}
	return "", 0, e, false
}

// decade parses "de jaren negentig", "de jaren '90", "de twintigste eeuw".
func (ps *parser) decade(p int) (match, bool) {
	q := p
	if ps.w(q) == "de" {
		q++
	}
	loc := ps.ref.Location()
	y := ps.ref.Year()
	if ps.w(q) == "jaren" {
		q++
		var k, e int
		switch {
		case ps.isNum(q) && ps.t[q].nd == 4 && ps.t[q].n%10 == 0 && ps.t[q].n >= 1000:
			from := day(ps.t[q].n, 1, 1, loc)
			return match{p, q + 1, result{kind: Interval, from: from, to: from.AddDate(10, 0, 0), grain: Decade, value: timex(from, Decade)}}, true
		case ps.isNum(q) && ps.t[q].nd == 2 && ps.t[q].n%10 == 0:
			k, e = ps.t[q].n, q+1
		case ps.w(q) == "'" && ps.isNum(q+1) && ps.glued(q+1) && ps.t[q+1].nd == 2 && ps.t[q+1].n%10 == 0:
			k, e = ps.t[q+1].n, q+2
		default:
			v, ok := numword.Below100(ps.w(q))
			if !ok || v%10 != 0 || v < 20 {
				return match{}, false
			}
			k, e = v, q+1
		}
		if ps.w(e) == "'" {
			e++
		}
		// pick the century
		var starts, ends [3]time.Time
		c := y - mod(y, 100)
		for i := 0; i < 3; i++ {
			starts[i] = day(c+100*(i-1)+k, 1, 1, loc)
			ends[i] = starts[i].AddDate(10, 0, 0)
		}
		dir := ps.dir
		i := pickDir(dir, ps.ref, starts[:], ends[:], true)
		if ps.w(e) == "van" && ps.w(e+1) == "de" && ps.w(e+3) == "eeuw" {
			if n, ok := numword.Ordinal(ps.w(e + 2)); ok && n >= 1 && n <= 99 {
				starts[0] = day((n-1)*100+k, 1, 1, loc)
				ends[0] = starts[0].AddDate(10, 0, 0)
				i, e = 0, e+4
			} else if off, ok := relWord(ps.w(e + 2)); ok {
				starts[0] = day(c+100*off+k, 1, 1, loc)
				ends[0] = starts[0].AddDate(10, 0, 0)
				i, e = 0, e+4
			}
		}
		return match{p, e, result{kind: Interval, from: starts[i], to: ends[i], grain: Decade, value: timex(starts[i], Decade)}}, true
	}
	// centuries
	n, e, ok := ps.ordinal(q)
	if !ok {
		if off, ok2 := relWord(ps.w(q)); ok2 && (ps.w(q+1) == "eeuw" || ps.w(q+1) == "decennium") {
			g := Century
			if ps.w(q+1) == "decennium" {
				g = Decade
			}
			from := add(trunc(ps.ref, g), g, off)
			return match{p, q + 2, result{kind: Interval, from: from, to: add(from, g, 1), grain: g, value: timex(from, g)}}, true
		}
		return match{}, false
	}
	if ps.w(e) != "eeuw" || n < 1 || n > 99 {
		return match{}, false
	}
	from := day((n-1)*100+1, 1, 1, loc)
	if n == 1 {
		from = day(1, 1, 1, loc)
	} else {
		from = day((n-1)*100, 1, 1, loc)
	}
	e++
	if ps.w(e) == "voor" && (ps.w(e+1) == "christus" || ps.w(e+1) == "chr") {
		return match{}, false
	}
	return match{p, e, result{kind: Interval, from: from, to: from.AddDate(100, 0, 0), grain: Century, value: pad(n-1, 2)}}, true
}

// inYear parses a bare year licensed by a preposition: "in 2014".
func (ps *parser) inYear(p int) (match, bool) {
	approx := false
	switch ps.w(p) {
	case "in", "uit", "tijdens", "jaar", "najaar", "voorjaar", "zomer", "winter":
	case "rond", "omstreeks", "circa", "ca":
		approx = true
	default:
		return match{}, false
	}
	q := p + 1
	if ps.w(p) == "ca" {
		q = ps.skipDot(q)
	}
	y, e, ok := ps.year(q)
	if !ok || ps.t[q].k != kNum || ps.blockYear(e) {
		return match{}, false
	}
	r := instant(day(y, 1, 1, ps.ref.Location()), Year)
	if approx {
		r.approx = true
		return match{p, e, r}, true
	}
	return match{q, e, r}, true
}

// blockYear reports whether the token at e shows a preceding number is no
// year ("in 2014 gevallen" is fine, "in 2014 dagen" is not).
func (ps *parser) blockYear(e int) bool {
	w := ps.w(e)
	if unitIs(w) || w == "%" || w == "procent" || w == "euro" || w == "uur" || w == "kwartier" {
		return true
	}
	if (w == "," || w == ".") && ps.glued(e) && ps.isNum(e+1) && ps.glued(e+1) {
		return true
	}
	return false
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
