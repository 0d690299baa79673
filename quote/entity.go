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
func validMentions(doc string, ents []entity.Entity) []mention {
	var out []mention
	for _, e := range ents {
		if e.Start < 0 || e.End > len(doc) || e.Start >= e.End {
			continue
		}
		out = append(out, mention{
			Text: doc[e.Start:e.End], Start: e.Start, End: e.End,
			Canonical: e.Canonical, Role: e.Role, Org: e.Org, Country: e.Country,
			Person:       e.Type == entity.Person,
			Organisation: e.Type == entity.Organisation,
			Place:        e.Type == entity.Country || e.Type == entity.Location,
		})
	}
	slices.SortStableFunc(out, func(a, b mention) int { return a.Start - b.Start })
	return out
}

// misc reports whether the mention is neither a person, an organisation
// nor a place: an event, a title, or a description the tagger took for a
// name ("Red Bull-coureur").
func (m *mention) misc() bool { return !m.Person && !m.Organisation && !m.Place }
