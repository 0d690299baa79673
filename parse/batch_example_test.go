package parse_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/draadnlp/draad/parse"
)

// ParseAll parses many texts on all cores; the results come in input
// order, each with its own error.
func ExampleParseAll() {
	texts := []string{
		"DEN HAAG (ANP) - Het kabinet is gevallen.",
		"Oekra\xefne", // not UTF-8
		"GENT 15/06 (belga) = Gent krijgt een nieuwe burgemeester.",
	}
	inputs := func(yield func(parse.Input) bool) {
		for i, s := range texts {
			if !yield(parse.Input{ID: fmt.Sprint("tekst-", i+1), Text: s}) {
				return
			}
		}
	}
	for r := range parse.ParseAll(context.Background(), 0, inputs, parse.WithoutEntities()) {
		if r.Err != nil {
			fmt.Println(r.ID, "error:", r.Err)
			continue
		}
		fmt.Println(r.ID, r.Document.Stories[0].Dateline.Place)
	}
	// Output:
	// tekst-1 Den Haag
	// tekst-2 error: parse: invalid UTF-8 at byte 5 (the text looks like Latin-1; convert it with parse.Decode)
	// tekst-3 Gent
}

// A RecordParser turns each line of an archive of articles into one line
// of JSON, with the article's own date as the reference time.
func ExampleRecordParser() {
	archive := `{"id":"a1","date":"Wed, 15 May 2019 04:42:00 GMT","title":"Brand","paragraphs":["ZWOLLE - Gisteravond brandde een schuur af."]}
{"id":"a2","date":"vorige week","title":"Fout"}
`
	ams, _ := time.LoadLocation("Europe/Amsterdam")
	p := &parse.RecordParser{
		Location: ams,
		Options:  []parse.Option{parse.WithoutEntities(), parse.WithoutQuotes(), parse.WithoutTimes()},
	}
	rr := parse.NewRecordReader(strings.NewReader(archive))
	for res := range p.ParseAll(context.Background(), 0, rr.All()) {
		// One line per record, in order; a bad record gets an error line.
		os.Stdout.Write(res.JSON)
	}
	if err := rr.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"a1","ref":"2019-05-15T06:42:00+02:00","ref_source":"date","headline":{"text":"Brand","start":0,"end":5},"stories":[{"headline":{"text":"Brand","start":0,"end":5},"dateline":{"place":"Zwolle","place_text":"ZWOLLE","text":"ZWOLLE -","start":7,"end":15},"body":{"text":"Gisteravond brandde een schuur af.","start":16,"end":50,"paragraphs":[{"text":"Gisteravond brandde een schuur af.","start":16,"end":50}]}}]}
	// {"id":"a2","line":2,"error":"bad record date \"vorige week\" (want RFC 1123 such as \"Wed, 15 May 2019 04:42:00 GMT\", RFC 3339 or 2006-01-02)"}
}

// Pieces reads a text of any size in pieces cut between stories; with
// Input.Offset, ParseAll gives offsets into the whole text.
func ExamplePieces() {
	text := "Kabinet valt\n\nDEN HAAG (ANP) - Het kabinet is gevallen.\n\n" +
		"Brand in Gent\n\nGENT (belga) = Een loods brandde af.\n"
	inputs := func(yield func(parse.Input) bool) {
		for p, err := range parse.Pieces(strings.NewReader(text), 64) {
			if err != nil {
				fmt.Println(err)
				return
			}
			if !yield(parse.Input{Text: p.Text, Offset: p.Start}) {
				return
			}
		}
	}
	for r := range parse.ParseAll(context.Background(), 0, inputs, parse.WithoutEntities()) {
		for st := range r.Document.All() {
			h := st.Headline
			fmt.Printf("piece %d: %q at %d, text[%d:%d] = %q\n", r.Index, h.Text, h.Start, h.Start, h.End, text[h.Start:h.End])
		}
	}
	// Output:
	// piece 0: "Kabinet valt" at 0, text[0:12] = "Kabinet valt"
	// piece 1: "Brand in Gent" at 57, text[57:70] = "Brand in Gent"
}
