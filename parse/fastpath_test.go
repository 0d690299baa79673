package parse

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/draadnlp/draad/token"
)

// TestPoolsClean checks that the pooled memory of Parse holds nothing
// of a document parsed before: the tokens of analyze and the events of
// scanEvents, whose datelines and ages belong to the document, are zero
// up to their capacity.
func TestPoolsClean(t *testing.T) {
	long := strings.Repeat("AMSTERDAM (ANP) - Het kabinet besloot dinsdag iets.\n\n3 uur geleden\n\n", 200)
	short := "BRUSSEL (Belga) - Een kort bericht.\n\n1 uur geleden"
	for _, text := range []string{long, short, "", long, short} {
		if _, err := Parse(text, WithReference(time.Date(2019, 12, 31, 12, 0, 0, 0, time.UTC))); err != nil {
			t.Fatal(err)
		}
		var toks []*[]token.Token
		for range 4 {
			buf := tokPool.Get().(*[]token.Token)
			toks = append(toks, buf)
			for i, tok := range (*buf)[:cap(*buf)] {
				if tok != (token.Token{}) {
					t.Fatalf("after Parse(%.20q): pooled token %d of %d is not zero: %+v", text, i, cap(*buf), tok)
				}
			}
		}
		for _, buf := range toks {
			tokPool.Put(buf)
		}
		var held []*scanBuf
		for range 4 {
			sb := scanPool.Get().(*scanBuf)
			held = append(held, sb)
			if len(sb.evs) != 0 || len(sb.lines) != 0 {
				t.Errorf("after Parse(%.20q): pooled buffers have lengths %d and %d, want 0", text, len(sb.evs), len(sb.lines))
			}
			for i, ev := range sb.evs[:cap(sb.evs)] {
				if ev != (event{}) {
					t.Fatalf("after Parse(%.20q): pooled event %d of %d is not zero: %+v", text, i, cap(sb.evs), ev)
				}
			}
		}
		for _, sb := range held {
			scanPool.Put(sb)
		}
	}
}

// FuzzCountWords checks countWords, which reads ASCII bytes without
// decoding them, against counting over every decoded rune with isBlank.
func FuzzCountWords(f *testing.F) {
	for _, s := range []string{"", "een twee  drie", "\tMeer\vuit\fde regio ", "een\u00a0twee\u202fdrie", "a\u200bb \xadc", "\xff \xfe", "één, twee\n drie", " \u0085x\u2028y "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, in := 0, false
		for _, r := range s {
			if isBlank(r) {
				in = false
			} else if !in {
				in = true
				want++
			}
		}
		if got := countWords(s, 0, len(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	})
}

// splitLinesRef is splitLines as it was before it cut text without "\r"
// with strings.IndexByte: the reference for FuzzSplitLines.
func splitLinesRef(s string) []line {
	var lines []line
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\n' && c != '\r' {
			continue
		}
		lines = append(lines, trimLine(s, start, i))
		if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	if start < len(s) {
		lines = append(lines, trimLine(s, start, len(s)))
	}
	return lines
}

// FuzzSplitLines checks splitLines against splitLinesRef.
func FuzzSplitLines(f *testing.F) {
	for _, s := range []string{"", "\n", "a\n\nb", " a \n b", "a\r\nb\rc\n", "\n\n\n", "x", "a\nb\n", "\u00a0a\u00a0\nb\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := splitLines(s), splitLinesRef(s); !slices.Equal(got, want) {
			t.Errorf("splitLines(%q) = %v, want %v", s, got, want)
		}
	})
}
