package draadbeam_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/draadnlp/draad/beam/draadbeam"
	"github.com/google/go-cmp/cmp"
)

func TestShardPath(t *testing.T) {
	for _, tc := range []struct {
		desc, path string
		i, n       int
		want       string
	}{
		{"one shard is the path", "out/articles.jsonl.gz", 0, 1, "out/articles.jsonl.gz"},
		{"before the extensions", "out/articles.jsonl.gz", 2, 4, "out/articles-00002-of-00004.jsonl.gz"},
		{"no extension", "gs://bucket/run/articles", 0, 2, "gs://bucket/run/articles-00000-of-00002"},
		{"dots in the directory", "out.d/v1.2/articles.jsonl", 1, 2, "out.d/v1.2/articles-00001-of-00002.jsonl"},
		{"hidden file", "out/.articles", 1, 2, "out/.articles-00001-of-00002"},
	} {
		if got := draadbeam.ShardPath(tc.path, tc.i, tc.n); got != tc.want {
			t.Errorf("%s: ShardPath(%q, %d, %d) = %q, want %q", tc.desc, tc.path, tc.i, tc.n, got, tc.want)
		}
	}
}

func TestWriteShards(t *testing.T) {
	var lines []string
	for i := range 100 {
		lines = append(lines, fmt.Sprintf(`{"id":"%d"}`, i))
	}
	dir := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	col := beam.CreateList(s, lines)
	draadbeam.Write(s, filepath.Join(dir, "many.jsonl.gz"), 3, col)
	draadbeam.Write(s, filepath.Join(dir, "one.jsonl"), 1, col)
	// More shards than lines: every shard is written, some empty.
	draadbeam.Write(s, filepath.Join(dir, "few.jsonl"), 4, beam.CreateList(s, lines[:2]))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		glob  string
		files int
		want  []string
	}{
		{"many-*-of-00003.jsonl.gz", 3, lines},
		{"one.jsonl", 1, lines},
		{"few-*-of-00004.jsonl", 4, lines[:2]},
	} {
		files, _ := filepath.Glob(filepath.Join(dir, tc.glob))
		if len(files) != tc.files {
			t.Errorf("%s: %d files, want %d", tc.glob, len(files), tc.files)
		}
		got := readLines(t, filepath.Join(dir, tc.glob))
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tc.want))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tc.glob, diff)
		}
	}
	for _, name := range []string{"many-00000-of-00003.jsonl.gz", "many-00001-of-00003.jsonl.gz", "many-00002-of-00003.jsonl.gz"} {
		if lines := readLines(t, filepath.Join(dir, name)); len(lines) == 0 {
			t.Errorf("%s is empty: 100 lines should spread over 3 shards", name)
		}
	}
}

func TestWriteDeadLetterSorted(t *testing.T) {
	letters := []string{
		draadbeam.DeadLetter{File: "b.jsonl", Line: 2, Error: "x"}.String(),
		draadbeam.DeadLetter{File: "a.jsonl", Line: 10, ID: "r10", Error: "x"}.String(),
		draadbeam.DeadLetter{File: "a.jsonl", Line: 9, ID: "r9", Error: "x"}.String(),
		draadbeam.DeadLetter{File: "a.jsonl", Error: "x; the records after it are not read"}.String(),
	}
	path := filepath.Join(t.TempDir(), "dead.jsonl")
	p, s := beam.NewPipelineWithRoot()
	draadbeam.WriteDeadLetter(s, path, beam.CreateList(s, letters))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	want := []string{letters[3], letters[2], letters[1], letters[0]}
	if diff := cmp.Diff(want, readLines(t, path)); diff != "" {
		t.Errorf("dead letters mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteEmpty(t *testing.T) {
	dir := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	none := beam.CreateList(s, []string{})
	draadbeam.Write(s, filepath.Join(dir, "articles.jsonl"), 1, none)
	draadbeam.WriteDeadLetter(s, filepath.Join(dir, "dead.jsonl"), none)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"articles.jsonl", "dead.jsonl"} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.Size() != 0 {
			t.Errorf("%s: %v, want an empty file", name, err)
		}
	}
}
