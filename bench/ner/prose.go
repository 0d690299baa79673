// Package nerbench compares the draad entity tagger (internal/ner) with
// the prose v2 maxent entity extractor on CoNLL-2002 Dutch data.
//
// It lives in the separate bench module so that the main module does not
// depend on prose. The command nerbench in cmd/nerbench prints the
// comparison; bench_test.go measures tagging speed.
package nerbench

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/draadnlp/draad/internal/ner"
	"github.com/jdkato/prose/v2"
)

// ProseContexts turns tagged sentences into prose training contexts: the
// words joined by single spaces, with entity spans as byte offsets into
// that text.
func ProseContexts(docs []ner.Document) []prose.EntityContext {
	var out []prose.EntityContext
	for _, d := range docs {
		for _, s := range d {
			text, starts := join(s.Words)
			var spans []prose.LabeledEntity
			for _, c := range ner.Chunks(s.Tags) {
				spans = append(spans, prose.LabeledEntity{
					Start: starts[c.Start],
					End:   starts[c.End-1] + len(s.Words[c.End-1]),
					Label: c.Type,
				})
			}
			out = append(out, prose.EntityContext{Accept: true, Spans: spans, Text: text})
		}
	}
	return out
}

func join(words []string) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(words))
	for j, w := range words {
		if j > 0 {
			b.WriteByte(' ')
		}
		starts[j] = b.Len()
		b.WriteString(w)
	}
	return b.String(), starts
}

// ProseTrain trains a prose entity model on tagged documents. It is slow:
// about 18 minutes for ned.train on two cores.
func ProseTrain(docs []ner.Document) *prose.Model {
	return prose.ModelFromData("prose-conll2002-nl", prose.UsingEntities(ProseContexts(docs)))
}

// ProseCacheDir returns the directory where the trained prose model is
// cached, under the user cache directory (never in the repository).
func ProseCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "draad", "prose-conll2002-nl")
}

// ProseLoad loads a prose model written by [prose.Model.Write] from dir.
// prose panics on a missing model, so the files are checked first.
func ProseLoad(dir string) (*prose.Model, error) {
	for _, f := range []string{"labels.gob", "mapping.gob", "weights.gob"} {
		if _, err := os.Stat(filepath.Join(dir, "Maxent", f)); err != nil {
			return nil, errors.New("nerbench: no cached prose model in " + dir)
		}
	}
	return prose.ModelFromDisk(dir), nil
}

// sanitizer mirrors the character replacements of prose's tokenizer, so
// that its tokens can be aligned with the input words.
var sanitizer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// ProseTag tags one sentence of words with a prose model: the words are
// joined by spaces, prose tokenizes and labels them, and each word gets
// the label of its first prose token.
func ProseTag(m *prose.Model, words []string) []string {
	text, _ := join(words)
	doc, err := prose.NewDocument(text, prose.UsingModel(m), prose.WithSegmentation(false))
	tags := make([]string, len(words))
	for i := range tags {
		tags[i] = "O"
	}
	if err != nil {
		return tags
	}
	toks := doc.Tokens()
	k := 0
	for j, w := range words {
		want := len(sanitizer.Replace(w))
		got := 0
		first := true
		for k < len(toks) && got < want {
			if first && toks[k].Label != "" {
				tags[j] = toks[k].Label
			}
			first = false
			got += len(toks[k].Text)
			k++
		}
	}
	return tags
}

// DraadTag tags the sentences of one document with m.
func DraadTag(m *ner.Model, doc ner.Document) [][]string {
	return m.TagDocument(doc.Words())
}
