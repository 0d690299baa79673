// Organisations named by a description: "de toezichthouder", "het
// bedrijf", "de privacywaakhond", resolved by the descriptor the story
// gave the organisation, by an apposition, or by the kind of the noun.

package quote

import (
	"sort"
	"strings"
)

// orgNounKinds gives the kind of organisation a common noun names, in the
// kinds of package entity; "" for a noun that may name any kind
// ("organisatie", "bestuur").
var orgNounKinds = map[string]string{
	"bedrijf": "company", "concern": "company", "fabrikant": "company", "onderneming": "company",
	"keten": "company", "winkelketen": "company", "supermarktketen": "company", "maatschappij": "company",
	"luchtvaartmaatschappij": "company", "vervoerder": "company", "verzekeraar": "company",
	"zorgverzekeraar": "company", "uitgeverij": "company", "bank": "company", "multinational": "company",
	"producent": "company", "supermarkt": "company", "brouwerij": "company", "firma": "company",
	"retailer": "company", "webwinkel": "company", "aanbieder": "company",
	"club": "club", "ploeg": "club", "voetbalclub": "club", "team": "club",
	"partij": "party", "fractie": "party",
	"toezichthouder": "public", "waakhond": "public", "instantie": "public", "dienst": "public",
	"gemeente": "public", "ministerie": "public", "rechtbank": "public", "inspectie": "public",
	"autoriteit": "public", "overheid": "public", "agentschap": "public", "provincie": "public",
	"waterschap": "public", "gemeentebestuur": "public", "raad": "public",
	"vereniging": "association", "stichting": "association", "bond": "association",
	"vakbond": "association", "federatie": "association", "belangenvereniging": "association",
	"omroep": "media", "krant": "media", "zender": "media", "dagblad": "media", "tijdschrift": "media",
	"weekblad": "media", "persbureau": "media", "nieuwssite": "media",
	"organisatie": "", "instelling": "", "groep": "", "bestuur": "", "directie": "", "leiding": "",
	"clubleiding": "", "formatie": "", "band": "", "instituut": "", "centrum": "", "expertisecentrum": "",
}

// namedByNoun are organisation nouns that the names of organisations
// carry ("Rechtbank Amsterdam", "Gemeente Utrecht", "Provincie
// Limburg"): such a noun points back at an organisation whose name holds
// it, or that the story gave it as a descriptor, never at one of its kind
// alone ("de rechtbank" is not the Openbaar Ministerie).
var namedByNoun = map[string]bool{
	"rechtbank": true, "gemeente": true, "ministerie": true, "inspectie": true, "provincie": true,
	"waterschap": true, "raad": true, "bank": true, "autoriteit": true, "dienst": true, "agentschap": true,
}

// exactKindNouns are organisation nouns that point back at an
// organisation of their kind only when its kind is known: "de
// toezichthouder" is the Autoriteit Persoonsgegevens (public), not the
// bank it supervises nor a vereniging of unknown kind named closer; "de
// krant" is the medium named before.
var exactKindNouns = map[string]bool{
	"toezichthouder": true, "waakhond": true, "overheid": true, "instantie": true,
	"krant": true, "dagblad": true, "tijdschrift": true, "weekblad": true, "omroep": true, "zender": true,
}

// nounKind returns the kind of organisation the noun w (lower case)
// names, exactly or as the head of a compound ("milieuvereniging",
// "privacywaakhond"), and whether w names an organisation at all;
// compound reports that w is a compound of a listed noun.
func nounKind(w string) (kind string, ok, compound bool) {
	if k, ok := orgNounKinds[w]; ok {
		return k, true, false
	}
	if k, ok := orgNounKinds[strings.TrimSuffix(w, "s")]; ok && strings.HasSuffix(w, "s") && len(w) > 4 {
		return k, false, false // a plural ("banken") names no one organisation
	}
	if n := compoundHead(w); n != "" {
		return orgNounKinds[n], true, true
	}
	return "", false, false
}

// compoundHead returns the longest noun of orgNounKinds that ends w after
// at least three letters of its own ("vereniging" in "milieuvereniging"),
// or "".
func compoundHead(w string) string {
	for i := 3; i < len(w); i++ {
		if _, ok := orgNounKinds[w[i:]]; ok {
			return w[i:]
		}
	}
	return ""
}

// isOrgNoun reports whether w (lower case) is a common noun for one
// organisation, or a compound ending in one ("milieuvereniging").
func isOrgNoun(w string) bool {
	_, ok, _ := nounKind(w)
	return ok
}

// kindOfName returns the kind an organisation's name shows by its head
// word ("Nederlandse Vereniging van Banken", "Fietsersbond", "Ministerie
// van Justitie"): the first word before any "van" that is, or ends in, a
// noun of orgNounKinds with a kind; "" when none does.
func kindOfName(name string) string {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w == "van" || w == "voor" {
			break
		}
		if k, ok, _ := nounKind(strings.Trim(w, ".,()")); ok && k != "" {
			return k
		}
	}
	return ""
}

// kindFits reports whether an organisation of kind have may be named by
// a noun of kind want; unknown kinds fit anything, except that a want
// marked "=" ("=public") asks for that kind exactly.
func kindFits(want, have string) bool {
	if exact, ok := strings.CutPrefix(want, "="); ok {
		return have == exact
	}
	return want == "" || have == "" || want == have
}

// orgDescriptor is a common noun the story gave an organisation: its
// descriptor ("klimaatstichting HIER", "toezichthouder Skal") or an
// apposition ("de Autoriteit Persoonsgegevens, de Nederlandse
// privacywaakhond,").
type orgDescriptor struct {
	pos       int    // where the organisation is named
	noun      string // lower case
	canonical string
}

// descriptors returns the organisation descriptors of the story, in
// document order, built once.
func (f *finder) descriptors() []orgDescriptor {
	if f.orgDescs != nil {
		return f.orgDescs
	}
	f.orgDescs = []orgDescriptor{}
	for i := range f.mentions {
		m := &f.mentions[i]
		if !m.Organisation || f.inQuote(m.Start) {
			continue
		}
		if m.Role != "" {
			f.orgDescs = append(f.orgDescs, orgDescriptor{m.Start, strings.ToLower(m.Role), m.canonical()})
		}
		if n := f.appositionNoun(m.End); n != "" {
			f.orgDescs = append(f.orgDescs, orgDescriptor{m.Start, n, m.canonical()})
		}
	}
	return f.orgDescs
}

// appositionNoun reads an apposition right after an organisation named up
// to end: an optional abbreviation in parentheses, a comma, "de" or "het",
// at most three modifiers and a noun, then a comma or a period: "(AP), de
// Nederlandse privacywaakhond,". It returns the noun in lower case, or "".
func (f *finder) appositionNoun(end int) string {
	ts := f.window(end, min(len(f.doc), end+120), false)
	k := 0
	if k+2 < len(ts) && ts[k].s == "(" && ts[k+2].s == ")" {
		k += 3
	}
	if k+2 >= len(ts) || ts[k].s != "," || ts[k].start > end+12 || ts[k+1].lower != "de" && ts[k+1].lower != "het" {
		return ""
	}
	for j := k + 2; j < len(ts) && j <= k+5 && ts[j].word; j++ {
		if j+1 < len(ts) && (ts[j+1].s == "," || ts[j+1].s == ".") {
			if w := ts[j].lower; !ts[j].upper() && len(w) > 3 {
				return w
			}
			return ""
		}
		if !isModifier(ts[j]) {
			return ""
		}
	}
	return ""
}

// orgByDescriptor returns the organisation named before pos (or anywhere
// when pos is the end of the document) that the story gave the
// descriptor noun, or one ending in it ("klimaatstichting" for
// "stichting"); the most recent one; "" when none.
func (f *finder) orgByDescriptor(noun string, pos int) string {
	ds := f.descriptors()
	k := sort.Search(len(ds), func(k int) bool { return ds[k].pos >= pos })
	for k--; k >= 0; k-- {
		d := ds[k]
		if d.noun == noun || len(d.noun) > len(noun)+2 && strings.HasSuffix(d.noun, noun) {
			return d.canonical
		}
	}
	return ""
}

// orgDescription resolves a definite description of an organisation
// ("de toezichthouder", "het bedrijf") at pos with head noun (lower
// case), as a reader does: the organisation the story gave that noun as a
// descriptor or in an apposition; else, for a noun that is no compound,
// the nearest organisation of a fitting kind that is the subject of one of
// the last three sentences, else the nearest one in them; else the
// nearest organisation of exactly the noun's kind in the story before.
// A compound with a modifier ("de milieuvereniging") names an
// organisation of its own unless a descriptor or the name says it is one
// named before. It returns "" when nothing fits.
func (f *finder) orgDescription(noun string, pos int) string {
	if c := f.orgByDescriptor(noun, pos); c != "" {
		return c
	}
	kind, ok, compound := nounKind(noun)
	if !ok {
		return ""
	}
	if c := f.orgNamed(noun, pos); c != "" {
		return c
	}
	if compound || namedByNoun[noun] {
		head := noun
		if compound {
			head = compoundHead(noun)
		}
		mod := strings.TrimSuffix(noun, head)
		if len(mod) < 4 {
			return ""
		}
		// "de milieuvereniging" after "Vereniging Milieudefensie"
		k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
		for k--; k >= 0 && k >= len(f.mentions)-maxLookback; k-- {
			m := &f.mentions[k]
			if m.Organisation && strings.Contains(strings.ToLower(m.canonical()), mod) {
				return m.canonical()
			}
		}
		return ""
	}
	if exactKindNouns[noun] {
		kind = "=" + kind
	}
	if subj, near := f.nearOrgOfKind(pos, kind); subj != "" {
		return subj
	} else if near != "" {
		return near
	}
	kind = strings.TrimPrefix(kind, "=")
	if kind == "" {
		return ""
	}
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	for lo := k - maxLookback; k > 0 && k > lo; k-- {
		m := &f.mentions[k-1]
		if m.Organisation && m.Kind == kind && !f.inQuote(m.Start) && !f.parenthesised(m) {
			return m.canonical()
		}
	}
	return ""
}

// orgNamed returns the nearest organisation named before pos, outside
// quotes, whose name holds the noun as a word or as the head of a
// compound ("Rechtbank Amsterdam" and "Fietsersbond" for "rechtbank" and
// "bond"), or "".
func (f *finder) orgNamed(noun string, pos int) string {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	for lo := k - maxLookback; k > 0 && k > lo; k-- {
		m := &f.mentions[k-1]
		if !m.Organisation || f.inQuote(m.Start) {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(m.canonical())) {
			if w == noun || len(w) > len(noun)+2 && strings.HasSuffix(w, noun) {
				return m.canonical()
			}
		}
	}
	return ""
}

// parenthesised reports whether a mention stands in parentheses: the
// agency of a dateline, "(ANP)", or an abbreviation after a name.
func (f *finder) parenthesised(m *mention) bool {
	return m.Start > 0 && f.doc[m.Start-1] == '(' && m.End < len(f.doc) && f.doc[m.End] == ')'
}

// media reports whether a speaker phrase names a medium: a media
// organisation ("RTL Nieuws", "de krant"). A medium reports; the words
// in marks after its sentence are those of whom it quotes.
func (f *finder) media(ph phrase) bool {
	if m := f.mentionAt(ph.start); m != nil && m.Organisation {
		return m.Kind == "media"
	}
	k, ok, _ := nounKind(strings.ToLower(strings.Trim(ph.headWord(f.doc), ".,")))
	return ok && k == "media"
}

// mediaSpeaker reports whether a speaker is a medium: its mention, or
// the organisation it resolved to, is of kind media, or its head noun is
// a medium ("de krant").
func (f *finder) mediaSpeaker(sp *Speaker) bool {
	if sp == nil || sp.Pronoun {
		return false
	}
	if m := f.mentionAt(sp.Start); m != nil && m.Organisation {
		return m.Kind == "media"
	}
	if sp.Canonical != "" {
		for i := range f.mentions {
			if m := &f.mentions[i]; m.Organisation && m.canonical() == sp.Canonical {
				return m.Kind == "media"
			}
		}
	}
	return f.media(phrase{start: sp.Start, end: sp.End})
}
