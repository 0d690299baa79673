package parse

import (
	"errors"
	"io"
	"iter"
	"strings"
	"unicode/utf8"
)

// PieceSize is the default size of the pieces [Pieces] cuts: 1 MiB, which
// [Parse] takes in about 35 MB of memory.
const PieceSize = 1 << 20

// A Piece is a part of a long text, as [Pieces] cuts it.
type Piece struct {
	// Text is the piece, decoded to UTF-8.
	Text string
	// Start is where Text starts in the whole decoded text: the sum of
	// the lengths of the pieces before it. For UTF-8 input it is the byte
	// offset in the input. Pass it as [Input].Offset to [ParseAll] to get
	// offsets into the whole text.
	Start int
	// RawStart and RawEnd bound the bytes of the input the piece was
	// decoded from.
	RawStart, RawEnd int64
	// Encoding is the encoding of the input, as [Decode] names it.
	Encoding Encoding
}

// ErrUTF16Pieces reports a UTF-16 input given to [Pieces], which reads
// UTF-8 and single-byte encodings only.
var ErrUTF16Pieces = errors.New("parse: a long UTF-16 input cannot be read in pieces; convert it to UTF-8")

// Pieces reads a text of any length from r and yields it in pieces of at
// most size bytes of input (PieceSize when size < 1; at least 4, so that a
// piece holds a whole UTF-8 character; at most 64 MB), so that a text far
// larger than memory can be parsed piece by piece, with [ParseAll] to use
// every core. Memory stays within a few times size.
//
// Each piece ends where a story ends when it can: at a blank line before
// a line that opens a story (a dateline, or a short headline over one) in
// the second half of the piece; else at the last blank line (between
// paragraphs); else at the last line break; else after the last blank;
// else at a character boundary. Joined again, the pieces are the text.
//
// The encoding is read as [Decode] reads it, and decided by the first
// piece that holds a byte outside ASCII: UTF-8, or Latin-1 and
// Windows-1252, which each piece then decodes as Windows-1252 when it
// holds bytes 0x80–0x9F (its quotes and dashes) and as ISO 8859-1
// otherwise. UTF-16 yields [ErrUTF16Pieces]. Text that is not valid in
// the decided encoding yields an [*EncodingError] with the offset in the
// whole input, and ends the sequence, as does an error of r.
//
// A piece is a page of its own to [Parse], so a parse by pieces can differ
// from a parse of the whole text near the cuts: a story cut in two
// becomes two stories (the second without the first's headline or
// dateline), the first short line of a piece can become its page
// headline, an age that opens a piece cannot go to the item before it,
// and entities are resolved ("Stoltenberg" to "Jens Stoltenberg") within
// a piece only. Cutting before a story keeps such differences rare.
func Pieces(r io.Reader, size int) iter.Seq2[Piece, error] {
	if size < 1 {
		size = PieceSize
	}
	size = min(max(size, utf8.UTFMax), maxInput)
	return func(yield func(Piece, error) bool) {
		buf := make([]byte, size)
		n := 0           // bytes in buf
		var raw int64    // input offset of buf[0]
		start := 0       // decoded offset of buf[0]
		var enc Encoding // "" until decided
		eof := false
		for {
			if !eof {
				m, err := io.ReadFull(r, buf[n:])
				n += m
				switch err {
				case nil:
				case io.EOF, io.ErrUnexpectedEOF:
					eof = true
				default:
					yield(Piece{RawStart: raw, RawEnd: raw + int64(n)}, err)
					return
				}
			}
			if n == 0 {
				return
			}
			k := n
			if !eof {
				k = cutPiece(buf[:n])
			}
			b := buf[:k]
			p := Piece{Start: start, RawStart: raw, RawEnd: raw + int64(k)}
			var err error
			p.Text, enc, err = decodePiece(b, enc, raw)
			p.Encoding = enc
			if p.Encoding == "" {
				p.Encoding = UTF8
			}
			if err != nil {
				yield(p, err)
				return
			}
			if !yield(p, nil) {
				return
			}
			start += len(p.Text)
			raw += int64(k)
			n = copy(buf, buf[k:n])
		}
	}
}

// decodePiece decodes the piece b, which starts at byte raw of the
// input, in the encoding enc ("" while undecided), and returns the text
// and the encoding, decided now if it was not and b is not ASCII.
func decodePiece(b []byte, enc Encoding, raw int64) (string, Encoding, error) {
	if enc == "" {
		if raw == 0 && len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
			return "", "", ErrUTF16Pieces
		}
		if utf16Pattern(string(b[:min(len(b), 4096)])) != "" {
			return "", "", ErrUTF16Pieces
		}
		if isASCII(b) {
			return string(b), "", nil
		}
		text, e, err := Decode(b)
		if err != nil {
			return "", "", moveError(err, raw)
		}
		if e == UTF16LE || e == UTF16BE {
			return "", "", ErrUTF16Pieces
		}
		return text, e, nil
	}
	switch enc {
	case UTF8:
		s := string(b)
		if err := checkUTF8(s); err != nil {
			return "", enc, moveError(err, raw)
		}
		return s, enc, nil
	default:
		text, e, err := decodeLatin1(b)
		if err != nil {
			return "", enc, err
		}
		return text, e, nil
	}
}

// moveError moves the offset of an *EncodingError by off.
func moveError(err error, off int64) error {
	var e *EncodingError
	if errors.As(err, &e) {
		m := *e
		m.Offset += int(off)
		return &m
	}
	return err
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// cutPiece returns where to end a piece of the text b, which fills the
// buffer and goes on after it: the length of the piece, between 1 and
// len(b). See [Pieces] for the order of preference.
func cutPiece(b []byte) int {
	s := string(b)
	lines := splitLines(s)
	// The last line may go on past b: it is not known whole, and only
	// lines before it can be read as a dateline or headline.
	known := len(lines)
	if known > 0 && lines[known-1].end == len(s) {
		known--
	}
	// Which known lines are datelines and short (headline-like) lines,
	// and whether the story before each line has a dateline: whether
	// the last dateline or short line above it is a dateline.
	story := make([]bool, known)
	short := make([]bool, known)
	dated := make([]bool, known)
	last := false
	for i := range known {
		dated[i] = last
		if l := lines[i]; !l.blank() {
			story[i] = storyLine(s, l)
			short[i] = !story[i] && headlineLike(s, l.trimStart, l.trimEnd)
			if story[i] || short[i] {
				last = story[i]
			}
		}
	}
	// nonBlank returns the next non-blank line from i on in direction
	// step, or -1.
	nonBlank := func(i, step int) int {
		for ; i >= 0 && i < known; i += step {
			if !lines[i].blank() {
				return i
			}
		}
		return -1
	}
	// rank says how good a cut before line i, which follows a blank
	// line, is: 3 where a story opens (a headline over a dateline; a
	// headline after a dated story; a dateline under a paragraph of a
	// dated story, not under its headline nor under a lead that it
	// continues), 2 before a short line (a headline in text without
	// datelines), 1 between paragraphs.
	rank := func(i int) int {
		if i >= known {
			return 1
		}
		switch {
		case short[i]:
			if next := nonBlank(i+1, 1); dated[i] || next >= 0 && story[next] {
				return 3
			}
			return 2
		case story[i]:
			if prev := nonBlank(i-1, -1); prev >= 0 && !short[prev] && dated[i] {
				return 3
			}
		}
		return 1
	}
	best, bestRank := 0, 0
	if s[len(s)-1] == '\n' && len(lines) > 0 && lines[len(lines)-1].blank() {
		best, bestRank = len(s), 1 // b ends with a blank line
	}
	for i := len(lines) - 1; i >= 1 && bestRank < 3; i-- {
		if lines[i].blank() || !lines[i-1].blank() {
			continue
		}
		if r := rank(i); r > bestRank {
			best, bestRank = lines[i].start, r
		}
	}
	switch {
	case best > 0:
		return best
	case s[len(s)-1] == '\n':
		return len(s) // the last line break
	case len(lines) > 1:
		return lines[len(lines)-1].start
	}
	if k := strings.LastIndexAny(s, " \t"); k > 0 {
		return k + 1
	}
	// No break at all: cut before the last character that starts in b,
	// so that none is split.
	for k := len(s) - 1; k >= 1 && k >= len(s)-utf8.UTFMax; k-- {
		if utf8.RuneStart(s[k]) {
			return k
		}
	}
	return len(s)
}

// storyLine reports whether the line l opens a story: a dateline, perhaps
// after a kicker.
func storyLine(s string, l line) bool {
	if l.blank() {
		return false
	}
	if _, ok := scanDateline(s, l.trimStart, l.trimEnd); ok {
		return true
	}
	if k, _, ok := scanKicker(s, l.trimStart, l.trimEnd); ok {
		_, ok := scanDateline(s, k, l.trimEnd)
		return ok
	}
	return false
}
