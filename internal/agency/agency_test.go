package agency

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/internal/golden"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		desc   string
		code   string
		want   Agency
		wantOK bool
	}{
		{"canonical", "ANP", Agency{"ANP", "Algemeen Nederlands Persbureau"}, true},
		{"lower case", "dpa", Agency{"DPA", "Deutsche Presse-Agentur"}, true},
		{"reuters short", "RTR", Agency{"Reuters", "Reuters"}, true},
		{"reuters old", "REUTER", Agency{"Reuters", "Reuters"}, true},
		{"reuters mixed", "Reuters", Agency{"Reuters", "Reuters"}, true},
		{"belga lower", "belga", Agency{"Belga", "Agence Belga"}, true},
		{"financial wire", "AFN", Agency{"AFN", "ANP Financieel Nieuws"}, true},
		{"not an agency", "AUS", Agency{}, false},
		{"data protection authority is not listed by name", "Autoriteit Persoonsgegevens", Agency{}, false},
		{"empty", "", Agency{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, ok := Lookup(tc.code)
			if ok != tc.wantOK {
				t.Errorf("Lookup(%q) ok = %v, want %v", tc.code, ok, tc.wantOK)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tc.code, diff)
			}
		})
	}
}

func TestRegistryCoversIssue(t *testing.T) {
	for _, code := range []string{"ANP", "AFN", "AFP", "RTR", "REUTER", "Reuters", "DPA", "dpa", "AP", "Belga", "Bloomberg", "EFE", "ANSA", "Xinhua", "TASS", "Kyodo", "EPA", "UPI", "ATS"} {
		if _, ok := Lookup(code); !ok {
			t.Errorf("Lookup(%q) = false, want a registered agency", code)
		}
	}
}

func TestVariantsUnique(t *testing.T) {
	seen := map[string]string{}
	for _, a := range All() {
		for _, v := range Variants(a) {
			k := strings.ToLower(v)
			if prev, dup := seen[k]; dup {
				t.Errorf("spelling %q names both %s and %s", v, prev, a.Code)
			}
			seen[k] = a.Code
		}
	}
}

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txt")

// TestGolden lists the registry, every agency with the spellings that name
// it, so that a change to the registry shows in review.
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata/*.txt", "want", *update, func(t *testing.T, a *txtar.Archive) []byte {
		var b strings.Builder
		for _, ag := range All() {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", ag.Code, ag.Name, strings.Join(Variants(ag), " "))
		}
		return []byte(b.String())
	})
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"ANP", "rtr", "ITAR-TASS", "", "\xff", "AUS"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		a, ok := Lookup(code)
		if !ok {
			return
		}
		// A spelling that is found names an agency that lists it.
		found := false
		for _, v := range Variants(a) {
			found = found || strings.EqualFold(v, code)
		}
		if !found {
			t.Errorf("Lookup(%q) = %v, whose variants %q do not include it", code, a, Variants(a))
		}
	})
}
