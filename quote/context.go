// Where things are: mentions, quote pairs, regions and sentence starts
// around an offset.

package quote

import (
	"sort"
	"strings"
	"unicode"
)

// canonical returns the resolved name of a mention.
func (m *mention) canonical() string {
	if m.Canonical != "" {
		return m.Canonical
	}
	return m.Text
}

// datelineEnd skips a dateline "BRUSSEL (ANP) - " at doc[a:b], also when
// scraping glued text before the place ("28 minuten geledenTEHERAN (ANP) -").
func datelineEnd(doc string, a, b int) int {
	s := doc[a:b]
	if e := capsDateline(s); e > 0 {
		return a + e
	}
	open := strings.IndexByte(s[:min(len(s), 81)], '(')
	if open < 2 || open > 80 {
		return a
	}
	// the place right before the parenthesis is in capitals
	place := strings.TrimRight(s[:open], " ")
	caps := 0
	for _, r := range place {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLower(r):
			caps = 0
		}
	}
	if caps < 2 {
		return a
	}
	close := strings.IndexByte(s[open:min(len(s), open+41)], ')')
	if close < 0 || close > 40 {
		return a
	}
	t := strings.TrimLeft(s[open+close+1:], " ")
	for _, d := range []string{"-", "–", "—"} {
		if strings.HasPrefix(t, d) {
			t = strings.TrimLeft(t[len(d):], " ")
			return b - len(t)
		}
	}
	return a
}

// mentionFor returns the mention starting at token t that covers it whole.
func (f *finder) mentionFor(t tok) *mention {
	if m := f.mentionAt(t.start); m != nil && m.End >= t.end {
		return m
	}
	return nil
}

// mentionAt returns the mention starting at i.
func (f *finder) mentionAt(i int) *mention {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= i })
	var best *mention
	for ; k < len(f.mentions) && f.mentions[k].Start == i; k++ {
		if best == nil || f.mentions[k].End > best.End {
			best = &f.mentions[k]
		}
	}
	return best
}

// inQuote reports whether i lies inside a quoted pair.
func (f *finder) inQuote(i int) bool {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].end > i })
	return k < len(f.pairs) && f.pairs[k].start <= i
}

// regionOf returns the index of the region holding i, or -1.
func (f *finder) regionOf(i int) int {
	k := sort.Search(len(f.regs), func(k int) bool { return f.regs[k].end > i })
	if k < len(f.regs) && f.regs[k].start <= i {
		return k
	}
	return -1
}

// sentenceInitial reports whether only spaces, quote marks and dashes
// stand between the start of the sentence and i.
func (f *finder) sentenceInitial(i int) bool {
	s := boundBefore(f.bounds, i)
	s = datelineEnd(f.doc, s, i)
	for _, r := range f.doc[s:i] {
		if !isSpace(r) && !isQuoteRune(r) && r != '-' && r != '–' && r != '—' {
			return false
		}
	}
	return true
}

func (f *finder) hasQuoteBetween(a, b int) bool {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].start >= a })
	return k < len(f.pairs) && f.pairs[k].end <= b
}

func (f *finder) hasPairIn(a, b int) bool {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].end > a })
	return k < len(f.pairs) && f.pairs[k].start < b
}

func (f *finder) pairStartsAt(i int) bool {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].start >= i })
	return k < len(f.pairs) && f.pairs[k].start == i
}

func (f *finder) pairEndsAt(i int) bool {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].end >= i })
	return k < len(f.pairs) && f.pairs[k].end == i
}

// capsDateline returns the length of a dateline without an agency at the
// start of s, a place in capitals and a dash ("BOXTEL - ",
// "HEIKANT/OOSTERHOUT – "), or 0.
func capsDateline(s string) int {
	caps := 0
	for i, r := range s {
		switch {
		case i > 40:
			return 0
		case unicode.IsUpper(r):
			caps++
		case r == ' ' && caps >= 2:
			t := s[i+1:]
			for _, d := range []string{"- ", "– ", "— "} {
				if strings.HasPrefix(t, d) {
					return i + 1 + len(d)
				}
			}
			if strings.HasPrefix(t, "(") || len(t) > 0 && unicode.IsUpper(rune(t[0])) {
				continue
			}
			return 0
		case r == '/' || r == '-' || r == '\'' || r == '.' || r == ' ':
		default:
			return 0
		}
	}
	return 0
}
