package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeNews writes invented articles as a gzip-compressed JSON-lines file.
func writeNews(t *testing.T, paragraphs [][]string) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for i, ps := range paragraphs {
		b, err := json.Marshal(newsArticle{ID: string(rune('a' + i)), Title: "Titel", Paragraphs: ps})
		if err != nil {
			t.Fatal(err)
		}
		zw.Write(append(b, '\n'))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "news.jsonl.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCmdClusters(t *testing.T) {
	var arts [][]string
	for i := range 40 {
		arts = append(arts, []string{
			[]string{"De kat loopt naar huis.", "Een hond slaapt in de tuin.", "De vis zwemt in 2019."}[i%3],
		})
	}
	path := writeNews(t, arts)
	var stdout, stderr bytes.Buffer
	if code := cmdClusters([]string{"-c", "4", "-mincount", "2", "-q", path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("cmdClusters exit %d, stderr %q", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) < 5 || !strings.HasPrefix(lines[0], "# draad clusters -c 4 -mincount 2:") {
		t.Fatalf("output:\n%s", stdout.String())
	}
	seen := map[string]bool{}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 3 || strings.Trim(f[0], "01") != "" || f[0] == "" {
			t.Errorf("bad line %q", l)
		}
		seen[f[1]] = true
	}
	if !seen["0000"] || seen["2019"] {
		t.Errorf("digits are not normalised: %v", seen)
	}
}

func TestCmdClustersMissingCorpus(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := cmdClusters([]string{"-q", filepath.Join(t.TempDir(), "missing.jsonl.gz")}, nil, &stdout, &stderr)
	if code == 0 || !strings.HasPrefix(stderr.String(), "draad: ") {
		t.Errorf("cmdClusters(missing) = %d, stderr %q; want non-zero and a draad: message", code, stderr.String())
	}
}

func TestCmdVectors(t *testing.T) {
	var arts [][]string
	for i := range 40 {
		arts = append(arts, []string{
			[]string{"De kat loopt naar huis.", "Een hond slaapt in de tuin.", "De vis zwemt in 2019."}[i%3],
		})
	}
	path := writeNews(t, arts)
	run := func() string {
		var stdout, stderr bytes.Buffer
		if code := cmdVectors([]string{"-k", "2,3", "-dim", "8", "-mincount", "2", "-q", path}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("cmdVectors exit %d, stderr %q", code, stderr.String())
		}
		return stdout.String()
	}
	out := run()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 5 || !strings.HasPrefix(lines[0], "# draad vectors -dim 8 ") || lines[1] != "#k\t2\t3" {
		t.Fatalf("output:\n%s", out)
	}
	seen := map[string]bool{}
	for _, l := range lines[2:] {
		f := strings.Split(l, "\t")
		if len(f) != 3 || (f[1] != "0" && f[1] != "1") || (f[2] != "0" && f[2] != "1" && f[2] != "2") {
			t.Errorf("bad line %q", l)
		}
		seen[f[0]] = true
	}
	if !seen["0000"] || seen["2019"] {
		t.Errorf("digits are not normalised: %v", seen)
	}
	if again := run(); again != out {
		t.Errorf("a second run gives other classes")
	}
	var stdout, stderr bytes.Buffer
	if code := cmdVectors([]string{"-k", "1", "-q", path}, nil, &stdout, &stderr); code != 2 {
		t.Errorf("cmdVectors(-k 1) = %d, want 2", code)
	}
}
