package entity_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the want.json sections of testdata/*.txt")

func defaultModel(t testing.TB) *entity.Model {
	t.Helper()
	m, err := entity.Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	return m
}

// checkSpans checks the span invariants of an analysis of in.
func checkSpans(t testing.TB, in string, a entity.Analysis) {
	t.Helper()
	prevEnd := 0
	for i, e := range a.Entities {
		if e.Start < 0 || e.Start >= e.End || e.End > len(in) {
			t.Fatalf("entity %d %+v out of bounds (len %d)", i, e, len(in))
		}
		if in[e.Start:e.End] != e.Text {
			t.Fatalf("entity %d: in[%d:%d] = %q, Text = %q", i, e.Start, e.End, in[e.Start:e.End], e.Text)
		}
		if e.Start < prevEnd {
			t.Fatalf("entity %d %+v overlaps or precedes the one before (end %d)", i, e, prevEnd)
		}
		if e.Canonical == "" {
			t.Fatalf("entity %d %+v has no canonical name", i, e)
		}
		// A name starts with a letter or digit, or with an apostrophe
		// before one ("'s-Hertogenbosch", "’t Hooft").
		r, n := utf8.DecodeRuneInString(e.Text)
		if r == '\'' || r == '’' {
			r, _ = utf8.DecodeRuneInString(e.Text[n:])
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			t.Fatalf("entity %d %+v does not start with a letter or digit", i, e)
		}
		prevEnd = e.End
	}
	for i, l := range a.Links {
		if l.Start < 0 || l.Start >= l.End || l.End > len(in) || in[l.Start:l.End] != l.Text {
			t.Fatalf("link %d %+v does not match the input", i, l)
		}
		if _, ok := entity.CountryName(l.Country); !ok {
			t.Fatalf("link %d %+v has unknown country", i, l)
		}
	}
}

func TestGolden(t *testing.T) {
	m := defaultModel(t)
	golden.Run(t, "testdata/*.txt", "want.json", *update, func(t *testing.T, ar *txtar.Archive) []byte {
		in, ok := golden.Section(ar, "input")
		if !ok {
			t.Fatal("no input section")
		}
		a := m.Analyze(string(in))
		checkSpans(t, string(in), a)
		got, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		// Idempotence: the same input gives the same output again.
		if again, _ := json.MarshalIndent(m.Analyze(string(in)), "", "  "); !bytes.Equal(append(again, '\n'), got) {
			t.Error("Analyze is not deterministic")
		}
		return got
	})
}

// find returns the entities with the given text.
func find(es []entity.Entity, text string) []entity.Entity {
	var out []entity.Entity
	for _, e := range es {
		if e.Text == text {
			out = append(out, e)
		}
	}
	return out
}

// want is an expectation about every entity with a text.
type want struct {
	text      string
	typ       entity.Type
	country   string
	role      string
	org       string
	canonical string
	roleFull  string
	kind      string
}

func checkWants(t *testing.T, es []entity.Entity, wants []want) {
	t.Helper()
	for _, w := range wants {
		got := find(es, w.text)
		if len(got) == 0 {
			t.Errorf("%q not found", w.text)
			continue
		}
		for _, e := range got {
			if e.Type != w.typ {
				t.Errorf("%q at %d: type %v, want %v", w.text, e.Start, e.Type, w.typ)
			}
			if w.country != "" && e.Country != w.country {
				t.Errorf("%q at %d: country %q, want %q", w.text, e.Start, e.Country, w.country)
			}
			if w.role != "" && e.Role != w.role {
				t.Errorf("%q at %d: role %q, want %q", w.text, e.Start, e.Role, w.role)
			}
			if w.org != "" && e.Org != w.org {
				t.Errorf("%q at %d: org %q, want %q", w.text, e.Start, e.Org, w.org)
			}
			if w.canonical != "" && e.Canonical != w.canonical {
				t.Errorf("%q at %d: canonical %q, want %q", w.text, e.Start, e.Canonical, w.canonical)
			}
			if w.roleFull != "" && e.RoleFull != w.roleFull {
				t.Errorf("%q at %d: role_full %q, want %q", w.text, e.Start, e.RoleFull, w.roleFull)
			}
			if w.kind != "" && e.Kind != w.kind {
				t.Errorf("%q at %d: kind %q, want %q", w.text, e.Start, e.Kind, w.kind)
			}
		}
	}
}

func seedPage(t *testing.T) string { return seedPageB(t) }

func seedPageB(t testing.TB) string {
	t.Helper()
	ar, err := txtar.ParseFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(ar.Files[0].Data)
}

// TestSeed asserts what ../shared/seed/README.md lists, independently of
// the golden file.
func TestSeed(t *testing.T) {
	es := defaultModel(t).Extract(seedPage(t))
	checkWants(t, es, []want{
		{text: "Jens Stoltenberg", typ: entity.Person, role: "chef", org: "NAVO"},
		{text: "Stoltenberg", typ: entity.Person, canonical: "Jens Stoltenberg"},
		{text: "Abbas Araghchi", typ: entity.Person, role: "minister van Buitenlandse Zaken", country: "IR"},
		{text: "Araghchi", typ: entity.Person, canonical: "Abbas Araghchi"},
		{text: "Donald Trump", typ: entity.Person, role: "president", country: "US"},
		{text: "Trump", typ: entity.Person, canonical: "Donald Trump"},
		{text: "Benjamin Netanyahu", typ: entity.Person, role: "premier", country: "IL"},
		{text: "Bobi Wine", typ: entity.Person, role: "oppositieleider", country: "UG"},
		{text: "Yoweri Museveni", typ: entity.Person, role: "president"},
		{text: "Rusland", typ: entity.Country, country: "RU"},
		{text: "China", typ: entity.Country, country: "CN"},
		{text: "Oekraïne", typ: entity.Country, country: "UA"},
		{text: "Verenigde Staten", typ: entity.Country, country: "US"},
		{text: "IJsland", typ: entity.Country, country: "IS"},
		{text: "Noorwegen", typ: entity.Country, country: "NO"},
		{text: "Zweden", typ: entity.Country, country: "SE"},
		{text: "Denemarken", typ: entity.Country, country: "DK"},
		{text: "Finland", typ: entity.Country, country: "FI"},
		{text: "Canada", typ: entity.Country, country: "CA"},
		{text: "Iran", typ: entity.Country, country: "IR"},
		{text: "Israël", typ: entity.Country, country: "IL"},
		{text: "Oeganda", typ: entity.Country, country: "UG"},
		{text: "Teheran", typ: entity.Country, country: "IR", canonical: "Iran"},
		{text: "NAVO", typ: entity.Organisation},
		{text: "NBC News", typ: entity.Organisation},
		{text: "Revolutionaire Garde", typ: entity.Organisation, country: "IR"},
		{text: "ministerie van Gezondheid", typ: entity.Organisation, country: "PS"},
		{text: "ANP", typ: entity.Organisation},
		{text: "AFP", typ: entity.Organisation},
		{text: "RTR", typ: entity.Organisation, canonical: "Reuters"},
		{text: "DPA", typ: entity.Organisation},
	})
	// Capitals as metonyms: found and linked, whatever their type.
	for _, c := range []struct{ text, cc string }{{"Beijing", "CN"}, {"Moskou", "RU"}, {"Teheran", "IR"}} {
		got := find(es, c.text)
		if len(got) == 0 {
			t.Errorf("capital %q not found", c.text)
		}
		for _, e := range got {
			if e.Country != c.cc {
				t.Errorf("capital %q at %d: country %q, want %q", c.text, e.Start, e.Country, c.cc)
			}
		}
	}
	// "dat Beijing daar gehoor aan heeft gegeven": Beijing as actor.
	if got := find(es, "Beijing"); len(got) != 2 || got[0].Type != entity.Country || got[1].Type != entity.Location {
		t.Errorf("Beijing: got %+v, want an actor (country) then a place (location)", got)
	}
	// Adjectives are links, not entities.
	for _, adj := range []string{"Chinese", "Iraanse", "Oegandese", "Amerikaanse", "Israëlische", "Palestijns"} {
		if got := find(es, adj); len(got) != 0 {
			t.Errorf("adjective %q is an entity: %+v", adj, got)
		}
	}
	// Common words at the start of a sentence are never entities.
	for _, w := range []string{"Maar", "Volgens", "Zittend", "De", "Het", "Hij", "Dat"} {
		if got := find(es, w); len(got) != 0 {
			t.Errorf("%q is an entity: %+v", w, got)
		}
	}
	links := defaultModel(t).Analyze(seedPage(t)).Links
	have := map[string]string{}
	for _, l := range links {
		have[l.Text] = l.Country
	}
	for adj, cc := range map[string]string{"Chinese": "CN", "Iraanse": "IR", "Oegandese": "UG", "Amerikaanse": "US", "Israëlische": "IL", "Palestijnse": "PS"} {
		if have[adj] != cc {
			t.Errorf("link %q: country %q, want %q", adj, have[adj], cc)
		}
	}
}

func TestTraps(t *testing.T) {
	tests := []struct {
		desc  string
		in    string
		wants []want
		not   []string // texts that must not be entities
		lex   bool     // use the lexicon-only model
	}{
		{
			desc:  "newspaper at sentence start",
			in:    "De Morgen meldt dat het kabinet valt.",
			wants: []want{{text: "De Morgen", typ: entity.Organisation}},
			not:   []string{"Morgen"},
		},
		{
			desc:  "Den Haag is a place",
			in:    "Den Haag wil dat Brussel meer doet.",
			wants: []want{{text: "Den Haag", typ: entity.Country, country: "NL"}},
		},
		{
			desc:  "Den Haag after a preposition",
			in:    "De regering in Den Haag steunt het plan.",
			wants: []want{{text: "Den Haag", typ: entity.Location, country: "NL"}},
		},
		{
			desc: "a full name the model types otherwise is a person when its surname is one",
			in:   "Zittend premier Dick Schoof ontving Dilan Yeşilgöz-Zegerius op het Catshuis. Yeşilgöz-Zegerius is fractievoorzitter van de VVD.",
			wants: []want{
				{text: "Dilan Yeşilgöz-Zegerius", typ: entity.Person, canonical: "Dilan Yeşilgöz-Zegerius"},
				{text: "Yeşilgöz-Zegerius", typ: entity.Person, canonical: "Dilan Yeşilgöz-Zegerius"},
			},
		},
		{
			desc:  "speaker after a single-quoted quote",
			in:    "LONDEN (ANP) - 'Wij gaan door', zei Starmer. 'Altijd', zei hij.",
			wants: []want{{text: "Starmer", typ: entity.Person}},
		},
		{
			desc:  "speaker after a double-quoted quote",
			in:    "\"Het is krap\", zegt Halsema.",
			wants: []want{{text: "Halsema", typ: entity.Person}},
		},
		{
			desc:  "speaker after aldus",
			in:    "'Nee', aldus Rutte.",
			wants: []want{{text: "Rutte", typ: entity.Person}},
		},
		{
			desc: "known sources after a quote stay organisations",
			in:   "\"De aanval is begonnen\", meldt Reuters. \"We staan klaar\", zegt de NAVO.",
			wants: []want{
				{text: "Reuters", typ: entity.Organisation},
				{text: "NAVO", typ: entity.Organisation},
			},
		},
		{
			desc:  "tussenvoegsels and coreference",
			in:    "Ursula von der Leyen kwam aan. Von der Leyen sprak kort.",
			wants: []want{{text: "Von der Leyen", typ: entity.Person, canonical: "Ursula von der Leyen"}},
		},
		{
			desc:  "Dutch place with apostrophe",
			in:    "Hij gaf een lezing in 's-Hertogenbosch.",
			wants: []want{{text: "'s-Hertogenbosch", typ: entity.Location, country: "NL"}},
		},
		{
			desc: "country aliases",
			in:   "De VS, Amerika, Noord-Macedonië, Wit-Rusland, Belarus, Congo en Tsjechië.",
			wants: []want{
				{text: "VS", typ: entity.Country, country: "US", canonical: "Verenigde Staten"},
				{text: "Amerika", typ: entity.Country, country: "US"},
				{text: "Noord-Macedonië", typ: entity.Country, country: "MK"},
				{text: "Wit-Rusland", typ: entity.Country, country: "BY"},
				{text: "Belarus", typ: entity.Country, country: "BY"},
				{text: "Congo", typ: entity.Country, country: "CD"},
				{text: "Tsjechië", typ: entity.Country, country: "CZ"},
			},
		},
		{
			desc: "role with modifier and compound",
			in:   "Oud-premier Jan Peter Balkenende sprak met VN-chef António Guterres.",
			wants: []want{
				{text: "Jan Peter Balkenende", typ: entity.Person, role: "premier", roleFull: "Oud-premier"},
				{text: "António Guterres", typ: entity.Person, role: "chef", org: "VN"},
				{text: "VN", typ: entity.Organisation},
			},
		},
		{
			desc: "role with van-organisation",
			in:   "De secretaris-generaal van de NAVO, Mark Rutte, bezocht Kiev.",
			wants: []want{
				{text: "Mark Rutte", typ: entity.Person, role: "secretaris-generaal", org: "NAVO"},
				{text: "Kiev", typ: entity.Location, country: "UA"},
			},
		},
		{
			desc: "capitals as actors",
			in:   "Moskou ontkent alles. Volgens de krant heeft Beijing dat gezegd. Washington en Londen praten.",
			wants: []want{
				{text: "Moskou", typ: entity.Country, country: "RU", canonical: "Rusland"},
				{text: "Beijing", typ: entity.Country, country: "CN", canonical: "China"},
				{text: "Washington", typ: entity.Country, country: "US"},
				{text: "Londen", typ: entity.Country, country: "GB", canonical: "Verenigd Koninkrijk"},
			},
		},
		{
			desc: "capitals as places",
			in:   "De ministers reisden van Londen naar Parijs en Berlijn. Hij bezocht Kiev. TEHERAN (ANP) - Het is rustig.",
			wants: []want{
				{text: "Londen", typ: entity.Location, country: "GB", canonical: "Londen"},
				{text: "Parijs", typ: entity.Location, country: "FR"},
				{text: "Berlijn", typ: entity.Location, country: "DE"},
				{text: "Kiev", typ: entity.Location, country: "UA"},
				{text: "TEHERAN", typ: entity.Location, country: "IR", canonical: "Teheran"},
			},
		},
		{
			desc: "acronyms in compounds",
			in:   "De EU-landen steunen de VS-ambassade.",
			wants: []want{
				{text: "EU", typ: entity.Organisation, canonical: "Europese Unie"},
				{text: "VS", typ: entity.Country, country: "US"},
			},
			not: []string{"EU-landen", "VS-ambassade"},
		},
		{
			desc:  "demonym gives nationality",
			in:    "Volgens de Rus Ivan Petrov is het rustig.",
			wants: []want{{text: "Ivan Petrov", typ: entity.Person, country: "RU"}},
		},
		{
			desc:  "lower-case sentence start words",
			in:    "Maar vooralsnog is er geen bewijs. Volgens hem wel. Zittend of niet.",
			not:   []string{"Maar", "Volgens", "Zittend"},
			wants: nil,
		},
		{
			desc:  "a name after a role is a person, whatever the model says",
			in:    "Volgens de Amerikaanse president Trump is dat onzin.",
			wants: []want{{text: "Trump", typ: entity.Person, role: "president", country: "US"}},
		},
		{
			desc: "two persons after roles",
			in:   "De Franse president Macron belde met de Amerikaanse president Trump.",
			wants: []want{{text: "Macron", typ: entity.Person, role: "president", country: "FR"},
				{text: "Trump", typ: entity.Person, role: "president", country: "US"}},
		},
		{
			desc:  "full name after a role",
			in:    "Macron ontving de Oekraïense president Volodymyr Zelensky in Parijs.",
			wants: []want{{text: "Volodymyr Zelensky", typ: entity.Person, role: "president", country: "UA"}},
		},
		{
			desc:  "sentence-initial role inside the model's chunk",
			in:    "Staatssecretaris Nora Achahbar stapte op.",
			wants: []want{{text: "Nora Achahbar", typ: entity.Person, role: "staatssecretaris"}},
		},
		{
			desc:  "pope",
			in:    "Paus Franciscus overleed.",
			wants: []want{{text: "Franciscus", typ: entity.Person, role: "paus"}},
		},
		{
			desc:  "crown princess",
			in:    "Het gaat om kroonprinses Amalia.",
			wants: []want{{text: "Amalia", typ: entity.Person, role: "kroonprinses"}},
		},
		{
			desc: "a capitalised role inside a name is no role",
			in:   "Hij speelde jaren in de Premier League.",
			not:  []string{"League"},
		},
		{
			desc:  "lone surname before a speech or action verb",
			in:    "Zelensky bedankte hem.",
			wants: []want{{text: "Zelensky", typ: entity.Person}},
		},
		{
			desc:  "lone surname before a two-word verb",
			in:    "Trump dreigt met heffingen.",
			wants: []want{{text: "Trump", typ: entity.Person}},
		},
		{
			desc:  "lone surname with a diacritic",
			in:    "Orbán blokkeert de sancties.",
			wants: []want{{text: "Orbán", typ: entity.Person}},
		},
		{
			desc:  "lone surname before a place",
			in:    "Rutte reist naar Kyiv.",
			wants: []want{{text: "Rutte", typ: entity.Person}, {text: "Kyiv", typ: entity.Location, country: "UA"}},
		},
		{
			desc:  "coordinated with a person",
			in:    "Erdogan en Poetin spraken telefonisch.",
			wants: []want{{text: "Erdogan", typ: entity.Person}, {text: "Poetin", typ: entity.Person}},
		},
		{
			desc:  "subject after the verb in inverted order",
			in:    "Dinsdag reist Rutte naar Kyiv.",
			wants: []want{{text: "Rutte", typ: entity.Person}},
			not:   []string{"Dinsdag"},
		},
		{
			desc:  "a person with a role elsewhere is a person everywhere",
			in:    "Rutte reist naar Kyiv. Daar spreekt premier Rutte met de president.",
			wants: []want{{text: "Rutte", typ: entity.Person}},
		},
		{
			desc:  "full name elsewhere gives the canonical name",
			in:    "Mark Rutte is secretaris-generaal. Dinsdag reist Rutte naar Kyiv.",
			wants: []want{{text: "Rutte", typ: entity.Person, canonical: "Mark Rutte"}},
		},
		{
			desc: "inverted order and things as subjects are no persons",
			in:   "Gisteren zei hij niets. Procedure dreigt lang uit te lopen. Iedereen zegt dat.",
			not:  []string{"Gisteren", "Procedure", "Iedereen"},
		},
		{
			desc:  "capitalised tussenvoegsel inside a sentence",
			in:    "Het Van Gogh Museum in Amsterdam.",
			wants: []want{{text: "Van Gogh Museum", typ: entity.Location}},
			not:   []string{"Gogh Museum"},
		},
		{
			desc:  "organisation van place at sentence start",
			in:    "De Universiteit van Amsterdam werkt samen.",
			wants: []want{{text: "Universiteit van Amsterdam", typ: entity.Organisation}},
			not:   []string{"Universiteit", "Amsterdam"},
		},
		{
			desc:  "sentence-initial De of a surname",
			in:    "Jan de Vries kwam. De Vries zei niets.",
			wants: []want{{text: "De Vries", typ: entity.Person, canonical: "Jan de Vries"}},
			not:   []string{"Vries"},
		},
		{
			desc:  "apostrophe tussenvoegsel",
			in:    "Wim 't Hooft kwam. Volgens 't Hooft zei hij niets.",
			wants: []want{{text: "'t Hooft", typ: entity.Person, canonical: "Wim 't Hooft"}},
			not:   []string{"Hooft"},
		},
		{
			desc:  "lower-case tussenvoegsel surname",
			in:    "Caroline van der Plas zegt dat van der Plas niet opgeeft.",
			wants: []want{{text: "van der Plas", typ: entity.Person, canonical: "Caroline van der Plas"}},
			not:   []string{"Plas"},
		},
		{
			desc:  "two full names share the surname equally",
			in:    "Jan de Vries en Piet de Vries kwamen. De Vries zei niets.",
			wants: []want{{text: "De Vries", typ: entity.Person, canonical: "De Vries"}},
		},
		{
			desc: "Belgian parties carry BE",
			in:   "De MR, Groen, PVDA, Vooruit, cd&v, Open VLD en Vlaams Belang praten.",
			wants: []want{{text: "MR", typ: entity.Organisation, country: "BE"},
				{text: "Groen", typ: entity.Organisation, country: "BE"},
				{text: "PVDA", typ: entity.Organisation, country: "BE"},
				{text: "Vooruit", typ: entity.Organisation, country: "BE"},
				{text: "cd&v", typ: entity.Organisation, country: "BE"},
				{text: "Open VLD", typ: entity.Organisation, country: "BE"},
				{text: "Vlaams Belang", typ: entity.Organisation, country: "BE"}},
		},
		{
			desc: "hyphenated party role",
			in:   "N-VA-kopstuk Theo Francken zei dat.",
			wants: []want{{text: "Theo Francken", typ: entity.Person, role: "kopstuk", org: "N-VA"},
				{text: "N-VA", typ: entity.Organisation, country: "BE"}},
		},
		{
			desc:  "party chair",
			in:    "MR-voorzitter Georges-Louis Bouchez zei dat.",
			wants: []want{{text: "Georges-Louis Bouchez", typ: entity.Person, role: "voorzitter", org: "MR"}},
		},
		{
			desc:  "compound role after the hyphen",
			in:    "EU-buitenlandchef Kaja Kallas zei dat.",
			wants: []want{{text: "Kaja Kallas", typ: entity.Person, role: "buitenlandchef", org: "EU"}},
		},
		{
			desc:  "Türkiye",
			in:    "Türkiye sloot een deal met Rusland.",
			wants: []want{{text: "Türkiye", typ: entity.Country, country: "TR", canonical: "Turkije"}},
		},
		{
			desc: "demonyms are links, not entities",
			in:   "Hij sprak met een Israëli en een Chinees.",
			not:  []string{"Israëli", "Chinees"},
		},
		{
			desc:  "counterpart with a country adjective",
			in:    "Hij sprak met zijn Franse ambtgenoot Emmanuel Macron.",
			wants: []want{{text: "Emmanuel Macron", typ: entity.Person, role: "ambtgenoot", country: "FR"}},
		},
		{
			desc:  "colleague with a country adjective",
			in:    "Hij sprak met zijn Poolse collega Radosław Sikorski.",
			wants: []want{{text: "Radosław Sikorski", typ: entity.Person, role: "collega", country: "PL"}},
		},
		{
			desc:  "title before the role",
			in:    "De Iraanse opperste leider ayatollah Ali Khamenei sprak.",
			wants: []want{{text: "Ali Khamenei", typ: entity.Person, role: "ayatollah", country: "IR"}},
		},
		{
			desc:  "party in parentheses",
			in:    "Ruben Brekelmans (VVD) zei dat.",
			wants: []want{{text: "Ruben Brekelmans", typ: entity.Person, org: "VVD"}},
		},
		{
			desc:  "organisation after the name",
			in:    "Secretaris-generaal António Guterres van de VN zei dat.",
			wants: []want{{text: "António Guterres", typ: entity.Person, role: "secretaris-generaal", org: "VN"}},
		},
		{
			desc: "genitives link to the person",
			in:   "Wopke Hoekstra kwam. Hoekstra's plan faalde. Mark Rutte kwam. Ruttes kabinet viel. Donald Trump kwam. Trumps heffingen.",
			wants: []want{{text: "Hoekstra's", typ: entity.Person, canonical: "Wopke Hoekstra"},
				{text: "Ruttes", typ: entity.Person, canonical: "Mark Rutte"},
				{text: "Trumps", typ: entity.Person, canonical: "Donald Trump"}},
		},
		{
			desc: "family name first",
			in:   "Xi Jinping sprak met Kim Jong-un. Xi zei dat Kim gelijk had.",
			wants: []want{{text: "Xi", typ: entity.Person, canonical: "Xi Jinping"},
				{text: "Kim", typ: entity.Person, canonical: "Kim Jong-un"}},
			not: []string{"Jong"},
		},
		{
			desc:  "the full name given more often wins",
			in:    "Donald Trump en Melania Trump kwamen aan. Donald Trump sprak. Trump zwaaide.",
			wants: []want{{text: "Trump", typ: entity.Person, canonical: "Donald Trump"}},
		},
		{
			desc:  "shared surname named equally often is ambiguous",
			in:    "Donald Trump en Melania Trump kwamen aan. Trump zwaaide.",
			wants: []want{{text: "Trump", typ: entity.Person, canonical: "Trump"}},
		},
		{
			desc:  "a capital described by a copula is a place",
			in:    "Moskou is een grote stad met veel inwoners.",
			wants: []want{{text: "Moskou", typ: entity.Location, country: "RU"}},
		},
		{
			desc:  "Den Haag described",
			in:    "Den Haag is de regeringsstad.",
			wants: []want{{text: "Den Haag", typ: entity.Location, country: "NL"}},
		},
		{
			desc:  "a capital that is ready to act is its state",
			in:    "Moskou is bereid te praten.",
			wants: []want{{text: "Moskou", typ: entity.Country, country: "RU", canonical: "Rusland"}},
		},
		{
			desc:  "Brussel as actor is the EU",
			in:    "Brussel dreigt met een boete voor Italië. Hij woont in Brussel.",
			wants: []want{{text: "Italië", typ: entity.Country, country: "IT"}},
		},
		{
			desc:  "a linked surname keeps the nationality of its role",
			in:    "De Franse president Macron belde. Later sprak Emmanuel Macron.",
			wants: []want{{text: "Macron", typ: entity.Person, role: "president", country: "FR", canonical: "Emmanuel Macron"}},
		},
		{
			desc: "sentence-initial surname before 'ontving'",
			in:   "Macron ontving de Oekraïense president Volodymyr Zelensky in Parijs.",
			wants: []want{{text: "Macron", typ: entity.Person},
				{text: "Volodymyr Zelensky", typ: entity.Person, role: "president", country: "UA"}},
		},
		{
			desc:  "acronyms are case-sensitive",
			in:    "Vs en eu zijn geen afkortingen hier, maar VS en EU wel.",
			wants: []want{{text: "VS", typ: entity.Country}, {text: "EU", typ: entity.Organisation}},
			not:   []string{"Vs", "eu"},
			lex:   true,
		},
	}
	m := defaultModel(t)
	lm, err := entity.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			mm := m
			if tc.lex {
				mm = lm
			}
			a := mm.Analyze(tc.in)
			checkSpans(t, tc.in, a)
			checkWants(t, a.Entities, tc.wants)
			for _, n := range tc.not {
				if got := find(a.Entities, n); len(got) > 0 {
					t.Errorf("Extract(%q): %q is an entity: %+v", tc.in, n, got)
				}
			}
		})
	}
}

func TestDict(t *testing.T) {
	src := "# newsroom names\n" +
		"person\tKarel Pietersen\tKarel J. Pietersen\tNL\n" +
		"organisation\tOmroep Zuid\n" +
		"location\tStoltenberg\n" +
		"ORG\tSamen Sterk\t\tBE\n" +
		"organisation\tde Groene Amsterdammer\n"
	d, err := entity.ParseDict(strings.NewReader(src))
	if err != nil {
		t.Fatalf("ParseDict error: %v", err)
	}
	if d.Len() != 5 {
		t.Fatalf("Len() = %d, want 5", d.Len())
	}
	base := defaultModel(t)
	m := base.With(d)
	in := "Karel Pietersen werkt bij Omroep Zuid en bij Samen Sterk. Jens Stoltenberg was er niet. De Groene Amsterdammer ook niet. Pietersen lachte."
	got := m.Extract(in)
	checkWants(t, got, []want{
		{text: "Karel Pietersen", typ: entity.Person, canonical: "Karel J. Pietersen", country: "NL"},
		{text: "Omroep Zuid", typ: entity.Organisation},
		{text: "Samen Sterk", typ: entity.Organisation, country: "BE"},
		{text: "De Groene Amsterdammer", typ: entity.Organisation, canonical: "de Groene Amsterdammer"},
		{text: "Pietersen", typ: entity.Person, canonical: "Karel J. Pietersen"},
	})
	// The user entry "Stoltenberg" (a location) wins over the model.
	for _, e := range got {
		if strings.Contains(e.Text, "Stoltenberg") && e.Text != "Stoltenberg" && e.Type == entity.Person {
			// The model's "Jens Stoltenberg" may survive only without
			// the user's word in it.
			t.Errorf("user entry lost against model span %+v", e)
		}
	}
	if st := find(got, "Stoltenberg"); len(st) != 1 || st[0].Type != entity.Location {
		t.Errorf("Stoltenberg: got %+v, want one location", st)
	}
	// The base model is unchanged.
	if st := find(base.Extract(in), "Omroep Zuid"); len(st) != 0 && st[0].Type == entity.Organisation && st[0].Canonical != "Omroep Zuid" {
		t.Errorf("base model changed: %+v", st)
	}
	if st := find(base.Extract(in), "Karel Pietersen"); len(st) == 1 && st[0].Canonical == "Karel J. Pietersen" {
		t.Errorf("base model knows a user entry: %+v", st)
	}
}

func TestParseDictErrors(t *testing.T) {
	tests := []struct {
		desc string
		in   string
		line int
	}{
		{desc: "unknown type", in: "animal\tBello\n", line: 1},
		{desc: "one field", in: "\n\nperson\n", line: 3},
		{desc: "bad country", in: "country\tNarnia\tNarnia\tnarnia\n", line: 1},
		{desc: "empty name", in: "person\t \n", line: 1},
		{desc: "unassigned country code", in: "person\tJan Jansen\t\tXX\n", line: 1},
		{desc: "unknown country code after a good line", in: "person\tJan Jansen\t\tNL\nlocation\tQuazar\t\tQZ\n", line: 2},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, err := entity.ParseDict(strings.NewReader(tc.in))
			var de *entity.DictError
			if !errors.As(err, &de) {
				t.Fatalf("ParseDict(%q) error = %v, want a *DictError", tc.in, err)
			}
			if de.Line != tc.line {
				t.Errorf("ParseDict(%q) error line %d, want %d", tc.in, de.Line, tc.line)
			}
			if !errors.Is(err, entity.ErrDict) {
				t.Errorf("ParseDict(%q) error %v does not wrap ErrDict", tc.in, err)
			}
		})
	}
}

func TestDictCountryAndBOM(t *testing.T) {
	var d entity.Dict
	for _, cc := range []string{"XX", "QZ", "nl", "NLD"} {
		err := d.Add(entity.DictEntry{Type: entity.Person, Name: "Jan Jansen", Country: cc})
		var de *entity.DictError
		if !errors.As(err, &de) || !errors.Is(err, entity.ErrDict) {
			t.Errorf("Add(country %q) error = %v, want a *DictError wrapping ErrDict", cc, err)
		}
	}
	// XK (Kosovo) is user-assigned, not ISO 3166-1, but it is the code
	// everyone uses; it is accepted.
	for _, cc := range []string{"NL", "XK", ""} {
		if err := d.Add(entity.DictEntry{Type: entity.Person, Name: "Jan Jansen", Country: cc}); err != nil {
			t.Errorf("Add(country %q) error = %v", cc, err)
		}
	}
	bom, err := entity.ParseDict(strings.NewReader("\uFEFFperson\tKarel Pietersen\t\tNL\n"))
	if err != nil || bom.Len() != 1 {
		t.Fatalf("ParseDict with a BOM: %v, %d entries", err, bom.Len())
	}
	got := defaultModel(t).With(bom).Extract("Gisteren sprak Karel Pietersen.")
	checkWants(t, got, []want{{text: "Karel Pietersen", typ: entity.Person, country: "NL"}})
}

func TestDemonymLinks(t *testing.T) {
	in := "Hij sprak met een Israëli en een Chinees. Een Chinees bedrijf en de Chinees die het kocht."
	got := defaultModel(t).Analyze(in).Links
	want := []entity.CountryLink{
		{Text: "Israëli", Start: 18, End: 26, Country: "IL", Kind: entity.Demonym},
		{Text: "Chinees", Start: 34, End: 41, Country: "CN", Kind: entity.Demonym},
		{Text: "Chinees", Start: 47, End: 54, Country: "CN", Kind: entity.Adjective},
		{Text: "Chinees", Start: 69, End: 76, Country: "CN", Kind: entity.Demonym},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Analyze(%q).Links mismatch (-want +got):\n%s", in, diff)
	}
}

func TestBrusselActor(t *testing.T) {
	in := "Brussel dreigt met een boete voor Italië. Hij woont in Brussel."
	var got []entity.Entity
	for _, e := range defaultModel(t).Extract(in) {
		if e.Text == "Brussel" {
			got = append(got, e)
		}
	}
	want := []entity.Entity{
		{Text: "Brussel", Start: 0, End: 7, Type: entity.Location, Canonical: "Brussel", Country: "BE"},
		{Text: "Brussel", Start: 56, End: 63, Type: entity.Location, Canonical: "Brussel", Country: "BE"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Extract(%q) Brussel mismatch (-want +got):\n%s", in, diff)
	}
}

func TestTypeText(t *testing.T) {
	for _, typ := range []entity.Type{entity.Person, entity.Country, entity.Organisation, entity.Location, entity.Misc} {
		b, err := typ.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back entity.Type
		if err := back.UnmarshalText(b); err != nil || back != typ {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, typ)
		}
	}
	var bad entity.Type
	if err := bad.UnmarshalText([]byte("animal")); !errors.Is(err, entity.ErrType) {
		t.Errorf("UnmarshalText(animal) error = %v, want ErrType", err)
	}
}

func TestCountryName(t *testing.T) {
	for cc, want := range map[string]string{"IR": "Iran", "US": "Verenigde Staten", "NL": "Nederland", "UG": "Oeganda"} {
		if got, ok := entity.CountryName(cc); !ok || got != want {
			t.Errorf("CountryName(%q) = %q, %v; want %q", cc, got, ok, want)
		}
	}
	if _, ok := entity.CountryName("ZZ"); ok {
		t.Errorf("CountryName(ZZ) ok, want not found")
	}
}

// TestConcurrent shares one model between 8 goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	m := defaultModel(t)
	in := seedPage(t)
	want := m.Extract(in)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			for range 3 {
				got := m.Extract(in)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("concurrent Extract mismatch (-want +got):\n%s", diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestBadInput(t *testing.T) {
	m := defaultModel(t)
	for _, in := range []string{
		"", " ", "\x00\x00", "\xff\xfe\xfd", "NAVO-\xffchef Jens", "Jens \xff Stoltenberg",
		strings.Repeat("a", 1<<20), strings.Repeat("Jan ", 20000), strings.Repeat("de Amerikaanse president Jan van Dijk, NAVO-chef Piet ter Horst. Van Dijk. ", 1000), strings.Repeat("van ", 5000) + "Leyen", strings.Repeat("-", 10000),
		"\u2028\u2029", "'s-", "VN-", "-chef X",
		strings.Repeat("e\u0301", 50000), strings.Repeat("Max. ", 10000), strings.Repeat("het bedrijf Acme ", 5000),
		strings.Repeat("Oekrai\u0308ne ", 10000) + "\xff",
	} {
		a := m.Analyze(in)
		checkSpans(t, in, a)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"NAVO-chef Jens Stoltenberg zegt dat Beijing geen wapens levert.",
		"De Iraanse minister van Buitenlandse Zaken Abbas Araghchi.",
		"Den Haag, De Morgen, 's-Hertogenbosch, Von der Leyen.",
		"\xff\x00VS-EU", "", "Trump. Trump Trump Donald Trump",
		"Elina Svitolina uit Oekrai\u0308ne.", "e\u0301\u0301\u0301 Max. De Wit:", "Max.", "\u0308X\u0308.",
		"Betaalbedrijf Adyen. Adyen-topman Piet. Forum voor Democratie-leider", "aldus Henk. Henk de Vries.",
		"Zittend president Jan Bos en The Hammer. Manchester United. United.",
	} {
		f.Add(s)
	}
	m, err := entity.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkSpans(t, in, m.Analyze(in))
	})
}
