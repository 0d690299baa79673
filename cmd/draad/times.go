package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"iter"
	"time"
	"unicode/utf8"

	"github.com/draadnlp/draad/parse"
	"github.com/draadnlp/draad/timeexpr"
)

func cmdTimes(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("times", flag.ContinueOnError)
	fs.SetOutput(stderr)
	refFlag := fs.String("ref", "", "reference `time`: RFC3339, or 2006-01-02T15:04:05 in -tz (default now)")
	tz := fs.String("tz", "Europe/Amsterdam", "time `zone` for -ref and for the resolved times")
	dirFlag := fs.String("direction", "auto", "how to resolve \"maandag\" or \"15 maart\": auto (from each clause's tense), past, future or nearest")
	localeFlag := fs.String("locale", "nl-NL", "regional usage: nl-NL or nl-BE")
	lines := fs.Bool("lines", false, "treat each input line as one text and print one JSON array per line")
	latent := fs.Bool("latent", false, "also report weak matches, as for a phrase known to be a time (\"3 uur\" as 15:00, \"di.\", \"de 15de\")")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad times [-ref TIME] [-tz ZONE] [-direction auto|past|future|nearest] [-locale nl-NL|nl-BE] [-lines] [-latent] [FILE ...]")
		fmt.Fprintln(stderr, "Prints the Dutch time expressions found in each input (files, or standard input) as a JSON array.")
		fmt.Fprintln(stderr, "With -lines, a line that is not valid UTF-8 prints [] and is reported as FILE:LINE; the exit code is then 1.")
		fs.PrintDefaults()
	}
	rest, code, ok := parseArgs(fs, args)
	if !ok {
		return code
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
	if *latent {
		opts = append(opts, timeexpr.WithLatent())
	}
	failed := false
	// emit prints the expressions of one text as a JSON array. A text whose
	// expressions cannot be encoded prints [] and is reported, so that the
	// lines after it are not lost.
	emit := func(where, text string) {
		found := timeexpr.Find(text, ref, opts...)
		if found == nil {
			found = []timeexpr.Expr{}
		}
		b, err := json.Marshal(found)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", where, err)
			failed = true
			b = []byte("[]")
		}
		stdout.Write(append(b, '\n'))
	}
	code = eachInput(rest, stdin, stderr, func(name string, data []byte) error {
		text, _, err := parse.Decode(data)
		if !*lines {
			if err != nil {
				return err
			}
			emit(name, text)
			return nil
		}
		if err == nil {
			data = []byte(text)
		}
		// When the whole input does not decode, each line that is valid
		// UTF-8 is still read; an invalid line prints [] and is reported.
		n := 0
		for line := range splitLines(data) {
			n++
			where := fmt.Sprintf("%s:%d", name, n)
			if !utf8.Valid(line) {
				fmt.Fprintf(stderr, "draad: %s: parse: invalid UTF-8 at byte %d\n", where, invalidAt(line))
				failed = true
				stdout.Write([]byte("[]\n"))
				continue
			}
			emit(where, string(line))
		}
		return nil
	})
	if failed && code == 0 {
		code = 1
	}
	return code
}

// splitLines yields the lines of b without their "\n" or "\r\n"; a final
// line break does not start another line.
func splitLines(b []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(b) > 0 {
			line := b
			if i := bytes.IndexByte(b, '\n'); i >= 0 {
				line, b = b[:i], b[i+1:]
			} else {
				b = nil
			}
			line = bytes.TrimSuffix(line, []byte("\r"))
			if !yield(line) {
				return
			}
		}
	}
}

// invalidAt returns the byte offset of the first invalid UTF-8 in b.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w <= 1 {
			return i
		}
		i += w
	}
	return len(b)
}
