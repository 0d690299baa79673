package token

import (
	"strings"
	"testing"
)

func FuzzTokenize(f *testing.F) {
	for _, tc := range tokenizeTests {
		f.Add(tc.in)
	}
	for _, a := range abbreviations {
		f.Add(a)
	}
	f.Add("\xff\xfe\x00 'x'' ,,\u00a0\u200b\u200d")
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		checkTiling(t, s, toks)
		var b strings.Builder
		for _, tk := range toks {
			b.WriteString(tk.Text)
			if tk.Kind > Email {
				t.Fatalf("token %+v has unknown kind", tk)
			}
		}
		if b.String() != s {
			t.Fatalf("concatenated tokens %q differ from input %q", b.String(), s)
		}
		// Append to a non-empty slice gives the same tokens.
		got := Append([]Token{{Text: "x"}}, s)[1:]
		if len(got) != len(toks) {
			t.Fatalf("Append gave %d tokens, Tokenize %d", len(got), len(toks))
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, tc := range sentenceTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		checkSentences(t, s, toks, Sentences(s, toks))
	})
}
