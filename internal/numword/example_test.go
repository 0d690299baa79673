package numword_test

import (
	"fmt"

	"github.com/draadnlp/draad/internal/numword"
)

func ExampleLookup() {
	for _, w := range []string{"tweeëntwintig", "honderdvijftig", "eenentwintigste", "maart"} {
		n, ordinal, ok := numword.Lookup(w)
		fmt.Println(w, n, ordinal, ok)
	}
	// Output:
	// tweeëntwintig 22 false true
	// honderdvijftig 150 false true
	// eenentwintigste 21 true true
	// maart 0 false false
}
