package parse_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/draadnlp/draad/parse"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		desc    string
		in      string
		want    string
		wantEnc parse.Encoding
	}{
		{"utf-8 unchanged", "Oekraïne", "Oekraïne", parse.UTF8},
		{"empty", "", "", parse.UTF8},
		{"latin-1", "Itali\xeb en Belgi\xeb", "Italië en België", parse.Latin1},
		{"windows-1252 quotes", "\x84Ja\x94, zei hij \x96 kort", "„Ja”, zei hij – kort", parse.Windows1252},
		{"latin-1 no-break space", "BRUSSEL\xa0(ANP)", "BRUSSEL\u00a0(ANP)", parse.Latin1},
		{"utf-16le with bom", "\xff\xfeO\x00S\x00L\x00O\x00 \x00\xeb\x00", "OSLO ë", parse.UTF16LE},
		{"utf-16be with bom", "\xfe\xff\x00O\x00S\x00L\x00O\x00 \x00\xeb", "OSLO ë", parse.UTF16BE},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, enc, err := parse.Decode([]byte(tc.in))
			if err != nil {
				t.Fatalf("Decode(%q): %v", tc.in, err)
			}
			if got != tc.want || enc != tc.wantEnc {
				t.Errorf("Decode(%q) = %q, %v; want %q, %v", tc.in, got, enc, tc.want, tc.wantEnc)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		desc       string
		in         string
		wantOffset int
	}{
		{"utf-8 with a stray byte", "Caf\xc3\xa9 \xff", 6},
		{"truncated sequence after real UTF-8", "Oekraïne\xc3", 9},
		{"binary garbage", "\x00\x01\x02\xff\xfe", 3},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, _, err := parse.Decode([]byte(tc.in))
			var ee *parse.EncodingError
			if !errors.As(err, &ee) || !errors.Is(err, parse.ErrInvalidUTF8) {
				t.Fatalf("Decode(%q) error = %v, want *EncodingError", tc.in, err)
			}
			if ee.Offset != tc.wantOffset {
				t.Errorf("Decode(%q) offset = %d, want %d", tc.in, ee.Offset, tc.wantOffset)
			}
		})
	}
}

// TestDecodeDetects checks that bytes which are neither UTF-8 nor Latin-1
// are refused with what they look like, not decoded as Windows-1252.
func TestDecodeDetects(t *testing.T) {
	le := "D\x00e\x00 \x00r\x00e\x00g\x00e\x00r\x00i\x00n\x00g\x00 \x00v\x00a\x00l\x00t\x00 \x00\xe9\x00n\x00 \x00d\x00a\x00g\x00."
	be := "\x00D\x00e\x00 \x00r\x00e\x00g\x00e\x00r\x00i\x00n\x00g\x00 \x00v\x00a\x00l\x00t\x00 \x00\xe9\x00n\x00 \x00d\x00a\x00g"
	tests := []struct {
		desc, in   string
		wantOffset int
		want       string // in Detected
	}{
		{"encoded surrogate", "Emoji \xed\xa0\xbd\xed\xb8\x80 hier", 6, "surrogate"},
		{"surrogate after Latin-1-looking bytes", "\xed\xa0\x80", 0, "surrogate"},
		{"UTF-16LE without a mark", le, 34, "UTF-16LE without a byte-order mark"},
		{"UTF-16BE without a mark", be, 35, "UTF-16BE without a byte-order mark"},
		{"UTF-16LE of ASCII only, which is valid UTF-8", "O\x00S\x00L\x00O\x00 \x00(\x00A\x00N\x00P\x00)\x00 \x00-\x00 \x00D\x00e\x00 \x00", 1, "UTF-16LE"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, enc, err := parse.Decode([]byte(tc.in))
			var ee *parse.EncodingError
			if !errors.As(err, &ee) || !errors.Is(err, parse.ErrInvalidUTF8) {
				t.Fatalf("Decode(%q) = %q, %v, %v; want *EncodingError", tc.in, got, enc, err)
			}
			if ee.Offset != tc.wantOffset || ee.LooksLatin1 || !strings.Contains(ee.Detected, tc.want) {
				t.Errorf("Decode(%q) error = %+v, want offset %d and %q detected", tc.in, ee, tc.wantOffset, tc.want)
			}
		})
	}
}

func TestParseInvalidUTF8(t *testing.T) {
	tests := []struct {
		desc       string
		in         string
		wantOffset int
		wantLatin1 bool
	}{
		{"latin-1 text", "BRUSSEL (ANP) - Caf\xe9", 19, true},
		{"broken utf-8", "BRUSSEL (ANP) - Caf\xc3\xa9 \xff", 22, false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			doc, err := parse.Parse(tc.in)
			var ee *parse.EncodingError
			if !errors.As(err, &ee) {
				t.Fatalf("Parse(%q) = %v, %v; want *EncodingError", tc.in, doc, err)
			}
			if ee.Offset != tc.wantOffset || ee.LooksLatin1 != tc.wantLatin1 {
				t.Errorf("Parse(%q) error = %+v, want offset %d, LooksLatin1 %v", tc.in, ee, tc.wantOffset, tc.wantLatin1)
			}
		})
	}
}

func TestParseEmpty(t *testing.T) {
	for _, in := range []string{"", "\n", "\r\n\r\n", " \t\u00a0\u200b\n"} {
		doc, err := parse.Parse(in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", in, err)
		}
		if doc == nil || len(doc.Stories) != 0 || len(doc.Sections) != 0 || doc.Headline.Text != "" {
			t.Errorf("Parse(%q) = %+v, want an empty Document", in, doc)
		}
	}
}

func TestTooLarge(t *testing.T) {
	big := make([]byte, 64<<20+1)
	for i := range big {
		big[i] = 'a'
	}
	if _, _, err := parse.Decode(big); !errors.Is(err, parse.ErrTooLarge) {
		t.Errorf("Decode(64 MB + 1) error = %v, want ErrTooLarge", err)
	}
	if _, err := parse.Parse(string(big)); !errors.Is(err, parse.ErrTooLarge) {
		t.Errorf("Parse(64 MB + 1) error = %v, want ErrTooLarge", err)
	}
}
