package parse_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/draadnlp/draad/parse"
)

// TestLeadAnalysed checks that the lead before a dateline is part of the
// story for every stage: its time expressions and quotes are found with
// those of the dated body.
func TestLeadAnalysed(t *testing.T) {
	in := "Zwembad dicht na lekkage\n" +
		"Het zwembad blijft sinds dinsdag dicht.\n" +
		"ZWOLLE (ANP) - \"Het dak lekt op drie plaatsen\", zei een woordvoerder woensdag.\n"
	ref := time.Date(2019, 4, 12, 12, 0, 0, 0, time.UTC)
	doc, err := parse.Parse(in, parse.WithReference(ref))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Stories) != 1 {
		t.Fatalf("Parse gave %d stories, want 1", len(doc.Stories))
	}
	st := doc.Stories[0]
	// Where the time expressions are: in the lead and in the dated body.
	var where []string
	for _, x := range st.Times {
		if x.Start < st.Dateline.Start {
			where = append(where, "lead")
		} else {
			where = append(where, "body")
		}
	}
	if diff := cmp.Diff([]string{"lead", "body"}, where); diff != "" {
		t.Errorf("times %+v mismatch (-want +got):\n%s", st.Times, diff)
	}
	if len(st.Quotes) != 1 || st.Quotes[0].Content.Text != "Het dak lekt op drie plaatsen" {
		t.Errorf("quotes = %+v, want the quote of the dated body", st.Quotes)
	}
	if st.Body.Lead != 1 || st.Body.Paragraphs[0].Text != "Het zwembad blijft sinds dinsdag dicht." {
		t.Errorf("body = %+v, want the lead as its first paragraph and Lead 1", st.Body)
	}
	if in[st.Body.Start:st.Body.End] != st.Body.Text {
		t.Errorf("Body.Text is not input[Start:End]")
	}
}
