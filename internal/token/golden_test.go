package token

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want.json sections of testdata/*.txt")

// golden renders the tokens and sentences of in as the want.json section
// of a golden file: one JSON object per line.
func golden(in string) []byte {
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
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files in testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var in []byte
			want := -1
			for i, f := range ar.Files {
				switch f.Name {
				case "input":
					in = f.Data
				case "want.json":
					want = i
				}
			}
			if in == nil {
				t.Fatalf("%s: no input section", file)
			}
			got := golden(string(in))
			if !json.Valid(got) {
				t.Fatalf("%s: golden output is not valid JSON:\n%s", file, got)
			}
			if *update {
				if want < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want.json"})
					want = len(ar.Files) - 1
				}
				ar.Files[want].Data = got
				if err := os.WriteFile(file, txtar.Format(ar), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want < 0 {
				t.Fatalf("%s: no want.json section; run go test -update", file)
			}
			if diff := cmp.Diff(string(ar.Files[want].Data), string(got)); diff != "" {
				t.Errorf("%s: Tokenize and Sentences mismatch (-want +got):\n%s", file, diff)
			}
		})
	}
}
