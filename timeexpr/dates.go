package timeexpr

// Date components of a spec: "15 februari", "31-10-1974", "maandag",
// "gisteravond", "volgende week", "week 12", "het weekend", "Q3".

import (
	"github.com/draadnlp/draad/internal/numword"
	"time"
)

func isCardinal(s string) bool {
	_, ok := numword.Cardinal(s)
	return ok
}

func (ps *parser) dateComp(p int, s *spec, lic int) int {
	t := &ps.t[p]
	w := ps.w(p)
	if s.n > 0 && s.dirMark == 0 && !s.hasYear && (s.dom != 0 || s.wday != 0 || s.month != 0 || s.holiday != 0) && s.relG == 0 && !s.hasWmod {
		// "1 april a.s.", "maandag aanstaande", "15 mei jl.": the next or
		// the last one
		if m, e := ps.dirMarkAt(p); m != 0 {
			s.dirMark = m
			return e
		}
	}
	switch w {
	case "'":
		if ps.w(p+1) == "s" && ps.glued(p+1) {
			if dp := daypartAdverb(ps.w(p + 2)); dp != 0 && s.dp == 0 {
				s.dp = dp
				s.strong++ // "'s nachts"
				return p + 3
			}
		}
		return p
	case "in":
		if ps.w(p+1) == "de" && ps.w(p+3) == "van" && s.n == 0 {
			return ps.dateComp(p+1, s, lic)
		}
		// "volgend jaar in mei", "vorig jaar in december"
		if m, abbr := monthOf(ps.w(p + 1)); m != 0 && !abbr && s.relG == Year && s.month == 0 && !s.hasDayDate() && ps.cont(p+1) {
			s.month = m
			return p + 2
		}
		if ps.w(p+1) == "de" && !ps.capitalized(p+2) {
			if dp := daypartOf(ps.w(p + 2)); dp != 0 && s.dp == 0 {
				s.dp = dp
				s.strong++ // "in de namiddag"
				return p + 3
			}
		}
		return p
	case "kalenderjaar", "jaar":
		// "kalenderjaar 2020", "jaar 2011"
		return ps.yearNoun(p, s)
	case "laatste":
		// "het laatste kwartaal van 2023"
		if ps.w(p+1) == "kwartaal" && s.quarter == 0 && s.month == 0 && ps.cont(p+1) {
			s.quarter = 4
			s.strong++
			return ps.optYear(p+2, s)
		}
		return p
	case "week", "wk":
		// "week 12", "in week 3 van 2025"
		if ps.isNum(p+1) && ps.t[p+1].nd <= 2 && ps.t[p+1].n >= 1 && ps.t[p+1].n <= 53 && !s.hasDate() && ps.cont(p+1) && !unitIs(ps.w(p+2)) {
			s.isoWeek = ps.t[p+1].n
			s.strong++
			return ps.optYear(p+2, s)
		}
		return p
	case "q", "h":
		// "Q3", "Q2-2024", "H1 2026", "H2-2023"
		max := 4
		if w == "h" {
			max = 2
		}
		if ps.glued(p+1) && ps.isNum(p+1) && ps.t[p+1].nd == 1 && ps.t[p+1].n >= 1 && ps.t[p+1].n <= max && s.quarter == 0 && s.half == 0 &&
			!(ps.glued(p+2) && ps.isWord(p+2)) && (s.month == 0 && s.dom == 0) {
			if w == "h" {
				if s.hasYear {
					s.half = ps.t[p+1].n
					s.strong++
					return p + 2
				}
				ns := *s
				ns.half = ps.t[p+1].n
				if e := ps.optYear(p+2, &ns); e > p+2 || ps.phrase {
					ns.strong++
					*s = ns
					return e
				}
				return p // "H1" alone is mostly something else
			}
			s.quarter = ps.t[p+1].n
			s.strong++
			return ps.optYear(p+2, s)
		}
		return p
	case "het", "de":
		if dp := daypartOf(ps.w(p + 1)); dp != 0 && ps.w(p+2) == "van" && s.n == 0 && !ps.capitalized(p+1) {
			// "de avond van 12 maart", "de nacht van zaterdag"
			if dp == dpNight && ps.isNum(p+3) && ps.t[p+3].nd <= 2 && ps.w(p+4) == "op" {
				// "de nacht van 5 op 6 mei": the night of the 5th
				var next spec
				if e := ps.component(p+5, &next, 0); e > p+5 && next.dom != 0 && next.month != 0 && !next.hasTime && ps.t[p+3].n >= 1 && ps.t[p+3].n <= 31 {
					s.dom, s.month, s.year, s.hasYear, s.dp = ps.t[p+3].n, next.month, next.year, next.hasYear, dp
					s.nightOf = true
					s.strong++
					return e
				}
			}
			ns := *s
			if e := ps.component(p+3, &ns, lic); e > p+3 && ns.hasDayDate() && !ns.hasTime && ns.dp == 0 {
				ns.dp = dp
				ns.nightOf = dp == dpNight
				if dp == dpNight {
					// "de nacht van zaterdag op zondag", "… van vrijdag 31 mei
					// op zaterdag 1 juni", "… van zaterdag 22 op zondag 23
					// juni": the night is that of the first day, which may
					// take its month from the second
					first, fe, dom := ns, e, 0
					if ps.isNum(fe) && ps.t[fe].nd <= 2 && ps.t[fe].n >= 1 && ps.t[fe].n <= 31 && ps.w(fe+1) == "op" && first.dom == 0 {
						dom = ps.t[fe].n
						fe++
					}
					for k := 0; k < 2 && ps.w(fe) != "op"; k++ {
						ne := ps.component(fe, &first, 0)
						if ne <= fe {
							break
						}
						fe = ne
					}
					if ps.w(fe) == "op" && !first.hasTime {
						var next spec
						e2 := fe + 1
						for k := 0; k < 3; k++ {
							ne := ps.component(e2, &next, 0)
							if ne <= e2 {
								break
							}
							e2 = ne
						}
						if e2 > fe+1 && next.hasDayDate() && !next.hasTime && (dom == 0 || next.month != 0) {
							switch {
							case dom != 0:
								first.dom, first.month, first.year, first.hasYear = dom, next.month, next.year, next.hasYear
								first.strong++
							case first.dom == 0 && first.month == 0 && next.dom != 0 && next.month != 0:
								// "van maandag op dinsdag 24 april": the day
								// before the date
								y := ps.ref.Year()
								if next.hasYear {
									y = next.year
								}
								d := time.Date(y, time.Month(next.month), next.dom-1, 12, 0, 0, 0, time.UTC)
								first.dom, first.month = d.Day(), int(d.Month())
								first.year, first.hasYear = d.Year(), next.hasYear
								first.strong++
							}
							*s = first
							return e2
						}
					}
				}
				*s = ns
				return e
			}
			return p
		}
		switch nw := ps.w(p + 1); {
		case nw == "jaar" || nw == "kalenderjaar":
			// "het jaar 2011"
			if e := ps.yearNoun(p+1, s); e > p+1 {
				return e
			}
			return p
		case nw == "weekend":
			if s.hasDate() {
				return p
			}
			s.weekend = true
			s.strong++
			return p + 2
		case seasonOf(nw) != 0:
			if s.hasDate() {
				return p
			}
			s.season = seasonOf(nw)
			s.strong++
			return ps.optYear(p+2, s)
		default:
			if _, ok := relWord(nw); ok && nw != "deze" && nw != "dit" {
				ns := *s
				if e := ps.dateComp(p+1, &ns, lic); e > p+1 {
					*s = ns
					return e
				}
			}
		}
		return p
	}
	if t.k == kNum {
		if h, e := ps.holiday(p); h != 0 && !s.hasDate() {
			s.holiday = h
			s.strong++
			return ps.optYear(e, s)
		}
		return ps.numDate(p, s, lic)
	}
	if t.k != kWord {
		return p
	}
	if m, abbr := monthOf(w); m != 0 {
		return ps.monthFirst(p, s, m, abbr)
	}
	if wd, abbr := weekdayOf(w); wd != 0 {
		if s.wday != 0 || s.hasDayOff || ps.w(p-1) == "een" || ps.w(p-1) == "één" {
			return p // "valt op een donderdag": any Thursday
		}
		e := p + 1
		if abbr {
			if ps.w(e) == "." && ps.glued(e) {
				e++
			} else if ps.weekdayRangeAbbr(p) {
				// "ma t/m vr", "di-do": a range of abbreviated weekdays
				s.wday = wd
				s.strong++
				return e
			} else if !ps.isNum(e) || !ps.cont(e) || len(w) != 2 {
				// without its dot only before a date: "ma 17 mrt 2025"
				return p
			}
			if !ps.phrase && !ps.isNum(e) && !(ps.w(e) == "," && ps.isNum(e+1)) {
				return p
			}
		} else {
			s.strong++
			// "dinsdag- en donderdagavond": the day part of the compound
			// after it is this day's too
			if ps.w(e) == "-" && ps.glued(e) && !ps.glued(e+1) && (ps.w(e+1) == "en" || ps.w(e+1) == "of" || ps.w(e+1) == "tot") && ps.cont(e+2) {
				if head, dp := splitDaypart(ps.w(e + 2)); dp != 0 && s.dp == 0 {
					if wd2, abbr2 := weekdayOf(head); wd2 != 0 && !abbr2 {
						s.wday, s.dp = wd, dp
						return e + 1
					}
				}
			}
			// "donderdag van vorige week", "maandag van volgende week"
			if off, ok := relWord(ps.w(e + 1)); ok && ps.w(e) == "van" && ps.w(e+2) == "week" && ps.cont(e+2) && s.relG == 0 && !s.hasWmod {
				s.wday, s.relG, s.relN = wd, Week, off
				return e + 3
			}
		}
		s.wday = wd
		return e
	}
	if off, dp, today, ok := dayWord(w); ok {
		if s.hasDayDate() || s.relG != 0 || s.month != 0 || dp != 0 && s.dp != 0 {
			return p
		}
		if w == "morgen" {
			if ps.capitalized(p) && ps.midSentence(p) {
				return p // "De Financiële Morgen", "in De Morgen": a newspaper
			}
			switch ps.w(p - 1) {
			case "de", "s", "deze", "die", "elke", "iedere", "goede", "goeie", "ochtend":
				return p
			}
		}
		if today {
			s.dpToday = true
			s.dp = dpNight
		} else {
			s.dayOff, s.hasDayOff = off, true
			if dp != 0 {
				s.dp = dp
			}
		}
		s.strong++
		return p + 1
	}
	if h, e := ps.holiday(p); h != 0 {
		if s.hasDate() {
			return p
		}
		s.holiday = h
		s.strong++
		return ps.optYear(e, s)
	}
	if se := seasonOf(w); se != 0 && !s.hasDate() {
		// a bare season needs its year: "zomer 2024", "herfst van 2030"
		ns := *s
		ns.season = se
		if e := ps.optYear(p+1, &ns); e > p+1 && ns.hasYear {
			ns.strong++
			*s = ns
			return e
		}
		return p
	}
	if head, dp := splitDaypart(w); dp != 0 {
		if wd, abbr := weekdayOf(head); wd != 0 && !abbr {
			if s.wday != 0 || s.dp != 0 || s.hasDayOff {
				return p
			}
			s.wday, s.dp = wd, dp
			s.strong++
			return p + 1
		}
	}
	if off, ok := relWord(w); ok {
		nw := ps.w(p + 1)
		if g := periodOf(nw); g != 0 && g != Day && g != Decade && g != Century {
			if s.relG != 0 || s.hasDayOff || s.hasYear || s.quarter != 0 && g != Year || s.month != 0 && g != Year || s.wday != 0 && g != Week || s.hasWmod {
				return p
			}
			s.relG, s.relN = g, off
			s.strong++
			return p + 2
		}
		if nw == "dag" && off == 0 {
			if s.hasDayDate() {
				return p
			}
			s.hasDayOff, s.dayOff = true, 0
			s.strong++
			return p + 2
		}
		wd, abbr := weekdayOf(nw)
		dp := 0
		if wd == 0 {
			// "komende dinsdagavond", "vorige zondagmiddag"
			if head, d := splitDaypart(nw); d != 0 {
				if wd, abbr = weekdayOf(head); wd != 0 {
					dp = d
				}
			}
		}
		if wd != 0 && !abbr {
			if s.wday != 0 || s.hasDayOff || s.relG != 0 || dp != 0 && s.dp != 0 {
				return p
			}
			s.wday = wd
			if dp != 0 {
				s.dp = dp
			}
			if off == 0 {
				s.relG, s.relN = Week, 0
			} else {
				s.wmod, s.hasWmod = off, true
			}
			s.strong++
			return p + 2
		}
		if m, abbr := monthOf(nw); m != 0 && !abbr {
			if s.month != 0 || s.hasDate() {
				return p
			}
			if off == 0 {
				// "deze maart": this year's
				s.month, s.relG, s.relN = m, Year, 0
			} else {
				s.month, s.wmod, s.hasWmod = m, off, true
			}
			s.strong++
			return p + 2
		}
		if h, e := ps.holiday(p + 1); h != 0 && off != 0 && !s.hasDate() {
			// "volgende Pinksteren", "afgelopen Kerstmis"
			s.holiday, s.wmod, s.hasWmod = h, off, true
			s.strong++
			return e
		}
		if nw == "weekend" {
			if s.hasDate() {
				return p
			}
			s.weekend = true
			s.hasWkndRel, s.weekendRel = true, off
			s.strong++
			return p + 2
		}
		if se := seasonOf(nw); se != 0 {
			if s.hasDate() {
				return p
			}
			s.season, s.hasSeasRel, s.seasRel = se, true, off
			s.strong++
			return p + 2
		}
		if dp := daypartOf(nw); dp != 0 && off != 0 && nw != "morgen" {
			// "afgelopen nacht", "komende avond"
			if s.hasDate() || s.dp != 0 {
				return p
			}
			s.dp, s.dpRel = dp, off
			s.strong++
			return p + 2
		}
		if dp := daypartOf(nw); dp != 0 && off == 0 && w == "deze" {
			if s.hasDayDate() || s.dp != 0 {
				return p
			}
			s.hasDayOff, s.dayOff, s.dp = true, 0, dp
			s.strong++
			return p + 2
		}
		return p
	}
	if dp := daypartOf(w); dp != 0 && s.dp == 0 && s.hasDayDate() && !s.hasTime && !ps.capitalized(p) {
		s.dp = dp
		return p + 1
	}
	if w == "over" && s.wday != 0 && s.relG == 0 && !s.hasWmod {
		if v, e, ok := ps.quantityInt(p + 1); ok && (ps.w(e) == "week" || ps.w(e) == "weken") && ps.cont(e) {
			s.relG, s.relN = Week, v
			return e + 1
		}
		return p
	}
	if v, k := ps.numWord(p); k == 2 && v >= 1 && v <= 31 && w != "een" && w != "één" && ps.cont(p+1) {
		// a day written as a cardinal word: "drie maart", "eenendertig december"
		if m, abbr := monthOf(ps.w(p + 1)); m != 0 && !abbr && s.month == 0 && s.dom == 0 && !s.hasDayOff {
			s.dom, s.month = v, m
			s.strong++
			return ps.optYear(p+2, s)
		}
	}
	if v, e, ok := ps.ordinal(p); ok && t.k == kWord {
		if m, abbr := monthOf(ps.w(e)); m != 0 && v >= 1 && v <= 31 {
			if s.month != 0 || s.dom != 0 || s.hasDayOff {
				return p
			}
			e++
			if abbr {
				e = ps.skipDot(e)
			}
			s.dom, s.month = v, m
			s.strong++
			return ps.optYear(e, s)
		}
		if ps.w(e) == "kwartaal" && v >= 1 && v <= 4 && s.quarter == 0 && s.month == 0 {
			s.quarter = v
			s.strong++
			return ps.optYear(e+1, s)
		}
		if v >= 1 && v <= 31 {
			if e2 := ps.dayOfMonth(p, e, v, s, lic); e2 > p {
				return e2
			}
		}
	}
	return p
}

// dayOfMonth reads a day of the month without its month at tokens [p, e)
// ("7e", "derde", "16"), with value d: "de derde van oktober", "de 12e van
// juni 1990", "de 15e van volgende maand", "op de 7e", "zaterdag 16 om 3
// uur", "donderdag de eenentwintigste". It returns the end, or p.
func (ps *parser) dayOfMonth(p, e, d int, s *spec, lic int) int {
	if s.dom != 0 || s.month != 0 || s.hasDayOff {
		return p
	}
	if ps.w(e) == "van" && ps.cont(e+1) {
		// "de derde van oktober", "de 12e van juni 1990"
		if m, abbr := monthOf(ps.w(e + 1)); m != 0 && (!abbr || ps.w(e+2) == "." || ps.isNum(e+2)) {
			s.dom, s.month = d, m
			s.strong++
			e2 := e + 2
			if abbr {
				e2 = ps.skipDot(e2)
			}
			return ps.optYear(e2, s)
		}
		// "de 15e van deze maand", "de eerste van volgende maand", "de 1e van de maand"
		if off, ok := relWord(ps.w(e + 1)); ok && ps.w(e+2) == "maand" || ps.w(e+1) == "de" && ps.w(e+2) == "maand" {
			t := trunc(ps.ref, Month).AddDate(0, off, 0)
			s.dom, s.month, s.year, s.hasYear = d, int(t.Month()), t.Year(), true
			s.strong++
			return e + 3
		}
	}
	afterDe := ps.w(p-1) == "de"
	afterDay := s.wday != 0 && (afterDe || p > 0 && weekdayOrCompound(ps.w(p-1)))
	if !afterDe && !afterDay || !(lic&2 != 0 || ps.phrase || s.wday != 0) || !ps.dayFollower(e) {
		return p
	}
	if ps.t[p].k == kWord && lic&2 == 0 && !ps.phrase && ps.isWord(e) && ps.cont(e) {
		switch ps.w(e) {
		case "om", "rond", "omstreeks", "tegen", "vanaf", "tot":
		default:
			return p // "zondag de tweede wordt": the second one
		}
	}
	if !afterDe && ps.t[p].k != kNum {
		return p
	}
	if !afterDe && (ps.w(e) == "-" || ps.w(e) == "tot" || ps.w(e) == "t" || ps.w(e) == "tm" || ps.w(e) == "en") {
		return p // a range decides: "ma 9 - 17 uur", "za 15 - zo 16 maart"
	}
	s.dom = d
	if lic&2 != 0 || s.wday != 0 {
		s.strong++
	}
	return e
}

// weekdayOrCompound reports whether w names a weekday, alone or with its
// day part ("zaterdag", "za", "zaterdagavond").
func weekdayOrCompound(w string) bool {
	if wd, _ := weekdayOf(w); wd != 0 {
		return true
	}
	if head, dp := splitDaypart(w); dp != 0 {
		wd, _ := weekdayOf(head)
		return wd != 0
	}
	return false
}

// dayFollower reports whether the token at e may follow a bare day of the
// month: the end, punctuation, a clock time or a word that cannot be the
// noun it counts ("op de 7e terug", not "de 7e plaats").
func (ps *parser) dayFollower(e int) bool {
	if !ps.isWord(e) || !ps.cont(e) {
		return !ps.isNum(e) || !ps.cont(e)
	}
	switch ps.w(e) {
	case "om", "rond", "omstreeks", "tegen", "vanaf", "tot", "en", "of", "terug", "weer", "al", "nog", "ook", "is", "was",
		"wordt", "werd", "zijn", "waren", "in", "op", "bij", "na", "voor", "te", "door", "met", "vanuit", "naar", "aan",
		"gaat", "komt", "kwam", "ging", "zal", "moet", "kan", "heeft", "had", "hebben", "worden", "werden", "opnieuw", "pas",
		"'s", "s":
		return true
	}
	return false
}

// dayWord parses "vandaag", "gisteravond", "vannacht"...
func dayWord(w string) (off, dp int, tonight, ok bool) {
	switch w {
	case "vandaag":
		return 0, 0, false, true
	case "gisteren", "gister":
		return -1, 0, false, true
	case "morgen":
		return 1, 0, false, true
	case "overmorgen":
		return 2, 0, false, true
	case "eergisteren":
		return -2, 0, false, true
	case "vanmorgen", "vanochtend", "vanmorgend":
		return 0, dpMorning, false, true
	case "vanmiddag", "vannamiddag":
		return 0, dpAfternoon, false, true
	case "vanavond":
		return 0, dpEvening, false, true
	case "vannacht":
		return 0, dpNight, true, true
	}
	head, dp := splitDaypart(w)
	if dp == 0 {
		return 0, 0, false, false
	}
	switch head {
	case "gisteren", "gister":
		return -1, dp, false, true
	case "morgen":
		return 1, dp, false, true
	case "overmorgen":
		return 2, dp, false, true
	case "eergisteren":
		return -2, dp, false, true
	case "vandaag":
		return 0, dp, false, true
	}
	return 0, 0, false, false
}

// optYear consumes an optional year after a month, holiday or quarter.
func (ps *parser) optYear(p int, s *spec) int {
	q := p
	if ps.w(q) == "," {
		q++
	} else if (ps.w(q) == "-" || ps.w(q) == "/") && ps.glued(q) && ps.glued(q+1) && (s.quarter != 0 || s.half != 0) {
		q++ // "Q2-2024"
	} else if ps.w(q) == "van" && (ps.w(q+1) == "het" || ps.w(q+1) == "dit") && ps.w(q+2) == "jaar" && !s.hasYear && s.relG == 0 &&
		s.dom+s.month+s.quarter+s.half+s.season > 0 && s.wday == 0 {
		s.relG, s.relN = Year, 0 // "het derde kwartaal van het jaar"
		return q + 3
	} else if ps.w(q) == "in" && s.month != 0 && s.dom != 0 && !s.hasYear && s.relG == 0 && ps.cont(q+1) {
		q++ // "op 3 juni in 2027"
	} else if ps.w(q) == "van" && ps.cont(q+1) && !s.hasYear && s.relG == 0 {
		// "het eerste kwartaal van 2024", "maart van vorig jaar"
		q++
		if off, ok := relWord(ps.w(q)); ok && ps.w(q+1) == "jaar" && s.dom+s.month+s.quarter+s.holiday+s.season > 0 && s.wday == 0 {
			s.relG, s.relN = Year, off
			return q + 2
		}
	}
	if y, e, ok := ps.year(q); ok && !s.hasYear {
		if ps.w(e) == "uur" || unitIs(ps.w(e)) {
			return p
		}
		s.year, s.hasYear = y, true
		return e
	}
	return p
}

// monthPrep reports whether w, before a capitalised month mid-sentence,
// shows it is the month: "in Mei", "sinds Januari".
func monthPrep(w string) bool {
	switch w {
	case "in", "sinds", "vanaf", "tot", "per", "begin", "eind", "medio", "half", "midden", "eind-", "half-":
		return true
	}
	return false
}

func (ps *parser) monthFirst(p int, s *spec, m int, abbr bool) int {
	if s.month != 0 || s.hasDayOff || s.quarter != 0 {
		return p
	}
	e := p + 1
	if abbr {
		e = ps.skipDot(e)
	}
	rangeNext := false
	if ps.w(e) == "-" && ps.glued(e) && ps.glued(e+1) && ps.isWord(e+1) {
		if m2, _ := monthOf(ps.w(e + 1)); m2 == 0 {
			return p // a compound: "juli-akkoord", "mei-actie"
		}
		rangeNext = true // "okt-jan 2025"
	}
	// "nov-2026", "mrt/2026"
	if sep := ps.w(e); (sep == "-" || sep == "/") && ps.glued(e) && ps.glued(e+1) && ps.isNum(e+1) && ps.t[e+1].nd == 4 &&
		!(ps.glued(e+2) && (ps.isNum(e+2) || ps.w(e+2) == sep)) {
		if y, _, ok := ps.year(e + 1); ok && !s.hasYear {
			s.month, s.year, s.hasYear = m, y, true
			s.strong++
			return e + 2
		}
	}
	// "februari 15", "Aug 8", "April 14, 2015"
	if ps.isNum(e) && ps.t[e].nd <= 2 && ps.t[e].n >= 1 && ps.t[e].n <= 31 && s.dom == 0 && ps.cont(e) {
		d := ps.t[e].n
		e2 := e + 1
		if v, e3, ok := ps.ordinal(e); ok && v == d {
			e2 = e3
		}
		nw := ps.w(e2)
		if ps.phrase || !ps.isWord(e2) || nw == "om" || nw == "uur" {
			// not "mei 1,5 procent", "maart 14:30"
			if nw != ":" && nw != "." && nw != "," || !ps.isNum(e2+1) || !ps.glued(e2+1) {
				s.month, s.dom = m, d
				s.strong++
				return ps.optYear(e2, s)
			}
		}
	}
	ns := *s
	ns.month = m
	if y := ps.optYear(e, &ns); y > e {
		ns.strong++
		*s = ns
		return y
	}
	if abbr && rangeNext && s.n == 0 {
		s.month = m // the start of a range: "okt-jan 2025"
		return e
	}
	if abbr && !ps.phrase {
		return p
	}
	if abbr && ps.w(e-1) != "." && s.dom == 0 {
		return p
	}
	if !ps.phrase && s.n == 0 && ps.capitalized(p) && (ps.midSentence(p) && !monthPrep(ps.w(p-1)) || ps.capitalized(e)) {
		return p // "Mei Li", "de film Juni": Dutch writes months in lower case
	}
	s.month = m
	if !abbr || s.dom != 0 {
		s.strong++
	}
	return e
}

func (ps *parser) numDate(p int, s *spec, lic int) int {
	t := &ps.t[p]
	if s.month != 0 || s.dom != 0 || s.hasDayOff || s.holiday != 0 {
		// only a year can follow
		return p
	}
	sep := ps.w(p + 1)
	if (sep == "-" || sep == "/" || sep == ".") && ps.glued(p+1) && ps.glued(p) && (ps.isNum(p-1) || ps.glued(p-1) && ps.isNum(p-2) || ps.isWord(p-1) || ps.w(p-1) == "/") {
		return p // inside a code, a number or a URL: "133-03-03-2020", "A16-12", "/2024/03/12/"
	}
	// "09-mrt-2026", "14-oktober-2026", "09/mrt/2026", "4/nov"
	if t.nd <= 2 && (sep == "-" || sep == "/") && ps.glued(p+1) && ps.glued(p+2) && ps.isWord(p+2) {
		if m, _ := monthOf(ps.w(p + 2)); m != 0 && t.n >= 1 && t.n <= 31 {
			e := p + 3
			if ps.w(e) == sep && ps.glued(e) && ps.glued(e+1) && ps.isNum(e+1) && (ps.t[e+1].nd == 4 || ps.t[e+1].nd == 2) {
				if ps.glued(e+2) && (ps.isNum(e+2) || ps.w(e+2) == sep) {
					return p
				}
				s.year, s.hasYear = ps.fullYear(ps.t[e+1].n), true
				e += 2
			} else if ps.glued(e) && (ps.isNum(e) || ps.isWord(e) || ps.w(e) == sep) {
				return p
			}
			s.month, s.dom = m, t.n
			s.strong++
			return e
		}
	}
	// "2025-Q3", "2025 Q3", "2026 H1": a year and a quarter or half
	if t.nd == 4 && (sep == "-" && ps.glued(p+1) && ps.glued(p+2) || !ps.glued(p+1)) {
		q := p + 1
		if sep == "-" {
			q++
		}
		if w := ps.w(q); (w == "q" || w == "h") && ps.glued(q+1) && ps.isNum(q+1) && ps.t[q+1].nd == 1 && ps.cont(q) &&
			!(ps.glued(q+2) && (ps.isNum(q+2) || ps.isWord(q+2))) {
			n, max := ps.t[q+1].n, 4
			if w == "h" {
				max = 2
			}
			if y, _, ok := ps.year(p); ok && n >= 1 && n <= max {
				s.year, s.hasYear = y, true
				if w == "q" {
					s.quarter = n
				} else {
					s.half = n
				}
				s.strong++
				return q + 2
			}
		}
	}
	// "2019-7", "2019-07": a year and a month (not "2011-12", a season)
	if t.nd == 4 && sep == "-" && ps.glued(p+1) && ps.glued(p+2) && ps.isNum(p+2) && (ps.t[p+2].nd == 1 || ps.t[p+2].nd == 2 && ps.t[p+2].n < 10) &&
		ps.t[p+2].n >= 1 && !(ps.glued(p+3) && (ps.isNum(p+3) || ps.isWord(p+3) || ps.w(p+3) == "-" || ps.w(p+3) == "/")) {
		if y, _, ok := ps.year(p); ok {
			s.year, s.hasYear, s.month = y, true, ps.t[p+2].n
			s.strong++
			return p + 3
		}
	}
	// "11-2019", "03/2020": a month and a year
	if t.nd == 2 && t.n >= 1 && t.n <= 12 && (sep == "-" || sep == "/") && ps.glued(p+1) && ps.glued(p+2) && ps.isNum(p+2) && ps.t[p+2].nd == 4 &&
		!(ps.glued(p+3) && (ps.isNum(p+3) || ps.isWord(p+3) || ps.w(p+3) == sep)) {
		if y, _, ok := ps.year(p + 2); ok {
			s.year, s.hasYear, s.month = y, true, t.n
			s.strong++
			return p + 3
		}
	}
	// ISO 8601: 2013-02-12
	if t.nd == 4 && (sep == "-" || sep == "/") && ps.glued(p+1) && ps.glued(p+2) && ps.isNum(p+2) && ps.w(p+3) == sep && ps.glued(p+3) && ps.glued(p+4) && ps.isNum(p+4) {
		y, m, d := t.n, ps.t[p+2].n, ps.t[p+4].n
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 && ps.t[p+4].nd <= 2 {
			e := p + 5
			if ps.glued(e) && ps.w(e) == "t" && ps.glued(e+1) && ps.isNum(e+1) {
				e++ // 2024-05-06T14:30: the time follows
				s.iso = true
			} else if ps.glued(e) && ps.isNum(e+1) {
				return p
			}
			s.year, s.hasYear, s.month, s.dom = y, true, m, d
			s.strong++
			return e
		}
		return p
	}
	if t.nd <= 2 && (sep == "-" || sep == "/" || sep == ".") && ps.glued(p+1) && ps.glued(p+2) && ps.isNum(p+2) && ps.t[p+2].nd <= 2 {
		d, m := t.n, ps.t[p+2].n
		if d < 1 || d > 31 || m < 1 || m > 12 {
			return p
		}
		if mo, _ := monthOf(ps.w(p + 3)); mo != 0 && ps.cont(p+3) {
			return p // a range of days: "5-7 juli"
		}
		e := p + 3
		if ps.w(e) == sep && ps.glued(e) && ps.glued(e+1) && ps.isNum(e+1) && (ps.t[e+1].nd == 4 || ps.t[e+1].nd == 2) {
			if ps.glued(e+2) && (ps.w(e+2) == sep && (ps.glued(e+3) && ps.isNum(e+3) || sep != ".") || ps.isNum(e+2)) {
				return p // "12.03.2024." ends a sentence; "1.2.3.4" is a number
			}
			s.year, s.hasYear = ps.fullYear(ps.t[e+1].n), true
			s.month, s.dom = m, d
			s.strong++
			return e + 2
		}
		if ps.glued(e) && (ps.w(e) == sep || ps.w(e) == ":" || ps.isNum(e)) {
			return p
		}
		if sep == "." && ps.w(e) == "uur" {
			return p
		}
		if sep == "-" && !ps.phrase && ps.t[p+2].nd != 2 || sep == "-" && !ps.phrase && ps.t[p+2].n >= 10 && s.wday == 0 {
			return p // "op 7-6", "op 13-12": scores; "15-06" is a date
		}
		s.month, s.dom = m, d
		if lic&2 != 0 || s.wday != 0 || ps.phrase || sep == "/" && t.nd == 2 && ps.t[p+2].nd == 2 ||
			sep == "-" && t.nd == 2 && ps.t[p+2].nd == 2 && m < 10 && !ps.codeBefore(p) && !ps.codeAfter(e) {
			// "17/09", "25/12" and "20-03" stand alone; "24/7" and "3-2" do not
			s.strong++
		}
		return e
	}
	// "15 februari", "18de juli 2014", "4de kwartaal"
	if t.nd <= 2 {
		d := t.n
		e := p + 1
		if v, e2, ok := ps.ordinal(p); ok && v == d {
			e = e2
		}
		if m, abbr := monthOf(ps.w(e)); m != 0 && d >= 1 && d <= 31 && ps.cont(e) {
			e++
			if abbr {
				e = ps.skipDot(e)
			}
			s.month, s.dom = m, d
			s.strong++
			return ps.optYear(e, s)
		}
		if d >= 1 && d <= 31 && e == p+1 && (ps.w(e) == "en" || ps.w(e) == ",") {
			// "3 en 4 maart", "3, 4 en 5 juni": this day takes the list's month
			q := e
			for i := 0; i < 8 && (ps.w(q) == "," || ps.w(q) == "en") && ps.isNum(q+1) && ps.t[q+1].nd <= 2 && ps.t[q+1].n >= 1 && ps.t[q+1].n <= 31; i++ {
				last := ps.w(q) == "en"
				q += 2
				if last {
					if m, abbr := monthOf(ps.w(q)); m != 0 && !abbr && ps.cont(q) {
						var tail spec
						tail.month = m
						ps.optYear(q+1, &tail)
						s.dom, s.month, s.year, s.hasYear = d, m, tail.year, tail.hasYear
						s.strong++
						return p + 1
					}
					break
				}
			}
		}
		if e > p+1 {
			if ps.w(e) == "kwartaal" && d >= 1 && d <= 4 {
				s.quarter = d
				s.strong++
				return ps.optYear(e+1, s)
			}
			if d >= 1 && d <= 31 {
				if e2 := ps.dayOfMonth(p, e, d, s, lic); e2 > p {
					return e2
				}
			}
		} else if d >= 1 && d <= 31 && (s.wday != 0 || ps.w(e) == "van") {
			// "zaterdag 16 om 3 uur", "de 3 van mei"
			if e2 := ps.dayOfMonth(p, e, d, s, lic); e2 > p {
				return e2
			}
		}
	}
	return p
}

func isOrdinalWord(s string) bool {
	_, ok := numword.Ordinal(s)
	return ok
}

// yearNoun reads "jaar 2011" or "kalenderjaar 2020" at p into s.
func (ps *parser) yearNoun(p int, s *spec) int {
	if s.hasDate() || !ps.cont(p+1) {
		return p
	}
	y, e, ok := ps.year(p + 1)
	if !ok || ps.t[p+1].k != kNum {
		if y, e, ok = ps.yearWords(p + 1); !ok {
			return p
		}
	} else if ps.blockYear(e) {
		return p
	}
	s.year, s.hasYear = y, true
	s.strong++
	return e
}

// weekdayRangeAbbr reports whether the abbreviated weekday at p starts or
// ends a range of abbreviated weekdays: "ma t/m vr", "di-do", "ma tot za".
func (ps *parser) weekdayRangeAbbr(p int) bool {
	other := func(q int) bool {
		wd, abbr := weekdayOf(ps.w(q))
		return wd != 0 && abbr && ps.cont(q)
	}
	// after it: "t/m", "tm", "-", "tot" and another
	switch e := p + 1; ps.w(e) {
	case "-", "tm", "tot":
		if other(e + 1) {
			return true
		}
	case "t":
		if ps.w(e+1) == "/" && ps.w(e+2) == "m" && other(e+3) {
			return true
		}
	}
	// before it
	if p >= 2 {
		switch ps.w(p - 1) {
		case "-", "tm", "tot":
			return other(p - 2)
		case "m":
			return p >= 4 && ps.w(p-2) == "/" && ps.w(p-3) == "t" && other(p-4)
		}
	}
	return false
}

// dirMarkAt reads a mark after a date that says which one is meant:
// "a.s." and "aanstaande" the next (+1), "jl.", "j.l.", "jongstleden" and
// "laatstleden" the last (-1). It returns the mark and the end.
func (ps *parser) dirMarkAt(p int) (int, int) {
	switch ps.w(p) {
	case "aanstaande", "eerstkomende":
		return 1, p + 1
	case "jongstleden", "laatstleden", "ll":
		if ps.w(p) == "ll" && !(ps.w(p+1) == "." && ps.glued(p+1)) {
			return 0, p
		}
		e := p + 1
		if ps.w(e) == "." && ps.glued(e) {
			e++
		}
		return -1, e
	case "as", "jl":
		if ps.w(p+1) == "." && ps.glued(p+1) {
			if ps.w(p) == "as" {
				return 1, p + 2
			}
			return -1, p + 2
		}
	case "a", "j":
		// "a.s.", "j.l."
		second := "s"
		m := 1
		if ps.w(p) == "j" {
			second, m = "l", -1
		}
		if ps.w(p+1) == "." && ps.w(p+2) == second && ps.glued(p+1) && ps.glued(p+2) {
			e := p + 3
			if ps.w(e) == "." && ps.glued(e) {
				e++
			}
			return m, e
		}
	}
	return 0, p
}
