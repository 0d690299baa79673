package parse

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
)

// MaxRecordLine is the default cap of a [RecordReader] on the length of
// one line: 1 MiB, fifty times the longest of the 111,607 articles of a
// year of Dutch news (19 KB).
const MaxRecordLine = 1 << 20

// A RecordLine is one line of a record file, before it is decoded.
type RecordLine struct {
	// N is the line number, from 1.
	N int
	// Data is the line without its line break ("\n" or "\r\n"). It is
	// the reader's no longer: it may be kept and handed to another
	// goroutine.
	Data []byte
	// Err is set, and Data nil, for a line the reader did not take: a
	// [*RecordError] that wraps [ErrLineTooLong], with the record's id
	// when the start of the line gives it.
	Err error
}

// A RecordReader reads the lines of a record file: JSON lines, one
// [Record] a line, plain or compressed with gzip or bzip2. The compression
// is recognised by the first bytes of the input, whatever the file is
// called; zstd and xz are recognised and refused. A UTF-8 byte-order mark
// at the start is skipped, and so are blank lines (they still count in
// the line numbers). A line longer than MaxLine is read through without
// being kept, so a 10 GB line costs no memory, and is handed on as an
// error.
type RecordReader struct {
	// MaxLine is the longest line, in bytes without the line break, that
	// is read; 0 means [MaxRecordLine]. Set it before the first read.
	MaxLine int

	src  io.Reader
	br   *bufio.Reader
	n    int
	err  error
	done bool
}

// NewRecordReader returns a reader of the records in r.
func NewRecordReader(r io.Reader) *RecordReader {
	return &RecordReader{src: r}
}

// Compression magic numbers.
var (
	magicGzip  = []byte{0x1f, 0x8b}
	magicBzip2 = []byte("BZh")
	magicZstd  = []byte{0x28, 0xb5, 0x2f, 0xfd}
	magicXz    = []byte{0xfd, '7', 'z', 'X', 'Z', 0x00}
	utf8BOM    = []byte{0xef, 0xbb, 0xbf}
)

// open looks at the first bytes of the input and sets up decompression.
func (rr *RecordReader) open() error {
	const bufSize = 64 << 10
	br := bufio.NewReaderSize(rr.src, bufSize)
	head, _ := br.Peek(6)
	switch {
	case bytes.HasPrefix(head, magicGzip):
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("parse: reading gzip: %w", err)
		}
		br = bufio.NewReaderSize(zr, bufSize)
	case bytes.HasPrefix(head, magicBzip2):
		br = bufio.NewReaderSize(bzip2.NewReader(br), bufSize)
	case bytes.HasPrefix(head, magicZstd):
		return errors.New("parse: the input is compressed with zstd, which draad does not read; decompress it first (zstd -d) or use gzip")
	case bytes.HasPrefix(head, magicXz):
		return errors.New("parse: the input is compressed with xz, which draad does not read; decompress it first (xz -d) or use gzip")
	}
	if head, _ := br.Peek(3); bytes.Equal(head, utf8BOM) {
		br.Discard(3)
	}
	rr.br = br
	return nil
}

// Next returns the next non-blank line, or io.EOF at the end of the input.
// A line over the cap comes back as a RecordLine with Err set and a nil
// error, since the lines after it can still be read; a failure to read
// (a broken gzip stream) is returned as the error, with the line number,
// and ends the input.
func (rr *RecordReader) Next() (RecordLine, error) {
	if rr.err != nil {
		return RecordLine{}, rr.err
	}
	if rr.br == nil {
		if err := rr.open(); err != nil {
			rr.err = err
			return RecordLine{}, err
		}
	}
	for {
		l, err := rr.line()
		if err != nil {
			if err != io.EOF {
				err = fmt.Errorf("parse: line %d: %w", rr.n+1, err)
			}
			rr.err = err
			return RecordLine{}, err
		}
		if l.Err != nil || len(bytes.TrimSpace(l.Data)) > 0 {
			return l, nil
		}
	}
}

// All yields the lines of the input as Next returns them, and stops at
// the end or at a read error, which [RecordReader.Err] then returns.
func (rr *RecordReader) All() iter.Seq[RecordLine] {
	return func(yield func(RecordLine) bool) {
		for {
			l, err := rr.Next()
			if err != nil || !yield(l) {
				return
			}
		}
	}
}

// Err returns the error that ended the input, or nil at its end.
func (rr *RecordReader) Err() error {
	if rr.err == io.EOF {
		return nil
	}
	return rr.err
}

// peekSize is how much of an overlong line is kept to look for its id.
const peekSize = 4 << 10

// line reads one line, within the cap.
func (rr *RecordReader) line() (RecordLine, error) {
	if rr.done {
		return RecordLine{}, io.EOF
	}
	limit := rr.MaxLine
	if limit <= 0 {
		limit = MaxRecordLine
	}
	var buf []byte
	total := 0 // bytes of the line, line break included
	for {
		chunk, err := rr.br.ReadSlice('\n')
		total += len(chunk)
		switch {
		case total <= limit+2:
			// Room for the line and "\r\n"; trimmed below.
			buf = append(buf, chunk...)
		case len(buf) < peekSize:
			buf = append(buf, chunk[:min(len(chunk), peekSize-len(buf))]...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			rr.done = true
			if total == 0 {
				return RecordLine{}, io.EOF
			}
		} else if err != nil {
			return RecordLine{}, err
		}
		break
	}
	rr.n++
	if !rr.done {
		total-- // the "\n"
	}
	if total <= limit+1 {
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		total = len(buf)
	}
	if total > limit {
		return RecordLine{N: rr.n, Err: &RecordError{
			Line: rr.n,
			ID:   peekID(buf),
			Err:  fmt.Errorf("%w: %d bytes, over the cap of %d", ErrLineTooLong, total, limit),
		}}, nil
	}
	return RecordLine{N: rr.n, Data: buf}, nil
}

// peekID returns the id of the record that prefix, the start of a line,
// opens, when a top-level "id" comes before the prefix ends.
func peekID(prefix []byte) string {
	dec := json.NewDecoder(bytes.NewReader(prefix))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return ""
		}
		if k == "id" {
			switch v, _ := dec.Token(); v := v.(type) {
			case string:
				return v
			case json.Number:
				return string(v)
			}
			return ""
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return ""
		}
	}
	return ""
}
