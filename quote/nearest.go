package quote

// Nearest is the word-order baseline: every quoted span (same scanner as
// [Find], no scare-quote filter) goes to the nearest person mention outside
// quotes in the same paragraph, before or after it. It is meant for
// comparison only.
func Nearest(doc string, s Story) []Quote {
	f := &finder{doc: doc, lx: lexiconOrEmpty()}
	f.regs = regions(doc, s)
	f.mentions = validMentions(nil, doc, s.Entities)
	f.pairs = scan(doc, f.regs)
	var qs []Quote
	for _, p := range f.pairs {
		q := Quote{Text: doc[p.start:p.end], Start: p.start, End: p.end,
			Content: Span{Text: doc[p.cStart:p.cEnd], Start: p.cStart, End: p.cEnd}, Kind: Direct}
		r := f.regionOf(p.start)
		best, dist := -1, 0
		for i, m := range f.mentions {
			if !m.Person || f.inQuote(m.Start) || r < 0 || f.regionOf(m.Start) != r {
				continue
			}
			d := p.start - m.End
			if m.Start >= p.end {
				d = m.Start - p.end
			}
			if best < 0 || d < dist {
				best, dist = i, d
			}
		}
		if best >= 0 {
			m := &f.mentions[best]
			q.Speaker = &Speaker{Text: m.Text, Start: m.Start, End: m.End, Canonical: m.canonical()}
			q.Rule, q.Confidence = "nearest", 0.5
		}
		qs = append(qs, q)
	}
	return qs
}
