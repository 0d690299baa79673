package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParseFilesOrder checks that draad parse -j prints the documents in
// the order of the files, the same bytes as -j 1, and goes on after a
// file that fails.
func TestParseFilesOrder(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := range 24 {
		text := fmt.Sprintf("Bericht %d\n\n%s (ANP) - %s\n", i, []string{"OSLO", "GENT", "DEN HAAG"}[i%3],
			strings.Repeat("De regering besloot iets. ", 1+i%9))
		args = append(args, writeFile(t, dir, fmt.Sprintf("%02d.txt", i), text))
		if i == 10 {
			args = append(args, filepath.Join(dir, "missing.txt"))
		}
		if i == 15 {
			args = append(args, writeFile(t, dir, "binary.txt", "\x00\x01\xff\xfe\x00"))
		}
	}
	outputs := map[string]string{}
	for _, j := range []string{"1", "4"} {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"parse", "-j", j, "-ref", "2026-11-28T12:00:00"}, args...), nil, &stdout, &stderr)
		if code != 1 || strings.Count(stderr.String(), "\n") != 2 || !strings.Contains(stderr.String(), "missing.txt") || !strings.Contains(stderr.String(), "binary.txt") {
			t.Errorf("-j %s: exit %d, stderr %q; want 1 and the two bad files", j, code, stderr.String())
		}
		var files []string
		for l := range strings.Lines(stdout.String()) {
			var doc struct{ File string }
			if err := json.Unmarshal([]byte(l), &doc); err != nil {
				t.Fatal(err)
			}
			files = append(files, filepath.Base(doc.File))
		}
		var want []string
		for i := range 24 {
			want = append(want, fmt.Sprintf("%02d.txt", i))
		}
		if diff := cmp.Diff(want, files); diff != "" {
			t.Errorf("-j %s: files in the output (-want +got):\n%s", j, diff)
		}
		outputs[j] = stdout.String()
	}
	if outputs["1"] != outputs["4"] {
		t.Error("-j 1 and -j 4 print different bytes")
	}
}
