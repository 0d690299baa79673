package ner

// Feature extraction. The same code runs in training and tagging, so the
// features of a sentence depend only on its words, the model's lexical
// tables and, in the second pass, the first-pass tags of the document.

var (
	hashBOS = hashString("<S>")
	hashEOS = hashString("</S>")
)

// sentCtx holds per-word analyses of one sentence.
type sentCtx struct {
	words []string
	info  []wordInfo
}

// analyzeSentence appends the analyses of words to dst.
func (m *Model) analyzeSentence(words []string, dst []wordInfo) []wordInfo {
	base := len(dst)
	for _, w := range words {
		dst = append(dst, m.analyzeWord(w))
	}
	capRuns(dst[base:])
	return dst
}

// capRuns sets runPos and runLen of the capitalised words: their position
// in, and the length of, the run of capitalised words around them, where
// a name particle between two capitalised words continues the run. It
// runs in linear time.
func capRuns(info []wordInfo) {
	n := len(info)
	inRun := func(j int) bool {
		if info[j].flags&flagInitCap != 0 {
			return true
		}
		return info[j].isTussen && j > 0 && j+1 < n &&
			info[j-1].flags&flagInitCap != 0 && info[j+1].flags&flagInitCap != 0
	}
	for i := 0; i < n; {
		if !inRun(i) {
			i++
			continue
		}
		j := i
		for j < n && inRun(j) {
			j++
		}
		for k := i; k < j; k++ {
			info[k].runPos, info[k].runLen = int32(k-i), int32(j-i)
		}
		i = j
	}
}

// appendFeatures appends the sentence-level features of word i.
//
// With agg set, the bit-string prefix features of words that have a class
// are left out: the tagger adds their summed weights from clusAgg.
func (m *Model) appendFeatures(dst []uint64, words []string, info []wordInfo, i int, gaz []uint8, agg bool) []uint64 {
	dst = appendWordFeatures(dst, words[i], &info[i])
	return m.appendContextFeatures(dst, words, info, i, gaz, agg)
}

// appendWordFeatures appends the features that depend on the word alone:
// its form, lower case, shapes, affixes and character trigrams. The
// tagger sums their weights once per distinct word of a document.
func appendWordFeatures(dst []uint64, w string, in *wordInfo) []uint64 {
	dst = append(dst,
		feat(fBias, 0),
		feat(fWord, hashString(clip(w))),
		feat(fLower, in.lowerHash),
		feat(fShape, in.shapeHash),
		feat(fLongShape, in.longHash),
	)
	for k := 1; k <= 4; k++ {
		if p, ok := runePrefix(in.lower, k); ok && len(p) < len(in.lower) {
			dst = append(dst, feat2(fPrefix, uint64(k), hashString(p)))
		}
		if s, ok := runeSuffix(in.lower, k); ok && len(s) < len(in.lower) {
			dst = append(dst, feat2(fSuffix, uint64(k), hashString(s)))
		}
	}
	// Character trigrams of longer words.
	if lw := in.lower; len(lw) > 4 {
		for k := 0; k+3 <= len(lw) && k < 20; k++ {
			dst = append(dst, feat(fNgram, hashString(lw[k:k+3])))
		}
	}
	return dst
}

// appendContextFeatures appends the features of word i that depend on
// its sentence.
func (m *Model) appendContextFeatures(dst []uint64, words []string, info []wordInfo, i int, gaz []uint8, agg bool) []uint64 {
	in := &info[i]
	n := len(info)
	lowerAt := func(j int) uint64 {
		if j < 0 {
			return hashBOS
		}
		if j >= n {
			return hashEOS
		}
		return info[j].lowerHash
	}
	shapeAt := func(j int) uint64 {
		if j < 0 {
			return hashBOS
		}
		if j >= n {
			return hashEOS
		}
		return info[j].shapeHash
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	dst = append(dst, feat2(fFlags, uint64(in.flags), first))
	for _, d := range [...]int{-2, -1, 1, 2} {
		dst = append(dst, feat2(fWordAt, uint64(d+8), lowerAt(i+d)))
	}
	for _, d := range [...]int{-2, -1, 1, 2} {
		dst = append(dst, feat2(fShapeAt, uint64(d+8), shapeAt(i+d)))
	}
	dst = append(dst,
		feat2(fBigramPrev, lowerAt(i-1), in.lowerHash),
		feat2(fBigramNext, in.lowerHash, lowerAt(i+1)),
		feat2(fShape3, mix(shapeAt(i-1))^in.shapeHash, shapeAt(i+1)),
	)
	// Lexical class: how the word is spelled in training text.
	dst = append(dst, feat2(fLex, uint64(in.lex), uint64(in.flags&flagInitCap)|first<<4))
	for _, d := range [...]int{-1, 1} {
		j := i + d
		c := uint64(255)
		if j >= 0 && j < n {
			c = uint64(info[j].lex)<<8 | uint64(info[j].flags&flagInitCap)
		}
		dst = append(dst, feat2(fLexAt, uint64(d+8), c))
	}
	// Position in a run of capitalised words (name particles may sit
	// inside a run); see capRuns.
	if in.flags&flagInitCap != 0 {
		dst = append(dst, feat2(fCapRun, uint64(min(in.runPos, 3)), uint64(min(in.runLen, 5))|first<<8))
	}
	if i > 0 && info[i-1].title {
		dst = append(dst, feat2(fTitle, info[i-1].lowerHash, uint64(in.flags&flagInitCap)))
	}
	// Word classes learned from unlabelled news: prefixes of the class
	// bit string of the word and its neighbours; a word without a class
	// is rare in that news.
	if len(m.clusPre) > 0 {
		for d := -m.clusWin; d <= m.clusWin; d++ {
			j := i + d
			if j < 0 || j >= n {
				continue
			}
			c := info[j].cluster
			if c == 0 {
				dst = append(dst, feat2(fClusterAt, uint64(d+8), uint64(info[j].flags&flagInitCap)))
				continue
			}
			if !agg {
				dst = m.clusterFeatures(dst, d, m.clusPath[c])
			}
		}
	}
	// Flat word classes (k-means classes of word vectors) of the word
	// and its neighbours.
	if m.flat != nil {
		for d := -m.flatWin; d <= m.flatWin; d++ {
			if j := i + d; j >= 0 && j < n && info[j].flat != 0 {
				dst = m.flatFeatures(dst, d, info[j].flat)
			}
		}
	}
	// Entity types the word starts or continues in the training data.
	if in.ent != 0 {
		dst = append(dst, feat2(fTokGaz, uint64(in.ent), uint64(in.flags&flagInitCap)|first<<4))
	}
	// Built-in first names, and the word after one.
	if in.firstName {
		next := uint64(2)
		if i+1 < n {
			next = uint64(info[i+1].flags & flagInitCap)
		}
		dst = append(dst, feat2(fFirstName, 0, uint64(in.flags&flagInitCap)|next<<4))
	}
	if i > 0 && info[i-1].firstName {
		dst = append(dst, feat2(fFirstName, 1, uint64(in.flags&flagInitCap)))
	}
	// Bag of words three and four positions away.
	for _, d := range [...]int{-4, -3, 3, 4} {
		if j := i + d; j >= 0 && j < n {
			dst = append(dst, feat(fBag, info[j].lowerHash))
		}
	}
	if gaz != nil && gaz[i] != 0 {
		dst = append(dst, feat(fGaz, uint64(gaz[i])))
	}
	return dst
}

// clusterFeatures appends the bit-string prefix features of a word with
// encoded class path v at position d from the word being tagged.
func (m *Model) clusterFeatures(dst []uint64, d int, v uint32) []uint64 {
	pre := m.clusPre
	if d != 0 {
		pre = m.clusPreNb
	}
	for _, k := range pre {
		bits, nb := pathPrefix(v, k)
		dst = append(dst, feat2(fCluster, uint64(d+8)<<8|uint64(k), uint64(nb)<<32|uint64(bits)))
	}
	return dst
}
