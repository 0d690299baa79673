package quote_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/quote"
	"github.com/draadnlp/draad/quote/quoteeval"
)

var update = flag.Bool("update", false, "rewrite the want.json sections of the golden cases")

// goldenDir holds the golden cases. They live in package quoteeval, which
// builds them in for `draad quote-eval`.
var goldenDir = filepath.Join("quoteeval", "testdata")

func loadGolden(t *testing.T) []quoteeval.Case {
	t.Helper()
	cases, err := quoteeval.LoadCases(goldenDir)
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestGolden runs quote.Find on every golden case and compares with want.json.
// With -update it rewrites want.json; input, mentions and gold stay as
// written.
func TestGolden(t *testing.T) {
	for _, c := range loadGolden(t) {
		t.Run(c.Name, func(t *testing.T) {
			qs := quote.FindStory(c.Doc, c.Story)
			quote.CheckInvariants(t, c.Doc, c.Story, qs)
			got, err := json.MarshalIndent(qs, "", "\t")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			var want []byte
			wi := -1
			for i, f := range c.Archive.Files {
				if f.Name == "want.json" {
					want, wi = f.Data, i
				}
			}
			if *update {
				if wi < 0 {
					c.Archive.Files = append(c.Archive.Files, txtar.File{Name: "want.json"})
					wi = len(c.Archive.Files) - 1
				}
				c.Archive.Files[wi].Data = got
				if err := os.WriteFile(filepath.Join(goldenDir, c.Name), txtar.Format(c.Archive), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Find(%s) mismatch (-want +got):\n%s", c.Name, cmp.Diff(string(want), string(got)))
			}
			// Idempotence: a second run gives the same result.
			if again := quote.FindStory(c.Doc, c.Story); !cmp.Equal(qs, again) {
				t.Errorf("Find(%s) is not deterministic", c.Name)
			}
		})
	}
}
