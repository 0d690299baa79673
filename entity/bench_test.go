package entity_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/internal/golden"
	"github.com/draadnlp/draad/token"
)

func countWords(s string) int {
	n := 0
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Space {
			n++
		}
	}
	return n
}

func benchmarkAnalyze(b *testing.B, m *entity.Model, in string) {
	words := countWords(in)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	ents := 0
	for b.Loop() {
		ents = len(m.Analyze(in).Entities)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(ents), "entities/op")
}

func BenchmarkExtract(b *testing.B) {
	ar := seedPageB(b)
	m, err := entity.Default()
	if err != nil {
		b.Fatal(err)
	}
	lx, err := entity.Lexicon()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("model/seed", func(b *testing.B) { benchmarkAnalyze(b, m, ar) })
	b.Run("lexicon/seed", func(b *testing.B) { benchmarkAnalyze(b, lx, ar) })
	none := strings.Repeat("dit is een zin zonder namen erin, helemaal niets. ", 60)
	b.Run("model/nonames", func(b *testing.B) { benchmarkAnalyze(b, m, none) })
}

// BenchmarkLoad measures decoding a sequence model with [entity.Load].
func BenchmarkLoad(b *testing.B) {
	m, err := entity.Default()
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := entity.Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// newsTexts reads n articles of nieuws-2019 with at least three
// paragraphs, after the first skip such ones, as texts.
func newsTexts(b *testing.B, skip, n int) []string {
	return golden.NewsTexts(b, skip, n, 3)
}

// BenchmarkExtractNews analyses 300 real articles one after another:
// the word forms vary as in a stream of news.
func BenchmarkExtractNews(b *testing.B) {
	m, err := entity.Default()
	if err != nil {
		b.Fatal(err)
	}
	texts := newsTexts(b, 2000, 300)
	words, size := 0, 0
	for _, t := range texts {
		words += countWords(t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := cpuSeconds()
	for b.Loop() {
		for _, t := range texts {
			m.Analyze(t)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if d := cpuSeconds() - cpu; cpu > 0 && d > 0 {
		// CPU time is the steadier figure on a busy machine.
		b.ReportMetric(float64(words)*float64(b.N)/d, "tokens/cpu-s")
	}
}
