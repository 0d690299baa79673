package timeexpr

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"28 minuten geleden", "1 dag, 13 uren geleden", "tien voor half zes", "half 9", "om 15.30 uur",
		"17u10", "maandagavond", "sinds januari", "tot eind maart", "13 t/m 15 juli", "medio 2024",
		"de afgelopen weken", "de jaren negentig", "Koningsdag 2025", "anderhalf uur", "elke maandag",
		"99999999 jaar geleden", "op de 15de", "\xff", "", "van 9:30 tot 11:00 donderdag",
		"In de jaren 9990.", "tot 9999", "na 31 december 9999", "Geplaatst: 2025-03-03T14:05:00+05:00",
	} {
		f.Add(s)
	}
	// the invented cases of every defect category
	for _, tc := range categoryCases {
		f.Add(tc.in)
	}
}

func FuzzFind(f *testing.F) {
	fuzzSeeds(f)
	ref := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, opts := range [][]Option{
			{WithDirection(Past)}, {WithDirection(Future)}, {WithDirection(Nearest), WithLocale(BE)}, {WithLatent()},
		} {
			prev := 0
			for _, e := range Find(s, ref, opts...) {
				if e.Start < prev || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
					t.Fatalf("Find(%q): bad span %v", s, e)
				}
				prev = e.End
				for _, x := range []time.Time{e.From, e.To} {
					if !x.IsZero() && (x.Year() < minYear || x.Year() > maxYear) {
						t.Fatalf("Find(%q): absurd year in %v", s, e)
					}
				}
				if _, err := json.Marshal(e); err != nil {
					t.Fatalf("Find(%q): %v cannot be encoded: %v", s, e, err)
				}
				if !e.From.IsZero() && !e.To.IsZero() && !e.To.After(e.From) {
					t.Fatalf("Find(%q): empty interval %v", s, e)
				}
				if e.Value == "" || e.Kind.String() == "" {
					t.Fatalf("Find(%q): no value or kind in %v", s, e)
				}
				if utf8.ValidString(s) && !utf8.ValidString(e.Text) {
					t.Fatalf("Find(%q): span splits a rune: %v", s, e)
				}
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		e, err := Parse(s, ref)
		if err != nil {
			return
		}
		if e.Start < 0 || e.End > len(s) || s[e.Start:e.End] != e.Text {
			t.Fatalf("Parse(%q): bad span %v", s, e)
		}
		for _, x := range []time.Time{e.From, e.To} {
			if !x.IsZero() && (x.Year() < minYear || x.Year() > maxYear) {
				t.Fatalf("Parse(%q): absurd year in %v", s, e)
			}
		}
		if _, err := json.Marshal(e); err != nil {
			t.Fatalf("Parse(%q): %v cannot be encoded: %v", s, e, err)
		}
		// the expression found by Parse is found by Parse again
		e2, err := Parse(e.Text, ref)
		if err != nil {
			t.Fatalf("Parse(%q) = %v, but Parse(%q): %v", s, e, e.Text, err)
		}
		if e2.Value != e.Value || e2.Kind != e.Kind {
			t.Fatalf("Parse(%q) = %v; Parse(%q) = %v", s, e, e.Text, e2)
		}
	})
}

// FuzzParseRef checks the reference-time reader of the commands: an error
// or a time, never a panic, and a time that reads back from its UTC form.
func FuzzParseRef(f *testing.F) {
	for _, s := range []string{
		"2026-03-02T09:00:00", "2026-03-02T09:00:00+01:00", "2026-03-02T09:00:00Z", "2026-03-02 09:00:00",
		"2026-03-02T09:00", "2026-03-02", "", "gisteren", "9999-12-31T23:59:59", "0000-01-01", "\xff",
	} {
		f.Add(s)
	}
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref, err := ParseRef(s, loc)
		if err != nil {
			return
		}
		back, err := ParseRef(ref.UTC().Format(time.RFC3339Nano), loc)
		if err != nil || !back.Equal(ref) {
			t.Fatalf("ParseRef(%q) = %v, which does not read back: %v, %v", s, ref, back, err)
		}
	})
}

// lowerRef is the plain rune-by-rune [lowerSameLen].
func lowerRef(s string) string {
	b := []byte(s)
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && r != utf8.RuneError && utf8.RuneLen(l) == w {
			utf8.EncodeRune(b[i:], l)
		}
		i += w
	}
	return string(b)
}

func FuzzLowerSameLen(f *testing.F) {
	for _, s := range []string{"", "ABC", "Maandag 12 MAART", "@[`{AZaz", "ÉÉN Keer\xffZ", "İstanbul ẞ Ω", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "a\x80BCDEFGHIJ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := lowerRef(s)
		if got := lowerSameLen(s, nil); got != want {
			t.Errorf("lowerSameLen(%q) = %q, want %q", s, got, want)
		}
		// a reused buffer holds another text's bytes
		dirty := []byte(strings.Repeat("\xffZ", len(s)/2+2))
		if got := lowerSameLen(s, dirty); got != want {
			t.Errorf("lowerSameLen(%q, a used buffer) = %q, want %q", s, got, want)
		}
	})
}

// wordEndRef is the plain byte-by-byte wordEnd.
func wordEndRef(s string, i int) int {
	_, w := utf8.DecodeRuneInString(s[i:])
	j := i + w
	for j < len(s) {
		d := s[j]
		if isLetterByte(d) {
			if d <= 'Z' && s[j-1] >= 'a' && s[j-1] <= 'z' && j-i > 2 {
				break
			}
			j++
			continue
		}
		if d >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(s[j:])
			if r != utf8.RuneError && unicode.IsLetter(r) {
				j += w
				continue
			}
		}
		break
	}
	return j
}

func FuzzWordEnd(f *testing.F) {
	for _, s := range []string{"geledenTEHERAN", "abcdefghijklmnopqrstuvwxyz{abc", "maandagavond 12", "ééntje\xffabc", "aaaaaaaaZaaaaaaaa", "xyz`abcdefgh@ijklmnop[q"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if !isLetterByte(s[i]) && (s[i] < utf8.RuneSelf || r == utf8.RuneError || !unicode.IsLetter(r)) {
				continue
			}
			if got, want := wordEnd(s, i), wordEndRef(s, i); got != want {
				t.Fatalf("wordEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}
