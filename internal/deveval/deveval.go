package deveval

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode/utf8"
)

// Ref and Zone are the reference time and time zone the scorers give
// `draad parse`: "-ref 2019-04-10T12:00:00", with "-tz Europe/Amsterdam"
// or without -tz, which is the same zone by default.
const (
	Ref  = "2019-04-10T12:00:00"
	Zone = "Europe/Amsterdam"
)

// Output is what one run of `draad parse` gave: its standard output and
// error and its exit code.
type Output struct {
	Stdout []byte
	Stderr string
	Code   int
}

// A Parser runs `draad parse -ref [Ref] -tz [Zone] PATH` on one file and
// returns what it printed. The scorers run that command in a subprocess;
// the draad command runs it in-process, so both see the same JSON.
type Parser func(path string) Output

// Options says where the data is and how to parse it.
type Options struct {
	// Dir is the nieuws-dev folder, holding wire/ and gold/.
	Dir string
	// Seed is the seed page, which gold keys starting with "seed/" name.
	Seed string
	// Parse runs draad parse on a file. It must be set.
	Parse Parser
	// ReadFile reads a file; nil means os.ReadFile. Tests and fuzzers
	// give a map.
	ReadFile func(name string) ([]byte, error)
}

// An Evaluator scores draad on nieuws-dev. It parses each file once and
// keeps the result, so the three scorers share the work. An Evaluator is
// not safe for concurrent use.
type Evaluator struct {
	opts Options
	docs map[string]*parsed
}

// parsed is one run of the parser with its output decoded.
type parsed struct {
	out Output
	doc any   // the decoded standard output, when the exit code is 0
	err error // standard output was not one JSON value
}

// New returns an Evaluator for opts.
func New(opts Options) (*Evaluator, error) {
	if opts.Parse == nil {
		return nil, errors.New("deveval: no parser")
	}
	if opts.Dir == "" {
		return nil, errors.New("deveval: no data directory")
	}
	if opts.ReadFile == nil {
		opts.ReadFile = os.ReadFile
	}
	return &Evaluator{opts: opts, docs: map[string]*parsed{}}, nil
}

// textPath is where the scorers read the text of a gold key: the seed page
// for "seed/...", else DIR/wire/KEY, joined as the scorers join it.
func (e *Evaluator) textPath(key string) string {
	if strings.HasPrefix(key, "seed/") {
		return e.opts.Seed
	}
	return e.opts.Dir + "/wire/" + key
}

// read reads a file.
func (e *Evaluator) read(path string) ([]byte, error) {
	data, err := e.opts.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("deveval: %w", err)
	}
	return data, nil
}

// gold reads and decodes DIR/gold/NAME, which must hold a JSON object.
func (e *Evaluator) gold(name string) (*object, error) {
	path := e.opts.Dir + "/gold/" + name
	data, err := e.read(path)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("deveval: %s: invalid UTF-8", path)
	}
	v, err := decodeJSON(data)
	if err != nil {
		return nil, fmt.Errorf("deveval: %s: %v", path, err)
	}
	o, ok := v.(*object)
	if !ok {
		return nil, fmt.Errorf("deveval: %s: want a JSON object, got %s", path, kind(v))
	}
	return o, nil
}

// parse returns the parser's run on path, from the cache when it ran
// before.
func (e *Evaluator) parse(path string) *parsed {
	if p, ok := e.docs[path]; ok {
		return p
	}
	p := &parsed{out: e.opts.Parse(path)}
	if p.out.Code == 0 {
		p.doc, p.err = decodeJSON(p.out.Stdout)
		if p.err != nil {
			p.err = fmt.Errorf("deveval: %s: draad parse printed no valid JSON: %v", path, p.err)
		}
	}
	e.docs[path] = p
	return p
}

// firstDoc returns the document of a run, the first one when the output
// is a list, as the scorers take it.
func firstDoc(p *py, doc any) any {
	if l, ok := doc.([]any); ok {
		if len(l) == 0 {
			p.fail("draad parse printed an empty list")
			return nil
		}
		return l[0]
	}
	return doc
}

// sortedKeys returns the keys of o in Python's sorted order, which for
// valid UTF-8 is byte order.
func sortedKeys(o *object) []string {
	keys := slices.Clone(o.keys)
	slices.Sort(keys)
	return keys
}

// kind names the JSON type of v for messages.
func kind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "a list"
	case *object:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// py reads JSON values the way the Python scorers do and keeps the first
// error: where a scorer would stop with an exception (a missing key, a
// method called on the wrong type), the evaluation stops with a deveval
// error instead. After an error every method returns a zero value, so the
// code can read like the Python it mirrors and check err once.
type py struct {
	where string // the file and what is being read, for messages
	err   error
}

func (p *py) fail(format string, args ...any) {
	if p.err == nil {
		p.err = fmt.Errorf("deveval: %s: %s", p.where, fmt.Sprintf(format, args...))
	}
}

// get is v.get(k): v must be an object.
func (p *py) get(v any, k string) any {
	o, ok := v.(*object)
	if !ok || o == nil {
		if p.err == nil {
			p.fail("want an object with %q, got %s", k, kind(v))
		}
		return nil
	}
	return o.get(k)
}

// getOr is v.get(k, def).
func (p *py) getOr(v any, k string, def any) any {
	o, ok := v.(*object)
	if ok && o != nil && !o.has(k) {
		return def
	}
	return p.get(v, k)
}

// index is v[k]: v must be an object that has k.
func (p *py) index(v any, k string) any {
	if o, ok := v.(*object); ok && o != nil && !o.has(k) {
		p.fail("no %q in %s", k, shorten(repr(v)))
		return nil
	}
	return p.get(v, k)
}

// text returns v, which must be a string for what the scorer does with it
// (a str method, concatenation); what names it in the message.
func (p *py) text(v any, what string) string {
	s, ok := v.(string)
	if !ok && p.err == nil {
		p.fail("%s is %s, want a string", what, kind(v))
	}
	return s
}

// textOr is (v or "") used as a string.
func (p *py) textOr(v any, what string) string {
	if !truthy(v) {
		return ""
	}
	return p.text(v, what)
}

// iter is list(v): the items of a list, the characters of a string, the
// keys of an object.
func (p *py) iter(v any, what string) []any {
	switch v := v.(type) {
	case []any:
		return v
	case string:
		var out []any
		for _, r := range v {
			out = append(out, string(r))
		}
		return out
	case *object:
		out := make([]any, len(v.keys))
		for i, k := range v.keys {
			out[i] = k
		}
		return out
	}
	if p.err == nil {
		p.fail("%s is %s, want a list", what, kind(v))
	}
	return nil
}

// integer returns v as an int for arithmetic and slicing, which the
// scorers do with byte offsets.
func (p *py) integer(v any, what string) int {
	switch v := v.(type) {
	case bool:
		if v {
			return 1
		}
		return 0
	case json.Number:
		if isInt(v) {
			if i, err := v.Int64(); err == nil && i >= -1<<40 && i <= 1<<40 {
				return int(i)
			}
		}
	}
	if p.err == nil {
		p.fail("%s is %s, want an integer", what, shorten(repr(v)))
	}
	return 0
}

// shorten cuts a message part to a readable length.
func shorten(s string) string {
	if runeLen(s) > 80 {
		return prefixRunes(s, 77) + "..."
	}
	return s
}
