package parse

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names the character encoding that [Decode] found.
type Encoding string

// The encodings [Decode] recognises.
const (
	UTF8        Encoding = "utf-8"
	Latin1      Encoding = "iso-8859-1"
	Windows1252 Encoding = "windows-1252"
	UTF16LE     Encoding = "utf-16le"
	UTF16BE     Encoding = "utf-16be"
)

// ErrInvalidUTF8 is the error class of text that is not valid UTF-8. The
// errors that [Parse] and [Decode] return for such text are
// [*EncodingError] values that wrap it.
var ErrInvalidUTF8 = errors.New("parse: invalid UTF-8")

// ErrTooLarge reports an input over the size cap of [Parse] and [Decode],
// 64 MB.
var ErrTooLarge = fmt.Errorf("parse: input larger than %d bytes", maxInput)

// An EncodingError reports text that is not valid UTF-8, with the byte
// offset of the first bad byte.
type EncodingError struct {
	// Offset is the byte offset of the first byte that is not part of a
	// valid UTF-8 sequence.
	Offset int
	// LooksLatin1 reports whether the text as a whole looks like Latin-1
	// or Windows-1252, in which case [Decode] converts it.
	LooksLatin1 bool
	// Detected says what the bytes look like when that is something
	// [Decode] does not convert: "UTF-16LE without a byte-order mark",
	// "a UTF-16 surrogate encoded as UTF-8 (CESU-8 or WTF-8)". It is
	// empty when nothing was recognised.
	Detected string
}

// Error returns the message, with the offset and, for text that looks like
// Latin-1, a hint to use [Decode], or what the bytes were found to be.
func (e *EncodingError) Error() string {
	switch {
	case e.LooksLatin1:
		return fmt.Sprintf("parse: invalid UTF-8 at byte %d (the text looks like Latin-1; convert it with parse.Decode)", e.Offset)
	case e.Detected != "":
		return fmt.Sprintf("parse: invalid UTF-8 at byte %d: %s", e.Offset, e.Detected)
	}
	return fmt.Sprintf("parse: invalid UTF-8 at byte %d", e.Offset)
}

// Unwrap returns [ErrInvalidUTF8].
func (e *EncodingError) Unwrap() error { return ErrInvalidUTF8 }

// checkUTF8 returns nil when s is valid UTF-8 and an *EncodingError
// otherwise.
func checkUTF8(s string) error {
	if utf8.ValidString(s) {
		return nil
	}
	off := invalidOffset(s)
	if d := detect(s); d != "" {
		return &EncodingError{Offset: off, Detected: d}
	}
	return &EncodingError{Offset: off, LooksLatin1: looksLatin1(s)}
}

// detect recognises byte patterns that are neither UTF-8 nor Latin-1:
// UTF-16 without a byte-order mark (every other byte zero) and UTF-16
// surrogates encoded one by one as UTF-8 (ED A0–BF 80–BF), as CESU-8 and
// WTF-8 write characters outside the Basic Multilingual Plane. It returns
// a description, or "".
func detect(s string) string {
	if enc := utf16Pattern(s); enc != "" {
		return fmt.Sprintf("the text looks like %s without a byte-order mark; convert it to UTF-8 or add the mark", strings.ToUpper(string(enc)))
	}
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			return fmt.Sprintf("the bytes at %d encode a UTF-16 surrogate (CESU-8 or WTF-8, not UTF-8)", i)
		}
	}
	return ""
}

// utf16Pattern reports UTF16LE or UTF16BE when the start of s has the zero
// bytes of UTF-16 text that is mostly Latin script: at least 16 units, of
// which nearly all have their high byte zero, and almost none their low
// byte.
func utf16Pattern(s string) Encoding {
	n := min(len(s), 4096) / 2
	if n < 16 {
		return ""
	}
	even, odd := 0, 0
	for i := range n {
		if s[2*i] == 0 {
			even++
		}
		if s[2*i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd*10 >= n*6 && even*20 <= n:
		return UTF16LE
	case even*10 >= n*6 && odd*20 <= n:
		return UTF16BE
	}
	return ""
}

func invalidOffset(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(s)
}

// looksLatin1 reports whether s, which is not valid UTF-8, reads as
// single-byte Western European text: it holds no valid multi-byte UTF-8
// sequence, and most of its high bytes are letters in Latin-1.
func looksLatin1(s string) bool {
	high, letters := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
				return false // control characters: binary data
			}
			i++
			continue
		}
		if r, n := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || n != 1 {
			return false // a real UTF-8 sequence: mixed or broken UTF-8
		}
		high++
		// Latin-1 letters are 0xC0–0xFF less × (0xD7) and ÷ (0xF7); the
		// Windows-1252 range 0x80–0x9F holds quotes and dashes.
		if (c >= 0xC0 && c != 0xD7 && c != 0xF7) || (c >= 0x80 && c <= 0x9F) || c == 0xAB || c == 0xBB || c == 0xA0 {
			letters++
		}
		i++
	}
	return high > 0 && letters*10 >= high*8
}

// Decode returns b as UTF-8 text. Valid UTF-8 is returned unchanged. Text
// that starts with a UTF-16 byte-order mark is decoded from UTF-16 (the
// mark is dropped); UTF-16 without the mark, and UTF-16 surrogates encoded
// as UTF-8 (CESU-8, WTF-8), yield an [*EncodingError] that says what was
// detected.
// Text that looks like Latin-1 is decoded, as Windows-1252 when it uses
// that encoding's quotes and dashes in 0x80–0x9F and as ISO 8859-1
// otherwise. Anything else that is not valid UTF-8 yields an
// [*EncodingError] with the offset of the first bad byte. Inputs over 64
// MB yield [ErrTooLarge].
//
// The offsets in a [Document] parsed from decoded text refer to the
// decoded UTF-8 string, not to b.
func Decode(b []byte) (string, Encoding, error) {
	if len(b) > maxInput {
		return "", "", ErrTooLarge
	}
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		endian, name := unicode.LittleEndian, UTF16LE
		if b[0] == 0xFE {
			endian, name = unicode.BigEndian, UTF16BE
		}
		out, err := unicode.UTF16(endian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("parse: decoding %s: %w", name, err)
		}
		return string(out), name, nil
	}
	s := string(b)
	if enc := utf16Pattern(s); enc != "" {
		// Valid UTF-8 or not, text with every other byte zero is UTF-16
		// without its byte-order mark.
		off := strings.IndexByte(s, 0)
		if !utf8.ValidString(s) {
			off = invalidOffset(s)
		}
		return "", "", &EncodingError{Offset: off, Detected: detect(s)}
	}
	if utf8.ValidString(s) {
		return s, UTF8, nil
	}
	if d := detect(s); d != "" {
		return "", "", &EncodingError{Offset: invalidOffset(s), Detected: d}
	}
	if !looksLatin1(s) {
		return "", "", &EncodingError{Offset: invalidOffset(s)}
	}
	text, e, err := decodeLatin1(b)
	if err != nil {
		return "", "", err
	}
	return text, e, nil
}

// decodeLatin1 decodes b as Windows-1252 when it holds bytes 0x80–0x9F
// (its quotes and dashes), and as ISO 8859-1 otherwise.
func decodeLatin1(b []byte) (string, Encoding, error) {
	cm, e := charmap.ISO8859_1, Latin1
	for _, c := range b {
		if c >= 0x80 && c <= 0x9F {
			cm, e = charmap.Windows1252, Windows1252
			break
		}
	}
	out, err := cm.NewDecoder().Bytes(b)
	if err != nil {
		return "", e, fmt.Errorf("parse: decoding %s: %w", e, err)
	}
	return string(out), e, nil
}
