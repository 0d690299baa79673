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
)

// cmdMineMononyms implements "draad mine mononyms": it counts the
// capitalised words that news writes alone right after a person's role
// ("aanvaller Neymar", "zangeres Madonna", "Barcelona-spits Neymar"), for
// review into entity/data/mononyms.txt: persons known by one name, whom
// the sequence model, trained on other names, often takes for a place or
// an organisation. A word that mostly follows a first name is a surname
// ("minister Hoekstra", "Wopke Hoekstra") and is left out, and so is a
// word news also writes in lower case.
func cmdMineMononyms(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mine mononyms", flag.ContinueOnError)
	fs.SetOutput(stderr)
	minHits := fs.Int("min", 5, "print words seen alone after a role at least this many times")
	minShare := fs.Float64("share", 0.15, "and there in at least this fraction of their capitalised occurrences inside sentences")
	maxFirst := fs.Float64("maxfirst", 0.1, "and after a first name in at most this fraction of their capitalised occurrences")
	rolesPath := fs.String("roles", filepath.Join("entity", "data", "roles.txt"), "role list `FILE`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad mine mononyms [-min N] [-share F] [-maxfirst F] [-roles FILE] [CORPUS]")
		fmt.Fprintln(stderr, "Prints word<TAB>after a role<TAB>capitalised inside sentences<TAB>after a first name, most frequent first.")
		fs.PrintDefaults()
	}
	// The role list is read with the first paragraph, once mineCorpus
	// has parsed the flags.
	var roles map[string]bool
	var rolesErr error
	type count struct{ role, capital, first int }
	counts := map[string]*count{}
	lower := map[string]int{} // words written in lower case
	get := func(w string) *count {
		c := counts[w]
		if c == nil {
			c = &count{}
			counts[w] = c
		}
		return c
	}
	n, ok, code := mineCorpus(fs, args, stderr, func(ws []mineWord) {
		if roles == nil && rolesErr == nil {
			roles, rolesErr = readRoleNouns(*rolesPath)
		}
		if rolesErr != nil {
			return
		}
		for i, w := range ws {
			if !isLetters(w.text) {
				continue
			}
			if !w.capital {
				lower[w.text]++
				continue
			}
			if w.sentStart || utf8.RuneCountInString(w.text) < 3 {
				continue
			}
			c := get(w.text)
			c.capital++
			if i == 0 {
				continue
			}
			prev := ws[i-1]
			if prev.capital && ner.IsTrainingFirstName(prev.text) {
				c.first++
				continue
			}
			if i+1 < len(ws) && (ws[i+1].capital || tussenvoegsel(ws[i+1].text)) {
				continue // part of a longer name
			}
			lw := strings.ToLower(prev.text)
			if h := strings.LastIndexByte(lw, '-'); h > 0 {
				lw = lw[h+1:]
			}
			if roles[lw] && (!prev.capital || prev.sentStart || strings.Contains(prev.text, "-")) {
				c.role++
			}
		}
	})
	if !ok {
		return code
	}
	if rolesErr != nil {
		fmt.Fprintf(stderr, "draad: %v\n", rolesErr)
		return 1
	}
	var keys []string
	for k, c := range counts {
		if c.role >= *minHits && float64(c.role) >= *minShare*float64(c.capital) &&
			float64(c.first) <= *maxFirst*float64(c.capital) && lower[strings.ToLower(k)]*20 < c.capital && !ner.IsTrainingFirstName(k) {
			keys = append(keys, k)
		}
	}
	header := fmt.Sprintf("draad mine mononyms -min %d -share %g -maxfirst %g: %d words from %d articles", *minHits, *minShare, *maxFirst, len(keys), n)
	return writeCounted(stdout, stderr, header, keys, func(k string) int { return counts[k].role }, func(k string) string {
		c := counts[k]
		return fmt.Sprintf("%s\t%d\t%d\t%d", k, c.role, c.capital, c.first)
	})
}

// writeCounted writes "# header" and then one line per key, most frequent
// (by count) first and alphabetically among equals, and returns the exit
// code.
func writeCounted(stdout, stderr io.Writer, header string, keys []string, count func(string) int, line func(string) string) int {
	slices.SortFunc(keys, func(a, b string) int {
		if x := cmp.Compare(count(b), count(a)); x != 0 {
			return x
		}
		return strings.Compare(a, b)
	})
	bw := bufio.NewWriter(stdout)
	fmt.Fprintf(bw, "# %s\n", header)
	for _, k := range keys {
		fmt.Fprintln(bw, line(k))
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	return 0
}

// readRoleNouns returns the one-word roles of a role list (one phrase a
// line, "#" comments), lower-cased.
func readRoleNouns(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	roles := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") || strings.Contains(l, " ") {
			continue
		}
		roles[strings.ToLower(l)] = true
	}
	return roles, nil
}

// cmdMineFirstNames implements "draad mine firstnames": it counts the
// capitalised words that open a two-word name whose second word the same
// article later uses alone ("Kjeld Nuis ... Nuis"), the way news
// introduces a person, for review into a first-name list. Words news also
// writes in lower case, and words that open such a name in few of their
// capitalised uses (places and clubs: "Manchester United ... United"),
// are left out.
func cmdMineFirstNames(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mine firstnames", flag.ContinueOnError)
	fs.SetOutput(stderr)
	minHits := fs.Int("min", 5, "print words that open such a name in at least this many articles")
	minShare := fs.Float64("share", 0.3, "and in at least this fraction of the articles where they are capitalised inside a sentence")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad mine firstnames [-min N] [-share F] [CORPUS]")
		fmt.Fprintln(stderr, "Prints word<TAB>articles opening a name<TAB>articles capitalised inside a sentence, most frequent first.")
		fs.PrintDefaults()
	}
	type count struct{ opens, capital int }
	counts := map[string]*count{}
	lower := map[string]int{}
	// One article at a time: the pairs of its paragraphs and the words
	// it uses alone.
	var pairs [][2]string
	alone := map[string]bool{}
	capital := map[string]bool{}
	flush := func() {
		opened := map[string]bool{}
		for _, p := range pairs {
			if alone[p[1]] && !opened[p[0]] {
				opened[p[0]] = true
				counts[p[0]].opens++
			}
		}
		for w := range capital {
			counts[w].capital++
		}
		pairs = pairs[:0]
		clear(alone)
		clear(capital)
	}
	article := -1
	n, ok, code := mineCorpusArticles(fs, args, stderr, func(a int, ws []mineWord) {
		if a != article {
			flush()
			article = a
		}
		for i, w := range ws {
			if !isLetters(w.text) {
				continue
			}
			if !w.capital {
				lower[w.text]++
				continue
			}
			if utf8.RuneCountInString(w.text) < 2 {
				continue
			}
			if counts[w.text] == nil {
				counts[w.text] = &count{}
			}
			if !w.sentStart {
				capital[w.text] = true
			}
			next := i+1 < len(ws) && ws[i+1].capital && isLetters(ws[i+1].text)
			prev := i > 0 && ws[i-1].capital && !ws[i-1].sentStart
			switch {
			case next && !prev && (i+2 >= len(ws) || !ws[i+2].capital):
				pairs = append(pairs, [2]string{w.text, ws[i+1].text})
			case !next && !prev && i > 0:
				alone[w.text] = true
			}
		}
	})
	flush()
	if !ok {
		return code
	}
	var keys []string
	for k, c := range counts {
		if c.opens >= *minHits && float64(c.opens) >= *minShare*float64(c.capital) &&
			lower[strings.ToLower(k)]*20 < c.capital && !ner.IsTrainingFirstName(k) && !isAcronym(k) && !lowerHyphenPart(k) {
			keys = append(keys, k)
		}
	}
	header := fmt.Sprintf("draad mine firstnames -min %d -share %g: %d words from %d articles", *minHits, *minShare, len(keys), n)
	return writeCounted(stdout, stderr, header, keys, func(k string) int { return counts[k].opens }, func(k string) string {
		c := counts[k]
		return fmt.Sprintf("%s\t%d\t%d", k, c.opens, c.capital)
	})
}

// isAcronym reports whether w has no lower-case letter: "FC", "ABN",
// a dateline's "TIEL".
func isAcronym(w string) bool {
	return strings.ToUpper(w) == w
}

// lowerHyphenPart reports whether a part of w after a hyphen starts in
// lower case: "Ajax-trainer" is a role, "Klaas-Jan" a name.
func lowerHyphenPart(w string) bool {
	for _, p := range strings.Split(w, "-")[1:] {
		if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
