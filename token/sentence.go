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
// and brackets that follow them directly ("... betekenen." Daarna). After
// such a mark a new sentence starts only after white space and then a
// capital, a digit or a quote mark, or at the end of the text or line;
// so '"Dat is fout." - woordvoerder Jansen' is one sentence, and so is
// text that goes on after "(", "[…]", "•" or a lower-case word; an
// elision ('s, 't) starts a sentence as a capital does. Written without
// space, only a period ends a sentence, before a capitalised word
// ("einde.Volgende", but not "JOHO!Land").
//
// Periods of abbreviations and initials belong to their word and do not
// end a sentence, with three exceptions, each only before a capital, an
// elision or a quote mark: abbreviations that often close one (enz.,
// etc., mln., vol.), a period after a word with an inner period
// ("nu.nl.", but not "tel.nr." before a number), and a capitalised word
// that is also an abbreviation when a capitalised word follows ("Zijn
// hond heet Max. De Wit"); titles such as "Prof." and "Dr." never end
// one. A letter written directly after
// a number ("5G.") is no initial: its period ends a sentence. Decimal
// numbers (2.5, 15.30) are single tokens and never end a sentence.
//
// Sentences also ends a sentence between two words that the tokenizer
// split without white space between them when the first is in lower
// case and the second in capitals of three letters or more, the scraped
// glue of "28 minuten geledenTEHERAN (ANP) - ...", so that the age and
// the dateline fall in different sentences; glued names such as "macOS"
// and "PostNL" stay in one.
//
// Sentences trusts toks to tile s; a sentence's Start and End come from
// its first and last token. Pass the tokens that [Tokenize] or [Append]
// already made, so that one token pass serves every stage.
func Sentences(s string, toks []Token) []Sentence {
	return AppendSentences(nil, s, toks)
}

// AppendSentences appends the sentences of s, tokenized as toks, to dst
// and returns the extended slice; they are those of [Sentences].
func AppendSentences(dst []Sentence, s string, toks []Token) []Sentence {
	out := dst
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
		t := &toks[i]
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
		if t.Kind == Word && i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Start == t.End && glued(t.Text, toks[i+1].Text) {
			// A lower-case word glued to a word in capitals: the
			// tokenizer split a scraped glue such as "geledenTEHERAN".
			flush()
			continue
		}
		abbr := false
		switch {
		case t.Kind == Punct && isTerminal(t.Text):
			// A period after a word with an inner period ("tel.nr.",
			// "nu.nl.") ends a sentence only before a capital, like an
			// abbreviation.
			abbr = t.Text == "." && i > 0 && toks[i-1].End == t.Start && toks[i-1].Kind == Word && strings.Contains(toks[i-1].Text, ".")
		case t.Kind == Word && strings.HasSuffix(t.Text, ".") && gluedInitial(toks, i):
			// "5G." is a unit glued to a number, not an initial: its
			// period ends a sentence as a mark of its own does.
		case t.Kind == Word && strings.HasSuffix(t.Text, ".") && endsSentence(t.Text[:len(t.Text)-1], toks, i+1):
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

// gluedInitial reports whether toks[i] is a letter and a period
// written directly after a number, as in "5G.".
func gluedInitial(toks []Token, i int) bool {
	t := toks[i]
	if i == 0 || toks[i-1].Kind != Number || toks[i-1].End != t.Start {
		return false
	}
	r, w := utf8.DecodeRuneInString(t.Text)
	return isLetter(r) && t.Text[w:] == "."
}

// glued reports whether the words a and b, written without space
// between them, are scraped glue: a in lower case, b in capitals of at
// least three letters ("geleden", "TEHERAN"), unlike names such as
// "macOS" or "PostNL".
func glued(a, b string) bool {
	n := 0
	for _, r := range b {
		if !isUpper(r) {
			return false
		}
		n++
	}
	if n < 3 {
		return false
	}
	for _, r := range a {
		if !isLower(r) {
			return false
		}
	}
	return true
}

// lineBreaks are the characters hasLineBreak looks for.
const lineBreaks = "\n\r\v\f\u0085\u2028\u2029"

// hasLineBreak reports whether white space s holds a line break: one of
// lineBreaks. Most white space between words is a single space, so the
// bytes are looked at one by one until the first that is not a space or a
// tab; strings.ContainsAny, which walks its set for every rune of s, takes
// the rest.
func hasLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '\t' {
			return strings.ContainsAny(s[i:], lineBreaks)
		}
	}
	return false
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
// period) may end a sentence; toks[next:] follows it.
func endsSentence(word string, toks []Token, next int) bool {
	switch lookupAbbrev(word) {
	case abbrFinal:
		return true
	case abbrMid:
		// "Zijn hond heet Max. De Wit": a capitalised word that is also
		// an abbreviation (max., vol.) ends a sentence when a
		// capitalised word follows; a title (Prof., Dr.) never does.
		return nameThenCapital(word, toks, next)
	case abbrTitle:
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

// nameThenCapital reports whether word, of three letters or more, is
// capitalised (an upper-case letter, then lower case) and the next
// token on its line, toks[next:], is a capitalised word.
func nameThenCapital(word string, toks []Token, next int) bool {
	if len(word) < 3 {
		return false
	}
	for k, r := range word {
		if k == 0 && !isUpper(r) || k > 0 && !isLower(r) {
			return false
		}
	}
	k := nextToken(toks, next)
	if k < 0 || toks[k].Kind != Word {
		return false
	}
	t := toks[k].Text
	r, w := utf8.DecodeRuneInString(t)
	if !isUpper(r) || len(t) == w {
		return false
	}
	r, _ = utf8.DecodeRuneInString(t[w:])
	return isLower(r)
}

// boundary reports whether a sentence ends before toks[i]. It does at a
// line break and at the end of the text; else only after white space
// and then a capital, a digit or a quote mark, or directly before a
// capitalised word after a period ("einde.Volgende"). abbr tells that
// the candidate end is an abbreviation, which does not end a sentence
// before a digit.
func boundary(toks []Token, i int, abbr bool) bool {
	space := false
	for ; i < len(toks); i++ {
		if toks[i].Kind != Space {
			break
		}
		if hasLineBreak(toks[i].Text) {
			return true
		}
		space = true
	}
	if i >= len(toks) {
		return true
	}
	t := toks[i]
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !space {
		return !abbr && t.Kind == Word && isUpper(r) && toks[i-1].Text == "."
	}
	switch t.Kind {
	case Word, URL, Email, Number:
		// An elision ('s, 't) starts a sentence as a capital does.
		return isUpper(r) || !abbr && '0' <= r && r <= '9' || r == '\'' || r == '’'
	case Punct:
		return isQuote(t.Text)
	}
	return false
}

// isQuote reports whether punctuation p is a quote mark.
func isQuote(p string) bool {
	switch p {
	case `"`, "'", "''", ",,", "„", "“", "”", "‘", "’", "‚", "«", "»", "‹", "›":
		return true
	}
	return false
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
