package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/draadnlp/draad/internal/ner/wordclass"
	"github.com/draadnlp/draad/token"
)

// newsArticle is one line of nieuws-2019.jsonl.gz (fields draad uses).
type newsArticle struct {
	ID         string   `json:"id"`
	Source     string   `json:"source"`
	Date       string   `json:"date"`
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
}

// defaultNewsPath is the unlabelled news corpus next to the repository.
var defaultNewsPath = filepath.Join("..", "shared", "data", "nieuws-2019", "nieuws-2019.jsonl.gz")

// maxNewsLine bounds one JSON line of the news corpus.
const maxNewsLine = 64 << 20

// readNews calls fn for each article of a JSON-lines file, gzip-compressed
// or not. It stops at the first error fn returns.
func readNews(path string, fn func(a *newsArticle) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	var r io.Reader = br
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return err
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), maxNewsLine)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var a newsArticle
		if err := json.Unmarshal(b, &a); err != nil {
			return fmt.Errorf("line %d: %v", line, err)
		}
		if err := fn(&a); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("line %d: longer than %d bytes", line+1, maxNewsLine)
		}
		return err
	}
	return nil
}

// newsWords returns the words of a text as the entity package sees them:
// the non-space tokens of internal/token.
func newsWords(text string, toks []token.Token, dst []string) ([]string, []token.Token) {
	toks = token.Append(toks[:0], text)
	dst = dst[:0]
	for _, t := range toks {
		if t.Kind != token.Space {
			dst = append(dst, t.Text)
		}
	}
	return dst, toks
}

// readCorpus reads the words of at most limit articles (0: all) of a
// news corpus, normalised with [wordclass.Normalize], a paragraph a
// sequence. It returns the corpus and the number of articles read.
func readCorpus(path string, limit int) (*wordclass.Corpus, int, error) {
	c := wordclass.NewCorpus()
	var ws []string
	var toks []token.Token
	n := 0
	errStop := errors.New("stop")
	err := readNews(path, func(a *newsArticle) error {
		if limit > 0 && n >= limit {
			return errStop
		}
		n++
		for _, p := range append([]string{a.Title}, a.Paragraphs...) {
			ws, toks = newsWords(p, toks, ws)
			for i, w := range ws {
				ws[i] = wordclass.Normalize(w)
			}
			c.Add(ws)
		}
		return nil
	})
	if err != nil && err != errStop {
		return nil, 0, err
	}
	return c, n, nil
}

// cmdClusters implements "draad clusters": it learns word classes from
// unlabelled news for the entity model's cluster features.
func cmdClusters(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("clusters", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "-", "output paths `FILE` (bits<TAB>word<TAB>count); - is standard output")
	classes := fs.Int("c", 1000, "number of word classes")
	minCount := fs.Int64("mincount", 3, "cluster only words seen at least this often")
	iters := fs.Int("iter", 20, "maximum exchange passes")
	limit := fs.Int("n", 0, "read at most this many articles (0: all)")
	quiet := fs.Bool("q", false, "do not log progress")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad clusters [-c N] [-mincount N] [-iter N] [-o FILE] [CORPUS]")
		fmt.Fprintln(stderr, "Learns hierarchical word classes (the Brown class-bigram objective, optimised by")
		fmt.Fprintln(stderr, "exchange, then merged into a binary tree) from a JSON-lines news corpus with")
		fmt.Fprintln(stderr, "title and paragraphs fields, gzip-compressed or not. CORPUS defaults to")
		fmt.Fprintln(stderr, "  "+defaultNewsPath)
		fs.PrintDefaults()
	}
	path, code, ok := corpusArg(fs, args)
	if !ok {
		return code
	}
	var logw io.Writer
	if !*quiet {
		logw = stderr
	}
	t0 := time.Now()
	c, n, err := readCorpus(path, *limit)
	if err != nil {
		fmt.Fprintf(stderr, "draad: %s: %v\n", path, err)
		return 1
	}
	if logw != nil {
		fmt.Fprintf(logw, "draad: read %d articles, %d tokens, %d distinct words (%d seen 3+ times, %d 5+, %d 10+) in %v\n",
			n, c.Tokens(), c.Types(), c.CountAtLeast(3), c.CountAtLeast(5), c.CountAtLeast(10), time.Since(t0).Round(time.Millisecond))
	}
	res, err := wordclass.Cluster(c, wordclass.Options{Classes: *classes, MinCount: *minCount, MaxIter: *iters, Log: logw})
	if err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# draad clusters -c %d -mincount %d: %d words from %d articles (%d tokens) of %s\n",
		*classes, *minCount, len(res.Words), n, c.Tokens(), filepath.Base(path))
	if err := res.Write(&buf); err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	if *out == "-" {
		_, err = stdout.Write(buf.Bytes())
	} else {
		err = os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	if logw != nil {
		fmt.Fprintf(logw, "draad: %d words in %d classes, written in %v\n", len(res.Words), *classes, time.Since(t0).Round(time.Second))
	}
	return 0
}

// cmdVectors implements "draad vectors": it learns skip-gram word vectors
// from unlabelled news and clusters them by k-means at one or more
// numbers of classes, for the entity model's flat word-class features.
func cmdVectors(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vectors", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "-", "output classes `FILE` (word<TAB>class at each k); - is standard output")
	vecOut := fs.String("vectors", "", "also write the vectors to `FILE` (a word and its values a line)")
	ks := fs.String("k", "100,500,1000", "comma-separated numbers of k-means classes")
	dim := fs.Int("dim", 100, "vector dimensions")
	win := fs.Int("window", 5, "largest distance of a context word")
	neg := fs.Int("negative", 5, "negative samples per context word")
	epochs := fs.Int("epochs", 5, "passes over the corpus")
	minCount := fs.Int64("mincount", 3, "learn vectors for words seen at least this often")
	kiters := fs.Int("kiter", 30, "maximum k-means passes")
	seed := fs.Uint64("seed", 1, "random seed; the output is the same for the same seed and corpus")
	limit := fs.Int("n", 0, "read at most this many articles (0: all)")
	quiet := fs.Bool("q", false, "do not log progress")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad vectors [-k N,N,...] [-dim N] [-window N] [-mincount N] [-o FILE] [CORPUS]")
		fmt.Fprintln(stderr, "Learns word vectors (skip-gram with negative sampling, single-threaded and")
		fmt.Fprintln(stderr, "deterministic) from a JSON-lines news corpus with title and paragraphs fields,")
		fmt.Fprintln(stderr, "then clusters them by spherical k-means at each k. CORPUS defaults to")
		fmt.Fprintln(stderr, "  "+defaultNewsPath)
		fs.PrintDefaults()
	}
	path, code, ok := corpusArg(fs, args)
	if !ok {
		return code
	}
	var kv []int
	for _, s := range splitComma(*ks) {
		k, err := strconv.Atoi(s)
		if err != nil || k < 2 || k >= 1<<16 {
			fmt.Fprintf(stderr, "draad: bad -k %q\n", s)
			return 2
		}
		kv = append(kv, k)
	}
	if len(kv) == 0 {
		fmt.Fprintln(stderr, "draad: -k is empty")
		return 2
	}
	if *dim < 1 || *dim > 1000 || *win < 1 || *win > 50 || *neg < 1 || *neg > 50 || *epochs < 1 || *epochs > 100 {
		fmt.Fprintln(stderr, "draad: -dim must be 1 to 1000, -window and -negative 1 to 50, -epochs 1 to 100")
		return 2
	}
	var logw io.Writer
	if !*quiet {
		logw = stderr
	}
	t0 := time.Now()
	c, n, err := readCorpus(path, *limit)
	if err != nil {
		fmt.Fprintf(stderr, "draad: %s: %v\n", path, err)
		return 1
	}
	vec, err := wordclass.Vectors(c, wordclass.VectorOptions{Dim: *dim, Window: *win, Negative: *neg, Epochs: *epochs, MinCount: *minCount, Seed: *seed, Log: logw})
	if err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	if *vecOut != "" {
		var b bytes.Buffer
		for i, w := range vec.Words {
			b.WriteString(w)
			for _, x := range vec.Vec[i*vec.Dim : (i+1)*vec.Dim] {
				b.WriteByte(' ')
				b.WriteString(strconv.FormatFloat(float64(x), 'g', 5, 32))
			}
			b.WriteByte('\n')
		}
		if err := os.WriteFile(*vecOut, b.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "draad: %v\n", err)
			return 1
		}
	}
	classes := make([][]int, len(kv))
	for i, k := range kv {
		classes[i] = wordclass.KMeans(vec, k, *kiters, logw)
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# draad vectors -dim %d -window %d -negative %d -epochs %d -mincount %d -seed %d: %d words from %d articles (%d tokens) of %s\n",
		*dim, *win, *neg, *epochs, *minCount, *seed, len(vec.Words), n, c.Tokens(), filepath.Base(path))
	buf.WriteString("#k")
	for _, k := range kv {
		fmt.Fprintf(&buf, "\t%d", k)
	}
	buf.WriteByte('\n')
	for i, w := range vec.Words {
		buf.WriteString(w)
		for _, cl := range classes {
			fmt.Fprintf(&buf, "\t%d", cl[i])
		}
		buf.WriteByte('\n')
	}
	if *out == "-" {
		_, err = stdout.Write(buf.Bytes())
	} else {
		err = os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	if logw != nil {
		fmt.Fprintf(logw, "draad: %d words, written in %v\n", len(vec.Words), time.Since(t0).Round(time.Second))
	}
	return 0
}
