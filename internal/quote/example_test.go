package quote_test

import (
	"fmt"
	"strings"

	"github.com/draadnlp/draad/internal/quote"
)

func ExampleFind() {
	doc := "Stoltenberg waarschuwt China. \"Dat zou steun aan een illegale oorlog betekenen\", zei hij."
	s := quote.Plain(doc)
	k := strings.Index(doc, "Stoltenberg")
	s.Mentions = []quote.Mention{{Text: "Stoltenberg", Start: k, End: k + len("Stoltenberg"), Canonical: "Jens Stoltenberg", Person: true}}
	for _, q := range quote.Find(doc, s) {
		fmt.Printf("%s %q\n", q.Kind, q.Content.Text)
		fmt.Printf("speaker %q = %s (rule %s, verb %q)\n", q.Speaker.Text, q.Speaker.Canonical, q.Rule, q.Verb)
	}
	// Output:
	// direct "Dat zou steun aan een illegale oorlog betekenen"
	// speaker "hij" = Jens Stoltenberg (rule verb-after-quote, verb "zei")
}

func ExampleFind_indirect() {
	doc := "Maar vooralsnog is er geen bewijs, zegt de secretaris-generaal."
	for _, q := range quote.Find(doc, quote.Plain(doc)) {
		fmt.Printf("%s %q by %q (%s)\n", q.Kind, q.Content.Text, q.Speaker.Text, q.Rule)
	}
	// Output:
	// indirect "Maar vooralsnog is er geen bewijs" by "de secretaris-generaal" (inverted-verb)
}
