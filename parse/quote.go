package parse

import (
	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/internal/quote"
)

// A Quote is a quotation in a story and who said it: a direct quote in
// quote marks, a colon quote ("Stoltenberg: Rusland en China ..."), or an
// indirect report ("..., zegt de secretaris-generaal"). Text, Start and End
// cover the quote with its marks; Content is the part inside them.
type Quote = quote.Quote

// A Speaker is who a [Quote] is attributed to: the mention as written (a
// name, a role or a pronoun) and the resolved person in Canonical, which is
// empty when the text does not support one.
type Speaker = quote.Speaker

// QuoteKind is the kind of a [Quote].
type QuoteKind = quote.Kind

// The kinds of quotes.
const (
	// DirectQuote is a quotation in quote marks.
	DirectQuote QuoteKind = quote.Direct
	// ColonQuote is a statement after a speaker and a colon, as in the
	// headline "Stoltenberg: Rusland en China werken samen".
	ColonQuote QuoteKind = quote.Colon
	// IndirectQuote is reported speech with a clear source: "..., zegt de
	// minister", "Volgens Stoltenberg is ...".
	IndirectQuote QuoteKind = quote.Indirect
)

// WithoutQuotes turns off quote extraction: stories get no Quotes.
func WithoutQuotes() Option { return func(o *options) { o.noQuotes = true } }

// findQuotes returns the quotes of st, with its entities as the candidate
// speakers.
func findQuotes(text string, st *Story, ents []entity.Entity) []Quote {
	qs := quote.Story{
		Paragraphs: make([]quote.Span, len(st.Body.Paragraphs)),
		Mentions:   quote.Mentions(ents),
	}
	if h := st.Headline; h.End > h.Start {
		qs.Headline = quote.Span(h)
	}
	for i, p := range st.Body.Paragraphs {
		qs.Paragraphs[i] = quote.Span(p)
	}
	return quote.Find(text, qs)
}
