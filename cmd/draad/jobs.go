package main

import (
	"bytes"
	"context"
	"io"
	"iter"
	"os"
	"os/signal"
	"runtime"
	"sync"

	"github.com/draadnlp/draad/parse"
)

// maxWhole is the largest input draad parse and draad entities read and
// analyse whole, exactly as a library call on the same text would. A
// larger input is read and analysed in pieces of at most pieceSize bytes
// (see parse.Pieces), with bounded memory, whatever its size. Both are
// variables only so that tests can make them small; nothing else sets
// them.
var maxWhole = 4 << 20

// pieceSize is the size of the pieces of a larger input.
var pieceSize = parse.PieceSize

// spoolLimit is how many bytes of the links of a long input draad
// entities holds in memory before it moves them to a temporary file.
var spoolLimit = 1 << 20

// jobKind says what a job holds.
type jobKind uint8

const (
	jobWhole jobKind = iota // a whole input
	jobPiece                // a piece of a long input
	jobEnd                  // the end of a long input
	jobError                // an input that could not be read
)

// job is one unit of work for the worker pool: a whole input, a piece of a
// long one, or a marker.
type job struct {
	kind  jobKind
	name  string
	data  []byte      // jobWhole: the raw input
	piece parse.Piece // jobPiece
	err   error       // jobError, or a jobPiece that could not be decoded
	// pos is how many bytes of all the inputs are read once this job is
	// done, for the progress report.
	pos int64
}

// decode decodes the raw input of a whole job as parse.Decode does, and
// lets go of the raw bytes.
func (j *job) decode() (string, error) {
	text, _, err := parse.Decode(j.data)
	j.data = nil
	return text, err
}

// inputJobs yields the jobs for the named inputs ("-" is standard input):
// one jobWhole for an input of up to maxWhole bytes, and for a longer one
// its pieces and a jobEnd. It reads lazily, so a long input is never held
// whole.
func inputJobs(names []string, stdin io.Reader) iter.Seq[job] {
	return func(yield func(job) bool) {
		var pos int64
		for _, name := range names {
			if !fileJobs(name, stdin, &pos, yield) {
				return
			}
		}
	}
}

func fileJobs(name string, stdin io.Reader, pos *int64, yield func(job) bool) bool {
	r := stdin
	if name != stdinName {
		f, err := os.Open(name)
		if err != nil {
			return yield(job{kind: jobError, name: name, err: err, pos: *pos})
		}
		defer f.Close()
		r = f
	}
	head, err := io.ReadAll(io.LimitReader(r, int64(maxWhole)+1))
	if err != nil {
		return yield(job{kind: jobError, name: name, err: err, pos: *pos})
	}
	if len(head) <= maxWhole {
		*pos += int64(len(head))
		return yield(job{kind: jobWhole, name: name, data: head, pos: *pos})
	}
	start := *pos
	for p, err := range parse.Pieces(io.MultiReader(bytes.NewReader(head), r), pieceSize) {
		*pos = start + p.RawEnd
		if !yield(job{kind: jobPiece, name: name, piece: p, err: err, pos: *pos}) {
			return false
		}
	}
	return yield(job{kind: jobEnd, name: name, pos: *pos})
}

// inputSize returns the total size of the named regular files, or 0 when
// one of them is not a regular file (standard input, a pipe).
func inputSize(names []string) int64 {
	var n int64
	for _, name := range names {
		if name == stdinName {
			return 0
		}
		fi, err := os.Stat(name)
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		n += fi.Size()
	}
	return n
}

// workers returns the number of workers for -j n: all cores when n < 1.
func workers(n int) int {
	if n < 1 {
		return runtime.GOMAXPROCS(0)
	}
	return n
}

// interruptible returns a context that is cancelled at the first
// interrupt (Ctrl-C), so that a long run stops taking new work, writes
// what is done in order and exits; a second interrupt kills it as usual.
func interruptible() (context.Context, func()) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	var once sync.Once
	go func() {
		<-ctx.Done()
		once.Do(stop)
	}()
	return ctx, func() { once.Do(stop) }
}
