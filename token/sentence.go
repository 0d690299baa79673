package token

import (
	"strings"
	"unicode/utf8"
)

// Sentence is a sentence of an input string: a span of bytes and the
// tokens in it.
type Sentence struct {
	// Text is the sentence as written, input[Start:End], without
	// surrounding white space.
	Text string `json:"text"`
	// Start and End are the half-open byte offsets of the sentence in the
	// input.
	Start int `json:"start"`
	End   int `json:"end"`
	// First and Last are the half-open indexes of the sentence's tokens;
	// leading and trailing [Space] tokens are left out.
	First int `json:"first"`
	Last  int `json:"last"`
}

// Sentences splits s, tokenized as toks by [Tokenize], into sentences.
//
// A sentence ends at a line break (wire text has one paragraph per line)
// and at . ! ? … and their runs, together with any closing quote marks
// and brackets that follow them directly ("... betekenen." Daarna). It
// does not end at such a mark when the next token is a lower-case word
// or a comma, semicolon, colon or closing bracket. Periods of
// abbreviations and initials belong to their word and do not end a
// sentence, except those that often close one (enz., etc., mln.) when a
// capitalized word follows. Decimal numbers (2.5, 15.30) are single
// tokens and never end a sentence.
//
// Sentences also ends a sentence between two words that the tokenizer
// split without white space between them, which happens only for
// scraped glue such as "28 minuten geledenTEHERAN (ANP) - ...", so that
// the age and the dateline fall in different sentences.
//
// Sentences trusts toks to tile s; a sentence's Start and End come from
// its first and last token. Pass the tokens that [Tokenize] or [Append]
// already made, so that one token pass serves every stage.
func Sentences(s string, toks []Token) []Sentence {
	var out []Sentence
	first, last := -1, -1
	flush := func() {
		if first >= 0 {
			a, b := toks[first].Start, toks[last].End
			text := ""
			if 0 <= a && a <= b && b <= len(s) {
				text = s[a:b]
			}
			out = append(out, Sentence{Text: text, Start: a, End: b, First: first, Last: last + 1})
			first = -1
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == Space {
			if hasLineBreak(t.Text) {
				flush()
			}
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
		if t.Kind == Word && i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Start == t.End {
			// Two words without space between them: the tokenizer split a
			// scraped glue such as "geledenTEHERAN".
			flush()
			continue
		}
		abbr := false
		switch {
		case t.Kind == Punct && isTerminal(t.Text):
		case t.Kind == Word && strings.HasSuffix(t.Text, ".") && endsSentence(t.Text[:len(t.Text)-1]):
			abbr = true
		default:
			continue
		}
		for i+1 < len(toks) && toks[i+1].Start == toks[i].End && isCloser(toks[i+1]) {
			i++
		}
		// A quote mark set off by a space ("onbekende ? "") still closes
		// the quotation when a comma, a lower-case word or the end of
		// the line follows it.
		if k := nextToken(toks, i+1); k >= 0 && isCloser(toks[k]) && !isBracket(toks[k].Text) {
			if after := nextToken(toks, k+1); after < 0 || toks[after].Text == "," || startsLower(toks[after]) {
				i = k
			}
		}
		last = i
		if boundary(toks, i+1, abbr) {
			flush()
		}
	}
	flush()
	return out
}

// hasLineBreak reports whether white space s holds a line break.
func hasLineBreak(s string) bool {
	return strings.ContainsAny(s, "\n\r\v\f\u0085\u2028\u2029")
}

// isTerminal reports whether punctuation p can end a sentence.
func isTerminal(p string) bool {
	if p == "" {
		return false
	}
	switch p[0] {
	case '.', '!', '?':
		return true
	}
	return p == "…"
}

// isCloser reports whether t closes a quotation or a bracket.
func isCloser(t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch t.Text {
	case `"`, "'", "''", "”", "’", "“", "»", "›", ")", "]", "}":
		return true
	}
	return false
}

// endsSentence reports whether the abbreviation word (without its final
// period) may end a sentence.
func endsSentence(word string) bool {
	switch lookupAbbrev(word) {
	case abbrFinal:
		return true
	case abbrMid:
		return false
	}
	// Unknown chains: J.P. and A.J. are initials; other chains such as
	// "b.v" may end a sentence. Single initials never do.
	if !strings.Contains(word, ".") {
		return false
	}
	for _, r := range word {
		if r != '.' && !isUpper(r) {
			return true
		}
	}
	return false
}

// boundary reports whether a sentence ends before toks[i], given the
// token that follows; abbr tells that the candidate end is an
// abbreviation, which only ends a sentence before a capital.
func boundary(toks []Token, i int, abbr bool) bool {
	for ; i < len(toks); i++ {
		if toks[i].Kind != Space {
			break
		}
		if hasLineBreak(toks[i].Text) {
			return true
		}
	}
	if i >= len(toks) {
		return true
	}
	t := toks[i]
	r, _ := utf8.DecodeRuneInString(t.Text)
	if abbr {
		return isUpper(r)
	}
	switch t.Kind {
	case Word, URL, Email:
		return !isLower(r)
	case Punct:
		switch t.Text {
		case ",", ";", ":", ")", "]", "}":
			return false
		}
	}
	return true
}

// nextToken returns the index of the first non-space token at or after
// toks[i] on the same line, or -1.
func nextToken(toks []Token, i int) int {
	for ; i < len(toks); i++ {
		if toks[i].Kind != Space {
			return i
		}
		if hasLineBreak(toks[i].Text) {
			return -1
		}
	}
	return -1
}

func isBracket(s string) bool {
	return s == ")" || s == "]" || s == "}"
}

// startsLower reports whether t is a word that starts in lower case.
func startsLower(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return t.Kind.IsWordLike() && isLower(r)
}
