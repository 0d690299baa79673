package timeexpr

// Ranges between two times: "13 - 15 juli", "van 9:30 tot 11:00", "tussen
// 13.00 en 14.00 uur", "van eind maart tot begin mei".

import (
	"time"
)

// posRange parses a range with a position on one side: "van eind maart tot
// begin mei", "tussen medio 2023 en eind 2024", "van begin april t/m juni".
// The right side is the first such period after the left one starts.
func (ps *parser) posRange(p int) (match, bool) {
	opener := ps.w(p)
	if opener != "van" && opener != "vanaf" && opener != "tussen" {
		return match{}, false
	}
	side := func(q int) (match, bool, bool) {
		m, _, ok := ps.positionEnd(q)
		if ok {
			return m, true, true
		}
		m, ok = ps.period(q, ps.dir, true)
		return m, false, ok
	}
	saveIn := ps.inner
	ps.inner = true
	defer func() { ps.inner = saveIn }()
	x, xPos, ok := side(p + 1)
	if !ok || x.r.from.IsZero() || x.r.to.IsZero() || x.r.grain < Day || !ps.cont(x.b) {
		return match{}, false
	}
	q := x.b
	switch c := ps.w(q); {
	case opener == "tussen":
		if c != "en" {
			return match{}, false
		}
		q++
	case c == "tot":
		q++
		if ps.w(q) == "en" && ps.w(q+1) == "met" {
			q += 2
		}
	case c == "-":
		q++
	case c == "t" && ps.w(q+1) == "/" && ps.w(q+2) == "m":
		q += 3
	default:
		return match{}, false
	}
	saveRef, saveDir := ps.ref, ps.dir
	ps.ref, ps.dir = x.r.from, Future
	y, yPos, ok := side(q)
	ps.ref, ps.dir = saveRef, saveDir
	if !ok || !xPos && !yPos || y.r.from.IsZero() || y.r.to.IsZero() || y.r.grain < Day || !y.r.to.After(x.r.from) {
		return match{}, false
	}
	g := min(x.r.grain, y.r.grain)
	r := interval(x.r.from, y.r.to, g)
	r.approx = true
	return match{p, y.b, r}, true
}

// copyDate copies the date fields of src into dst.
func copyDate(dst, src *spec) {
	dst.year, dst.hasYear, dst.month, dst.dom = src.year, src.hasYear, src.month, src.dom
	dst.wday, dst.wmod, dst.hasWmod = src.wday, src.wmod, src.hasWmod
	dst.dayOff, dst.hasDayOff = src.dayOff, src.hasDayOff
	dst.relG, dst.relN, dst.quarter, dst.holiday = src.relG, src.relN, src.quarter, src.holiday
	if dst.dp == 0 {
		dst.dp = src.dp
	}
}

func pinDate(s *spec, t time.Time) {
	*s = spec{hour: s.hour, min: s.min, sec: s.sec, hasTime: s.hasTime, tg: s.tg, amb: s.amb, ampm: s.ampm, dp: s.dp, tz: s.tz, hasTZ: s.hasTZ, approx: s.approx}
	s.year, s.hasYear, s.month, s.dom = t.Year(), true, int(t.Month()), t.Day()
}

// rangeSide parses one side of a range: a spec, or a bare number.
func (ps *parser) rangeSide(p int) (s spec, a, b int, bare int, ok bool) {
	save, saveIn := ps.phrase, ps.inner
	ps.phrase, ps.inner = true, true // sides may be weak: "13" in "13 - 15 juli"
	s, a, b, ok = ps.spec(p)
	ps.phrase, ps.inner = save, saveIn
	if ok && s.n == 1 && s.wday != 0 && s.dom == 0 && s.month == 0 && !s.hasTime && ps.isNum(b) && ps.cont(b) && ps.t[b].nd <= 2 {
		// a weekday and a bare number: "za 15 - zo 16 maart", "ma 9 - 17 uur"
		return s, a, b + 1, ps.t[b].n, true
	}
	if ok {
		return s, a, b, -1, true
	}
	if ps.isNum(p) && ps.t[p].nd <= 2 {
		return spec{}, p, p + 1, ps.t[p].n, true
	}
	if y, e, ok := ps.year(p); ok && ps.t[p].k == kNum && !ps.blockYear(e) {
		// "tussen 2010 en 2015", "2010-2015"
		s := spec{year: y, hasYear: true, strong: 1, n: 1}
		return s, p, e, -1, true
	}
	if v, e, _, ok := ps.number(p); ok && v <= 31 && ps.t[p].k == kWord {
		return spec{}, p, e, v, true
	}
	return spec{}, 0, 0, -1, false
}

// rangeExpr parses "13 - 15 juli", "van 9:30 tot 11:00", "tussen 9:30 en 11:00",
// "na 9:30 maar voor 11:00". With a prefix, the range continues a spec:
// "donderdag van 9:30 tot 11:00", "donderdag 9:30 - 11:00".
func (ps *parser) rangeExpr(p int, prefix *spec) (match, bool) {
	opener := ps.w(p)
	q := p
	var xs spec
	xa, xBare := p, -1
	withPrefix := false
	switch opener {
	case "van", "vanaf", "tussen", "na", "om":
		q++
	default:
		opener = ""
	}
	if prefix == nil && !ps.connectorAhead(q, opener) {
		return match{}, false
	}
	if prefix != nil && opener == "" {
		// the prefix itself is the left side
		if !prefix.hasTime && prefix.dom == 0 {
			return match{}, false
		}
		xs = *prefix
		withPrefix = true
	} else {
		if opener == "" && !ps.isNum(p) && !ps.isWord(p) {
			return match{}, false
		}
		s, _, b, bare, ok := ps.rangeSide(q)
		if !ok {
			return match{}, false
		}
		xs, xBare = s, bare
		q = b
		xa = p
		if opener == "om" {
			if prefix == nil {
				return match{}, false
			}
		}
		if opener == "" {
			xa = p
		}
	}
	if !ps.cont(q) {
		return match{}, false
	}
	// connector
	c := ps.w(q)
	through := false
	switch {
	case c == "-":
		q++
	case c == "tm":
		q++
		through = true
	case c == "tot":
		q++
		if ps.w(q) == "en" && ps.w(q+1) == "met" {
			q += 2
			through = true
		}
	case c == "t" && ps.w(q+1) == "/" && ps.w(q+2) == "m":
		q += 3
		through = true
	case c == "en" && opener == "tussen":
		q++
	case c == "maar" && opener == "na" && ps.w(q+1) == "voor":
		q += 2
	default:
		return match{}, false
	}
	if opener == "tussen" && c != "en" || opener == "na" && c != "maar" {
		return match{}, false
	}
	if opener == "tussen" || opener == "van" || opener == "vanaf" {
		// "tussen maart 2020 en nu", "van januari tot nu (toe)": up to now
		if w := ps.w(q); (w == "nu" || w == "heden") && !xs.hasTime && xBare < 0 && (xs.hasDate() || xs.hasYear) {
			xr, ok := ps.resolve(&xs, ps.dir, ps.ref)
			if !ok || !ps.ref.After(xr.from) {
				return match{}, false
			}
			e := q + 1
			if w == "nu" && ps.w(e) == "toe" {
				e++
			}
			r := result{kind: Interval, from: xr.from, to: ps.ref, grain: xr.grain, value: timex(xr.from, xr.grain) + "/PRESENT_REF", approx: xs.approx}
			return match{xa, e, r}, true
		}
	}
	ys, _, yb, yBare, ok := ps.rangeSide(q)
	if !ok {
		return match{}, false
	}
	// an anchor after a range of bare hours applies to both: "van 2 tot 3 's middags"
	if yBare >= 0 {
		if as, e, ok := ps.trailingAnchor(yb); ok {
			ys, yb = as, e
			ys.hasTime = false
		}
	}
	if xBare >= 0 && yBare >= 0 {
		if prefix == nil && ys.dp == 0 && !ys.hasDate() && !(opener == "van" && ps.hoursEnd(yb) && xBare >= 6 && xBare <= 12 && yBare >= 1 && yBare <= 24) {
			return match{}, false
		}
		if xBare > 24 || yBare > 24 {
			return match{}, false
		}
		setTime(&xs, xBare, 0, 0, Hour, xBare <= 12)
		setTime(&ys, yBare, 0, 0, Hour, yBare <= 12)
	} else if xBare >= 0 {
		switch {
		case ys.dom != 0 && ys.month != 0 && !ys.hasTime && xBare >= 1 && xBare <= 31:
			xs.dom, xs.month, xs.year, xs.hasYear = xBare, ys.month, ys.year, ys.hasYear
			xs.strong++
		case ys.hasTime && xBare <= 24:
			setTime(&xs, xBare, 0, 0, Hour, xBare <= 12)
		default:
			return match{}, false
		}
	} else if yBare >= 0 {
		if !xs.hasTime || yBare > 24 {
			return match{}, false
		}
		setTime(&ys, yBare, 0, 0, Hour, yBare <= 12)
	}
	if prefix != nil && !withPrefix {
		if !xs.hasDate() {
			copyDate(&xs, prefix)
		}
		if xs.dp == 0 {
			xs.dp = prefix.dp
		}
	}
	if xs.strong == 0 && ys.strong == 0 && !ps.phrase {
		return match{}, false
	}
	if ps.isNum(xa) && ps.codeBefore(xa) || ps.isNum(yb-1) && ps.codeAfter(yb) {
		return match{}, false // "020-2010-2015"
	}
	if xs.hasTime != ys.hasTime {
		return match{}, false
	}
	sharedDay := xs.hasTime && !xs.hasDate() && ys.hasDate()
	if xs.hasTime {
		shareClock(&xs, &ys)
	} else {
		shareDate(&xs, &ys)
	}
	dir := ps.dir
	var xr, yr result
	// Deictic ends ("vandaag", "volgende week") hold on the reference; a
	// range of dates that looks ahead is the next one that has not ended,
	// so its end resolves first ("van 1 tot 20 maart" on 13 March).
	deictic := ys.hasDayOff || ys.relG != 0 && !ys.hasYear || ys.hasWmod
	endFirst := !xs.hasTime && !xs.hasYear && !ys.hasYear && !deictic && ys.month != 0 && xs.month != 0
	if endFirst {
		if d := ps.concrete(dir, specClass(&ys)); d != Future && d != upcoming {
			endFirst = false
		}
	}
	if endFirst {
		if yr, ok = ps.resolve(&ys, dir, ps.ref); !ok {
			return match{}, false
		}
		if xr, ok = ps.resolve(&xs, Past, yr.from); !ok {
			return match{}, false
		}
	} else {
		if xr, ok = ps.resolve(&xs, dir, ps.ref); !ok {
			return match{}, false
		}
		if !ys.hasDate() {
			if ys.dp == 0 {
				ys.dp = xs.dp
			}
			pinDate(&ys, xr.from)
		} else if ys.hasTime && xs.hasTime && (sharedDay || !ys.hasDayDate()) {
			pinDate(&ys, xr.from)
		}
		if deictic && !ys.hasTime {
			yr, ok = ps.resolve(&ys, dir, ps.ref)
		} else {
			yr, ok = ps.resolve(&ys, Future, xr.from)
		}
		if !ok {
			return match{}, false
		}
	}
	if ys.hasTime && !through {
		// a range of clock times ends at its end time: "van 9 tot 18 uur"
		// is 9:00–18:00, not –19:00 (Duckling ends at 18:59:59)
		yr.to = yr.from
	}
	if ys.hasTime && !yr.to.After(xr.from) {
		yr.to = yr.to.AddDate(0, 0, 1)
	}
	if ys.hasTime && ys.amb && ys.ampm == 0 && ys.dp == 0 && ys.hour <= 12 && yr.to.Sub(xr.from) > 12*time.Hour {
		// an ambiguous end is the first after the start: "van 22 tot 6 uur"
		// ends at 6:00, not 18:00
		yr.to = yr.to.Add(-12 * time.Hour)
	}
	if !yr.to.After(xr.from) {
		return match{}, false
	}
	if xs.hasTime && !xs.hasDate() && !yr.to.After(ps.ref) {
		// a slot of today that is over is tomorrow's when looking ahead:
		// "tussen 2 en 3 uur 's middags" at 16:12
		if d := ps.concrete(dir, clsClock); d == Future || d == upcoming {
			xr.from, yr.to = xr.from.AddDate(0, 0, 1), yr.to.AddDate(0, 0, 1)
		}
	}
	g := xr.grain
	if !ys.hasTime && yr.grain < g {
		g = yr.grain // "tussen maart 2020 en vandaag" is counted in days
	}
	r := interval(xr.from, yr.to, g)
	if ys.hasTime && !through {
		r.value = timex(xr.from, g) + "/" + timex(yr.to, g)
	}
	r.approx = xs.approx || ys.approx
	a := xa
	if prefix != nil {
		a = p
	}
	return match{a, yb, r}, true
}

// trailingAnchor parses what may follow a range of bare hours and anchors
// both ends: a day part, a day or a date ("'s middags", "maandagochtend",
// "op 6 juni", "uur vandaag").
func (ps *parser) trailingAnchor(e int) (spec, int, bool) {
	q := e
	if ps.w(q) == "uur" && ps.cont(q) {
		q++
	}
	save, saveIn := ps.phrase, ps.inner
	ps.phrase, ps.inner = true, true
	s, _, b, ok := ps.spec(q)
	ps.phrase, ps.inner = save, saveIn
	if !ok || s.hasTime || s.dp == 0 && !s.hasDayDate() {
		if q > e {
			return spec{strong: 1}, q, true // "van 2 tot 3 uur"
		}
		return spec{}, e, false
	}
	s.strong++
	return s, b, true
}

// shareDate gives the start of a range of dates what only its end says:
// the month and year ("5 tot 7 juli 2026", "van mei tot oktober 2026"),
// the year before when the start's month comes later ("okt-jan 2025").
func shareDate(xs, ys *spec) {
	if !xs.hasDate() && ys.hasDate() {
		copyDate(xs, ys)
		return
	}
	if xs.dom != 0 && xs.month == 0 && ys.month != 0 {
		xs.month, xs.year, xs.hasYear = ys.month, ys.year, ys.hasYear
	}
	if !xs.hasYear && ys.hasYear && xs.relG == 0 && !xs.hasWmod && (xs.month != 0 && ys.month != 0 || xs.quarter != 0 && ys.quarter != 0) {
		xs.year, xs.hasYear = ys.year, true
		if xs.month > ys.month || xs.month == ys.month && xs.dom > ys.dom || xs.quarter > ys.quarter {
			xs.year--
		}
	}
}

// shareClock gives the start of a range of clock times the day, day part
// and zone said after its end: "tussen 9.00 en 11.00 uur maandagochtend",
// "van 2 tot 3 's middags", "tussen 9.30 en 15.00 CET".
func shareClock(xs, ys *spec) {
	if !xs.hasDate() && ys.hasDate() {
		dp := xs.dp
		copyDate(xs, ys)
		xs.dp = dp
	}
	if xs.dp == 0 && ys.dp != 0 {
		x := *xs
		x.dp = ys.dp
		if dpFits(&x) && clockHour(&x) <= clockHour(ys) {
			xs.dp = ys.dp
		}
	}
	if !xs.hasTZ && ys.hasTZ {
		xs.hasTZ, xs.tz, xs.tzCET = true, ys.tz, ys.tzCET
	}
}

// clockHour returns the hour of a spec's clock time read with its day part
// or am/pm, on a 0–30 scale for the night's small hours.
func clockHour(s *spec) int {
	h := s.hour
	switch {
	case s.ampm == 2 && h < 12:
		h += 12
	case s.ampm == 0 && h < 12 && (s.dp == dpAfternoon || s.dp == dpEvening):
		h += 12
	case s.ampm == 0 && s.dp == dpNight && h >= 6 && h < 12:
		h += 12
	case s.ampm == 0 && s.dp == dpNight && h < 6:
		h += 24
	}
	return h
}

// connectorAhead reports whether a range connector follows within a few tokens.
func (ps *parser) connectorAhead(p int, opener string) bool {
	for i := p; i < p+10 && ps.cont(i); i++ {
		c := ps.t[i].lc
		if c == 0 {
			c = ps.classify(i)
		}
		if c&clConn == 0 {
			continue
		}
		switch ps.w(i) {
		case "-", "tot", "t", "tm":
			return true
		case "en":
			if opener == "tussen" {
				return true
			}
		case "maar":
			if opener == "na" {
				return true
			}
		}
	}
	return false
}

// codeBefore reports whether the number at p follows digits and a glued
// dash, slash or dot: a part of a phone number or code ("020-2010-2015").
func (ps *parser) codeBefore(p int) bool {
	if p >= 2 && ps.glued(p) && ps.glued(p-1) && ps.isNum(p-2) {
		switch ps.w(p - 1) {
		case "-", "/", ".":
			return true
		}
	}
	return false
}

// codeAfter reports whether digits follow token e-1 after a glued dash,
// slash or dot.
func (ps *parser) codeAfter(e int) bool {
	if ps.glued(e) && ps.glued(e+1) && ps.isNum(e+1) {
		switch ps.w(e) {
		case "-", "/", ".":
			return true
		}
	}
	return false
}

// hoursEnd reports whether a range of bare numbers ending before e reads as
// hours: a verb or the end of a clause follows ("van 9 tot 5 werkt hij"),
// not a unit or a noun ("van 3 tot 5 procent", "van 10 tot 12 mensen").
func (ps *parser) hoursEnd(e int) bool {
	if !ps.cont(e) {
		return true
	}
	switch ps.w(e) {
	case ".", ",", ";", "!", "?", ")":
		return true
	}
	c := ps.tw[ps.w(e)]
	return c != 0 && c != wStop && c != wStopPast
}
