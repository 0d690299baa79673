package ner

// docContext holds the document-level features of every word of a
// document, computed from first-pass tags.
type docContext struct {
	feats [][][]uint64 // sentence, word, features
}

func (d *docContext) sentence(s int) [][]uint64 { return d.feats[s] }

// docContext computes, for every capitalised word, how the other
// capitalised occurrences of the same word form in the document were
// tagged by the first pass: the majority type and which types occur.
func (m *Model) docContext(doc [][]string, infos [][]wordInfo, ids [][]int) *docContext {
	nt := len(m.types) + 1 // type 0 is O
	counts := map[uint64][]int32{}
	midCap := map[uint64]bool{}
	typeOf := func(y int) int { return (y + 1) / 2 } // labels: O, B-t0, I-t0, B-t1 ...
	for s, info := range infos {
		for i := range info {
			in := &info[i]
			if in.flags&flagInitCap == 0 {
				continue
			}
			c := counts[in.lowerHash]
			if c == nil {
				c = make([]int32, nt)
				counts[in.lowerHash] = c
			}
			c[typeOf(ids[s][i])]++
			if i > 0 {
				midCap[in.lowerHash] = true
			}
		}
	}
	dc := &docContext{feats: make([][][]uint64, len(doc))}
	tmp := make([]int32, nt)
	for s, info := range infos {
		fs := make([][]uint64, len(info))
		for i := range info {
			in := &info[i]
			c := counts[in.lowerHash]
			if c == nil {
				continue
			}
			own := typeOf(ids[s][i])
			copy(tmp, c)
			if in.flags&flagInitCap != 0 {
				tmp[own]--
			}
			total, best, arg := int32(0), int32(0), -1
			for t, v := range tmp {
				total += v
				if v > best {
					best, arg = v, t
				}
			}
			if total == 0 {
				continue
			}
			first := uint64(0)
			if i == 0 {
				first = 1
			}
			capf := uint64(in.flags & flagInitCap)
			var f []uint64
			f = append(f, feat2(fDoc, uint64(arg), capf|first<<4))
			for t, v := range tmp {
				if v > 0 && t > 0 {
					f = append(f, feat2(fDocWord, uint64(t), capf))
				}
			}
			if i == 0 && midCap[in.lowerHash] {
				f = append(f, feat2(fDoc, 1000, 1))
			}
			fs[i] = f
		}
		dc.feats[s] = fs
	}
	return dc
}
