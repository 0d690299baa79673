package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/draadnlp/draad/entity"
)

func TestCmdEntities(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "a.txt", "NAVO-chef Jens Stoltenberg bezocht Oslo. Volgens Stoltenberg is Rusland een gevaar.")
	dict := writeFile(t, dir, "dict.tsv", "organisation\tOmroep Zuid\n")
	var stdout, stderr bytes.Buffer
	code := cmdEntities([]string{"-dict", dict, good, filepath.Join(dir, "missing.txt")}, strings.NewReader(""), &stdout, &stderr)
	if code == 0 {
		t.Errorf("exit code 0 with a missing file, want non-zero")
	}
	if !strings.Contains(stderr.String(), "draad: "+filepath.Join(dir, "missing.txt")+":") {
		t.Errorf("stderr %q does not name the missing file", stderr.String())
	}
	var out struct {
		File     string `json:"file"`
		Entities []struct {
			Text, Type, Canonical, Role, Org, Country string
			Start, End                                int
		} `json:"entities"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("output %q: %v", stdout.String(), err)
	}
	if out.File != good {
		t.Errorf("file = %q, want %q", out.File, good)
	}
	found := map[string]string{}
	for _, e := range out.Entities {
		found[e.Text] = e.Type
	}
	for text, typ := range map[string]string{"Jens Stoltenberg": "person", "Stoltenberg": "person", "Rusland": "country", "NAVO": "organisation"} {
		if found[text] != typ {
			t.Errorf("entity %q: type %q, want %q (all: %v)", text, found[text], typ, found)
		}
	}

	// Standard input, with -links.
	stdout.Reset()
	stderr.Reset()
	code = cmdEntities([]string{"-links"}, strings.NewReader("De Iraanse minister Abbas Araghchi sprak met Omroep Zuid."), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit code %d, stderr %q", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), `"file":"-"`) || !strings.Contains(stdout.String(), `"links":[{"text":"Iraanse"`) {
		t.Errorf("stdout %q lacks file name or links", stdout.String())
	}

	// A bad flag is a usage error.
	if code := cmdEntities([]string{"-nope"}, strings.NewReader(""), &stdout, &stderr); code != 2 {
		t.Errorf("bad flag: exit code %d, want 2", code)
	}
}

// BenchmarkDictLoad loads a -dict file whose entries all share their
// first word, the case that was quadratic.
func BenchmarkDictLoad(b *testing.B) {
	m, err := entity.Lexicon()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000, 100000} {
		var sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "person\tJan Jansen%d\n", i)
		}
		path := writeFile(b, b.TempDir(), "dict.tsv", sb.String())
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(sb.Len()))
			for b.Loop() {
				if _, err := withDict(m, path); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
