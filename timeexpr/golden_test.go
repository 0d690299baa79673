package timeexpr

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"golang.org/x/tools/txtar"

	"github.com/draadnlp/draad/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the want.json sections of testdata/*.txt")

// TestGolden runs Find over each testdata/*.txt archive. The comment holds
// "key: value" lines: ref (RFC 3339, required; results are in
// Europe/Amsterdam), direction, locale, and
// shared (a file under ../shared read as input, skipped when absent).
// Sections: "input" (unless shared is given) and "want.json".
func TestGolden(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	golden.Run(t, "testdata/*.txt", "want.json", *update, func(t *testing.T, a *txtar.Archive) []byte {
		var ref time.Time
		var opts []Option
		input, _ := golden.Section(a, "input")
		for _, l := range strings.Split(string(a.Comment), "\n") {
			k, v, ok := strings.Cut(l, ":")
			if !ok {
				continue
			}
			v = strings.TrimSpace(v)
			var err error
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
				if input, err = os.ReadFile(golden.Shared(t, v)); err != nil {
					t.Fatal(err)
				}
			}
		}
		if ref.IsZero() {
			t.Fatal("no ref: line in the comment")
		}
		got := Find(string(input), ref.In(loc), opts...)
		for _, e := range got {
			if e.Start < 0 || e.End > len(input) || e.Start > e.End || string(input[e.Start:e.End]) != e.Text {
				t.Errorf("span [%d:%d] of %q does not match the input", e.Start, e.End, e.Text)
			}
		}
		total += len(got)
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		return append(b, '\n')
	})
	t.Logf("%d expressions in the golden files", total)
}
