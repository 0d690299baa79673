// Package golden holds the test machinery every draad package shares:
// txtar golden files with an -update mode, and the location of the corpora
// in ../shared next to the repository.
package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/draadnlp/draad/internal/repo"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// Shared returns the path of rel in <repo>/../shared, where the corpora
// (data/...) and the seed page (seed/...) sit next to the repository. It
// skips the test with a message when the path does not exist, so that
// tests pass on a machine without them.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	root, err := repo.Root()
	if err != nil {
		t.Skipf("corpus %s: %v; skipping", rel, err)
	}
	p := filepath.Join(root, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("corpus %s is absent (%v); skipping", p, err)
	}
	return p
}

// Section returns the data of the named file in a, and whether there is
// one.
func Section(a *txtar.Archive, name string) ([]byte, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

// SetSection sets the data of the named file in a, adding it at the end
// when there is none.
func SetSection(a *txtar.Archive, name string, data []byte) {
	for i, f := range a.Files {
		if f.Name == name {
			a.Files[i].Data = data
			return
		}
	}
	a.Files = append(a.Files, txtar.File{Name: name, Data: data})
}

// Run runs one subtest per txtar file matching pattern. For each, render
// computes the output from the archive (its "input" section, usually), and
// Run compares it with the archive's want section, reporting a diff as
// "(-want +got)". With update set, Run rewrites the want section instead;
// it never changes any other section.
func Run(t *testing.T, pattern, want string, update bool, render func(t *testing.T, a *txtar.Archive) []byte) {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no golden files match %s", pattern)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := render(t, a)
			if t.Failed() {
				return
			}
			if update {
				SetSection(a, want, got)
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			w, ok := Section(a, want)
			if !ok {
				t.Fatalf("%s: no %s section; run go test -update", file, want)
			}
			if diff := cmp.Diff(string(w), string(got)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", file, diff)
			}
		})
	}
}

// Keys returns the "key: value" lines of the archive's comment, such as
// "ref: 2026-03-02T09:00:00+01:00" or "args: parse -pretty", with keys and
// values trimmed. Other comment lines are prose and left out.
func Keys(a *txtar.Archive) map[string]string {
	keys := make(map[string]string)
	for l := range strings.Lines(string(a.Comment)) {
		k, v, ok := strings.Cut(l, ":")
		if !ok || strings.ContainsAny(k, " \t") || k == "" {
			continue
		}
		keys[k] = strings.TrimSpace(v)
	}
	return keys
}
