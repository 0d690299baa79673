package timeexpr

import (
	"encoding/binary"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/draadnlp/draad/internal/numword"
)

const window = 1024 // tokens lexed at a time

// tokPool holds token buffers for AppendFind; tokens hold no pointers, so
// a buffer keeps nothing of a text alive.
var tokPool = sync.Pool{New: func() any {
	b := make([]tok, 0, window+64)
	return &b
}}

// lowPool holds buffers for the lower-cased text of AppendFind, for texts
// of up to maxPooledLow bytes.
var lowPool = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledLow = 1 << 16

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
	var lx lexer
	if len(text) <= maxPooledLow {
		// the lower-cased text lives in a pooled buffer: no string taken
		// from it outlives this call (TestLowPool)
		lb := lowPool.Get().(*[]byte)
		defer lowPool.Put(lb)
		lx = lexer{src: text, low: lowerSameLen(text, *lb)}
		if len(text) > cap(*lb) && lx.low != text {
			*lb = unsafe.Slice(unsafe.StringData(lx.low), len(text))
		}
	} else {
		lx = newLexer(text)
	}
	ps := parser{ref: ref, dir: o.dir, locale: o.locale, low: lx.low, src: text, phrase: o.latent, lex: lexicon(), tw: tenseWords()}
	buf := tokPool.Get().(*[]tok)
	defer func() { tokPool.Put(buf) }()
	toks := lx.next((*buf)[:0], window)
	*buf, ps.t = toks, toks
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
			*buf, ps.t = toks, toks
		}
		if i >= len(toks) {
			break
		}
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
		// "'s nachts", "'s maandags", "'19"; not a quote mark
		return ps.w(p) == "'" && ps.glued(p+1) && (ps.w(p+1) == "s" || ps.isNum(p+1))
	}
	w := ps.w(p)
	if len(w) < 2 {
		return w == "t" || (w == "q" || w == "h") && ps.isNum(p+1) && ps.glued(p+1)
	}
	c := t.lc
	if c == 0 {
		c = ps.classify(p)
	}
	if c&(clLex|clMaybe) == 0 {
		// neither a case below nor in the lexicon: most words
		return len(w) > 7 && suffixStarts(w)
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
					return ps.lexClass(p+2)&clLex != 0
				}
				return daypartOf(nw) != 0
			}
		}
		return w == "tijdens" && ps.lexClass(p+1)&clLex != 0
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
		return ps.lexClass(p+1)&clLex != 0
	}
	return c&clLex != 0 || len(w) > 7 && suffixStarts(w)
}

// suffixStarts reports whether w, not in the lexicon, has an ending that
// may start an expression: "tweemaandelijks", "driemaal", "tweeënhalf",
// "maandagen".
func suffixStarts(w string) bool {
	switch w[len(w)-1] {
	case 's', 'e', 'l', 'f', 'n':
	default:
		return false
	}
	return strings.HasSuffix(w, "lijks") || strings.HasSuffix(w, "lijkse") || strings.HasSuffix(w, "maal") ||
		strings.HasSuffix(w, "nhalf") || strings.HasSuffix(w, "nhalve") || pluralWeekday(w) != 0
}

// maybeWords are the words [parser.maybe] tests by name besides the
// lexicon (TestMaybeWords keeps the list whole).
var maybeWords = []string{
	"de", "het", "een", "één", "zo", "dag", "niet", "aan", "in", "bij", "onder", "tijdens", "gedurende", "ten",
	"jaar", "kalenderjaar", "alle", "vroeg", "laat", "diep", "maand", "dinsd", "woensd", "donderd", "vrijd", "zaterd",
	"zond", "eenmaal", "met", "nog", "meer", "minder", "langer", "korter", "lang", "heel", "op", "om", "van", "na",
	"voor", "over", "tot", "uit",
}

// connectors are the words [parser.connectorAhead] looks for.
var connectors = []string{"-", "tot", "t", "tm", "en", "maar"}

// Classes of a word in the lexicon table.
const (
	clLex   uint8 = 1 << iota // in the lexicon: may start an expression
	clMaybe                   // named in [parser.maybe]
	clCard                    // a cardinal number word
	clOrd                     // an ordinal number word
	clConn                    // a range connector ("-", "tot", "en"; see [parser.connectorAhead])
	lcNum                     // in [tok.lc]: n holds the number word's value
	lcKnown                   // in [tok.lc]: the classes are known
)

// has reports whether w may start an expression.
func (lx *lexTable) has(w string) bool { return lx.class(w)&clLex != 0 }

// class returns the classes of w, 0 for a word in no class.
func (lx *lexTable) class(w string) uint8 {
	if k := lx.index(w); k >= 0 {
		return lx.classes[k]
	}
	return 0
}

// index returns the index of w in lx.list, or -1.
func (lx *lexTable) index(w string) int {
	if i := mayIdx(w); lx.may[i/64]&(1<<(i%64)) == 0 {
		return -1
	}
	h, key := wordHash(w)
	if !lx.bloom.has(h) {
		return -1
	}
	tag := uint32(h >> 56)
	for i := uint32(h) & lexMask; ; i = (i + 1) & lexMask {
		e := lx.slots[i]
		if e == 0 {
			return -1
		}
		if e&0xff == tag {
			k := int(e>>8) - 1
			if key != 0 {
				if lx.keys[k] == key {
					return k // a word of under 8 bytes, whole in its key
				}
			} else if lx.list[k] == w {
				return k
			}
		}
	}
}

// wordHash hashes all of w: eight bytes at a time, a short word at once.
// For a word of under 8 bytes it also returns its key, which holds all its
// bytes and its length: two such words are equal when their keys are.
func wordHash(w string) (h, key uint64) {
	const k = 0x9e3779b97f4a7c15
	n := len(w)
	switch {
	case n >= 8:
		h = uint64(n) * k
		for i := 0; i+8 < n; i += 8 {
			h = (h ^ load64(w, i)) * k
			h ^= h >> 29
		}
		h ^= load64(w, n-8)
	case n >= 4:
		// the first four bytes, the n-4 after them and the length
		key = uint64(n)<<56 | uint64(load32(w, n-4))>>(8*(8-n))<<32 | uint64(load32(w, 0))
	case n > 0:
		key = uint64(n)<<56 | uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	if key != 0 {
		h = key
	}
	h *= k
	return h ^ h>>32, key
}

func load64(s string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:i+8]), 8))
}

func load32(s string, i int) uint32 {
	return binary.LittleEndian.Uint32(unsafe.Slice(unsafe.StringData(s[i:i+4]), 4))
}

// mayIdx indexes lexTable.may by the length of w (up to 15) and six bits
// of its first and of its last byte.
func mayIdx(w string) uint {
	if w == "" {
		return 0
	}
	return uint(min(len(w), 15))<<12 | uint(w[0]&63)<<6 | uint(w[len(w)-1]&63)
}

// bloom is a Bloom filter of 2^17 bits with two bits a word, taken from
// other bits of the hash than the table's slot and tag.
type bloom [1 << 17 / 64]uint64

func (b *bloom) add(h uint64) {
	i, j := h>>17&(1<<17-1), h>>34&(1<<17-1)
	b[i/64] |= 1 << (i % 64)
	b[j/64] |= 1 << (j % 64)
}

func (b *bloom) has(h uint64) bool {
	i, j := h>>17&(1<<17-1), h>>34&(1<<17-1)
	return b[i/64]&(1<<(i%64)) != 0 && b[j/64]&(1<<(j%64)) != 0
}

const lexMask = 1<<16 - 1 // slots of the lexicon table, about three for each word

// lexTable holds the lexicon, the words [parser.maybe] names and the
// number words with their values, each word once with its classes, in an
// open addressing table: one hash and, for most words of a text, one probe
// tell a word's classes. Each slot holds the index+1 of a word in list,
// shifted left by eight bits, and the top eight bits of its hash; 0 is
// empty.
type lexTable struct {
	may     [16 << 12 / 64]uint64 // bits by length and first and last letter: may the word be in the table?
	bloom   bloom                 // rejects most other words of a text before the table, which is too large for the fastest cache
	slots   [lexMask + 1]uint32
	list    []string
	classes []uint8
	num     []int32  // the value of a number word
	keys    []uint64 // a word of under 8 bytes packed with its length (see [wordHash]), else 0
	gates   []uint16 // the gates of parser.at the word opens
}

func (lx *lexTable) add(w string, c uint8) {
	i := mayIdx(w)
	lx.may[i/64] |= 1 << (i % 64)
	h, key := wordHash(w)
	lx.bloom.add(h)
	tag := uint32(h >> 56)
	for i := uint32(h) & lexMask; ; i = (i + 1) & lexMask {
		e := lx.slots[i]
		if e == 0 {
			lx.list = append(lx.list, w)
			lx.classes = append(lx.classes, c)
			lx.num = append(lx.num, 0)
			lx.keys = append(lx.keys, key)
			lx.gates = append(lx.gates, 0)
			lx.slots[i] = uint32(len(lx.list))<<8 | tag
			return
		}
		if e&0xff == tag && lx.list[e>>8-1] == w {
			lx.classes[e>>8-1] |= c
			return
		}
	}
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
	if len(m)+len(maybeWords) > lexMask/2 {
		panic("timeexpr: the lexicon outgrows its table")
	}
	lt := new(lexTable)
	words := slices.Sorted(maps.Keys(m)) // the same table on every run
	for _, w := range words {
		lt.add(w, clLex)
	}
	for _, w := range maybeWords {
		lt.add(w, clMaybe)
	}
	for _, gw := range gateWords {
		for _, w := range gw.words {
			lt.add(w, 0)
			lt.gates[lt.index(w)] |= gw.gate
		}
	}
	for _, w := range connectors {
		lt.add(w, clConn)
	}
	for w := range numword.Words {
		n, ord, _ := numword.Lookup(w)
		c := clCard
		if ord {
			c = clOrd
		}
		lt.add(w, c)
		lt.num[lt.index(w)] = int32(n)
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
