package timeexpr

import (
	"strings"
	"sync"
	"time"

	"github.com/draadnlp/draad/internal/numword"
)

const window = 1024 // tokens lexed at a time

// tokPool holds token buffers for AppendFind; tokens hold no pointers, so
// a buffer keeps nothing of a text alive.
var tokPool = sync.Pool{New: func() any {
	b := make([]tok, 0, window+64)
	return &b
}}

// Find returns every time expression in text, left to right, resolved
// against ref (whose location is used for the results). Where expressions
// overlap, the longest one starting first wins. Find is safe for
// concurrent use and costs time linear in len(text).
func Find(text string, ref time.Time, opt ...Option) []Expr {
	return AppendFind(nil, text, ref, opt...)
}

// AppendFind is like [Find] but appends to dst.
func AppendFind(dst []Expr, text string, ref time.Time, opt ...Option) []Expr {
	o := applyOptions(opt)
	lx := newLexer(text)
	ps := parser{ref: ref, dir: o.dir, locale: o.locale, low: lx.low, src: text, phrase: o.latent, lex: lexicon(), tw: tenseWords()}
	buf := tokPool.Get().(*[]tok)
	defer func() { tokPool.Put(buf) }()
	toks := lx.next((*buf)[:0], window)
	i := 0
	for {
		if !lx.done() && len(toks)-i < 64 {
			// slide the window, keeping a little left context
			keep := i - 32 // left context for the clause's tense
			if keep < 0 {
				keep = 0
			}
			n := copy(toks, toks[keep:])
			toks = toks[:n]
			i -= keep
			toks = lx.next(toks, window)
		}
		if i >= len(toks) {
			break
		}
		*buf = toks
		ps.t = toks
		if !ps.maybe(i) {
			i++
			continue
		}
		m, ok := ps.atAuto(i)
		if ok && !m.r.inRange() {
			i = m.b // "9999-12-31T23:59:59Z" lies after the year 9999 here: no part of it is a time
			continue
		}
		if !ok {
			if toks[i].k == kNum && i+2 < len(toks) && !toks[i+1].sp && !toks[i+2].sp && toks[i+2].k == kNum {
				// no time starts inside a code or a timestamp that is none:
				// "06-12345678", "9999-12-31T23:59:59Z"
				j := i + 1
				for j < len(toks) && !toks[j].sp && (toks[j].k != kPunct || ps.w(j) != "." && ps.w(j) != ",") {
					j++
				}
				i = j
				continue
			}
			if t := &toks[i]; t.k == kNum && t.nd <= 2 && ps.cont(i+1) {
				// an impossible date ("31 februari") is no time, nor is its month
				if mo, _ := monthOf(ps.w(i + 1)); mo != 0 {
					i++
				}
			}
			i++
			continue
		}
		a, b := toks[m.a].start, toks[m.b-1].end
		if inDomainName(text, a, b) {
			i = m.b // "NU.nl", "Morgen.nl": a site, not a time
			continue
		}
		dst = append(dst, m.r.expr(text, a, b))
		i = m.b
		if (m.r.kind == Instant || m.r.kind == Interval) && !m.r.from.IsZero() && m.r.value != "PRESENT_REF" {
			ps.prevFrom, ps.prevGrain, ps.hasPrev = m.r.from, m.r.grain, true
		}
		if m.r.kind == Instant && m.r.grain == Year && toks[m.b-1].k == kNum {
			dst, i = ps.moreYears(dst, text, i)
		}
		if m.r.grain == Decade && (ps.w(i) == "en" || ps.w(i) == "of") {
			dst, i = ps.moreDecades(dst, text, i, m.r.from)
		}
	}
	return dst
}

func (r *result) expr(text string, a, b int) Expr {
	if r.value == "" {
		switch r.kind {
		case Instant:
			r.value = timex(r.from, r.grain)
		case Interval:
			r.value = intervalValue(r.from, r.to, r.grain)
		}
	}
	return Expr{Text: text[a:b], Start: a, End: b, Kind: r.kind, From: r.from, To: r.to, Grain: r.grain, Value: r.value, Approximate: r.approx}
}

// inRange reports whether r's From and To (when set) lie in the years
// minYear..maxYear, so that every Expr can be written as RFC 3339: the 9990s
// end in the year 10000 and are therefore no expression.
func (r *result) inRange() bool {
	for _, t := range [2]time.Time{r.from, r.to} {
		if !t.IsZero() && !sane(t) {
			return false
		}
	}
	return true
}

// Parse parses phrase as one time expression. Leading "op"/"om" and
// trailing punctuation may lie outside the expression; anything else not
// understood, or a phrase longer than 4 KiB, gives a [*ParseError] wrapping
// [ErrNoMatch].
func Parse(phrase string, ref time.Time, opt ...Option) (Expr, error) {
	o := applyOptions(opt)
	if len(phrase) > 1<<12 {
		return Expr{}, &ParseError{Phrase: phrase[:64], Offset: 0}
	}
	lx := newLexer(phrase)
	toks := lx.next(make([]tok, 0, len(phrase)/4+4), 1<<12)
	ps := parser{t: toks, low: lx.low, src: phrase, ref: ref, dir: o.dir, locale: o.locale, phrase: true, lex: lexicon(), tw: tenseWords()}
	start := 0
	for start < len(toks) && (ps.w(start) == "op" || ps.w(start) == "om") {
		start++
	}
	end := len(toks)
	for end > 0 && toks[end-1].k == kPunct && ps.w(end-1) != "'" && ps.w(end-1) != "\"" {
		end--
	}
	if start >= end {
		return Expr{}, &ParseError{Phrase: phrase, Offset: 0}
	}
	if end-start == 1 && start == 0 {
		// a bare four-digit year as the whole phrase: "2024"
		if y, e, ok := ps.year(0); ok && e == 1 && toks[0].k == kNum {
			r := instant(day(y, 1, 1, ref.Location()), Year)
			return r.expr(phrase, toks[0].start, toks[0].end), nil
		}
	}
	for _, s := range []int{0, start} {
		m, ok := ps.atAuto(s)
		ok = ok && m.r.inRange()
		if ok && m.b >= end {
			a, b := toks[m.a].start, toks[m.b-1].end
			return m.r.expr(phrase, a, b), nil
		}
		if s == start {
			off := len(phrase)
			if ok && m.b < len(toks) {
				off = toks[m.b].start
			} else if !ok {
				off = toks[s].start
			}
			return Expr{}, &ParseError{Phrase: phrase, Offset: off}
		}
	}
	return Expr{}, &ParseError{Phrase: phrase, Offset: 0}
}

// atAuto is [parser.at] for a direction that may be [Auto]: the tense of
// the clause around p is read when a resolution first needs it.
func (ps *parser) atAuto(p int) (match, bool) {
	ps.tenseAt, ps.tenseKnown, ps.startNL = p, false, ps.t[p].nl
	return ps.at(p)
}

// maybe is the fast reject path: can an expression start at token p?
func (ps *parser) maybe(p int) bool {
	t := &ps.t[p]
	switch t.k {
	case kNum:
		// the part after "14." or "2," starts nothing
		if p >= 2 && !t.sp && ps.t[p-2].k == kNum && !ps.t[p-1].sp {
			switch ps.w(p - 1) {
			case ".", ",", ":":
				return false
			}
		}
		return t.n >= 0
	case kPunct:
		return ps.w(p) == "'"
	}
	w := ps.w(p)
	if len(w) < 2 {
		return w == "t" || (w == "q" || w == "h") && ps.isNum(p+1) && ps.glued(p+1)
	}
	switch w {
	case "de", "het":
		nw := ps.w(p + 1)
		if nw == "hele" || nw == "gehele" || nw == "volledige" || nw == "vroege" || nw == "late" || nw == "latere" || nw == "dag" {
			return true
		}
		if _, ok := relWord(nw); ok {
			return true
		}
		switch nw {
		case "jaren", "laatste", "weekend", "begin", "einde", "eind", "midden", "start", "rest", "resterende", "restant":
			return true
		}
		if periodOf(nw) != 0 {
			// "de maand na volgende", "de week van 17 juni", "het jaar 2011",
			// "de dag erna"
			switch ps.w(p + 2) {
			case "na", "van", "voor", "beginnend", "beginnende", "startend", "startende", "aanvangend", "vanaf", "erna", "daarna",
				"daarop", "nadien", "ervoor", "daarvoor":
				return true
			}
			return ps.isNum(p+2) || ps.isCard(p+2)
		}
		return seasonOf(nw) != 0 || daypartOf(nw) != 0 || ps.isNum(p+1) || ps.isOrd(p+1)
	case "een", "één":
		nw := ps.w(p + 1)
		switch nw {
		case "paar", "half", "halve", "kwartier", "aantal", "kleine", "goede", "dikke", "ruime", "½", "¼", "¾", "kwart", "halfuur", "halfuurtje", "hele", "heel":
			return true
		}
		return unitIs(nw)
	case "zo":
		return ps.w(p+1) == "'" || ps.w(p+1) == "." && ps.glued(p+1) // "zo'n", "zo."
	case "dag":
		return ps.w(p+1) == "van" // "Dag van de Arbeid"
	case "niet":
		switch ps.w(p + 1) {
		case "later", "eerder", "vroeger", "na", "voor", "vóór":
			return true
		}
		return false
	case "aan", "in":
		// "aan het eind van de middag", "in het begin van de avond"
		if ps.w(p+1) == "het" {
			switch ps.w(p + 2) {
			case "begin", "eind", "einde", "midden", "start":
				return true
			}
		}
		if w == "aan" {
			return false
		}
	case "bij", "onder", "tijdens", "gedurende":
		if ps.w(p+1) == "de" || ps.w(p+1) == "het" {
			switch nw := ps.w(p + 2); nw {
			case "ontbijt", "lunch", "lunchpauze", "middageten", "middagpauze", "middagmaal", "diner", "avondeten", "avondmaal",
				"avondmaaltijd", "dinner", "weekend", "loop":
				return true
			default:
				if w == "tijdens" {
					return ps.lex.has(nw)
				}
				return daypartOf(nw) != 0
			}
		}
		return w == "tijdens" && ps.lex.has(ps.w(p+1))
	case "ten":
		return ps.w(p+1) == "laatste" || ps.w(p+1) == "vroegste"
	case "jaar", "kalenderjaar":
		return ps.isNum(p+1) || ps.isCard(p+1)
	case "alle":
		return pluralWeekday(ps.w(p+1)) != 0 || ps.w(p+1) == "werkdagen"
	case "vroeg", "laat", "diep":
		switch ps.w(p + 1) {
		case "in", "op":
			return true
		}
		return false
	case "maand", "dinsd", "woensd", "donderd", "vrijd", "zaterd", "zond":
		return ps.w(p+1) == "." && ps.glued(p+1)
	case "eenmaal":
		return ps.w(p+1) == "per"
	}
	switch w {
	case "met":
		return ps.w(p+1) == "ingang"
	case "nog":
		return ps.w(p+1) == "geen"
	case "meer", "minder", "langer", "korter":
		return ps.w(p+1) == "dan"
	case "lang", "heel":
		return ps.w(p+1) == "geleden" || ps.w(p+1) == "lang"
	case "in", "op", "om", "van", "na", "voor", "over", "tot", "uit":
		nw := ps.w(p + 1)
		if ps.isNum(p + 1) {
			return true
		}
		switch nw {
		case "de", "het", "een", "één", "zijn", "z'n", "dit", "korte", "en", "uiterlijk", "ongeveer", "rond", "circa", "ca":
			return true
		case "nu", "op", "voor", "dusver", "dusverre":
			return ps.w(p) == "tot"
		}
		if pluralWeekday(nw) != 0 || nw == "werkdagen" {
			return true // "op maandagen"
		}
		if len(nw) > 8 && (strings.Contains(nw, "honderd") || strings.Contains(nw, "duizend")) {
			return true // a year in words: "in negentienhonderd achtentachtig"
		}
		return ps.lex.has(nw)
	}
	return ps.lex.has(w) || len(w) > 7 && (strings.HasSuffix(w, "lijks") || strings.HasSuffix(w, "lijkse") || strings.HasSuffix(w, "maal") ||
		strings.HasSuffix(w, "nhalf") || strings.HasSuffix(w, "nhalve") || pluralWeekday(w) != 0)
}

// inLexicon reports whether w may start an expression. A table indexed by
// the first two letters and the length rejects most words before the map.
func inLexicon(w string) bool { return lexicon().has(w) }

// has reports whether w may start an expression.
func (lx *lexTable) has(w string) bool {
	if !lx.may[lexIdx(w)] {
		return false
	}
	_, ok := lx.words[w]
	return ok
}

func letterIdx(c byte) int {
	if c >= 'a' && c <= 'z' {
		return int(c - 'a')
	}
	return 26
}

func lexIdx(w string) int {
	if w == "" {
		return 0
	}
	b := 26
	if len(w) > 1 {
		b = letterIdx(w[1])
	}
	l := len(w)
	if l > 31 {
		l = 31
	}
	return (letterIdx(w[0])*27+b)*32 + l
}

type lexTable struct {
	words map[string]struct{}
	may   [27 * 27 * 32]bool
}

// lexicon holds every word that may start an expression: keywords, number
// words and compounds such as "maandagavond". Built once on first use.
var lexicon = sync.OnceValue(func() *lexTable {
	m := make(map[string]struct{}, 21000)
	for w := range numword.Words {
		m[w] = struct{}{}
	}
	heads := []string{"gister", "gisteren", "morgen", "overmorgen", "eergisteren", "vandaag"}
	heads = append(heads, weekdayNames[:]...)
	for _, h := range heads {
		for _, dp := range []string{"ochtend", "morgen", "voormiddag", "middag", "namiddag", "avond", "nacht"} {
			m[h+dp] = struct{}{}
		}
	}
	for _, w := range []string{
		"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
		"h", "jan", "feb", "febr", "mrt", "maa", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
		"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
		"ma", "di", "wo", "woe", "do", "vr", "vrij", "za", "zat", "zo", "zon",
		"volgende", "volgend", "komende", "komend", "aanstaande", "eerstvolgende", "eerstkomende", "vorige", "vorig",
		"afgelopen", "verleden", "voorbije", "deze", "dit", "huidige", "lopende", "laatste",
		"sinds", "sedert", "vanaf", "per", "tot", "totdat", "uiterlijk", "tm", "tussen",
		"half", "kwart", "middernacht", "middaguur", "binnen", "binnenkort",
		"elke", "iedere", "ieder", "elk", "dagelijks", "wekelijks", "tweewekelijks", "maandelijks", "driemaandelijks",
		"kwartaallijks", "halfjaarlijks", "jaarlijks", "tweejaarlijks",
		"nu", "momenteel", "thans", "heden", "tegenwoordig", "direct", "meteen", "onmiddellijk", "zojuist", "zonet", "daarnet",
		"voorlopig", "vooralsnog", "recent", "recentelijk", "onlangs", "laatstleden", "kortgeleden", "kort",
		"spoedig", "weldra", "eerdaags", "straks", "eerder", "later",
		"begin", "start", "aanvang", "midden", "medio", "halverwege", "eind", "einde", "slot", "ultimo",
		"jaren", "anderhalf", "anderhalve", "paar", "halve",
		"rond", "omstreeks", "ongeveer", "circa", "ca", "rondom", "stipt", "precies", "tegen",
		"ruim", "bijna", "krap", "pakweg", "dik", "minstens", "tenminste", "hooguit", "maximaal", "zowat", "nagenoeg",
		"enkele", "meerdere", "verscheidene", "diverse", "talloze", "vele", "verschillende",
		"seconden", "minuten", "uren", "dagen", "weken", "maanden", "decennia", "eeuwen",
		"king", "kings", "goede", "witte", "nationale", "vlaamse", "tweede", "eerste",
		"week", "wk", "weekend", "zomer", "winter", "lente", "herfst", "voorjaar", "najaar", "tijdens", "vóór", "vòòr",
		"vandaag", "gisteren", "gister", "morgen", "overmorgen", "eergisteren", "vanmorgen", "vanochtend", "vanmorgend",
		"vanmiddag", "vannamiddag", "vanavond", "vannacht", "'",
		"maand", "dinsd", "woensd", "donderd", "vrijd", "zaterd", "zond",
		"aankomende", "aankomend", "voorafgaande", "voorgaande", "voorgaand", "huidig", "lopend", "rest",
		"vroeg", "laat", "diep", "gedurende", "jaar", "kalenderjaar", "alle", "eenmaal", "bij", "onder", "ten", "aan",
		"niet", "vroeger", "beginnend", "beginnende", "startend", "startende", "aanvangend", "ingaand", "ingaande",
		"voorafgaand", "voorafgaande", "voorafgaandelijk", "oud",
	} {
		m[w] = struct{}{}
	}
	for w := range holidayWords {
		m[w] = struct{}{}
	}
	lt := &lexTable{words: m}
	for w := range m {
		lt.may[lexIdx(w)] = true
	}
	return lt
})

// applyOptions keeps the options off the heap when there are none.
func applyOptions(opt []Option) options {
	if len(opt) == 0 {
		return options{dir: Auto}
	}
	o := &options{dir: Auto}
	for _, f := range opt {
		f(o)
	}
	return *o
}
