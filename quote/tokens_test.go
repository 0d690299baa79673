package quote

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/draadnlp/draad/token"
)

// TestTokCache slides before and after windows over a long paragraph of
// dense quotes, as Find does, and checks that every window holds the
// tokens of the whole paragraph that lie inside it, and that each token is
// read about once.
func TestTokCache(t *testing.T) {
	for _, tc := range []struct {
		desc string
		free bool // windows of earlier quotes are released
	}{
		{"released windows", true},
		{"kept windows", false},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			doc := strings.Repeat("'a' zei hij, ", 20000)
			rg := region{start: 0, end: len(doc)}
			all := tokens(doc, 0, len(doc))
			inside := func(from, to int) []tok {
				lo := sort.Search(len(all), func(k int) bool { return all[k].start >= from })
				hi := sort.Search(len(all), func(k int) bool { return all[k].end > to })
				return all[lo:max(lo, hi)]
			}
			var c tokCache
			var kept [][]tok
			var want [][]tok
			for i := 0; i+13 <= len(doc); i += 13 {
				// the quote 'a' at i, its windows on both sides
				c.free = tc.free
				from := max(0, i-maxWindow)
				before := c.window(doc, 0, rg, from, i)
				after := c.window(doc, 0, rg, i+3, min(len(doc), i+3+maxWindow))
				for _, w := range []struct {
					got      []tok
					from, to int
				}{{before, from, i}, {after, i + 3, min(len(doc), i+3+maxWindow)}} {
					if i%130 == 0 {
						fresh := inside(w.from, w.to)
						if !slices.Equal(fresh, w.got) {
							diff := cmp.Diff(fresh, w.got, cmp.AllowUnexported(tok{}), cmpopts.EquateEmpty())
							t.Fatalf("window [%d,%d) mismatch (-want +got):\n%s", w.from, w.to, diff)
						}
					}
				}
				if !tc.free && i%(13*500) == 0 {
					kept = append(kept, before)
					want = append(want, inside(from, i))
				}
			}
			if c.tokenised > len(all)+len(all)/100 {
				t.Errorf("read %d tokens for a paragraph of %d", c.tokenised, len(all))
			}
			if len(c.toks) > 4*maxCached {
				t.Errorf("cache holds %d tokens, want at most %d", len(c.toks), 4*maxCached)
			}
			// Windows handed out while not released stay intact.
			for i := range kept {
				if !slices.Equal(want[i], kept[i]) {
					diff := cmp.Diff(want[i], kept[i], cmp.AllowUnexported(tok{}), cmpopts.EquateEmpty())
					t.Fatalf("kept window %d changed (-want +got):\n%s", i, diff)
				}
			}
		})
	}
}

// TestTokens checks how the rules read the shared tokens: a word's final
// period and runs of punctuation are marks of their own, the two-character
// quote marks stay whole, and a token that runs past the end is cut.
func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		desc, in string
		to       int // 0: the whole input
		want     []string
	}{
		{"abbreviation and initial", "dhr. J. Jansen zei o.a. dit.", 0, []string{"dhr.", "J", ".", "Jansen", "zei", "o.a", ".", "dit", "."}},
		{"title before a name", "zegt dr. Anna de Wit.", 0, []string{"zegt", "dr.", "Anna", "de", "Wit", "."}},
		{"punctuation runs", "Wat?! Nee...", 0, []string{"Wat", "?", "!", "Nee", ".", ".", "."}},
		{"two-character marks", ",,Ja'', zei hij", 0, []string{",,", "Ja", "''", ",", "zei", "hij"}},
		{"number and elision", "Zo'n 1.000,50 euro 's avonds", 0, []string{"Zo'n", "1.000,50", "euro", "'s", "avonds"}},
		{"cut at the end", "Stoltenberg zei", 5, []string{"Stolt"}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			to := tc.to
			if to == 0 {
				to = len(tc.in)
			}
			var got []string
			for _, tk := range tokens(tc.in, 0, to) {
				if tc.in[tk.start:tk.end] != tk.s || tk.lower != strings.ToLower(tk.s) {
					t.Errorf("token %+v does not match the input", tk)
				}
				got = append(got, tk.s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("tokens(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestSharedTokens checks when FindStory reads a region from the caller's
// tokens (Story.Tokens) and when it tokenizes the region itself, and that
// the region's tokens are the same either way.
func TestSharedTokens(t *testing.T) {
	const story = `"Ja", zei dhr. Jansen. Hij 16-`
	for _, tc := range []struct {
		desc       string
		pre, tail  string // doc is pre + story + tail
		toks       []token.Token
		at         int // TokenOffset, relative to len(pre)
		from, to   int // the region, in story
		wantShared bool
	}{
		{"story ends the document", "Kop\n", "", token.Tokenize(story), 0, 0, len(story), true},
		{"story ends before a line break", "Kop\n", "\nen meer", token.Tokenize(story), 0, 0, len(story), true},
		{"story ends before a space: 16- en", "Kop\n", " en meer", token.Tokenize(story), 0, 0, len(story), false},
		{"region starts inside a token", "Kop\n", "", token.Tokenize(story), 0, 2, len(story), false},
		{"region at a later token", "Kop\n", "", token.Tokenize(story), 0, 6, 22, true},
		{"tokens of another text", "Kop\n", "", token.Tokenize(`"Ja", zei dhr. Jensen. Hij 16-`), 0, 0, len(story), false},
		{"tokens that do not tile", "Kop\n", "", token.Tokenize(story)[1:], 0, 0, len(story), false},
		{"tokens at the wrong offset", "Kop\n", "", token.Tokenize(story), 1, 0, len(story), false},
		{"region past the tokens", "Kop\n", "", token.Tokenize(story[:20]), 0, 0, len(story), false},
		{"no tokens", "Kop\n", "", nil, 0, 0, len(story), false},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			doc := tc.pre + story + tc.tail
			off := len(tc.pre)
			rg := region{start: off + tc.from, end: off + tc.to}
			f := &finder{doc: doc}
			f.shared, f.sharedAt = sharedTokens(doc, Story{Tokens: tc.toks, TokenOffset: off + tc.at}), off+tc.at
			ts, ok := f.sharedRange(rg.start, rg.end)
			if ok != tc.wantShared {
				t.Errorf("sharedRange(%d, %d) used the caller's tokens: %v, want %v", rg.start, rg.end, ok, tc.wantShared)
			}
			want := appendToks(nil, doc, token.AppendRange(nil, doc, rg.start, rg.end), 0, rg.end)
			if ok {
				got := appendToks(nil, doc, ts, f.sharedAt, rg.end)
				if diff := cmp.Diff(want, got, cmp.AllowUnexported(tok{})); diff != "" {
					t.Errorf("tokens from the caller's tokens mismatch (-want +got):\n%s", diff)
				}
			}
			f.regs = []region{rg}
			if diff := cmp.Diff(want, f.regionTokens(0), cmp.AllowUnexported(tok{})); diff != "" {
				t.Errorf("regionTokens mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSentenceBounds checks the sentences quote finding reads: those of
// token.Sentences, without ends inside a quotation, plus the end of a
// quotation whose content ends a sentence.
func TestSentenceBounds(t *testing.T) {
	for _, tc := range []struct {
		desc string
		in   string
		want []string // the sentences between the boundaries
	}{
		{"plain", "Het regent. Het waait.", []string{"Het regent.", " Het waait."}},
		{"no end inside a quotation", `Hij zei: "Dat is fout. Echt." Daarna ging hij.`,
			[]string{`Hij zei: "Dat is fout. Echt."`, " Daarna ging hij."}},
		{"quotation then lower case", `"Weg! Nu!" riep hij. Toen ging hij.`,
			[]string{`"Weg! Nu!" riep hij.`, " Toen ging hij."}},
		{"quotation without final mark", `Hij zei: "Dat is fout" Daarna ging hij.`,
			[]string{`Hij zei: "Dat is fout" Daarna ging hij.`}},
		{"quotation then comma", `"Dat is fout.", zei hij. Toen ging hij.`,
			[]string{`"Dat is fout.", zei hij.`, " Toen ging hij."}},
		{"dash after quotation", `"Dat is fout." - woordvoerder Jansen. Goed.`,
			[]string{`"Dat is fout." - woordvoerder Jansen.`, " Goed."}},
		{"abbreviations", "Bel tel.nr. 020-1234567 of lees nu.nl. Daar staat het.",
			[]string{"Bel tel.nr. 020-1234567 of lees nu.nl.", " Daar staat het."}},
		{"paragraphs", "Eerste zin\nTweede zin. Derde.", []string{"Eerste zin", "\n", "Tweede zin.", " Derde."}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			for _, shared := range []bool{false, true} {
				s := Story{Paragraphs: Paragraphs(tc.in)}
				if shared {
					s.Tokens = token.Tokenize(tc.in)
				}
				f := &finder{doc: tc.in}
				f.regs = regions(tc.in, s)
				f.shared, f.sharedAt = sharedTokens(tc.in, s), s.TokenOffset
				f.pairs = scan(tc.in, f.regs)
				defer f.release()
				var got []string
				b := f.sentenceBounds()
				for k := 1; k < len(b); k++ {
					got = append(got, tc.in[b[k-1]:b[k]])
				}
				if diff := cmp.Diff(tc.want, got); diff != "" {
					t.Errorf("sentenceBounds(%q) (shared tokens %v) mismatch (-want +got):\n%s", tc.in, shared, diff)
				}
			}
		})
	}
}

// TestAppendBoundsChunks checks that the sentence ends of a paragraph
// far longer than boundsChunk, read a piece at a time, are those of
// token.Sentences on the whole paragraph.
func TestAppendBoundsChunks(t *testing.T) {
	for _, tc := range []struct {
		desc string
		unit string
	}{
		{"sentences", `Het regent. Dhr. Jansen zei o.a. "Dat is fout." - woordvoerder Bakker. Zie nu.nl. Het kost 3 mln. Toen ging hij! `},
		{"no sentence end", "en het regent en het waait "},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			doc := strings.Repeat(tc.unit, 3*boundsChunk/len(tc.unit)+7)
			rg := region{start: 0, end: len(doc)}
			var want []int
			for _, st := range token.Sentences(doc, token.Tokenize(doc)) {
				if st.End < rg.end {
					want = append(want, st.End)
				}
			}
			got := new(callMem).appendBounds(nil, doc, rg)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("appendBounds mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
