package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/ner"
	"github.com/draadnlp/draad/token"
)

// cmdMine implements "draad mine KIND": the generators of the word lists
// that the entity package keeps as data, counted in unlabelled news.
func cmdMine(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	usage := func() {
		fmt.Fprintln(stderr, "usage: draad mine firstnames|mononyms|orgs|roles|words [flags] [CORPUS]")
		fmt.Fprintln(stderr, "  firstnames  words that open a two-word name whose second word recurs alone, for internal/ner/firstnames-news.txt")
		fmt.Fprintln(stderr, "  mononyms  persons known by one name, written alone after a role, for entity/data/mononyms.txt")
		fmt.Fprintln(stderr, "  orgs   names in organisation contexts, for internal/ner/orglex.txt")
		fmt.Fprintln(stderr, "  roles  nouns right before a first name and surname, for entity/data/roles.txt")
		fmt.Fprintln(stderr, "  words  words written in lower case inside sentences, for entity/data/lowercase.txt")
		fmt.Fprintln(stderr, "CORPUS is a JSON-lines news corpus with title and paragraphs fields; it defaults to")
		fmt.Fprintln(stderr, "  "+defaultNewsPath)
	}
	if len(args) == 0 {
		usage()
		return 2
	}
	switch args[0] {
	case "firstnames":
		return cmdMineFirstNames(args[1:], stdin, stdout, stderr)
	case "mononyms":
		return cmdMineMononyms(args[1:], stdin, stdout, stderr)
	case "orgs":
		return cmdMineOrgs(args[1:], stdin, stdout, stderr)
	case "roles":
		return cmdMineRoles(args[1:], stdin, stdout, stderr)
	case "words":
		return cmdMineWords(args[1:], stdin, stdout, stderr)
	case "-h", "-help", "help":
		usage()
		return 0
	}
	fmt.Fprintf(stderr, "draad: mine: unknown kind %q\n", args[0])
	usage()
	return 2
}

// mineCorpus parses the common flags of the miners and calls fn with the
// words of every title and paragraph of the corpus.
func mineCorpus(fs *flag.FlagSet, args []string, stderr io.Writer, fn func(ws []mineWord)) (n int, ok bool, code int) {
	return mineCorpusArticles(fs, args, stderr, func(_ int, ws []mineWord) { fn(ws) })
}

// mineCorpusArticles is mineCorpus that also gives fn the index of the
// article the words come from.
func mineCorpusArticles(fs *flag.FlagSet, args []string, stderr io.Writer, fn func(article int, ws []mineWord)) (n int, ok bool, code int) {
	limit := fs.Int("n", 0, "read at most this many articles (0: all)")
	path, code, ok := corpusArg(fs, args)
	if !ok {
		return 0, false, code
	}
	var toks []token.Token
	var ws []mineWord
	errStop := fmt.Errorf("stop")
	err := readNews(path, func(a *newsArticle) error {
		if *limit > 0 && n >= *limit {
			return errStop
		}
		n++
		for _, p := range append([]string{a.Title}, a.Paragraphs...) {
			toks = token.Append(toks[:0], p)
			ws = ws[:0]
			start := true
			for _, t := range toks {
				if t.Kind == token.Space {
					continue
				}
				ws = append(ws, mineWord{text: t.Text, capital: isCapitalWord(t.Text), sentStart: start})
				start = t.Kind == token.Punct && strings.ContainsAny(t.Text, ".!?:")
			}
			fn(n-1, ws)
		}
		return nil
	})
	if err != nil && err != errStop {
		fmt.Fprintf(stderr, "draad: %s: %v\n", path, err)
		return n, false, 1
	}
	return n, true, 0
}

// isLetters reports whether s is made of letters and inner hyphens only.
func isLetters(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// cmdMineRoles implements "draad mine roles": it counts the nouns written
// right before a person's name, a first name from the built-in list and a
// capitalised surname ("econoom Henk Bos", "Darter Kees Mulder"), for
// review into entity/data/roles.txt. The head of a hyphenated compound
// counts as its own noun ("Ajax-aanvoerder" → aanvoerder).
func cmdMineRoles(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mine roles", flag.ContinueOnError)
	fs.SetOutput(stderr)
	minHits := fs.Int("min", 5, "print nouns seen at least this many times")
	newOnly := fs.Bool("new", false, "print only nouns that -roles does not list")
	rolesPath := fs.String("roles", filepath.Join("entity", "data", "roles.txt"), "role list `FILE` for -new")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad mine roles [-min N] [-new] [CORPUS]")
		fmt.Fprintln(stderr, "Prints noun<TAB>count<TAB>count as the head of a hyphenated compound, most frequent first.")
		fs.PrintDefaults()
	}
	counts := map[string][2]int{}
	n, ok, code := mineCorpus(fs, args, stderr, func(ws []mineWord) {
		for i := 0; i+2 < len(ws); i++ {
			w := ws[i].text
			if !isLetters(w) || ws[i].capital && !ws[i].sentStart || utf8.RuneCountInString(w) < 3 {
				continue
			}
			if !ws[i+1].capital || !ner.IsTrainingFirstName(ws[i+1].text) {
				continue
			}
			if next := ws[i+2]; !next.capital && !tussenvoegsel(next.text) {
				continue
			}
			lw := strings.ToLower(w)
			if h := strings.LastIndexByte(w, '-'); h > 0 {
				head := strings.ToLower(w[h+1:])
				c := counts[head]
				c[0]++
				c[1]++
				counts[head] = c
				continue
			}
			c := counts[lw]
			c[0]++
			counts[lw] = c
		}
	})
	if !ok {
		return code
	}
	listed := map[string]bool{}
	if *newOnly {
		b, err := os.ReadFile(*rolesPath)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %v\n", err)
			return 1
		}
		for _, l := range strings.Split(string(b), "\n") {
			listed[strings.ToLower(strings.TrimSpace(l))] = true
		}
	}
	var keys []string
	for k, c := range counts {
		if c[0] >= *minHits && !listed[k] {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b string) int {
		if x := cmp.Compare(counts[b][0], counts[a][0]); x != 0 {
			return x
		}
		return strings.Compare(a, b)
	})
	bw := bufio.NewWriter(stdout)
	fmt.Fprintf(bw, "# draad mine roles -min %d: %d nouns from %d articles\n", *minHits, len(keys), n)
	for _, k := range keys {
		fmt.Fprintf(bw, "%s\t%d\t%d\n", k, counts[k][0], counts[k][1])
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	return 0
}

// tussenvoegsel reports whether w is a lower-case surname particle.
func tussenvoegsel(w string) bool {
	switch w {
	case "van", "de", "der", "den", "ter", "ten", "te", "von", "du", "da", "di", "le", "la", "'t", "’t":
		return true
	}
	return false
}

// cmdMineWords implements "draad mine words": it lists the words that
// news writes in lower case inside sentences, so that the same word with
// a capital at the start of a sentence ("Onlangs", "Tevergeefs") is known
// to be no name.
func cmdMineWords(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mine words", flag.ContinueOnError)
	fs.SetOutput(stderr)
	minLower := fs.Int("min", 20, "print words seen at least this many times in lower case inside sentences")
	maxCap := fs.Float64("maxcap", 0.01, "and capitalised inside sentences in at most this fraction of their occurrences there")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad mine words [-min N] [-maxcap F] [CORPUS]")
		fmt.Fprintln(stderr, "Prints word<TAB>lower<TAB>capitalised<TAB>sentence-initial counts of the words that")
		fmt.Fprintln(stderr, "also start a sentence, not counting first names, in alphabetical order.")
		fs.PrintDefaults()
	}
	type count struct{ lower, capital, initial int }
	counts := map[string]*count{}
	n, ok, code := mineCorpus(fs, args, stderr, func(ws []mineWord) {
		for _, w := range ws {
			if !isLetters(w.text) {
				continue
			}
			lw := strings.ToLower(w.text)
			c := counts[lw]
			if c == nil {
				c = &count{}
				counts[lw] = c
			}
			switch {
			case w.sentStart:
				c.initial++
			case w.text == lw:
				c.lower++
			default:
				c.capital++
			}
		}
	})
	if !ok {
		return code
	}
	var keys []string
	for k, c := range counts {
		if c.lower >= *minLower && c.initial > 0 && float64(c.capital) <= *maxCap*float64(c.lower+c.capital) && !ner.IsTrainingFirstName(k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	bw := bufio.NewWriter(stdout)
	fmt.Fprintf(bw, "# draad mine words -min %d -maxcap %g: %d words from %d articles\n", *minLower, *maxCap, len(keys), n)
	for _, k := range keys {
		c := counts[k]
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", k, c.lower, c.capital, c.initial)
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	return 0
}
