package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/draadnlp/draad/parse"
)

// TestDocStreamBytes checks that a document written by docStream in one
// piece has the bytes draad parse writes for it whole, compact and
// indented.
func TestDocStreamBytes(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seed/buitenland-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{
		"seed":     string(seed),
		"sections": "Meer uit Buitenland\nOSLO (ANP/AFP) - Noorwegen verhoogt het defensiebudget.\n28 minuten geleden\n",
		"stories":  "DEN HAAG (ANP) - Het kabinet valt.\n\nBRUSSEL (ANP) - De EU vergadert.\n",
		"empty":    "   \n",
	}
	for desc, text := range texts {
		doc, err := parse.Parse(text, parse.WithoutEntities(), parse.WithoutQuotes())
		if err != nil {
			t.Fatal(err)
		}
		for _, indent := range []bool{false, true} {
			for _, name := range []string{"a.txt", stdinName} {
				for _, enc := range []parse.Encoding{parse.UTF8, parse.Latin1} {
					var want bytes.Buffer
					e := json.NewEncoder(&want)
					e.SetEscapeHTML(false)
					if indent {
						e.SetIndent("", "  ")
					}
					out := struct {
						File     string `json:"file,omitzero"`
						Encoding string `json:"encoding,omitzero"`
						*parse.Document
					}{Document: doc}
					if name != stdinName {
						out.File = name
					}
					if enc != parse.UTF8 {
						out.Encoding = string(enc)
					}
					e.Encode(out)
					var got bytes.Buffer
					w := bufio.NewWriter(&got)
					ds := newDocStream(w, indent)
					ds.piece(name, enc, doc)
					if err := ds.end(); err != nil {
						t.Fatal(err)
					}
					w.Flush()
					if diff := cmp.Diff(want.String(), got.String()); diff != "" {
						t.Errorf("%s, indent %v, %s, %s: docStream mismatch (-want +got):\n%s", desc, indent, name, enc, diff)
					}
				}
			}
		}
	}
}

// TestDocStreamMerge checks how pieces join: stories outside sections
// after a section go into it, and a page headline of a later piece that
// no story has becomes a story.
func TestDocStreamMerge(t *testing.T) {
	first := &parse.Document{
		Headline: parse.Span{Text: "Kop", Start: 0, End: 3},
		Stories:  []parse.Story{{Headline: parse.Span{Text: "Kop", Start: 0, End: 3}}},
		Sections: []parse.Section{{Title: parse.Span{Text: "Meer", Start: 5, End: 9}}},
	}
	second := &parse.Document{
		Headline: parse.Span{Text: "Los", Start: 20, End: 23},
		Stories:  []parse.Story{{Body: parse.Body{Text: "b", Start: 30, End: 31}}},
	}
	var got bytes.Buffer
	w := bufio.NewWriter(&got)
	ds := newDocStream(w, false)
	ds.piece("x", parse.UTF8, first)
	ds.piece("x", parse.UTF8, second)
	ds.end()
	w.Flush()
	want := `{"file":"x","headline":{"text":"Kop","start":0,"end":3},"stories":[{"headline":{"text":"Kop","start":0,"end":3}}],` +
		`"sections":[{"title":{"text":"Meer","start":5,"end":9},"stories":[{"headline":{"text":"Los","start":20,"end":23}},` +
		`{"body":{"text":"b","start":30,"end":31,"paragraphs":null}}]}]}` + "\n"
	if got.String() != want {
		t.Errorf("merged:\n got %s\nwant %s", got.String(), want)
	}
	var v any
	if err := json.Unmarshal(got.Bytes(), &v); err != nil {
		t.Errorf("not JSON: %v", err)
	}
}

// wireStories returns n invented wire stories, each a headline over a
// dated paragraph, and their texts.
func wireStories(n int) string {
	places := []string{"DEN HAAG", "BRUSSEL", "OSLO", "ROTTERDAM", "GENT"}
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "Bericht nummer %d over de haven\n\n%s (ANP) - De haven van Rotterdam groeit voor het %de jaar. "+
			"Minister Jan de Vries is tevreden. \"Het gaat goed\", zei hij.\n\n", i, places[i%len(places)], i)
	}
	return sb.String()
}

// smallPieces makes the inputs read in pieces small for the test, so that
// a long input costs little time.
func smallPieces(t *testing.T) {
	whole, size, spooled := maxWhole, pieceSize, spoolLimit
	maxWhole, pieceSize, spoolLimit = 32<<10, 8<<10, 4<<10
	t.Cleanup(func() { maxWhole, pieceSize, spoolLimit = whole, size, spooled })
}

// TestParseLongInput checks that an input over maxWhole is parsed in
// pieces into one document whose spans point into the whole input, and
// whose stories are those of a parse of the whole text.
func TestParseLongInput(t *testing.T) {
	smallPieces(t)
	in := wireStories(1000)
	if len(in) <= 4*maxWhole {
		t.Fatalf("input of %d bytes is not long", len(in))
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"parse", "-ref", "2026-11-28T12:00:00", "-j", "2"}, strings.NewReader(in), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var doc parse.Document
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("output is not one document: %v", err)
	}
	checkSpans(t, in, &doc)
	if n := len(doc.Stories); n != 1000 {
		t.Errorf("%d stories, want 1000", n)
	}
	// Each piece ends before a story, so every story is as in a whole
	// parse; compare the structure (entities and quotes are per story).
	whole, err := parse.Parse(in, parse.WithoutEntities(), parse.WithoutQuotes(), parse.WithoutTimes())
	if err != nil {
		t.Fatal(err)
	}
	for i := range min(len(whole.Stories), len(doc.Stories)) {
		w, g := whole.Stories[i], doc.Stories[i]
		if w.Headline != g.Headline || w.Body.Start != g.Body.Start || w.Body.End != g.Body.End || (w.Dateline == nil) != (g.Dateline == nil) || w.Dateline != nil && w.Dateline.Start != g.Dateline.Start {
			t.Fatalf("story %d differs from the whole parse:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

// checkSpans reports every span in v (any JSON object with "text",
// "start" and "end") whose text is not text[start:end].
func checkSpans(t *testing.T, text string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var x any
	json.Unmarshal(b, &x)
	bad := 0
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			txt, ok1 := v["text"].(string)
			s, ok2 := v["start"].(float64)
			e, ok3 := v["end"].(float64)
			if ok1 && ok2 && ok3 && (s < 0 || s > e || int(e) > len(text) || text[int(s):int(e)] != txt) {
				if bad++; bad <= 5 {
					t.Errorf("span %q at [%v:%v] does not match the input", txt, s, e)
				}
			}
			for _, c := range v {
				walk(c)
			}
		case []any:
			for _, c := range v {
				walk(c)
			}
		}
	}
	walk(x)
}

// TestEntitiesLongInput checks that draad entities streams a long input
// into one object with offsets into the whole input, links included.
func TestEntitiesLongInput(t *testing.T) {
	smallPieces(t)
	in := strings.Repeat("De Iraanse minister sprak in Rotterdam met Jan de Vries.\n\n", (maxWhole+2*pieceSize)/58)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"entities", "-lexicon", "-links"}, strings.NewReader(in), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out entitiesOutput
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("not one object: %v\n%.300s", err, stdout.String())
	}
	checkSpans(t, in, &out)
	n := strings.Count(in, "\n\n")
	if got := len(out.Links); got != n {
		t.Errorf("%d links, want %d (one per paragraph)", got, n)
	}
	rotterdam := 0
	for _, e := range out.Entities {
		if e.Text == "Rotterdam" {
			rotterdam++
		}
	}
	if rotterdam != n {
		t.Errorf("%d times Rotterdam, want %d", rotterdam, n)
	}
}

// TestSpool checks that a spool gives back what it was given, past its
// limit too, and removes its temporary file.
func TestSpool(t *testing.T) {
	for _, n := range []int{0, 10, 1000} {
		s := spool{limit: 100}
		var want strings.Builder
		for i := range n {
			b := fmt.Sprintf("%d,", i)
			s.write([]byte(b))
			want.WriteString(b)
		}
		name := ""
		if s.f != nil {
			name = s.f.Name()
		}
		var got bytes.Buffer
		if _, err := s.copyTo(&got); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("n=%d: got %d bytes, want %d", n, got.Len(), want.Len())
		}
		if (name != "") != (want.Len() > 100) {
			t.Errorf("n=%d: file %q for %d bytes over a limit of 100", n, name, want.Len())
		}
		if name != "" {
			if _, err := os.Stat(name); !os.IsNotExist(err) {
				t.Errorf("n=%d: spool file %s left behind", n, name)
			}
		}
	}
}
