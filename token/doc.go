// Package token splits Dutch news text into tokens and sentences, and
// defines the [Span] every piece of the input in draad shares.
//
// [Tokenize] returns tokens that tile the input: every byte, white space
// and invalid UTF-8 included, belongs to exactly one [Token], and each
// token's Text is input[Start:End]. [Append] is the allocation-free form.
// [Sentences] groups the tokens into sentences.
//
// [Sentences] takes tokens already made rather than the text alone, so
// that one token pass can serve several stages.
//
// # Spans
//
// Every piece of the input that draad returns, in this package and in
// parse, entity, timeexpr and quote, has Text, Start and End with one
// meaning, documented once at [Span]: half-open byte offsets into the
// input given to the top-level call, and Text == input[Start:End].
//
// Both run in time linear in the input, never panic, and use no global
// mutable state; they are safe for concurrent use.
//
// # Tokens
//
// The tokenizer knows the Dutch cases that general tokenizers get wrong.
// Each of these is one token:
//
//	oma's auto's Iraki's zo'n m'n d'r       apostrophe inside a word
//	's 't                                    elisions ('s avonds: 's + avonds)
//	's-Hertogenbosch 's-Gravenhage           place names
//	NAVO-chef Noord-Macedonië COVID-19       hyphenated words
//	17-jarige, and 16- in "16- en 17-jarige" compounds and truncations
//	o.a. d.w.z. dhr. prof. mln. enz.         abbreviations keep their period
//	J. J.P. A.J.                             initials
//	SP.A nu.nl                               names with internal periods
//	1.000,50 37.501 15.30 15/06 2024-03-01   numbers, times and dates
//	17u10 1e 2de 21ste 37.501ste '80         times, ordinals and years
//	https://nos.nl/a/1 www.nu.nl jan@anp.nl  URLs and e-mail addresses
//
// A number and a unit or sign are separate tokens: "1,85m" is 1,85 and
// m, "5%" is 5 and %, "€3" is € and 3, "20°C" is 20, ° and C.
//
// Quote marks are punctuation tokens of their own: " „ ” “ ‘ ’ « » and
// the two-character quotes ,, (two commas) and two apostrophes. A single
// ' that opens or closes a quotation is split from its word
// ("'kwaadaardige'" gives ', kwaadaardige and '), while apostrophes
// inside words and elisions stay in the word. A possessive apostrophe at
// the end of a word (Kees') is split off.
//
// A hyphen inside a word belongs to the word; free-standing dashes (-,
// --, – and —) are punctuation. Runs of . ! ? (such as "..." and "?!")
// are one token; a period after a word is its own token unless the word
// is a known abbreviation, an initial or a chain of single letters.
//
// White space runs, including NBSP, line separators and zero-width
// characters (ZWSP, BOM), are [Space] tokens. Soft hyphens, ZWNJ, ZWJ and
// the word joiner stay inside a word when they stand between letters.
// Control characters are one-byte [Symbol] tokens, and each byte of
// invalid UTF-8 is an [Invalid] token.
//
// Scraped wire pages sometimes glue words together, as in "28 minuten
// geledenTEHERAN (ANP)". A word of three or more lower-case letters
// followed by an upper-case run that ends the word is split in two
// ("geleden", "TEHERAN"); camel case such as PvdA, GroenLinks or iPhone
// is kept.
//
// # Sentences
//
// [Sentences] ends a sentence at every line break, since wire text holds
// one paragraph per line, and at . ! ? … when white space and then a
// capital, a digit or a quote mark follow. Closing quote marks directly
// after the mark belong to the sentence they close. Abbreviations,
// initials and decimal numbers do not end a sentence; abbreviations that
// often close one (enz., etc., mln.) do so before a capital.
package token
