package timeexpr

// Holidays: their names and their dates, fixed or computed from Easter.

import (
	"time"
)

// holiday parses a holiday name at p.
func (ps *parser) holiday(p int) (int, int) {
	w := ps.w(p)
	if ps.isNum(p) && (ps.t[p].n == 1 || ps.t[p].n == 2) && ps.t[p].nd == 1 {
		if _, e, ok := ps.ordinal(p); ok {
			pre := "eerste "
			if ps.t[p].n == 2 {
				pre = "tweede "
			}
			if h := holidayWords[pre+ps.w(e)]; h != 0 && ps.cont(e) {
				return h, e + 1
			}
		}
		return 0, p
	}
	switch w {
	case "eerste", "tweede", "goede", "witte", "nationale", "vlaamse":
		if h := holidayWords[w+" "+ps.w(p+1)]; h != 0 && ps.cont(p+1) {
			return h, p + 2
		}
		return 0, p
	case "dag":
		// "Dag van de Arbeid", 1 May
		if ps.w(p+1) == "van" && ps.w(p+2) == "de" && ps.w(p+3) == "arbeid" && ps.cont(p+3) {
			return hDagVanDeArbeid, p + 4
		}
		return 0, p
	case "oud":
		// "Oud en Nieuw": New Year's Eve; not "oud en nieuw materiaal"
		if ps.w(p+1) == "en" && ps.w(p+2) == "nieuw" && ps.cont(p+2) {
			n := p + 3
			switch nw := ps.w(n); {
			case !ps.cont(n) || !ps.isWord(n) || isPreposition(nw):
				return hOudjaar, n
			}
			switch ps.w(n) {
			case "is", "was", "wordt", "werd", "zijn", "waren", "vieren", "vierden", "viert", "vierde", "gevierd", "valt", "viel",
				"komt", "kwam", "gaat", "ging", "staat", "stond", "hebben", "had", "hadden", "heeft", "verliep", "verloopt":
				return hOudjaar, n
			}
		}
		return 0, p
	case "king", "kings":
		e := p + 1
		if ps.w(e) == "'" && ps.w(e+1) == "s" {
			e += 2
		}
		if ps.w(e) == "day" {
			return hKoningsdag, e + 1
		}
		return 0, p
	}
	if ps.lexClass(p)&clLex != 0 { // every holiday word is in the lexicon
		if h := holidayWords[w]; h != 0 {
			return h, p + 1
		}
	}
	return 0, p
}

// easter returns the month and day of Easter Sunday (Gregorian, anonymous algorithm).
func easter(y int) (int, int) {
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return month, dd
}

// nthWeekday returns the n-th (1-based) weekday wd (time.Weekday) of month m in year y.
func nthWeekday(y, m int, wd time.Weekday, n int, loc *time.Location) time.Time {
	t := day(y, m, 1, loc)
	off := (int(wd) - int(t.Weekday()) + 7) % 7
	return t.AddDate(0, 0, off+7*(n-1))
}

// holiday identifiers.
const (
	hNone = iota
	hKerst
	hTweedeKerstdag
	hKerstavond
	hOudjaar
	hNieuwjaar
	hValentijn
	hMoederdag
	hVaderdag
	hHalloween
	hAllerheiligen
	hAllerzielen
	hKoningsdag
	hBevrijdingsdag
	hDodenherdenking
	hPrinsjesdag
	hSinterklaas
	hPakjesavond
	hPasen
	hTweedePaasdag
	hGoedeVrijdag
	hWitteDonderdag
	hPalmpasen
	hAswoensdag
	hCarnaval
	hHemelvaart
	hPinksteren
	hTweedePinksterdag
	hDierendag
	hNationaleFeestdag
	hVlaamseFeestdag
	hWapenstilstand
	hDagVanDeArbeid
)

var holidayWords = map[string]int{
	"kerst": hKerst, "kerstmis": hKerst, "kerstdag": hKerst, "eerste kerstdag": hKerst,
	"tweede kerstdag": hTweedeKerstdag, "kerstavond": hKerstavond,
	"oudjaar": hOudjaar, "oudejaar": hOudjaar, "oudejaarsavond": hOudjaar, "oudejaarsdag": hOudjaar, "oudjaarsavond": hOudjaar,
	"nieuwjaar": hNieuwjaar, "nieuwjaarsdag": hNieuwjaar,
	"valentijnsdag": hValentijn, "valentijn": hValentijn,
	"moederdag": hMoederdag, "vaderdag": hVaderdag,
	"halloween": hHalloween, "allerheiligen": hAllerheiligen, "allerzielen": hAllerzielen,
	"koningsdag": hKoningsdag, "koninginnedag": hKoningsdag,
	"bevrijdingsdag": hBevrijdingsdag, "dodenherdenking": hDodenherdenking,
	"prinsjesdag": hPrinsjesdag,
	"sinterklaas": hSinterklaas, "sinterklaasavond": hPakjesavond, "pakjesavond": hPakjesavond, "sinterklaasdag": hSinterklaas,
	"pasen": hPasen, "paaszondag": hPasen, "eerste paasdag": hPasen, "tweede paasdag": hTweedePaasdag, "paasmaandag": hTweedePaasdag,
	"goede vrijdag": hGoedeVrijdag, "witte donderdag": hWitteDonderdag, "palmpasen": hPalmpasen, "palmzondag": hPalmpasen,
	"aswoensdag": hAswoensdag, "carnaval": hCarnaval,
	"hemelvaart": hHemelvaart, "hemelvaartsdag": hHemelvaart,
	"pinksteren": hPinksteren, "eerste pinksterdag": hPinksteren, "tweede pinksterdag": hTweedePinksterdag, "pinkstermaandag": hTweedePinksterdag,
	"dierendag": hDierendag, "nationale feestdag": hNationaleFeestdag, "vlaamse feestdag": hVlaamseFeestdag,
	"wapenstilstand": hWapenstilstand,
}

// holidayDate returns the holiday's first day in year y and its length in days.
func holidayDate(h, y int, loc *time.Location, l Locale) (time.Time, int) {
	em, ed := easter(y)
	e := day(y, em, ed, loc)
	switch h {
	case hKerst:
		return day(y, 12, 25, loc), 1
	case hTweedeKerstdag:
		return day(y, 12, 26, loc), 1
	case hKerstavond:
		return day(y, 12, 24, loc), 1
	case hOudjaar:
		return day(y, 12, 31, loc), 1
	case hNieuwjaar:
		return day(y, 1, 1, loc), 1
	case hValentijn:
		return day(y, 2, 14, loc), 1
	case hMoederdag:
		return nthWeekday(y, 5, time.Sunday, 2, loc), 1
	case hVaderdag:
		if l == BE {
			return nthWeekday(y, 6, time.Sunday, 2, loc), 1
		}
		return nthWeekday(y, 6, time.Sunday, 3, loc), 1
	case hHalloween:
		return day(y, 10, 31, loc), 1
	case hAllerheiligen:
		return day(y, 11, 1, loc), 1
	case hAllerzielen:
		return day(y, 11, 2, loc), 1
	case hKoningsdag:
		// King's Day is 27 April, Queen's Day (1949–2013) was 30 April;
		// either moves to the Saturday before when it falls on a Sunday.
		d := 27
		if y < 2014 {
			d = 30
		}
		t := day(y, 4, d, loc)
		if t.Weekday() == time.Sunday {
			t = t.AddDate(0, 0, -1)
		}
		return t, 1
	case hBevrijdingsdag:
		return day(y, 5, 5, loc), 1
	case hDodenherdenking:
		return day(y, 5, 4, loc), 1
	case hPrinsjesdag:
		return nthWeekday(y, 9, time.Tuesday, 3, loc), 1
	case hSinterklaas:
		if l == BE {
			return day(y, 12, 6, loc), 1
		}
		return day(y, 12, 5, loc), 1
	case hPakjesavond:
		return day(y, 12, 5, loc), 1
	case hPasen:
		return e, 1
	case hTweedePaasdag:
		return e.AddDate(0, 0, 1), 1
	case hGoedeVrijdag:
		return e.AddDate(0, 0, -2), 1
	case hWitteDonderdag:
		return e.AddDate(0, 0, -3), 1
	case hPalmpasen:
		return e.AddDate(0, 0, -7), 1
	case hAswoensdag:
		return e.AddDate(0, 0, -46), 1
	case hCarnaval: // Sunday to Tuesday before Ash Wednesday
		return e.AddDate(0, 0, -49), 3
	case hHemelvaart:
		return e.AddDate(0, 0, 39), 1
	case hPinksteren:
		return e.AddDate(0, 0, 49), 1
	case hTweedePinksterdag:
		return e.AddDate(0, 0, 50), 1
	case hDierendag:
		return day(y, 10, 4, loc), 1
	case hNationaleFeestdag:
		return day(y, 7, 21, loc), 1
	case hVlaamseFeestdag:
		return day(y, 7, 11, loc), 1
	case hWapenstilstand:
		return day(y, 11, 11, loc), 1
	case hDagVanDeArbeid:
		return day(y, 5, 1, loc), 1
	}
	return time.Time{}, 0
}

// isPreposition reports whether w is a common Dutch preposition.
func isPreposition(w string) bool {
	switch w {
	case "in", "op", "bij", "met", "tot", "na", "voor", "rond", "tijdens", "van", "vanaf", "sinds", "om", "tussen", "naar", "aan", "door", "zonder":
		return true
	}
	return false
}
