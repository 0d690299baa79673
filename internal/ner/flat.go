package ner

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/draadnlp/draad/internal/ner/wordclass"
)

// FlatClasses maps words to flat (not hierarchical) word classes at one
// or more granularities, such as the k-means classes of word vectors at
// several k that draad vectors writes. The model uses the class of a word
// at each granularity as a feature.
type FlatClasses struct {
	ks    []int      // number of classes of each granularity
	words []string   // normalised words
	ids   [][]uint16 // per granularity, per word: its class, 0 to k-1
}

// maxFlatSets bounds the granularities of a FlatClasses.
const maxFlatSets = 8

// ReadFlatClasses reads a flat classes file: a "#k" line with the number
// of classes of each column, then "word<TAB>class<TAB>class..." lines,
// with classes from 0. Other lines that start with "#" are comments.
// Words are normalised with [wordclass.Normalize]; a word listed twice
// keeps its first classes.
func ReadFlatClasses(r io.Reader) (*FlatClasses, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	fc := &FlatClasses{}
	seen := map[string]bool{}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.HasPrefix(s, "#k\t") && fc.ks == nil {
			for _, f := range strings.Split(s, "\t")[1:] {
				k, err := strconv.Atoi(f)
				if err != nil || k < 1 || k > 1<<16 {
					return nil, fmt.Errorf("ner: classes line %d: bad k %q", line, f)
				}
				fc.ks = append(fc.ks, k)
			}
			if len(fc.ks) > maxFlatSets {
				return nil, fmt.Errorf("ner: classes line %d: more than %d class sets", line, maxFlatSets)
			}
			fc.ids = make([][]uint16, len(fc.ks))
			continue
		}
		if s == "" || s[0] == '#' {
			continue
		}
		if fc.ks == nil {
			return nil, fmt.Errorf("ner: classes line %d: no #k line before the words", line)
		}
		f := strings.Split(s, "\t")
		if len(f) != len(fc.ks)+1 || f[0] == "" {
			return nil, fmt.Errorf("ner: classes line %d: want a word and %d classes", line, len(fc.ks))
		}
		ids := make([]uint16, len(fc.ks))
		for i, v := range f[1:] {
			c, err := strconv.Atoi(v)
			if err != nil || c < 0 || c >= fc.ks[i] {
				return nil, fmt.Errorf("ner: classes line %d: bad class %q", line, v)
			}
			ids[i] = uint16(c)
		}
		w := wordclass.Normalize(f[0])
		if seen[w] {
			continue
		}
		seen[w] = true
		fc.words = append(fc.words, w)
		for i, c := range ids {
			fc.ids[i] = append(fc.ids[i], c)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return fc, nil
}

// Len returns the number of words.
func (fc *FlatClasses) Len() int { return len(fc.words) }

// Sets returns the number of classes of each granularity.
func (fc *FlatClasses) Sets() []int { return append([]int(nil), fc.ks...) }

// table returns the lookup table, word hash → word index + 1.
func (fc *FlatClasses) table() table {
	t := newTable(len(fc.words))
	for i, w := range fc.words {
		t.put(hashString(w), int32(i+1))
	}
	return t
}

// flatLookup returns the word index + 1 of w in the flat classes (0 for
// none): that of its own form, or else of its lowercase form.
func (m *Model) flatLookup(w, lower string) int32 {
	if m.flat == nil {
		return 0
	}
	if v := m.flatC.get(hashString(wordclass.Normalize(w))); v != 0 {
		return v
	}
	if lower != w {
		return m.flatC.get(hashString(wordclass.Normalize(lower)))
	}
	return 0
}

// flatFeatures appends the flat-class features of a word with flat index
// fi (word index + 1, not 0) at position d from the word being tagged:
// its class in each set.
func (m *Model) flatFeatures(dst []uint64, d int, fi int32) []uint64 {
	for s, ids := range m.flat.ids {
		dst = append(dst, feat2(fFlat, uint64(d+8)<<8|uint64(s), uint64(ids[fi-1])))
	}
	return dst
}

// writeFlat writes the flat classes of a model file: the number of sets
// and their k, the number of words, the words, then per set the class of
// each word as 2 bytes.
func (w *writer) flat(fc *FlatClasses) {
	if fc == nil {
		w.u32(0)
		return
	}
	w.u32(uint32(len(fc.ks)))
	for _, k := range fc.ks {
		w.u32(uint32(k))
	}
	w.u32(uint32(len(fc.words)))
	for _, word := range fc.words {
		w.str(word)
	}
	for _, ids := range fc.ids {
		for _, c := range ids {
			w.w.WriteByte(byte(c))
			w.w.WriteByte(byte(c >> 8))
		}
	}
}

func (r *reader) flat() *FlatClasses {
	ns := r.count(4)
	if ns == 0 || r.err != nil {
		return nil
	}
	if ns > maxFlatSets {
		r.err = fmt.Errorf("%w: %d flat class sets", ErrFormat, ns)
		return nil
	}
	fc := &FlatClasses{}
	for range ns {
		k := int(r.u32())
		if r.err == nil && (k < 1 || k > 1<<16) {
			r.err = fmt.Errorf("%w: %d flat classes", ErrFormat, k)
		}
		fc.ks = append(fc.ks, k)
	}
	n := r.count(4 + 2*ns)
	fc.words = make([]string, 0, n)
	for range n {
		fc.words = append(fc.words, r.str())
	}
	for s := range ns {
		p := r.take(2 * n)
		if r.err != nil {
			return nil
		}
		ids := make([]uint16, n)
		for i := range ids {
			ids[i] = uint16(p[2*i]) | uint16(p[2*i+1])<<8
			if int(ids[i]) >= fc.ks[s] {
				r.err = fmt.Errorf("%w: bad flat class", ErrFormat)
				return nil
			}
		}
		fc.ids = append(fc.ids, ids)
	}
	return fc
}
