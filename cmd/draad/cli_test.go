package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/timeexpr"
)

// TestTimesLongInput checks that draad times reads an input longer than
// maxWhole in pieces: the expressions of every piece are in one array,
// with offsets into the whole input, the same as a search of the whole
// text; with -lines, a line longer than maxLine is reported and skipped,
// the lines after it keep their numbers, and a Latin-1 line is decoded.
func TestTimesLongInput(t *testing.T) {
	defer func(w, p, l int) { maxWhole, pieceSize, maxLine = w, p, l }(maxWhole, pieceSize, maxLine)
	maxWhole, pieceSize, maxLine = 4<<10, 1<<10, 200
	var b strings.Builder
	for i := 0; b.Len() < 20<<10; i++ {
		fmt.Fprintf(&b, "Alinea %d. Het overleg begon op %d maart 2019 om 10.30 uur en duurde drie dagen.\n\n", i, i%28+1)
	}
	in := b.String()
	ref := "2019-06-01T12:00:00"
	var stdout, stderr bytes.Buffer
	if code := run([]string{"times", "-ref", ref, "-tz", "UTC", "-j", "2"}, strings.NewReader(in), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var got []timeexpr.Expr
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("output is not one JSON array: %v\n%.300s", err, stdout.String())
	}
	r, _ := timeexpr.ParseRef(ref, time.UTC)
	want := timeexpr.Find(in, r, timeexpr.WithDirection(timeexpr.Auto))
	if len(got) != len(want) || len(want) < 400 {
		t.Fatalf("%d expressions, want %d (at least 400)", len(got), len(want))
	}
	for i := range got {
		if got[i].Start != want[i].Start || got[i].Value != want[i].Value || in[got[i].Start:got[i].End] != got[i].Text {
			t.Fatalf("expression %d: got %v at %d, want %v at %d", i, got[i], got[i].Start, want[i], want[i].Start)
		}
	}

	lines := "vandaag\n" + strings.Repeat("x", 300) + "\ngisteren\n\xe9\xe9n dag later op maandag\n" + strings.Repeat("morgen\n", 1000)
	stdout.Reset()
	stderr.Reset()
	code := run([]string{"times", "-lines", "-ref", ref, "-tz", "UTC"}, strings.NewReader(lines), &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "-:2: line longer than 200 bytes") || strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("exit %d, stderr %q; want 1 and line 2 reported alone", code, stderr.String())
	}
	out := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(out) != 1004 || out[1] != "[]" || !strings.Contains(out[2], `"gisteren"`) || !strings.Contains(out[3], `"maandag"`) || !strings.Contains(out[1003], `"morgen"`) {
		t.Errorf("%d lines, want 1004 with [] for the long line and each line's own expressions: %.400q", len(out), out)
	}
}

// TestChunks checks that the pieces draad entities analyses tile the
// input, stay within the size and end between paragraphs where they can.
func TestChunks(t *testing.T) {
	text := strings.Repeat("Jan ging naar Amsterdam.\n\nDaarna naar Parijs. ", 50) + strings.Repeat("x", 300) + "é"
	prev := 0
	for start, end := range chunks(text, 200) {
		if start != prev || end <= start || end-start > 200 {
			t.Fatalf("piece [%d, %d) after %d", start, end, prev)
		}
		if end < len(text)-400 && !strings.HasSuffix(text[start:end], "\n\n") {
			t.Errorf("piece [%d, %d) does not end between paragraphs: %q", start, end, text[end-10:end])
		}
		prev = end
	}
	if prev != len(text) {
		t.Errorf("pieces end at %d, want %d", prev, len(text))
	}
}

// TestEntitiesPastSixteenMiB checks that draad entities analyses all of an
// input larger than the 16 MiB that entity.Model.Analyze takes at once.
func TestEntitiesPastSixteenMiB(t *testing.T) {
	if testing.Short() {
		t.Skip("17 MiB input")
	}
	filler := strings.Repeat("de kat zat op de mat en at een vis. ", (17<<20)/36)
	in := filler + "\n\nDaarna reisde hij naar Rotterdam.\n"
	var stdout, stderr bytes.Buffer
	code := run([]string{"entities", "-lexicon"}, strings.NewReader(in), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	want := fmt.Sprintf(`{"text":"Rotterdam","start":%d,"end":%d`, len(filler)+25, len(filler)+34)
	if !strings.Contains(stdout.String(), want) {
		t.Errorf("output lacks %s:\n%.300s", want, stdout.String())
	}
}

// TestFlagsAfterFiles checks that flags may follow the file names and
// that "--" ends the flags.
func TestFlagsAfterFiles(t *testing.T) {
	f := writeFile(t, t.TempDir(), "a.txt", "DEN HAAG (ANP) - Het kabinet valt.\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"parse", f, "-pretty", "-ref", "2026-11-28T12:00:00"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "\n  \"stories\": [") {
		t.Errorf("-pretty after the file name was not applied:\n%s", stdout.String())
	}
	// Every subcommand that reads files takes its flags after them too;
	// a flag read as a file name would fail to open.
	g := writeFile(t, t.TempDir(), "b.txt", "Het kabinet valt morgen.\n")
	for _, args := range [][]string{
		{"times", g, "-ref", "2026-11-28T12:00:00", "-tz", "UTC"},
		{"entities", g, "-j", "1"},
		{"tag", g, "-conll", g},
	} {
		stdout.Reset()
		stderr.Reset()
		if code := run(args, nil, &stdout, &stderr); code != 0 {
			t.Errorf("draad %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
		}
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"times", g, "-ref", "2026-11-28T12:00:00", "-tz", "UTC"}, nil, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "2026-11-29") {
		t.Errorf("draad times FILE -ref: exit %d, output %q; want morgen on 2026-11-29", code, stdout.String())
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"parse", "--", f, "-pretty"}, nil, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "draad: -pretty: open -pretty") {
		t.Errorf("after --: exit %d, stderr %q; want -pretty read as a file name", code, stderr.String())
	}
}

// TestHelpExitsZero checks that every subcommand prints its usage for -h
// and exits 0.
func TestHelpExitsZero(t *testing.T) {
	for _, c := range commands() {
		for _, h := range []string{"-h", "-help", "--help"} {
			var stdout, stderr bytes.Buffer
			if code := run([]string{c.name, h}, strings.NewReader(""), &stdout, &stderr); code != 0 || !strings.Contains(stderr.String(), "-") {
				t.Errorf("draad %s %s: exit %d, stderr %q; want 0 and a usage", c.name, h, code, stderr.String())
			}
		}
	}
}

func TestVersion(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-version"}, nil, &stdout, &stderr); code != 0 || !strings.HasPrefix(stdout.String(), "draad ") || !strings.Contains(stdout.String(), runtime.Version()) {
		t.Errorf("draad -version: exit %d, %q", code, stdout.String())
	}
}

// TestParseModel checks that draad parse takes a model written by
// entity.Model.Save, and refuses a file that is not one.
func TestParseModel(t *testing.T) {
	dir := t.TempDir()
	m, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := writeFile(t, dir, "my.ner", buf.String())
	bad := writeFile(t, dir, "bad.ner", "geen model")
	in := "DEN HAAG (ANP) - Premier Mark Rutte sprak in Brussel.\n"
	var stdout, stderr bytes.Buffer
	if code := run([]string{"parse", "-model", good}, strings.NewReader(in), &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), `"canonical":"Mark Rutte"`) {
		t.Errorf("parse -model: exit %d, stderr %q, stdout %.300s", code, stderr.String(), stdout.String())
	}
	stderr.Reset()
	if code := run([]string{"parse", "-model", bad}, strings.NewReader(in), io.Discard, &stderr); code != 1 || !strings.Contains(stderr.String(), "not a draad model file") {
		t.Errorf("parse -model with a bad file: exit %d, stderr %q", code, stderr.String())
	}
}

// TestModelBomb checks that a model file that inflates past the cap is
// refused while reading it through, without holding it in memory.
func TestModelBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("inflates 256 MiB")
	}
	// A gzip stream may hold several members; one member of 1 MiB of
	// zeros, repeated, inflates past the cap.
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	for range (maxModel >> 20) + 8 {
		buf.Write(member.Bytes())
	}
	path := writeFile(t, t.TempDir(), "bomb.ner", buf.String())
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var stderr bytes.Buffer
	code := run([]string{"parse", "-model", path}, strings.NewReader("x"), io.Discard, &stderr)
	runtime.ReadMemStats(&after)
	if code != 1 || !strings.Contains(stderr.String(), "decompresses to more than") {
		t.Errorf("exit %d, stderr %q; want 1 and the size error", code, stderr.String())
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 16<<20 {
		t.Errorf("refusing the bomb allocated %d bytes", n)
	}
}

// TestDictBounded checks that -dict reports a bounded number of bad lines
// and gives the line number of an overlong line.
func TestDictBounded(t *testing.T) {
	dir := t.TempDir()
	var sb strings.Builder
	sb.WriteString("person\tJan Jansen\n")
	sb.WriteString("person\t" + strings.Repeat("x", 100<<10) + "\n")
	for range 100000 {
		sb.WriteString("geen goede regel\n")
	}
	dict := writeFile(t, dir, "dict.tsv", sb.String())
	var stderr bytes.Buffer
	code := run([]string{"entities", "-lexicon", "-dict", dict}, strings.NewReader("x"), io.Discard, &stderr)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	got := stderr.String()
	if n := strings.Count(got, "\n"); n > 25 {
		t.Errorf("stderr has %d lines, want at most 25", n)
	}
	for _, want := range []string{"dict line 2: entity: bad dictionary entry: line longer than", "99981 more bad lines"} {
		if !strings.Contains(got, want) {
			t.Errorf("stderr lacks %q:\n%.2000s", want, got)
		}
	}
}

// TestNoTestDeps checks that the command links neither package testing
// nor go-cmp.
func TestNoTestDeps(t *testing.T) {
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command(goBin, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "testing" || strings.HasPrefix(dep, "github.com/google/go-cmp") {
			t.Errorf("draad links %s", dep)
		}
	}
}
