package wordclass

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// toyCorpus holds sentences of a small grammar, "DET NOUN VERB [PREP DET
// NOUN] .", whose word groups have the same neighbours.
func toyCorpus() *Corpus {
	rng := rand.New(rand.NewPCG(3, 4))
	pick := func(ws ...string) string { return ws[rng.IntN(len(ws))] }
	c := NewCorpus()
	for range 2000 {
		s := []string{pick("de", "een", "die"), pick("kat", "hond", "vis"), pick("loopt", "slaapt", "zwemt")}
		if rng.IntN(2) == 0 {
			s = append(s, pick("naar", "bij", "onder"), pick("de", "een", "die"), pick("kat", "hond", "vis"))
		}
		c.Add(append(s, "."))
	}
	return c
}

func TestClusterGroupsWordsWithTheSameContexts(t *testing.T) {
	res, err := Cluster(toyCorpus(), Options{Classes: 5, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	path := map[string]string{}
	for _, w := range res.Words {
		path[w.Text] = w.Path
	}
	for _, group := range [][]string{{"de", "een", "die"}, {"kat", "hond", "vis"}, {"loopt", "slaapt", "zwemt"}, {"naar", "bij", "onder"}} {
		for _, w := range group[1:] {
			if path[w] != path[group[0]] {
				t.Errorf("path(%q) = %q, path(%q) = %q; want one class", w, path[w], group[0], path[group[0]])
			}
		}
	}
	if path["de"] == path["kat"] || path["kat"] == path["loopt"] || path["de"] == path["loopt"] || path["naar"] == path["de"] {
		t.Errorf("groups share a class: %v", path)
	}
	for w, p := range path {
		if len(p) < 1 || strings.Trim(p, "01") != "" {
			t.Errorf("path(%q) = %q, want a non-empty bit string", w, p)
		}
	}
}

func TestClusterTooFewWords(t *testing.T) {
	c := NewCorpus()
	c.Add([]string{"een", "twee"})
	if _, err := Cluster(c, Options{Classes: 10, MinCount: 1}); err == nil {
		t.Error("Cluster with fewer words than classes: no error")
	}
}

func TestWriteRead(t *testing.T) {
	res := &Result{Words: []Word{{Text: "de", Path: "00", Count: 9}, {Text: "kat", Path: "01", Count: 3}}}
	var buf bytes.Buffer
	if err := res.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "00\tde\t9\n01\tkat\t3\n"; got != want {
		t.Errorf("Write = %q, want %q", got, want)
	}
	got := map[string]string{}
	if err := Read(&buf, func(w, p string) { got[w] = p }); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"de": "00", "kat": "01"}, got); diff != "" {
		t.Errorf("Read mismatch (-want +got):\n%s", diff)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"0x1\tde\n", "01\n", "01\t\t3\n", "\tde\n"} {
		err := Read(strings.NewReader(in), func(string, string) {})
		if !errors.Is(err, ErrFormat) {
			t.Errorf("Read(%q) = %v, want ErrFormat", in, err)
		}
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2019", "0000"}, {"kat", "kat"}, {"A1", "A0"}, {"0", "0"}, {"€5,50", "€0,00"}, {"", ""},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("00\tde\t9\n01\tkat\t3\n")
	f.Add("# comment\n1\tx\n")
	f.Add("\xff\t\xfe\n")
	f.Fuzz(func(t *testing.T, in string) {
		_ = Read(strings.NewReader(in), func(w, p string) {
			if w == "" || p == "" || strings.Trim(p, "01") != "" {
				t.Errorf("Read(%q) gave word %q path %q", in, w, p)
			}
		})
	})
}
