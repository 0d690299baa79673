package ner

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/golden"
)

// benchText is a short Dutch news article, already tokenized.
const benchText = `Premier Guy Verhofstadt ( VLD ) heeft dinsdag in Brussel de Franse president Jacques Chirac ontvangen .
De twee spraken over de Europese top in Nice en de hervorming van de Europese Commissie .
Volgens minister van Buitenlandse Zaken Louis Michel is er nog geen akkoord over de stemverdeling .
Intussen kondigde het Antwerpse bedrijf Lernout & Hauspie aan dat het 300 banen schrapt in Ieper en Gent .
De vakbonden ACV en ABVV reageren geschokt en plannen acties bij de vestiging in Wemmel .
Volgens De Morgen heeft de Amerikaanse beurswaakhond SEC een onderzoek geopend naar de boekhouding van het bedrijf .
Marc Van Peel van de CVP vraagt opheldering in de Kamer .
In Nederland reageerde premier Wim Kok verbaasd op het nieuws uit Vlaanderen .`

func benchDoc() ([][]string, int) {
	var doc [][]string
	n := 0
	for _, line := range strings.Split(benchText, "\n") {
		w := strings.Fields(line)
		doc = append(doc, w)
		n += len(w)
	}
	return doc, n
}

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc, n := benchDoc()
	b.Run("doc", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(benchText)))
		cpu := cpuSeconds()
		for b.Loop() {
			m.TagDocument(doc)
		}
		reportTokens(b, n, cpu)
	})
	b.Run("sentence", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(benchText)))
		cpu := cpuSeconds()
		for b.Loop() {
			for _, s := range doc {
				m.Tag(s)
			}
		}
		reportTokens(b, n, cpu)
	})
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(modelFile)))
	for b.Loop() {
		if _, err := Load(bytes.NewReader(modelFile)); err != nil {
			b.Fatal(err)
		}
	}
}

// newsDocs reads n articles of nieuws-2019 after the first skip ones
// that have at least three paragraphs, and splits each into sentences of
// words: white space separates words, opening and closing punctuation
// comes off them, and ".", "!" and "?" end a sentence. It is the shape of
// the text that entity hands the tagger, close enough for timing.
func newsDocs(b *testing.B, skip, n int) ([][][]string, int) {
	b.Helper()
	var docs [][][]string
	words := 0
	for _, a := range golden.News(b, skip, n, 3) {
		doc := [][]string{splitWords(a.Title)}
		for _, p := range a.Paragraphs {
			var sent []string
			for _, w := range splitWords(p) {
				sent = append(sent, w)
				if w == "." || w == "!" || w == "?" {
					doc = append(doc, sent)
					sent = nil
				}
			}
			if len(sent) > 0 {
				doc = append(doc, sent)
			}
		}
		for _, s := range doc {
			words += len(s)
		}
		docs = append(docs, doc)
	}
	return docs, words
}

func splitWords(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		for f != "" && strings.ContainsRune(`("'‘“„[`, []rune(f)[0]) {
			r := []rune(f)[0]
			out = append(out, string(r))
			f = f[len(string(r)):]
		}
		var tail []string
		for f != "" {
			r, size := utf8.DecodeLastRuneInString(f)
			if !strings.ContainsRune(`.,;:!?)"'’”]`, r) {
				break
			}
			tail = append(tail, f[len(f)-size:])
			f = f[:len(f)-size]
		}
		if f != "" {
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

// BenchmarkTagNews tags 300 real articles one after another, each as a
// document, as entity does: many forms the word cache has not seen.
func BenchmarkTagNews(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, n := newsDocs(b, 2000, 300)
	b.ReportAllocs()
	cpu := cpuSeconds()
	for b.Loop() {
		for _, d := range docs {
			m.TagDocument(d)
		}
	}
	reportTokens(b, n, cpu)
}

// reportTokens reports tokens per second of wall time and, where the
// CPU time is known, per second of CPU time, the steadier figure on a
// busy machine (with -cpu 1 the two agree on an idle one).
func reportTokens(b *testing.B, n int, cpu0 float64) {
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuSeconds() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(float64(n*b.N)/cpu, "tokens/cpu-s")
	}
}
