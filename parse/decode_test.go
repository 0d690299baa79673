package parse_test

import (
	"errors"
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
