package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// stdinName names standard input in messages and output.
const stdinName = "-"

// maxInput is the most bytes draad times reads from one input: the cap of
// parse.Parse and parse.Decode. Larger inputs are refused after reading
// at most one byte more. draad parse and draad entities read inputs of
// any size (see maxWhole).
const maxInput = 64 << 20

// errTooLarge reports an input over maxInput.
var errTooLarge = fmt.Errorf("input larger than %d bytes (64 MiB); split it into smaller files", maxInput)

// readInput reads all of r, refusing inputs over maxInput after reading
// at most maxInput+1 bytes.
func readInput(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxInput {
		return nil, errTooLarge
	}
	return data, nil
}

// readFile reads the named file, or standard input for "-", within
// maxInput.
func readFile(name string, stdin io.Reader) ([]byte, error) {
	if name == stdinName {
		return readInput(stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > maxInput {
		return nil, errTooLarge
	}
	return readInput(f)
}

// eachInput calls f with the contents of each named file ("-" is standard
// input), or of standard input when there are none. A failing input is
// reported on stderr and the others still run; the result is the exit
// code.
func eachInput(names []string, stdin io.Reader, stderr io.Writer, f func(name string, data []byte) error) int {
	if len(names) == 0 {
		names = []string{stdinName}
	}
	code := 0
	for _, name := range names {
		data, err := readFile(name, stdin)
		if err == nil {
			err = f(name, data)
		}
		if err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", name, err)
			code = 1
		}
	}
	return code
}

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
