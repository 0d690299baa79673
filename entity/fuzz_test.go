package entity_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/token"
)

// FuzzParseDict feeds arbitrary text to the user-dictionary reader: it
// returns a dictionary or an error, never panics, and a dictionary it
// accepts works with the default model.
func FuzzParseDict(f *testing.F) {
	for _, s := range []string{
		"person\tJan Janssen\n",
		"organisation\tOmroep Zuid\tOmroep Zuid\tNL\n",
		"\ufeffcountry\tVS\tVerenigde Staten\tUS\n",
		"person\tX\t\tXX\n",
		"# comment\n\nlocation\tKamp Zeist\n",
		"bogus\tline\n", "\t\t\t\t", "\xff\xfe",
	} {
		f.Add(s)
	}
	m, err := entity.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := entity.ParseDict(strings.NewReader(s))
		if err != nil {
			return
		}
		in := "Jan Janssen sprak met Omroep Zuid in Kamp Zeist. " + s
		for _, e := range m.With(d).Extract(in) {
			if e.Start < 0 || e.End > len(in) || in[e.Start:e.End] != e.Text {
				t.Fatalf("entity %+v is not a span of the input", e)
			}
		}
	})
}

// FuzzLoad feeds arbitrary bytes to the model reader: an error, never a
// panic or a runaway allocation.
func FuzzLoad(f *testing.F) {
	var buf bytes.Buffer
	m, err := entity.Default()
	if err != nil {
		f.Fatal(err)
	}
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	good := buf.Bytes()
	f.Add(good[:64])
	f.Add(good[:4096])
	f.Add([]byte("not a model"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 1<<16 {
			return
		}
		lm, err := entity.Load(bytes.NewReader(b))
		if err != nil {
			return
		}
		lm.Extract("Jens Stoltenberg bezocht Oslo.")
	})
}

// FuzzAnalyzeTokens checks that analysing text with its tokens gives what
// Analyze gives, and that tokens of another text are not trusted.
func FuzzAnalyzeTokens(f *testing.F) {
	for _, s := range []string{
		"Premier Mark Rutte sprak in Brussel met Angela Merkel.",
		"Oekrai\u0308ne en Rusland praten in Minsk.",
		"", "\xff\xfeJan", "Jan  de\tVries\n\nuit Gent",
	} {
		f.Add(s)
	}
	m, err := entity.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := m.Analyze(s)
		if got := m.AnalyzeTokens(s, token.Tokenize(s)); !reflect.DeepEqual(want, got) {
			t.Errorf("AnalyzeTokens(%q) = %+v, want %+v", s, got, want)
		}
		other := token.Tokenize(s + " Gent")
		if got := m.AnalyzeTokens(s, other); !reflect.DeepEqual(want, got) {
			t.Errorf("AnalyzeTokens(%q, tokens of another text) = %+v, want %+v", s, got, want)
		}
	})
}
