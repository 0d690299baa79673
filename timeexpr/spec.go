package timeexpr

import "time"

// spec is a set of calendar constraints collected from adjacent components,
// such as "maandag", "18 februari" and "om 15.30 uur".
type spec struct {
	year       int
	hasYear    bool
	month, dom int
	wday, wmod int // wmod: +1 next, -1 previous
	dirMark    int // "a.s." (+1, the next one, today included) or "jl." (-1, the last one)
	hasWmod    bool
	dayOff     int
	hasDayOff  bool
	relG       Grain
	relN       int
	quarter    int
	half       int // 1 or 2: "H1 2026", "het tweede halfjaar"
	isoWeek    int // "week 12"
	holiday    int
	season     int
	hasSeasRel bool
	seasRel    int
	weekend    bool
	weekendRel int
	hasWkndRel bool
	hour, min  int
	sec        int
	hasTime    bool
	tg         Grain
	amb        bool
	ampm       int // 1 am, 2 pm
	dp         int
	dpToday    bool // "vannacht" and friends
	nightOf    bool // "de nacht van zaterdag (op zondag)": its small hours are the next day's
	dpRel      int  // "afgelopen nacht" (-1), "komende nacht" (+1)
	tz         int  // offset in seconds
	hasTZ      bool
	tzCET      bool // Central European Time with EU summer time
	iso        bool // an ISO 8601 date with a "T" time, which may end in a zone
	approx     bool
	strong     int // components that may stand alone in running text
	n          int
}

func (s *spec) hasDate() bool {
	return s.hasYear || s.month != 0 || s.dom != 0 || s.wday != 0 || s.hasDayOff || s.relG != 0 ||
		s.quarter != 0 || s.half != 0 || s.holiday != 0 || s.season != 0 || s.weekend || s.isoWeek != 0
}

func (s *spec) hasDayDate() bool {
	return s.dom != 0 || s.wday != 0 || s.hasDayOff || s.holiday != 0
}

// result is a resolved expression without its span.
type result struct {
	kind   Kind
	from   time.Time
	to     time.Time
	grain  Grain
	value  string
	approx bool
}

// instant and interval leave value empty: [result.expr] formats it for
// the winning match only.
func instant(t time.Time, g Grain) result {
	return result{kind: Instant, from: t, to: add(t, g, 1), grain: g}
}

func interval(from, to time.Time, g Grain) result {
	return result{kind: Interval, from: from, to: to, grain: g}
}

func intervalValue(from, to time.Time, g Grain) string {
	a, b := "..", ".."
	if !from.IsZero() {
		a = timex(from, g)
	}
	if !to.IsZero() {
		last := add(to, g, -1)
		if g == Week || g == Quarter || g == Decade || g == Century {
			last = trunc(last, g)
		}
		b = timex(last, g)
	}
	return a + "/" + b
}

// pick chooses among candidate start times according to the direction:
// ok(i) says whether candidate i exists; cands are sorted ascending.
// For Future the first candidate with end > after wins, for Past the last
// one with start <= before.
func pickDir(dir Direction, ref time.Time, starts, ends []time.Time, inclusiveFuture bool) int {
	best := -1
	switch dir {
	case upcoming:
		inclusiveFuture = true
		fallthrough
	case Future:
		for i := range starts {
			if inclusiveFuture && ends[i].After(ref) || !inclusiveFuture && starts[i].After(ref) {
				return i
			}
		}
		return len(starts) - 1
	case Past:
		for i := range starts {
			if !starts[i].After(ref) {
				best = i
			}
		}
		if best < 0 {
			best = 0
		}
		return best
	default:
		var bd time.Duration
		for i := range starts {
			if !starts[i].After(ref) && ends[i].After(ref) {
				return i
			}
			d := starts[i].Sub(ref)
			if d < 0 {
				d = ref.Sub(ends[i])
			}
			if best < 0 || d < bd {
				best, bd = i, d
			}
		}
		return best
	}
}
