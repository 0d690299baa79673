// Package wordclass learns hierarchical word classes from unlabelled text:
// the Brown et al. (1992) class-bigram model, whose classes a named-entity
// tagger uses as features at several prefix lengths of the class's bit
// string (Turian et al. 2010; ixa-pipe-nerc, Agerri and Rigau 2016).
//
// Brown's own algorithm (and Liang's wcluster, which ixa-pipe-nerc uses)
// merges classes greedily, which costs O(V·C²) for V words and C classes:
// days for 1000 classes on a large vocabulary. This package optimises the
// same objective, the likelihood of the class-bigram model
//
//	Σ_{c,d} N(c,d) log N(c,d) − Σ_c N(c,·) log N(c,·) − Σ_d N(·,d) log N(·,d)
//
// in two steps:
//
//  1. Exchange (Kneser and Ney 1993; Martin, Liermann and Ney 1998): every
//     word starts in a class, then words move one at a time to the class
//     that raises the likelihood most, until few words move. One pass
//     costs O(C) per distinct (word, neighbour class) pair.
//  2. Hierarchy: the C classes are merged agglomeratively, two at a time,
//     the pair that loses the least likelihood first, as in Brown's
//     algorithm. Each class's path from the root (0 = left, 1 = right) is
//     its bit string; words of one class share it, as in wcluster output.
//
// The result is written in wcluster's paths format: "bits<TAB>word<TAB>count"
// a line.
package wordclass

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Unknown is the word that stands for every word below the count
// cut-off during clustering. It is not written to the output.
const Unknown = "<unk>"

// Corpus collects word sequences (sentences or paragraphs) for clustering.
// Bigrams are counted within a sequence only. A Corpus is not safe for
// concurrent use.
type Corpus struct {
	ids    map[string]int32
	words  []string
	counts []int64
	stream []int32 // word ids; -1 separates sequences
	tokens int64
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus {
	return &Corpus{ids: make(map[string]int32)}
}

// Add appends one sequence of words.
func (c *Corpus) Add(words []string) {
	if len(words) == 0 {
		return
	}
	for _, w := range words {
		id, ok := c.ids[w]
		if !ok {
			id = int32(len(c.words))
			w = strings.Clone(w)
			c.ids[w] = id
			c.words = append(c.words, w)
			c.counts = append(c.counts, 0)
		}
		c.counts[id]++
		c.stream = append(c.stream, id)
	}
	c.stream = append(c.stream, -1)
	c.tokens += int64(len(words))
}

// Tokens returns the number of words added.
func (c *Corpus) Tokens() int64 { return c.tokens }

// Types returns the number of distinct words added.
func (c *Corpus) Types() int { return len(c.words) }

// CountAtLeast returns the number of distinct words seen at least n times.
func (c *Corpus) CountAtLeast(n int64) int {
	k := 0
	for _, v := range c.counts {
		if v >= n {
			k++
		}
	}
	return k
}

// Options configure [Cluster].
type Options struct {
	// Classes is the number of classes C (default 1000).
	Classes int
	// MinCount: words seen fewer times are clustered as one word,
	// [Unknown], and get no class (default 3).
	MinCount int64
	// MaxIter bounds the exchange passes (default 20); they stop earlier
	// when fewer than MinMoves words move in a pass.
	MaxIter int
	// MinMoves ends the exchange passes when a pass moves fewer words
	// than this fraction of the vocabulary (default 0.002).
	MinMoves float64
	// Log receives progress lines when not nil.
	Log io.Writer
}

// Word is one clustered word.
type Word struct {
	// Text is the word.
	Text string
	// Path is the bit string of its class, "0" and "1" from the root.
	Path string
	// Count is how often the word occurs in the corpus.
	Count int64
}

// Result is the outcome of [Cluster].
type Result struct {
	// Words are the clustered words, sorted by Path, then by descending
	// Count, then by Text.
	Words []Word
	// LogLik is the class part of the class-bigram log-likelihood per
	// bigram after the exchange passes (natural log; the word emission
	// terms, which classes do not change, are left out).
	LogLik float64
}

// xlogx table for small counts.
const tabSize = 1 << 16

var xlogxTab = func() []float64 {
	t := make([]float64, tabSize)
	for i := 1; i < tabSize; i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}()

func xlogx(x int64) float64 {
	if x < tabSize {
		if x <= 0 {
			return 0
		}
		return xlogxTab[x]
	}
	return float64(x) * math.Log(float64(x))
}

func xlogx32(x int32) float64 {
	if x < tabSize {
		if x <= 0 {
			return 0
		}
		return xlogxTab[x]
	}
	return float64(x) * math.Log(float64(x))
}

// adjacency lists of a word: neighbour ids and bigram counts.
type adj struct {
	start []int64 // word -> offset in nb/cnt
	nb    []int32
	cnt   []int32
}

func (a *adj) of(w int32) ([]int32, []int32) {
	s, e := a.start[w], a.start[w+1]
	return a.nb[s:e], a.cnt[s:e]
}

// state is the exchange state.
type state struct {
	C      int
	class  []int32
	n      []int32 // C*C, n[b*C+d] = N(b,d)
	nt     []int32 // transposed
	nl, nr []int64 // class marginals as left and right element
	right  adj     // word -> right neighbours (self excluded)
	left   adj     // word -> left neighbours (self excluded)
	self   []int32 // N(w,w)
	wl, wr []int64 // word marginals as left and right element
}

// Cluster clusters the words of c.
func Cluster(c *Corpus, opt Options) (*Result, error) {
	return cluster(c, opt, nil)
}

// cluster is Cluster; when hook is set, it is called with the initial
// state and clustering stops there (for tests).
// vocabulary returns the ids of the words seen at least minCount times,
// by descending count, then by spelling.
func (c *Corpus) vocabulary(minCount int64) []int32 {
	var vocab []int32
	for id, n := range c.counts {
		if n >= minCount {
			vocab = append(vocab, int32(id))
		}
	}
	slices.SortFunc(vocab, func(a, b int32) int {
		if x := cmp.Compare(c.counts[b], c.counts[a]); x != 0 {
			return x
		}
		return strings.Compare(c.words[a], c.words[b])
	})
	return vocab
}

// logger returns a printf-style function writing lines to w, or doing
// nothing when w is nil.
func logger(w io.Writer) func(format string, args ...any) {
	return func(format string, args ...any) {
		if w != nil {
			fmt.Fprintf(w, format+"\n", args...)
		}
	}
}

func cluster(c *Corpus, opt Options, hook func(*state)) (*Result, error) {
	if opt.Classes <= 0 {
		opt.Classes = 1000
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 3
	}
	if opt.MaxIter <= 0 {
		opt.MaxIter = 20
	}
	if opt.MinMoves <= 0 {
		opt.MinMoves = 0.002
	}
	logf := logger(opt.Log)
	// Vocabulary: words at or above the cut-off by descending count,
	// then the unknown word.
	vocab := c.vocabulary(opt.MinCount)
	V := len(vocab) + 1
	unk := int32(V - 1)
	if V-1 < opt.Classes {
		return nil, fmt.Errorf("wordclass: %d words at or above the cut-off, fewer than %d classes", V-1, opt.Classes)
	}
	remap := make([]int32, len(c.words))
	for i := range remap {
		remap[i] = unk
	}
	for k, id := range vocab {
		remap[id] = int32(k)
	}
	// Bigram keys, sorted.
	keys := make([]uint64, 0, len(c.stream))
	for i := 0; i+1 < len(c.stream); i++ {
		a, b := c.stream[i], c.stream[i+1]
		if a < 0 || b < 0 {
			continue
		}
		keys = append(keys, uint64(remap[a])<<32|uint64(remap[b]))
	}
	slices.Sort(keys)
	st := &state{C: opt.Classes, self: make([]int32, V), wl: make([]int64, V), wr: make([]int64, V)}
	var pairs []bigram
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		a, b := int32(keys[i]>>32), int32(uint32(keys[i]))
		n := int32(j - i)
		st.wl[a] += int64(n)
		st.wr[b] += int64(n)
		if a == b {
			st.self[a] += n
		} else {
			pairs = append(pairs, bigram{a, b, n})
		}
		i = j
	}
	keys = nil
	st.right = buildAdj(pairs, V, false)
	st.left = buildAdj(pairs, V, true)
	logf("wordclass: %d tokens, %d words (%d at or above %d), %d distinct bigrams",
		c.tokens, len(c.words), V-1, opt.MinCount, len(pairs)+countSelf(st.self))
	pairs = nil

	// Initial classes: the C-1 most frequent words alone, the rest
	// (and the unknown word) round-robin.
	C := opt.Classes
	st.class = make([]int32, V)
	for w := range V {
		if w < C {
			st.class[w] = int32(w)
		} else {
			st.class[w] = int32(w % C)
		}
	}
	st.rebuild()
	if hook != nil {
		hook(st)
		return nil, nil
	}
	t0 := time.Now()
	ll := st.loglik()
	logf("wordclass: start: log-likelihood %.4f per bigram", st.perBigram(ll))
	R := make([]int32, C)
	L := make([]int32, C)
	delta := make([]float64, C)
	var nzR, nzL []int32
	for it := 1; it <= opt.MaxIter; it++ {
		moves := 0
		for w := range int32(V) {
			nzR, nzL = st.neighbourClasses(w, R, L, nzR[:0], nzL[:0])
			a := st.class[w]
			st.move(w, a, R, L, nzR, nzL, -1)
			b := st.best(w, R, L, nzR, nzL, delta, a)
			st.move(w, b, R, L, nzR, nzL, +1)
			if b != a {
				st.class[w] = b
				moves++
			}
			for _, d := range nzR {
				R[d] = 0
			}
			for _, d := range nzL {
				L[d] = 0
			}
		}
		ll = st.loglik()
		logf("wordclass: pass %d: %d words moved, log-likelihood %.4f per bigram, %v", it, moves, st.perBigram(ll), time.Since(t0).Round(time.Second))
		if float64(moves) < opt.MinMoves*float64(V) {
			break
		}
	}
	res := &Result{LogLik: st.perBigram(ll)}
	paths := st.hierarchy(logf)
	for k, id := range vocab {
		res.Words = append(res.Words, Word{Text: c.words[id], Path: paths[st.class[k]], Count: c.counts[id]})
	}
	slices.SortFunc(res.Words, func(a, b Word) int {
		if x := strings.Compare(a.Path, b.Path); x != 0 {
			return x
		}
		if x := cmp.Compare(b.Count, a.Count); x != 0 {
			return x
		}
		return strings.Compare(a.Text, b.Text)
	})
	logf("wordclass: done in %v", time.Since(t0).Round(time.Second))
	return res, nil
}

type bigram struct {
	a, b int32
	n    int32
}

func countSelf(s []int32) int {
	k := 0
	for _, v := range s {
		if v > 0 {
			k++
		}
	}
	return k
}

// buildAdj builds right-neighbour lists (or left-neighbour lists when
// rev) from bigrams sorted by (a, b).
func buildAdj(pairs []bigram, V int, rev bool) adj {
	a := adj{start: make([]int64, V+1), nb: make([]int32, len(pairs)), cnt: make([]int32, len(pairs))}
	for _, p := range pairs {
		k := p.a
		if rev {
			k = p.b
		}
		a.start[k+1]++
	}
	for i := 1; i <= V; i++ {
		a.start[i] += a.start[i-1]
	}
	pos := slices.Clone(a.start[:V])
	for _, p := range pairs {
		k, o := p.a, p.b
		if rev {
			k, o = p.b, p.a
		}
		a.nb[pos[k]] = o
		a.cnt[pos[k]] = p.n
		pos[k]++
	}
	return a
}

// rebuild computes the class bigram counts from the word classes.
func (st *state) rebuild() {
	C := st.C
	st.n = make([]int32, C*C)
	st.nt = make([]int32, C*C)
	st.nl = make([]int64, C)
	st.nr = make([]int64, C)
	for w := range int32(len(st.class)) {
		a := st.class[w]
		nb, cnt := st.right.of(w)
		for k, v := range nb {
			st.n[int(a)*C+int(st.class[v])] += cnt[k]
		}
		st.n[int(a)*C+int(a)] += st.self[w]
		st.nl[a] += st.wl[w]
		st.nr[a] += st.wr[w]
	}
	for b := range C {
		for d := range C {
			st.nt[d*C+b] = st.n[b*C+d]
		}
	}
}

// loglik returns the class part of the log-likelihood (unnormalised).
func (st *state) loglik() float64 {
	s := 0.0
	for _, v := range st.n {
		s += xlogx32(v)
	}
	for b := range st.C {
		s -= xlogx(st.nl[b]) + xlogx(st.nr[b])
	}
	return s
}

// perBigram returns the class part of the log-likelihood per bigram, a
// figure that rises as the classes improve.
func (st *state) perBigram(classLL float64) float64 {
	var total int64
	for _, v := range st.wl {
		total += v
	}
	if total == 0 {
		return 0
	}
	return classLL / float64(total)
}

// neighbourClasses fills R and L with the class counts of w's right and
// left neighbours and returns the classes touched.
func (st *state) neighbourClasses(w int32, R, L []int32, nzR, nzL []int32) ([]int32, []int32) {
	nb, cnt := st.right.of(w)
	for k, v := range nb {
		d := st.class[v]
		if R[d] == 0 {
			nzR = append(nzR, d)
		}
		R[d] += cnt[k]
	}
	nb, cnt = st.left.of(w)
	for k, v := range nb {
		c := st.class[v]
		if L[c] == 0 {
			nzL = append(nzL, c)
		}
		L[c] += cnt[k]
	}
	return nzR, nzL
}

// move adds (sign +1) or removes (sign −1) word w to or from class b.
func (st *state) move(w, b int32, R, L []int32, nzR, nzL []int32, sign int32) {
	C := st.C
	for _, d := range nzR {
		st.n[int(b)*C+int(d)] += sign * R[d]
		st.nt[int(d)*C+int(b)] += sign * R[d]
	}
	for _, c := range nzL {
		st.n[int(c)*C+int(b)] += sign * L[c]
		st.nt[int(b)*C+int(c)] += sign * L[c]
	}
	s := st.self[w]
	st.n[int(b)*C+int(b)] += sign * s
	st.nt[int(b)*C+int(b)] += sign * s
	st.nl[b] += int64(sign) * st.wl[w]
	st.nr[b] += int64(sign) * st.wr[w]
}

// best returns the class that w, removed from its class, adds the most
// likelihood to; cur wins ties.
func (st *state) best(w int32, R, L []int32, nzR, nzL []int32, delta []float64, cur int32) int32 {
	C := st.C
	clear(delta)
	for _, d := range nzR {
		addGain(delta, st.nt[int(d)*C:int(d)*C+C], R[d])
	}
	for _, c := range nzL {
		addGain(delta, st.n[int(c)*C:int(c)*C+C], L[c])
	}
	// The diagonal: N(b,b) gains R[b] + L[b] + self at once.
	s := st.self[w]
	fix := func(b int32) {
		nbb := st.n[int(b)*C+int(b)]
		if R[b] > 0 {
			delta[b] -= xlogx32(nbb+R[b]) - xlogx32(nbb)
		}
		if L[b] > 0 {
			delta[b] -= xlogx32(nbb+L[b]) - xlogx32(nbb)
		}
		delta[b] += xlogx32(nbb+R[b]+L[b]+s) - xlogx32(nbb)
	}
	if s > 0 {
		for b := range int32(C) {
			fix(b)
		}
	} else {
		for _, b := range nzR {
			fix(b)
		}
		for _, b := range nzL {
			if R[b] == 0 {
				fix(b)
			}
		}
	}
	wl, wr := st.wl[w], st.wr[w]
	best, arg := math.Inf(-1), cur
	for b := range C {
		g := delta[b] - (xlogx(st.nl[b]+wl) - xlogx(st.nl[b])) - (xlogx(st.nr[b]+wr) - xlogx(st.nr[b]))
		if g > best || g == best && int32(b) == cur {
			best, arg = g, int32(b)
		}
	}
	if d := best - gainAt(st, delta, cur, wl, wr); d <= 1e-9 {
		return cur
	}
	return arg
}

func gainAt(st *state, delta []float64, b int32, wl, wr int64) float64 {
	return delta[b] - (xlogx(st.nl[b]+wl) - xlogx(st.nl[b])) - (xlogx(st.nr[b]+wr) - xlogx(st.nr[b]))
}

// addGain adds f(x+r) − f(x) for each x of row to delta.
func addGain(delta []float64, row []int32, r int32) {
	delta = delta[:len(row)]
	if r == 1 {
		// f(x+1) − f(x) from the table when x+1 is small.
		for b, x := range row {
			if x < tabSize-1 {
				delta[b] += xlogxTab[x+1] - xlogxTab[x]
			} else {
				delta[b] += xlogx32(x+1) - xlogx32(x)
			}
		}
		return
	}
	for b, x := range row {
		y := x + r
		if y < tabSize {
			delta[b] += xlogxTab[y] - xlogxTab[x]
		} else {
			delta[b] += xlogx32(y) - xlogx32(x)
		}
	}
}

// hierarchy merges the classes agglomeratively and returns the bit
// string of each class.
func (st *state) hierarchy(logf func(string, ...any)) []string {
	C := st.C
	// Working copies in int64 and float for merged counts.
	n := make([]int64, C*C)
	for i, v := range st.n {
		n[i] = int64(v)
	}
	nl := slices.Clone(st.nl)
	nr := slices.Clone(st.nr)
	alive := make([]bool, C)
	for i := range alive {
		alive[i] = true
	}
	g := func(x, y int64) float64 { return xlogx(x+y) - xlogx(x) - xlogx(y) }
	// loss(i,j): change of log-likelihood when i and j merge.
	loss := func(i, j int) float64 {
		s := 0.0
		for d := range C {
			if !alive[d] || d == i || d == j {
				continue
			}
			s += g(n[i*C+d], n[j*C+d]) + g(n[d*C+i], n[d*C+j])
		}
		s += xlogx(n[i*C+i]+n[i*C+j]+n[j*C+i]+n[j*C+j]) - xlogx(n[i*C+i]) - xlogx(n[i*C+j]) - xlogx(n[j*C+i]) - xlogx(n[j*C+j])
		s -= g(nl[i], nl[j]) + g(nr[i], nr[j])
		return s
	}
	q := make([]float64, C*C) // q[i*C+j], i < j
	for i := range C {
		for j := i + 1; j < C; j++ {
			q[i*C+j] = loss(i, j)
		}
	}
	// Tree: node ids 0..C-1 are classes; merges create C, C+1, ...
	parent := make([]int, 2*C-1)
	side := make([]byte, 2*C-1)
	node := make([]int, C) // current tree node of each alive class
	for i := range node {
		node[i] = i
	}
	next := C
	t0 := time.Now()
	for step := 0; step < C-1; step++ {
		bi, bj, bq := -1, -1, math.Inf(-1)
		for i := range C {
			if !alive[i] {
				continue
			}
			row := q[i*C : i*C+C]
			for j := i + 1; j < C; j++ {
				if alive[j] && row[j] > bq {
					bi, bj, bq = i, j, row[j]
				}
			}
		}
		i, j := bi, bj
		// Update the losses of the other pairs: their terms at
		// columns/rows i and j become one term at the merged class.
		for k := range C {
			if !alive[k] || k == i || k == j {
				continue
			}
			for l := k + 1; l < C; l++ {
				if !alive[l] || l == i || l == j {
					continue
				}
				d := g(n[k*C+i]+n[k*C+j], n[l*C+i]+n[l*C+j]) - g(n[k*C+i], n[l*C+i]) - g(n[k*C+j], n[l*C+j]) +
					g(n[i*C+k]+n[j*C+k], n[i*C+l]+n[j*C+l]) - g(n[i*C+k], n[i*C+l]) - g(n[j*C+k], n[j*C+l])
				q[k*C+l] += d
			}
		}
		// Merge j into i.
		for d := range C {
			n[i*C+d] += n[j*C+d]
		}
		for c := range C {
			n[c*C+i] += n[c*C+j]
		}
		nl[i] += nl[j]
		nr[i] += nr[j]
		alive[j] = false
		parent[node[i]], side[node[i]] = next, '0'
		parent[node[j]], side[node[j]] = next, '1'
		node[i] = next
		next++
		for k := range C {
			if alive[k] && k != i {
				a, b := min(i, k), max(i, k)
				q[a*C+b] = loss(a, b)
			}
		}
		if (step+1)%100 == 0 {
			logf("wordclass: hierarchy: %d merges, %v", step+1, time.Since(t0).Round(time.Second))
		}
	}
	root := next - 1
	paths := make([]string, C)
	for c := range C {
		var b []byte
		for v := c; v != root; v = parent[v] {
			b = append(b, side[v])
		}
		slices.Reverse(b)
		paths[c] = string(b)
	}
	return paths
}

// Write writes r in wcluster's paths format: "bits<TAB>word<TAB>count"
// a line.
func (r *Result) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, x := range r.Words {
		bw.WriteString(x.Path)
		bw.WriteByte('\t')
		bw.WriteString(x.Text)
		bw.WriteByte('\t')
		bw.WriteString(strconv.FormatInt(x.Count, 10))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// ErrFormat is returned by [Read] for a malformed paths file.
var ErrFormat = errors.New("wordclass: malformed paths file")

// Read reads a paths file written by [Result.Write] (or by wcluster) and
// calls fn for each word and its bit string. Lines starting with "#" are
// skipped.
func Read(r io.Reader, fn func(word, path string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		path, rest, ok := strings.Cut(s, "\t")
		if !ok || path == "" || strings.Trim(path, "01") != "" {
			return fmt.Errorf("%w: line %d", ErrFormat, line)
		}
		word, _, _ := strings.Cut(rest, "\t")
		if word == "" {
			return fmt.Errorf("%w: line %d", ErrFormat, line)
		}
		fn(word, path)
	}
	return sc.Err()
}

// Normalize returns the form of w that is clustered and looked up: ASCII
// digits become 0, so that "1995" and "2019" are one word, "0000".
func Normalize(w string) string {
	i := strings.IndexFunc(w, func(r rune) bool { return r >= '1' && r <= '9' })
	if i < 0 {
		return w
	}
	b := []byte(w)
	for k := i; k < len(b); k++ {
		if b[k] >= '1' && b[k] <= '9' {
			b[k] = '0'
		}
	}
	return string(b)
}
