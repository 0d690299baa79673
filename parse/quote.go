package parse

import (
	"fmt"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/internal/quote"
)

// A Quote is a quotation in a story and who said it: a direct quote in
// quote marks, a colon quote ("Stoltenberg: Rusland en China ..."), or an
// indirect report ("..., zegt de secretaris-generaal").
type Quote struct {
	// Text is the quote span: for a direct quote with its marks, for
	// colon and indirect quotes the whole sentence.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Content is the quoted text inside the marks, or the reported
	// clause. For a quote that runs on into following paragraphs it spans
	// them all, and Parts lists the pieces without the paragraph breaks
	// and the marks that reopen the quote.
	Content Span      `json:"content"`
	Parts   []Span    `json:"parts,omitzero"`
	Kind    QuoteKind `json:"kind"`
	// Verb is the speech verb or marker as written ("zei", "laat weten",
	// "aldus", "volgens"), empty for colon quotes and continuations.
	Verb string `json:"verb,omitzero"`
	// Speaker is nil when the quote is not attributed.
	Speaker *Speaker `json:"speaker,omitzero"`
	// Rule names how the attribution was made, such as
	// "verb-after-quote", "pronoun" or "continuation", and Confidence
	// says how sure it is, in [0, 1]. Both are zero when the quote is not
	// attributed.
	Rule       string  `json:"rule,omitzero"`
	Confidence float64 `json:"confidence,omitzero"`
}

// A Speaker is who a [Quote] is attributed to: the mention as written (a
// name, a role or a pronoun) with its span, and the resolved person in
// Canonical, which is empty when the text does not say who it is.
type Speaker struct {
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Canonical string `json:"canonical,omitzero"`
	// Pronoun reports a pronoun ("hij", "ze") resolved to the most recent
	// fitting person.
	Pronoun bool `json:"pronoun,omitzero"`
	// Role is the role noun when the speaker is named by role
	// ("secretaris-generaal").
	Role string `json:"role,omitzero"`
}

// QuoteKind is the kind of a [Quote].
type QuoteKind uint8

// The kinds of quotes.
const (
	// DirectQuote is a quotation in quote marks.
	DirectQuote QuoteKind = iota + 1
	// ColonQuote is a statement after a speaker and a colon, as in the
	// headline "Stoltenberg: Rusland en China werken samen".
	ColonQuote
	// IndirectQuote is reported speech with a clear source: "..., zegt de
	// minister", "Volgens Stoltenberg is ...".
	IndirectQuote
)

var quoteKindNames = [...]string{"", "direct", "colon", "indirect"}

// String returns "direct", "colon" or "indirect".
func (k QuoteKind) String() string {
	if int(k) < len(quoteKindNames) && k > 0 {
		return quoteKindNames[k]
	}
	return fmt.Sprintf("QuoteKind(%d)", k)
}

// MarshalText implements [encoding.TextMarshaler].
func (k QuoteKind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(quoteKindNames) {
		return nil, fmt.Errorf("parse: invalid quote kind %d", k)
	}
	return []byte(quoteKindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *QuoteKind) UnmarshalText(b []byte) error {
	for i, n := range quoteKindNames {
		if i > 0 && n == string(b) {
			*k = QuoteKind(i)
			return nil
		}
	}
	return fmt.Errorf("parse: unknown quote kind %q", b)
}

// WithoutQuotes turns off quote extraction: stories get no Quotes.
func WithoutQuotes() Option { return func(o *options) { o.noQuotes = true } }

// quoteKinds maps the kinds of package quote to ours.
var quoteKinds = map[quote.Kind]QuoteKind{quote.Direct: DirectQuote, quote.Colon: ColonQuote, quote.Indirect: IndirectQuote}

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
	found := quote.Find(text, qs)
	if len(found) == 0 {
		return nil
	}
	out := make([]Quote, len(found))
	for i, q := range found {
		out[i] = Quote{
			Text: q.Text, Start: q.Start, End: q.End,
			Content:    Span(q.Content),
			Kind:       quoteKinds[q.Kind],
			Verb:       q.Verb,
			Rule:       q.Rule,
			Confidence: q.Confidence,
		}
		for _, p := range q.Parts {
			out[i].Parts = append(out[i].Parts, Span(p))
		}
		if sp := q.Speaker; sp != nil {
			out[i].Speaker = &Speaker{
				Text: sp.Text, Start: sp.Start, End: sp.End,
				Canonical: sp.Canonical, Pronoun: sp.Pronoun, Role: sp.Role,
			}
		}
	}
	return out
}
