// Speaker phrases: pronouns, names, roles with and without a name, sources.

package quote

import (
	"strings"
	"unicode"
)

// phrase is a speaker phrase found in the text.
type phrase struct {
	start, end int // speaker text
	next       int // token index after the phrase
	pronoun    bool
	plural     bool
	ambiguous  bool // "ze"/"zij": plural or feminine singular
	canonical  string
	role       string
	source     bool // a non-person source ("het ministerie", "critici")
	group      bool // a plural source, a group of people ("critici", "de ouders")
	person     bool
	mute       bool // a mention that never speaks in a headline: a place, an event
}

// parseNP reads a speaker phrase at ts[i]: a pronoun, an entity mention, a
// role with or without a name ("de secretaris-generaal", "woordvoerder
// Jansen"), a source ("het ministerie") or a capitalised name.
func (f *finder) parseNP(ts []tok, i int) (phrase, bool) {
	if i >= len(ts) || !ts[i].word {
		return phrase{}, false
	}
	t := ts[i]
	if p, ok := pronouns[t.lower]; ok {
		return phrase{start: t.start, end: t.end, next: i + 1, pronoun: true, plural: p.plural, ambiguous: p.ambiguous}, true
	}
	if ph, ok := f.possessivePhrase(ts, i); ok {
		return ph, true
	}
	if ph, ok := f.oneOfGroup(ts, i); ok {
		return ph, true
	}
	m := f.mentionFor(t)
	if prepositions[t.lower] && (m == nil || !m.Person) {
		// A fronted adverbial ("Tegen Het Parool zei Halsema", "In Den
		// Haag zei Wilders") is never the subject: in a main clause the
		// subject then follows the finite verb.
		return phrase{}, false
	}
	if m != nil && m.End == t.end && f.lx.isRole(t.lower) && i+1 < len(ts) && f.personAt(ts[i+1]) ||
		m != nil && m.misc() && m.End == t.end && (f.lx.isRole(t.lower) || personNoun(t.lower)) && f.coordinatedOK(ts, i+1) {
		// also before a second role and the name: "GZ-psycholoog en
		// auteur Bjarne Timonen"
		// a role the tagger took for a name, before the name:
		// "FNV-bondsbestuurder Henri Janssen"
		return f.rolePhrase(ts, i, i), true
	}
	if ph, ok := f.nationalityNoun(ts, i, i); ok {
		return ph, true
	}
	if m != nil && !(m.misc() && f.lx.isRole(t.lower)) {
		return f.mentionPhrase(ts, i, m, ""), true
	}
	if ph, ok := f.roleOfOrg(ts, i); ok {
		return ph, true
	}
	j := i
	if determiners[t.lower] {
		j++
	}
	if j+2 < len(ts) && ts[j].lower == "leden" && ts[j+1].lower == "van" {
		// "de leden van Kris Kross Amsterdam": the group speaks
		if m := f.mentionFor(ts[j+2]); m != nil && !m.Place {
			ph := f.mentionPhrase(ts, j+2, m, "")
			ph.start = t.start
			return ph, true
		}
	}
	for n := 0; j < len(ts) && ts[j].word && n < 5; j, n = j+1, n+1 {
		w := ts[j]
		if r, ok := elidedCompound(ts, j); ok && f.lx.isRole(ts[r].lower) {
			// "de voormalig Booking.com- en Uber-bestuurder": the role is
			// the last compound, its first part left out before "en"
			return f.rolePhrase(ts, i, r), true
		}
		if ph, ok := f.nationalityNoun(ts, i, j); ok {
			return ph, true
		}
		if m := f.mentionFor(w); m != nil && !(m.misc() && f.lx.isRole(w.lower)) {
			ph := f.mentionPhrase(ts, j, m, "")
			if m.misc() && j > i && f.definite(ts[i]) {
				// "de Red Bull-coureur": a description the tagger took
				// for a name, resolved like a role
				ph.start, ph.canonical, ph.role = ts[i].start, "", w.lower
			}
			return ph, true
		}
		if f.lx.isRole(w.lower) {
			return f.rolePhrase(ts, i, j), true
		}
		group := f.groupNoun(w) && ts[i].lower != "als" && (j+1 >= len(ts) || !f.personAt(ts[j+1]) && !(ts[j+1].upper() && !notNames[ts[j+1].lower]))
		if f.lx.sources[w.lower] || isOrgNoun(w.lower) && j > i && f.definite(ts[i]) || group {
			if n := j + 1; n < len(ts) && ts[n].word {
				if m := f.mentionFor(ts[n]); m != nil && (m.Organisation || m.misc()) {
					// "de Britse pilotenvakbond Balpa": the name
					return f.mentionPhrase(ts, n, m, ""), true
				}
			}
			ph := phrase{start: ts[i].start, end: w.end, next: j + 1, source: true, group: group}
			ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
			return ph, true
		}
		if !isModifier(w) {
			if _, ok := elidedCompound(ts, j+1); ok {
				continue // an adjective without -e: "voormalig", "oud"
			}
			if (j == i || j == i+1 && determiners[t.lower]) && j+1 < len(ts) && ts[j+1].word && !ts[j+1].upper() && f.lx.isRole(ts[j+1].lower) && !w.upper() &&
				!closedClass(w.lower) && !determiners[w.lower] && !prepositions[w.lower] && !adverbs[w.lower] && !f.isVerb(w.lower) {
				// an adjective without -e before a role: "technisch
				// directeur Sjaak Troost", "de algemeen secretaris"
				continue
			}
			// an apposition: "toerist Anna de Boer", "uitgever Jan Jansen"
			if j+1 < len(ts) && ts[j+1].word && !w.upper() && !determiners[w.lower] && !f.isVerb(w.lower) && !adverbs[w.lower] {
				if isUpperWord(ts[j+1].s) && f.adjectiveBeforeNoun(ts, j+1) && f.definite(ts[i]) {
					// "de meervoudig Frans international": a description
					// with its noun after the adjective
					ph := phrase{start: ts[i].start, end: ts[j+2].end, next: j + 3, role: ts[j+2].lower}
					ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
					return ph, true
				}
				if m := f.mentionFor(ts[j+1]); m != nil && m.Person || isUpperWord(ts[j+1].s) && !notNames[ts[j+1].lower] {
					return f.rolePhrase(ts, i, j), true
				}
			}
			break
		}
	}
	if f.generic && determiners[t.lower] && i+2 < len(ts) && prepositions[ts[i+1].lower] {
		// "de naar een 30e plek afgegleden darter": a phrase with a
		// participle before the noun
		for k := i + 3; k < len(ts) && k <= i+10 && ts[k].word; k++ {
			w := ts[k]
			if !w.upper() && (personNoun(w.lower) || f.lx.isRole(w.lower)) && (k+1 == len(ts) || !ts[k+1].word || closedClass(ts[k+1].lower)) {
				p := ts[k-1].lower
				if strings.HasSuffix(p, "e") || strings.HasSuffix(p, "en") || strings.HasSuffix(p, "d") || strings.HasSuffix(p, "t") {
					return phrase{start: t.start, end: w.end, next: k + 1, role: w.lower}, true
				}
				break
			}
		}
	}
	if f.generic && determiners[t.lower] {
		// right after a speech verb any noun phrase is a speaker:
		// '"…", zei een andere deelneemster aan het onderzoek'
		k := i + 1
		for k < len(ts) && k <= i+4 && ts[k].word && !adverbs[ts[k].lower] && !prepositions[ts[k].lower] && ts[k].lower != "te" &&
			!gapWords[ts[k].lower] && !determiners[ts[k].lower] && !notNames[ts[k].lower] && !f.isVerb(ts[k].lower) {
			k++
			if w := ts[k-1]; !w.upper() && (personNoun(w.lower) || f.lx.isRole(w.lower)) {
				break // the head: "de presentatrice" in "zegt de presentatrice bevlogen"
			}
		}
		// the head is a noun, not an adjective before a noun that is
		// also a verb form ("het alarmerende bericht dat …")
		if k > i+1 && len(ts[k-1].lower) >= 4 && (!strings.HasSuffix(ts[k-1].lower, "ende") ||
			k >= len(ts) || !ts[k].word || closedClass(ts[k].lower)) {
			// a noun in -ende stands alone: "zegt een omwonende terwijl …"
			if n, ok := f.coordinatedName(ts, k); ok {
				// "de Belgische komiek en hoofdrolspeler Jan Pieters": the name
				return f.mentionPhrase(ts, n, f.mentionFor(ts[n]), ts[k-1].lower), true
			}
			ph := phrase{start: t.start, end: ts[k-1].end, next: k, role: ts[k-1].lower}
			ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
			return ph, true
		}
	}
	if isUpperWord(t.s) && !notNames[t.lower] {
		k, end := f.nameRun(ts, i)
		name := f.doc[t.start:end]
		c := f.bySurname(name)
		// A lone capitalised word opening a sentence is as likely an
		// adverb ("Voorts", "Nochtans") as a name the entity tagger missed.
		if c == "" && k == i+1 && !f.headline && f.sentenceInitial(t.start) && !f.subjectOfVerb(ts, k) {
			return phrase{}, false
		}
		return phrase{start: t.start, end: end, next: k, canonical: c, person: true}, true
	}
	return phrase{}, false
}

// nationalityNoun reads an adjective of nationality or place at ts[j]
// (untagged, or tagged as a name that is no person, organisation or
// place), with
// a plural noun of a group or of the press after it (no name after
// that), as one phrase from ts[i]:
// "Britse media", "de Duitse autoriteiten", "Franse onderzoekers". The
// adjective alone is no speaker.
func (f *finder) nationalityNoun(ts []tok, i, j int) (phrase, bool) {
	if m := f.mentionFor(ts[j]); m != nil && (!m.misc() || m.End != ts[j].end) || !f.adjectiveNoun(ts, j) {
		return phrase{}, false
	}
	n := ts[j+1]
	group := f.groupNoun(n)
	if !group && !pluralMedia[n.lower] {
		return phrase{}, false // "de Britse krant The Sun": the name speaks
	}
	if j+2 < len(ts) && ts[j+2].word && (ts[j+2].upper() || f.mentionFor(ts[j+2]) != nil) {
		return phrase{}, false
	}
	ph := phrase{start: ts[i].start, end: n.end, next: j + 2, source: true, group: group || pluralMedia[n.lower]}
	ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
	return ph, true
}

// pluralMedia are plural nouns for the press that speak as a group:
// "melden Britse media".
var pluralMedia = map[string]bool{"media": true, "kranten": true, "nieuwsmedia": true, "zenders": true, "persbureaus": true, "staatsmedia": true}

// coordinatedOK reports whether "en", a second role and a person's name
// start at ts[k] (see coordinatedName).
func (f *finder) coordinatedOK(ts []tok, k int) bool {
	_, ok := f.coordinatedName(ts, k)
	return ok
}

// oneOfGroup reads one person of a group: "een van de buurtbewoners",
// "één van zijn advocaten", "een van de organisatoren van het festival",
// "een van hen". The phrase speaks as one unnamed person: Canonical stays
// empty, Role is the plural noun.
func (f *finder) oneOfGroup(ts []tok, i int) (phrase, bool) {
	if i+2 >= len(ts) || ts[i].lower != "een" && ts[i].lower != "één" && ts[i].lower != "eén" || ts[i+1].lower != "van" || !ts[i+2].word {
		return phrase{}, false
	}
	switch ts[i+2].lower {
	case "hen":
		return phrase{start: ts[i].start, end: ts[i+2].end, next: i + 3, person: true}, true
	case "de", "zijn", "haar", "hun", "onze", "mijn":
	default:
		return phrase{}, false
	}
	if ts[i+2].lower == "hun" && (i+3 >= len(ts) || !ts[i+3].word) {
		return phrase{start: ts[i].start, end: ts[i+2].end, next: i + 3, person: true}, true // "een van hun"
	}
	for k := i + 3; k < len(ts) && k <= i+5 && ts[k].word; k++ {
		w := ts[k]
		if w.upper() {
			break
		}
		if f.groupNoun(w) {
			ph := phrase{start: ts[i].start, end: w.end, next: k + 1, role: w.lower, person: true}
			ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
			return ph, true
		}
		if !isModifier(w) {
			break
		}
	}
	return phrase{}, false
}

// roleOfOrg reads a capitalised person noun right before an
// organisation, with no name after it: "Barmedewerkster IISPA: '…'" is
// a person of IISPA (resolved by role when the story names one with
// it), "Woordvoerder NS: '…'" speaks for the NS.
func (f *finder) roleOfOrg(ts []tok, i int) (phrase, bool) {
	t := ts[i]
	if !t.upper() || i+1 >= len(ts) || f.mentionFor(t) != nil || !(f.lx.isRole(t.lower) || personNoun(t.lower)) {
		return phrase{}, false
	}
	m := f.mentionFor(ts[i+1])
	if m == nil || !m.Organisation {
		return phrase{}, false
	}
	k := i + 1
	for k < len(ts) && ts[k].start < m.End {
		k++
	}
	if k < len(ts) && f.personAt(ts[k]) {
		return phrase{}, false // "Woordvoerder NS Jan Dekker": the name
	}
	ph := phrase{start: t.start, end: m.End, next: k, role: f.lx.roleHead(t.lower)}
	if spokesNouns[t.lower] {
		ph.canonical = m.canonical()
		return ph, true
	}
	pos := t.start
	if r := f.regionOf(pos); r >= 0 && f.regs[r].headline {
		pos = len(f.doc)
	}
	ph.person = true
	ph.canonical = f.resolveRole(ph.role, m.canonical(), pos)
	return ph, true
}

// possessivePhrase reads "Halsema's woordvoerder" or "Rutte’s
// nieuwe woordvoerster" at ts[i]: a capitalised name (or a surname
// initial, "V.’s advocaat") with a possessive 's before a role or source
// noun. The speaker is the whole phrase, its role
// the noun; the person is not named, so the phrase never resolves.
// Lower-case words with 's are plurals ("auto's") and are left alone.
func (f *finder) possessivePhrase(ts []tok, i int) (phrase, bool) {
	t := ts[i]
	first := i + 1
	switch {
	case !t.upper():
		return phrase{}, false
	case len(t.s) >= 4 && (strings.HasSuffix(t.s, "'s") || strings.HasSuffix(t.s, "’s")):
	case i+3 < len(ts) && ts[i+1].s == "." && ts[i+1].start == t.end && (ts[i+2].s == "'s" || ts[i+2].s == "’s") && ts[i+2].start == ts[i+1].end:
		first = i + 3 // the possessive of an initial: "V.’s advocaat"
	default:
		return phrase{}, false
	}
	for j := first; j < len(ts) && j <= first+2 && ts[j].word && !ts[j].upper(); j++ {
		w := ts[j]
		var ph phrase
		switch {
		case f.lx.isRole(w.lower):
			role := f.lx.roleHead(w.lower)
			// "Halsema's woordvoerder Pieter de Vries": the name
			if n := j + 1; n < len(ts) && ts[n].word {
				if m := f.mentionFor(ts[n]); m != nil && m.Person {
					return f.mentionPhrase(ts, n, m, role), true
				}
				if ts[n].upper() && !notNames[ts[n].lower] {
					k, end := f.nameRun(ts, n)
					return phrase{start: ts[n].start, end: end, next: k, canonical: f.bySurname(f.doc[ts[n].start:end]), role: role, person: true}, true
				}
			}
			ph = phrase{start: t.start, end: w.end, next: j + 1, role: role, person: true}
		case f.lx.sources[w.lower]:
			ph = phrase{start: t.start, end: w.end, next: j + 1, source: true}
		case isModifier(w):
			continue
		default:
			return phrase{}, false
		}
		ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
		return ph, true
	}
	return phrase{}, false
}

// subjectOfVerb reports whether the word before ts[k] is the subject of a
// finite speech verb or auxiliary at ts[k]: "Halsema zei gisteravond …".
// When a pronoun, a determiner or a name follows the verb, that is the
// subject and the word before is a fronted adverb ("Voorts zei hij",
// "Dinsdag zei Halsema").
func (f *finder) subjectOfVerb(ts []tok, k int) bool {
	if k >= len(ts) || !ts[k].word {
		return false
	}
	if vm := f.verbAt(ts, k, false); !vm.ok && !f.isAux(ts[k].lower) {
		return false
	}
	if k+1 >= len(ts) || !ts[k+1].word {
		return true
	}
	n := ts[k+1]
	if _, ok := pronouns[n.lower]; ok || otherPronouns[n.lower] || determiners[n.lower] || n.upper() || f.mentionFor(n) != nil {
		return false
	}
	return true
}

// mentionPhrase builds a phrase from a mention at ts[i].
func (f *finder) mentionPhrase(ts []tok, i int, m *mention, role string) phrase {
	k := i
	for k < len(ts) && ts[k].start < m.End {
		k++
	}
	if role == "" && m.Role != "" {
		role, _ = f.normRole(m.Role)
	}
	ph := phrase{start: m.Start, end: m.End, next: k, canonical: m.canonical(), role: role, person: m.Person,
		mute: !m.Person && !m.Organisation}
	if m.Person {
		f.splitGlued(&ph)
	}
	return ph
}

// splitGlued undoes a person mention that glues two names the story
// knows ("onderbreekt Terpstra Art" tagged as one person "Terpstra Art",
// where the story names Erica Terpstra and Art Rooijakkers): when the
// mention's first words are the surname of one person and the rest is
// the first or last name of another, the phrase is the first name only,
// resolved to that person.
func (f *finder) splitGlued(ph *phrase) {
	key := [2]int{ph.start, ph.end}
	if g, ok := f.glued[key]; ok {
		if g.split {
			ph.end, ph.canonical = g.end, g.canonical
		}
		return
	}
	if f.glued == nil {
		f.glued = map[[2]int]glue{}
	}
	f.glued[key] = glue{} // no split, unless found below
	text := f.doc[ph.start:ph.end]
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 4 {
		return
	}
	f.bySurname("") // builds the index
	if f.firstWords == nil {
		f.firstWords = map[string]string{}
		for i := range f.mentions {
			m := &f.mentions[i]
			if fs := strings.Fields(m.canonical()); m.Person && len(fs) >= 2 {
				f.firstWords[strings.ToLower(fs[0])] = m.canonical()
			}
		}
	}
	for cut := len(words) - 1; cut >= 1; cut-- {
		a := strings.Join(words[:cut], " ")
		ca := f.bySurname(a)
		if ca == "" || ca == ph.canonical || strings.EqualFold(ca, text) {
			continue
		}
		rest := strings.ToLower(words[cut])
		other := f.firstWords[rest]
		if other == "" {
			other = f.otherWithSurname(words[len(words)-1], text)
		}
		if other == "" || other == ca {
			continue
		}
		ph.canonical = ca
		ph.end = ph.start + len(a)
		if i := strings.Index(text, words[cut-1]); i >= 0 {
			ph.end = ph.start + i + len(words[cut-1])
		}
		f.glued[key] = glue{split: true, end: ph.end, canonical: ca}
		return
	}
}

// glue is the outcome of splitGlued for one mention, kept by its span.
type glue struct {
	split     bool
	end       int
	canonical string
}

// otherWithSurname returns the canonical name of the one person whose
// name ends in the word w, leaving out the glued mention glued itself
// ("Bin Salman Trump" names no one by "Trump"); "" when none or several.
func (f *finder) otherWithSurname(w, glued string) string {
	if c := f.surnames[strings.ToLower(w)]; c != "" {
		return c
	}
	found := ""
	for i := range f.mentions {
		m := &f.mentions[i]
		c := m.canonical()
		if !m.Person || c == glued || m.Text == glued {
			continue
		}
		if fs := strings.Fields(c); len(fs) > 0 && strings.EqualFold(fs[len(fs)-1], w) {
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	return found
}

// notSpeakerLabel reports whether a colon line's left side ts[a:b], parsed
// as ph, is a label rather than a speaker: a place or another mention that
// is no person or organisation ("Oekraïne:", "Gaza:"), a rubric or common
// noun ("Voetbal:", "Reactie:"), or an untagged capitalised word with a
// common-noun suffix.
func (f *finder) notSpeakerLabel(ts []tok, ph phrase) bool {
	if ph.mute {
		return true
	}
	var words []tok
	for _, t := range ts {
		if t.start >= ph.start && t.end <= ph.end && t.word {
			words = append(words, t)
		}
	}
	if len(words) != 1 {
		return false
	}
	w := words[0].lower
	if f.lx.labels[w] || notNames[w] {
		return true
	}
	if f.lx.sources[w] || f.orgStartingWith(w) != "" {
		return false // "Politie: …", "Inspectie: …" when the story names the Inspectie …
	}
	if f.mentionFor(words[0]) != nil || ph.role != "" || f.lx.isRole(w) {
		return false // "Koning: …" is a role, not a label
	}
	for _, suf := range labelSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// rolePhrase reads a role phrase from ts[i] with the role noun at ts[r],
// followed by an optional name or "van"-phrase.
// adjectiveBeforeNoun reports whether the capitalised word ts[n] is an
// adjective before a lower-case noun rather than a name: "Frans" in "de
// meervoudig Frans international".
func (f *finder) adjectiveBeforeNoun(ts []tok, n int) bool {
	k := n + 1
	if k >= len(ts) || !ts[k].word || ts[k].upper() || f.mentionFor(ts[n]) != nil && f.mentionFor(ts[n]).Person {
		return false
	}
	if k+1 < len(ts) && ts[k+1].word && (ts[k+1].upper() || f.mentionFor(ts[k+1]) != nil) {
		return false // "Formule 1-coureur Giedo van der Garde": a role, then the name
	}
	return f.lx.isRole(ts[k].lower) || personWords[ts[k].lower]
}

func (f *finder) rolePhrase(ts []tok, i, r int) phrase {
	role := f.lx.roleHead(ts[r].lower)
	org := ""
	if k := strings.LastIndexByte(ts[r].s, '-'); k > 0 && isUpperWord(ts[r].s) && !f.lx.roles[ts[r].lower] {
		org = ts[r].s[:k]
	}
	n := r + 1
	if k, ok := f.coordinatedName(ts, n); ok {
		// "de zangeres en actrice Lotte Brink": the name after the second role
		return f.mentionPhrase(ts, k, f.mentionFor(ts[k]), role)
	}
	if n < len(ts) && ts[n].word {
		if m := f.mentionFor(ts[n]); m != nil && m.Person {
			return f.mentionPhrase(ts, n, m, role)
		}
		if isUpperWord(ts[n].s) && !notNames[ts[n].lower] {
			k, end := f.nameRun(ts, n)
			name := f.doc[ts[n].start:end]
			return phrase{start: ts[n].start, end: end, next: k, canonical: f.bySurname(name), role: role, person: true}
		}
	}
	if n+1 < len(ts) && ts[n].word && !ts[n].upper() && ts[n+1].word && !closedClass(ts[n].lower) && !f.isVerb(ts[n].lower) {
		// a title of two words, the second a lower-case complement:
		// "rector magnificus Jan Smit", "hoogleraar emeritus Bakker"
		if m := f.mentionFor(ts[n+1]); m != nil && m.Person && m.Start == ts[n+1].start {
			return f.mentionPhrase(ts, n+1, m, role)
		}
	}
	if n+2 < len(ts) && ts[n].lower == "van" {
		// "de commissaris van de koning Paas": a lower-case title
		// phrase, then the name
		for k := n + 1; k < len(ts) && k <= n+4 && ts[k].word; k++ {
			if m := f.mentionFor(ts[k]); m != nil {
				// the title phrase is one noun, with an article or an
				// adjective before it: "van justitie riep Mila van den
				// B." holds a verb, and the name is its subject
				if m.Person && k > n+1 && !determiners[ts[k-1].lower] && (k == n+2 || k == n+3 && (determiners[ts[n+1].lower] || inflectedAdjective(ts[n+1].lower))) {
					return f.mentionPhrase(ts, k, m, role)
				}
				break
			}
			if ts[k].upper() {
				break
			}
		}
	}
	if n+2 < len(ts) && (ts[n].lower == "in" || ts[n].lower == "bij" || ts[n].lower == "uit") && ts[n+1].upper() {
		// "fractievoorzitter in Oss Jan Zoll"
		for k := n + 1; k < len(ts) && k <= n+3 && ts[k].word; k++ {
			if m := f.mentionFor(ts[k]); m != nil && m.Person && k > n+1 {
				return f.mentionPhrase(ts, k, m, role)
			}
		}
	}
	ph := phrase{start: ts[i].start, end: ts[r].end, next: r + 1, role: role, person: true}
	ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
	// "minister van Buitenlandse Zaken Abbas Araghchi", and the apposition
	// "de voorzitter van het comité, John Coates"
	n = ph.next
	if n+1 < len(ts) && ts[n].s == "," {
		n++
	}
	if (n > r+1 || ts[n-1].s == ",") && n < len(ts) && ts[n].word {
		if m := f.mentionFor(ts[n]); m != nil && m.Person {
			return f.mentionPhrase(ts, n, m, role)
		}
	}
	if n == r+1 && n+2 < len(ts) && ts[n].lower == "van" {
		// "de advocaat van de verdachte, Kees Dekker,": a lower-case
		// phrase, then the name in apposition
		for k := n + 1; k < len(ts) && k <= n+4; k++ {
			if ts[k].s == "," {
				if k+1 < len(ts) && ts[k+1].word {
					if m := f.mentionFor(ts[k+1]); m != nil && m.Person {
						return f.mentionPhrase(ts, k+1, m, role)
					}
				}
				break
			}
			if !ts[k].word || ts[k].upper() {
				break
			}
		}
	}
	pos := ts[i].start
	if r := f.regionOf(pos); r >= 0 && f.regs[r].headline {
		pos = len(f.doc) // a headline announces the story: "Anderlecht-manager: '…'"
	}
	ph.canonical = f.resolveRole(role, org, pos)
	if ph.canonical == "" && org != "" && f.definite(ts[i]) && ph.next == r+1 {
		// "de ChristenUnie-minister", no name after it
		ph.canonical = f.holderWithoutOrg(role, pos)
	}
	return ph
}

// inflectedAdjective reports whether w (lower case) ends as an
// inflected adjective does: "buitenlandse", "nationale", "eerste".
func inflectedAdjective(w string) bool {
	for _, suf := range []string{"se", "sche", "ale", "ele", "ige", "lijke", "ieve", "ste", "nde", "ere"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// ofPhrase extends a phrase over "van (de|het)? Word (Capitalised)*".
func (f *finder) ofPhrase(ts []tok, k, end int) (int, int) {
	for range 2 {
		if k+1 >= len(ts) || ts[k].lower != "van" || !ts[k+1].word {
			break
		}
		j := k + 1
		if determiners[ts[j].lower] && j+1 < len(ts) && ts[j+1].word {
			j++
		}
		if m := f.orgAfterModifiers(ts, j); m != nil {
			// "van het Franse ministerie van Defensie"
			e := j
			for e < len(ts) && ts[e].start < m.End {
				e++
			}
			k, end = e, ts[e-1].end
			continue
		}
		if !isUpperWord(ts[j].s) && !f.lx.sources[ts[j].lower] {
			break
		}
		j++
		for j < len(ts) && ts[j].word && isUpperWord(ts[j].s) && j-k < 5 && !f.personAt(ts[j]) {
			j++
		}
		run := j - k - 1 // the capitalised words after "van" and its article
		if determiners[ts[k+1].lower] {
			run--
		}
		if run == 1 && f.adjectiveNoun(ts, j-1) && f.mentionFor(ts[j-1]) == nil && !adverbs[ts[j].lower] &&
			(j+1 >= len(ts) || !ts[j+1].word || !ts[j+1].upper() && f.mentionFor(ts[j+1]) == nil) {
			// "van het Nederlands elftal", "van het Franse leger": an
			// adjective before its noun (but in "van de Oekraïense
			// filmmaker Oleg Sentsov" a name follows the noun)
			j++
		}
		k, end = j, ts[j-1].end
	}
	return k, end
}

// adjectiveNoun reports whether ts[i] is a capitalised adjective of place
// or nationality with its noun after it: "Duitse politie", "Nederlands
// elftal".
func (f *finder) adjectiveNoun(ts []tok, i int) bool {
	a := ts[i]
	return a.upper() && adjectiveForm(a.lower) && i+1 < len(ts) && ts[i+1].word && !ts[i+1].upper() &&
		!closedClass(ts[i+1].lower) && !f.isVerb(ts[i+1].lower)
}

// adjectiveForm reports whether w (lower case) may be an adjective of
// place or nationality: "nederlands", "franse", "tilburgse", "belgisch".
func adjectiveForm(w string) bool {
	return strings.HasSuffix(w, "se") || strings.HasSuffix(w, "sche") || strings.HasSuffix(w, "sch") ||
		strings.HasSuffix(w, "ands") || strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "aans")
}

// orgAfterModifiers returns the organisation mention that starts at
// ts[j] or after at most two adjectives from there ("het Iraanse
// ministerie van Buitenlandse Zaken"), or nil.
func (f *finder) orgAfterModifiers(ts []tok, j int) *mention {
	for k := j; k < len(ts) && k <= j+2 && ts[k].word; k++ {
		if m := f.mentionFor(ts[k]); m != nil {
			if m.Organisation {
				return m
			}
			return nil
		}
		if !isModifier(ts[k]) {
			return nil
		}
	}
	return nil
}

// nameRun reads capitalised words (with particles like "van der") from
// ts[i] and returns the index after and the end offset.
func (f *finder) nameRun(ts []tok, i int) (int, int) {
	k := i + 1
	end := ts[i].end
	for n := 0; k < len(ts) && ts[k].word && n < 4; n++ {
		if isUpperWord(ts[k].s) && !notNames[ts[k].lower] && !f.isVerb(ts[k].lower) {
			end = ts[k].end
			k++
			continue
		}
		// particles inside a name: "Frans van der Linden"
		j := k
		for j < len(ts) && ts[j].word && nameParticles[ts[j].lower] && !isUpperWord(ts[j].s) {
			j++
		}
		if j > k && j < len(ts) && ts[j].word && isUpperWord(ts[j].s) && !notNames[ts[j].lower] && !f.orgAt(ts[j]) {
			end = ts[j].end
			k = j + 1
			continue
		}
		break
	}
	return k, end
}

func (f *finder) personAt(t tok) bool {
	m := f.mentionFor(t)
	return m != nil && m.Person
}

// skipPP skips a "van (de|het)? Capitalised+" phrase after a speaker
// ("Femke Wiersma van Landbouw", "Jansen van de VVD").
func (f *finder) skipPP(ts []tok, k int) int {
	if k+1 >= len(ts) || ts[k].lower != "van" {
		return k
	}
	j := k + 1
	if determiners[ts[j].lower] {
		j++
	}
	n := j
	for n < len(ts) && ts[n].word && isUpperWord(ts[n].s) && n-j < 4 {
		n++
	}
	if n == j {
		return k
	}
	return n
}

// orgAt reports whether t starts an organisation mention or is an
// acronym ("CNV", "VVD"): after "van" it names where a person works
// ("Jan de Vries van CNV Vakmensen"), not a part of the name.
func (f *finder) orgAt(t tok) bool {
	if m := f.mentionFor(t); m != nil && m.Organisation {
		return true
	}
	n := 0
	for _, r := range t.s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// orgStartingWith returns the canonical name of an organisation mention
// whose first word is w (lower case), such as "Inspectie Justitie en
// Veiligheid" for "inspectie", or "".
func (f *finder) orgStartingWith(w string) string {
	if f.orgFirst == nil {
		f.orgFirst = map[string]string{}
		for i := range f.mentions {
			m := &f.mentions[i]
			if !m.Organisation {
				continue
			}
			first, _, _ := strings.Cut(m.Text, " ")
			if k := strings.ToLower(first); f.orgFirst[k] == "" {
				f.orgFirst[k] = m.canonical()
			}
		}
	}
	return f.orgFirst[strings.ToLower(w)]
}

// elidedCompound reports whether ts[j] opens two coordinated compounds
// whose shared last part is written once: "Booking.com- en
// Uber-bestuurder", "Philips- of ASML-manager". It returns the index of
// the last compound, whose end is the head of the phrase.
func elidedCompound(ts []tok, j int) (int, bool) {
	if j >= len(ts) || !ts[j].word {
		return 0, false
	}
	k := j + 1
	if !strings.HasSuffix(ts[j].s, "-") {
		if k >= len(ts) || ts[k].s != "-" || ts[k].start != ts[j].end {
			return 0, false
		}
		k++
	}
	if k+1 >= len(ts) || ts[k].lower != "en" && ts[k].lower != "of" || !ts[k+1].word || !strings.Contains(ts[k+1].s, "-") {
		return 0, false
	}
	return k + 1, true
}

// coordinatedName reports whether ts[k] starts a second description of
// the same person before their name, "en" and a lower-case noun for a
// person, then a person mention: "de komiek en hoofdrolspeler Jan
// Pieters". It returns the index of the mention.
func (f *finder) coordinatedName(ts []tok, k int) (int, bool) {
	if k+2 >= len(ts) || ts[k].lower != "en" || !ts[k+1].word || ts[k+1].upper() {
		return 0, false
	}
	if w := ts[k+1].lower; !f.lx.isRole(w) && !personNoun(w) {
		return 0, false
	}
	if m := f.mentionFor(ts[k+2]); m != nil && m.Person && m.Start == ts[k+2].start {
		return k + 2, true
	}
	return 0, false
}
