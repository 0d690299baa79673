package timeexpr

// Positions inside a period and ordinal days or weeks of one: "begin april",
// "eind volgend jaar", "de tweede helft van 2024", "laatste maandag in maart".

import (
	"time"
)

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
	if ps.w(q) == "start" && q == p && ps.w(q+1) != "van" {
		// Bare "start" before a time is the verb: "Bottas start zondag
		// vanaf pole", "de bouw start maart"; the position is "de start
		// van", or "begin".
		return match{}, 0, false
	}
	half := ps.w(q) == "half"
	q++
	if ps.w(q) == "-" && ps.glued(q) {
		q++
	}
	if ps.w(q) == "van" {
		q++
		if ps.w(q) == "de" {
			if wd, abbr := weekdayOf(ps.w(q + 1)); wd != 0 && !abbr {
				q++ // "het eind van de vrijdag"
			}
		}
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
	if fg == Day {
		n = civilDays(in.r.from, in.r.to)
		if add(in.r.from, Day, n).Before(in.r.to) {
			n++
		}
		n = min(n, 200)
	} else {
		for t := in.r.from; t.Before(in.r.to) && n < 200; t = add(t, fg, 1) {
			n++
		}
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
	if (unit == "halfjaar" || unit == "jaarhelft") && (n == 1 || n == 2 || n == -1) {
		// "het eerste halfjaar van 2023", "de tweede jaarhelft"
		h := n
		if h < 0 {
			h = 2
		}
		y := ps.ref.Year()
		e := q + 1
		if ps.w(e) == "van" {
			in, ok := ps.period(e+1, ps.dir, true)
			if !ok || in.r.grain != Year {
				return match{}, false
			}
			y, e = in.r.from.Year(), in.b
		}
		from := day(y, 6*h-5, 1, ps.ref.Location())
		return match{p, e, interval(from, from.AddDate(0, 6, 0), Month)}, true
	}
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
	// the construction licenses what follows: "de 2e week van feb"
	savePh := ps.phrase
	ps.phrase = true
	in, ok := ps.period(q, ps.dir, true)
	ps.phrase = savePh
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

// dayPartPos parses a day part, or a position in a day part or a day:
// "in de late avond", "in de vroege ochtend", "laat in de avond", "vroeg op
// de dag", "later op de middag", "rond de avond", "tegen de avond". A date
// before it (ps.prefix) anchors it: "vrijdag vroeg op de dag".
func (ps *parser) dayPartPos(p int) (match, bool) {
	switch ps.w(p) {
	case "aan", "in", "het", "de", "begin", "start", "aanvang", "midden", "eind", "einde", "vroeg", "laat", "later", "diep",
		"tegen", "rond", "tijdens", "gedurende", "omstreeks":
	default:
		return match{}, false
	}
	q := p
	pos, approx := 0, false
	if ps.w(q) == "aan" || ps.w(q) == "in" && ps.w(q+1) == "het" {
		q++ // "aan het eind van de middag", "in het begin van de avond"
	}
	if ps.w(q) == "het" || q == p && ps.w(q) != "in" {
		// "het begin van de avond", "begin van de middag", "in de loop van de middag"
		r := q
		if ps.w(r) == "het" {
			r++
		}
		switch ps.w(r) {
		case "begin", "start", "aanvang":
			pos = 1
		case "midden":
			pos = 2
		case "eind", "einde":
			pos = 3
		}
		if pos != 0 && ps.w(r+1) == "van" && ps.w(r+2) == "de" && (daypartOf(ps.w(r+3)) != dpNone || ps.w(r+3) == "dag") {
			q = r + 2
			goto dayPart
		}
		if q > p {
			return match{}, false
		}
		pos = 0
	}
	if ps.w(q) == "in" && ps.w(q+1) == "de" && ps.w(q+2) == "loop" && ps.w(q+3) == "van" && ps.w(q+4) == "de" {
		// "in de loop van de middag": sometime in it
		q += 5
		approx = true
		goto dayPartWord
	}
	switch ps.w(q) {
	case "vroeg", "laat", "later", "diep", "midden":
		// "laat in de avond", "vroeg op de dag", "diep in de nacht"
		switch ps.w(q) {
		case "vroeg":
			pos = 1
		case "midden":
			pos = 2
		default:
			pos = 3
		}
		if ps.w(q+1) != "in" && ps.w(q+1) != "op" || ps.w(q+2) != "de" {
			return match{}, false
		}
		q += 3
	case "in", "tegen", "rond", "tijdens", "gedurende", "omstreeks", "de":
		if ps.w(q) == "de" {
			// "de vroege ochtend van 3 maart", "de late avond"
			if w := ps.w(q + 1); w != "vroege" && w != "late" && w != "latere" {
				return match{}, false
			}
			q--
		} else if ps.w(q+1) != "de" {
			return match{}, false
		}
		approx = ps.w(q) == "rond" || ps.w(q) == "omstreeks" || ps.w(q) == "tegen"
		q += 2
		switch ps.w(q) {
		case "vroege", "vroegere":
			pos, q = 1, q+1
		case "late", "latere":
			pos, q = 3, q+1
		}
		if pos == 0 && ps.w(p) == "in" {
			return match{}, false // "in de avond" alone is a spec
		}
	default:
		return match{}, false
	}
dayPart:
	if ps.w(q) == "de" {
		q++
	}
dayPartWord:
	dp := daypartOf(ps.w(q))
	if !ps.cont(q) || ps.capitalized(q) || dp == dpNone && (ps.w(q) != "dag" || pos == 0) {
		return match{}, false
	}
	end0 := q + 1
	anchor, hasAnchor := spec{}, false
	if ps.w(q+1) == "van" {
		if pos == 0 {
			return match{}, false // "de avond van 12 maart" is a spec
		}
		// "de vroege ochtend van 3 maart"
		save, saveIn := ps.phrase, ps.inner
		ps.phrase, ps.inner = true, true
		s, _, b, ok := ps.spec(q + 2)
		ps.phrase, ps.inner = save, saveIn
		if !ok || !s.hasDayDate() || s.hasTime {
			return match{}, false
		}
		anchor, hasAnchor, end0 = s, true, b
	}
	start, end := 0, 24
	switch dp {
	case dpMorning:
		start, end = 6, 12
	case dpAfternoon:
		start, end = 12, 18
	case dpEvening:
		start, end = 18, 24
	case dpNight:
		start, end = 22, 30
	}
	if pos != 0 {
		k := (end - start) / 3
		switch pos {
		case 1:
			end = start + k
		case 2:
			start, end = start+k, end-k
		default:
			start = end - k
		}
	}
	span := func(d time.Time) (time.Time, time.Time) {
		return d.Add(time.Duration(start) * time.Hour), d.Add(time.Duration(end) * time.Hour)
	}
	var from, to time.Time
	if hasAnchor {
		df, _, _, _, ok := ps.dateOf(&anchor, ps.dir, ps.ref)
		if !ok {
			return match{}, false
		}
		from, to = span(df)
	} else if ps.hasPrefix {
		df, _, _, _, ok := ps.dateOf(&ps.prefix, ps.dir, ps.ref)
		if !ok {
			return match{}, false
		}
		from, to = span(df)
	} else {
		today := trunc(ps.ref, Day)
		var starts, ends [3]time.Time
		for k := -1; k <= 1; k++ {
			starts[k+1], ends[k+1] = span(today.AddDate(0, 0, k))
		}
		i := pickDir(ps.concrete(ps.dir, clsDay), ps.ref, starts[:], ends[:], true)
		from, to = starts[i], ends[i]
	}
	r := interval(from, to, Hour)
	if pos == 0 {
		r.value = timex(from, Day) + "T" + dpTimex[dp]
	}
	r.approx = approx
	return match{p, end0, r}, true
}
