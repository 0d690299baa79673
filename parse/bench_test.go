package parse_test

import (
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/draadnlp/draad/internal/golden"
	"github.com/draadnlp/draad/parse"
)

func seedPage(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("../testdata/seed/buitenland-page.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// page repeats the seed page up to n bytes, one page after the other.
func page(tb testing.TB, n int) string {
	seed := seedPage(tb)
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(seed)
		b.WriteString("\n")
	}
	return b.String()
}

func benchParse(b *testing.B, in string, opts ...parse.Option) {
	b.ReportAllocs()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := parse.Parse(in, opts...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse parses the seed page and a 1 MB page of seed pages, with
// every stage (structure, entities, times, quotes) and with the page
// structure alone.
func BenchmarkParse(b *testing.B) {
	structure := []parse.Option{parse.WithReference(refTime), parse.WithoutEntities(), parse.WithoutTimes(), parse.WithoutQuotes()}
	for _, pg := range []struct {
		name string
		text string
	}{{"seed", seedPage(b)}, {"1M", page(b, 1<<20)}} {
		b.Run("stages=all/page="+pg.name, func(b *testing.B) { benchParse(b, pg.text, parse.WithReference(refTime)) })
		b.Run("stages=structure/page="+pg.name, func(b *testing.B) { benchParse(b, pg.text, structure...) })
	}
}

// BenchmarkParseLinear parses inputs of two sizes, 1 MB and 10 MB, in
// shapes that could trip a scanner into quadratic time: MB/s must stay
// flat between the sizes.
func BenchmarkParseLinear(b *testing.B) {
	shapes := []struct {
		name string
		make func(n int) string
	}{
		{"pages", func(n int) string { return page(b, n) }},
		{"one-line", func(n int) string { return strings.Repeat("BRUSSEL (ANP) - Rusland en China werken samen. ", n/48) }},
		{"digits", func(n int) string { return strings.Repeat("1", n) }},
		{"capitals", func(n int) string { return strings.Repeat("A", n) }},
		{"short-lines", func(n int) string { return strings.Repeat("Kort\n", n/5) }},
		{"ages", func(n int) string { return strings.Repeat("1 uur geleden\n", n/14) }},
	}
	for _, sh := range shapes {
		for _, size := range []struct {
			name string
			n    int
		}{{"1M", 1 << 20}, {"10M", 10 << 20}} {
			in := sh.make(size.n)
			b.Run("stages=structure/shape="+sh.name+"/size="+size.name, func(b *testing.B) {
				benchParse(b, in, parse.WithoutEntities(), parse.WithoutTimes(), parse.WithoutQuotes())
			})
			if sh.name == "pages" || sh.name == "one-line" {
				b.Run("stages=all/shape="+sh.name+"/size="+size.name, func(b *testing.B) {
					benchParse(b, in, parse.WithReference(refTime))
				})
			}
		}
	}
}

func TestParseLargeLine(t *testing.T) {
	// A 10 MB line is parsed, not rejected, and stays one paragraph. The
	// analysis stages are off here: BenchmarkParseLinear measures them on
	// large inputs, and TestParseLongLineAnalyzed runs them on a long line.
	in := strings.Repeat("Rusland en China werken samen ", 10<<20/30)
	doc, err := parse.Parse(in, parse.WithoutEntities(), parse.WithoutTimes(), parse.WithoutQuotes())
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Stories) != 1 || len(doc.Stories[0].Body.Paragraphs) != 1 {
		t.Errorf("Parse(10 MB line): got %d stories, want 1 story of 1 paragraph", len(doc.Stories))
	}
}

func TestParseLongLineAnalyzed(t *testing.T) {
	// A 256 KB line of quotes and names goes through every stage.
	in := "BRUSSEL (ANP) - " + strings.Repeat("\"Wij gaan door\", zei Jens Stoltenberg sinds januari. ", 256<<10/52)
	doc, err := parse.Parse(in, parse.WithReference(refTime))
	if err != nil {
		t.Fatal(err)
	}
	st := doc.Stories[0]
	if len(st.Quotes) == 0 || len(st.Entities) == 0 || len(st.Times) == 0 {
		t.Errorf("Parse(256 KB line): %d quotes, %d entities, %d times; want some of each", len(st.Quotes), len(st.Entities), len(st.Times))
	}
	checkSpans(t, in, doc)
}

// newsTexts reads n articles of nieuws-2019 after the first skip, as
// texts. It skips the benchmark without ../shared.
func newsTexts(b *testing.B, skip, n int) []string {
	return golden.NewsTexts(b, skip, n, 0)
}

// BenchmarkParseNews parses 2,000 real articles one after another with
// every stage, as a stream of copy arrives: MB/s and the bytes allocated
// per input byte.
func BenchmarkParseNews(b *testing.B) {
	texts := newsTexts(b, 5000, 2000)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	for b.Loop() {
		for _, t := range texts {
			if _, err := parse.Parse(t, parse.WithReference(refTime)); err != nil {
				b.Fatal(err)
			}
		}
	}
	runtime.ReadMemStats(&ms1)
	b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(size)/float64(b.N), "B/byte")
}
