package ner

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

var update = flag.Bool("update", false, "rewrite the want.json sections of the golden files")

func TestReadGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "read", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var input []byte
			wantIdx := -1
			for i, f := range ar.Files {
				switch f.Name {
				case "input":
					input = f.Data
				case "want.json":
					wantIdx = i
				}
			}
			if wantIdx < 0 {
				t.Fatalf("%s: no want.json section", file)
			}
			docs, err := ReadCoNLL(bytes.NewReader(input))
			if err != nil {
				t.Fatalf("ReadCoNLL: %v", err)
			}
			got, err := json.MarshalIndent(docs, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			if *update {
				ar.Files[wantIdx].Data = got
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := cmp.Diff(string(ar.Files[wantIdx].Data), string(got)); diff != "" {
				t.Errorf("ReadCoNLL(%s) mismatch (-want +got):\n%s", file, diff)
			}
			// Idempotence: writing the documents and reading them back
			// gives the same documents.
			var buf bytes.Buffer
			if err := WriteCoNLL(&buf, docs); err != nil {
				t.Fatal(err)
			}
			again, err := ReadCoNLL(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) > 0 {
				if diff := cmp.Diff(docs, again); diff != "" {
					t.Errorf("ReadCoNLL(WriteCoNLL(docs)) mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}
