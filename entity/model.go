package entity

import (
	"errors"
	"fmt"
	"io"
	"strings"
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
		return nil, wrap(err)
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
		return nil, wrap(err)
	}
	return &Model{tagger: t, lex: lx}, nil
}

// ErrModel is the error class of a model that cannot be read or trained:
// a file that is not a model, or malformed CoNLL data. The errors of
// [Load] and [Train] wrap it, and the cause, for [errors.Is].
var ErrModel = errors.New("entity: bad model or training data")

// wrap returns err wrapped in [ErrModel].
func wrap(err error) error { return fmt.Errorf("%w: %w", ErrModel, err) }

// TrainOptions are the options of [Train]. The zero value trains as the
// default model was trained, but for a single seed, 10 epochs and no word
// classes; the default model used Epochs 8, Ensemble 5, MinCount 2, Prune
// 0.02 and the word classes of internal/ner/clusters (see its model card).
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 10).
	Epochs int
	// Seed fixes the order of the sentences; training is deterministic
	// for a fixed seed and data.
	Seed int64
	// Ensemble averages this many perceptrons trained with different
	// seeds (default 1).
	Ensemble int
	// MinCount drops features seen fewer times (default 2), and Prune
	// drops feature rows whose largest weight is below this fraction of
	// the largest weight (default 0: keep all).
	MinCount int
	Prune    float64
	// Folds is the number of jackknife folds for the features of the
	// training data (default 5).
	Folds int
	// Dev is CoNLL-format development data: when set, it is scored after
	// every epoch and the best epoch is kept. Never pass test data.
	Dev io.Reader
	// Classes are word classes learned from unlabelled text, in the paths
	// format of draad clusters ("bits<TAB>word<TAB>count" a line); the
	// model uses prefixes of the class bit strings of each word and its
	// neighbours as features and keeps the classes. Nil trains without.
	Classes io.Reader
	// Log receives progress lines when not nil.
	Log io.Writer
}

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
		return nil, wrap(err)
	}
	no := ner.TrainOptions{
		Epochs: opt.Epochs, Seed: opt.Seed, Ensemble: opt.Ensemble,
		MinCount: opt.MinCount, Prune: opt.Prune, Folds: opt.Folds, Log: opt.Log,
	}
	if opt.Classes != nil {
		c, err := ner.ReadClusters(opt.Classes)
		if err != nil {
			return nil, wrap(err)
		}
		no.Clusters = c
	}
	if opt.Dev != nil {
		dev, err := ner.ReadCoNLL(opt.Dev)
		if err != nil {
			return nil, wrap(err)
		}
		no.Dev = dev
	}
	t, err := ner.Train(docs, no)
	if err != nil {
		return nil, wrap(err)
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
	// at finds an entry by its words, so that a later entry for the same
	// words replaces the earlier one in constant time.
	at := map[string]int{}
	wordsKey := func(ws []string) string { return strings.Join(ws, "\x00") }
	if m.user != nil {
		for k, es := range m.user.first {
			u.first[k] = append([]*entry(nil), es...)
			for i, e := range es {
				at[wordsKey(e.words)] = i
			}
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
				k := wordsKey(v)
				if i, ok := at[k]; ok {
					u.first[v[0]][i] = e
					continue
				}
				at[k] = len(u.first[v[0]])
				u.first[v[0]] = append(u.first[v[0]], e)
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
