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
	"github.com/draadnlp/draad/token"
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
// beforehand, so that the figure is quote finding alone: with tokens=own
// quote finding tokenizes each text itself, with tokens=shared it reads
// the tokens made beforehand (Story.Tokens), as in package parse, where
// entity and quote finding share one token pass.
func BenchmarkFindRealCopy(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "nieuws-dev", "wire", "*.txt"))
	if len(files) == 0 {
		b.Skip("../shared/data/nieuws-dev is absent")
	}
	var docs []quote.Story
	var texts []string
	size := 0
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		texts = append(texts, text)
		docs = append(docs, quote.Story{Paragraphs: quote.Paragraphs(text), Entities: entity.Extract(text), Tokens: token.Tokenize(text)})
		size += len(data)
	}
	for _, shared := range []bool{false, true} {
		name := "tokens=own"
		if shared {
			name = "tokens=shared"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			n := 0
			for b.Loop() {
				n = 0
				for i, d := range docs {
					if shared {
						n += len(quote.FindStory(texts[i], d))
					} else {
						n += len(quote.Find(texts[i], d.Entities))
					}
				}
			}
			b.ReportMetric(float64(n), "quotes/op")
		})
	}
}
