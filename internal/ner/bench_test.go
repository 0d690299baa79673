package ner

import (
	"bytes"
	"strings"
	"testing"
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
		for b.Loop() {
			m.TagDocument(doc)
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
	b.Run("sentence", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(benchText)))
		for b.Loop() {
			for _, s := range doc {
				m.Tag(s)
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
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
