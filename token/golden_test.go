package token

import (
	"bytes"
	"encoding/json"
	"flag"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the want.json sections of testdata/*.txt")

// goldenJSON renders the tokens and sentences of in as the want.json section
// of a golden file: one JSON object per line.
func goldenJSON(in string) []byte {
	toks := Tokenize(in)
	var b bytes.Buffer
	b.WriteString("{\n\"tokens\": [\n")
	for i, t := range toks {
		line, _ := json.Marshal(t)
		b.Write(line)
		if i+1 < len(toks) {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("],\n\"sentences\": [\n")
	sents := Sentences(in, toks)
	for i, s := range sents {
		line, _ := json.Marshal(struct {
			Sentence
			Text string `json:"text"`
		}{s, in[s.Start:s.End]})
		b.Write(line)
		if i+1 < len(sents) {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]\n}\n")
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	golden.Run(t, filepath.Join("testdata", "*.txt"), "want.json", *update, func(t *testing.T, a *txtar.Archive) []byte {
		in, ok := golden.Section(a, "input")
		if !ok {
			t.Fatal("no input section")
		}
		got := goldenJSON(string(in))
		if !json.Valid(got) {
			t.Fatalf("golden output is not valid JSON:\n%s", got)
		}
		return got
	})
}
