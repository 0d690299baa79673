package entity

import (
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
	if norm.NFC.IsNormalString(s) {
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
