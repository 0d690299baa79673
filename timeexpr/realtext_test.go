package timeexpr

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRealText runs Find over the CoNLL-2002 Dutch news text (De Morgen,
// 2000), rebuilt from its tokens, and checks every span and date. It skips
// when the corpus is absent.
func TestRealText(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedData(t, "conll2002-nl"), "utf8", "ned.testa"))
	if err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	var text strings.Builder
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(l)
		switch {
		case len(f) == 0:
			text.WriteByte('\n')
		case f[0] != "-DOCSTART-":
			text.WriteString(f[0])
			text.WriteByte(' ')
		}
	}
	in := text.String()
	ref := time.Date(2000, 6, 2, 12, 0, 0, 0, time.UTC)
	Find("warm up", ref)
	start := time.Now()
	found := Find(in, ref, WithLocale(BE))
	d := time.Since(start)
	t.Logf("%d bytes, %d expressions, %v (%.1f MB/s)", len(in), len(found), d, float64(len(in))/d.Seconds()/1e6)
	if len(found) < 100 {
		t.Errorf("only %d expressions in a month of news", len(found))
	}
	prev := 0
	for _, e := range found {
		if e.Start < prev || in[e.Start:e.End] != e.Text {
			t.Fatalf("bad span %v", e)
		}
		prev = e.End
		for _, x := range []time.Time{e.From, e.To} {
			if !x.IsZero() && (x.Year() < 1000 || x.Year() > 2200) {
				t.Errorf("implausible year in %v", e)
			}
		}
	}
}
