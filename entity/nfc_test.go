package entity

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
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

// TestAnalyzePieces checks that a text analysed in pieces gives the
// entities of its paragraphs, with offsets into the whole text.
func TestAnalyzePieces(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	paras := []string{
		"Premier Mark Rutte sprak dinsdag in Brussel met Angela Merkel.",
		"De NAVO vergadert volgende week in Washington.",
		"Burgemeester Femke Halsema van Amsterdam was er niet bij.",
	}
	text := strings.Join(paras, "\n\n")
	var want []Entity
	off := 0
	for _, p := range paras {
		for _, e := range m.Analyze(p).Entities {
			e.Start += off
			e.End += off
			want = append(want, e)
		}
		off += len(p) + 2
	}
	got := m.analyzePieces(text, len(paras[0])+len(paras[1])/2)
	if diff := cmp.Diff(want, got.Entities); diff != "" {
		t.Errorf("analyzePieces mismatch (-want +got):\n%s", diff)
	}
	for _, e := range got.Entities {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("entity %q at [%d, %d) is %q in the text", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
	}
	if len(want) < 5 {
		t.Errorf("only %d entities in the paragraphs; the test needs more", len(want))
	}
}

func TestCutPiece(t *testing.T) {
	for _, tc := range []struct {
		desc, s   string
		max, want int
	}{
		{"short", "abc", 10, 3},
		{"blank line", "ab\n\ncd\nef gh", 10, 4},
		{"line break", "ab cd\nef gh", 9, 6},
		{"space", "ab cd ef", 7, 6},
		{"rune start", "ééééé", 5, 4},
	} {
		if got := cutPiece(tc.s, tc.max); got != tc.want {
			t.Errorf("%s: cutPiece(%q, %d) = %d, want %d", tc.desc, tc.s, tc.max, got, tc.want)
		}
	}
}

// TestNFCQuick checks that every rune isNFCQuick accepts is NFC alone
// and cannot combine with a rune before it, so that a string of them is
// NFC.
func TestNFCQuick(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x2FFF; r++ {
		s := string(r)
		if !utf8.ValidRune(r) || !isNFCQuick(s) {
			continue
		}
		n++
		if p := norm.NFC.PropertiesString(s); !p.BoundaryBefore() || p.CCC() != 0 || !norm.NFC.IsNormalString(s) {
			t.Errorf("isNFCQuick accepts %U, which may change in NFC", r)
		}
	}
	if n != 0x300+0x206F-0x2002+1 {
		t.Errorf("isNFCQuick accepts %d runes up to U+2FFF, want %d", n, 0x300+0x206F-0x2002+1)
	}
}

// FuzzNFCQuick checks that isNFCQuick accepts only text in NFC.
func FuzzNFCQuick(f *testing.F) {
	for _, s := range []string{"", "Oekraïne", "Oekrai\u0308ne", "‘Nee’ – zei hij…", "\u2000", "\u2001x", "\xc3", "\xe2\x80", "caf\u00e9\u0301", "A\u030a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isNFCQuick(s) && !norm.NFC.IsNormalString(s) {
			t.Errorf("isNFCQuick(%q) = true, but the text is not NFC", s)
		}
	})
}
