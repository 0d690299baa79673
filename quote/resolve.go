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
	ts := tokens(f.doc, runeStart(f.doc, ss), c)
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
		case head == role && (org == "" || lmorg == lorg):
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

// resolvePronoun returns the person a pronoun at pos refers to: the most
// recent person mention that is the subject of its sentence within the last
// three sentences, else the most recent person mention. Mentions inside
// quotes are skipped, and so are persons whose first name is known to be
// of the other gender than g (see [lexicon.nameGender]).
func (f *finder) resolvePronoun(pos int, g gender) string {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	fallback := ""
	limit := pos
	for n := 0; n < 3; n++ {
		limit = boundBefore(f.bounds, limit-1)
	}
	lo := k - maxLookback
	for k--; k >= 0 && k > lo; k-- {
		m := &f.mentions[k]
		if !m.Person || m.End > pos || f.inQuote(m.Start) || f.otherGender(m.canonical(), g) {
			continue
		}
		if fallback == "" {
			fallback = m.canonical()
		}
		if m.Start < limit {
			break
		}
		if f.isSubject(m) {
			return m.canonical()
		}
	}
	return fallback
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
	for _, t := range tokens(f.doc, ss, m.Start) {
		if !t.word || !(connectives[t.lower] || determiners[t.lower] || f.lx.isRole(t.lower) || isModifier(t)) {
			return false
		}
	}
	return true
}

// speaker turns a phrase into a Speaker, resolving pronouns. plural tells
// whether the verb is plural, which makes "ze"/"zij" plural.
func (f *finder) speaker(ph phrase, plural bool) *Speaker {
	sp := &Speaker{Text: f.doc[ph.start:ph.end], Start: ph.start, End: ph.end, Canonical: ph.canonical, Pronoun: ph.pronoun, Role: ph.role}
	if ph.pronoun && !ph.plural && !(ph.ambiguous && plural) {
		g := pronounGender(sp.Text)
		sp.Canonical = f.resolvePronoun(ph.start, g)
		if sp.Canonical == "" {
			sp.Canonical = f.previousSpeaker(ph.start, g)
		}
	}
	return sp
}

// pronounGender returns the gender a singular person pronoun points to:
// hij and hem male, zij, ze and haar female.
func pronounGender(p string) gender {
	switch strings.ToLower(p) {
	case "hij", "hem":
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
	return ng != unknownGender && ng != g
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
