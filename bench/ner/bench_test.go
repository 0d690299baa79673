package nerbench

import (
	"testing"

	"github.com/draadnlp/draad/internal/golden"
	"github.com/draadnlp/draad/internal/ner"
	"github.com/draadnlp/draad/token"
	"github.com/jdkato/prose/v2"
)

// benchText is a short Dutch news article.
const benchText = `Premier Guy Verhofstadt (VLD) heeft dinsdag in Brussel de Franse president Jacques Chirac ontvangen. De twee spraken over de Europese top in Nice en de hervorming van de Europese Commissie.
Volgens minister van Buitenlandse Zaken Louis Michel is er nog geen akkoord over de stemverdeling. Intussen kondigde het Ieperse bedrijf Lernout & Hauspie aan dat het 300 banen schrapt in Ieper en Gent.
De vakbonden ACV en ABVV reageren geschokt en plannen acties bij de vestiging in Wemmel. Volgens De Morgen heeft de Amerikaanse beurswaakhond SEC een onderzoek geopend naar de boekhouding van het bedrijf.
Marc Van Peel van de CVP vraagt opheldering in de Kamer. In Nederland reageerde premier Wim Kok verbaasd op het nieuws uit Vlaanderen.`

// draadWords splits text into sentences of words with the draad
// tokenizer, leaving out white space.
func draadWords(text string) [][]string {
	toks := token.Tokenize(text)
	var doc [][]string
	for _, s := range token.Sentences(text, toks) {
		var words []string
		for _, t := range toks[s.First:s.Last] {
			if t.Kind != token.Space {
				words = append(words, t.Text)
			}
		}
		doc = append(doc, words)
	}
	return doc
}

func countTokens(doc [][]string) int {
	n := 0
	for _, s := range doc {
		n += len(s)
	}
	return n
}

// BenchmarkTag tags the same raw text with draad and with prose, from
// text to entity tags: tokenization included. prose.NewDocument without
// a model decodes its default (English) model on every call, which is its
// real cost to a user; prose-trained passes the cached CoNLL model with
// UsingModel, decoded once.
func BenchmarkTag(b *testing.B) {
	n := countTokens(draadWords(benchText))
	report := func(b *testing.B) {
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	}
	b.Run("draad", func(b *testing.B) {
		m, err := ner.Default()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		b.SetBytes(int64(len(benchText)))
		for b.Loop() {
			m.TagDocument(draadWords(benchText))
		}
		report(b)
	})
	b.Run("prose", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(benchText)))
		for b.Loop() {
			doc, err := prose.NewDocument(benchText)
			if err != nil {
				b.Fatal(err)
			}
			_ = doc.Entities()
		}
		report(b)
	})
	b.Run("prose-trained", func(b *testing.B) {
		pm, err := ProseLoad(ProseCacheDir())
		if err != nil {
			b.Skip("no cached prose model; run cmd/nerbench first: ", err)
		}
		b.ReportAllocs()
		b.SetBytes(int64(len(benchText)))
		for b.Loop() {
			doc, err := prose.NewDocument(benchText, prose.UsingModel(pm))
			if err != nil {
				b.Fatal(err)
			}
			_ = doc.Entities()
		}
		report(b)
	})
}

func TestProseTagAligns(t *testing.T) {
	if testing.Short() {
		t.Skip("loads prose models")
	}
	pm, err := ProseLoad(ProseCacheDir())
	if err != nil {
		t.Skip("no cached prose model: ", err)
	}
	words := []string{"(", "Jan", "Peeters", ")", "zei", "\u2018", "ja", "\u2019", "in", "Gent", "."}
	if got := ProseTag(pm, words); len(got) != len(words) {
		t.Errorf("ProseTag(%q) gave %d tags, want %d", words, len(got), len(words))
	}
}

// newsTexts reads n articles of nieuws-2019 with at least three
// paragraphs, after the first skip such ones, as texts. It skips the
// benchmark without ../shared.
func newsTexts(b *testing.B, skip, n int) []string {
	return golden.NewsTexts(b, skip, n, 3)
}

// BenchmarkTagNews tags real articles of nieuws-2019, each as a document,
// from text to entity tags (tokenization included): 300 articles for
// draad, whose word cache meets the forms of a stream of news, and the
// first 3 of them for prose, which is too slow for more. tokens/s is
// comparable across the two.
func BenchmarkTagNews(b *testing.B) {
	texts := newsTexts(b, 2000, 300)
	tokens := func(texts []string) int {
		n := 0
		for _, t := range texts {
			n += countTokens(draadWords(t))
		}
		return n
	}
	b.Run("draad", func(b *testing.B) {
		m, err := ner.Default()
		if err != nil {
			b.Fatal(err)
		}
		n := tokens(texts)
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range texts {
				m.TagDocument(draadWords(t))
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
	b.Run("prose", func(b *testing.B) {
		few := texts[:3]
		n := tokens(few)
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range few {
				doc, err := prose.NewDocument(t)
				if err != nil {
					b.Fatal(err)
				}
				_ = doc.Entities()
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
}
