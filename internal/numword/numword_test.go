package numword

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/internal/golden"
)

func TestNumberWords(t *testing.T) {
	tests := []struct {
		desc string
		in   string
		want int
		ord  bool
	}{
		{"unit", "drie", 3, false},
		{"teen", "negentien", 19, false},
		{"ten", "veertig", 40, false},
		{"compound with trema", "tweeëntwintig", 22, false},
		{"compound", "eenentwintig", 21, false},
		{"hundred", "honderdvijftig", 150, false},
		{"hundreds", "driehonderdvijfenzestig", 365, false},
		{"thousand", "tweeduizendvierentwintig", 2024, false},
		{"ordinal first", "eerste", 1, true},
		{"ordinal third", "derde", 3, true},
		{"ordinal eighth", "achtste", 8, true},
		{"ordinal compound", "eenentwintigste", 21, true},
		{"ordinal ten", "twintigste", 20, true},
		{"ordinal hundred", "honderdste", 100, true},
		{"ordinal teen", "dertiende", 13, true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var got int
			var ok bool
			if tc.ord {
				got, ok = Ordinal(tc.in)
			} else {
				got, ok = Cardinal(tc.in)
			}
			if !ok || got != tc.want {
				t.Errorf("number(%q) = %d, %v; want %d", tc.in, got, ok, tc.want)
			}
		})
	}
	for _, bad := range []string{"de", "hotel", "twee tig", "eentwintig", "negenennegentigduizend", "drieste", ""} {
		if v, ok := Cardinal(bad); ok {
			t.Errorf("Cardinal(%q) = %d, want none", bad, v)
		}
		if v, ok := Ordinal(bad); ok {
			t.Errorf("Ordinal(%q) = %d, want none", bad, v)
		}
	}
}

// TestNumberWordsAgree checks the table against the word parser for every value.
func TestNumberWordsAgree(t *testing.T) {
	for n := 1; n <= 9999; n++ {
		for _, w := range spell(n) {
			if v, ok := cardinalParse(w); !ok || v != n {
				t.Fatalf("cardinalParse(%q) = %d, %v; want %d", w, v, ok, n)
			}
			if v, ok := ordinalParse(ordinalOf(w)); !ok || v != n {
				t.Fatalf("ordinalParse(%q) = %d, %v; want %d", ordinalOf(w), v, ok, n)
			}
		}
	}
}

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txt")

// TestGolden reads each word of the input section with Lookup and writes
// its value and kind, or "-" for a word that is no number.
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata/*.txt", "want", *update, func(t *testing.T, a *txtar.Archive) []byte {
		in, _ := golden.Section(a, "input")
		var b strings.Builder
		for _, w := range strings.Fields(string(in)) {
			n, ord, ok := Lookup(w)
			switch {
			case !ok:
				fmt.Fprintf(&b, "%s\t-\n", w)
			case ord:
				fmt.Fprintf(&b, "%s\t%d\tordinal\n", w, n)
			default:
				fmt.Fprintf(&b, "%s\t%d\tcardinal\n", w, n)
			}
		}
		return []byte(b.String())
	})
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"drie", "tweeëntwintig", "eenentwintigste", "", "\xff", "duizendduizend"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		n, ord, ok := Lookup(w)
		if !ok {
			return
		}
		if n < 1 || n > 9999 {
			t.Errorf("Lookup(%q) = %d, out of 1..9999", w, n)
		}
		if c, okc := Cardinal(w); okc != !ord || (okc && c != n) {
			t.Errorf("Lookup(%q) = %d, %v but Cardinal = %d, %v", w, n, ord, c, okc)
		}
	})
}
