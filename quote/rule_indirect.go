// Indirect quotes: reported speech in sentences without quote marks,
// through the rules of [finder.indirectSentence] in their order.

package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// sentence is a sentence span within a region.
type sentence struct{ start, end int }

// indirect finds reported speech in sentences without quote marks.
func (f *finder) indirect() {
	var sents []sentence
	for _, rg := range f.regs {
		if rg.headline {
			continue
		}
		k := sort.SearchInts(f.bounds, rg.start)
		for ; k+1 < len(f.bounds) && f.bounds[k] < rg.end; k++ {
			a, b := f.bounds[k], min(f.bounds[k+1], rg.end)
			for a < b && isSpaceByte(f.doc[a]) {
				a++
			}
			for b > a && isSpaceByte(f.doc[b-1]) {
				b--
			}
			if a == rg.start {
				a = datelineEnd(f.doc, a, b)
			}
			if a < b {
				sents = append(sents, sentence{a, b})
			}
		}
	}
	slices.SortStableFunc(f.quotes, func(a, b Quote) int { return a.Start - b.Start })
	f.nBefore = len(f.quotes)
	f.covered = make([]coverage, len(f.quotes))
	maxEnd := 0
	for i, q := range f.quotes {
		maxEnd = max(maxEnd, q.End)
		f.covered[i] = coverage{q.Start, maxEnd}
	}
	for i, s := range sents {
		if f.coveredByQuote(s) {
			continue
		}
		if !mayReport(f.doc[s.start:s.end]) {
			continue
		}
		ts := f.tokens(s.start, s.end)
		if len(ts) > 400 {
			ts = ts[:400]
		}
		var prev *sentence
		if i > 0 && f.regionOf(sents[i-1].start) == f.regionOf(s.start) && !f.coveredByQuote(sents[i-1]) {
			prev = &sents[i-1]
		}
		for _, c := range f.clauses(s, ts) {
			cts := ts[c.first:c.last]
			if c.first > 0 {
				prev = nil
			}
			// "…, maar Wilders ontkende dat." reports nothing of its own
			if q, ok := f.indirectSentence(c.sentence, cts, prev); ok && q.Content.End > q.Content.Start {
				f.quotes = append(f.quotes, q)
			}
		}
	}
}

// clause is a piece of a sentence that may hold its own report, with its
// token range.
type clause struct {
	sentence
	first, last int
}

// clauses splits a sentence into reports: a new clause starts after ";" or
// after ", maar" (", terwijl", ", en", ", want" …) when a new subject and a
// speech verb follow: "De rechter zei dat …, maar de advocaat zei dat …"
// holds two indirect quotes. The coordinator belongs to neither clause.
func (f *finder) clauses(s sentence, ts []tok) []clause {
	out := []clause{{sentence: s, first: 0, last: len(ts)}}
	for k := 1; k+2 < len(ts); k++ {
		j := k + 1
		switch {
		case ts[k].s == ";":
		case ts[k].s == "," && coordinators[ts[k+1].lower]:
			j = k + 2
		default:
			continue
		}
		if !f.reportStart(ts, j) {
			continue
		}
		cur := &out[len(out)-1]
		cur.last = k
		cur.end = ts[k].start
		out = append(out, clause{sentence: sentence{ts[j].start, s.end}, first: j, last: len(ts)})
	}
	return out
}

// reportStart reports whether a subject and a finite speech verb (or an
// auxiliary and a speech participle) start at ts[j]: "de advocaat zei",
// "hij heeft gezegd".
func (f *finder) reportStart(ts []tok, j int) bool {
	f.generic = true
	ph, ok := f.parseNP(ts, j)
	f.generic = false
	if !ok {
		return false
	}
	n := f.skipPP(ts, ph.next)
	if f.verbAt(ts, n, false).ok {
		return true
	}
	if n < len(ts) && f.isAux(ts[n].lower) {
		for v := n + 1; v < len(ts) && v <= n+5 && ts[v].word; v++ {
			if vm := f.verbAt(ts, v, true); vm.ok && vm.form.participle {
				return true
			}
		}
	}
	return false
}

func (f *finder) coveredByQuote(s sentence) bool {
	// f.covered holds the quotes found before the indirect pass, sorted by
	// start, with the running maximum of their ends.
	k := sort.Search(len(f.covered), func(k int) bool { return f.covered[k].start >= s.end })
	if k > 0 && f.covered[k-1].maxEnd > s.start {
		return true
	}
	if n := len(f.quotes); n > f.nBefore && f.quotes[n-1].End > s.start && f.quotes[n-1].Start < s.end {
		return true
	}
	return false
}

// trimClause trims spaces, a final period or comma and dangling quote
// marks from doc[a:b].
func (f *finder) trimClause(a, b int) (int, int) {
	for {
		a0, b0 := a, b
		for a < b && isSpaceByte(f.doc[a]) {
			a++
		}
		for b > a {
			c := f.doc[b-1]
			if isSpaceByte(c) || c == '.' || c == ',' || c == ';' || c == ':' {
				b--
				continue
			}
			break
		}
		a, b = f.stripDangling(a, b)
		if a == a0 && b == b0 {
			return a, b
		}
	}
}

// stripDangling drops a quote mark that opens or closes no quote from
// the edges of doc[a:b]: the unbalanced '"We gaan door, zei Rutte.' reports
// "We gaan door". Elision apostrophes ('s avonds) and the marks of a
// matched quote stay.
func (f *finder) stripDangling(a, b int) (int, int) {
	if a < b {
		if m, w := markAt(f.doc, a, b); m != mkNone && !f.pairStartsAt(a) &&
			!((m.single() || m == mkRightS) && apostropheWord(f.doc[a+w:b])) {
			a += w
		}
	}
	if a < b {
		r, w := utf8.DecodeLastRuneInString(f.doc[a:b])
		if isQuoteRune(r) && !f.pairEndsAt(b) {
			single := r == '\'' || r == '’' || r == '‘' || r == '‚'
			if single {
				// a final apostrophe after a letter is a possessive
				// ("Jezus'"); after punctuation it is a mark
				if p := runeBefore(f.doc, b-w, a); p != -1 && !isWordRune(p) {
					b -= w
				}
			} else {
				b -= w
				if r == '\'' && b > a && f.doc[b-1] == '\'' { // ''
					b--
				}
			}
		}
	}
	return a, b
}

func (f *finder) indirectQuote(s sentence, ca, cb int) Quote {
	ca, cb = f.trimClause(ca, cb)
	return Quote{
		Text: f.doc[s.start:s.end], Start: s.start, End: s.end,
		Content: Span{Text: f.doc[ca:cb], Start: ca, End: cb},
		Kind:    Indirect,
	}
}

// indirectSentence tries the indirect rules on one sentence.
func (f *finder) indirectSentence(s sentence, ts []tok, prev *sentence) (Quote, bool) {
	if len(ts) < 3 {
		return Quote{}, false
	}
	// "Dat zegt Trump in een verklaring." reports the previous sentence.
	if prev != nil {
		if ph, vm, ok := f.datReport(ts); ok {
			q := f.indirectQuote(sentence{prev.start, s.end}, prev.start, prev.end)
			f.attribute(&q, ph, vm, "dat-anaphor")
			return q, true
		}
	}
	// "…, zegt de secretaris-generaal." / "…, aldus X."
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].s != "," || !wordsAtLeast(f.doc[s.start:ts[k].start], 3) {
			continue
		}
		if ts[k+1].lower == "aldus" {
			end := len(ts)
			for end > 0 && !ts[end-1].word {
				end--
			}
			// "…, aldus de politie zaterdag (in een verklaring)."
			if ph, ok := f.parseNP(ts, k+2); ok && (ph.next >= len(ts)-1 || ph.next < end && f.adverbialGap(ts, ph.next, end)) {
				q := f.indirectQuote(s, s.start, ts[k].start)
				f.attribute(&q, ph, verbMatch{text: ts[k+1].s, particle: -1, ok: true}, "aldus")
				return q, true
			}
			continue
		}
		v := k + 1
		if ts[v].lower == "zo" && v+2 < len(ts) {
			v++ // "…, zo zei De Wit."
		}
		vm := f.verbAt(ts, v, false)
		if !vm.ok {
			continue
		}
		ph, ok := f.parseNP(ts, afterAdverbs(ts, v+1))
		if !ok || !f.agrees(ph, vm) {
			continue
		}
		if ph.group && (!closesClause(ts, ph.next) || frontedClause[ts[skipConnectives(ts)].lower] && !hasComma(ts[:k])) {
			// "…, constateerden de artsen een infarct": an object follows,
			// the group is no reporting subject; "Waar de winkel sloot,
			// besloten twee inbrekers …": the clause before the first
			// comma is a fronted subordinate clause and the verb after it
			// the main verb, not a report
			continue
		}
		if ph.next < len(ts) && ts[ph.next].lower == "dat" {
			continue // "…, zegt hij dat …" is not a report of the first clause
		}
		q := f.indirectQuote(s, s.start, ts[k].start)
		f.attribute(&q, ph, vm, "inverted-verb")
		return q, true
	}
	// "Volgens Araghchi is Teheran bereid …" / "… zal volgens X pas …"
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].lower != "volgens" {
			continue
		}
		ph, ok := f.parseNP(ts, k+1)
		if !ok {
			continue
		}
		var q Quote
		if k == skipConnectives(ts) {
			n := ph.next
			if e, ok := ofPhraseBeforeVerb(ts, n); ok {
				// "Volgens een woordvoerder van de luchthaven is er …":
				// the report starts at the finite verb
				n = e
			}
			if n < len(ts) && ts[n].s == "," {
				// "Volgens Brys, directeur van Versatel, kwam …"
				for j := n + 1; j < len(ts) && j < n+12; j++ {
					if ts[j].s == "," {
						n = j + 1
						break
					}
				}
			}
			q = f.indirectQuote(s, ts[min(n, len(ts)-1)].start, s.end)
		} else {
			q = f.indirectQuote(s, s.start, s.end)
		}
		f.attribute(&q, ph, verbMatch{text: ts[k].s, particle: -1, ok: true}, "volgens")
		return q, true
	}
	// "Araghchi ontkent dat …", "nadat hij had gezegd dat …"
	for k := 1; k+1 < len(ts); k++ {
		if ts[k].lower != "dat" {
			continue
		}
		if q, ok := f.subjectVerbDat(s, ts, k); ok {
			return q, true
		}
	}
	return Quote{}, false
}

// ofPhraseBeforeVerb reads "van" and a noun phrase at ts[n], after the
// speaker of a fronted "volgens": a determiner, adjectives in -e, then a
// lower-case noun with or without a name after it ("van kliniek
// Fivoor") or a run of capitalised words ("van de Open Universiteit").
// It returns the index after the phrase when a lower-case word follows
// that may be the finite verb: no pronoun, article, preposition,
// conjunction or relative ("van de universiteit die …" is left alone).
func ofPhraseBeforeVerb(ts []tok, n int) (int, bool) {
	if n+1 >= len(ts) || ts[n].lower != "van" {
		return 0, false
	}
	j := n + 1
	if j < len(ts) && ts[j].word && (ts[j].lower == "de" || ts[j].lower == "het") {
		j++
	}
	for j < len(ts) && j < n+5 && ts[j].word && !ts[j].upper() && isModifier(ts[j]) && !closedClass(ts[j].lower) {
		j++
	}
	if j >= len(ts) || !ts[j].word {
		return 0, false
	}
	if !ts[j].upper() {
		if closedClass(ts[j].lower) {
			return 0, false
		}
		j++
	}
	for k := j; j < len(ts) && j < k+4 && ts[j].word && ts[j].upper(); j++ {
	}
	if j >= len(ts) || !ts[j].word || ts[j].upper() {
		return 0, false
	}
	if w := ts[j].lower; !auxiliaries[w] && !copulas[w] && closedClass(w) {
		return 0, false
	}
	return j, true
}

// mayReport is a cheap filter: every indirect rule needs a comma,
// "volgens", "dat" or a sentence-initial "Dit".
func mayReport(s string) bool {
	return strings.Contains(s, ",") || strings.Contains(s, "olgens") || strings.Contains(s, "dat") ||
		strings.Contains(s, "Dat") || strings.HasPrefix(s, "Dit")
}

// objectGap reports whether ts[a:b] may separate a speech verb from "dat":
// adverbs, object pronouns, a comma, or a named object ("de Kamer").
func (f *finder) objectGap(ts []tok, a, b int) bool {
	for _, t := range ts[a:b] {
		switch {
		case !t.word:
			if t.s != "," {
				return false
			}
		case gapWords[t.lower], determiners[t.lower], isUpperWord(t.s), f.mentionFor(t) != nil:
		default:
			return false
		}
	}
	return true
}

// maxGap bounds the adverbials and prepositional phrases between a speech
// verb and "dat".
const maxGap = 12

// adverbialGap reports whether ts[a:b] is a bounded run of adverbials and
// prepositional phrases that may stand between a speech verb and "dat"
// ("zei dinsdag in een interview met de NOS dat"): at most maxGap words,
// no punctuation, no auxiliary or copula, and a lower-case noun only
// inside a prepositional phrase (so "schreef een boek dat …", a relative
// clause, is no report).
func (f *finder) adverbialGap(ts []tok, a, b int) bool {
	if b-a > maxGap || a > b {
		return false
	}
	pp := false
	for i, t := range ts[a:b] {
		switch {
		case !t.word:
			return false
		case determiners[t.lower] && i > 0 && prepositions[ts[a+i-1].lower]:
			// "in zijn boek": a possessive, not the verb "zijn"
		case f.isAux(t.lower) || copulas[t.lower]:
			return false
		case prepositions[t.lower] || t.lower == "van":
			pp = true
		case gapWords[t.lower], adverbs[t.lower], timeWords[t.lower], determiners[t.lower], weekdayWord(t.lower):
		case t.upper(), f.mentionFor(t) != nil:
		case pp:
		default:
			return false
		}
	}
	return true
}

// subjectVerbDat handles SUBJECT (AUX ...) VERB (OBJECT) dat CLAUSE, with
// "dat" at ts[d].
func (f *finder) subjectVerbDat(s sentence, ts []tok, d int) (Quote, bool) {
	// the speech verb (or its particle) within maxGap+1 words before "dat"
	for v := d - 1; v >= 0 && v >= d-maxGap-1; v-- {
		if !ts[v].word {
			if ts[v].s == "," && v == d-1 {
				continue
			}
			break
		}
		vm := f.verbAt(ts, v, true)
		if !vm.ok || (vm.particle >= 0 && vm.particle >= d) {
			continue
		}
		if g := max(v, vm.particle) + 1; !f.objectGap(ts, g, d) && !f.adverbialGap(ts, g, d) {
			// "Artsen waarschuwden de ouders dat …": a subject that opens
			// the clause right before the verb, and a noun phrase object
			// between the verb and "dat"
			if q, ok := f.subjectObjectDat(s, ts, v, g, d, vm); ok {
				return q, true
			}
			// "Gisteren zei de minister in de Kamer dat …": the subject
			// after the verb, then adverbials.
			if q, ok := f.invertedDat(s, ts, v, d, vm); ok {
				return q, true
			}
			break // "Hij schreef een boek dat …": a relative clause
		}
		// subject right before the verb (or before an auxiliary): find a
		// clause start and parse forward.
		starts := []int{skipConnectives(ts)}
		for k := 0; k < v; k++ {
			if subordinators[ts[k].lower] || ts[k].s == "," {
				starts = append(starts, k+1)
			}
		}
		for _, st := range starts {
			// right before a speech verb any "de/het … noun" is a subject:
			// "de werkgevers verklaarden dat …"
			f.generic = true
			ph, ok := f.parseNP(ts, st)
			f.generic = false
			if !ok {
				continue
			}
			gap := v - f.skipPP(ts, ph.next)
			n := f.skipPP(ts, ph.next)
			if !f.agrees(ph, vm) {
				continue
			}
			if (gap == 0 && !vm.form.participle) || (gap >= 1 && f.isAux(ts[n].lower) && (gap <= 3 || f.adverbialGap(ts, n+1, v))) {
				q := f.indirectQuote(s, ts[d].end, s.end)
				f.attribute(&q, ph, vm, "subject-verb-dat")
				return q, true
			}
		}
		if q, ok := f.invertedDat(s, ts, v, d, vm); ok {
			return q, true
		}
		break
	}
	return Quote{}, false
}

// subjectObjectDat handles SUBJECT VERB OBJECT dat CLAUSE with the
// subject opening the clause right before the verb at ts[v] and a noun
// phrase object from ts[g] up to "dat" at ts[d]: "Artsen waarschuwden de
// ouders dat …".
func (f *finder) subjectObjectDat(s sentence, ts []tok, v, g, d int, vm verbMatch) (Quote, bool) {
	if vm.form.participle {
		return Quote{}, false
	}
	f.generic = true
	subj, ok := f.parseNP(ts, skipConnectives(ts))
	f.generic = false
	if !ok || subj.next != v || !f.agrees(subj, vm) {
		return Quote{}, false
	}
	m := f.mentionAt(subj.start)
	if !(subj.pronoun || subj.person || subj.source || subj.group || subj.role != "" || m != nil && m.Organisation) {
		return Quote{}, false
	}
	// the object is whom the words are addressed to ("de ouders", "de
	// aanwezigen"), or "het" before an adjective with "vinden" or
	// "noemen" ("vindt het jammer dat"); a thing ("schreef een boek dat
	// …") opens a relative clause
	f.generic = true
	obj, ok := f.parseNP(ts, g)
	f.generic = false
	if !ok || obj.next != d {
		extraposed := (vm.form.lemma == "vinden" || vm.form.lemma == "noemen") && ts[g].lower == "het" &&
			d-g >= 2 && d-g <= 3 && !ts[d-1].upper()
		if !extraposed {
			return Quote{}, false
		}
	} else if !(obj.person || obj.group || obj.source && ts[g].lower != "een") {
		extraposed := (vm.form.lemma == "vinden" || vm.form.lemma == "noemen") && ts[g].lower == "het" && d-g <= 3
		if !extraposed {
			return Quote{}, false
		}
	}
	q := f.indirectQuote(s, ts[d].end, s.end)
	f.attribute(&q, subj, vm, "subject-verb-dat")
	return q, true
}

// invertedDat handles the subject after the speech verb at ts[v], with
// "dat" at ts[d]: "Gisteren zei de minister (in de Kamer) dat …".
func (f *finder) invertedDat(s sentence, ts []tok, v, d int, vm verbMatch) (Quote, bool) {
	if vm.form.participle {
		return Quote{}, false
	}
	ph, ok := f.parseNP(ts, v+1)
	if !ok || ph.next > d || !f.agrees(ph, vm) {
		return Quote{}, false
	}
	switch {
	case ph.next == d:
	case vm.particle >= 0 && ph.next == vm.particle && vm.particle+1 == d:
	case vm.particle < 0 && (f.objectGap(ts, ph.next, d) || f.adverbialGap(ts, ph.next, d)):
	default:
		return Quote{}, false
	}
	q := f.indirectQuote(s, ts[d].end, s.end)
	f.attribute(&q, ph, vm, "subject-verb-dat")
	return q, true
}

// closesClause reports whether a reporting subject ending at ts[k] closes
// its clause: what follows it holds no object, only adverbs and
// prepositional phrases ("zeggen buurtbewoners dinsdag tegen de NOS",
// "vinden de bewoners van het dorp Riel"), not an article outside a
// prepositional phrase ("constateerden de artsen een infarct")
// nor a reflexive or an infinitive ("begonnen de renners zich te
// roeren").
func closesClause(ts []tok, k int) bool {
	for j := k; j < len(ts) && ts[j].word; j++ {
		w := ts[j].lower
		if w == "zich" || w == "te" {
			return false
		}
		if (determiners[w] || w == "een") && (j == k || !prepositions[ts[j-1].lower] && ts[j-1].lower != "van") {
			return false
		}
	}
	return true
}

// frontedClause open a subordinate clause that, fronted, ends at a comma
// before the main verb: "Nadat hij was vervoerd, constateerden …".
var frontedClause = map[string]bool{
	"nadat": true, "omdat": true, "toen": true, "terwijl": true, "doordat": true, "hoewel": true, "zodat": true,
	"als": true, "wanneer": true, "waar": true, "om": true, "voordat": true, "zodra": true, "indien": true,
	"ofschoon": true, "zolang": true, "aangezien": true,
}

// hasComma reports whether ts holds a comma.
func hasComma(ts []tok) bool {
	for _, t := range ts {
		if t.s == "," {
			return true
		}
	}
	return false
}
