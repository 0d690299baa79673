// Rules that carry a speaker forward from what came before the quote: the
// previous quote's speaker and a speaking subject in the sentence before.

package quote

import (
	"sort"
	"strings"
	"unicode/utf8"
)

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
			f.regionOf(prev.Start) == f.regionOf(q.Start) && !hasNonSpace(f.doc[prev.End:q.Start]) && !f.ownClauseAfter(q) &&
			(prev.Kind != Indirect || !f.mediaSpeaker(prev.Speaker)) {
			sp := *prev.Speaker
			q.Speaker = &sp
			q.Rule = "continuation"
			q.Confidence = confidence("continuation", q.Speaker)
		}
		switch {
		case q.Rule == "in-report" && prev != nil && q.End <= prev.End:
			// a phrase in marks inside the report: the report goes on
		case q.Speaker != nil && q.Kind != Direct:
			prev = q
		case q.Speaker != nil && prev != nil && q.Rule == "continuation":
			prev = q
		default:
			prev = nil
		}
	}
}

// ownClauseAfter reports whether the sentence of quote q goes on after it
// with a clause of its own (see [ownClause]).
func (f *finder) ownClauseAfter(q *Quote) bool {
	r := f.regionOf(q.End - 1)
	if r < 0 {
		return false
	}
	se := min(boundAfter(f.bounds, q.End), f.regs[r].end)
	return ownClause(f.window(q.End, se, false))
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
	ts := f.tokens(datelineEnd(f.doc, ps, ss), ss)
	if len(ts) < 2 || ts[len(ts)-1].s != "." && ts[len(ts)-1].s != ":" {
		return false
	}
	s0 := skipConnectives(ts)
	ph, ok := f.parseNP(ts, s0)
	if !ok || ph.next >= len(ts) {
		return false
	}
	vm := f.verbAt(ts, f.skipPP(ts, ph.next), false)
	if ph.group && (!f.agrees(ph, vm) || !groupVoice(q.Content.Text, vm.ok)) {
		return false // "Fietsers noemt hij …": the subject follows the verb
	}
	if ph.source && (!vm.ok || f.media(ph)) {
		// "Het bedrijf zegt …. '…'" speaks; "De krant schreef …" quotes
		return false
	}
	if !vm.ok {
		// 'Zijn uitgever Mizzi van der Pluijm was minder verrast. "…"':
		// a person subject right before, in the same paragraph.
		if ph.pronoun || !ph.person || ph.canonical == "" || f.regionOf(ps) != f.regionOf(p.start) {
			return false
		}
		f.attribute(q, ph, verbMatch{}, "subject-before")
		return f.keepUnlessNamed(q)
	}
	f.attribute(q, ph, vm, "speaker-before")
	return f.keepUnlessNamed(q)
}

// keepUnlessNamed undoes an attribution by the sentences around a quote
// when the quote itself names the speaker, and reports whether it kept
// it: a person does not call himself by name in his own words, so
// "Welkom Tom" or "Jansen heeft ons verrast" is not Tom's nor Jansen's
// speech, whoever the sentence before was about. Only persons are
// checked; an organisation names itself ("Ajax is blij").
func (f *finder) keepUnlessNamed(q *Quote) bool {
	if sp := q.Speaker; sp != nil && f.namesSpeaker(q.Content.Text, sp.Canonical) {
		q.Speaker, q.Verb, q.Rule, q.Confidence = nil, "", "", 0
		return false
	}
	return true
}

// namesSpeaker reports whether text holds, as a word, the first name or
// the surname of the person canonical (not an organisation).
func (f *finder) namesSpeaker(text, canonical string) bool {
	words := strings.Fields(canonical)
	if len(words) == 0 || f.isOrg(canonical) || !isUpperWord(canonical) {
		return false
	}
	first, last := words[0], words[len(words)-1]
	if nameParticles[strings.ToLower(first)] {
		first = "" // "De Loo": "De" opens many a sentence
	}
	text = dropEditorNotes(text)
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) && r != '-' }) {
		if w == first && len(first) > 1 || w == last && len(last) > 2 && !nameParticles[strings.ToLower(last)] {
			return true
		}
	}
	return false
}

// dropEditorNotes removes the editor's notes in parentheses from a
// quote's text: "(Verstappen start voor Leclerc, red.)" is the paper's,
// not the speaker's words. A short note that names someone ("Hij
// (Thierry Baudet, red.) stelt me teleur") stays: it tells whom the quote
// speaks about.
func dropEditorNotes(text string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, "(")
		if i < 0 {
			break
		}
		j := strings.IndexByte(text[i:], ')')
		if j < 0 {
			break
		}
		note := strings.TrimRight(text[i+1:i+j], ". ")
		b.WriteString(text[:i])
		if (strings.HasSuffix(note, "red") || strings.HasPrefix(note, "red.")) && len(strings.Fields(note)) > 4 {
			b.WriteByte(' ')
		} else {
			b.WriteString(text[i : i+j+1])
		}
		text = text[i+j+1:]
	}
	if b.Len() == 0 {
		return text
	}
	b.WriteString(text)
	return b.String()
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
	if r := f.regionOf(p.start); r >= 0 && f.quoteSubheading(r) {
		return false // a continuation never runs into a subheading
	}
	return !hasNonSpace(f.doc[end:p.start]) && p.start-end < 4
}

// carryForward attributes the quotes in marks that no rule of their own
// sentence attributed, as a reader carries a speaker on, in this order:
//
//   - subject-before: the sentence right before the quote (in its
//     paragraph, or ending the paragraph before when the quote opens its
//     own) has a person as its subject, named or as a pronoun ("Aanvoerder
//     Sven Meijer speelde sterk. Hij was opgelucht. '…'");
//   - carry-forward: the last attributed quote lies in the same paragraph
//     or at most two paragraphs back, and no other person, nor an
//     organisation as the subject of a sentence, is named outside quotes
//     in between;
//   - named-before: the two sentences before the quote name one person,
//     as the subject of a sentence, and no other.
//
// None of them crosses the headline or a subheading, and a chain goes on
// past a quote that stays unattributed.
func (f *finder) carryForward() {
	last := -1 // the last attributed quote
	for i := range f.quotes {
		q := &f.quotes[i]
		if q.Speaker != nil {
			last = i
			continue
		}
		r := f.regionOf(q.Start)
		if q.Kind != Direct || r < 0 || f.regs[r].headline || f.subheading(r) || f.quoteSubheading(r) || f.ownClauseAfter(q) {
			continue
		}
		lead := f.leadIn(q.Start, r)
		if lead < 0 {
			if ph, ok := f.subjectAfter(q, r); ok {
				f.attribute(q, ph, verbMatch{}, "subject-after")
				last = i
			}
			continue
		}
		if ph, ok := f.subjectBefore(lead, q.Start); ok {
			f.attribute(q, ph, verbMatch{}, "subject-before")
			if f.keepUnlessNamed(q) {
				last = i
				continue
			}
		}
		// a group before the quote speaks it when the quote says "we";
		// else a speaker carried on goes first ("'…', aldus de
		// brandweer. De bewoners waren niet thuis. '…'")
		group, grouped := f.groupBefore(lead, q)
		if grouped && speaksAsWe(q.Content.Text) {
			f.attribute(q, group, verbMatch{}, "subject-before")
			last = i
			continue
		}
		if last >= 0 && !f.colonLead(lead, q.Start) && f.carries(&f.quotes[last], q, r) {
			sp := *f.quotes[last].Speaker
			q.Speaker, q.Rule = &sp, "carry-forward"
			q.Confidence = confidence(q.Rule, q.Speaker)
			if f.keepUnlessNamed(q) {
				last = i
				continue
			}
		}
		if grouped {
			f.attribute(q, group, verbMatch{}, "subject-before")
			last = i
			continue
		}
		if m := f.onePerson(lead, q.Start); m != nil {
			f.attribute(q, f.mentionPhrase(nil, 0, m, ""), verbMatch{}, "named-before")
			if f.keepUnlessNamed(q) {
				last = i
				continue
			}
		}
		if ph, ok := f.subjectAfter(q, r); ok {
			f.attribute(q, ph, verbMatch{}, "subject-after")
			if f.keepUnlessNamed(q) {
				last = i
			}
		}
	}
}

// subjectAfter handles a quote that opens its paragraph and is followed by
// the sentence that introduces its speaker: "',,Kijk, dit is mijn
// schatje.' Liefdevol wijst Roel Engelaar zijn auto aan." The next
// sentence in the paragraph must have a person as its subject (before or
// right after its verb), and no person may be named before the quote in
// the paragraph.
func (f *finder) subjectAfter(q *Quote, r int) (phrase, bool) {
	rs := datelineEnd(f.doc, f.regs[r].start, q.Start)
	if hasNonSpace(f.doc[rs:q.Start]) {
		return phrase{}, false
	}
	ns := boundAfter(f.bounds, q.End)
	if ns < q.End || ns >= f.regs[r].end || hasNonSpace(f.doc[q.End:ns]) {
		return phrase{}, false
	}
	for ns < f.regs[r].end && isSpaceByte(f.doc[ns]) {
		ns++
	}
	if f.inQuote(ns) {
		return phrase{}, false
	}
	ne := min(boundAfter(f.bounds, ns+1), f.regs[r].end)
	ts := f.tokens(ns, min(ne, ns+maxWindow))
	s0 := skipConnectives(ts)
	f.generic = true
	ph, ok := f.parseNP(ts, s0)
	f.generic = false
	if ok && (ph.pronoun || !ph.person || ph.canonical == "" || f.mentionAt(ph.start) == nil) {
		ok = false
	}
	if !ok {
		if ph2, _, ok2 := f.invertedSubject(ts, s0); ok2 && !ph2.pronoun {
			ph, ok = ph2, true
		}
	}
	return ph, ok
}

// leadIn returns where the text that leads into a quote at pos in region
// r starts: the start of the sentence before the quote's sentence in its
// paragraph, or, when the quote opens its paragraph, the start of the
// last sentence of the paragraph before (not the headline or a
// subheading). It returns -1 when there is no such text.
func (f *finder) leadIn(pos, r int) int {
	rs := datelineEnd(f.doc, f.regs[r].start, pos)
	if hasNonSpace(f.doc[rs:pos]) {
		ss := boundBefore(f.bounds, pos)
		if ss > rs && ss < pos && !hasNonSpace(f.doc[ss:pos]) {
			// the quote opens its sentence: take the two sentences before
			return max(rs, boundBefore(f.bounds, boundBefore(f.bounds, ss-1)-1))
		}
		return max(rs, ss)
	}
	if r == 0 || f.regs[r-1].headline || f.subheading(r-1) {
		return -1
	}
	prev := f.regs[r-1]
	e := prev.end
	return max(datelineEnd(f.doc, prev.start, e), boundBefore(f.bounds, boundBefore(f.bounds, e-1)-1))
}

// subjectBefore parses the subject of the sentences in doc[from:to] that
// lie outside quotes, the last one first: a person mention, a pronoun
// that resolves to a person, or a role that resolves to one.
func (f *finder) subjectBefore(from, to int) (phrase, bool) {
	for s := boundBefore(f.bounds, to-1); s >= from; s = boundBefore(f.bounds, s-1) {
		e := min(boundAfter(f.bounds, s+1), to)
		if e-s > maxWindow || f.inQuote(s) {
			return phrase{}, false
		}
		ts := f.tokens(datelineEnd(f.doc, s, e), e)
		if len(ts) > 0 && f.inQuote(ts[len(ts)-1].start) {
			return phrase{}, false // a sentence of another quote: its pronouns are the quote's
		}
		s0 := skipConnectives(ts)
		f.generic = true // "De titelhouder had …": a noun phrase before the verb
		ph, ok := f.parseNP(ts, s0)
		f.generic = false
		if ok && !ph.pronoun && ph.canonical == "" && ph.role != "" {
			// "De titelhouder had liever …": a description of the person
			ph.canonical = f.resolveDescription(ph, f.doc[ph.start:ph.end])
			ph.person = ph.canonical != ""
		}
		verb := -1 // the finite verb before an inverted subject
		if !ok || !ph.pronoun && !ph.person {
			ok = false
			if ph2, v, ok2 := f.invertedSubject(ts, s0); ok2 {
				ph, ok, verb = ph2, true, v
				ph.next = len(ts) - 1
			}
		}
		if ok && ph.next < len(ts) && ts[ph.next].word || ok && ph.next == len(ts)-1 {
			switch {
			case ph.pronoun && !ph.plural && !ph.ambiguous || ph.pronoun && verb < 0 && f.singularVerb(ts, ph.next) ||
				ph.pronoun && verb >= 0 && f.singularVerb(ts, verb):
				if f.resolvePronoun(ph.start, pronounGender(f.doc[ph.start:ph.end])) != "" {
					return ph, true
				}
			case ph.person && ph.canonical != "" && (f.mentionAt(ph.start) != nil || ph.role != ""):
				return ph, true
			}
		}
		if s == 0 || s <= from {
			break
		}
	}
	return phrase{}, false
}

// groupBefore parses the subject of the last sentence in doc[from:
// q.Start], outside quotes, as the speaker of quote q when it is a group
// or an organisation: a group of people with a plural verb
// ("Buurtbewoners zijn boos. '…'", "De ouders van het meisje hebben
// aangifte gedaan. '…'"), or an organisation or source that the quote
// speaks for in the first person plural ("De politie onderzoekt de
// brand. 'We sluiten niets uit.'"). The sentence is one clause with one
// source: no comma, no "volgens", no person named. A medium with a
// speech verb is no such subject (it quotes someone), a group with a modal ("Renners moeten …") is a
// class of people, and a quote in the first person singular without
// "we" is one person's.
func (f *finder) groupBefore(from int, q *Quote) (phrase, bool) {
	if !f.sentenceInitial(q.Start) {
		return phrase{}, false // a quote inside a sentence belongs to that sentence
	}
	// the last sentence before the quote that holds words
	var ts []tok
	for s := boundBefore(f.bounds, q.Start-1); s >= from; s = boundBefore(f.bounds, s-1) {
		e := min(boundAfter(f.bounds, s+1), q.Start)
		if e-s > maxWindow || f.inQuote(s) {
			return phrase{}, false
		}
		if ts = f.tokens(datelineEnd(f.doc, s, e), e); len(ts) > 0 || s == 0 {
			break
		}
	}
	if len(ts) < 3 || f.inQuote(ts[len(ts)-1].start) {
		return phrase{}, false
	}
	for _, t := range ts {
		// one clause, one source: "Ajax staat voor, maar Ten Hag …",
		// "… en dat biedt volgens de Fransman perspectief"
		if t.s == "," || t.s == ";" || t.lower == "volgens" || f.personAt(t) {
			return phrase{}, false
		}
	}
	s0 := skipConnectives(ts)
	ph, ok := f.parseNP(ts, s0)
	if !ok || ph.pronoun || ph.person || ph.next >= len(ts) || !ts[ph.next].word {
		return phrase{}, false
	}
	if f.media(ph) && f.verbAt(ts, f.skipPP(ts, ph.next), false).ok {
		return phrase{}, false // "De krant schreef …": a medium quotes
	}
	m := f.mentionAt(ph.start)
	org := m != nil && m.Organisation || ph.source && !ph.group
	switch {
	case ph.group:
		n := f.skipPP(ts, ph.next)
		if n < len(ts) && ts[n].lower == "van" {
			// "De ouders van de leerlingen hebben …"
			for n++; n < len(ts) && n <= ph.next+4 && ts[n].word && (determiners[ts[n].lower] || isModifier(ts[n])); n++ {
			}
			n++
		}
		if n >= len(ts) || !pluralVerb(ts[n].lower) || !groupVoice(q.Content.Text, false) {
			return phrase{}, false // "Kijkers noemt hij …": no plural verb, no subject
		}
		if genericModals[ts[n].lower] {
			return phrase{}, false // "Renners moeten zich leeg rijden." says what a class does
		}
	case org:
		if !speaksAsWe(q.Content.Text) {
			return phrase{}, false
		}
	default:
		return phrase{}, false
	}
	return ph, true
}

// genericModals after a group say what such people must or can do, not
// what these people say or feel.
var genericModals = map[string]bool{"moeten": true, "kunnen": true, "mogen": true, "zullen": true, "hoeven": true}

// pluralVerb reports whether w may be a finite verb in the plural: every
// Dutch plural verb ends in -en ("zeggen", "hebben", "waren") but "zijn".
func pluralVerb(w string) bool {
	return w == "zijn" || strings.HasSuffix(w, "en") && (!closedClass(w) || auxiliaries[w])
}

// groupVoice reports whether a quote may be the words of a group: it
// speaks as "we", or not in the first person singular at all. After a
// speech verb ("Deelnemers vertellen over hun scheiding. 'Ik had …'")
// one member may speak as "ik", unless the quote speaks of others as
// "ze", "hen" or "hun": "Ik heb ze de regels uitgelegd" after "De spelers
// protesteerden." is one person speaking about the group.
func groupVoice(text string, spoken bool) bool {
	if speaksAsWe(text) {
		return true
	}
	first, third := false, false
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) }) {
		switch strings.ToLower(w) {
		case "ik", "mij", "mijn", "me":
			first = true
		case "ze", "zij", "hen", "hun":
			third = true
		}
	}
	return !first || spoken && !third
}

// speaksAsWe reports whether a quote speaks in the first person plural.
func speaksAsWe(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) }) {
		switch strings.ToLower(w) {
		case "we", "wij", "ons", "onze":
			return true
		}
	}
	return false
}

// singularVerb reports whether ts[k] is a finite verb in the singular,
// which makes "ze" or "zij" before it "she".
func (f *finder) singularVerb(ts []tok, k int) bool {
	if k >= len(ts) || !ts[k].word {
		return false
	}
	w := ts[k].lower
	if vm := f.verbAt(ts, k, false); vm.ok {
		return !vm.form.plural
	}
	switch w {
	case "is", "was", "heeft", "had", "wil", "wilde", "zal", "zou", "kan", "kon", "moet", "moest", "wordt", "werd":
		return true
	}
	if auxiliaries[w] || copulas[w] || closedClass(w) {
		return false
	}
	// any other finite verb: plural forms end in -en ("mailden"),
	// singular ones do not ("mailde", "ziet")
	return !strings.HasSuffix(w, "en")
}

// carries reports whether quote q may take the speaker of the attributed
// quote p before it: p lies in the same paragraph as q or at most two
// paragraphs back, with no headline or subheading between, and no person
// other than p's speaker is named outside quotes between them.
func (f *finder) carries(p, q *Quote, r int) bool {
	pr := f.regionOf(p.Start)
	if pr < 0 || r-pr > 2 || f.regs[pr].headline || p.Speaker.Canonical == "" && (p.Kind == Indirect || !sourceSpeaker(p.Speaker)) || q.Start-p.End > maxCarry ||
		p.Kind == Indirect && f.mediaSpeaker(p.Speaker) {
		return false
	}
	// The quote is a sentence of its own: a quote inside a sentence or in
	// a list of quotes ("'A', 'B' en 'C'") belongs to that sentence.
	if !f.sentenceInitial(q.Start) || !endsSentence(q.Content.Text) && !f.endsRegion(q.End) {
		return false
	}
	for k := pr + 1; k <= r; k++ {
		if f.subheading(k) {
			return false
		}
		if k < r && strings.HasSuffix(strings.TrimSpace(f.doc[f.regs[k].start:f.regs[k].end]), ":") {
			return false // a paragraph that introduces other quotes
		}
	}
	// Another person named between blocks, unless the speaker is named
	// again after them and they are no subject: "Het verschil tussen
	// Bottas en Verstappen bedraagt 0,18 seconde. '…'" goes on with
	// Verstappen.
	other := false
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= p.End })
	for ; k < len(f.mentions) && f.mentions[k].Start < q.Start; k++ {
		m := &f.mentions[k]
		if f.inQuote(m.Start) {
			continue
		}
		if m.canonical() == p.Speaker.Canonical {
			other = other && !m.Person // an organisation named again carries nothing past a person
			continue
		}
		if m.Person && !f.isSubject(m) {
			other = true
			continue
		}
		if m.Person || m.Organisation && f.isSubject(m) {
			return false
		}
	}
	if other {
		return false
	}
	// nor a sentence between whose subject is another actor: "De
	// milieuvereniging dreigt met een gang naar de rechter."
	for s := boundAfter(f.bounds, p.End); s < q.Start; {
		e := boundAfter(f.bounds, s+1)
		if e <= s || e-s > maxWindow {
			break
		}
		if !f.inQuote(s) {
			ts := f.tokens(s, min(e, q.Start))
			f.generic = true
			ph, ok := f.parseNP(ts, skipConnectives(ts))
			f.generic = false
			if ok && ph.group && !speaksAsWe(q.Content.Text) {
				// "De spelers protesteerden. 'Ik heb ze …'": a group
				// between stops a speaker carried on only when the quote
				// speaks as "we", as the group would
				ok = false
			}
			if ok && !ph.pronoun && f.mentionAt(ph.start) == nil && definiteStart(f.doc[ph.start:ph.end]) &&
				(ph.source || orgNoun(strings.ToLower(ph.headWord(f.doc))) || personNoun(ph.headWord(f.doc))) &&
				!f.sameSpeaker(ph, p.Speaker) {
				// (a description of the speaker, "Volgens de moeder …"
				// after "…, zegt de moeder", carries on)
				return false
			}
		}
		s = e
	}
	return true
}

// sameSpeaker reports whether the description ph names speaker sp:
// "Volgens de moeder …" after "…, zegt de moeder" resolves to the same
// person; a source without a name is the same only by its words ("de
// politie" and "De politie").
func (f *finder) sameSpeaker(ph phrase, sp *Speaker) bool {
	text := f.doc[ph.start:ph.end]
	if sp.Canonical == "" {
		return strings.EqualFold(text, sp.Text)
	}
	return f.resolveDescription(ph, text) == sp.Canonical
}

// sourceSpeaker reports whether sp is a source named by a definite noun
// and resolved to no name ("de politie", "het OM"): it carries on from a
// quote in marks as a named speaker does (from a report without marks,
// "Volgens de politie …", it does not).
func sourceSpeaker(sp *Speaker) bool {
	return !sp.Pronoun && sp.Role == "" && definiteStart(sp.Text) && len(strings.Fields(sp.Text)) <= 3
}

// definiteStart reports whether a phrase opens with "de" or "het".
func definiteStart(t string) bool {
	t = strings.ToLower(t)
	return strings.HasPrefix(t, "de ") || strings.HasPrefix(t, "het ")
}

// onePerson returns the one person named outside quotes in doc[from:to],
// or nil when none or several are.
func (f *finder) onePerson(from, to int) *mention {
	var one *mention
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= from })
	for ; k < len(f.mentions) && f.mentions[k].Start < to; k++ {
		m := &f.mentions[k]
		if !m.Person || f.inQuote(m.Start) {
			continue
		}
		if one != nil && one.canonical() != m.canonical() {
			return nil
		}
		if one == nil && f.isSubject(m) {
			one = m
		}
	}
	return one
}

// maxCarry bounds the bytes between a quote and the one whose speaker it
// carries on, which keeps Find linear on long paragraphs.
const maxCarry = 4000

// maxSubheading is the most words a subheading has.
const maxSubheading = 8

// subheading reports whether region r is a subheading: a short body line
// that does not end like a sentence ("Geen tweede viool", "Aangifte").
func (f *finder) subheading(r int) bool {
	rg := f.regs[r]
	if rg.headline {
		return false
	}
	t := strings.TrimSpace(f.doc[rg.start:rg.end])
	if t == "" || wordsAtLeast(t, maxSubheading+1) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".!?:;,…", last) && !isQuoteRune(last) && last != ')'
}

// colonLead reports whether the text before a quote, from lead to pos,
// ends in a colon: the quote is introduced there ("Er zijn ook mensen die
// het anders zien:"), not carried on from an earlier speaker.
func (f *finder) colonLead(lead, pos int) bool {
	t := strings.TrimRightFunc(f.doc[lead:pos], func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' || isQuoteRune(r) })
	return strings.HasSuffix(t, ":")
}

// endsRegion reports whether only space follows i in its region.
func (f *finder) endsRegion(i int) bool {
	r := f.regionOf(i - 1)
	return r >= 0 && !hasNonSpace(f.doc[i:f.regs[r].end])
}

// quoteSubheading reports whether region r is a subheading that is a
// quote: one short quote in marks, without final punctuation, filling the
// line ("'Ik ben diep teleurgesteld'").
func (f *finder) quoteSubheading(r int) bool {
	rg := f.regs[r]
	if rg.headline {
		return false
	}
	a, b := rg.start, rg.end
	for a < b && isSpaceByte(f.doc[a]) {
		a++
	}
	for b > a && isSpaceByte(f.doc[b-1]) {
		b--
	}
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].start >= a })
	if k >= len(f.pairs) || f.pairs[k].start != a || f.pairs[k].end != b {
		return false
	}
	c := f.doc[f.pairs[k].cStart:f.pairs[k].cEnd]
	return !wordsAtLeast(c, maxSubheading+1) && !endsSentence(c)
}

// onePersonIn returns the one person named outside quotes in
// doc[from:to], or nil when none or several are (unlike onePerson it does
// not ask for a subject).
func (f *finder) onePersonIn(from, to int) *mention {
	var one *mention
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= from })
	for ; k < len(f.mentions) && f.mentions[k].Start < to; k++ {
		m := &f.mentions[k]
		if !m.Person || f.inQuote(m.Start) {
			continue
		}
		if one != nil && one.canonical() != m.canonical() {
			return nil
		}
		if one == nil {
			one = m
		}
	}
	return one
}

// invertedSubject finds the subject after the finite verb of a main
// clause that opens with another part: "Zelf zegt hij …", "Daarna nam
// burgemeester Klaassen het woord", "Ook voor Gasly ziet Lammers …",
// "Ondanks dat …, is boer Verhees niet bang". It returns the first
// subject pronoun (hij, zij, ze) or person right after a word that may be
// a finite verb, within the first dozen words, with the verb's index.
func (f *finder) invertedSubject(ts []tok, s0 int) (phrase, int, bool) {
	// after a skipped connective ("Verder vond de Nederlander …") the
	// verb may come first
	for k := max(s0, 1); k+1 < len(ts) && k <= s0+20; k++ {
		w := ts[k]
		if k > s0+8 && ts[k-1].s != "," {
			continue // far in, the verb follows a fronted clause and its comma
		}
		if !w.word || w.upper() || !(auxiliaries[w.lower] || copulas[w.lower] || !closedClass(w.lower)) || f.lx.isRole(w.lower) {
			continue
		}
		if p := ts[k-1]; p.word && (determiners[p.lower] || prepositions[p.lower] || isModifier(p) && !p.upper()) {
			continue // a noun in a phrase ("met geletruidrager Mike Teunissen")
		}
		n := ts[k+1]
		if !n.word || n.lower == "hem" || n.lower == "haar" || n.lower == "hen" || n.lower == "hun" {
			continue
		}
		f.generic = true
		ph, ok := f.parseNP(ts, k+1)
		f.generic = false
		if !ok {
			continue
		}
		if !ph.pronoun && ph.canonical == "" && ph.role != "" && !ph.source {
			// "kreeg de 26-jarige zangeres te maken met …"
			ph.canonical = f.resolveDescription(ph, f.doc[ph.start:ph.end])
			ph.person = ph.canonical != ""
		}
		if ph.pronoun || ph.person && f.mentionAt(ph.start) != nil || ph.person && ph.role != "" && ph.canonical != "" {
			return ph, k, true
		}
	}
	// "… en dat is eigenlijk alleen maar goed, vindt hij.": a speech verb
	// and its subject ending the sentence
	n := len(ts)
	if n >= 3 && !ts[n-1].word {
		n--
	}
	for k := max(s0, n-6); k+1 < n; k++ {
		if vm := f.verbAt(ts, k, false); vm.ok {
			if ph, ok := f.parseNP(ts, k+1); ok && ph.next == n && (ph.pronoun || ph.person && ph.canonical != "") {
				return ph, k, true
			}
		}
	}
	return phrase{}, -1, false
}
