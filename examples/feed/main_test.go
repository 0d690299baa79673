package main

import (
	"bytes"
	"flag"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txt")

// TestGolden runs feed on each testdata/*.txt archive: the comment's
// "args:" line holds the arguments, the "input" section the page, and
// "want" the output.
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata/*.txt", "want", *update, func(t *testing.T, a *txtar.Archive) []byte {
		args := strings.Fields(golden.Keys(a)["args"])
		in, _ := golden.Section(a, "input")
		var out bytes.Buffer
		if err := run(args, bytes.NewReader(in), &out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	})
}

func TestRunMissingFile(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"testdata/no-such-page.txt"}, nil, &out); err == nil {
		t.Error("run(missing file) succeeded, want an error")
	}
}
