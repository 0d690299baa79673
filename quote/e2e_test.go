package quote_test

import (
	"testing"

	"github.com/draadnlp/draad/entity"

	"github.com/draadnlp/draad/quote"
	"github.com/draadnlp/draad/quote/quoteeval"
)

// entityMentions returns the entities entity.Extract finds in doc.
func entityMentions(doc string) []entity.Entity { return entity.Extract(doc) }

// TestEndToEnd scores the golden set with mentions from entity.Extract
// instead of the hand-written ones, and checks the seed page bars.
func TestEndToEnd(t *testing.T) {
	cases := loadGolden(t)
	r := quoteeval.Evaluate(cases, entityMentions, nil)
	d := r.ByKind[quote.Direct]
	t.Logf("end to end: direct precision %.3f recall %.3f (%d/%d/%d)", d.Precision(), d.Recall(), d.Correct, d.Attributed, d.Gold)
	if d.Precision() < 0.9 || d.Recall() < 0.8 {
		t.Errorf("end to end direct quotes: precision %.3f recall %.3f, want >= 0.9 and >= 0.8", d.Precision(), d.Recall())
		for _, e := range r.Errors {
			t.Log(e)
		}
	}
	for _, c := range cases {
		if c.Name != "seed.txt" {
			continue
		}
		one := quoteeval.Evaluate([]quoteeval.Case{c}, entityMentions, nil)
		for _, k := range []quote.Kind{quote.Direct, quote.Colon, quote.Indirect} {
			if s := one.ByKind[k]; s.Correct != s.Gold || s.Attributed != s.Correct {
				t.Errorf("seed page end to end, %s quotes: %d correct of %d gold, %d attributed; errors: %q", k, s.Correct, s.Gold, s.Attributed, one.Errors)
			}
		}
	}
}
