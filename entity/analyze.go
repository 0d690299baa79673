package entity

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/ner"
	"github.com/draadnlp/draad/token"
)

// word is a non-space token.
type word struct {
	text       string
	lw         string // text in lower case
	start, end int
	sent       int  // sentence index
	sentStart  bool // first word of its sentence
	lower      bool // starts with a lower-case letter
	upperInit  bool // starts with an upper-case letter
	allCaps    bool // has letters, all upper case, at least two
	adjCountry string
	adjKind    kind // kAdjective or kDemonym when adjCountry != ""
	dash       bool // punctuation after which words start like a sentence (opensLikeSentence)
	quoteOpen  bool // a quote mark that opens a sentence
	quoteStart bool // the word right after it ("‘Blauwalg in de vijver’")
}

// span is a candidate entity over words [first, last).
type span struct {
	first, last int
	typ         Type
	prio        int // 0 model, 1 lexicon, 2 user
	e           *entry
	canonical   string
	country     string
	role, org   string
	roleFull    string
	kind        string // organisation kind, see Entity.Kind
	byRole      bool   // a model chunk retyped as a person by the role before it
	orgSure     bool   // typed organisation by evidence in the text or the lexicons
	// sub-word span (an organisation inside "NAVO-chef"): byte offsets.
	subStart, subEnd int
}

// scratch is the memory one Analyze call works in. It is kept in a pool
// between calls and holds nothing from one call to the next.
type scratch struct {
	toks  []token.Token
	sents []token.Sentence
	ws    []word
	spans []span
	wbuf  []string   // the words of the sentences of a tagging batch
	doc   [][]string // the sentences of a tagging batch, in words
	offs  []int
	tags  []string // the tags of a tagging batch
	drop  []bool
	lex   []int
	order []int32 // resolve: the candidates by priority
	ends  []int32
	lower strings.Builder
	// Per-word tables of the rule passes, taken with zeroed at the start
	// of a pass. They hold no pointers and need no clearing on release.
	// roles calls afterName, so the two have tables of their own.
	covered []int32 // lonePersons: 1 + the index of the span over a word
	roleOf  []int32 // roles: 1 + the index of the role range over a word
	at      []int32 // afterName: 1 + the index of the span starting at a word
	// seen marks the words covered by a span, for the one pass that
	// runs now: typeOrgs, orgLexicon, orgNames and coref each take it
	// whole in turn.
	seen []bool
}

// zeroed returns s with length n and all elements zero, reusing its
// array when it is large enough.
func zeroed[T any](s []T, n int) []T {
	s = grow(s, n)
	clear(s)
	return s
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release clears what holds the caller's text and returns sc to the
// pool.
//
// The buffers are cleared only as far as this call wrote them, so that
// a short text after a long one does not pay for clearing the long one's
// capacity: beyond its length each buffer is zero when it enters the pool.
// toks, sents, ws and wbuf are filled by appending from empty, so their
// length is what the call wrote; doc is cleared by modelSpans at each
// batch. Spans are filtered in place by many passes, so what lies past
// their final length is not known: their array is cleared whole, unless
// it is much larger than this call needed, in which case it is left to
// the garbage collector.
func (sc *scratch) release() {
	clear(sc.toks)
	clear(sc.sents)
	clear(sc.ws)
	clear(sc.wbuf)
	if cap(sc.spans) > len(sc.ws)/2+256 {
		sc.spans = nil
	} else {
		clear(sc.spans[:cap(sc.spans)])
	}
	sc.toks, sc.sents, sc.ws, sc.spans, sc.wbuf = sc.toks[:0], sc.sents[:0], sc.ws[:0], sc.spans[:0], sc.wbuf[:0]
	scratchPool.Put(sc)
}

// maxPiece is the most text analysed at once. Longer inputs are analysed
// in pieces of at most this size, cut at a blank line, else at a line
// break, else at white space (see cutPiece), and the entities of the
// pieces are joined; only coreference does not reach across a cut.
const maxPiece = 16 << 20

// Analyze returns the entities of text and the country links of its
// adjectives and demonyms.
func (m *Model) Analyze(text string) Analysis {
	return m.analyzePieces(text, maxPiece)
}

// AnalyzeTokens is [Model.Analyze] for a text already split into tokens:
// toks must be the tokens [token.Append] gives for text, with offsets into
// text. A caller that runs several stages over the same text tokenizes it
// once and hands the tokens to each. Analyze(text) and AnalyzeTokens(text,
// token.Tokenize(text)) give the same result. Tokens that do not tile text
// are not used; nor are they for text that is not in Unicode NFC or is
// longer than 16 MiB, which Analyze takes in its own pieces.
func (m *Model) AnalyzeTokens(text string, toks []token.Token) Analysis {
	if len(text) > maxPiece || !tiles(text, toks) {
		return m.Analyze(text)
	}
	return m.analyzeWith(text, toks)
}

// tiles reports whether toks tile text: each starts where the one before
// ends, and their Text is the text between their offsets.
func tiles(text string, toks []token.Token) bool {
	at := 0
	for i := range toks {
		t := &toks[i]
		if t.Start != at || t.End < t.Start || t.End > len(text) || len(t.Text) != t.End-t.Start {
			return false
		}
		at = t.End
	}
	return at == len(text)
}

// analyzePieces analyses text in pieces of at most max bytes.
func (m *Model) analyzePieces(text string, max int) Analysis {
	if len(text) <= max {
		return m.analyze(text)
	}
	var out Analysis
	for off := 0; off < len(text); {
		end := off + cutPiece(text[off:], max)
		a := m.analyze(text[off:end])
		for _, e := range a.Entities {
			e.Start += off
			e.End += off
			out.Entities = append(out.Entities, e)
		}
		for _, l := range a.Links {
			l.Start += off
			l.End += off
			out.Links = append(out.Links, l)
		}
		off = end
	}
	return out
}

// cutPiece returns the length of the first piece of s, at most max bytes:
// s itself when it is short enough, else up to the last blank line, line
// break or white space in the first max bytes, else up to the start of a
// rune.
func cutPiece(s string, max int) int {
	if len(s) <= max {
		return len(s)
	}
	head := s[:max]
	for _, sep := range []string{"\n\n", "\n", " ", "\t"} {
		if i := strings.LastIndex(head, sep); i > 0 {
			return i + len(sep)
		}
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if cut == 0 {
		cut = max
	}
	return cut
}

func (m *Model) analyze(text string) Analysis { return m.analyzeWith(text, nil) }

// analyzeWith analyses text; toks, if not nil, are its tokens.
func (m *Model) analyzeWith(text string, toks []token.Token) Analysis {
	orig := text
	nt := toNFC(text)
	text = nt.text
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	if toks == nil || nt.start != nil {
		sc.toks = token.Append(sc.toks[:0], text)
		toks = sc.toks
	}
	ws := sc.words(text, toks)
	if len(ws) == 0 {
		return Analysis{}
	}
	spans := slices.Grow(sc.spans[:0], len(ws)/8+8) // about one name in eight words
	if m.tagger != nil {
		spans = m.modelSpans(ws, spans, sc)
	}
	spans = m.lexSpans(ws, spans)
	spans = m.orgOverPlace(ws, spans)
	spans = resolve(spans, sc)
	m.rolePersons(ws, spans)
	m.markCapitals(ws, spans)
	datelinePlaces(ws, spans)
	m.roles(ws, &spans, sc)
	spans = m.compounds(ws, spans)
	m.typeOrgs(ws, &spans, sc)
	m.orgLexicon(ws, &spans, sc)
	m.orgNames(ws, &spans, sc)
	m.mononyms(ws, &spans, sc)
	m.firstNamePersons(ws, spans)
	m.coref(ws, &spans, sc)
	m.lonePersons(ws, &spans, sc)
	m.shortOrgs(ws, spans)
	m.firstNames(ws, spans)
	sortByStart(ws, spans)
	// Last guard of the invariant that entities do not overlap: of two
	// overlapping spans the one of higher priority stays (a user entry,
	// then a lexicon name such as "NAVO" in "NAVO-chef", then the model).
	kept := spans[:0]
	for _, s := range spans {
		if n := len(kept); n > 0 && s.startByte(ws) < kept[n-1].endByte(ws) {
			if s.prio > kept[n-1].prio {
				kept[n-1] = s
			}
			continue
		}
		kept = append(kept, s)
	}
	spans = kept
	sc.spans = spans
	out := Analysis{Entities: make([]Entity, 0, len(spans))}
	for si := range spans {
		s := &spans[si]
		e := Entity{Type: s.typ, Canonical: s.canonical, Country: s.country, Role: s.role, RoleFull: s.roleFull, Org: s.org, Kind: s.kind}
		if s.typ != Organisation {
			e.Kind = ""
		}
		e.Start, e.End = nt.origStart(s.startByte(ws)), nt.origEnd(s.endByte(ws))
		e.Text = orig[e.Start:e.End]
		if e.Canonical == "" {
			e.Canonical = e.Text
		}
		out.Entities = append(out.Entities, e)
	}
	// Country links: adjectives and demonyms outside person names.
	si := 0
	for i := range ws {
		w := &ws[i]
		if w.adjCountry == "" {
			continue
		}
		for si < len(spans) && spans[si].endByte(ws) <= w.start {
			si++
		}
		if si < len(spans) && spans[si].typ == Person && spans[si].startByte(ws) <= w.start {
			continue
		}
		k := Adjective
		if w.adjKind == kDemonym {
			k = Demonym
		}
		start, end := nt.origStart(w.start), nt.origEnd(w.end)
		out.Links = append(out.Links, CountryLink{Text: orig[start:end], Start: start, End: end, Country: w.adjCountry, Kind: k})
	}
	return out
}

func (s *span) startByte(ws []word) int {
	if s.subEnd > 0 {
		return s.subStart
	}
	return ws[s.first].start
}

func (s *span) endByte(ws []word) int {
	if s.subEnd > 0 {
		return s.subEnd
	}
	return ws[s.last-1].end
}

// words tokenizes text and returns its non-space tokens with the
// sentences of [token.Sentences], which end at every line break.
func words(text string) []word {
	return new(scratch).words(text, token.Tokenize(text))
}

// words is words for the tokens of text, in the memory of sc.
func (sc *scratch) words(text string, toks []token.Token) []word {
	ws := slices.Grow(sc.ws[:0], len(toks)/2+1) // a word and a space
	sents := token.AppendSentences(sc.sents[:0], text, toks)
	sc.sents = sents
	si := 0
	for ti := range toks {
		t := &toks[ti]
		if t.Kind == token.Space {
			continue
		}
		for si < len(sents) && sents[si].Last <= ti {
			si++
		}
		sent := si
		newSent := si < len(sents) && sents[si].First == ti
		if t.Kind == token.Word && si < len(sents) && sents[si].Last == ti+1 && nameThenPeriod(t.Text, toks, ti) {
			// "Zijn hond heet Max. De Wit zei": a capitalised word that
			// the tokenizer took for an abbreviation ("max.") ends the
			// sentence; its period is a word of its own.
			n := len(t.Text) - 1
			w := word{text: t.Text[:n], start: t.Start, end: t.Start + n, sent: sent, sentStart: newSent, upperInit: true}
			if !newSent && len(ws) > 0 && ws[len(ws)-1].dash {
				w.sentStart = true
			}
			ws = append(ws, w, word{text: ".", start: t.Start + n, end: t.End, sent: sent})
			continue
		}
		w := word{text: t.Text, start: t.Start, end: t.End, sent: sent, sentStart: newSent}
		if !newSent && len(ws) > 0 && ws[len(ws)-1].dash {
			w.sentStart = true
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		w.lower = unicode.IsLower(r)
		w.upperInit = unicode.IsUpper(r)
		if w.upperInit && len(t.Text) > 1 {
			w.allCaps = true
			for _, c := range t.Text {
				if unicode.IsLower(c) {
					w.allCaps = false
					break
				}
			}
		}
		if t.Kind == token.Punct && opensLikeSentence(t.Text) {
			// "TEHERAN (ANP) - De Iraanse ...": what follows a dash,
			// colon or bar ("LIVE | Brand in ...") starts like a
			// sentence, though it is not tagged as a new one.
			w.dash = true
		}
		if len(ws) > 0 && ws[len(ws)-1].quoteOpen {
			w.quoteStart = true
		}
		if t.Kind == token.Punct && w.sentStart && opensQuote(t.Text) {
			w.quoteOpen = true
		}
		ws = append(ws, w)
	}
	// The lower-case forms that differ from the words share one string,
	// allocated once at about its final size (lower case may differ in
	// length for a few letters outside ASCII).
	// ends[i] first marks the words to lower (1), then holds the end of
	// each word's lower-case form in the string.
	b := &sc.lower
	b.Reset()
	ends := grow(sc.ends, len(ws))
	size := 0
	for i := range ws {
		ends[i] = 0
		if t := ws[i].text; hasUpperOrNonASCII(t) {
			ends[i] = 1
			size += len(t)
		}
	}
	b.Grow(size)
	for i := range ws {
		if ends[i] != 0 {
			appendLower(b, ws[i].text)
		}
		ends[i] = int32(b.Len())
	}
	sc.ends = ends
	all, off := b.String(), 0
	for i := range ws {
		if end := int(ends[i]); end > off {
			ws[i].lw = all[off:end]
			off = end
		} else {
			ws[i].lw = ws[i].text
		}
	}
	sc.ws = ws
	return ws
}

// appendLower writes strings.ToLower(s) to b, byte by byte for ASCII.
func appendLower(b *strings.Builder, s string) {
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
}

// grow returns s with length n, reusing its array when it is large
// enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// hasUpperOrNonASCII reports whether strings.ToLower may change s.
func hasUpperOrNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// moreTitles are abbreviations that stand before a name here besides the
// titles of package token ([token.IsTitle]): "fam. De Vries", "sgt.".
var moreTitles = map[string]bool{"fam": true, "sgt": true, "ltz": true}

// nameThenPeriod reports whether the word token toks[i], which ends in a
// period, is a capitalised word followed by the end of a sentence rather
// than an abbreviation: "Max." before "De", but not "Prof." before a name,
// initials ("J.P."), capitals ("NV.") or "Max." before a number.
func nameThenPeriod(w string, toks []token.Token, i int) bool {
	if len(w) < 4 || w[len(w)-1] != '.' {
		return false
	}
	stem := w[:len(w)-1]
	if strings.IndexByte(stem, '.') >= 0 || !capitalised(stem) || isAcronym(stem) || token.IsTitle(stem) || moreTitles[strings.ToLower(stem)] {
		return false
	}
	for j := i + 1; j < len(toks); j++ {
		t := toks[j]
		if t.Kind == token.Space {
			if strings.ContainsAny(t.Text, "\n\r") {
				return false
			}
			continue
		}
		return t.Kind == token.Word && capitalised(t.Text)
	}
	return false
}

// Limits that keep tagging linear: sentences are cut into pieces of at
// most maxSentence words, and the document is tagged in batches of at
// most maxBatch words.
const (
	maxSentence = 200
	maxBatch    = 4000
)

// modelSpans tags ws sentence by sentence and appends the entity chunks.
func (m *Model) modelSpans(ws []word, spans []span, sc *scratch) []span {
	doc, offs := sc.doc[:0], sc.offs[:0]
	flat := slices.Grow(sc.wbuf[:0], len(ws))
	batch := 0
	flush := func() {
		if len(doc) == 0 {
			return
		}
		tags := m.tagger.AppendTags(sc.tags[:0], doc)
		sc.tags = tags
		for si, sent := range doc {
			n := min(len(sent), len(tags))
			spans = m.chunks(ws, spans, offs[si], sent, tags[:n:n])
			tags = tags[n:]
		}
		clear(doc) // it holds the caller's text; see scratch.release
		doc, offs, batch = doc[:0], offs[:0], 0
	}
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && ws[j].sent == ws[i].sent && j-i < maxSentence {
			j++
		}
		if !m.mayHaveNames(ws[i:j]) {
			i = j
			continue
		}
		if batch+(j-i) > maxBatch {
			flush()
		}
		k := len(flat)
		for _, w := range ws[i:j] {
			flat = append(flat, w.text)
		}
		doc = append(doc, flat[k:len(flat):len(flat)])
		offs = append(offs, i)
		batch += j - i
		i = j
	}
	flush()
	sc.doc, sc.offs, sc.wbuf = doc, offs, flat
	return mergeOrgOf(ws, m.mergeSurnames(ws, spans))
}

// mergeOrgOf joins an organisation chunk, "van" and the place chunk right
// after it into one organisation: the model often splits "[Universiteit]
// van [Amsterdam]" at the start of a sentence, where the capital of "De"
// misleads it, but tags the whole name inside a sentence.
func mergeOrgOf(ws []word, spans []span) []span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.typ == Organisation && i+1 < len(spans) && s.last < len(ws) && ws[s.last].text == "van" {
			if b := spans[i+1]; b.typ == Location && b.first == s.last+1 && ws[b.first].sent == ws[s.first].sent {
				s.last = b.last
				s.country, s.canonical, s.e = "", "", nil
				i++
			}
		}
		out = append(out, s)
	}
	return out
}

// mergeSurnames joins a person chunk, a tussenvoegsel chain and the
// capitalised word after it, which the model often splits: "[Rutger] ter
// [Borg]", "[Pieter] van den [Hoogenband]".
func (m *Model) mergeSurnames(ws []word, spans []span) []span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.typ == Person {
			k := s.last
			for k < len(ws) && ws[k].lower && tussenvoegsels[ws[k].text] && ws[k].sent == ws[s.first].sent {
				k++
			}
			// A weak chain ("van", "van de") joins only a lone first
			// name, not a surname after a role or article ("burgemeester
			// Foubert van Sint-Niklaas", "Hugo Koeman van de
			// Kindertelefoon").
			weakOK := s.last-s.first == 1 && (s.first == 0 || ner.IsFirstName(ws[s.first].text) ||
				!isDeterminer(ws[s.first-1].lw) && !m.lex.roleWords[ws[s.first-1].lw] &&
					len(m.lex.roles[ws[s.first-1].lw]) == 0)
			if k > s.last && k < len(ws) && ws[k].upperInit && ws[k].sent == ws[s.first].sent &&
				(weakOK || strongChain(ws[s.last:k])) && !isAdjectiveForm(ws[k].text) &&
				m.surnameCandidate(ws, k, weakOK) && !m.lex.stop[ws[k].text] &&
				(i+1 >= len(spans) || spans[i+1].first != k || spans[i+1].typ != Organisation) {
				switch {
				case i+1 < len(spans) && spans[i+1].first == k:
					s.last = spans[i+1].last
					i++
				case i+1 >= len(spans) || spans[i+1].first > k:
					s.last = k + 1
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// surnameCandidate reports whether ws[k], after a person chunk and a
// tussenvoegsel chain, may be the rest of the surname: a word the lexicon
// does not know, or, after a lone first name, a town ("[Ben] van [Oss]",
// "[Piet] van [Gent]"), which many Dutch family names are. Countries,
// capitals and organisations stay themselves ("Kim van Noord-Korea").
func (m *Model) surnameCandidate(ws []word, k int, loneFirstName bool) bool {
	e := m.lex.match(ws, k)
	return e == nil || loneFirstName && e.kind == kPlace && len(e.words) == 1
}

// mayHaveNames reports whether a sentence is worth tagging: it has a
// capitalised word other than a function word at its start. The model
// finds no names in sentences without one, and skipping them saves most
// of the tagging time on text with few names.
func (m *Model) mayHaveNames(sent []word) bool {
	for k, w := range sent {
		if !w.upperInit {
			continue
		}
		if k == 0 && (m.lex.stop[w.text] || isDeterminer(w.lw)) {
			continue
		}
		return true
	}
	return false
}

// chunks converts the IOB2 tags of one sentence starting at word base.
func (m *Model) chunks(ws []word, spans []span, base int, sent, ts []string) []span {
	for k := 0; k < len(ts) && k < len(sent); {
		t := ts[k]
		if len(t) < 3 || (t[0] != 'B' && t[0] != 'I') {
			k++
			continue
		}
		typ := t[2:]
		j := k + 1
		for j < len(ts) && j < len(sent) && len(ts[j]) > 2 && ts[j][0] == 'I' && ts[j][2:] == typ {
			j++
		}
		spans = m.addModelSpan(ws, spans, base+k, base+j, typ)
		k = j
	}
	return spans
}

// addModelSpan cleans up one model chunk and appends it.
func (m *Model) addModelSpan(ws []word, spans []span, first, last int, label string) []span {
	lx := m.lex
	typ, _ := parseType(label)
	// Leading words that never start a name: "Volgens", "Maar", web
	// labels and the punctuation after them ("LIVE | Brand ...");
	// for persons also roles, modifiers and inflected adjectives
	// ("President Trump", "Iraanse minister Araghchi").
	for first < last {
		w := ws[first]
		if lx.stop[w.text] || isPunctWord(w.text) {
			first++
			continue
		}
		lw := w.lw
		if isDeterminer(lw) && first+1 < last {
			// An article is not part of a name ("De [Iraanse
			// Revolutionaire Garde]"), except in a surname that starts
			// with a capital "De" ("De Wever zei"): a person keeps it
			// unless a role or adjective follows.
			if typ != Person && (w.lower || w.sentStart || lexExact(lx, ws, first+1, last)) ||
				typ == Person && (w.lower || personPrefix(lx, ws, first+1)) {
				first++
				continue
			}
		}
		if typ == Person && personPrefix(lx, ws, first) {
			first++
			continue
		}
		break
	}
	// "aldus B en W. Ook de raad": a word that never starts a name after
	// an initial opens the next sentence, which the initial's period
	// ended; it is no part of the name.
	for last-first >= 2 && lx.stop[ws[last-1].text] && strings.HasSuffix(ws[last-2].text, ".") {
		last--
	}
	// A chunk of another type that starts with a role word and a
	// capitalised word ("[Paus Franciscus]", "[Staatssecretaris Nora
	// Achahbar]") is the person with that role, when the role word is
	// written in lower case or starts the sentence: a capitalised role
	// inside a sentence is part of a name ("Premier League", "Koning
	// Boudewijnstadion").
	if typ != Person && first+1 < last && (ws[first].lower || ws[first].sentStart) && lx.roleWords[ws[first].lw] &&
		ws[first+1].upperInit && !lexExact(lx, ws, first, last) && !lexExact(lx, ws, first+1, last) {
		first, typ = first+1, Person
	}
	// A role phrase that runs into the chunk ("minister van [Buitenlandse
	// Zaken Marco Rubio]") is cut off; what follows a role is a person.
	for k := first; k < last-1; k++ {
		if len(lx.roles[ws[k].lw]) == 0 {
			continue
		}
		if rf, _, ok := matchRole(lx, ws, k); ok && rf < first && ws[k+1].upperInit {
			first, typ = k+1, Person
			break
		}
	}
	for last > first && (isPunctWord(ws[last-1].text) || isDeterminer(ws[last-1].lw)) {
		last--
	}
	if first >= last {
		return spans
	}
	// Drop chunks with no capitalised word, and lone determiners.
	capital := false
	for k := first; k < last; k++ {
		if ws[k].upperInit || startsWithDigit(ws[k].text) {
			capital = true
			break
		}
	}
	if !capital || last-first == 1 && isDeterminer(ws[first].lw) {
		return spans
	}
	// A lone adjective ("Noordse", "Europese") is not an entity; country
	// adjectives become links below.
	if typ == Misc && last-first == 1 && isAdjectiveForm(ws[first].text) {
		return spans
	}
	if typ == Person {
		floor := 0 // the extension must not reach into the chunk before
		if len(spans) > 0 {
			floor = spans[len(spans)-1].last
		}
		k := first
		if last-first == 1 || tussenvoegsels[ws[first].lw] {
			k = extendSurname(lx, ws, first)
		}
		switch {
		case k >= floor:
			first = k
		case k == floor-1 && len(spans) > 0:
			// "[Ursula] von der [Leyen]" where the model typed the first
			// name otherwise: join both.
			p := spans[len(spans)-1]
			if p.prio == 0 && p.last-p.first == 1 && p.last == floor && !ws[p.first].allCaps && lx.match(ws, p.first) == nil {
				spans = spans[:len(spans)-1]
				first = k
			}
		}
	}
	if typ != Person {
		// "Het Van [Gogh Museum]": a tussenvoegsel written with a capital
		// inside a sentence belongs to the name after it; an article
		// ("De NMBS") does not.
		floor := 0
		if len(spans) > 0 {
			floor = spans[len(spans)-1].last
		}
		for first > floor && ws[first-1].sent == ws[first].sent && !ws[first-1].sentStart &&
			ws[first-1].upperInit && tussenvoegsels[ws[first-1].lw] && !isDeterminer(ws[first-1].lw) {
			first--
		}
	}
	// Events, holidays, stock indices and abbreviations of things
	// (data/misc.txt) are never persons, organisations or places.
	if e := matchIn(lx.misc, ws, first); e != nil && first+len(e.words) == last || isEventName(ws, first, last) ||
		isEventCompound(ws[last-1].lw) || last-first >= 2 && competitionHeads[ws[last-1].text] && ws[first].upperInit {
		typ = Misc
	}
	// A lone capital letter is no name: "het college van B en W".
	if last-first == 1 && len(ws[first].text) == 1 {
		return spans
	}
	// "Tweede Kamerleden", "Eerste Kamerlid", "Kamerleden": members, not
	// the chamber.
	if (last-first == 2 && (ws[first].text == "Eerste" || ws[first].text == "Tweede") || last-first == 1) &&
		(ws[last-1].lw == "kamerlid" || ws[last-1].lw == "kamerleden") {
		return spans
	}
	if typ == Person && isStreetName(ws, first, last) ||
		last-first == 1 && typ != Location && !lexExact(lx, ws, first, last) && (isStreetWord(ws[first].text) || isRoadNumber(ws[first].text)) {
		typ = Location
	}
	// "Inwoners Overijssel", "Orkaan Dorian": a common noun that opens a
	// sentence and that news writes in lower case is no part of the name
	// after it, unless it names a public body of the place ("Gemeente
	// Eindhoven", "Politie Utrecht").
	if last-first >= 2 && (ws[first].sentStart || ws[first].quoteStart || first > 0 && ws[first-1].dash) && lx.lowercase[ws[first].lw] && !tussenvoegsels[ws[first].lw] &&
		!lexExact(lx, ws, first, last) && matchIn(lx.orgLex, ws, first) == nil && !lx.orgHeads[ws[first+1].text] &&
		ws[first+1].upperInit && !publicBodies[ws[first].lw] {
		first++
	}
	// "Hitte op [Jazz Festival Breda]", "Fans van [The Big Bang
	// Theory]": so is such a noun with the one lower-case word after it
	// (with more it is rather a title: "Zingen voor je Leven").
	if last-first >= 3 && (ws[first].sentStart || ws[first].quoteStart || first > 0 && ws[first-1].dash) && lx.lowercase[ws[first].lw] &&
		!tussenvoegsels[ws[first].lw] && ws[first+1].lower && !lexExact(lx, ws, first, last) && matchIn(lx.orgLex, ws, first) == nil {
		k := first + 1
		for k < last && ws[k].lower {
			k++
		}
		if k < last && k-first == 2 && ws[k].upperInit {
			first = k
		}
	}
	if last-first == 1 && !lexExact(lx, ws, first, last) && matchIn(lx.orgLex, ws, first) == nil {
		w := ws[first].text
		// A common word at the start of a sentence ("Onlangs",
		// "Tevergeefs"; data/lowercase.txt) is no name, and nor is a
		// generic public body ("Hengelo - Politie vraagt hulp").
		if (ws[first].sentStart || ws[first].quoteStart || first > 0 && ws[first-1].dash) && (lx.lowercase[strings.ToLower(w)] || publicBodies[ws[first].lw]) {
			return spans
		}
		// A word after a type number is part of a product's name: "de
		// 737 MAX", "de Boeing 737 Max".
		if typ == Person && first > 0 && ws[first-1].sent == ws[first].sent && len(ws[first-1].text) >= 2 && allDigits(ws[first-1].text) {
			typ = Misc
		}
		// A compound whose head is a common noun names a group or a
		// thing, not the name in it: "Houthi-rebellen", "IS-strijders",
		// "NAVO-top" (compounds adds the organisation inside).
		if typ != Misc && derivedCompound(lx, w) {
			typ = Misc
		}
	}
	// A nationality adjective is not part of an organisation's name
	// ("de Iraanse [Revolutionaire Garde]"); it gives the organisation
	// its country. Domestic adjectives often are part of the name
	// ("Nederlandse Spoorwegen"), and so is an adjective the lexicon
	// lists with the name.
	adjCountry := ""
	if typ != Person && last-first >= 2 && !lexExact(lx, ws, first, last) && lexExact(lx, ws, first+1, last) {
		// "[Iraanse Revolutionaire Garde]" where the lexicon knows the
		// name: the lexicon's span, without the adjective, wins.
		if e := lx.match(ws, first); e != nil && len(e.words) == 1 && e.kind == kAdjective && !domesticAdjective[ws[first].text] {
			first++
		}
	}
	if typ == Organisation && last-first >= 2 && !lexExact(lx, ws, first, last) {
		if e := lx.match(ws, first); e != nil && len(e.words) == 1 && e.kind == kAdjective && strings.HasSuffix(ws[first].text, "e") &&
			!domesticAdjective[ws[first].text] && (last-first >= 3 || lexExact(lx, ws, first+1, last) || matchIn(lx.orgLex, ws, first+1) != nil) {
			adjCountry = e.code
			first++
			// "Het Russische leger": without the adjective no name is
			// left.
			name := false
			for k := first; k < last; k++ {
				name = name || ws[k].upperInit || startsWithDigit(ws[k].text)
			}
			if !name {
				return spans
			}
		}
	}
	if typ != Location && streetName(ws[last-1].text, typ == Person) {
		// "Michiel de Ruyterstraat", "Kamerlingh Onnesweg": a street
		// named after a person is a place, whatever the model saw.
		typ, adjCountry = Location, ""
	}
	s := span{first: first, last: last, typ: typ, country: adjCountry}
	if e := lx.match(ws, first); e != nil && first+len(e.words) == last {
		switch e.kind {
		case kAdjective, kDemonym:
			return spans // a country link, not an entity
		case kCountry:
			s.typ, s.country, s.canonical = Country, e.code, e.canonical
		case kCapital:
			s.typ, s.country, s.canonical = Location, e.code, e.canonical
			s.e = e
		case kPlace:
			s.typ, s.country, s.canonical = Location, e.code, e.canonical
		case kOrg:
			if e.adj != 2 {
				s.typ, s.country, s.canonical = Organisation, e.code, e.canonical
			}
		}
	}
	return append(spans, s)
}

// domesticAdjective are adjectives that Dutch and Belgian names of
// organisations carry: "Nederlandse Spoorwegen", "Vlaamse Radio- en
// Televisieomroep".
var domesticAdjective = map[string]bool{
	"Nederlandse": true, "Belgische": true, "Vlaamse": true, "Waalse": true, "Friese": true,
	"Europese": true, "Koninklijke": true,
}

// derivedCompound reports whether w is a hyphenated compound whose head
// is a lower-case common noun of three or more letters that is no role:
// "Houthi-rebellen", "EU-landen", but not "Jumbo-Visma", "Kim Jong-un" or
// "NAVO-chef".
func derivedCompound(lx *lexicon, w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || !capitalised(w) {
		return false
	}
	head := w[h+1:]
	if utf8.RuneCountInString(head) < 3 {
		return false
	}
	for _, r := range head {
		if !unicode.IsLower(r) {
			return false
		}
	}
	if lx.roleWords[head] {
		return false
	}
	_, role := roleCompound(lx, head)
	return !role
}

// extendSurname moves the start of a person chunk left over the
// tussenvoegsels the model left out: "Ursula von der [Leyen]" → "Ursula
// von der Leyen", "[Von der] Leyen". A lower-case chain is taken only
// with the capitalised first name before it.
func extendSurname(lx *lexicon, ws []word, first int) int {
	k := first
	for k > 0 && ws[k-1].sent == ws[first].sent && tussenvoegsels[ws[k-1].lw] {
		k--
	}
	if k == first {
		return first
	}
	if ws[k].upperInit {
		// "Von der Leyen", "zei De Wever"; but a lone "De" that starts
		// a sentence is an article ("De Knesset").
		if k == first-1 && ws[k].sentStart && isDeterminer(ws[k].lw) {
			return first
		}
		return k
	}
	if k > 0 && ws[k-1].sent == ws[first].sent && ws[k-1].upperInit && !lx.stop[ws[k-1].text] &&
		!isDeterminer(ws[k-1].lw) && !lx.roleWords[ws[k-1].lw] && ws[k-1].adjCountry == "" {
		// "Aanhangers van Peres": a weak chain after the first word of
		// a sentence is more likely a preposition.
		if !strongChain(ws[k:first]) {
			if k > 1 && isDeterminer(ws[k-2].lw) {
				return first // "De Baai van [Heist]"
			}
			if !mayBeFirstName(lx, ws[k-1].text) {
				return first // "Aanhangers van [Peres]"
			}
		}
		if e := lx.match(ws, k-1); e == nil || e.kind == kDemonym {
			return k - 1
		}
	}
	return first
}

// lexExact reports whether the built-in lexicon has a name for exactly
// the words [i, j).
func lexExact(lx *lexicon, ws []word, i, j int) bool {
	e := lx.match(ws, i)
	return e != nil && i+len(e.words) == j
}

// personPrefix reports whether ws[i] is a word that precedes a person's
// name but is not part of it: a role, a modifier or an inflected country
// adjective ("Iraanse minister Araghchi").
func personPrefix(lx *lexicon, ws []word, i int) bool {
	lw := ws[i].lw
	if lx.roleWords[lw] || lx.modifiers[lw] || nameNounCompound(lx, ws[i].text) {
		return true
	}
	if ws[i].lower || ws[i].sentStart {
		// A compound of a role, in lower case or opening the sentence:
		// "Filmredacteur Ab Zagt", "Ajax-spits Jan Bos" is handled by
		// nameNounCompound.
		if _, ok := roleCompound(lx, ws[i].text); ok {
			return true
		}
	}
	e := lx.match(ws, i)
	return e != nil && e.kind == kAdjective && strings.HasSuffix(ws[i].text, "e")
}

// competitionHeads end the names of competitions: "Afrika Cup", "KLM Open",
// "WTA Finals", "Europese Spelen".
var competitionHeads = map[string]bool{"Cup": true, "Open": true, "Finals": true, "Spelen": true, "Games": true}

// allDigits reports whether w is made of ASCII digits only.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// nameNounCompound reports whether w is a name joined to a common noun
// ("PSV-kwelgeest", "MH17-verdachte", "Keizerin-emerita"): a description
// that precedes a person's name but is no part of it. The noun has six
// letters or more, or the name is an acronym, so that given names such
// as "Hao-ching" stay names; Arabic particles ("Al-mafraji") and role
// compounds ("Philips-topman", handled with the roles) do not count.
func nameNounCompound(lx *lexicon, w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k < 2 || len(w)-k-1 < 4 || !(capitalised(w) || startsWithDigit(w)) || arabicParticles[w[:k]] || lx.roleWords[w[k+1:]] {
		return false
	}
	for _, r := range w[k+1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return utf8.RuneCountInString(w[k+1:]) >= 6 || strings.ToUpper(w[:k]) == w[:k]
}

// arabicParticles start Arabic names joined by a hyphen: "Al-Baghdadi",
// "Abu-Bakr".
var arabicParticles = map[string]bool{
	"Al": true, "El": true, "Ul": true, "Abu": true, "Abd": true, "Bin": true, "Ben": true, "Ibn": true, "Ait": true,
}

// mayBeFirstName is a cheap test for the first word of a sentence before
// "van": a first name is short and not a plural ("Mark van Bommel", but
// "Aanhangers van Peres", "Leden van Hamas").
func mayBeFirstName(lx *lexicon, w string) bool {
	if ner.IsFirstName(w) {
		return true // "Steven van [Dijk]"
	}
	if lx.lowercase[strings.ToLower(w)] {
		return false // "Aanhangers van [Peres]", "Leden van [Hamas]"
	}
	// "Nicolien van [Vroonhoven]"; a long word or a plural is no first
	// name.
	return utf8.RuneCountInString(w) <= 8 && !strings.HasSuffix(w, "ers")
}

// strongChain reports whether a tussenvoegsel chain has a particle that
// is rarely a preposition or article: "ter", "den", "von der"; "van" and
// "van de" are weak.
func strongChain(chain []word) bool {
	for _, w := range chain {
		switch w.lw {
		case "van", "de":
		default:
			return true
		}
	}
	return false
}

// isAdjectiveForm reports whether w looks like an inflected Dutch
// adjective of place: "Noordse", "Europese", "Arabische".
func isAdjectiveForm(w string) bool {
	return strings.HasSuffix(w, "se") || strings.HasSuffix(w, "sche")
}

func isClosingQuote(s string) bool {
	switch s {
	case "\"", "'", "”", "’", "»", ")":
		return true
	}
	return false
}

func isDeterminer(lw string) bool {
	switch lw {
	case "de", "het", "een", "den", "der", "des", "'t", "'s":
		return true
	}
	return false
}

// opensLikeSentence reports whether the punctuation p makes the word after
// it start like a sentence: a dash, colon or bar.
func opensLikeSentence(p string) bool {
	switch p {
	case "-", "–", "—", ":", "|":
		return true
	}
	return false
}

// streetEndings end the names of streets. "laan", "dijk" and "steeg" are
// left out: they also end family names (Langelaan, Groenendijk, Versteeg).
var streetEndings = [...]string{"straat", "plein", "kade", "gracht", "singel", "weg"}

// streetName reports whether the capitalised word w is a compound that
// names a street ("Piersonstraat", "Willem II-straat"): a street ending
// after at least four letters. In a name the model took for a person,
// "weg" ends a family name rather ("Fred Overweg", "Kathelijne
// Buitenweg").
func streetName(w string, person bool) bool {
	if !capitalised(w) {
		return false
	}
	for _, e := range streetEndings {
		if len(w) >= len(e)+4 && strings.HasSuffix(w, e) {
			return e != "weg" || !person
		}
	}
	return false
}

// opensQuote reports whether p can open a quotation.
func opensQuote(p string) bool {
	switch p {
	case "‘", "’", "“", "”", "„", ",,", "«", "'", "\"":
		return true
	}
	return false
}

func isPunctWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// lexSpans appends the lexicon matches: user entries first, then the
// built-in names, longest match first, left to right. Adjectives and
// demonyms are recorded on their words as country links.
func (m *Model) lexSpans(ws []word, spans []span) []span {
	lx := m.lex
	for i := 0; i < len(ws); {
		w := &ws[i]
		if m.user != nil {
			if e := m.user.match(ws, i); e != nil {
				s := span{first: i, last: i + len(e.words), typ: e.typ, prio: 2, e: e, canonical: e.canonical, country: e.code}
				spans = append(spans, s)
				i = s.last
				continue
			}
		}
		if w.lower && !m.hasLowerStart(w.text) {
			i++
			continue
		}
		e := lx.match(ws, i)
		if e == nil {
			i++
			continue
		}
		n := len(e.words)
		switch e.kind {
		case kAdjective, kDemonym:
			w.adjCountry, w.adjKind = e.code, e.kind
			if e.kind == kAdjective && n == 1 && lx.demonymOf[w.text] && !beforeNoun(ws, i) {
				// "een Chinees." is a person, "een Chinees bedrijf" a
				// property: a form that is both is a demonym unless a
				// lower-case word that may be its noun follows.
				w.adjKind = kDemonym
			}
			// "de Iraanse Revolutionaire Garde": an adjective before an
			// organisation that takes one.
			if e.kind == kAdjective && i+1 < len(ws) {
				if o := lx.match(ws, i+1); o != nil && o.kind == kOrg && o.adj > 0 {
					// The adjective gives the country but is not part of
					// the name ("de Iraanse [Revolutionaire Garde]"),
					// unless the name needs it to be one ("het Russische
					// leger").
					s := span{first: i + 1, last: i + 1 + len(o.words), typ: Organisation, prio: 1, e: o, country: e.code}
					s.canonical = o.canonical
					if o.adj == 2 {
						s.first = i
						s.canonical = w.text + " " + o.canonical
					}
					if o.code != "" {
						s.country = o.code
					}
					spans = append(spans, s)
					i = s.last
					continue
				}
				if last, ok := ministry(ws, i+1); ok {
					s := span{first: i + 1, last: last, typ: Organisation, prio: 1, country: e.code}
					spans = append(spans, s)
					i = last
					continue
				}
			}
			i += n
			continue
		case kCountry:
			spans = append(spans, span{first: i, last: i + n, typ: Country, prio: 1, e: e, country: e.code, canonical: e.canonical})
		case kCapital:
			spans = append(spans, span{first: i, last: i + n, typ: Location, prio: 1, e: e, country: e.code, canonical: e.canonical})
		case kPlace:
			spans = append(spans, span{first: i, last: i + n, typ: Location, prio: 1, e: e, country: e.code, canonical: e.canonical})
		case kOrg:
			if e.adj == 2 {
				i++
				continue
			}
			s := span{first: i, last: i + n, typ: Organisation, prio: 1, e: e, country: e.code, canonical: e.canonical}
			// "Inspectie Justitie en Veiligheid", "Ministerie van
			// Defensie" ("van" is no capital, see ministry): a body
			// named after a ministry is one organisation with it.
			if i > 0 && ws[i-1].sent == w.sent && bodyOpeners[ws[i-1].text] {
				s.first, s.e = i-1, nil
				s.canonical = joinWords(ws, i-1, i+n) // "Inspectie SZW" as written
			}
			spans = append(spans, s)
		}
		i += n
	}
	// Ministries without a country adjective: "het ministerie van Defensie".
	for i := range ws {
		if ws[i].text == "ministerie" || ws[i].text == "Ministerie" {
			if i > 0 && ws[i-1].adjCountry != "" {
				continue
			}
			if last, ok := ministry(ws, i); ok {
				spans = append(spans, span{first: i, last: last, typ: Organisation, prio: 1})
			}
		}
	}
	return spans
}

// bodyOpeners open the names of public bodies named after the ministry
// they belong to: "Inspectie Justitie en Veiligheid".
var bodyOpeners = map[string]bool{"Inspectie": true, "Ministerie": true, "Dienst": true}

// notNoun are lower-case words that follow a demonym but are no noun an
// adjective could qualify: "een Chinees en een Rus", "de Chinees die".
var notNoun = map[string]bool{
	"en": true, "of": true, "die": true, "dat": true, "is": true, "was": true, "heeft": true,
	"had": true, "werd": true, "wordt": true, "zei": true, "zegt": true, "uit": true, "in": true,
	"met": true, "op": true, "aan": true, "bij": true, "voor": true, "van": true, "naar": true,
	"te": true, "om": true, "als": true, "maar": true, "over": true, "tegen": true, "door": true,
	"onder": true, "na": true, "zonder": true, "sinds": true, "tot": true, "zou": true, "wil": true,
	"kan": true, "moet": true,
}

// beforeNoun reports whether the word after ws[i] in its sentence may be a
// noun that ws[i] qualifies: a lower-case word that is no function word.
func beforeNoun(ws []word, i int) bool {
	if i+1 >= len(ws) || ws[i+1].sent != ws[i].sent {
		return false
	}
	n := ws[i+1]
	return n.lower && !notNoun[n.text]
}

// hasLowerStart reports whether some lexicon name starts with the
// word w, which starts with a lower-case letter (as "de Volkskrant" or
// "cd&v" do).
func (m *Model) hasLowerStart(w string) bool {
	lx := m.lex
	return w != "" && lx.lowerMask[w[0]]&(1<<(len(w)%64)) != 0 && lx.lowerFirst[w]
}

// ministry matches "ministerie van Buitenlandse Zaken" from ws[i] and
// returns the end of the match.
func ministry(ws []word, i int) (int, bool) {
	if i+2 >= len(ws) || (ws[i].text != "ministerie" && ws[i].text != "Ministerie") || ws[i+1].text != "van" {
		return 0, false
	}
	j := i + 2
	end := 0
	for j < len(ws) && ws[j].sent == ws[i].sent {
		switch {
		case ws[j].upperInit:
			j++
			end = j
			continue
		case (ws[j].text == "en" || ws[j].text == ",") && j+1 < len(ws) && ws[j+1].upperInit:
			j++
			continue
		}
		break
	}
	if end == 0 {
		return 0, false
	}
	return end, true
}

// resolve removes overlapping candidates. User entries always win. A
// model chunk that strictly contains exactly one lexicon match wins over
// it ("Universiteit van Amsterdam", "Washington Post"); one that contains
// two or more is a merge error and loses ("Rusland China"). Otherwise the
// lexicon wins over the model, and longer spans win over shorter ones.
func resolve(spans []span, sc *scratch) []span {
	if len(spans) == 0 {
		return spans
	}
	// Lexicon matches do not overlap each other (they are found left to
	// right), and neither do model chunks, so one sorted pass finds the
	// lexicon matches inside each model chunk.
	lex := sc.lex[:0]
	for i, s := range spans {
		if s.prio == 1 {
			lex = append(lex, i)
		}
	}
	slices.SortFunc(lex, func(a, b int) int { return cmp.Compare(spans[a].first, spans[b].first) })
	sc.lex = lex
	drop := grow(sc.drop, len(spans))
	clear(drop)
	sc.drop = drop
	for i, a := range spans {
		if a.prio != 0 {
			continue
		}
		k, _ := slices.BinarySearchFunc(lex, a.first, func(li, first int) int { return cmp.Compare(spans[li].first, first) })
		n, in := 0, -1
		for ; k < len(lex) && spans[lex[k]].first < a.last; k++ {
			b := spans[lex[k]]
			if b.last <= a.last && b.last-b.first < a.last-a.first {
				n++
				in = lex[k]
			}
		}
		switch {
		case n == 1:
			drop[in] = true
		case n > 1:
			drop[i] = true
		}
	}
	kept := spans[:0]
	for i, s := range spans {
		if !drop[i] {
			kept = append(kept, s)
		}
	}
	// The candidates are taken by priority, then length, each if none of
	// its words is taken yet. The stable sort orders their indexes, which
	// is cheaper than moving spans; the spans taken are appended after
	// the candidates in that order and then moved to the front.
	order := sc.order[:0]
	for i := range kept {
		order = append(order, int32(i))
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		a, b := &kept[i], &kept[j]
		if c := cmp.Compare(b.prio, a.prio); c != 0 {
			return c
		}
		return cmp.Compare(b.last-b.first, a.last-a.first)
	})
	sc.order = order
	maxWord := 0
	for _, s := range kept {
		maxWord = max(maxWord, s.last)
	}
	taken := grow(sc.drop, maxWord)
	clear(taken)
	sc.drop = taken
	n := len(kept)
	all := kept
	for _, i := range order {
		s := &kept[i]
		ok := true
		for k := s.first; k < s.last; k++ {
			if taken[k] {
				ok = false
				break
			}
		}
		if ok {
			for k := s.first; k < s.last; k++ {
				taken[k] = true
			}
			all = append(all, *s)
		}
	}
	out := all[:copy(all, all[n:])]
	sortByFirst(out)
	return out
}

// sortByFirst sorts spans by their first word, as
// slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.first,
// b.first) }) does. The passes mostly keep spans in that order already;
// when no two spans share a first word the order found is then the only
// sorted one, and one look at the keys replaces the sort's calls of its
// comparison function, each of which copies two spans.
func sortByFirst(spans []span) {
	for i := 1; i < len(spans); i++ {
		if spans[i-1].first >= spans[i].first {
			slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.first, b.first) })
			return
		}
	}
}

// sortByStart sorts spans by their first byte as sortByFirst sorts them
// by their first word: unsorted, or with two spans starting at the same
// byte, they are sorted as slices.SortFunc sorts them.
func sortByStart(ws []word, spans []span) {
	for i := 1; i < len(spans); i++ {
		if spans[i-1].startByte(ws) >= spans[i].startByte(ws) {
			slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.startByte(ws), b.startByte(ws)) })
			return
		}
	}
}

// compounds adds the acronym that starts a hyphenated word as an entity
// of its own when nothing else covers the word: "EU-landen" → EU,
// "NAVO-top" → NAVO, "VS-ambassade" → VS. Role compounds ("NAVO-chef")
// are handled with the roles.
func (m *Model) compounds(ws []word, spans []span) []span {
	sortByFirst(spans)
	n := len(spans)
	si := 0
	drop := -1
	for i := range ws {
		w := ws[i].text
		h := strings.IndexByte(w, '-')
		if h < 2 || h > 8 || h == len(w)-1 || !isAcronym(w[:h]) {
			continue
		}
		for si < n && spans[si].last <= i {
			si++
		}
		// A word the model calls MISC ("EU-landen") gives way: the
		// organisation or country in it says more.
		misc := si < n && spans[si].first == i && spans[si].last == i+1 && spans[si].prio == 0 && spans[si].typ == Misc
		if si < n && spans[si].first <= i && !misc {
			continue // covered
		}
		e := m.lex.match([]word{{text: w[:h]}}, 0)
		if e == nil || len(e.words) != 1 || (e.kind != kOrg && e.kind != kCountry) {
			continue
		}
		if misc {
			spans[si].last = -1 // dropped below
			drop = si
		}
		s := span{first: i, last: i + 1, prio: 1, e: e, canonical: e.canonical, country: e.code,
			subStart: ws[i].start, subEnd: ws[i].start + h}
		s.typ = Organisation
		if e.kind == kCountry {
			s.typ = Country
		}
		spans = append(spans, s)
	}
	if drop >= 0 {
		spans = slices.DeleteFunc(spans, func(s span) bool { return s.last < 0 })
	}
	if len(spans) > n || drop >= 0 {
		sortByFirst(spans)
	}
	return spans
}

// locative prepositions: a capital after one of these is a place.
var locative = map[string]bool{
	"in": true, "naar": true, "uit": true, "bij": true, "vanuit": true, "rond": true,
	"nabij": true, "te": true, "richting": true, "aan": true, "via": true, "buiten": true,
	"binnen": true, "van": true, "door": true, "tot": true, "om": true, "over": true,
	"In": true, "Naar": true, "Uit": true, "Bij": true, "Vanuit": true, "Rond": true,
	"Te": true, "Via": true, "Van": true, "Door": true,
}

// actorBefore are words after which a capital is the subject of a
// clause: conjunctions and finite verbs of inverted word order ("dat
// Beijing ...", "is Teheran bereid").
var actorBefore = map[string]bool{
	"dat": true, "omdat": true, "wanneer": true, "als": true, "nu": true, "zodat": true,
	"terwijl": true, "toen": true, "nadat": true, "voordat": true, "maar": true, "want": true,
	"hoe": true, "waarom": true, "ook": true, "daarom": true, "of": true, "zolang": true,
	"indien": true, "tenzij": true, "hoewel": true, "aangezien": true,
}

// finiteVerbs are frequent finite verbs of news: a capital next to one
// is an actor ("Moskou ontkent", "heeft Beijing gezegd").
var finiteVerbs = map[string]bool{
	"is": true, "was": true, "zijn": true, "waren": true, "heeft": true, "had": true,
	"wil": true, "wilde": true, "zal": true, "zou": true, "kan": true, "kon": true,
	"moet": true, "moest": true, "mag": true, "zegt": true, "zei": true, "stelt": true,
	"stelde": true, "meldt": true, "meldde": true, "laat": true, "liet": true, "gaat": true,
	"ging": true, "lijkt": true, "blijft": true, "wordt": true, "werd": true, "eist": true,
	"eiste": true, "dreigt": true, "dreigde": true, "ontkent": true, "ontkende": true,
	"waarschuwt": true, "waarschuwde": true, "reageert": true, "reageerde": true,
	"beschuldigt": true, "beschuldigde": true, "verwerpt": true, "verwierp": true,
	"weigert": true, "weigerde": true, "steunt": true, "steunde": true, "vreest": true,
	"vreesde": true, "hoopt": true, "hoopte": true, "noemt": true, "noemde": true,
	"kondigt": true, "kondigde": true, "ziet": true, "zag": true, "houdt": true, "hield": true,
	"legt": true, "legde": true, "stuurt": true, "stuurde": true, "praten": true,
	"spreken": true, "overleggen": true, "onderhandelen": true, "willen": true, "hebben": true,
	"kunnen": true, "moeten": true, "zullen": true, "zouden": true,
}

// copulas link a subject to a description.
var copulas = map[string]bool{
	"is": true, "was": true, "wordt": true, "werd": true, "blijft": true, "bleef": true,
	"lijkt": true, "leek": true,
}

// markCapitals decides for each capital whether it stands for its state.
// A capital is an actor — a Country whose Canonical is the country's
// name — when it starts a sentence, follows a conjunction ("dat Beijing
// daar gehoor aan heeft gegeven") or stands next to a finite verb ("is
// Teheran bereid", "Moskou ontkent"). Otherwise it is a place: a
// Location carrying its country's code ("in Beijing", "bezoek aan
// Moskou", "bezocht Kiev"); so is a capital in capitals (a dateline) or
// before "(", and a capital described by a copula and a noun phrase
// ("Moskou is een grote stad"). A capital in data/placeonly.txt
// ("Brussel") is always a place. A
// capital after "en", "of" or a comma takes the decision of the name
// before it ("Washington en Beijing praten").
func (m *Model) markCapitals(ws []word, spans []span) {
	prevPlace := false
	prevEnd := -1
	for i := range spans {
		s := &spans[i]
		if s.e == nil || s.e.kind != kCapital || s.prio == 2 {
			if s.typ == Location || s.typ == Country {
				prevEnd, prevPlace = s.last, s.typ == Location
			}
			continue
		}
		place := true
		f := s.first
		var prev, next string
		if f > 0 && ws[f-1].sent == ws[f].sent {
			prev = ws[f-1].text
		}
		if s.last < len(ws) && ws[s.last].sent == ws[f].sent {
			next = ws[s.last].text
		}
		switch {
		case ws[f].allCaps || next == "(":
			place = true
		case (prev == "en" || prev == "of" || prev == ",") && prevEnd == f-1:
			place = prevPlace
		case locative[prev]:
			place = true
		case copulas[next] && s.last+1 < len(ws) && ws[s.last+1].sent == ws[f].sent &&
			isDeterminer(ws[s.last+1].lw):
			// "Moskou is een grote stad", "Den Haag is de
			// regeringsstad": the copula and a noun phrase describe
			// the place.
			place = true
		case prev == "" || ws[f].sentStart || actorBefore[strings.ToLower(prev)] || finiteVerbs[prev] || finiteVerbs[next]:
			place = false
		}
		if place || m.lex.placeOnly[s.e.canonical] {
			// data/placeonly.txt: "Brussel dreigt" is the EU, the
			// region or the state; it stays a place.
			s.typ = Location
		} else {
			s.typ = Country
			s.canonical = m.lex.countryName[s.e.code]
		}
		prevEnd, prevPlace = s.last, place
	}
}
