// Speaker resolution: roles, pronouns and surnames resolved to the person
// or organisation the story introduced.

package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// rolesFromText gives a person mention without a role the role noun
// written right before it ("staatssecretaris Nora Achahbar").
func (f *finder) rolesFromText() {
	for i := range f.mentions {
		m := &f.mentions[i]
		if !m.Person || m.Role != "" {
			continue
		}
		j := m.Start
		for j > 0 && f.doc[j-1] == ' ' {
			j--
		}
		if j == m.Start {
			continue
		}
		k := j
		for k > 0 && k > j-40 {
			r, w := utf8.DecodeLastRuneInString(f.doc[:k])
			if !isWordRune(r) && r != '-' {
				break
			}
			k -= w
		}
		if w := strings.ToLower(f.doc[k:j]); w != "" && f.lx.isRole(w) {
			m.Role = f.doc[k:j]
			continue
		}
		if j > 0 && f.doc[j-1] == ',' {
			m.Role = f.appositionRole(j-1, m.End)
		}
	}
}

// appositionRole returns the role a person is introduced with in an
// apposition, "De burgemeester van Eindhoven, Jeroen Dijsselbloem, is …":
// the words before the comma at c, back to the start of the sentence or a
// comma, must be "de"/"het", modifiers, a role noun and optionally a
// "van …" phrase without a verb; after the name (ending at end) must come
// a comma, a period or the end of the paragraph. It returns "" otherwise.
func (f *finder) appositionRole(c, end int) string {
	if end < len(f.doc) {
		if r, _ := utf8.DecodeRuneInString(f.doc[end:]); r != ',' && r != '.' && r != ')' && r != '\n' {
			return ""
		}
	}
	ss := max(boundBefore(f.bounds, c), c-200)
	if r := f.regionOf(c); r >= 0 {
		ss = max(ss, f.regs[r].start)
		if ss == f.regs[r].start {
			ss = datelineEnd(f.doc, ss, c)
		}
	}
	if ss >= c {
		return ""
	}
	ts := f.tokens(runeStart(f.doc, ss), c)
	d := -1
	for k := len(ts) - 1; k >= 0; k-- {
		if !ts[k].word {
			if ts[k].s == "," || ts[k].s == ":" || ts[k].s == "(" {
				break
			}
			return ""
		}
		if ts[k].lower == "de" || ts[k].lower == "het" {
			d = k
			break
		}
	}
	if d < 0 {
		return ""
	}
	k := d + 1
	for k < len(ts) && !f.lx.isRole(ts[k].lower) && isModifier(ts[k]) {
		k++
	}
	if k >= len(ts) || !f.lx.isRole(ts[k].lower) {
		return ""
	}
	role := ts[k]
	if k+1 < len(ts) {
		if ts[k+1].lower != "van" {
			return ""
		}
		for _, t := range ts[k+2:] {
			if f.isVerb(t.lower) || f.isAux(t.lower) || copulas[t.lower] {
				return ""
			}
		}
	}
	return role.s
}

// bySurname returns the canonical name of the one person mention whose
// canonical name or text ends with name's last word (or equals name), or
// "" when there is none or several.
func (f *finder) bySurname(name string) string {
	if f.surnames == nil {
		f.surnames = map[string]string{}
		add := func(key, c string) {
			if old, ok := f.surnames[key]; ok && old != c {
				f.surnames[key] = ""
				return
			}
			f.surnames[key] = c
		}
		for i := range f.mentions {
			m := &f.mentions[i]
			if !m.Person {
				continue
			}
			c := m.canonical()
			if cf := strings.Fields(c); len(cf) > 0 {
				add(strings.ToLower(cf[len(cf)-1]), c)
			}
			if lc := strings.ToLower(c); !strings.Contains(lc, " ") {
				continue
			}
			add("\x00"+strings.ToLower(c), c)
		}
	}
	if c := f.surnames["\x00"+strings.ToLower(name)]; c != "" {
		return c
	}
	fs := strings.Fields(name)
	if len(fs) == 0 {
		return ""
	}
	return f.surnames[strings.ToLower(fs[len(fs)-1])]
}

// normRole splits a mention role like "NAVO-chef" or "minister van
// Buitenlandse Zaken" into its head noun and organisation.
func (f *finder) normRole(r string) (head, org string) {
	r = strings.TrimSpace(r)
	if i := strings.Index(r, " van "); i >= 0 {
		r = r[:i]
	}
	if fs := strings.Fields(r); len(fs) > 0 {
		r = fs[len(fs)-1]
	}
	if k := strings.IndexByte(r, '-'); k > 0 && strings.ToLower(r[:k]) != r[:k] {
		org = r[:k]
		r = r[k+1:]
	}
	return f.lx.roleHead(strings.ToLower(r)), org
}

// resolveRole returns the one person introduced before pos with this role,
// or whose organisation's head holds it; "" when none or ambiguous.
func (f *finder) resolveRole(role, org string, pos int) string {
	found := ""
	lorg := strings.ToLower(org)
	hi := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	for i := max(0, hi-maxLookback); i < hi; i++ {
		m := &f.mentions[i]
		if !m.Person || m.Role == "" || f.inQuote(m.Start) {
			continue
		}
		head, morg := f.normRole(m.Role)
		if m.Org != "" {
			morg = m.Org
		}
		lmorg := strings.ToLower(morg)
		ok := false
		switch {
		case head == role && (org == "" || lmorg == lorg || lmorg == "" && f.orgNear(m, lorg)):
			ok = true
		case f.lx.heads[head] && slices.Contains(f.lx.titles[role], lmorg):
			ok = true
		case f.lx.heads[role] && lorg != "" && (lmorg == lorg || slices.Contains(f.lx.titles[head], lorg)):
			ok = true
		}
		if ok {
			c := m.canonical()
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	return found
}

// holderWithoutOrg returns the one person introduced before pos with this
// role and no organisation: "de ChristenUnie-minister" after "Minister
// Schouten", when no holder of the title has that organisation; "" when
// none or several.
func (f *finder) holderWithoutOrg(role string, pos int) string {
	found := ""
	hi := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	for i := max(0, hi-maxLookback); i < hi; i++ {
		m := &f.mentions[i]
		if !m.Person || m.Role == "" || m.Org != "" || f.inQuote(m.Start) {
			continue
		}
		if head, morg := f.normRole(m.Role); head == role && morg == "" {
			c := m.canonical()
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	return found
}

// orgNear reports whether the organisation org (lower case) is named in
// the apposition right after person mention m: "Michael Verschueren, de
// manager van Anderlecht," has the role manager at Anderlecht.
func (f *finder) orgNear(m *mention, org string) bool {
	end := min(len(f.doc), m.End+80, boundAfter(f.bounds, m.End))
	t := strings.ToLower(f.doc[m.End:end])
	i := strings.Index(t, " van "+org)
	if i < 0 {
		return false
	}
	j := i + len(" van "+org)
	return j == len(t) || !isWordRune(rune(t[j]))
}

// resolvePronoun returns the person a pronoun at pos refers to: the most
// recent person mention that is the subject of its sentence within the last
// three sentences, else the most recent person mention. Mentions inside
// quotes are skipped, and so are persons whose first name is known to be
// of the other gender than g (see [lexicon.nameGender]).
func (f *finder) resolvePronoun(pos int, g gender) string {
	subj, fallback := f.recentPerson(pos, g)
	if subj != "" {
		return subj
	}
	if c := f.describedSubject(pos, g); c != "" {
		return c
	}
	return fallback
}

// describedSubject returns the person that the subject of one of the two
// sentences before pos describes, the nearer first, when it resolves:
// "De Amerikaanse president reist af. Hij neemt zijn familie mee" is
// the president, not a prince named later in the sentence before.
func (f *finder) describedSubject(pos int, g gender) string {
	s := boundBefore(f.bounds, pos)
	for n := 0; n < 2 && s > 0; n++ {
		e := s
		s = boundBefore(f.bounds, s-1)
		if e-s > maxWindow || f.inQuote(s) {
			return ""
		}
		ts := f.tokens(datelineEnd(f.doc, s, e), e)
		s0 := skipConnectives(ts)
		if s0 >= len(ts) || !determiners[ts[s0].lower] || ts[s0].lower == "een" {
			continue
		}
		f.generic = true
		ph, ok := f.parseNP(ts, s0)
		f.generic = false
		if !ok || ph.pronoun || ph.source || ph.role == "" || f.mentionAt(ph.start) != nil || ph.next >= len(ts) || !ts[ph.next].word {
			continue
		}
		c := ph.canonical // a role resolved to the person introduced with it
		if c == "" {
			c = f.resolveDescription(ph, f.doc[ph.start:ph.end])
		}
		if c != "" && !f.otherGender(c, g) {
			return c
		}
		return "" // a subject that is someone else: not past it
	}
	return ""
}

// recentPerson returns the most recent person mention before pos that is
// the subject of its sentence within the last three sentences, and the
// most recent person mention at all, skipping mentions in quotes and
// persons of the other gender than g; a person named as someone's
// relation ("haar dochter Zara") is the last only when no one else is.
func (f *finder) recentPerson(pos int, g gender) (subject, last string) {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	fallback := ""
	limit := pos
	for n := 0; n < 3; n++ {
		limit = boundBefore(f.bounds, limit-1)
	}
	lo := k - maxLookback
	relFallback := "" // the most recent person named as a relation
	for k--; k >= 0 && k > lo; k-- {
		m := &f.mentions[k]
		if !m.Person || m.End > pos || f.inQuote(m.Start) || f.otherGender(m.canonical(), g) {
			continue
		}
		if fallback == "" {
			// "Met de komst van haar dochter Zara, besloot ze …": a person
			// named as someone's relation is who "ze" is only when no
			// one else fits
			if !f.relative(m) {
				fallback = m.canonical()
			} else if relFallback == "" {
				relFallback = m.canonical()
			}
		}
		if m.Start < limit {
			break
		}
		if f.isSubject(m) {
			return m.canonical(), fallback
		}
	}
	if fallback == "" {
		fallback = relFallback
	}
	return "", fallback
}

// relative reports whether a person mention is named as someone's
// relation: a noun of kinship right before it, after a possessive ("haar
// dochter Zara", "zijn vrouw Anna", "haar eerste kindje, dochter Zara").
func (f *finder) relative(m *mention) bool {
	ts := f.tokens(max(boundBefore(f.bounds, m.Start), m.Start-60), m.Start)
	n := len(ts)
	if n == 0 || !kinNouns[ts[n-1].lower] {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-6; k-- {
		switch ts[k].lower {
		case "haar", "zijn", "hun", "diens", "wiens":
			return true
		}
	}
	return false
}

// isSubject reports whether a mention opens its sentence, allowing for
// connectives, determiners, modifiers and roles before it ("De Oegandese
// oppositieleider Bobi Wine").
func (f *finder) isSubject(m *mention) bool {
	ss := boundBefore(f.bounds, m.Start)
	if m.Start-ss > 200 {
		return false
	}
	ss = datelineEnd(f.doc, ss, m.Start)
	ts := f.tokens(ss, m.Start)
	i := 0
	if len(ts) >= 2 && ts[0].word && ts[1].word && !ts[1].upper() && fronted(ts[0].lower) && !closedClass(ts[1].lower) {
		// V2 with a fronted adverb: "Daarna nam burgemeester Klaassen
		// het woord", "Dinsdag zei Jansen …"
		i = 2
	}
	for _, t := range ts[i:] {
		if !t.word || !(connectives[t.lower] || determiners[t.lower] || f.lx.isRole(t.lower) || isModifier(t)) {
			return false
		}
	}
	return true
}

// fronted reports whether w is an adverb that may open a main clause
// before the finite verb, so that the subject follows the verb: "Daarna",
// "Zelf", "Dinsdag", "Gisteren", "Zo plaatst Lea ...".
func fronted(w string) bool {
	switch w {
	case "zelf", "daarna", "toen", "nu", "later", "eerder", "vervolgens", "ook", "wel", "daarom", "intussen",
		"inmiddels", "bovendien", "gisteren", "vandaag", "morgen", "vorig", "afgelopen", "eerst", "tot", "verder", "daar", "hier",
		"zo", "dan", "ondertussen", "daarnaast", "tegelijkertijd", "sindsdien", "destijds", "toch":
		return true
	}
	return weekdayWord(w) || timeWords[w]
}

// speaker turns a phrase into a Speaker, resolving pronouns. plural tells
// whether the verb is plural, which makes "ze"/"zij" plural.
func (f *finder) speaker(ph phrase, plural bool) *Speaker {
	sp := &Speaker{Text: f.doc[ph.start:ph.end], Start: ph.start, End: ph.end, Canonical: ph.canonical, Pronoun: ph.pronoun, Role: ph.role}
	switch {
	case ph.pronoun && !ph.plural && !(ph.ambiguous && plural):
		g := pronounGender(sp.Text)
		sp.Canonical = f.resolvePronoun(ph.start, g)
		if sp.Canonical == "" {
			sp.Canonical = f.previousSpeaker(ph.start, g)
		}
	case ph.pronoun:
		// "ze zeggen", "volgens hen": a plural pronoun may point at an
		// organisation that is the subject nearby ("Philips … Zij …").
		sp.Canonical = f.resolveOrg(ph.start)
	case sp.Canonical == "" && plural && !ph.source && strings.HasPrefix(strings.ToLower(sp.Text), "de "):
		// "zeggen de bewindslieden": the pair named before
		sp.Canonical = f.pairBefore(ph.start)
	case sp.Canonical == "":
		sp.Canonical = f.resolveDescription(ph, sp.Text)
	}
	return sp
}

// pairBefore returns "A en B" for the last two persons named as "A en B"
// (or "de staatssecretarissen A en B") within the three sentences before
// pos, or "".
func (f *finder) pairBefore(pos int) string {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	limit := pos
	for n := 0; n < 3; n++ {
		limit = boundBefore(f.bounds, limit-1)
	}
	for k--; k > 0 && f.mentions[k].Start >= limit; k-- {
		a, b := &f.mentions[k-1], &f.mentions[k]
		if a.Person && b.Person && !f.inQuote(a.Start) && a.End <= b.Start && f.doc[a.End:b.Start] == " en " {
			return a.canonical() + " en " + b.canonical()
		}
	}
	return ""
}

// resolveDescription resolves a speaker phrase that names no one: a
// spokesperson speaks for the organisation ("een woordvoerder van de NS"
// is the NS; "de zegsman" is the organisation of the last spokesperson
// named with one); a definite noun for an organisation ("het bedrijf")
// points back at the nearest organisation; a definite description of a
// person ("de 24-jarige doelman", "de Serviër", "de titelhouder") points
// back at the person the story is about, found as a pronoun would be. A
// title from the role list ("de minister") is left alone unless an age
// marks it as a description: the text would have named its holder.
func (f *finder) resolveDescription(ph phrase, text string) string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return ""
	}
	first := strings.ToLower(words[0])
	head := strings.ToLower(strings.Trim(ph.headWord(f.doc), ".,"))
	if statementNouns[head] {
		return f.orgAfter(ph)
	}
	if spokesNouns[head] && !strings.Contains(text, "'s ") && !strings.Contains(text, "’s ") {
		if org := f.orgAfter(ph); org != "" {
			return org
		}
		if first == "de" || first == "die" || first == "deze" {
			if org := f.lastSpokesOrg(ph.start); org != "" {
				return org
			}
		}
		// "zegt een woordvoerder": of the organisation the story is
		// about, when one is the subject nearby
		org, _ := f.nearOrg(ph.start)
		return org
	}
	if first != "de" && first != "het" && first != "die" && first != "deze" {
		return ""
	}
	if _, ok, _ := nounKind(head); ok && len(strings.Fields(strings.Split(text, " van ")[0])) <= 4 {
		// "het bedrijf", "de toezichthouder", "de milieuvereniging"
		return f.orgDescription(head, ph.start)
	}
	aged := false
	for _, w := range words {
		if strings.HasSuffix(strings.ToLower(w), "-jarige") {
			aged = true
		}
	}
	g := nounGender(head)
	// a noun that shows a gender marks a description of a person even
	// when it is no role ("de blondine", "de hertogin"); a noun of
	// kinship names a relation ("de zoon van Jan"), never the person the
	// story is about
	described := g != unknownGender && !kinNouns[head] && !strings.Contains(text, " van ")
	if ph.source || ph.role == "" && !described {
		return ""
	}
	if first == "het" && !neuterPerson(head) {
		return "" // "het plan", "het bestuur"
	}
	if f.ofPerson(ph) {
		// "de buurman van Ramon", "de advocaat van Jansen": a person
		// related to one named, never that one
		return ""
	}
	if f.lx.roles[f.lx.roleHead(ph.role)] && !aged && !ofName(text) {
		// a title ("de coach", "de president") whose holder the story
		// did not introduce with it: the subject of the last sentences,
		// when no other role is known for them
		rh := f.lx.roleHead(ph.role)
		if c, exact := f.storyPerson(ph.start, rh, g); exact {
			return c
		}
		if c := f.titleHolder(ph.start, rh, g); c != "" {
			return c
		}
		c, _ := f.storyPerson(ph.start, rh, g)
		return c
	}
	if !described && !personNoun(ph.headWord(f.doc)) {
		return ""
	}
	if ph.role != "" {
		if subj, _ := f.recentPerson(ph.start, g); subj != "" {
			return subj
		}
	}
	if c, _ := f.storyPerson(ph.start, "", g); c != "" {
		return c // the person named in the headline and the lead
	}
	return f.salientPerson(ph.start, g) // "de blondine": the one the story is about
}

// femaleNouns are nouns for people that name a woman and end in none of
// femaleSuffixes; maleNouns name a man.
var (
	femaleNouns = map[string]bool{"moeder": true, "dochter": true, "zus": true, "zuster": true, "vrouw": true,
		"echtgenote": true, "weduwe": true, "oma": true, "tante": true, "nicht": true, "bruid": true, "dame": true,
		"blondine": true, "brunette": true, "diva": true, "first lady": true, "mevrouw": true, "prinses": true, "barones": true, "kroonprinses": true}
	maleNouns = map[string]bool{"vader": true, "zoon": true, "broer": true, "man": true, "echtgenoot": true,
		"weduwnaar": true, "opa": true, "oom": true, "neef": true, "bruidegom": true, "heer": true, "meneer": true,
		"koning": true, "prins": true, "graaf": true, "hertog": true, "keizer": true, "paus": true}
	femaleSuffixes = []string{"trice", "euse", "vrouw", "eres", "esse", "gin", "rin", "din", "vin",
		// "-ster" only where it makes a woman of an agent noun, not in
		// "minister", "quizmaster" or "popster"
		"woordvoerster", "verslaggeefster", "onderzoekster", "schrijfster", "medewerkster", "bestuurster",
		"voorzitster", "zangster", "danseres", "tennisster", "voetbalster", "hockeyster", "zwemster", "schaatsster",
		"wielrenster", "presentatrice", "lerares", "kapster", "verpleegster", "werkster"}
	// kinNouns name a relation to someone ("de moeder van …").
	kinNouns = map[string]bool{"moeder": true, "vader": true, "zoon": true, "dochter": true, "broer": true,
		"zus": true, "zuster": true, "oma": true, "opa": true, "tante": true, "oom": true, "neef": true,
		"nicht": true, "echtgenote": true, "echtgenoot": true, "weduwe": true, "weduwnaar": true,
		"vrouw": true, "man": true, "bruid": true, "bruidegom": true}
)

// nounGender returns the gender a noun for a person shows (lower case):
// female for "actrice", "zangeres", "woordvoerster", "vriendin",
// "moeder"; male for "vader", "zoon", "prins"; unknown for "woordvoerder",
// "minister", "burgemeester" and every other noun, which may name anyone.
// A description resolves only to a person whose first name does not show
// the other gender.
func nounGender(w string) gender {
	w = strings.ToLower(w)
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:] // "oud-actrice"
	}
	switch {
	case femaleNouns[w]:
		return female
	case maleNouns[w]:
		return male
	}
	for _, s := range femaleSuffixes {
		if strings.HasSuffix(w, s) && (len(w) > len(s)+1 || len(s) > 5) {
			return female
		}
	}
	if len(w) > 6 && (strings.HasSuffix(w, "moeder") || strings.HasSuffix(w, "dochter")) {
		return female
	}
	if len(w) > 5 && (strings.HasSuffix(w, "vader") || strings.HasSuffix(w, "zoon") || strings.HasSuffix(w, "broer")) {
		return male
	}
	return unknownGender
}

// ofName reports whether a phrase ends in "van" and a capitalised name:
// "de leider van Forum voor Democratie" names the organisation of the
// title, so the title holder is whoever the story introduced with it,
// not any subject nearby.
func ofName(t string) bool {
	i := strings.LastIndex(t, " van ")
	if i < 0 {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(t[i+len(" van "):], "de "), "het ")
	for _, w := range strings.Fields(rest) {
		if !isUpperWord(w) && !nameParticles[w] && w != "het" && w != "'t" {
			return false // "van het Nederlands elftal": a noun, no name
		}
	}
	return rest != ""
}

// ofPerson reports whether the phrase ends in "van" and a person
// mention: "de voormalige buurman van Ramon".
func (f *finder) ofPerson(ph phrase) bool {
	t := f.doc[ph.start:ph.end]
	i := strings.LastIndex(t, " van ")
	if i < 0 {
		return false
	}
	a := ph.start + i + len(" van ")
	for _, d := range []string{"de ", "het "} {
		if strings.HasPrefix(f.doc[a:ph.end], d) {
			a += len(d)
		}
	}
	m := f.mentionAt(a)
	return m != nil && m.Person
}

// salientPerson returns the person a description at pos points back at:
// the person named most often outside quotes before pos, a quoted speaker
// counting twice more, the most recent of them on a tie ("de Serviër"
// after an article about Djokovic that also names his opponent once).
func (f *finder) salientPerson(pos int, g gender) string {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	count := map[string]int{}
	for i := max(0, len(f.quotes)-maxLookback); i < len(f.quotes); i++ {
		// a person who spoke before counts more: the story is about them
		if sp := f.quotes[i].Speaker; sp != nil && sp.Canonical != "" && sp.End <= pos && !sp.Pronoun && !f.otherGender(sp.Canonical, g) {
			count[sp.Canonical] += 2
		}
	}
	best, bestN := "", 0
	for j := max(0, k-maxLookback); j < k; j++ {
		m := &f.mentions[j]
		if !m.Person || m.End > pos || f.inQuote(m.Start) || f.otherGender(m.canonical(), g) {
			continue
		}
		c := m.canonical()
		count[c]++
		if count[c] >= bestN {
			best, bestN = c, count[c]
		}
	}
	return best
}

// personSuffixes end Dutch nouns for people: agent nouns ("titelhouder",
// "Hagenaar", "coureur", "zangeres"), and heads such as "-man", "-ster",
// "-kampioen".
var personSuffixes = []string{"er", "aar", "ier", "ist", "ent", "ant", "man", "vrouw", "ster", "eres", "esse", "ice",
	"eur", "oog", "aan", "ling", "genoot", "lid", "kampioen", "legende", "ouder", "or", "eut", "iet", "ief"}

// neuterPersonNouns end neuter nouns for people, which take "het": "het
// topmodel", "het Kamerlid", "het slachtoffer", "het duo".
var neuterPersonNouns = []string{"model", "meisje", "kind", "slachtoffer", "lid", "echtpaar", "stel", "duo", "talent", "icoon"}

// neuterPerson reports whether w is, or ends in, a neuter noun for a
// person.
func neuterPerson(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,;:"))
	for _, n := range neuterPersonNouns {
		if w == n || strings.HasSuffix(w, n) && len(w) > len(n)+2 {
			return true
		}
	}
	return false
}

// thingsInEr end common nouns for things that a person suffix ("-er",
// "-ant", "-ent", "-or", "-aan") would take for people: "de huilkamer",
// "het nummer", "de computer", "het restaurant".
var thingsInEr = []string{"kamer", "nummer", "water", "computer", "winter", "zomer", "cijfer", "letter",
	"order", "kader", "oever", "hamer", "emmer", "filter", "poster", "container", "cluster", "meter", "liter",
	"papier", "vuur", "uur", "centrum", "theater", "register", "dossier", "nier", "bier", "hier", "daar", "jaar", "paar",
	// and "-ant", "-ent", "-or", "-aan": "het restaurant", "het moment"
	"restaurant", "krant", "kant", "plant", "variant", "diamant", "moment", "procent", "document", "argument",
	"element", "instrument", "incident", "experiment", "monument", "segment", "continent", "parlement",
	"management", "cement", "testament", "toernooi", "sector", "motor", "factor", "tractor", "terror", "kantoor",
	"orgaan", "plan", "vulkaan", "oceaan", "tulpenbollen"}

// personWords are nouns for people that end in no person suffix: "de
// meervoudig Frans international", "de coach".
var personWords = map[string]bool{
	"international": true, "coach": true, "prof": true, "tiener": true, "idool": true, "vedette": true,
	"baas": true, "topper": true, "veteraan": true, "routinier": true,
}

// personNoun reports whether w, the head of a description, names a
// person: a capitalised noun ("de Serviër", "de Nederlander"), one with
// a person suffix, or one of personWords.
func personNoun(w string) bool {
	w = strings.Trim(w, ".,;:")
	if isUpperWord(w) || neuterPerson(w) {
		return true
	}
	w = strings.ToLower(w)
	if personWords[w] {
		return true
	}
	for _, t := range thingsInEr {
		if strings.HasSuffix(w, t) {
			return false
		}
	}
	for _, suf := range personSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// headWord returns the last word of the phrase before any "van …".
func (ph phrase) headWord(doc string) string {
	t := doc[ph.start:ph.end]
	if i := strings.Index(t, " van "); i >= 0 {
		t = t[:i]
	}
	if i := strings.Index(t, " namens "); i >= 0 {
		t = t[:i]
	}
	fs := strings.Fields(t)
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

// orgAfter returns the organisation in a "van …" or "namens …" phrase
// after a spokesperson noun within the phrase or right after it: the
// entity there, or the words as written.
func (f *finder) orgAfter(ph phrase) string {
	end := min(len(f.doc), ph.end+120)
	t := f.doc[ph.start:end]
	i := strings.Index(t, " van ")
	w := len(" van ")
	if j := strings.Index(t, " namens "); j >= 0 && (i < 0 || j < i) {
		i, w = j, len(" namens ")
	}
	if i < 0 || ph.start+i > ph.end+1 {
		return ""
	}
	a := ph.start + i + w
	ts := f.tokens(a, min(end, a+100))
	k := 0
	if k < len(ts) && (ts[k].lower == "de" || ts[k].lower == "het") {
		k++
	}
	if k >= len(ts) || !ts[k].word {
		return ""
	}
	if m := f.mentionFor(ts[k]); m != nil && (m.Organisation || m.misc()) {
		return m.canonical()
	}
	if m := f.orgAfterModifiers(ts, k); m != nil {
		// "een woordvoerder van het Iraanse ministerie van Buitenlandse
		// Zaken": adjectives before the organisation
		return m.canonical()
	}
	if k > 0 && !ts[k].upper() && (k+1 >= len(ts) || !ts[k+1].word) {
		// "een woordvoerster van het expertisecentrum": a description
		if kind, ok, _ := nounKind(ts[k].lower); ok {
			if c := f.orgDescription(ts[k].lower, ph.start); c != "" || kind == "" && !namedByNoun[ts[k].lower] {
				return c // "van de organisatie" names no one by itself
			}
		}
	}
	e := k
	for e+1 < len(ts) && ts[e+1].word && (ts[e+1].upper() || nameParticles[ts[e+1].lower] && e+2 < len(ts) && ts[e+2].upper()) {
		e++
	}
	if !ts[k].upper() && e == k && !f.lx.sources[ts[k].lower] && !orgNouns[ts[k].lower] &&
		(k == 0 || k+1 < len(ts) && ts[k+1].word) {
		// a lower-case noun only after a determiner and at the end of
		// the phrase: "van de ploeg", "van het waterschap"
		return ""
	}
	if e == k && f.adjectiveNoun(ts, k) {
		// "een woordvoerder van de Duitse politie": the adjective and
		// its noun, not the adjective alone
		e = k + 1
	}
	return f.doc[ts[k].start:ts[e].end]
}

// lastSpokesOrg returns the organisation of the last spokesperson named
// with one before pos ("een woordvoerder van de NS"), within the last
// few paragraphs.
func (f *finder) lastSpokesOrg(pos int) string {
	lo := max(0, pos-3000)
	t := strings.ToLower(f.doc[lo:pos])
	best := -1
	for n := range spokesNouns {
		for _, sep := range []string{" van ", " namens "} {
			if i := strings.LastIndex(t, n+sep); i > best {
				best = i
			}
		}
	}
	if best < 0 {
		return ""
	}
	a := lo + best
	ts := f.tokens(a, min(len(f.doc), a+200))
	if len(ts) == 0 {
		return ""
	}
	return f.orgAfter(phrase{start: ts[0].start, end: ts[0].end})
}

// resolveOrg returns the organisation a plural pronoun or a noun such as
// "het bedrijf" at pos points back at: the nearest organisation mention
// that is the subject of its sentence within the last three sentences,
// else the nearest organisation mention in them; "" when there is none.
func (f *finder) resolveOrg(pos int) string {
	subj, near := f.nearOrg(pos)
	if subj != "" {
		return subj
	}
	return near
}

// nearOrg returns the nearest organisation mention before pos that is the
// subject of its sentence within the last three sentences, and the
// nearest one in them at all. An organisation in parentheses (the agency
// of a dateline, "(ANP)", or an abbreviation) is skipped.
func (f *finder) nearOrg(pos int) (subject, near string) {
	return f.nearOrgOfKind(pos, "")
}

// nearOrgOfKind is nearOrg for the organisations whose kind fits kind
// (see [kindFits]).
func (f *finder) nearOrgOfKind(pos int, kind string) (subject, near string) {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	limit := pos
	for n := 0; n < 3; n++ {
		limit = boundBefore(f.bounds, limit-1)
	}
	fallback := ""
	lo := k - maxLookback
	for k--; k >= 0 && k > lo; k-- {
		m := &f.mentions[k]
		if m.Start < limit {
			break
		}
		if !m.Organisation || m.End > pos || f.inQuote(m.Start) || !kindFits(kind, m.Kind) ||
			m.Start > 0 && f.doc[m.Start-1] == '(' {
			continue
		}
		if f.isSubject(m) {
			return m.canonical(), fallback
		}
		if fallback == "" {
			fallback = m.canonical()
		}
	}
	return "", fallback
}

// pronounGender returns the gender a singular person pronoun points to:
// hij and hem male, zij, ze and haar female.
func pronounGender(p string) gender {
	switch strings.ToLower(p) {
	case "hij", "hem", "zijn":
		return male
	case "zij", "ze", "haar":
		return female
	}
	return unknownGender
}

// otherGender reports whether a person's first name is known to be of the
// other gender than g. Unknown names and genders never conflict.
func (f *finder) otherGender(canonical string, g gender) bool {
	if g == unknownGender {
		return false
	}
	ng := f.lx.nameGender(canonical)
	if ng == unknownGender {
		ng = f.genderByRole(canonical)
	}
	return ng != unknownGender && ng != g
}

// genderByRole returns the gender that the roles the text gives a person
// show ("zangeres Roxeanne Hazes", "de actrice"), when the first-name list
// does not know the name; unknownGender when the roles show none or
// disagree.
func (f *finder) genderByRole(canonical string) gender {
	if f.roleGender == nil {
		f.roleGender = map[string]gender{}
		for i := range f.mentions {
			m := &f.mentions[i]
			if !m.Person || m.Role == "" {
				continue
			}
			c := m.canonical()
			g := nounGender(m.Role)
			if g == unknownGender {
				continue
			}
			if prev, ok := f.roleGender[c]; ok && prev != g {
				g = unknownGender // roles that disagree (or disagreed before) show nothing
			}
			f.roleGender[c] = g
		}
	}
	return f.roleGender[canonical]
}

// previousSpeaker resolves a pronoun that no person mention resolves to
// the named speaker of the quote just before it in the same paragraph,
// "'Wij gaan door', zei Starmer. 'Altijd', zei hij.": the speaker must be a
// capitalised name with a canonical form, not a pronoun, role or place,
// and must stand in the pronoun's sentence or the one before. This
// covers names the entity tagger did not mark as persons (it may tag a
// name after a single quote mark as an organisation). Since a person
// pronoun rarely refers to an organisation, an organisation speaker is
// accepted here only when no person mention precedes the pronoun at all.
func (f *finder) previousSpeaker(pos int, g gender) string {
	for i := len(f.quotes) - 1; i >= 0; i-- {
		q := &f.quotes[i]
		if q.End > pos {
			continue
		}
		sp := q.Speaker
		if sp == nil {
			return ""
		}
		lim := boundBefore(f.bounds, boundBefore(f.bounds, pos)-1)
		if sp.End > pos || sp.Start < lim || f.regionOf(sp.Start) != f.regionOf(pos) ||
			sp.Pronoun || sp.Role != "" || sp.Canonical == "" || !isUpperWord(sp.Text) {
			return ""
		}
		if m := f.mentionAt(sp.Start); m != nil && m.Place || f.otherGender(sp.Canonical, g) {
			return ""
		}
		return sp.Canonical
	}
	return ""
}

// titleHolder returns the person who is the subject of one of the last
// three sentences before pos, when the story gives them no role or this
// one and their first name does not show the other gender than g; ""
// otherwise.
func (f *finder) titleHolder(pos int, role string, g gender) string {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	limit := pos
	for n := 0; n < 3; n++ {
		limit = boundBefore(f.bounds, limit-1)
	}
	for k--; k >= 0 && f.mentions[k].Start >= limit; k-- {
		m := &f.mentions[k]
		if !m.Person || m.End > pos || f.inQuote(m.Start) || !f.isSubject(m) || f.otherGender(m.canonical(), g) {
			continue
		}
		if m.Role != "" {
			if head, _ := f.normRole(m.Role); head != role {
				return ""
			}
		}
		return m.canonical()
	}
	return ""
}

// pronounsToLastSpeaker resolves a singular person pronoun that names a
// quote's speaker ("'…', voegde ze eraan toe", "Ook bedankt hij …: '…'")
// to the speaker of the quote or report just before it, as a reader
// does, when that quote lies in the same paragraph and ends in the
// pronoun's sentence or the one before, no other person is named outside
// quotes between them, and the speaker's first name does not show the
// other gender: "'…', zei Mathilde. '…', voegde ze eraan toe" is Mathilde
// also when the sentences before named her daughter as a subject. An
// organisation is such a speaker only through a spokesperson ("…, zegt
// een woordvoerder van het ministerie. '…', zegt hij"). Quotes that share
// the pronoun (continuations) follow it.
func (f *finder) pronounsToLastSpeaker() {
	for i := range f.quotes {
		sp := f.quotes[i].Speaker
		if sp == nil || !sp.Pronoun || sp.Start < f.quotes[i].Start && i > 0 && sameSpan(f.quotes[i-1].Speaker, sp) {
			continue
		}
		g := pronounGender(sp.Text)
		if g == unknownGender || g == female && f.isOrg(sp.Canonical) {
			continue // hen, hun; "ze" that a plural verb made an organisation
		}
		var p *Quote
		for j := i - 1; j >= 0 && j >= i-20; j-- {
			if q := &f.quotes[j]; q.End <= sp.Start && !sameSpan(q.Speaker, sp) {
				p = q
				break
			}
		}
		if p == nil || p.Speaker == nil || p.Speaker.Canonical == sp.Canonical || p.Speaker.Pronoun && p.Speaker.Canonical == "" ||
			p.Speaker.Canonical == "" && !f.personRole(p.Speaker.Role) ||
			p.Speaker.Role == "" && f.isOrg(p.Speaker.Canonical) {
			continue // "hij" is no organisation, unless its spokesperson spoke
		}
		r := f.regionOf(sp.Start)
		if r < 0 || f.regionOf(p.Start) != r || p.End < boundBefore(f.bounds, boundBefore(f.bounds, sp.Start)-1) {
			continue
		}
		if f.otherGender(p.Speaker.Canonical, g) || f.otherPersonBetween(p.End, sp.Start, p.Speaker.Canonical) {
			continue
		}
		c := p.Speaker.Canonical
		for k := range f.quotes {
			if sameSpan(f.quotes[k].Speaker, sp) {
				f.quotes[k].Speaker.Canonical = c
			}
		}
	}
}

// sameSpan reports whether two speakers are the same phrase of the text.
func sameSpan(a, b *Speaker) bool {
	return a != nil && b != nil && a.Start == b.Start && a.End == b.End
}

// isOrg reports whether c is the canonical name of an organisation
// mention.
func (f *finder) isOrg(c string) bool {
	if c == "" {
		return false
	}
	for i := range f.mentions {
		if f.mentions[i].Organisation && f.mentions[i].canonical() == c {
			return true
		}
	}
	return false
}

// otherPersonBetween reports whether a person other than c is named
// outside quotes in doc[a:b].
func (f *finder) otherPersonBetween(a, b int, c string) bool {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= a })
	for ; k < len(f.mentions) && f.mentions[k].Start < b; k++ {
		m := &f.mentions[k]
		if m.Person && !f.inQuote(m.Start) && m.canonical() != c {
			return true
		}
	}
	return false
}
