package quote_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/quote"
	"github.com/draadnlp/draad/quote/quoteeval"
	"github.com/draadnlp/draad/token"
)

// FuzzFind runs quote.Find on random documents split into random paragraphs and
// checks that quotes stay inside the story, that every span matches the
// document and that content lies inside its quote.
func FuzzFind(f *testing.F) {
	for _, c := range []string{
		`"Dat zou steun aan een illegale oorlog betekenen", zei hij.`,
		`Stoltenberg: Rusland en China werken samen`,
		",,Nee'', zei ze. 's Avonds zo'n auto's. „Ja” - woordvoerder Jansen",
		"\"Eerste deel.\n\"Tweede deel.\"",
		"\"open\n'half\n«nooit",
		"a\xff\"b\x00'c\"",
		`Volgens hem is het zo, zegt de minister. Dat meldt de NOS.`,
		"Van Persie was tevreden.\n\"We hebben goed gespeeld.\"\nDat zei hij na afloop.",
		"Op X schrijft hij:\n\"Dit kabinet is een ramp.\"",
		"De burgemeester van Eindhoven, Jeroen Dijsselbloem, is geschrokken. \"Dit past niet\", zegt de burgemeester.",
		"\"We gaan dit onderzoeken\" - woordvoerder Jansen van de gemeente.",
		"Kamer wil opheldering over 'toeslagenschandaal 2.0'\nDEN HAAG (ANP) - 'Wij gaan door', zei Starmer. 'Altijd', zei hij.",
		" ,Anna Vos, zei: \"Ja.\"",
	} {
		f.Add(c, uint8(3), uint8(7))
	}
	if cases, err := quoteeval.Builtin(); err == nil {
		for _, c := range cases[:min(len(cases), 10)] {
			f.Add(c.Doc, uint8(5), uint8(11))
		}
	}
	f.Fuzz(func(t *testing.T, doc string, cut1, cut2 uint8) {
		// Random paragraph splits: the headline ends at cut1, paragraphs at
		// every newline and at cut2.
		var s quote.Story
		a := min(int(cut1), len(doc))
		if a > 0 && a < len(doc) {
			s.Headline = quote.Span{Text: doc[:a], Start: 0, End: a}
		} else {
			a = 0
		}
		b := max(a, min(a+int(cut2), len(doc)))
		for _, rg := range [][2]int{{a, b}, {b, len(doc)}} {
			for _, p := range quote.Paragraphs(doc[rg[0]:rg[1]]) {
				s.Paragraphs = append(s.Paragraphs, quote.Span{Start: p.Start + rg[0], End: p.End + rg[0]})
			}
		}
		// mentions on every capitalised word, some of them persons, some
		// with a role (the others may take one from the text)
		roles := [4]string{"", "", "minister", "minister"}
		types := [2]entity.Type{entity.Person, entity.Misc}
		for i, w := range strings.Fields(doc) {
			if k := strings.Index(doc, w); k >= 0 && w[0] >= 'A' && w[0] <= 'Z' {
				s.Entities = append(s.Entities, entity.Entity{Start: k, End: k + len(w), Type: types[i%2], Role: roles[i%4]})
			}
		}
		qs := quote.FindStory(doc, s)
		quote.CheckInvariants(t, doc, s, qs)
	})
}

// TestFindLongLine checks that a 10 MB line with many marks finishes and
// keeps the invariants.
func TestFindLongLine(t *testing.T) {
	unit := `Jansen zei: "Dit is 'kwaadaardig'", zei hij, aldus de minister, volgens hem. "open ` + "\xff" + ` 's avonds, `
	doc := strings.Repeat(unit, 10<<20/len(unit))
	qs := quote.FindStory(doc, quote.Story{Paragraphs: quote.Paragraphs(doc)})
	quote.CheckInvariants(t, doc, quote.Story{Paragraphs: quote.Paragraphs(doc)}, qs)
	if len(qs) == 0 {
		t.Errorf("Find on a long line found no quotes")
	}
}

func TestFindStoryBounds(t *testing.T) {
	doc := `Binnen: "Ja", zei Jansen. Buiten: "Nee", zei Pietersen. "Open`
	end := len(`Binnen: "Ja", zei Jansen.`)
	s := quote.Story{Paragraphs: []quote.Span{{Start: 0, End: end}, {Start: len(doc) - 5, End: len(doc)}}}
	qs := quote.FindStory(doc, s)
	quote.CheckInvariants(t, doc, s, qs)
	if len(qs) != 1 || qs[0].Content.Text != "Ja" {
		t.Errorf("Find(%q) = %+v, want only the quote \"Ja\" inside the story", doc, qs)
	}
}

func TestFindBadInput(t *testing.T) {
	for _, tc := range []struct {
		desc string
		doc  string
		s    quote.Story
	}{
		{"empty", "", quote.Story{}},
		{"no paragraphs", `"Ja", zei hij.`, quote.Story{}},
		{"spans out of range", `"Ja", zei hij.`, quote.Story{Paragraphs: []quote.Span{{Start: -3, End: 100}}, Headline: quote.Span{Start: 5, End: 2}}},
		{"overlapping paragraphs", `"Ja", zei hij. "Nee", zei zij.`, quote.Story{Paragraphs: []quote.Span{{Start: 0, End: 20}, {Start: 10, End: 30}}}},
		{"span inside a rune", "„Ja”, zei hij.", quote.Story{Paragraphs: []quote.Span{{Start: 1, End: 5}}}},
		{"mentions out of range", `"Ja", zei Jansen.`, quote.Story{Paragraphs: []quote.Span{{Start: 0, End: 17}}, Entities: []entity.Entity{{Start: 10, End: 99, Type: entity.Person}, {Start: -1, End: 2}}}},
		{"person after leading spaces", `  Jansen zei: "Ja."`, quote.Story{Paragraphs: []quote.Span{{Start: 0, End: 19}}, Entities: []entity.Entity{{Start: 2, End: 8, Type: entity.Person}}}},
		{"control characters", "\x00\"\x01\", zei \x02hij.", quote.Story{Paragraphs: quote.Paragraphs("\x00\"\x01\", zei \x02hij.")}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			qs := quote.FindStory(tc.doc, tc.s)
			quote.CheckInvariants(t, tc.doc, tc.s, qs)
		})
	}
}

// FuzzFindStoryTokens checks that FindStory gives the same quotes with the
// caller's tokens (Story.Tokens) as without: with the tokens of the story
// inside a larger document, with those of the whole document, and with
// tokens that are not the story's (another text, a wrong offset), which
// it must not trust.
func FuzzFindStoryTokens(f *testing.F) {
	for _, c := range []struct{ story, tail string }{
		{`"Dat zou steun aan een illegale oorlog betekenen", zei hij.`, "\nVolgende kop"},
		{"Stoltenberg: Rusland en China werken samen\nBRUSSEL (ANP) - ,,Nee'', zei ze. 's Avonds zo'n auto's.", ""},
		{`Jansen zei: "Dit is 'kwaadaardig'", aldus de minister 16-`, " en 17-jarigen"},
		{"\"Eerste deel.\n\"Tweede deel.\" Dat zegt dhr. J.", "P. Jansen"},
		{"a\xff\"b\x00'c\" www.nu.nl", "/x\r\n"},
		{"Volgens hem is het zo, zegt de minister van NAVO", "-landen."},
	} {
		f.Add(c.story, c.tail, uint8(20), uint8(30))
	}
	f.Fuzz(func(t *testing.T, story, tail string, cut1, cut2 uint8) {
		const pre = "Vorig verhaal.\n"
		doc := pre + story + tail
		off := len(pre)
		// the headline ends at cut1, paragraphs at every newline and at
		// cut2, which may fall inside a token
		var s quote.Story
		a := min(int(cut1), len(story))
		if a > 0 && a < len(story) {
			s.Headline = quote.Span{Text: story[:a], Start: off, End: off + a}
		} else {
			a = 0
		}
		b := max(a, min(a+int(cut2), len(story)))
		for _, rg := range [][2]int{{a, b}, {b, len(story)}} {
			for _, p := range quote.Paragraphs(story[rg[0]:rg[1]]) {
				s.Paragraphs = append(s.Paragraphs, quote.Span{Start: off + p.Start + rg[0], End: off + p.End + rg[0]})
			}
		}
		types := [3]entity.Type{entity.Person, entity.Organisation, entity.Location}
		for i, w := range strings.Fields(story) {
			if k := strings.Index(story, w); k >= 0 && w[0] >= 'A' && w[0] <= 'Z' {
				s.Entities = append(s.Entities, entity.Entity{Start: off + k, End: off + k + len(w), Type: types[i%3]})
			}
		}
		want := quote.FindStory(doc, s)
		for _, h := range []struct {
			desc string
			toks []token.Token
			at   int
		}{
			{"the story's tokens", token.Tokenize(story), off},
			{"the document's tokens", token.Tokenize(doc), 0},
			{"tokens of another text", token.Tokenize(story + " Gent"), off},
			{"tokens at a wrong offset", token.Tokenize(story), off - 1},
		} {
			s.Tokens, s.TokenOffset = h.toks, h.at
			if diff := cmp.Diff(want, quote.FindStory(doc, s)); diff != "" {
				t.Errorf("FindStory(%q) with %s mismatch (-without +with):\n%s", doc, h.desc, diff)
			}
		}
	})
}
