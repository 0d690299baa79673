package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/draadnlp/draad/parse"
	"github.com/draadnlp/draad/timeexpr"
)

func cmdParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	refFlag := fs.String("ref", "", "reference `time` for ages and times: RFC3339, or 2006-01-02T15:04:05 in -tz (default now)")
	tz := fs.String("tz", "Europe/Amsterdam", "time `zone` for -ref and for resolved times")
	jsonl := fs.Bool("jsonl", false, "print each document on one line (the default unless -pretty)")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad parse [-ref TIME] [-tz ZONE] [-jsonl] [-pretty] [FILE ...]")
		fmt.Fprintln(stderr, "Parses pages of Dutch wire news (files, or standard input) and prints one JSON document per input.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *jsonl && *pretty {
		fmt.Fprintln(stderr, "draad: -jsonl and -pretty exclude each other")
		return 2
	}
	ref, err := reference(*refFlag, *tz)
	if err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 2
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	return eachText(fs.Args(), stdin, stderr, func(name, text string, encoding parse.Encoding) error {
		doc, err := parse.Parse(text, parse.WithReference(ref))
		if err != nil {
			return err
		}
		out := struct {
			File     string `json:"file,omitzero"`
			Encoding string `json:"encoding,omitzero"`
			*parse.Document
		}{Document: doc}
		if name != stdinName {
			out.File = name
		}
		if encoding != parse.UTF8 {
			out.Encoding = string(encoding)
		}
		return enc.Encode(out)
	})
}

// stdinName names standard input in messages and output.
const stdinName = "-"

// eachText is [eachInput] for text: each input is decoded with
// [parse.Decode], so Latin-1, Windows-1252 and UTF-16 files work, and
// offsets in the output refer to the decoded UTF-8 text.
func eachText(names []string, stdin io.Reader, stderr io.Writer, f func(name, text string, enc parse.Encoding) error) int {
	return eachInput(names, stdin, stderr, func(name string, data []byte) error {
		text, enc, err := parse.Decode(data)
		if err != nil {
			return err
		}
		return f(name, text, enc)
	})
}

// eachInput calls f with the contents of each named file, or of stdin when
// there are none. A failing input is reported on stderr and the others
// still run; the result is the exit code.
func eachInput(names []string, stdin io.Reader, stderr io.Writer, f func(name string, data []byte) error) int {
	if len(names) == 0 {
		data, err := io.ReadAll(stdin)
		if err == nil {
			err = f(stdinName, data)
		}
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", stdinName, err)
			return 1
		}
		return 0
	}
	code := 0
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err == nil {
			err = f(name, data)
		}
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", name, err)
			code = 1
		}
	}
	return code
}

// reference returns the reference time given by -ref and -tz: now when s
// is empty.
func reference(s, zone string) (time.Time, error) {
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad -tz: %v", err)
	}
	if s == "" {
		return time.Now().In(loc), nil
	}
	return timeexpr.ParseRef(s, loc)
}
