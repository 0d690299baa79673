package parse_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/draadnlp/draad/parse"
)

// batchTexts are invented pages of every shape, with a bad one among them.
var batchTexts = []string{
	"DEN HAAG (ANP) - Premier Mark Rutte bood gisteren zijn ontslag aan. \"Het is klaar\", zei hij.\n",
	"Meer uit Buitenland\nOSLO (ANP/AFP) - Noorwegen verhoogt het defensiebudget.\n28 minuten geleden\nGENT 15/06 (belga) = Gent krijgt een nieuwe burgemeester.\n2 uur geleden\n",
	"Havenbedrijf verwacht recordjaar\n\nDe overslag groeit.\n\nROTTERDAM (ANP) - Het havenbedrijf is tevreden.\n",
	"Oekra\xefne\n", // not UTF-8
	"",
	"Kop\n\nAMSTERDAM - De Dam was vrijdagavond vol.\n",
}

func inputsOf(texts []string, opts ...parse.Option) iter.Seq[parse.Input] {
	return func(yield func(parse.Input) bool) {
		for i, s := range texts {
			if !yield(parse.Input{ID: fmt.Sprint("t", i), Text: s, Options: opts}) {
				return
			}
		}
	}
}

// TestParseAll checks that ParseAll yields, in input order and for any
// number of workers, what Parse returns for each input, errors included.
func TestParseAll(t *testing.T) {
	ref := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	var texts []string
	for range 8 {
		texts = append(texts, batchTexts...)
	}
	for _, workers := range []int{0, 1, 2, 5} {
		var got []parse.Result
		for r := range parse.ParseAll(context.Background(), workers, inputsOf(texts), parse.WithReference(ref)) {
			got = append(got, r)
		}
		if len(got) != len(texts) {
			t.Fatalf("workers=%d: %d results, want %d", workers, len(got), len(texts))
		}
		for i, r := range got {
			doc, err := parse.Parse(texts[i], parse.WithReference(ref))
			if r.Index != i || r.ID != fmt.Sprint("t", i) {
				t.Errorf("workers=%d: result %d has index %d, id %q", workers, i, r.Index, r.ID)
			}
			if (err == nil) != (r.Err == nil) {
				t.Errorf("workers=%d: input %d: error %v, want %v", workers, i, r.Err, err)
				continue
			}
			if diff := cmp.Diff(doc, r.Document); diff != "" {
				t.Errorf("workers=%d: input %d: ParseAll and Parse differ (-Parse +ParseAll):\n%s", workers, i, diff)
			}
		}
		var ee *parse.EncodingError
		if !errors.As(got[3].Err, &ee) || ee.Offset != 5 {
			t.Errorf("workers=%d: bad input: error %v, want an EncodingError at 5", workers, got[3].Err)
		}
	}
}

// TestParseAllOptions checks that an input's own options come after the
// batch's: its own reference time wins.
func TestParseAllOptions(t *testing.T) {
	batchRef := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	ownRef := time.Date(2019, 5, 15, 12, 0, 0, 0, time.UTC)
	in := func(yield func(parse.Input) bool) {
		yield(parse.Input{Text: batchTexts[1], Options: []parse.Option{parse.WithReference(ownRef)}})
	}
	for r := range parse.ParseAll(context.Background(), 1, in, parse.WithReference(batchRef)) {
		age := r.Document.Sections[0].Stories[0].Age
		if want := ownRef.Add(-28 * time.Minute); !age.Time.Equal(want) {
			t.Errorf("age resolves to %v, want %v", age.Time, want)
		}
	}
}

// TestParseAllOffset checks that Input.Offset moves every span into the
// larger text, and the offset of an encoding error too.
func TestParseAllOffset(t *testing.T) {
	prefix := strings.Repeat("x", 1000) + "\n\n"
	ref := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	for i, text := range batchTexts {
		in := func(yield func(parse.Input) bool) {
			yield(parse.Input{Text: text, Offset: len(prefix)})
		}
		for r := range parse.ParseAll(context.Background(), 1, in, parse.WithReference(ref)) {
			if r.Err != nil {
				var ee *parse.EncodingError
				if !errors.As(r.Err, &ee) || ee.Offset != len(prefix)+5 {
					t.Errorf("input %d: error %v, want an EncodingError at %d", i, r.Err, len(prefix)+5)
				}
				continue
			}
			checkSpans(t, prefix+text, r.Document)
			doc, _ := parse.Parse(prefix+text, parse.WithReference(ref))
			if len(doc.Stories)+len(doc.Sections) == 0 {
				continue
			}
			// The spans of the stories equal those of a parse of the
			// whole text (whose first story is the prefix; in input 2
			// that story takes the lead paragraph and the dateline after
			// it, so the two parses differ there by design).
			var want, got []parse.Span
			for st := range doc.All() {
				want = append(want, st.Body.Paragraphs...)
			}
			for st := range r.Document.All() {
				got = append(got, st.Body.Paragraphs...)
			}
			if diff := cmp.Diff(want[1:], got, cmpopts.EquateEmpty()); diff != "" && i != 2 {
				t.Errorf("input %d: paragraphs (-whole +offset):\n%s", i, diff)
			}
		}
	}
}

// TestParseAllCancel checks that cancelling ends the sequence early and
// reads no more inputs.
func TestParseAllCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	read := 0
	in := func(yield func(parse.Input) bool) {
		for {
			read++
			if !yield(parse.Input{Text: batchTexts[0]}) {
				return
			}
		}
	}
	n := 0
	for range parse.ParseAll(ctx, 2, in) {
		if n++; n == 5 {
			cancel()
		}
	}
	if ctx.Err() == nil || n != 5 {
		t.Errorf("%d results, ctx.Err() = %v; want 5 and cancelled", n, ctx.Err())
	}
	if read > 5+8 {
		t.Errorf("%d inputs read after 5 results, want a few", read)
	}
}

// TestParseAllBreak checks that breaking out of the loop stops reading.
func TestParseAllBreak(t *testing.T) {
	read := 0
	in := func(yield func(parse.Input) bool) {
		for {
			read++
			if !yield(parse.Input{Text: batchTexts[0]}) {
				return
			}
		}
	}
	var ids []int
	for r := range parse.ParseAll(context.Background(), 3, in) {
		ids = append(ids, r.Index)
		if len(ids) == 4 {
			break
		}
	}
	if !slices.Equal(ids, []int{0, 1, 2, 3}) || read > 4+6 {
		t.Errorf("indexes %v, %d read; want 0 to 3 and a few read", ids, read)
	}
}

func BenchmarkParseAll(b *testing.B) {
	texts := slices.Repeat(batchTexts[:3], 20)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for r := range parse.ParseAll(context.Background(), 0, inputsOf(texts)) {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
		}
	}
}
