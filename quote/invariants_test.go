package quote

import "testing"

// checkInvariants checks the span invariants of quotes found in doc.
func checkInvariants(t *testing.T, doc string, s Story, qs []Quote) {
	t.Helper()
	regs := regions(doc, s)
	inStory := func(a, b int) bool {
		for i, r := range regs {
			if a >= r.start && a <= r.end {
				// a quote may run on into the following paragraphs
				for j := i; j < len(regs); j++ {
					if b <= regs[j].end {
						return true
					}
				}
			}
		}
		return false
	}
	last := -1
	for _, q := range qs {
		if q.Start < 0 || q.Start > q.End || q.End > len(doc) {
			t.Fatalf("quote %+v out of bounds", q)
		}
		if doc[q.Start:q.End] != q.Text {
			t.Errorf("quote text %q != doc[%d:%d] %q", q.Text, q.Start, q.End, doc[q.Start:q.End])
		}
		if q.Content.Start < q.Start || q.Content.End > q.End || q.Content.Start > q.Content.End || doc[q.Content.Start:q.Content.End] != q.Content.Text {
			t.Errorf("content %+v not inside quote [%d,%d)", q.Content, q.Start, q.End)
		}
		partEnd := q.Content.Start
		for _, pt := range q.Parts {
			if pt.Start < partEnd || pt.End > q.Content.End || pt.Start >= pt.End || doc[pt.Start:pt.End] != pt.Text {
				t.Errorf("part %+v of %q not in order inside the content", pt, q.Content.Text)
			}
			partEnd = pt.End
		}
		if q.Kind == Direct || q.Rule == "colon" {
			// Text is exactly an opening mark, the content and a closing
			// mark: nothing is lost in between.
			o, ow := markAt(doc, q.Start, q.End)
			c := mkNone
			cw := 0
			if q.Content.End < q.End {
				c, cw = markAt(doc, q.Content.End, q.End)
			}
			if o == mkNone || c == mkNone || q.Start+ow != q.Content.Start || q.Content.End+cw != q.End {
				t.Errorf("quote %q is not mark + content %q + mark", q.Text, q.Content.Text)
			}
		}
		if !inStory(q.Start, q.End) {
			t.Errorf("quote [%d,%d) outside the story", q.Start, q.End)
		}
		if q.Start < last {
			t.Errorf("quotes not sorted at %d", q.Start)
		}
		last = q.Start
		if q.Confidence < 0 || q.Confidence > 1 {
			t.Errorf("confidence %v out of [0,1]", q.Confidence)
		}
		if sp := q.Speaker; sp != nil {
			if sp.Start < 0 || sp.Start > sp.End || sp.End > len(doc) || doc[sp.Start:sp.End] != sp.Text {
				t.Errorf("speaker %+v: text does not match doc", sp)
			}
			if q.Rule == "" || q.Confidence == 0 {
				t.Errorf("attributed quote %q has no rule or confidence", q.Text)
			}
		}
	}
}
