package deveval

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txt")

// parts are the scorers, with their gold file, the reference script and
// the arguments and environment of its listing mode.
var parts = []struct {
	name, gold, script string
	seed               bool     // the script takes the seed page
	flags              []string // after the positional arguments
	env                string
}{
	{"datelines", "gold/datelines.json", "check_wire.py", false, nil, ""},
	{"entities", "gold/entities.json", "check_entities.py", true, nil, "VERBOSE=1"},
	{"quotes", "gold/quotes.json", "check_quotes.py", true, []string{"--list"}, ""},
}

// extract writes the archive's files to a new temporary folder, which
// then holds wire/, gold/, seed.txt and draad/ (the recorded output of
// draad parse for each text), and returns it.
func extract(t *testing.T, a *txtar.Archive) string {
	t.Helper()
	root := t.TempDir()
	for _, f := range a.Files {
		if f.Name == "want" {
			continue
		}
		p := filepath.Join(root, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// recorded returns a Parser that replays root/draad/PATH for the file
// root/PATH: its content is standard output, and PATH.exit, when there is
// one, holds the exit code on its first line and standard error after it.
func recorded(root string) Parser {
	return func(path string) Output {
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return Output{Stderr: err.Error(), Code: 1}
		}
		base := filepath.Join(root, "draad", rel)
		out, _ := os.ReadFile(base)
		if ex, err := os.ReadFile(base + ".exit"); err == nil {
			code, stderr, _ := strings.Cut(string(ex), "\n")
			n, _ := strconv.Atoi(code)
			return Output{Stdout: out, Stderr: stderr, Code: n}
		}
		return Output{Stdout: out}
	}
}

// fakeDraad is the same replay as a program, for the reference scorers.
const fakeDraad = `#!/usr/bin/env python3
import os, sys
root = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(root, "draad", os.path.relpath(os.path.abspath(sys.argv[-1]), root))
out = open(base, "rb").read() if os.path.exists(base) else b""
code = 0
if os.path.exists(base + ".exit"):
    c, _, err = open(base + ".exit", encoding="utf-8").read().partition("\n")
    sys.stderr.write(err)
    code = int(c)
sys.stdout.buffer.write(out)
sys.exit(code)
`

// score runs one part on the folder and returns what it prints in its
// listing mode, or "error: " and the error.
func score(root, part string) string {
	ev, err := New(Options{Dir: root, Seed: root + "/seed.txt", Parse: recorded(root)})
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	var b bytes.Buffer
	switch part {
	case "datelines":
		var r *DatelineReport
		if r, err = ev.Datelines(); err == nil {
			err = r.Write(&b, true)
		}
	case "entities":
		var r *EntityReport
		if r, err = ev.Entities(); err == nil {
			err = r.Write(&b, true)
		}
	case "quotes":
		var r *QuoteReport
		if r, err = ev.Quotes(); err == nil {
			err = r.Write(&b, true)
		}
	}
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	return b.String()
}

// scoredParts returns the parts whose gold the archive holds.
func scoredParts(a *txtar.Archive) []string {
	var out []string
	for _, p := range parts {
		if _, ok := golden.Section(a, p.gold); ok {
			out = append(out, p.name)
		}
	}
	return out
}

// TestGolden scores the invented mini-sets in testdata/*.txt. The want
// section holds, per scored part, what the part prints with -v, or the
// error. Where the reference scorers and python3 are present,
// TestReferenceScorers checks the same archives against them.
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata/*.txt", "want", *update, func(t *testing.T, a *txtar.Archive) []byte {
		root := extract(t, a)
		var b strings.Builder
		for _, p := range scoredParts(a) {
			out := score(root, p)
			// paths in errors name the temporary folder
			out = strings.ReplaceAll(out, root, "DIR")
			fmt.Fprintf(&b, "== %s ==\n%s", p, out)
		}
		return []byte(b.String())
	})
}

// referenceScorers returns the folder of the reference scorers and the
// python3 to run them, or skips the test.
func referenceScorers(t *testing.T) (dir, python string) {
	t.Helper()
	dir = golden.Shared(t, "data/nieuws-dev/score")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("python3 is absent (%v); skipping the comparison with the reference scorers", err)
	}
	return dir, python
}

// TestReferenceScorers runs the reference scorers of nieuws-dev on each
// mini-set, with draad replaced by a replay of the recorded output, and
// requires exactly what deveval prints: the same lines in listing mode, or
// a traceback where deveval gives an error.
func TestReferenceScorers(t *testing.T) {
	scripts, python := referenceScorers(t)
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			root := extract(t, a)
			draad := filepath.Join(root, "draad.py")
			if err := os.WriteFile(draad, []byte(fakeDraad), 0o755); err != nil {
				t.Fatal(err)
			}
			for _, p := range parts {
				if _, ok := golden.Section(a, p.gold); !ok {
					continue
				}
				args := []string{filepath.Join(scripts, p.script), draad, root}
				if p.seed {
					args = append(args, root+"/seed.txt")
				}
				args = append(args, p.flags...)
				cmd := exec.Command(python, args...)
				if p.env != "" {
					cmd.Env = append(os.Environ(), p.env)
				}
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				err := cmd.Run()
				var exit *exec.ExitError
				if err != nil && !errors.As(err, &exit) {
					t.Fatalf("%s: %v", p.script, err)
				}
				got := score(root, p.name)
				if strings.HasPrefix(got, "error: ") {
					if !strings.Contains(stderr.String(), "Traceback") {
						t.Errorf("%s: deveval gave %q, but the scorer ran:\n%s%s", p.script, got, stdout.String(), stderr.String())
					}
					continue
				}
				if stderr.Len() > 0 {
					t.Errorf("%s wrote to standard error:\n%s", p.script, stderr.String())
				}
				if diff := cmp.Diff(stdout.String(), got); diff != "" {
					t.Errorf("%s: deveval differs from the scorer (-scorer +deveval):\n%s", p.script, diff)
				}
			}
		})
	}
}

// TestNewErrors checks the options New refuses.
func TestNewErrors(t *testing.T) {
	parse := func(string) Output { return Output{} }
	tests := []struct {
		desc string
		opts Options
	}{
		{"no parser", Options{Dir: "x"}},
		{"no folder", Options{Parse: parse}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if _, err := New(tc.opts); err == nil || !strings.HasPrefix(err.Error(), "deveval: ") {
				t.Errorf("New(%+v) = %v, want a deveval error", tc.opts, err)
			}
		})
	}
}

// TestParseOnce checks that the three scorers share one parse per file.
func TestParseOnce(t *testing.T) {
	a, err := txtar.ParseFile("testdata/quotes.txt")
	if err != nil {
		t.Fatal(err)
	}
	root := extract(t, a)
	// the quotes archive has no entity gold: give its files empty ones
	ents := `{"a.txt": {"mentions": []}, "b.txt": {"mentions": []}, "c.txt": {"mentions": []}}`
	if err := os.WriteFile(filepath.Join(root, "gold", "entities.json"), []byte(ents), 0o644); err != nil {
		t.Fatal(err)
	}
	calls := map[string]int{}
	rec := recorded(root)
	ev, err := New(Options{Dir: root, Parse: func(p string) Output { calls[p]++; return rec(p) }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ev.Quotes(); err != nil {
		t.Fatal(err)
	}
	if _, err := ev.Entities(); err != nil {
		t.Fatal(err)
	}
	for p, n := range calls {
		if n != 1 {
			t.Errorf("%s parsed %d times, want once", p, n)
		}
	}
	if len(calls) != 3 {
		t.Errorf("parsed %d files, want 3: %v", len(calls), calls)
	}
}

// mapFS returns a ReadFile over the given files.
func mapFS(files map[string]string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		if d, ok := files[name]; ok {
			return []byte(d), nil
		}
		return nil, &os.PathError{Op: "open", Path: name, Err: os.ErrNotExist}
	}
}

// FuzzEvaluate feeds arbitrary gold, text and draad output to the three
// scorers: they must not panic, and every error must be a deveval error.
func FuzzEvaluate(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		sec := func(name string) string { d, _ := golden.Section(a, name); return string(d) }
		f.Add(sec("gold/datelines.json"), sec("gold/entities.json"), sec("gold/quotes.json"), sec("wire/a.txt"), sec("draad/wire/a.txt"))
	}
	f.Add(`{"datelines": {"a.txt": {"place": 1, "agencies": "ab"}}}`, `{"a.txt": {"mentions": [{"text": "", "type": "person", "occurrence": -3}]}}`,
		`{"a.txt": {"quotes": [{"text": "x", "speaker": " ", "speaker_alt": "xy"}], "ambiguous": [3]}}`, "x\xff\xe2\x82y", `[{"stories": [{"quotes": [{"kind": "direct", "text": "x", "start": 1e3, "end": true, "speaker": {"text": "y", "start": "0"}}]}]}]`)
	f.Fuzz(func(t *testing.T, dl, ents, quotes, text, out string) {
		ev, err := New(Options{
			Dir:  "d",
			Seed: "seed",
			Parse: func(string) Output {
				return Output{Stdout: []byte(out)}
			},
			ReadFile: mapFS(map[string]string{
				"d/gold/datelines.json": dl,
				"d/gold/pages.json":     `{"a.txt": {"ages": [], "first_item_headline": ""}}`,
				"d/gold/entities.json":  ents,
				"d/gold/quotes.json":    quotes,
				"d/wire/a.txt":          text,
				"seed":                  text,
			}),
		})
		if err != nil {
			t.Fatal(err)
		}
		check := func(r interface{ Write(io.Writer, bool) error }, err error) {
			t.Helper()
			if err != nil {
				if !strings.HasPrefix(err.Error(), "deveval: ") {
					t.Errorf("error %q lacks the deveval: prefix", err)
				}
				return
			}
			if err := r.Write(io.Discard, true); err != nil {
				t.Error(err)
			}
		}
		d, err := ev.Datelines()
		check(d, err)
		e, err := ev.Entities()
		check(e, err)
		q, err := ev.Quotes()
		check(q, err)
	})
}

// TestQuoteRules checks that the counts by rule add up to the speakers
// given and the speakers resolved to the right name.
func TestQuoteRules(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, fn := range files {
		a, err := txtar.ParseFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(scoredParts(a), "quotes") {
			continue
		}
		root := extract(t, a)
		ev, err := New(Options{Dir: root, Seed: root + "/seed.txt", Parse: recorded(root)})
		if err != nil {
			t.Fatal(err)
		}
		r, err := ev.Quotes()
		if err != nil {
			continue // the archives of scorer errors
		}
		n++
		given, right := 0, 0
		for _, c := range r.Rules {
			given += c.Given
			right += c.Right
		}
		resolved := r.Why["strict"] + r.Why["F1"] + r.Why["F2"] + r.Why["F3"]
		if given != r.Fair.SpeakerGiven || right != resolved {
			t.Errorf("%s: rules give %d right of %d, want %d of %d", fn, right, given, resolved, r.Fair.SpeakerGiven)
		}
	}
	if n == 0 {
		t.Error("no archive with quote gold")
	}
}

// TestWriteRules checks the order and the smoothing of the rule counts.
func TestWriteRules(t *testing.T) {
	r := &QuoteReport{Rules: map[string]*RuleCount{
		"colon":            {Right: 3, Given: 3},
		"verb-after-quote": {Right: 8, Given: 10},
		"aldus":            {Right: 2, Given: 3},
		"":                 {Right: 0, Given: 1},
	}}
	var b bytes.Buffer
	if err := r.WriteRules(&b); err != nil {
		t.Fatal(err)
	}
	want := `rule                  right/given  smoothed
verb-after-quote           8/10     0.75
aldus                      2/3      0.60
colon                      3/3      0.80
(none)                     0/1      0.33
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("WriteRules mismatch (-want +got):\n%s", diff)
	}
}
