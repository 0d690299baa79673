package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/draadnlp/draad/internal/golden"
	"github.com/draadnlp/draad/internal/ner"
)

// raceEnabled is set by race_test.go under -race, where the corpus check
// uses a quarter of the documents to stay fast.
var raceEnabled bool

// sharedData returns <repo root>/../shared/data, skipping t when absent.
func sharedData(t *testing.T) string { return golden.Shared(t, "data") }

// TestCoNLL checks on the CoNLL-2002 test set (ned.testb) that the
// lexicon, role and coreference layers do not hurt the sequence model on
// persons, organisations and locations. MISC is not compared: country
// adjectives, which CoNLL counts as MISC, are links by design.
//
// The layers were designed on the development set, ned.testa. The shipped
// model is trained on ned.train and ned.testa (see the model card), so
// testa can no longer show what the layers add; this guard therefore reads
// testb. It tunes nothing: it only fails when a layer costs more than a
// point.
//
// To measure a layer on testa, as its design was, use the train-only
// model (draad ner-train -o /tmp/train-only.ner):
//
//	DRAAD_CONLL_SET=ned.testa DRAAD_NER_MODEL=/tmp/train-only.ner go test ./entity -run TestCoNLL -v
func TestCoNLL(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus evaluation skipped in -short mode")
	}
	set := "ned.testb"
	if v := os.Getenv("DRAAD_CONLL_SET"); v != "" {
		set = v
	}
	path := filepath.Join(sharedData(t), "conll2002-nl", "utf8", set)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("CoNLL-2002 data not available (%v); skipping", err)
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	if raceEnabled {
		docs = docs[:len(docs)/4]
	}
	m, _ := Default()
	if p := os.Getenv("DRAAD_NER_MODEL"); p != "" {
		mf, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err = Load(mf)
		mf.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	var gold, predM, predE [][]string
	var linkTags [][3]int
	for _, d := range docs {
		var b strings.Builder
		var starts [][]int
		var sents [][]string
		for _, s := range d {
			st := make([]int, len(s.Words))
			for i, w := range s.Words {
				if i > 0 {
					b.WriteByte(' ')
				}
				st[i] = b.Len()
				b.WriteString(w)
			}
			b.WriteByte('\n')
			starts = append(starts, st)
			sents = append(sents, s.Words)
			gold = append(gold, s.Tags)
		}
		predM = append(predM, m.tagger.TagDocument(sents)...)
		text := b.String()
		pos := map[int][2]int{}
		for si, st := range starts {
			for wi, o := range st {
				pos[o] = [2]int{si, wi}
			}
		}
		tags := make([][]string, len(sents))
		for i, s := range sents {
			tags[i] = make([]string, len(s))
			for j := range s {
				tags[i][j] = "O"
			}
		}
		a := m.Analyze(text)
		for _, l := range a.Links {
			if p, ok := pos[l.Start]; ok {
				linkTags = append(linkTags, [3]int{len(predE) + p[0], p[1], 0})
			}
		}
		for _, e := range a.Entities {
			p, ok := pos[e.Start]
			if !ok {
				continue
			}
			lab := map[Type]string{Person: "PER", Organisation: "ORG", Location: "LOC", Country: "LOC", Misc: "MISC"}[e.Type]
			si, wi := p[0], p[1]
			first := true
			for wi < len(sents[si]) && starts[si][wi] < e.End {
				if first {
					tags[si][wi] = "B-" + lab
				} else {
					tags[si][wi] = "I-" + lab
				}
				first = false
				wi++
			}
		}
		predE = append(predE, tags...)
	}
	sm := ner.Evaluate(gold, predM)
	predL := make([][]string, len(predE))
	for i := range predE {
		predL[i] = append([]string(nil), predE[i]...)
	}
	for _, l := range linkTags {
		if predL[l[0]][l[1]] == "O" {
			predL[l[0]][l[1]] = "B-MISC"
		}
	}
	sl := ner.Evaluate(gold, predL)
	se := ner.Evaluate(gold, predE)
	var b strings.Builder
	sm.WriteTable(&b)
	b.WriteString("--- entity pipeline\n")
	se.WriteTable(&b)
	b.WriteString("--- entity pipeline, links as MISC\n")
	sl.WriteTable(&b)
	t.Log("\n" + b.String())
	// The entity layers follow the conventions of real news (nieuws-dev)
	// where CoNLL-2002 differs: a portfolio inside a role ("minister van
	// Landbouw") is part of the role, not an organisation, and a name after
	// "de club" is a club even where CoNLL tags the town. That costs ORG
	// up to about 1.2 F1 on testb, so ORG gets a wider margin.
	for typ, margin := range map[string]float64{"PER": 1.0, "ORG": 1.5, "LOC": 1.0} {
		if got, base := se.ByType[typ].F1(), sm.ByType[typ].F1(); got < base-margin {
			t.Errorf("%s F1 %.2f with the entity layers, %.2f with the model alone (margin %.1f)", typ, got, base, margin)
		}
	}
}
