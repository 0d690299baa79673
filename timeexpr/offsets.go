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
