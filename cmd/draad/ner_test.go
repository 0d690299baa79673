package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCmdTag(t *testing.T) {
	// Latin-1 input: "Itali\xeb" is "Italië".
	in := "-DOCSTART- -DOCSTART- O\nJan N B-PER\nwoont V O\nin Prep O\nItali\xeb N B-LOC\n. Punc O\n\nHij Pron O\n"
	dir := t.TempDir()
	path := filepath.Join(dir, "in.conll")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := cmdTag([]string{"-conll", path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("cmdTag exit %d, stderr %q", code, stderr.String())
	}
	inLines := strings.Split(strings.TrimSuffix(strings.ReplaceAll(in, "\xeb", "ë"), "\n"), "\n")
	outLines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(outLines) != len(inLines) {
		t.Fatalf("got %d lines, want %d:\n%s", len(outLines), len(inLines), stdout.String())
	}
	for i, l := range inLines {
		o := outLines[i]
		if l == "" {
			if o != "" {
				t.Errorf("line %d: got %q, want a blank line", i+1, o)
			}
			continue
		}
		rest, ok := strings.CutPrefix(o, l+" ")
		if !ok || strings.Contains(rest, " ") || rest == "" {
			t.Errorf("line %d: got %q, want %q plus one tag", i+1, o, l)
		}
	}
}

func TestCmdTagMissingFile(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := cmdTag([]string{"-conll", filepath.Join(t.TempDir(), "missing")}, nil, &stdout, &stderr)
	if code == 0 || !strings.HasPrefix(stderr.String(), "draad: ") {
		t.Errorf("cmdTag(missing) = %d, stderr %q; want non-zero and a draad: message", code, stderr.String())
	}
}

func TestCmdNEREvalMissingData(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := cmdNEREval([]string{"-data", t.TempDir()}, nil, &stdout, &stderr)
	if code == 0 {
		t.Errorf("cmdNEREval on an empty dir = 0, want non-zero")
	}
}

func TestCmdNERTrainEval(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	names := []string{"Jansen", "Peeters", "Claes", "Maes"}
	places := []string{"Gent", "Brugge", "Leuven", "Aalst"}
	for d := range 4 {
		b.WriteString("-DOCSTART- -DOCSTART- O\n")
		for i := range 10 {
			n, p := names[(i+d)%4], places[(i*3+d)%4]
			b.WriteString("meneer N O\n" + n + " N B-PER\nwoont V O\nin Prep O\n" + p + " N B-LOC\n. Punc O\n\n")
		}
	}
	for _, f := range []string{"train.conll", "test.conll"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	model := filepath.Join(dir, "m.ner")
	var stdout, stderr bytes.Buffer
	args := []string{"-data", dir, "-train", "train.conll", "-dev", "", "-epochs", "2", "-ensemble", "1", "-folds", "2", "-o", model, "-q"}
	if code := cmdNERTrain(args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("cmdNERTrain(%q) exit %d, stderr %q", args, code, stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	args = []string{"-data", dir, "-sets", "test.conll", "-model", model}
	if code := cmdNEREval(args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("cmdNEREval(%q) exit %d, stderr %q", args, code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "micro") || !strings.Contains(stdout.String(), "PER") {
		t.Errorf("cmdNEREval output lacks the score table:\n%s", stdout.String())
	}

	// A set the embedded model was trained on is named so; with a model
	// of one's own, it is scored as any other.
	if err := os.WriteFile(filepath.Join(dir, "ned.testa"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		note bool
	}{
		{[]string{"-data", dir, "-sets", "ned.testa"}, true},
		{[]string{"-data", dir, "-sets", "ned.testa", "-model", model}, false},
		{[]string{"-data", dir, "-sets", "test.conll"}, false},
	} {
		stdout.Reset()
		stderr.Reset()
		if code := cmdNEREval(tc.args, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("cmdNEREval(%q) exit %d, stderr %q", tc.args, code, stderr.String())
		}
		if got := strings.Contains(stdout.String(), "not a score: the embedded model was trained on ned.testa"); got != tc.note {
			t.Errorf("cmdNEREval(%q): note that the set is not held out = %v, want %v:\n%s", tc.args, got, tc.note, stdout.String())
		}
	}
}
