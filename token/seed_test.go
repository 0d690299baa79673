package token

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedPage runs the tokenizer on the seed page of the project, when
// present, and checks the cases it was specified from.
func TestSeedPage(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedDir(t, "seed"), "buitenland-page.txt"))
	if err != nil {
		t.Skipf("seed page absent: %v", err)
	}
	page := string(b)
	toks := Tokenize(page)
	checkTiling(t, page, toks)
	sents := Sentences(page, toks)
	checkSentences(t, page, toks, sents)

	has := map[string]bool{}
	for _, tk := range toks {
		has[tk.Text] = true
	}
	for _, w := range []string{"NAVO-chef", "secretaris-generaal", "Oekraïne", "Midden-Oosten"} {
		if !has[w] {
			t.Errorf("seed page: no token %q", w)
		}
	}
	// Ages glued to datelines ("28 minuten geledenTEHERAN") are split.
	for i, tk := range toks {
		if strings.HasPrefix(tk.Text, "geleden") && tk.Text != "geleden" {
			t.Errorf("seed page: token %d %q not split after geleden", i, tk.Text)
		}
	}
	// Every sentence ends at a line break, at a glued dateline or at a
	// sentence-final mark, possibly followed by closing quotes; none ends
	// inside a line after a comma or a word.
	ages := 0
	for _, s := range sents {
		text := page[s.Start:s.End]
		last := strings.TrimRight(text, `"”’'`)
		atEOL := s.End == len(page) || page[s.End] == '\n' || page[s.End] == '\r'
		glued := s.End < len(page) && page[s.End] >= 'A' && page[s.End] <= 'Z'
		if glued && strings.HasSuffix(text, "geleden") {
			ages++
		}
		if !atEOL && !glued && !strings.ContainsAny(last[len(last)-1:], ".!?…") {
			t.Errorf("seed page: sentence %q ends inside a line without a final mark", text)
		}
	}
	want := 0
	for rest := page; ; {
		k := strings.Index(rest, "geleden")
		if k < 0 {
			break
		}
		rest = rest[k+len("geleden"):]
		if rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			want++
		}
	}
	if ages != want || want == 0 {
		t.Errorf("seed page: %d ages split from the next dateline, want %d", ages, want)
	}
	const quote = `"Dat zou steun aan een illegale oorlog betekenen", zei hij bij de presentatie van het jaarverslag van de NAVO.`
	found := false
	for _, s := range sents {
		found = found || page[s.Start:s.End] == quote
	}
	if !found {
		t.Errorf("seed page: no sentence %q", quote)
	}
}
