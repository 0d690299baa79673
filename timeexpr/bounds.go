package timeexpr

// Open bounds: "sinds januari", "vanaf 14u", "tot eind maart", "uiterlijk
// vrijdag", "voor 15 april", "op zijn vroegst om 14 uur".

import (
	"strings"
	"time"
)

// bound parses "sinds januari", "vanaf 14u", "tot eind maart", "t/m vrijdag",
// "uiterlijk 1 mei", "op zijn vroegst om 14 uur".
func (ps *parser) bound(p int) (match, bool) {
	w := ps.w(p)
	q := p + 1
	kind := ""
	switch w {
	case "sinds", "sedert":
		kind = "since"
	case "vanaf", "per":
		kind = "from"
	case "na":
		kind = "after"
	case "met":
		if ps.w(q) == "ingang" && ps.w(q+1) == "van" {
			kind, q = "from", q+2 // "met ingang van 1 april"
		}
	case "tot", "totdat", "uiterlijk", "tm":
		kind = "until"
		if w == "tot" {
			// "tot nu toe", "tot op heden", "tot dusver": up to now;
			// "tot voor kort": up to the recent past
			e, v, approx := q, "", false
			switch {
			case ps.w(q) == "nu":
				e, v = q+1, "../PRESENT_REF"
				if ps.w(e) == "toe" {
					e++
				}
			case ps.w(q) == "op" && ps.w(q+1) == "heden":
				e, v = q+2, "../PRESENT_REF"
			case ps.w(q) == "dusver" || ps.w(q) == "dusverre":
				e, v = q+1, "../PRESENT_REF"
			case ps.w(q) == "voor" && ps.w(q+1) == "kort":
				e, v, approx = q+2, "../PAST_REF", true
			}
			if v != "" && ps.cont(q) {
				return match{p, e, result{kind: Interval, to: trunc(ps.ref, Second), grain: Second, value: v, approx: approx}}, true
			}
		}
		if w == "tot" && ps.w(q) == "en" && ps.w(q+1) == "met" {
			kind, q = "through", q+2
		} else if w == "tot" && ps.w(q) == "uiterlijk" {
			kind, q = "through", q+1
		} else if w == "uiterlijk" || w == "tm" {
			kind = "through"
			if w == "uiterlijk" && (ps.w(q) == "in" || ps.w(q) == "op") {
				q++ // "uiterlijk in 2040", "uiterlijk op 1 mei"
			}
		}
	case "t":
		if ps.w(q) == "/" && ps.w(q+1) == "m" && ps.glued(q) && ps.glued(q+1) {
			kind, q = "through", q+2
		}
	case "voor", "vóór", "vòòr":
		kind = "before"
	case "ten":
		// "ten laatste op 1 juni", "ten vroegste in maart" (Belgian)
		switch ps.w(q) {
		case "laatste":
			kind, q = "through", q+1
		case "vroegste":
			kind, q = "from", q+1
		}
		if kind != "" && (ps.w(q) == "op" || ps.w(q) == "in" || ps.w(q) == "om") {
			q++
		}
	case "niet":
		// "niet later dan 1 juni", "niet eerder dan 3 mei", "niet na 1 juni"
		switch {
		case ps.w(q) == "later" && ps.w(q+1) == "dan":
			kind, q = "through", q+2
		case (ps.w(q) == "eerder" || ps.w(q) == "vroeger") && ps.w(q+1) == "dan":
			kind, q = "from", q+2
		case ps.w(q) == "na":
			kind, q = "through", q+1
		case ps.w(q) == "voor" || ps.w(q) == "vóór":
			kind, q = "from", q+1
		}
	case "later", "eerder", "vroeger":
		if ps.w(q) == "dan" {
			kind, q = "after", q+1
			if w != "later" {
				kind = "before"
			}
		}
	case "beginnend", "beginnende", "startend", "startende", "aanvangend", "ingaand", "ingaande":
		// "beginnend op 3 juni", "ingaande 1 april"
		kind = "from"
		if ps.w(q) == "op" || ps.w(q) == "per" || ps.w(q) == "met" || ps.w(q) == "vanaf" {
			q++
		}
	case "voorafgaand", "voorafgaande", "voorafgaandelijk":
		if ps.w(q) == "aan" {
			kind, q = "before", q+1
		}
	case "op":
		if (ps.w(q) == "zijn" || ps.w(q) == "z'n") && (ps.w(q+1) == "vroegst" || ps.w(q+1) == "laatst") {
			if ps.w(q+1) == "vroegst" {
				kind = "from"
			} else {
				kind = "until"
			}
			q += 2
		}
	}
	if kind == "" {
		return match{}, false
	}
	dir := ps.dir
	if kind == "since" {
		dir = Past
	}
	// "voor 8" (phrase only): a bare hour
	if kind == "before" && ps.phrase && ps.isNum(q) && ps.t[q].n <= 24 && ps.t[q].nd <= 2 && q+1 == len(ps.t) {
		s := spec{}
		setTime(&s, ps.t[q].n, 0, 0, Hour, ps.t[q].n <= 12)
		r, ok := ps.resolve(&s, ps.dir, ps.ref)
		if !ok {
			return match{}, false
		}
		return match{p, q + 1, openBefore(r.from, Hour)}, true
	}
	var in match
	pos := 0
	saveIn := ps.inner
	ps.inner = true
	defer func() { ps.inner = saveIn }()
	if m, ps2, ok := func() (match, int, bool) {
		save := ps.dir
		ps.dir = dir
		defer func() { ps.dir = save }()
		return ps.positionEnd(q)
	}(); ok {
		in, pos = m, ps2
	}
	bare := w != "per" && (kind != "before" || w != "voor" || ps.voorBefore(p))
	if m, ok := ps.period(q, dir, bare); ok && m.b > in.b {
		in, pos = m, 0
	}
	if in.b == 0 && kind == "since" {
		// "sinds 2 jaar", "sinds twee weken": for that long up to now
		if d, e, ok := ps.duration(q); ok && d.min != Hour && d.min != Second && ps.w(e) != "geleden" {
			g := Day
			if d.min < Day {
				g = Minute
			}
			from := trunc(d.apply(ps.ref, -1), g)
			if from.IsZero() || !sane(from) {
				return match{}, false
			}
			r := result{kind: Interval, from: from, to: ps.ref, grain: g, value: timex(from, g) + "/PRESENT_REF", approx: d.approx}
			return match{p, e, r}, true
		}
	}
	if in.b == 0 {
		return match{}, false
	}
	r := in.r
	if r.kind != Instant && r.kind != Interval || r.from.IsZero() {
		return match{}, false
	}
	if r.grain == Year && in.b == q+1 && ps.isNum(q) && !ps.yearEnds(in.b) {
		return match{}, false // "tot 2757 punten", "tot 2000 schademeldingen"
	}
	if w == "voor" && ps.w(q) == "de" && ps.w(q+1) == "dag" {
		return match{}, false // "voor de dag komen": to show oneself
	}
	if w == "na" && ps.naIsConjunction(in.b) {
		return match{}, false // "na vorige week 5% te zijn gestegen"
	}
	if (w == "na" || w == "voor") && r.grain == Hour && ps.hoursAsDuration(q, in.b) {
		return match{}, false // "na vijf uur onderhandelen", "na een uur"
	}
	if kind == "before" && w == "voor" && r.grain > Day && (!ps.voorBefore(p) || !ps.midSentence(p) && !r.from.Before(trunc(ps.ref, Year))) {
		// "Voor 2020 zien we lagere investeringen": for a year to come
		return match{}, false // "plannen voor volgend jaar": "for", not "before"
	}
	var out result
	switch kind {
	case "since":
		out = result{kind: Interval, from: r.from, grain: r.grain, value: timex(r.from, r.grain) + "/PRESENT_REF", approx: r.approx}
		if ps.ref.After(r.from) {
			out.to = ps.ref
		}
	case "from":
		out = openAfter(r.from, r.grain)
	case "after":
		if r.grain >= Day {
			out = openAfter(r.to, r.grain)
		} else {
			out = openAfter(r.from, r.grain)
		}
	case "until", "before":
		switch {
		case pos>>4 == 3:
			out = openBefore(r.to, Grain(pos&15))
		case kind == "until" && r.grain >= Day:
			// "tot 15 april" includes the day, as "van 13 tot 15 april"
			// does; a clock time ends at the time: "tot 17.00 uur"
			out = openBefore(r.to, r.grain)
		default:
			out = openBefore(r.from, r.grain)
			if r.grain < Day {
				out.value = "../" + timex(r.from, r.grain)
			}
		}
	case "through":
		if r.grain < Day && w == "uiterlijk" {
			out = openBefore(r.from, r.grain)
		} else {
			out = openBefore(r.to, r.grain)
		}
	}
	out.approx = out.approx || r.approx
	return match{p, in.b, out}, true
}

func openAfter(from time.Time, g Grain) result {
	return result{kind: Interval, from: from, grain: g}
}

func openBefore(to time.Time, g Grain) result {
	return result{kind: Interval, to: to, grain: g}
}

// voorBefore reports whether "voor" at p means "before" rather than "for"
// ahead of a period longer than a day: at the start of a clause ("Voor
// 1995 was dat anders"), after a participle ("gebouwd voor 1940") or an
// adverb of time ("al voor 2010", "kort voor de zomer"), and always when
// written "vóór".
func (ps *parser) voorBefore(p int) bool {
	if ps.w(p) != "voor" {
		return true
	}
	if !ps.midSentence(p) || ps.w(p-1) == "," {
		return true
	}
	switch w := ps.w(p - 1); w {
	case "al", "nog", "pas", "kort", "lang", "ruim", "ver", "net", "zelfs", "ook", "reeds", "vlak", "even", "ergens",
		"van", "tot", "of", "en", "ruimschoots", "geruime", "jaren", "maanden", "weken", "dagen", "eeuwen":
		return true
	default:
		return participle(w) && tenseWords()[w] == 0
	}
}

// postfix extends m with a bound written after it: "1 maart 2024 of
// later", "2019 en daarna", "om 16.00 of later", "2010 of eerder".
func (ps *parser) postfix(m match) match {
	e := m.b
	if w := ps.w(e); w != "of" && w != "en" || !ps.cont(e+1) || m.r.kind != Instant && m.r.kind != Interval || m.r.from.IsZero() || m.r.to.IsZero() {
		return m
	}
	switch ps.w(e + 1) {
	case "later", "daarna", "nadien", "erna", "verder":
		m.r = result{kind: Interval, from: m.r.from, grain: m.r.grain, approx: m.r.approx}
	case "eerder", "vroeger", "daarvoor", "ervoor":
		m.r = result{kind: Interval, to: m.r.to, grain: m.r.grain, approx: m.r.approx}
	default:
		return m
	}
	m.b = e + 2
	return m
}

// naIsConjunction reports whether "na" before a time ending at e starts an
// infinitive clause ("na vorige week 5% te zijn gestegen"): "te" and a
// verb follow within the clause.
func (ps *parser) naIsConjunction(e int) bool {
	for k := e; k < e+8 && ps.cont(k); k++ {
		switch w := ps.w(k); w {
		case ".", ",", ";", ":", "!", "?":
			return false
		case "te":
			w := ps.w(k + 1)
			return ps.isWord(k+1) && ps.cont(k+1) && (w == "zijn" || len(w) > 3 && strings.HasSuffix(w, "en"))
		}
	}
	return false
}

// hoursAsDuration reports whether the hours at tokens [q, e) after "na"
// or "voor" are an amount of time rather than a clock time: "een uur"
// ("na een uur" is after an hour) and an hour before an activity ("na vijf
// uur onderhandelen", "na drie uur zoeken").
func (ps *parser) hoursAsDuration(q, e int) bool {
	if w := ps.w(q); w == "een" || w == "één" {
		return true
	}
	if ps.w(e-1) != "uur" || !ps.isWord(e) || !ps.cont(e) {
		return false
	}
	w := ps.w(e)
	switch w {
	case "overleg", "beraad", "strijd", "discussie", "vergaderen", "debat", "gepraat", "zoeken", "wachten", "rijden", "spel",
		"werk", "touwtrekken", "onderhandelingen", "vertraging", "oponthoud":
		return true
	case "tegen", "boven", "onder", "buiten", "binnen", "later", "eerder", "geleden", "open", "even", "tussen":
		return false
	}
	return len(w) >= 5 && strings.HasSuffix(w, "en") && ps.tw[w] != wAuxPast && !ps.capitalized(e)
}
