package timeexpr

import (
	"strconv"
	"time"
)

const minYear, maxYear = 1, 9999

func day(y, m, d int, loc *time.Location) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
}

// trunc returns the start of the grain-sized period containing t.
func trunc(t time.Time, g Grain) time.Time {
	y, m, d := t.Date()
	loc := t.Location()
	switch g {
	case Second:
		return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), 0, loc)
	case Minute:
		return time.Date(y, m, d, t.Hour(), t.Minute(), 0, 0, loc)
	case Hour:
		return time.Date(y, m, d, t.Hour(), 0, 0, 0, loc)
	case Day:
		return time.Date(y, m, d, 0, 0, 0, 0, loc)
	case Week:
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		return time.Date(y, m, d-wd, 0, 0, 0, 0, loc)
	case Month:
		return time.Date(y, m, 1, 0, 0, 0, 0, loc)
	case Quarter:
		return time.Date(y, (m-1)/3*3+1, 1, 0, 0, 0, 0, loc)
	case Year:
		return time.Date(y, 1, 1, 0, 0, 0, 0, loc)
	case Decade:
		return time.Date(y-mod(y, 10), 1, 1, 0, 0, 0, 0, loc)
	case Century:
		return time.Date(y-mod(y, 100), 1, 1, 0, 0, 0, 0, loc)
	}
	return t
}

func mod(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}

// add moves t by n grains, keeping wall-clock time for day and longer grains.
func add(t time.Time, g Grain, n int) time.Time {
	switch g {
	case Second:
		return t.Add(time.Duration(n) * time.Second)
	case Minute:
		return t.Add(time.Duration(n) * time.Minute)
	case Hour:
		return t.Add(time.Duration(n) * time.Hour)
	case Day:
		return t.AddDate(0, 0, n)
	case Week:
		return t.AddDate(0, 0, 7*n)
	case Month:
		return t.AddDate(0, n, 0)
	case Quarter:
		return t.AddDate(0, 3*n, 0)
	case Year:
		return t.AddDate(n, 0, 0)
	case Decade:
		return t.AddDate(10*n, 0, 0)
	case Century:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// finer returns the next finer grain (week → day, quarter → month).
func finer(g Grain) Grain {
	switch g {
	case Week:
		return Day
	case Month:
		return Day
	case Quarter, Year:
		return Month
	case Decade, Century:
		return Year
	case Second:
		return Second
	}
	return g - 1
}

func sane(t time.Time) bool {
	y := t.Year()
	return y >= minYear && y <= maxYear
}

// timex formats t at grain g as a TIMEX3 value.
func timex(t time.Time, g Grain) string {
	y, mo, d := t.Date()
	var buf [24]byte
	b := buf[:0]
	switch g {
	case Decade:
		return pad(y/10, 3)
	case Century:
		return pad(y/100, 2)
	case Week:
		iy, iw := t.ISOWeek()
		b = appendNum(b, iy, 4)
		b = append(b, '-', 'W')
		b = appendNum(b, iw, 2)
		return string(b)
	}
	b = appendNum(b, y, 4)
	switch g {
	case Year:
		return string(b)
	case Quarter:
		b = append(b, '-', 'Q', byte('0'+(int(mo)-1)/3+1))
		return string(b)
	}
	b = append(b, '-')
	b = appendNum(b, int(mo), 2)
	if g == Month {
		return string(b)
	}
	b = append(b, '-')
	b = appendNum(b, d, 2)
	if g == Day {
		return string(b)
	}
	h, mi, sec := t.Clock()
	b = append(b, 'T')
	b = appendNum(b, h, 2)
	if g == Hour {
		return string(b)
	}
	b = append(b, ':')
	b = appendNum(b, mi, 2)
	if g == Minute {
		return string(b)
	}
	b = append(b, ':')
	b = appendNum(b, sec, 2)
	return string(b)
}

// appendNum appends v (0 ≤ v) zero-padded to width digits.
func appendNum(b []byte, v, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var tmp [20]byte
	i := len(tmp)
	for v > 0 || i == len(tmp) {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	for n := len(tmp) - i; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, tmp[i:]...)
}

func pad(v, n int) string {
	s := strconv.Itoa(v)
	for len(s) < n {
		s = "0" + s
	}
	return s
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
		if y >= 2014 { // King's Day: 27 April, the 26th when the 27th is a Sunday
			t := day(y, 4, 27, loc)
			if t.Weekday() == time.Sunday {
				t = t.AddDate(0, 0, -1)
			}
			return t, 1
		}
		t := day(y, 4, 30, loc) // Queen's Day, 1949–2013
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
	}
	return time.Time{}, 0
}
