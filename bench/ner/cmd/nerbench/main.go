// Command nerbench compares draad's entity tagger with prose v2 on
// CoNLL-2002 Dutch. It trains prose on ned.train (about 18 minutes on two
// cores) or loads the model cached by an earlier run, tags the test set
// with both, and prints conlleval scores side by side.
//
// Usage (from the bench directory):
//
//	go run ./ner/cmd/nerbench [-data DIR] [-set ned.testb] [-model FILE]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	nerbench "github.com/draadnlp/draad/bench/ner"
	"github.com/draadnlp/draad/internal/ner"
	"github.com/jdkato/prose/v2"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func readDocs(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.ReadCoNLL(f)
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("nerbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", filepath.Join("..", "..", "shared", "data", "conll2002-nl"), "CoNLL-2002 Dutch data `DIR`")
	set := fs.String("set", "ned.testb", "test `FILE` in DIR")
	model := fs.String("model", "", "draad model `FILE` (default: the embedded model)")
	cache := fs.String("cache", nerbench.ProseCacheDir(), "prose model cache `DIR`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	pm, err := nerbench.ProseLoad(*cache)
	if err != nil {
		train, err := readDocs(filepath.Join(*data, "ned.train"))
		if err != nil {
			fmt.Fprintf(stderr, "nerbench: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "nerbench: training prose on ned.train (slow)...\n")
		t0 := time.Now()
		pm = nerbench.ProseTrain(train)
		if err := pm.Write(*cache); err != nil {
			fmt.Fprintf(stderr, "nerbench: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "nerbench: trained prose in %v, cached in %s\n", time.Since(t0).Round(time.Second), *cache)
		pm, err = nerbench.ProseLoad(*cache)
		if err != nil {
			fmt.Fprintf(stderr, "nerbench: %v\n", err)
			return 1
		}
	}
	var dm *ner.Model
	if *model == "" {
		dm, err = ner.Default()
	} else {
		var f *os.File
		if f, err = os.Open(*model); err == nil {
			dm, err = ner.Load(f)
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "nerbench: %v\n", err)
		return 1
	}
	docs, err := readDocs(filepath.Join(*data, *set))
	if err != nil {
		fmt.Fprintf(stderr, "nerbench: %v\n", err)
		return 1
	}
	var gold, dpred, ppred [][]string
	var dtime, ptime time.Duration
	for _, d := range docs {
		t0 := time.Now()
		tags := nerbench.DraadTag(dm, d)
		dtime += time.Since(t0)
		dpred = append(dpred, tags...)
		t0 = time.Now()
		for _, s := range d {
			ppred = append(ppred, nerbench.ProseTag(pm, s.Words))
			gold = append(gold, s.Tags)
		}
		ptime += time.Since(t0)
	}
	ds, ps := ner.Evaluate(gold, dpred), ner.Evaluate(gold, ppred)
	printTable(stdout, *set, ds, ps, pm)
	fmt.Fprintf(stdout, "\ntagging time: draad %v (%.0f tokens/s), prose %v (%.0f tokens/s)\n",
		dtime.Round(time.Millisecond), float64(ds.Tokens)/dtime.Seconds(),
		ptime.Round(time.Millisecond), float64(ps.Tokens)/ptime.Seconds())
	return 0
}

func printTable(w io.Writer, set string, ds, ps ner.Scores, pm *prose.Model) {
	fmt.Fprintf(w, "%s, conlleval rules (exact spans), %d tokens; prose model %q\n\n", set, ds.Tokens, pm.Name)
	fmt.Fprintf(w, "%-6s | %6s %6s %6s | %6s %6s %6s\n", "", "draad", "", "", "prose", "", "")
	fmt.Fprintf(w, "%-6s | %6s %6s %6s | %6s %6s %6s\n", "type", "P", "R", "F1", "P", "R", "F1")
	var types []string
	for t := range ds.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	row := func(name string, a, b ner.Counts) {
		fmt.Fprintf(w, "%-6s | %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f\n", name,
			a.Precision(), a.Recall(), a.F1(), b.Precision(), b.Recall(), b.F1())
	}
	for _, t := range types {
		row(t, ds.ByType[t], ps.ByType[t])
	}
	row("micro", ds.All, ps.All)
}
