package entity

import (
	"cmp"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestSortByFirst checks sortByFirst and sortByStart against the
// slices.SortFunc calls they stand for, on sorted and unsorted spans with
// and without ties.
func TestSortByFirst(t *testing.T) {
	ws := make([]word, 100)
	for i := range ws {
		ws[i] = word{start: 3 * i, end: 3*i + 2}
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		size := rnd.IntN(60)
		var spans []span
		for k := range size {
			var first int
			switch n % 3 {
			case 0:
				first = k // sorted
			case 1:
				first = k / 2 // sorted, with ties
			default:
				first = rnd.IntN(len(ws) - 1)
			}
			s := span{first: first, last: first + 1, canonical: strconv.Itoa(k)}
			if rnd.IntN(5) == 0 {
				s.subStart, s.subEnd = ws[first].start, ws[first].start+1
			}
			spans = append(spans, s)
		}
		want := slices.Clone(spans)
		slices.SortFunc(want, func(a, b span) int { return cmp.Compare(a.first, b.first) })
		got := slices.Clone(spans)
		sortByFirst(got)
		if !slices.Equal(got, want) {
			t.Errorf("sortByFirst(%v) = %v, want %v", spans, got, want)
		}
		want = slices.Clone(spans)
		slices.SortFunc(want, func(a, b span) int { return cmp.Compare(a.startByte(ws), b.startByte(ws)) })
		got = slices.Clone(spans)
		sortByStart(ws, got)
		if !slices.Equal(got, want) {
			t.Errorf("sortByStart(%v) = %v, want %v", spans, got, want)
		}
	}
}

// TestLowerFirst checks that hasLowerStart, which looks in lowerFirst,
// answers for every word that starts with a lower-case letter as a lookup
// in the whole index of first words does.
func TestLowerFirst(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for k := range m.lex.first {
		if r, _ := utf8.DecodeRuneInString(k); unicode.IsLower(r) {
			n++
			if !m.hasLowerStart(k) {
				t.Errorf("hasLowerStart(%q) = false, but a name starts with it", k)
			}
		}
	}
	if n == 0 {
		t.Error("no name of the lexicon starts in lower case; the test tests nothing")
	}
	for _, w := range []string{"de", "cd&v", "den", "do", "cd&w", "legers", "lever", "minister", "amsterdam", "volkskrant", "één", "über", ""} {
		_, want := m.lex.first[w]
		if got := m.hasLowerStart(w); got != want {
			t.Errorf("hasLowerStart(%q) = %v, want %v", w, got, want)
		}
	}
}
