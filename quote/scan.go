package quote

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// markKind is a quote mark.
type markKind uint8

const (
	mkNone      markKind = iota
	mkStraightD          // "
	mkStraightS          // '
	mkTwoApos            // ''
	mkTwoComma           // ,,
	mkLeftD              // “
	mkRightD             // ”
	mkLowD               // „
	mkLeftS              // ‘
	mkRightS             // ’
	mkLowS               // ‚
	mkLeftG              // «
	mkRightG             // »
	mkDiaeresis          // ¨, a stray opening mark in real copy
	mkTwoRightS          // ’’, two right single marks used as one closer
)

// closers lists for each opening mark the marks that may close it.
var closers = [...][]markKind{
	mkStraightD: {mkStraightD, mkRightD, mkTwoApos, mkTwoRightS},
	mkStraightS: {mkStraightS, mkRightS},
	mkTwoComma:  {mkTwoApos, mkRightD, mkStraightD, mkLeftD, mkTwoRightS},
	mkLeftD:     {mkRightD, mkStraightD},
	mkLowD:      {mkRightD, mkLeftD, mkStraightD, mkTwoApos, mkTwoRightS},
	mkDiaeresis: {mkTwoApos, mkRightD, mkStraightD, mkTwoRightS},
	mkLeftS:     {mkRightS, mkStraightS, mkLeftS}, // ‘…‘, a typo real copy has
	mkRightS:    {mkRightS},
	mkLowS:      {mkLeftS, mkRightS},
	mkLeftG:     {mkRightG},
	mkTwoApos:   nil,
	mkRightD:    nil,
	mkRightG:    nil,
	mkTwoRightS: nil,
}

func (m markKind) canOpen() bool {
	return int(m) < len(closers) && len(closers[m]) > 0
}

func (m markKind) canClose() bool {
	switch m {
	case mkStraightD, mkStraightS, mkTwoApos, mkLeftD, mkRightD, mkLeftS, mkRightS, mkRightG, mkTwoRightS:
		return true
	}
	return false
}

func (m markKind) single() bool {
	switch m {
	case mkStraightS, mkLeftS, mkRightS, mkLowS:
		return true
	}
	return false
}

func closes(open, close markKind) bool {
	return slices.Contains(closers[open], close)
}

// markAt returns the quote mark at doc[i:], and its width in bytes.
func markAt(doc string, i, end int) (markKind, int) {
	c := doc[i]
	switch c {
	case '"':
		return mkStraightD, 1
	case '\'':
		if i+1 < end && doc[i+1] == '\'' {
			return mkTwoApos, 2
		}
		return mkStraightS, 1
	case ',':
		if i+1 < end && doc[i+1] == ',' {
			return mkTwoComma, 2
		}
		return mkNone, 1
	}
	if c < utf8.RuneSelf {
		return mkNone, 1
	}
	r, w := utf8.DecodeRuneInString(doc[i:end])
	switch r {
	case '“':
		return mkLeftD, w
	case '”':
		return mkRightD, w
	case '„':
		return mkLowD, w
	case '‘':
		return mkLeftS, w
	case '’':
		if i+2*w <= end && doc[i+w:i+2*w] == "’" {
			return mkTwoRightS, 2 * w
		}
		return mkRightS, w
	case '‚':
		return mkLowS, w
	case '«':
		return mkLeftG, w
	case '»':
		return mkRightG, w
	case '¨':
		return mkDiaeresis, w
	}
	return mkNone, w
}

// isQuoteRune reports whether r is a quote mark character.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '„', '‘', '’', '‚', '«', '»', '¨':
		return true
	}
	return false
}

// runeBefore returns the rune ending at i, or -1 at lo.
func runeBefore(doc string, i, lo int) rune {
	if i <= lo {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(doc[lo:i])
	return r
}

// runeAfter returns the rune starting at i, or -1 at hi.
func runeAfter(doc string, i, hi int) rune {
	if i >= hi {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(doc[i:hi])
	return r
}

func isSpace(r rune) bool { return r == -1 || unicode.IsSpace(r) }

// openContext reports whether a mark between prev and next may open a quote.
func openContext(prev, next rune) bool {
	if isSpace(next) {
		return false
	}
	if isSpace(prev) || isQuoteRune(prev) {
		return true
	}
	switch prev {
	case '(', '[', '{', '-', '–', '—', ':', ';', '/':
		return true
	}
	return false
}

// closeContext reports whether a mark between prev and next may close a quote.
func closeContext(prev, next rune) bool {
	if isSpace(prev) {
		return false
	}
	if isSpace(next) || isQuoteRune(next) {
		return true
	}
	switch next {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '-', '–', '—', '/':
		return true
	}
	return false
}

// apostropheWord reports whether s (the text right after a single mark)
// makes the mark an elision apostrophe: 's avonds, 't, 'n, 's-Hertogenbosch,
// '90.
func apostropheWord(s string) bool {
	if len(s) == 0 {
		return false
	}
	switch s[0] {
	case 's', 't', 'n', 'k', 'm', 'r', 'S', 'T':
		if len(s) == 1 {
			return true
		}
		r, _ := utf8.DecodeRuneInString(s[1:])
		return !unicode.IsLetter(r)
	}
	if len(s) >= 2 && isDigit(s[0]) && isDigit(s[1]) {
		if len(s) == 2 {
			return true
		}
		r, _ := utf8.DecodeRuneInString(s[2:])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// pair is a matched quote: marks at [start, cStart) and [cEnd, end).
type pair struct {
	start, cStart, cEnd, end int
	open                     markKind
	breaks                   []paraBreak // paragraphs the quote runs on into
}

// paraBreak is where a quote runs on into the next paragraph: its text
// breaks off at end (the end of a paragraph) and resumes at next (after
// the reopening mark of the next paragraph).
type paraBreak struct{ end, next int }

// maxDepth bounds quote nesting, which keeps the scanner linear.
const maxDepth = 8

// maxBreaks bounds the paragraphs one quote may run on into; a quote still
// open after that many is dropped like any other unclosed quote.
const maxBreaks = 50

// region is a headline or paragraph.
type region struct {
	start, end int
	headline   bool
}

// scan finds the outermost matched quote pairs in the regions, in order.
// A quote left open at the end of a paragraph continues when the next
// paragraph opens with a mark of the same family; otherwise it is dropped
// and the text stays available to other quotes.
func scan(doc string, regs []region) []pair {
	type open struct {
		pos, width int
		kind       markKind
		breaks     []paraBreak
	}
	regs = slices.Clone(regs)
	var stack []open
	var pairs []pair
	for ri := 0; ri < len(regs); ri++ {
		rg := regs[ri]
		i := rg.start
		for i < rg.end {
			m, w := markAt(doc, i, rg.end)
			if m == mkNone {
				i += w
				continue
			}
			prev := runeBefore(doc, i, rg.start)
			next := runeAfter(doc, i+w, rg.end)
			if m.canClose() && closeContext(prev, next) {
				k := -1
				for j := len(stack) - 1; j >= 0; j-- {
					if closes(stack[j].kind, m) {
						k = j
						break
					}
				}
				if k >= 0 {
					o := stack[k]
					if content := doc[o.pos+o.width : i]; hasNonSpace(content) {
						pairs = append(pairs, pair{start: o.pos, cStart: o.pos + o.width, cEnd: i, end: i + w, open: o.kind, breaks: o.breaks})
					}
					stack = stack[:k]
					i += w
					continue
				}
			}
			if m.canOpen() && (openContext(prev, next) || (m == mkLowD || m == mkTwoComma) && openContext(prev, 'x')) && len(stack) < maxDepth {
				// „ and ,, only ever open, also before a stray space ("„ Er is …")
				if !(m.single() || m == mkRightS) || !apostropheWord(doc[i+w:rg.end]) {
					stack = append(stack, open{pos: i, width: w, kind: m})
				}
			}
			i += w
		}
		if len(stack) == 0 {
			continue
		}
		// Continuation into the next paragraph.
		outer := stack[0]
		stack = stack[:0]
		if rg.headline || ri+1 >= len(regs) {
			continue
		}
		nx := regs[ri+1]
		j := nx.start
		for j < nx.end && isSpaceByte(doc[j]) {
			j++
		}
		if j >= nx.end {
			continue
		}
		m, w := markAt(doc, j, nx.end)
		if m.canOpen() && m.single() == outer.kind.single() && !isSpace(runeAfter(doc, j+w, nx.end)) && len(outer.breaks) < maxBreaks {
			// The open quote owns its breaks: a pair takes them only when
			// the quote closes, and then it is off the stack, so appending
			// in place never changes a reported pair.
			outer.breaks = append(outer.breaks, paraBreak{end: rg.end, next: j + w})
			stack = append(stack, outer)
			// Scan the next paragraph after its reopening mark.
			regs[ri+1].start = j + w
		}
	}
	return outermost(pairs)
}

// outermost sorts pairs by start and drops the ones nested in another.
func outermost(pairs []pair) []pair {
	slices.SortFunc(pairs, func(a, b pair) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	out := pairs[:0]
	last := -1
	for _, p := range pairs {
		if p.start < last {
			continue
		}
		out = append(out, p)
		last = p.end
	}
	return out
}

func hasNonSpace(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return true
		}
	}
	return false
}
