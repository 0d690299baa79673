package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCmdNERSelfTag(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	names := []string{"Jansen", "Peeters", "Claes", "Maes"}
	places := []string{"Gent", "Brugge", "Leuven", "Aalst"}
	for d := range 4 {
		b.WriteString("-DOCSTART- -DOCSTART- O\n")
		for i := range 10 {
			n, p := names[(i+d)%4], places[(i*3+d)%4]
			b.WriteString("meneer N O\n" + n + " N B-PER\nwoont V O\nnu Adv O\nin Prep O\n" + p + " N B-LOC\n. Punc O\n\n")
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "train.conll"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var models []string
	for _, extra := range [][]string{{"-clusters", "none"}, {"-clusters", "none", "-seed", "2"}} {
		model := filepath.Join(dir, "m"+extra[len(extra)-1]+".ner")
		args := append([]string{"-data", dir, "-train", "train.conll", "-dev", "", "-epochs", "3", "-ensemble", "1", "-folds", "2", "-o", model, "-q"}, extra...)
		var stdout, stderr bytes.Buffer
		if code := cmdNERTrain(args, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("cmdNERTrain(%q) exit %d, stderr %q", args, code, stderr.String())
		}
		models = append(models, model)
	}
	news := writeNews(t, [][]string{
		{"Meneer Jansen woont nu in Gent.", "Meneer Peeters woont nu in Brugge.", "Meneer Claes woont nu in Leuven."},
		{"Te kort."},
	})
	var stdout, stderr bytes.Buffer
	if code := cmdNERSelfTag([]string{"-model", models[0], "-model2", models[1], news}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("cmdNERSelfTag exit %d, stderr %q", code, stderr.String())
	}
	out := stdout.String()
	if !strings.HasPrefix(out, "-DOCSTART- -DOCSTART- O\n") || !strings.Contains(out, " _ B-") || strings.Contains(out, "kort") {
		t.Errorf("selftag output lacks a document, an entity, or keeps a short sentence:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if l != "" && len(strings.Fields(l)) != 3 {
			t.Errorf("line %q: want three fields", l)
		}
	}
	if code := cmdNERSelfTag([]string{news}, nil, &stdout, &stderr); code != 2 {
		t.Errorf("cmdNERSelfTag without -model2 = %d, want 2", code)
	}
}
