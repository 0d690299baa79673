package quote

import (
	"fmt"
	"strings"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/token"
)

// Span is a piece of the document: Text is doc[Start:End], with byte
// offsets into the document passed to [Find] or [FindStory]. It is
// [token.Span], whose documentation states the contract every span in
// draad keeps.
type Span = token.Span

// Story is one news story laid out by the caller: its headline, its
// paragraphs and its entities, with offsets into the document passed to
// [FindStory], and optionally the tokens already made for it. Parse a page with package parse to get one, or build it
// from text split by other means, such as a CMS's headline and body
// fields joined into one string.
type Story struct {
	// Headline is the headline, zero if there is none. Headlines have
	// rules of their own ("Stoltenberg: Rusland en China ...").
	Headline Span
	// Paragraphs are the body paragraphs in document order.
	Paragraphs []Span
	// Entities are the entities of the story, as [entity.Model.Analyze]
	// or [entity.Extract] returns them for the document: the persons and
	// organisations that may speak, and the places that never do
	// ("Gaza: …" is a dateline). Entities with offsets outside the
	// document are ignored.
	Entities []entity.Entity
	// Tokens, if not nil, are tokens a caller already made for the
	// story, so that one token pass serves every stage: the tokens
	// [token.Append] gives for the text doc[TokenOffset:TokenOffset+n]
	// (n the End of the last token), with offsets into that text, as
	// package parse makes them once per story for entity and quote
	// finding. FindStory gives the same result with or without them.
	// It reads a headline or paragraph from them when the tokens tile
	// that text (each starts where the one before ends and its Text is
	// the text between its offsets), the headline or paragraph lies in
	// it and one of the tokens starts where it starts, and the text ends
	// where doc ends or before a line break, so that they are the tokens
	// of doc itself; otherwise, and for a paragraph over 64 KiB, it
	// tokenizes that piece of doc on its own.
	Tokens []token.Token
	// TokenOffset is the byte offset in doc of the text Tokens were made
	// for: token t covers doc[TokenOffset+t.Start:TokenOffset+t.End].
	TokenOffset int
}

// Speaker is who a quote is attributed to: the mention as written, plus the
// resolved person when the text supports one.
type Speaker struct {
	// Text is the speaker as written: a name, a role or a pronoun.
	Text string `json:"text"`
	// Start and End are byte offsets into the document.
	Start int `json:"start"`
	End   int `json:"end"`
	// Canonical is the resolved person or organisation, empty when the
	// speaker could not be resolved.
	Canonical string `json:"canonical,omitzero"`
	// Pronoun is true when Text is a pronoun ("hij", "ze", "hem").
	Pronoun bool `json:"pronoun,omitzero"`
	// Role is the role noun when the speaker is named by role
	// ("secretaris-generaal").
	Role string `json:"role,omitzero"`
}

// Kind is the kind of quote.
type Kind uint8

// Kinds of quote.
const (
	// Direct is text in quote marks.
	Direct Kind = iota + 1
	// Colon is "Speaker: text", in a headline or lead, with or without marks.
	Colon
	// Indirect is reported speech with a clear source and a bounded clause.
	Indirect
)

var kindNames = [...]string{Direct: "direct", Colon: "colon", Indirect: "indirect"}

// String returns "direct", "colon" or "indirect".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return []byte(kindNames[k]), nil
	}
	return nil, fmt.Errorf("quote: invalid kind %d", uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n != "" && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("quote: unknown kind %q", b)
}

// Quote is a quote with its attribution.
type Quote struct {
	// Text is the quote span: for direct quotes with its marks, for colon
	// and indirect quotes the whole sentence. doc[Start:End] == Text.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Content is the quoted text inside the marks, or the reported clause.
	// For a quote that runs on into following paragraphs, Content spans
	// from after the opening mark to before the closing mark, across the
	// paragraph breaks and the reopening marks; Parts then lists its pieces.
	Content Span `json:"content"`
	// Parts are the pieces of Content of a quote that runs on into
	// following paragraphs, one per paragraph, without the paragraph
	// breaks and the reopening marks: for ",,Het is krap.\n,,Heel krap''"
	// the parts are "Het is krap." and "Heel krap". Nil for a quote within
	// one paragraph, where Content is the one piece.
	Parts []Span `json:"parts,omitzero"`
	// Kind is direct, colon or indirect.
	Kind Kind `json:"kind"`
	// Verb is the speech verb or marker as written ("zei", "laat weten",
	// "aldus", "volgens"); empty for colon quotes and continuations.
	Verb string `json:"verb,omitzero"`
	// Speaker is nil when the quote is unattributed.
	Speaker *Speaker `json:"speaker,omitzero"`
	// Rule names the attribution rule, such as "verb-after-quote",
	// "continuation" or "volgens"; empty when unattributed.
	Rule string `json:"rule,omitzero"`
	// Confidence is the confidence of the attribution in [0, 1]; zero
	// when unattributed.
	Confidence float64 `json:"confidence,omitzero"`
}

// Paragraphs splits a plain text into paragraphs: every line that is
// not blank is one, without its surrounding white space.
func Paragraphs(doc string) []Span {
	var ps []Span
	start := 0
	for start <= len(doc) {
		end := strings.IndexByte(doc[start:], '\n')
		if end < 0 {
			end = len(doc)
		} else {
			end += start
		}
		a, b := start, end
		for a < b && isSpaceByte(doc[a]) {
			a++
		}
		for b > a && isSpaceByte(doc[b-1]) {
			b--
		}
		if a < b {
			ps = append(ps, Span{Text: doc[a:b], Start: a, End: b})
		}
		start = end + 1
	}
	return ps
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'
}
