package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of the input: [start, end) excludes the line break, and
// [trimStart, trimEnd) further excludes surrounding blanks.
type line struct {
	start, end         int
	trimStart, trimEnd int
}

func (l line) blank() bool { return l.trimStart >= l.trimEnd }

// splitLines splits s at "\n", "\r\n" and "\r" and trims each line of
// blanks (see isBlank). It never copies s.
func splitLines(s string) []line {
	return appendLines(nil, s)
}

// appendLines appends the lines of s (see splitLines) to lines. Text
// without "\r" (nearly all) is cut at each "\n" that strings.IndexByte
// finds; other text is read byte by byte.
func appendLines(lines []line, s string) []line {
	lines = slices.Grow(lines, strings.Count(s, "\n")+1)
	start := 0
	if strings.IndexByte(s, '\r') < 0 {
		for {
			n := strings.IndexByte(s[start:], '\n')
			if n < 0 {
				break
			}
			lines = append(lines, trimLine(s, start, start+n))
			start += n + 1
		}
		if start < len(s) {
			lines = append(lines, trimLine(s, start, len(s)))
		}
		return lines
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\n' && c != '\r' {
			continue
		}
		lines = append(lines, trimLine(s, start, i))
		if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	if start < len(s) {
		lines = append(lines, trimLine(s, start, len(s)))
	}
	return lines
}

func trimLine(s string, start, end int) line {
	l := line{start: start, end: end}
	l.trimStart = skipBlank(s, start, end)
	l.trimEnd = trimBlankRight(s, l.trimStart, end)
	return l
}

// isBlank reports whether r is white space or an invisible format
// character that scraped pages scatter through text: NBSP, narrow NBSP,
// zero-width space and joiners, word joiner, the BOM and soft hyphen.
func isBlank(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', 0xA0, 0x202F, 0x2007, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD:
		return true
	}
	if r < utf8.RuneSelf {
		return false
	}
	return unicode.IsSpace(r)
}

// isInvisible reports whether r is a format character with no width, which
// may sit inside a token without separating it.
func isInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD:
		return true
	}
	return false
}

// skipBlank returns the offset of the first non-blank rune in s[i:end].
func skipBlank(s string, i, end int) int {
	for i < end {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\v' || c == '\f' {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:end])
		if !isBlank(r) {
			return i
		}
		i += n
	}
	return end
}

// skipInvisible returns the offset of the first rune in s[i:end] that is
// not a zero-width format character.
func skipInvisible(s string, i, end int) int {
	for i < end && s[i] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s[i:end])
		if !isInvisible(r) {
			break
		}
		i += n
	}
	return i
}

// trimBlankRight returns the end of s[start:end] without trailing blanks.
func trimBlankRight(s string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !isBlank(r) {
			break
		}
		end -= n
	}
	return end
}

// isDash reports whether r is a dash that can end a dateline.
func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '‒' || r == '−'
}

// endsLikeSentence reports whether the text s[start:end] ends like a
// sentence or a clause (also inside a closing quote mark), so that it
// cannot be a headline or title.
func endsLikeSentence(s string, start, end int) bool {
	if end <= start {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(s[start:end])
	switch r {
	case '.', ',', ';', ':':
		return true
	case '"', '”', '\'', '’', '»', ')':
		// A sentence that ends inside its closing mark: ... schande."
		r2, _ := utf8.DecodeLastRuneInString(s[start : end-n])
		return r2 == '.' || r2 == ','
	}
	return false
}

// countWords returns the number of blank-separated words in s[start:end].
//
// ASCII bytes are read without decoding: of them only space, tab, vertical
// tab and form feed are blank (see isBlank).
func countWords(s string, start, end int) int {
	n := 0
	in := false
	for i := start; i < end; {
		var blank bool
		if c := s[i]; c < utf8.RuneSelf {
			blank = c == ' ' || c == '\t' || c == '\v' || c == '\f'
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:end])
			blank = isBlank(r)
			i += w
		}
		if blank {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// isLetter reports whether r is a letter.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// isUpper reports whether r is an upper-case letter.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}
