// Command feed prints the items of a page of Dutch wire news: for each
// item its place, its agencies, and its age or time stamp resolved to a
// clock time.
//
//	go run ./examples/feed testdata/seed/buitenland-page.txt
//	go run ./examples/feed -ref 2026-11-28T12:00:00 page.txt
//
// It reads standard input when no file is named.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	_ "time/tzdata"

	"github.com/draadnlp/draad/parse"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "feed:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("feed", flag.ContinueOnError)
	refFlag := fs.String("ref", "", "reading time, 2006-01-02T15:04:05 in Europe/Amsterdam (default now)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return err
	}
	ref := time.Now().In(loc)
	if *refFlag != "" {
		if ref, err = time.ParseInLocation("2006-01-02T15:04:05", *refFlag, loc); err != nil {
			return err
		}
	}
	var data []byte
	if fs.NArg() > 0 {
		data, err = os.ReadFile(fs.Arg(0))
	} else {
		data, err = io.ReadAll(stdin)
	}
	if err != nil {
		return err
	}
	text, _, err := parse.Decode(data)
	if err != nil {
		return err
	}
	doc, err := parse.Parse(text, parse.WithReference(ref))
	if err != nil {
		return err
	}
	if doc.Headline.Text != "" {
		fmt.Fprintf(stdout, "# %s\n", doc.Headline.Text)
	}
	for _, st := range doc.Stories {
		printItem(stdout, st)
	}
	for _, sec := range doc.Sections {
		fmt.Fprintf(stdout, "\n## %s\n", sec.Title.Text)
		for _, st := range sec.Stories {
			printItem(stdout, st)
		}
	}
	return nil
}

func printItem(w io.Writer, st parse.Story) {
	place, agencies := "-", "-"
	if d := st.Dateline; d != nil {
		place = d.Place
		var names []string
		for _, a := range d.Agencies {
			names = append(names, a.Code)
		}
		if len(names) > 0 {
			agencies = strings.Join(names, "+")
		}
	}
	when := "     "
	switch {
	case st.Age != nil && !st.Age.Time.IsZero():
		when = st.Age.Time.Format("15:04")
	case st.Stamp != nil && !st.Stamp.From.IsZero():
		when = st.Stamp.From.Format("15:04")
	}
	lead := st.Body.Text
	if i := strings.IndexAny(lead, ".\n"); i > 0 {
		lead = lead[:i+1]
	}
	if len(lead) > 72 {
		if i := strings.LastIndexByte(lead[:72], ' '); i > 0 {
			lead = lead[:i] + " …"
		}
	}
	fmt.Fprintf(w, "%s  %-12s %-12s %s\n", when, place, agencies, lead)
}
