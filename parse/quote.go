package parse

import (
	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/quote"
	"github.com/draadnlp/draad/token"
)

// A Quote is a quotation in a story and who said it: a direct quote in
// quote marks, a colon quote ("Stoltenberg: Rusland en China ..."), or an
// indirect report ("..., zegt de secretaris-generaal"). It is
// [quote.Quote]; package quote documents the rules that find and
// attribute it.
type Quote = quote.Quote

// A Speaker is who a [Quote] is attributed to: the mention as written (a
// name, a role or a pronoun) with its span, and the resolved person or
// organisation in Canonical, which is empty when the text does not say
// who it is. It is [quote.Speaker].
type Speaker = quote.Speaker

// QuoteKind is the kind of a [Quote]. It is [quote.Kind].
type QuoteKind = quote.Kind

// The kinds of quotes.
const (
	// DirectQuote is a quotation in quote marks.
	DirectQuote = quote.Direct
	// ColonQuote is a statement after a speaker and a colon, as in the
	// headline "Stoltenberg: Rusland en China werken samen".
	ColonQuote = quote.Colon
	// IndirectQuote is reported speech with a clear source: "..., zegt de
	// minister", "Volgens Stoltenberg is ...".
	IndirectQuote = quote.Indirect
)

// WithoutQuotes turns off quote extraction: stories get no Quotes.
func WithoutQuotes() Option { return func(o *options) { o.noQuotes = true } }

// findQuotes returns the quotes of st, with its entities as the candidate
// speakers. toks are the tokens of text[at:], made once for the story's
// stages (see [quote.Story]).
func findQuotes(text string, st *Story, ents []entity.Entity, toks []token.Token, at int) []Quote {
	qs := quote.Story{Paragraphs: st.Body.Paragraphs, Entities: ents, Tokens: toks, TokenOffset: at}
	if h := st.Headline; h.End > h.Start {
		qs.Headline = h
	}
	if found := quote.FindStory(text, qs); len(found) > 0 {
		return found
	}
	return nil
}
