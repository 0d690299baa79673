package ner

import (
	"strings"
)

// Model is a trained named-entity tagger: an averaged structured
// perceptron over hashed word features, decoded with Viterbi under IOB2
// constraints, with an optional second pass that adds document-level
// features computed from the first pass. A Model is immutable after
// [Load], [Default] or [Train] and safe for concurrent use.
type Model struct {
	labels []string // internal labels; labels[0] is "O"
	types  []string // entity types, such as "LOC", "MISC", "ORG", "PER"
	allow  []bool   // allowed transitions, (len(labels)+1) x len(labels); last row is the start
	lex    table    // lowercase word hash -> lexical class
	clus   table    // lowercase word hash -> cluster id
	gaz    gazetteer
	first  *layer
	second *layer // nil for a one-pass model
	info   string // free-form description stored in the model file
}

// layer is the weights of one perceptron pass.
type layer struct {
	feats table   // feature hash -> row
	w     []int16 // row*nl + label
	trans []int32 // (nl+1)*nl, the last row scores the first label
	scale float32 // w = round(weight/scale)
}

// table is an open-addressing hash table from non-zero 64-bit keys to
// int32 values.
type table struct {
	keys []uint64
	vals []int32
	mask uint64
}

func newTable(n int) table {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return table{keys: make([]uint64, size), vals: make([]int32, size), mask: uint64(size - 1)}
}

func (t *table) put(k uint64, v int32) {
	if k == 0 {
		k = 1
	}
	for i := mix(k) & t.mask; ; i = (i + 1) & t.mask {
		if t.keys[i] == 0 || t.keys[i] == k {
			t.keys[i], t.vals[i] = k, v
			return
		}
	}
}

func (t *table) get(k uint64) (int32, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	if k == 0 {
		k = 1
	}
	for i := mix(k) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// len returns the number of keys in t.
func (t *table) len() int {
	n := 0
	for _, k := range t.keys {
		if k != 0 {
			n++
		}
	}
	return n
}

func (m *Model) lexClass(h uint64) uint8 {
	v, _ := m.lex.get(h)
	return uint8(v)
}

func (m *Model) clusterOf(h uint64) uint32 {
	v, _ := m.clus.get(h)
	return uint32(v)
}

// Types returns the entity types the model predicts, such as "LOC",
// "MISC", "ORG" and "PER".
func (m *Model) Types() []string { return append([]string(nil), m.types...) }

// makeLabels returns the IOB2 labels for types: "O", then B- and I- of
// each type.
func makeLabels(types []string) []string {
	labels := []string{"O"}
	for _, t := range types {
		labels = append(labels, "B-"+t, "I-"+t)
	}
	return labels
}

// makeAllow returns the IOB2 transition constraints: I-X may only follow
// B-X or I-X.
func makeAllow(labels []string) []bool {
	nl := len(labels)
	allow := make([]bool, (nl+1)*nl)
	for p := 0; p <= nl; p++ {
		for y := range nl {
			ok := true
			if strings.HasPrefix(labels[y], "I-") {
				ok = p < nl && labels[p] != "O" && labels[p][2:] == labels[y][2:]
			}
			allow[p*nl+y] = ok
		}
	}
	return allow
}

// emit adds the weights of feats for every label into dst (len nl).
func (l *layer) emit(feats []uint64, dst []int32, nl int) {
	for _, f := range feats {
		r, ok := l.feats.get(f)
		if !ok {
			continue
		}
		row := l.w[int(r)*nl : int(r)*nl+nl]
		for y, v := range row {
			dst[y] += int32(v)
		}
	}
}

// viterbi returns the best label sequence for the emission scores em
// (n x nl) under the transition scores and constraints.
func viterbi(em []int32, n, nl int, trans []int32, allow []bool, out []int, back []int32, score []int64) {
	if n == 0 {
		return
	}
	const neg = -1 << 60
	prev := score[:nl]
	cur := score[nl : 2*nl]
	for y := range nl {
		if allow[nl*nl+y] {
			prev[y] = int64(em[y]) + int64(trans[nl*nl+y])
		} else {
			prev[y] = neg
		}
	}
	for i := 1; i < n; i++ {
		for y := range nl {
			best, arg := int64(neg), int32(0)
			for p := range nl {
				if !allow[p*nl+y] || prev[p] == neg {
					continue
				}
				s := prev[p] + int64(trans[p*nl+y])
				if s > best {
					best, arg = s, int32(p)
				}
			}
			if best != neg {
				best += int64(em[i*nl+y])
			}
			cur[y] = best
			back[i*nl+y] = arg
		}
		prev, cur = cur, prev
	}
	best, arg := int64(neg), 0
	for y := range nl {
		if prev[y] > best {
			best, arg = prev[y], y
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*nl+arg])
		out[i-1] = arg
	}
}

// Tag returns one IOB2 tag per word of a sentence. It is TagDocument for a
// one-sentence document.
func (m *Model) Tag(words []string) []string {
	return m.TagDocument([][]string{words})[0]
}

// TagDocument returns IOB2 tags for the sentences of one document. A
// two-pass model tags the document once, then again with features that
// record how the same word was tagged elsewhere in the document.
func (m *Model) TagDocument(doc [][]string) [][]string {
	ids := m.tagIDs(doc)
	out := make([][]string, len(doc))
	for s, ys := range ids {
		tags := make([]string, len(ys))
		for i, y := range ys {
			tags[i] = m.labels[y]
		}
		out[s] = tags
	}
	return out
}

// work is scratch space for tagging one sentence.
type work struct {
	info  []wordInfo
	feats []uint64
	offs  []int
	em    []int32
	back  []int32
	score []int64
}

func (m *Model) tagIDs(doc [][]string) [][]int {
	var wk work
	infos := make([][]wordInfo, len(doc))
	ids := make([][]int, len(doc))
	for s, words := range doc {
		infos[s] = m.analyzeSentence(words, nil)
		ids[s] = make([]int, len(words))
		m.decode(&wk, m.first, words, infos[s], nil, ids[s])
	}
	if m.second == nil {
		return ids
	}
	dc := m.docContext(doc, infos, ids)
	out := make([][]int, len(doc))
	for s, words := range doc {
		out[s] = make([]int, len(words))
		m.decode(&wk, m.second, words, infos[s], dc.sentence(s), out[s])
	}
	return out
}

// decode tags one sentence with layer l. doc holds the document features
// of each word for a second pass, or nil.
func (m *Model) decode(wk *work, l *layer, words []string, info []wordInfo, doc [][]uint64, out []int) {
	n := len(words)
	if n == 0 {
		return
	}
	nl := len(m.labels)
	gaz := m.gaz.match(info)
	if cap(wk.em) < n*nl {
		wk.em = make([]int32, n*nl)
		wk.back = make([]int32, n*nl)
	}
	em := wk.em[:n*nl]
	clear(em)
	for i := range n {
		wk.feats = appendFeatures(wk.feats[:0], words, info, i, gaz)
		if doc != nil {
			wk.feats = append(wk.feats, doc[i]...)
		}
		l.emit(wk.feats, em[i*nl:i*nl+nl], nl)
	}
	if cap(wk.score) < 2*nl {
		wk.score = make([]int64, 2*nl)
	}
	viterbi(em, n, nl, l.trans, m.allow, out, wk.back[:n*nl], wk.score[:2*nl])
}
