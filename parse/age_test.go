package parse_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/draadnlp/draad/parse"
)

func TestParseAge(t *testing.T) {
	tests := []struct {
		desc string
		in   string
		want parse.RelativeTime
	}{
		{"minutes", "28 minuten geleden", parse.RelativeTime{Text: "28 minuten geleden", Amount: 28, Unit: parse.Minute, Direction: parse.Past, End: 18}},
		{"one hour in digits", "1 uur geleden", parse.RelativeTime{Text: "1 uur geleden", Amount: 1, Unit: parse.Hour, Direction: parse.Past, End: 13}},
		{"een", "een uur geleden", parse.RelativeTime{Text: "een uur geleden", Amount: 1, Unit: parse.Hour, Direction: parse.Past, End: 15}},
		{"één with accents", "één dag geleden", parse.RelativeTime{Text: "één dag geleden", Amount: 1, Unit: parse.Day, Direction: parse.Past, End: 17}},
		{"twee", "twee dagen geleden", parse.RelativeTime{Text: "twee dagen geleden", Amount: 2, Unit: parse.Day, Direction: parse.Past, End: 18}},
		{"compound", "1 dag, 13 uren geleden", parse.RelativeTime{Text: "1 dag, 13 uren geleden", Amount: 37, Unit: parse.Hour, Direction: parse.Past, End: 22}},
		{"compound with en", "2 uur en 5 minuten geleden", parse.RelativeTime{Text: "2 uur en 5 minuten geleden", Amount: 125, Unit: parse.Minute, Direction: parse.Past, End: 26}},
		{"anderhalf", "anderhalf uur geleden", parse.RelativeTime{Text: "anderhalf uur geleden", Amount: 90, Unit: parse.Minute, Direction: parse.Past, End: 21}},
		{"een half", "een half uur geleden", parse.RelativeTime{Text: "een half uur geleden", Amount: 30, Unit: parse.Minute, Direction: parse.Past, End: 20}},
		{"compound number word", "tweeëntwintig minuten geleden", parse.RelativeTime{Text: "tweeëntwintig minuten geleden", Amount: 22, Unit: parse.Minute, Direction: parse.Past, End: 30}},
		{"abbreviated unit", "5 min. geleden", parse.RelativeTime{Text: "5 min. geleden", Amount: 5, Unit: parse.Minute, Direction: parse.Past, End: 14}},
		{"glued unit", "5min geleden", parse.RelativeTime{Text: "5min geleden", Amount: 5, Unit: parse.Minute, Direction: parse.Past, End: 12}},
		{"weeks", "drie weken geleden", parse.RelativeTime{Text: "drie weken geleden", Amount: 3, Unit: parse.Week, Direction: parse.Past, End: 18}},
		{"capitalised", "Twee jaar geleden", parse.RelativeTime{Text: "Twee jaar geleden", Amount: 2, Unit: parse.Year, Direction: parse.Past, End: 17}},
		{"kwartier", "een kwartier geleden", parse.RelativeTime{Text: "een kwartier geleden", Amount: 15, Unit: parse.Minute, Direction: parse.Past, End: 20}},
		{"drie kwartier", "drie kwartier geleden", parse.RelativeTime{Text: "drie kwartier geleden", Amount: 45, Unit: parse.Minute, Direction: parse.Past, End: 21}},
		{"uur en drie kwartier", "1 uur en drie kwartier geleden", parse.RelativeTime{Text: "1 uur en drie kwartier geleden", Amount: 105, Unit: parse.Minute, Direction: parse.Past, End: 30}},
		{"halfuur", "een halfuur geleden", parse.RelativeTime{Text: "een halfuur geleden", Amount: 30, Unit: parse.Minute, Direction: parse.Past, End: 19}},
		{"eenentwintig", "eenentwintig minuten geleden", parse.RelativeTime{Text: "eenentwintig minuten geleden", Amount: 21, Unit: parse.Minute, Direction: parse.Past, End: 28}},
		{"negenenvijftig", "negenenvijftig minuten geleden", parse.RelativeTime{Text: "negenenvijftig minuten geleden", Amount: 59, Unit: parse.Minute, Direction: parse.Past, End: 30}},
		{"decimal comma", "2,5 uur geleden", parse.RelativeTime{Text: "2,5 uur geleden", Amount: 150, Unit: parse.Minute, Direction: parse.Past, End: 15}},
		{"decimal week", "1,5 week geleden", parse.RelativeTime{Text: "1,5 week geleden", Amount: 252, Unit: parse.Hour, Direction: parse.Past, End: 16}},
		{"hedge", "ruim een uur geleden", parse.RelativeTime{Text: "ruim een uur geleden", Amount: 1, Unit: parse.Hour, Direction: parse.Past, Approximate: true, End: 20}},
		{"two-word hedge", "meer dan twee dagen geleden", parse.RelativeTime{Text: "meer dan twee dagen geleden", Amount: 2, Unit: parse.Day, Direction: parse.Past, Approximate: true, End: 27}},
		{"enkele", "enkele minuten geleden", parse.RelativeTime{Text: "enkele minuten geleden", Amount: 3, Unit: parse.Minute, Direction: parse.Past, Approximate: true, End: 22}},
		{"een paar", "een paar dagen geleden", parse.RelativeTime{Text: "een paar dagen geleden", Amount: 2, Unit: parse.Day, Direction: parse.Past, Approximate: true, End: 22}},
		{"future", "over twee dagen", parse.RelativeTime{Text: "over twee dagen", Amount: 2, Unit: parse.Day, Direction: parse.Future, End: 15}},
		{"blanks around", " \u00a012 seconden geleden ", parse.RelativeTime{Text: "12 seconden geleden", Amount: 12, Unit: parse.Second, Direction: parse.Past, Start: 3, End: 22}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := parse.ParseAge(tc.in)
			if err != nil {
				t.Fatalf("ParseAge(%q): %v", tc.in, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseAge(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestParseAgeRejects(t *testing.T) {
	for _, in := range []string{
		"", "geleden", "28 geleden", "28 minuten", "een hotel geleden", "28 minuten geledenheid",
		"de minister vertrok twee dagen geleden", "1234567890123 jaar geleden", "over", "minuten geleden",
	} {
		if got, err := parse.ParseAge(in); !errors.Is(err, parse.ErrNoAge) {
			t.Errorf("ParseAge(%q) = %+v, %v; want ErrNoAge", in, got, err)
		}
	}
}

func TestResolve(t *testing.T) {
	ref := time.Date(2026, 3, 31, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		desc string
		in   string
		want time.Time
	}{
		{"minutes", "28 minuten geleden", time.Date(2026, 3, 31, 11, 32, 0, 0, time.UTC)},
		{"compound", "1 dag, 13 uren geleden", time.Date(2026, 3, 29, 23, 0, 0, 0, time.UTC)},
		{"calendar month", "1 maand geleden", time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)}, // AddDate normalises 31 February
		{"future days", "over twee dagen", time.Date(2026, 4, 2, 12, 0, 0, 0, time.UTC)},
		{"huge amount is clamped to the year 1", "99999999 jaar geleden", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"huge seconds are clamped to the year 1", "999999999999 seconden geleden", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"huge future is clamped to the year 9999", "over 99999 jaar", time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)},
		{"large but in range", "2000 jaar geleden", time.Date(26, 3, 31, 12, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a, err := parse.ParseAge(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Resolve(ref); !got.Equal(tc.want) {
				t.Errorf("ParseAge(%q).Resolve(%v) = %v, want %v", tc.in, ref, got, tc.want)
			}
		})
	}
}

func TestUnitText(t *testing.T) {
	for u := parse.Second; u <= parse.Year; u++ {
		b, err := u.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back parse.Unit
		if err := back.UnmarshalText(b); err != nil || back != u {
			t.Errorf("Unit round trip %v → %q → %v, %v", u, b, back, err)
		}
	}
	if _, err := parse.Unit(0).MarshalText(); err == nil {
		t.Error("Unit(0).MarshalText() succeeded, want an error")
	}
	for _, d := range []parse.Direction{parse.Past, parse.Future} {
		b, _ := d.MarshalText()
		var back parse.Direction
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Errorf("Direction round trip %v → %q → %v, %v", d, b, back, err)
		}
	}
}
