package ner

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func FuzzTag(f *testing.F) {
	f.Add("Guy Verhofstadt bezoekt Brussel .")
	f.Add("")
	f.Add("\xff \x00 Jan")
	f.Add("de van der Berg van 't Hof")
	f.Add(strings.Repeat("Aa ", 200))
	f.Add("Jan de Vries zei\n\nDe Vries woont in Gent .\nGENT EN BRUGGE")
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		got := m.Tag(words)
		if len(got) != len(words) {
			t.Fatalf("Tag(%q) gave %d tags for %d words", words, len(got), len(words))
		}
		if !validIOB2(got) {
			t.Errorf("Tag(%q) = %q, not valid IOB2", words, got)
		}
		for _, c := range Chunks(got) {
			if c.Start < 0 || c.Start >= c.End || c.End > len(words) {
				t.Errorf("Chunks(%q) gave bad chunk %+v", got, c)
			}
		}
		// The lines of s as the sentences of a document: the tagger
		// gives the labels of the training-time decoder.
		var doc [][]string
		for _, line := range strings.Split(s, "\n") {
			doc = append(doc, strings.Fields(line))
		}
		if want, got := m.referenceTag(doc), m.tagIDs(doc); !slices.EqualFunc(want, got, func(a, b []int) bool { return slices.Equal(a, b) }) {
			t.Errorf("tagIDs(%q) = %v, want the reference %v", doc, got, want)
		}
	})
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add([]byte("-DOCSTART- -DOCSTART- O\nJan N B-PER\n. Punc O\n\nItali\xeb N B-LOC\n"))
	f.Add([]byte(""))
	f.Add([]byte("\n\n\x00\n-DOCSTART-\nword\n"))
	f.Add([]byte("a b\r\nc d\r\n"))
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		docs, err := ReadCoNLL(bytes.NewReader(in))
		if err != nil {
			return
		}
		words := 0
		for _, d := range docs {
			for _, s := range d {
				if len(s.Words) == 0 || len(s.Lines) != len(s.Words) {
					t.Fatalf("sentence %+v: %d words, %d lines", s, len(s.Words), len(s.Lines))
				}
				if s.Tags != nil && len(s.Tags) != len(s.Words) {
					t.Fatalf("sentence %+v: %d words, %d tags", s, len(s.Words), len(s.Tags))
				}
				words += len(s.Words)
			}
		}
		var out bytes.Buffer
		if err := m.TagCoNLL(&out, bytes.NewReader(in)); err != nil {
			t.Fatalf("TagCoNLL failed where ReadCoNLL did not: %v", err)
		}
		// Every word line comes back with one more field.
		back, err := ReadCoNLL(&out)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range back {
			for _, s := range d {
				n += len(s.Words)
				if s.Tags == nil {
					t.Fatalf("TagCoNLL output has an untagged sentence: %q", s.Lines)
				}
			}
		}
		if n != words {
			t.Errorf("TagCoNLL output has %d words, input %d", n, words)
		}
	})
}
