package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
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
	modelPath := fs.String("model", "", "entity model `FILE` written by draad ner-train (default: the embedded model)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad parse [-ref TIME] [-tz ZONE] [-model FILE] [-jsonl] [-pretty] [FILE ...]")
		fmt.Fprintln(stderr, "Parses pages of Dutch wire news (files, or standard input) and prints one JSON document per input.")
		fmt.Fprintln(stderr, "Flags may follow the file names; after -- every argument is a file name.")
		fs.PrintDefaults()
	}
	files, code, ok := parseArgs(fs, args)
	if !ok {
		return code
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
	model, err := loadEntityModel(*modelPath)
	if err != nil {
		fmt.Fprintf(stderr, "draad: %s: %v\n", *modelPath, err)
		return 1
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	return eachText(files, stdin, stderr, func(name, text string, encoding parse.Encoding) error {
		doc, err := parse.Parse(text, parse.WithReference(ref), parse.WithEntityModel(model))
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
