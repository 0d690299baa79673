package quote

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedData returns <repo root>/../shared/data, where the repo root is the
// directory whose go.mod declares the draad module.
func sharedData(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(b), "module github.com/draadnlp/draad\n") {
			return filepath.Join(dir, "..", "shared", "data")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
}

// detokenize joins CoNLL tokens into text, closing up quote marks and
// punctuation the way a newspaper prints them.
func detokenize(toks []string) string {
	var b strings.Builder
	open, glue := false, true
	for _, t := range toks {
		if t == `"` {
			if !open && !glue {
				b.WriteByte(' ')
			}
			b.WriteString(t)
			glue = !open
			open = !open
			continue
		}
		if !glue && !(len(t) <= 3 && strings.ContainsAny(t[:1], ".,:;!?)")) {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		glue = t == "("
	}
	return b.String()
}

// TestCorpusInvariants runs Find on the CoNLL-2002 Dutch development set
// (De Morgen, 2000), one document per -DOCSTART-, one paragraph per
// sentence, and checks the span invariants on real newspaper text.
func TestCorpusInvariants(t *testing.T) {
	path := filepath.Join(sharedData(t), "conll2002-nl", "utf8", "ned.testa")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var docs []string
	var sents []string
	var toks []string
	flush := func() {
		if len(sents) > 0 {
			docs = append(docs, strings.Join(sents, "\n"))
		}
		sents = nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			flush()
		case line == "":
			if len(toks) > 0 {
				sents = append(sents, detokenize(toks))
			}
			toks = nil
		default:
			toks = append(toks, strings.Fields(line)[0])
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	quotes, attributed := 0, 0
	for _, doc := range docs {
		s := Story{Paragraphs: Paragraphs(doc)}
		qs := FindStory(doc, s)
		checkInvariants(t, doc, s, qs)
		for _, q := range qs {
			quotes++
			if q.Speaker != nil {
				attributed++
			}
		}
	}
	t.Logf("%d documents, %d quotes, %d attributed", len(docs), quotes, attributed)
	if quotes == 0 || attributed == 0 {
		t.Errorf("found %d quotes, %d attributed in %d documents; want some", quotes, attributed, len(docs))
	}
}
