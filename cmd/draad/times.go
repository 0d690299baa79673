package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"time"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/pool"
	"github.com/draadnlp/draad/parse"
	"github.com/draadnlp/draad/timeexpr"
)

func cmdTimes(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("times", flag.ContinueOnError)
	fs.SetOutput(stderr)
	refFlag := fs.String("ref", "", "reference `time`: RFC3339, or 2006-01-02T15:04:05 in -tz (default now)")
	tz := fs.String("tz", "Europe/Amsterdam", "time `zone` for -ref and for the resolved times")
	dirFlag := fs.String("direction", "auto", "how to resolve \"maandag\" or \"15 maart\": auto (from each clause's tense), past, future or nearest")
	localeFlag := fs.String("locale", "nl-NL", "regional usage: nl-NL or nl-BE")
	lines := fs.Bool("lines", false, "treat each input line as one text and print one JSON array per line")
	jobsFlag := fs.Int("j", 0, "search `N` inputs, pieces or lines at once (default: all cores)")
	latent := fs.Bool("latent", false, "also report weak matches, as for a phrase known to be a time (\"3 uur\" as 15:00, \"di.\", \"de 15de\")")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad times [-ref TIME] [-tz ZONE] [-direction auto|past|future|nearest] [-locale nl-NL|nl-BE] [-lines] [-latent] [-j N] [FILE ...]")
		fmt.Fprintln(stderr, "Prints the Dutch time expressions found in each input (files, or standard input) as a JSON array.")
		fmt.Fprintln(stderr, "Inputs of any size are read; one over 4 MiB is read and searched in pieces of 1 MiB, cut between paragraphs.")
		fmt.Fprintln(stderr, "With -lines, a line that is not valid text or is over 64 MiB prints [] and is reported as FILE:LINE; the exit code is then 1.")
		fs.PrintDefaults()
	}
	rest, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	loc, err := time.LoadLocation(*tz)
	if err != nil {
		fmt.Fprintf(stderr, "draad: bad -tz: %v\n", err)
		return 2
	}
	ref := time.Now().In(loc)
	if *refFlag != "" {
		if ref, err = timeexpr.ParseRef(*refFlag, loc); err != nil {
			fmt.Fprintf(stderr, "draad: bad -ref: %v\n", err)
			return 2
		}
	}
	var dir timeexpr.Direction
	if err := dir.UnmarshalText([]byte(*dirFlag)); err != nil {
		fmt.Fprintf(stderr, "draad: bad -direction: %v\n", err)
		return 2
	}
	var locale timeexpr.Locale
	if err := locale.UnmarshalText([]byte(*localeFlag)); err != nil {
		fmt.Fprintf(stderr, "draad: bad -locale: %v\n", err)
		return 2
	}
	opts := []timeexpr.Option{timeexpr.WithDirection(dir), timeexpr.WithLocale(locale)}
	if *latent {
		opts = append(opts, timeexpr.WithLatent())
	}
	jobs := workers(*jobsFlag)
	ctx, stop := interruptible()
	defer stop()
	if len(rest) == 0 {
		rest = []string{stdinName}
	}
	if *lines {
		return timesLines(ctx, rest, stdin, stdout, stderr, ref, opts, jobs)
	}
	return timesFiles(ctx, rest, stdin, stdout, stderr, ref, opts, jobs)
}

// timesResult is the output of one job of draad times.
type timesResult struct {
	job
	out []byte // the JSON array of a whole input, or the items of a piece
	err error
}

// timesFiles prints one JSON array of expressions per input. An input of
// up to maxWhole bytes is read whole; a longer one is read and searched in
// pieces of at most pieceSize bytes (see parse.Pieces), its array written
// as the pieces are done, so memory stays bounded whatever the size. An
// expression that spans a cut between pieces is not found whole; the cuts
// fall between paragraphs where the text has them.
func timesFiles(ctx context.Context, files []string, stdin io.Reader, stdout, stderr io.Writer, ref time.Time, opts []timeexpr.Option, jobs int) int {
	interrupted := ctx.Err
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	find := func(j job) timesResult {
		r := timesResult{job: j}
		switch j.kind {
		case jobWhole:
			text, err := r.decode()
			if err != nil {
				r.err = err
				break
			}
			found := timeexpr.Find(text, ref, opts...)
			if found == nil {
				found = []timeexpr.Expr{}
			}
			r.out, r.err = marshalLine(found)
		case jobPiece:
			if j.err != nil {
				r.err = j.err
				break
			}
			found := timeexpr.Find(j.piece.Text, ref, opts...)
			for i := range found {
				found[i].Start += j.piece.Start
				found[i].End += j.piece.Start
			}
			r.piece.Text = ""
			r.out, r.err = marshalItems(found)
		}
		return r
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	code := 0
	fail := func(format string, a ...any) {
		fmt.Fprintf(stderr, "draad: "+format+"\n", a...)
		code = 1
	}
	var (
		open     bool // the array of a long input is being written
		items    int  // pieces with expressions written into it
		pieceErr error
	)
	for r := range pool.Ordered(ctx, jobs, inputJobs(files, stdin), find) {
		switch r.kind {
		case jobError:
			fail("%s: %v", r.name, r.err)
		case jobWhole:
			if r.err != nil {
				fail("%s: %v", r.name, r.err)
			} else {
				w.Write(r.out)
			}
		case jobPiece:
			switch {
			case r.err != nil && pieceErr == nil:
				pieceErr = r.err
				fail("%s: %v; the input from byte %d on is not searched", r.name, r.err, r.piece.RawStart)
			case r.err != nil:
			default:
				if !open {
					w.WriteByte('[')
					open, items = true, 0
				}
				if len(r.out) > 0 {
					if items > 0 {
						w.WriteByte(',')
					}
					w.Write(r.out)
					items++
				}
			}
		case jobEnd:
			if open {
				w.WriteString("]\n")
				open = false
			}
			pieceErr = nil
		}
		if err := w.Flush(); err != nil {
			fail("writing the output: %v", err)
			cancel()
			break
		}
	}
	if interrupted() != nil {
		fmt.Fprintln(stderr, "draad: interrupted; the output holds the inputs done before")
		return 130
	}
	return code
}

// maxLine is the longest line draad times -lines reads; a longer line
// prints [] and is reported, and the lines after it are still read.
var maxLine = 64 << 20

// timesLines prints one JSON array of expressions per line of each input.
// An input of up to maxWhole bytes is decoded whole, as parse.Decode
// decodes it (Latin-1 and UTF-16 included); when it does not decode, and
// for longer inputs, which are read line by line, each line is read as
// UTF-8, or else decoded on its own. A line that decodes neither way, or
// is longer than maxLine, prints [] and is reported as FILE:LINE; the exit
// code is then 1.
func timesLines(ctx context.Context, files []string, stdin io.Reader, stdout, stderr io.Writer, ref time.Time, opts []timeexpr.Option, jobs int) int {
	type line struct {
		where string
		text  string
		err   error
	}
	find := func(l line) []byte {
		if l.err != nil {
			return []byte("[]\n")
		}
		found := timeexpr.Find(l.text, ref, opts...)
		if found == nil {
			found = []timeexpr.Expr{}
		}
		b, err := marshalLine(found)
		if err != nil {
			return []byte("[]\n")
		}
		return b
	}
	code := 0
	in := func(yield func(line) bool) {
		for _, name := range files {
			n := 0
			each := func(text string, err error) bool {
				n++
				return yield(line{where: fmt.Sprintf("%s:%d", name, n), text: text, err: err})
			}
			if err := eachLine(name, stdin, each); err != nil {
				fmt.Fprintf(stderr, "draad: %s: %v\n", name, err)
				code = 1
			}
		}
	}
	// The lines are reported on the caller's goroutine, in order, as
	// their arrays are written.
	report := func(yield func(line) bool) {
		for l := range in {
			if l.err != nil {
				fmt.Fprintf(stderr, "draad: %s: %v\n", l.where, l.err)
				code = 1
			}
			if !yield(l) {
				return
			}
		}
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	for b := range pool.Ordered(ctx, jobs, report, find) {
		if _, err := w.Write(b); err != nil {
			break
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "draad: writing the output: %v\n", err)
		code = 1
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "draad: interrupted; the output holds the lines done before")
		return 130
	}
	return code
}

// eachLine calls f with the text of each line of the named input ("-" is
// standard input) without its "\n" or "\r\n", or with an error for a line
// it cannot read: one that is not valid text (see timesLines) or is longer
// than maxLine, whose bytes are skipped. It stops when f returns false, and
// returns an error when the input cannot be read.
func eachLine(name string, stdin io.Reader, f func(string, error) bool) error {
	r := stdin
	if name != stdinName {
		file, err := os.Open(name)
		if err != nil {
			return err
		}
		defer file.Close()
		r = file
	}
	head, err := io.ReadAll(io.LimitReader(r, int64(maxWhole)+1))
	if err != nil {
		return err
	}
	if len(head) <= maxWhole {
		if text, _, err := parse.Decode(head); err == nil {
			head = []byte(text)
		}
		for l := range splitLines(head) {
			var err error
			if !utf8.Valid(l) {
				err = fmt.Errorf("parse: invalid UTF-8 at byte %d", invalidAt(l))
			}
			if !f(string(l), err) {
				return nil
			}
		}
		return nil
	}
	br := bufio.NewReaderSize(io.MultiReader(bytes.NewReader(head), r), 64<<10)
	var buf []byte
	long := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			if len(buf)+len(chunk) > maxLine+2 {
				long, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return err
		}
		if err == io.EOF && len(buf) == 0 && !long {
			return nil
		}
		var more bool
		if long {
			more = f("", fmt.Errorf("line longer than %d bytes; not read", maxLine))
		} else {
			more = f(lineText(bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r"))))
		}
		if !more || err == io.EOF {
			return nil
		}
		buf, long = buf[:0], false
	}
}

// lineText returns a line as text: as it is when it is valid UTF-8, or as
// parse.Decode decodes it.
func lineText(b []byte) (string, error) {
	if utf8.Valid(b) {
		return string(b), nil
	}
	text, _, err := parse.Decode(b)
	if err != nil {
		return "", fmt.Errorf("parse: invalid UTF-8 at byte %d", invalidAt(b))
	}
	return text, nil
}

// splitLines yields the lines of b without their "\n" or "\r\n"; a final
// line break does not start another line.
func splitLines(b []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(b) > 0 {
			line := b
			if i := bytes.IndexByte(b, '\n'); i >= 0 {
				line, b = b[:i], b[i+1:]
			} else {
				b = nil
			}
			line = bytes.TrimSuffix(line, []byte("\r"))
			if !yield(line) {
				return
			}
		}
	}
}

// invalidAt returns the byte offset of the first invalid UTF-8 in b.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w <= 1 {
			return i
		}
		i += w
	}
	return len(b)
}
