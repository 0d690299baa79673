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
	c := wordclass.NewCorpus()
	var ws []string
	var toks []token.Token
	n := 0
	errStop := errors.New("stop")
	err := readNews(path, func(a *newsArticle) error {
		if *limit > 0 && n >= *limit {
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
