package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/draadnlp/draad/parse"
)

// testRecords are invented records of every shape, good and bad.
var testRecords = []string{
	`{"id":"a1","date":"Wed, 15 May 2019 04:42:00 GMT","title":"Kabinet valt over stikstof","paragraphs":["DEN HAAG (ANP) - Het kabinet is gisteravond gevallen. Premier Mark Rutte bood zijn ontslag aan.","\"We zijn er niet uitgekomen\", zei Rutte."]}`,
	`{"id":"a2","date":"2019-06-01","title":"Brand in Gent","text":"GENT 15/06 (belga) = Een brand heeft vanochtend een loods verwoest."}`,
	`{"id":"a3","title":"Zonder datum","paragraphs":["Morgen gaat de Tweede Kamer met reces."]}`,
	`{"id":"a4","date":"gisteren","title":"Slechte datum"}`,
	`{"id":"a5","date":"Sat, 15 Jun 2019 19:17:11 +0200","title":"Twee keer","text":"x","paragraphs":["y"]}`,
	`{"date":"2019-06-01","title":"Geen id"}`,
	`{"id":"a7","title":"Kapotte JSON"`,
	"{\"id\":\"a8\",\"title\":\"Oekra\xefne\"}",
	`{"id":1234,"date":"2019-06-01T10:00:00+02:00","title":"Numeriek id","paragraphs":["AMSTERDAM - De Dam was vol."]}`,
	``,
	`{"id":"a10","date":"Mon, 3 Jun 2019 09:00 CEST","title":"Laatste","paragraphs":["OSLO (ANP/AFP) - Noorwegen verhoogt het defensiebudget."]}`,
}

// outputLine is the part of an output line the tests look at.
type outputLine struct {
	ID        string `json:"id"`
	Line      int    `json:"line"`
	Error     string `json:"error"`
	Ref       string `json:"ref"`
	RefSource string `json:"ref_source"`
	Text      string `json:"text"`
}

func runRecordsCmd(t *testing.T, stdin string, args ...string) (code int, lines []string, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"parse"}, args...), strings.NewReader(stdin), &out, &errb)
	for l := range strings.Lines(out.String()) {
		lines = append(lines, strings.TrimSuffix(l, "\n"))
	}
	return code, lines, errb.String()
}

// TestParseRecords checks the output of -records: one line per record in
// order, error lines for the bad ones with their id or line number, the
// run going on after them, and exit status 1.
func TestParseRecords(t *testing.T) {
	path := writeFile(t, t.TempDir(), "r.jsonl", strings.Join(testRecords, "\n")+"\n")
	code, lines, stderr := runRecordsCmd(t, "", "-records", path, "-ref", "2026-11-28T12:00:00", "-j", "3")
	if code != 1 {
		t.Errorf("exit %d, want 1 (bad records)", code)
	}
	want := []outputLine{
		{ID: "a1", Ref: "2019-05-15T06:42:00+02:00", RefSource: "date"},
		{ID: "a2", Ref: "2019-06-01T00:00:00+02:00", RefSource: "date"},
		{ID: "a3", Ref: "2026-11-28T12:00:00+01:00", RefSource: "fallback"},
		{ID: "a4", Line: 4, Error: `bad record date "gisteren" (want RFC 1123 such as "Wed, 15 May 2019 04:42:00 GMT", RFC 3339 or 2006-01-02)`},
		{ID: "a5", Line: 5, Error: "bad record: both text and paragraphs"},
		{Line: 6, Error: "record has no id"},
		{ID: "a7", Line: 7, Error: "bad record: unexpected end of JSON input at byte 33"},
		{ID: "a8", Line: 8, Error: "invalid UTF-8 at byte 25"},
		{ID: "1234", Ref: "2019-06-01T10:00:00+02:00", RefSource: "date"},
		{ID: "a10", Ref: "2019-06-03T09:00:00+02:00", RefSource: "date"},
	}
	var got []outputLine
	for _, l := range lines {
		var o outputLine
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		got = append(got, o)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("-records output mismatch (-want +got):\n%s", diff)
	}
	for _, w := range []string{
		`r.jsonl:4 (id "a4"): bad record date "gisteren"`,
		`r.jsonl:6: record has no id`,
		`r.jsonl: 5 of 10 records bad`,
	} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
}

// TestParseRecordsOrder checks that the output is in input order and the
// same bytes whatever the number of workers.
func TestParseRecordsOrder(t *testing.T) {
	var sb strings.Builder
	for i := range 60 {
		fmt.Fprintf(&sb, `{"id":"r%d","date":"2019-06-%02d","title":"Bericht %d","paragraphs":["%s"]}`+"\n",
			i, 1+i%28, i, strings.Repeat("ROTTERDAM (ANP) - De haven groeit. ", 1+i%7))
		if i == 30 {
			sb.WriteString("{\"id\":\"kapot\",\n") // a bad record in the middle
		}
	}
	path := writeFile(t, t.TempDir(), "r.jsonl", sb.String())
	_, one, _ := runRecordsCmd(t, "", "-records", path, "-j", "1", "-ref", "2026-11-28T12:00:00")
	code, four, stderr := runRecordsCmd(t, "", "-records", path, "-j", "4", "-ref", "2026-11-28T12:00:00")
	if code != 1 || !strings.Contains(stderr, `r.jsonl:32 (id "kapot"): bad record`) {
		t.Errorf("exit %d, stderr %q; want 1 and the bad line 32", code, stderr)
	}
	if len(four) != 61 {
		t.Fatalf("%d output lines, want 61", len(four))
	}
	for i, l := range four {
		var o outputLine
		json.Unmarshal([]byte(l), &o)
		want := fmt.Sprintf("r%d", i)
		switch {
		case i == 31:
			want = "kapot" // read from the start of the broken line
		case i > 31:
			want = fmt.Sprintf("r%d", i-1)
		}
		if o.ID != want {
			t.Errorf("line %d: id %q, want %q", i+1, o.ID, want)
		}
	}
	if diff := cmp.Diff(one, four); diff != "" {
		t.Errorf("-j 1 and -j 4 differ (-j1 +j4):\n%s", diff)
	}
}

// TestParseRecordsEqualsFiles checks that each record's line holds the
// document that draad parse prints for a file holding the record's text
// (Record.Article, printed with -text) and its reference time: on the
// invented records, and on real articles when ../shared has them.
func TestParseRecordsEqualsFiles(t *testing.T) {
	recs := strings.Join(testRecords, "\n") + "\n"
	want := 5 // the good records among testRecords
	if real, ok := realRecords(t, 150); ok {
		recs += real
		want += 100 // most real articles parse
	}
	dir := t.TempDir()
	path := writeFile(t, dir, "r.jsonl", recs)
	_, lines, _ := runRecordsCmd(t, "", "-records", path, "-text", "-ref", "2026-11-28T12:00:00")
	n := 0
	for i, l := range lines {
		var head outputLine
		if err := json.Unmarshal([]byte(l), &head); err != nil {
			t.Fatal(err)
		}
		if head.Error != "" {
			continue
		}
		file := writeFile(t, dir, fmt.Sprintf("%d.txt", i), head.Text)
		var stdout, stderr bytes.Buffer
		if code := run([]string{"parse", "-ref", head.Ref, file}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("draad parse %s: exit %d: %s", file, code, stderr.String())
		}
		var fromRecord, fromFile map[string]any
		json.Unmarshal([]byte(l), &fromRecord)
		json.Unmarshal(stdout.Bytes(), &fromFile)
		for _, k := range []string{"id", "ref", "ref_source", "text"} {
			delete(fromRecord, k)
		}
		delete(fromFile, "file")
		if diff := cmp.Diff(fromFile, fromRecord); diff != "" {
			t.Errorf("record %s: -records and draad parse on its text differ (-file +record):\n%s", head.ID, diff)
		}
		n++
	}
	if n < want {
		t.Errorf("compared %d records, want at least %d", n, want)
	}
}

// realRecords returns the first n lines of nieuws-2019, if present.
func realRecords(t *testing.T, n int) (string, bool) {
	t.Helper()
	f, err := os.Open("../../../shared/data/nieuws-2019/nieuws-2019.jsonl.gz")
	if err != nil {
		t.Log("../shared/data/nieuws-2019 absent: checking invented records only")
		return "", false
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	var sb strings.Builder
	for i := 0; i < n && sc.Scan(); i++ {
		sb.WriteString(sc.Text() + "\n")
	}
	return sb.String(), sc.Err() == nil
}

// TestParseRecordsGzip checks that gzip input is recognised by its first
// bytes, whatever the file is called, and on standard input.
func TestParseRecordsGzip(t *testing.T) {
	plain := strings.Join(testRecords[:3], "\n") + "\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(plain))
	zw.Close()
	dir := t.TempDir()
	plainPath := writeFile(t, dir, "r.jsonl", plain)
	gzPath := writeFile(t, dir, "r-without-suffix", gz.String())
	_, want, _ := runRecordsCmd(t, "", "-records", plainPath, "-ref", "2026-11-28T12:00:00")
	for _, args := range [][]string{
		{"-records", gzPath},
		{"-records", "-"},
	} {
		code, got, stderr := runRecordsCmd(t, gz.String(), append(args, "-ref", "2026-11-28T12:00:00")...)
		if code != 0 {
			t.Errorf("%q: exit %d: %s", args, code, stderr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q: gzip output differs from plain (-plain +gzip):\n%s", args, diff)
		}
	}
}

// TestParseRecordsLongLine checks that a line over the cap is reported
// with its id as an error line, read through without being held, and
// that the records after it are parsed.
func TestParseRecordsLongLine(t *testing.T) {
	long := `{"id":"groot","title":"Te lang","text":"` + strings.Repeat("woord ", 2<<20) + `"}`
	in := testRecords[2] + "\n" + long + "\n" + testRecords[1] + "\n"
	path := writeFile(t, t.TempDir(), "r.jsonl", in)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	code, lines, stderr := runRecordsCmd(t, "", "-records", path, "-ref", "2026-11-28T12:00:00")
	runtime.ReadMemStats(&after)
	if code != 1 || len(lines) != 3 {
		t.Fatalf("exit %d, %d lines, stderr %q; want 1 and 3 lines", code, len(lines), stderr)
	}
	want := `{"id":"groot","line":2,"error":"record line too long: 12582954 bytes, over the cap of 1048576"}`
	if lines[1] != want {
		t.Errorf("line 2 = %s\nwant %s", lines[1], want)
	}
	if !strings.Contains(lines[2], `"id":"a2"`) {
		t.Errorf("the record after the long line is missing: %.100s", lines[2])
	}
	// The run allocates for the two small records and the reader's
	// buffers, not for the 12 MB line.
	if n := after.TotalAlloc - before.TotalAlloc; n > 12<<20 {
		t.Errorf("the run allocated %d bytes; the long line seems to be held", n)
	}
	// A smaller cap by flag.
	_, lines, _ = runRecordsCmd(t, "", "-records", path, "-max-record", "50", "-ref", "2026-11-28T12:00:00")
	if !strings.Contains(lines[0], `"error":"record line too long`) {
		t.Errorf("-max-record 50: line 1 = %.200s", lines[0])
	}
}

// TestParseRecordsBadFlags checks the usage errors of -records.
func TestParseRecordsBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-records", "a.jsonl", "b.txt"},
		{"-records", "a.jsonl", "-pretty"},
		{"-text"},
		{"-max-record", "10"},
		{"-records", "a.jsonl", "-max-record", "0"},
	} {
		if code, _, stderr := runRecordsCmd(t, "", args...); code != 2 {
			t.Errorf("draad parse %q: exit %d, want 2; stderr %q", args, code, stderr)
		}
	}
	if code, _, stderr := runRecordsCmd(t, "", "-records", filepath.Join(t.TempDir(), "missing")); code != 1 || !strings.Contains(stderr, "missing") {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
}

// TestParseRecordsBrokenGzip checks that a truncated gzip file keeps the
// records before the break and reports it.
func TestParseRecordsBrokenGzip(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	for range 200 {
		zw.Write([]byte(testRecords[2] + "\n"))
	}
	zw.Close()
	path := writeFile(t, t.TempDir(), "r.jsonl.gz", gz.String()[:gz.Len()-30])
	code, lines, stderr := runRecordsCmd(t, "", "-records", path, "-ref", "2026-11-28T12:00:00")
	if code != 1 || !strings.Contains(stderr, "unexpected EOF") || !strings.Contains(stderr, "not read") {
		t.Errorf("exit %d, stderr %q; want 1 and the gzip error", code, stderr)
	}
	if len(lines) < 150 {
		t.Errorf("%d lines before the break, want most of 200", len(lines))
	}
}

// TestProgressOff checks that no progress is reported when standard
// error is not a terminal, and that -progress forces it.
func TestProgressOff(t *testing.T) {
	path := writeFile(t, t.TempDir(), "r.jsonl", strings.Join(testRecords[:3], "\n")+"\n")
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Fatal("a regular file counts as a terminal")
	}
	if code := run([]string{"parse", "-records", path}, nil, &bytes.Buffer{}, f); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if b, _ := os.ReadFile(f.Name()); len(b) > 0 {
		t.Errorf("stderr is a file, yet got %q", b)
	}
	var stderr bytes.Buffer
	if code := run([]string{"parse", "-records", path}, nil, &bytes.Buffer{}, &stderr); code != 0 || stderr.Len() > 0 {
		t.Errorf("stderr is a buffer: exit %d, got %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"parse", "-records", path, "-progress"}, nil, &bytes.Buffer{}, &stderr); code != 0 || !strings.Contains(stderr.String(), "draad: 3 records · ") {
		t.Errorf("-progress: exit %d, got %q", code, stderr.String())
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 111607: "111,607", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestRecordParserSameBytes checks that the CLI writes the bytes of
// parse.RecordParser.AppendLine for a good record, the function other
// programs (a Beam pipeline) use.
func TestRecordParserSameBytes(t *testing.T) {
	path := writeFile(t, t.TempDir(), "r.jsonl", testRecords[0]+"\n")
	_, lines, _ := runRecordsCmd(t, "", "-records", path, "-ref", "2026-11-28T12:00:00")
	ref, _ := reference("2026-11-28T12:00:00", "Europe/Amsterdam")
	rp := &parse.RecordParser{Fallback: ref, Location: ref.Location()}
	b, err := rp.AppendLine(nil, []byte(testRecords[0]))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); got != lines[0]+"\n" {
		t.Errorf("AppendLine = %.300s\nCLI         %.300s", got, lines[0])
	}
}

// cancelAfter is a reader that cancels a context once it has given n
// bytes, as an interrupt would in the middle of a run.
type cancelAfter struct {
	r      io.Reader
	n      int
	cancel func()
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	if c.n <= 0 {
		c.cancel()
	} else if len(p) > c.n {
		p = p[:c.n]
	}
	k, err := c.r.Read(p)
	c.n -= k
	return k, err
}

// TestParseRecordsInterrupted checks that an interrupted run stops
// reading, writes the records done, whole and in order, and exits 130.
func TestParseRecordsInterrupted(t *testing.T) {
	var sb strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&sb, `{"id":"r%d","title":"Bericht","text":"OSLO (ANP) - Tekst."}`+"\n", i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := &cancelAfter{r: strings.NewReader(sb.String()), n: 100 << 10, cancel: cancel}
	var stdout, stderr bytes.Buffer
	rp := &parse.RecordParser{}
	code := runRecords(ctx, stdinName, in, &stdout, &stderr, rp, parse.MaxRecordLine, 2, false)
	if code != 130 || !strings.Contains(stderr.String(), "interrupted after") {
		t.Errorf("exit %d, stderr %q; want 130 and the interruption", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) == 0 || len(lines) >= 2000 {
		t.Fatalf("%d lines written, want some but not all", len(lines))
	}
	for i, l := range lines {
		var o outputLine
		if err := json.Unmarshal([]byte(l), &o); err != nil || o.ID != fmt.Sprint("r", i) {
			t.Fatalf("line %d: %q, %v; want record r%d whole", i+1, l, err, i)
		}
	}
}
