package token

// A Span is a piece of an input string.
//
// Every type in draad that stands for a piece of the input (a [Span], a
// [Token], a [Sentence], an entity, a time expression, a quote, its
// content and its speaker, a dateline, a headline, a paragraph) carries the
// same three fields with the same meaning:
//
//   - Start and End are half-open byte offsets into the input that was
//     passed in, 0 <= Start <= End <= len(input), counted in bytes of UTF-8
//     and never in runes;
//   - Text is input[Start:End], exactly as written: never trimmed,
//     normalised or re-cased (normalised forms have fields of their own,
//     such as Canonical);
//   - in JSON they are "text", "start" and "end".
//
// The input is always the whole string given to the top-level call
// ([Tokenize], parse.Parse, entity.Model.Analyze, quote.Find,
// timeexpr.Find), also for spans found inside a part of it. Packages
// parse and quote use this Span type itself; types that carry more than
// a span keep the three fields and add their own.
type Span struct {
	// Text is input[Start:End].
	Text string `json:"text"`
	// Start is the byte offset of the span in the input.
	Start int `json:"start"`
	// End is the byte offset just past the span.
	End int `json:"end"`
}

// MakeSpan returns the span of s[start:end]. It panics, like a slice
// expression, when the offsets are out of range.
func MakeSpan(s string, start, end int) Span {
	return Span{Text: s[start:end], Start: start, End: end}
}
