package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/quote"
	"github.com/draadnlp/draad/quote/quoteeval"
)

// cmdQuoteEval scores quote attribution on the golden quote set against
// the hand-written gold sections and prints precision and recall per kind.
func cmdQuoteEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quote-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "directory of golden quote cases (default: the cases built in, quote/quoteeval/testdata)")
	verbose := fs.Bool("v", false, "list every wrong, spurious or missed attribution")
	baseline := fs.Bool("baseline", false, "score the nearest-person word-order baseline instead of quote.FindStory")
	ents := fs.Bool("entities", false, "take mentions from entity.Extract instead of the hand-written mentions sections")
	_, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	dir := *data
	var cases []quoteeval.Case
	var err error
	if dir == "" {
		dir = "the built-in cases"
		cases, err = quoteeval.Builtin()
	} else {
		cases, err = quoteeval.LoadCases(dir)
	}
	code = 0
	if err != nil {
		fmt.Fprintf(stderr, "draad: %s: %v\n", dir, err)
		code = 1
		if len(cases) == 0 {
			return 1
		}
	}
	src := "hand-written mentions"
	if *ents {
		src = "mentions from entity.Extract"
	}
	var mentions func(string) []entity.Entity
	if *ents {
		mentions = entityMentions
	}
	var find func(string, quote.Story) []quote.Quote
	if *baseline {
		find = quote.Nearest
		src += ", nearest-person baseline"
	}
	r := quoteeval.Evaluate(cases, mentions, find)
	fmt.Fprintf(stdout, "%d cases in %s, %s\n", r.Cases, dir, src)
	fmt.Fprintf(stdout, "%-9s %6s %10s %8s %9s %7s\n", "kind", "gold", "attributed", "correct", "precision", "recall")
	var all quoteeval.Score
	for _, k := range []quote.Kind{quote.Direct, quote.Colon, quote.Indirect} {
		s := r.ByKind[k]
		all.Gold += s.Gold
		all.Attributed += s.Attributed
		all.Correct += s.Correct
		fmt.Fprintf(stdout, "%-9s %6d %10d %8d %9.3f %7.3f\n", k, s.Gold, s.Attributed, s.Correct, s.Precision(), s.Recall())
	}
	fmt.Fprintf(stdout, "%-9s %6d %10d %8d %9.3f %7.3f\n", "all", all.Gold, all.Attributed, all.Correct, all.Precision(), all.Recall())
	if *verbose {
		for _, e := range r.Errors {
			fmt.Fprintln(stdout, "  "+e)
		}
	}
	return code
}

// entityMentions returns the entities entity.Extract finds in doc.
func entityMentions(doc string) []entity.Entity { return entity.Extract(doc) }
