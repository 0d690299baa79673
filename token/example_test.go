package token_test

import (
	"fmt"

	"github.com/draadnlp/draad/token"
)

func ExampleTokenize() {
	s := "NAVO-chef Stoltenberg zei 's avonds o.a.: „Zo'n 1.000,50 euro”."
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Space {
			fmt.Printf("%d-%d %s %q\n", t.Start, t.End, t.Kind, t.Text)
		}
	}
	// Output:
	// 0-9 word "NAVO-chef"
	// 10-21 word "Stoltenberg"
	// 22-25 word "zei"
	// 26-28 word "'s"
	// 29-35 word "avonds"
	// 36-40 word "o.a."
	// 40-41 punct ":"
	// 42-45 punct "„"
	// 45-49 word "Zo'n"
	// 50-58 number "1.000,50"
	// 59-63 word "euro"
	// 63-66 punct "”"
	// 66-67 punct "."
}

func ExampleSentences() {
	s := `"Dat zou steun aan een illegale oorlog betekenen." Daarna sprak dhr. J.P. Jansen.
Meer uit Buitenland`
	toks := token.Tokenize(s)
	for _, sent := range token.Sentences(s, toks) {
		fmt.Printf("%q (%d tokens)\n", s[sent.Start:sent.End], sent.Last-sent.First)
	}
	// Output:
	// "\"Dat zou steun aan een illegale oorlog betekenen.\"" (18 tokens)
	// "Daarna sprak dhr. J.P. Jansen." (10 tokens)
	// "Meer uit Buitenland" (5 tokens)
}
