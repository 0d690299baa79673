package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/draadnlp/draad/internal/ner"
	"github.com/draadnlp/draad/internal/repo"
)

// loadNERModel returns the model in path, or the embedded model when path
// is empty.
func loadNERModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	f, err := openModel(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Load(f)
}

// modelFlag adds the -model flag to fs and returns a loader for the model
// it names, which reports a failure on stderr.
func modelFlag(fs *flag.FlagSet) func(stderr io.Writer) (*ner.Model, bool) {
	path := fs.String("model", "", "model `FILE` (default: the embedded model)")
	return func(stderr io.Writer) (*ner.Model, bool) {
		m, err := loadNERModel(*path)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", *path, err)
			return nil, false
		}
		return m, true
	}
}

func cmdTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	conll := fs.String("conll", "", "CoNLL `FILE` to tag (Latin-1 or UTF-8); - or empty reads standard input")
	model := modelFlag(fs)
	files, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	m, ok := model(stderr)
	if !ok {
		return 1
	}
	if *conll != "" {
		files = append([]string{*conll}, files...)
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	code = 0
	for _, name := range files {
		var r io.Reader = stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintf(stderr, "draad: %s: %v\n", name, err)
				code = 1
				continue
			}
			defer f.Close()
			r = f
		}
		var out bytes.Buffer
		if err := m.TagCoNLL(&out, r); err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", name, err)
			code = 1
			continue
		}
		if _, err := stdout.Write(out.Bytes()); err != nil {
			fmt.Fprintf(stderr, "draad: %v\n", err)
			return 1
		}
	}
	return code
}

func readCoNLLFile(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.ReadCoNLL(f)
}

func cmdNEREval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ner-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", filepath.Join("..", "shared", "data", "conll2002-nl"), "CoNLL-2002 Dutch data `DIR`")
	model := modelFlag(fs)
	sets := fs.String("sets", "ned.testa,ned.testb", "comma-separated `FILES` in DIR to score")
	_, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	m, ok := model(stderr)
	if !ok {
		return 1
	}
	code = 0
	for _, name := range splitComma(*sets) {
		path := filepath.Join(*data, name)
		docs, err := readCoNLLFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", path, err)
			code = 1
			continue
		}
		t0 := time.Now()
		s := m.Score(docs)
		el := time.Since(t0)
		fmt.Fprintf(stdout, "%s: %d tokens, %.0f tokens/s\n", name, s.Tokens, float64(s.Tokens)/el.Seconds())
		s.WriteTable(stdout)
		if trainedOn[name] && fs.Lookup("model").Value.String() == "" {
			fmt.Fprintf(stdout, "(not a score: the embedded model was trained on %s; ned.testb is held out)\n", name)
		}
		fmt.Fprintln(stdout)
	}
	return code
}

// trainedOn names the CoNLL-2002 files the embedded model was trained on,
// which draad ner-eval must not present as a score of it.
var trainedOn = map[string]bool{"ned.train": true, "ned.testa": true}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// defaultClusters are the word classes of the embedded model, learned
// from nieuws-2019 with draad clusters -c 1000 -mincount 3.
var defaultClusters = filepath.Join("internal", "ner", "clusters", "nieuws-2019-c1000.paths.gz")

// readClusters reads a paths file, gzip-compressed or not.
func readClusters(path string) (*ner.Clusters, error) {
	return readMaybeGzip(path, ner.ReadClusters)
}

// readFlatClasses reads a flat classes file, gzip-compressed or not.
func readFlatClasses(path string) (*ner.FlatClasses, error) {
	return readMaybeGzip(path, ner.ReadFlatClasses)
}

// readMaybeGzip opens path and calls read on its contents, decompressed
// when the file is gzip-compressed.
func readMaybeGzip[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var r io.Reader = br
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return zero, err
		}
		defer zr.Close()
		r = zr
	}
	return read(r)
}

func cmdNERTrain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ner-train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", filepath.Join("..", "shared", "data", "conll2002-nl"), "CoNLL-2002 Dutch data `DIR`")
	out := fs.String("o", "model.ner", "output model `FILE`")
	epochs := fs.Int("epochs", 8, "training epochs (the best on -dev is kept)")
	seed := fs.Int64("seed", 1, "random seed")
	train := fs.String("train", "ned.train", "comma-separated training `FILES` in DIR (or absolute paths)")
	dev := fs.String("dev", "ned.testa", "development `FILE` in DIR for early stopping (empty: none)")
	onePass := fs.Bool("onepass", false, "train without the document-level second pass")
	prune := fs.Float64("prune", 0.02, "drop features whose weights are all below this fraction of the largest weight (chosen on ned.testa)")
	minCount := fs.Int("mincount", 2, "drop features seen fewer times")
	ensemble := fs.Int("ensemble", 5, "average this many perceptrons trained with different seeds")
	folds := fs.Int("folds", 5, "jackknife folds for the training-data lexicon and first-pass tags")
	bias := fs.String("bias", "PER=-0.15", "comma-separated TYPE=BIAS shifts of entity starts in the final pass (chosen on ned.testa)")
	clusters := fs.String("clusters", "default", "word-class paths `FILE` (bits<TAB>word<TAB>count, from draad clusters; gzip or plain); default: the repository's "+defaultClusters+"; none: no class features")
	cprefix := fs.String("cprefix", "2,4,6,8,10,12,14,16,20", "comma-separated class bit-string prefix `LENGTHS` used as features (chosen on ned.testa)")
	cprefixNb := fs.String("cprefixnb", "", "prefix `LENGTHS` for the neighbours' classes (default: those of -cprefix)")
	cwin := fs.Int("cwin", 1, "class features of the words up to this many positions away (-1: the word alone)")
	flat := fs.String("flat", "none", "flat word-class `FILE` (word<TAB>class..., from draad vectors; gzip or plain); none: no flat-class features")
	fwin := fs.Int("fwin", 1, "flat-class features of the words up to this many positions away (-1: the word alone)")
	noOrgLex := fs.Bool("noorglex", false, "leave the organisation lexicon mined from news out of the gazetteer")
	quiet := fs.Bool("q", false, "do not log progress")
	_, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	typeBias := map[string]float64{}
	for _, kv := range splitComma(*bias) {
		k, v, ok := strings.Cut(kv, "=")
		f, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil {
			fmt.Fprintf(stderr, "draad: bad -bias %q\n", kv)
			return 2
		}
		typeBias[k] = f
	}
	var docs []ner.Document
	for _, name := range splitComma(*train) {
		if !filepath.IsAbs(name) {
			name = filepath.Join(*data, name)
		}
		d, err := readCoNLLFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", name, err)
			return 1
		}
		docs = append(docs, d...)
	}
	opt := ner.TrainOptions{Epochs: *epochs, Seed: *seed, OnePass: *onePass, Prune: *prune, MinCount: *minCount, Ensemble: *ensemble, Folds: *folds, TypeBias: typeBias, NoOrgLexicon: *noOrgLex}
	if !*quiet {
		opt.Log = stderr
	}
	if *clusters == "default" {
		root, err := repo.Root()
		if err != nil {
			fmt.Fprintf(stderr, "draad: -clusters: %v\n", err)
			return 1
		}
		*clusters = filepath.Join(root, defaultClusters)
	}
	if *clusters != "" && *clusters != "none" {
		c, err := readClusters(*clusters)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", *clusters, err)
			return 1
		}
		opt.Clusters = c
		opt.ClusterWindow = *cwin
		for _, s := range splitComma(*cprefix) {
			k, err := strconv.Atoi(s)
			if err != nil || k < 1 || k > 24 {
				fmt.Fprintf(stderr, "draad: bad -cprefix %q\n", s)
				return 2
			}
			opt.ClusterPrefixes = append(opt.ClusterPrefixes, k)
		}
		for _, s := range splitComma(*cprefixNb) {
			k, err := strconv.Atoi(s)
			if err != nil || k < 1 || k > 24 {
				fmt.Fprintf(stderr, "draad: bad -cprefixnb %q\n", s)
				return 2
			}
			opt.ClusterNeighbourPrefixes = append(opt.ClusterNeighbourPrefixes, k)
		}
	}
	if *flat != "" && *flat != "none" {
		fc, err := readFlatClasses(*flat)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", *flat, err)
			return 1
		}
		opt.FlatClasses, opt.FlatWindow = fc, *fwin
	}
	if *dev != "" {
		d, err := readCoNLLFile(filepath.Join(*data, *dev))
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", filepath.Join(*data, *dev), err)
			return 1
		}
		opt.Dev = d
	}
	t0 := time.Now()
	m, err := ner.Train(docs, opt)
	if err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "draad: trained in %v, wrote %s (%d bytes)\n", time.Since(t0).Round(time.Millisecond), *out, buf.Len())
	return 0
}
