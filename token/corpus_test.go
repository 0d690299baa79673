package token

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/draadnlp/draad/internal/golden"
)

// sharedDir returns <repo root>/../shared/<rel>, skipping t when absent.
func sharedDir(t testing.TB, rel string) string { return golden.Shared(t, rel) }

// conllSentences reads the tokens of a CoNLL-2002 file, one slice per
// sentence, leaving out -DOCSTART- lines.
func conllSentences(t *testing.T, path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sents [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		switch {
		case len(fs) == 0:
			if len(cur) > 0 {
				sents = append(sents, cur)
			}
			cur = nil
		case fs[0] != "-DOCSTART-":
			cur = append(cur, fs[0])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

// TestConllTokens checks that the tokenizer keeps the tokens of the
// CoNLL-2002 development set whole: a gold token tokenized on its own
// must give one token. The gold standard splits some things we keep
// apart on purpose (list numbers "1.", truncations "regen-" without the
// conjunction), so the bar is 99.5%, not 100%.
func TestConllTokens(t *testing.T) {
	sents := conllSentences(t, filepath.Join(sharedDir(t, "data/conll2002-nl/utf8"), "ned.testa"))
	n, whole := 0, 0
	var split []string
	for _, s := range sents {
		for _, w := range s {
			n++
			if toks := Tokenize(w); len(toks) == 1 {
				whole++
			} else if len(split) < 10 {
				split = append(split, w)
			}
		}
	}
	rate := float64(whole) / float64(n)
	t.Logf("ned.testa: %d of %d gold tokens kept whole (%.3f%%); split e.g. %q", whole, n, 100*rate, split)
	if rate < 0.995 {
		t.Errorf("ned.testa: %.3f%% of gold tokens kept whole, want >= 99.5%%", 100*rate)
	}
}

// TestConllSentences checks the sentence splitter on the CoNLL-2002
// development set, whose sentences are given one token per line. A gold
// sentence, joined with spaces, should stay one sentence; two gold
// sentences joined with a space, the first ending in . ! or ? and the
// second starting with a capital, should be split where they meet.
func TestConllSentences(t *testing.T) {
	sents := conllSentences(t, filepath.Join(sharedDir(t, "data/conll2002-nl/utf8"), "ned.testa"))
	texts := make([]string, len(sents))
	for i, s := range sents {
		texts[i] = strings.Join(s, " ")
	}
	whole := 0
	for _, s := range texts {
		if len(Sentences(s, Tokenize(s))) == 1 {
			whole++
		}
	}
	pairs, found := 0, 0
	for i := 0; i+1 < len(texts); i++ {
		a, b := texts[i], texts[i+1]
		core := strings.TrimRight(a, `"' `)
		if core == "" || !strings.ContainsAny(core[len(core)-1:], ".!?") || b[0] < 'A' || b[0] > 'Z' {
			continue
		}
		pairs++
		j := a + " " + b
		for _, s := range Sentences(j, Tokenize(j)) {
			if s.End >= len(core) && s.End <= len(a) {
				found++
				break
			}
		}
	}
	wholeRate := float64(whole) / float64(len(texts))
	foundRate := float64(found) / float64(pairs)
	t.Logf("ned.testa: %d of %d sentences kept whole (%.2f%%); %d of %d joins split (%.2f%%)",
		whole, len(texts), 100*wholeRate, found, pairs, 100*foundRate)
	if wholeRate < 0.99 {
		t.Errorf("ned.testa: %.2f%% of sentences kept whole, want >= 99%%", 100*wholeRate)
	}
	if foundRate < 0.99 {
		t.Errorf("ned.testa: %.2f%% of joins split, want >= 99%%", 100*foundRate)
	}
}
