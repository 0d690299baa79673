package entity

import (
	"fmt"
	"io"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/ner"
)

// Model extracts entities. It combines a statistical sequence model (an
// averaged perceptron trained on CoNLL-2002, package internal/ner) with
// the built-in lexicon and an optional user [Dict]. A Model is immutable
// and safe for concurrent use by any number of goroutines.
type Model struct {
	tagger *ner.Model // nil: lexicon only
	lex    *lexicon
	user   *lexicon // nil: no user entries
}

// defaultModel is the embedded model, decoded once.
var defaultModel = sync.OnceValues(func() (*Model, error) {
	lx, err := builtin()
	if err != nil {
		return nil, err
	}
	t, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("entity: %v", err)
	}
	return &Model{tagger: t, lex: lx}, nil
})

// Default returns the default model: the embedded sequence model and the
// built-in lexicon. It is decoded on the first call only; every call
// returns the same *Model.
func Default() (*Model, error) {
	return defaultModel()
}

// Load reads a sequence model written by [Model.Save] (or by draad
// ner-train) and combines it with the built-in lexicon.
func Load(r io.Reader) (*Model, error) {
	lx, err := builtin()
	if err != nil {
		return nil, err
	}
	t, err := ner.Load(r)
	if err != nil {
		return nil, fmt.Errorf("entity: %v", err)
	}
	return &Model{tagger: t, lex: lx}, nil
}

// TrainOptions are the options of [Train]; the zero value uses the
// defaults of the sequence model.
type TrainOptions = ner.TrainOptions

// Train trains a sequence model on CoNLL-format data (one token a line,
// the IOB2 or IOB1 tag in the last column, blank lines between sentences,
// -DOCSTART- lines between documents) with the same code the default
// model was built with, and combines it with the built-in lexicon.
func Train(r io.Reader, opt TrainOptions) (*Model, error) {
	lx, err := builtin()
	if err != nil {
		return nil, err
	}
	docs, err := ner.ReadCoNLL(r)
	if err != nil {
		return nil, fmt.Errorf("entity: %v", err)
	}
	t, err := ner.Train(docs, opt)
	if err != nil {
		return nil, fmt.Errorf("entity: %v", err)
	}
	return &Model{tagger: t, lex: lx}, nil
}

// Lexicon returns a model that uses only the built-in lexicon (and user
// entries added with [Model.With]), without the sequence model. It finds
// countries, capitals, known places and organisations, roles and
// coreferent names, but no unknown persons.
func Lexicon() (*Model, error) {
	lx, err := builtin()
	if err != nil {
		return nil, err
	}
	return &Model{lex: lx}, nil
}

// Save writes the sequence model of m in the format [Load] reads. The
// lexicon and user entries are not saved.
func (m *Model) Save(w io.Writer) error {
	if m.tagger == nil {
		return fmt.Errorf("entity: model has no sequence model")
	}
	return m.tagger.Save(w)
}

// With returns a copy of m that also knows the entries of d. User entries
// win over the built-in lexicon and the sequence model. m itself is not
// changed; entries of an earlier With are kept, and a later entry for the
// same name wins.
func (m *Model) With(d *Dict) *Model {
	nm := *m
	u := newLexicon()
	if m.user != nil {
		for k, es := range m.user.first {
			u.first[k] = append([]*entry(nil), es...)
		}
	}
	if d != nil {
		for _, de := range d.entries {
			ws := splitWords(de.Name)
			if len(ws) == 0 {
				continue
			}
			canon := de.Canonical
			if canon == "" {
				canon = de.Name
			}
			variants := [][]string{ws}
			// "de Groene Amsterdammer" also matches as "De Groene
			// Amsterdammer" at the start of a sentence.
			if r, n := utf8.DecodeRuneInString(ws[0]); unicode.IsLower(r) {
				up := append([]string{string(unicode.ToUpper(r)) + ws[0][n:]}, ws[1:]...)
				variants = append(variants, up)
			}
			for _, v := range variants {
				e := &entry{words: v, kind: kUser, typ: de.Type, code: de.Country, canonical: canon}
				// A later entry for the same words replaces the earlier one.
				es := u.first[v[0]]
				out := es[:0:0]
				for _, o := range es {
					if !equalWords(o.words, v) {
						out = append(out, o)
					}
				}
				u.first[v[0]] = append(out, e)
			}
		}
	}
	nm.user = u
	return &nm
}

// Extract returns the entities of text found by the default model. It
// returns nil if the default model cannot be loaded, which happens only
// for a broken build.
func Extract(text string) []Entity {
	m, err := Default()
	if err != nil {
		return nil
	}
	return m.Extract(text)
}

// Extract returns the entities of text, sorted by Start and not
// overlapping.
func (m *Model) Extract(text string) []Entity {
	return m.Analyze(text).Entities
}
