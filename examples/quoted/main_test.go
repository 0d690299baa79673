package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestRun checks the tally on an invented archive with a bad record.
func TestRun(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-j", "2", "testdata/archive.jsonl"}, nil, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	// The counts depend on the quote and entity models; the names of
	// both speakers, each in two articles, do not.
	got := stdout.String()
	for _, want := range []string{"3 articles, 1 bad records\n", "articles  Mark Rutte\n", "    2 articles  Wopke Hoekstra\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if !strings.Contains(stderr.String(), `quoted: line 3: parse: bad record date "gisteren"`) {
		t.Errorf("stderr lacks the bad record: %q", stderr.String())
	}
}

func TestRunMissingFile(t *testing.T) {
	if err := run([]string{"testdata/no-such-archive.jsonl"}, nil, &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
		t.Error("run(missing file) succeeded, want an error")
	}
}
