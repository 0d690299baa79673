// Quote spans that are no speech (scare quotes, titles) and the parts of a
// quote that runs on over paragraphs.

package quote

import (
	"strings"
)

// maxHeadlinePhrase is the most words a quote inside a headline may have
// to count as a phrase (a scare quote or a title) rather than speech.
const maxHeadlinePhrase = 4

// headlinePhrase reports whether a quote is a short phrase inside a
// headline: words before it, at most maxHeadlinePhrase words and no
// final punctuation ("Kamer wil opheldering over 'toeslagenschandaal
// 2.0'"). Such a quote is treated as a scare quote: it is reported only
// when a speech verb, a colon speaker or a dash attributes it.
func (f *finder) headlinePhrase(p pair, before []tok, content string) bool {
	r := f.regionOf(p.start)
	return r >= 0 && f.regs[r].headline && len(before) > 0 &&
		len(strings.Fields(content)) <= maxHeadlinePhrase
}

// parts returns the pieces of a quote that runs on into following
// paragraphs, trimmed of space, or nil.
func (f *finder) parts(p pair) []Span {
	if len(p.breaks) == 0 {
		return nil
	}
	var out []Span
	add := func(a, b int) {
		for a < b && isSpaceByte(f.doc[a]) {
			a++
		}
		for b > a && isSpaceByte(f.doc[b-1]) {
			b--
		}
		if a < b {
			out = append(out, Span{Text: f.doc[a:b], Start: a, End: b})
		}
	}
	a := p.cStart
	for _, br := range p.breaks {
		add(a, min(br.end, p.cEnd))
		a = br.next
	}
	add(a, p.cEnd)
	return out
}

// isTitle reports whether a quote is a title: after a title noun, or short
// and title-cased.
func (f *finder) isTitle(before []tok, content string) bool {
	if n := len(before); n > 0 && titleNouns[before[n-1].lower] {
		return true
	}
	ws := strings.Fields(content)
	if len(ws) > 5 || endsSentence(content) {
		return false
	}
	for _, w := range ws {
		if !isUpperWord(w) && !nameParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}
