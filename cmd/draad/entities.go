package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

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
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad entities [-dict FILE] [-links] [-lexicon] [FILE ...]")
		fmt.Fprintln(stderr, "Prints one JSON object per input, one a line:")
		fmt.Fprintln(stderr, `  {"file":"NAME","entities":[{"text":...,"start":...,"end":...,"type":...,"canonical":...,"country":...,"role":...,"org":...}]}`)
		fmt.Fprintln(stderr, `Standard input is read when no FILE is given; its name is "-".`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	var m *entity.Model
	var err error
	if *lexOnly {
		m, err = entity.Lexicon()
	} else {
		m, err = entity.Default()
	}
	if err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	if *dictFile != "" {
		f, err := os.Open(*dictFile)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %v\n", err)
			return 1
		}
		d, err := entity.ParseDict(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", *dictFile, err)
			return 1
		}
		m = m.With(d)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return eachText(fs.Args(), stdin, stderr, func(name, text string, _ parse.Encoding) error {
		a := m.Analyze(text)
		out := entitiesOutput{File: name, Entities: a.Entities}
		if out.Entities == nil {
			out.Entities = []entity.Entity{}
		}
		if *links {
			out.Links = a.Links
		}
		return enc.Encode(out)
	})
}
