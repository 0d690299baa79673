package timeexpr

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds of the internal lexer.
const (
	kWord uint8 = iota + 1
	kNum
	kPunct
)

// tok is one token of the input. s is the lower-cased text; for numbers
// n is the value (or -1 when longer than 9 digits) and nd the digit count.
type tok struct {
	s          string
	start, end int
	n          int
	nd         int
	k          uint8
	sp         bool // preceded by white space
	nl         bool // preceded by a line break
}

// lexer produces tokens from a string, resumably.
type lexer struct {
	src string
	pos int
}

func (lx *lexer) done() bool { return lx.pos >= len(lx.src) }

// next appends up to max tokens to dst.
func (lx *lexer) next(dst []tok, max int) []tok {
	s := lx.src
	i := lx.pos
	sp, nl := false, false
	for n := 0; n < max && i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			sp = true
			i++
			continue
		case c == '\n':
			sp, nl = true, true
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			v := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			if j-i > 9 {
				v = -1
			}
			dst = append(dst, tok{s: s[i:j], start: i, end: j, n: v, nd: j - i, k: kNum, sp: sp, nl: nl})
			i = j
		case c < utf8.RuneSelf:
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				j := i + 1
				ascii := true
				for j < len(s) {
					d := s[j]
					if d|0x20 >= 'a' && d|0x20 <= 'z' {
						// split "geledenTEHERAN" at a lower-to-upper change
						if d <= 'Z' && s[j-1] >= 'a' && s[j-1] <= 'z' && j-i > 2 {
							break
						}
						j++
						continue
					}
					if d >= utf8.RuneSelf {
						r, w := utf8.DecodeRuneInString(s[j:])
						if r != utf8.RuneError && unicode.IsLetter(r) {
							ascii = false
							j += w
							continue
						}
					}
					break
				}
				dst = append(dst, tok{s: lower(s[i:j], ascii), start: i, end: j, k: kWord, sp: sp, nl: nl})
				i = j
			} else {
				dst = append(dst, tok{s: s[i : i+1], start: i, end: i + 1, k: kPunct, sp: sp, nl: nl})
				i++
			}
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || w == 0 {
				w = 1
			}
			if unicode.IsSpace(r) {
				sp = true
				i += w
				continue
			}
			if unicode.IsLetter(r) {
				j := i + w
				for j < len(s) {
					d := s[j]
					if d|0x20 >= 'a' && d|0x20 <= 'z' {
						// split "geledenTEHERAN" at a lower-to-upper change
						if d <= 'Z' && s[j-1] >= 'a' && s[j-1] <= 'z' && j-i > 2 {
							break
						}
						j++
						continue
					}
					if d >= utf8.RuneSelf {
						r2, w2 := utf8.DecodeRuneInString(s[j:])
						if r2 != utf8.RuneError && unicode.IsLetter(r2) {
							j += w2
							continue
						}
					}
					break
				}
				dst = append(dst, tok{s: lower(s[i:j], false), start: i, end: j, k: kWord, sp: sp, nl: nl})
				i = j
			} else {
				t := s[i : i+w]
				switch r {
				case '\u2019', '\u2018', '`', '\u00b4':
					t = "'"
				case '\u2013', '\u2014', '\u2212':
					t = "-"
				case '\u201c', '\u201d':
					t = "\""
				}
				dst = append(dst, tok{s: t, start: i, end: i + w, k: kPunct, sp: sp, nl: nl})
				i += w
			}
		}
		sp, nl = false, false
		n++
	}
	lx.pos = i
	return dst
}

func lower(s string, ascii bool) string {
	if ascii {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c >= 'A' && c <= 'Z' {
				return strings.ToLower(s)
			}
		}
		return s
	}
	return strings.ToLower(s)
}
