package quote

import (
	"fmt"
	"strings"
)

// Mention is an entity mention found by the caller (persons and
// organisations), with byte offsets into the document.
type Mention struct {
	// Text is the mention as written.
	Text string
	// Start and End are byte offsets into the document.
	Start, End int
	// Canonical is the resolved name ("Jens Stoltenberg" for "Stoltenberg").
	Canonical string
	// Role is the role the text gives the entity ("NAVO-chef", "minister").
	Role string
	// Org is the organisation the role belongs to ("NAVO").
	Org string
	// Country is the country the entity belongs to, if known.
	Country string
	// Person is true for persons and false for organisations and places.
	Person bool
	// Organisation is true for organisations (parties, ministries, media,
	// companies), which may speak as a body ("NAVO: …").
	Organisation bool
	// Place is true for countries and other places (cities, regions). A
	// place before a headline colon ("Gaza: tientallen doden …") is a
	// dateline, not a speaker. A mention that is neither a person, an
	// organisation nor a place (an event, a title, a sport) never speaks
	// in a headline either.
	Place bool
}

// Span is a piece of the document with its byte offsets.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Story is one news story: its headline, paragraphs and entity mentions.
// All offsets are into the document passed to [Find].
type Story struct {
	// Headline is the headline, zero if there is none.
	Headline Span
	// Paragraphs are the body paragraphs in document order.
	Paragraphs []Span
	// Mentions are the entity mentions of the story.
	Mentions []Mention
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

// Plain returns a Story for a plain text: every non-empty line is a
// paragraph, there is no headline and there are no mentions.
func Plain(doc string) Story {
	var s Story
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
			s.Paragraphs = append(s.Paragraphs, Span{Text: doc[a:b], Start: a, End: b})
		}
		start = end + 1
	}
	return s
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'
}
