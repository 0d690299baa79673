package entity

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestToNFC(t *testing.T) {
	for _, tc := range []struct {
		desc, in string
	}{
		{"already NFC", "Oekraïne en België"},
		{"combining diaeresis", "Oekrai\u0308ne en Belgie\u0308"},
		{"several marks", "e\u0301\u0300 a\u0308\u0301 Z"},
		{"invalid UTF-8", "Oekrai\u0308ne \xff\xfe Belgie\u0308"},
		{"mark first", "\u0308X"},
		{"empty", ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			nt := toNFC(tc.in)
			if want := norm.NFC.String(tc.in); nt.text != want {
				t.Fatalf("toNFC(%q).text = %q, want %q", tc.in, nt.text, want)
			}
			// Every rune boundary of the output maps to a position of the
			// input, in order, and the first and last map to the ends.
			prevStart, prevEnd := 0, 0
			for o := 0; o <= len(nt.text); {
				s, e := nt.origStart(min(o, len(nt.text))), nt.origEnd(o)
				if s < prevStart || e < prevEnd || s > len(tc.in) || e > len(tc.in) {
					t.Fatalf("offset %d maps to start %d, end %d after %d, %d", o, s, e, prevStart, prevEnd)
				}
				prevStart, prevEnd = s, e
				if o == len(nt.text) {
					break
				}
				_, n := utf8.DecodeRuneInString(nt.text[o:])
				o += n
			}
			if nt.origStart(0) != 0 || nt.origEnd(len(nt.text)) != len(tc.in) {
				t.Errorf("ends map to %d and %d, want 0 and %d", nt.origStart(0), nt.origEnd(len(nt.text)), len(tc.in))
			}
		})
	}
}

func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "de", "Den Haag", "ÉÉN", "Ĳsselmeer", "İstanbul", "ΣΟΦΊΑ", "a\xffB", "\xe2\x82", "\uFFFD", "ǅ", "ẞ"} {
		var b strings.Builder
		appendLower(&b, s)
		if got, want := b.String(), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzAppendLower(f *testing.F) {
	f.Add("Den Haag")
	f.Add("a\xffB")
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		appendLower(&b, s)
		if got, want := b.String(), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	})
}
