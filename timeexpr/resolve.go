package timeexpr

import (
	"time"
)

// dateOf resolves the date constraints of s: the period, its grain and
// whether it is a single day. ok is false when s has no date or an
// impossible one.
func (ps *parser) dateOf(s *spec, dir Direction, ref time.Time) (from, to time.Time, g Grain, kind Kind, ok bool) {
	loc := ref.Location()
	today := trunc(ref, Day)
	y := ref.Year()
	cls := specClass(s)
	var starts, ends [16]time.Time
	n := 0
	pick := func(inclusive bool) int {
		switch {
		case s.dirMark > 0:
			return pickDir(upcoming, ref, starts[:n], ends[:n], inclusive)
		case s.dirMark < 0:
			return pickDir(Past, ref, starts[:n], ends[:n], inclusive)
		}
		return pickDir(ps.concrete(dir, cls), ref, starts[:n], ends[:n], inclusive)
	}
	switch {
	case s.holiday != 0:
		if s.relG == Year && !s.hasYear {
			s.year, s.hasYear = y+s.relN, true
		}
		if s.hasYear {
			d, l := holidayDate(s.holiday, s.year, loc, ps.locale)
			from, to = d, d.AddDate(0, 0, l)
		} else {
			for yy := y - 1; yy <= y+1; yy++ {
				d, l := holidayDate(s.holiday, yy, loc, ps.locale)
				starts[n], ends[n] = d, d.AddDate(0, 0, l)
				n++
			}
			var i int
			switch {
			case s.hasWmod && s.wmod > 0: // "volgende Pinksteren"
				i = pickDir(Future, ref, starts[:n], ends[:n], false)
			case s.hasWmod && s.wmod < 0: // "vorige Pinksteren", "afgelopen Kerstmis"
				for j := 0; j < n; j++ {
					if !ends[j].After(ref) {
						i = j
					}
				}
			default:
				i = pick(true)
			}
			from, to = starts[i], ends[i]
		}
		if to.Sub(from) > 25*time.Hour {
			return from, to, Day, Interval, true
		}
		return from, to, Day, Instant, true
	case s.dom != 0 && s.month != 0:
		if s.relG == Year && !s.hasYear {
			s.year, s.hasYear = y+s.relN, true
		}
		if s.hasYear {
			from = day(s.year, s.month, s.dom, loc)
			if from.Day() != s.dom {
				return
			}
		} else {
			for yy := y - 1; yy <= y+1; yy++ {
				d := day(yy, s.month, s.dom, loc)
				if d.Day() != s.dom {
					continue
				}
				starts[n], ends[n] = d, d.AddDate(0, 0, 1)
				n++
			}
			if s.wday != 0 {
				// the weekday picks the year: "zondag, feb 10", within six
				// years of the reference
				k := 0
				for i := 0; i < n; i++ {
					if (int(starts[i].Weekday())+6)%7+1 == s.wday {
						starts[k], ends[k] = starts[i], ends[i]
						k++
					}
				}
				if k == 0 {
					for yy := y - 6; yy <= y+6 && k < len(starts); yy++ {
						d := day(yy, s.month, s.dom, loc)
						if d.Day() == s.dom && (int(d.Weekday())+6)%7+1 == s.wday {
							starts[k], ends[k] = d, d.AddDate(0, 0, 1)
							k++
						}
					}
				}
				if k > 0 {
					n = k
				}
			}
			if n == 0 {
				return
			}
			from = starts[pick(true)]
		}
		return from, from.AddDate(0, 0, 1), Day, Instant, true
	case s.dom != 0:
		m := ref.Month()
		// the weekday picks the month: "vrijdag de 27e", first among the
		// months around the reference, else further out
		for span := 1; n == 0 && span <= 7; span += 6 {
			for k := -span; k <= span; k++ {
				d := day(y, int(m)+k, s.dom, loc)
				if d.Day() != s.dom || s.wday != 0 && (int(d.Weekday())+6)%7+1 != s.wday {
					continue
				}
				starts[n], ends[n] = d, d.AddDate(0, 0, 1)
				n++
			}
			if s.wday == 0 {
				break
			}
		}
		if n == 0 {
			return
		}
		from = starts[pick(true)]
		return from, from.AddDate(0, 0, 1), Day, Instant, true
	case s.hasDayOff:
		from = today.AddDate(0, 0, s.dayOff)
		return from, from.AddDate(0, 0, 1), Day, Instant, true
	case s.wday != 0:
		wd := (int(today.Weekday())+6)%7 + 1
		if s.relG == Week {
			ws := trunc(ref, Week).AddDate(0, 0, 7*s.relN)
			from = ws.AddDate(0, 0, s.wday-1)
			return from, from.AddDate(0, 0, 1), Day, Instant, true
		}
		diff := s.wday - wd // this week's
		for k := diff - 7; k <= diff+7; k += 7 {
			d := today.AddDate(0, 0, k)
			starts[n], ends[n] = d, d.AddDate(0, 0, 1)
			n++
		}
		var i int
		switch {
		case s.hasWmod && s.wmod > 0:
			i = pickDir(Future, ref, starts[:n], ends[:n], false)
		case s.hasWmod && s.wmod < 0:
			i = 0
			for j := 0; j < n; j++ {
				if starts[j].Before(today) {
					i = j
				}
			}
		default:
			i = pick(false)
		}
		from = starts[i]
		return from, from.AddDate(0, 0, 1), Day, Instant, true
	case s.weekend:
		ws := trunc(ref, Week)
		for k := -2; k <= 2; k++ {
			st := ws.AddDate(0, 0, 7*k+4).Add(18 * time.Hour)
			starts[n], ends[n] = st, ws.AddDate(0, 0, 7*k+7)
			n++
		}
		i := 2
		switch {
		case !s.hasWkndRel:
			i = pick(true)
		case s.weekendRel == 0 && dir == Auto && ref.Before(starts[2]) && ps.concrete(dir, clsDay) == Past:
			// "De film trok dit weekend …", on a Tuesday: the weekend just gone
			i = 1
		case s.weekendRel > 0:
			for i = 0; i < n-1 && !starts[i].After(ref); i++ {
			}
		case s.weekendRel < 0:
			for j := 0; j < n; j++ {
				if !ends[j].After(ref) {
					i = j
				}
			}
		}
		return starts[i], ends[i], Hour, Interval, true
	case s.season != 0:
		if s.hasYear || s.relG == Year && !s.hasSeasRel {
			// "de herfst van 2023", "zomer 2024", "de zomer van vorig jaar";
			// the winter of 2023 begins in December 2023
			yy := s.year
			if !s.hasYear {
				yy = y + s.relN
			}
			from, to = seasonBounds(s.season, yy, loc)
			return from, to, Day, Interval, true
		}
		for yy := y - 2; yy <= y+1; yy++ {
			starts[n], ends[n] = seasonBounds(s.season, yy, loc)
			n++
		}
		i := -1
		switch {
		case !s.hasSeasRel:
			i = pick(true)
		case s.seasRel > 0:
			for j := 0; j < n; j++ {
				if starts[j].After(ref) {
					i = j
					break
				}
			}
		case s.seasRel < 0:
			for j := 0; j < n; j++ {
				if !ends[j].After(ref) {
					i = j
				}
			}
		default:
			for j := 0; j < n; j++ {
				if !starts[j].After(ref) && ends[j].After(ref) || starts[j].Year() == y && i < 0 {
					i = j
				}
			}
		}
		if i < 0 {
			i = 0
		}
		return starts[i], ends[i], Day, Interval, true
	case s.isoWeek != 0:
		weekStart := func(yy int) time.Time {
			// ISO week 1 holds 4 January
			jan4 := day(yy, 1, 4, loc)
			return trunc(jan4, Week).AddDate(0, 0, 7*(s.isoWeek-1))
		}
		if s.hasYear {
			from = weekStart(s.year)
		} else {
			for k := y - 1; k <= y+1; k++ {
				d := weekStart(k)
				starts[n], ends[n] = d, d.AddDate(0, 0, 7)
				n++
			}
			from = starts[pick(true)]
		}
		if _, w := from.ISOWeek(); w != s.isoWeek {
			return // week 53 of a year without one
		}
		return from, from.AddDate(0, 0, 7), Week, Instant, true
	case s.half != 0 || s.quarter != 0:
		// A half year is an interval of months, a quarter an instant of
		// its own grain.
		months, first, grain, kind := 6, 6*s.half-5, Month, Interval
		if s.half == 0 {
			months, first, grain, kind = 3, 3*s.quarter-2, Quarter, Instant
		}
		yy := y
		switch {
		case s.hasYear:
			yy = s.year
		case s.relG == Year:
			yy = y + s.relN
		default:
			for k := y - 1; k <= y+1; k++ {
				d := day(k, first, 1, loc)
				starts[n], ends[n] = d, d.AddDate(0, months, 0)
				n++
			}
			yy = starts[pick(true)].Year()
		}
		from = day(yy, first, 1, loc)
		return from, from.AddDate(0, months, 0), grain, kind, true
	case s.month != 0:
		yy := y
		switch {
		case s.hasYear:
			yy = s.year
		case s.relG == Year:
			yy = y + s.relN
		default:
			for k := y - 1; k <= y+1; k++ {
				d := day(k, s.month, 1, loc)
				starts[n], ends[n] = d, d.AddDate(0, 1, 0)
				n++
			}
			var i int
			switch {
			case s.hasWmod && s.wmod > 0:
				i = pickDir(Future, ref, starts[:n], ends[:n], false)
			case s.hasWmod && s.wmod < 0:
				for j := 0; j < n; j++ {
					if !ends[j].After(trunc(ref, Month)) {
						i = j
					}
				}
			default:
				i = pick(true)
			}
			yy = starts[i].Year()
		}
		from = day(yy, s.month, 1, loc)
		return from, from.AddDate(0, 1, 0), Month, Instant, true
	case s.relG != 0:
		from = add(trunc(ref, s.relG), s.relG, s.relN)
		return from, add(from, s.relG, 1), s.relG, Instant, true
	case s.hasYear:
		from = day(s.year, 1, 1, loc)
		return from, from.AddDate(1, 0, 0), Year, Instant, true
	}
	return
}

// seasonBounds returns the season (1 spring … 4 winter) that begins in
// year yy. The seasons tile the year without overlap, around Duckling's
// summer (21 June to 23 September) and winter (21 December to 20 March):
// spring is 21 March to 20 June, autumn 24 September to 20 December.
func seasonBounds(season, yy int, loc *time.Location) (time.Time, time.Time) {
	switch season {
	case 1:
		return day(yy, 3, 21, loc), day(yy, 6, 21, loc)
	case 2:
		return day(yy, 6, 21, loc), day(yy, 9, 24, loc)
	case 3:
		return day(yy, 9, 24, loc), day(yy, 12, 21, loc)
	}
	return day(yy, 12, 21, loc), day(yy+1, 3, 21, loc)
}

// resolve turns a spec into a result.
func (ps *parser) resolve(s *spec, dir Direction, ref time.Time) (result, bool) {
	loc := ref.Location()
	today := trunc(ref, Day)
	df, dt, dg, dk, hasD := ps.dateOf(s, dir, ref)
	if hasD && (!sane(df) || !sane(dt)) {
		return result{}, false
	}
	if !s.hasTime && s.dp == dpNone {
		if !hasD {
			return result{}, false
		}
		if dk == Interval {
			r := interval(df, dt, dg)
			switch {
			case s.weekend:
				iy, iw := df.ISOWeek()
				r.value = timex(day(iy, 1, 1, loc), Year) + "-W" + pad(iw, 2) + "-WE"
			case s.season != 0:
				r.value = pad(df.Year(), 4) + "-" + [...]string{"", "SP", "SU", "FA", "WI"}[s.season]
			}
			r.approx = s.approx
			return r, true
		}
		r := instant(df, dg)
		r.approx = s.approx
		return r, true
	}
	if hasD && dg != Day {
		return result{}, false
	}
	// the direction for the time of day, read from the clause only when
	// it matters
	auto := dir
	cd := func() Direction {
		switch {
		case hasD:
			return ps.concrete(auto, specClass(s))
		case s.hasTime:
			return ps.concrete(auto, clsClock)
		}
		return ps.concrete(auto, clsDay)
	}
	dpStart, dpEnd := 0, 0
	if s.dp != dpNone {
		dpStart, dpEnd = dpHours[s.dp][0], dpHours[s.dp][1]
	}
	if !s.hasTime {
		base := df
		if s.dpToday {
			// "vannacht": the night just past, unless it is already evening
			// and we look ahead.
			base = today.AddDate(0, 0, -1)
			if ref.Hour() >= 18 && cd() != Past {
				base = today
			}
		} else if !hasD {
			var starts, ends [3]time.Time
			for k := -1; k <= 1; k++ {
				d := today.AddDate(0, 0, k)
				starts[k+1], ends[k+1] = d.Add(time.Duration(dpStart)*time.Hour), d.Add(time.Duration(dpEnd)*time.Hour)
			}
			i := pickDir(cd(), ref, starts[:], ends[:], true)
			switch {
			case s.dpRel < 0: // the last one over
				i = 0
				for k := range ends {
					if !ends[k].After(ref) {
						i = k
					}
				}
			case s.dpRel > 0: // the next one to start
				i = 2
				for k := 2; k >= 0; k-- {
					if starts[k].After(ref) {
						i = k
					}
				}
			}
			base = today.AddDate(0, 0, i-1)
		}
		from := time.Date(base.Year(), base.Month(), base.Day(), dpStart, 0, 0, 0, loc)
		to := time.Date(base.Year(), base.Month(), base.Day(), dpEnd, 0, 0, 0, loc)
		r := interval(from, to, Hour)
		r.value = timex(base, Day) + "T" + dpTimex[s.dp]
		r.approx = s.approx
		return r, true
	}
	h := s.hour
	amb := s.amb && s.ampm == 0 && h <= 12
	if amb && s.dp == dpNone && cd() != Future {
		// without a day part, "half drie", "kwart voor vijf" and "om twaalf
		// uur" are afternoon times in news and talk: 1–6 mean 13–18h and 12
		// means midday. Future keeps Duckling's next-occurrence choice.
		switch {
		case h >= 1 && h <= 6:
			h, amb = h+12, false
		case h == 12:
			amb = false
		}
	}
	if s.ampm == 2 && h < 12 {
		h += 12
	} else if s.ampm == 1 && h == 12 {
		h = 0
	}
	if s.dp != dpNone && s.ampm == 0 && h <= 12 {
		switch s.dp {
		case dpAfternoon, dpEvening:
			if h == 0 && s.dp == dpEvening {
				h = 24 // "dinsdagavond rond 0.30 uur": the small hours after it
			} else if h < 12 {
				h += 12
			}
		case dpNight:
			if h >= 6 && h < 12 {
				h += 12
			} else if h == 12 {
				h = 0
			}
			if s.nightOf && h < 6 {
				h += 24 // "de nacht van zaterdag op zondag om 3 uur": Sunday
			}
		}
		amb = false
		// the night's early hours belong to the next calendar day part
		if s.dp == dpNight && h < 12 {
			dpStart, dpEnd = 0, 6
		}
	}
	alt := -1
	if amb {
		alt = h + 12
		if h == 12 {
			alt = 0
		}
	}
	at := func(d time.Time, hh int) time.Time {
		if s.tzCET {
			return time.Date(d.Year(), d.Month(), d.Day(), hh, s.min, s.sec, 0, cetZone(d.Year(), d.Month(), d.Day(), hh)).In(loc)
		}
		if s.hasTZ {
			z := time.FixedZone("", s.tz)
			return time.Date(d.Year(), d.Month(), d.Day(), hh, s.min, s.sec, 0, z).In(loc)
		}
		return time.Date(d.Year(), d.Month(), d.Day(), hh, s.min, s.sec, 0, loc)
	}
	var t time.Time
	switch {
	case hasD:
		hh := h
		if alt >= 0 {
			if df.Equal(today) {
				a, b := at(df, h), at(df, alt)
				if b.Before(a) {
					a, b = b, a
				}
				starts := []time.Time{a, b}
				ends := []time.Time{add(a, s.tg, 1), add(b, s.tg, 1)}
				t = starts[pickDir(cd(), ref, starts, ends, false)]
				break
			}
			if h >= 1 && h <= 6 {
				hh = alt
			}
		}
		t = at(df, hh)
	case s.dp != dpNone:
		var starts, ends [3]time.Time
		for k := -1; k <= 1; k++ {
			d := today.AddDate(0, 0, k)
			starts[k+1], ends[k+1] = d.Add(time.Duration(dpStart)*time.Hour), d.Add(time.Duration(dpEnd)*time.Hour)
		}
		base := today.AddDate(0, 0, pickDir(cd(), ref, starts[:], ends[:], true)-1)
		t = at(base, h)
	default:
		var starts, ends [6]time.Time
		n := 0
		for k := -1; k <= 1; k++ {
			d := today.AddDate(0, 0, k)
			hs := [2]int{h, alt}
			if alt >= 0 && alt < h {
				hs = [2]int{alt, h}
			}
			for _, hh := range hs {
				if hh < 0 {
					continue
				}
				starts[n] = at(d, hh)
				ends[n] = add(starts[n], s.tg, 1)
				n++
			}
		}
		t = starts[pickDir(cd(), ref, starts[:n], ends[:n], false)]
	}
	if !sane(t) {
		return result{}, false
	}
	r := instant(t, s.tg)
	r.approx = s.approx
	return r, true
}

// cetZone returns the Central European zone in force at the given local
// wall time: CEST (UTC+2) from the last Sunday of March, 02:00, to the
// last Sunday of October, 03:00 (EU rules since 1996); CET (UTC+1) otherwise.
func cetZone(y int, m time.Month, d, h int) *time.Location {
	lastSunday := func(month time.Month) int {
		t := time.Date(y, month+1, 0, 0, 0, 0, 0, time.UTC) // last day of month
		return t.Day() - int(t.Weekday())
	}
	start, end := lastSunday(time.March), lastSunday(time.October)
	summer := false
	switch {
	case m > time.March && m < time.October:
		summer = true
	case m == time.March:
		summer = d > start || d == start && h >= 2
	case m == time.October:
		summer = d < end || d == end && h < 3
	}
	if summer {
		return zoneCEST
	}
	return zoneCET
}

var zoneCET, zoneCEST = time.FixedZone("CET", 3600), time.FixedZone("CEST", 2*3600)
