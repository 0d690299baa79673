package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/draadnlp/draad/internal/deveval"
	"github.com/draadnlp/draad/internal/repo"
)

// evalParts are the parts draad eval scores, in the order it prints them,
// with the reference scorer each one reproduces.
var evalParts = []struct{ name, scorer string }{
	{"datelines", "check_wire.py"},
	{"entities", "check_entities.py"},
	{"quotes", "check_quotes.py"},
}

// cmdEval scores draad on nieuws-dev with the figures of the reference
// scorers in its score/ folder, running draad parse in-process.
func cmdEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "nieuws-dev `DIR` (default ../shared/data/nieuws-dev, from the working directory or else from the repository root)")
	seed := fs.String("seed", "", "the seed page `FILE`, which gold keys \"seed/...\" name (default ../shared/seed/buitenland-page.txt, found the same way)")
	verbose := fs.Bool("v", false, "list every error before the figures, as the scorers' VERBOSE=1 and --list do")
	rules := fs.Bool("rules", false, "after the quote figures, count the speakers given and right by draad's attribution rule (not part of the scorer's output)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad eval [-data DIR] [-seed FILE] [-v] [-rules] [datelines|entities|quotes ...]")
		fmt.Fprintln(stderr, "Scores draad parse on nieuws-dev and prints the figures of its reference scorers")
		fmt.Fprintln(stderr, "(score/check_wire.py, check_entities.py, check_quotes.py); all three by default.")
		fs.PrintDefaults()
	}
	rest, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	want := map[string]bool{}
	for _, a := range rest {
		if !slices.ContainsFunc(evalParts, func(p struct{ name, scorer string }) bool { return p.name == a }) {
			fmt.Fprintf(stderr, "draad: eval: unknown part %q (want datelines, entities or quotes)\n", a)
			return 2
		}
		want[a] = true
	}
	dir := *data
	if dir == "" {
		dir = sharedPath("data/nieuws-dev")
	}
	seedPath := *seed
	if seedPath == "" {
		seedPath = sharedPath("seed/buitenland-page.txt")
	}
	if _, err := os.Stat(filepath.Join(dir, "gold")); err != nil {
		fmt.Fprintf(stderr, "draad: eval: no nieuws-dev gold in %s (give its folder with -data): %v\n", dir, err)
		return 1
	}
	ev, err := newEvaluator(dir, seedPath)
	if err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	code = 0
	first := true
	for _, p := range evalParts {
		if len(want) > 0 && !want[p.name] {
			continue
		}
		var out bytes.Buffer
		err := writePart(&out, ev, p.name, *verbose, *rules)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %v\n", err)
			code = 1
			continue
		}
		if !first {
			fmt.Fprintln(stdout)
		}
		first = false
		fmt.Fprintf(stdout, "%s (as score/%s)\n", p.name, p.scorer)
		stdout.Write(out.Bytes())
	}
	return code
}

// newEvaluator returns an evaluator of nieuws-dev in dir that parses
// each file in-process, exactly as `draad parse` would.
func newEvaluator(dir, seed string) (*deveval.Evaluator, error) {
	return deveval.New(deveval.Options{Dir: dir, Seed: seed, Parse: parseInProcess})
}

// parseInProcess runs the parse command on path with the scorers'
// reference time and zone, and returns what it prints.
func parseInProcess(path string) deveval.Output {
	var out, errs bytes.Buffer
	code := cmdParse([]string{"-ref", deveval.Ref, "-tz", deveval.Zone, path}, strings.NewReader(""), &out, &errs)
	return deveval.Output{Stdout: out.Bytes(), Stderr: errs.String(), Code: code}
}

// writePart scores one part and writes it as its scorer prints it.
// With rules, the quotes part ends with the count of each attribution rule.
func writePart(w io.Writer, ev *deveval.Evaluator, part string, verbose, rules bool) error {
	switch part {
	case "datelines":
		r, err := ev.Datelines()
		if err != nil {
			return err
		}
		return r.Write(w, verbose)
	case "entities":
		r, err := ev.Entities()
		if err != nil {
			return err
		}
		return r.Write(w, verbose)
	case "quotes":
		r, err := ev.Quotes()
		if err != nil {
			return err
		}
		if err := r.Write(w, verbose); err != nil || !rules {
			return err
		}
		return r.WriteRules(w)
	}
	return fmt.Errorf("eval: unknown part %q", part)
}

// sharedPath returns ../shared/REL from the working directory when it is
// there, else from the repository root, so that draad eval works from any
// folder of the repository; when neither exists, the first.
func sharedPath(rel string) string {
	p := filepath.Join("..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if root, err := repo.Root(); err == nil {
		q := filepath.Join(root, "..", "shared", filepath.FromSlash(rel))
		if _, err := os.Stat(q); err == nil {
			return q
		}
	}
	return p
}
