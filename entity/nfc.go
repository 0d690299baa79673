package entity

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nfcText is a text normalised to NFC for matching, with the way back to
// the byte offsets of the caller's text: a name written with combining
// marks ("Oekrai\u0308ne") matches the lexicon and the model as its
// composed form does, and its Start and End still point into the
// caller's bytes.
type nfcText struct {
	text string
	// start[o] is the input offset of output byte o, end[o] the input
	// offset just past the input that produced output byte o-1; both
	// are nil when the input was already NFC.
	start, end []int32
}

// toNFC normalises s to NFC. Text that is already NFC (nearly all text)
// is returned as is, without a map.
func toNFC(s string) nfcText {
	if isNFCQuick(s) || norm.NFC.IsNormalString(s) {
		return nfcText{text: s}
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	out := make([]byte, 0, len(s))
	start := make([]int32, 0, len(s)+1)
	end := make([]int32, 1, len(s)+1)
	for !it.Done() {
		i0 := it.Pos()
		seg := it.Next()
		i1 := it.Pos()
		same := len(seg) == i1-i0 && string(seg) == s[i0:i1]
		for k := range seg {
			if same {
				start = append(start, int32(i0+k))
				end = append(end, int32(i0+k+1))
			} else {
				// A changed segment maps as a whole: any offset inside
				// it widens to the segment.
				start = append(start, int32(i0))
				end = append(end, int32(i1))
			}
		}
		out = append(out, seg...)
	}
	start = append(start, int32(len(s)))
	return nfcText{text: string(out), start: start, end: end}
}

// isNFCQuick reports whether s is in NFC by a look at its bytes alone:
// whether it is valid UTF-8 of runes below U+0300 (ASCII, Latin-1 and
// Latin Extended, in which Dutch is written) and of general punctuation
// from U+2002 to U+206F (dashes, curly quotes, the ellipsis). Each of
// these runes is NFC alone and combines with no rune before it
// (TestNFCQuick), so a string of them is NFC. A false answer says
// nothing: other text is left to norm.NFC.IsNormalString.
func isNFCQuick(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
		case 0xC2 <= c && c < 0xCC: // U+0080 to U+02FF
			if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
				return false
			}
			i += 2
		case c == 0xE2: // U+2000 to U+2FFF
			if i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
				return false
			}
			if r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r < 0x2002 || r > 0x206F {
				return false
			}
			i += 3
		default:
			return false
		}
	}
	return true
}

// origStart returns the caller's offset of an entity starting at output
// offset o.
func (t *nfcText) origStart(o int) int {
	if t.start == nil {
		return o
	}
	return int(t.start[o])
}

// origEnd returns the caller's offset of an entity ending at output
// offset o.
func (t *nfcText) origEnd(o int) int {
	if t.end == nil {
		return o
	}
	return int(t.end[o])
}
