package quote

import (
	"reflect"
	"strings"
	"testing"
)

// TestPoolClean checks that the memory a call returns to memPool is
// cleared as far as any call wrote it, so that no pooled buffer keeps an
// earlier document's text alive, also after a long document and then a
// short one (release clears only as far as the call wrote).
func TestPoolClean(t *testing.T) {
	long := strings.Repeat("„Het is klaar”, zei minister Jan de Vries dinsdag. Volgens hem gaat het goed. ", 300)
	short := "„Kort”, zei Piet Bos."
	for _, text := range []string{long, short, short, long, "", short} {
		Find(text, nil)
		var held []*callMem
		for range 4 {
			m := memPool.Get().(*callMem)
			held = append(held, m)
			if m.scratchUsed != 0 || m.sentsUsed != 0 {
				t.Errorf("after Find(%.20q): pooled marks %d, %d, want 0", text, m.scratchUsed, m.sentsUsed)
			}
			for name, buf := range map[string]any{"mentions": m.mentions, "toks": m.toks, "scratch": m.scratch, "sents": m.sents} {
				v := reflect.ValueOf(buf)
				if v.Len() != 0 {
					t.Errorf("after Find(%.20q): pooled %s has length %d, want 0", text, name, v.Len())
				}
				v = v.Slice(0, v.Cap())
				for i := range v.Len() {
					if !v.Index(i).IsZero() {
						t.Fatalf("after Find(%.20q): pooled %s[%d] of %d is not zero", text, name, i, v.Len())
					}
				}
			}
		}
		for _, m := range held {
			memPool.Put(m)
		}
	}
}
