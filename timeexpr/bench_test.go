package timeexpr

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/draadnlp/draad/internal/golden"
)

func benchText(b *testing.B) string {
	data, err := os.ReadFile("testdata/news.input")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

func BenchmarkFind(b *testing.B) {
	ref := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC)
	text := benchText(b)
	for _, size := range []int{1, 64} {
		in := strings.Repeat(text, size)
		b.Run("size="+strings.TrimSuffix(strings.TrimSuffix(formatSize(len(in)), "\n"), " "), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in)))
			n := 0
			for b.Loop() {
				n = len(Find(in, ref))
			}
			b.ReportMetric(float64(n), "exprs/op")
		})
	}
}

// BenchmarkFindNoTime measures the reject path: text without time expressions.
func BenchmarkFindNoTime(b *testing.B) {
	ref := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC)
	in := strings.Repeat("De minister van Buitenlandse Zaken zei dat hij de situatie in het gebied nauwlettend volgt en dat er overleg is met de partners. ", 100)
	b.ReportAllocs()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Find(in, ref)
	}
}

func BenchmarkParse(b *testing.B) {
	ref := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC)
	phrases := []string{"28 minuten geleden", "maandag 18 februari", "om 15.30 uur", "tien voor half zes", "de afgelopen weken", "13 t/m 15 juli", "eind volgend jaar"}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range phrases {
			Parse(p, ref)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(phrases)), "ns/phrase")
}

func formatSize(n int) string {
	switch {
	case n >= 1<<20:
		return itoa(n>>20) + "M"
	case n >= 1<<10:
		return itoa(n>>10) + "k"
	}
	return itoa(n)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// BenchmarkFindSeed runs Find over the seed page (skipped when absent).
func BenchmarkFindSeed(b *testing.B) {
	p := golden.Shared(b, "seed/buitenland-page.txt")
	data, err := os.ReadFile(p)
	if err != nil {
		b.Skipf("seed page absent: %v", err)
	}
	ref := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC)
	in := string(data)
	b.ReportAllocs()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Find(in, ref)
	}
}

// BenchmarkFindHostile runs Find over dense dates followed by one long
// word, at two sizes: the time per byte stays the same when the cost is
// linear.
func BenchmarkFindHostile(b *testing.B) {
	for _, n := range []int{1 << 19, 1 << 20} {
		in := strings.Repeat("maandag 12 ", n/11) + strings.Repeat("x", n)
		b.Run(fmt.Sprintf("size=%dk", len(in)>>10), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				Find(in, tRef)
			}
		})
	}
}

// newsArticle is one article of nieuws-2019 with its date as the
// reference time.
type newsArticle struct {
	text string
	ref  time.Time
}

// newsArticles reads the first n articles of nieuws-2019, each as its
// title and paragraphs separated by blank lines, with the site's date (RFC 1123,
// with a zone name or an offset) as the reference. It skips the benchmark when the corpus is absent. The
// texts stay in memory only.
func newsArticles(b *testing.B, n int) []newsArticle {
	b.Helper()
	f, err := os.Open(sharedData(b, "nieuws-2019/nieuws-2019.jsonl.gz"))
	if err != nil {
		b.Skipf("nieuws-2019 absent (%v); skipping", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	dec := json.NewDecoder(zr)
	var out []newsArticle
	for len(out) < n {
		var a struct {
			Date       string   `json:"date"`
			Title      string   `json:"title"`
			Paragraphs []string `json:"paragraphs"`
		}
		if err := dec.Decode(&a); err != nil {
			b.Fatalf("nieuws-2019 after %d articles: %v", len(out), err)
		}
		ref, err := time.Parse(time.RFC1123, a.Date)
		if err != nil {
			ref, err = time.Parse(time.RFC1123Z, a.Date)
		}
		if err != nil {
			b.Fatalf("nieuws-2019 article %d: date %q: %v", len(out), a.Date, err)
		}
		out = append(out, newsArticle{text: a.Title + "\n\n" + strings.Join(a.Paragraphs, "\n\n"), ref: ref})
	}
	return out
}

// BenchmarkFindNews runs Find over the first 1,000 articles of
// nieuws-2019, each against its own date: the throughput on real copy.
func BenchmarkFindNews(b *testing.B) {
	arts := newsArticles(b, 1000)
	size := 0
	for _, a := range arts {
		size += len(a.text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for _, a := range arts {
			n += len(Find(a.text, a.ref))
		}
	}
	b.ReportMetric(float64(n), "exprs/op")
}
