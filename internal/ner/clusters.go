package ner

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/draadnlp/draad/internal/ner/wordclass"
)

// Clusters maps words to the bit strings of their hierarchical word
// classes (Brown clusters), as written by package wordclass or by
// wcluster. The model uses prefixes of the bit strings as features.
type Clusters struct {
	paths []string   // distinct bit strings, sorted
	words [][]string // words of each bit string
	n     int
}

// ReadClusters reads a paths file: "bits<TAB>word[<TAB>count]" a line.
// Words are normalised with [wordclass.Normalize]; a word listed twice
// keeps its first class.
func ReadClusters(r io.Reader) (*Clusters, error) {
	byPath := map[string][]string{}
	seen := map[string]bool{}
	err := wordclass.Read(r, func(word, path string) {
		word = wordclass.Normalize(word)
		if seen[word] {
			return
		}
		seen[word] = true
		byPath[path] = append(byPath[path], word)
	})
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return newClusters(byPath), nil
}

func newClusters(byPath map[string][]string) *Clusters {
	c := &Clusters{}
	for p := range byPath {
		c.paths = append(c.paths, p)
	}
	slices.Sort(c.paths)
	for _, p := range c.paths {
		c.words = append(c.words, byPath[p])
		c.n += len(byPath[p])
	}
	return c
}

// Len returns the number of words.
func (c *Clusters) Len() int { return c.n }

// Classes returns the number of distinct bit strings.
func (c *Clusters) Classes() int { return len(c.paths) }

// maxPathBits is the longest bit-string prefix the model keeps.
const maxPathBits = 24

// encodePath packs a bit string: its length (at most maxPathBits) in the
// top byte, its bits left-aligned in the low 24 bits.
func encodePath(p string) int32 {
	n := min(len(p), maxPathBits)
	v := uint32(n) << 24
	for i := range n {
		if p[i] == '1' {
			v |= 1 << (23 - i)
		}
	}
	return int32(v)
}

// pathPrefix returns the first k bits of an encoded path, or all of them
// when it is shorter, with the number of bits taken.
func pathPrefix(v uint32, k int) (bits uint32, n int) {
	n = min(int(v>>24), k)
	if n == 0 {
		return 0, 0
	}
	return (v & 0xffffff) >> (24 - n), n
}

// table builds the lookup table, word hash → class index (1 + the index
// of its path), and the encoded path of each class index.
func (c *Clusters) table() (table, []uint32) {
	t := newTable(c.n)
	paths := make([]uint32, len(c.paths)+1)
	for i, p := range c.paths {
		paths[i+1] = uint32(encodePath(p))
		for _, w := range c.words[i] {
			t.put(hashString(w), int32(i+1))
		}
	}
	return t, paths
}

// clusterLookup returns the class index of word w (0 for none): that of
// its own form, or else of its lowercase form ("Gisteren" at the start
// of a sentence).
func (m *Model) clusterLookup(w string, lower string) uint32 {
	if len(m.clusC.slots) == 0 {
		return 0
	}
	if v := m.clusC.get(hashString(wordclass.Normalize(w))); v != 0 {
		return uint32(v)
	}
	if lower != w {
		return uint32(m.clusC.get(hashString(wordclass.Normalize(lower))))
	}
	return 0
}

// writeClusters writes the clusters of a model file: the number of
// paths, then per path the path, the number of words and the words.
func (w *writer) clusters(c *Clusters) {
	if c == nil {
		w.u32(0)
		return
	}
	w.u32(uint32(len(c.paths)))
	for i, p := range c.paths {
		w.str(p)
		w.u32(uint32(len(c.words[i])))
		for _, word := range c.words[i] {
			w.str(word)
		}
	}
}

func (r *reader) clusters() *Clusters {
	np := r.count(5)
	if np == 0 {
		return nil
	}
	byPath := make(map[string][]string, np)
	for range np {
		p := r.str()
		if r.err == nil && (p == "" || strings.Trim(p, "01") != "") {
			r.err = fmt.Errorf("%w: bad cluster path", ErrFormat)
		}
		n := r.count(4)
		ws := make([]string, 0, n)
		for range n {
			ws = append(ws, r.str())
		}
		if r.err != nil {
			return nil
		}
		byPath[p] = append(byPath[p], ws...)
	}
	return newClusters(byPath)
}
