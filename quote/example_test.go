package quote_test

import (
	"fmt"
	"strings"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/quote"
)

func ExampleFindStory() {
	doc := "Stoltenberg waarschuwt China. \"Dat zou steun aan een illegale oorlog betekenen\", zei hij."
	s := quote.Story{Paragraphs: quote.Paragraphs(doc)}
	k := strings.Index(doc, "Stoltenberg")
	s.Entities = []entity.Entity{{Text: "Stoltenberg", Start: k, End: k + len("Stoltenberg"), Canonical: "Jens Stoltenberg", Type: entity.Person}}
	for _, q := range quote.FindStory(doc, s) {
		fmt.Printf("%s %q\n", q.Kind, q.Content.Text)
		fmt.Printf("speaker %q = %s (rule %s, verb %q)\n", q.Speaker.Text, q.Speaker.Canonical, q.Rule, q.Verb)
	}
	// Output:
	// direct "Dat zou steun aan een illegale oorlog betekenen"
	// speaker "hij" = Jens Stoltenberg (rule verb-after-quote, verb "zei")
}

func ExampleFindStory_indirect() {
	doc := "Maar vooralsnog is er geen bewijs, zegt de secretaris-generaal."
	for _, q := range quote.FindStory(doc, quote.Story{Paragraphs: quote.Paragraphs(doc)}) {
		fmt.Printf("%s %q by %q (%s)\n", q.Kind, q.Content.Text, q.Speaker.Text, q.Rule)
	}
	// Output:
	// indirect "Maar vooralsnog is er geen bewijs" by "de secretaris-generaal" (inverted-verb)
}

// Find works on text split by other means than package parse, such as an
// article body from a CMS, with the entities package entity finds in it.
func ExampleFind() {
	body := "NAVO-chef Jens Stoltenberg sprak dinsdag in Brussel.\n" +
		"\"Rusland en China werken steeds inniger samen\", zei hij. \"Dat baart ons zorgen.\""
	for _, q := range quote.Find(body, entity.Extract(body)) {
		fmt.Printf("%d-%d %q: %s (%s)\n", q.Start, q.End, q.Content.Text, q.Speaker.Canonical, q.Rule)
	}
	// Output:
	// 53-99 "Rusland en China werken steeds inniger samen": Jens Stoltenberg (verb-after-quote)
	// 110-133 "Dat baart ons zorgen.": Jens Stoltenberg (continuation)
}
