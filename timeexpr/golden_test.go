package timeexpr

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "time/tzdata"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want.json sections of testdata/*.txt")

// TestGolden runs Find over each testdata/*.txt archive. The comment holds
// "key: value" lines: ref (RFC 3339, required; results are in
// Europe/Amsterdam), direction, locale, and
// shared (a file under ../shared read as input, skipped when absent).
// Sections: "input" (unless shared is given) and "want.json".
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	total := 0
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var ref time.Time
			var opts []Option
			var input []byte
			for _, l := range strings.Split(string(a.Comment), "\n") {
				k, v, ok := strings.Cut(l, ":")
				if !ok {
					continue
				}
				v = strings.TrimSpace(v)
				switch k {
				case "ref":
					if ref, err = time.Parse(time.RFC3339, v); err != nil {
						t.Fatalf("bad ref: %v", err)
					}
				case "direction":
					var d Direction
					if err := d.UnmarshalText([]byte(v)); err != nil {
						t.Fatal(err)
					}
					opts = append(opts, WithDirection(d))
				case "locale":
					var l Locale
					if err := l.UnmarshalText([]byte(v)); err != nil {
						t.Fatal(err)
					}
					opts = append(opts, WithLocale(l))
				case "shared":
					p := filepath.Join(filepath.Dir(sharedData(t, "timeexpr")), "..", v)
					if input, err = os.ReadFile(p); err != nil {
						t.Skipf("shared input absent: %v", err)
					}
				}
			}
			if ref.IsZero() {
				t.Fatal("no ref: line in the comment")
			}
			loc, err := time.LoadLocation("Europe/Amsterdam")
			if err != nil {
				t.Fatal(err)
			}
			ref = ref.In(loc)
			wantIdx := -1
			for i, f := range a.Files {
				switch f.Name {
				case "input":
					input = f.Data
				case "want.json":
					wantIdx = i
				}
			}
			got := Find(string(input), ref, opts...)
			for _, e := range got {
				if e.Start < 0 || e.End > len(input) || e.Start > e.End || string(input[e.Start:e.End]) != e.Text {
					t.Errorf("span [%d:%d] of %q does not match the input", e.Start, e.End, e.Text)
				}
			}
			total += len(got)
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				b = append(b, '\n')
				if wantIdx < 0 {
					a.Files = append(a.Files, txtar.File{Name: "want.json"})
					wantIdx = len(a.Files) - 1
				}
				a.Files[wantIdx].Data = b
				if err := os.WriteFile(path, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if wantIdx < 0 {
				t.Fatal("no want.json section (run with -update)")
			}
			var want []Expr
			dec := json.NewDecoder(bytes.NewReader(a.Files[wantIdx].Data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&want); err != nil {
				t.Fatalf("want.json: %v", err)
			}
			// compare through JSON, as a reader of want.json would
			b, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			got = nil
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Find(%s) mismatch (-want +got):\n%s", path, diff)
			}
		})
	}
	t.Logf("%d expressions in %d golden files", total, len(files))
}
