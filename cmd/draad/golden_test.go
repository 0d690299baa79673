package main

import (
	"bytes"
	"flag"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txt")

// TestGolden runs the command line on each testdata/*.txt archive. The
// comment's "args:" line holds the arguments, the "stdin" section the
// input; "want" records standard output, the exit code and standard error.
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata/*.txt", "want", *update, func(t *testing.T, a *txtar.Archive) []byte {
		args := strings.Fields(golden.Keys(a)["args"])
		if len(args) == 0 {
			t.Fatal("no args: line in the comment")
		}
		stdin, _ := golden.Section(a, "stdin")
		var stdout, stderr bytes.Buffer
		code := run(args, bytes.NewReader(stdin), &stdout, &stderr)
		var out bytes.Buffer
		out.Write(stdout.Bytes())
		fmt.Fprintf(&out, "exit: %d\n", code)
		for l := range strings.Lines(stderr.String()) {
			out.WriteString("stderr: " + l)
		}
		return out.Bytes()
	})
}
