package draadbeam

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sync"
	"time"
	_ "time/tzdata" // workers may have no zoneinfo

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/parse"
	"github.com/draadnlp/draad/timeexpr"
)

func init() {
	register.DoFn4x1[context.Context, Line, func(string), func(string), error](&parseFn{})
	register.Emitter1[string]()
}

// ParseOptions say how [Parse] parses records, as the flags of draad parse
// -records do.
type ParseOptions struct {
	// Model is the path of an entity model written by draad ner-train
	// (local, or gs:// on Dataflow); empty means the embedded model.
	Model string
	// Ref is the reference time of records without a date (and of text
	// files), as -ref of draad parse: RFC 3339, or 2006-01-02T15:04:05 or
	// 2006-01-02 in Zone. Empty means none: such records are parsed
	// without a reference time. (draad parse defaults -ref to now;
	// cmd/draad-beam does the same, fixing now when the pipeline is
	// built.)
	Ref string
	// Zone is the time zone reference times are expressed in, as -tz of
	// draad parse; empty means Europe/Amsterdam, draad parse's default.
	Zone string
	// Text adds the parsed text to each output line, as -text of draad
	// parse -records.
	Text bool
	// Workers is the number of goroutines that parse the records of a
	// bundle; 0 means one per core of the worker (GOMAXPROCS). A runner
	// that hands a stage's elements over in one bundle, as prism does,
	// would otherwise use one core.
	Workers int
}

// RecordParser returns the [parse.RecordParser] that draad parse -records
// sets up for the same flags, with model as its entity model.
func (o ParseOptions) RecordParser(model *entity.Model) (*parse.RecordParser, error) {
	zone := o.Zone
	if zone == "" {
		zone = "Europe/Amsterdam"
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return nil, fmt.Errorf("draadbeam: bad time zone: %v", err)
	}
	var ref time.Time
	if o.Ref != "" {
		if ref, err = timeexpr.ParseRef(o.Ref, loc); err != nil {
			return nil, fmt.Errorf("draadbeam: bad reference time: %v", err)
		}
	}
	return &parse.RecordParser{
		Fallback: ref,
		Location: loc,
		Text:     o.Text,
		Options:  []parse.Option{parse.WithEntityModel(model)},
	}, nil
}

// Parse parses the records of lines, a PCollection<Line>, and returns
// two PCollection<string>: the output line of each good record, the bytes
// draad parse -records writes for it without the final line break, and
// the dead-letter line of each bad one (see [DeadLetter]). Put a
// beam.Reshuffle before Parse to spread the records of a file over the
// workers, as [Build] does.
//
// It counts records in the Beam counters draad/articles and
// draad/bad_records.
func Parse(s beam.Scope, opts ParseOptions, lines beam.PCollection) (articles, deadLetter beam.PCollection) {
	s = s.Scope("draadbeam.Parse")
	return beam.ParDo2(s, &parseFn{Model: opts.Model, Ref: opts.Ref, Zone: opts.Zone, Text: opts.Text, Workers: opts.Workers}, lines)
}

var (
	articlesCounter = beam.NewCounter("draad", "articles")
	badCounter      = beam.NewCounter("draad", "bad_records")
)

// parseFn parses records. With Workers > 1 it parses the records of a
// bundle on that many goroutines: ProcessElement hands each record on and
// emits the results that are ready, FinishBundle emits the rest, so that
// every record of a bundle has its output before the bundle ends. Results
// are emitted, and counters counted, only on the goroutine the runner
// calls, as the SDK requires.
type parseFn struct {
	Model   string `json:"model,omitempty"`
	Ref     string `json:"ref,omitempty"`
	Zone    string `json:"zone,omitempty"`
	Text    bool   `json:"text,omitempty"`
	Workers int    `json:"workers,omitempty"`

	rp  *parse.RecordParser
	buf []byte
	b   *bundle // nil when records are parsed on the runner's goroutine
}

// A bundle is the goroutines that parse the records of one bundle.
type bundle struct {
	jobs    chan Line
	results chan parsed
	pending int // records handed on whose results were not emitted
	wg      sync.WaitGroup
}

// parsed is the result of one record: its output line or its dead letter,
// or the panic of a worker.
type parsed struct {
	article, dead string
	err           error
}

// Setup loads the entity model once per worker process.
func (f *parseFn) Setup(ctx context.Context) error {
	m, err := loadModel(ctx, f.Model)
	if err != nil {
		return err
	}
	f.rp, err = ParseOptions{Ref: f.Ref, Zone: f.Zone, Text: f.Text}.RecordParser(m)
	return err
}

// StartBundle starts the bundle's parsing goroutines.
func (f *parseFn) StartBundle(context.Context, func(string), func(string)) {
	n := f.goroutines()
	if n <= 1 {
		return
	}
	b := &bundle{jobs: make(chan Line, n), results: make(chan parsed, 2*n)}
	for range n {
		b.wg.Go(func() {
			var buf []byte
			for l := range b.jobs {
				b.results <- f.parseSafe(l, &buf)
			}
		})
	}
	f.b = b
}

// goroutines returns the number of goroutines a bundle is parsed on.
func (f *parseFn) goroutines() int {
	if f.Workers == 0 {
		return runtime.GOMAXPROCS(0)
	}
	return f.Workers
}

// ProcessElement parses one record, writing its output line or, for a bad record, its dead letter.
func (f *parseFn) ProcessElement(ctx context.Context, l Line, out, dead func(string)) error {
	b := f.b
	if b == nil {
		return f.emit(ctx, f.parse(l, &f.buf), out, dead)
	}
	for sent := false; !sent; {
		select {
		case b.jobs <- l:
			sent = true
			b.pending++
		case r := <-b.results:
			b.pending--
			if err := f.emit(ctx, r, out, dead); err != nil {
				f.abort()
				return err
			}
		}
	}
	for {
		select {
		case r := <-b.results:
			b.pending--
			if err := f.emit(ctx, r, out, dead); err != nil {
				f.abort()
				return err
			}
		default:
			return nil
		}
	}
}

// FinishBundle waits for the bundle's records and emits what is left.
func (f *parseFn) FinishBundle(ctx context.Context, out, dead func(string)) error {
	b := f.b
	if b == nil {
		return nil
	}
	f.b = nil
	close(b.jobs)
	var err error
	for ; b.pending > 0; b.pending-- {
		if e := f.emit(ctx, <-b.results, out, dead); err == nil {
			err = e
		}
	}
	b.wg.Wait()
	return err
}

// abort ends the goroutines of a bundle that failed: they finish the
// records they were given, and their results are dropped with the bundle.
func (f *parseFn) abort() {
	b := f.b
	f.b = nil
	close(b.jobs)
	go func() {
		for ; b.pending > 0; b.pending-- {
			<-b.results
		}
	}()
}

// emit emits a result and counts it.
func (f *parseFn) emit(ctx context.Context, r parsed, out, dead func(string)) error {
	switch {
	case r.err != nil:
		return r.err
	case r.dead != "":
		badCounter.Inc(ctx, 1)
		dead(r.dead)
	default:
		articlesCounter.Inc(ctx, 1)
		out(r.article)
	}
	return nil
}

// parseSafe is parse on a worker goroutine, where a panic would end the
// process rather than fail the bundle.
func (f *parseFn) parseSafe(l Line, buf *[]byte) (r parsed) {
	defer func() {
		if p := recover(); p != nil {
			r = parsed{err: fmt.Errorf("draadbeam: %s line %d: panic: %v\n%s", l.File, l.N, p, debug.Stack())}
		}
	}()
	return f.parse(l, buf)
}

// parse parses one record, with buf as its scratch space.
func (f *parseFn) parse(l Line, buf *[]byte) parsed {
	if l.Err != "" {
		return parsed{dead: DeadLetter{File: l.File, Line: l.N, ID: l.ID, Error: l.Err}.String()}
	}
	b, err := f.rp.AppendLine((*buf)[:0], l.Data)
	if cap(b) <= 1<<20 {
		*buf = b
	}
	if err != nil {
		d := DeadLetter{File: l.File, Line: l.N, Error: trimParse(err.Error())}
		var re *parse.RecordError
		if errors.As(err, &re) {
			d.ID, d.Error = re.ID, trimParse(re.Err.Error())
		}
		return parsed{dead: d.String()}
	}
	return parsed{article: string(bytes.TrimSuffix(b, []byte("\n")))}
}

// A DeadLetter is a record that could not be parsed, as one line of the
// dead-letter output:
//
//	{"file":"gs://b/2019.jsonl.gz","line":7,"id":"a7","error":"bad record date \"gisteren\" (…)"}
//
// Error is the message draad parse -records puts in the record's error
// line.
type DeadLetter struct {
	// File is the path of the record file or text file.
	File string `json:"file"`
	// Line is the number of the record's line, from 1; 0 (left out) for a
	// text file or an error of a whole file.
	Line int `json:"line,omitzero"`
	// ID is the record's id, when it could be read.
	ID string `json:"id,omitzero"`
	// Error is the reason.
	Error string `json:"error"`
}

// String returns the dead-letter line as JSON, without a line break.
func (d DeadLetter) String() string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		// Strings and an int always encode.
		return fmt.Sprintf(`{"file":%q,"error":"cannot encode the error"}`, d.File)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// models holds the entity models read from files, one per path, so that
// each worker process reads a model once however many DoFn instances the
// runner makes. A load that failed is forgotten, so that a later Setup
// tries again.
var models sync.Map // path → *modelOnce

type modelOnce struct {
	once  sync.Once
	model *entity.Model
	err   error
}

// loadModel returns the embedded model for path "", and otherwise the
// model in the file at path, read through Beam's file systems once per
// process.
func loadModel(ctx context.Context, path string) (*entity.Model, error) {
	if path == "" {
		return entity.Default()
	}
	v, _ := models.LoadOrStore(path, &modelOnce{})
	mo := v.(*modelOnce)
	mo.once.Do(func() { mo.model, mo.err = readModel(ctx, path) })
	if mo.err != nil {
		models.CompareAndDelete(path, mo)
		return nil, fmt.Errorf("draadbeam: model %s: %w", path, mo.err)
	}
	return mo.model, nil
}

// maxModel caps the size of a model file, and of its content once
// decompressed, as draad does: the shipped model is 3.5 MB.
const maxModel = 256 << 20

// modelMagic opens every model file (see entity.Model.Save).
const modelMagic = "DRAADNER"

// readModel reads the model file at path after checking that it is one
// and that it decompresses to at most maxModel bytes.
func readModel(ctx context.Context, path string) (*entity.Model, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxModel+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxModel || !bytes.HasPrefix(data, []byte(modelMagic)) {
		return nil, errors.New("not a draad model file")
	}
	zr, err := gzip.NewReader(bytes.NewReader(data[len(modelMagic):]))
	if err != nil {
		return nil, fmt.Errorf("not a draad model file: %v", err)
	}
	n, err := io.Copy(io.Discard, io.LimitReader(zr, maxModel+1))
	if err != nil {
		return nil, fmt.Errorf("corrupt model file: %v", err)
	}
	if n > maxModel {
		return nil, fmt.Errorf("model file decompresses to more than %d bytes; refusing it", maxModel)
	}
	return entity.Load(bytes.NewReader(data))
}
