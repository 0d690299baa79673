package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/draadnlp/draad/internal/golden"
)

// floors are the lowest nieuws-dev figures TestEvalFloors accepts, each a
// little under what draad reached when it was set (in the comment). Raise
// them as the figures improve. The names are those of the reports'
// Figures, prefixed with the part.
var floors = []struct {
	figure string
	min    float64
}{
	{"datelines", 93.0 / 94},            // 94/94
	{"entities person P", 0.87},         // 0.883
	{"entities person R", 0.89},         // 0.904
	{"entities organisation F", 0.84},   // 0.861
	{"entities country F", 0.95},        // 0.976
	{"entities location F", 0.83},       // 0.855
	{"entities micro-F1", 0.875},        // 0.890
	{"entities canonical", 171.0 / 189}, // 174/189
	{"entities roles", 42.0 / 46},       // 44/46
	{"quotes quotes P", 0.97},           // 0.984
	{"quotes quotes R", 0.95},           // 0.962
	{"quotes speakers P", 0.96},         // 0.974 (speakers resolved to names)
	{"quotes speakers R", 0.86},         // 0.875
}

// ceilings are figures that must not rise above their bound.
var ceilings = []struct {
	figure string
	max    float64
}{
	{"datelines crashes", 0},
	{"datelines span errors", 0},
}

// nieuwsDev returns the nieuws-dev folder and the seed page, or skips.
func nieuwsDev(t testing.TB) (dir, seed string) {
	t.Helper()
	return golden.Shared(t, "data/nieuws-dev"), golden.Shared(t, "seed/buitenland-page.txt")
}

// figures evaluates draad on nieuws-dev in-process and returns every
// figure by part and name.
func figures(t *testing.T, dir, seed string) map[string]float64 {
	t.Helper()
	ev, err := newEvaluator(dir, seed)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	d, err := ev.Datelines()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range d.Figures() {
		if f.Name == "datelines" {
			out["datelines"] = f.Value
		} else {
			out["datelines "+f.Name] = f.Value
		}
	}
	e, err := ev.Entities()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range e.Figures() {
		out["entities "+f.Name] = f.Value
	}
	q, err := ev.Quotes()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range q.Figures() {
		out["quotes "+f.Name] = f.Value
	}
	return out
}

// TestEvalFloors fails when a nieuws-dev figure falls below its floor.
func TestEvalFloors(t *testing.T) {
	dir, seed := nieuwsDev(t)
	got := figures(t, dir, seed)
	for _, f := range floors {
		v, ok := got[f.figure]
		switch {
		case !ok:
			t.Errorf("no figure %q", f.figure)
		case v < f.min:
			t.Errorf("%s = %.3f, below its floor %.3f", f.figure, v, f.min)
		default:
			t.Logf("%-24s %.3f (floor %.3f)", f.figure, v, f.min)
		}
	}
	for _, c := range ceilings {
		if v, ok := got[c.figure]; !ok || v > c.max {
			t.Errorf("%s = %v, want at most %v", c.figure, v, c.max)
		}
	}
}

// TestEvalMatchesScorers builds draad from this tree, runs the three
// reference scorers of nieuws-dev on it in their listing modes, and
// requires draad eval -v to print exactly the same lines, figures and
// errors alike.
func TestEvalMatchesScorers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds draad and runs the Python scorers; skipped with -short")
	}
	dir, seed := nieuwsDev(t)
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("python3 is absent (%v); skipping the comparison with the reference scorers", err)
	}
	gocmd, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("go is absent (%v); cannot build draad for the reference scorers", err)
	}
	bin := filepath.Join(t.TempDir(), "draad")
	if out, err := exec.Command(gocmd, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	scorers := []struct {
		part, script string
		args         []string
		env          string
		figures      int // the number of lines of figures at the end
	}{
		{"datelines", "check_wire.py", []string{bin, dir}, "", 2},
		{"entities", "check_entities.py", []string{bin, dir, seed}, "VERBOSE=1", 6},
		{"quotes", "check_quotes.py", []string{bin, dir, seed, "--list"}, "", 4},
	}
	for _, s := range scorers {
		t.Run(s.part, func(t *testing.T) {
			cmd := exec.Command(python, append([]string{filepath.Join(dir, "score", s.script)}, s.args...)...)
			if s.env != "" {
				cmd.Env = append(os.Environ(), s.env)
			}
			var want, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &want, &stderr
			var exit *exec.ExitError
			if err := cmd.Run(); err != nil && !errors.As(err, &exit) || stderr.Len() > 0 {
				t.Fatalf("%s: %v\n%s", s.script, err, stderr.String())
			}
			var stdout, errs bytes.Buffer
			if code := run([]string{"eval", "-data", dir, "-seed", seed, "-v", s.part}, strings.NewReader(""), &stdout, &errs); code != 0 {
				t.Fatalf("draad eval %s: exit %d\n%s", s.part, code, errs.String())
			}
			header, got, _ := strings.Cut(stdout.String(), "\n")
			if header != s.part+" (as score/"+s.script+")" {
				t.Errorf("draad eval header %q", header)
			}
			if diff := cmp.Diff(want.String(), got); diff != "" {
				t.Errorf("draad eval -v %s differs from %s (-scorer +draad):\n%s", s.part, s.script, diff)
			}
			t.Logf("%s on the built binary, and draad eval, print:\n%s", s.script, lastLines(got, s.figures))
		})
	}
}

// lastLines returns the last n lines of s.
func lastLines(s string, n int) string {
	lines := strings.SplitAfter(strings.TrimSuffix(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "") + "\n"
}

func TestEvalArgs(t *testing.T) {
	tests := []struct {
		desc     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"unknown part", []string{"eval", "-data", ".", "headlines"}, 2, `unknown part "headlines"`},
		{"bad flag", []string{"eval", "-x"}, 2, "usage: draad eval"},
		{"no gold", []string{"eval", "-data", "testdata"}, 1, "no nieuws-dev gold in testdata"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, strings.NewReader(""), &stdout, &stderr); code != tc.wantCode {
				t.Errorf("run(%q) = %d, want %d", tc.args, code, tc.wantCode)
			}
			if !strings.Contains(stderr.String(), tc.wantErr) {
				t.Errorf("run(%q) stderr %q lacks %q", tc.args, stderr.String(), tc.wantErr)
			}
		})
	}
}

// TestEvalBadGold runs draad eval on a folder whose gold is broken: each
// part reports a deveval error, and the exit code is 1.
func TestEvalBadGold(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "gold"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "gold"), "datelines.json", `{"datelines": {"a.txt": null}}`)
	writeFile(t, filepath.Join(dir, "gold"), "pages.json", `{}`)
	writeFile(t, filepath.Join(dir, "gold"), "entities.json", `[]`)
	writeFile(t, filepath.Join(dir, "gold"), "quotes.json", "{\"a.txt\": \xff}")
	var stdout, stderr bytes.Buffer
	code := run([]string{"eval", "-data", dir}, strings.NewReader(""), &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"draad: deveval: open " + dir + "/wire/a.txt", "entities.json: want a JSON object", "quotes.json: invalid UTF-8"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr %q lacks %q", stderr.String(), want)
		}
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout %q, want nothing", stdout.String())
	}
}

// BenchmarkEval scores all of nieuws-dev, parsing each file once, as
// draad eval does.
func BenchmarkEval(b *testing.B) {
	dir, seed := nieuwsDev(b)
	b.ReportAllocs()
	for b.Loop() {
		ev, err := newEvaluator(dir, seed)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ev.Datelines(); err != nil {
			b.Fatal(err)
		}
		if _, err := ev.Entities(); err != nil {
			b.Fatal(err)
		}
		if _, err := ev.Quotes(); err != nil {
			b.Fatal(err)
		}
	}
}
