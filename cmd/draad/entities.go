package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/draadnlp/draad/entity"
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
	status := 0
	do := func(name string, r io.Reader) {
		b, err := io.ReadAll(r)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", name, err)
			status = 1
			return
		}
		a := m.Analyze(string(b))
		out := entitiesOutput{File: name, Entities: a.Entities}
		if out.Entities == nil {
			out.Entities = []entity.Entity{}
		}
		if *links {
			out.Links = a.Links
		}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", name, err)
			status = 1
		}
	}
	if fs.NArg() == 0 {
		do("-", stdin)
		return status
	}
	for _, name := range fs.Args() {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", name, err)
			status = 1
			continue
		}
		do(name, f)
		f.Close()
	}
	return status
}
