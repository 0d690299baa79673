package ner

// docContext holds what the second pass needs to know about a document:
// the first-pass tags and, for every capitalised word form, how its
// capitalised occurrences were tagged.
type docContext struct {
	m      *Model
	ids    [][]int          // first-pass labels per sentence
	index  map[uint64]int32 // lowercase hash -> offset in counts
	counts []int32          // per word form: one count per type (0 = O), then 1 if seen capitalised mid-sentence
	tmp    []int32
}

// newDocContext counts the first-pass types of the capitalised words of
// a document.
func (m *Model) newDocContext(infos [][]wordInfo, ids [][]int) *docContext {
	dc := &docContext{}
	dc.init(m, infos, ids)
	return dc
}

// init sets dc to the context of a document, reusing its memory.
func (dc *docContext) init(m *Model, infos [][]wordInfo, ids [][]int) {
	nt := len(m.types) + 1
	dc.m, dc.ids = m, ids
	if dc.index == nil {
		dc.index = map[uint64]int32{}
	}
	clear(dc.index)
	dc.counts = dc.counts[:0]
	dc.tmp = grow(dc.tmp, nt)
	for s, info := range infos {
		for i := range info {
			in := &info[i]
			if in.flags&flagInitCap == 0 {
				continue
			}
			off, ok := dc.index[in.lowerHash]
			if !ok {
				off = int32(len(dc.counts))
				dc.index[in.lowerHash] = off
				for range nt + 1 {
					dc.counts = append(dc.counts, 0)
				}
			}
			dc.counts[int(off)+m.typeOf[ids[s][i]]]++
			if i > 0 {
				dc.counts[int(off)+nt] = 1
			}
		}
	}
}

// appendFeatures appends the document features of word i of sentence s:
// the first-pass labels around the word, the majority first-pass type of
// the other capitalised occurrences of the same word form, and which
// types those occurrences got.
func (dc *docContext) appendFeatures(dst []uint64, s int, info []wordInfo, i int) []uint64 {
	ids := dc.ids[s]
	for d := -1; d <= 1; d++ {
		v := uint64(99)
		if j := i + d; j >= 0 && j < len(ids) {
			v = uint64(ids[j])
		}
		dst = append(dst, feat2(fStack, uint64(d+8), v))
	}
	return dc.appendDocFeatures(dst, s, info, i)
}

// appendDocFeatures appends the document features of word i of sentence
// s other than its neighbours' labels (which the tagger looks up in
// Model.stackRows).
func (dc *docContext) appendDocFeatures(dst []uint64, s int, info []wordInfo, i int) []uint64 {
	m := dc.m
	ids := dc.ids[s]
	in := &info[i]
	off, ok := dc.index[in.lowerHash]
	if !ok {
		return dst
	}
	nt := len(m.types) + 1
	tmp := dc.tmp
	copy(tmp, dc.counts[off:int(off)+nt])
	if in.flags&flagInitCap != 0 {
		tmp[m.typeOf[ids[i]]]--
	}
	total, best, arg := int32(0), int32(0), -1
	for t, v := range tmp {
		total += v
		if v > best {
			best, arg = v, t
		}
	}
	if total == 0 {
		return dst
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	capf := uint64(in.flags & flagInitCap)
	dst = append(dst, feat2(fDoc, uint64(arg), capf|first<<4))
	for t, v := range tmp {
		if v > 0 && t > 0 {
			dst = append(dst, feat2(fDocWord, uint64(t), capf))
		}
	}
	if i == 0 && dc.counts[int(off)+nt] != 0 {
		dst = append(dst, feat2(fDoc, 1000, 1))
	}
	return dst
}
