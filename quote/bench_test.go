package quote_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/draadnlp/draad/entity"
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
		// every paragraph a quote subheading, every other one a description
		{"subheadings", "'Ik ben er klaar mee'\nDe 24-jarige doelman zei het. \"Nee.\"\n"},
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

// BenchmarkFindRealCopy runs Find over the 94 real articles of nieuws-dev
// (../shared/data, skipped when absent), with their entities found once
// beforehand, so that the figure is quote finding alone.
func BenchmarkFindRealCopy(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "nieuws-dev", "wire", "*.txt"))
	if len(files) == 0 {
		b.Skip("../shared/data/nieuws-dev is absent")
	}
	type doc struct {
		text string
		ents []entity.Entity
	}
	var docs []doc
	size := 0
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc{string(data), entity.Extract(string(data))})
		size += len(data)
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	n := 0
	for b.Loop() {
		n = 0
		for _, d := range docs {
			n += len(quote.Find(d.text, d.ents))
		}
	}
	b.ReportMetric(float64(n), "quotes/op")
}
