package timeexpr

import (
	"time"
	"unsafe"
)

// capitalized reports whether the word at p starts with an upper-case letter
// in the original text.
func (ps *parser) capitalized(p int) bool {
	if !ps.isWord(p) {
		return false
	}
	t := &ps.t[p]
	return ps.low[t.start] != ps.src[t.start] || ps.low[t.start:t.end] != ps.src[t.start:t.end] && ps.src[t.start] >= 0x80
}

// midSentence reports whether token p follows a token that does not end a
// sentence.
func (ps *parser) midSentence(p int) bool {
	if p == 0 || ps.t[p].nl {
		return false
	}
	switch ps.w(p - 1) {
	case ".", "!", "?", ":", "\"", "'", "(", "-", "|":
		return false
	}
	return true
}

// parser holds one call's state. It is not shared between goroutines.
type parser struct {
	t      []tok
	low    string // lower-cased input; token text is low[start:end]
	src    string // the input
	ref    time.Time
	dir    Direction
	locale Locale
	phrase bool // the whole input is one phrase ([Parse])
	// for [Auto]: the tense of the clause around the expression starting at
	// token tenseAt, read when first needed
	tense      tense
	tenseAt    int
	tenseKnown bool
	startNL    bool             // whether token tenseAt starts a line ([parser.at] hides it)
	inner      bool             // parsing the side of a range or the object of a bound
	depth      int              // nesting of period(): "de laatste dag van de eerste week van ..."
	lex        *lexTable        // lexicon(), held to spare its sync.Once
	tw         map[string]uint8 // tenseWords(), likewise
	prefix     spec             // the date before a bound on a clock time: "4 april" in "4 april na 14:00"
	// the expression found last, which "twee dagen later" counts from
	prevFrom  time.Time
	prevGrain Grain
	hasPrev   bool
	hasPrefix bool
	allGates  bool // try every alternative at every token (for tests)
}

// w returns the lower-cased text of token p, "" for no token. It is the
// parser's most frequent call, so it slices ps.low without bounds checks:
// the lexer made every token a non-empty part of it.
func (ps *parser) w(p int) string {
	if uint(p) < uint(len(ps.t)) {
		t := &ps.t[p]
		if t.norm != 0 {
			return normText[t.norm]
		}
		return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(ps.low)), t.start)), t.end-t.start)
	}
	return ""
}

// Classes of expression, which [Auto] resolves differently.
const (
	clsDay   = iota // a weekday, the weekend, a day part: days from the reference
	clsDate         // a date, month, holiday, season, quarter or week number
	clsClock        // a clock time without a date
	clsEra          // a decade or a century
)

// concrete turns [Auto] into the direction for an expression of class cls
// in a clause of tense ps.tense; other directions are returned unchanged.
//
// A clause in the past resolves backwards, today included. A clause about
// the future ("zal", "gaat", "komende") resolves forwards, today included.
// A clause in the present tense speaks of the days ahead ("speelt
// zaterdag") but of dates on either side ("de loting is op 21 augustus";
// "Britse economie groeit in juli", in September): days resolve forwards
// and dates, clock times and the like to the nearest. Without a verb or
// marker, days and eras resolve backwards, as news mostly looks back, and
// dates and clock times to the nearest: "Concert: 15 december" on 28
// November is next month. Decades and centuries ("de jaren dertig") look
// back unless the clause speaks of the future.
func (ps *parser) concrete(dir Direction, cls int) Direction {
	if dir != Auto {
		return dir
	}
	if !ps.tenseKnown {
		ps.tense, ps.tenseKnown = ps.clauseTense(ps.tenseAt, ps.timeRun(ps.tenseAt)), true
	}
	return dirFor(ps.tense, cls)
}

// dirFor is the direction [Auto] gives an expression of class cls in a
// clause of tense t.
func dirFor(t tense, cls int) Direction {
	switch t {
	case tensePast:
		return Past
	case tenseFuture:
		if cls == clsEra {
			return Nearest // "de jaren dertig" with "zal": the 2030s; "de jaren tachtig" stay the 1980s
		}
		return upcoming
	case tensePresent:
		switch cls {
		case clsDay:
			return upcoming
		case clsEra:
			return Past
		}
		return Nearest
	}
	if cls == clsDate || cls == clsClock {
		return Nearest
	}
	return Past
}

// specClass returns the class of a spec's date.
func specClass(s *spec) int {
	if s.wday != 0 && s.dom == 0 && s.month == 0 || s.weekend || s.hasDayOff {
		return clsDay
	}
	return clsDate
}

// cont reports whether token p exists and continues the same line.
func (ps *parser) cont(p int) bool { return p < len(ps.t) && !ps.t[p].nl }

// glued reports whether token p exists and directly follows token p-1.
func (ps *parser) glued(p int) bool { return p > 0 && p < len(ps.t) && !ps.t[p].sp }

func (ps *parser) isNum(p int) bool { return p < len(ps.t) && ps.t[p].k == kNum && ps.t[p].n >= 0 }

func (ps *parser) isWord(p int) bool { return p < len(ps.t) && ps.t[p].k == kWord }

// numWord returns the value of the number word at p and its kind (1 none,
// 2 cardinal, 3 ordinal), caching the table lookup in the token.
func (ps *parser) numWord(p int) (int, uint8) {
	if p < 0 || p >= len(ps.t) || ps.t[p].k != kWord {
		return 0, 1
	}
	t := &ps.t[p]
	c := t.lc
	if c == 0 {
		c = ps.classify(p)
	}
	if c&(clCard|clOrd) == 0 || t.end-t.start < 3 {
		return t.n, 1
	}
	if t.lc&lcNum == 0 {
		t.n = int(ps.lex.num[ps.lex.index(ps.w(p))])
		t.lc |= lcNum
	}
	if c&clOrd != 0 {
		return t.n, 3
	}
	return t.n, 2
}

// lexClass returns the classes of the word at p in the lexicon table (see
// [lexTable]), caching them in the token; 0 for no token.
func (ps *parser) lexClass(p int) uint8 {
	if p < 0 || p >= len(ps.t) {
		return 0
	}
	c := ps.t[p].lc
	if c == 0 {
		c = ps.classify(p)
	}
	return c &^ (lcKnown | lcNum)
}

// classify looks the word at p up in the lexicon table and caches its
// classes in the token, which it returns with lcKnown.
func (ps *parser) classify(p int) uint8 {
	c := ps.lex.class(ps.w(p)) | lcKnown
	ps.t[p].lc = c
	return c
}

func (ps *parser) isCard(p int) bool { _, k := ps.numWord(p); return k == 2 }

func (ps *parser) isOrd(p int) bool { _, k := ps.numWord(p); return k == 3 }

// wordNum parses a number at p: digits or a Dutch number word. It returns the
// value, the next position and whether it was written in digits.
func (ps *parser) number(p int) (v, next int, digits, ok bool) {
	if !ps.cont(p) {
		return 0, p, false, false
	}
	t := &ps.t[p]
	if t.k == kNum {
		if t.n < 0 {
			return 0, p, true, false
		}
		// reject decimals and glued letters such as "12a"
		return t.n, p + 1, true, true
	}
	if t.k == kWord {
		if v, k := ps.numWord(p); k == 2 {
			return v, p + 1, false, true
		}
	}
	return 0, p, false, false
}

// ordinal parses "15de", "15e", "1ste", "eerste", "eenentwintigste".
func (ps *parser) ordinal(p int) (v, next int, ok bool) {
	if !ps.cont(p) {
		return 0, p, false
	}
	t := &ps.t[p]
	if t.k == kNum && t.n >= 0 && ps.glued(p+1) {
		switch ps.w(p + 1) {
		case "de", "e", "ste", "st", "ème":
			return t.n, p + 2, true
		}
		return 0, p, false
	}
	if t.k == kWord {
		if v, k := ps.numWord(p); k == 3 {
			return v, p + 1, true
		}
	}
	return 0, p, false
}

// year parses a four-digit year (1000–2999), or 'NN.
func (ps *parser) year(p int) (int, int, bool) {
	if !ps.cont(p) {
		return 0, p, false
	}
	t := &ps.t[p]
	if t.k == kNum && t.nd == 4 && t.n >= 1000 && t.n <= 2999 {
		if ps.w(p+1) == ":" || ps.w(p+1) == "." && ps.isNum(p+2) && ps.glued(p+2) {
			return 0, p, false
		}
		return t.n, p + 1, true
	}
	if ps.w(p) == "'" && ps.isNum(p+1) && ps.glued(p+1) && ps.t[p+1].nd == 2 {
		return ps.fullYear(ps.t[p+1].n), p + 2, true
	}
	return 0, p, false
}

func (ps *parser) fullYear(yy int) int {
	if yy < 100 {
		if yy < 50 {
			return 2000 + yy
		}
		return 1900 + yy
	}
	return yy
}

// skipDot skips an abbreviation dot glued to the previous token.
func (ps *parser) skipDot(p int) int {
	if ps.w(p) == "." && ps.glued(p) {
		return p + 1
	}
	return p
}

// match is a candidate expression over tokens [a, b).
type match struct {
	a, b int
	r    result
}

// at finds the longest expression starting at token p. Each alternative
// lives in the file named for its kind of expression:
//
//	bound        bounds.go     "sinds januari", "tot 17.00 uur"
//	rangeExpr    ranges.go     "van 9:30 tot 11:00", "13 - 15 juli"
//	posRange     ranges.go     "van eind maart tot begin mei"
//	position     positions.go  "begin april", "medio 2024"
//	ordinalIn    positions.go  "de laatste maandag in maart"
//	relative     offsets.go    "28 minuten geleden", "over een week"
//	fixed        vague.go      "nu", "recent", "binnenkort"
//	set          sets.go       "elke maandag", "wekelijks"
//	decade       years.go      "de jaren negentig"
//	inYear       years.go      "in 2014"
//	specExpr     dates.go,     "15 februari", "morgen", "Pasen 2024"
//	             clocks.go,    "om 15.30 uur", "maandag om 9 uur"
//	             holidays.go   (components combined in a spec, this file)
//	durationExpr durations.go  "anderhalf uur"
func (ps *parser) at(p int) (match, bool) {
	// an expression may start a line; only its continuation may not cross one
	nl := ps.t[p].nl
	ps.t[p].nl = false
	var best match
	found := false
	g := ps.gates(p)
	// the alternatives in a fixed order: of two matches ending alike, the
	// one starting first wins, then the one tried first
	var m match
	var ok bool
	if g&gBound != 0 {
		m, ok = ps.bound(p)
		keepLongest(&best, &found, &m, ok)
	}
	m, ok = ps.rangeExpr(p, nil)
	keepLongest(&best, &found, &m, ok)
	if g&gPosition != 0 {
		m, ok = ps.position(p)
		keepLongest(&best, &found, &m, ok)
	}
	if g&gOrdinalIn != 0 {
		m, ok = ps.ordinalIn(p)
		keepLongest(&best, &found, &m, ok)
	}
	m, ok = ps.relative(p)
	keepLongest(&best, &found, &m, ok)
	m, ok = ps.fixed(p)
	keepLongest(&best, &found, &m, ok)
	if g&gSet != 0 {
		m, ok = ps.set(p)
		keepLongest(&best, &found, &m, ok)
	}
	if g&gDecade != 0 {
		m, ok = ps.decade(p)
		keepLongest(&best, &found, &m, ok)
	}
	if g&gInYear != 0 {
		m, ok = ps.inYear(p)
		keepLongest(&best, &found, &m, ok)
	}
	m, ok = ps.specExpr(p)
	keepLongest(&best, &found, &m, ok)
	m, ok = ps.durationExpr(p)
	keepLongest(&best, &found, &m, ok)
	if g&gPosRange != 0 {
		m, ok = ps.posRange(p)
		keepLongest(&best, &found, &m, ok)
	}
	if g&gRelPeriod != 0 {
		m, ok = ps.relPeriod(p)
		keepLongest(&best, &found, &m, ok)
	}
	if g&gDayPartPos != 0 {
		m, ok = ps.dayPartPos(p)
		keepLongest(&best, &found, &m, ok)
	}
	ps.t[p].nl = nl
	if found {
		best = ps.postfix(best)
	}
	return best, found
}

// Gates of [parser.at]: the alternatives that may match at a token, by the
// first test each makes of it (see [parser.gates]).
const (
	gBound      uint16 = 1 << iota // bound: a bound word ("sinds", "tot", "voor")
	gPosition                      // position: "de", "het" or a position word ("begin", "medio")
	gOrdinalIn                     // ordinalIn: "de", "het", "laatste", digits or an ordinal word
	gSet                           // set: a frequency word, "de", "een", digits, a cardinal word or a word of 7 letters or more
	gInYear                        // inYear: a preposition or season before a year
	gPosRange                      // posRange: "van", "vanaf", "tussen"
	gRelPeriod                     // relPeriod: "de", "het", "rest", "eerder", "later" or a relative word
	gDayPartPos                    // dayPartPos: a word before a day part ("in", "tegen", "laat")
	gDecade                        // decade: "de", "jaren", a relative word, digits or an ordinal word
)

// gateWords lists for each gate the words that open it, as the first test
// of its alternative reads them; TestGates checks them against the
// alternatives themselves.
var gateWords = [...]struct {
	gate  uint16
	words []string
}{
	{gBound, []string{"sinds", "sedert", "vanaf", "per", "na", "met", "tot", "totdat", "uiterlijk", "tm", "t", "voor", "vóór",
		"vòòr", "ten", "niet", "later", "eerder", "vroeger", "beginnend", "beginnende", "startend", "startende", "aanvangend",
		"ingaand", "ingaande", "voorafgaand", "voorafgaande", "voorafgaandelijk", "op"}},
	{gPosition, []string{"het", "de", "begin", "start", "aanvang", "vroeg", "midden", "medio", "halverwege", "half", "eind",
		"einde", "eindje", "laat", "slot", "ultimo"}},
	{gOrdinalIn, []string{"de", "het", "laatste"}},
	{gSet, []string{"elke", "iedere", "ieder", "elk", "om", "'", "op", "alle", "de", "een", "één"}},
	{gInYear, []string{"in", "uit", "tijdens", "jaar", "najaar", "voorjaar", "zomer", "winter", "voor", "van", "sinds",
		"kalenderjaar", "rond", "omstreeks", "circa", "ca"}},
	{gPosRange, []string{"van", "vanaf", "tussen"}},
	{gRelPeriod, []string{"de", "het", "rest", "resterende", "restant", "eerder", "later", "volgende", "volgend", "komende",
		"komend", "aanstaande", "eerstvolgende", "eerstkomende", "aanst", "aankomende", "aankomend", "vorige", "vorig",
		"afgelopen", "verleden", "voorbije", "voorafgaande", "voorafgaand", "voorgaande", "voorgaand", "deze", "dit",
		"huidige", "huidig", "lopende", "lopend"}},
	{gDecade, []string{"de", "jaren", "volgende", "volgend", "komende", "komend", "aanstaande", "eerstvolgende", "eerstkomende",
		"aanst", "aankomende", "aankomend", "vorige", "vorig", "afgelopen", "verleden", "voorbije", "voorafgaande", "voorafgaand",
		"voorgaande", "voorgaand", "deze", "dit", "huidige", "huidig", "lopende", "lopend"}},
	{gDayPartPos, []string{"aan", "in", "het", "de", "begin", "start", "aanvang", "midden", "eind", "einde", "vroeg", "laat",
		"later", "diep", "tegen", "rond", "tijdens", "gedurende", "omstreeks"}},
}

// gates returns the gates open at token p: the alternatives of [parser.at]
// whose first test of the token can pass. A closed gate spares a call
// that would fail.
func (ps *parser) gates(p int) uint16 {
	if ps.allGates {
		return 1<<16 - 1
	}
	w := ps.w(p)
	var g uint16
	if i := ps.lex.index(w); i >= 0 {
		g = ps.lex.gates[i]
	}
	if ps.t[p].k == kNum {
		return g | gOrdinalIn | gSet | gDecade // "15de", "3 keer per week", "19de eeuw"
	}
	if ps.isOrd(p) {
		g |= gOrdinalIn | gDecade // "de derde dinsdag", "twintigste eeuw"
	}
	if len(w) >= 7 || ps.isCard(p) {
		g |= gSet // "tweewekelijks", "twee keer per jaar"
	}
	return g
}

// keepLongest makes m the best match when ok and it ends later than the
// best so far, or ends alike and starts first.
func keepLongest(best *match, found *bool, m *match, ok bool) {
	if ok && m.b > m.a && (!*found || m.b > best.b || m.b == best.b && m.a < best.a) {
		*best, *found = *m, true
	}
}

// specExpr parses date/time components at p and resolves them.
func (ps *parser) specExpr(p int) (match, bool) {
	s, a, b, ok := ps.spec(p)
	if !ok {
		return match{}, false
	}
	if ps.hasPrefix && s.hasTime && !s.hasDate() {
		// the clock time of a bound after a date: "4 april na 14:00"
		copyDate(&s, &ps.prefix)
	}
	// a prefix spec followed by a time range: "donderdag van 9:30 tot 11:00"
	if m, ok := ps.rangeExpr(b, &s); ok {
		m.a = a
		return m, true
	}
	// "vandaag over een week", "morgen over twee weken": from that day on
	if s.hasDayOff && !s.hasTime && s.dp == 0 && ps.w(b) == "over" && ps.cont(b+1) {
		if d, e, ok := ps.duration(b + 1); ok && d.min >= Day {
			if r, ok := ps.resolve(&s, ps.dir, ps.ref); ok {
				if t := d.apply(r.from, 1); !t.IsZero() && sane(t) {
					return match{a, e, instant(t, Day)}, true
				}
			}
		}
	}
	// a day followed by a position in it: "vrijdag vroeg op de dag"
	if s.hasDayDate() && !s.hasTime && s.dp == 0 && !ps.hasPrefix && ps.cont(b) {
		switch ps.w(b) {
		case "vroeg", "laat", "later", "in", "tegen", "rond":
			ps.prefix, ps.hasPrefix = s, true
			m, ok := ps.dayPartPos(b)
			ps.hasPrefix = false
			if ok {
				m.a = a
				return m, true
			}
		}
	}
	// a date followed by a bound on a clock time: "op 4 april na 14:00",
	// "vrijdag tot 17.00 uur", "zaterdag vanaf 10 uur"
	if s.hasDate() && !s.hasTime && !ps.hasPrefix && ps.cont(b) {
		switch ps.w(b) {
		case "na", "voor", "vóór", "vanaf", "tot", "uiterlijk", "tm", "t":
			ps.prefix, ps.hasPrefix = s, true
			m, ok := ps.bound(b)
			ps.hasPrefix = false
			if ok && m.r.grain < Day {
				m.a = a
				return m, true
			}
		}
	}
	// "twee uur op zijn vroegst", "11 uur op zijn laatst"
	if ps.w(b) == "op" && (ps.w(b+1) == "zijn" || ps.w(b+1) == "z'n") && (ps.w(b+2) == "vroegst" || ps.w(b+2) == "laatst") {
		r, ok := ps.resolve(&s, ps.dir, ps.ref)
		if !ok {
			return match{}, false
		}
		if ps.w(b+2) == "vroegst" {
			return match{a, b + 3, openAfter(r.from, r.grain)}, true
		}
		return match{a, b + 3, openBefore(r.from, r.grain)}, true
	}
	r, ok := ps.resolve(&s, ps.dir, ps.ref)
	if !ok {
		return match{}, false
	}
	return match{a, b, r}, true
}

// glue words may sit between components; lead words before the first.
func isGlue(s string) bool {
	switch s {
	case ",", "|", "-", "op", "om", "tegen", "stipt", "precies", "exact", "rond", "omstreeks", "ongeveer", "circa", "ca", "rondom", "de":
		return true
	}
	return false
}

// spec collects components starting at p. a is the first token of the span
// (after leading "op"/"om"), b the end.
func (ps *parser) spec(p int) (s spec, a, b int, ok bool) {
	a = -1
	q := p
	lic := 0 // 1: time licence (om, rond...), 2: date licence (op)
	if ps.inner {
		lic = 1
	}
	for ps.cont(q) {
		if s.iso && s.hasTime && !s.hasTZ && (ps.w(q) == "-" || ps.w(q) == "+") && ps.glued(q) {
			// "2025-03-03T14:05:00-05:00": the zone, not a range
			ns := s
			if e := ps.timeComp(q, &ns, lic); e > q {
				s, b, q = ns, e, e
				continue
			}
		}
		g := q
		approx := false
		for ps.cont(g) && isGlue(ps.w(g)) {
			w := ps.w(g)
			if w == "de" && !(ps.isNum(g+1) || ps.isOrd(g+1)) {
				break
			}
			if approxWord(w) {
				approx = true
				if a < 0 && s.n == 0 {
					a = g
				}
				lic |= 1
			}
			if (w == "stipt" || w == "precies" || w == "exact") && a < 0 && s.n == 0 {
				a = g // "stipt om 17 uur": the word is part of the time
			}
			switch w {
			case "om", "tegen", "stipt", "precies", "exact":
				lic |= 1
			case "op":
				lic |= 2
			}
			g++
			if w == "ca" {
				g = ps.skipDot(g)
			}
			if g-q > 4 {
				break
			}
		}
		comma, dash := false, false
		for i := q; i < g; i++ {
			switch ps.w(i) {
			case ",", "|":
				comma = true
			case "-":
				dash = true
			}
		}
		if g > q && s.n == 0 && (ps.w(q) == "," || ps.w(q) == "|" || dash) || ps.inner && ps.w(q) == "," {
			break
		}
		if dash && (g != q+1 || g >= len(ps.t) || !ps.t[q].sp || !ps.t[g].sp) {
			break // only a spaced dash joins a date and its time
		}
		ns := s
		e := ps.component(g, &ns, lic)
		if e <= g || ns.hasTime && ns.dp != dpNone && !dpFits(&ns) {
			break
		}
		if dash {
			// a byline: "ma 17 mrt 2025 - 14:02"
			if s.dom == 0 || s.month == 0 || s.hasTime || !ns.hasTime || ns.dom != s.dom || ns.month != s.month || ns.hasYear != s.hasYear || ns.dp != s.dp {
				break
			}
		}
		if comma && s.n > 0 {
			// after a comma only a date or a clock time continues:
			// "Maandag, 18 februari", "3 maart 2023, 14:05"; not
			// "12 maart, in de nacht" or "6 mei, zaterdagavond"
			dateAdded := ns.dom != s.dom || ns.month != s.month || ns.hasYear != s.hasYear
			timeAdded := ns.hasTime != s.hasTime
			if !dateAdded && !timeAdded || ns.dp != s.dp || ns.wday != s.wday && s.dom != 0 {
				break
			}
		}
		if approx {
			ns.approx = true
		}
		if s.n == 0 && a < 0 {
			a = g
		}
		ns.n++
		s = ns
		b = e
		q = e
	}
	if s.n == 0 {
		return s, 0, 0, false
	}
	if s.strong == 0 && !ps.phrase {
		return s, 0, 0, false
	}
	if a > p && !ps.inner && ps.w(a-1) != "," {
		// keep a leading "om" or "op" when the rest needs it: "op de 15de",
		// "om drie uur" (a duration without it)
		if s.dom != 0 && s.month == 0 {
			a = p
		} else if s2, _, b2, ok := ps.spec(a); !ok || b2 != b || s2.hasTime != s.hasTime || s2.dom != s.dom || s2.month != s.month {
			// the lead word changes the reading: "om 1.01" is a clock time,
			// "1.01" a date
			a = p
		} else if ps.w(a-1) == "de" && (ps.isOrd(a) && ps.w(a+1) == "van" || ps.isNum(a) && ps.glued(a+1) && ps.isWord(a+1) && ps.w(a+2) == "van") {
			a-- // "de derde van oktober", "de 12e van juni"
		}
	}
	return s, a, b, true
}

// component parses one date or time component at p into s and returns the
// position after it, or p when there is none.
func (ps *parser) component(p int, s *spec, lic int) int {
	if !ps.cont(p) {
		return p
	}
	if e := ps.timeComp(p, s, lic); e > p {
		return e
	}
	if e := ps.dateComp(p, s, lic); e > p {
		return e
	}
	return p
}
