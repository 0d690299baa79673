package draadbeam

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Tally)(nil)).Elem())
	register.DoFn5x0[context.Context, string, func(string, Tally), func(string, Tally), func(string, Tally)](&factsFn{})
	register.Emitter2[string, Tally]()
	register.Combiner1[Tally](&tallyFn{})
	register.DoFn2x1[string, Tally, string](&rowFn{})
}

// The headers of the aggregate CSV files.
const (
	// MentionsHeader heads the mentions per entity per day: the day, the
	// entity's type and canonical name, the number of its mentions and of
	// the articles that mention it.
	MentionsHeader = "day,type,entity,mentions,articles"
	// QuotesHeader heads the quotes per speaker: the speaker's canonical
	// name, the type of the entity of that name in the story (person,
	// organisation; empty when the story has none), the number of quotes
	// and of articles, and the first and last day they were quoted.
	QuotesHeader = "speaker,type,quotes,articles,first_day,last_day"
	// PlacesHeader heads the agencies and datelines per day: the day, the
	// kind (agency or dateline), the agency's code or the dateline's
	// place, and the number of stories and of articles that carry it.
	PlacesHeader = "day,kind,name,stories,articles"
)

// AggregateOptions say how [Aggregates] counts.
type AggregateOptions struct {
	// FallbackDays counts an article whose reference time is the fallback
	// (ref_source "fallback") under that time's day. Set it when the
	// fallback is a date the user gave; leave it unset when it is merely
	// the time of the run, so that such articles count under the empty
	// day rather than under the day the pipeline ran.
	FallbackDays bool
}

// Aggregates counts, from the output lines of [Parse] (a
// PCollection<string>), the mentions of each entity per day, the quotes
// of each speaker, and the agencies and dateline places per day. It
// returns three PCollection<string> of CSV rows without their headers,
// [MentionsHeader], [QuotesHeader] and [PlacesHeader], for [WriteCSV].
//
// The day of an article is the date of its reference time ("ref", in the
// zone of the run), when that came from the record (ref_source "date") or
// from a fallback the user gave (see [AggregateOptions]); otherwise it is
// empty. An entity is counted by its canonical name and type; a quote by
// its speaker's canonical name, when the quote has a speaker and the
// speaker was resolved (the others are counted in the Beam counters
// draad/quotes_unattributed and draad/quotes_unresolved); an agency by its
// code ("ANP", "Reuters"), a dateline by its place in its normal
// spelling. Rows are counted from the output lines, so they can be
// checked against them.
func Aggregates(s beam.Scope, articles beam.PCollection, opts AggregateOptions) (mentions, quotes, places beam.PCollection) {
	s = s.Scope("draadbeam.Aggregates")
	facts := beam.ParDoN(s, &factsFn{FallbackDays: opts.FallbackDays}, articles)
	row := func(name string, col beam.PCollection, kind string) beam.PCollection {
		s := s.Scope(name)
		return beam.ParDo(s, &rowFn{Kind: kind}, beam.CombinePerKey(s, &tallyFn{}, col))
	}
	return row("mentions", facts[0], "mentions"), row("quotes", facts[1], "quotes"), row("places", facts[2], "places")
}

// A Tally is what an aggregate row counts: N things (mentions, quotes,
// stories) in a number of articles, between two days.
type Tally struct {
	N, Articles int
	// First and Last are the first and last non-empty day, as
	// 2006-01-02.
	First, Last string
}

// add returns the sum of two tallies.
func (t Tally) add(u Tally) Tally {
	t.N += u.N
	t.Articles += u.Articles
	if u.First != "" && (t.First == "" || u.First < t.First) {
		t.First = u.First
	}
	if u.Last > t.Last {
		t.Last = u.Last
	}
	return t
}

type tallyFn struct{}

// MergeAccumulators adds two tallies.
func (*tallyFn) MergeAccumulators(a, b Tally) Tally { return a.add(b) }

var (
	unattributedCounter = beam.NewCounter("draad", "quotes_unattributed")
	unresolvedCounter   = beam.NewCounter("draad", "quotes_unresolved")
	unreadableCounter   = beam.NewCounter("draad", "aggregates_unreadable_lines")
)

// outputArticle is the part of an output line the aggregates read.
type outputArticle struct {
	Ref       string        `json:"ref"`
	RefSource string        `json:"ref_source"`
	Stories   []outputStory `json:"stories"`
	Sections  []struct {
		Stories []outputStory `json:"stories"`
	} `json:"sections"`
}

type outputStory struct {
	Dateline *struct {
		Place    string `json:"place"`
		Agencies []struct {
			Code string `json:"code"`
		} `json:"agencies"`
	} `json:"dateline"`
	Entities []struct {
		Type      string `json:"type"`
		Canonical string `json:"canonical"`
	} `json:"entities"`
	Quotes []struct {
		Speaker *struct {
			Canonical string `json:"canonical"`
		} `json:"speaker"`
	} `json:"quotes"`
}

type factsFn struct {
	FallbackDays bool `json:"fallback_days,omitempty"`
}

// key returns the fields as a grouping key: a JSON array of strings.
func key(fields ...string) string {
	b, _ := json.Marshal(fields) // strings always encode
	return string(b)
}

// ProcessElement emits the facts the aggregates count from one output line.
func (f *factsFn) ProcessElement(ctx context.Context, line string, mentions, quotes, places func(string, Tally)) {
	var a outputArticle
	if err := json.Unmarshal([]byte(line), &a); err != nil {
		// Parse writes only lines that read back; count any other.
		unreadableCounter.Inc(ctx, 1)
		return
	}
	day := ""
	if len(a.Ref) >= 10 && (a.RefSource == "date" || a.RefSource == "fallback" && f.FallbackDays) {
		day = a.Ref[:10]
	}
	stories := a.Stories
	for _, sec := range a.Sections {
		stories = append(stories[:len(stories):len(stories)], sec.Stories...)
	}
	// Count per article first, so that each key is emitted once with the
	// article counted once.
	m := map[string]int{}
	q := map[string]int{}
	p := map[string]int{}
	for _, st := range stories {
		types := map[string]string{}
		for _, e := range st.Entities {
			m[key(day, e.Type, e.Canonical)]++
			if _, ok := types[e.Canonical]; !ok {
				types[e.Canonical] = e.Type
			}
		}
		for _, qt := range st.Quotes {
			switch {
			case qt.Speaker == nil:
				unattributedCounter.Inc(ctx, 1)
			case qt.Speaker.Canonical == "":
				unresolvedCounter.Inc(ctx, 1)
			default:
				q[key(qt.Speaker.Canonical, types[qt.Speaker.Canonical])]++
			}
		}
		if d := st.Dateline; d != nil {
			if d.Place != "" {
				p[key(day, "dateline", d.Place)]++
			}
			for _, ag := range d.Agencies {
				p[key(day, "agency", ag.Code)]++
			}
		}
	}
	for k, n := range m {
		mentions(k, Tally{N: n, Articles: 1, First: day, Last: day})
	}
	for k, n := range q {
		quotes(k, Tally{N: n, Articles: 1, First: day, Last: day})
	}
	for k, n := range p {
		places(k, Tally{N: n, Articles: 1, First: day, Last: day})
	}
}

type rowFn struct {
	Kind string `json:"kind"`
}

// ProcessElement turns a key and its tally into a CSV row.
func (f *rowFn) ProcessElement(k string, t Tally) string {
	var fields []string
	if err := json.Unmarshal([]byte(k), &fields); err != nil {
		fields = []string{k} // never: keys are made by key
	}
	switch f.Kind {
	case "quotes":
		fields = append(fields, strconv.Itoa(t.N), strconv.Itoa(t.Articles), t.First, t.Last)
	default:
		fields = append(fields, strconv.Itoa(t.N), strconv.Itoa(t.Articles))
	}
	return csvRow(fields)
}

// csvRow returns fields as one CSV row without a line break.
func csvRow(fields []string) string {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(fields)
	w.Flush()
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}
