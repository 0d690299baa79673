package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestQuoteEval(t *testing.T) {
	for _, tc := range []struct {
		desc string
		args []string
		dir  string
	}{
		{"cases in the repository", []string{"-data", "../../quote/quoteeval/testdata"}, "../../quote/quoteeval/testdata"},
		// The built-in cases make quote-eval work outside the repository.
		{"built-in cases", nil, "the built-in cases"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := cmdQuoteEval(tc.args, nil, &out, &errb)
			if code != 0 {
				t.Fatalf("quote-eval exit %d, stderr %q", code, errb.String())
			}
			for _, want := range []string{tc.dir, "direct", "colon", "indirect", "precision", "recall"} {
				if !strings.Contains(out.String(), want) {
					t.Errorf("quote-eval output lacks %q:\n%s", want, out.String())
				}
			}
		})
	}
}

func TestQuoteEvalErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("-- input --\nHij zei het.\n-- gold --\nweird | x | y\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		desc string
		args []string
	}{
		{"missing directory", []string{"-data", filepath.Join(dir, "nope")}},
		{"bad gold line", []string{"-data", dir}},
		{"bad flag", []string{"-nope"}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := cmdQuoteEval(tc.args, nil, &out, &errb); code == 0 {
				t.Errorf("quote-eval %v: exit 0, want non-zero", tc.args)
			}
			if errb.Len() == 0 {
				t.Errorf("quote-eval %v: nothing on stderr", tc.args)
			}
		})
	}
}
