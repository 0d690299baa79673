package timeexpr

// Offsets from the reference time or from an anchor: "28 minuten geleden",
// "over een week", "twee dagen na Pasen", "de afgelopen 2 dagen".

import (
	"math"
	"time"
)

// relative parses "in 2 minuten", "over een week", "28 minuten geleden",
// "binnen 2 weken", "afgelopen 2 dagen", "de komende dagen".
func (ps *parser) relative(p int) (match, bool) {
	w := ps.w(p)
	if (w == "binnen" || w == "tussen") && ps.w(p+1) == "nu" && ps.w(p+2) == "en" && ps.cont(p+3) {
		return ps.nowUntil(p, p+3)
	}
	switch w {
	case "in", "over", "binnen", "binnenkort":
		d, e, ok := ps.duration(p + 1)
		if !ok {
			return match{}, false
		}
		// "over twee uur terug" is back in two hours; "in twee uur
		// geleden" is nothing
		if ps.w(e) == "geleden" || w != "over" && ps.w(e) == "terug" {
			return match{}, false
		}
		if w != "over" && (ps.w(e) == "tijd" || ps.clauseTense(p, e) == tensePast) {
			// "in vier dagen tijd", "scoorden in elf minuten", "trok binnen
			// vijf dagen": how long it took
			if ps.w(e) == "tijd" && ps.cont(e) {
				return match{}, false // durationExpr reports the amount
			}
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
		// "meer dan drie dagen voor eergisteren": before that; "minder dan
		// een week geleden": since then
		if w := ps.w(p); (w == "meer" || w == "minder") && best.r.kind == Instant && ps.w(best.b-1) != "later" {
			back := ps.w(best.b-1) == "geleden" || ps.w(best.b-1) == "terug" || ps.shiftBack(q, best.b)
			switch {
			case w == "meer" && back:
				best.r = result{kind: Interval, to: best.r.from, grain: best.r.grain}
			case w == "meer":
				best.r = result{kind: Interval, from: best.r.to, grain: best.r.grain}
			case back && ps.w(best.b-1) == "geleden":
				best.r = result{kind: Interval, from: best.r.from, to: ps.ref, grain: best.r.grain}
			}
		}
		return best, true
	}
	if m, ok := ps.vagueAgo(p); ok {
		return m, true
	}
	// "28 minuten geleden"
	if d, e, ok := ps.duration(p); ok {
		// "twee dagen later", "een week eerder": from the time named last
		switch ps.w(e) {
		case "later", "eerder", "daarna", "daarvoor", "ervoor", "erna", "nadien", "vroeger":
			if !ps.cont(e) {
				return match{}, false
			}
			sign := 1
			switch ps.w(e) {
			case "eerder", "daarvoor", "ervoor", "vroeger":
				sign = -1
			}
			base, g := ps.ref, finer(d.min)
			if ps.hasPrev {
				if d.min < Day && ps.prevGrain >= Day {
					// "een minuut later" after "vorige week": what it counts
					// from is no time named; report how long
					return match{p, e, result{kind: Duration, grain: d.grain(), value: d.value(), approx: d.approx}}, true
				}
				base, g = ps.prevFrom, ps.prevGrain
				if d.min < g {
					g = d.min
				} else if d.min >= Day && g < Day {
					g = Day // "een dag eerder" after "om 15.45 uur" is the day before, not its 15.45
				}
			}
			t := d.apply(base, sign)
			if t.IsZero() || !sane(t) {
				return match{}, false
			}
			r := instant(trunc(t, g), g)
			r.approx = d.approx
			return match{p, e + 1, r}, true
		}
		w := ps.w(e)
		q := e + 1
		if w == "gerekend" && ps.w(q) == "vanaf" {
			w, q = "vanaf", q+1
		}
		if (w == "na" || w == "voor" || w == "vanaf") && ps.cont(e) {
			// "een jaar na kerst", "twee dagen voor Pasen", "vijf dagen
			// vanaf morgen", "drie uur vanaf nu"
			var in match
			if ps.w(q) == "nu" {
				in = match{q, q + 1, instant(ps.ref, Second)}
			} else if in, ok = ps.period(q, ps.dir, false); !ok || in.r.kind != Instant {
				return match{}, false
			}
			if d.min < in.r.grain && in.r.grain >= Day && d.min < Day {
				return match{}, false // "20 minuten voor volgende dinsdag": no shift
			}
			sign := 1
			if w == "voor" {
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
			if ps.w(q) == "nu" {
				g = finer(d.min)
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
	if okq && v >= 1 && v < 1e6 {
		g, e2, ok := ps.unitAt(e)
		if !ok || ps.w(e) == "kwartier" {
			return match{}, false
		}
		if v != math.Trunc(v) {
			// "de komende anderhalf jaar": counted in the finer unit that
			// makes it whole, 18 months
			fg, k := finerWhole(g)
			if k == 0 || v*k != math.Trunc(v*k) {
				return match{}, false
			}
			v, g = v*k, fg
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

// shiftBack reports whether the shift over tokens [p, e) counts back: "drie
// dagen voor eergisteren".
func (ps *parser) shiftBack(p, e int) bool {
	for k := p; k < e; k++ {
		switch ps.w(k) {
		case "voor", "vóór", "eerder", "daarvoor", "ervoor":
			return true
		case "na", "vanaf", "later", "daarna", "erna":
			return false
		}
	}
	return false
}

// nowUntil parses the end of "binnen nu en een jaar", "tussen nu en eind
// 2025": from the reference to the end at q, an amount or a later time.
func (ps *parser) nowUntil(p, q int) (match, bool) {
	if d, e, ok := ps.duration(q); ok && ps.w(e) != "geleden" && ps.w(e) != "later" {
		g := finer(d.min)
		if d.min >= Day {
			g = Day
		}
		t := d.apply(ps.ref, 1)
		if t.IsZero() || !sane(t) {
			return match{}, false
		}
		r := result{kind: Interval, from: ps.ref, to: trunc(t, g), grain: g, value: "PRESENT_REF/" + timex(trunc(t, g), g), approx: d.approx}
		return match{p, e, r}, true
	}
	save := ps.dir
	ps.dir = upcoming
	m, ok := ps.position(q)
	ps.dir = save
	if m2, ok2 := ps.period(q, upcoming, true); ok2 && (!ok || m2.b > m.b) {
		m, ok = m2, true
	}
	if !ok || m.r.to.IsZero() || !m.r.to.After(ps.ref) || m.r.kind != Instant && m.r.kind != Interval {
		return match{}, false
	}
	g := m.r.grain
	last := add(m.r.to, g, -1)
	if g == Week || g == Quarter || g == Decade || g == Century {
		last = trunc(last, g)
	}
	r := result{kind: Interval, from: ps.ref, to: m.r.to, grain: g, value: "PRESENT_REF/" + timex(last, g), approx: m.r.approx}
	return match{p, m.b, r}, true
}

// finerWhole returns the next finer unit of g in which a fraction of g may
// be whole, and how many of it make one g; 0 when there is none.
func finerWhole(g Grain) (Grain, float64) {
	switch g {
	case Year:
		return Month, 12
	case Week:
		return Day, 7
	case Day:
		return Hour, 24
	case Hour:
		return Minute, 60
	case Minute:
		return Second, 60
	}
	return 0, 0
}
