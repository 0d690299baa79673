package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/parse"
)

// entitiesOutput is what draad entities prints for one input.
type entitiesOutput struct {
	File     string               `json:"file"`
	Entities []entity.Entity      `json:"entities"`
	Links    []entity.CountryLink `json:"links,omitzero"`
}

// cmdEntities implements "draad entities [-dict FILE] [-links] [FILE ...]".
func cmdEntities(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("entities", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dictFile := fs.String("dict", "", "user `FILE` of names (type<TAB>name<TAB>canonical<TAB>country) that win over the model")
	links := fs.Bool("links", false, "also print the country links of adjectives and demonyms")
	lexOnly := fs.Bool("lexicon", false, "use the lexicon only, without the sequence model")
	modelPath := fs.String("model", "", "entity model `FILE` written by draad ner-train (default: the embedded model)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad entities [-dict FILE] [-model FILE] [-links] [-lexicon] [FILE ...]")
		fmt.Fprintln(stderr, "Prints one JSON object per input, one a line:")
		fmt.Fprintln(stderr, `  {"file":"NAME","entities":[{"text":...,"start":...,"end":...,"type":...,"canonical":...,"country":...,"role":...,"org":...}]}`)
		fmt.Fprintln(stderr, `Standard input is read when no FILE is given; its name is "-".`)
		fmt.Fprintln(stderr, "Inputs up to 64 MiB are read whole and analysed in pieces of at most 1 MiB, cut between paragraphs.")
		fs.PrintDefaults()
	}
	files, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if *lexOnly && *modelPath != "" {
		fmt.Fprintln(stderr, "draad: -lexicon and -model exclude each other")
		return 2
	}
	var m *entity.Model
	var err error
	if *lexOnly {
		m, err = entity.Lexicon()
	} else {
		m, err = loadEntityModel(*modelPath)
	}
	if err != nil {
		fmt.Fprintf(stderr, "draad: %s: %v\n", *modelPath, err)
		return 1
	}
	if *dictFile != "" {
		if m, err = withDict(m, *dictFile); err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", *dictFile, err)
			return 1
		}
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return eachText(files, stdin, stderr, func(name, text string, _ parse.Encoding) error {
		out := entitiesOutput{File: name, Entities: []entity.Entity{}}
		for start, end := range chunks(text, chunkSize) {
			a := m.Analyze(text[start:end])
			for _, e := range a.Entities {
				e.Start += start
				e.End += start
				out.Entities = append(out.Entities, e)
			}
			if *links {
				for _, l := range a.Links {
					l.Start += start
					l.End += start
					out.Links = append(out.Links, l)
				}
			}
		}
		return enc.Encode(out)
	})
}

// chunkSize is the most bytes draad entities analyses at once, well below
// the cap of entity.Model.Analyze (16 MiB), so that a long input is
// analysed whole with bounded memory.
const chunkSize = 1 << 20

// chunks yields the bounds of consecutive pieces of text of at most size
// bytes that together cover it: each piece ends after the last blank line
// within the limit, else after the last line break, else after the last
// blank, else at a character boundary.
func chunks(text string, size int) func(yield func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for start := 0; start < len(text); {
			end := len(text)
			if end-start > size {
				end = cut(text, start, start+size)
			}
			if !yield(start, end) {
				return
			}
			start = end
		}
	}
}

// cut returns where to end a piece of text that starts at start and may
// not pass limit.
func cut(text string, start, limit int) int {
	piece := text[start:limit]
	for _, sep := range []string{"\n\n", "\n", " "} {
		if k := strings.LastIndex(piece, sep); k > 0 {
			return start + k + len(sep)
		}
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// withDict returns m extended with the user dictionary in path.
func withDict(m *entity.Model, path string) (*entity.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := entity.ParseDict(f)
	if err != nil {
		return nil, err
	}
	return m.With(d), nil
}
