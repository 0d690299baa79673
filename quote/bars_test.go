package quote_test

import (
	"testing"

	"github.com/draadnlp/draad/quote"
	"github.com/draadnlp/draad/quote/quoteeval"
)

// TestBars asserts the quality bars on the golden set against the
// hand-written gold sections: direct-quote speaker precision >= 0.95 at
// recall >= 0.85.
func TestBars(t *testing.T) {
	cases := loadGolden(t)
	if len(cases) < 40 {
		t.Errorf("golden set has %d cases, want at least 40", len(cases))
	}
	r := quoteeval.Evaluate(cases, nil, nil)
	d := r.ByKind[quote.Direct]
	if d.Precision() < 0.95 || d.Recall() < 0.85 {
		t.Errorf("direct quotes: precision %.3f recall %.3f, want >= 0.95 and >= 0.85", d.Precision(), d.Recall())
		for _, e := range r.Errors {
			t.Log(e)
		}
	}
	if d.Gold < 30 {
		t.Errorf("only %d gold direct quotes with a speaker", d.Gold)
	}
}

// TestSeed checks the seed-page bars one by one.
func TestSeed(t *testing.T) {
	var seed *quoteeval.Case
	cases := loadGolden(t)
	for i := range cases {
		if cases[i].Name == "seed.txt" {
			seed = &cases[i]
		}
	}
	if seed == nil {
		t.Fatal("testdata/seed.txt missing")
	}
	qs := quote.FindStory(seed.Doc, seed.Story)
	find := func(kind quote.Kind, prefix string) *quote.Quote {
		for i := range qs {
			if qs[i].Kind == kind && len(qs[i].Content.Text) >= len(prefix) && qs[i].Content.Text[:len(prefix)] == prefix {
				return &qs[i]
			}
		}
		t.Errorf("no %s quote starting %q", kind, prefix)
		return nil
	}
	const want = "Jens Stoltenberg"
	for _, tc := range []struct {
		desc   string
		kind   quote.Kind
		prefix string
		rule   string
		text   string
	}{
		{"headline colon quote", quote.Colon, "Rusland en China werken steeds inniger", "headline-colon", "Stoltenberg"},
		{"first direct quote through 'zei hij'", quote.Direct, "Dat zou steun", "verb-after-quote", "hij"},
		{"second direct quote continues the first", quote.Direct, "We hebben tekenen", "continuation", "hij"},
		{"indirect quote by the secretaris-generaal", quote.Indirect, "Maar vooralsnog", "inverted-verb", "de secretaris-generaal"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			q := find(tc.kind, tc.prefix)
			if q == nil {
				return
			}
			if q.Speaker == nil || q.Speaker.Canonical != want || q.Speaker.Text != tc.text || q.Rule != tc.rule {
				t.Errorf("quote %q: speaker %+v rule %q, want %q as %q by rule %q", tc.prefix, q.Speaker, q.Rule, want, tc.text, tc.rule)
			}
		})
	}
}
