package token

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the class of a [Token].
type Kind uint8

// The token kinds. The zero Kind is [Invalid].
const (
	// Invalid is one byte that is not valid UTF-8.
	Invalid Kind = iota
	// Word is a run of letters and digits that starts with a letter,
	// including internal hyphens and apostrophes (NAVO-chef, auto's,
	// zo'n), elisions ('s, 't), abbreviations with their period (o.a.,
	// dhr.), initials (J.P.) and compounds that start with a digit
	// (17-jarige, 16- in "16- en 17-jarige").
	Word
	// Number is a run of ASCII digits with internal separators (1.000,50,
	// 15.30, 15/06, 2024-03-01), a time such as 17u10, an ordinal such as
	// 21ste, or a year such as '80.
	Number
	// Punct is a punctuation mark: quotes, brackets, dashes, and runs
	// of sentence-final marks ("...", "?!").
	Punct
	// Space is a run of white space, including NBSP, line and paragraph
	// separators and zero-width characters.
	Space
	// Symbol is any other character: currency and math signs, %, °,
	// emoji and control characters. Each is its own token.
	Symbol
	// URL is a web address that starts with http://, https:// or www.
	URL
	// Email is an e-mail address.
	Email
)

var kindNames = [...]string{
	Invalid: "invalid",
	Word:    "word",
	Number:  "number",
	Punct:   "punct",
	Space:   "space",
	Symbol:  "symbol",
	URL:     "url",
	Email:   "email",
}

// String returns the lower-case name of k, such as "word".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements [encoding.TextMarshaler]. It returns the name
// given by [Kind.String].
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, errBadKind(k.String())
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the
// names returned by [Kind.String].
func (k *Kind) UnmarshalText(text []byte) error {
	for i, n := range kindNames {
		if n == string(text) {
			*k = Kind(i)
			return nil
		}
	}
	return errBadKind(string(text))
}

// IsWordLike reports whether tokens of kind k carry content: words,
// numbers, URLs and e-mail addresses.
func (k Kind) IsWordLike() bool {
	return k == Word || k == Number || k == URL || k == Email
}

type errBadKind string

// Error implements error.
func (e errBadKind) Error() string { return "token: unknown kind " + strconv.Quote(string(e)) }

// Token is one token of an input string. Text is always
// input[Start:End].
type Token struct {
	// Text is the token as it appears in the input.
	Text string `json:"text"`
	// Start is the byte offset of the token in the input.
	Start int `json:"start"`
	// End is the byte offset just past the token.
	End int `json:"end"`
	// Kind is the class of the token.
	Kind Kind `json:"kind"`
}

// Tokenize splits s into tokens. The tokens tile s: every byte belongs
// to exactly one token, white space included, so concatenating the Text
// of all tokens gives s back. Tokenize never fails; invalid UTF-8 bytes
// become [Invalid] tokens of one byte.
func Tokenize(s string) []Token {
	// Prose has about two tokens per space; the rest covers punctuation.
	return Append(make([]Token, 0, 2*strings.Count(s, " ")+len(s)/16+1), s)
}

// Append appends the tokens of s to dst and returns the extended slice.
// It does not allocate when dst has room for all tokens.
func Append(dst []Token, s string) []Token {
	for i := 0; i < len(s); {
		j, k := next(s, i)
		if j <= i { // cannot happen; guarantees progress
			_, w := utf8.DecodeRuneInString(s[i:])
			j, k = i+w, Symbol
		}
		if len(dst) == cap(dst) {
			dst = slices.Grow(dst, (len(s)-i)/4+16)
		}
		n := len(dst)
		dst = dst[:n+1]
		t := &dst[n]
		t.Text, t.Start, t.End, t.Kind = s[i:j], i, j, k
		i = j
	}
	return dst
}

// AppendRange appends to dst the tokens of s that start in s[from:to] and
// returns the extended slice. Offsets are into s, and the tokens are those
// [Tokenize] gives for s as long as from is the start of one of them: the
// tokenizer looks at s past to where it needs to (a last token may end
// after to). A stage that reads only part of a document, such as the
// context around a quote, gets the same tokens as a pass over the whole
// document, with offsets into it. Out-of-range offsets are clamped.
func AppendRange(dst []Token, s string, from, to int) []Token {
	from, to = max(from, 0), min(to, len(s))
	for i := from; i < to; {
		j, k := next(s, i)
		if j <= i {
			_, w := utf8.DecodeRuneInString(s[i:])
			j, k = i+w, Symbol
		}
		dst = append(dst, Token{Text: s[i:j], Start: i, End: j, Kind: k})
		i = j
	}
	return dst
}

// Byte classes of ASCII characters.
const (
	cOther uint8 = iota // ASCII symbol
	cSpace              // \t \n \v \f \r and space
	cLower              // a-z
	cUpper              // A-Z
	cDigit              // 0-9
	cPunct              // ASCII punctuation per unicode.IsPunct
	cCtrl               // other control characters
	cHigh               // non-ASCII lead or continuation byte
)

var class = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 0x80:
			t[c] = cHigh
		case c == ' ' || c >= '\t' && c <= '\r':
			t[c] = cSpace
		case c >= 'a' && c <= 'z':
			t[c] = cLower
		case c >= 'A' && c <= 'Z':
			t[c] = cUpper
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case c < 0x20 || c == 0x7f:
			t[c] = cCtrl
		case unicode.IsPunct(rune(c)):
			t[c] = cPunct
		default:
			t[c] = cOther
		}
	}
	return t
}()

// decode returns the rune at s[i] and its width. An invalid byte gives
// (utf8.RuneError, 1). i must be < len(s).
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// at returns the rune at s[i], or -1 when i >= len(s).
func at(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	return decode(s, i)
}

// isJoiner reports whether r is a format character that belongs inside a
// word when it stands between two letters: soft hyphen, ZWNJ, ZWJ and
// word joiner. Elsewhere these count as white space.
func isJoiner(r rune) bool {
	return r == 0xAD || r == 0x200C || r == 0x200D || r == 0x2060
}

// isSpaceRune reports whether r is white space for tokenizing: Unicode
// white space and format characters such as ZWSP and BOM.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && class[r] == cSpace
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// isWordRune reports whether r can make up a word: a letter, an ASCII
// digit, a combining mark, or a non-ASCII number such as ².
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		if r < 0 {
			return false
		}
		c := class[r]
		return c == cLower || c == cUpper || c == cDigit
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r)
}

// isLetter reports whether r is a letter (not a digit).
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		if r < 0 {
			return false
		}
		c := class[r]
		return c == cLower || c == cUpper
	}
	return unicode.IsLetter(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// wordRuneAt reports whether a word rune starts at s[i].
func wordRuneAt(s string, i int) bool {
	r, _ := at(s, i)
	return isWordRune(r)
}

// next scans the token that starts at s[i] and returns its end and kind.
func next(s string, i int) (int, Kind) {
	c := s[i]
	switch class[c] {
	case cSpace:
		return scanSpace(s, i+1), Space
	case cLower, cUpper:
		return scanWord(s, i)
	case cDigit:
		return scanNumber(s, i)
	case cCtrl:
		return i + 1, Symbol
	case cPunct:
		return scanPunct(s, i)
	case cOther:
		return i + 1, Symbol
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && w == 1:
		return i + 1, Invalid
	case r == '’':
		return scanApostrophe(s, i, w)
	case isWordRune(r) && !unicode.IsMark(r):
		return scanWord(s, i)
	case isSpaceRune(r):
		return scanSpace(s, i+w), Space
	case r == '…':
		return i + w, Punct
	case unicode.IsPunct(r):
		return i + w, Punct
	}
	// A symbol (or a stray combining mark) takes the marks that follow it,
	// such as an emoji variation selector.
	j := i + w
	for j < len(s) {
		r, w := decode(s, j)
		if r == utf8.RuneError || !unicode.IsMark(r) {
			break
		}
		j += w
	}
	return j, Symbol
}

// scanSpace returns the end of the white-space run that continues at s[i].
func scanSpace(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if class[c] != cSpace {
				return i
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !isSpaceRune(r) {
			return i
		}
		i += w
	}
	return i
}

// scanPunct scans a token that starts with ASCII punctuation at s[i].
func scanPunct(s string, i int) (int, Kind) {
	c := s[i]
	switch c {
	case '.', '!', '?':
		j := i + 1
		for j < len(s) && (s[j] == '.' || s[j] == '!' || s[j] == '?') {
			j++
		}
		return j, Punct
	case ',':
		if i+1 < len(s) && s[i+1] == ',' {
			return i + 2, Punct // Dutch low opening quote ,,
		}
	case '`':
		if i+1 < len(s) && s[i+1] == '`' {
			return i + 2, Punct
		}
	case '-':
		j := i + 1
		for j < len(s) && s[j] == '-' {
			j++
		}
		return j, Punct
	case '\'':
		return scanApostrophe(s, i, 1)
	case '%':
		return i + 1, Symbol
	}
	return i + 1, Punct
}

// scanApostrophe scans a token that starts with an apostrophe (' or ’)
// of width w at s[i]: the elisions 's 't 'n 'k 'm, a year such as '80,
// the name 's-Hertogenbosch, two apostrophes used as one quote mark, or
// a lone quote mark.
func scanApostrophe(s string, i, w int) (int, Kind) {
	j := i + w
	if j >= len(s) {
		return j, Punct
	}
	c := s[j]
	if w == 1 && c == '\'' {
		return j + 1, Punct
	}
	switch c {
	case 's', 't', 'n', 'k', 'm':
		if c == 's' && j+2 < len(s) && s[j+1] == '-' {
			if r, _ := decode(s, j+2); isLetter(r) {
				// 's-Hertogenbosch, 's-Gravenhage
				return scanWordFrom(s, i, j+1), Word
			}
		}
		if !wordRuneAt(s, j+1) {
			return j + 1, Word
		}
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		if isDigitAt(s, j+1) && !wordRuneAt(s, j+2) {
			return j + 2, Number // de jaren '80
		}
	}
	return j, Punct
}

// scanNumber scans a token that starts with an ASCII digit at s[i].
func scanNumber(s string, i int) (int, Kind) {
	start := i
	i = skipDigits(s, i)
	for i+1 < len(s) && isDigitAt(s, i+1) {
		switch s[i] {
		case '.', ',', ':', '/', '-':
			i = skipDigits(s, i+1)
			continue
		}
		break
	}
	if i >= len(s) {
		return i, Number
	}
	switch c := s[i]; {
	case c == 'u' || c == 'h':
		// 17u10, 17h30, 17u
		j := skipDigits(s, i+1)
		if !wordRuneAt(s, j) {
			return j, Number
		}
	case c == 'e' || c == 'd' || c == 's':
		// ordinals 1e, 2de, 21ste
		j := i
		switch {
		case strings.HasPrefix(s[i:], "ste"):
			j = i + 3
		case strings.HasPrefix(s[i:], "de"):
			j = i + 2
		case c == 'e':
			j = i + 1
		}
		if j > i && !wordRuneAt(s, j) {
			if hyphenWord(s, j) {
				return scanWordFrom(s, start, j), Word
			}
			return j, Number
		}
	case c == '-' || c == 0xE2:
		if hyphenWord(s, i) {
			return scanWordFrom(s, start, i), Word // 17-jarige
		}
		if w := hyphenWidth(s, i); w > 0 && truncated(s, i+w) {
			return i + w, Word // 16- in "16- en 17-jarige"
		}
	}
	return i, Number
}

func skipDigits(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// hyphenWidth returns the width of the hyphen (-, U+2010 or U+2011) at
// s[i], or 0.
func hyphenWidth(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == '-' {
		return 1
	}
	if s[i] == 0xE2 {
		if r, w := decode(s, i); r == 0x2010 || r == 0x2011 {
			return w
		}
	}
	return 0
}

// hyphenWord reports whether a hyphen at s[i] joins a word rune.
func hyphenWord(s string, i int) bool {
	w := hyphenWidth(s, i)
	return w > 0 && wordRuneAt(s, i+w)
}

// truncated reports whether a hyphen that ends just before s[i] marks a
// truncated compound: it is followed by a comma, or by white space and a
// conjunction, as in "16- en 17-jarigen" or "land- of tuinbouw".
func truncated(s string, i int) bool {
	if i < len(s) && s[i] == ',' {
		return true
	}
	j := i
	for n := 0; n < 3 && j < len(s); n++ {
		if s[j] == ' ' || s[j] == '\t' {
			j++
		} else if strings.HasPrefix(s[j:], "\u00a0") {
			j += 2
		} else {
			break
		}
	}
	if j == i {
		return false
	}
	for _, conj := range [...]string{"en", "of", "tot", "noch", "als"} {
		if strings.HasPrefix(s[j:], conj) && !wordRuneAt(s, j+len(conj)) {
			return true
		}
	}
	return false
}

// scanWord scans a token that starts with a letter at s[i].
func scanWord(s string, i int) (int, Kind) {
	if hasURLPrefix(s[i:]) {
		if j := scanURL(s, i); j > i {
			return j, URL
		}
	}
	j := scanWordFrom(s, i, i)
	if j < len(s) && s[j] == '@' {
		if k := scanEmail(s, i, j); k > j {
			return k, Email
		}
	}
	return j, Word
}

// scanWordFrom continues the word that started at s[start] from s[i] and
// returns its end.
func scanWordFrom(s string, start, i int) int {
	segLen := 0    // runes in the current period-separated segment
	dots := 0      // internal periods so far
	single := true // every finished segment has one letter
	lowerRun := 0  // lower-case letters just before i
	for i < len(s) {
		switch class[s[i]] { // ASCII fast path
		case cLower:
			lowerRun++
			segLen++
			i++
			continue
		case cUpper:
			if lowerRun >= 3 && gluedCaps(s, i) {
				return i
			}
			lowerRun = 0
			segLen++
			i++
			continue
		case cDigit:
			lowerRun = 0
			segLen++
			i++
			continue
		}
		r, w := decode(s, i)
		if isWordRune(r) {
			if isUpper(r) {
				if lowerRun >= 3 && gluedCaps(s, i) {
					return i // "geledenTEHERAN": scraping glued two words
				}
				lowerRun = 0
			} else if isLower(r) {
				lowerRun++
			} else if !unicode.IsMark(r) {
				lowerRun = 0
			}
			segLen++
			i += w
			continue
		}
		switch {
		case r == '-' || r == 0x2010 || r == 0x2011:
			if wordRuneAt(s, i+w) || i+w < len(s) && s[i+w] == '\'' && wordRuneAt(s, i+w+1) {
				// NAVO-chef, rock-'n-roll
				lowerRun = 0
				i += w
				continue
			}
			if truncated(s, i+w) {
				return i + w
			}
		case r == '\'' || r == '’':
			if r2, _ := at(s, i+w); isLetter(r2) {
				lowerRun = 0
				i += w
				continue
			}
		case isJoiner(r), r == '&', r == '_':
			if wordRuneAt(s, i+w) {
				i += w
				continue
			}
		case r == '.':
			r2, _ := at(s, i+1)
			if segLen > 0 && (isLower(r2) || r2 >= '0' && r2 <= '9' || segLen <= 2 && isUpper(r2)) {
				// o.a, d.w.z, J.P, SP.A, nu.nl, 2.0
				if segLen != 1 {
					single = false
				}
				dots++
				segLen = 0
				lowerRun = 0
				i++
				continue
			}
			if attachPeriod(s[start:i], dots, segLen, single) {
				return i + 1
			}
		}
		break
	}
	return i
}

// attachPeriod reports whether the period after word belongs to it: word
// is a known abbreviation, an initial (J), or a chain of single letters
// (o.a, d.w.z, A.J).
func attachPeriod(word string, dots, segLen int, single bool) bool {
	if dots > 0 && single && segLen == 1 {
		return true
	}
	if dots == 0 && segLen == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		if isUpper(r) {
			return true // initial: J. Stoltenberg
		}
	}
	return lookupAbbrev(word) != 0
}

// gluedCaps reports whether the upper-case letter at s[i] starts a run of
// two or more upper-case letters that ends the word, as in
// "geledenTEHERAN".
func gluedCaps(s string, i int) bool {
	n := 0
	for i < len(s) {
		r, w := decode(s, i)
		if !isUpper(r) {
			if isWordRune(r) {
				return false
			}
			break
		}
		n++
		i += w
	}
	return n >= 2
}

// hasURLPrefix reports whether s starts with http://, https:// or www.
func hasURLPrefix(s string) bool {
	if len(s) >= 5 && (s[0] == 'w' || s[0] == 'W') {
		return strings.EqualFold(s[:4], "www.") && wordRuneAt(s, 4)
	}
	if len(s) >= 8 && (s[0] == 'h' || s[0] == 'H') {
		return strings.EqualFold(s[:7], "http://") || len(s) >= 9 && strings.EqualFold(s[:8], "https://")
	}
	return false
}

// scanURL returns the end of the URL that starts at s[i]. The URL ends
// at white space, invalid UTF-8 or a quote mark; trailing punctuation and
// an unbalanced closing bracket are left out.
func scanURL(s string, i int) int {
	start := i
	for i < len(s) {
		r, w := decode(s, i)
		if r == utf8.RuneError && w == 1 || isSpaceRune(r) || r < 0x20 ||
			r == '"' || r == '<' || r == '>' || r == '`' || unicode.In(r, unicode.Pi, unicode.Pf) ||
			r >= utf8.RuneSelf && unicode.IsPunct(r) {
			break
		}
		i += w
	}
	open := strings.Count(s[start:i], "(") + strings.Count(s[start:i], "[")
	closed := strings.Count(s[start:i], ")") + strings.Count(s[start:i], "]")
	for i > start {
		c := s[i-1]
		switch {
		case strings.IndexByte(".,;:!?'", c) >= 0:
		case (c == ')' || c == ']') && open < closed:
			closed--
		default:
			return i
		}
		i--
	}
	return i
}

// scanEmail returns the end of the e-mail address whose local part is
// s[start:at] and whose @ is at s[at], or at when there is none.
func scanEmail(s string, start, atSign int) int {
	for k := start; k < atSign; k++ {
		c := s[k]
		if !(c < utf8.RuneSelf && (class[c] == cLower || class[c] == cUpper || class[c] == cDigit) ||
			c == '.' || c == '-' || c == '_' || c == '+' || c == '\'') {
			return atSign
		}
	}
	i := atSign + 1
	labels := 0
	end := atSign
	for {
		j := i
		for j < len(s) && (class[s[j]] == cLower || class[s[j]] == cUpper || class[s[j]] == cDigit || s[j] == '-') {
			j++
		}
		if j == i || s[j-1] == '-' || s[i] == '-' {
			break
		}
		labels++
		if labels >= 2 {
			end = j
		}
		if j+1 < len(s) && s[j] == '.' && class[s[j+1]] != cSpace {
			i = j + 1
			continue
		}
		break
	}
	return end
}
