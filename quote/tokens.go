package quote

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/token"
)

// tok is a word or a punctuation mark in the document.
type tok struct {
	s, lower   string
	start, end int
	word       bool
}

// maxWindow bounds the context read around a quote, in bytes.
const maxWindow = 600

// tokens splits doc[from:to] into words and punctuation marks. The words
// are those of package token (the tokenizer every package shares), seen
// as the rules read them: see [appendToks]. A token that runs past to is
// cut at to.
func tokens(doc string, from, to int) []tok {
	var buf [64]token.Token
	return appendToks(make([]tok, 0, (to-from)/6+1), doc, token.AppendRange(buf[:0], doc, from, to), 0, to)
}

// maxTokenRegion is the size of the largest region whose tokens
// [finder.tokens] keeps for the whole call; a larger one is tokenised
// per request, which keeps memory small on a huge paragraph.
const maxTokenRegion = 64 << 10

// tokens returns the tokens of doc[from:to] as [tokens] does. Within a
// region of at most maxTokenRegion bytes they come from the region's
// tokens, made once: package token reads forward only, so the tokens
// from a token boundary on are those of the whole region; when from or
// to falls inside a token, doc[from:to] is tokenised by itself. The
// result must not be modified.
func (f *finder) tokens(from, to int) []tok {
	if r := f.regionOf(from); r >= 0 && to <= f.regs[r].end && f.regs[r].end-f.regs[r].start <= maxTokenRegion {
		rt := f.regionTokens(r)
		lo := sort.Search(len(rt), func(k int) bool { return rt[k].end > from })
		hi := sort.Search(len(rt), func(k int) bool { return rt[k].end > to })
		if (lo == len(rt) || rt[lo].start >= from) && (hi == len(rt) || rt[hi].start >= to) {
			if lo >= hi {
				return nil
			}
			return rt[lo:hi:hi]
		}
	}
	return tokens(f.doc, from, to)
}

// regionTokens returns the tokens of region r, made once: from the
// caller's tokens where they serve (see [finder.sharedRange]), else by
// tokenizing the region. They are kept in f.mem.
func (f *finder) regionTokens(r int) []tok {
	if f.regToks == nil {
		f.regToks = make([][]tok, len(f.regs))
	}
	if f.regToks[r] == nil {
		if f.mem == nil {
			f.mem = memPool.Get().(*callMem)
		}
		m := f.mem
		rg := f.regs[r]
		n := len(m.toks)
		if ts, ok := f.sharedRange(rg.start, rg.end); ok {
			m.toks = appendToks(m.toks, f.doc, ts, f.sharedAt, rg.end)
		} else {
			m.setScratch(token.AppendRange(m.scratch[:0], f.doc, rg.start, rg.end))
			m.toks = appendToks(m.toks, f.doc, m.scratch, 0, rg.end)
		}
		f.regToks[r] = m.toks[n:len(m.toks):len(m.toks)]
	}
	return f.regToks[r]
}

// callMem is memory of one call that the next call reuses, through
// memPool: the mentions, the region tokens and sentences. A region's tokens are a
// piece of toks; when toks grows, the pieces handed out earlier keep the
// old array.
type callMem struct {
	mentions []mention
	toks     []tok
	scratch  []token.Token
	sents    []token.Sentence
	// scratchUsed and sentsUsed are the most elements of scratch and
	// sents a call has written, which release clears: clearing to the
	// capacity would make every call after one long story pay for it.
	scratchUsed, sentsUsed int
}

// setScratch keeps ts as m.scratch and notes how far it reaches.
func (m *callMem) setScratch(ts []token.Token) {
	m.scratch = ts
	m.scratchUsed = max(m.scratchUsed, len(ts))
}

// setSents keeps ss as m.sents and notes how far it reaches.
func (m *callMem) setSents(ss []token.Sentence) {
	m.sents = ss
	m.sentsUsed = max(m.sentsUsed, len(ss))
}

var memPool = sync.Pool{New: func() any { return &callMem{toks: make([]tok, 0, 1024)} }}

// maxPooled bounds the number of mentions or tokens a pooled callMem
// keeps between calls.
const maxPooled = 1 << 16

// release returns f's reusable memory to the pool; nothing made in it
// (mentions, tokens) may be used after it.
func (f *finder) release() {
	m := f.mem
	if m == nil {
		return
	}
	f.mem, f.regToks, f.mentions = nil, nil, nil
	if cap(m.toks) > maxPooled || cap(m.scratch) > maxPooled || cap(m.mentions) > maxPooled || cap(m.sents) > maxPooled {
		return
	}
	clear(m.mentions)
	clear(m.toks)
	clear(m.scratch[:m.scratchUsed])
	clear(m.sents[:m.sentsUsed])
	m.mentions, m.toks, m.scratch, m.sents = m.mentions[:0], m.toks[:0], m.scratch[:0], m.sents[:0]
	m.scratchUsed, m.sentsUsed = 0, 0
	memPool.Put(m)
}

// sharedTokens returns the caller's tokens s.Tokens when FindStory may
// read doc from them, else nil: they tile doc from s.TokenOffset on (each
// starts where the one before ends, and its Text is the text between its
// offsets), and that text ends where doc ends or before a line break. The
// tokenizer reads forward only and, past the end of a token, never beyond
// a line break, so from any token boundary on these are the tokens
// [token.AppendRange] gives for doc itself.
func sharedTokens(doc string, s Story) []token.Token {
	ts, off := s.Tokens, s.TokenOffset
	if len(ts) == 0 || off < 0 || off > len(doc) {
		return nil
	}
	at := 0
	for i := range ts {
		t := &ts[i]
		if t.Start != at || t.End <= t.Start || t.End > len(doc)-off || t.Text != doc[off+t.Start:off+t.End] {
			return nil
		}
		at = t.End
	}
	if end := off + at; end < len(doc) && doc[end] != '\n' && doc[end] != '\r' {
		return nil
	}
	return ts
}

// sharedRange returns the caller's tokens that start in doc[from:to],
// with offsets relative to f.sharedAt, when one of them starts at from
// and to lies within them; these are the tokens [token.AppendRange] gives
// for doc[from:to].
func (f *finder) sharedRange(from, to int) ([]token.Token, bool) {
	ts := f.shared
	if len(ts) == 0 {
		return nil, false
	}
	from, to = from-f.sharedAt, to-f.sharedAt
	if from < 0 || to > ts[len(ts)-1].End {
		return nil, false
	}
	lo := sort.Search(len(ts), func(k int) bool { return ts[k].Start >= from })
	if lo == len(ts) || ts[lo].Start != from {
		return nil, false
	}
	hi := lo + sort.Search(len(ts)-lo, func(k int) bool { return ts[lo+k].Start >= to })
	return ts[lo:hi], true
}

// appendToks appends the shared tokens ts of doc to dst as the rules read
// them: white space is dropped; a word, number, URL or e-mail address is
// a word; a word's final period (of an abbreviation or an initial: "dhr.",
// "J.") is a mark of its own; runs of punctuation ("...", "?!", "--") are
// one mark per character, except the two-character quote marks (two
// commas, two apostrophes).
// The offsets of ts are relative to doc[at:]; tokens are cut at limit.
func appendToks(dst []tok, doc string, ts []token.Token, at, limit int) []tok {
	for _, t := range ts {
		if t.Start+at >= limit {
			break
		}
		start, end := t.Start+at, min(t.End+at, limit)
		switch t.Kind {
		case token.Space:
			continue
		case token.Word, token.Number, token.URL, token.Email:
			if end-start > 1 && doc[end-1] == '.' && end == t.End+at && !token.IsTitle(doc[start:end-1]) {
				dst = append(dst, wordTok(doc, start, end-1), tok{s: ".", lower: ".", start: end - 1, end: end})
				continue
			}
			dst = append(dst, wordTok(doc, start, end))
		case token.Punct:
			for i := start; i < end; {
				m, w := markAt(doc, i, end)
				if m == mkNone {
					_, w = utf8.DecodeRuneInString(doc[i:end])
				}
				dst = append(dst, tok{s: doc[i : i+w], lower: doc[i : i+w], start: i, end: i + w})
				i += w
			}
		default:
			dst = append(dst, tok{s: doc[start:end], lower: doc[start:end], start: start, end: end})
		}
	}
	return dst
}

func wordTok(doc string, start, end int) tok {
	return tok{s: doc[start:end], lower: strings.ToLower(doc[start:end]), start: start, end: end, word: true}
}

// tokCache holds the tokens of part of one region, tokenised forward from
// base up to next. The windows around a run of quotes in a paragraph share
// these tokens, so each byte is tokenised about once instead of once per
// quote. Tokens before the windows in use are dropped from time to time,
// which keeps the cache small on a long paragraph.
type tokCache struct {
	region     int // region index; the cache is empty when toks is nil
	base, next int // toks holds every token that starts in [base, next)
	toks       []tok
	// free is set when no window handed out earlier is in use any more,
	// so the next window may drop old tokens in place.
	free bool
	// tokenised counts the tokens read, for tests of the cost.
	tokenised int
	// scratch is reused for the shared tokens.
	scratch []token.Token
}

// maxCached is the number of tokens the cache holds before it drops the
// ones far behind the current window.
const maxCached = 4096

// window returns the tokens that lie wholly in doc[from:to], inside region
// r. The result must not be modified.
func (c *tokCache) window(doc string, r int, rg region, from, to int) []tok {
	free := c.free
	c.free = false
	if c.toks == nil || c.region != r || from < c.base {
		*c = tokCache{region: r, base: from, next: from, toks: make([]tok, 0, 64), tokenised: c.tokenised, scratch: c.scratch}
	}
	if len(c.toks) >= maxCached && len(c.toks) == cap(c.toks) {
		// Instead of growing, drop the tokens well before this window:
		// in place when no earlier window is in use, else into a new
		// array of the same size, so that those windows stay intact.
		keep := from - 2*maxWindow
		k := sort.Search(len(c.toks), func(k int) bool { return c.toks[k].start >= keep })
		if k > len(c.toks)/2 {
			if free {
				c.toks = c.toks[:copy(c.toks, c.toks[k:])]
			} else {
				c.toks = append(make([]tok, 0, cap(c.toks)), c.toks[k:]...)
			}
			c.base = keep
		}
	}
	if c.next < to {
		ts := token.AppendRange(c.scratch[:0], doc, c.next, min(to, rg.end))
		n := len(c.toks)
		c.toks = appendToks(c.toks, doc, ts, 0, rg.end)
		c.tokenised += len(c.toks) - n
		c.next = rg.end
		if k := len(ts); k > 0 {
			c.next = min(ts[k-1].End, rg.end)
		}
		c.scratch = ts
	}
	lo := sort.Search(len(c.toks), func(k int) bool { return c.toks[k].start >= from })
	hi := sort.Search(len(c.toks), func(k int) bool { return c.toks[k].end > to })
	if lo >= hi {
		return nil
	}
	return c.toks[lo:hi:hi]
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isUpperWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// wordsAtLeast reports whether s holds at least n words, reading only as
// far as it needs to.
func wordsAtLeast(s string, n int) bool {
	k := 0
	in := false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			if k++; k >= n {
				return true
			}
		}
		in = w
	}
	return k >= n
}

// sentenceBounds returns the sorted sentence boundaries of the regions:
// their starts and ends and the ends of the sentences of
// [token.Sentences] on the regions' tokens (the caller's where they
// serve, see [finder.sharedRange]). On top of those, quotations are
// atomic: no sentence ends inside one, and a quotation ends a sentence
// when its content ends with . ! ? or … and a new sentence starts after
// it ("Dat is fout." Jansen ...).
func (f *finder) sentenceBounds() []int {
	doc, regs, pairs := f.doc, f.regs, f.pairs
	b := make([]int, 0, 2*len(regs)+len(pairs))
	if f.mem == nil {
		f.mem = memPool.Get().(*callMem)
	}
	m := f.mem
	for _, rg := range regs {
		b = append(b, rg.start, rg.end)
		if ts, ok := f.sharedRange(rg.start, rg.end); ok {
			m.setSents(token.AppendSentences(m.sents[:0], doc[f.sharedAt:], ts))
			for _, st := range m.sents {
				if e := st.End + f.sharedAt; e < rg.end {
					b = append(b, e)
				}
			}
			continue
		}
		b = m.appendBounds(b, doc, rg)
	}
	// Drop the ends inside a quotation, and add those of quotations that
	// end a sentence.
	sort.Ints(b)
	out := b[:0]
	pi, ri := 0, 0
	for _, x := range b {
		for pi < len(pairs) && pairs[pi].end < x {
			pi++
		}
		if pi < len(pairs) && pairs[pi].start < x && x <= pairs[pi].end && !isRegionEdge(regs, &ri, x) {
			continue
		}
		out = append(out, x)
	}
	ri = 0
	for _, p := range pairs {
		for ri < len(regs) && regs[ri].end < p.end {
			ri++
		}
		if ri < len(regs) && regs[ri].start <= p.start && endsSentence(doc[p.cStart:p.cEnd]) && startsSentence(doc, p.end, regs[ri].end) {
			out = append(out, p.end)
		}
	}
	sort.Ints(out)
	b = out
	out = b[:0]
	for i, x := range b {
		if i == 0 || x != b[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// boundsChunk is the size of the pieces of a region that
// [callMem.appendBounds] tokenizes at a time.
const boundsChunk = 32 << 10

// appendBounds appends the sentence ends of [token.Sentences] inside rg
// to b, tokenizing rg a piece of boundsChunk bytes at a time so that
// memory stays bounded on a huge paragraph. A piece ends inside its last
// sentences, which the next piece reads again from their start: the
// tokenizer reads forward only, so from a token boundary on its tokens
// are those of the whole region.
func (m *callMem) appendBounds(b []int, doc string, rg region) []int {
	for pos := rg.start; pos < rg.end; {
		to := min(rg.end, pos+boundsChunk)
		m.setScratch(token.AppendRange(m.scratch[:0], doc, pos, to))
		m.setSents(token.AppendSentences(m.sents[:0], doc, m.scratch))
		sents, next := m.sents, rg.end
		if to < rg.end {
			switch n := len(sents); {
			case n >= 3:
				sents, next = sents[:n-2], sents[n-2].Start
			case n == 2:
				sents, next = sents[:1], sents[1].Start
			default:
				// One long sentence: go on from its last token.
				sents, next = nil, m.scratch[len(m.scratch)-1].Start
				if next <= pos {
					next = m.scratch[len(m.scratch)-1].End
				}
			}
		}
		for _, st := range sents {
			if st.End < rg.end {
				b = append(b, st.End)
			}
		}
		if next <= pos {
			break
		}
		pos = next
	}
	return b
}

// isRegionEdge reports whether x is the start or end of a region; *ri
// is where the search starts, and x grows from call to call.
func isRegionEdge(regs []region, ri *int, x int) bool {
	for *ri < len(regs) && regs[*ri].end < x {
		*ri++
	}
	return *ri < len(regs) && (regs[*ri].start == x || regs[*ri].end == x)
}

// endsSentence reports whether quote content ends with terminal punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// startsSentence reports whether a new sentence may start after i, as
// [token.Sentences] has it after . ! ? or …: at least one space, then an
// upper-case letter, a digit or a quote mark, or the end of the region.
func startsSentence(doc string, i, end int) bool {
	j := i
	for j < end && isSpaceByte(doc[j]) {
		j++
	}
	if j >= end {
		return true
	}
	if j == i {
		return false
	}
	r, _ := utf8.DecodeRuneInString(doc[j:end])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isQuoteRune(r) || r == ',' && j+1 < end && doc[j+1] == ','
}

// boundBefore returns the last sentence boundary at or before p.
func boundBefore(bounds []int, p int) int {
	k := sort.SearchInts(bounds, p+1)
	if k > 0 {
		return bounds[k-1]
	}
	return 0
}

// boundAfter returns the first sentence boundary at or after p.
func boundAfter(bounds []int, p int) int {
	k := sort.SearchInts(bounds, p)
	if k < len(bounds) {
		return bounds[k]
	}
	return p
}

// runeStart moves i forward to the start of a rune.
func runeStart(doc string, i int) int {
	for i < len(doc) && !utf8.RuneStart(doc[i]) {
		i++
	}
	return i
}
