package draadbeam_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/draadnlp/draad/beam/draadbeam"
	"github.com/draadnlp/draad/parse"
	"github.com/google/go-cmp/cmp"
)

// outputLines are invented output lines, cut down to the fields the
// aggregates read, so that the expected rows can be counted by hand.
var outputLines = []string{
	// Two stories' worth of one article on 15 May: Rutte twice, quoted
	// once; a quote by "hij" (not resolved) and one without a speaker.
	`{"id":"x1","ref":"2019-05-15T06:42:00+02:00","ref_source":"date","stories":[{"dateline":{"place":"Den Haag","agencies":[{"code":"ANP"}]},"entities":[{"type":"person","canonical":"Mark Rutte"},{"type":"person","canonical":"Mark Rutte"},{"type":"location","canonical":"Den Haag"}],"quotes":[{"speaker":{"text":"Rutte","canonical":"Mark Rutte"}},{"speaker":{"text":"hij"}},{"text":"\"Zo.\""}]}]}`,
	// Late on 15 May in Amsterdam (21:59 UTC): Rutte in a section story,
	// quoted; a dateline with two agencies.
	`{"id":"x2","ref":"2019-05-15T23:59:00+02:00","ref_source":"date","stories":[{"dateline":{"place":"Brussel","agencies":[{"code":"ANP"},{"code":"AFP"}]}}],"sections":[{"title":{"text":"Meer"},"stories":[{"entities":[{"type":"person","canonical":"Mark Rutte"}],"quotes":[{"speaker":{"canonical":"Mark Rutte"}}]}]}]}`,
	// 16 May: the NAVO quoted; Rutte quoted where the story has no
	// entity of that name, so his type is not known there.
	`{"id":"x3","ref":"2019-05-16T01:00:00+02:00","ref_source":"date","stories":[{"entities":[{"type":"organisation","canonical":"NAVO"}],"quotes":[{"speaker":{"canonical":"NAVO"}},{"speaker":{"canonical":"NAVO"}},{"speaker":{"canonical":"Mark Rutte"}}]}]}`,
	// Dated by the fallback, and not dated at all.
	`{"id":"x4","ref":"2030-01-01T12:00:00+01:00","ref_source":"fallback","stories":[{"entities":[{"type":"person","canonical":"Mark Rutte"}]}]}`,
	`{"id":"x5","ref_source":"none","stories":[{"entities":[{"type":"misc","canonical":"Tour de France, \"de Ronde\""}]}]}`,
}

// runAggregates runs Aggregates on lines and returns the three CSV files.
func runAggregates(t *testing.T, lines []string, opts draadbeam.AggregateOptions) (mentions, quotes, places string) {
	t.Helper()
	dir := t.TempDir()
	paths := []string{filepath.Join(dir, "mentions.csv"), filepath.Join(dir, "quotes.csv"), filepath.Join(dir, "places.csv.gz")}
	p, s := beam.NewPipelineWithRoot()
	m, q, pl := draadbeam.Aggregates(s, beam.CreateList(s, lines), opts)
	draadbeam.WriteCSV(s, paths[0], draadbeam.MentionsHeader, m)
	draadbeam.WriteCSV(s, paths[1], draadbeam.QuotesHeader, q)
	draadbeam.WriteCSV(s, paths[2], draadbeam.PlacesHeader, pl)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, path := range paths {
		out = append(out, strings.Join(readLines(t, path), "\n")+"\n")
	}
	return out[0], out[1], out[2]
}

func TestAggregates(t *testing.T) {
	for _, tc := range []struct {
		desc                  string
		opts                  draadbeam.AggregateOptions
		mentions, quotes, pls string
	}{{
		desc: "fallback is the time of the run",
		mentions: `day,type,entity,mentions,articles
,misc,"Tour de France, ""de Ronde""",1,1
,person,Mark Rutte,1,1
2019-05-15,location,Den Haag,1,1
2019-05-15,person,Mark Rutte,3,2
2019-05-16,organisation,NAVO,1,1
`,
		quotes: `speaker,type,quotes,articles,first_day,last_day
Mark Rutte,,1,1,2019-05-16,2019-05-16
Mark Rutte,person,2,2,2019-05-15,2019-05-15
NAVO,organisation,2,1,2019-05-16,2019-05-16
`,
		pls: `day,kind,name,stories,articles
2019-05-15,agency,AFP,1,1
2019-05-15,agency,ANP,2,2
2019-05-15,dateline,Brussel,1,1
2019-05-15,dateline,Den Haag,1,1
`,
	}, {
		desc: "fallback given by the user",
		opts: draadbeam.AggregateOptions{FallbackDays: true},
		mentions: `day,type,entity,mentions,articles
,misc,"Tour de France, ""de Ronde""",1,1
2019-05-15,location,Den Haag,1,1
2019-05-15,person,Mark Rutte,3,2
2019-05-16,organisation,NAVO,1,1
2030-01-01,person,Mark Rutte,1,1
`,
	}} {
		t.Run(tc.desc, func(t *testing.T) {
			m, q, p := runAggregates(t, outputLines, tc.opts)
			if diff := cmp.Diff(tc.mentions, m); diff != "" {
				t.Errorf("mentions mismatch (-want +got):\n%s", diff)
			}
			if tc.quotes != "" {
				if diff := cmp.Diff(tc.quotes, q); diff != "" {
					t.Errorf("quotes mismatch (-want +got):\n%s", diff)
				}
			}
			if tc.pls != "" {
				if diff := cmp.Diff(tc.pls, p); diff != "" {
					t.Errorf("places mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestAggregatesEmpty(t *testing.T) {
	m, q, p := runAggregates(t, []string{}, draadbeam.AggregateOptions{})
	got := []string{m, q, p}
	want := []string{draadbeam.MentionsHeader + "\n", draadbeam.QuotesHeader + "\n", draadbeam.PlacesHeader + "\n"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("aggregates of nothing mismatch (-want +got):\n%s", diff)
	}
}

// referenceAggregates counts the aggregates of the records in path from
// the documents parse.Parse returns, the way the README describes them,
// as CSV lines in the order WriteCSV sorts them.
func referenceAggregates(t *testing.T, path string, opts draadbeam.ParseOptions) (mentions, quotes, places []string) {
	t.Helper()
	rp := recordParser(t, opts)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type tally struct {
		n, articles int
		first, last string
	}
	m, q, p := map[string]*tally{}, map[string]*tally{}, map[string]*tally{}
	count := func(to map[string]*tally, seen map[string]bool, k, day string) {
		tl := to[k]
		if tl == nil {
			tl = &tally{first: day, last: day}
			to[k] = tl
		}
		tl.n++
		if !seen[k] {
			seen[k] = true
			tl.articles++
		}
		if day != "" && (tl.first == "" || day < tl.first) {
			tl.first = day
		}
		if day > tl.last {
			tl.last = day
		}
	}
	csv := func(fields ...string) string {
		for i, f := range fields {
			if strings.ContainsAny(f, ",\"\n") {
				fields[i] = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
			}
		}
		return strings.Join(fields, ",")
	}
	rr := parse.NewRecordReader(f)
	for l := range rr.All() {
		rec, err := parse.DecodeRecord(l.Data)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := rec.Time(rp.Location)
		if err != nil {
			t.Fatal(err)
		}
		day := ""
		if !ref.IsZero() {
			day = ref.Format("2006-01-02")
		}
		doc, err := parse.Parse(rec.Article(), append(rp.Options, parse.WithReference(ref))...)
		if err != nil {
			t.Fatal(err)
		}
		seen := [3]map[string]bool{{}, {}, {}}
		for st := range doc.All() {
			types := map[string]string{}
			for _, e := range st.Entities {
				count(m, seen[0], csv(day, e.Type.String(), e.Canonical), day)
				if _, ok := types[e.Canonical]; !ok {
					types[e.Canonical] = e.Type.String()
				}
			}
			for _, qt := range st.Quotes {
				if qt.Speaker != nil && qt.Speaker.Canonical != "" {
					count(q, seen[1], csv(qt.Speaker.Canonical, types[qt.Speaker.Canonical]), day)
				}
			}
			if d := st.Dateline; d != nil {
				count(p, seen[2], csv(day, "dateline", d.Place), day)
				for _, a := range d.Agencies {
					count(p, seen[2], csv(day, "agency", a.Code), day)
				}
			}
		}
	}
	rows := func(from map[string]*tally, days bool) []string {
		var out []string
		for k, tl := range from {
			row := fmt.Sprintf("%s,%d,%d", k, tl.n, tl.articles)
			if days {
				row += "," + tl.first + "," + tl.last
			}
			out = append(out, row)
		}
		slices.Sort(out)
		return out
	}
	return rows(m, false), rows(q, true), rows(p, false)
}

// TestAggregatesOfRecords runs the whole pipeline on the test records,
// which all have a date, and compares the aggregates with those counted
// from parse.Parse.
func TestAggregatesOfRecords(t *testing.T) {
	dir := t.TempDir()
	c := draadbeam.Config{
		Records:    []string{"testdata/records.jsonl"},
		Parse:      draadbeam.ParseOptions{Ref: testRef},
		Output:     filepath.Join(dir, "articles.jsonl"),
		DeadLetter: filepath.Join(dir, "dead.jsonl"),
		Mentions:   filepath.Join(dir, "mentions.csv"),
		Quotes:     filepath.Join(dir, "quotes.csv"),
		Places:     filepath.Join(dir, "places.csv"),
	}
	p, s := beam.NewPipelineWithRoot()
	if err := draadbeam.Build(s, c); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	// w4 has no date: the reference counts it under its fallback day,
	// the pipeline (FallbackDays unset) under no day; leave it out of
	// both.
	noW4 := filepath.Join(dir, "records-without-w4.jsonl")
	var kept []string
	for _, l := range readLines(t, "testdata/records.jsonl") {
		if !strings.Contains(l, `"id": "w4"`) {
			kept = append(kept, l)
		}
	}
	writeFile(t, noW4, []byte(strings.Join(kept, "\n")+"\n"))
	wantM, wantQ, wantP := referenceAggregates(t, noW4, c.Parse)
	for _, tc := range []struct {
		path, header string
		want         []string
	}{
		{c.Mentions, draadbeam.MentionsHeader, wantM},
		{c.Quotes, draadbeam.QuotesHeader, wantQ},
		{c.Places, draadbeam.PlacesHeader, wantP},
	} {
		got := readLines(t, tc.path)
		if len(got) == 0 || got[0] != tc.header {
			t.Fatalf("%s: no header %q", tc.path, tc.header)
		}
		// The rows of w4 are under the empty day (or, for quotes, it
		// has none); leave them out.
		got = slices.DeleteFunc(got[1:], func(r string) bool { return strings.HasPrefix(r, ",") })
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", filepath.Base(tc.path), diff)
		}
		if len(tc.want) == 0 {
			t.Errorf("%s: the reference counts nothing; the test records should give rows", filepath.Base(tc.path))
		}
	}
	// The places are rules, not the model: check a few by hand.
	places := strings.Join(readLines(t, c.Places), "\n")
	for _, row := range []string{
		"2019-05-15,agency,ANP,3,3",
		"2019-05-15,dateline,Den Haag,1,1",
		"2019-05-17,agency,DPA,1,1",
		"2019-05-16,dateline,Parijs,1,1",
	} {
		if !strings.Contains(places, row+"\n") && !strings.HasSuffix(places, row) {
			t.Errorf("places.csv has no row %q:\n%s", row, places)
		}
	}
}
