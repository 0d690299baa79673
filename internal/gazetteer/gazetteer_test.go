package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		desc, in string
		want     Place // Population is not compared
		ok       bool
	}{
		{"village", "Reek", Place{Name: "Reek", Canonical: "Reek", Country: "NL", Kind: Settlement}, true},
		{"village in caps", "BERGHEM", Place{Name: "Berghem", Canonical: "Berghem", Country: "NL", Kind: Settlement}, true},
		{"village 2", "Opheusden", Place{Name: "Opheusden", Canonical: "Opheusden", Country: "NL", Kind: Settlement}, true},
		{"village 3", "hoogmade", Place{Name: "Hoogmade", Canonical: "Hoogmade", Country: "NL", Kind: Settlement}, true},
		{"municipality", "TEYLINGEN", Place{Name: "Teylingen", Canonical: "Teylingen", Country: "NL", Kind: Municipality}, true},
		{"Belgian town", "Sint-Niklaas", Place{Name: "Sint-Niklaas", Canonical: "Sint-Niklaas", Country: "BE", Kind: Settlement}, true},
		{"Dutch name of a world city", "LONDEN", Place{Name: "Londen", Canonical: "Londen", Country: "GB", Kind: Settlement}, true},
		{"Parijs", "Parijs", Place{Name: "Parijs", Canonical: "Parijs", Country: "FR", Kind: Settlement}, true},
		{"Peking", "PEKING", Place{Name: "Peking", Canonical: "Peking", Country: "CN", Kind: Settlement}, true},
		{"Kaapstad", "Kaapstad", Place{Name: "Kaapstad", Canonical: "Kaapstad", Country: "ZA", Kind: Settlement}, true},
		{"local name of a world city", "PARIS", Place{Name: "Paris", Canonical: "Parijs", Country: "FR", Kind: Settlement}, true},
		{"smaller world city", "BIARRITZ", Place{Name: "Biarritz", Canonical: "Biarritz", Country: "FR", Kind: Settlement}, true},
		{"alias", "Den Bosch", Place{Name: "Den Bosch", Canonical: "'s-Hertogenbosch", Country: "NL", Kind: Area}, true},
		{"apostrophe and caps", "’S-HERTOGENBOSCH", Place{Name: "'s-Hertogenbosch", Canonical: "'s-Hertogenbosch", Country: "NL", Kind: Settlement}, true},
		{"blanks", " DEN\u00a0\u00a0HAAG ", Place{Name: "Den Haag", Canonical: "Den Haag", Country: "NL", Kind: Settlement}, true},
		{"area", "Gazastrook", Place{Name: "Gazastrook", Canonical: "Gazastrook", Country: "PS", Kind: Area}, true},
		{"common word", "BEST", Place{Name: "Best", Canonical: "Best", Country: "NL", Kind: Settlement, Common: true}, true},
		{"hand stop-list", "Monster", Place{Name: "Monster", Canonical: "Monster", Country: "NL", Kind: Settlement, Common: true}, true},
		{"town that only the later GeoNames file has", "DRUNEN", Place{Name: "Drunen", Canonical: "Drunen", Country: "NL", Kind: Settlement}, true},
		{"apostrophe put back", "'T HARDE", Place{Name: "'t Harde", Canonical: "'t Harde", Country: "NL", Kind: Settlement}, true},
		{"an English name at the spot of a Belgian city is left out", "Antwerp", Place{}, false},
		{"a quarter of a big city is left out", "Grachtengordel West", Place{}, false},
		{"a city district is left out", "Amsterdam-Oost", Place{}, false},
		{"kicker", "UITSTEL", Place{}, false},
		{"kicker 2", "STEMMEN", Place{}, false},
		{"empty", "", Place{}, false},
		{"invalid UTF-8", "\xff", Place{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, ok := Lookup(tc.in)
			got.Population = 0
			if ok != tc.ok {
				t.Fatalf("Lookup(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestAll checks that every name is found under its own name and that
// the table is as large as the generator wrote it.
func TestAll(t *testing.T) {
	n := 0
	for p := range All() {
		n++
		got, ok := Lookup(p.Name)
		if !ok || got != p {
			t.Fatalf("Lookup(%q) = %+v, %v; want %+v", p.Name, got, ok, p)
		}
		if p.Name == "" || p.Canonical == "" || p.Kind == 0 {
			t.Errorf("incomplete place %+v", p)
		}
	}
	if n != size || Len() != size {
		t.Errorf("All() gave %d names, Len() %d, want %d", n, Len(), size)
	}
}

func TestLookupAllocs(t *testing.T) {
	Lookup("Amsterdam")
	for _, in := range []string{"AMSTERDAM", "Opheusden", "’S-HERTOGENBOSCH", "Nergenshuizen"} {
		if n := testing.AllocsPerRun(100, func() { Lookup(in) }); n != 0 {
			t.Errorf("Lookup(%q) allocates %v times", in, n)
		}
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Reek", "DEN HAAG", "’s-Hertogenbosch", "\xff", "", " \u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := Lookup(s)
		if !ok {
			return
		}
		// A name found is found again under its own name, and the key
		// of the input equals the key of the name.
		if q, ok := Lookup(p.Name); !ok || q != p {
			t.Fatalf("Lookup(%q) found %q, which is not found again", s, p.Name)
		}
		if a, b := string(fold(nil, s)), string(fold(nil, p.Name)); a != b {
			t.Fatalf("fold(%q) = %q, fold(%q) = %q", s, a, p.Name, b)
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	in := []string{"AMSTERDAM", "Opheusden", "UITSTEL", "’S-HERTOGENBOSCH", "Londen", "Nergenshuizen"}
	Lookup("")
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range in {
			Lookup(s)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(placesFile)))
	for b.Loop() {
		parseTable(placesFile)
	}
}
