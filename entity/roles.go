package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/ner"
)

// roles fills Role, Org and Country of persons from the words before the
// name:
//
//	[de] [modifier] [Adjective] [modifier] ROLE [van [de] ORG|COUNTRY] [,] Name
//
// "de Iraanse minister van Buitenlandse Zaken Abbas Araghchi", "Zittend
// president Yoweri Museveni", "NAVO-chef Jens Stoltenberg" (role chef, org
// NAVO; NAVO also becomes an organisation entity inside the word).
func (m *Model) roles(ws []word, spans *[]span, sc *scratch) {
	lx := m.lex
	var extra []span
	var roleRanges [][2]int
	ss := *spans
	for si := range ss {
		s := &ss[si]
		if s.typ != Person {
			continue
		}
		if m.appositionRole(ws, ss, si) {
			continue
		}
		if s.first == 0 {
			continue
		}
		j := s.first - 1
		if ws[j].text == "," && j > 0 {
			j--
		}
		if ws[j].sent != ws[s.first].sent {
			// A role ends no name in the next sentence or paragraph:
			// "Het kabinet en de minister" / "Piet Bakker zegt".
			continue
		}
		// "de president van Oeganda, Yoweri Museveni"
		var ofCountry, ofOrg string
		if _, _, direct := matchRole(lx, ws, j); !direct && si > 0 {
			p := &ss[si-1]
			if p.last == j+1 && (p.typ == Country || p.typ == Organisation) {
				k := p.first - 1
				if k > 0 && (ws[k].text == "de" || ws[k].text == "het") {
					k--
				}
				if k > 0 && ws[k].text == "van" {
					if p.typ == Country {
						ofCountry = p.country
					} else {
						ofOrg = ws[p.first].text
						if p.last-p.first > 1 {
							ofOrg = joinWords(ws, p.first, p.last)
						}
						ofCountry = p.country
					}
					j = k - 1
				}
			}
		}
		if j < 0 {
			continue
		}
		first, role, ok := matchRole(lx, ws, j)
		var org, country string
		var sub span
		roleFull := ""
		if !ok {
			if r, found := roleCompound(lx, ws[j].text); found {
				first, role, ok = j, r, true
			}
		}
		if !ok && ws[j].adjKind == kDemonym && ws[j].adjCountry != "" {
			// "de Rus Ivan Petrov": a demonym gives the nationality.
			if s.country == "" {
				s.country = ws[j].adjCountry
			}
			continue
		}
		if !ok {
			// Compound "NAVO-chef", "oud-premier", "VN-gezant",
			// "Forum voor Democratie-leider".
			w := ws[j].text
			h := strings.LastIndexByte(w, '-')
			if h <= 0 || h == len(w)-1 {
				continue
			}
			// "NAVO-chef", and a compound role after the hyphen:
			// "EU-buitenlandchef".
			head := w[h+1:]
			if _, ok := roleCompound(lx, head); !ok && !lx.roleWords[strings.ToLower(head)] {
				continue
			}
			prefix := w[:h]
			first, ok = j, true
			role = strings.ToLower(head)
			if lx.modifiers[strings.ToLower(prefix)+"-"] {
				// "oud-premier": the role is the title noun.
				roleFull = w
			} else if f, o, sp, found := m.compoundOrg(ws, j, h); found {
				first, org, sub = f, o, sp
			} else if e := lx.match([]word{{text: prefix}}, 0); e != nil && len(e.words) == 1 && (e.kind == kCountry || e.kind == kAdjective) {
				country = e.code
				if e.kind == kCountry {
					sub = span{first: j, last: j + 1, typ: Country, prio: 1, e: e, canonical: e.canonical, country: e.code,
						subStart: ws[j].start, subEnd: ws[j].start + h}
				}
			} else if capitalised(prefix) {
				// "ABN-topman", "Ajax-aanvoerder": a capitalised first
				// part names the organisation of the role.
				org = prefix
			} else {
				role = strings.ToLower(w)
			}
		}
		if !ok {
			continue
		}
		// Modifiers and a country adjective before the role.
		k := first - 1
		modFrom := -1
		for k >= 0 && ws[k].sent == ws[j].sent {
			lw := ws[k].lw
			if lx.modifiers[lw] {
				modFrom = k
				k--
				continue
			}
			// A title before the role: "de Iraanse opperste leider
			// ayatollah Ali Khamenei" (role ayatollah, country IR).
			if rf, _, ok := matchRole(lx, ws, k); ok && ws[k].lower {
				k = rf - 1
				continue
			}
			if ws[k].adjCountry != "" && ws[k].adjKind == kAdjective && country == "" {
				country = ws[k].adjCountry
				k--
				continue
			}
			break
		}
		if country == "" {
			country = ofCountry
		}
		if org == "" {
			org = ofOrg
		}
		if modFrom >= 0 {
			// "Zittend president": the role is the title noun, the
			// words as written are kept.
			roleFull = joinWords(ws, modFrom, j+1)
		}
		s.role, s.org, s.roleFull = role, org, roleFull
		roleRanges = append(roleRanges, [2]int{first, j + 1})
		if s.country == "" {
			s.country = country
		}
		if sub.subEnd > 0 {
			extra = append(extra, sub)
		}
	}
	if len(roleRanges) > 0 {
		// Persons, places, portfolios and other names inside a role are
		// part of the role: "Buitenlandse Zaken" in "minister van
		// Buitenlandse Zaken" names the portfolio, not the ministry
		// ("het ministerie van Buitenlandse Zaken" is one).
		// roleOf[w] is 1 + the index of the role range that holds word
		// w, or 0; role ranges do not overlap, so this stays linear.
		roleOf := zeroed(sc.roleOf, len(ws))
		sc.roleOf = roleOf
		for ri, r := range roleRanges {
			for k := r[0]; k < r[1]; k++ {
				roleOf[k] = int32(ri + 1)
			}
		}
		out := ss[:0]
		for _, s := range ss {
			ri := roleOf[s.first]
			in := ri > 0 && s.prio < 2
			for k := s.first + 1; in && k < s.last; k++ {
				in = roleOf[k] == ri
			}
			if !in {
				out = append(out, s)
			}
		}
		ss = out
	}
	sc.at = afterName(m.lex, ws, ss, sc.at)
	*spans = append(ss, extra...)
}

// compoundOrg finds the organisation in front of the hyphen of the role
// compound ws[j] (the hyphen at byte h): a name the lexicons know, which
// may start in the words before ("Forum voor Democratie-leider",
// "PvdA-fractievoorzitter"). It returns the first word of the role, the
// organisation and its entity, which covers the name up to the hyphen.
func (m *Model) compoundOrg(ws []word, j, h int) (int, string, span, bool) {
	lx := m.lex
	prefix := ws[j].text[:h]
	for k := max(0, j-3); k <= j; k++ {
		if k < j && (ws[k].sent != ws[j].sent || !ws[k].upperInit) {
			continue
		}
		tmp := make([]word, 0, j-k+1)
		for _, w := range ws[k:j] {
			tmp = append(tmp, word{text: w.text, sent: w.sent})
		}
		tmp = append(tmp, word{text: prefix, sent: ws[j].sent})
		var e *entry
		prio := 1
		if o := lx.match(tmp, 0); o != nil && len(o.words) == len(tmp) && o.kind == kOrg {
			e = o
		} else if o := matchIn(lx.orgLex, tmp, 0); o != nil && len(o.words) == len(tmp) {
			e = o
		} else if m.user != nil {
			if o := m.user.match(tmp, 0); o != nil && len(o.words) == len(tmp) && o.typ == Organisation {
				e, prio = o, 2
			}
		}
		if e == nil {
			continue
		}
		name := joinWords(ws, k, j)
		if k < j {
			name += " "
		}
		name += prefix
		sp := span{first: k, last: j + 1, typ: Organisation, prio: prio, e: e, canonical: e.canonical, country: e.code,
			kind: e.orgKind, subStart: ws[k].start, subEnd: ws[j].start + h}
		if e.kind == kOrgLex {
			sp.e = nil
		}
		return k, name, sp, true
	}
	return 0, "", span{}, false
}

// afterName fills the organisation of a person from the words right after
// the name: a party in parentheses ("Ruben Brekelmans (VVD)", which also
// makes a person of a model's organisation of two to four capitalised
// words), or, for a
// person with a role, "van [de|het] ORG|COUNTRY" ("Secretaris-generaal
// António Guterres van de VN").
func afterName(lx *lexicon, ws []word, ss []span, buf []int32) []int32 {
	// at[w] is 1 + the index of the (last) span that starts at word w.
	at := zeroed(buf, len(ws))
	spanAt := func(w int) (int, bool) {
		i := at[w] - 1
		return int(i), i >= 0
	}
	for i := range ss {
		s := &ss[i]
		if s.subEnd == 0 {
			at[s.first] = int32(i + 1)
		}
	}
	for i := range ss {
		s := &ss[i]
		if s.typ == Organisation && s.prio == 0 && s.e == nil && !s.orgSure && s.kind == "" && s.role == "" && s.subEnd == 0 &&
			s.last-s.first >= 2 && s.last-s.first <= 4 && s.last+2 < len(ws) && ws[s.last].text == "(" && ws[s.last].sent == ws[s.first].sent {
			// "Ruard Ganzevoort (GroenLinks)": a name of two to four
			// capitalised words with a party in parentheses is a person
			// the model took for an organisation, unless it ends like
			// one ("Europese Volkspartij (EVP)") or starts with a common
			// word or a role ("Kamerleden Dijkstra (VVD)").
			if oi, ok := spanAt(s.last + 1); ok && ss[oi].typ == Organisation && isParty(lx, ws, ss[oi]) && ss[oi].last < len(ws) && ws[ss[oi].last].text == ")" && allCapitalised(ws, s.first, s.last) &&
				!lx.orgCompound(ws[s.last-1].text) && !lx.orgHeads[ws[s.last-1].text] &&
				mayBeFirstName(lx, ws[s.first].text) && len(lx.roles[ws[s.first].lw]) == 0 {
				s.typ, s.canonical = Person, ""
			}
		}
		if s.typ != Person || s.subEnd > 0 || s.org != "" || s.last+2 >= len(ws) || ws[s.last].sent != ws[s.first].sent {
			continue
		}
		k := s.last
		switch {
		case ws[k].text == "(":
			if oi, ok := spanAt(k + 1); ok && ss[oi].typ == Organisation && ss[oi].last < len(ws) && ws[ss[oi].last].text == ")" {
				s.org = joinWords(ws, ss[oi].first, ss[oi].last)
			}
		case ws[k].text == "van" && s.role != "":
			k++
			if isDeterminer(ws[k].text) {
				k++
			}
			if oi, ok := spanAt(k); ok && ws[k].sent == ws[s.first].sent {
				switch o := ss[oi]; o.typ {
				case Organisation:
					s.org = joinWords(ws, o.first, o.last)
				case Country:
					if s.country == "" {
						s.country = o.country
					}
				}
			}
		}
	}
	return at
}

// isParty reports whether the organisation o is a party by its kind or
// by the organisation lexicon.
func isParty(lx *lexicon, ws []word, o span) bool {
	if o.kind != "" {
		return o.kind == "party"
	}
	e := matchIn(lx.orgLex, ws, o.first)
	return e != nil && e.orgKind == "party" && o.first+len(e.words) == o.last
}

// allCapitalised reports whether the words [i, j) start with a capital,
// particles ("van der") aside, and none is written in capitals only.
func allCapitalised(ws []word, i, j int) bool {
	for k := i; k < j; k++ {
		if ws[k].allCaps || !ws[k].upperInit && !tussenvoegsels[ws[k].lw] {
			return false
		}
	}
	return ws[i].upperInit
}

// rolePersons retypes as persons the model's chunks of other types that
// directly follow a role, a demonym or an age: "de Amerikaanse president
// [Trump]", "kroonprinses [Amalia]", "NAVO-chef [Mark Rutte]", "de
// 42-jarige [Linda Duits]". A name after a role is a person
// whatever the model says; the roles pass then fills Role and Country.
// Names the lexicon or the user knows (a country, a place, an
// organisation) are left alone, and so are acronyms, chunks with a word
// that is neither capitalised nor a tussenvoegsel, and chunks after a role
// written with a capital inside a sentence.
func (m *Model) rolePersons(ws []word, ss []span) {
	lx := m.lex
	for i := range ss {
		s := &ss[i]
		if s.prio == 0 && s.e == nil && s.subEnd == 0 {
			m.splitRoleChunk(ws, s)
		}
		if s.typ == Person || s.prio != 0 || s.e != nil || s.subEnd > 0 || s.first == 0 ||
			!ws[s.first].upperInit || lexExact(lx, ws, s.first, s.last) {
			continue
		}
		j := s.first - 1
		if ws[j].sent != ws[s.first].sent {
			continue
		}
		names := true
		for k := s.first; k < s.last; k++ {
			if !ws[k].upperInit && !tussenvoegsels[ws[k].lw] {
				names = false
				break
			}
		}
		// An acronym is no person ("de minister COC"), and a role
		// written with a capital inside a sentence is part of a title
		// ("Financiële Morgen Voorzitter BBL").
		// "de Litouwer Raimondas Rumsas", "de 42-jarige Linda Duits": a
		// demonym or an age before a name is as good as a role.
		// After an age, one word must be a first name: "de 22-jarige
		// Amsterdammer" is an inhabitant.
		demonym := ws[j].adjKind == kDemonym && ws[j].adjCountry != "" ||
			isAge(ws[j].text) && (s.last-s.first > 1 || ner.IsFirstName(ws[s.first].text))
		if !names || ws[s.first].allCaps || ws[j].upperInit && !ws[j].sentStart && !demonym || !demonym && !m.endsRole(ws, j) {
			continue
		}
		s.typ, s.country, s.canonical, s.byRole = Person, "", "", true
	}
}

// splitRoleChunk cuts a model chunk that runs on past a hyphenated role
// into the name after it: in "[Forum voor Democratie-leider Baudet]" or
// "[ChristenUnie-leider Segers]" the model took organisation, role and
// person for one name. The chunk keeps
// the names after the role, as a person; the roles pass then finds the
// role and its organisation in the words before ("Forum voor
// Democratie-leider"). The names must be capitalised words or
// tussenvoegsels, not an acronym alone.
func (m *Model) splitRoleChunk(ws []word, s *span) {
	for k := s.first; k < s.last-1; k++ {
		w := ws[k].text
		h := strings.LastIndexByte(w, '-')
		if h <= 0 || h == len(w)-1 {
			continue
		}
		head := w[h+1:]
		if _, ok := roleCompound(m.lex, head); !ok && !m.lex.roleWords[strings.ToLower(head)] {
			continue
		}
		if !ws[k+1].upperInit || ws[k+1].allCaps {
			return
		}
		for j := k + 1; j < s.last; j++ {
			if !ws[j].upperInit && !tussenvoegsels[ws[j].lw] {
				return
			}
		}
		s.first, s.typ, s.country, s.canonical, s.byRole = k+1, Person, "", "", true
		return
	}
}

// isAge reports whether w is an age adjective: "42-jarige", "8-jarig".
func isAge(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	return d > 0 && d <= 3 && (w[d:] == "-jarige" || w[d:] == "-jarig")
}

// endsRole reports whether ws[j] ends a role phrase: a listed role
// ("president", "minister van Defensie"), a closed compound ending in one
// ("Kremlinwoordvoerder") or a hyphenated one ("NAVO-chef").
func (m *Model) endsRole(ws []word, j int) bool {
	lx := m.lex
	if _, _, ok := matchRole(lx, ws, j); ok {
		return true
	}
	w := ws[j].text
	if _, ok := roleCompound(lx, w); ok {
		return true
	}
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h == len(w)-1 {
		return false
	}
	suf := strings.ToLower(w[h+1:])
	if lx.roleWords[suf] {
		return true
	}
	_, ok := roleCompound(lx, suf)
	return ok
}

// appositionRole fills the role of the person ss[si] from an apposition
// after the name: "Jens Stoltenberg, (de) secretaris-generaal van de
// NAVO, zei". It reports whether it found one. The apposition must be
// closed by a comma or the end of the sentence.
func (m *Model) appositionRole(ws []word, ss []span, si int) bool {
	lx := m.lex
	s := &ss[si]
	i := s.last
	if i+1 >= len(ws) || ws[i].text != "," || ws[i].sent != ws[s.first].sent {
		return false
	}
	i++
	if isDeterminer(ws[i].text) {
		i++
	}
	country := ""
	for i < len(ws) && (lx.modifiers[ws[i].lw] || ws[i].adjCountry != "" && ws[i].adjKind == kAdjective) {
		if ws[i].adjCountry != "" {
			country = ws[i].adjCountry
		}
		i++
	}
	// The longest role phrase that starts at i.
	best, role := -1, ""
	for j := i; j < len(ws) && j < i+6 && ws[j].sent == ws[s.first].sent; j++ {
		if f, r, ok := matchRole(lx, ws, j); ok && f == i {
			best, role = j, r
		}
	}
	if best < 0 {
		return false
	}
	end := best + 1
	org := ""
	// "van de NAVO", "van Oeganda": the next entity.
	if end < len(ws) && ws[end].text == "van" {
		k := end + 1
		if k < len(ws) && isDeterminer(ws[k].text) {
			k++
		}
		for _, o := range ss[si+1:] {
			if o.first > k {
				break
			}
			if o.first == k && o.subEnd == 0 {
				switch o.typ {
				case Country:
					if country == "" {
						country = o.country
					}
					end = o.last
				case Organisation:
					org = joinWords(ws, o.first, o.last)
					end = o.last
				case Location:
					end = o.last // "burgemeester van Rotterdam"
				}
			}
		}
	}
	if end < len(ws) && ws[end].text != "," && ws[end].sent == ws[s.first].sent && !isPunctWord(ws[end].text) {
		return false
	}
	s.role, s.org = role, org
	if s.country == "" {
		s.country = country
	}
	return true
}

// roleCompound reports whether w is a closed compound ending in a role
// word ("Commissievoorzitter", "Kremlinwoordvoerder") and returns it, in
// lower case when it starts a sentence with a capital.
func roleCompound(lx *lexicon, w string) (string, bool) {
	if strings.IndexByte(w, '-') >= 0 || len(w) > 64 {
		return "", false
	}
	lw := strings.ToLower(w)
	for k := 3; k+4 <= len(lw); k++ {
		if lx.roleWords[lw[k:]] {
			if isAcronym(w[:k]) {
				return w, true
			}
			return lw, true
		}
	}
	return "", false
}

// matchRole finds the longest role phrase ending at ws[j], case
// insensitively, and returns its first word index and its text as
// written.
func matchRole(lx *lexicon, ws []word, j int) (int, string, bool) {
	lw := ws[j].lw
	best := -1
	for _, r := range lx.roles[lw] {
		n := len(r)
		if j-n+1 < 0 || (best >= 0 && n <= j-best+1) {
			continue
		}
		ok := true
		for k := 0; k < n-1; k++ {
			if !strings.EqualFold(ws[j-n+1+k].text, r[k]) {
				ok = false
				break
			}
		}
		if ok {
			best = j - n + 1
		}
	}
	if best < 0 {
		return 0, "", false
	}
	role := joinWords(ws, best, j+1)
	// "President Trump" at the start of a sentence: the role is written
	// as the lexicon has it, in lower case.
	if r, n := utf8.DecodeRuneInString(role); unicode.IsUpper(r) {
		if first := ws[best].text; lx.roleWords[strings.ToLower(first)] || len(lx.roles[ws[j].lw]) > 0 {
			if lr := unicode.ToLower(r); !isAcronym(first) {
				role = string(lr) + role[n:]
			}
		}
	}
	return best, role, true
}

// isAcronym reports whether w has two or more letters, all upper case.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 1
}

// joinWords returns the words [i, j) as written, with one space where
// the text has space between two of them and none where they touch
// ("Volksgezondheid, Welzijn en Sport").
func joinWords(ws []word, i, j int) string {
	if j-i == 1 {
		return ws[i].text
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && ws[k].start > ws[k-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(ws[k].text)
	}
	return b.String()
}

// tussenvoegsels start a Dutch surname: "Ursula von der Leyen" → "von der
// Leyen", "Pieter van den Hoogenband" → "van den Hoogenband".
var tussenvoegsels = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "ter": true,
	"ten": true, "te": true, "la": true, "le": true, "du": true, "da": true,
	"di": true, "del": true, "dos": true, "zu": true, "bin": true,
	"'t": true,
}

// coref links later (and earlier) short mentions of a person to the full
// name: a mention whose words equal the surname of a person named with two
// or more words ("Stoltenberg" for "Jens Stoltenberg", "Von der Leyen"
// for "Ursula von der Leyen") becomes a Person with Canonical set to the
// full name. Mentions the model missed or typed otherwise are found too,
// when they start with a capital (or are a tussenvoegsel surname, "van der
// Plas") and overlap no other entity, and a chain of tussenvoegsels the
// model left out of a mention joins it ("De [Vries]", "'t [Hooft]"). When
// several full names share a surname, the one named in full most often
// wins; on a tie the mention is ambiguous: a Person whose Canonical is its
// own text ("Donald Trump en Melania Trump ... Trump" → "Trump").
func (m *Model) coref(ws []word, spans *[]span, sc *scratch) {
	lx := m.lex
	personsBySurname(ws, *spans)
	type full struct {
		name string
		sur  []string
		pos  []int // word indexes of the full mentions, ascending
	}
	var fulls []full
	index := make(map[string]int) // name + "\x00" + surname → fulls
	addFull := func(name string, sur []string, pos int) {
		key := name + "\x00" + strings.Join(sur, " ")
		if i, ok := index[key]; ok {
			fulls[i].pos = append(fulls[i].pos, pos)
			return
		}
		index[key] = len(fulls)
		fulls = append(fulls, full{name: name, sur: sur, pos: []int{pos}})
	}
	for si := range *spans {
		s := &(*spans)[si]
		if s.typ != Person || s.last-s.first < 2 || s.subEnd > 0 {
			continue
		}
		if tussenvoegsels[ws[s.first].lw] {
			continue // "Van Bommel": a surname, not a full name
		}
		name := joinWords(ws, s.first, s.last)
		if s.prio == 2 && s.canonical != "" {
			name = s.canonical // the user's full name
		}
		if s.last-s.first <= 3 && lx.famFirst[ws[s.first].text] {
			// "Xi Jinping", "Kim Jong-un": the family name comes first.
			addFull(name, []string{ws[s.first].text}, s.first)
			continue
		}
		sur := s.last - 1
		for k := s.first + 1; k < s.last-1; k++ {
			if tussenvoegsels[ws[k].lw] {
				sur = k
				break
			}
		}
		if sur == s.last-1 && (lx.stop[ws[sur].text] || isDeterminer(ws[sur].lw)) {
			continue
		}
		var sw []string
		for k := sur; k < s.last; k++ {
			sw = append(sw, ws[k].text)
		}
		addFull(name, sw, s.first)
		// "Dilan Yeşilgöz-Zegerius" is also called "Yeşilgöz".
		if last := ws[s.last-1].text; sur == s.last-1 {
			if h := strings.IndexByte(last, '-'); h > 0 {
				addFull(name, []string{last[:h]}, s.first)
			}
		}
	}
	if len(fulls) == 0 {
		return
	}
	_ = lx
	// maxNames bounds the full names tried for one surname, which keeps
	// the cost linear on adversarial input.
	const maxNames = 16
	bySurname := make(map[string][]int) // first surname word, lower case → fulls
	for i, f := range fulls {
		k := strings.ToLower(f.sur[0])
		if len(bySurname[k]) < maxNames {
			bySurname[k] = append(bySurname[k], i)
		}
	}
	// firstBytes marks the first bytes of the keys of bySurname: a word
	// whose lower-case form starts with another byte is no surname, nor
	// the genitive of one, whose base starts as the word does.
	var firstBytes [256]bool
	for k := range bySurname {
		if k != "" {
			firstBytes[k[0]] = true
		}
	}
	// matchAt returns the full name whose surname matches words from i.
	// A surname that starts with a tussenvoegsel may be written in lower
	// case inside a sentence ("dat van der Plas"); the first word is
	// compared case-insensitively, the others exactly. When several full
	// names share the surname, the one named in full most often wins; on
	// a tie the mention is ambiguous and its Canonical is its own text.
	matchAt := func(i int) (string, int, bool) {
		if lw := ws[i].lw; lw == "" || !firstBytes[lw[0]] || !capitalised(ws[i].text) && !tussenvoegsels[lw] {
			return "", 0, false
		}
		cands := bySurname[ws[i].lw]
		if len(cands) == 0 {
			// A genitive: "Hoekstra's plan", "Ruttes kabinet", "Wilders'
			// partij". The mention is the whole word.
			if base, ok := genitiveBase(ws[i].text); ok {
				for _, c := range bySurname[strings.ToLower(base)] {
					if f := &fulls[c]; len(f.sur) == 1 && f.sur[0] == base {
						cands = append(cands, c)
					}
				}
				if len(cands) > 0 {
					n := 0
					for _, c := range cands {
						n = max(n, len(fulls[c].pos))
					}
					name := ""
					for _, c := range cands {
						if len(fulls[c].pos) == n {
							if name != "" {
								return ws[i].text, 1, true // ambiguous
							}
							name = fulls[c].name
						}
					}
					return name, 1, true
				}
			}
		}
		bestName, bestN, bestCount, tie := "", 0, 0, false
		for _, c := range cands {
			f := &fulls[c]
			n := len(f.sur)
			if i+n > len(ws) || n == 1 && !capitalised(ws[i].text) {
				continue
			}
			ok := true
			for k := 1; k < n; k++ {
				if ws[i+k].text != f.sur[k] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			switch {
			case bestName == "" || n > bestN || n == bestN && len(f.pos) > bestCount:
				bestName, bestN, bestCount, tie = f.name, n, len(f.pos), false
			case n == bestN && len(f.pos) == bestCount && f.name != bestName:
				tie = true
			}
		}
		if tie {
			bestName = joinWords(ws, i, i+bestN)
		}
		return bestName, bestN, bestName != ""
	}
	ss := *spans
	// How the model typed each word used alone: as a person (a mention
	// with a role counts twice) or as an organisation that nothing else
	// supports. Where persons win, the text treats the word as the
	// surname of the full name ("Anna Konta ... Konta won ... Konta
	// sloeg ... [Konta] speelt"), and the model's organisations of it
	// are the person too. A full name does not vote: the model's
	// persons of three words are often festivals and shows ("Jeremy
	// Kyle Show").
	votes := map[string]int{}
	for _, s := range ss {
		if s.last-s.first != 1 || s.prio != 0 || s.subEnd > 0 {
			continue
		}
		switch {
		case s.typ == Person && (s.role != "" || s.byRole):
			votes[ws[s.first].text] += 2
		case s.typ == Person:
			votes[ws[s.first].text]++
		case s.typ == Organisation && !s.orgSure && s.e == nil:
			votes[ws[s.first].text]--
		}
	}
	covered := zeroed(sc.seen, len(ws))
	sc.seen = covered
	for si := range ss {
		s := &ss[si]
		for k := s.first; k < s.last; k++ {
			covered[k] = true
		}
		if s.subEnd > 0 || s.prio == 2 {
			continue
		}
		if s.typ == Country || s.typ == Location && s.prio == 1 {
			continue // a known place is not a surname
		}
		if s.typ == Organisation && (s.orgSure || s.prio != 0 || s.e != nil) {
			// Coreference respects types: a mention that the lexicons
			// or the text typed organisation stays one ("Philips"
			// beside "Ben Philips").
			continue
		}
		// "Van den [Hoogenband]", "De [Vries] zei", "dat van der [Plas]":
		// a tussenvoegsel chain the model left out, whatever its case,
		// when it makes the surname of a full name in the text.
		k := s.first
		for k > 0 && ws[k-1].sent == ws[s.first].sent && tussenvoegsels[ws[k-1].lw] && s.first-k < 4 {
			k--
		}
		if si > 0 && ss[si-1].last > k {
			k = ss[si-1].last
		}
		extended := false
		for ; k < s.first; k++ {
			if name, n, ok := matchAt(k); ok && k+n == s.last {
				for c := k; c < s.first; c++ {
					covered[c] = true
				}
				s.first, s.typ, s.canonical, s.country = k, Person, name, ""
				extended = true
				break
			}
		}
		if !extended && s.typ == Organisation && tussenvoegsels[ws[s.first].lw] {
			// "[De Groot] liegt" after "Tjeerd de Groot": the model's
			// organisation holds the particles itself.
			if name, n, ok := matchAt(s.first); ok && s.first+n == s.last {
				s.typ, s.canonical, s.country = Person, name, ""
				extended = true
			}
		}
		if extended || s.typ == Organisation && !(s.last-s.first == 1 && votes[ws[s.first].text] > 0) {
			// A model organisation becomes a person only with the
			// particles of a surname the text names in full ("De
			// [Vries]" after "Matthijs de Vries"), a form no company
			// takes, or where the model calls the bare word a person
			// more often than an organisation; otherwise a bare word
			// stays what the model said.
			continue
		}
		if name, n, ok := matchAt(s.first); ok && s.first+n == s.last && len(name) > s.endByte(ws)-s.startByte(ws) {
			// A place or organisation that is a surname loses its
			// country; a person keeps the nationality its role gave.
			if s.typ != Person && (s.e == nil || s.e.kind != kUser) {
				s.country = ""
			}
			s.typ, s.canonical = Person, name
			continue
		}
		if s.typ == Person && s.last-s.first >= 2 {
			s.canonical = joinWords(ws, s.first, s.last)
		}
	}
	var add []span
	for i := 0; i < len(ws); i++ {
		if covered[i] || !ws[i].upperInit && !tussenvoegsels[ws[i].lw] {
			continue
		}
		name, n, ok := matchAt(i)
		if !ok {
			continue
		}
		free := true
		for k := i; k < i+n; k++ {
			if covered[k] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		add = append(add, span{first: i, last: i + n, typ: Person, canonical: name})
		i += n - 1
	}
	ss = append(ss, add...)
	sortByFirst(ss)
	// Persons named by surname only inherit role data of the full mention
	// only when they have none themselves: left as is on purpose, since a
	// role belongs to one mention.
	*spans = ss
}

// personsBySurname retypes as persons the model's non-person chunks of two
// to four capitalised words that end in a surname the document uses for a
// person elsewhere: the model may call "Dilan Yeşilgöz-Zegerius" an
// organisation and "Yeşilgöz-Zegerius" a person in the next sentence.
// Chunks the lexicon or the user named are left alone.
func personsBySurname(ws []word, ss []span) {
	surnames := make(map[string]bool)
	for si := range ss {
		s := &ss[si]
		// A person only by the role before it is not evidence enough
		// to retype other chunks.
		if s.typ == Person && s.subEnd == 0 && !s.byRole {
			surnames[ws[s.last-1].text] = true
		}
	}
	if len(surnames) == 0 {
		return
	}
	for i := range ss {
		s := &ss[i]
		if s.typ == Person || s.prio != 0 || s.e != nil || s.subEnd > 0 || s.last-s.first < 2 || s.last-s.first > 4 {
			continue
		}
		if !surnames[ws[s.last-1].text] {
			continue
		}
		// An organisation stays one unless its first word is a first
		// name: "Manchester United" is no person because "United" was
		// called one.
		if s.typ == Organisation && (s.orgSure || !ner.IsFirstName(ws[s.first].text)) {
			continue
		}
		names := true
		for k := s.first; k < s.last; k++ {
			if !capitalised(ws[k].text) && !tussenvoegsels[ws[k].lw] {
				names = false
				break
			}
		}
		if names {
			s.typ, s.country, s.canonical = Person, "", ""
		}
	}
}

// genitiveBase returns the name in a genitive: "Hoekstra's" and
// "Hoekstra’s" → "Hoekstra", "Ruttes" → "Rutte", "Wilders'" → "Wilders".
// A name that ends in s, x or z takes no bare -s.
func genitiveBase(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) > 1 {
			return b, true
		}
	}
	for _, suf := range []string{"'", "’"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) > 1 && strings.HasSuffix(b, "s") {
			return b, true
		}
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && len(b) > 1 && !strings.HasSuffix(b, "s") &&
		!strings.HasSuffix(b, "x") && !strings.HasSuffix(b, "z") {
		return b, true
	}
	return "", false
}

// capitalised reports whether s starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
