package main

import (
	"errors"
	"flag"
)

// stdinName names standard input in messages and output.
const stdinName = "-"

// parseArgs parses the flags in args, which may come before, between and
// after the file names ("draad parse FILE -pretty"); after "--" every
// argument is a file name. It returns the file names, or the exit code
// when parsing failed: 0 for -h, 2 for a bad flag.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, 0, false
			}
			return nil, 2, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, 0, true
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(files, rest...), 0, true
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// corpusArg parses the flags in args for a command that reads one news
// corpus: at most one CORPUS argument, defaulting to defaultNewsPath. It
// returns the path, or the exit code when parsing failed or more than one
// argument was given.
func corpusArg(fs *flag.FlagSet, args []string) (string, int, bool) {
	rest, code, ok := parseArgs(fs, args)
	if !ok {
		return "", code, false
	}
	switch len(rest) {
	case 0:
		return defaultNewsPath, 0, true
	case 1:
		return rest[0], 0, true
	}
	fs.Usage()
	return "", 2, false
}
