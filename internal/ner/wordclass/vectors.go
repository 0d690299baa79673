package wordclass

import (
	"fmt"
	"io"
	"math"
	"time"
)

// VectorOptions configure [Vectors].
type VectorOptions struct {
	// Dim is the number of dimensions (default 100).
	Dim int
	// Window is the largest distance between a word and a context word
	// (default 5); as in word2vec, each word draws its window size
	// uniformly from 1 to Window.
	Window int
	// Negative is the number of negative samples per context (default 5).
	Negative int
	// Epochs is the number of passes over the corpus (default 5).
	Epochs int
	// MinCount is the fewest times a word must be seen to get a vector
	// (default 3).
	MinCount int64
	// Sample is the frequency above which words are subsampled
	// (default 1e-4; word2vec's -sample).
	Sample float64
	// Alpha is the initial learning rate (default 0.025), which falls
	// linearly to Alpha/10,000.
	Alpha float64
	// Seed fixes the random numbers; training is deterministic for a
	// fixed seed and corpus.
	Seed uint64
	// Log receives progress lines when not nil.
	Log io.Writer
}

// WordVectors are word embeddings: Vec[i*Dim:(i+1)*Dim] is the vector of
// Words[i], unit length.
type WordVectors struct {
	Words  []string
	Counts []int64
	Dim    int
	Vec    []float32
}

// Vectors learns word vectors from c with the skip-gram model with
// negative sampling (Mikolov et al. 2013, the word2vec tool's defaults),
// single-threaded so that the result depends only on the corpus and the
// seed. The vectors are normalised to unit length.
func Vectors(c *Corpus, opt VectorOptions) (*WordVectors, error) {
	if opt.Dim <= 0 {
		opt.Dim = 100
	}
	if opt.Window <= 0 {
		opt.Window = 5
	}
	if opt.Negative <= 0 {
		opt.Negative = 5
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 5
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 3
	}
	if opt.Sample <= 0 {
		opt.Sample = 1e-4
	}
	if opt.Alpha <= 0 {
		opt.Alpha = 0.025
	}
	logf := logger(opt.Log)
	vocab := c.vocabulary(opt.MinCount)
	if len(vocab) < 2 {
		return nil, fmt.Errorf("wordclass: %d words at or above the cut-off", len(vocab))
	}
	V, D := len(vocab), opt.Dim
	remap := make([]int32, len(c.words))
	for i := range remap {
		remap[i] = -1
	}
	var total int64
	counts := make([]int64, V)
	for k, id := range vocab {
		remap[id] = int32(k)
		counts[k] = c.counts[id]
		total += counts[k]
	}
	// Keep probabilities for subsampling, as in word2vec.
	keep := make([]uint32, V)
	for k, n := range counts {
		f := float64(n) / float64(total)
		p := (math.Sqrt(f/opt.Sample) + 1) * opt.Sample / f
		keep[k] = uint32(min(p, 1) * math.MaxUint32)
	}
	// Negative-sampling table: unigram counts to the power 0.75.
	const tableSize = 1 << 24
	table := make([]int32, tableSize)
	{
		var z float64
		for _, n := range counts {
			z += math.Pow(float64(n), 0.75)
		}
		k, cum := 0, math.Pow(float64(counts[0]), 0.75)/z
		for i := range table {
			table[i] = int32(k)
			if float64(i+1)/tableSize > cum && k < V-1 {
				k++
				cum += math.Pow(float64(counts[k]), 0.75) / z
			}
		}
	}
	rng := &lcg{s: opt.Seed*0x9E3779B97F4A7C15 + 1}
	in := make([]float32, V*D)
	for i := range in {
		in[i] = (float32(rng.next()>>40)/(1<<24) - 0.5) / float32(D)
	}
	out := make([]float32, V*D)
	grad := make([]float32, D)
	var sent []int32
	trainWords := int64(opt.Epochs) * total
	var done int64
	alpha := opt.Alpha
	t0 := time.Now()
	for epoch := range opt.Epochs {
		start := 0
		for start < len(c.stream) {
			end := start
			for end < len(c.stream) && c.stream[end] >= 0 {
				end++
			}
			sent = sent[:0]
			for _, id := range c.stream[start:end] {
				k := remap[id]
				if k < 0 {
					continue
				}
				done++
				if uint32(rng.next()>>32) <= keep[k] {
					sent = append(sent, k)
				}
			}
			start = end + 1
			alpha = opt.Alpha * max(1-float64(done)/float64(trainWords+1), 1e-4)
			a := float32(alpha)
			for i, w := range sent {
				b := int(rng.next()>>33) % opt.Window
				lo, hi := max(0, i-opt.Window+b), min(len(sent)-1, i+opt.Window-b)
				for j := lo; j <= hi; j++ {
					if j == i {
						continue
					}
					ctx := in[int(sent[j])*D : int(sent[j])*D+D]
					clear(grad)
					for d := 0; d <= opt.Negative; d++ {
						target, label := w, float32(1)
						if d > 0 {
							target = table[rng.next()>>40]
							if target == w {
								continue
							}
							label = 0
						}
						o := out[int(target)*D : int(target)*D+D]
						g := (label - sigmoid(dot(ctx, o))) * a
						axpy(grad, o, g)
						axpy(o, ctx, g)
					}
					axpy(ctx, grad, 1)
				}
			}
		}
		logf("wordclass: vectors: epoch %d of %d, %v", epoch+1, opt.Epochs, time.Since(t0).Round(time.Second))
	}
	res := &WordVectors{Dim: D, Vec: in, Counts: counts, Words: make([]string, V)}
	for k, id := range vocab {
		res.Words[k] = c.words[id]
	}
	for k := range V {
		normalize(in[k*D : k*D+D])
	}
	return res, nil
}

// lcg is word2vec's linear congruential generator, widened to 64 bits.
type lcg struct{ s uint64 }

func (r *lcg) next() uint64 {
	r.s = r.s*6364136223846793005 + 1442695040888963407
	return r.s
}

const (
	expTableSize = 1000
	maxExp       = 6
)

var expTable = func() []float32 {
	t := make([]float32, expTableSize)
	for i := range t {
		e := math.Exp((float64(i)/expTableSize*2 - 1) * maxExp)
		t[i] = float32(e / (e + 1))
	}
	return t
}()

func sigmoid(x float32) float32 {
	switch {
	case x >= maxExp:
		return 1
	case x <= -maxExp:
		return 0
	}
	return expTable[int((x+maxExp)*(expTableSize/maxExp/2))]
}

func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

// axpy adds g*x to y.
func axpy(y, x []float32, g float32) {
	x = x[:len(y)]
	for i := range y {
		y[i] += g * x[i]
	}
}

func normalize(v []float32) {
	n := float32(math.Sqrt(float64(dot(v, v))))
	if n == 0 {
		return
	}
	for i := range v {
		v[i] /= n
	}
}

// KMeans clusters the unit vectors of v into k classes by spherical
// k-means (cosine similarity), starting from k words spread over the
// frequency ranks, for at most iters passes; it stops early when fewer
// than 0.1% of the words change class in a pass. It returns the class of
// each word, 0 to k-1, with classes numbered by their most frequent word.
// Like [Vectors], it is deterministic.
func KMeans(v *WordVectors, k, iters int, log io.Writer) []int {
	V, D := len(v.Words), v.Dim
	k = min(k, V)
	cent := make([]float32, k*D)
	for c := range k {
		w := c * V / k
		copy(cent[c*D:c*D+D], v.Vec[w*D:w*D+D])
	}
	class := make([]int, V)
	for i := range class {
		class[i] = -1
	}
	t0 := time.Now()
	for it := 1; it <= iters; it++ {
		moved := 0
		for w := range V {
			x := v.Vec[w*D : w*D+D]
			best, arg := float32(-2), 0
			for c := range k {
				if s := dot(x, cent[c*D:c*D+D]); s > best {
					best, arg = s, c
				}
			}
			if class[w] != arg {
				class[w] = arg
				moved++
			}
		}
		clear(cent)
		size := make([]int, k)
		for w, c := range class {
			axpy(cent[c*D:c*D+D], v.Vec[w*D:w*D+D], 1)
			size[c]++
		}
		for c := range k {
			if size[c] == 0 {
				// An empty class starts again from another word,
				// picked by a fixed rule so that runs agree.
				w := (c*7919 + it) % V
				copy(cent[c*D:c*D+D], v.Vec[w*D:w*D+D])
				continue
			}
			normalize(cent[c*D : c*D+D])
		}
		if log != nil {
			fmt.Fprintf(log, "wordclass: k-means k=%d pass %d: %d words moved, %v\n", k, it, moved, time.Since(t0).Round(time.Second))
		}
		if moved == 0 || float64(moved) < 0.001*float64(V) {
			break
		}
	}
	// Number classes by their first (most frequent) word.
	ren := make([]int, k)
	for i := range ren {
		ren[i] = -1
	}
	next := 0
	for w, c := range class {
		if ren[c] < 0 {
			ren[c] = next
			next++
		}
		class[w] = ren[c]
	}
	return class
}
