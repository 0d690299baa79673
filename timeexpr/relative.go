package timeexpr

// Periods named relative to the reference that the calendar grains do not
// cover: "het voorafgaande halfjaar", "de volgende werkweek", "het
// aankomende kwartier", "de rest van de maand", "de maand na volgende",
// "eerder in de maand".

import "time"

// relPeriod parses a period relative to the reference at p.
func (ps *parser) relPeriod(p int) (match, bool) {
	q := p
	switch w := ps.w(q); w {
	case "de", "het":
		q++
	case "rest", "resterende", "restant", "eerder", "later":
	default:
		if _, ok := relWord(w); !ok {
			return match{}, false
		}
	}
	ref := ps.ref
	if ps.w(q) == "dag" && q > p {
		// "de dag na morgen", "de dag voor gisteren": a day from a day
		if (ps.w(q+1) == "na" || ps.w(q+1) == "voor") && ps.cont(q+2) {
			save := ps.inner
			ps.inner = true
			m, ok := ps.specExpr(q + 2)
			ps.inner = save
			if ok && m.r.kind == Instant && m.r.grain == Day {
				d := m.r.from.AddDate(0, 0, 1)
				if ps.w(q+1) == "voor" {
					d = m.r.from.AddDate(0, 0, -1)
				}
				return match{p, m.b, instant(d, Day)}, true
			}
		}
		// "de dag erna", "de dag ervoor", "de dag daarop": from the day named last
		if ps.hasPrev && ps.prevGrain <= Day {
			switch ps.w(q + 1) {
			case "erna", "daarna", "daarop", "nadien":
				return match{p, q + 2, instant(trunc(ps.prevFrom, Day).AddDate(0, 0, 1), Day)}, true
			case "ervoor", "daarvoor", "daarvóór":
				return match{p, q + 2, instant(trunc(ps.prevFrom, Day).AddDate(0, 0, -1), Day)}, true
			}
		}
	}
	if (ps.w(q) == "volgende" || ps.w(q) == "vorige") && ps.w(q+1) == "dag" && q > p && ps.hasPrev && ps.prevGrain <= Day && ps.cont(q+1) {
		// "de volgende dag", "de vorige dag": from the day named last
		off := 1
		if ps.w(q) == "vorige" {
			off = -1
		}
		return match{p, q + 2, instant(trunc(ps.prevFrom, Day).AddDate(0, 0, off), Day)}, true
	}
	if ps.w(q) == "weekend" && ps.w(q+1) == "van" && q > p && ps.cont(q+2) {
		// "het weekend van 10 maart": the weekend of that week
		save, saveIn := ps.phrase, ps.inner
		ps.phrase, ps.inner = false, true
		m, ok := ps.specExpr(q + 2)
		ps.phrase, ps.inner = save, saveIn
		if ok && m.r.kind == Instant && m.r.grain == Day {
			from := trunc(m.r.from, Week).AddDate(0, 0, 4).Add(18 * time.Hour)
			to := trunc(m.r.from, Week).AddDate(0, 0, 7)
			r := interval(from, to, Hour)
			iy, iw := from.ISOWeek()
			r.value = timex(day(iy, 1, 1, from.Location()), Year) + "-W" + pad(iw, 2) + "-WE"
			return match{p, m.b, r}, true
		}
	}
	if ps.w(q) == "week" && q > p {
		// "de week van 17 juni", "de week beginnend 9 september"
		e := q + 1
		kind := ps.w(e)
		switch kind {
		case "van":
			e++
		case "beginnend", "beginnende", "startend", "startende", "aanvangend", "vanaf":
			e++
			if ps.w(e) == "op" || ps.w(e) == "met" {
				e++
			}
		default:
			kind = ""
		}
		if kind != "" && ps.cont(e) {
			save, saveIn := ps.phrase, ps.inner
			ps.phrase, ps.inner = false, true
			m, ok := ps.specExpr(e)
			ps.phrase, ps.inner = save, saveIn
			if ok && m.r.kind == Instant && m.r.grain == Day {
				if kind == "van" {
					return match{p, m.b, instant(trunc(m.r.from, Week), Week)}, true
				}
				return match{p, m.b, interval(m.r.from, m.r.from.AddDate(0, 0, 7), Day)}, true
			}
		}
	}
	switch w := ps.w(q); w {
	case "rest", "resterende", "restant":
		// "de rest van de maand", "de resterende week"
		e := q + 1
		if w == "rest" || w == "restant" {
			if ps.w(e) != "van" {
				return match{}, false
			}
			e++
			if ps.w(e) == "de" || ps.w(e) == "het" || ps.w(e) == "deze" || ps.w(e) == "dit" {
				e++
			}
		}
		g := periodOf(ps.w(e))
		if g < Day || g > Year || !ps.cont(e) {
			return match{}, false
		}
		end := add(trunc(ref, g), g, 1)
		fg := Day
		if g == Day {
			fg = Hour
		}
		r := interval(trunc(ref, fg), end, fg)
		return match{p, e + 1, r}, true
	case "eerder", "later":
		// "eerder in de maand", "later in het jaar", "later in de week"
		if ps.w(q+1) != "in" || ps.w(q+2) != "de" && ps.w(q+2) != "het" {
			return match{}, false
		}
		g := periodOf(ps.w(q + 3))
		if g < Day || g > Year || q != p {
			return match{}, false
		}
		start := trunc(ref, g)
		if w == "eerder" {
			return match{p, q + 4, result{kind: Interval, from: start, to: ref, grain: g, value: "PAST_REF", approx: true}}, true
		}
		return match{p, q + 4, result{kind: Interval, from: ref, to: add(start, g, 1), grain: g, value: "FUTURE_REF", approx: true}}, true
	}
	if g := periodOf(ps.w(q)); g >= Week && g <= Year && q > p && ps.w(q+1) == "na" && ps.cont(q+2) {
		// "de maand na volgende", "het jaar na volgend": two on
		switch ps.w(q + 2) {
		case "volgende", "volgend", "komende", "komend":
			from := add(trunc(ref, g), g, 2)
			return match{p, q + 3, instant(from, g)}, true
		case "vorige", "vorig":
			from := add(trunc(ref, g), g, -2)
			return match{p, q + 3, instant(from, g)}, true
		}
	}
	if v, e, ok := ps.quantityInt(q); ok && q > p && v >= 1 && v < 1000 {
		// "de 3 aankomende weken", "de twee afgelopen jaren"
		off, ok := relWord(ps.w(e))
		if !ok || off == 0 {
			return match{}, false
		}
		g, e2, ok := ps.unitAt(e + 1)
		if !ok || ps.w(e+1) == "kwartier" || g < Day {
			return match{}, false
		}
		base := trunc(ref, g)
		var from, to time.Time
		if off < 0 {
			from, to = add(base, g, -v), base
		} else {
			from, to = add(base, g, 1), add(base, g, v+1)
		}
		if !sane(from) || !sane(to) {
			return match{}, false
		}
		return match{p, e2, interval(from, to, g)}, true
	}
	off, ok := relWord(ps.w(q))
	if !ok {
		return match{}, false
	}
	e := q + 1
	switch ps.w(e) {
	case "halfjaar", "jaarhelft":
		// "het voorafgaande halfjaar": January–June or July–December
		return ps.relHalf(p, e+1, off)
	case "half":
		if ps.w(e+1) == "jaar" {
			return ps.relHalf(p, e+2, off)
		}
	case "werkweek":
		// Monday to Friday
		from := trunc(ref, Week).AddDate(0, 0, 7*off)
		return match{p, e + 1, interval(from, from.AddDate(0, 0, 5), Day)}, true
	case "kwartier", "uur", "uurtje":
		// "het aankomende kwartier", "het afgelopen uur"
		if off == 0 || q == p {
			return match{}, false
		}
		d := 15 * time.Minute
		if ps.w(e) != "kwartier" {
			d = time.Hour
		}
		if off < 0 {
			return match{p, e + 1, result{kind: Interval, from: ref.Add(-d), to: ref, grain: Minute, value: "PAST_REF"}}, true
		}
		return match{p, e + 1, result{kind: Interval, from: ref, to: ref.Add(d), grain: Minute, value: "FUTURE_REF"}}, true
	}
	return match{}, false
}

// relHalf returns the half year off halves from the reference's, as a
// match from p to e.
func (ps *parser) relHalf(p, e, off int) (match, bool) {
	h := trunc(ps.ref, Year)
	if ps.ref.Month() >= time.July {
		h = h.AddDate(0, 6, 0)
	}
	from := h.AddDate(0, 6*off, 0)
	return match{p, e, interval(from, from.AddDate(0, 6, 0), Month)}, true
}
