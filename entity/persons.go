package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/ner"
)

// speakerAfterQuote reports whether ws[i] directly follows "aldus" or a
// closing quote mark, a comma (in either order) and a verb of speech.
func speakerAfterQuote(lx *lexicon, ws []word, i int) bool {
	if i < 1 || ws[i-1].sent != ws[i].sent {
		return false
	}
	v := ws[i-1].text
	if v == "aldus" {
		return true
	}
	if !lx.speech[v] || i < 3 {
		return false
	}
	a, b := ws[i-3].text, ws[i-2].text
	return a != ")" && isClosingQuote(a) && b == "," || a == "," && b != ")" && isClosingQuote(b)
}

// subjectPronouns follow the finite verb in inverted word order
// ("Gisteren zei hij"): the word before the verb is then no subject.
var subjectPronouns = map[string]bool{
	"hij": true, "zij": true, "ze": true, "ik": true, "we": true, "wij": true, "jij": true,
	"je": true, "u": true, "het": true, "er": true, "men": true, "dat": true, "dit": true,
}

// lonePersons finds persons named by one word that the model missed or
// typed otherwise, after coreference has linked the surnames of full
// names:
//
//   - A one-word name that is a person with a role or a linked full name
//     elsewhere in the text ("premier Rutte" before "Rutte reist naar
//     Kyiv") is that person everywhere, as
//     a model chunk of another type or as a capitalised word nothing
//     covers. Canonical is that of the person mention.
//   - A capitalised word that starts a sentence, is unknown to the
//     lexicon, is no function word (data/stopwords.txt) and is directly
//     followed by a verb of speech or action (data/verbs.txt: "Zelensky
//     bedankte hem", "Orbán blokkeert de sancties") is a person, unless a
//     subject pronoun or a capitalised word follows the verb, which marks
//     inverted word order ("Gisteren zei hij", "Dinsdag reist Rutte").
//   - In that inverted order after a function word or day name
//     (data/stopwords.txt), a one-word model chunk right after the verb
//     that the lexicon does not know is the subject, a person ("Dinsdag
//     reist [Rutte] naar Kyiv").
//   - Such a word at the start of a sentence joined by "en" to a person
//     ("Erdogan en Poetin spraken") is a person too.
//   - A model chunk of one to three words that starts with a capital and
//     that neither the lexicon nor the user dict knows is a person when it
//     names the speaker of a quote: it directly follows a closing quote
//     mark and a comma (in either order) and a verb of speech
//     (data/speechverbs.txt: "'Wij gaan door', zei Starmer", "\"Het is
//     krap\", zegt Halsema"), or "aldus" ("'Nee', aldus Rutte"). Known
//     names keep their type: "\", meldt Reuters", and "\", zegt de NAVO"
//     has a lower-case article before the name.
func (m *Model) lonePersons(ws []word, spans *[]span, sc *scratch) {
	lx := m.lex
	ss := *spans
	sortByFirst(ss)
	covered := zeroed(sc.covered, len(ws)) // 1 + span index, or 0
	sc.covered = covered
	known := make(map[string]string) // one-word person text → canonical
	for i := range ss {
		s := &ss[i]
		if s.subEnd > 0 {
			continue
		}
		for k := s.first; k < s.last; k++ {
			covered[k] = int32(i + 1)
		}
		// Only a mention the text vouches for: one with a role ("premier
		// Rutte") or linked to a full name. A lone word the model calls a
		// person is too weak a cue to retype others.
		if s.typ == Person && s.last-s.first == 1 && (s.role != "" || s.canonical != "" && s.canonical != ws[s.first].text) {
			if _, ok := known[ws[s.first].text]; !ok || s.canonical != ws[s.first].text {
				known[ws[s.first].text] = s.canonical
			}
		}
	}
	// unknownName reports whether ws[i] may be a one-word name the lexicon
	// does not know.
	unknownName := func(i int) bool {
		w := ws[i]
		return w.upperInit && !w.allCaps && len(w.text) > 2 && !lx.stop[w.text] && !lx.lowercase[w.lw] &&
			!isDeterminer(w.lw) && w.adjCountry == "" && lx.match(ws, i) == nil &&
			!lx.roleWords[w.lw] && !lx.modifiers[w.lw] &&
			(m.user == nil || m.user.match(ws, i) == nil)
	}
	// retype makes the model chunk ss[ci] a person.
	retype := func(ci int, canon string) {
		s := &ss[ci]
		s.typ, s.country, s.canonical = Person, "", canon
	}
	var add []span
	addAt := func(i int, canon string) {
		add = append(add, span{first: i, last: i + 1, typ: Person, canonical: canon})
		covered[i] = -1
	}
	isPersonAt := func(i int) bool {
		c := covered[i]
		return c > 0 && ss[c-1].typ == Person || c < 0
	}
	for i := range ws {
		w := &ws[i]
		c := covered[i]
		// A known name counts only for a word that no span covers and
		// that starts with a capital, or for a word a span covers: the
		// lookup is skipped for the other words, most of them.
		if c > 0 || c == 0 && w.upperInit {
			if canon, ok := known[w.text]; ok {
				switch {
				case c == 0 && w.upperInit:
					addAt(i, canon)
					continue
				case c > 0:
					s := ss[c-1]
					if s.typ != Person && s.typ != Organisation && s.prio == 0 && s.e == nil && s.first == i && s.last == i+1 && !lexExact(lx, ws, i, i+1) {
						retype(int(c-1), canon)
					}
					continue
				}
			}
		}
		if !w.sentStart || i+1 >= len(ws) || ws[i+1].sent != w.sent {
			continue
		}
		next := ws[i+1].text
		if i+2 < len(ws) && ws[i+2].sent == w.sent && (lx.verbs[next] || lx.verbHeads[next] && lx.verbs[next+" "+ws[i+2].text]) {
			third := ws[i+2]
			inverted := subjectPronouns[strings.ToLower(third.text)] || third.upperInit
			if !inverted && c == 0 && unknownName(i) && !publicBodies[w.lw] {
				// "Politie vraagt hulp" is a generic body, not a person
				addAt(i, w.text)
				continue
			}
			if third.upperInit && lx.stop[w.text] {
				// "Dinsdag reist [Rutte] naar Kyiv".
				if tc := covered[i+2]; tc > 0 {
					s := ss[tc-1]
					if s.typ != Person && s.prio == 0 && s.e == nil && s.first == i+2 && s.last == i+3 &&
						!lexExact(lx, ws, i+2, i+3) && !third.allCaps {
						retype(int(tc-1), third.text)
					}
				}
			}
			continue
		}
		if next == "en" && c == 0 && i+2 < len(ws) && isPersonAt(i+2) && unknownName(i) {
			addAt(i, w.text)
		}
	}
	// A speaker after a quote: "'Wij gaan door', zei Starmer."
	for ci := range ss {
		s := &ss[ci]
		if s.typ == Person || s.prio != 0 || s.e != nil || s.subEnd > 0 || s.last-s.first > 3 ||
			!speakerAfterQuote(lx, ws, s.first) {
			continue
		}
		f := ws[s.first]
		if !f.upperInit || f.allCaps || lx.match(ws, s.first) != nil || matchIn(lx.orgLex, ws, s.first) != nil || lx.stop[f.text] ||
			m.user != nil && m.user.match(ws, s.first) != nil {
			continue
		}
		retype(ci, "")
	}
	if len(add) > 0 {
		ss = append(ss, add...)
		sortByFirst(ss)
	}
	*spans = ss
}

// firstNames links a one-word person mention that no surname linked to
// the full name it refers back to by first name: "Henk de Vries ...
// aldus Henk" gives Henk the Canonical "Henk de Vries". The first name
// must belong to one full name of the text only; with two ("Henk de
// Vries" and "Henk Bos") the mention stays as it is.
//
// A lone word that the model typed as something else but that is the
// first name of one such person, with nothing in the text or the
// lexicons for that type, is that person when it is a known first name
// or the text also uses it alone for the person ("Bjorg Lambrecht ...
// zei Bjorg ... dat Bjorg").
//
// A nickname that starts with the English article ("The Hammer") is the
// person the text named in full before it when it named only one: "Darter
// Kees Mulder verloor ... aldus The Hammer".
func (m *Model) firstNames(ws []word, ss []span) {
	byFirst := map[string]string{} // first name → full name, "" when ambiguous
	var fulls []string             // distinct full names, in order of first mention
	firstAt := map[string]int{}    // full name → word index of its first mention
	for si := range ss {
		s := &ss[si]
		if s.typ != Person || s.subEnd > 0 || s.last-s.first < 2 {
			continue
		}
		fw := ws[s.first].text
		if tussenvoegsels[strings.ToLower(fw)] || fw == "The" || !capitalised(fw) {
			continue
		}
		name := s.canonical
		if name == "" {
			name = joinWords(ws, s.first, s.last)
		}
		if strings.Count(name, " ") == 0 {
			continue
		}
		if e := m.lex.match(ws, s.last-1); e != nil && s.last-1 > s.first && !tussenvoegsels[ws[s.last-2].lw] &&
			(e.kind == kCapital || e.kind == kCountry || e.kind == kPlace && e.code != "NL" && e.code != "BE") {
			// "Spartak Moskou": a club the model took for a person. Dutch
			// and Belgian places are surnames too ("Jutta Leerdam"), and
			// so is a place after a particle ("Raymond van Barneveld").
			continue
		}
		if _, ok := firstAt[name]; !ok {
			firstAt[name] = s.first
			fulls = append(fulls, name)
		}
		if prev, ok := byFirst[fw]; ok && prev != name {
			byFirst[fw] = ""
		} else {
			byFirst[fw] = name
		}
	}
	if len(fulls) == 0 {
		return
	}
	// Words the text also uses alone for a person: "Bjorg" once typed
	// person, the other times organisation.
	alone := map[string]bool{}
	for si := range ss {
		s := &ss[si]
		if s.typ == Person && s.last-s.first == 1 && byFirst[ws[s.first].text] != "" {
			alone[ws[s.first].text] = true
		}
	}
	for i := range ss {
		s := &ss[i]
		if s.last-s.first == 1 && s.typ != Person && s.typ != Country && s.prio == 0 && s.e == nil && !s.orgSure &&
			s.kind == "" && s.role == "" && s.subEnd == 0 && !ws[s.first].allCaps &&
			!(s.first > 0 && isDeterminer(ws[s.first-1].lw)) && matchIn(m.lex.misc, ws, s.first) == nil {
			// "Bjorg Lambrecht ... dat Bjorg": a lone word that the model
			// typed otherwise but that is the first name of one person
			// the text names in full is that person, unless the text or
			// a lexicon gave it its type.
			w := ws[s.first].text
			if full := byFirst[w]; full != "" && (alone[w] || ner.IsFirstName(w)) {
				s.typ, s.canonical, s.country = Person, full, ""
			}
			continue
		}
		if s.typ != Person || s.subEnd > 0 || s.prio == 2 {
			continue
		}
		text := joinWords(ws, s.first, s.last)
		if s.canonical != "" && s.canonical != text {
			continue // linked already
		}
		if s.last-s.first == 1 {
			if full := byFirst[text]; full != "" {
				s.canonical = full
			}
			continue
		}
		if ws[s.first].text == "The" {
			var before []string
			for _, f := range fulls {
				if firstAt[f] < s.first {
					before = append(before, f)
				}
			}
			if len(before) == 1 && len(fulls) == 1 {
				s.canonical = before[0]
			}
		}
	}
}

// eventHeads are the nouns that open the name of an event: "Nacht van de
// Vluchteling", "Week van het Geld", "Slag om Arnhem", "Grote Prijs van
// Monaco" (after an adjective), "Ronde van Vlaanderen".
var eventHeads = map[string]bool{
	"Nacht": true, "Week": true, "Maand": true, "Jaar": true, "Feest": true, "Avond": true,
	"Ronde": true, "Tour": true, "Mars": true, "Gala": true, "Slag": true, "Prijs": true,
	"Spelen": true, "Marathon": true, "Kampioenschap": true, "Kampioenschappen": true,
	"Tocht": true, "Toer": true, "Beleg": true, "Vierdaagse": true,
}

// isEventName reports whether ws[first:last] is shaped as the name of an
// event: an event noun, perhaps after one capitalised adjective ("Grote
// Prijs"), then "van" or "om" and a capitalised name, with an article
// between them or not. Such a name is never a person's or a place's,
// whatever the model says: "Nacht van de Vluchteling".
func isEventName(ws []word, first, last int) bool {
	i := first
	if i+1 < last && !eventHeads[ws[i].text] && eventHeads[ws[i+1].text] && ws[i].upperInit && strings.HasSuffix(ws[i].text, "e") {
		i++
	}
	if !eventHeads[ws[i].text] {
		return false
	}
	i++
	if i >= last || ws[i].lw != "van" && ws[i].lw != "om" {
		return false
	}
	i++
	if i < last && (ws[i].lw == "de" || ws[i].lw == "het" || ws[i].lw == "'t") {
		i++
	}
	return i < last && ws[i].upperInit
}

// eventEnds end compounds that name events: "Provinciale
// Statenverkiezingen", "Europese Parlementsverkiezingen",
// "Songfestival", "EK-kwalificatietoernooi".
var eventEnds = []string{"verkiezingen", "verkiezing", "festival", "toernooi", "kampioenschappen", "kampioenschap"}

// isEventCompound reports whether the lower-cased word lw is a compound
// naming an event, or the event word itself.
func isEventCompound(lw string) bool {
	for _, e := range eventEnds {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// streetEnds end the names of streets and squares.
var streetEnds = []string{"laan", "straat", "weg", "plein", "kade", "gracht", "singel", "dreef", "steeg", "markt", "dijk"}

// isStreetName reports whether ws[first:last], after "de" or "het", is
// the name of a street or square named after a person: "op de Frederik
// Hendriklaan", "het Anne Frankplein". The last word ends in a street
// noun after at least three letters of a name; a surname such as
// Verlaan has no article before it.
func isStreetName(ws []word, first, last int) bool {
	if first == 0 || ws[first-1].sent != ws[first].sent || ws[first-1].lw != "de" && ws[first-1].lw != "het" || !ws[first-1].lower {
		return false
	}
	w := ws[last-1].text
	for _, e := range streetEnds {
		if len(w) >= len(e)+3 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// isStreetWord reports whether w is a street or square written as one
// capitalised compound: "Stationsweg", "Kerkstraat", "Museumplein". The
// name before the street noun has four letters or more, so that surnames
// such as Verlaan stay names; "dijk" is left out, as in Verdijk.
func isStreetWord(w string) bool {
	if len(w) < 8 || w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, "-'’") {
		return false
	}
	for _, e := range streetEnds {
		if e != "dijk" && e != "markt" && len(w) >= len(e)+4 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// isRoadNumber reports whether w numbers a Dutch or Belgian road: A, N or
// E and one to three digits ("A58", "N201", "E19").
func isRoadNumber(w string) bool {
	if len(w) < 2 || len(w) > 4 || w[0] != 'A' && w[0] != 'N' && w[0] != 'E' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[1] != '0'
}

// mononyms types as a person a one-word mention of a person news names by
// one word (data/mononyms.txt: "aanvaller Neymar", "zangeres Adele") or
// by first name ("Harry en Meghan") that the model typed as a place, an
// organisation or a thing, unless a lexicon knows the word as something
// else ("Sofia", a capital; "Mercedes", a company) or the text typed an
// organisation there. It also finds the mentions of the listed persons
// the model missed, where they are no part of a longer name.
func (m *Model) mononyms(ws []word, spans *[]span, sc *scratch) {
	lx := m.lex
	ss := *spans
	covered := zeroed(sc.seen, len(ws))
	sc.seen = covered
	for i := range ss {
		s := &ss[i]
		for k := s.first; k < s.last; k++ {
			covered[k] = true
		}
		if s.last-s.first != 1 || s.typ == Person || s.prio != 0 || s.e != nil || s.subEnd > 0 || s.orgSure ||
			!lx.mononyms[ws[s.first].text] && !(ws[s.first].upperInit && !ws[s.first].allCaps && ner.IsFirstName(ws[s.first].text)) ||
			matchIn(lx.orgLex, ws, s.first) != nil || matchIn(lx.misc, ws, s.first) != nil {
			continue
		}
		if s.typ == Location && s.first > 0 && placePrepositions[ws[s.first-1].lw] {
			continue // "het paasvuur in Erica", "van Reims naar Nancy"
		}
		s.typ, s.canonical, s.kind, s.org, s.orgSure, s.country = Person, "", "", "", false, ""
	}
	var add []span
	for i, w := range ws {
		// The listed names are capitalised: the cheap test first.
		if covered[i] || !w.upperInit || !lx.mononyms[w.text] || lx.match(ws, i) != nil || matchIn(lx.orgLex, ws, i) != nil ||
			i > 0 && ws[i-1].upperInit && !ws[i-1].sentStart && !isPunctWord(ws[i-1].text) ||
			i+1 < len(ws) && ws[i+1].upperInit {
			continue
		}
		add = append(add, span{first: i, last: i + 1, typ: Person})
	}
	if len(add) > 0 {
		ss = append(ss, add...)
		slices.SortFunc(ss, func(a, b span) int { return cmp.Compare(a.first, b.first) })
	}
	*spans = ss
}

// firstNamePersons types as a person a name of two or three words that
// starts with a known first name (ner.IsFirstName: "Katie Holmes", "Snoop
// Dogg") where the model alone saw an organisation, a place or a thing:
// nothing in the text or the lexicons supports that type, no word of it
// heads an organisation's name, names a thing after a person ("Jan
// Steenlaan", "Paul Acket Award", "Johan Cruijff ArenA") or is a
// compound of a common noun ("James Bond-film"), and the organisation
// and misc lexicons do not list it ("Albert Heijn", "Roland Garros").
func (m *Model) firstNamePersons(ws []word, ss []span) {
	lx := m.lex
	for i := range ss {
		s := &ss[i]
		if s.typ == Person || s.prio != 0 || s.e != nil || s.orgSure || s.kind != "" || s.subEnd > 0 ||
			s.last-s.first < 2 || s.last-s.first > 3 || !ws[s.first].upperInit || !ner.IsFirstName(ws[s.first].text) ||
			matchIn(lx.orgLex, ws, s.first) != nil || matchIn(lx.misc, ws, s.first) != nil {
			continue
		}
		// "MAX Masterclass": a first name in capitals is an acronym,
		// unless the whole name is in capitals.
		ok := !ws[s.first].allCaps || ws[s.last-1].allCaps
		for k := s.first + 1; k < s.last && ok; k++ {
			w := ws[k].text
			ok = (ws[k].upperInit || tussenvoegsels[ws[k].lw]) && !lx.orgHeads[w] && !lx.orgCompound(w) &&
				!lowerAfterHyphen(w) && !namedThingHead(ws[k].lw)
		}
		if ok {
			s.typ, s.canonical, s.country, s.org = Person, "", "", ""
		}
	}
}

// lowerAfterHyphen reports whether a part of w after a hyphen starts in
// lower case: "Bond-film", "Verstappen-fans".
func lowerAfterHyphen(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == '-' {
			if r, _ := utf8.DecodeRuneInString(w[i+1:]); unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// namedThingHeads end the names of streets, buildings, prizes and events
// named after a person: "Jan Steenlaan", "Pieter Baan Centrum", "Paul
// Acket Award", "Stanley Cup".
// They take in every street ending, also those that end family names
// too (streetEndings leaves those out, here a name only stays what the
// model said).
var namedThingHeads = append(streetEndings[:],
	"laan", "dijk", "steeg", "park", "markt", "brug",
	"centrum", "theater", "kathedraal", "universiteit", "ziekenhuis", "school", "museum", "stadion", "arena",
	"schaal", "prijs", "penning", "trofee", "award", "awards", "cup", "festival", "games", "orkest", "house",
	"paleis", "shows", "show",
)

// namedThingHead reports whether the lower-case word lw is or ends in one
// of namedThingHeads.
func namedThingHead(lw string) bool {
	for _, h := range namedThingHeads {
		if strings.HasSuffix(lw, h) {
			return true
		}
	}
	return false
}
