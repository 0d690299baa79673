// Command quoted reads an archive of Dutch news articles (JSON lines, one
// {"id", "date", "title", "paragraphs" or "text"} a line; plain, gzip or
// bzip2) and prints who is quoted most, with the number of quotes and of
// articles, using every core.
//
//	go run ./examples/quoted ../shared/data/nieuws-2019/nieuws-2019.jsonl.gz
//	go run ./examples/quoted -top 20 -j 2 archive.jsonl
//
// It shows the batch API of package parse for programs that want the
// parsed documents rather than JSON: a [parse.RecordReader] for the lines,
// [parse.DecodeRecord] and [parse.Record.Article] for each article, and
// [parse.ParseAll] to parse them on all cores in input order. Bad records
// are counted and reported, never dropped silently. It reads standard
// input when no file is named.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sync/atomic"
	"time"
	_ "time/tzdata"

	"github.com/draadnlp/draad/parse"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "quoted:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("quoted", flag.ContinueOnError)
	fs.SetOutput(stderr)
	top := fs.Int("top", 10, "print the `N` most quoted")
	workers := fs.Int("j", 0, "parse `N` articles at once (default: all cores)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	in := stdin
	if fs.NArg() > 0 {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}

	rr := parse.NewRecordReader(in)
	var bad atomic.Int64 // counted by the reader of inputs and by the loop
	// Each good record becomes an Input with its own date as the
	// reference time; a bad one is reported and counted.
	inputs := func(yield func(parse.Input) bool) {
		for l := range rr.All() {
			err := l.Err
			var rec parse.Record
			var ref time.Time
			if err == nil {
				rec, err = parse.DecodeRecord(l.Data)
			}
			if err == nil {
				ref, err = rec.Time(time.UTC)
			}
			if err != nil {
				bad.Add(1)
				fmt.Fprintf(stderr, "quoted: line %d: %v\n", l.N, err)
				continue
			}
			in := parse.Input{ID: rec.ID, Text: rec.Article()}
			if !ref.IsZero() {
				in.Options = []parse.Option{parse.WithReference(ref)}
			}
			if !yield(in) {
				return
			}
		}
	}

	type tally struct {
		name             string
		quotes, articles int
	}
	counts := map[string]*tally{}
	articles := 0
	for r := range parse.ParseAll(context.Background(), *workers, inputs, parse.WithoutTimes()) {
		if r.Err != nil {
			bad.Add(1)
			fmt.Fprintf(stderr, "quoted: %s: %v\n", r.ID, r.Err)
			continue
		}
		articles++
		seen := map[string]bool{}
		for st := range r.Document.All() {
			for _, q := range st.Quotes {
				if q.Speaker == nil || q.Speaker.Canonical == "" {
					continue
				}
				name := q.Speaker.Canonical
				t := counts[name]
				if t == nil {
					t = &tally{name: name}
					counts[name] = t
				}
				t.quotes++
				if !seen[name] {
					seen[name] = true
					t.articles++
				}
			}
		}
	}
	if err := rr.Err(); err != nil {
		return err
	}
	list := make([]*tally, 0, len(counts))
	for _, t := range counts {
		list = append(list, t)
	}
	slices.SortFunc(list, func(a, b *tally) int {
		return cmp.Or(b.quotes-a.quotes, b.articles-a.articles, cmp.Compare(a.name, b.name))
	})
	fmt.Fprintf(stdout, "%d articles, %d bad records\n", articles, bad.Load())
	for _, t := range list[:min(*top, len(list))] {
		fmt.Fprintf(stdout, "%5d quotes in %4d articles  %s\n", t.quotes, t.articles, t.name)
	}
	return nil
}
