package parse

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/pool"
	"github.com/draadnlp/draad/timeexpr"
)

// A Record is one article of an archive, as one line of JSON:
//
//	{"id": "a1", "date": "Wed, 15 May 2019 04:42:00 GMT", "title": "…", "paragraphs": ["…", "…"]}
//	{"id": "a2", "date": "2019-05-15", "title": "…", "text": "…"}
//
// Other fields (url, source, …) are ignored. [Record.Article] says how a
// record becomes the text that is parsed.
type Record struct {
	// ID names the record in the output. A record without one is bad. In
	// the JSON it is a string or a number; a number is kept as written.
	ID string `json:"id"`
	// Date is when the article was published: RFC 1123 as in RSS ("Wed,
	// 15 May 2019 04:42:00 GMT", "Sat, 15 Jun 2019 19:17:11 +0200"), RFC
	// 3339, or a date (2019-05-15). It is the reference time for the
	// article's ages and time expressions. It may be empty.
	Date string `json:"date,omitzero"`
	// Title is the headline.
	Title string `json:"title,omitzero"`
	// Text is the body as one text. A record has Text or Paragraphs, not
	// both.
	Text string `json:"text,omitzero"`
	// Paragraphs is the body as paragraphs.
	Paragraphs []string `json:"paragraphs,omitzero"`
}

// Article returns the text of the record that is parsed, and that the
// offsets in its output refer to: the title, a blank line, and the body,
// which is Text as given or the paragraphs separated by blank lines,
// followed by one line break. An empty title or paragraph is left out
// together with its blank line. This is the layout of a wire file with
// the headline on its first line, so parsing a file that holds
// Article() gives the same document as parsing the record:
//
//	Title
//
//	Paragraph 1
//
//	Paragraph 2
//
// Nothing else is changed: no white space is trimmed, and line breaks
// inside a paragraph stay.
func (r *Record) Article() string {
	n := len(r.Title) + len(r.Text) + 1
	for _, p := range r.Paragraphs {
		n += len(p) + 2
	}
	var b strings.Builder
	b.Grow(n + 2)
	add := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	add(r.Title)
	if r.Text != "" {
		add(r.Text)
	} else {
		for _, p := range r.Paragraphs {
			add(p)
		}
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// Time returns the record's Date as a time in loc (UTC when loc is nil):
// the instant it names, or, for a date or time without a zone, that date
// and time in loc. It returns the zero time and no error when Date is
// empty, and an error that wraps [ErrBadDate] when it cannot be read.
func (r *Record) Time(loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	s := strings.TrimSpace(r.Date)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := timeexpr.ParseRef(s, loc); err == nil {
		return t, nil
	}
	t, err := parseRFC1123(s, loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w %q (want RFC 1123 such as \"Wed, 15 May 2019 04:42:00 GMT\", RFC 3339 or 2006-01-02)", ErrBadDate, r.Date)
	}
	if y := t.UTC().Year(); y < 2 || y > 9998 {
		return time.Time{}, fmt.Errorf("%w %q (out of range: years 0002 to 9998)", ErrBadDate, r.Date)
	}
	return t, nil
}

// zoneNames are the time-zone abbreviations RFC 1123 dates carry, with
// their offsets from UTC. The list is fixed, so that reading a date does
// not depend on the machine's time zone.
var zoneNames = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "IST": 1,
	"CET": 1, "MET": 1, "CEST": 2, "MEST": 2, "EET": 2, "EEST": 3,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}

// parseRFC1123 reads dates of RSS and e-mail (RFC 822, 1123, 2822): an
// optional weekday and comma, a day of one or two digits, the English
// month abbreviation, a four-digit year, hh:mm or hh:mm:ss, and a zone as
// ±hhmm, ±hh:mm or a known abbreviation; without a zone, the time is in
// loc.
func parseRFC1123(s string, loc *time.Location) (time.Time, error) {
	if i := strings.IndexByte(s, ','); i > 0 {
		s = s[i+1:]
	}
	f := strings.Fields(s)
	if len(f) != 4 && len(f) != 5 {
		return time.Time{}, errors.New("fields")
	}
	clock := f[3]
	if strings.Count(clock, ":") == 1 {
		clock += ":00"
	}
	zone := loc
	if len(f) == 5 {
		z := f[4]
		if h, ok := zoneNames[strings.ToUpper(z)]; ok {
			zone = time.FixedZone(strings.ToUpper(z), h*3600)
		} else {
			z = strings.Replace(z, ":", "", 1)
			t, err := time.Parse("-0700", z)
			if err != nil {
				return time.Time{}, err
			}
			_, off := t.Zone()
			zone = time.FixedZone("", off)
		}
	}
	t, err := time.ParseInLocation("2 Jan 2006 15:04:05", f[0]+" "+f[1]+" "+f[2]+" "+clock, zone)
	if err != nil {
		return time.Time{}, err
	}
	return t.In(loc), nil
}

// Errors of bad records, wrapped in a [*RecordError].
var (
	// ErrBadRecord is the class of a line that is not a record: not a
	// JSON object, a field of the wrong type, both text and paragraphs.
	ErrBadRecord = errors.New("parse: bad record")
	// ErrNoID reports a record without an id.
	ErrNoID = errors.New("parse: record has no id")
	// ErrBadDate reports a record date that cannot be read.
	ErrBadDate = errors.New("parse: bad record date")
	// ErrLineTooLong reports a line over the cap of a [RecordReader].
	ErrLineTooLong = errors.New("parse: record line too long")
)

// A RecordError reports a bad record: where it is and what is wrong. The
// run goes on with the next record.
type RecordError struct {
	// Line is the number of the record's line, from 1, or 0 when not
	// known.
	Line int
	// ID is the record's id, when it could be read.
	ID string
	// Err is the cause: an error that wraps [ErrBadRecord], [ErrNoID],
	// [ErrBadDate] or [ErrLineTooLong], an [*EncodingError] for a line that
	// is not UTF-8 (its Offset counts from the start of the line), or an
	// error of [Parse].
	Err error
}

// Error returns the message with the line and id.
func (e *RecordError) Error() string {
	msg := strings.TrimPrefix(e.Err.Error(), "parse: ")
	switch {
	case e.Line > 0 && e.ID != "":
		return fmt.Sprintf("parse: line %d (id %q): %s", e.Line, e.ID, msg)
	case e.Line > 0:
		return fmt.Sprintf("parse: line %d: %s", e.Line, msg)
	case e.ID != "":
		return fmt.Sprintf("parse: record %q: %s", e.ID, msg)
	}
	return "parse: " + msg
}

// Unwrap returns Err.
func (e *RecordError) Unwrap() error { return e.Err }

// DecodeRecord reads one record from a line of JSON. It returns an error
// that wraps [ErrBadRecord] for a line that is not a JSON object with
// fields of the right types or that has both text and paragraphs,
// [ErrNoID] for a record without an id, and an [*EncodingError] for a
// line that is not valid UTF-8 (which encoding/json would otherwise
// replace silently). When the id can be read (also from the start of a
// line that breaks off), the error is a [*RecordError] that carries it. The date is not checked here: [Record.Time] reads it.
func DecodeRecord(line []byte) (Record, error) {
	if !utf8.Valid(line) {
		// JSON is UTF-8; no other encoding is guessed.
		off := invalidOffset(string(line))
		return Record{}, withID(&EncodingError{Offset: off}, line[:off])
	}
	var raw struct {
		ID         json.RawMessage `json:"id"`
		Date       string          `json:"date"`
		Title      string          `json:"title"`
		Text       string          `json:"text"`
		Paragraphs []string        `json:"paragraphs"`
	}
	if err := json.Unmarshal(line, &raw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return Record{}, withID(fmt.Errorf("%w: %v at byte %d", ErrBadRecord, err, se.Offset), line[:min(int(se.Offset), len(line))])
		}
		return Record{}, withID(fmt.Errorf("%w: %v", ErrBadRecord, err), line)
	}
	r := Record{Date: raw.Date, Title: raw.Title, Text: raw.Text, Paragraphs: raw.Paragraphs}
	id := bytes.TrimSpace(raw.ID)
	switch {
	case len(id) == 0 || string(id) == "null":
		return Record{}, ErrNoID
	case id[0] == '"':
		if err := json.Unmarshal(id, &r.ID); err != nil {
			return Record{}, fmt.Errorf("%w: id: %v", ErrBadRecord, err)
		}
		if r.ID == "" {
			return Record{}, ErrNoID
		}
	case id[0] == '-' || id[0] >= '0' && id[0] <= '9':
		r.ID = string(id)
	default:
		return Record{}, fmt.Errorf("%w: id %s is not a string or a number", ErrBadRecord, id)
	}
	if r.Text != "" && len(r.Paragraphs) > 0 {
		return Record{}, &RecordError{ID: r.ID, Err: fmt.Errorf("%w: both text and paragraphs", ErrBadRecord)}
	}
	return r, nil
}

// withID returns err as a *RecordError with the id that the start of a
// bad line gives, or err itself when it gives none.
func withID(err error, prefix []byte) error {
	if id := peekID(prefix); id != "" {
		return &RecordError{ID: id, Err: err}
	}
	return err
}

// A RecordParser turns records into output lines: one line of JSON per
// record, with the record's id, its reference time and the parsed
// document. Set its fields before first use; it is then safe for
// concurrent use. The zero RecordParser parses records without a date
// without a reference time, and reads dates in UTC.
//
// A good record gives
//
//	{"id":"a1","ref":"2019-05-15T06:42:00+02:00","ref_source":"date","headline":…,"stories":…,"sections":…}
//
// where ref is the reference time used and ref_source says where it came
// from: "date" (the record's own), "fallback" ([RecordParser.Fallback],
// for a record without a date) or "none" (neither: ages stay unresolved
// and no times are looked for). With [RecordParser.Text] the line also
// carries "text", the parsed text. The rest is the [Document], as
// [Parse] returns it for [Record.Article] with that reference time, and
// as draad parse prints it. A bad record gives
//
//	{"id":"a1","line":7,"error":"bad record date \"gisteren\" (…)"}
//
// with the id when it could be read and the line number when known.
type RecordParser struct {
	// Fallback is the reference time of records without a date. When it
	// is zero, such records are parsed without one.
	Fallback time.Time
	// Location is the time zone the reference times are expressed in,
	// which decides the calendar day ("gisteren", "vanavond") of an
	// article published at 23:30 UTC, and the zone of dates written
	// without one. Nil means the location of Fallback, or UTC when
	// Fallback is zero.
	Location *time.Location
	// Text adds the parsed text, [Record.Article], to each output line as
	// "text", so that the offsets can be used without the record.
	Text bool
	// Options are passed to [Parse] for every record, before the record's
	// reference time: an entity model, time options.
	Options []Option
}

// A RecordResult is the output of one record.
type RecordResult struct {
	// Line is the number of the record's line, from 1, or 0 when not
	// known.
	Line int
	// ID is the record's id, when it could be read.
	ID string
	// JSON is the output line, ending in "\n": the document, or the error
	// line of a bad record.
	JSON []byte
	// Err is nil for a good record, and a [*RecordError] for a bad one.
	Err error
}

// AppendLine parses the record in line (JSON, without its line break)
// and appends its output line, ending in "\n", to dst. For a bad record it
// appends the error line and also returns the [*RecordError]. It is the
// one function that makes an output line of a record: draad parse
// -records and [RecordParser.ParseAll] use it, so that the same record
// gives the same bytes everywhere. Error lines carry no line number, as
// the line is not known here.
func (p *RecordParser) AppendLine(dst, line []byte) ([]byte, error) {
	out, _, err := p.appendLine(dst, line, 0)
	return out, err
}

// ParseAll parses the records of lines, such as [RecordReader.All] yields
// them, on up to workers goroutines at once (all cores when workers < 1),
// and yields one [RecordResult] per line, in order. A line that the
// reader could not take (one over its cap) yields its error line too.
// Memory stays flat: a few lines per worker are held at a time. When ctx
// is done, the sequence ends early, as for [ParseAll].
func (p *RecordParser) ParseAll(ctx context.Context, workers int, lines iter.Seq[RecordLine]) iter.Seq[RecordResult] {
	return pool.Ordered(ctx, workers, lines, func(l RecordLine) RecordResult {
		if l.Err != nil {
			re := asRecordError(l.Err, l.N)
			return RecordResult{Line: l.N, ID: re.ID, JSON: errorLine(nil, re), Err: re}
		}
		out, id, err := p.appendLine(nil, l.Data, l.N)
		return RecordResult{Line: l.N, ID: id, JSON: out, Err: err}
	})
}

// recordOutput is the output line of a good record.
type recordOutput struct {
	ID        string    `json:"id"`
	Ref       time.Time `json:"ref,omitzero"`
	RefSource string    `json:"ref_source"`
	Text      string    `json:"text,omitzero"`
	*Document
}

// recordErrorOutput is the output line of a bad record.
type recordErrorOutput struct {
	ID    string `json:"id,omitzero"`
	Line  int    `json:"line,omitzero"`
	Error string `json:"error"`
}

// location returns the zone reference times are expressed in.
func (p *RecordParser) location() *time.Location {
	switch {
	case p.Location != nil:
		return p.Location
	case !p.Fallback.IsZero():
		return p.Fallback.Location()
	}
	return time.UTC
}

// appendLine appends the output line of the record in line, numbered n
// (0: unknown), and returns it with the record's id.
func (p *RecordParser) appendLine(dst, line []byte, n int) ([]byte, string, error) {
	fail := func(err error) ([]byte, string, error) {
		re := asRecordError(err, n)
		return errorLine(dst, re), re.ID, re
	}
	r, err := DecodeRecord(line)
	if err != nil {
		return fail(err)
	}
	loc := p.location()
	out := recordOutput{ID: r.ID, RefSource: "none"}
	ref, err := r.Time(loc)
	switch {
	case err != nil:
		return fail(&RecordError{ID: r.ID, Err: err})
	case !ref.IsZero():
		out.Ref, out.RefSource = ref, "date"
	case !p.Fallback.IsZero():
		out.Ref, out.RefSource = p.Fallback.In(loc), "fallback"
	}
	text := r.Article()
	opts := p.Options
	if !out.Ref.IsZero() {
		opts = append(opts[:len(opts):len(opts)], WithReference(out.Ref))
	}
	doc, err := Parse(text, opts...)
	if err != nil {
		return fail(&RecordError{ID: r.ID, Err: err})
	}
	out.Document = doc
	if p.Text {
		out.Text = text
	}
	b, err := appendJSON(dst, out)
	if err != nil {
		return fail(&RecordError{ID: r.ID, Err: fmt.Errorf("parse: cannot write the document as JSON: %w", err)})
	}
	return b, r.ID, nil
}

// asRecordError returns err as a *RecordError on line n.
func asRecordError(err error, n int) *RecordError {
	var re *RecordError
	if errors.As(err, &re) {
		c := *re
		if c.Line == 0 {
			c.Line = n
		}
		return &c
	}
	return &RecordError{Line: n, Err: err}
}

// errorLine appends the error line of a bad record to dst.
func errorLine(dst []byte, re *RecordError) []byte {
	out := recordErrorOutput{ID: re.ID, Line: re.Line, Error: strings.TrimPrefix(re.Err.Error(), "parse: ")}
	b, err := appendJSON(dst, out)
	if err != nil {
		// Strings always encode; keep the line anyway.
		return append(dst, `{"error":"cannot encode the error"}`+"\n"...)
	}
	return b
}

// appendJSON appends v as JSON and a line break to dst, with <, > and &
// kept as they are, as draad parse writes them.
func appendJSON(dst []byte, v any) ([]byte, error) {
	buf := bytes.NewBuffer(dst)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return dst, err
	}
	return buf.Bytes(), nil
}
