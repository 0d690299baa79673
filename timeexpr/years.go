package timeexpr

// Years, decades and centuries: "in 2014", "de jaren negentig", "de twintigste eeuw".

import (
	"strings"
	"time"

	"github.com/draadnlp/draad/internal/numword"
)

// decade parses "de jaren negentig", "de jaren '90", "de twintigste eeuw".
func (ps *parser) decade(p int) (match, bool) {
	q := p
	if ps.w(q) == "de" {
		q++
	}
	loc := ps.ref.Location()
	if ps.w(q) == "jaren" {
		y := ps.ref.Year()
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
		dir := ps.concrete(ps.dir, clsEra)
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
	case "in", "uit", "tijdens", "jaar", "najaar", "voorjaar", "zomer", "winter", "voor", "van", "sinds", "kalenderjaar":
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
	if ok && ps.t[q].k != kNum {
		ok = false
	}
	if !ok {
		// "in negentienhonderd achtentachtig", "van tweeduizend negen"
		if y, e, ok = ps.yearWords(q); !ok {
			return match{}, false
		}
	} else if ps.blockYear(e) {
		return match{}, false
	}
	if ps.w(p) == "van" && !ps.yearEnds(e) {
		return match{}, false // "van 2000 mensen"
	}
	if (ps.w(e) == "-" || ps.w(e) == "/") && ps.glued(e) && ps.glued(e+1) && ps.isNum(e+1) {
		return match{}, false // a range or a year and month: "2019-2020", "2019-7"
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

// moreYears appends the years listed after a year at i ("in 2003 en 2006",
// "in 1998, 2002 en 2006") and returns the position after them.
func (ps *parser) moreYears(dst []Expr, text string, i int) ([]Expr, int) {
	for n := 0; n < 20; n++ {
		w := ps.w(i)
		if w != "en" && w != "of" && w != "," || !ps.cont(i+1) {
			break
		}
		y, e, ok := ps.year(i + 1)
		if !ok || ps.t[i+1].k != kNum || ps.blockYear(e) || ps.codeAfter(e) {
			break
		}
		if w == "," && ps.w(e) != "en" && ps.w(e) != "of" && ps.w(e) != "," {
			break // a list ends on "en" or "of"
		}
		r := instant(day(y, 1, 1, ps.ref.Location()), Year)
		dst = append(dst, r.expr(text, ps.t[i+1].start, ps.t[e-1].end))
		i = e
		if w != "," {
			break
		}
	}
	return dst, i
}

// moreDecades appends a decade named after "en" or "of" that follows a
// decade starting at from: "de jaren zeventig en tachtig".
func (ps *parser) moreDecades(dst []Expr, text string, i int, from time.Time) ([]Expr, int) {
	v, ok := numword.Below100(ps.w(i + 1))
	if !ok && ps.isNum(i+1) && ps.t[i+1].nd == 2 {
		v, ok = ps.t[i+1].n, true
	}
	if !ok || v%10 != 0 || v < 10 || !ps.cont(i+1) || unitIs(ps.w(i+2)) {
		return dst, i
	}
	c := from.Year() - mod(from.Year(), 100)
	y := c + v
	if y < from.Year() {
		y += 100 // "de jaren negentig en nul"
	}
	d := day(y, 1, 1, from.Location())
	r := result{kind: Interval, from: d, to: d.AddDate(10, 0, 0), grain: Decade, value: timex(d, Decade)}
	return append(dst, r.expr(text, ps.t[i+1].start, ps.t[i+1].end)), i + 2
}

// yearWords parses a year written in words at p: "tweeduizend negen",
// "tweeduizendnegentien", "negentienhonderd achtentachtig",
// "negentienhonderdachtentachtig".
func (ps *parser) yearWords(p int) (int, int, bool) {
	if !ps.isWord(p) || !ps.cont(p) {
		return 0, p, false
	}
	w := ps.w(p)
	base, rest := 0, ""
	if i := strings.Index(w, "honderd"); i > 0 {
		// "negentienhonderd", "negentienhonderdachtentachtig"
		c, ok := numword.Below100(w[:i])
		if !ok || c < 10 || c > 29 {
			return 0, p, false
		}
		base, rest = c*100, w[i+len("honderd"):]
	} else if c, ok := numword.Below100(w); ok && c >= 10 && c <= 29 && ps.cont(p+1) {
		// "negentien vijfenveertig": the hundreds, then the rest
		v, ok := numword.Below100(ps.w(p + 1))
		if !ok || v < 1 {
			return 0, p, false
		}
		return c*100 + v, p + 2, true
	} else if v, ok := numword.Cardinal(w); ok && v >= 1000 && v <= 2999 {
		if v%100 != 0 || !ps.isWord(p+1) {
			return v, p + 1, true // "tweeduizendnegen"
		}
		base = v
	} else {
		return 0, p, false
	}
	if rest != "" {
		v, ok := numword.Below100(rest)
		if !ok || v == 0 {
			return 0, p, false
		}
		return base + v, p + 1, true
	}
	if v, ok := numword.Below100(ps.w(p + 1)); ok && v >= 1 && ps.cont(p+1) {
		return base + v, p + 2, true
	}
	return base, p + 1, true
}

// yearEnds reports whether token e may follow a bare year after "van":
// the end, punctuation or a word that is no noun it counts ("het record
// van 2019 staat", not "van 2000 mensen").
func (ps *parser) yearEnds(e int) bool {
	if !ps.cont(e) || !ps.isWord(e) {
		return true
	}
	w := ps.w(e)
	if len(w) < 4 || ps.tw[w] != 0 || ps.lex.has(w) || ps.capitalized(e) || participle(strings.TrimSuffix(w, "e")) {
		return true // a function word, a verb, a time word, a name or "gehanteerde"
	}
	switch w {
	case "zelf", "weer", "niet", "door", "over", "naar", "tegen", "onder", "ruim", "bijna", "even", "wegens", "vanwege",
		"maar", "want", "werd", "wordt", "heeft", "hebben", "zijn", "waren", "alleen", "vooral", "zelfs", "echter":
		return true
	}
	return false // a noun it counts: "van 2000 mensen", "tot 2757 punten"
}
