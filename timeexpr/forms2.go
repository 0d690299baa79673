package timeexpr

import "time"

// period parses something that covers a span and can carry a position or a
// bound: a date/time spec, a decade, a century, or a bare year when bare is true.
func (ps *parser) period(p int, dir Direction, bare bool) (match, bool) {
	if ps.depth >= 3 {
		return match{}, false // keeps each start position's work bounded
	}
	ps.depth++
	defer func() { ps.depth-- }()
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && (!found || m.b > best.b) {
			best, found = m, true
		}
	}
	save := ps.dir
	ps.dir = dir
	try(ps.decade(p))
	try(ps.specExpr(p))
	try(ps.ordinalIn(p))
	if bare {
		if y, e, ok := ps.year(p); ok && ps.t[p].k == kNum && !ps.blockYear(e) {
			try(match{p, e, instant(day(y, 1, 1, ps.ref.Location()), Year)}, true)
		}
	}
	// "de maand", "het jaar", "de week": the current one
	q := p
	if ps.w(q) == "de" || ps.w(q) == "het" {
		q++
	}
	if g := periodOf(ps.w(q)); g != 0 && q > p {
		from := trunc(ps.ref, g)
		try(match{p, q + 1, instant(from, g)}, true)
	}
	ps.dir = save
	return best, found
}

// position parses "begin april", "eind volgend jaar", "medio 2024",
// "het einde van de maand". end reports a final third.
func (ps *parser) position(p int) (match, bool) {
	m, _, ok := ps.positionEnd(p) // pos*16 + grain of the period
	return m, ok
}

func (ps *parser) positionEnd(p int) (match, int, bool) {
	q := p
	if ps.w(q) == "het" || ps.w(q) == "de" {
		q++
	}
	var pos int // 1 begin, 2 middle, 3 end
	switch ps.w(q) {
	case "begin", "start", "aanvang", "vroeg":
		pos = 1
	case "midden", "medio", "halverwege", "half":
		pos = 2
	case "eind", "einde", "eindje", "laat", "slot", "ultimo":
		pos = 3
	default:
		return match{}, 0, false
	}
	if q > p && (ps.w(q) == "medio" || ps.w(q) == "half") {
		return match{}, 0, false
	}
	half := ps.w(q) == "half"
	q++
	if ps.w(q) == "-" && ps.glued(q) {
		q++
	}
	if ps.w(q) == "van" {
		q++
	}
	in, ok := ps.period(q, ps.dir, true)
	if !ok || in.r.from.IsZero() || in.r.to.IsZero() {
		return match{}, 0, false
	}
	g := in.r.grain
	if half {
		if g != Month {
			return match{}, 0, false
		}
		if m, _ := monthOf(ps.w(q)); m == 0 || q != in.a {
			return match{}, 0, false
		}
	}
	if g < Day {
		return match{}, 0, false
	}
	fg := finer(g)
	if g == Day {
		fg = Hour
	}
	if g == Century {
		fg = Year
	}
	// count finer units
	n := 0
	for t := in.r.from; t.Before(in.r.to) && n < 200; t = add(t, fg, 1) {
		n++
	}
	k := n / 3
	if k == 0 {
		k = 1
	}
	var from, to time.Time
	switch pos {
	case 1:
		from, to = in.r.from, add(in.r.from, fg, k)
	case 2:
		from, to = add(in.r.from, fg, k), add(in.r.from, fg, n-k)
	default:
		from, to = add(in.r.from, fg, n-k), in.r.to
	}
	r := interval(from, to, fg)
	r.approx = true
	return match{p, in.b, r}, pos*16 + int(g), true
}

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

// ordinalIn parses "laatste maandag in maart", "derde dag in oktober",
// "eerste week in oktober 2014", "derde dinsdag na kerst 2014".
func (ps *parser) ordinalIn(p int) (match, bool) {
	q := p
	if ps.w(q) == "de" || ps.w(q) == "het" {
		q++
	}
	n := 0
	if ps.w(q) == "laatste" {
		n, q = -1, q+1
	} else if v, e, ok := ps.ordinal(q); ok && v >= 1 && v <= 366 {
		n, q = v, e
	} else {
		return match{}, false
	}
	unit := ps.w(q)
	if unit == "helft" && (n == 1 || n == 2 || n == -1) && ps.w(q+1) == "van" {
		// "de eerste helft van 2024", "de tweede helft van het jaar"
		in, ok := ps.period(q+2, ps.dir, true)
		if !ok || in.r.from.IsZero() || in.r.to.IsZero() || in.r.grain < Week {
			return match{}, false
		}
		fg := finer(in.r.grain)
		k := 0
		for t := in.r.from; t.Before(in.r.to) && k < 200; t = add(t, fg, 1) {
			k++
		}
		mid := add(in.r.from, fg, k/2)
		if n == 1 {
			return match{p, in.b, interval(in.r.from, mid, fg)}, true
		}
		return match{p, in.b, interval(mid, in.r.to, fg)}, true
	}
	wd, abbr := weekdayOf(unit)
	if abbr {
		return match{}, false
	}
	if wd == 0 && unit != "dag" && unit != "week" {
		return match{}, false
	}
	q++
	rel := ps.w(q)
	if rel != "in" && rel != "van" && rel != "na" {
		return match{}, false
	}
	q++
	if ps.w(q) == "de" && periodOf(ps.w(q+1)) == 0 {
		q++
	}
	in, ok := ps.period(q, ps.dir, true)
	if !ok || in.r.from.IsZero() || in.r.to.IsZero() {
		return match{}, false
	}
	f, t := in.r.from, in.r.to
	var out time.Time
	g := Day
	switch {
	case rel == "na":
		if n < 1 {
			return match{}, false
		}
		start := trunc(f, Day).AddDate(0, 0, 1)
		if wd == 0 {
			if unit == "week" {
				return match{}, false
			}
			out = trunc(f, Day).AddDate(0, 0, n)
			break
		}
		off := (wd - ((int(start.Weekday())+6)%7 + 1) + 7) % 7
		out = start.AddDate(0, 0, off+7*(n-1))
	case wd != 0:
		if n > 0 {
			off := (wd - ((int(f.Weekday())+6)%7 + 1) + 7) % 7
			out = f.AddDate(0, 0, off+7*(n-1))
		} else {
			last := t.AddDate(0, 0, -1)
			off := (((int(last.Weekday())+6)%7 + 1) - wd + 7) % 7
			out = last.AddDate(0, 0, -off)
		}
	case unit == "dag":
		if n > 0 {
			out = f.AddDate(0, 0, n-1)
		} else {
			out = t.AddDate(0, 0, -1)
		}
	default: // weeks wholly inside the period
		g = Week
		first := trunc(f.AddDate(0, 0, 6), Week)
		if n > 0 {
			out = first.AddDate(0, 0, 7*(n-1))
		} else {
			out = trunc(t, Week).AddDate(0, 0, -7)
		}
		if out.AddDate(0, 0, 7).After(t) {
			return match{}, false
		}
	}
	if rel != "na" && (out.Before(f) || !out.Before(t)) || !sane(out) {
		return match{}, false
	}
	return match{p, in.b, instant(out, g)}, true
}

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
		}
	case "t":
		if ps.w(q) == "/" && ps.w(q+1) == "m" && ps.glued(q) && ps.glued(q+1) {
			kind, q = "through", q+2
		}
	case "voor", "vóór", "vòòr":
		kind = "before"
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
	if m, ok := ps.period(q, dir, w != "voor" && w != "per"); ok && m.b > in.b {
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
	if kind == "before" && w == "voor" && r.grain > Day {
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
	ys, _, yb, yBare, ok := ps.rangeSide(q)
	if !ok {
		return match{}, false
	}
	if xBare >= 0 && yBare >= 0 {
		if prefix == nil {
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
	if xs.hasTime != ys.hasTime {
		return match{}, false
	}
	if !xs.hasDate() && ys.hasDate() && !ys.hasTime {
		copyDate(&xs, &ys)
	}
	if xs.dom != 0 && xs.month == 0 && ys.month != 0 {
		xs.month, xs.year, xs.hasYear = ys.month, ys.year, ys.hasYear
	}
	xr, ok := ps.resolve(&xs, ps.dir, ps.ref)
	if !ok {
		return match{}, false
	}
	if !ys.hasDate() {
		if ys.dp == 0 {
			ys.dp = xs.dp
		}
		pinDate(&ys, xr.from)
	} else if ys.hasTime && xs.hasTime && !ys.hasDayDate() {
		pinDate(&ys, xr.from)
	}
	yr, ok := ps.resolve(&ys, Future, xr.from)
	if !ok {
		return match{}, false
	}
	if ys.hasTime && !through {
		// a range of clock times ends at its end time: "van 9 tot 18 uur"
		// is 9:00–18:00, not –19:00 (Duckling ends at 18:59:59)
		yr.to = yr.from
	}
	if ys.hasTime && !yr.to.After(xr.from) {
		yr.to = yr.to.AddDate(0, 0, 1)
	}
	if ys.hasTime && ys.amb && ys.ampm == 0 && ys.hour <= 12 && yr.to.Sub(xr.from) > 12*time.Hour {
		// an ambiguous end is the first after the start: "van 22 tot 6 uur"
		// ends at 6:00, not 18:00
		yr.to = yr.to.Add(-12 * time.Hour)
	}
	if !yr.to.After(xr.from) {
		return match{}, false
	}
	g := xr.grain
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

// connectorAhead reports whether a range connector follows within a few tokens.
func (ps *parser) connectorAhead(p int, opener string) bool {
	for i := p; i < p+10 && ps.cont(i); i++ {
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
