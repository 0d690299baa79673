package ner

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// validIOB2 reports whether every I-X follows B-X or I-X.
func validIOB2(tags []string) bool {
	prev := "O"
	for _, t := range tags {
		if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
			return false
		}
		prev = t
	}
	return true
}

func TestDefaultTag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	tests := []struct {
		desc  string
		words []string
	}{
		{"empty", nil},
		{"sentence", strings.Fields("Premier Guy Verhofstadt sprak dinsdag in Brussel met de Europese Commissie .")},
		{"invalid UTF-8", []string{"\xff\xfe", "Jan", "\x00"}},
		{"long word", []string{strings.Repeat("Ab", 1<<16)}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := m.Tag(tc.words)
			if len(got) != len(tc.words) {
				t.Fatalf("Tag(%q) returned %d tags, want %d", tc.words, len(got), len(tc.words))
			}
			if !validIOB2(got) {
				t.Errorf("Tag(%q) = %q, not valid IOB2", tc.words, got)
			}
		})
	}
}

// tinyCorpus is a synthetic training set in which capitalised words after
// "meneer" are persons and after "in" are places.
func tinyCorpus() []Document {
	var d Document
	names := []string{"Jansen", "Peeters", "Claes", "Maes", "Willems", "Goossens"}
	places := []string{"Gent", "Brugge", "Leuven", "Hasselt", "Mechelen", "Aalst"}
	for i := range 30 {
		n, p := names[i%len(names)], places[(i*5)%len(places)]
		d = append(d, Sentence{
			Words: []string{"meneer", n, "woont", "in", p, "."},
			Tags:  []string{"O", "B-PER", "O", "O", "B-LOC", "O"},
		})
	}
	return []Document{d, d[:10]}
}

// saveLoad saves m and loads the model again, failing the test on an
// error; it returns the loaded model and the saved bytes.
func saveLoad(t *testing.T, m *Model) (*Model, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("Load(Save(m)) error: %v", err)
	}
	return m2, buf.Bytes()
}

// checkResave reports an error when saving m2, loaded from saved, does
// not give saved again.
func checkResave(t *testing.T, m2 *Model, saved []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := m2.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved, buf.Bytes()) {
		t.Errorf("Save(Load(Save(m))) differs from Save(m)")
	}
}

func TestTrainSaveLoad(t *testing.T) {
	m, err := Train(tinyCorpus(), TrainOptions{Epochs: 5, Seed: 1, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"meneer", "Maes", "woont", "in", "Gent", "."}
	want := []string{"O", "B-PER", "O", "O", "B-LOC", "O"}
	if diff := cmp.Diff(want, m.Tag(words)); diff != "" {
		t.Errorf("Tag(%q) mismatch (-want +got):\n%s", words, diff)
	}
	m2, saved := saveLoad(t, m)
	if diff := cmp.Diff(m.Tag(words), m2.Tag(words)); diff != "" {
		t.Errorf("loaded model tags differently (-saved +loaded):\n%s", diff)
	}
	// Deterministic for a fixed seed.
	m3, err := Train(tinyCorpus(), TrainOptions{Epochs: 5, Seed: 1, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	var buf3 bytes.Buffer
	if err := m3.Save(&buf3); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved, buf3.Bytes()) {
		t.Errorf("two trainings with the same seed differ")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		desc string
		in   string
	}{
		{"empty", ""},
		{"wrong magic", "NOTAMODELFILE"},
		{"magic only", magic},
		{"bad gzip", magic + "garbage"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if _, err := Load(strings.NewReader(tc.in)); err == nil {
				t.Errorf("Load(%q) = nil error, want an error", tc.in)
			}
		})
	}
}

func TestTagLongSentence(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for i := range 1000 {
		if i%7 == 0 {
			words = append(words, "Brussel")
		} else {
			words = append(words, "en")
		}
	}
	doc := [][]string{words[:3], nil, words, words[:maxSegment], words[:maxSegment+1]}
	got := m.TagDocument(doc)
	if len(got) != len(doc) {
		t.Fatalf("TagDocument returned %d sentences, want %d", len(got), len(doc))
	}
	for i := range doc {
		if len(got[i]) != len(doc[i]) {
			t.Errorf("sentence %d: %d tags for %d words", i, len(got[i]), len(doc[i]))
		}
		if !validIOB2(got[i]) {
			t.Errorf("sentence %d: invalid IOB2", i)
		}
	}
}

func TestTrainClustersSaveLoad(t *testing.T) {
	paths := "00\tJansen\t9\n00\tPeeters\t8\n00\tVerbruggen\t2\n01\tGent\t5\n01\tBrugge\t4\n1\twoont\t7\n1\t2019\t3\n"
	c, err := ReadClusters(strings.NewReader(paths))
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 7 || c.Classes() != 3 {
		t.Errorf("ReadClusters: %d words in %d classes, want 7 in 3", c.Len(), c.Classes())
	}
	m, err := Train(tinyCorpus(), TrainOptions{Epochs: 5, Seed: 1, Folds: 2, Clusters: c})
	if err != nil {
		t.Fatal(err)
	}
	if got := m.clusterLookup("1995", "1995"); m.clusPath[got] != uint32(encodePath("1")) {
		t.Errorf("class of 1995 has path %x, want that of 2019 (%x): digits are normalised", m.clusPath[got], encodePath("1"))
	}
	m2, saved := saveLoad(t, m)
	if want := []int{2, 4, 6, 8, 10, 12, 14, 16, 20}; m2.clusters.Len() != c.Len() || !slices.Equal(m2.clusPre, want) || !slices.Equal(m2.clusPreNb, want) || m2.clusWin != 1 {
		t.Errorf("loaded model: %d cluster words, prefixes %v and %v, window %d", m2.clusters.Len(), m2.clusPre, m2.clusPreNb, m2.clusWin)
	}
	words := []string{"meneer", "Verbruggen", "woont", "in", "Gent", "."}
	if diff := cmp.Diff(m.Tag(words), m2.Tag(words)); diff != "" {
		t.Errorf("loaded model tags differently (-saved +loaded):\n%s", diff)
	}
	checkResave(t, m2, saved)
}

func TestPathPrefix(t *testing.T) {
	v := uint32(encodePath("10110"))
	for _, tc := range []struct {
		k        int
		bits     uint32
		n        int
		describe string
	}{
		{1, 1, 1, "first bit"}, {4, 0b1011, 4, "four bits"}, {5, 0b10110, 5, "all"}, {20, 0b10110, 5, "longer than the path"},
	} {
		if bits, n := pathPrefix(v, tc.k); bits != tc.bits || n != tc.n {
			t.Errorf("pathPrefix(10110, %d) = %b, %d; want %b, %d (%s)", tc.k, bits, n, tc.bits, tc.n, tc.describe)
		}
	}
	if bits, n := pathPrefix(0, 4); bits != 0 || n != 0 {
		t.Errorf("pathPrefix(no class, 4) = %b, %d; want 0, 0", bits, n)
	}
}

// TestClusterAggregation checks that summing the prefix features of each
// class ahead of tagging gives the scores of looking them up one by one.
func TestClusterAggregation(t *testing.T) {
	paths := "00\tJansen\t9\n00\tPeeters\t8\n00\tVerbruggen\t2\n01\tGent\t5\n01\tBrugge\t4\n1\twoont\t7\n1\tin\t3\n"
	c, err := ReadClusters(strings.NewReader(paths))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(tinyCorpus(), TrainOptions{Epochs: 5, Seed: 1, Folds: 2, Clusters: c})
	if err != nil {
		t.Fatal(err)
	}
	if m.clusAgg == nil {
		t.Fatal("no aggregated class rows")
	}
	nonzero := false
	for _, v := range m.clusAgg {
		nonzero = nonzero || v != 0
	}
	if !nonzero {
		t.Fatal("the class features got no weight in training")
	}
	plain := *m
	plain.clusAgg = nil
	doc := [][]string{
		{"meneer", "Verbruggen", "woont", "in", "Gent", "."},
		{"Jansen", "woont", "in", "Brugge", "en", "Peeters", "in", "Hasselt", "."},
		{"Onbekend", "woord", "2019"},
	}
	if diff := cmp.Diff(plain.tagIDs(doc), m.tagIDs(doc)); diff != "" {
		t.Errorf("aggregated tagging differs (-plain +aggregated):\n%s", diff)
	}
}

func TestTrainFlatClassesSaveLoad(t *testing.T) {
	classes := "# invented\n#k\t2\t3\nJansen\t0\t0\nPeeters\t0\t0\nVerbruggen\t0\t1\nGent\t1\t2\nBrugge\t1\t2\nwoont\t1\t1\n2019\t1\t1\nJansen\t1\t1\n"
	fc, err := ReadFlatClasses(strings.NewReader(classes))
	if err != nil {
		t.Fatal(err)
	}
	if fc.Len() != 7 || !slices.Equal(fc.Sets(), []int{2, 3}) {
		t.Errorf("ReadFlatClasses: %d words in sets %v, want 7 in [2 3]", fc.Len(), fc.Sets())
	}
	m, err := Train(tinyCorpus(), TrainOptions{Epochs: 5, Seed: 1, Folds: 2, FlatClasses: fc})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.flatLookup("1995", "1995"), m.flatLookup("2019", "2019"); got == 0 || got != want {
		t.Errorf("flat class of 1995 = %d, want that of 2019 (%d): digits are normalised", got, want)
	}
	if got := m.flatLookup("Jansen", "jansen"); got == 0 || fc.ids[1][got-1] != 0 {
		t.Errorf("Jansen, listed twice, does not keep its first classes")
	}
	m2, saved := saveLoad(t, m)
	if m2.flat.Len() != fc.Len() || m2.flatWin != 1 {
		t.Errorf("loaded model: %d flat-class words, window %d; want %d, 1", m2.flat.Len(), m2.flatWin, fc.Len())
	}
	doc := [][]string{
		{"meneer", "Verbruggen", "woont", "in", "Gent", "."},
		{"Jansen", "woont", "in", "Brugge", "en", "Peeters", "in", "Hasselt", "."},
		{"GENT", "Onbekend", "woord", "2019"},
	}
	for _, mm := range []*Model{m, m2} {
		if diff := cmp.Diff(mm.referenceTag(doc), mm.tagIDs(doc)); diff != "" {
			t.Errorf("tagIDs differs from the reference (-want +got):\n%s", diff)
		}
	}
	checkResave(t, m2, saved)
}

func TestReadFlatClassesErrors(t *testing.T) {
	for _, tc := range []struct {
		desc, in string
	}{
		{"no #k line", "Gent\t1\n"},
		{"class out of range", "#k\t2\nGent\t2\n"},
		{"too few columns", "#k\t2\t3\nGent\t1\n"},
		{"bad k", "#k\t0\n"},
		{"not a number", "#k\t2\nGent\tx\n"},
	} {
		if _, err := ReadFlatClasses(strings.NewReader(tc.in)); err == nil {
			t.Errorf("ReadFlatClasses(%s) = nil error, want one", tc.desc)
		}
	}
}

func TestIsFirstName(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Jan", true},  // firstnames.txt
		{"JAN", true},  // any case
		{"Kiki", true}, // firstnames-news.txt
		{"Wout", true}, // firstnames-news.txt
		{"Amsterdam", false},
		{"Borussia", false}, // taken out of the mined list by hand
		{"", false},
	} {
		if got := IsFirstName(tc.w); got != tc.want {
			t.Errorf("IsFirstName(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	// The model's first-name feature uses the hand-written list only, so
	// that training gives back the shipped model.
	n := len(builtinFirstNames())
	if n == 0 || n >= len(firstNameSet()) {
		t.Errorf("builtinFirstNames has %d names, IsFirstName knows %d: want fewer, from firstnames.txt only", n, len(firstNameSet()))
	}
	if !IsTrainingFirstName("Jan") || IsTrainingFirstName("Kiki") {
		t.Errorf("IsTrainingFirstName(Jan, Kiki) = %v, %v; want true, false", IsTrainingFirstName("Jan"), IsTrainingFirstName("Kiki"))
	}
}
