package token

import (
	"strings"
	"testing"
	"unicode/utf8"
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
		// Reference check of white space: Space tokens hold only white
		// space, are maximal, and no other token holds ASCII white space.
		for i, tk := range toks {
			if tk.Kind == Space {
				if i > 0 && toks[i-1].Kind == Space {
					t.Fatalf("tokens %d and %d are both space", i-1, i)
				}
				for _, r := range tk.Text {
					if !isSpaceRune(r) {
						t.Fatalf("space token %+v holds %U", tk, r)
					}
				}
			} else if strings.ContainsAny(tk.Text, " \t\n\r\v\f") {
				t.Fatalf("%s token %+v holds white space", tk.Kind, tk)
			}
			if tk.Kind == Invalid && (len(tk.Text) != 1 || utf8.ValidString(tk.Text)) {
				t.Fatalf("invalid token %+v is not one invalid byte", tk)
			}
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
		sents := Sentences(s, toks)
		checkSentences(t, s, toks, sents)
		// Every non-space token is in a sentence, and no sentence
		// spans a line break.
		in := make([]bool, len(toks))
		for _, st := range sents {
			for i := st.First; i < st.Last; i++ {
				in[i] = true
				if toks[i].Kind == Space && hasLineBreak(toks[i].Text) {
					t.Fatalf("sentence %+v spans a line break", st)
				}
			}
		}
		for i, tk := range toks {
			if tk.Kind != Space && !in[i] {
				t.Fatalf("token %d %+v is in no sentence", i, tk)
			}
		}
	})
}
