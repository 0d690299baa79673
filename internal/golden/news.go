package golden

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// Article is one article of the nieuws-2019 corpus, as its JSON lines
// hold it.
type Article struct {
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
}

// Text returns the article as one text: the title and the paragraphs,
// separated by blank lines.
func (a Article) Text() string {
	return a.Title + "\n\n" + strings.Join(a.Paragraphs, "\n\n")
}

// News reads n articles of ../shared/data/nieuws-2019 with at least
// minParagraphs paragraphs, after the first skip such ones, for
// benchmarks on real copy. It skips the benchmark or test when the corpus
// is absent. The texts stay in memory only: never write them into the
// repository.
func News(t testing.TB, skip, n, minParagraphs int) []Article {
	t.Helper()
	f, err := os.Open(Shared(t, "data/nieuws-2019/nieuws-2019.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(zr)
	var out []Article
	for len(out) < n {
		var a Article
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("nieuws-2019 after %d articles: %v", len(out), err)
		}
		if len(a.Paragraphs) < minParagraphs {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		out = append(out, a)
	}
	return out
}

// NewsTexts is [News] with each article as one text ([Article.Text]).
func NewsTexts(t testing.TB, skip, n, minParagraphs int) []string {
	t.Helper()
	var out []string
	for _, a := range News(t, skip, n, minParagraphs) {
		out = append(out, a.Text())
	}
	return out
}
