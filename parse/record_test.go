package parse_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/draadnlp/draad/parse"
)

func TestRecordArticle(t *testing.T) {
	tests := []struct {
		desc string
		rec  parse.Record
		want string
	}{
		{"title and paragraphs", parse.Record{Title: "Kop", Paragraphs: []string{"Een.", "Twee."}}, "Kop\n\nEen.\n\nTwee.\n"},
		{"title and text", parse.Record{Title: "Kop", Text: "Een.\nTwee."}, "Kop\n\nEen.\nTwee.\n"},
		{"no title", parse.Record{Paragraphs: []string{"Een."}}, "Een.\n"},
		{"empty paragraphs left out", parse.Record{Title: "Kop", Paragraphs: []string{"", "Een.", ""}}, "Kop\n\nEen.\n"},
		{"title only", parse.Record{Title: "Kop"}, "Kop\n"},
		{"nothing", parse.Record{ID: "x"}, ""},
		{"blanks kept", parse.Record{Title: " Kop ", Text: "Een. "}, " Kop \n\nEen. \n"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := tc.rec.Article(); got != tc.want {
				t.Errorf("Article() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRecordTime(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc, date string
		want       string // RFC 3339 in Amsterdam, "" for the zero time
		bad        bool
	}{
		{"RFC 1123 GMT", "Wed, 15 May 2019 04:42:00 GMT", "2019-05-15T06:42:00+02:00", false},
		{"RFC 1123 numeric zone", "Sat, 15 Jun 2019 19:17:11 +0200", "2019-06-15T19:17:11+02:00", false},
		{"RFC 1123 zone with colon", "Sat, 15 Jun 2019 19:17:11 +02:00", "2019-06-15T19:17:11+02:00", false},
		{"RFC 1123 CEST, short time", "Mon, 3 Jun 2019 09:00 CEST", "2019-06-03T09:00:00+02:00", false},
		{"RFC 1123 EST", "Mon, 03 Jun 2019 09:00:00 EST", "2019-06-03T16:00:00+02:00", false},
		{"no weekday, no zone: Amsterdam", "3 Jun 2019 09:00:00", "2019-06-03T09:00:00+02:00", false},
		{"RFC 3339", "2019-06-01T10:00:00Z", "2019-06-01T12:00:00+02:00", false},
		{"date", "2019-06-01", "2019-06-01T00:00:00+02:00", false},
		{"blanks around", "  2019-06-01 ", "2019-06-01T00:00:00+02:00", false},
		{"empty", "", "", false},
		{"word", "gisteren", "", true},
		{"unknown zone", "Mon, 03 Jun 2019 09:00:00 XYZ", "", true},
		{"bad day", "Mon, 32 Jun 2019 09:00:00 GMT", "", true},
		{"year out of range", "Mon, 03 Jun 9999 23:00:00 -0900", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			r := parse.Record{Date: tc.date}
			got, err := r.Time(ams)
			if tc.bad {
				if !errors.Is(err, parse.ErrBadDate) {
					t.Errorf("Time(%q) error = %v, want ErrBadDate", tc.date, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Time(%q): %v", tc.date, err)
			}
			s := ""
			if !got.IsZero() {
				s = got.Format(time.RFC3339)
			}
			if s != tc.want {
				t.Errorf("Time(%q) = %s, want %s", tc.date, s, tc.want)
			}
		})
	}
}

func TestDecodeRecord(t *testing.T) {
	tests := []struct {
		desc    string
		line    string
		want    parse.Record
		wantErr error
		wantID  string // of the RecordError, for bad records
	}{
		{"paragraphs", `{"id":"a","date":"2019-06-01","title":"T","paragraphs":["p"],"url":"x"}`, parse.Record{ID: "a", Date: "2019-06-01", Title: "T", Paragraphs: []string{"p"}}, nil, ""},
		{"text", `{"id":"a","text":"x"}`, parse.Record{ID: "a", Text: "x"}, nil, ""},
		{"numeric id", `{"id": 12.5e3, "text":"x"}`, parse.Record{ID: "12.5e3", Text: "x"}, nil, ""},
		{"nulls", `{"id":"a","title":null,"paragraphs":null}`, parse.Record{ID: "a"}, nil, ""},
		{"no id", `{"text":"x"}`, parse.Record{}, parse.ErrNoID, ""},
		{"empty id", `{"id":"","text":"x"}`, parse.Record{}, parse.ErrNoID, ""},
		{"null id", `{"id":null}`, parse.Record{}, parse.ErrNoID, ""},
		{"object id", `{"id":{"a":1}}`, parse.Record{}, parse.ErrBadRecord, ""},
		{"text and paragraphs", `{"id":"a","text":"x","paragraphs":["y"]}`, parse.Record{}, parse.ErrBadRecord, "a"},
		{"wrong type", `{"id":"a","paragraphs":"x"}`, parse.Record{}, parse.ErrBadRecord, "a"},
		{"broken off", `{"id":"a","text":"x`, parse.Record{}, parse.ErrBadRecord, "a"},
		{"not an object", `["a"]`, parse.Record{}, parse.ErrBadRecord, ""},
		{"trailing garbage", `{"id":"a"} x`, parse.Record{}, parse.ErrBadRecord, "a"},
		{"invalid UTF-8", "{\"id\":\"a\",\"text\":\"\xff\"}", parse.Record{}, parse.ErrInvalidUTF8, "a"},
		{"empty", ``, parse.Record{}, parse.ErrBadRecord, ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := parse.DecodeRecord([]byte(tc.line))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("DecodeRecord(%q) error = %v, want %v", tc.line, err, tc.wantErr)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("DecodeRecord(%q) mismatch (-want +got):\n%s", tc.line, diff)
			}
			var re *parse.RecordError
			if id := ""; errors.As(err, &re) {
				id = re.ID
				if id != tc.wantID {
					t.Errorf("DecodeRecord(%q): error id %q, want %q", tc.line, id, tc.wantID)
				}
			} else if tc.wantID != "" {
				t.Errorf("DecodeRecord(%q): error %v carries no id, want %q", tc.line, err, tc.wantID)
			}
		})
	}
}

// TestRecordParser checks AppendLine: the document equals Parse on the
// record's article with its reference time, and the fields around it.
func TestRecordParser(t *testing.T) {
	ams, _ := time.LoadLocation("Europe/Amsterdam")
	fallback := time.Date(2026, 11, 28, 12, 0, 0, 0, ams)
	lines := []string{
		`{"id":"a1","date":"Wed, 15 May 2019 04:42:00 GMT","title":"Kabinet valt","paragraphs":["DEN HAAG (ANP) - Het kabinet is gisteravond gevallen, zei Mark Rutte.","28 minuten geleden"]}`,
		`{"id":"a2","title":"Zonder datum","text":"Morgen gaat de Kamer met reces."}`,
	}
	for _, p := range []*parse.RecordParser{
		{Fallback: fallback, Text: true},
		{Fallback: fallback, Location: time.UTC},
		{},
	} {
		for _, line := range lines {
			b, err := p.AppendLine([]byte("prefix\n"), []byte(line))
			if err != nil {
				t.Fatalf("AppendLine(%s): %v", line, err)
			}
			out, ok := bytes.CutPrefix(b, []byte("prefix\n"))
			if !ok || !bytes.HasSuffix(out, []byte("\n")) || bytes.Count(out, []byte("\n")) != 1 {
				t.Fatalf("AppendLine(%s) = %q, want dst then one line", line, b)
			}
			rec, _ := parse.DecodeRecord([]byte(line))
			loc := p.Location
			if loc == nil {
				loc = fallback.Location()
				if p.Fallback.IsZero() {
					loc = time.UTC
				}
			}
			ref, _ := rec.Time(loc)
			source := "date"
			if ref.IsZero() && !p.Fallback.IsZero() {
				ref, source = p.Fallback.In(loc), "fallback"
			}
			var opts []parse.Option
			if !ref.IsZero() {
				opts = append(opts, parse.WithReference(ref))
			} else {
				source = "none"
			}
			doc, err := parse.Parse(rec.Article(), opts...)
			if err != nil {
				t.Fatal(err)
			}
			want := struct {
				ID        string    `json:"id"`
				Ref       time.Time `json:"ref,omitzero"`
				RefSource string    `json:"ref_source"`
				Text      string    `json:"text,omitzero"`
				*parse.Document
			}{ID: rec.ID, Ref: ref, RefSource: source, Document: doc}
			if p.Text {
				want.Text = rec.Article()
			}
			var wb bytes.Buffer
			enc := json.NewEncoder(&wb)
			enc.SetEscapeHTML(false)
			enc.Encode(want)
			if diff := cmp.Diff(wb.String(), string(out)); diff != "" {
				t.Errorf("AppendLine(%s) with %+v mismatch (-want +got):\n%s", line, p, diff)
			}
		}
	}
}

// TestRecordParserErrorLine checks the error line of a bad record.
func TestRecordParserErrorLine(t *testing.T) {
	var p parse.RecordParser
	b, err := p.AppendLine(nil, []byte(`{"id":"x","date":"morgen"}`))
	var re *parse.RecordError
	if !errors.As(err, &re) || re.ID != "x" || !errors.Is(err, parse.ErrBadDate) {
		t.Errorf("error %v, want a RecordError for x wrapping ErrBadDate", err)
	}
	want := `{"id":"x","error":"bad record date \"morgen\" (want RFC 1123 such as \"Wed, 15 May 2019 04:42:00 GMT\", RFC 3339 or 2006-01-02)"}` + "\n"
	if string(b) != want {
		t.Errorf("AppendLine = %s, want %s", b, want)
	}
}

// TestRecordParserAll checks ParseAll on records: order, a bad record in
// the middle, the line numbers, and the same bytes as AppendLine.
func TestRecordParserAll(t *testing.T) {
	var sb strings.Builder
	for i := range 40 {
		if i == 17 {
			sb.WriteString("{\"id\":\"kapot\"\n")
			continue
		}
		fmt.Fprintf(&sb, `{"id":"r%d","date":"2019-06-01","title":"Bericht %d","paragraphs":["UTRECHT (ANP) - Er was %d keer iets."]}`+"\n", i, i, i)
	}
	p := &parse.RecordParser{}
	rr := parse.NewRecordReader(strings.NewReader(sb.String()))
	n := 0
	for res := range p.ParseAll(context.Background(), 3, rr.All()) {
		n++
		if res.Line != n {
			t.Errorf("result %d has line %d", n, res.Line)
		}
		if n == 18 {
			if res.Err == nil || res.ID != "kapot" || !bytes.Contains(res.JSON, []byte(`"line":18`)) {
				t.Errorf("line 18: %v, %q, %s; want the bad record", res.Err, res.ID, res.JSON)
			}
			continue
		}
		want, err := p.AppendLine(nil, []byte(fmt.Sprintf(`{"id":"r%d","date":"2019-06-01","title":"Bericht %d","paragraphs":["UTRECHT (ANP) - Er was %d keer iets."]}`, n-1, n-1, n-1)))
		if err != nil || res.Err != nil || !bytes.Equal(want, res.JSON) || res.ID != fmt.Sprint("r", n-1) {
			t.Errorf("line %d: %v %v id %q\n got %s\nwant %s", n, err, res.Err, res.ID, res.JSON, want)
		}
	}
	if n != 40 || rr.Err() != nil {
		t.Errorf("%d results, reader error %v; want 40 and none", n, rr.Err())
	}
}

// TestRecordParserCancel checks that a cancelled ParseAll stops reading.
func TestRecordParserCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	line := []byte(`{"id":"a","title":"Kop","text":"DEN HAAG (ANP) - Tekst."}`)
	read := 0
	lines := func(yield func(parse.RecordLine) bool) {
		for {
			read++
			if !yield(parse.RecordLine{N: read, Data: line}) {
				return
			}
		}
	}
	n := 0
	for range (&parse.RecordParser{}).ParseAll(ctx, 2, lines) {
		if n++; n == 3 {
			cancel()
		}
	}
	if n != 3 || read > 3+8 {
		t.Errorf("%d results, %d lines read after a cancel at 3", n, read)
	}
}

// readAll returns the lines a RecordReader gives for in, as strings, with
// "!" and the error for lines it did not take.
func readAll(t *testing.T, in io.Reader, maxLine int) ([]string, error) {
	t.Helper()
	rr := parse.NewRecordReader(in)
	rr.MaxLine = maxLine
	var got []string
	for l := range rr.All() {
		if l.Err != nil {
			got = append(got, fmt.Sprintf("%d!%v", l.N, l.Err))
			continue
		}
		got = append(got, fmt.Sprintf("%d:%s", l.N, l.Data))
	}
	return got, rr.Err()
}

func TestRecordReader(t *testing.T) {
	tests := []struct {
		desc string
		in   string
		max  int
		want []string
	}{
		{"lines", "{\"a\":1}\n{\"b\":2}\n", 0, []string{`1:{"a":1}`, `2:{"b":2}`}},
		{"CRLF, no final break", "{\"a\":1}\r\n{\"b\":2}", 0, []string{`1:{"a":1}`, `2:{"b":2}`}},
		{"blank lines counted, skipped", "\n{\"a\":1}\n  \n\n{\"b\":2}\n\n", 0, []string{`2:{"a":1}`, `5:{"b":2}`}},
		{"byte-order mark", "\xef\xbb\xbf{\"a\":1}\n", 0, []string{`1:{"a":1}`}},
		{"at the cap", "12345\n123456\n1234567\n", 6, []string{`1:12345`, `2:123456`, `3!parse: line 3: record line too long: 7 bytes, over the cap of 6`}},
		{"at the cap with CR", "123456\r\n", 6, []string{`1:123456`}},
		{"too long, id read", "{\"id\":\"lang\",\"text\":\"" + strings.Repeat("x", 100) + "\"}\n{\"id\":\"kort\"}\n", 50, []string{
			`1!parse: line 1 (id "lang"): record line too long: 123 bytes, over the cap of 50`, `2:{"id":"kort"}`}},
		{"empty", "", 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := readAll(t, strings.NewReader(tc.in), tc.max)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("lines mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRecordReaderCompressed checks that gzip and bzip2 are read and
// zstd and xz refused, by their first bytes.
func TestRecordReaderCompressed(t *testing.T) {
	want := []string{
		`1:{"id":"b1","date":"Wed, 15 May 2019 04:42:00 GMT","title":"Kabinet valt","paragraphs":["DEN HAAG (ANP) - Het kabinet is gisteravond gevallen."]}`,
		`2:{"id":"b2","title":"Zonder datum","text":"Morgen gaat de Kamer met reces."}`,
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	for _, w := range want {
		zw.Write([]byte(w[2:] + "\n"))
	}
	zw.Close()
	got, err := readAll(t, &gz, 0)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("gzip mismatch (-want +got):\n%s", diff)
	}
	f, err := os.Open("testdata/records/records.bz2")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err = readAll(t, f, 0)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("bzip2 mismatch (-want +got):\n%s", diff)
	}
	for _, name := range []string{"records.zst", "records.xz"} {
		f, err := os.Open("testdata/records/" + name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := readAll(t, f, 0)
		f.Close()
		if err == nil || !strings.Contains(err.Error(), "decompress it first") || len(got) > 0 {
			t.Errorf("%s: %v, %q; want a clear refusal", name, err, got)
		}
	}
}

// TestRecordReaderLongLine checks that a 10 MB line is read through with
// little memory and reported.
func TestRecordReaderLongLine(t *testing.T) {
	long := `{"id":"groot","text":"` + strings.Repeat("x", 10<<20) + "\"}\n"
	in := long + `{"id":"klein"}` + "\n"
	allocs := testing.AllocsPerRun(1, func() {
		got, err := readAll(t, strings.NewReader(in), 0)
		if err != nil || len(got) != 2 || !strings.Contains(got[0], `(id "groot"): record line too long`) || got[1] != `2:{"id":"klein"}` {
			t.Errorf("got %.200q, %v", got, err)
		}
	})
	if allocs > 200 {
		t.Errorf("%v allocations for a 10 MB line", allocs)
	}
}

// TestRecordReaderBrokenGzip checks that a gzip stream that breaks off
// ends the input with an error, after the lines before the break.
func TestRecordReaderBrokenGzip(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	for i := range 1000 {
		fmt.Fprintf(zw, `{"id":"%d"}`+"\n", i)
	}
	zw.Close()
	got, err := readAll(t, bytes.NewReader(gz.Bytes()[:gz.Len()-20]), 0)
	if err == nil || !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("error %v, want unexpected EOF", err)
	}
	if len(got) < 900 {
		t.Errorf("%d lines before the break", len(got))
	}
}

func FuzzRecordReader(f *testing.F) {
	for _, s := range []string{"", "\n", "{\"id\":\"a\"}\n", "a\r\nb", "\xef\xbb\xbfx", "\x1f\x8b\x08", "BZh9", "x\n\n\ny", strings.Repeat("y", 100) + "\nz"} {
		f.Add([]byte(s), 16)
	}
	f.Fuzz(func(t *testing.T, in []byte, max int) {
		max = max%64 + 1
		if max < 1 {
			max += 64
		}
		rr := parse.NewRecordReader(bytes.NewReader(in))
		rr.MaxLine = max
		prev := 0
		for l := range rr.All() {
			if l.N <= prev {
				t.Fatalf("line %d after %d", l.N, prev)
			}
			prev = l.N
			if l.Err != nil {
				if !errors.Is(l.Err, parse.ErrLineTooLong) || l.Data != nil {
					t.Fatalf("line %d: %v, data %q", l.N, l.Err, l.Data)
				}
				continue
			}
			if len(l.Data) > max || bytes.ContainsAny(l.Data, "\n") || len(bytes.TrimSpace(l.Data)) == 0 {
				t.Fatalf("line %d: %q (cap %d)", l.N, l.Data, max)
			}
		}
		if len(in) > 0 && in[0] != 0x1f && in[0] != 'B' && in[0] != 0x28 && in[0] != 0xfd && rr.Err() != nil {
			t.Fatalf("plain input: %v", rr.Err())
		}
	})
}

func FuzzDecodeRecord(f *testing.F) {
	for _, s := range []string{`{"id":"a","title":"Kop","paragraphs":["DEN HAAG (ANP) - x"]}`, `{"id":1}`, `{"id":"a","text":"\u0000"}`, `{"id":"a","date":"Wed, 15 May 2019 04:42:00 GMT"}`, "{\"id\":\"\xff\"}", `[`, `{"id":"a","text":"x","paragraphs":[]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		var p parse.RecordParser
		b, err := p.AppendLine(nil, line)
		if bytes.Count(b, []byte("\n")) != 1 || !bytes.HasSuffix(b, []byte("\n")) {
			t.Fatalf("AppendLine(%q) = %q, want one line", line, b)
		}
		var out map[string]any
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("AppendLine(%q) = %q: not JSON: %v", line, b, err)
		}
		if err != nil {
			if _, ok := out["error"]; !ok {
				t.Fatalf("AppendLine(%q) failed with %v but wrote %s", line, err, b)
			}
			return
		}
		rec, err := parse.DecodeRecord(line)
		if err != nil {
			t.Fatalf("AppendLine took %q, DecodeRecord refuses it: %v", line, err)
		}
		for _, msg := range spanErrors(rec.Article(), out) {
			t.Errorf("AppendLine(%q): %s", line, msg)
		}
	})
}
