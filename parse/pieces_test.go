package parse_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/draadnlp/draad/parse"
)

// collect returns the pieces of in cut at size, and the error that ended
// them.
func collect(t *testing.T, in []byte, size int) ([]parse.Piece, error) {
	t.Helper()
	var ps []parse.Piece
	for p, err := range parse.Pieces(bytes.NewReader(in), size) {
		if err != nil {
			return ps, err
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// checkTiling reports pieces that do not tile text or pass the size.
func checkTiling(t *testing.T, text string, ps []parse.Piece, size int) {
	t.Helper()
	var sb strings.Builder
	var raw int64
	for i, p := range ps {
		if p.Start != sb.Len() || p.RawStart != raw || p.RawEnd-p.RawStart > int64(max(size, 4)) || p.RawEnd <= p.RawStart {
			t.Fatalf("piece %d: start %d raw [%d, %d) after %d decoded and %d raw bytes (size %d)", i, p.Start, p.RawStart, p.RawEnd, sb.Len(), raw, size)
		}
		sb.WriteString(p.Text)
		raw = p.RawEnd
	}
	if sb.String() != text {
		t.Errorf("the pieces joined differ from the text (%d vs %d bytes)", sb.Len(), len(text))
	}
}

// stories returns n invented wire stories of a headline over a dated
// paragraph, with a long story now and then.
func stories(n int) string {
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "Kop van bericht %d\n\nUTRECHT (ANP) - Er gebeurde iets voor de %de keer.", i, i)
		if i%7 == 3 {
			sb.WriteString("\n\nEen tweede alinea met meer woorden dan de eerste.")
		}
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// TestPiecesCutBeforeStories checks that pieces of wire stories start at
// a headline over a dateline.
func TestPiecesCutBeforeStories(t *testing.T) {
	text := stories(300)
	for _, size := range []int{300, 1000, 4096} {
		ps, err := collect(t, []byte(text), size)
		if err != nil {
			t.Fatal(err)
		}
		checkTiling(t, text, ps, size)
		for i, p := range ps {
			if i > 0 && !strings.HasPrefix(p.Text, "Kop van bericht ") {
				t.Errorf("size %d: piece %d starts with %.40q, want a headline", size, i, p.Text)
			}
		}
	}
}

// TestPiecesDatedStories checks that pages of datelines without headlines
// are cut before a dateline, and a dateline after a lead is not cut off.
func TestPiecesDatedStories(t *testing.T) {
	var sb strings.Builder
	for i := range 200 {
		fmt.Fprintf(&sb, "OSLO (ANP) - Bericht %d.\n\nMeer tekst over het bericht, lang genoeg.\n\n", i)
	}
	text := sb.String()
	ps, err := collect(t, []byte(text), 500)
	if err != nil {
		t.Fatal(err)
	}
	checkTiling(t, text, ps, 500)
	for i, p := range ps[1:] {
		if !strings.HasPrefix(p.Text, "OSLO (ANP) - ") {
			t.Errorf("piece %d starts with %.40q, want a dateline", i+1, p.Text)
		}
	}
	// Articles whose dateline follows a lead: never cut between the lead
	// and its dateline.
	sb.Reset()
	for i := range 100 {
		fmt.Fprintf(&sb, "Kop %d\n\nDe lead van het bericht, een hele zin lang.\n\nROTTERDAM (ANP) - De haven groeit.\n\n", i)
	}
	text = sb.String()
	ps, _ = collect(t, []byte(text), 400)
	checkTiling(t, text, ps, 400)
	for i, p := range ps[1:] {
		if strings.HasPrefix(p.Text, "ROTTERDAM") {
			t.Errorf("piece %d cut between a lead and its dateline", i+1)
		}
	}
}

// TestPiecesFallbackCuts checks the cuts when no story starts in a piece:
// between paragraphs, at a line break, after a blank, and at a character
// boundary, never inside a character.
func TestPiecesFallbackCuts(t *testing.T) {
	tests := []struct {
		desc, text string
		size       int
		wantEnd    string // the first piece ends with this
	}{
		{"paragraphs", "een twee drie vier vijf zes\n\nzeven acht negen tien elf twaalf dertien", 40, "zes\n\n"},
		{"paragraphs, blank line last", "een twee drie\nvier vijf\n\n" + strings.Repeat("x", 40), 30, "vijf\n\n"},
		{"lines", "een twee drie\nvier vijf zes zeven acht negen tien", 30, "drie\n"},
		{"blanks", "een twee drie vier vijf zes zeven", 20, "vier "},
		{"characters", strings.Repeat("é", 30), 9, "éééé"},
		{"mixed widths", strings.Repeat("a€", 20), 10, "a€a€a"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			ps, err := collect(t, []byte(tc.text), tc.size)
			if err != nil {
				t.Fatal(err)
			}
			checkTiling(t, tc.text, ps, tc.size)
			if !strings.HasSuffix(ps[0].Text, tc.wantEnd) {
				t.Errorf("first piece %q does not end with %q", ps[0].Text, tc.wantEnd)
			}
			for i, p := range ps {
				if !utf8.ValidString(p.Text) {
					t.Errorf("piece %d splits a character: %q", i, p.Text)
				}
			}
		})
	}
}

// TestPiecesEncoding checks how the encoding is decided and kept.
func TestPiecesEncoding(t *testing.T) {
	ascii := strings.Repeat("Een regel tekst.\n", 40) // 680 bytes
	latin := "Caf\xe9 in Li\xe8ge.\n"
	// ASCII first, Latin-1 later: decided when the first byte outside
	// ASCII comes.
	in := ascii + strings.Repeat(latin, 20) + "\x93citaat\x94\n"
	ps, err := collect(t, []byte(in), 256)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, p := range ps {
		sb.WriteString(p.Text)
	}
	want := ascii + strings.Repeat("Café in Liège.\n", 20) + "“citaat”\n"
	if sb.String() != want {
		t.Errorf("decoded %q, want %q", sb.String(), want)
	}
	if ps[0].Encoding != parse.UTF8 || ps[len(ps)-2].Encoding != parse.Latin1 || ps[len(ps)-1].Encoding != parse.Windows1252 {
		t.Errorf("encodings %s … %s %s, want utf-8 … iso-8859-1 windows-1252", ps[0].Encoding, ps[len(ps)-2].Encoding, ps[len(ps)-1].Encoding)
	}
	// UTF-8 decided, then a bad byte: an EncodingError at its offset in
	// the whole input, and the end of the pieces.
	in = strings.Repeat("Oekraïne.\n", 100) + "\xff\n" + ascii
	ps, err = collect(t, []byte(in), 256)
	var ee *parse.EncodingError
	if !errors.As(err, &ee) || ee.Offset != 1100 {
		t.Errorf("error %v, want an EncodingError at 1100", err)
	}
	checkTiling(t, in[:ps[len(ps)-1].RawEnd], ps, 256)
	// UTF-16 is refused.
	for _, in := range []string{"\xff\xfeD\x00e\x00", strings.Repeat("a\x00", 100)} {
		if _, err := collect(t, []byte(in), 64); !errors.Is(err, parse.ErrUTF16Pieces) {
			t.Errorf("UTF-16 %.10q: error %v, want ErrUTF16Pieces", in, err)
		}
	}
}

// TestPiecesReadError checks that an error of the reader ends the pieces.
func TestPiecesReadError(t *testing.T) {
	r := iotest.TimeoutReader(strings.NewReader(strings.Repeat("x y\n", 1000)))
	n := 0
	for _, err := range parse.Pieces(r, 100) {
		if err != nil {
			if !errors.Is(err, iotest.ErrTimeout) {
				t.Errorf("error %v, want the reader's", err)
			}
			return
		}
		n++
	}
	t.Errorf("no error after %d pieces", n)
}

// TestPiecesParse checks that parsing wire stories by pieces with
// ParseAll gives the stories of a whole parse, with offsets into the
// whole text.
func TestPiecesParse(t *testing.T) {
	text := stories(120)
	whole, err := parse.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var inputs iter.Seq[parse.Input] = func(yield func(parse.Input) bool) {
		for p, err := range parse.Pieces(strings.NewReader(text), 2000) {
			if err != nil {
				t.Fatal(err)
			}
			if !yield(parse.Input{Text: p.Text, Offset: p.Start}) {
				return
			}
		}
	}
	var got []parse.Story
	pieces := 0
	for r := range parse.ParseAll(context.Background(), 2, inputs) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		checkSpans(t, text, r.Document)
		got = append(got, r.Document.Stories...)
		pieces++
	}
	if pieces < 5 {
		t.Fatalf("%d pieces, want several", pieces)
	}
	if len(got) != len(whole.Stories) {
		t.Fatalf("%d stories by pieces, %d whole", len(got), len(whole.Stories))
	}
	for i := range got {
		w, g := whole.Stories[i], got[i]
		if w.Headline != g.Headline || w.Body.Start != g.Body.Start || w.Body.End != g.Body.End || len(w.Entities) != len(g.Entities) || len(w.Quotes) != len(g.Quotes) {
			t.Errorf("story %d: by pieces %+v\nwhole %+v", i, g, w)
		}
	}
}

func FuzzPieces(f *testing.F) {
	for _, s := range []string{"", "a", "Kop\n\nOSLO (ANP) - x\n\nKop\n\nGENT (belga) = y\n", "é€\r\n\r\nx", "\xff\xfe", "Caf\xe9\n\n\x93"} {
		f.Add([]byte(s), 7)
	}
	f.Fuzz(func(t *testing.T, in []byte, size int) {
		size = size%50 + 1
		if size < 1 {
			size += 50
		}
		limit := max(size, utf8.UTFMax) // a piece holds a whole character
		var raw int64
		var sb strings.Builder
		for p, err := range parse.Pieces(bytes.NewReader(in), size) {
			if err != nil {
				return
			}
			if p.RawStart != raw || p.RawEnd <= p.RawStart || p.RawEnd-p.RawStart > int64(limit) || p.Start != sb.Len() || !utf8.ValidString(p.Text) {
				t.Fatalf("piece %+v after %d raw bytes (size %d)", p, raw, size)
			}
			raw = p.RawEnd
			sb.WriteString(p.Text)
		}
		if raw != int64(len(in)) {
			t.Fatalf("pieces end at %d of %d bytes", raw, len(in))
		}
		if utf8.Valid(in) && sb.String() != string(in) {
			t.Fatalf("joined %q, want %q", sb.String(), in)
		}
	})
}

func BenchmarkPieces(b *testing.B) {
	text := []byte(stories(40000)) // 3 MB
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, err := range parse.Pieces(bytes.NewReader(text), parse.PieceSize) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
