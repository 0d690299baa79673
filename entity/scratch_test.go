package entity

import (
	"reflect"
	"strings"
	"testing"
)

// TestScratchClean checks that the scratch memory in the pool holds
// nothing of the texts analysed before, also after a short text follows
// a long one (release clears only what a call wrote).
func TestScratchClean(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Minister Sigrid Kaag van Buitenlandse Zaken sprak in Den Haag met de NAVO. ", 400)
	short := "Mark Rutte bezocht Brussel en sprak met Ursula von der Leyen."
	for _, text := range []string{long, short, short, long, "", short} {
		m.Analyze(text)
		// Look at what the pool holds now: with the race detector it may
		// be empty or fresh, which passes too.
		var held []*scratch
		for range 4 {
			sc := scratchPool.Get().(*scratch)
			held = append(held, sc)
			for name, buf := range map[string]any{"toks": sc.toks, "sents": sc.sents, "ws": sc.ws, "spans": sc.spans, "wbuf": sc.wbuf, "doc": sc.doc} {
				v := reflect.ValueOf(buf)
				if v.Len() != 0 {
					t.Errorf("after Analyze(%.20q): pooled %s has length %d, want 0", text, name, v.Len())
				}
				v = v.Slice(0, v.Cap())
				for i := range v.Len() {
					if !v.Index(i).IsZero() {
						t.Fatalf("after Analyze(%.20q): pooled %s[%d] of %d is not zero: %v", text, name, i, v.Len(), v.Index(i))
					}
				}
			}
		}
		for _, sc := range held {
			scratchPool.Put(sc)
		}
	}
}
