package ner_test

import (
	"fmt"
	"strings"

	"github.com/draadnlp/draad/internal/ner"
)

func ExampleModel_Tag() {
	m, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Premier Guy Verhofstadt sprak gisteren in Antwerpen .")
	tags := m.Tag(words)
	for _, c := range ner.Chunks(tags) {
		fmt.Println(c.Type, strings.Join(words[c.Start:c.End], " "))
	}
	// Output:
	// PER Guy Verhofstadt
	// LOC Antwerpen
}

func ExampleChunks() {
	tags := []string{"B-PER", "I-PER", "O", "B-LOC", "B-LOC"}
	for _, c := range ner.Chunks(tags) {
		fmt.Printf("%s [%d,%d)\n", c.Type, c.Start, c.End)
	}
	// Output:
	// PER [0,2)
	// LOC [3,4)
	// LOC [4,5)
}

func ExampleEvaluate() {
	gold := [][]string{{"B-PER", "I-PER", "O", "B-LOC"}}
	pred := [][]string{{"B-PER", "O", "O", "B-LOC"}}
	s := ner.Evaluate(gold, pred)
	fmt.Printf("P %.1f R %.1f F1 %.1f\n", s.All.Precision(), s.All.Recall(), s.All.F1())
	// Output:
	// P 50.0 R 50.0 F1 50.0
}
