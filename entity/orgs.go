package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/ner"
)

// clubMarkers open or close the name of a sports club: "FC Emmen",
// "Royal Antwerp FC", "SV Zulte Waregem", "KV Mechelen".
var clubMarkers = map[string]bool{
	"FC": true, "AFC": true, "SC": true, "CF": true, "SV": true, "VV": true, "KV": true,
	"KAA": true, "KRC": true, "RSC": true, "KVC": true, "KSC": true, "RKC": true, "BVB": true,
}

// publicBodies are the nouns that, capitalised before a place, name a
// public body of it: "Gemeente Eindhoven", "Politie Utrecht".
var publicBodies = map[string]bool{
	"gemeente": true, "gemeenteraad": true, "provincie": true, "politie": true, "rechtbank": true,
	"brandweer": true, "waterschap": true, "regio": true, "hof": true, "omroep": true,
}

// institutionHeads end the names of institutions, also those named after
// a person: "Jeroen Bosch Ziekenhuis", "Erasmus Universiteit". ("Bond" is
// left out: James Bond; museums stay the places the model takes them
// for.)
var institutionHeads = map[string]bool{
	"Ziekenhuis": true, "Universiteit": true, "University": true, "Hogeschool": true, "College": true,
	"Instituut": true, "Institute": true, "Stichting": true, "Vereniging": true,
	"Gymnasium": true, "Lyceum": true, "Atheneum": true, "Academie": true, "Academy": true,
	"Scholengemeenschap": true, "Conservatorium": true,
}

// isInstitutionHead reports whether w ends the name of an institution:
// one of institutionHeads, or a compound on "school" ("Willem de
// Zwijgerschool", "Prins Clausschool").
func isInstitutionHead(w string) bool {
	return institutionHeads[w] || len(w) > len("school") && strings.HasSuffix(w, "school") && w[0] >= 'A' && w[0] <= 'Z'
}

// orgOpeners open the names of organisations: "Bureau Halt", "Stichting
// Het Vergeten Kind", "Omroep Brabant".
var orgOpeners = map[string]bool{
	"Bureau": true, "Stichting": true, "Vereniging": true, "Omroep": true, "Ziekenhuis": true,
	"Universiteit": true, "Hogeschool": true, "Kliniek": true,
}

// legalForms follow the name of a company: "Boer & Olij B.V.".
var legalForms = map[string]bool{
	"B.V.": true, "BV": true, "N.V.": true, "NV": true, "Inc.": true, "Inc": true, "AG": true,
	"SE": true, "Ltd": true, "Ltd.": true, "GmbH": true, "plc": true, "Corp.": true, "LLC": true,
	"S.A.": true, "SpA": true,
}

// descriptorAt returns the kind of organisation that the word ws[i] says
// the name after it is: a common noun from data/descriptors.txt written
// in lower case ("het bedrijf Tesla", "van drankmerk Jim Beam") or
// capitalised as the first word of a sentence ("Betaalbedrijf Adyen
// boekt winst"). A word the lexicons know as a name is no descriptor
// ("Rabobank Nederland").
func (m *Model) descriptorAt(ws []word, i int) string {
	w := ws[i]
	if !w.lower && !(w.upperInit && w.sentStart && !w.allCaps) {
		return ""
	}
	lx := m.lex
	if len(w.text) < 3 || len(lx.descByTail[tail3(w.text)]) == 0 && !w.upperInit {
		return ""
	}
	for _, r := range w.text {
		if !unicode.IsLetter(r) && r != '-' {
			return ""
		}
	}
	k := lx.descriptorKind(w.lw)
	if k == "" || lx.match(ws, i) != nil || matchIn(lx.orgLex, ws, i) != nil || m.user != nil && m.user.match(ws, i) != nil {
		return ""
	}
	return k
}

// orgEvidence records the organisations that the text itself types.
type orgEvidence map[string]string // name as written → kind ("" when unknown)

// typeOrgs types as organisations the names that the text itself marks
// as such, and then every other mention of those names in the text:
//
//   - a name right after a descriptor noun ("het bedrijf Tesla", "de
//     krant Trouw", "Staatsoliebedrijf Saudi Aramco"): the descriptor is
//     kept as the Role of the organisation and gives its Kind. A model
//     chunk that starts with a compound descriptor of a company, a
//     medium or a club ("Betaalbedrijf Adyen", "Vliegtuigmaker Boeing")
//     is split there; bare descriptors that start names ("Universiteit
//     Utrecht", "Omroep Brabant") are not;
//   - a name before a legal form ("Boer & Olij B.V.", "Bosch GmbH"), or
//     with one as its last word, even if the model took it for a person
//     ("Robert Bosch GmbH");
//   - a name the model or the lexicon typed otherwise but that a
//     descriptor typed elsewhere in the text: "Adyen" everywhere after
//     "Betaalbedrijf Adyen".
//
// A mention with person evidence of its own (a role before it, a first
// name) stays a person.
func (m *Model) typeOrgs(ws []word, spans *[]span, sc *scratch) {
	ss := *spans
	ev := orgEvidence{}
	covered := zeroed(sc.seen, len(ws))
	sc.seen = covered
	for si := range ss {
		s := &ss[si]
		if s.subEnd == 0 {
			for k := s.first; k < s.last; k++ {
				covered[k] = true
			}
		}
	}
	for i := range ss {
		s := &ss[i]
		if s.prio == 2 || s.subEnd > 0 || s.typ == Country {
			continue
		}
		if s.e != nil && s.e.kind == kPlace {
			// "uitzender Randstad", "de club Almere": a place name after
			// a descriptor of a company, medium or club names one.
			// Only a whole descriptor word: a compound ("rechtbank",
			// "postkantoor") is rather a body or a building in the place.
			// Nor a premises: headlines drop "in" ("overval supermarkt
			// Schiedam", "inval in bedrijf Helmond").
			if j := s.first - 1; j >= 0 && ws[j].sent == ws[s.first].sent && !covered[j] && ws[j].lower && !premises[ws[j].lw] {
				if k := m.descriptorAt(ws, j); (k == "company" || k == "media" || k == "club") && m.bareDescriptor(ws[j].lw) {
					s.role, s.e = ws[j].lw, nil
					m.makeOrg(ws, s, k)
					ev[joinWords(ws, s.first, s.last)] = k
				}
			}
			continue
		}
		if s.e != nil && s.e.kind != kOrg && s.e.kind != kOrgLex {
			continue
		}
		// "Betaalbedrijf Adyen": a compound descriptor inside the chunk.
		if s.last-s.first >= 2 && ws[s.first].upperInit && ws[s.first+1].upperInit {
			if k := m.descriptorAt(ws, s.first); (k == "company" || k == "media" || k == "club") && m.compoundDescriptor(ws[s.first].text) {
				s.role = ws[s.first].lw
				s.first++
				m.makeOrg(ws, s, k)
				ev[joinWords(ws, s.first, s.last)] = k
				continue
			}
		}
		if s.last-s.first >= 2 && legalForms[ws[s.last-1].text] {
			// "Robert Bosch GmbH": the legal form inside the name.
			s.role = ""
			m.makeOrg(ws, s, "company")
			ev[joinWords(ws, s.first, s.last)] = "company"
			continue
		}
		if s.typ == Person && (s.byRole || s.role != "") {
			continue
		}
		if j := s.first - 1; j >= 0 && ws[j].sent == ws[s.first].sent && !covered[j] {
			if k := m.descriptorAt(ws, j); k != "" && ws[s.first].upperInit && !personShaped(ws, s.first, s.last) {
				s.role = ws[j].lw
				m.makeOrg(ws, s, k)
				ev[joinWords(ws, s.first, s.last)] = k
				continue
			}
		}
		if s.last < len(ws) && ws[s.last].sent == ws[s.first].sent && legalForms[ws[s.last].text] && s.typ != Person {
			m.makeOrg(ws, s, "company")
			ev[joinWords(ws, s.first, s.last)] = "company"
		}
	}
	// A name the model missed right after a descriptor: "van drankmerk
	// Jim Beam".
	var add []span
	for j := 0; j+1 < len(ws); j++ {
		if covered[j+1] || !ws[j+1].upperInit || ws[j+1].sent != ws[j].sent || ws[j+1].allCaps && len(ws[j+1].text) > 6 {
			continue
		}
		k := m.descriptorAt(ws, j)
		if k == "" {
			continue
		}
		last := j + 1
		for last < len(ws) && last-j <= 4 && !covered[last] && ws[last].sent == ws[j].sent &&
			(ws[last].upperInit || ws[last].text == "&" && last+1 < len(ws) && ws[last+1].upperInit) {
			last++
		}
		if m.lex.stop[ws[j+1].text] || isDeterminer(ws[j+1].lw) {
			continue
		}
		s := span{first: j + 1, last: last, typ: Organisation, role: ws[j].lw, kind: k}
		for c := s.first; c < s.last; c++ {
			covered[c] = true
		}
		add = append(add, s)
		ev[joinWords(ws, s.first, s.last)] = k
	}
	ss = append(ss, add...)
	ss = m.descriptorLists(ws, ss, covered, ev)
	if len(ev) > 0 {
		ss = m.spreadOrgs(ws, ss, ev, covered)
	}
	sortByFirst(ss)
	*spans = ss
}

// descriptorLists types as organisations the names listed after a plural
// descriptor: "de reisorganisaties TUI, Corendon en Arkefly",
// "Woningcorporaties BrabantWonen, Kleine Meierij en Zayaz", "de banken
// ING en Rabobank". Each name of the list, up to the one after "en" or
// "of", becomes an organisation of the descriptor's kind, and evidence
// for its other mentions. Names the lexicons or the user type otherwise,
// and names that open with a first name, are left alone, and so is
// "partijen", as often the parties to a deal as political ones.
func (m *Model) descriptorLists(ws []word, ss []span, covered []bool, ev orgEvidence) []span {
	var at map[int]int // first word → index in ss, made at the first descriptor
	for j := 0; j+2 < len(ws); j++ {
		// "partijen" are as often the parties to a deal or batches of
		// goods as political parties.
		k := m.pluralDescriptor(&ws[j])
		if k == "" || k == "party" {
			continue
		}
		if at == nil {
			at = make(map[int]int, len(ss))
			for i, s := range ss {
				if s.subEnd == 0 {
					at[s.first] = i
				}
			}
		}
		i := j + 1
		if ws[i].text == "," || ws[i].text == ":" || ws[i].lw == "zoals" {
			i++
		}
		for n := 0; i < len(ws) && n < 12 && ws[i].sent == ws[j].sent && ws[i].upperInit; n++ {
			e := i + 1
			if si, ok := at[i]; ok {
				e = max(e, ss[si].last)
			} else {
				for e < len(ws) && e-i < 4 && ws[e].sent == ws[j].sent && !covered[e] && (ws[e].upperInit || ws[e].text == "&" && e+1 < len(ws) && ws[e+1].upperInit) {
					e++
				}
			}
			// A name that opens with a first name stays a person
			// ("toezichthouders Hassan Yigit en …"), and a name the
			// lexicons type otherwise keeps its type ("de bedrijven
			// Prinsjesdag": an event).
			person := ner.IsFirstName(ws[i].text) && e-i > 1 || matchIn(m.lex.misc, ws, i) != nil
			if si, ok := at[i]; ok {
				s := &ss[si]
				if s.prio < 2 && (s.e == nil || s.e.kind == kOrg || s.e.kind == kOrgLex) && (!person || s.typ == Organisation) {
					s.role = ""
					m.makeOrg(ws, s, k)
					ev[joinWords(ws, s.first, s.last)] = k
				}
			} else if !covered[i] && !m.lex.stop[ws[i].text] && !person {
				ss = append(ss, span{first: i, last: e, typ: Organisation, kind: k, orgSure: true})
				for c := i; c < e; c++ {
					covered[c] = true
				}
				ev[joinWords(ws, i, e)] = k
			}
			if e >= len(ws) || ws[e].sent != ws[j].sent {
				break
			}
			if ws[e].text == "," {
				i = e + 1
				continue
			}
			if (ws[e].lw == "en" || ws[e].lw == "of") && e+1 < len(ws) && ws[e+1].upperInit {
				// The last name of the list.
				i = e + 1
				n = 10
				continue
			}
			break
		}
	}
	return ss
}

// pluralDescriptor returns the kind of organisation that w, a plural
// descriptor noun ("reisorganisaties", "banken", "bedrijven",
// "woningcorporaties"), says the names after it are, or "".
func (m *Model) pluralDescriptor(w *word) string {
	if !w.lower && !(w.upperInit && w.sentStart && !w.allCaps) || len(w.lw) < 5 {
		return ""
	}
	lw := w.lw
	if lw[len(lw)-1] != 's' && lw[len(lw)-1] != 'n' {
		return ""
	}
	var buf [3]string
	cands := buf[:0]
	switch {
	case strings.HasSuffix(lw, "'s"):
		cands = append(cands, lw[:len(lw)-2])
	case strings.HasSuffix(lw, "en"):
		b := lw[:len(lw)-2]
		cands = append(cands, b)
		if strings.HasSuffix(b, "v") {
			cands = append(cands, b[:len(b)-1]+"f") // bedrijven
		}
		if n := len(b); n >= 2 && b[n-1] == b[n-2] {
			cands = append(cands, b[:n-1]) // webshoppen
		}
	case strings.HasSuffix(lw, "s"):
		cands = append(cands, lw[:len(lw)-1])
	}
	for _, c := range cands {
		if k := m.lex.descriptorKind(c); k != "" && m.lex.descriptorKind(lw) == "" {
			return k
		}
	}
	return ""
}

// personShaped reports whether ws[i:j] has the shape of a Dutch person's
// name: capitalised words with a lower-case surname particle between them
// ("Mizzi van der Pluijm"). Companies seldom look so ("Van der Valk"
// writes the particle with a capital).
func personShaped(ws []word, i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if ws[k].lower && tussenvoegsels[ws[k].lw] && ws[i].upperInit && ws[j-1].upperInit {
			return true
		}
	}
	return false
}

// compoundDescriptor reports whether w is a compound descriptor noun
// ("betaalbedrijf", "vliegtuigmaker", "ingenieursbureau"), not a bare
// one that often starts a name ("Bank of America", "Omroep Brabant").
func (m *Model) compoundDescriptor(w string) bool {
	lw := strings.ToLower(w)
	for _, d := range m.lex.descriptors {
		if !d.exact && strings.HasSuffix(lw, d.end) {
			return len(lw) > len(d.end)+2 || len(d.end) >= 10
		}
	}
	return false
}

// premises are descriptors that also name a building or a shop, which
// stands in a place as often as it is named after one.
var premises = map[string]bool{
	"bedrijf": true, "winkel": true, "supermarkt": true, "kantoor": true, "warenhuis": true, "webshop": true,
	"fabriek": true, "bakkerij": true, "slagerij": true, "drukkerij": true, "kwekerij": true, "brouwerij": true,
}

// bareDescriptor reports whether lw is listed whole as a descriptor
// ("uitzender", "krant"), not only as the ending of one.
func (m *Model) bareDescriptor(lw string) bool {
	for _, d := range m.lex.descriptors {
		if d.end == lw {
			return true
		}
	}
	return false
}

// beforeName reports whether ws[i] is a descriptor right before a
// capitalised name ("Staatsoliebedrijf Saudi Aramco"): the descriptor is
// no name itself.
func (m *Model) beforeName(ws []word, i int) bool {
	return i+1 < len(ws) && ws[i+1].sent == ws[i].sent && ws[i+1].upperInit && m.descriptorAt(ws, i) != ""
}

// orgNames types as organisations the model chunks that a word of the
// name marks as one: a chunk of any type opened or closed by a club
// marker ("FC Emmen", "Royal Antwerp FC"; clubMarkers) is a club; one
// that ends in an institution noun ("Jeroen Bosch Ziekenhuis";
// institutionHeads) or opens with an organisation noun ("Bureau Halt";
// orgOpeners) is an organisation; a person chunk with a head word such as
// "Group", "Stichting" or "University" after its first word ("PTV Group",
// "Historische Kring Voorhout"; data/orgheads.txt) and a misc chunk that
// ends in one ("Ethiopian Airlines"), and a person chunk that ends in an
// organisation compound ("De Bomenstichting"), unless it starts
// with a first name ("James Bond"), and a capitalised compound that
// ends in an organisation noun ("Fietsersbond", "Ziekenhuisgroep") that
// the model called otherwise or missed, also where the model saw a
// place.
func (m *Model) orgNames(ws []word, spans *[]span, sc *scratch) {
	lx := m.lex
	ss := *spans
	covered := zeroed(sc.seen, len(ws))
	sc.seen = covered
	for i := range ss {
		s := &ss[i]
		if s.subEnd == 0 {
			for k := s.first; k < s.last; k++ {
				covered[k] = true
			}
		}
		if s.prio != 0 || s.e != nil || s.subEnd > 0 || s.typ == Country {
			continue
		}
		if s.last-s.first >= 2 && (clubMarkers[ws[s.first].text] || clubMarkers[ws[s.last-1].text]) && !derivedCompound(lx, ws[s.last-1].text) {
			// "Royal Antwerp FC", "SC Heerenveen", "KAA Gent": a club.
			if s.typ != Organisation {
				s.role = ""
				m.makeOrg(ws, s, "club")
			} else if s.kind == "" {
				s.kind = "club"
			}
			continue
		}
		if s.typ == Organisation {
			continue
		}
		if s.last-s.first == 1 {
			if !s.byRole && s.role == "" && lx.orgCompound(ws[s.first].text) && !lexExact(lx, ws, s.first, s.last) && !m.beforeName(ws, s.first) {
				m.makeOrg(ws, s, "")
			}
			continue
		}
		if isInstitutionHead(ws[s.last-1].text) || orgOpeners[ws[s.first].text] && ws[s.first+1].upperInit {
			// "Jeroen Bosch Ziekenhuis", "Bureau Halt", "Stichting
			// Het Vergeten Kind": the name says what it is, whatever
			// the model called it and even after a first name.
			s.role = ""
			m.makeOrg(ws, s, "")
			continue
		}
		if s.typ == Person && lx.orgCompound(ws[s.last-1].text) && !ner.IsFirstName(ws[s.first].text) && !s.byRole && s.role == "" {
			// "De Bomenstichting", "Stichting De Vrienden": a name that
			// ends in an organisation compound.
			m.makeOrg(ws, s, "")
			continue
		}
		if s.typ != Person && s.typ != Misc || ner.IsFirstName(ws[s.first].text) {
			continue
		}
		for k := s.first + 1; k < s.last; k++ {
			if lx.orgHeads[ws[k].text] && (s.typ == Person || k == s.last-1) {
				// A misc chunk is an organisation only when it ends
				// in the head ("Ethiopian Airlines"), not an event
				// named after one ("Euro Hockey Club Cup").
				// The name says organisation more clearly than a role
				// word before it ("softwarespecialist PTV Group").
				s.role = ""
				m.makeOrg(ws, s, "")
				break
			}
		}
	}
	var add []span
	for i, w := range ws {
		if covered[i] || !w.upperInit || !lx.orgCompound(w.text) || lx.match(ws, i) != nil || lx.stop[w.text] || m.beforeName(ws, i) {
			continue
		}
		add = append(add, span{first: i, last: i + 1, typ: Organisation})
	}
	if len(add) > 0 {
		ss = append(ss, add...)
		sortByFirst(ss)
	}
	*spans = ss
}

// makeOrg retypes s as an organisation of kind k ("" keeps the kind s has).
func (m *Model) makeOrg(ws []word, s *span, k string) {
	if s.typ != Organisation {
		s.typ, s.canonical = Organisation, ""
		if s.e == nil {
			s.country = ""
		}
	}
	s.org, s.roleFull, s.byRole, s.orgSure = "", "", false, true
	if k != "" {
		s.kind = k
	}
}

// spreadOrgs retypes the other mentions of the names in ev as
// organisations: model chunks of another type with the same words, and
// the same words where nothing was found.
func (m *Model) spreadOrgs(ws []word, ss []span, ev orgEvidence, covered []bool) []span {
	byFirst := map[string][][]string{}
	for name := range ev {
		parts := strings.Split(name, " ")
		byFirst[parts[0]] = append(byFirst[parts[0]], parts)
	}
	matchAt := func(i int) (string, int) {
		best, n := "", 0
		for _, p := range byFirst[ws[i].text] {
			if i+len(p) > len(ws) || len(p) <= n {
				continue
			}
			ok := true
			for k := 1; k < len(p); k++ {
				if ws[i+k].text != p[k] || ws[i+k].sent != ws[i].sent {
					ok = false
					break
				}
			}
			if ok {
				best, n = strings.Join(p, " "), len(p)
			}
		}
		return best, n
	}
	for i := range ss {
		s := &ss[i]
		if s.typ == Organisation || s.prio != 0 || s.subEnd > 0 || s.byRole || s.role != "" {
			continue
		}
		if name, n := matchAt(s.first); n == s.last-s.first {
			m.makeOrg(ws, s, ev[name])
		}
	}
	for i := 0; i < len(ws); i++ {
		if covered[i] || !ws[i].upperInit {
			continue
		}
		name, n := matchAt(i)
		if n == 0 {
			continue
		}
		free := true
		for k := i; k < i+n; k++ {
			free = free && !covered[k]
		}
		if !free {
			continue
		}
		ss = append(ss, span{first: i, last: i + n, typ: Organisation, kind: ev[name]})
		for k := i; k < i+n; k++ {
			covered[k] = true
		}
		i += n - 1
	}
	return ss
}

// orgLexicon uses the organisation lexicon mined from news
// (internal/ner/orglex.txt) as a typed fallback, never as an override:
//
//   - a model chunk that is exactly a listed name gets its Kind, and a
//     chunk the model typed person or misc becomes an organisation,
//     unless the text gives it a role or it starts with a first name and
//     has more than one word ("Ben Philips");
//   - a listed name nothing else covers is an organisation;
//   - a lexicon organisation that is listed gets its Kind.
//
// Places stay places, except a listed company or medium no place lexicon
// lists ("op Twitter"): the model decides between "in Anderlecht" and
// "Anderlecht won".
func (m *Model) orgLexicon(ws []word, spans *[]span, sc *scratch) {
	lx := m.lex
	ss := *spans
	covered := zeroed(sc.seen, len(ws))
	sc.seen = covered
	for si := range ss {
		s := &ss[si]
		for k := s.first; k < s.last; k++ {
			covered[k] = true
		}
	}
	// Clubs the text names as organisations: in a story about sport, a
	// club named after its town is the club ("de duurste aankoop van
	// Liverpool", "uitduels met Sparta").
	clubs := 0
	for si := range ss {
		s := &ss[si]
		if s.typ == Organisation && s.subEnd == 0 {
			if e := matchIn(lx.orgLex, ws, s.first); e != nil && e.orgKind == "club" && s.first+len(e.words) == s.last {
				clubs++
			}
		}
	}
	for i := range ss {
		s := &ss[i]
		if s.prio == 2 || s.subEnd > 0 {
			continue
		}
		e := matchIn(lx.orgLex, ws, s.first)
		if e == nil || s.first+len(e.words) != s.last {
			continue
		}
		switch {
		case s.typ == Location && e.orgKind == "club" && clubs >= 2 && !(s.first > 0 && placePrepositions[ws[s.first-1].lw]):
			m.makeOrg(ws, s, e.orgKind)
		case s.typ == Person && e.orgKind == "club" && s.last-s.first > 1 && isRomanNumeral(ws[s.last-1].text) &&
			!s.byRole && s.role == "" && !(s.first > 0 && royalTitles[ws[s.first-1].lw]):
			// "Willem II" is the club, "koning Willem II" the king
			m.makeOrg(ws, s, e.orgKind)
		case s.typ == Location && s.prio == 0 && s.e == nil && (e.orgKind == "company" || e.orgKind == "media"):
			// A company or medium the model placed ("op Facebook", "via
			// Twitter") is the company: no place lexicon lists it.
			m.makeOrg(ws, s, e.orgKind)
		case s.typ == Organisation:
			if s.kind == "" {
				s.kind = e.orgKind
			}
			s.orgSure = true // the model and the lexicon agree
		case s.prio != 0 || s.e != nil || s.typ == Location || s.typ == Country:
		case s.typ == Person && (s.byRole || s.role != "" || s.last-s.first > 1 && ner.IsFirstName(ws[s.first].text)):
		case s.typ == Person && s.last-s.first == 1 && utf8.RuneCountInString(ws[s.first].text) <= 2:
			// "AD" as a person is a byline's initials, not the paper.
		default:
			m.makeOrg(ws, s, e.orgKind)
		}
	}
	var add []span
	for i := 0; i < len(ws); i++ {
		if covered[i] || !ws[i].upperInit && !startsWithDigit(ws[i].text) {
			continue
		}
		e := matchIn(lx.orgLex, ws, i)
		if e == nil {
			continue
		}
		free := true
		for k := i; k < i+len(e.words); k++ {
			free = free && !covered[k]
		}
		if !free {
			continue
		}
		add = append(add, span{first: i, last: i + len(e.words), typ: Organisation, kind: e.orgKind})
		i += len(e.words) - 1
	}
	if len(add) > 0 {
		ss = append(ss, add...)
		sortByFirst(ss)
	}
	*spans = ss
}

// placePrepositions put a place after them: "in Liverpool", "naar
// Rotterdam".
var placePrepositions = map[string]bool{"in": true, "naar": true, "uit": true, "te": true, "rond": true, "nabij": true, "vanuit": true}

// royalTitles precede a regnal name: "koning Willem II".
var royalTitles = map[string]bool{"koning": true, "keizer": true, "paus": true, "tsaar": true, "prins": true, "graaf": true, "hertog": true, "koningin": true}

// isRomanNumeral reports whether w is a regnal number: II to XX.
func isRomanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// orgOverPlace drops the place-lexicon match of a name that the model
// tagged as an organisation and the organisation lexicon lists: "Anderlecht
// won" is the club, "in Anderlecht" the place (there the model says LOC).
func (m *Model) orgOverPlace(ws []word, spans []span) []span {
	model := map[[2]int]bool{}
	for si := range spans {
		s := &spans[si]
		if s.prio == 0 && s.typ == Organisation {
			model[[2]int{s.first, s.last}] = true
		}
	}
	if len(model) == 0 {
		return spans
	}
	return slices.DeleteFunc(spans, func(s span) bool {
		if s.prio != 1 || s.e == nil || s.e.kind != kPlace && s.e.kind != kCapital || !model[[2]int{s.first, s.last}] {
			return false
		}
		e := matchIn(m.lex.orgLex, ws, s.first)
		return e != nil && s.first+len(e.words) == s.last
	})
}

// shortOrgs types as an organisation a one-word mention that the model
// alone called a person and that is the last word of an organisation the
// lexicons or the text typed ("United" after "Manchester United"), or
// its first word when the others are head words ("Kiadis" after "Kiadis
// Pharma").
// Canonical is the full name. A mention linked to a person's full name,
// or with a role, stays a person, and so does the last word of a name
// that starts with a head word ("Stichting Jan Smit").
func (m *Model) shortOrgs(ws []word, ss []span) {
	full := map[string]string{} // last word → full name, "" when ambiguous
	for si := range ss {
		s := &ss[si]
		if s.typ != Organisation || s.subEnd > 0 || s.last-s.first < 2 {
			continue
		}
		// Only a name the lexicons or the text vouch for, and not one
		// named after someone ("Stichting Jan Smit").
		if !s.orgSure && s.prio == 0 || m.lex.orgHeads[ws[s.first].text] || m.descriptorAt(ws, s.first) != "" {
			continue
		}
		name := joinWords(ws, s.first, s.last)
		add := func(short string) {
			if prev, ok := full[short]; ok && prev != name {
				full[short] = ""
			} else {
				full[short] = name
			}
		}
		// "Kiadis Pharma", "Isero IJzerwarengroep": the words after the
		// first are head words or organisation compounds, so the first
		// word is the name.
		heads := true
		for k := s.first + 1; k < s.last && heads; k++ {
			heads = m.lex.orgHeads[ws[k].text] || m.lex.orgCompound(ws[k].text)
		}
		if first := ws[s.first].text; heads && utf8.RuneCountInString(first) >= 3 && capitalised(first) && !ner.IsFirstName(first) {
			add(first)
		}
		last := ws[s.last-1].text
		if utf8.RuneCountInString(last) < 4 || !capitalised(last) || strings.ContainsAny(last, ".-") {
			continue // "V.", "Inc", "II"
		}
		add(last)
	}
	if len(full) == 0 {
		return
	}
	for i := range ss {
		s := &ss[i]
		if s.prio != 0 || s.subEnd > 0 || s.last-s.first != 1 {
			continue
		}
		if s.typ == Organisation && s.canonical == "" {
			if name := full[ws[s.first].text]; name != "" {
				s.canonical = name
			}
			continue
		}
		if s.typ != Person || s.byRole || s.role != "" || s.canonical != "" && s.canonical != ws[s.first].text ||
			ner.IsFirstName(ws[s.first].text) {
			continue
		}
		if name := full[ws[s.first].text]; name != "" {
			s.typ, s.canonical, s.country, s.orgSure = Organisation, name, "", true
		}
	}
}
