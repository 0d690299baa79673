package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCapsDateline(t *testing.T) {
	for _, tc := range []struct {
		desc, in string
		want     int
	}{
		{"place and dash", "BOXTEL - ,,Kijk", len("BOXTEL - ")},
		{"two places", "HEIKANT/OOSTERHOUT – Ja", len("HEIKANT/OOSTERHOUT – ")},
		{"two words", "DEN HOUT - Het", len("DEN HOUT - ")},
		{"no dash", "BOXTEL is mooi", 0},
		{"lower case", "Boxtel - Het", 0},
		{"one capital", "A - b", 0},
		{"agency form is left to datelineEnd", "BRUSSEL (ANP) - Het", 0},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := capsDateline(tc.in); got != tc.want {
				t.Errorf("capsDateline(%q) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
}

func TestPersonNoun(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"titelhouder", true}, {"Serviër", true}, {"zangeres", true}, {"doelman", true},
		{"coureur", true}, {"wereldster", true}, {"tijdritkampioen", true},
		{"filmpje", false}, {"zwaktes", false}, {"tijd", false}, {"rapport", false},
	} {
		if got := personNoun(tc.w); got != tc.want {
			t.Errorf("personNoun(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestEchoWords(t *testing.T) {
	for _, tc := range []struct {
		desc       string
		have, want string
		run        bool
		missing    int
	}{
		{"same words in order", "Ik stop ermee, het gaat niet meer.", "Ik stop ermee", true, 0},
		{"case and punctuation", "ernstig zorgen maakt", "Ernstig zorgen!", true, 0},
		{"other order", "geen geld is er", "er is geen geld", false, 0},
		{"one word more", "er geen geld is om", "er is simpelweg geen geld", false, 1},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			h, w := contentWords(tc.have), contentWords(tc.want)
			got := []any{containsRun(h, w), missing(h, w)}
			if diff := cmp.Diff([]any{tc.run, tc.missing}, got); diff != "" {
				t.Errorf("containsRun, missing(%q, %q) mismatch (-want +got):\n%s", tc.have, tc.want, diff)
			}
		})
	}
}

func TestModifierQuote(t *testing.T) {
	for _, tc := range []struct {
		desc, before, after string
		want                bool
	}{
		{"between article and noun", "Het was een", "race.", true},
		{"before a conjunction", "De politie noemt het", "en zo", false},
		{"at the end", "Skal spreekt van", ".", false},
		{"no determiner", "Hij noemde", "beleid", false},
		{"after het", "De minister noemde het", "beleid", true},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			b := tokens(tc.before, 0, len(tc.before))
			a := tokens(tc.after, 0, len(tc.after))
			if got := modifier(b, a); got != tc.want {
				t.Errorf("modifier(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
			}
		})
	}
}
