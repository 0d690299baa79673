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

func (m *Model) analyzeSentence(words []string, dst []wordInfo) []wordInfo {
	dst = dst[:0]
	for _, w := range words {
		in := analyze(w)
		if m != nil {
			in.lex = m.lexClass(in.lowerHash)
			in.cluster = m.clusterOf(in.lowerHash)
		}
		in.title = titles[in.lower]
		in.isTussen = tussenvoegsels[in.lower]
		dst = append(dst, in)
	}
	return dst
}

// appendFeatures appends the sentence-level features of word i.
func appendFeatures(dst []uint64, words []string, info []wordInfo, i int, gaz []uint8) []uint64 {
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
	dst = append(dst,
		feat(fBias, 0),
		feat(fWord, hashString(clip(words[i]))),
		feat(fLower, in.lowerHash),
		feat(fShape, in.shapeHash),
		feat(fLongShape, in.longHash),
		feat2(fFlags, uint64(in.flags), first),
	)
	for k := 1; k <= 4; k++ {
		if p, ok := runePrefix(in.lower, k); ok && len(p) < len(in.lower) {
			dst = append(dst, feat2(fPrefix, uint64(k), hashString(p)))
		}
		if s, ok := runeSuffix(in.lower, k); ok && len(s) < len(in.lower) {
			dst = append(dst, feat2(fSuffix, uint64(k), hashString(s)))
		}
	}
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
	// inside a run).
	if in.flags&flagInitCap != 0 {
		start := i
		for start > 0 && (info[start-1].flags&flagInitCap != 0 || (info[start-1].isTussen && start-1 > 0 && info[start-2].flags&flagInitCap != 0)) {
			start--
		}
		end := i + 1
		for end < n && (info[end].flags&flagInitCap != 0 || (info[end].isTussen && end+1 < n && info[end+1].flags&flagInitCap != 0)) {
			end++
		}
		pos, l := i-start, end-start
		dst = append(dst, feat2(fCapRun, uint64(min(pos, 3)), uint64(min(l, 5))|first<<8))
	}
	if i > 0 && info[i-1].title {
		dst = append(dst, feat2(fTitle, info[i-1].lowerHash, uint64(in.flags&flagInitCap)))
	}
	if in.cluster != 0 {
		dst = append(dst, feat(fCluster, uint64(in.cluster)))
		for _, d := range [...]int{-1, 1} {
			if j := i + d; j >= 0 && j < n && info[j].cluster != 0 {
				dst = append(dst, feat2(fClusterAt, uint64(d+8), uint64(info[j].cluster)))
			}
		}
	}
	if gaz != nil && gaz[i] != 0 {
		dst = append(dst, feat(fGaz, uint64(gaz[i])))
	}
	return dst
}
