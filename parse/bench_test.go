package parse_test

import (
	"os"
	"strings"
	"testing"

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

func BenchmarkParse(b *testing.B) {
	b.Run("page=seed", func(b *testing.B) { benchParse(b, seedPage(b), parse.WithReference(refTime)) })
	b.Run("page=1M", func(b *testing.B) { benchParse(b, page(b, 1<<20), parse.WithReference(refTime)) })
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
			b.Run("shape="+sh.name+"/size="+size.name, func(b *testing.B) { benchParse(b, in) })
		}
	}
}

func TestParseLargeLine(t *testing.T) {
	// A 10 MB line is parsed, not rejected, and stays one paragraph.
	in := strings.Repeat("Rusland en China werken samen ", 10<<20/30)
	doc, err := parse.Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Stories) != 1 || len(doc.Stories[0].Body.Paragraphs) != 1 {
		t.Errorf("Parse(10 MB line): got %d stories, want 1 story of 1 paragraph", len(doc.Stories))
	}
}
