package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

func TestDeadLetterPath(t *testing.T) {
	for _, tc := range []struct{ output, want string }{
		{"out/articles.jsonl.gz", "out/articles.dead_letter.jsonl"},
		{"gs://b/run.1/articles", "gs://b/run.1/articles.dead_letter.jsonl"},
		{"articles.jsonl", "articles.dead_letter.jsonl"},
		{"out/.hidden", "out/.hidden.dead_letter.jsonl"},
	} {
		if got := deadLetterPath(tc.output); got != tc.want {
			t.Errorf("deadLetterPath(%q) = %q, want %q", tc.output, got, tc.want)
		}
	}
}

// setFlags sets the flags of draad-beam for one test and resets them
// after it.
func setFlags(t *testing.T, values map[string]string) {
	t.Helper()
	for _, name := range ownFlags {
		f := flag.Lookup(name)
		old := f.Value.String()
		t.Cleanup(func() { f.Value.Set(old) })
		if err := f.Value.Set(f.DefValue); err != nil {
			t.Fatal(err)
		}
	}
	for name, v := range values {
		if err := flag.Set(name, v); err != nil {
			t.Fatalf("--%s=%s: %v", name, v, err)
		}
	}
}

func TestRun(t *testing.T) {
	const testdata = "../../draadbeam/testdata/"
	dir := t.TempDir()
	setFlags(t, map[string]string{
		"input":          testdata + "records.jsonl, " + testdata + "bad.jsonl",
		"text_input":     testdata + "texts/undated/*.txt",
		"output":         filepath.Join(dir, "articles.jsonl.gz"),
		"shards":         "2",
		"mentions":       filepath.Join(dir, "mentions.csv"),
		"quotes":         filepath.Join(dir, "quotes.csv"),
		"places":         filepath.Join(dir, "places.csv"),
		"ref":            "2019-06-01",
		"date_from_path": "true",
	})
	var stderr bytes.Buffer
	if code := run(context.Background(), &stderr); code != 1 {
		t.Errorf("run exited %d, want 1 (bad records); stderr:\n%s", code, stderr.String())
	}
	// records.jsonl: 6 good; bad.jsonl: 3 good and 6 bad; 2 texts.
	want := "draad-beam: 11 articles written to " + filepath.Join(dir, "articles.jsonl.gz") +
		", 6 bad records in " + filepath.Join(dir, "articles.dead_letter.jsonl") + "\n"
	if got := stderr.String(); !strings.HasSuffix(got, want) {
		t.Errorf("stderr ends in\n%s\nwant\n%s", got[max(0, len(got)-300):], want)
	}
	for _, name := range []string{"articles-00000-of-00002.jsonl.gz", "articles-00001-of-00002.jsonl.gz", "articles.dead_letter.jsonl", "mentions.csv", "quotes.csv", "places.csv"} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Error(err)
		} else if fi.Size() == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	dead, err := os.ReadFile(filepath.Join(dir, "articles.dead_letter.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(dead, []byte("\n")); n != 6 {
		t.Errorf("%d dead letters, want 6:\n%s", n, dead)
	}
}

func TestRunBadFlags(t *testing.T) {
	for _, tc := range []struct {
		desc  string
		flags map[string]string
		want  string
	}{
		{"no input", map[string]string{"output": "x"}, "--input or --text_input is required"},
		{"no file matches", map[string]string{"input": "../../draadbeam/testdata/records.jsonl,nope/*.jsonl", "output": "y"}, "no file matches nope/*.jsonl"},
		{"no text file matches", map[string]string{"text_input": "nope/*.txt", "output": "y"}, "no file matches nope/*.txt"},
		{"no output", map[string]string{"input": "x"}, "--output is required"},
		{"no shards", map[string]string{"input": "x", "output": "y", "shards": "0"}, "--shards must be at least 1"},
		{"bad zone", map[string]string{"input": "x", "output": "y", "tz": "Europe/Atlantis"}, "bad --tz"},
		{"bad ref", map[string]string{"input": "x", "output": "y", "ref": "gisteren"}, "bad reference time"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			setFlags(t, tc.flags)
			var stderr bytes.Buffer
			if code := run(context.Background(), &stderr); code != 2 {
				t.Errorf("run exited %d, want 2", code)
			}
			if !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("stderr %q does not say %q", stderr.String(), tc.want)
			}
		})
	}
}
