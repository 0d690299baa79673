package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or a punctuation mark in the document.
type tok struct {
	s, lower   string
	start, end int
	word       bool
}

// maxWindow bounds the context read around a quote, in bytes.
const maxWindow = 600

// tokens splits doc[from:to] into words and punctuation marks. A word is a
// run of letters and digits, with inner hyphens, apostrophes and periods
// ("secretaris-generaal", "zo'n", "o.a").
func tokens(doc string, from, to int) []tok {
	ts := make([]tok, 0, (to-from)/6+1)
	for i := from; ; {
		t, ok := nextTok(doc, i, to)
		if !ok {
			return ts
		}
		ts = append(ts, t)
		i = t.end
	}
}

// nextTok returns the first token in doc[i:to], skipping space; ok is false
// when there is none.
func nextTok(doc string, i, to int) (t tok, ok bool) {
	for i < to {
		r, w := utf8.DecodeRuneInString(doc[i:to])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			m, mw := markAt(doc, i, to)
			if m == mkNone {
				mw = w
			}
			return tok{s: doc[i : i+mw], lower: doc[i : i+mw], start: i, end: i + mw}, true
		}
		j := i + w
		for j < to {
			r, w := utf8.DecodeRuneInString(doc[j:to])
			if isWordRune(r) {
				j += w
				continue
			}
			if r == '-' || r == '\'' || r == '’' || r == '.' {
				if r2, _ := utf8.DecodeRuneInString(doc[j+w : to]); j+w < to && isWordRune(r2) {
					j += w
					continue
				}
			}
			break
		}
		return tok{s: doc[i:j], lower: strings.ToLower(doc[i:j]), start: i, end: j, word: true}, true
	}
	return tok{}, false
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
		*c = tokCache{region: r, base: from, next: from, toks: make([]tok, 0, 64), tokenised: c.tokenised}
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
	for c.next < to {
		t, ok := nextTok(doc, c.next, rg.end)
		if !ok {
			c.next = rg.end
			break
		}
		c.toks = append(c.toks, t)
		c.next = t.end
		c.tokenised++
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

// wordCount counts words in s.
func wordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// abbreviations never end a sentence.
var abbreviations = map[string]bool{
	"dhr": true, "mevr": true, "mr": true, "dr": true, "drs": true, "ir": true, "ing": true,
	"prof": true, "bijv": true, "bv": true, "enz": true, "ca": true, "nr": true, "st": true,
	"jl": true, "blz": true, "resp": true, "vs": true, "mln": true, "mld": true, "mrd": true,
	"min": true, "max": true, "o.a": true, "e.d": true, "i.p.v": true, "m.b.t": true, "t.o.v": true,
	"z.g": true, "d.w.z": true, "m.n": true, "n.a.v": true, "gen": true, "lt": true, "kol": true,
	"sr": true, "jr": true, "ds": true, "mgr": true, "plv": true, "vz": true, "etc": true,
}

// sentenceBounds returns the sorted sentence boundaries of the regions.
// Quotes are atomic: a period inside a quote ends a sentence only when the
// quote ends it too ("Dat is fout." Jansen ...).
func sentenceBounds(doc string, regs []region, pairs []pair) []int {
	var b []int
	pi := 0
	skipTo := 0
	for _, rg := range regs {
		b = append(b, rg.start, rg.end)
		i := max(rg.start, skipTo)
		for i < rg.end {
			for pi < len(pairs) && pairs[pi].start < i {
				pi++
			}
			if pi < len(pairs) && pairs[pi].start == i {
				p := pairs[pi]
				pi++
				skipTo = p.end
				if p.end <= rg.end && endsSentence(doc[p.cStart:p.cEnd]) && startsSentence(doc, p.end, rg.end) {
					b = append(b, p.end)
				}
				i = p.end
				continue
			}
			c := doc[i]
			if c == '.' || c == '!' || c == '?' || (c == 0xE2 && strings.HasPrefix(doc[i:], "…")) {
				if c == '.' && abbreviationBefore(doc, i, rg.start) {
					i++
					continue
				}
				j := i
				for j < rg.end {
					r, w := utf8.DecodeRuneInString(doc[j:rg.end])
					if r == '.' || r == '!' || r == '?' || r == '…' || r == ')' {
						j += w
						continue
					}
					break
				}
				if startsSentence(doc, j, rg.end) {
					b = append(b, j)
				}
				i = j
				continue
			}
			i++
		}
	}
	sort.Ints(b)
	out := b[:0]
	for i, x := range b {
		if i == 0 || x != b[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// endsSentence reports whether quote content ends with terminal punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// startsSentence reports whether a new sentence may start after i: at least
// one space, then an upper-case letter, a digit or an opening mark, or the
// end of the region.
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

// abbreviationBefore reports whether the period at i ends an abbreviation or
// an initial ("J. Stoltenberg").
func abbreviationBefore(doc string, i, lo int) bool {
	j := i
	for j > lo {
		r, w := utf8.DecodeLastRuneInString(doc[lo:j])
		if !isWordRune(r) && r != '.' {
			break
		}
		j -= w
	}
	w := doc[j:i]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 && isUpperWord(w) {
		return true
	}
	return abbreviations[strings.ToLower(w)] || strings.Contains(w, ".")
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
