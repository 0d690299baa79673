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

// civilDays is the number of calendar days from a's date to b's date.
func civilDays(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	d := time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC).Sub(time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC))
	return int(d.Hours() / 24)
}
