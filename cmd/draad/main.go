// Command draad turns Dutch wire-style news into typed data.
//
// Usage:
//
//	draad parse    [-ref TIME] [-tz ZONE] [-model FILE] [-j N] [-jsonl] [-pretty] [FILE ...]
//	draad parse    -records FILE [-text] [-max-record BYTES] [-ref TIME] [-tz ZONE] [-model FILE] [-j N]
//	draad entities [-dict FILE] [-model FILE] [-links] [-lexicon] [-j N] [FILE ...]
//	draad times    [-ref TIME] [-tz ZONE] [-direction auto|past|future|nearest] [-locale nl-NL|nl-BE] [-lines] [-latent] [FILE ...]
//	draad tag      -conll FILE
//	draad ner-eval [-data DIR]
//	draad ner-train [-data DIR] [-o FILE]
//	draad clusters [-c N] [-mincount N] [-o FILE] [CORPUS]
//	draad vectors  [-k N,N,...] [-dim N] [-window N] [-o FILE] [CORPUS]
//	draad ner-selftag -model2 FILE [-model FILE] [-o FILE] [CORPUS]
//	draad mine     orgs|roles|words [-min N] [CORPUS]
//	draad quote-eval [-data DIR]
//	draad eval     [-data DIR] [-seed FILE] [-v] [datelines|entities|quotes ...]
//
// Each subcommand reads the named files, or standard input when there are
// none, and writes JSON to standard output. Errors go to standard error and
// make the exit status non-zero; one bad file does not stop the others.
//
// draad parse and draad entities work on all cores (-j N to choose) and
// print their output in input order. They read inputs of any size: an
// input of up to 4 MiB is analysed whole, a longer one in pieces of at
// most 1 MiB cut between stories, with offsets into the whole input and
// bounded memory. draad parse -records reads an archive of articles as
// JSON lines (plain, gzip or bzip2) and prints one line per article. On a
// terminal both report progress on standard error. The other subcommands
// refuse inputs over 64 MiB after reading at most one byte more.
//
// Flags may follow the file names; "--" ends the flags. Every
// subcommand prints its usage for -h and exits 0. "draad -version" prints
// the version, VCS revision and Go version the binary was built with.
package main

import (
	"fmt"
	"io"
	"os"
	_ "time/tzdata"
)

// command is one subcommand of draad.
type command struct {
	name  string
	usage string
	run   func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"parse", "parse wire pages into documents (JSON)", cmdParse},
		{"entities", "print the named entities of each input (JSON)", cmdEntities},
		{"times", "print the time expressions of each input (JSON)", cmdTimes},
		{"tag", "append predicted IOB2 tags to a CoNLL file", cmdTag},
		{"ner-eval", "score the entity model on CoNLL-2002 testa and testb", cmdNEREval},
		{"ner-train", "train the entity model on CoNLL-2002 data", cmdNERTrain},
		{"clusters", "learn word classes from unlabelled news for the entity model", cmdClusters},
		{"vectors", "learn word vectors from unlabelled news and cluster them for the entity model", cmdVectors},
		{"ner-selftag", "tag unlabelled news with two entity models for self-training", cmdNERSelfTag},
		{"mine", "count first names, one-word persons, organisations, roles or common words in unlabelled news, for review", cmdMine},
		{"quote-eval", "score quote attribution on the golden quote set", cmdQuoteEval},
		{"eval", "score datelines, entities and quotes on nieuws-dev, as its reference scorers do", cmdEval},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] == "-version" || args[0] == "--version" || args[0] == "version" {
		fmt.Fprintln(stdout, version())
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			if wantsHelp(args[1:]) {
				// Every subcommand prints its usage for -h and exits 0,
				// as the flag package does for a whole program.
				c.run([]string{"-h"}, stdin, io.Discard, stderr)
				return 0
			}
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "draad: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

// wantsHelp reports whether args ask for help: -h, -help or --help
// before any "--".
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: draad COMMAND [flags] [FILE ...]")
	fmt.Fprintln(w, "       draad -version")
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.usage)
	}
}
