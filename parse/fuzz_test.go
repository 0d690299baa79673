package parse_test

import (
	"path/filepath"
	"testing"
	"unicode/utf8"

	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/internal/golden"
	"github.com/draadnlp/draad/parse"
)

// fuzzSeeds are the inputs of the golden files and of the table tests.
func fuzzSeeds(f *testing.F) {
	f.Helper()
	files, _ := filepath.Glob("../testdata/*.txt")
	for _, path := range files {
		if in := readGoldenFuzz(path); in != nil {
			f.Add(string(in))
		}
	}
	for _, s := range []string{
		"", "\xff", "\x00", "BRUSSEL (ANP) -", "28 minuten geledenTEHERAN (ANP/AFP) - x\n19 uur geleden",
		"GENT 15/06 (belga) = x", "'S-HERTOGENBOSCH (ANP) – x", "1 dag, 13 uren geleden", "over twee dagen",
		"Meer uit Buitenland\nOSLO (ANP/AFP) - x\n28 minuten geleden", "((((((((", "- - - -", "99999999999999 jaar geleden",
		"Meer\nOSLO (ANP) - A.\n99999999 jaar geleden", "Meer\nOSLO (ANP) - A.\nover 99999 jaar",
	} {
		f.Add(s)
	}
}

// readGoldenFuzz returns the input of a golden file, or nil.
func readGoldenFuzz(path string) []byte {
	a, err := txtar.ParseFile(path)
	if err != nil {
		return nil
	}
	in, _ := golden.Section(a, "input")
	return in
}

func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := parse.Parse(s)
		if !utf8.ValidString(s) {
			if err == nil {
				t.Fatalf("Parse(%q) accepted invalid UTF-8", s)
			}
			return
		}
		if err != nil {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		for _, msg := range spanErrors(s, doc) {
			t.Errorf("Parse(%q): %s", s, msg)
		}
		for _, msg := range leadErrors(doc) {
			t.Errorf("Parse(%q): %s", s, msg)
		}
		// With a reference time, ages, stamps and time expressions are
		// resolved too; the structure stays the same.
		doc2, err := parse.Parse(s, parse.WithReference(refTime))
		if err != nil {
			t.Fatalf("Parse(%q, WithReference): %v", s, err)
		}
		for _, msg := range spanErrors(s, doc2) {
			t.Errorf("Parse(%q, WithReference): %s", s, msg)
		}
		if len(doc2.Stories) != len(doc.Stories) || len(doc2.Sections) != len(doc.Sections) {
			t.Errorf("Parse(%q): the reference time changed the page structure", s)
		}
	})
}

func FuzzParseDateline(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parse.ParseDateline(s)
		if err != nil {
			return
		}
		if d.Start < 0 || d.Start > d.End || d.End > len(s) || s[d.Start:d.End] != d.Text {
			t.Fatalf("ParseDateline(%q) = %+v: span out of bounds or text mismatch", s, d)
		}
		if d.Place == "" || d.PlaceText == "" {
			t.Fatalf("ParseDateline(%q) = %+v: no place", s, d)
		}
		for _, msg := range spanErrors(s, d) {
			t.Errorf("ParseDateline(%q): %s", s, msg)
		}
	})
}

func FuzzParseAge(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		a, err := parse.ParseAge(s)
		if err != nil {
			return
		}
		if a.Start < 0 || a.Start > a.End || a.End > len(s) || s[a.Start:a.End] != a.Text {
			t.Fatalf("ParseAge(%q) = %+v: span out of bounds or text mismatch", s, a)
		}
		if a.Amount < 0 {
			t.Fatalf("ParseAge(%q) = %+v: negative amount", s, a)
		}
		// Resolving never overflows, and stays within the years JSON can
		// write.
		if y := a.Resolve(refTime).Year(); y < 1 || y > 9999 {
			t.Fatalf("ParseAge(%q).Resolve = year %d", s, y)
		}
	})
}

func FuzzDecode(f *testing.F) {
	fuzzSeeds(f)
	f.Add("Itali\xeb")
	f.Add("\x84Ja\x94")
	f.Fuzz(func(t *testing.T, s string) {
		out, enc, err := parse.Decode([]byte(s))
		if err != nil {
			return
		}
		if !utf8.ValidString(out) {
			t.Fatalf("Decode(%q) = %q (%s): not UTF-8", s, out, enc)
		}
		if enc == parse.UTF8 && out != s {
			t.Fatalf("Decode(%q) changed valid UTF-8 to %q", s, out)
		}
	})
}
