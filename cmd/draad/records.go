package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"sync/atomic"

	"github.com/draadnlp/draad/parse"
)

// maxRecordErrors is how many bad records draad parse -records reports one
// by one on standard error; the output has an error line for each.
const maxRecordErrors = 20

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

// Read reads from the underlying reader and counts the bytes.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// runRecords implements draad parse -records: it reads the record file
// name ("-" is standard input), parses the records on workers goroutines
// with rp, and prints one line per record, in order.
func runRecords(ctx context.Context, name string, stdin io.Reader, stdout, stderr io.Writer, rp *parse.RecordParser, maxLine, workers int, showProgress bool) int {
	interrupted := ctx.Err
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var r io.Reader = stdin
	var size int64
	if name != stdinName {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "draad: %v\n", err)
			return 1
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
		r = f
	}
	cr := &countingReader{r: r}
	rr := parse.NewRecordReader(cr)
	rr.MaxLine = maxLine

	w := bufio.NewWriterSize(stdout, 64<<10)
	prog := startProgress(stderr, showProgress, "records", size)
	var n, bad int64
	code := 0
	for res := range rp.ParseAll(ctx, workers, rr.All()) {
		n++
		w.Write(res.JSON)
		if res.Err != nil {
			bad++
			code = 1
			if bad <= maxRecordErrors {
				prog.printf(stderr, "draad: %s:%v\n", name, trimParse(res.Err))
			}
		}
		prog.set(n, cr.n.Load())
		if err := w.Flush(); err != nil {
			prog.printf(stderr, "draad: writing the output: %v\n", err)
			cancel()
			code = 1
			break
		}
	}
	prog.finish()
	if err := rr.Err(); err != nil {
		fmt.Fprintf(stderr, "draad: %s:%v; the records after it are not read\n", name, trimParse(err))
		code = 1
	}
	if bad > maxRecordErrors {
		fmt.Fprintf(stderr, "draad: %s: %d more bad records, each with an error line in the output\n", name, bad-maxRecordErrors)
	}
	if bad > 0 {
		fmt.Fprintf(stderr, "draad: %s: %d of %d records bad\n", name, bad, n)
	}
	if interrupted() != nil {
		fmt.Fprintf(stderr, "draad: interrupted after %d records; the output holds them\n", n)
		return 130
	}
	return code
}

// trimParse returns the message of err without its "parse:" prefix,
// starting with a blank or the line number: " line 7 (id …): …".
func trimParse(err error) string {
	msg := err.Error()
	if len(msg) > 6 && msg[:6] == "parse:" {
		msg = msg[6:]
	}
	if len(msg) > 6 && msg[:6] == " line " {
		return msg[6:]
	}
	return msg
}
