package parse

import (
	"context"
	"errors"
	"iter"
	"reflect"
	"unsafe"

	"github.com/draadnlp/draad/internal/pool"
)

// An Input is one text for [ParseAll].
type Input struct {
	// ID names the input in its [Result]; ParseAll does not read it.
	ID string
	// Text is the text to parse, as for [Parse].
	Text string
	// Offset is where Text starts in a larger text it is a piece of (see
	// [Pieces]): every offset in the result is moved by it, so that the
	// spans point into the larger text.
	Offset int
	// Options are added after the options given to ParseAll, for example
	// [WithReference] with this text's own publication time.
	Options []Option
}

// A Result is what [ParseAll] made of one [Input].
type Result struct {
	// Index is the position of the input in the sequence, from 0.
	Index int
	// ID is the input's ID.
	ID string
	// Document is the parsed text, or nil when Err is set.
	Document *Document
	// Err is the error [Parse] returned for this input.
	Err error
}

// ParseAll parses every input of in on up to workers goroutines at once
// (all cores, runtime.GOMAXPROCS(0), when workers < 1) and yields one
// [Result] per input, in the order of in. An input that fails yields a
// Result with its error, and the others go on.
//
// ParseAll reads in lazily and holds at most a few inputs per worker at a
// time, so memory stays flat however many inputs go through. When ctx is
// done it reads no more inputs and the sequence ends early; the parses in
// progress finish first, since [Parse] itself is not interrupted. Breaking
// out of the loop likewise waits for them. Check ctx.Err() after the loop
// to tell a cancelled run from a finished one.
func ParseAll(ctx context.Context, workers int, in iter.Seq[Input], opts ...Option) iter.Seq[Result] {
	type item struct {
		i  int
		in Input
	}
	numbered := func(yield func(item) bool) {
		i := 0
		for v := range in {
			if !yield(item{i, v}) {
				return
			}
			i++
		}
	}
	return pool.Ordered(ctx, workers, numbered, func(it item) Result {
		o := opts
		if len(it.in.Options) > 0 {
			o = append(opts[:len(opts):len(opts)], it.in.Options...)
		}
		doc, err := Parse(it.in.Text, o...)
		if err != nil {
			var e *EncodingError
			if errors.As(err, &e) && it.in.Offset != 0 {
				moved := *e
				moved.Offset += it.in.Offset
				err = &moved
			}
			return Result{Index: it.i, ID: it.in.ID, Err: err}
		}
		shift(doc, it.in.Offset)
		return Result{Index: it.i, ID: it.in.ID, Document: doc}
	})
}

// shift moves every offset in doc by off: the Start and End of every span,
// which is any struct with int fields Start and End (the contract of
// [Span]), wherever it sits in the document. Walking the values by
// reflection covers the spans that the stages add (entities, quotes,
// times) without this package listing them.
func shift(doc *Document, off int) {
	if off == 0 || doc == nil {
		return
	}
	type key struct {
		p unsafe.Pointer
		t reflect.Type
	}
	seen := map[key]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			if v.CanAddr() {
				// A value reached twice (two pointers to one dateline)
				// is moved once.
				k := key{v.Addr().UnsafePointer(), v.Type()}
				if seen[k] {
					return
				}
				seen[k] = true
			}
			t := v.Type()
			sf, ok1 := t.FieldByName("Start")
			ef, ok2 := t.FieldByName("End")
			if ok1 && ok2 && len(sf.Index) == 1 && len(ef.Index) == 1 && sf.Type.Kind() == reflect.Int && ef.Type.Kind() == reflect.Int {
				if s, e := v.Field(sf.Index[0]), v.Field(ef.Index[0]); s.CanSet() && e.CanSet() {
					s.SetInt(s.Int() + int64(off))
					e.SetInt(e.Int() + int64(off))
				}
			}
			for i := range v.NumField() {
				if f := t.Field(i); f.IsExported() && f.Name != "Start" && f.Name != "End" {
					walk(v.Field(i))
				}
			}
		}
	}
	walk(reflect.ValueOf(doc))
}
