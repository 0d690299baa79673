package quoteeval

import (
	"strings"
	"testing"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/quote"
	"github.com/google/go-cmp/cmp"
)

const caseText = `A case.
-- headline --
Rutte: we gaan door
-- input --
"We gaan door met de steun", zei Rutte.
-- mentions --
Rutte | person | canonical=Mark Rutte
-- gold --
colon | we gaan door | Mark Rutte
direct | We gaan door met de steun | Mark Rutte
`

func TestParseCase(t *testing.T) {
	c, err := ParseCase("a.txt", []byte(caseText))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Rutte: we gaan door\n\"We gaan door met de steun\", zei Rutte."; c.Doc != want {
		t.Errorf("Doc = %q, want %q", c.Doc, want)
	}
	wantGold := []Gold{{quote.Colon, "we gaan door", "Mark Rutte"}, {quote.Direct, "We gaan door met de steun", "Mark Rutte"}}
	if diff := cmp.Diff(wantGold, c.Gold); diff != "" {
		t.Errorf("Gold mismatch (-want +got):\n%s", diff)
	}
	for _, m := range c.Story.Entities {
		if c.Doc[m.Start:m.End] != m.Text || m.Canonical != "Mark Rutte" || m.Type != entity.Person {
			t.Errorf("mention %+v does not match the document", m)
		}
	}
	if len(c.Story.Entities) != 2 {
		t.Errorf("got %d mentions, want 2 (headline and body)", len(c.Story.Entities))
	}
}

func TestParseCaseErrors(t *testing.T) {
	for _, tc := range []struct {
		desc, text, want string
	}{
		{"no input", "-- gold --\n", "no input section"},
		{"bad gold line", "-- input --\nx\n-- gold --\ndirect | x\n", "gold line 1"},
		{"bad kind", "-- input --\nx\n-- gold --\nshout | x | y\n", "gold line 1"},
		{"bad mention type", "-- input --\nx\n-- mentions --\nx | animal\n", "unknown type"},
		{"bad mention key", "-- input --\nx\n-- mentions --\nx | person | age=3\n", "unknown key"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			_, err := ParseCase("c.txt", []byte(tc.text))
			if err == nil || !strings.HasPrefix(err.Error(), "quoteeval: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ParseCase error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestEvaluate(t *testing.T) {
	c, err := ParseCase("a.txt", []byte(caseText))
	if err != nil {
		t.Fatal(err)
	}
	none := func(string, quote.Story) []quote.Quote { return nil }
	for _, tc := range []struct {
		desc    string
		find    func(string, quote.Story) []quote.Quote
		correct int
	}{
		{"Find", nil, 1},
		{"nothing found", none, 0},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			r := Evaluate([]Case{c}, nil, tc.find)
			d := r.ByKind[quote.Direct]
			if d.Gold != 1 || d.Correct != tc.correct {
				t.Errorf("direct score %+v, want 1 gold and %d correct; errors %q", d, tc.correct, r.Errors)
			}
		})
	}
}

func TestSpeakerMatches(t *testing.T) {
	for _, tc := range []struct {
		desc, gold string
		sp         quote.Speaker
		want       bool
	}{
		{"canonical", "Mark Rutte", quote.Speaker{Text: "hij", Canonical: "Mark Rutte"}, true},
		{"text, any case", "de politie", quote.Speaker{Text: "De politie"}, true},
		{"longer name ends with shorter", "Nederlandsche Bank", quote.Speaker{Text: "De Nederlandsche Bank"}, true},
		{"bare surname", "Mark Rutte", quote.Speaker{Text: "Rutte"}, false},
		{"other person", "Mark Rutte", quote.Speaker{Text: "Jansen", Canonical: "Piet Jansen"}, false},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := speakerMatches(tc.gold, &tc.sp); got != tc.want {
				t.Errorf("speakerMatches(%q, %+v) = %v, want %v", tc.gold, tc.sp, got, tc.want)
			}
		})
	}
}

func TestLoadCasesEmptyDir(t *testing.T) {
	if _, err := LoadCases(t.TempDir()); err == nil {
		t.Error("LoadCases on an empty directory: no error")
	}
}
