package ner

import "slices"

// The tagger. Its scores are those of the training-time decoder
// (identity_test.go compares the two), computed faster:
//
//   - What a word contributes from its form alone is computed once per
//     form and kept in a cache (see formCache): its analysis, the summed
//     rows of its word features, and the summed rows it adds to the words
//     around it (the neighbour-word, shape, class, lexical-class and
//     bag-of-words features). A token then costs a few additions of
//     cached rows plus the look-ups of the features that depend on two
//     words at once (bigrams, shape trigrams, name runs, titles,
//     gazetteer).
//   - The second pass looks up the rows of its label features in tables
//     built by finalize instead of hashing them.
//   - Viterbi runs on 32-bit scores when the scores of a sentence cannot
//     overflow them, and on 64-bit scores otherwise.
//
// Integer addition is associative and commutative, also when it wraps,
// so summing rows in another order or ahead of time gives the same
// scores, and the same labels.

// Vectors of a cached form, each stride int32s: the form's own rows,
// its bag-of-words row, then its rows as the neighbour at distance -W..-1
// and 1..W of the word being tagged (W = nbWin).
const (
	vSelf = iota
	vBag
	vNear
)

// maxForms bounds the forms a cache keeps. With 6 vectors of 34 int32s
// a form costs about 830 bytes, so a cache stays under 4 MB per tagging
// goroutine.
//
// A full cache is compacted before a new segment: it keeps the forms
// found again since the last compaction, at most maxForms/2 of them
// (those found most often), and forgets the rest, so frequent words stay
// however many rare ones pass. Replaying the 707,060 words of 3,407
// nieuws-2019 articles, 28 % of them miss a cache of this size that
// starts over when full, 23 % miss this one (the whole pipeline takes
// about 2 % less CPU), and 7 % would miss a cache without bound. Twice
// the size gives 17 % but no more speed, for 3.4 MB more per goroutine.
const maxForms = 1 << 12

// form is a cached word form.
type form struct {
	hash     uint64 // hashString of the clipped form
	key, end int32  // the form's bytes in formCache.arena
	hits     int32  // times found since the last compaction
	info     wordInfo
}

// formCache maps word forms to what the tagger derives from the form
// alone, which depends on nothing but the model.
type formCache struct {
	slots []int32 // open addressing over hash: form index + 1
	forms []form
	arena []byte // bytes of the forms, so the cache keeps no input alive
	// blocks hold the vectors of blockForms forms each, nvec*stride
	// int32s a form; they are allocated as the cache fills and kept.
	blocks [][]int32
	added  int // forms added since the cache was made
}

const blockForms = 256

func (c *formCache) reset() {
	clear(c.slots)
	c.forms, c.arena = c.forms[:0], c.arena[:0]
}

// compact keeps the forms found since the last compaction, at most keep
// of them, preferring those found most often, and forgets the others.
// size is the number of int32s of a form's vectors.
func (c *formCache) compact(keep, size int) {
	// The least hit count kept, t, is the smallest one (at least 1) with
	// no more than keep forms found t times or more, counted in a
	// histogram of hits capped at 255.
	var hist [256]int
	for i := range c.forms {
		hist[min(c.forms[i].hits, 255)]++
	}
	t, n := int32(256), 0
	for t > 1 && n+hist[t-1] <= keep {
		t--
		n += hist[t]
	}
	// Move the kept forms, their bytes and their vectors down in place:
	// a kept form's new place is never after its old one.
	clear(c.slots)
	mask := uint64(len(c.slots) - 1)
	j, at := 0, int32(0)
	for i := range c.forms {
		f := c.forms[i]
		if min(f.hits, 255) < t {
			continue
		}
		ln := f.end - f.key
		copy(c.arena[at:], c.arena[f.key:f.end])
		f.key, f.end, f.hits = at, at+ln, 0
		at += ln
		if j != i {
			copy(c.vecs(int32(j), size), c.vecs(int32(i), size))
		}
		c.forms[j] = f
		k := mix(f.hash) & mask
		for c.slots[k] != 0 {
			k = (k + 1) & mask
		}
		c.slots[k] = int32(j) + 1
		j++
	}
	c.forms, c.arena = c.forms[:j], c.arena[:at]
}

// vecs returns the vectors of form f.
func (c *formCache) vecs(f int32, size int) []int32 {
	b := c.blocks[f/blockForms]
	o := int(f%blockForms) * size
	return b[o : o+size : o+size]
}

// tagWork is the scratch space of tagging, kept in a model's pool
// between calls.
type tagWork struct {
	m     *Model // the model the cache was filled for
	cache formCache
	fi    []int32    // form of each word of a segment
	info  []wordInfo // per word of the document
	infos [][]wordInfo
	ids   []int // first-pass labels, flat
	idss  [][]int
	out   []int // labels, flat
	feats []uint64
	em    []int32
	em2   []int32
	back  []int32
	score []int64
	gaz   []uint8
	dc    docContext
	segs  [][]string
}

// nbWin is the distance up to which a form's neighbour rows are kept:
// the word and shape features reach two words away, the class features
// clusWin words and the flat-class features flatWin words.
func (m *Model) nbWin() int { return max(2, m.clusWin, m.flatWin) }

// nvec is the number of vectors per cached form.
func (m *Model) nvec() int { return vNear + 2*m.nbWin() }

// getWork returns scratch space for tagging with m, its cache filled for
// m or empty.
func (m *Model) getWork() *tagWork {
	var wk *tagWork
	if m.pool != nil {
		wk, _ = m.pool.Get().(*tagWork)
	}
	if wk == nil {
		wk = &tagWork{}
	}
	if wk.m != m {
		wk.m = m
		wk.cache.reset()
		wk.cache.blocks = nil // sized for another model
		if wk.cache.slots == nil {
			wk.cache.slots = make([]int32, 2*maxForms)
		}
	}
	return wk
}

func (m *Model) putWork(wk *tagWork) {
	if m.pool != nil {
		// Drop what holds the caller's words.
		clear(wk.segs)
		wk.segs = wk.segs[:0]
		m.pool.Put(wk)
	}
}

// lookupForm returns the index of the form of w in the cache, adding it.
func (m *Model) lookupForm(c *formCache, w string, feats *[]uint64) int32 {
	key := clip(w)
	h := hashString(key)
	mask := uint64(len(c.slots) - 1)
	i := mix(h) & mask
	for {
		s := c.slots[i]
		if s == 0 {
			break
		}
		f := &c.forms[s-1]
		if f.hash == h && string(c.arena[f.key:f.end]) == key {
			f.hits++
			return s - 1
		}
		i = (i + 1) & mask
	}
	fi := int32(len(c.forms))
	c.added++
	c.slots[i] = fi + 1
	start := int32(len(c.arena))
	c.arena = append(c.arena, key...)
	c.forms = append(c.forms, form{hash: h, key: start, end: int32(len(c.arena))})
	f := &c.forms[fi]
	m.fillForm(c, f, key, feats)
	return fi
}

// fillForm analyses a new form and sums its rows.
func (m *Model) fillForm(c *formCache, f *form, w string, feats *[]uint64) {
	in := m.analyzeWord(w)
	stride := m.stride()
	nv := m.nvec()
	fi := int32(len(c.forms) - 1)
	if int(fi/blockForms) == len(c.blocks) {
		c.blocks = append(c.blocks, make([]int32, blockForms*nv*stride))
	}
	all := c.vecs(fi, nv*stride)
	clear(all)
	vec := func(k int) []int32 { return all[k*stride : (k+1)*stride] }
	initCap := uint64(in.flags & flagInitCap)

	// Own rows: the word features, and those of the context features
	// that depend on this word only, as they are inside a sentence.
	fs := appendWordFeatures((*feats)[:0], w, &in)
	fs = append(fs,
		feat2(fFlags, uint64(in.flags), 0),
		feat2(fLex, uint64(in.lex), initCap))
	if in.ent != 0 {
		fs = append(fs, feat2(fTokGaz, uint64(in.ent), initCap))
	}
	m.sumRows(vec(vSelf), fs)
	fs = m.addClass(vec(vSelf), 0, &in, fs)
	fs = m.addFlat(vec(vSelf), 0, &in, fs)

	fs = append(fs[:0], feat(fBag, in.lowerHash))
	m.sumRows(vec(vBag), fs)

	W := m.nbWin()
	for d := -W; d <= W; d++ {
		if d == 0 {
			continue
		}
		v := vec(m.nearVec(d))
		fs = fs[:0]
		if d >= -2 && d <= 2 {
			fs = append(fs,
				feat2(fWordAt, uint64(d+8), in.lowerHash),
				feat2(fShapeAt, uint64(d+8), in.shapeHash))
		}
		if d == -1 || d == 1 {
			fs = append(fs, feat2(fLexAt, uint64(d+8), uint64(in.lex)<<8|initCap))
		}
		m.sumRows(v, fs)
		if d >= -m.clusWin && d <= m.clusWin {
			fs = m.addClass(v, d, &in, fs)
		}
		if d >= -m.flatWin && d <= m.flatWin {
			fs = m.addFlat(v, d, &in, fs)
		}
	}
	*feats = fs
	in.lower = "" // not needed after the analysis; may hold the caller's text
	f.info = in
}

// nearVec returns the vector of a form as the neighbour at distance d.
func (m *Model) nearVec(d int) int {
	if d < 0 {
		return vNear + d + m.nbWin()
	}
	return vNear + d + m.nbWin() - 1
}

// addClass adds the rows of the word-class features of a word at
// distance d from the word being tagged. It returns scratch, which it
// may use.
func (m *Model) addClass(dst []int32, d int, in *wordInfo, scratch []uint64) []uint64 {
	if len(m.clusPre) == 0 {
		return scratch
	}
	c := in.cluster
	switch {
	case c == 0:
		m.addFeat(dst, feat2(fClusterAt, uint64(d+8), uint64(in.flags&flagInitCap)))
	case m.clusAgg != nil:
		stride := m.stride()
		o := ((d+m.clusWin)*len(m.clusPath) + int(c)) * stride
		addSum(dst, m.clusAgg[o:o+stride])
	default:
		scratch = m.clusterFeatures(scratch[:0], d, m.clusPath[c])
		m.sumRows(dst, scratch)
	}
	return scratch
}

// addFlat adds the rows of the flat-class features of a word at distance
// d from the word being tagged. It returns scratch, which it may use.
func (m *Model) addFlat(dst []int32, d int, in *wordInfo, scratch []uint64) []uint64 {
	if m.flat == nil || in.flat == 0 {
		return scratch
	}
	scratch = m.flatFeatures(scratch[:0], d, in.flat)
	m.sumRows(dst, scratch)
	return scratch
}

// analyzeWord is the analysis of one word that analyzeSentence makes,
// without the fields that depend on the sentence. A nil model gives the
// spelling alone.
func (m *Model) analyzeWord(w string) wordInfo {
	in := analyze(w)
	if m != nil {
		lex := m.lexClass(in.lowerHash)
		in.lex = uint8(lex & 15)
		in.firstName = lex&lexFirstName != 0
		in.ent = uint16(lex >> lexEntityFirst)
		in.cluster = m.clusterLookup(clip(w), in.lower)
		in.flat = m.flatLookup(clip(w), in.lower)
	}
	in.title = titles[in.lower]
	in.isTussen = tussenvoegsels[in.lower]
	return in
}

func (m *Model) stride() int {
	if m.two {
		return 2 * len(m.labels)
	}
	return len(m.labels)
}

// sumRows adds the rows of feats, both passes, to dst.
func (m *Model) sumRows(dst []int32, feats []uint64) {
	stride := len(dst)
	for _, f := range feats {
		if r, ok := m.rows.get(f); ok {
			addRow(dst, m.w[r*stride:r*stride+stride])
		}
	}
}

func (m *Model) addFeat(dst []int32, f uint64) {
	if r, ok := m.rows.get(f); ok {
		stride := len(dst)
		addRow(dst, m.w[r*stride:r*stride+stride])
	}
}

func (m *Model) subFeat(dst []int32, f uint64) {
	if r, ok := m.rows.get(f); ok {
		stride := len(dst)
		row := m.w[r*stride : r*stride+stride]
		dst = dst[:len(row)]
		for i, v := range row {
			dst[i] -= int32(v)
		}
	}
}

// edgeRows builds the rows that the word and shape features add for the
// positions before the start (BOS) and after the end (EOS) of a
// sentence, at distance -2..-1 and 1..2: m.edge[(d+2)*stride:].
func (m *Model) edgeRows() []int32 {
	stride := m.stride()
	out := make([]int32, 5*stride)
	for d := -2; d <= 2; d++ {
		if d == 0 {
			continue
		}
		h := hashEOS
		if d < 0 {
			h = hashBOS
		}
		v := out[(d+2)*stride : (d+3)*stride]
		m.sumRows(v, []uint64{feat2(fWordAt, uint64(d+8), h), feat2(fShapeAt, uint64(d+8), h)})
		if d == -1 || d == 1 {
			m.addFeat(v, feat2(fLexAt, uint64(d+8), 255))
		}
	}
	return out
}

// stackRowTable builds the rows of the second pass's label features:
// m.stackRows[(d+1)*(nl+1)+v] is the row of the label v (nl for none) at
// distance d, or -1.
func (m *Model) stackRowTable() []int32 {
	nl := len(m.labels)
	out := make([]int32, 3*(nl+1))
	for d := -1; d <= 1; d++ {
		for v := 0; v <= nl; v++ {
			x := uint64(v)
			if v == nl {
				x = 99
			}
			r, ok := m.rows.get(feat2(fStack, uint64(d+8), x))
			if !ok {
				r = -1
			}
			out[(d+1)*(nl+1)+v] = int32(r)
		}
	}
	return out
}

// tagFlat tags the segments of doc (each at most maxSegment words) and
// returns their labels one after another in wk.out.
func (m *Model) tagFlat(wk *tagWork, doc [][]string) []int {
	nl := len(m.labels)
	stride := m.stride()
	total := 0
	for _, words := range doc {
		total += len(words)
	}
	wk.info = grow(wk.info, total)[:0]
	wk.ids = grow(wk.ids, total)
	wk.em = grow(wk.em, maxSegment*nl)
	wk.back = grow(wk.back, maxSegment*nl)
	wk.score = grow(wk.score, 2*nl)
	wk.fi = grow(wk.fi, maxSegment)
	if m.two {
		wk.em2 = grow(wk.em2, total*nl)
	}
	wk.infos = wk.infos[:0]
	wk.idss = wk.idss[:0]
	c := &wk.cache
	nv := m.nvec()
	W := m.nbWin()
	edge := m.edge
	off := 0
	for _, words := range doc {
		n := len(words)
		if len(c.forms)+n > maxForms {
			c.compact(maxForms/2, nv*stride)
		}
		fi := wk.fi[:n]
		for i, w := range words {
			fi[i] = m.lookupForm(c, w, &wk.feats)
		}
		base := len(wk.info)
		for i := range n {
			wk.info = append(wk.info, c.forms[fi[i]].info)
		}
		info := wk.info[base:]
		capRuns(info)
		wk.infos = append(wk.infos, info)
		ids := wk.ids[off : off+n : off+n]
		wk.idss = append(wk.idss, ids)
		if n == 0 {
			continue
		}
		wk.gaz = m.gaz.match(info, wk.gaz)
		gaz := wk.gaz
		em := wk.em[:n*nl]
		var accBuf [2 * maxLabels]int32
		acc := accBuf[:stride]
		vec := func(f int32, k int) []int32 {
			return c.vecs(f, nv*stride)[k*stride : (k+1)*stride]
		}
		for i := range n {
			in := &info[i]
			copy(acc, vec(fi[i], vSelf))
			initCap := uint64(in.flags & flagInitCap)
			first := uint64(0)
			if i == 0 {
				// The own rows hold the features as inside a sentence.
				first = 1
				m.subFeat(acc, feat2(fFlags, uint64(in.flags), 0))
				m.addFeat(acc, feat2(fFlags, uint64(in.flags), 1))
				m.subFeat(acc, feat2(fLex, uint64(in.lex), initCap))
				m.addFeat(acc, feat2(fLex, uint64(in.lex), initCap|1<<4))
				if in.ent != 0 {
					m.subFeat(acc, feat2(fTokGaz, uint64(in.ent), initCap))
					m.addFeat(acc, feat2(fTokGaz, uint64(in.ent), initCap|1<<4))
				}
			}
			for d := 1; d <= W; d++ {
				if j := i - d; j >= 0 {
					addSum(acc, vec(fi[j], m.nearVec(-d)))
				} else if d <= 2 {
					addSum(acc, edge[(2-d)*stride:(3-d)*stride])
				}
				if j := i + d; j < n {
					addSum(acc, vec(fi[j], m.nearVec(d)))
				} else if d <= 2 {
					addSum(acc, edge[(2+d)*stride:(3+d)*stride])
				}
			}
			for d := 3; d <= 4; d++ {
				if j := i - d; j >= 0 {
					addSum(acc, vec(fi[j], vBag))
				}
				if j := i + d; j < n {
					addSum(acc, vec(fi[j], vBag))
				}
			}
			prevLower, prevShape := hashBOS, hashBOS
			if i > 0 {
				prevLower, prevShape = info[i-1].lowerHash, info[i-1].shapeHash
			}
			nextLower, nextShape := hashEOS, hashEOS
			if i+1 < n {
				nextLower, nextShape = info[i+1].lowerHash, info[i+1].shapeHash
			}
			m.addFeat(acc, feat2(fBigramPrev, prevLower, in.lowerHash))
			m.addFeat(acc, feat2(fBigramNext, in.lowerHash, nextLower))
			m.addFeat(acc, feat2(fShape3, mix(prevShape)^in.shapeHash, nextShape))
			if initCap != 0 {
				m.addFeat(acc, feat2(fCapRun, uint64(min(in.runPos, 3)), uint64(min(in.runLen, 5))|first<<8))
			}
			if i > 0 && info[i-1].title {
				m.addFeat(acc, feat2(fTitle, info[i-1].lowerHash, initCap))
			}
			if in.firstName {
				next := uint64(2)
				if i+1 < n {
					next = uint64(info[i+1].flags & flagInitCap)
				}
				m.addFeat(acc, feat2(fFirstName, 0, initCap|next<<4))
			}
			if i > 0 && info[i-1].firstName {
				m.addFeat(acc, feat2(fFirstName, 1, initCap))
			}
			if gaz != nil && gaz[i] != 0 {
				m.addFeat(acc, feat(fGaz, uint64(gaz[i])))
			}
			copy(em[i*nl:i*nl+nl], acc[:nl])
			if m.two {
				copy(wk.em2[(off+i)*nl:(off+i)*nl+nl], acc[nl:])
			}
		}
		m.decode(em, n, m.first, ids, wk)
		off += n
	}
	if m.second == nil {
		return wk.ids[:total]
	}
	dc := &wk.dc
	dc.init(m, wk.infos, wk.idss)
	wk.out = grow(wk.out, total)
	st := m.stackRows
	off = 0
	for s, words := range doc {
		n := len(words)
		out := wk.out[off : off+n]
		if n == 0 {
			continue
		}
		ids := wk.idss[s]
		em := wk.em2[off*nl : (off+n)*nl]
		for i := range n {
			e := em[i*nl : i*nl+nl]
			for d := -1; d <= 1; d++ {
				v := nl
				if j := i + d; j >= 0 && j < n {
					v = ids[j]
				}
				if r := st[(d+1)*(nl+1)+v]; r >= 0 {
					addRow(e, m.w[int(r)*stride+nl:int(r)*stride+stride])
				}
			}
			wk.feats = dc.appendDocFeatures(wk.feats[:0], s, wk.infos[s], i)
			for _, f := range wk.feats {
				if r, ok := m.rows.get(f); ok {
					addRow(e, m.w[r*stride+nl:r*stride+stride])
				}
			}
		}
		m.decode(em, n, m.second, out, wk)
		off += n
	}
	return wk.out[:total]
}

// grow returns s with length n, reusing its array when it is large
// enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// decode runs Viterbi on the emission scores of one segment with the
// transitions of layer l.
func (m *Model) decode(em []int32, n int, l *layer, out []int, wk *tagWork) {
	nl := len(m.labels)
	back := wk.back[:n*nl]
	if !m.viterbi32(em, n, l, out, back) {
		m.viterbi(em, n, l.trans, out, back, wk.score)
	}
}

// viterbi32 is viterbi on 32-bit scores. It returns false, doing nothing,
// when the scores of the segment could overflow them; otherwise its labels
// are those of viterbi: the scores are the same numbers, compared in the
// same order.
func (m *Model) viterbi32(em []int32, n int, l *layer, out []int, back []int32) bool {
	if n == 0 {
		return true
	}
	nl := len(m.labels)
	// A bound on the absolute value of every partial path score.
	bound := l.maxTrans * int64(n+1)
	for _, v := range em[:n*nl] {
		bound += max(int64(v), -int64(v))
		if bound >= 1<<29 {
			return false
		}
	}
	if bound >= 1<<29 || l.maxTrans >= 1<<29 {
		return false
	}
	trans := l.trans
	const neg = -1 << 30
	// A score and its label are compared as one key, score<<8 | 255-label,
	// so that a branch-free max picks the best score and, of equal ones,
	// the lowest label, as viterbi's first strictly better one does.
	var keyBuf [32]int64
	key := &keyBuf
	for y := range nl {
		s := int32(neg)
		if m.allow[nl*nl+y] {
			s = em[y] + trans[nl*nl+y]
		}
		key[y] = int64(s)<<8 | int64(255-y)
	}
	if fv := l.fast; fv != nil {
		fv.run(em, n, nl, key, back)
	} else {
		m.viterbiLoop(em, n, nl, trans, key, back)
	}
	best := key[0]
	for y := 1; y < nl; y++ {
		best = max(best, key[y&31])
	}
	arg := 255 - int(best&255)
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*nl+arg])
		out[i-1] = arg
	}
	return true
}

// viterbiLoop is the recursion of viterbi32 for any label structure.
func (m *Model) viterbiLoop(em []int32, n, nl int, trans []int32, key *[32]int64, back []int32) {
	const neg = -1 << 30
	var tkBuf [maxLabels * maxLabels]int64
	var pkBuf [maxLabels * maxLabels]uint8
	np := len(m.predFlat)
	tk, pk := tkBuf[:np], pkBuf[:np]
	for j, p := range m.predFlat {
		tk[j] = int64(trans[int(p)*nl+int(m.predTo[j])]) << 8
		pk[j] = uint8(p) & 31
	}
	var start [maxLabels + 1]int
	copy(start[:], m.predStart)
	var cur [32]int32
	for i := 1; i < n; i++ {
		emi := em[i*nl : i*nl+nl]
		bi := back[i*nl : i*nl+nl]
		for y := range nl {
			lo, hi := start[y], start[y+1]
			ps, ts := pk[lo:hi], tk[lo:hi]
			ts = ts[:len(ps)]
			// Two running maxima break the chain of dependent
			// comparisons; the keys are distinct, so the order of
			// comparing does not matter.
			b0, b1 := int64(-1<<62), int64(-1<<62)
			k := 0
			for ; k+1 < len(ps); k += 2 {
				b0 = max(b0, key[ps[k]&31]+ts[k])
				b1 = max(b1, key[ps[k+1]&31]+ts[k+1])
			}
			if k < len(ps) {
				b0 = max(b0, key[ps[k]&31]+ts[k])
			}
			best := max(b0, b1)
			s := int32(best >> 8)
			if s > neg/2 {
				s += emi[y]
			} else {
				s = neg
			}
			cur[y&31] = s
			bi[y] = int32(255 - best&255)
		}
		for y := range nl {
			key[y&31] = int64(cur[y&31])<<8 | int64(255-y)
		}
	}
}

// wideFan is the number of predecessors that fastViterbi unrolls: O and
// the last and unit labels of four types under BILOU.
const wideFan = 9

// fastViterbi is the recursion of viterbi32 for the label structure of
// BILOU with four types, unrolled: the wide labels (O, B-X, U-X) share
// one list of wideFan predecessors, and every other label (I-X, L-X) has
// at most two.
type fastViterbi struct {
	closed  [wideFan]uint8
	wide    []uint8
	wideT   [][wideFan]int64 // transition scores << 8 from closed[j]
	narrowN []narrowLabel
}

// narrowLabel is a label with one or two predecessors (the same twice for
// one) and their transition scores << 8.
type narrowLabel struct {
	t0, t1 int64
	y      uint8
	p0, p1 uint8
}

// newFastViterbi returns the unrolled recursion for the transitions of a
// layer, or nil when the labels of m do not have its structure.
func (m *Model) newFastViterbi(trans []int32) *fastViterbi {
	nl := len(m.labels)
	if nl > 32 {
		return nil
	}
	preds := func(y int) []int32 {
		var ps []int32
		for j := m.predStart[y]; j < m.predStart[y+1]; j++ {
			ps = append(ps, m.predFlat[j])
		}
		return ps
	}
	closed := preds(0)
	if len(closed) != wideFan {
		return nil
	}
	fv := &fastViterbi{}
	for j, p := range closed {
		fv.closed[j] = uint8(p)
	}
	for y := range nl {
		ps := preds(y)
		switch {
		case slices.Equal(ps, closed):
			var t [wideFan]int64
			for j, p := range closed {
				t[j] = int64(trans[int(p)*nl+y]) << 8
			}
			fv.wide = append(fv.wide, uint8(y))
			fv.wideT = append(fv.wideT, t)
		case len(ps) == 1 || len(ps) == 2:
			p0, p1 := int(ps[0]), int(ps[len(ps)-1])
			fv.narrowN = append(fv.narrowN, narrowLabel{
				t0: int64(trans[p0*nl+y]) << 8, t1: int64(trans[p1*nl+y]) << 8,
				y: uint8(y), p0: uint8(p0), p1: uint8(p1),
			})
		default:
			return nil
		}
	}
	return fv
}

// run is viterbiLoop for the structure of fv.
func (fv *fastViterbi) run(em []int32, n, nl int, key *[32]int64, back []int32) {
	const neg = -1 << 30
	var other [32]int64
	prev, next := key, &other
	for i := 1; i < n; i++ {
		emi := em[i*nl : i*nl+nl]
		bi := back[i*nl : i*nl+nl]
		var ck [wideFan]int64
		for j, p := range fv.closed {
			ck[j] = prev[p&31]
		}
		for w, y := range fv.wide {
			t := &fv.wideT[w]
			b := max(ck[0]+t[0], ck[1]+t[1], ck[2]+t[2], ck[3]+t[3], ck[4]+t[4],
				ck[5]+t[5], ck[6]+t[6], ck[7]+t[7], ck[8]+t[8])
			s := int32(b >> 8)
			if s > neg/2 {
				s += emi[y]
			} else {
				s = neg
			}
			next[y&31] = int64(s)<<8 | int64(255-y)
			bi[y] = int32(255 - b&255)
		}
		for k := range fv.narrowN {
			nw := &fv.narrowN[k]
			b := max(prev[nw.p0&31]+nw.t0, prev[nw.p1&31]+nw.t1)
			s := int32(b >> 8)
			y := int(nw.y)
			if s > neg/2 {
				s += emi[y]
			} else {
				s = neg
			}
			next[y&31] = int64(s)<<8 | int64(255-y)
			bi[y] = int32(255 - b&255)
		}
		prev, next = next, prev
	}
	if prev != key {
		*key = *prev
	}
}
