package timeexpr

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Token kinds of the internal lexer.
const (
	kWord uint8 = iota + 1
	kNum
	kPunct
)

// tok is one token of the input, text[start:end]; its lower-cased text is
// low[start:end] (see [lowerSameLen]). For numbers n is the value (-1 when
// longer than 9 digits) and nd the digit count. tok holds no pointers, so
// token buffers cost the garbage collector nothing.
type tok struct {
	start, end int
	n          int
	nd         uint8
	k          uint8
	norm       uint8 // ASCII stand-in for typographic punctuation (’ → ', – → -)
	tc         uint8 // tense cache (see [parser.wordClass])
	pc         uint8 // participle and separable-verb cache (see [parser.cueClass])
	lc         uint8 // lexicon class cache: 0 unknown, else the classes | lcKnown, and lcNum once n holds a number word's value (see [parser.lexClass])
	sp         bool  // preceded by white space
	nl         bool  // preceded by a line break
}

// lexer produces tokens from a string, resumably.
type lexer struct {
	src string
	low string // lowerSameLen(src)
	pos int
}

func newLexer(src string) lexer {
	return lexer{src: src, low: lowerSameLen(src, nil)}
}

// lowerSameLen lower-cases s, leaving alone any rune whose lower case has
// another UTF-8 length, so that byte offsets stay valid. It writes into buf
// when buf is large enough; the result then lives in buf.
func lowerSameLen(s string, buf []byte) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	b := buf
	if cap(b) < len(s) {
		b = make([]byte, len(s))
	}
	b = b[:len(s)]
	copy(b[:i], s)
	for i < len(b) {
		if i+8 <= len(s) {
			// eight ASCII bytes at once: add 0x20 to each of 'A'..'Z'
			x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))
			if x&hi8 == 0 {
				ge := (x + lo8*(0x80-'A')) & hi8   // bytes >= 'A'
				gt := (x + lo8*(0x80-'Z'-1)) & hi8 // bytes > 'Z'
				binary.LittleEndian.PutUint64(b[i:], x|(ge&^gt)>>2)
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		copy(b[i:i+w], s[i:])
		if l := unicode.ToLower(r); l != r && r != utf8.RuneError && utf8.RuneLen(l) == w {
			utf8.EncodeRune(b[i:], l)
		}
		i += w
	}
	return unsafe.String(&b[0], len(b)) // b is not written again while the string lives
}

const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

func (lx *lexer) done() bool { return lx.pos >= len(lx.src) }

func isLetterByte(d byte) bool { return d|0x20 >= 'a' && d|0x20 <= 'z' }

// wordEnd returns the end of the word starting at i.
func wordEnd(s string, i int) int {
	j := i + 1
	if s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRuneInString(s[i:])
		j = i + w
	}
	for j < len(s) {
		if j+8 <= len(s) {
			// skip lower-case ASCII letters eight bytes at a time
			x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[j:]), 8))
			ge := (x + lo8*(0x80-'a')) & hi8 // bytes >= 'a' (for bytes below 0x80)
			gt := (x + lo8*(0x80-'z'-1)) & hi8
			other := (^ge | gt | x) & hi8 // bytes that are no lower-case letter
			if other == 0 {
				j += 8
				continue
			}
			j += bits.TrailingZeros64(other) / 8
		}
		d := s[j]
		if d-'a' < 26 {
			j++
			continue
		}
		if d-'A' < 26 {
			// split "geledenTEHERAN" at a lower-to-upper change
			if s[j-1]-'a' < 26 && j-i > 2 {
				break
			}
			j++
			continue
		}
		if d >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(s[j:])
			if r != utf8.RuneError && unicode.IsLetter(r) {
				j += w
				continue
			}
		}
		break
	}
	return j
}

// Byte classes of the lexer.
const (
	bPunct = iota // an ASCII byte that is a token of its own
	bSpace        // ' ', '\t', '\r', '\f', '\v'
	bLine         // '\n'
	bDigit
	bLetter // an ASCII letter
	bHigh   // the first byte of a multi-byte rune, or an invalid byte
)

var byteClass = func() (c [256]uint8) {
	for b := range 256 {
		switch {
		case b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v':
			c[b] = bSpace
		case b == '\n':
			c[b] = bLine
		case b >= '0' && b <= '9':
			c[b] = bDigit
		case isLetterByte(byte(b)):
			c[b] = bLetter
		case b >= utf8.RuneSelf:
			c[b] = bHigh
		}
	}
	return c
}()

// next appends up to max tokens to dst.
func (lx *lexer) next(dst []tok, max int) []tok {
	s := lx.src
	i := lx.pos
	sp, nl := false, false
	for n := 0; n < max && i < len(s); {
		c := s[i]
		switch byteClass[c] {
		case bSpace:
			sp = true
			i++
			continue
		case bLine:
			sp, nl = true, true
			i++
			continue
		case bDigit:
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
			nd := j - i
			if nd > 255 {
				nd = 255
			}
			dst = append(dst, tok{start: i, end: j, n: v, nd: uint8(nd), k: kNum, sp: sp, nl: nl})
			i = j
		case bLetter:
			j := wordEnd(s, i)
			dst = append(dst, tok{start: i, end: j, k: kWord, sp: sp, nl: nl})
			i = j
		case bPunct:
			dst = append(dst, tok{start: i, end: i + 1, k: kPunct, sp: sp, nl: nl})
			i++
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				sp = true
				i += w
				continue
			}
			if r != utf8.RuneError && unicode.IsLetter(r) {
				j := wordEnd(s, i)
				dst = append(dst, tok{start: i, end: j, k: kWord, sp: sp, nl: nl})
				i = j
			} else {
				t := tok{start: i, end: i + w, k: kPunct, sp: sp, nl: nl}
				switch r {
				case '\u2019', '\u2018', '`', '\u00b4':
					t.norm = '\''
				case '\u2013', '\u2014', '\u2212':
					t.norm = '-'
				case '\u201c', '\u201d':
					t.norm = '"'
				}
				dst = append(dst, t)
				i += w
			}
		}
		sp, nl = false, false
		n++
	}
	lx.pos = i
	return dst
}

var normText = [256]string{'\'': "'", '-': "-", '"': "\""}
