package timeexpr

// Recurring times: "elke maandag", "wekelijks", "om de twee weken",
// "iedere avond om 20.00 uur", "elk jaar op 4 mei".

import (
	"strconv"
	"strings"

	"github.com/draadnlp/draad/internal/numword"
)

// set parses recurring times: "elke maandag", "wekelijks", "om de twee weken".
func (ps *parser) set(p int) (match, bool) {
	w := ps.w(p)
	switch w {
	case "elke", "iedere", "ieder", "elk", "om", "'", "op", "alle", "de", "een", "één":
	default:
		if ps.t[p].k != kNum && len(w) < 7 && !ps.isCard(p) {
			return match{}, false // no frequency word, count or plural weekday
		}
	}
	mk := func(e int, v string, g Grain) (match, bool) {
		// a clock time may follow: "elke maandag om 9 uur", "dagelijks om 14.30 uur"
		if g >= Day && !strings.Contains(v, "T") {
			save := ps.inner
			ps.inner = true
			ts, _, te, ok := ps.spec(e)
			ps.inner = save
			if ok && ts.hasTime && !ts.hasDate() && ts.dp == 0 && !ts.hasTZ {
				h := ts.hour
				if ts.ampm == 2 && h < 12 {
					h += 12
				}
				var b []byte
				if strings.HasPrefix(v, "P") {
					b = append(b, "XXXX-XX-XX"...)
				} else {
					b = append(b, v...)
				}
				b = append(b, 'T')
				b = appendNum(b, h, 2)
				if ts.tg <= Minute {
					b = append(b, ':')
					b = appendNum(b, ts.min, 2)
				}
				if strings.HasPrefix(v, "P") && v != "P1D" {
					b = append(b[:0], v...) // "wekelijks om 9 uur": keep the period
				} else {
					v, g, e = string(b), ts.tg, te
				}
			}
		}
		// a date may follow a period: "elk jaar op 4 mei", "jaarlijks in
		// juni", "elke maand op de 15de", "elke week op maandag"
		if v == "P1Y" || v == "P1M" || v == "P1W" {
			if nv, ng, ne, ok := ps.setDate(e, v); ok {
				v, g, e = nv, ng, ne
			}
		}
		return match{p, e, result{kind: Set, grain: g, value: v}}, true
	}
	// mkDP makes a set of a day part, which a clock time may refine:
	// "iedere avond om 20.00 uur" is XXXX-XX-XXT20:00
	mkDP := func(e int, base string, dp int) (match, bool) {
		save := ps.inner
		ps.inner = true
		ts, _, te, ok := ps.spec(e)
		ps.inner = save
		if ok && ts.hasTime && !ts.hasDate() && ts.dp == 0 && !ts.hasTZ {
			ts.dp = dp
			if dpFits(&ts) {
				h := ts.hour
				switch {
				case ts.ampm == 2 && h < 12, ts.ampm == 0 && (dp == dpAfternoon || dp == dpEvening) && h < 12,
					ts.ampm == 0 && dp == dpNight && h >= 6 && h < 12:
					h += 12
				}
				b := append([]byte(base), 'T')
				b = appendNum(b, h%24, 2)
				if ts.tg <= Minute {
					b = append(b, ':')
					b = appendNum(b, ts.min, 2)
				}
				return match{p, te, result{kind: Set, grain: ts.tg, value: string(b)}}, true
			}
		}
		return match{p, e, result{kind: Set, grain: Hour, value: base + "T" + dpTimex[dp]}}, true
	}
	if v, g, ok := frequencyWord(w); ok {
		// "dagelijks", "tweewekelijkse", "vierjaarlijkse", "halfjaarlijks"
		return mk(p+1, v, g)
	}
	// "eenmaal per maand", "twee keer per week", "drie maal per jaar"
	if e, ok := ps.timesPer(p); ok {
		if g, e2, ok := ps.unitAt(e + 1); ok && g >= Day && ps.w(e+1) != "kwartier" && ps.cont(e+1) {
			d := dur{}
			d.add(1, g)
			return match{p, e2, result{kind: Set, grain: g, value: d.value()}}, true
		}
	}
	// plural weekdays: "Dinsdagen om 9.15", "op maandagen", "alle zondagen"
	q0 := p
	if w == "op" || w == "alle" || w == "de" {
		q0++
	}
	if wd := pluralWeekday(ps.w(q0)); wd != 0 && ps.cont(q0) {
		return mk(q0+1, "XXXX-WXX-"+strconv.Itoa(wd), Day)
	}
	if (w == "op" || w == "alle") && (ps.w(q0) == "werkdagen" || ps.w(q0) == "weekdagen") {
		return mk(q0+1, "XXXX-WXX-WD", Day)
	}
	if w == "de" || w == "op" && ps.w(p+1) == "de" {
		// "de tweede dinsdag van elke maand", "op de laatste vrijdag van
		// iedere maand"
		q := p + 1
		if w == "op" {
			q++
		}
		n, e, ok := ps.ordinal(q)
		if !ok && ps.w(q) == "laatste" {
			n, e, ok = -1, q+1, true
		}
		if ok && n != 0 && n <= 5 {
			if wd, abbr := weekdayOf(ps.w(e)); wd != 0 && !abbr && ps.w(e+1) == "van" && ps.w(e+3) == "maand" && ps.cont(e+3) {
				switch ps.w(e + 2) {
				case "elke", "iedere", "ieder":
					k := "L"
					if n > 0 {
						k = strconv.Itoa(n)
					}
					return mk(e+4, "XXXX-XX-W"+k+"-"+strconv.Itoa(wd), Day)
				}
			}
		}
	}
	switch w {
	case "elke", "iedere", "ieder", "elk", "om":
		q := p + 1
		if w == "om" {
			if ps.w(q) != "de" {
				return match{}, false
			}
			q++
		}
		if wd, abbr := weekdayOf(ps.w(q)); wd != 0 && !abbr && w != "om" {
			return mk(q+1, "XXXX-WXX-"+strconv.Itoa(wd), Day)
		}
		if (ps.w(q) == "werkdag" || ps.w(q) == "weekdag") && w != "om" {
			return mk(q+1, "XXXX-WXX-WD", Day)
		}
		if head, dp := splitDaypart(ps.w(q)); dp != 0 && w != "om" {
			if wd, abbr := weekdayOf(head); wd != 0 && !abbr {
				return mkDP(q+1, "XXXX-WXX-"+strconv.Itoa(wd), dp)
			}
		}
		if dp := daypartOf(ps.w(q)); dp != 0 && w != "om" {
			return mkDP(q+1, "XXXX-XX-XX", dp)
		}
		if w != "om" {
			// "elke eerste maandag van de maand": XXXX-XX-W1-1 (week of
			// the month, then the weekday; WL for the last)
			n, e, ok := ps.ordinal(q)
			if !ok && ps.w(q) == "laatste" {
				n, e, ok = -1, q+1, true
			}
			if ok && n != 0 && n <= 5 {
				if wd, abbr := weekdayOf(ps.w(e)); wd != 0 && !abbr && ps.w(e+1) == "van" && ps.w(e+3) == "maand" {
					switch ps.w(e + 2) {
					case "de", "elke", "iedere", "ieder":
						k := "L"
						if n > 0 {
							k = strconv.Itoa(n)
						}
						return mk(e+4, "XXXX-XX-W"+k+"-"+strconv.Itoa(wd), Day)
					}
				}
			}
		}
		if ps.w(q) == "weekend" && w != "om" {
			return mk(q+1, "XXXX-WXX-WE", Day)
		}
		n := 1
		if v, e, ok := ps.quantityInt(q); ok && v >= 1 && ps.w(q) != "een" {
			n, q = v, e
		}
		g, e, ok := ps.unitAt(q)
		if !ok || ps.w(q) == "kwartier" {
			return match{}, false
		}
		d := dur{}
		d.add(float64(n), g)
		return mk(e, d.value(), g)
	case "'":
		if ps.w(p+1) == "s" && ps.glued(p+1) {
			nw := ps.w(p + 2)
			if len(nw) > 1 && nw[len(nw)-1] == 's' {
				if wd, abbr := weekdayOf(nw[:len(nw)-1]); wd != 0 && !abbr {
					return mk(p+3, "XXXX-WXX-"+strconv.Itoa(wd), Day)
				}
			}
		}
	}
	return match{}, false
}

// setDate reads the date after a yearly, monthly or weekly set at e:
// "op 4 mei", "in juni", "op de 15de", "op maandag".
func (ps *parser) setDate(e int, v string) (string, Grain, int, bool) {
	q := e
	if ps.w(q) == "op" || ps.w(q) == "in" || ps.w(q) == "," {
		q++
	}
	save, saveP := ps.inner, ps.phrase
	ps.inner, ps.phrase = true, true
	ts, _, te, ok := ps.spec(q)
	ps.inner, ps.phrase = save, saveP
	if !ok || ts.dp != 0 && !ts.hasTime || ts.hasTZ || ts.hasYear || ts.relG != 0 || ts.hasDayOff || ts.hasWmod || ts.holiday != 0 || ts.season != 0 || ts.quarter != 0 || ts.weekend || ts.isoWeek != 0 {
		return "", 0, e, false
	}
	var out string
	switch {
	case v == "P1Y" && ts.month != 0 && ts.dom != 0 && ts.wday == 0:
		out = "XXXX-" + pad(ts.month, 2) + "-" + pad(ts.dom, 2)
	case v == "P1Y" && ts.month != 0 && ts.dom == 0 && ts.wday == 0 && !ts.hasTime:
		return "XXXX-" + pad(ts.month, 2), Month, te, true
	case v == "P1M" && ts.dom != 0 && ts.month == 0 && ts.wday == 0:
		out = "XXXX-XX-" + pad(ts.dom, 2)
	case v == "P1W" && ts.wday != 0 && ts.dom == 0 && ts.month == 0:
		out = "XXXX-WXX-" + strconv.Itoa(ts.wday)
	default:
		return "", 0, e, false
	}
	if !ts.hasTime {
		return out, Day, te, true
	}
	// and a clock time: "elk jaar op 4 mei om 20.00 uur" is XXXX-05-04T20:00
	h := ts.hour
	switch {
	case ts.ampm == 2 && h < 12, ts.ampm == 0 && (ts.dp == dpAfternoon || ts.dp == dpEvening) && h < 12:
		h += 12
	}
	b := append([]byte(out), 'T')
	b = appendNum(b, h%24, 2)
	if ts.tg <= Minute {
		b = append(b, ':')
		b = appendNum(b, ts.min, 2)
	}
	return string(b), ts.tg, te, true
}

// frequencyWord reads "dagelijks", "wekelijkse", "tweewekelijks",
// "driemaandelijks", "halfjaarlijks", "vierjaarlijkse": the period as an
// ISO 8601 duration and its grain.
func frequencyWord(w string) (string, Grain, bool) {
	if !strings.Contains(w, "lijks") {
		return "", 0, false
	}
	w = strings.TrimSuffix(w, "e")
	for _, u := range [...]struct {
		suf  string
		unit byte
		g    Grain
	}{{"dagelijks", 'D', Day}, {"wekelijks", 'W', Week}, {"maandelijks", 'M', Month}, {"kwartaallijks", 'Q', Quarter}, {"jaarlijks", 'Y', Year}} {
		if !strings.HasSuffix(w, u.suf) {
			continue
		}
		pre := w[:len(w)-len(u.suf)]
		n := 1
		switch {
		case pre == "":
		case pre == "half" && u.unit == 'Y':
			return "P6M", Month, true
		default:
			v, ok := numword.Cardinal(pre)
			if !ok || v < 2 || v > 100 {
				return "", 0, false
			}
			n = v
		}
		if u.unit == 'Q' {
			return "P" + strconv.Itoa(3*n) + "M", Month, true
		}
		return "P" + strconv.Itoa(n) + string(u.unit), u.g, true
	}
	return "", 0, false
}

// timesPer reads "eenmaal", "tweemaal", "twee keer", "3 maal", "één keer"
// before "per" at p and returns the position of "per".
func (ps *parser) timesPer(p int) (int, bool) {
	w := ps.w(p)
	e := p + 1
	switch {
	case strings.HasSuffix(w, "maal") && len(w) > 4:
		if _, ok := numword.Cardinal(w[:len(w)-4]); !ok && w[:len(w)-4] != "een" {
			return p, false
		}
	default:
		if _, e2, _, ok := ps.number(p); ok || w == "een" || w == "één" {
			if !ok {
				e2 = p + 1
			}
			if k := ps.w(e2); k != "keer" && k != "maal" {
				return p, false
			}
			e = e2 + 1
		} else {
			return p, false
		}
	}
	if ps.w(e) != "per" || !ps.cont(e) {
		return p, false
	}
	return e, true
}

// pluralWeekday returns the weekday of "maandagen", "zondagen".
func pluralWeekday(w string) int {
	if len(w) < 8 || !strings.HasSuffix(w, "en") {
		return 0
	}
	wd, abbr := weekdayOf(w[:len(w)-2])
	if abbr {
		return 0
	}
	return wd
}
