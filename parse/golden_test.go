package parse_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/internal/golden"
	"github.com/draadnlp/draad/parse"
)

var update = flag.Bool("update", false, "rewrite the want.json sections of the golden files")

// goldenCase is one testdata/*.txt archive.
//
// The archive comment holds "key: value" lines: "ref:" gives the reference
// time (RFC3339); "analyze: true" runs the whole pipeline (entities, times,
// quotes), where other cases check the page structure alone. The input is the "input" section, or the Go-quoted string
// in "input.quoted" (for CR, NBSP, zero-width and Latin-1 bytes), or the
// testdata file named in "input.file". The expected Document is in
// "want.json"; a failing parse expects "want.err" instead, holding the
// error text.
type goldenCase struct {
	path    string
	archive *txtar.Archive
	input   []byte
	ref     time.Time
	analyze bool
}

func readGolden(t *testing.T, path string) goldenCase {
	t.Helper()
	a, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	gc := goldenCase{path: path, archive: a}
	keys := golden.Keys(a)
	gc.analyze = keys["analyze"] == "true"
	if v, ok := keys["ref"]; ok {
		if gc.ref, err = time.Parse(time.RFC3339, v); err != nil {
			t.Fatalf("%s: bad ref: %v", path, err)
		}
	}
	for _, f := range a.Files {
		switch f.Name {
		case "input":
			gc.input = f.Data
		case "input.quoted":
			s, err := strconv.Unquote(strings.TrimSpace(string(f.Data)))
			if err != nil {
				t.Fatalf("%s: input.quoted: %v", path, err)
			}
			gc.input = []byte(s)
		case "input.file":
			gc.input, err = os.ReadFile(filepath.Join(filepath.Dir(path), strings.TrimSpace(string(f.Data))))
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if gc.input == nil {
		t.Fatalf("%s: no input section", path)
	}
	return gc
}

func (gc goldenCase) section(name string) ([]byte, bool) { return golden.Section(gc.archive, name) }

// setSection sets the named section and drops the other kind of
// expectation, so that a case that starts or stops failing keeps one.
func (gc *goldenCase) setSection(name string, data []byte) {
	golden.SetSection(gc.archive, name, data)
	drop := "want.err"
	if name == "want.err" {
		drop = "want.json"
	}
	files := gc.archive.Files[:0]
	for _, f := range gc.archive.Files {
		if f.Name != drop {
			files = append(files, f)
		}
	}
	gc.archive.Files = files
}

// parseGolden runs the golden case: Decode, then Parse.
func parseGolden(gc goldenCase) (*parse.Document, string, error) {
	text, _, err := parse.Decode(gc.input)
	if err != nil {
		return nil, "", err
	}
	var opts []parse.Option
	if !gc.analyze {
		opts = append(opts, parse.WithoutEntities(), parse.WithoutTimes(), parse.WithoutQuotes())
	}
	if !gc.ref.IsZero() {
		opts = append(opts, parse.WithReference(gc.ref))
	}
	doc, err := parse.Parse(text, opts...)
	return doc, text, err
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 {
		t.Errorf("found %d golden files, want at least 30", len(files))
	}
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txt"), func(t *testing.T) {
			gc := readGolden(t, path)
			doc, text, err := parseGolden(gc)
			if err != nil {
				got := []byte(err.Error() + "\n")
				if *update {
					gc.setSection("want.err", got)
					writeArchive(t, gc)
					return
				}
				want, ok := gc.section("want.err")
				if !ok {
					t.Fatalf("Parse: unexpected error: %v", err)
				}
				if diff := cmp.Diff(string(want), string(got)); diff != "" {
					t.Errorf("Parse error mismatch (-want +got):\n%s", diff)
				}
				return
			}
			checkSpans(t, text, doc)
			for _, msg := range leadErrors(doc) {
				t.Error(msg)
			}
			got := marshal(t, doc)
			if *update {
				gc.setSection("want.json", got)
				writeArchive(t, gc)
				return
			}
			want, ok := gc.section("want.json")
			if !ok {
				t.Fatalf("no want.json section; run go test -update")
			}
			var wantDoc, gotDoc any
			if err := json.Unmarshal(want, &wantDoc); err != nil {
				t.Fatalf("want.json: %v", err)
			}
			if err := json.Unmarshal(got, &gotDoc); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantDoc, gotDoc); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", filepath.Base(path), diff)
			}
		})
	}
}

func writeArchive(t *testing.T, gc goldenCase) {
	t.Helper()
	if err := os.WriteFile(gc.path, txtar.Format(gc.archive), 0o644); err != nil {
		t.Fatal(err)
	}
}
