package draadbeam

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/draadnlp/draad/parse"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Line)(nil)).Elem())
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Line), error](&readRecordsFn{})
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Line), error](&readTextsFn{})
	register.Emitter1[Line]()
}

// A Line is one record on its way to the parser: a line of a record file,
// or a text file made into a record. It is the element type of the
// collections that [ReadRecords] and [ReadTexts] return.
type Line struct {
	// File is the path of the file the record comes from.
	File string
	// N is the number of the record's line in File, from 1, or 0 for a
	// text file.
	N int
	// Data is the record as one line of JSON, without its line break.
	Data []byte
	// ID is the record's id when Err is set and the id could be read.
	ID string
	// Err, when not empty, says why the record could not be read (a line
	// over the cap, a broken file); Data is then empty and the record goes
	// to the dead-letter output.
	Err string
}

// ReadRecords reads the record files that match glob (a local path, or
// gs:// on Dataflow; see package filesystem of the Beam SDK) and returns
// a PCollection<Line>, one element per non-blank line. A glob that matches
// no file fails the pipeline. maxLine caps the length of a line in bytes
// (0 means [parse.MaxRecordLine]); a longer line is not kept but handed on
// as a Line with Err set. A file that breaks off (a corrupt gzip stream,
// a compression draad does not read) gives the lines before the break and
// one Line with Err set.
//
// Beam's textio is not used: in SDK v2.78.0 it reads a .gz file only up
// to the compressed size of the file, counted in decompressed bytes, and
// so drops most of its lines without an error; it also keeps a line of any
// length in memory and gives no line numbers.
func ReadRecords(s beam.Scope, glob string, maxLine int) beam.PCollection {
	s = s.Scope("draadbeam.ReadRecords")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow()), fileio.ReadUncompressed())
	return beam.ParDo(s, &readRecordsFn{MaxLine: maxLine}, files)
}

type readRecordsFn struct {
	MaxLine int `json:"max_line,omitempty"`
}

// ProcessElement reads the records of one file, sending bad lines to the dead letters.
func (f *readRecordsFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Line)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		// Opening a file that was just matched fails for a reason outside
		// the data (permissions, the store): the runner retries.
		return fmt.Errorf("draadbeam: %s: %w", file.Metadata.Path, err)
	}
	defer rc.Close()
	rr := parse.NewRecordReader(rc)
	rr.MaxLine = f.MaxLine
	for {
		l, err := rr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			emit(Line{File: file.Metadata.Path, Err: trimParse(err.Error()) + "; the records after it are not read"})
			return nil
		}
		if l.Err != nil {
			out := Line{File: file.Metadata.Path, N: l.N, Err: trimParse(l.Err.Error())}
			var re *parse.RecordError
			if errors.As(l.Err, &re) {
				out.ID, out.Err = re.ID, trimParse(re.Err.Error())
			}
			emit(out)
			continue
		}
		emit(Line{File: file.Metadata.Path, N: l.N, Data: l.Data})
	}
}

// TextOptions say how [ReadTexts] makes records of text files.
type TextOptions struct {
	// MaxBytes caps the size of a text file once decompressed; 0 means
	// [parse.MaxRecordLine]. A larger file goes to the dead-letter output.
	MaxBytes int
	// DateFromPath takes a file's date from its path: the last date in
	// it written 2019-05-15, 2019/05/15, 2019_05_15 or 20190515. A file
	// without one gets the fallback reference time, as a record without a
	// date does.
	DateFromPath bool
}

// ReadTexts reads the text files that match glob, one article each, and
// returns a PCollection<Line>, one element per file: the record
// {"id": path, "text": text}, with "date" when [TextOptions.DateFromPath]
// finds one. The text is the file's content decoded as draad parse decodes
// a file ([parse.Decode]); a file ending in .gz is decompressed first. A
// glob that matches no file fails the pipeline.
func ReadTexts(s beam.Scope, glob string, opts TextOptions) beam.PCollection {
	s = s.Scope("draadbeam.ReadTexts")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow()), fileio.ReadAutoCompression())
	return beam.ParDo(s, &readTextsFn{MaxBytes: opts.MaxBytes, DateFromPath: opts.DateFromPath}, files)
}

type readTextsFn struct {
	MaxBytes     int  `json:"max_bytes,omitempty"`
	DateFromPath bool `json:"date_from_path,omitempty"`
}

// ProcessElement reads one text file as one record.
func (f *readTextsFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Line)) error {
	path := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("draadbeam: %s: %w", path, err)
	}
	defer rc.Close()
	limit := f.MaxBytes
	if limit <= 0 {
		limit = parse.MaxRecordLine
	}
	data, err := io.ReadAll(io.LimitReader(rc, int64(limit)+1))
	switch {
	case err != nil:
		emit(Line{File: path, Err: err.Error()})
		return nil
	case len(data) > limit:
		emit(Line{File: path, Err: fmt.Sprintf("text file over the cap of %d bytes", limit)})
		return nil
	}
	text, _, err := parse.Decode(data)
	if err != nil {
		emit(Line{File: path, Err: trimParse(err.Error())})
		return nil
	}
	rec := parse.Record{ID: path, Text: text}
	if f.DateFromPath {
		rec.Date = DateFromPath(path)
	}
	b, err := json.Marshal(rec)
	if err != nil {
		emit(Line{File: path, Err: err.Error()})
		return nil
	}
	emit(Line{File: path, Data: b})
	return nil
}

// pathDate matches a date at the start of a string: 2019-05-15,
// 2019/05/15, 2019_05_15 or 20190515.
var pathDate = regexp.MustCompile(`^((?:19|20)[0-9]{2})(?:([-/_])(0[1-9]|1[0-2])([-/_])(0[1-9]|[12][0-9]|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01]))`)

// DateFromPath returns the last date written in path as 2006-01-02, or ""
// when it has none. A date is a day that exists, in the years 1900 to
// 2099, written 2019-05-15, 2019/05/15, 2019_05_15 (the same separator
// twice) or 20190515, and not part of a longer number.
func DateFromPath(path string) string {
	isDigit := func(i int) bool { return i >= 0 && i < len(path) && '0' <= path[i] && path[i] <= '9' }
	date := ""
	for i := range len(path) {
		if !isDigit(i) || isDigit(i-1) {
			continue
		}
		m := pathDate.FindStringSubmatch(path[i:])
		if m == nil || isDigit(i+len(m[0])) {
			continue
		}
		d := ""
		switch {
		case m[2] != "" && m[2] == m[4]:
			d = m[1] + "-" + m[3] + "-" + m[5]
		case m[6] != "":
			d = m[1] + "-" + m[6] + "-" + m[7]
		}
		if _, err := time.Parse(time.DateOnly, d); err == nil {
			date = d
		}
	}
	return date
}

// trimParse drops the "parse: " that opens the errors of package parse,
// as draad parse -records does in its error lines.
func trimParse(msg string) string {
	return strings.TrimPrefix(msg, "parse: ")
}
