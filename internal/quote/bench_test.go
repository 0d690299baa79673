package quote

import (
	"strings"
	"testing"
)

func BenchmarkFind(b *testing.B) {
	cases, err := LoadCases("testdata")
	if err != nil {
		b.Fatal(err)
	}
	var c Case
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
			n = len(Find(c.Doc, c.Story))
		}
		b.ReportMetric(float64(n), "quotes/op")
	})
	doc := strings.Repeat("Het regent al dagen in het hele land en niemand weet wanneer het stopt. ", 1<<14)
	b.Run("size=1M/noquotes", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(doc)))
		s := Plain(doc)
		for b.Loop() {
			Find(doc, s)
		}
	})
}
