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

// resolveRef is resolve as it was before it sorted indexes instead of
// spans: the reference for TestResolve.
func resolveRef(spans []span, sc *scratch) []span {
	if len(spans) == 0 {
		return spans
	}
	var lex []int
	for i, s := range spans {
		if s.prio == 1 {
			lex = append(lex, i)
		}
	}
	slices.SortFunc(lex, func(a, b int) int { return cmp.Compare(spans[a].first, spans[b].first) })
	drop := make([]bool, len(spans))
	for i, a := range spans {
		if a.prio != 0 {
			continue
		}
		k, _ := slices.BinarySearchFunc(lex, a.first, func(li, first int) int { return cmp.Compare(spans[li].first, first) })
		n, in := 0, -1
		for ; k < len(lex) && spans[lex[k]].first < a.last; k++ {
			b := spans[lex[k]]
			if b.last <= a.last && b.last-b.first < a.last-a.first {
				n++
				in = lex[k]
			}
		}
		switch {
		case n == 1:
			drop[in] = true
		case n > 1:
			drop[i] = true
		}
	}
	kept := spans[:0]
	for i, s := range spans {
		if !drop[i] {
			kept = append(kept, s)
		}
	}
	slices.SortStableFunc(kept, func(a, b span) int {
		if c := cmp.Compare(b.prio, a.prio); c != 0 {
			return c
		}
		return cmp.Compare(b.last-b.first, a.last-a.first)
	})
	maxWord := 0
	for _, s := range kept {
		maxWord = max(maxWord, s.last)
	}
	taken := make([]bool, maxWord)
	out := kept[:0]
	for _, s := range kept {
		ok := true
		for k := s.first; k < s.last; k++ {
			if taken[k] {
				ok = false
				break
			}
		}
		if ok {
			for k := s.first; k < s.last; k++ {
				taken[k] = true
			}
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b span) int { return cmp.Compare(a.first, b.first) })
	return out
}

// TestResolve checks resolve against resolveRef on random candidates:
// model chunks that do not overlap each other, lexicon matches that do
// not overlap each other, and user entries, as the passes before it make
// them.
func TestResolve(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	sc := new(scratch)
	for n := range 2000 {
		var spans []span
		for prio := range 3 {
			at := rnd.IntN(3)
			for at < 200 && rnd.IntN(40) > 0 {
				l := 1 + rnd.IntN(4)
				if rnd.IntN(2) == 0 {
					spans = append(spans, span{first: at, last: at + l, prio: prio, canonical: strconv.Itoa(len(spans))})
				}
				at += l + rnd.IntN(3)
				if prio == 2 {
					at += rnd.IntN(10) // user entries are rare
				}
			}
		}
		rnd.Shuffle(len(spans), func(i, j int) { spans[i], spans[j] = spans[j], spans[i] })
		want := resolveRef(slices.Clone(spans), sc)
		got := resolve(slices.Clone(spans), sc)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d: resolve(%v) = %v, want %v", n, spans, got, want)
		}
	}
}
