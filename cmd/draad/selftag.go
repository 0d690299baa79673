package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/draadnlp/draad/token"
)

// cmdNERSelfTag implements "draad ner-selftag": it tags unlabelled news
// with two entity models and writes, as CoNLL, the sentences both tag the
// same way, for self-training (ner-train -train with the output). A
// sentence is kept when it has an entity, both models agree on every tag
// and every capitalised word form the first model tags as a name gets
// one type throughout its article.
func cmdNERSelfTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ner-selftag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	m1 := fs.String("model", "", "first model `FILE` (default: the embedded model)")
	m2 := fs.String("model2", "", "second model `FILE` that must agree (required; a model with other features)")
	maxSent := fs.Int("sentences", 5000, "stop after this many sentences")
	skip := fs.Int("skip", 0, "skip this many articles first")
	minPar := fs.Int("minpar", 3, "use articles with at least this many paragraphs")
	out := fs.String("o", "-", "output CoNLL `FILE`; - is standard output")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad ner-selftag -model2 FILE [-model FILE] [-sentences N] [-o FILE] [CORPUS]")
		fmt.Fprintln(stderr, "CORPUS is a JSON-lines news corpus; it defaults to")
		fmt.Fprintln(stderr, "  "+defaultNewsPath)
		fs.PrintDefaults()
	}
	path, code, ok := corpusArg(fs, args)
	if !ok {
		return code
	}
	if *m2 == "" {
		fs.Usage()
		return 2
	}
	a, err := loadNERModel(*m1)
	if err != nil {
		fmt.Fprintf(stderr, "draad: %s: %v\n", *m1, err)
		return 1
	}
	b, err := loadNERModel(*m2)
	if err != nil {
		fmt.Fprintf(stderr, "draad: %s: %v\n", *m2, err)
		return 1
	}
	var w io.Writer = stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %v\n", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	kept, seen, arts := 0, 0, 0
	errStop := fmt.Errorf("stop")
	var toks []token.Token
	err = readNews(path, func(art *newsArticle) error {
		arts++
		if arts <= *skip || len(art.Paragraphs) < *minPar {
			return nil
		}
		var doc [][]string
		for _, p := range art.Paragraphs {
			toks = token.Append(toks[:0], p)
			for _, s := range token.Sentences(p, toks) {
				var ws []string
				for _, t := range toks[s.First:s.Last] {
					if t.Kind != token.Space {
						ws = append(ws, t.Text)
					}
				}
				if len(ws) >= 5 && len(ws) <= 60 {
					doc = append(doc, ws)
				}
			}
		}
		if len(doc) == 0 {
			return nil
		}
		ta, tb := a.TagDocument(doc), b.TagDocument(doc)
		// The type each capitalised form gets in the article; "" when
		// it gets two.
		typeOf := map[string]string{}
		for s, tags := range ta {
			for i, t := range tags {
				if t == "O" || !isCapitalWord(doc[s][i]) {
					continue
				}
				k := doc[s][i]
				if prev, ok := typeOf[k]; ok && prev != t[2:] {
					typeOf[k] = ""
				} else {
					typeOf[k] = t[2:]
				}
			}
		}
		started := false
		for s, tags := range ta {
			seen++
			ok, ents := true, 0
			for i, t := range tags {
				if t != tb[s][i] {
					ok = false
					break
				}
				_, named := typeOf[doc[s][i]]
				if t == "O" {
					if named && i > 0 {
						// The same form is a name elsewhere in the
						// article but not here.
						ok = false
						break
					}
					continue
				}
				if named && typeOf[doc[s][i]] == "" {
					ok = false
					break
				}
				if t[0] == 'B' {
					ents++
				}
			}
			if !ok || ents == 0 {
				continue
			}
			if !started {
				fmt.Fprintln(bw, "-DOCSTART- -DOCSTART- O")
				started = true
			}
			for i, word := range doc[s] {
				fmt.Fprintf(bw, "%s _ %s\n", strings.ReplaceAll(word, " ", "_"), tags[i])
			}
			fmt.Fprintln(bw)
			if kept++; kept >= *maxSent {
				return errStop
			}
		}
		return nil
	})
	if err != nil && err != errStop {
		fmt.Fprintf(stderr, "draad: %s: %v\n", path, err)
		return 1
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "draad: kept %d of %d sentences from %d articles\n", kept, seen, arts)
	return 0
}
