package entity

import "testing"

func TestNameNounCompound(t *testing.T) {
	m, err := Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"PSV-kwelgeest", true},
		{"MH17-verdachte", true},
		{"Keizerin-emerita", true},
		{"Oranje-icoon", false},   // a noun of five letters after a plain name
		{"Hao-ching", false},      // a given name
		{"Al-mafraji", false},     // an Arabic particle
		{"Philips-topman", false}, // a role compound, left to the roles
		{"Broekers-Knol", false},  // a double surname
		{"kwelgeest", false},
		{"A-merk", false},
	} {
		if got := nameNounCompound(m.lex, tc.w); got != tc.want {
			t.Errorf("nameNounCompound(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
