package ner

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// referenceTag tags a document the way training decodes it: every
// feature of every word is looked up one by one in the tables of each
// layer (no word cache, no summed rows, no aggregated classes), and
// Viterbi runs on 64-bit scores. The tagger must give the same labels.
func (m *Model) referenceTag(doc [][]string) [][]int {
	var segs [][]string
	var nseg []int
	for _, words := range doc {
		k := 0
		for len(words) > maxSegment {
			segs = append(segs, words[:maxSegment])
			words = words[maxSegment:]
			k++
		}
		segs = append(segs, words)
		nseg = append(nseg, k+1)
	}
	exs := make([]*example, len(segs))
	pred := map[*example][]int{}
	for s, words := range segs {
		exs[s] = m.makeExample(m, words, make([]string, len(words)), 0, 0)
		pred[exs[s]] = m.tagExample(m.first, exs[s])
	}
	ids := make([][]int, len(segs))
	for s, e := range exs {
		ids[s] = pred[e]
	}
	if m.second != nil {
		addDocFeatures(m, exs, pred)
		for s, e := range exs {
			ids[s] = m.tagExample(m.second, e)
		}
	}
	var out [][]int
	for _, k := range nseg {
		out = append(out, slices.Concat(ids[:k]...))
		ids = ids[k:]
	}
	return out
}

// identityDocs are invented documents that reach the corners of the
// tagger: sentence starts, empty sentences, repeated forms (the word
// cache), long words, odd bytes and a sentence longer than a segment.
func identityDocs() [][][]string {
	long := strings.Fields(strings.Repeat("Jan de Vries uit Gent zag Marie Peeters in Antwerpen bij de NAVO en zei dat het goed ging . ", 20))
	return [][][]string{
		benchDocOnly(),
		{{}, {"Jan"}, {}, {"Gent", "."}},
		{{"Premier", "Mark", "Rutte", "sprak", "in", "Den", "Haag", "met", "Angela", "Merkel", "."},
			{"Rutte", "zei", "dat", "Merkel", "het", "eens", "was", "."},
			{"RUTTE", "EN", "MERKEL", "IN", "BERLIJN"}},
		{{"Een" + strings.Repeat("x", 200), "Gent", "\xff\xfe", "É", "Ĳsselmeer", "2019", "10:30", "'s-Hertogenbosch", "Van", "der", "Berg"}},
		{long},
	}
}

func benchDocOnly() [][]string {
	d, _ := benchDoc()
	return d
}

func TestTagMatchesReference(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for i, doc := range identityDocs() {
		want, got := m.referenceTag(doc), m.tagIDs(doc)
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("doc %d: tagIDs differs from the reference (-want +got):\n%s", i, diff)
		}
	}
}

// TestTagMatchesReferenceCoNLL compares the tagger with the reference on
// every document of the CoNLL-2002 test sets, and so on real text.
func TestTagMatchesReferenceCoNLL(t *testing.T) {
	if testing.Short() {
		t.Skip("tags the CoNLL test sets twice")
	}
	dir := dataDir(t)
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"ned.testa", "ned.testb"} {
		diffs := 0
		for di, d := range readFile(t, filepath.Join(dir, f)) {
			doc := d.Words()
			want, got := m.referenceTag(doc), m.tagIDs(doc)
			if !slices.EqualFunc(want, got, func(a, b []int) bool { return slices.Equal(a, b) }) {
				diffs++
				if diffs <= 3 {
					t.Errorf("%s document %d: tagIDs differs from the reference (-want +got):\n%s", f, di, cmp.Diff(want, got))
				}
			}
		}
		if diffs > 0 {
			t.Errorf("%s: %d documents differ from the reference", f, diffs)
		}
	}
}

// TestViterbi32 compares the Viterbi of the tagger, unrolled and not,
// with the 64-bit one of training on random scores, with many ties.
func TestViterbi32(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.first.fast == nil {
		t.Fatal("the default model has no unrolled Viterbi")
	}
	nl := len(m.labels)
	rng := rand.New(rand.NewPCG(1, 2))
	generic := *m.first
	generic.fast = nil
	for trial := range 2000 {
		n := 1 + rng.IntN(40)
		spread := []int32{3, 50, 5000}[trial%3]
		em := make([]int32, n*nl)
		for i := range em {
			em[i] = rng.Int32N(2*spread) - spread
		}
		want := make([]int, n)
		m.viterbi(em, n, m.first.trans, want, make([]int32, n*nl), make([]int64, 2*nl))
		for _, l := range []*layer{m.first, &generic} {
			got := make([]int, n)
			if !m.viterbi32(em, n, l, got, make([]int32, n*nl)) {
				t.Fatalf("trial %d: viterbi32 refused scores within %d", trial, spread)
			}
			if !slices.Equal(want, got) {
				t.Fatalf("trial %d (unrolled %v): viterbi32 = %v, want %v", trial, l.fast != nil, got, want)
			}
		}
	}
}

// TestTagCacheFull tags a document with more distinct words than the
// word cache holds, so that it is compacted in the middle of the
// document.
func TestTagCacheFull(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var doc [][]string
	k := 0
	for len(doc)*12 < maxForms+2000 {
		var sent []string
		for range 12 {
			sent = append(sent, fmt.Sprintf("Naam%d", k), "van", fmt.Sprintf("plaats%d", k))[:len(sent)+1+k%2]
			k++
		}
		doc = append(doc, sent)
	}
	want, got := m.referenceTag(doc), m.tagIDs(doc)
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("tagIDs differs from the reference (-want +got):\n%s", diff)
	}
}

// TestTagCacheCompact tags documents in which a few words recur among
// many that occur once, so that the word cache is compacted several
// times, keeping the recurring words. The labels must stay those of the
// reference, and no recurring word may have to be added again.
func TestTagCacheCompact(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	common := []string{"De", "minister", "zei", "dat", "Jan", "de", "Vries", "in", "Amsterdam", "was", "."}
	wk := m.getWork()
	defer m.putWork(wk)
	wk.cache.reset()
	added0 := wk.cache.added
	k := 0
	for range 3 * maxForms / 100 {
		var doc [][]string
		for range 10 {
			sent := slices.Clone(common)
			for range 10 {
				sent = append(sent, fmt.Sprintf("Woord%d", k))
				k++
			}
			doc = append(doc, sent)
		}
		want := m.referenceTag(doc)
		got := slices.Clone(m.tagFlat(wk, doc))
		var flat []int
		for _, s := range want {
			flat = append(flat, s...)
		}
		if diff := cmp.Diff(flat, got); diff != "" {
			t.Fatalf("after %d words, tagFlat differs from the reference (-want +got):\n%s", k, diff)
		}
	}
	if k < 2*maxForms {
		t.Fatalf("only %d distinct words: the cache was not compacted twice", k)
	}
	// Each word was added once: the recurring ones were never forgotten.
	if got, want := wk.cache.added-added0, k+len(common); got != want {
		t.Errorf("the cache added %d forms for %d distinct words: recurring words were forgotten", got, want)
	}
}
