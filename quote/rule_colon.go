// Colon quotes without marks: "Speaker: text" in a headline or a lead.

package quote

import (
	"strings"
)

// headlineColon handles "Stoltenberg: Rusland en China ..." in the headline
// and at the start of the first paragraph.
func (f *finder) headlineColon() {
	for _, rg := range f.regs {
		if !rg.headline {
			continue
		}
		f.colonLine(rg, true)
	}
	for _, rg := range f.regs {
		if !rg.headline {
			f.colonLine(rg, false) // the first paragraph only
			break
		}
	}
}

// colonLine finds "Speaker: text" at the start of a region.
func (f *finder) colonLine(rg region, headline bool) {
	line := f.doc[rg.start:rg.end]
	c := strings.Index(line, ": ")
	if c <= 0 || c > 80 {
		return
	}
	colon := rg.start + c
	for _, p := range f.pairs {
		if p.start < rg.end && p.end > rg.start && p.start < colon+3 {
			return // a quote at or before the colon: handled as direct
		}
	}
	ts := f.tokens(rg.start, colon)
	if len(ts) == 0 || len(ts) > 6 {
		return
	}
	f.headline = headline
	ph, ok := f.parseNP(ts, 0)
	f.headline = false
	if !ok || ph.next != len(ts) || ph.pronoun || ph.source && !headline || f.notSpeakerLabel(ts, ph) {
		return
	}
	if ph.group && (determiners[ts[0].lower] || strings.HasSuffix(strings.TrimSpace(line), "?")) {
		// a group before a question or with an article is the topic:
		// "Uitgeprocedeerde asielzoekers: omarmen of straffen?", "De
		// spelers van Oranje: deze vrouwen ziet u in actie"
		return
	}
	if ph.canonical == "" && ph.role != "" && headline {
		// "Koning: …": the role resolves against the whole story.
		ph.canonical = f.resolveRole(ph.role, "", len(f.doc))
	}
	if headline {
		f.headlineDescriptor(&Quote{Start: rg.start}, &ph)
	}
	if ph.canonical == "" {
		if c := f.bySurname(f.doc[ph.start:ph.end]); c != "" && !ph.source {
			ph.canonical = c
		} else if c := f.orgStartingWith(strings.ToLower(f.doc[ph.start:ph.end])); c != "" {
			ph.canonical = c
		}
	}
	if !headline && ph.canonical == "" {
		return
	}
	cs := colon + 1
	for cs < rg.end && isSpaceByte(f.doc[cs]) {
		cs++
	}
	ce := rg.end
	if !headline {
		ce = boundAfter(f.bounds, cs)
		if ce > rg.end {
			ce = rg.end
		}
	}
	for ce > cs && isSpaceByte(f.doc[ce-1]) {
		ce--
	}
	cs, ce = f.stripDangling(cs, ce)
	if cs >= ce || !f.hasVerb(cs, ce) {
		// "Gerald Keizer: van krantenbezorger tot cafébaas" describes,
		// it says nothing
		return
	}
	q := Quote{
		Text: f.doc[rg.start:ce], Start: rg.start, End: ce,
		Content: Span{Text: f.doc[cs:ce], Start: cs, End: ce},
		Kind:    Colon,
	}
	rule := "headline-colon"
	if !headline {
		rule = "colon-no-marks"
	}
	f.attribute(&q, ph, verbMatch{}, rule)
	f.quotes = append(f.quotes, q)
}

// hasVerb reports whether doc[a:b] may hold a finite verb: a speech verb,
// an auxiliary or copula, or a lower-case word ending like a finite verb
// or an infinitive (-t, -en, -de, -te). A statement has one; a description
// ("van krantenbezorger tot cafébaas") does not.
func (f *finder) hasVerb(a, b int) bool {
	for _, t := range f.tokens(a, b) {
		if !t.word || t.upper() {
			continue
		}
		w := t.lower
		if f.isVerb(w) || auxiliaries[w] || copulas[w] {
			return true
		}
		if closedClass(w) {
			continue
		}
		for _, suf := range []string{"t", "en", "de", "te"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
				return true
			}
		}
	}
	return false
}

// headlineDescriptor resolves the speaker of a headline colon quote q
// that is a common noun ("Gokwaakhond: …", "Toezichthouder: …") to the
// organisation the story gives that noun as a descriptor or in an
// apposition, anywhere in the story.
func (f *finder) headlineDescriptor(q *Quote, ph *phrase) {
	r := f.regionOf(q.Start)
	if r < 0 || !f.regs[r].headline || ph.canonical != "" || ph.pronoun {
		return
	}
	t := f.doc[ph.start:ph.end]
	if strings.ContainsAny(t, " -") {
		return
	}
	if c := f.orgByDescriptor(strings.ToLower(t), len(f.doc)); c != "" {
		ph.canonical = c
	}
}
