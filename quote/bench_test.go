package quote_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/draadnlp/draad/quote"
	"github.com/draadnlp/draad/quote/quoteeval"
)

func BenchmarkFind(b *testing.B) {
	cases, err := quoteeval.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	var c quoteeval.Case
	for _, x := range cases {
		if x.Name == "seed.txt" {
			c = x
		}
	}
	b.Run("size=seed", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(c.Doc)))
		n := 0
		for b.Loop() {
			n = len(quote.FindStory(c.Doc, c.Story))
		}
		b.ReportMetric(float64(n), "quotes/op")
	})
	doc := strings.Repeat("Het regent al dagen in het hele land en niemand weet wanneer het stopt. ", 1<<14)
	b.Run("size=1M/noquotes", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(doc)))
		s := quote.Story{Paragraphs: quote.Paragraphs(doc)}
		for b.Loop() {
			quote.FindStory(doc, s)
		}
	})
}

// BenchmarkFindAdversarial measures shapes that once made quote.Find quadratic,
// each at two sizes: the MB/s of the two must stay about the same.
func BenchmarkFindAdversarial(b *testing.B) {
	for _, tc := range []struct {
		name string
		unit string
	}{
		// every paragraph reopens a quote that never closes
		{"continued", "\"Dat\n"},
		// dense scare quotes: a quote every few bytes in one paragraph
		{"dense", "'a' "},
	} {
		for _, size := range []int{100 << 10, 1 << 20} {
			doc := strings.Repeat(tc.unit, size/len(tc.unit))
			s := quote.Story{Paragraphs: quote.Paragraphs(doc)}
			b.Run(tc.name+"/size="+strconv.Itoa(size>>10)+"K", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(doc)))
				for b.Loop() {
					quote.FindStory(doc, s)
				}
			})
		}
	}
}
