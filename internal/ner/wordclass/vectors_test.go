package wordclass

import (
	"slices"
	"testing"
)

// TestVectorsKMeansGroupsWords learns vectors of the toy grammar and
// checks that k-means puts the nouns, the verbs and the prepositions each
// in a class of their own, and that a second run with the same seed gives
// the same vectors. (The determiners, the most frequent words, may take
// two classes: k-means starts from words spread over the frequency ranks.)
func TestVectorsKMeansGroupsWords(t *testing.T) {
	opt := VectorOptions{Dim: 16, Window: 2, Epochs: 5, MinCount: 1, Sample: 1, Seed: 7}
	v, err := Vectors(toyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	v2, err := Vectors(toyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(v.Words, v2.Words) || !slices.Equal(v.Vec, v2.Vec) {
		t.Fatal("two runs with the same seed give different vectors")
	}
	class := KMeans(v, 5, 20, nil)
	of := map[string]int{}
	for i, w := range v.Words {
		if class[i] < 0 || class[i] >= 5 {
			t.Fatalf("class of %q = %d, want 0 to 4", w, class[i])
		}
		of[w] = class[i]
	}
	groups := [][]string{{"kat", "hond", "vis"}, {"loopt", "slaapt", "zwemt"}, {"naar", "bij", "onder"}}
	for _, g := range groups {
		for _, w := range g[1:] {
			if of[w] != of[g[0]] {
				t.Errorf("%q in class %d, %q in class %d; want one class", g[0], of[g[0]], w, of[w])
			}
		}
	}
	if of["kat"] == of["loopt"] || of["kat"] == of["naar"] || of["loopt"] == of["naar"] {
		t.Errorf("different groups share a class: %v", of)
	}
}

func TestVectorsTooFewWords(t *testing.T) {
	c := NewCorpus()
	c.Add([]string{"een"})
	if _, err := Vectors(c, VectorOptions{MinCount: 1}); err == nil {
		t.Error("Vectors of one word: nil error, want one")
	}
}
