package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/draadnlp/draad/parse"
	"github.com/draadnlp/draad/timeexpr"
)

func cmdTimes(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("times", flag.ContinueOnError)
	fs.SetOutput(stderr)
	refFlag := fs.String("ref", "", "reference `time`: RFC3339, or 2006-01-02T15:04:05 in -tz (default now)")
	tz := fs.String("tz", "Europe/Amsterdam", "time `zone` for -ref and for the resolved times")
	dirFlag := fs.String("direction", "past", "how to resolve \"maandag\" or \"15 maart\": past, future or nearest")
	localeFlag := fs.String("locale", "nl-NL", "regional usage: nl-NL or nl-BE")
	lines := fs.Bool("lines", false, "treat each input line as one text and print one JSON array per line")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad times [-ref TIME] [-tz ZONE] [-direction past|future|nearest] [-locale nl-NL|nl-BE] [-lines] [FILE ...]")
		fmt.Fprintln(stderr, "Prints the Dutch time expressions found in each input (files, or standard input) as a JSON array.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	loc, err := time.LoadLocation(*tz)
	if err != nil {
		fmt.Fprintf(stderr, "draad: bad -tz: %v\n", err)
		return 2
	}
	ref := time.Now().In(loc)
	if *refFlag != "" {
		if ref, err = timeexpr.ParseRef(*refFlag, loc); err != nil {
			fmt.Fprintf(stderr, "draad: bad -ref: %v\n", err)
			return 2
		}
	}
	var dir timeexpr.Direction
	if err := dir.UnmarshalText([]byte(*dirFlag)); err != nil {
		fmt.Fprintf(stderr, "draad: bad -direction: %v\n", err)
		return 2
	}
	var locale timeexpr.Locale
	if err := locale.UnmarshalText([]byte(*localeFlag)); err != nil {
		fmt.Fprintf(stderr, "draad: bad -locale: %v\n", err)
		return 2
	}
	opts := []timeexpr.Option{timeexpr.WithDirection(dir), timeexpr.WithLocale(locale)}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	find := func(text string) error {
		found := timeexpr.Find(text, ref, opts...)
		if found == nil {
			found = []timeexpr.Expr{}
		}
		return enc.Encode(found)
	}
	return eachText(fs.Args(), stdin, stderr, func(name, text string, _ parse.Encoding) error {
		if !*lines {
			return find(text)
		}
		sc := bufio.NewScanner(strings.NewReader(text))
		sc.Buffer(nil, len(text)+1)
		for sc.Scan() {
			if err := find(sc.Text()); err != nil {
				return err
			}
		}
		return sc.Err()
	})
}
