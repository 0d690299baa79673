package wordclass

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestGainMatchesLikelihood checks the exchange step against brute force:
// for every word and class, the gain that best computes must equal the
// change of the log-likelihood when the classes are recounted.
func TestGainMatchesLikelihood(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	c := NewCorpus()
	words := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	for range 60 {
		n := 2 + rng.IntN(8)
		s := make([]string, n)
		for i := range s {
			s[i] = words[rng.IntN(len(words))]
		}
		c.Add(s)
	}
	const C = 3
	st := newState(t, c, C)
	R := make([]int32, C)
	L := make([]int32, C)
	delta := make([]float64, C)
	for w := range int32(len(st.class)) {
		a := st.class[w]
		nzR, nzL := st.neighbourClasses(w, R, L, nil, nil)
		st.move(w, a, R, L, nzR, nzL, -1)
		st.best(w, R, L, nzR, nzL, delta, a)
		gains := make([]float64, C)
		for b := range int32(C) {
			gains[b] = gainAt(st, delta, b, st.wl[w], st.wr[w])
		}
		st.move(w, a, R, L, nzR, nzL, +1)
		base := st.loglik()
		for b := range int32(C) {
			st.class[w] = b
			st.rebuild()
			got := st.loglik() - base
			st.class[w] = a
			st.rebuild()
			wantGainDiff := gains[b] - gains[a]
			if math.Abs(got-wantGainDiff) > 1e-6 {
				t.Errorf("word %d from %d to %d: likelihood change %.6f, gain difference %.6f", w, a, b, got, wantGainDiff)
			}
		}
		for i := range R {
			R[i], L[i] = 0, 0
		}
	}
}

// newState builds the exchange state of c with the initial classes of
// Cluster.
func newState(t *testing.T, c *Corpus, C int) *state {
	t.Helper()
	var st *state
	_, err := cluster(c, Options{Classes: C, MinCount: 1, MaxIter: 1}, func(s *state) { st = s })
	if err != nil {
		t.Fatal(err)
	}
	return st
}
