package ner

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"time"
)

// TrainOptions configure [Train]. The zero value trains a two-pass model
// for 10 epochs with seed 0.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 10).
	Epochs int
	// Seed fixes the order in which sentences are visited. Training is
	// deterministic for a fixed seed and data.
	Seed int64
	// MinCount drops features seen fewer times in training (default 1).
	MinCount int
	// Prune drops feature rows whose largest absolute averaged weight is
	// below Prune, to make the model smaller (default 0: keep all).
	Prune float64
	// Folds is the number of jackknife folds used to compute the lexicon,
	// gazetteer and first-pass features of the training data without
	// looking at the sentence being trained on (default 5).
	Folds int
	// OnePass trains only the sentence-level pass, without the
	// document-level second pass.
	OnePass bool
	// Dev, when set, is scored after every epoch and the epoch with the
	// best micro-F1 is kept (early stopping). Never pass test data.
	Dev []Document
	// Gazetteer adds entries (a name of one or more words, mapped to an
	// entity type) to the gazetteer built from the training entities.
	Gazetteer map[string]string
	// Log receives progress lines when not nil.
	Log io.Writer
}

// example is one training sentence with its features.
type example struct {
	words []string
	info  []wordInfo
	gold  []int
	feats []uint64 // flat features of all words
	offs  []int32  // word i has feats[offs[i]:offs[i+1]]
	doc   int
	fold  int
}

// Train trains a model on tagged documents (IOB1 or IOB2 tags). Sentences
// without tags are skipped.
func Train(train []Document, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 1
	}
	if opt.Folds <= 1 {
		opt.Folds = 5
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", args...)
		}
	}
	typeSet := map[string]bool{}
	for _, d := range train {
		for _, s := range d {
			for _, c := range Chunks(s.Tags) {
				typeSet[c.Type] = true
			}
		}
	}
	if len(typeSet) == 0 {
		return nil, errors.New("ner: no tagged entities in training data")
	}
	types := make([]string, 0, len(typeSet))
	for t := range typeSet {
		types = append(types, t)
	}
	sort.Strings(types)
	labels := makeLabels(types)
	m := &Model{
		labels: labels,
		types:  types,
		allow:  makeAllow(labels),
	}
	m.lex = buildLex(train)
	m.gaz = buildGaz(train, types, opt.Gazetteer)

	// Jackknife views: the lexicon and gazetteer of the other folds.
	views := make([]*Model, opt.Folds)
	for k := range views {
		var rest []Document
		for di, d := range train {
			if di%opt.Folds != k {
				rest = append(rest, d)
			}
		}
		v := *m
		v.lex = buildLex(rest)
		v.gaz = buildGaz(rest, types, opt.Gazetteer)
		views[k] = &v
	}
	var exs []*example
	for di, d := range train {
		k := di % opt.Folds
		for _, s := range d {
			if len(s.Words) == 0 || len(s.Tags) != len(s.Words) {
				continue
			}
			exs = append(exs, m.makeExample(views[k], s.Words, s.Tags, di, k))
		}
	}
	var dev []*example
	for di, d := range opt.Dev {
		for _, s := range d {
			if len(s.Words) == 0 || len(s.Tags) != len(s.Words) {
				continue
			}
			dev = append(dev, m.makeExample(m, s.Words, s.Tags, di, -1))
		}
	}
	t0 := time.Now()
	m.first = m.trainLayer(exs, dev, opt, "pass 1", logf)
	logf("pass 1 trained in %v", time.Since(t0).Round(time.Millisecond))
	if opt.OnePass {
		return m, nil
	}
	// First-pass tags of the training data from models that did not see
	// the sentence's fold.
	pred := make(map[*example][]int, len(exs))
	for k := range opt.Folds {
		var in []*example
		for _, e := range exs {
			if e.fold != k {
				in = append(in, e)
			}
		}
		quiet := opt
		quiet.Dev = nil
		l := m.trainLayer(in, nil, quiet, fmt.Sprintf("fold %d", k), func(string, ...any) {})
		for _, e := range exs {
			if e.fold == k {
				pred[e] = m.tagExample(l, e, nil)
			}
		}
	}
	for _, e := range dev {
		pred[e] = m.tagExample(m.first, e, nil)
	}
	logf("jackknife done in %v", time.Since(t0).Round(time.Millisecond))
	addDocFeatures(m, exs, pred)
	addDocFeatures(m, dev, pred)
	m.second = m.trainLayer(exs, dev, opt, "pass 2", logf)
	logf("pass 2 trained in %v", time.Since(t0).Round(time.Millisecond))
	return m, nil
}

// addDocFeatures appends the document features computed from pred to the
// features of each example, grouping examples by document.
func addDocFeatures(m *Model, exs []*example, pred map[*example][]int) {
	byDoc := map[int][]*example{}
	var order []int
	for _, e := range exs {
		if _, ok := byDoc[e.doc]; !ok {
			order = append(order, e.doc)
		}
		byDoc[e.doc] = append(byDoc[e.doc], e)
	}
	for _, d := range order {
		es := byDoc[d]
		words := make([][]string, len(es))
		infos := make([][]wordInfo, len(es))
		ids := make([][]int, len(es))
		for i, e := range es {
			words[i], infos[i], ids[i] = e.words, e.info, pred[e]
		}
		dc := m.docContext(words, infos, ids)
		for i, e := range es {
			var feats []uint64
			offs := []int32{0}
			for w := range e.words {
				feats = append(feats, e.feats[e.offs[w]:e.offs[w+1]]...)
				feats = append(feats, dc.feats[i][w]...)
				offs = append(offs, int32(len(feats)))
			}
			e.feats, e.offs = feats, offs
		}
	}
}

func (m *Model) makeExample(view *Model, words, tags []string, doc, fold int) *example {
	e := &example{words: words, doc: doc, fold: fold}
	e.info = view.analyzeSentence(words, nil)
	gaz := view.gaz.match(e.info)
	e.offs = append(e.offs, 0)
	for i := range words {
		e.feats = appendFeatures(e.feats, words, e.info, i, gaz)
		e.offs = append(e.offs, int32(len(e.feats)))
	}
	// Gold labels from the tags, repaired to IOB2.
	e.gold = make([]int, len(words))
	for _, c := range Chunks(tags) {
		b := m.labelIndex("B-" + c.Type)
		in := m.labelIndex("I-" + c.Type)
		if b < 0 {
			continue
		}
		e.gold[c.Start] = b
		for i := c.Start + 1; i < c.End; i++ {
			e.gold[i] = in
		}
	}
	return e
}

func (m *Model) labelIndex(l string) int {
	for i, x := range m.labels {
		if x == l {
			return i
		}
	}
	return -1
}

// tagExample decodes an example's precomputed features with layer l.
func (m *Model) tagExample(l *layer, e *example, wk *work) []int {
	if wk == nil {
		wk = &work{}
	}
	n, nl := len(e.words), len(m.labels)
	em := make([]int32, n*nl)
	for i := range n {
		l.emit(e.feats[e.offs[i]:e.offs[i+1]], em[i*nl:i*nl+nl], nl)
	}
	out := make([]int, n)
	viterbi(em, n, nl, l.trans, m.allow, out, make([]int32, n*nl), make([]int64, 2*nl))
	return out
}

// trainer holds the perceptron state of one layer.
type trainer struct {
	nl     int
	w      []int32 // feature*nl + label
	u      []int64 // sum of c*update, for averaging
	tw     []int32
	tu     []int64
	c      int64
	hashes []uint64 // feature index -> hash
}

func (m *Model) trainLayer(exs, dev []*example, opt TrainOptions, name string, logf func(string, ...any)) *layer {
	nl := len(m.labels)
	counts := map[uint64]int32{}
	for _, e := range exs {
		for _, f := range e.feats {
			counts[f]++
		}
	}
	var hashes []uint64
	for f, c := range counts {
		if int(c) >= opt.MinCount {
			hashes = append(hashes, f)
		}
	}
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })
	index := make(map[uint64]int32, len(hashes))
	for i, h := range hashes {
		index[h] = int32(i)
	}
	counts = nil
	// Feature indexes per example.
	idx := make([][]int32, len(exs))
	for k, e := range exs {
		x := make([]int32, len(e.feats))
		for j, f := range e.feats {
			if v, ok := index[f]; ok {
				x[j] = v
			} else {
				x[j] = -1
			}
		}
		idx[k] = x
	}
	index = nil
	t := &trainer{
		nl:     nl,
		w:      make([]int32, len(hashes)*nl),
		u:      make([]int64, len(hashes)*nl),
		tw:     make([]int32, (nl+1)*nl),
		tu:     make([]int64, (nl+1)*nl),
		c:      1,
		hashes: hashes,
	}
	var best *layer
	bestF := -1.0
	bestEpoch := 0
	em := []int32{}
	var back []int32
	score := make([]int64, 2*nl)
	var pred []int
	for epoch := range opt.Epochs {
		rng := rand.New(rand.NewPCG(uint64(opt.Seed), uint64(epoch)))
		order := rng.Perm(len(exs))
		errs := 0
		for _, k := range order {
			e := exs[k]
			n := len(e.words)
			if cap(em) < n*nl {
				em = make([]int32, n*nl)
				back = make([]int32, n*nl)
				pred = make([]int, n)
			}
			em = em[:n*nl]
			clear(em)
			x := idx[k]
			for i := range n {
				dst := em[i*nl : i*nl+nl]
				for _, f := range x[e.offs[i]:e.offs[i+1]] {
					if f < 0 {
						continue
					}
					row := t.w[int(f)*nl : int(f)*nl+nl]
					for y, v := range row {
						dst[y] += v
					}
				}
			}
			viterbi(em, n, nl, t.tw, m.allow, pred[:n], back[:n*nl], score)
			t.update(e, x, pred[:n])
			for i := range n {
				if pred[i] != e.gold[i] {
					errs++
					break
				}
			}
			t.c++
		}
		if len(dev) > 0 || epoch == opt.Epochs-1 {
			l := t.freeze(opt.Prune)
			if len(dev) == 0 {
				best, bestEpoch = l, epoch+1
				break
			}
			var gold, got [][]string
			for _, e := range dev {
				ys := m.tagExample(l, e, nil)
				gold = append(gold, m.tagStrings(e.gold))
				got = append(got, m.tagStrings(ys))
			}
			s := Evaluate(gold, got)
			logf("%s epoch %d: %d sentence errors, dev F1 %.2f (PER %.2f ORG %.2f LOC %.2f MISC %.2f), %d features",
				name, epoch+1, errs, s.All.F1(), s.ByType["PER"].F1(), s.ByType["ORG"].F1(), s.ByType["LOC"].F1(), s.ByType["MISC"].F1(), l.feats.len())
			if f := s.All.F1(); f > bestF {
				best, bestF, bestEpoch = l, f, epoch+1
			}
		} else {
			logf("%s epoch %d: %d sentence errors", name, epoch+1, errs)
		}
	}
	logf("%s: kept epoch %d", name, bestEpoch)
	return best
}

func (m *Model) tagStrings(ys []int) []string {
	out := make([]string, len(ys))
	for i, y := range ys {
		out[i] = m.labels[y]
	}
	return out
}

func (t *trainer) update(e *example, x []int32, pred []int) {
	nl := t.nl
	pg, pp := nl, nl // previous gold and predicted labels; nl is the start
	for i, g := range e.gold {
		p := pred[i]
		if g != p {
			for _, f := range x[e.offs[i]:e.offs[i+1]] {
				if f < 0 {
					continue
				}
				j := int(f) * nl
				t.w[j+g]++
				t.u[j+g] += t.c
				t.w[j+p]--
				t.u[j+p] -= t.c
			}
		}
		if g != p || pg != pp {
			t.tw[pg*nl+g]++
			t.tu[pg*nl+g] += t.c
			t.tw[pp*nl+p]--
			t.tu[pp*nl+p] -= t.c
		}
		pg, pp = g, p
	}
}

// freeze returns the averaged, quantized weights as a layer.
func (t *trainer) freeze(prune float64) *layer {
	nl := t.nl
	c := float64(t.c)
	avg := func(w int32, u int64) float64 { return float64(w) - float64(u)/c }
	maxAbs := 0.0
	for i := range t.w {
		maxAbs = max(maxAbs, math.Abs(avg(t.w[i], t.u[i])))
	}
	for i := range t.tw {
		maxAbs = max(maxAbs, math.Abs(avg(t.tw[i], t.tu[i])))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	var rows []int
	for r := range len(t.hashes) {
		keep := false
		for y := range nl {
			a := math.Abs(avg(t.w[r*nl+y], t.u[r*nl+y]))
			if a >= prune && math.Round(a/scale) != 0 {
				keep = true
				break
			}
		}
		if keep {
			rows = append(rows, r)
		}
	}
	l := &layer{
		feats: newTable(len(rows)),
		w:     make([]int16, len(rows)*nl),
		trans: make([]int32, (nl+1)*nl),
		scale: float32(scale),
	}
	for k, r := range rows {
		l.feats.put(t.hashes[r], int32(k))
		for y := range nl {
			l.w[k*nl+y] = int16(math.Round(avg(t.w[r*nl+y], t.u[r*nl+y]) / scale))
		}
	}
	for i := range t.tw {
		l.trans[i] = int32(math.Round(avg(t.tw[i], t.tu[i]) / scale))
	}
	return l
}
