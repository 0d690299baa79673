// Rules that read the quote's own sentence, tried first: a speaker and
// verb before a colon, a verb or "aldus" after the quote, a dash, "volgens"
// or a speaking subject in the sentence that holds the quote.

package quote

import "strings"

// colonBefore handles "Stoltenberg zei: '…'" (verb-before-quote) and
// "Stoltenberg: '…'" (colon).
func (f *finder) colonBefore(q *Quote, before []tok) bool {
	n := len(before)
	if n < 2 || before[n-1].s != ":" {
		return false
	}
	pre := before[:n-1]
	s0 := skipConnectives(pre)
	for v := s0; v < len(pre); v++ {
		vm := f.verbAt(pre, v, true)
		if !vm.ok {
			continue
		}
		ph, ok := f.parseNP(pre, s0)
		if !ok && v == len(pre)-1 && v > s0 && determiners[pre[s0].lower] {
			// "Een andere buurtbewoonster reageert: '…'": right before
			// the verb and the colon, a description of a person
			f.generic = true
			ph, ok = f.parseNP(pre, s0)
			f.generic = false
			ok = ok && ph.next == v && ph.role != "" && (personNoun(ph.role) || f.lx.isRole(ph.role))
		}
		if ok && (f.skipPP(pre, ph.next) == v || ph.next+1 == v && f.isAux(pre[ph.next].lower) ||
			!ph.pronoun && skipRelative(pre, ph.next) == v) {
			f.attribute(q, ph, vm, "verb-before-quote")
			return true
		}
		// "Zo stelt een opponent: '…'": after the speech verb any noun
		// phrase is the speaker, as after a quote
		f.generic = true
		ph, ok = f.parseNP(pre, v+1)
		f.generic = false
		if ok && ph.canonical == "" && !ph.person && !ph.pronoun && !ph.source && ph.role != "" && f.mentionAt(ph.start) == nil &&
			(!personNoun(ph.role) && !f.lx.isRole(ph.role) || pre[v+1].lower == "het" && !neuterPerson(ph.role)) {
			// "Zo luidt de regel: '…'": a thing, no speaker; "vindt het
			// blijkbaar: '…'": an object, no subject
			ok = false
		}
		if ok && vm.particle != v+1 {
			f.attribute(q, ph, vm, "verb-before-quote")
			return true
		}
		// No subject next to this verb: it may be a noun ("Op de vraag
		// of …, zei de premier:") or a participle opening the sentence
		// ("Gevraagd of …, antwoordt hij:"); the verb may come later.
	}
	// "Wilders: '…'": a name standing alone before the colon and the mark
	// is a speaker even where a lone capitalised word opening a sentence
	// would not be.
	f.headline = true
	ph, ok := f.parseNP(pre, s0)
	f.headline = false
	if !ok && s0 == 0 && len(pre) >= 2 && (pre[0].lower == "een" || pre[0].lower == "nog") {
		// "Een ander: '…'", "Een andere stemmer: '…'": an indefinite
		// description of a person alone before the colon
		f.generic = true
		ph, ok = f.parseNP(pre, 0)
		f.generic = false
		ok = ok && ph.next == len(pre) && ph.role != "" && (personNoun(ph.role) || f.lx.isRole(ph.role))
	}
	if ok && ph.next < len(pre) && !ph.pronoun {
		// a name the tagger cut short: "Lil Nas X:"
		k := ph.next
		for k < len(pre) && pre[k].word && pre[k].upper() && k < ph.next+2 {
			k++
		}
		if k == len(pre) {
			ph.next, ph.end = k, pre[k-1].end
		}
	}
	if ok && ph.next == len(pre) && s0 == 0 && !f.notSpeakerLabel(pre, ph) {
		q.Kind = Colon
		f.headlineDescriptor(q, &ph)
		f.attribute(q, ph, verbMatch{}, "colon")
		return true
	}
	if r := f.regionOf(q.Start); r >= 0 && f.regs[r].headline {
		// "Opnieuw drukte bij Keukenhof, Rijkswaterstaat: '…'": in a
		// headline the speaker may stand after a comma
		for c := len(pre) - 2; c > 0; c-- {
			if pre[c].s != "," {
				continue
			}
			f.headline = true
			ph, ok := f.parseNP(pre, c+1)
			f.headline = false
			if ok && ph.next == len(pre) && !ph.pronoun && !f.notSpeakerLabel(pre[c+1:], ph) {
				q.Kind = Colon
				f.attribute(q, ph, verbMatch{}, "colon")
				return true
			}
			break
		}
	}
	return f.colonAfterClause(q, pre)
}

// skipRelative returns the index after a relative clause between commas
// that starts at ts[k] (", die de rol van Piet speelt,"), or k when none
// does.
func skipRelative(ts []tok, k int) int {
	if k+2 >= len(ts) || ts[k].s != "," {
		return k
	}
	switch ts[k+1].lower {
	case "die", "dat", "wie", "wiens", "wier":
	default:
		return k
	}
	for j := k + 2; j < len(ts) && j < k+30; j++ {
		switch ts[j].s {
		case ",":
			return j + 1
		case ".", ":", ";", "?", "!":
			return k
		}
	}
	return k
}

// colonAfterClause handles a colon that ends a clause about the speaker:
// "Minister Sanne Bakker was kort van stof: '…'", "Die houding verbaast
// buurman Ahmed Yilmaz: '…'". The clause must name one person and no
// other, outside quotes; its subject is taken when it is a person, else
// that one person (rule colon-after-clause).
func (f *finder) colonAfterClause(q *Quote, pre []tok) bool {
	if len(pre) < 3 {
		return false
	}
	m := f.onePersonIn(pre[0].start, pre[len(pre)-1].end)
	if m == nil {
		// "Prince studeerde af en schrijft daar zelf over:": a subject
		// that names a person the story knows, or a pronoun
		ph, ok := f.parseNP(pre, skipConnectives(pre))
		if !ok || !(ph.pronoun && !ph.plural || ph.person && ph.canonical != "" && f.otherPersonBetween(pre[0].start, pre[len(pre)-1].end, ph.canonical) == false) {
			return false
		}
		if ph.pronoun && f.resolvePronoun(ph.start, pronounGender(f.doc[ph.start:ph.end])) == "" {
			return false
		}
		f.attribute(q, ph, verbMatch{}, "colon-after-clause")
		return true
	}
	k := 0
	for k < len(pre) && pre[k].start < m.Start {
		k++
	}
	f.attribute(q, f.mentionPhrase(pre, k, m, ""), verbMatch{}, "colon-after-clause")
	return true
}

// verbAfter handles '"…", zei hij', '"…", aldus X' and '"…?" vroeg X'.
func (f *finder) verbAfter(q *Quote, after []tok) bool {
	k := 0
	if k < len(after) && after[k].s == "," {
		k++
	}
	if k < len(after) && after[k].lower == "zo" {
		k++
	}
	if k >= len(after) || !after[k].word {
		return false
	}
	if f.lx.markers[after[k].lower] && after[k].lower == "aldus" {
		f.generic = true
		ph, ok := f.parseNP(after, k+1)
		f.generic = false
		if ok {
			f.attribute(q, ph, verbMatch{text: after[k].s, particle: -1, ok: true}, "aldus")
			return true
		}
		return false
	}
	if k > 0 && f.statementAfter(q, after, k) {
		return true
	}
	rule := "verb-after-quote"
	vm := f.verbAt(after, k, false)
	if !vm.ok && k > 0 {
		vm = f.particleAtClauseEnd(after, k)
	}
	if !vm.ok {
		// Any finite verb: '"…", begon de titelhouder', '"…", blikt De
		// Graaf terug'. Right after a quote and a comma, a lower-case word
		// that is no function word, followed by a subject, is the verb
		// of the attribution.
		w := after[k]
		if k == 0 || w.upper() || len([]rune(w.lower)) < 3 || closedClass(w.lower) {
			return false
		}
		vm = verbMatch{text: w.s, particle: -1, ok: true}
		vm.form.plural = strings.HasSuffix(w.lower, "en")
		rule = "any-verb-after-quote"
	}
	n := k + 1
	if k > 0 {
		n = afterAdverbs(after, k+1) // "…, zegt ook adviseur Jan Bakker"
	}
	subj := after
	if vm.particle > n {
		// the subject stands before the particle: "…, laat de
		// zangeres weten", not "de zangeres weten"
		subj = after[:vm.particle]
	}
	f.generic = true
	ph, ok := f.parseNP(subj, n)
	f.generic = false
	if !ok && rule == "verb-after-quote" && k > 0 {
		// "…, schrijft mode- en lifestyledeskundige Anna Nooshin", "…,
		// zei de in Den Haag geboren Van Ruijven": the first person
		// named in the words right after the speech verb
		ph, ok = f.personAhead(subj, n)
	}
	if !ok || !f.agrees(ph, vm) || ph.group && rule == "any-verb-after-quote" && !vm.form.plural {
		// a group takes a plural verb: "'groene', activistische
		// aandeelhouders" has no verb at all
		return false
	}
	f.attribute(q, ph, vm, rule)
	f.coordinated(q, after, ph)
	return true
}

// particleAtClauseEnd matches a separable speech verb at ts[k] whose
// particle is the last word of the clause, however far: '"…", laat
// wethouder Jan Smit van cultuur in een persbericht weten'. verbAt looks
// only a few words ahead; here the clause after a quote and a comma ends
// at the first punctuation.
func (f *finder) particleAtClauseEnd(ts []tok, k int) verbMatch {
	e := k + 1
	for e < len(ts) && e <= k+20 && ts[e].word {
		e++
	}
	if e == k+1 || e > k+20 || e < len(ts) && ts[e].s != "." && ts[e].s != "," {
		return verbMatch{}
	}
	for _, vf := range f.lx.forms[ts[k].lower] {
		if vf.particle != "" && !vf.participle && ts[e-1].lower == vf.particle {
			return verbMatch{text: ts[k].s + " " + ts[e-1].s, form: vf, particle: e - 1, ok: true}
		}
	}
	return verbMatch{}
}

// personAhead returns the phrase of the first person mention in the next
// six words from ts[k], before any punctuation but a hyphen, and before a
// conjunction or a personal pronoun, which open a clause of their own:
// in "…, belooft dat zij met Jansen …" the person named is no speaker.
func (f *finder) personAhead(ts []tok, k int) (phrase, bool) {
	for j, n := k, 0; j < len(ts) && n < 6; j++ {
		if !ts[j].word {
			if ts[j].s == "-" {
				continue
			}
			break
		}
		switch w := ts[j].lower; {
		case w == "dat" || w == "of" || subordinators[w] && w != "en" && w != "maar" || clausePronouns[w]:
			return phrase{}, false
		}
		n++
		if m := f.mentionFor(ts[j]); m != nil {
			if m.Person {
				return f.mentionPhrase(ts, j, m, ""), true
			}
			break
		}
	}
	return phrase{}, false
}

// clausePronouns are the personal pronouns that open a clause as its
// subject ("dat zij …", "of hij …"); possessives are left out: "…, zegt
// haar manager Jan Smit".
var clausePronouns = map[string]bool{"hij": true, "zij": true, "ze": true, "ik": true, "we": true, "wij": true, "jij": true, "je": true, "u": true, "men": true}

// statementAfter handles a quote that a statement noun after it
// attributes: "'…', was zijn veelzeggende commentaar" (the possessive is
// the speaker, resolved as a pronoun), "'…', luidde het antwoord van de
// tennisster" (the phrase after "van"). The verb is a copula or "luiden"
// or "klinken".
func (f *finder) statementAfter(q *Quote, after []tok, k int) bool {
	switch after[k].lower {
	case "was", "is", "luidde", "luidt", "klonk", "klinkt", "bleek", "blijkt":
	default:
		return false
	}
	j := k + 1
	if j >= len(after) || !after[j].word {
		return false
	}
	det := after[j]
	j++
	for j < len(after) && j < k+5 && after[j].word && isModifier(after[j]) && !statementNouns[after[j].lower] {
		j++
	}
	if j >= len(after) || !statementNouns[after[j].lower] && !answerNouns[after[j].lower] {
		return false
	}
	vm := verbMatch{text: after[k].s + " " + f.doc[det.start:after[j].end], particle: -1, ok: true}
	switch det.lower {
	case "zijn", "haar":
		if j+1 < len(after) && after[j+1].word {
			return false // "was haar reactie op het nieuws van Jansen"
		}
		ph := phrase{start: det.start, end: det.end, next: j + 1, pronoun: true}
		f.attribute(q, ph, vm, "verb-after-quote")
		return true
	case "het", "de":
		if j+1 < len(after) && after[j+1].lower == "van" {
			f.generic = true
			ph, ok := f.parseNP(after, j+2)
			f.generic = false
			if ok {
				f.attribute(q, ph, vm, "verb-after-quote")
				return true
			}
		}
	}
	return false
}

// answerNouns name what a speaker says in reply, as statementNouns name
// a statement: "'…', luidde het antwoord van de tennisster".
var answerNouns = map[string]bool{
	"antwoord": true, "commentaar": true, "conclusie": true, "oordeel": true, "boodschap": true,
	"woorden": true, "repliek": true, "uitleg": true, "verweer": true, "advies": true, "oproep": true,
}

// inversionAdverbs may stand between a speech verb and its subject:
// "…, zegt ook adviseur Jan Bakker", "…, zei dinsdag premier X".
var inversionAdverbs = map[string]bool{
	"ook": true, "nog": true, "echter": true, "eveneens": true, "bovendien": true, "verder": true,
	"tenslotte": true, "immers": true, "desgevraagd": true, "daarop": true, "vervolgens": true,
	"later": true, "eerder": true, "gisteren": true, "vandaag": true,
}

// afterAdverbs skips at most two adverbs from ts[k] that may stand
// between a speech verb and its subject, when a word follows them.
func afterAdverbs(ts []tok, k int) int {
	j := k
	for j < len(ts) && j < k+2 && ts[j].word && (inversionAdverbs[ts[j].lower] || weekdayWord(ts[j].lower) || timeWords[ts[j].lower]) {
		j++
	}
	if j < len(ts) && ts[j].word {
		return j
	}
	return k
}

// coordinated widens the speaker of q to two persons joined by "en" after
// the verb: '"…", juichen Lisa (16) en Noor (15)' is said by "Lisa en
// Noor". Both must be persons, or names with an age. The speaker's Text
// then spans both names.
func (f *finder) coordinated(q *Quote, ts []tok, ph phrase) {
	if ph.pronoun || ph.source || q.Speaker == nil || q.Speaker.Canonical == "" {
		return
	}
	age := func(k int) bool { return k+2 < len(ts) && ts[k].s == "(" && ts[k+1].word && ts[k+2].s == ")" }
	k := ph.next
	aged := age(k)
	if aged {
		k += 3 // an age: "Lisa (16)"
	}
	if !ph.person && !aged || k+1 >= len(ts) || ts[k].lower != "en" {
		return
	}
	ph2, ok := f.parseNP(ts, k+1)
	if !ok || ph2.pronoun || ph2.source || !(ph2.person || age(ph2.next)) {
		return
	}
	c2 := ph2.canonical
	if c2 == "" {
		c2 = f.doc[ph2.start:ph2.end]
	}
	sp := q.Speaker
	sp.Canonical = sp.Canonical + " en " + c2
	sp.End = ph2.end
	sp.Text = f.doc[sp.Start:sp.End]
}

// dashAfter handles '"…" - woordvoerder Jansen'.
func (f *finder) dashAfter(q *Quote, after []tok) bool {
	if len(after) < 2 || (after[0].s != "-" && after[0].s != "–" && after[0].s != "—") {
		return false
	}
	ph, ok := f.parseNP(after, 1)
	if !ok || ph.pronoun {
		return false
	}
	if n := f.trailingPP(after, ph.next); n < len(after) && after[n].word {
		return false
	}
	f.attribute(q, ph, verbMatch{}, "dash")
	return true
}

// trailingPP skips a phrase that places a dash speaker, "van de gemeente",
// "bij het Erasmus MC", "namens de Vereniging van Ziekenhuizen": a
// preposition, optionally a determiner and one lower-case noun, then
// capitalised words (name particles allowed), at most six words in all.
// It returns k when no such phrase follows.
func (f *finder) trailingPP(ts []tok, k int) int {
	if k >= len(ts) {
		return k
	}
	switch ts[k].lower {
	case "van", "bij", "namens", "uit", "in", "op":
	default:
		return k
	}
	n := k + 1
	if n < len(ts) && (ts[n].lower == "de" || ts[n].lower == "het") {
		n++
		if n < len(ts) && ts[n].word && !isUpperWord(ts[n].s) && !f.isVerb(ts[n].lower) {
			n++
		}
	}
	for n < len(ts) && ts[n].word && n-k <= 6 && (isUpperWord(ts[n].s) || nameParticles[ts[n].lower]) {
		n++
	}
	if n == k+1 || n < len(ts) && ts[n].word {
		return k
	}
	return n
}

// inSentence handles a quote inside a sentence that names its source:
// "Volgens hen ... 'oplopende spanningen'" or "Jansen noemde het 'een
// schande'".
//
// A short phrase (strict) is attributed only by "volgens" or a subject
// with a known speech verb ("De politie noemt het 'zeer ongepast'"),
// never by the verb-first form.
func (f *finder) inSentence(q *Quote, before, after []tok, strict bool) bool {
	ownWords := false // "naar eigen zeggen" in the sentence
	for k := 0; k+1 < len(before); k++ {
		switch before[k].lower {
		case "volgens":
			if ph, ok := f.parseNP(before, k+1); ok && !f.media(ph) {
				// "Volgens RTL Nieuws werd het OM geadviseerd 'er met
				// gestrekt been in te gaan'": a medium quotes a source
				f.attribute(q, ph, verbMatch{text: before[k].s, particle: -1, ok: true}, "volgens")
				return true
			}
		case "naar":
			ownWords = ownWords || k+2 < len(before) && before[k+1].lower == "eigen" && before[k+2].lower == "zeggen"
		}
	}
	s0 := skipConnectives(before)
	if s0+1 < len(before) && before[s0].word && fronted(before[s0].lower) && f.mentionFor(before[s0]) == nil {
		// "Maandag zei burgemeester Dijkstra al dat …": a fronted
		// weekday or adverb is no speaker; the subject follows the verb
		s0++
	}
	if ph, ok := f.parseNP(before, s0); ok && ph.next < len(before) {
		if vm := f.verbAt(before, f.skipPP(before, ph.next), false); vm.ok && f.agrees(ph, vm) {
			f.attribute(q, ph, vm, "verb-in-sentence")
			return true
		}
	}
	// "Wel zei ze vorig jaar dat ze 'elke week …'": the verb first, then
	// the subject
	if vm := f.verbAt(before, s0, false); vm.ok && s0 > 0 && !strict {
		if ph, ok := f.parseNP(before, s0+1); ok && (ph.pronoun || ph.person) {
			f.attribute(q, ph, vm, "verb-in-sentence")
			return true
		}
	}
	// "De politie is 'dringend op zoek naar getuigen'", "Daarnaast is
	// de politie 'zeer verontwaardigd …'": a phrase in marks right after
	// a copula, of more than two words, describes its subject in the
	// subject's own words
	if !strict && len(before) >= 2 {
		if ph, ok := f.copulaSubject(before, s0); ok {
			f.attribute(q, ph, verbMatch{}, "copula-subject")
			return true
		}
	}
	// "Zij was naar eigen zeggen 'ontzettend blij'": the subject speaks
	if ownWords {
		ph, ok := f.parseNP(before, s0)
		if !ok || !ph.pronoun && !ph.person && !ph.source && f.mentionAt(ph.start) == nil {
			ph, _, ok = f.invertedSubject(before, s0)
		}
		if ok {
			f.attribute(q, ph, verbMatch{text: "naar eigen zeggen", particle: -1, ok: true}, "naar-eigen-zeggen")
			return true
		}
	}
	return false
}

// colonAbove handles a quote that opens its paragraph after a paragraph
// that ends in a speech verb and a colon: 'Op X schrijft hij:' then
// '"…"'. The last sentence of the previous paragraph is read as the
// words before the quote.
func (f *finder) colonAbove(q *Quote, p pair) bool {
	r := f.regionOf(p.start)
	if r <= 0 || f.regs[r-1].headline {
		return false
	}
	rs := datelineEnd(f.doc, f.regs[r].start, p.start)
	if hasNonSpace(f.doc[rs:p.start]) {
		return false
	}
	prev := f.regs[r-1]
	e := prev.end
	for e > prev.start && isSpaceByte(f.doc[e-1]) {
		e--
	}
	if e == prev.start || f.doc[e-1] != ':' {
		return false
	}
	ps := max(boundBefore(f.bounds, e-1), prev.start)
	if e-ps > maxWindow || f.hasPairIn(ps, e) {
		return false
	}
	if ps == prev.start {
		ps = datelineEnd(f.doc, ps, e)
	}
	return f.colonBefore(q, f.tokens(ps, e))
}

// verbFollows reports whether a finite auxiliary or copula follows a quote,
// which makes a short quote a predicate ("dat hij 'geen spijt' had") rather
// than a scare-quoted modifier ("het 'kwaadaardige' beleid").
func (f *finder) verbFollows(after []tok) bool {
	if len(after) == 0 || !after[0].word {
		return false
	}
	switch after[0].lower {
	case "wordt", "werd", "worden", "werden", "blijft", "bleef", "lijkt", "leek":
		return true
	}
	return auxiliaries[after[0].lower]
}

// endsClause reports whether the tokens after a quote end the sentence.
func endsClause(after []tok) bool {
	for _, t := range after {
		if t.word {
			return false
		}
	}
	return true
}

// afterColon reports whether the words before a quote end in a colon.
func (f *finder) afterColon(before []tok) bool {
	return len(before) > 0 && before[len(before)-1].s == ":"
}

// partialInReport keeps the short phrases in marks that lie inside an
// attributed report: in ", aldus de politie" or "…, meldt de politie." the
// quoted words are the source's own ("'een opstootje' ontstaan, meldt de
// politie"), not scare quotes. Such a phrase takes the report's speaker
// (rule in-report). The other pending phrases stay unreported.
func (f *finder) partialInReport() {
	// quotes in marks that no rule attributed, inside an attributed
	// report: "… een 'fundamentele herijking' duurt …, zegt minister X."
	for i := 0; i < f.nBefore; i++ {
		q := &f.quotes[i]
		if q.Speaker != nil || q.Kind != Direct {
			continue
		}
		if sp := f.reportAround(q); sp != nil {
			q.Speaker, q.Rule = sp, "in-report"
			q.Confidence = confidence(q.Rule, q.Speaker)
		}
	}
	var keep []Quote
	for _, q := range f.pending {
		r := f.regionOf(q.Start)
		if r < 0 || f.regs[r].headline {
			keep = append(keep, q)
			continue
		}
		if sp := f.reportAround(&q); sp != nil {
			q.Speaker, q.Rule = sp, "in-report"
			q.Confidence = confidence(q.Rule, q.Speaker)
			f.quotes = append(f.quotes, q)
		}
	}
	f.pending = keep
}

// reportAround returns the speaker of the report that holds quote q: an
// attributed indirect quote around it, or the sentence around it read as
// a report by the indirect rules ("…, zegt minister X.", "X zei dat hij
// 'geen spijt' had"). It returns nil when there is none.
func (f *finder) reportAround(q *Quote) *Speaker {
	for j := f.nBefore; j < len(f.quotes); j++ {
		rep := &f.quotes[j]
		if rep.Kind == Indirect && rep.Speaker != nil && rep.Start <= q.Start && q.End <= rep.End {
			if f.mediaSpeaker(rep.Speaker) {
				return nil // a medium's report quotes its sources
			}
			sp := *rep.Speaker
			return &sp
		}
	}
	r := f.regionOf(q.Start)
	if r < 0 || f.regs[r].headline {
		return nil
	}
	ss := max(boundBefore(f.bounds, q.Start), f.regs[r].start)
	if ss == f.regs[r].start {
		ss = datelineEnd(f.doc, ss, q.Start)
	}
	se := min(boundAfter(f.bounds, q.End), f.regs[r].end)
	if se-ss > 2*maxWindow || se <= ss {
		return nil
	}
	ts := f.tokens(ss, se)
	if rep, ok := f.indirectSentence(sentence{ss, se}, ts, nil); ok && rep.Speaker != nil && (rep.Speaker.Canonical != "" || !rep.Speaker.Pronoun) &&
		(rep.Speaker.End <= q.Start || rep.Speaker.Start >= q.End) && !f.mediaSpeaker(rep.Speaker) {
		return rep.Speaker // a report around the quote, not one inside it
	}
	// "Dat oordeelt de AP na '…'." in its own sentence, or "… '…' in
	// strijd met de regels. Dat oordeelt de AP." in the next one
	for _, rng := range [][2]int{{ss, se}, {se, min(boundAfter(f.bounds, se+1), f.regs[r].end)}} {
		a, b := rng[0], rng[1]
		for a < b && isSpaceByte(f.doc[a]) {
			a++
		}
		if b-a < 4 || b-a > 2*maxWindow {
			continue
		}
		if ph, vm, ok := f.datReport(f.tokens(a, b)); ok && !ph.pronoun && !f.media(ph) {
			return f.speaker(ph, vm.form.plural)
		}
	}
	return nil
}

// copulaBeforeQuote are the copulas after which a phrase in marks
// describes the subject ("De politie is '…'").
var copulaBeforeQuote = map[string]bool{"is": true, "was": true, "zijn": true, "waren": true, "blijft": true, "bleef": true}

// copulaSubject returns the subject of a clause before[s0:] that leads
// into a phrase in marks through a copula: the subject right before the
// copula that ends before ("De politie is '…'"), or right after a fronted
// word and the copula ("Daarnaast is de politie '…'"). The subject must
// be a pronoun, a person with a name, a group, a source or an
// organisation: "Het besluit is '…'" quotes whoever judged the decision,
// not the decision.
func (f *finder) copulaSubject(before []tok, s0 int) (phrase, bool) {
	n := len(before)
	var ph phrase
	var ok bool
	switch {
	case copulaBeforeQuote[before[n-1].lower]:
		ph, ok = f.parseNP(before, s0)
		ok = ok && ph.next == n-1
	case s0 > 0 && s0+1 < n && copulaBeforeQuote[before[s0].lower] && fronted(before[s0-1].lower):
		// (inSentence has stepped over the fronted word)
		ph, ok = f.parseNP(before, s0+1)
		ok = ok && ph.next == n
	}
	if !ok {
		return phrase{}, false
	}
	m := f.mentionAt(ph.start)
	if ph.pronoun || ph.person && ph.canonical != "" || ph.group || ph.source || m != nil && m.Organisation {
		return ph, true
	}
	return phrase{}, false
}
