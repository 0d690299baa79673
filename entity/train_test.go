package entity_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/draadnlp/draad/entity"
)

// tinyCoNLL is a small training set in CoNLL format (word POS tag).
const tinyCoNLL = `-DOCSTART- -DOCSTART- O

Piet Punct N B-PER
Jansen Punct N I-PER
werkt Punct V O
bij Punct Prep O
Philips Punct N B-ORG
in Punct Prep O
Eindhoven Punct N B-LOC
. Punct Punc O

Marie Punct N B-PER
de Punct Art I-PER
Wit Punct N I-PER
woont Punct V O
in Punct Prep O
Gent Punct N B-LOC
. Punct Punc O

Kees Punct N B-PER
Bakker Punct N I-PER
sprak Punct V O
met Punct Prep O
de Punct Art O
Rabobank Punct N B-ORG
. Punct Punc O
`

func TestTrainSaveLoad(t *testing.T) {
	classes := "00\tPiet\t3\n00\tKees\t2\n01\tJansen\t3\n01\tBakker\t2\n1\tin\t9\n"
	m, err := entity.Train(strings.NewReader(tinyCoNLL), entity.TrainOptions{Epochs: 2, Folds: 2, Classes: strings.NewReader(classes)})
	if err != nil {
		t.Fatalf("Train error: %v", err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatalf("Save error: %v", err)
	}
	l, err := entity.Load(&buf)
	if err != nil {
		t.Fatalf("Load error: %v", err)
	}
	in := "Piet Jansen werkt bij Philips in Eindhoven. Jansen sprak met Kees Bakker over Rusland."
	if diff := cmp.Diff(m.Extract(in), l.Extract(in)); diff != "" {
		t.Errorf("Extract after Save/Load mismatch (-want +got):\n%s", diff)
	}
	checkSpans(t, in, l.Analyze(in))

	lx, err := entity.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	if err := lx.Save(&buf); err == nil {
		t.Errorf("Save of a lexicon-only model: no error")
	}
	if _, err := entity.Load(strings.NewReader("not a model")); !errors.Is(err, entity.ErrModel) {
		t.Errorf("Load(garbage) error = %v, want ErrModel", err)
	}
	if _, err := entity.Train(strings.NewReader(""), entity.TrainOptions{}); !errors.Is(err, entity.ErrModel) {
		t.Errorf("Train(empty) error = %v, want ErrModel", err)
	}
	if _, err := entity.Train(strings.NewReader(tinyCoNLL), entity.TrainOptions{Epochs: 1, Folds: 2, Dev: strings.NewReader(strings.Repeat("a", 16<<20+1))}); !errors.Is(err, entity.ErrModel) {
		t.Errorf("Train with an unreadable Dev file (a 16 MB line): error = %v, want ErrModel", err)
	}
}
