package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The model file is the magic string, then a gzip stream of
// little-endian fields (see [Model.Save]).
const (
	magic        = "DRAADNER"
	fileVersion  = 4
	maxFileBytes = 512 << 20
)

// ErrFormat is returned by [Load] for input that is not a model file.
var ErrFormat = errors.New("ner: not a model file")

type writer struct {
	w   *bufio.Writer
	buf [8]byte
}

func (w *writer) u32(v uint32) {
	binary.LittleEndian.PutUint32(w.buf[:4], v)
	w.w.Write(w.buf[:4])
}

func (w *writer) u64(v uint64) {
	binary.LittleEndian.PutUint64(w.buf[:8], v)
	w.w.Write(w.buf[:8])
}

func (w *writer) str(s string) {
	w.u32(uint32(len(s)))
	w.w.WriteString(s)
}

// table writes the entries of t sorted by key, so that equal tables
// give equal bytes.
func (w *writer) table(t table) {
	slots := t.sorted()
	w.u32(uint32(len(slots)))
	for _, i := range slots {
		w.u64(t.slots[i].key)
		w.u32(uint32(t.slots[i].val))
	}
}

// Save writes m in the model file format that [Load] reads.
func (m *Model) Save(w io.Writer) error {
	if _, err := io.WriteString(w, magic); err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	bw := &writer{w: bufio.NewWriter(zw)}
	bw.u32(fileVersion)
	bw.u32(uint32(m.scheme))
	bw.str(m.info)
	bw.u32(uint32(len(m.types)))
	for _, t := range m.types {
		bw.str(t)
	}
	bw.table(m.lex)
	for _, pre := range [][]int{m.clusPre, m.clusPreNb} {
		bw.u32(uint32(len(pre)))
		for _, k := range pre {
			bw.u32(uint32(k))
		}
	}
	bw.u32(uint32(m.clusWin))
	bw.clusters(m.clusters)
	bw.u32(uint32(m.flatWin))
	bw.flat(m.flat)
	bw.table(m.gaz.t)
	layers := []*layer{m.first}
	if m.second != nil {
		layers = append(layers, m.second)
	}
	bw.u32(uint32(len(layers)))
	nl := len(m.labels)
	for _, l := range layers {
		bw.u32(math.Float32bits(l.scale))
		for _, v := range l.trans {
			bw.u32(uint32(v))
		}
		slots := l.feats.sorted()
		bw.u32(uint32(len(slots)))
		// Keys first, then the weights, which compress better together.
		rows := make([]int32, 0, len(slots))
		for _, i := range slots {
			bw.u64(l.feats.slots[i].key)
			rows = append(rows, l.feats.slots[i].val)
		}
		for y := range nl {
			for _, r := range rows {
				v := uint16(l.w[int(r)*nl+y])
				bw.w.WriteByte(byte(v))
				bw.w.WriteByte(byte(v >> 8))
			}
		}
	}
	if err := bw.w.Flush(); err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	return nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = fmt.Errorf("%w: truncated", ErrFormat)
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) u32() uint32 {
	p := r.take(4)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(p)
}

func (r *reader) u64() uint64 {
	p := r.take(8)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(p)
}

// count reads a length and checks that at least size bytes per element
// remain.
func (r *reader) count(size int) int {
	n := int(r.u32())
	if r.err == nil && n*size > len(r.b) {
		r.err = fmt.Errorf("%w: bad length %d", ErrFormat, n)
		return 0
	}
	return n
}

func (r *reader) str() string {
	n := r.count(1)
	return string(r.take(n))
}

func (r *reader) table() table {
	n := r.count(12)
	t := newTable(n)
	for range n {
		k := r.u64()
		v := int32(r.u32())
		if r.err != nil {
			return table{}
		}
		t.put(k, v)
	}
	return t
}

// Load reads a model written by [Model.Save].
func Load(rd io.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(rd, head); err != nil || string(head) != magic {
		return nil, ErrFormat
	}
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, io.LimitReader(zr, maxFileBytes+1)); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if buf.Len() > maxFileBytes {
		return nil, fmt.Errorf("%w: too large", ErrFormat)
	}
	r := &reader{b: buf.Bytes()}
	v := r.u32()
	if v < 1 || v > fileVersion {
		return nil, fmt.Errorf("%w: version %d", ErrFormat, v)
	}
	scheme := schemeBIO
	if v >= 2 {
		scheme = int(r.u32())
		if scheme != schemeBIO && scheme != schemeBILOU {
			return nil, fmt.Errorf("%w: label scheme %d", ErrFormat, scheme)
		}
	}
	m := &Model{}
	m.info = r.str()
	nt := r.count(4)
	if nt > 7 {
		return nil, fmt.Errorf("%w: %d types", ErrFormat, nt)
	}
	for range nt {
		m.types = append(m.types, r.str())
	}
	if r.err == nil && nt == 0 {
		return nil, fmt.Errorf("%w: no entity types", ErrFormat)
	}
	m.setLabels(scheme)
	nl := len(m.labels)
	m.lex = r.table()
	if v >= 3 {
		for _, pre := range []*[]int{&m.clusPre, &m.clusPreNb} {
			np := r.count(4)
			if np > maxPathBits {
				return nil, fmt.Errorf("%w: %d cluster prefixes", ErrFormat, np)
			}
			for range np {
				k := int(r.u32())
				if k < 1 || k > maxPathBits {
					return nil, fmt.Errorf("%w: cluster prefix %d", ErrFormat, k)
				}
				*pre = append(*pre, k)
			}
		}
		m.clusWin = int(r.u32())
		if m.clusWin > 4 {
			return nil, fmt.Errorf("%w: cluster window %d", ErrFormat, m.clusWin)
		}
		m.clusters = r.clusters()
		if m.clusters != nil {
			m.clus, m.clusPath = m.clusters.table()
		}
	} else {
		r.table() // version 2: an unused cluster table
	}
	if v >= 4 {
		m.flatWin = int(r.u32())
		if m.flatWin > 4 {
			return nil, fmt.Errorf("%w: flat-class window %d", ErrFormat, m.flatWin)
		}
		m.flat = r.flat()
		if m.flat != nil {
			m.flatT = m.flat.table()
		}
	}
	m.gaz.t = r.table()
	nlayers := int(r.u32())
	if r.err == nil && (nlayers < 1 || nlayers > 2) {
		return nil, fmt.Errorf("%w: %d layers", ErrFormat, nlayers)
	}
	for k := 0; k < nlayers && r.err == nil; k++ {
		l := &layer{scale: math.Float32frombits(r.u32())}
		l.trans = make([]int32, (nl+1)*nl)
		for i := range l.trans {
			l.trans[i] = int32(r.u32())
		}
		n := r.count(8 + 2*nl)
		l.feats = newTable(n)
		for i := range n {
			l.feats.put(r.u64(), int32(i))
		}
		l.w = make([]int16, n*nl)
		p := r.take(2 * n * nl)
		if p != nil {
			for y := range nl {
				for i := range n {
					l.w[i*nl+y] = int16(binary.LittleEndian.Uint16(p[2*(y*n+i):]))
				}
			}
		}
		if k == 0 {
			m.first = l
		} else {
			m.second = l
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(r.b))
	}
	m.finalize()
	return m, nil
}

// sorted returns the indexes of the used slots of t in key order.
func (t *table) sorted() []int {
	var slots []int
	for i, s := range t.slots {
		if s.key != 0 {
			slots = append(slots, i)
		}
	}
	slices.SortFunc(slots, func(a, b int) int {
		switch {
		case t.slots[a].key < t.slots[b].key:
			return -1
		case t.slots[a].key > t.slots[b].key:
			return 1
		}
		return 0
	})
	return slots
}
