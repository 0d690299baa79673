// Command draad-beam runs draad over an archive of Dutch news as an Apache
// Beam pipeline: locally on prism (the default), or on Google Cloud
// Dataflow, Apache Flink or Apache Spark. It reads the JSON-lines records
// of draad parse -records (plain, gzip or bzip2) and text files (one
// article each), and writes one JSON line per article, the same bytes
// draad parse -records writes for that record, a dead-letter file with
// every record that failed and why, and, when asked, aggregates as CSV.
//
//	draad-beam --input='archive/*.jsonl.gz' --output=out/articles.jsonl.gz \
//	    --mentions=out/mentions.csv --quotes=out/quotes.csv --places=out/places.csv
//
// The README of the beam module describes the flags of each runner. It
// exits with status 1 when a record was bad (see the dead-letter file), 2
// on bad flags or an input glob that matches no file, and 1 when the
// pipeline fails.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/draadnlp/draad/beam/draadbeam"
	"github.com/draadnlp/draad/parse"
)

var (
	input        = flag.String("input", "", "record files: a glob (local, or gs:// on Dataflow) of JSON-lines files, one {id, date, title, text or paragraphs} a line, plain, gzip or bzip2; several globs are separated by commas")
	textInput    = flag.String("text_input", "", "text files, one article each: a glob, or several separated by commas; each is parsed as the record {\"id\": its path, \"text\": its text}, dated by --ref or --date_from_path")
	output       = flag.String("output", "", "the output lines, one per article (required); a path ending in .gz is compressed")
	shards       = flag.Int("shards", 1, "write the output in `N` files, named after --output with -00000-of-0000N before the extension")
	deadLetter   = flag.String("dead_letter", "", "the dead-letter lines, one {file, line, id, error} per record that failed (default: --output with .dead_letter.jsonl after its stem)")
	mentions     = flag.String("mentions", "", "write mentions per entity per day to this CSV `file` ("+draadbeam.MentionsHeader+")")
	quotes       = flag.String("quotes", "", "write quotes per speaker to this CSV `file` ("+draadbeam.QuotesHeader+")")
	places       = flag.String("places", "", "write agencies and dateline places per day to this CSV `file` ("+draadbeam.PlacesHeader+")")
	ref          = flag.String("ref", "", "reference `time` of records without a date and of text files: RFC 3339, or 2006-01-02T15:04:05 or 2006-01-02 in --tz (default: now, when the pipeline is built)")
	tz           = flag.String("tz", "Europe/Amsterdam", "time `zone` for --ref, record dates and resolved times")
	dateFromPath = flag.Bool("date_from_path", false, "date each text file by the last date in its path (2019-05-15, 2019/05/15, 2019_05_15 or 20190515)")
	model        = flag.String("model", "", "entity model `file` written by draad ner-train (local, or gs:// on Dataflow; default: the embedded model)")
	withText     = flag.Bool("text", false, "add the parsed text of each record to its line, as draad parse -records -text")
	workers      = flag.Int("parse_workers", 0, "parse the records of a bundle on `N` goroutines (default: one per core of the worker; prism hands a stage its elements in one bundle)")
	maxRecord    = flag.Int("max_record", parse.MaxRecordLine, "the longest record line, and text file, in `bytes`; a longer one goes to the dead letters")
)

func main() {
	flag.Usage = usage
	flag.Parse()
	beam.Init()
	os.Exit(run(context.Background(), os.Stderr))
}

func usage() {
	w := flag.CommandLine.Output()
	fmt.Fprintln(w, "usage: draad-beam --input=GLOB[,GLOB] | --text_input=GLOB[,GLOB] --output=PATH [--dead_letter=PATH]")
	fmt.Fprintln(w, "           [--mentions=CSV] [--quotes=CSV] [--places=CSV] [--shards=N] [--ref=TIME] [--tz=ZONE]")
	fmt.Fprintln(w, "           [--model=FILE] [--runner=prism|dataflow|flink|spark|universal] [runner flags]")
	fmt.Fprintln(w, "Runs draad over an archive as an Apache Beam pipeline; see the README of the beam module.")
	fmt.Fprintln(w, "The flags of draad-beam:")
	flag.VisitAll(func(f *flag.Flag) {
		if !slices.Contains(ownFlags, f.Name) {
			return
		}
		name, use := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  --%s %s\n    \t%s\n", f.Name, name, use)
	})
	fmt.Fprintln(w, "Beam's own flags (--runner, --endpoint, --project, --region, --temp_location,")
	fmt.Fprintln(w, "--environment_type, …) follow the Beam Go SDK; draad-beam --help=all lists them.")
}

var ownFlags = []string{"input", "text_input", "output", "shards", "dead_letter", "mentions", "quotes", "places", "ref", "tz", "date_from_path", "model", "text", "max_record", "parse_workers"}

// globs splits a comma-separated list of globs.
func globs(s string) []string {
	var out []string
	for g := range strings.SplitSeq(s, ",") {
		if g = strings.TrimSpace(g); g != "" {
			out = append(out, g)
		}
	}
	return out
}

// deadLetterPath is the default dead-letter path for output: its stem
// (up to the first dot of its last element) and .dead_letter.jsonl.
func deadLetterPath(output string) string {
	i := strings.LastIndexByte(output, '/') + 1
	if k := strings.IndexByte(output[min(i+1, len(output)):], '.'); k >= 0 {
		return output[:min(i+1, len(output))+k] + ".dead_letter.jsonl"
	}
	return output + ".dead_letter.jsonl"
}

// countMatches returns the number of files that match glob, through
// Beam's file systems. An error (a scheme draad-beam does not know, no
// credentials where the pipeline is launched) leaves the check to the
// pipeline, whose workers may have what the launcher lacks.
func countMatches(ctx context.Context, glob string) (int, error) {
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return 0, err
	}
	defer fs.Close()
	files, err := fs.List(ctx, glob)
	return len(files), err
}

func run(ctx context.Context, stderr io.Writer) int {
	c := draadbeam.Config{
		Records:      globs(*input),
		Texts:        globs(*textInput),
		MaxRecord:    *maxRecord,
		DateFromPath: *dateFromPath,
		Parse:        draadbeam.ParseOptions{Model: *model, Ref: *ref, Zone: *tz, Text: *withText, Workers: *workers},
		Output:       *output,
		Shards:       *shards,
		DeadLetter:   *deadLetter,
		Mentions:     *mentions,
		Quotes:       *quotes,
		Places:       *places,
		FallbackDays: *ref != "",
	}
	switch {
	case len(c.Records)+len(c.Texts) == 0:
		fmt.Fprintln(stderr, "draad-beam: --input or --text_input is required")
		return 2
	case c.Output == "":
		fmt.Fprintln(stderr, "draad-beam: --output is required")
		return 2
	case c.Shards < 1:
		fmt.Fprintln(stderr, "draad-beam: --shards must be at least 1")
		return 2
	case c.Parse.Workers < 0:
		fmt.Fprintln(stderr, "draad-beam: --parse_workers must be at least 0")
		return 2
	case c.MaxRecord < 1:
		fmt.Fprintln(stderr, "draad-beam: --max_record must be at least 1")
		return 2
	}
	if c.DeadLetter == "" {
		c.DeadLetter = deadLetterPath(c.Output)
	}
	if c.Parse.Ref == "" {
		// As draad parse: records without a date are read as of now. The
		// time is fixed here, so that every worker and every retry uses the
		// same one.
		loc, err := time.LoadLocation(c.Parse.Zone)
		if err != nil {
			fmt.Fprintf(stderr, "draad-beam: bad --tz: %v\n", err)
			return 2
		}
		c.Parse.Ref = time.Now().In(loc).Format(time.RFC3339Nano)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := draadbeam.Build(s, c); err != nil {
		fmt.Fprintf(stderr, "draad-beam: %v\n", strings.TrimPrefix(err.Error(), "draadbeam: "))
		return 2
	}
	// A glob that matches nothing is the commonest mistake: say so before
	// the engine starts, not in a stack trace of the runner's.
	for _, g := range slices.Concat(c.Records, c.Texts) {
		if n, err := countMatches(ctx, g); err == nil && n == 0 {
			fmt.Fprintf(stderr, "draad-beam: no file matches %s\n", g)
			return 2
		}
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(stderr, "draad-beam: the pipeline failed: %v\n", err)
		return 1
	}
	if res == nil {
		// Asynchronous runs (--async) and runners without metrics.
		return 0
	}
	counts := map[string]int64{}
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Key.Namespace == "draad" {
			counts[r.Name()] += r.Result()
		}
	}
	fmt.Fprintf(stderr, "draad-beam: %d articles written to %s, %d bad records in %s\n", counts["articles"], c.Output, counts["bad_records"], c.DeadLetter)
	if counts["bad_records"] > 0 {
		return 1
	}
	return 0
}
