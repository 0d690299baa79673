package timeexpr

// Clock times, the components of a spec that set an hour: "om 15.30 uur",
// "17u10", "half drie", "kwart voor vijf", "3 uur 's middags", time zones.

func setTime(s *spec, h, m, sec int, g Grain, amb bool) {
	s.hasTime = true
	s.hour, s.min, s.sec, s.tg = h, m, sec, g
	s.amb = amb
	s.strong++
}

// hourAt parses an hour 0–24 at p (digits or word), with an optional "uur".
func (ps *parser) hourAt(p int) (int, int, bool) {
	v, e, _, ok := ps.number(p)
	if !ok || v > 24 {
		return 0, p, false
	}
	if ps.w(e) == "uur" && ps.cont(e) {
		e++
	}
	if unitIs(ps.w(e)) {
		return 0, p, false
	}
	return v, e, true
}

func isUorH(s string) bool { return s == "u" || s == "h" || s == "uur" }

var tzOffsets = map[string]int{"cet": 3600, "mez": 3600, "cest": 7200, "gmt": 0, "utc": 0, "bst": 3600, "est": -5 * 3600, "edt": -4 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600}

func (ps *parser) timeComp(p int, s *spec, lic int) int {
	w := ps.w(p)
	if s.hasTime {
		switch w {
		case "am", "pm":
			if s.ampm != 0 {
				return p
			}
			s.ampm = 1
			if w == "pm" {
				s.ampm = 2
			}
			return p + 1
		case "a", "p":
			if ps.w(p+1) == "." && ps.w(p+2) == "m" && ps.glued(p+1) && ps.glued(p+2) && s.ampm == 0 {
				s.ampm = 1
				if w == "p" {
					s.ampm = 2
				}
				return ps.skipDot(p + 3)
			}
		}
		if s.iso && !s.hasTZ && ps.glued(p) {
			// an ISO 8601 zone: 2025-03-03T14:05:00Z, …+05:00, …-0330
			if w == "z" && ps.isWord(p) {
				s.hasTZ, s.tz = true, 0
				return p + 1
			}
			if (w == "+" || w == "-") && ps.glued(p+1) && ps.isNum(p+1) {
				h, m, e := ps.t[p+1].n, 0, p+2
				switch ps.t[p+1].nd {
				case 2:
					if ps.w(e) == ":" && ps.glued(e) && ps.glued(e+1) && ps.isNum(e+1) && ps.t[e+1].nd == 2 {
						m, e = ps.t[e+1].n, e+2
					}
				case 4:
					h, m = h/100, h%100
				default:
					return p
				}
				if h > 14 || m > 59 || ps.glued(e) && (ps.isNum(e) || ps.isWord(e)) {
					return p
				}
				off := h*3600 + m*60
				if w == "-" {
					off = -off
				}
				s.hasTZ, s.tz = true, off
				return e
			}
		}
		if off, ok := tzOffsets[w]; ok && !s.hasTZ {
			// a time converted from another zone is reported to the minute
			s.hasTZ, s.tz = true, off
			if s.tg == Hour {
				s.tg = Minute
			}
			return p + 1
		}
		switch w {
		case "nederlandse", "belgische", "amsterdamse", "brusselse", "europese":
			// "om 14.30 uur Nederlandse tijd": Central European (Summer) Time
			if ps.w(p+1) == "tijd" && !s.hasTZ {
				s.hasTZ, s.tzCET = true, true
				return p + 2
			}
		}
		return p
	}
	t := &ps.t[p]
	if t.k == kNum && t.nd <= 2 && t.n <= 24 {
		h := t.n
		sep := ps.w(p + 1)
		if (sep == ":" || sep == ".") && ps.glued(p+1) && ps.glued(p+2) && ps.isNum(p+2) && ps.t[p+2].nd == 2 && ps.t[p+2].n < 60 {
			m := ps.t[p+2].n
			e := p + 3
			if sep == "." {
				if ps.w(e) == "." && ps.glued(e) && ps.isNum(e+1) {
					return p // a date: 31.10.1974
				}
				if ps.w(e) == "," && ps.glued(e) && ps.glued(e+1) && ps.isNum(e+1) {
					return p // "3.50,40": a race time in minutes, seconds and hundredths
				}
				switch {
				case ps.w(e) == "uur" && ps.cont(e), (ps.w(e) == "u" || ps.w(e) == "h") && ps.glued(e):
					e++
				case lic&1 != 0:
				case ps.phrase && lic&2 == 0 && (m == 0 || m > 12 || h > 31):
				case (s.hasDate() || s.dp != 0) && h < 24 && !ps.numberAround(p, e):
					// "3 mrt 8.00", "vanavond 8.00"
				case t.nd == 2 && h < 24 && ps.bareClock(p, e):
					// "De trein vertrekt 16.45", "21.10 vandaag"
				default:
					return p
				}
				setTime(s, h, m, 0, Minute, false)
				return e
			}
			if p > 0 && ps.glued(p) && (ps.w(p-1) == "/" || ps.isWord(p-1) && !s.iso) || ps.w(e) == "/" && ps.glued(e) {
				return p // a path or code: "nl/14:30/agenda"
			}
			sec, g := 0, Minute
			if ps.w(e) == ":" && ps.glued(e) && ps.glued(e+1) && ps.isNum(e+1) && ps.t[e+1].nd == 2 && ps.t[e+1].n < 60 {
				sec, g = ps.t[e+1].n, Second
				e += 2
			}
			if (ps.w(e) == "u" || ps.w(e) == "h" || ps.w(e) == "uur") && ps.glued(e) || ps.w(e) == "uur" && ps.cont(e) {
				e++ // "10:34 uur: …" heads an item of a live blog
			} else if ps.w(e) == ":" && ps.glued(e) || (ps.w(e) == "." || ps.w(e) == ",") && ps.glued(e) && ps.glued(e+1) && ps.isNum(e+1) {
				return p // "7:15.620": a race time or a price, not a clock time
			}
			setTime(s, h, m, sec, g, false)
			return e
		}
		if (sep == "u" || sep == "h") && ps.glued(p+1) {
			e := p + 2
			m, g := 0, Hour
			if ps.glued(e) && ps.isNum(e) && ps.t[e].nd == 2 && ps.t[e].n < 60 {
				m, g = ps.t[e].n, Minute
				e++
			}
			if ps.glued(e) && (ps.isNum(e) || ps.isWord(e)) {
				return p // a code or version: "Windows 10 20H1", "12u2b"
			}
			setTime(s, h, m, 0, g, h <= 12)
			return e
		}
	}
	if t.k == kNum && t.nd <= 2 && t.n >= 1 && t.n <= 12 && (ps.w(p+1) == "am" || ps.w(p+1) == "pm") {
		setTime(s, t.n, 0, 0, Hour, true)
		return p + 1
	}
	if (w == "een" || w == "één") && ps.w(p+1) == "uur" && ps.w(p+2) == "of" && ps.cont(p+3) {
		// "een uur of drie": about three o'clock
		if v, e, _, ok := ps.number(p + 3); ok && v >= 1 && v <= 12 && !unitIs(ps.w(e)) {
			setTime(s, v, 0, 0, Hour, true)
			s.approx = true
			return e
		}
	}
	switch w {
	case "de":
		// "rond de middag", "tegen de middag": about noon
		if ps.w(p+1) == "middag" && ps.cont(p+1) && p > 0 && !ps.capitalized(p+1) {
			switch ps.w(p - 1) {
			case "rond", "tegen", "omstreeks", "rondom":
				setTime(s, 12, 0, 0, Hour, false)
				s.approx = true
				return p + 2
			}
		}
		return p
	case "het":
		// "rond het middaguur", "gisteren tegen het middaguur"
		if ps.w(p+1) == "middaguur" && ps.cont(p+1) {
			setTime(s, 12, 0, 0, Minute, false)
			switch ps.w(p - 1) {
			case "rond", "tegen", "omstreeks", "rondom":
				s.approx = true
			}
			return p + 2
		}
		return p
	case "half":
		if h, e, ok := ps.hourAt(p + 1); ok && h >= 1 && h <= 24 && ps.t[p+1].k != kPunct {
			if ps.w(e-1) != "uur" && unitIs(ps.w(e)) {
				return p
			}
			setTime(s, h-1, 30, 0, Minute, h <= 12)
			return e
		}
		return p
	case "kwart":
		d := ps.w(p + 1)
		if d != "over" && d != "voor" {
			return p
		}
		h, e, ok := ps.hourAt(p + 2)
		if !ok || h == 0 {
			return p
		}
		if d == "over" {
			setTime(s, h, 15, 0, Minute, h <= 12)
		} else {
			setTime(s, h-1, 45, 0, Minute, h <= 12)
		}
		return e
	case "middernacht":
		setTime(s, 0, 0, 0, Minute, false)
		return p + 1
	case "middaguur":
		setTime(s, 12, 0, 0, Minute, false)
		return p + 1
	}
	v, e, digits, ok := ps.number(p)
	if !ok || v > 24 {
		return p
	}
	if lic&1 != 0 && (s.dp != dpNone || ps.timeFollows(e)) && v >= 1 && v <= 12 && ps.w(e) != "uur" && !unitIs(ps.w(e)) &&
		!(digits && ps.numberAround(p, e)) && (s.dp == dpNone || !ps.isNum(e)) {
		// "'s avonds om 10", "om 10 's avonds"
		setTime(s, v, 0, 0, Hour, true)
		return e
	}
	switch ps.w(e) {
	case "uur":
		if !ps.cont(e) {
			return p
		}
		lw := w == "een" || w == "één"
		// "3 uur" is a clock time in a phrase (as in Duckling), but in running
		// text "hij liep 3 uur" is a duration unless something marks a time
		// "het is nu 10 uur": the time of day
		itIs := p >= 2 && (ps.w(p-1) == "is" || ps.w(p-1) == "was") && ps.w(p-2) == "het" ||
			p >= 3 && (ps.w(p-2) == "is" || ps.w(p-2) == "was") && ps.w(p-3) == "het" && (ps.w(p-1) == "nu" || ps.w(p-1) == "al" || ps.w(p-1) == "inmiddels" || ps.w(p-1) == "pas" || ps.w(p-1) == "bijna")
		licensed := lic&1 != 0 || itIs && ps.w(e+1) != "rijden" || !lw && (digits && (ps.phrase || s.hasDate() || v > 24) || ps.timeFollows(e+1) ||
			ps.isNum(e+1) && ps.t[e+1].n < 60 && ps.cont(e+1) && ps.timeFollows(e+2))
		if !licensed {
			return p
		}
		e2 := e + 1
		if m, e3, _, ok := ps.number(e2); ok && m < 60 && ps.cont(e2) && !unitIs(ps.w(e3)) && ps.w(e3) != "over" && ps.w(e3) != "voor" {
			if ps.t[e2].k == kNum && ps.t[e2].nd <= 2 || ps.t[e2].k == kWord {
				setTime(s, v, m, 0, Minute, v <= 12 && v > 0)
				return e3
			}
		}
		setTime(s, v, 0, 0, Hour, v <= 12 && v > 0)
		return e2
	case "minuten", "minuut", "min", "over", "voor":
		if v < 1 || v > 29 || digits && ps.t[p].nd > 2 {
			return p
		}
		q := e
		if ps.w(q) != "over" && ps.w(q) != "voor" {
			q++
		}
		d := ps.w(q)
		if d != "over" && d != "voor" {
			return p
		}
		q++
		half := false
		if ps.w(q) == "half" {
			half = true
			q++
		}
		if !ps.isNum(q) && !ps.isCard(q) {
			return p
		}
		h, e2, ok := ps.hourAt(q)
		if !ok || h == 0 {
			return p
		}
		switch {
		case d == "over" && !half:
			setTime(s, h, v, 0, Minute, h <= 12)
		case d == "voor" && !half:
			setTime(s, h-1, 60-v, 0, Minute, h <= 12)
		case d == "voor":
			setTime(s, h-1, 30-v, 0, Minute, h <= 12)
		default:
			setTime(s, h-1, 30+v, 0, Minute, h <= 12)
		}
		return e2
	}
	return p
}

// timeFollows reports whether a day part or "op zijn vroegst" follows at p,
// which makes "drie uur" a clock time rather than a duration.
func (ps *parser) timeFollows(p int) bool {
	switch ps.w(p) {
	case "'":
		return ps.w(p+1) == "s" && daypartAdverb(ps.w(p+2)) != 0
	case "in":
		return ps.w(p+1) == "de" && daypartOf(ps.w(p+2)) != 0
	case "op":
		return ps.w(p+1) == "zijn" || ps.w(p+1) == "z'n"
	case "am", "pm", "morgen", "vandaag", "gisteren":
		return true
	case "vanmiddag", "vanavond", "vanochtend", "vanmorgen", "vannacht", "morgenochtend", "morgenmiddag", "morgenavond",
		"gisteravond", "gistermiddag", "gisterochtend", "gisterenavond", "gisterenmiddag", "gisterenochtend":
		return true
	case "nederlandse", "belgische", "amsterdamse", "brusselse", "europese", "lokale", "plaatselijke":
		return ps.w(p+1) == "tijd"
	}
	_, ok := tzOffsets[ps.w(p)]
	return ok
}

// dpFits reports whether a spec's clock time lies in its day part:
// "gisteravond om 15.30 uur" does not combine.
func dpFits(s *spec) bool {
	h := s.hour
	if s.ampm == 2 && h < 12 {
		h += 12
	}
	if s.amb || s.ampm != 0 || h == 12 {
		return true // the day part will pick am or pm
	}
	if h >= 1 && h < 12 && s.tg == Minute && (s.dp == dpAfternoon || s.dp == dpEvening || s.dp == dpNight && h >= 6) {
		h += 12 // "vanavond om 8.00" is 20:00
	}
	switch s.dp {
	case dpMorning:
		return h < 12
	case dpAfternoon:
		return h >= 12 && h <= 18
	case dpEvening:
		return h >= 17 || h == 0
	case dpNight:
		return h >= 20 || h < 7
	}
	return true
}

// bareClock reports whether a dotted time "16.45" at tokens [p, e) stands
// alone in running text as a clock time: not inside a longer number, a
// code or a price, not after a label that numbers ("artikel 3.12", "km
// 12.45", "versie 10.15", "€ 12.50") and not before a unit ("12.50 euro").
func (ps *parser) bareClock(p, e int) bool {
	if ps.numberAround(p, e) {
		return false
	}
	switch ps.w(p - 1) {
	case "artikel", "art", "versie", "v", "hoofdstuk", "paragraaf", "par", "km", "kilometer", "hectometerpaal", "hm",
		"nummer", "nr", "no", "bijlage", "figuur", "fig", "tabel", "lid", "sectie", "pagina", "blz", "p", "pag",
		"€", "$", "£", "eur", "euro", "dollar", "kost", "kostte", "kosten", "bedraagt", "bedroeg", "prijs", "koers",
		"stand", "score", "ios", "android", "windows", "release", "update", "punt", "punten", "+", "-", "=", "x", "/",
		"van", "op", "tot", "naar", "met", "bij", "rond":
		return false
	}
	if ps.isWord(e) && ps.cont(e) {
		w := ps.w(e)
		if unitIs(w) && w != "uur" {
			return false
		}
		switch w {
		case "euro", "eur", "dollar", "procent", "meter", "m", "km", "kilometer", "kilo", "kg", "gram", "liter", "punten",
			"punt", "graden", "seconde", "seconden", "sec", "miljoen", "miljard", "mln", "mld", "keer", "maal", "x":
			return false
		}
	}
	switch ps.w(e) {
	case "%", "€", "$", "°":
		return false
	}
	return true
}

// numberAround reports whether the number at tokens [p, e) is part of a
// longer one: glued to digits, dots, dashes, slashes or letters on either
// side ("1.16.45", "A16.45", "16.45.30", "www.x.nl/16.45").
func (ps *parser) numberAround(p, e int) bool {
	if p > 0 && ps.glued(p) {
		return true
	}
	if ps.glued(e) {
		switch w := ps.w(e); w {
		case ".", ",", ";", ":", "!", "?", ")", "\"", "'":
			return ps.glued(e+1) && (ps.isNum(e+1) || ps.isWord(e+1))
		}
		return true
	}
	return false
}
