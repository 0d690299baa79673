package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/draadnlp/draad/parse"
	"github.com/draadnlp/draad/timeexpr"
)

func cmdParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	refFlag := fs.String("ref", "", "reference `time` for ages and times: RFC3339, or 2006-01-02T15:04:05 in -tz (default now); with -records, for records without a date")
	tz := fs.String("tz", "Europe/Amsterdam", "time `zone` for -ref, record dates and resolved times")
	jsonl := fs.Bool("jsonl", false, "print each document on one line (the default unless -pretty)")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	modelPath := fs.String("model", "", "entity model `FILE` written by draad ner-train (default: the embedded model)")
	jobs := fs.Int("j", 0, "parse `N` inputs at once (default: all cores)")
	records := fs.String("records", "", "read articles from the JSON-lines `FILE` (plain, gzip or bzip2; - for standard input), one {id, date, title, text or paragraphs} a line, and print one line per record")
	withText := fs.Bool("text", false, "with -records: add the parsed text of each record to its line")
	maxRecord := fs.Int("max-record", parse.MaxRecordLine, "with -records: the longest record line in `bytes`; a longer one is reported as bad")
	showProgress := fs.Bool("progress", wantProgress(stdout, stderr), "report progress on standard error (default: when it is a terminal and standard output is not)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad parse [-ref TIME] [-tz ZONE] [-model FILE] [-j N] [-jsonl] [-pretty] [FILE ...]")
		fmt.Fprintln(stderr, "       draad parse -records FILE [-text] [-max-record BYTES] [-ref TIME] [-tz ZONE] [-model FILE] [-j N]")
		fmt.Fprintln(stderr, "Parses pages of Dutch wire news (files, or standard input) and prints one JSON document per input,")
		fmt.Fprintln(stderr, "in input order. An input over 4 MiB is parsed in pieces of at most 1 MiB, cut between stories, with")
		fmt.Fprintln(stderr, "offsets into the whole input and bounded memory. With -records, prints one JSON line per record:")
		fmt.Fprintln(stderr, `  {"id":…,"ref":…,"ref_source":"date|fallback","text":… (-text),"headline":…,"stories":…,"sections":…}`)
		fmt.Fprintln(stderr, `or {"id":…,"line":N,"error":…} for a bad record; the exit status is 1 when any record was bad.`)
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
	if *records == "" && (*withText || isSet(fs, "max-record")) {
		fmt.Fprintln(stderr, "draad: -text and -max-record go with -records")
		return 2
	}
	if *records != "" && len(files) > 0 {
		fmt.Fprintf(stderr, "draad: -records reads one file; %q is one more\n", files[0])
		return 2
	}
	if *records != "" && *pretty {
		fmt.Fprintln(stderr, "draad: -records prints one JSON line per record; -pretty does not apply")
		return 2
	}
	if *maxRecord < 1 {
		fmt.Fprintln(stderr, "draad: -max-record must be at least 1")
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
	ctx, stop := interruptible()
	defer stop()
	if *records != "" {
		rp := &parse.RecordParser{
			Fallback: ref,
			Location: ref.Location(),
			Text:     *withText,
			Options:  []parse.Option{parse.WithEntityModel(model)},
		}
		return runRecords(ctx, *records, stdin, stdout, stderr, rp, *maxRecord, workers(*jobs), *showProgress)
	}
	if len(files) == 0 {
		files = []string{stdinName}
	}
	opts := []parse.Option{parse.WithReference(ref), parse.WithEntityModel(model)}
	return parseFiles(ctx, files, stdin, stdout, stderr, opts, *pretty, workers(*jobs), *showProgress)
}

// isSet reports whether the flag name was given.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// parseFiles parses the named inputs on workers goroutines with
// parse.ParseAll and prints their documents in input order.
func parseFiles(ctx context.Context, files []string, stdin io.Reader, stdout, stderr io.Writer, opts []parse.Option, pretty bool, workers int, showProgress bool) int {
	interrupted := ctx.Err
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The jobs wait in queue, in order, for the results of ParseAll;
	// jobs that parse nothing (errors, ends of long inputs) are handled
	// when the results before them are.
	type entry struct {
		job
		parsed bool
	}
	var (
		mu    sync.Mutex
		queue []entry
	)
	inputs := func(yield func(parse.Input) bool) {
		for j := range inputJobs(files, stdin) {
			var in parse.Input
			e := entry{job: j}
			switch j.kind {
			case jobWhole:
				text, enc, err := parse.Decode(j.data)
				e.data = nil
				if err != nil {
					e.kind, e.err = jobError, err
					break
				}
				e.piece.Encoding = enc
				in, e.parsed = parse.Input{ID: j.name, Text: text}, true
			case jobPiece:
				if j.err == nil {
					in, e.parsed = parse.Input{ID: j.name, Text: j.piece.Text, Offset: j.piece.Start}, true
					e.piece.Text = ""
				}
			}
			mu.Lock()
			queue = append(queue, e)
			mu.Unlock()
			if e.parsed && !yield(in) {
				return
			}
		}
	}
	pop := func() (entry, bool) {
		mu.Lock()
		defer mu.Unlock()
		if len(queue) == 0 {
			return entry{}, false
		}
		e := queue[0]
		queue = queue[1:]
		return e, true
	}

	w := bufio.NewWriterSize(stdout, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	prog := startProgress(stderr, showProgress, "files", inputSize(files))
	code := 0
	done := int64(0)
	var stream *docStream
	fail := func(format string, a ...any) {
		prog.printf(stderr, "draad: "+format+"\n", a...)
		code = 1
	}
	handle := func(e entry, res *parse.Result) bool {
		switch e.kind {
		case jobError:
			fail("%s: %v", e.name, e.err)
			done++
		case jobWhole:
			if res.Err != nil {
				fail("%s: %v", e.name, res.Err)
			} else {
				out := struct {
					File     string `json:"file,omitzero"`
					Encoding string `json:"encoding,omitzero"`
					*parse.Document
				}{Document: res.Document}
				if e.name != stdinName {
					out.File = e.name
				}
				if e.piece.Encoding != parse.UTF8 {
					out.Encoding = string(e.piece.Encoding)
				}
				if err := enc.Encode(out); err != nil {
					fail("%s: %v", e.name, err)
				}
			}
			done++
		case jobPiece:
			switch {
			case e.err != nil:
				fail("%s: %v; the input from byte %d on is not parsed", e.name, e.err, e.piece.RawStart)
			case res.Err != nil:
				fail("%s: bytes %d to %d: %v", e.name, e.piece.RawStart, e.piece.RawEnd, res.Err)
			default:
				if stream == nil {
					stream = newDocStream(w, pretty)
				}
				stream.piece(e.name, e.piece.Encoding, res.Document)
			}
		case jobEnd:
			if stream != nil {
				if err := stream.end(); err != nil {
					fail("%s: %v", e.name, err)
				}
				stream = nil
			}
			done++
		}
		prog.set(done, e.pos)
		if err := w.Flush(); err != nil {
			fail("writing the output: %v", err)
			cancel()
			return false
		}
		return true
	}
	finished := true
results:
	for res := range parse.ParseAll(ctx, workers, inputs, opts...) {
		for {
			e, ok := pop()
			if !ok {
				break
			}
			if e.parsed {
				if !handle(e, &res) {
					finished = false
					break results
				}
				break
			}
			if !handle(e, nil) {
				finished = false
				break results
			}
		}
	}
	if finished && ctx.Err() == nil {
		// Jobs after the last parsed one: errors, the end of a long input.
		for e, ok := pop(); ok; e, ok = pop() {
			handle(e, nil)
		}
	}
	prog.finish()
	if interrupted() != nil {
		fmt.Fprintln(stderr, "draad: interrupted; the output holds the inputs done before")
		return 130
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
