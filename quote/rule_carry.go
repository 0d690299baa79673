// Rules that carry a speaker forward from what came before the quote: the
// previous quote's speaker and a speaking subject in the sentence before.

package quote

// continueReported attributes a direct quote that directly follows a
// reported statement in the same paragraph, with only space between, to
// the speaker of that statement: 'De jaren '80 waren beter, zegt Mark
// Rutte. "Echt waar."'. The rule is "continuation", with a lower
// confidence than a continuation of a direct quote.
func (f *finder) continueReported() {
	var prev *Quote
	for i := range f.quotes {
		q := &f.quotes[i]
		if q.Speaker == nil && q.Kind == Direct && prev != nil && prev.End <= q.Start &&
			f.regionOf(prev.Start) == f.regionOf(q.Start) && !hasNonSpace(f.doc[prev.End:q.Start]) {
			sp := *prev.Speaker
			q.Speaker = &sp
			q.Rule = "continuation"
			q.Confidence = float64(int(confidence("continuation", q.Speaker)*90+0.5)) / 100
		}
		switch {
		case q.Speaker != nil && q.Kind != Direct:
			prev = q
		case q.Speaker != nil && prev != nil && q.Rule == "continuation":
			prev = q
		default:
			prev = nil
		}
	}
}

// speakerBefore handles a quote that follows a sentence whose subject
// speaks: 'Pietersen reageerde fel. "…"'.
func (f *finder) speakerBefore(q *Quote, p pair) bool {
	ss := boundBefore(f.bounds, p.start)
	if ss == 0 || hasNonSpace(f.doc[ss:p.start]) {
		return false
	}
	j := ss - 1
	for j > 0 && isSpaceByte(f.doc[j]) {
		j--
	}
	ps := boundBefore(f.bounds, j)
	if ss-ps > maxWindow || f.hasPairIn(ps, ss) {
		return false
	}
	ts := tokens(f.doc, datelineEnd(f.doc, ps, ss), ss)
	if len(ts) < 2 || ts[len(ts)-1].s != "." && ts[len(ts)-1].s != ":" {
		return false
	}
	s0 := skipConnectives(ts)
	ph, ok := f.parseNP(ts, s0)
	if !ok || ph.next >= len(ts) || ph.source {
		return false
	}
	vm := f.verbAt(ts, f.skipPP(ts, ph.next), false)
	if !vm.ok {
		// 'Zijn uitgever Mizzi van der Pluijm was minder verrast. "…"':
		// a person subject right before, in the same paragraph.
		if ph.pronoun || !ph.person || ph.canonical == "" || f.regionOf(ps) != f.regionOf(p.start) {
			return false
		}
		f.attribute(q, ph, verbMatch{}, "subject-before")
		return true
	}
	f.attribute(q, ph, vm, "speaker-before")
	return true
}

// continueQuote attributes the quote at p to the speaker of prev when it
// continues prev's speech (see [finder.continues]): rule "continuation".
func (f *finder) continueQuote(q, prev *Quote, p pair, before []tok) bool {
	if !f.continues(prev, p, before) {
		return false
	}
	sp := *prev.Speaker
	q.Speaker = &sp
	q.Rule = "continuation"
	q.Confidence = confidence("continuation", q.Speaker)
	return true
}

// continues reports whether the quote at p continues the speech of prev:
// it starts a sentence right after prev's sentence (or later in the same
// sentence, '"…", zei hij, "…"'), with nothing but spaces between.
func (f *finder) continues(prev *Quote, p pair, before []tok) bool {
	if prev.End > p.start {
		return false
	}
	if len(before) > 0 {
		// Same sentence: '"…", zei hij, "…"'.
		if before[0].start >= prev.End {
			return false
		}
		return before[len(before)-1].s == "," && !f.hasQuoteBetween(prev.End, p.start)
	}
	end := boundAfter(f.bounds, prev.End)
	if end > p.start {
		return false
	}
	return !hasNonSpace(f.doc[end:p.start]) && p.start-end < 4
}
