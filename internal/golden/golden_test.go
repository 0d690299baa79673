package golden

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

func TestSections(t *testing.T) {
	a := txtar.Parse([]byte("comment\n-- input --\nhallo\n"))
	if got, ok := Section(a, "input"); !ok || string(got) != "hallo\n" {
		t.Errorf("Section(input) = %q, %v; want \"hallo\\n\", true", got, ok)
	}
	if _, ok := Section(a, "want.json"); ok {
		t.Error("Section(want.json) found a section that is not there")
	}
	SetSection(a, "want.json", []byte("{}\n"))
	SetSection(a, "input", []byte("dag\n"))
	want := "comment\n-- input --\ndag\n-- want.json --\n{}\n"
	if diff := cmp.Diff(want, string(txtar.Format(a))); diff != "" {
		t.Errorf("SetSection mismatch (-want +got):\n%s", diff)
	}
}

func TestRunUpdate(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte("-- input --\nabc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	upper := func(t *testing.T, a *txtar.Archive) []byte {
		in, _ := Section(a, "input")
		return []byte(string(in) + "!\n")
	}
	Run(t, filepath.Join(dir, "*.txt"), "want", true, upper)
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if want := "-- input --\nabc\n-- want --\nabc\n!\n"; string(b) != want {
		t.Errorf("after update: %q, want %q", b, want)
	}
	// The rewritten file now passes without -update.
	Run(t, filepath.Join(dir, "*.txt"), "want", false, upper)
}

func TestSharedSkips(t *testing.T) {
	ran := false
	t.Run("absent", func(t *testing.T) {
		Shared(t, "data/no-such-corpus-here")
		ran = true
	})
	if ran {
		t.Error("Shared did not skip for an absent corpus")
	}
}

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txt")

// TestGolden runs Run on this package's own testdata, the way the other
// packages use it: the want section holds the input's lines reversed.
func TestGolden(t *testing.T) {
	Run(t, "testdata/*.txt", "want", *update, func(t *testing.T, a *txtar.Archive) []byte {
		in, ok := Section(a, "input")
		if !ok {
			t.Fatal("no input section")
		}
		lines := strings.SplitAfter(strings.TrimSuffix(string(in), "\n"), "\n")
		var b strings.Builder
		for i := len(lines) - 1; i >= 0; i-- {
			b.WriteString(strings.TrimSuffix(lines[i], "\n") + "\n")
		}
		return []byte(b.String())
	})
}

func TestKeys(t *testing.T) {
	a := txtar.Parse([]byte("A case about ages: the prose line has a colon.\nref: 2026-03-02T09:00:00+01:00\nargs: parse -pretty\n-- input --\nx\n"))
	want := map[string]string{"ref": "2026-03-02T09:00:00+01:00", "args": "parse -pretty"}
	if diff := cmp.Diff(want, Keys(a)); diff != "" {
		t.Errorf("Keys mismatch (-want +got):\n%s", diff)
	}
}
