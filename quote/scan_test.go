package quote

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scanTexts returns the outermost quote spans the scanner finds in the
// paragraphs of doc.
func scanTexts(doc string) []string {
	var regs []region
	for _, p := range Paragraphs(doc) {
		regs = append(regs, region{start: p.Start, end: p.End})
	}
	var out []string
	for _, p := range scan(doc, regs) {
		out = append(out, doc[p.start:p.end])
	}
	return out
}

func TestScan(t *testing.T) {
	for _, tc := range []struct {
		desc, in string
		want     []string
	}{
		{"straight double", `Hij zei: "Ja." Klaar.`, []string{`"Ja."`}},
		{"low double", `„Nee”, zei ze.`, []string{`„Nee”`}},
		{"two commas two apostrophes", `,,Nee'', zei ze.`, []string{`,,Nee''`}},
		{"two commas curly close", `,,Nee”, zei ze.`, []string{`,,Nee”`}},
		{"straight single", `'Nee', zei ze.`, []string{`'Nee'`}},
		{"curly single", `‘Nee’, zei ze.`, []string{`‘Nee’`}},
		{"curly double", `“Nee”, zei ze.`, []string{`“Nee”`}},
		{"guillemets", `«Non», zei hij.`, []string{`«Non»`}},
		{"nested single in double", `"Hij riep 'vuur' en rende", zei ze.`, []string{`"Hij riep 'vuur' en rende"`}},
		{"apostrophe s avonds", `'s Avonds is het stil, zei hij.`, nil},
		{"apostrophe s-Hertogenbosch", `In 's-Hertogenbosch is het feest.`, nil},
		{"apostrophe in words", `Zo'n tien auto's brandden uit.`, nil},
		{"apostrophes inside a single quote", `'De auto's en zo'n fiets,' zei hij.`, []string{`'De auto's en zo'n fiets,'`}},
		{"curly apostrophe in word", `Zo’n plan werkt niet.`, nil},
		{"curly apostrophe t", `Op ’t Hoge Veld.`, nil},
		{"year apostrophe", `In de jaren '90 was het anders.`, nil},
		{"inch mark", `Een 12" pizza. "Lekker", zei hij.`, []string{`"Lekker"`}},
		{"unclosed then closed", `"Dit gaat mis, zei hij. Toen "Ja" riep ze.`, []string{`"Ja"`}},
		{"empty quote", `Hij zei "" niets.`, nil},
		{"mark surrounded by spaces", `A " B " C`, nil},
		{"continuation into next paragraph", "\"Eerste deel.\n\"Tweede deel.\"", []string{"\"Eerste deel.\n\"Tweede deel.\""}},
		{"no continuation without a mark", "\"Eerste deel.\nTweede \"deel\" hier.", []string{`"deel"`}},
		{"two quotes", `"A", zei hij. "B", zei ze.`, []string{`"A"`, `"B"`}},
		{"invalid utf-8", "\"a\xffb\", zei hij.", []string{"\"a\xffb\""}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			got := scanTexts(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("scan(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestScanMaxBreaks checks that a quote runs on into at most maxBreaks
// paragraphs, which keeps the scan of a long run of reopened paragraphs
// linear: a quote closed within the bound is one quote, a longer one is
// dropped and the scan goes on.
func TestScanMaxBreaks(t *testing.T) {
	for _, tc := range []struct {
		desc   string
		paras  int
		breaks int // of the first pair, -1 for no pair
	}{
		{"within the bound", maxBreaks, maxBreaks},
		{"past the bound", maxBreaks + 10, -1},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			doc := strings.Repeat("\"Dat\n", tc.paras) + "\"Eind.\""
			var regs []region
			for _, p := range Paragraphs(doc) {
				regs = append(regs, region{start: p.Start, end: p.End})
			}
			pairs := scan(doc, regs)
			got := -1
			if len(pairs) > 0 && pairs[0].start == 0 {
				got = len(pairs[0].breaks)
			}
			if got != tc.breaks {
				t.Errorf("scan of %d reopened paragraphs: first pair has %d breaks, want %d", tc.paras, got, tc.breaks)
			}
			for _, p := range pairs {
				if len(p.breaks) > maxBreaks {
					t.Errorf("pair at %d runs on into %d paragraphs, want at most %d", p.start, len(p.breaks), maxBreaks)
				}
			}
		})
	}
}
