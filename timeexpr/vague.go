package timeexpr

// Words for now and for the vague past or future: "nu", "recent",
// "binnenkort", "eerder vandaag", "enkele dagen geleden", "na de lunch".

import (
	"strings"
	"time"
)

// vagueAgo parses a vague amount of time ago: "enkele dagen geleden", "een
// aantal jaren geleden", "jaren geleden" (2 to 9 units back), and "lang
// geleden" (before last year, open at the start). They are approximate
// intervals with the value PAST_REF.
func (ps *parser) vagueAgo(p int) (match, bool) {
	q := p
	switch ps.w(q) {
	case "lang", "heel":
		if ps.w(q) == "heel" && ps.w(q+1) == "lang" {
			q++
		}
		if ps.w(q) == "lang" && ps.w(q+1) == "geleden" && ps.cont(q+1) {
			to := add(trunc(ps.ref, Year), Year, -1)
			if !sane(to) {
				return match{}, false
			}
			return match{p, q + 2, result{kind: Interval, to: to, grain: Year, value: "PAST_REF", approx: true}}, true
		}
		return match{}, false
	case "enkele", "meerdere", "verscheidene", "diverse", "talloze", "vele", "verschillende":
		q++
	case "een":
		if ps.w(q+1) != "aantal" {
			return match{}, false
		}
		q += 2
	}
	if !unitPlural(ps.w(q)) || !ps.cont(q+1) || ps.w(q+1) != "geleden" && ps.w(q+1) != "terug" {
		return match{}, false
	}
	g, _ := unitOf(ps.w(q))
	from := trunc(add(ps.ref, g, -9), g)
	to := add(trunc(add(ps.ref, g, -2), g), g, 1)
	if !sane(from) || !sane(to) {
		return match{}, false
	}
	return match{p, q + 2, result{kind: Interval, from: from, to: to, grain: g, value: "PAST_REF", approx: true}}, true
}

// fixed parses fixed words: "nu", "recent", "binnenkort", "voorlopig", "na de lunch".
func (ps *parser) fixed(p int) (match, bool) {
	w := ps.w(p)
	ref := ps.ref
	today := func() time.Time { return trunc(ref, Day) }
	present := func(e int, v string, approx bool) (match, bool) {
		return match{p, e, result{kind: Instant, from: trunc(ref, Second), to: trunc(ref, Second).Add(time.Second), grain: Second, value: v, approx: approx}}, true
	}
	past := func(e int) (match, bool) {
		return match{p, e, result{kind: Interval, from: today().AddDate(0, 0, -30), to: ref, grain: Day, value: "PAST_REF", approx: true}}, true
	}
	future := func(e int) (match, bool) {
		return match{p, e, result{kind: Interval, from: ref, to: today().AddDate(0, 0, 31), grain: Day, value: "FUTURE_REF", approx: true}}, true
	}
	switch w {
	case "nu", "momenteel", "thans", "heden", "tegenwoordig":
		if w == "nu" && ps.w(p+1) == "meteen" {
			return present(p+2, "PRESENT_REF", false)
		}
		return present(p+1, "PRESENT_REF", false)
	case "direct", "meteen", "onmiddellijk":
		if ps.phrase {
			return present(p+1, "PRESENT_REF", false)
		}
	case "zojuist", "zonet", "daarnet":
		return present(p+1, "PAST_REF", false)
	case "voorlopig", "vooralsnog":
		return present(p+1, "PRESENT_REF", true)
	case "op":
		if (ps.w(p+1) == "dit" || ps.w(p+1) == "het") && (ps.w(p+2) == "moment" || ps.w(p+2) == "ogenblik") {
			return present(p+3, "PRESENT_REF", false)
		}
		if ps.w(p+1) == "korte" && ps.w(p+2) == "termijn" {
			return future(p + 3)
		}
	case "vandaag":
		if ps.w(p+1) == "de" && ps.w(p+2) == "dag" {
			return present(p+3, "PRESENT_REF", true)
		}
	case "recent", "recentelijk", "onlangs", "laatstleden", "kortgeleden":
		if w == "recent" && !ps.isWord(p+1) {
			// predicative: "het rapport is (vrij) recent."
			switch ps.w(p - 1) {
			case "is", "zijn", "was", "waren", "vrij", "zeer", "heel", "erg", "te", "nog", "relatief", "tamelijk", "redelijk":
				return match{}, false
			}
		}
		if w == "recent" && ps.isWord(p+1) && ps.cont(p+1) {
			// "recent onderzoek" is an adjective; "recent is er", "recent
			// verschenen", "recent gebeurd" are times, and so is "recent"
			// after a verb: "heeft recent meerdere", "bleek recent uit"
			if ps.midSentence(p) && ps.isWord(p-1) && !recentAdjBefore(ps.w(p-1)) {
				return past(p + 1)
			}
			nw := ps.w(p + 1)
			switch nw {
			case "is", "zijn", "was", "waren", "werd", "werden", "heeft", "hebben", "had", "nog", "pas", "al", "ook", "een", "in", "op", "bij":
			default:
				if !strings.HasPrefix(nw, "ge") && !strings.HasPrefix(nw, "ver") && !strings.HasPrefix(nw, "be") {
					return match{}, false
				}
			}
		}
		return past(p + 1)
	case "kort":
		if ps.w(p+1) == "geleden" {
			return past(p + 2)
		}
	case "de":
		if ps.w(p+1) == "laatste" && ps.w(p+2) == "tijd" {
			return past(p + 3)
		}
	case "eerder", "later":
		// "eerder vandaag", "later vandaag": the part of today before or after now
		if ps.w(p+1) == "vandaag" && ps.cont(p+1) {
			if w == "eerder" {
				return match{p, p + 2, result{kind: Interval, from: today(), to: ref, grain: Hour, value: "PAST_REF", approx: true}}, true
			}
			return match{p, p + 2, result{kind: Interval, from: ref, to: today().AddDate(0, 0, 1), grain: Hour, value: "FUTURE_REF", approx: true}}, true
		}
		// "eerder deze avond", "later vanavond": the part of today's day
		// part before or after now, or all of it when it lies on that side
		dp, e := dpNone, p+3
		if off, ok := relWord(ps.w(p + 1)); ok && off == 0 && (ps.w(p+1) == "deze" || ps.w(p+1) == "dit") && ps.cont(p+2) {
			dp = daypartOf(ps.w(p + 2))
		} else if off, dp2, tonight, ok := dayWord(ps.w(p + 1)); ok && off == 0 && ps.cont(p+1) {
			dp, e = dp2, p+2
			if tonight {
				dp = dpNight
			}
		}
		if dp != dpNone {
			{
				from := today().Add(time.Duration(dpHours[dp][0]) * time.Hour)
				to := today().Add(time.Duration(dpHours[dp][1]) * time.Hour)
				switch {
				case w == "later" && ref.Before(from), w == "eerder" && !ref.Before(to):
					r := interval(from, to, Hour)
					r.value = timex(today(), Day) + "T" + dpTimex[dp]
					return match{p, e, r}, true
				case w == "later":
					return match{p, e, result{kind: Interval, from: ref, to: to, grain: Hour, value: "FUTURE_REF", approx: true}}, true
				default:
					return match{p, e, result{kind: Interval, from: from, to: ref, grain: Hour, value: "PAST_REF", approx: true}}, true
				}
			}
		}
		// "eerder deze maand", "later dit jaar": the part of the period before or after now
		if off, ok := relWord(ps.w(p + 1)); ok && off == 0 {
			if g := periodOf(ps.w(p + 2)); g >= Day && g <= Year {
				start := trunc(ref, g)
				if w == "eerder" {
					return match{p, p + 3, result{kind: Interval, from: start, to: ref, grain: g, value: "PAST_REF", approx: true}}, true
				}
				return match{p, p + 3, result{kind: Interval, from: ref, to: add(start, g, 1), grain: g, value: "FUTURE_REF", approx: true}}, true
			}
		}
	case "binnenkort", "spoedig", "weldra", "eerdaags":
		return future(p + 1)
	case "straks":
		return match{p, p + 1, result{kind: Interval, from: ref, to: today().AddDate(0, 0, 1), grain: Hour, value: "FUTURE_REF", approx: true}}, true
	}
	return ps.meal(p)
}

// recentAdjBefore reports whether w, before "recent", makes it an adjective:
// an article, determiner or preposition ("een recent rapport", "uit recent
// onderzoek").
func recentAdjBefore(w string) bool {
	switch w {
	case "de", "het", "een", "dit", "dat", "deze", "die", "zijn", "haar", "hun", "ons", "mijn", "jouw", "uw", "meer", "veel", "weinig", "ander", "elk", "ieder", "geen",
		"uit", "volgens", "in", "op", "van", "met", "naar", "door", "bij", "over", "voor", "na", "zonder", "tegen", "vanwege", "ondanks", "en", "of", "nog", "zeer", "heel", "vrij", "erg", "te", "zo", "minder", "relatief", "tamelijk":
		return true
	}
	return false
}

// meal parses a time named by a meal: "tijdens de lunch", "na het diner",
// "bij het ontbijt", "rond het middageten", "voor de lunch". Breakfast is
// 7-9, lunch 12-14 and dinner 18-20; after a meal runs from an hour into
// it for four hours (to midnight at most), before it the three hours up
// to it.
func (ps *parser) meal(p int) (match, bool) {
	prep := ps.w(p)
	switch prep {
	case "tijdens", "bij", "na", "voor", "rond", "omstreeks", "tegen", "aan", "onder", "gedurende":
	default:
		return match{}, false
	}
	q := p + 1
	if w := ps.w(q); w == "de" || w == "het" {
		q++
	}
	start, end := 0, 0
	switch ps.w(q) {
	case "ontbijt", "ontbijten":
		start, end = 7, 9
	case "lunch", "lunchpauze", "middageten", "middagpauze", "middagmaal":
		start, end = 12, 14
	case "diner", "avondeten", "avondmaal", "avondmaaltijd", "dinner":
		start, end = 18, 20
	default:
		return match{}, false
	}
	if !ps.cont(q) || ps.capitalized(q) && ps.midSentence(q) {
		return match{}, false
	}
	switch prep {
	case "na":
		start, end = start+1, min(start+5, 24) // as Duckling: "na de lunch" is 13-17
	case "voor":
		start, end = start-3, start
	}
	today := trunc(ps.ref, Day)
	var starts, ends [3]time.Time
	for k := -1; k <= 1; k++ {
		d := today.AddDate(0, 0, k)
		starts[k+1], ends[k+1] = d.Add(time.Duration(start)*time.Hour), d.Add(time.Duration(end)*time.Hour)
	}
	i := pickDir(ps.concrete(ps.dir, clsClock), ps.ref, starts[:], ends[:], true)
	r := interval(starts[i], ends[i], Hour)
	r.approx = prep == "rond" || prep == "omstreeks" || prep == "tegen"
	return match{p, q + 1, r}, true
}
