package quote

import "github.com/draadnlp/draad/entity"

// Mentions converts entities, as [entity.Model.Extract] returns them, to
// the mentions [Find] takes as candidate speakers.
func Mentions(ents []entity.Entity) []Mention {
	ms := make([]Mention, len(ents))
	for i, e := range ents {
		ms[i] = Mention{
			Text: e.Text, Start: e.Start, End: e.End,
			Canonical: e.Canonical, Role: e.Role, Org: e.Org, Country: e.Country,
			Person:       e.Type == entity.Person,
			Organisation: e.Type == entity.Organisation,
			Place:        e.Type == entity.Country || e.Type == entity.Location,
		}
	}
	return ms
}
