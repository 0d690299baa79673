package ner

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand/v2"
	"sort"
	"time"
)

// TrainOptions configure [Train]. The zero value trains one two-pass
// model for 10 epochs with seed 0.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 10).
	Epochs int
	// Seed fixes the order in which sentences are visited. Training is
	// deterministic for a fixed seed and data.
	Seed int64
	// MinCount drops features seen fewer times in training (default 2).
	MinCount int
	// Prune drops feature rows whose largest absolute weight is below
	// Prune times the largest weight of the pass, to make the model
	// smaller and faster (default 0: keep all). On ned.testa, 0.01 drops
	// about a third of the rows without changing the score.
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
	// BIO uses B- and I- labels inside the model instead of the default
	// BILOU labels (B-, I-, L- for the last word, U- for one-word
	// entities). Output is IOB2 either way.
	BIO bool
	// NoBuiltinLists leaves out the built-in word lists: first names
	// (firstnames.txt) and CLDR country and language names (cldr_nl.txt).
	NoBuiltinLists bool
	// NoOrgLexicon leaves the organisation lexicon mined from news
	// (orglex.txt, see [OrgLexicon]) out of the gazetteer.
	NoOrgLexicon bool
	// Ensemble averages the weights of this many perceptrons trained with
	// different seeds (default 1), which lowers the variance that comes
	// from the order of the sentences.
	Ensemble int
	// TypeBias shifts the score of starting an entity of a type in the
	// final pass, as a fraction of the largest weight: a negative bias
	// makes the model predict the type less often. Choose it on
	// development data.
	TypeBias map[string]float64
	// Clusters adds word-class features: prefixes of each word's class
	// bit string (see [ReadClusters]).
	Clusters *Clusters
	// ClusterPrefixes are the bit-string prefix lengths used as features
	// of the word (default 2, 4, ..., 16, 20).
	ClusterPrefixes []int
	// ClusterNeighbourPrefixes are those of the words around it
	// (default: ClusterPrefixes).
	ClusterNeighbourPrefixes []int
	// ClusterWindow adds the class features of the words up to this many
	// positions away (default 1; -1 for the word alone).
	ClusterWindow int
	// FlatClasses adds flat word-class features: the class of the word
	// and of the words around it in each set (see [ReadFlatClasses]).
	FlatClasses *FlatClasses
	// FlatWindow adds the flat-class features of the words up to this
	// many positions away (default 1; -1 for the word alone).
	FlatWindow int
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
		opt.MinCount = 2
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
	m := &Model{types: types}
	scheme := schemeBILOU
	if opt.BIO {
		scheme = schemeBIO
	}
	m.setLabels(scheme)
	var firstNames []uint64
	gazExtra := opt.Gazetteer
	if !opt.NoBuiltinLists {
		firstNames = builtinFirstNames()
		gazExtra = maps.Clone(gazExtra)
		if gazExtra == nil {
			gazExtra = map[string]string{}
		}
		for k, v := range builtinGazetteer(!opt.NoOrgLexicon) {
			if _, ok := gazExtra[k]; !ok {
				gazExtra[k] = v
			}
		}
	}
	if opt.Clusters != nil && opt.Clusters.Len() > 0 {
		m.clusters = opt.Clusters
		m.clus, m.clusPath = opt.Clusters.table()
		m.clusC = m.clus.compact()
		m.clusPre = opt.ClusterPrefixes
		if len(m.clusPre) == 0 {
			m.clusPre = []int{2, 4, 6, 8, 10, 12, 14, 16, 20}
		}
		m.clusPreNb = opt.ClusterNeighbourPrefixes
		if len(m.clusPreNb) == 0 {
			m.clusPreNb = m.clusPre
		}
		m.clusWin = max(opt.ClusterWindow, 0)
		if opt.ClusterWindow == 0 {
			m.clusWin = 1
		}
	}
	if opt.FlatClasses != nil && opt.FlatClasses.Len() > 0 {
		m.flat = opt.FlatClasses
		m.flatT = m.flat.table()
		m.flatC = m.flatT.compact()
		m.flatWin = max(opt.FlatWindow, 0)
		if opt.FlatWindow == 0 {
			m.flatWin = 1
		}
	}
	m.lex = buildLex(train, firstNames, types)
	m.gaz = buildGaz(train, types, gazExtra)

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
		v.lex = buildLex(rest, firstNames, types)
		v.gaz = buildGaz(rest, types, gazExtra)
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
		m.finalize()
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
		quiet.Ensemble = 1
		l := m.trainLayer(in, nil, quiet, fmt.Sprintf("fold %d", k), func(string, ...any) {})
		for _, e := range exs {
			if e.fold == k {
				pred[e] = m.tagExample(l, e)
			}
		}
	}
	for _, e := range dev {
		pred[e] = m.tagExample(m.first, e)
	}
	logf("jackknife done in %v", time.Since(t0).Round(time.Millisecond))
	addDocFeatures(m, exs, pred)
	addDocFeatures(m, dev, pred)
	m.second = m.trainLayer(exs, dev, opt, "pass 2", logf)
	logf("pass 2 trained in %v", time.Since(t0).Round(time.Millisecond))
	if len(opt.TypeBias) > 0 {
		m.addTypeBias(m.second, opt.TypeBias)
		if len(dev) > 0 {
			s := m.score(m.second, dev)
			logf("with type bias %v: dev F1 %.2f (PER %.2f ORG %.2f LOC %.2f MISC %.2f)", opt.TypeBias,
				s.All.F1(), s.ByType["PER"].F1(), s.ByType["ORG"].F1(), s.ByType["LOC"].F1(), s.ByType["MISC"].F1())
		}
	}
	m.finalize()
	return m, nil
}

// addTypeBias adds bias[type] (a fraction of the weight scale) to every
// transition into the first label of an entity of that type.
func (m *Model) addTypeBias(l *layer, bias map[string]float64) {
	nl := len(m.labels)
	for y, lab := range m.labels {
		if len(lab) < 2 || (lab[0] != 'B' && lab[0] != 'U') {
			continue
		}
		d := int32(math.Round(bias[lab[2:]] * 32767))
		for p := 0; p <= nl; p++ {
			l.trans[p*nl+y] += d
		}
	}
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
		dc := m.newDocContext(infos, ids)
		for i, e := range es {
			var feats []uint64
			offs := []int32{0}
			for w := range e.words {
				feats = append(feats, e.feats[e.offs[w]:e.offs[w+1]]...)
				feats = dc.appendFeatures(feats, i, e.info, w)
				offs = append(offs, int32(len(feats)))
			}
			e.feats, e.offs = feats, offs
		}
	}
}

func (m *Model) makeExample(view *Model, words, tags []string, doc, fold int) *example {
	e := &example{words: words, doc: doc, fold: fold}
	e.info = view.analyzeSentence(words, nil)
	gaz := view.gaz.match(e.info, nil)
	e.offs = append(e.offs, 0)
	for i := range words {
		e.feats = view.appendFeatures(e.feats, words, e.info, i, gaz, false)
		e.offs = append(e.offs, int32(len(e.feats)))
	}
	e.gold = m.encodeGold(tags)
	return e
}

// tagExample decodes an example's precomputed features with layer l.
func (m *Model) tagExample(l *layer, e *example) []int {
	n, nl := len(e.words), len(m.labels)
	em := make([]int32, n*nl)
	for i := range n {
		l.emit(e.feats[e.offs[i]:e.offs[i+1]], em[i*nl:i*nl+nl], nl)
	}
	out := make([]int, n)
	m.viterbi(em, n, l.trans, out, make([]int32, n*nl), make([]int64, 2*nl))
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
	runs := max(1, opt.Ensemble)
	var sumW, sumT []float32
	for r := range runs {
		seed := opt.Seed + int64(r)*7919
		w, tr := m.trainRun(exs, dev, idx, hashes, opt, seed, fmt.Sprintf("%s run %d", name, r+1), logf)
		if runs == 1 {
			return freeze(w, tr, hashes, nl, opt.Prune)
		}
		if sumW == nil {
			sumW, sumT = w, tr
			continue
		}
		for k, v := range w {
			sumW[k] += v
		}
		for k, v := range tr {
			sumT[k] += v
		}
	}
	l := freeze(sumW, sumT, hashes, nl, opt.Prune)
	if len(dev) > 0 {
		s := m.score(l, dev)
		logf("%s ensemble of %d: dev F1 %.2f (PER %.2f ORG %.2f LOC %.2f MISC %.2f), %d features", name, runs,
			s.All.F1(), s.ByType["PER"].F1(), s.ByType["ORG"].F1(), s.ByType["LOC"].F1(), s.ByType["MISC"].F1(), l.feats.len())
	}
	return l
}

// score tags the dev examples with l and scores them.
func (m *Model) score(l *layer, dev []*example) Scores {
	var gold, got [][]string
	for _, e := range dev {
		ys := m.tagExample(l, e)
		gold = append(gold, m.tagStrings(e.gold))
		got = append(got, m.tagStrings(ys))
	}
	return Evaluate(gold, got)
}

// trainRun trains one perceptron and returns its averaged weights and
// transitions, from the epoch with the best dev score when dev is set.
func (m *Model) trainRun(exs, dev []*example, idx [][]int32, hashes []uint64, opt TrainOptions, seed int64, name string, logf func(string, ...any)) (w, trans []float32) {
	nl := len(m.labels)
	t := &trainer{
		nl:     nl,
		w:      make([]int32, len(hashes)*nl),
		u:      make([]int64, len(hashes)*nl),
		tw:     make([]int32, (nl+1)*nl),
		tu:     make([]int64, (nl+1)*nl),
		c:      1,
		hashes: hashes,
	}
	bestF := -1.0
	bestEpoch := 0
	em := []int32{}
	var back []int32
	score := make([]int64, 2*nl)
	var pred []int
	for epoch := range opt.Epochs {
		rng := rand.New(rand.NewPCG(uint64(seed), uint64(epoch)))
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
			m.viterbi(em, n, t.tw, pred[:n], back[:n*nl], score)
			t.update(e, x, pred[:n])
			for i := range n {
				if pred[i] != e.gold[i] {
					errs++
					break
				}
			}
			t.c++
		}
		if len(dev) == 0 {
			if epoch == opt.Epochs-1 {
				w, trans = t.average()
				bestEpoch = epoch + 1
			}
			logf("%s epoch %d: %d sentence errors", name, epoch+1, errs)
			continue
		}
		aw, at := t.average()
		l := freeze(aw, at, hashes, nl, opt.Prune)
		s := m.score(l, dev)
		logf("%s epoch %d: %d sentence errors, dev F1 %.2f (PER %.2f ORG %.2f LOC %.2f MISC %.2f), %d features",
			name, epoch+1, errs, s.All.F1(), s.ByType["PER"].F1(), s.ByType["ORG"].F1(), s.ByType["LOC"].F1(), s.ByType["MISC"].F1(), l.feats.len())
		if f := s.All.F1(); f > bestF {
			w, trans, bestF, bestEpoch = aw, at, f, epoch+1
		}
	}
	logf("%s: kept epoch %d", name, bestEpoch)
	return w, trans
}

func (m *Model) tagStrings(ys []int) []string {
	out := make([]string, len(ys))
	for i, y := range ys {
		out[i] = m.out[y]
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

// average returns the averaged weights and transitions.
func (t *trainer) average() (w, trans []float32) {
	c := float64(t.c)
	w = make([]float32, len(t.w))
	for i := range t.w {
		w[i] = float32(float64(t.w[i]) - float64(t.u[i])/c)
	}
	trans = make([]float32, len(t.tw))
	for i := range t.tw {
		trans[i] = float32(float64(t.tw[i]) - float64(t.tu[i])/c)
	}
	return w, trans
}

// freeze quantizes weights w (feature*nl + label) and transitions to a
// layer, dropping feature rows that are all zero or below prune times the
// largest weight. Only
// the ratios of the weights matter, so sums need not be divided.
func freeze(w, trans []float32, hashes []uint64, nl int, prune float64) *layer {
	maxAbs := 0.0
	for _, v := range w {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	for _, v := range trans {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	var rows []int
	for r := range len(hashes) {
		for y := range nl {
			a := math.Abs(float64(w[r*nl+y]))
			if a >= prune*maxAbs && math.Round(a/scale) != 0 {
				rows = append(rows, r)
				break
			}
		}
	}
	l := &layer{
		feats: newTable(len(rows)),
		w:     make([]int16, len(rows)*nl),
		trans: make([]int32, (nl+1)*nl),
		scale: float32(scale),
	}
	for k, r := range rows {
		l.feats.put(hashes[r], int32(k))
		for y := range nl {
			l.w[k*nl+y] = int16(math.Round(float64(w[r*nl+y]) / scale))
		}
	}
	for i, v := range trans {
		l.trans[i] = int32(math.Round(float64(v) / scale))
	}
	return l
}
