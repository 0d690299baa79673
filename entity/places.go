package entity

import "github.com/draadnlp/draad/internal/gazetteer"

// datelinePlaces types as locations the one-word model chunks in capitals
// that open a line before a dash or an agency, as a dateline's place does
// ("BRUINISSE - …", "REEK (ANP) -"), when the gazetteer knows the place,
// however small, and it is not also a common word. The lexicon holds only
// the larger places, so the model alone decides the small ones, and it
// reads a word in capitals as anything.
func datelinePlaces(ws []word, spans []span) {
	for i := range spans {
		s := &spans[i]
		if s.last-s.first != 1 || s.prio != 0 || s.e != nil || s.subEnd > 0 || s.typ == Location {
			continue
		}
		w := ws[s.first]
		if !w.allCaps || !w.sentStart || s.first+1 >= len(ws) || ws[s.first+1].sent != w.sent {
			continue
		}
		if next := ws[s.first+1].text; next != "-" && next != "–" && next != "—" && next != "(" {
			continue
		}
		p, ok := gazetteer.Lookup(w.text)
		if !ok || p.Common || p.Kind != gazetteer.Settlement {
			continue
		}
		s.typ, s.canonical, s.country, s.role, s.org, s.kind = Location, p.Canonical, p.Country, "", "", ""
	}
}
