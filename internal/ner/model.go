package ner

import (
	"slices"
	"sync"
)

// Model is a trained named-entity tagger: an averaged structured
// perceptron over hashed word features, decoded with Viterbi under IOB2
// constraints, with an optional second pass that adds document-level
// features computed from the first pass. A Model is immutable after
// [Load], [Default] or [Train] and safe for concurrent use.
type Model struct {
	labels []string // internal labels; labels[0] is "O"
	out    []string // IOB2 tag of each internal label
	typeOf []int    // type index + 1 of each internal label, 0 for O
	scheme int
	// Allowed previous labels of each label y, flattened:
	// predFlat[predStart[y]:predStart[y+1]], with predTo giving y.
	predFlat  []int32
	predTo    []int32
	predStart []int
	types     []string // entity types, such as "LOC", "MISC", "ORG", "PER"
	allow     []bool   // allowed transitions, (len(labels)+1) x len(labels); last row is the start
	lex       table    // lowercase word hash -> lexical class
	clus      table    // normalised word hash -> class index
	clusPath  []uint32 // class index -> encoded class path, see encodePath
	clusters  *Clusters
	clusPre   []int // bit-string prefix lengths used as features of the word
	clusPreNb []int // and of its neighbours
	clusWin   int   // cluster features of the words up to clusWin away
	flat      *FlatClasses
	flatT     table // normalised word hash -> flat word index + 1
	flatWin   int   // flat-class features of the words up to flatWin away
	gaz       gazetteer
	first     *layer
	second    *layer // nil for a one-pass model
	info      string // free-form description stored in the model file

	// Tagging tables built by finalize from first and second.
	rows  rowTable // feature hash -> row of w
	w     []int16  // row*stride: first-pass weights, then second-pass
	two   bool     // whether w holds second-pass weights
	nrows int
	// lexC and clusC are compact copies of lex and clus for tagging,
	// built by finalize.
	lexC, clusC smallTable
	// flatC is the compact copy of flatT.
	flatC smallTable
	// clusAgg holds, for each position around a word and each class,
	// the summed rows of all its bit-string prefix features:
	// ((d+clusWin)*len(clusPath) + class)*stride. Tagging adds one row
	// per position instead of looking up every prefix feature.
	clusAgg []int32
	// edge holds the rows of the features of the positions around a
	// sentence (see edgeRows), stackRows those of the second pass's label
	// features (see stackRowTable).
	edge      []int32
	stackRows []int32
	pool      *sync.Pool // of *tagWork
}

// layer is the weights of one perceptron pass.
type layer struct {
	feats table   // feature hash -> row
	w     []int16 // row*nl + label
	trans []int32 // (nl+1)*nl, the last row scores the first label
	scale float32 // w = round(weight/scale)
	// maxTrans is the largest absolute transition score, set by
	// finalize, for viterbi32's overflow bound.
	maxTrans int64
	fast     *fastViterbi // set by finalize; nil for other label structures
}

// table is an open-addressing hash table from non-zero 64-bit keys to
// int32 values. Key and value share a slot so a lookup touches one cache
// line.
type table struct {
	slots []slot
	mask  uint64
}

type slot struct {
	key uint64
	val int32
}

func newTable(n int) table {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return table{slots: make([]slot, size), mask: uint64(size - 1)}
}

func (t *table) put(k uint64, v int32) {
	if k == 0 {
		k = 1
	}
	for i := mix(k) & t.mask; ; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.key == 0 || s.key == k {
			s.key, s.val = k, v
			return
		}
	}
}

func (t *table) get(k uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	if k == 0 {
		k = 1
	}
	// Keys are already well-mixed hashes, except the lexicon's FNV
	// hashes; mixing again is cheap.
	for i := mix(k) & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		switch s.key {
		case k:
			return s.val, true
		case 0:
			return 0, false
		}
	}
}

// len returns the number of keys in t.
func (t *table) len() int {
	n := 0
	for _, s := range t.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}

func (m *Model) lexClass(h uint64) int32 {
	if m.lexC.slots != nil {
		return m.lexC.get(h)
	}
	v, _ := m.lex.get(h)
	return v
}

// Types returns the entity types the model predicts, such as "LOC",
// "MISC", "ORG" and "PER".
func (m *Model) Types() []string { return append([]string(nil), m.types...) }

// Label schemes used inside a model. Output is always IOB2.
const (
	schemeBIO   = 0 // O, B-X, I-X
	schemeBILOU = 1 // O, B-X, I-X, L-X (last), U-X (unit)
)

// setLabels fills in the internal labels of m for its types and scheme:
// "O" first, then the labels of each type.
func (m *Model) setLabels(scheme int) {
	m.scheme = scheme
	prefixes := "BI"
	if scheme == schemeBILOU {
		prefixes = "BILU"
	}
	m.labels = []string{"O"}
	m.out = []string{"O"}
	m.typeOf = []int{0}
	for k, t := range m.types {
		for _, p := range prefixes {
			m.labels = append(m.labels, string(p)+"-"+t)
			o := "I-" + t
			if p == 'B' || p == 'U' {
				o = "B-" + t
			}
			m.out = append(m.out, o)
			m.typeOf = append(m.typeOf, k+1)
		}
	}
	nl := len(m.labels)
	m.allow = make([]bool, (nl+1)*nl)
	for p := 0; p <= nl; p++ {
		prev, ptype := byte('O'), 0
		if p < nl {
			prev, ptype = m.labels[p][0], m.typeOf[p]
		}
		for y := range nl {
			cur, ctype := m.labels[y][0], m.typeOf[y]
			// open: the previous label leaves an entity open.
			var open bool
			if scheme == schemeBILOU {
				open = prev == 'B' || prev == 'I'
			}
			var ok bool
			switch cur {
			case 'I', 'L':
				ok = (prev == 'B' || prev == 'I') && ptype == ctype
			default: // O, B, U
				ok = !open
			}
			m.allow[p*nl+y] = ok
		}
	}
	m.predFlat, m.predTo, m.predStart = nil, nil, make([]int, nl+1)
	for y := range nl {
		m.predStart[y] = len(m.predFlat)
		for p := range nl {
			if m.allow[p*nl+y] {
				m.predFlat = append(m.predFlat, int32(p))
				m.predTo = append(m.predTo, int32(y))
			}
		}
	}
	m.predStart[nl] = len(m.predFlat)
}

// encodeGold returns the internal labels for IOB tags.
func (m *Model) encodeGold(tags []string) []int {
	out := make([]int, len(tags))
	per := 2
	if m.scheme == schemeBILOU {
		per = 4
	}
	for _, c := range Chunks(tags) {
		k := slices.Index(m.types, c.Type)
		if k < 0 {
			continue
		}
		base := 1 + k*per
		if m.scheme == schemeBILOU && c.End-c.Start == 1 {
			out[c.Start] = base + 3
			continue
		}
		out[c.Start] = base
		for i := c.Start + 1; i < c.End; i++ {
			out[i] = base + 1
		}
		if m.scheme == schemeBILOU {
			out[c.End-1] = base + 2
		}
	}
	return out
}

// emit adds the weights of feats for every label into dst (len nl).
func (l *layer) emit(feats []uint64, dst []int32, nl int) {
	for _, f := range feats {
		r, ok := l.feats.get(f)
		if !ok {
			continue
		}
		row := l.w[int(r)*nl : int(r)*nl+nl]
		d := dst[:len(row)]
		for y, v := range row {
			d[y] += int32(v)
		}
	}
}

// viterbi returns the best label sequence for the emission scores em
// (n x nl) under the transition scores and the constraints of m.
func (m *Model) viterbi(em []int32, n int, trans []int32, out []int, back []int32, score []int64) {
	if n == 0 {
		return
	}
	nl := len(m.labels)
	const neg = -1 << 60
	// Scores live in fixed-size arrays indexed with a mask, so that the
	// inner loop needs no bounds checks (nl <= maxLabels < 32).
	var bufA, bufB [32]int64
	prev, cur := &bufA, &bufB
	for y := range nl {
		if m.allow[nl*nl+y] {
			prev[y] = int64(em[y]) + int64(trans[nl*nl+y])
		} else {
			prev[y] = neg
		}
	}
	// Predecessors and their transition scores in the order of the
	// flattened predecessor lists.
	var tkBuf [maxLabels * maxLabels]int32
	var pkBuf [maxLabels * maxLabels]uint8
	np := len(m.predFlat)
	tk, pk := tkBuf[:np], pkBuf[:np]
	for j, p := range m.predFlat {
		tk[j] = trans[int(p)*nl+int(m.predTo[j])]
		pk[j] = uint8(p) & 31
	}
	for i := 1; i < n; i++ {
		emi := em[i*nl : i*nl+nl]
		bi := back[i*nl : i*nl+nl]
		for y := range nl {
			lo, hi := m.predStart[y], m.predStart[y+1]
			best, arg := int64(neg), uint8(0)
			ps, ts := pk[lo:hi], tk[lo:hi]
			ts = ts[:len(ps)]
			for k, p := range ps {
				if s := prev[p&31] + int64(ts[k]); s > best {
					best, arg = s, p
				}
			}
			if best > neg/2 {
				best += int64(emi[y])
			} else {
				best = neg
			}
			cur[y&31] = best
			bi[y] = int32(arg)
		}
		prev, cur = cur, prev
	}
	best, arg := int64(neg), 0
	for y := range nl {
		if prev[y&31] > best {
			best, arg = prev[y&31], y
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
	flat := m.AppendTags(nil, doc)
	out := make([][]string, len(doc))
	for s, words := range doc {
		n := len(words)
		out[s], flat = flat[:n:n], flat[n:]
	}
	return out
}

// AppendTags is TagDocument with the tags of all sentences one after
// another, appended to dst: it allocates nothing when dst has room.
func (m *Model) AppendTags(dst []string, doc [][]string) []string {
	wk := m.getWork()
	defer m.putWork(wk)
	for _, y := range m.tagFlat(wk, m.segments(wk, doc)) {
		dst = append(dst, m.out[y])
	}
	return dst
}

// tagIDs returns the internal labels of the words of doc.
func (m *Model) tagIDs(doc [][]string) [][]int {
	wk := m.getWork()
	defer m.putWork(wk)
	ys := m.tagFlat(wk, m.segments(wk, doc))
	out := make([][]int, len(doc))
	for s, words := range doc {
		out[s] = append([]int(nil), ys[:len(words)]...)
		ys = ys[len(words):]
	}
	return out
}

// maxSegment is the longest run of words decoded at once. Longer
// sentences (run-on text, tables, garbage) are cut into segments, which
// bounds the scratch memory per sentence.
const maxSegment = 256

// segments returns doc, or, when it has sentences longer than
// maxSegment, its sentences cut into segments, in order.
func (m *Model) segments(wk *tagWork, doc [][]string) [][]string {
	long := false
	for _, words := range doc {
		if len(words) > maxSegment {
			long = true
			break
		}
	}
	if !long {
		return doc
	}
	segs := wk.segs[:0]
	for _, words := range doc {
		for len(words) > maxSegment {
			segs = append(segs, words[:maxSegment])
			words = words[maxSegment:]
		}
		segs = append(segs, words)
	}
	wk.segs = segs
	return segs
}

// maxAggClasses bounds the classes whose prefix features are summed
// ahead for tagging (memory: positions × classes × stride int32s).
const maxAggClasses = 1 << 14

// maxLabels is the most internal labels a model has: O and four BILOU
// labels for each of at most 7 types.
const maxLabels = 1 + 4*7

// addSum adds src to dst.
func addSum(dst, src []int32) {
	if len(src) == bilou4 {
		d, s := (*[bilou4]int32)(dst), (*[bilou4]int32)(src)
		d[0], d[1], d[2], d[3] = d[0]+s[0], d[1]+s[1], d[2]+s[2], d[3]+s[3]
		d[4], d[5], d[6], d[7] = d[4]+s[4], d[5]+s[5], d[6]+s[6], d[7]+s[7]
		d[8], d[9], d[10], d[11] = d[8]+s[8], d[9]+s[9], d[10]+s[10], d[11]+s[11]
		d[12], d[13], d[14], d[15] = d[12]+s[12], d[13]+s[13], d[14]+s[14], d[15]+s[15]
		d[16] += s[16]
		return
	}
	dst = dst[:len(src)]
	i := 0
	for ; i+4 <= len(src); i += 4 {
		s := src[i : i+4 : i+4]
		d := dst[i : i+4 : i+4]
		d[0] += s[0]
		d[1] += s[1]
		d[2] += s[2]
		d[3] += s[3]
	}
	for ; i < len(src); i++ {
		dst[i] += src[i]
	}
}

// bilou4 is the number of labels of a BILOU model of four entity types,
// the shape of the shipped model: O and B, I, L, U of each type.
const bilou4 = 17

// addRow adds the weights of row to dst, four at a time.
func addRow(dst []int32, row []int16) {
	if len(row) == bilou4 {
		// The rows of a BILOU model of four types, straight through.
		d, r := (*[bilou4]int32)(dst), (*[bilou4]int16)(row)
		d[0], d[1], d[2], d[3] = d[0]+int32(r[0]), d[1]+int32(r[1]), d[2]+int32(r[2]), d[3]+int32(r[3])
		d[4], d[5], d[6], d[7] = d[4]+int32(r[4]), d[5]+int32(r[5]), d[6]+int32(r[6]), d[7]+int32(r[7])
		d[8], d[9], d[10], d[11] = d[8]+int32(r[8]), d[9]+int32(r[9]), d[10]+int32(r[10]), d[11]+int32(r[11])
		d[12], d[13], d[14], d[15] = d[12]+int32(r[12]), d[13]+int32(r[13]), d[14]+int32(r[14]), d[15]+int32(r[15])
		d[16] += int32(r[16])
		return
	}
	dst = dst[:len(row)]
	i := 0
	for ; i+4 <= len(row); i += 4 {
		r := row[i : i+4 : i+4]
		d := dst[i : i+4 : i+4]
		d[0] += int32(r[0])
		d[1] += int32(r[1])
		d[2] += int32(r[2])
		d[3] += int32(r[3])
	}
	for ; i < len(row); i++ {
		dst[i] += int32(row[i])
	}
}

// rowTable is a compact open-addressing table from feature hashes to
// rows, used for tagging: each slot packs a 32-bit fingerprint of the
// hash with the row number plus one, so a lookup reads one 8-byte slot per
// probe. Two hashes with the same slot chain and fingerprint would
// collide; at 2^-32 per probe that is harmless.
type rowTable struct {
	slots []uint64
	mask  uint64
}

func newRowTable(n int) rowTable {
	size := 16
	for size < n+n/2 {
		size <<= 1
	}
	return rowTable{slots: make([]uint64, size), mask: uint64(size - 1)}
}

// fingerprint splits a feature hash, which feat has already mixed, into
// a slot index (low bits) and a non-zero fingerprint (high bits).
func fingerprint(h uint64) (idx, fp uint64) {
	return h, (h >> 32) | 1<<31
}

// get returns the row of h.
func (t *rowTable) get(h uint64) (int, bool) {
	i, fp := fingerprint(h)
	for i &= t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s>>32 == fp {
			return int(uint32(s)) - 1, true
		}
	}
}

func (t *rowTable) put(h uint64, row int) {
	i, fp := fingerprint(h)
	for i &= t.mask; ; i = (i + 1) & t.mask {
		if s := t.slots[i]; s == 0 || s>>32 == fp {
			t.slots[i] = fp<<32 | uint64(row+1)
			return
		}
	}
}

// finalize builds the tagging tables: one feature table for both passes,
// whose rows hold the weights of both passes side by side (zero where a
// pass lacks the feature), so that one lookup and one cache line serve
// both passes.
func (m *Model) finalize() {
	m.lexC, m.clusC, m.gaz.c = m.lex.compact(), m.clus.compact(), m.gaz.t.compact()
	m.flatC = smallTable{}
	if m.flat != nil {
		m.flatC = m.flatT.compact()
	}
	nl := len(m.labels)
	layers := []*layer{m.first}
	if m.second != nil {
		layers = append(layers, m.second)
	}
	m.two = m.second != nil
	for _, l := range layers {
		l.fast = m.newFastViterbi(l.trans)
		l.maxTrans = 0
		for _, t := range l.trans {
			l.maxTrans = max(l.maxTrans, int64(t), -int64(t))
		}
	}
	union := map[uint64]int{}
	var keys []uint64
	for _, l := range layers {
		for _, sl := range l.feats.slots {
			if sl.key == 0 {
				continue
			}
			if _, ok := union[sl.key]; !ok {
				union[sl.key] = len(keys)
				keys = append(keys, sl.key)
			}
		}
	}
	m.rows = newRowTable(len(keys))
	for r, k := range keys {
		m.rows.put(k, r)
	}
	stride := nl * len(layers)
	m.w = make([]int16, len(keys)*stride)
	m.nrows = len(keys)
	for li, l := range layers {
		for _, sl := range l.feats.slots {
			if sl.key != 0 {
				r := union[sl.key]
				copy(m.w[r*stride+li*nl:r*stride+li*nl+nl], l.w[int(sl.val)*nl:int(sl.val)*nl+nl])
			}
		}
	}
	m.clusAgg = nil
	if len(m.clusPre) > 0 && len(m.clusPath) > 1 && len(m.clusPath) <= maxAggClasses {
		np := len(m.clusPath)
		m.clusAgg = make([]int32, (2*m.clusWin+1)*np*stride)
		for d := -m.clusWin; d <= m.clusWin; d++ {
			for c := 1; c < np; c++ {
				o := ((d+m.clusWin)*np + c) * stride
				for _, f := range m.clusterFeatures(nil, d, m.clusPath[c]) {
					if r, ok := m.rows.get(f); ok {
						addRow(m.clusAgg[o:o+stride], m.w[r*stride:r*stride+stride])
					}
				}
			}
		}
	}
	m.edge, m.stackRows = m.edgeRows(), m.stackRowTable()
	// A new pool: caches filled with the weights before are dropped.
	m.pool = &sync.Pool{}
}

// smallTable is a compact read-only hash table from word hashes to
// values below 2^24, for the per-word look-ups of tagging: each 8-byte
// slot packs a 40-bit fingerprint of the hash with the value, so the
// table is half the size of a [table] at a lower load and a look-up reads
// one word per probe. Two hashes with the same slot chain and
// fingerprint would collide; at 2^-40 per probe that is harmless.
type smallTable struct {
	slots []uint64
	mask  uint64
}

// compact builds the smallTable of t; values must fit in 24 bits.
func (t *table) compact() smallTable {
	n := t.len()
	size := 16
	for size < n+n/3 {
		size <<= 1
	}
	st := smallTable{slots: make([]uint64, size), mask: uint64(size - 1)}
	for _, s := range t.slots {
		if s.key == 0 {
			continue
		}
		h := mix(s.key)
		fp := h >> 24
		if fp == 0 {
			fp = 1
		}
		for i := h & st.mask; ; i = (i + 1) & st.mask {
			if st.slots[i] == 0 {
				st.slots[i] = fp<<24 | uint64(uint32(s.val)&0xffffff)
				break
			}
		}
	}
	return st
}

// get returns the value of key k, or 0.
func (st *smallTable) get(k uint64) int32 {
	if len(st.slots) == 0 {
		return 0
	}
	if k == 0 {
		k = 1
	}
	h := mix(k)
	fp := h >> 24
	if fp == 0 {
		fp = 1
	}
	for i := h & st.mask; ; i = (i + 1) & st.mask {
		s := st.slots[i]
		if s == 0 {
			return 0
		}
		if s>>24 == fp {
			return int32(s & 0xffffff)
		}
	}
}
