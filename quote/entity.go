package quote

import (
	"slices"

	"github.com/draadnlp/draad/entity"
)

// mention is an entity as the rules use it.
type mention struct {
	// Text is the mention as written; Start and End are byte offsets
	// into the document.
	Text       string
	Start, End int
	// Canonical is the resolved name ("Jens Stoltenberg" for
	// "Stoltenberg").
	Canonical string
	// Role is the role the text gives the entity ("NAVO-chef",
	// "minister") and Org the organisation it belongs to ("NAVO").
	Role, Org string
	// Country is the country the entity belongs to, if known.
	Country string
	// Kind is the kind of an organisation ("company", "media", "club",
	// "party", "public", "association"), from the entity or else from a
	// head word of its name ("Vereniging", "Ministerie"); empty when
	// unknown.
	Kind string
	// Person is true for persons.
	Person bool
	// Organisation is true for organisations (parties, ministries, media,
	// companies), which may speak as a body ("NAVO: …").
	Organisation bool
	// Place is true for countries and other places (cities, regions). A
	// place before a headline colon ("Gaza: tientallen doden …") is a
	// dateline, not a speaker. A mention that is neither a person, an
	// organisation nor a place (an event, a title, a sport) never speaks
	// in a headline either.
	Place bool
}

// validMentions returns the entities that lie within doc as mentions,
// sorted by Start, with Text taken from doc.
func validMentions(dst []mention, doc string, ents []entity.Entity) []mention {
	out := slices.Grow(dst[:0], len(ents))
	for _, e := range ents {
		if e.Start < 0 || e.End > len(doc) || e.Start >= e.End {
			continue
		}
		out = append(out, mention{
			Text: doc[e.Start:e.End], Start: e.Start, End: e.End,
			Canonical: e.Canonical, Role: e.Role, Org: e.Org, Country: e.Country, Kind: e.Kind,
			Person:       e.Type == entity.Person,
			Organisation: e.Type == entity.Organisation,
			Place:        e.Type == entity.Country || e.Type == entity.Location,
		})
	}
	slices.SortStableFunc(out, func(a, b mention) int { return a.Start - b.Start })
	for i := range out {
		if m := &out[i]; m.Organisation && m.Kind == "" {
			m.Kind = kindOfName(m.canonical())
		}
	}
	return out
}

// misc reports whether the mention is neither a person, an organisation
// nor a place: an event, a title, or a description the tagger took for a
// name ("Red Bull-coureur").
func (m *mention) misc() bool { return !m.Person && !m.Organisation && !m.Place }

// demoteTitles makes a person mention right after a title noun a title,
// not a person: "de film Blond Ambition", "het lied Not An Addict",
// "getiteld Jan Modaal" name works, and a pronoun never points at them.
func (f *finder) demoteTitles() {
	for i := range f.mentions {
		m := &f.mentions[i]
		if !m.Person {
			continue
		}
		j := m.Start
		for j > 0 && (f.doc[j-1] == ' ' || f.doc[j-1] == '\'') {
			j--
		}
		k := j
		for k > 0 && k > j-20 && isLowerASCII(f.doc[k-1]) {
			k--
		}
		if k < j && titleNouns[f.doc[k:j]] && (k == 0 || !isLowerASCII(f.doc[k-1])) {
			m.Person = false
		}
	}
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
