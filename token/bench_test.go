package token

import (
	"strings"
	"testing"
)

// paragraph is synthetic Dutch wire text, written for the benchmarks.
const paragraph = `DEN HAAG (ANP) - Het kabinet trekt dit jaar 1,85 miljard euro extra uit voor defensie, maakt minister Van der Berg ` +
	`bekend. "Dat is o.a. nodig voor de 16- en 17-jarige rekruten", zei zij 's avonds in 's-Hertogenbosch. ` +
	`Volgens prof. dr. A.J. de Vries van de Universiteit Leiden stijgt de inflatie in 2024 met 3,2% tot ca. 4.000,50 euro per huishouden. ` +
	`Zo'n 37.501ste bezoeker kwam om 15.30 uur; de NAVO-chef sprak op 15/06 en 2024-03-01 met de secretaris-generaal. ` +
	"„Het is een 'kwaadaardige' ontwikkeling”, aldus de woordvoerder (zie www.rijksoverheid.nl of mail info@minbuza.nl).\n"

func benchInput(n int) string {
	s := strings.Repeat(paragraph, n/len(paragraph)+1)
	return s[:n]
}

func BenchmarkTokenize(b *testing.B) {
	for _, bc := range []struct {
		name string
		in   string
	}{
		{"size=1k", benchInput(1 << 10)},
		{"size=1M", benchInput(1 << 20)},
		{"digits=1M", strings.Repeat("7", 1<<20)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.in)))
			var n int
			for b.Loop() {
				n = len(Tokenize(bc.in))
			}
			b.ReportMetric(float64(n), "tokens/op")
		})
	}
}

func BenchmarkAppend(b *testing.B) {
	in := benchInput(1 << 20)
	buf := make([]Token, 0, len(in)/2)
	b.ReportAllocs()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		buf = Append(buf[:0], in)
	}
}

func BenchmarkSentences(b *testing.B) {
	in := benchInput(1 << 20)
	toks := Tokenize(in)
	b.ReportAllocs()
	b.SetBytes(int64(len(in)))
	var n int
	for b.Loop() {
		n = len(Sentences(in, toks))
	}
	b.ReportMetric(float64(n), "sentences/op")
}
