package draadbeam_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/draadnlp/draad/beam/draadbeam"
	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/parse"
	"github.com/google/go-cmp/cmp"
)

// The tests run their pipelines on prism, in the test process.
func TestMain(m *testing.M) {
	ptest.Main(m)
}

// testRef is the fallback reference time of the tests, as draad parse
// -ref takes it.
const testRef = "2019-06-01T12:00:00"

// recordParser returns the RecordParser draad parse -records -ref testRef
// uses.
func recordParser(t *testing.T, opts draadbeam.ParseOptions) *parse.RecordParser {
	t.Helper()
	m, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	rp, err := opts.RecordParser(m)
	if err != nil {
		t.Fatal(err)
	}
	return rp
}

// appendLines returns the output lines, without line breaks, that
// RecordParser.AppendLine makes of the records in the file at path, and
// the error line of each bad record by line number.
func appendLines(t *testing.T, path string, maxLine int, rp *parse.RecordParser) (good []string, bad map[int]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bad = map[int]string{}
	rr := parse.NewRecordReader(f)
	rr.MaxLine = maxLine
	for l := range rr.All() {
		if l.Err != nil {
			continue
		}
		b, err := rp.AppendLine(nil, l.Data)
		line := strings.TrimSuffix(string(b), "\n")
		if err != nil {
			bad[l.N] = line
			continue
		}
		good = append(good, line)
	}
	if err := rr.Err(); err != nil {
		t.Fatal(err)
	}
	return good, bad
}

// anys returns lines as a []any for passert.Equals.
func anys(lines []string) []any {
	out := make([]any, len(lines))
	for i, l := range lines {
		out[i] = l
	}
	return out
}

func TestParseSameAsRecordParser(t *testing.T) {
	for _, opts := range []draadbeam.ParseOptions{
		{Ref: testRef},
		{Ref: "2019-06-01T12:00:00Z", Zone: "UTC", Text: true},
		{}, // no fallback: records without a date get no reference time
	} {
		want, bad := appendLines(t, "testdata/records.jsonl", 0, recordParser(t, opts))
		if len(want) != 6 || len(bad) != 0 {
			t.Fatalf("testdata/records.jsonl: %d good and %d bad records, want 6 and 0", len(want), len(bad))
		}
		for _, workers := range []int{1, 3} {
			opts.Workers = workers
			p, s := beam.NewPipelineWithRoot()
			articles, dead := draadbeam.Parse(s, opts, draadbeam.ReadRecords(s, "testdata/records.jsonl", 0))
			passert.Equals(s, articles, anys(want)...)
			passert.Empty(s, dead)
			if err := ptest.Run(p); err != nil {
				t.Errorf("options %+v: %v", opts, err)
			}
		}
	}
}

// deadLetter returns the dead-letter line of a record, with the message
// of the error line draad parse -records writes for it.
func deadLetter(t *testing.T, file string, line int, id, errorLine string) string {
	t.Helper()
	var e struct{ ID, Error string }
	if err := json.Unmarshal([]byte(errorLine), &e); err != nil || e.Error == "" {
		t.Fatalf("line %d: %q is not an error line: %v", line, errorLine, err)
	}
	if e.ID != id {
		t.Errorf("line %d: draad's error line has id %q, the test says %q", line, e.ID, id)
	}
	return draadbeam.DeadLetter{File: file, Line: line, ID: id, Error: e.Error}.String()
}

func TestBadRecordsGoToDeadLetter(t *testing.T) {
	const file = "testdata/bad.jsonl"
	rp := recordParser(t, draadbeam.ParseOptions{Ref: testRef})
	good, bad := appendLines(t, file, 300, rp)
	if len(good) != 2 {
		t.Fatalf("%s: %d good records, want 2", file, len(good))
	}
	// The bad records, by line (line 2 is blank and skipped, as draad
	// parse -records skips it); their messages are those of draad's error
	// lines, and the line over the cap is the reader's.
	wantDead := []string{
		deadLetter(t, file, 3, "b1", bad[3]),
		deadLetter(t, file, 4, "", bad[4]),
		deadLetter(t, file, 5, "b3", bad[5]),
		deadLetter(t, file, 6, "b4", bad[6]),
		deadLetter(t, file, 7, "", bad[7]),
		draadbeam.DeadLetter{File: file, Line: 8, ID: "b6", Error: "record line too long: 398 bytes, over the cap of 300"}.String(),
		deadLetter(t, file, 10, "b7", bad[10]),
	}
	p, s := beam.NewPipelineWithRoot()
	articles, dead := draadbeam.Parse(s, draadbeam.ParseOptions{Ref: testRef}, draadbeam.ReadRecords(s, file, 300))
	passert.Equals(s, articles, anys(good)...)
	passert.Equals(s, dead, anys(wantDead)...)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
}

func TestBrokenFilesGoToDeadLetter(t *testing.T) {
	dir := t.TempDir()
	// A gzip file cut off in the middle: the lines before the cut are
	// parsed, the cut is a dead letter.
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	records, err := os.ReadFile("testdata/records.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	zw.Write(records)
	zw.Close()
	cut := filepath.Join(dir, "cut.jsonl.gz")
	writeFile(t, cut, gz.Bytes()[:gz.Len()-20])
	// A zstd file, which draad does not read.
	zst := filepath.Join(dir, "archive.jsonl.zst")
	writeFile(t, zst, []byte("\x28\xb5\x2f\xfd rest of the frame"))

	p, s := beam.NewPipelineWithRoot()
	lines := beam.Flatten(s, draadbeam.ReadRecords(s, cut, 0), draadbeam.ReadRecords(s, zst, 0))
	articles, dead := draadbeam.Parse(s, draadbeam.ParseOptions{Ref: testRef}, lines)
	passert.Count(s, articles, "articles", 5) // the sixth breaks off
	passert.True(s, dead, isBrokenFileLetter)
	passert.Count(s, dead, "dead letters", 2)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
}

func init() {
	register.Function1x1(isBrokenFileLetter)
}

// isBrokenFileLetter reports whether line is the dead letter of one of
// the broken files of TestBrokenFilesGoToDeadLetter.
func isBrokenFileLetter(line string) bool {
	var d draadbeam.DeadLetter
	json.Unmarshal([]byte(line), &d)
	switch {
	case d.Line != 0:
		return false
	case strings.HasSuffix(d.File, "/cut.jsonl.gz"):
		return strings.Contains(d.Error, "unexpected EOF") && strings.HasSuffix(d.Error, "; the records after it are not read")
	case strings.HasSuffix(d.File, "/archive.jsonl.zst"):
		return strings.Contains(d.Error, "zstd") && strings.HasSuffix(d.Error, "; the records after it are not read")
	}
	return false
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestTexts(t *testing.T) {
	opts := draadbeam.ParseOptions{Ref: testRef}
	rp := recordParser(t, opts)
	var want []string
	for _, tc := range []struct {
		path, date, text string
	}{
		{"testdata/texts/2019/05/17/brug.txt", "2019-05-17", ""},
		{"testdata/texts/undated/veerpont.txt", "", ""},
		{"testdata/texts/undated/latin1.txt", "", "Café in Gouda heropend\n\nGOUDA - Het café aan de Markt in Gouda is zaterdag heropend.\n"},
	} {
		text := tc.text
		if text == "" {
			b, err := os.ReadFile(tc.path)
			if err != nil {
				t.Fatal(err)
			}
			text = string(b)
		}
		rec, err := json.Marshal(parse.Record{ID: tc.path, Date: tc.date, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		b, err := rp.AppendLine(nil, rec)
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		want = append(want, strings.TrimSuffix(string(b), "\n"))
	}
	p, s := beam.NewPipelineWithRoot()
	texts := draadbeam.TextOptions{DateFromPath: true}
	lines := beam.Flatten(s,
		draadbeam.ReadTexts(s, "testdata/texts/*/*/*/*.txt", texts),
		draadbeam.ReadTexts(s, "testdata/texts/undated/*.txt", texts))
	articles, dead := draadbeam.Parse(s, opts, lines)
	passert.Equals(s, articles, anys(want)...)
	passert.Empty(s, dead)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
}

func TestTextOverCap(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	lines := draadbeam.ReadTexts(s, "testdata/texts/2019/05/17/brug.txt", draadbeam.TextOptions{MaxBytes: 100})
	articles, dead := draadbeam.Parse(s, draadbeam.ParseOptions{Ref: testRef}, lines)
	passert.Empty(s, articles)
	passert.Equals(s, dead, draadbeam.DeadLetter{File: "testdata/texts/2019/05/17/brug.txt", Error: "text file over the cap of 100 bytes"}.String())
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
}

// draadBinary builds cmd/draad of the library this module replaces, once.
var draadBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "draadbeam-test")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "draad")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/draad")
	cmd.Dir = filepath.Join("..", "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", &buildError{out: out, err: err}
	}
	return bin, nil
})

type buildError struct {
	out []byte
	err error
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + string(e.out) }

// draadParse runs draad parse -records on the file at path with -ref
// testRef and returns its output lines.
func draadParse(t *testing.T, path string) []string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build draad with")
	}
	bin, err := draadBinary()
	if err != nil {
		t.Fatalf("building draad: %v", err)
	}
	cmd := exec.Command(bin, "parse", "-records", path, "-ref", testRef, "-progress=false")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("draad parse -records %s: %v", path, err)
	}
	if !bytes.HasSuffix(out, []byte("\n")) {
		t.Fatalf("draad parse -records %s: the output does not end in a line break", path)
	}
	return strings.Split(string(out[:len(out)-1]), "\n")
}

// readLines returns the lines of the files that match glob, gunzipped
// when their name ends in .gz, each without its line break. The bytes are
// kept as they are (a \r stays), and a file whose last line has no line
// break fails the test, so that comparing lines compares the files' bytes.
func readLines(t *testing.T, glob string) []string {
	t.Helper()
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Fatalf("no files match %s (%v)", glob, err)
	}
	var lines []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		if len(data) == 0 {
			continue
		}
		if data[len(data)-1] != '\n' {
			t.Errorf("%s does not end in a line break", name)
			data = append(data, '\n')
		}
		lines = append(lines, strings.Split(string(data[:len(data)-1]), "\n")...)
	}
	return lines
}

// TestBuildSameAsDraadParse runs the whole pipeline on the test records
// and compares its output file with what draad parse -records prints.
func TestBuildSameAsDraadParse(t *testing.T) {
	want := draadParse(t, "testdata/records.jsonl")
	dir := t.TempDir()
	c := draadbeam.Config{
		Records:    []string{"testdata/records.jsonl"},
		Parse:      draadbeam.ParseOptions{Ref: testRef},
		Output:     filepath.Join(dir, "articles.jsonl.gz"),
		Shards:     2,
		DeadLetter: filepath.Join(dir, "dead.jsonl"),
	}
	p, s := beam.NewPipelineWithRoot()
	if err := draadbeam.Build(s, c); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	compareLines(t, want, readLines(t, filepath.Join(dir, "articles-*-of-00002.jsonl.gz")))
	if dead := readLines(t, c.DeadLetter); len(dead) != 0 {
		t.Errorf("dead letters: %q, want none", dead)
	}
}

const nieuws2019 = "../../../shared/data/nieuws-2019/nieuws-2019.jsonl.gz"

// TestNieuws2019SameAsDraadParse runs the whole pipeline on 1,500 real
// articles, the first lines of nieuws-2019 (ordered by a hash of the id,
// so spread over the year and the sources), and checks that its output
// file holds the bytes draad parse -records prints for them: the same
// lines, byte for byte, in another order.
func TestNieuws2019SameAsDraadParse(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not parsing 1,500 real articles")
	}
	f, err := os.Open(nieuws2019)
	if err != nil {
		t.Skipf("skipping: the nieuws-2019 corpus is not here (%v); it is in ../shared/data/nieuws-2019 beside the repository", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sample := filepath.Join(dir, "sample.jsonl.gz")
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	const n = 1500
	for i := 0; i < n && sc.Scan(); i++ {
		zw.Write(sc.Bytes())
		zw.Write([]byte("\n"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	writeFile(t, sample, buf.Bytes())

	want := draadParse(t, sample)
	if len(want) != n {
		t.Fatalf("draad parse -records gave %d lines, want %d", len(want), n)
	}
	for _, l := range want {
		var r struct{ Error string }
		if json.Unmarshal([]byte(l), &r); r.Error != "" {
			t.Errorf("draad parse -records failed on a record: %s", l)
		}
	}
	c := draadbeam.Config{
		Records:    []string{sample},
		Parse:      draadbeam.ParseOptions{Ref: testRef},
		Output:     filepath.Join(dir, "articles.jsonl"),
		Shards:     3,
		DeadLetter: filepath.Join(dir, "dead.jsonl"),
	}
	p, s := beam.NewPipelineWithRoot()
	if err := draadbeam.Build(s, c); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles in %v on prism (%d cores)", n, time.Since(start).Round(time.Millisecond), runtime.GOMAXPROCS(0))
	got := readLines(t, filepath.Join(dir, "articles-*-of-00003.jsonl"))
	if dead := readLines(t, c.DeadLetter); len(dead) != 0 {
		t.Errorf("%d dead letters, want none; the first: %s", len(dead), dead[0])
	}
	compareLines(t, want, got)
}

// compareLines checks that got holds the lines of want, byte for byte, in
// any order, and reports the first few that differ by the record's id.
func compareLines(t *testing.T, want, got []string) {
	t.Helper()
	want, got = slices.Sorted(slices.Values(want)), slices.Sorted(slices.Values(got))
	if slices.Equal(want, got) {
		return
	}
	if len(got) != len(want) {
		t.Errorf("%d lines, want %d", len(got), len(want))
	}
	// The lines only one side has, by the id that opens them.
	id := func(l string) string {
		var r struct{ ID string }
		json.Unmarshal([]byte(l), &r)
		return r.ID
	}
	only := func(a, b []string) map[string]string {
		m := map[string]string{}
		for _, l := range a {
			if _, ok := slices.BinarySearch(b, l); !ok {
				m[id(l)] = l
			}
		}
		return m
	}
	onlyWant, onlyGot := only(want, got), only(got, want)
	t.Errorf("%d lines of draad parse -records are not in the output, and %d lines of the output are not draad's", len(onlyWant), len(onlyGot))
	shown := 0
	for _, k := range slices.Sorted(maps.Keys(onlyWant)) {
		if shown++; shown > 3 {
			break
		}
		t.Errorf("record %s differs from draad parse -records (-want +got):\n%s", k, cmp.Diff(onlyWant[k], onlyGot[k]))
	}
}
