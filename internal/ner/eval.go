package ner

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Chunk is one entity in a tag sequence: its type and the half-open range
// of word indexes it covers.
type Chunk struct {
	// Type is the entity type, such as "PER".
	Type string `json:"type"`
	// Start and End are word indexes, half-open.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Chunks returns the entities of one sentence's tags with the conlleval
// rules: a chunk starts at B-X, or at I-X after O or after another type,
// and ends before O, B-, or a change of type. It accepts IOB1 and IOB2.
// Tags without a "B-" or "I-" prefix other than "O" count as O.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	start, typ := -1, ""
	for i, t := range tags {
		prefix, ty := splitTag(t)
		if start >= 0 && (prefix != 'I' || ty != typ) {
			out = append(out, Chunk{Type: typ, Start: start, End: i})
			start, typ = -1, ""
		}
		if start < 0 && (prefix == 'B' || prefix == 'I') {
			start, typ = i, ty
		}
	}
	if start >= 0 {
		out = append(out, Chunk{Type: typ, Start: start, End: len(tags)})
	}
	return out
}

func splitTag(t string) (byte, string) {
	if len(t) >= 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-' {
		return t[0], t[2:]
	}
	return 'O', ""
}

// Counts are the numbers conlleval computes for one entity type.
type Counts struct {
	// Correct is the number of predicted entities whose type, start and
	// end all match a gold entity.
	Correct int `json:"correct"`
	// Predicted is the number of predicted entities.
	Predicted int `json:"predicted"`
	// Gold is the number of gold entities.
	Gold int `json:"gold"`
}

// Precision returns Correct/Predicted as a percentage (0 when nothing was
// predicted).
func (c Counts) Precision() float64 {
	if c.Predicted == 0 {
		return 0
	}
	return 100 * float64(c.Correct) / float64(c.Predicted)
}

// Recall returns Correct/Gold as a percentage (0 when there is no gold
// entity).
func (c Counts) Recall() float64 {
	if c.Gold == 0 {
		return 0
	}
	return 100 * float64(c.Correct) / float64(c.Gold)
}

// F1 returns the harmonic mean of [Counts.Precision] and [Counts.Recall].
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Scores are conlleval results: micro-averaged counts over all entities
// and counts per entity type.
type Scores struct {
	// All is micro-averaged over all entity types: the headline score.
	All Counts `json:"all"`
	// ByType holds the counts per entity type ("PER", "ORG" ...).
	ByType map[string]Counts `json:"by_type"`
	// Tokens is the number of scored tokens.
	Tokens int `json:"tokens"`
}

// Evaluate scores predicted tags against gold tags with the conlleval
// rules (exact chunks, see [Chunks]). gold and pred hold one tag slice per
// sentence; sentence boundaries end chunks. A sentence whose slices differ
// in length is scored over the shorter length, as conlleval would misalign.
func Evaluate(gold, pred [][]string) Scores {
	s := Scores{ByType: map[string]Counts{}}
	n := min(len(gold), len(pred))
	for i := range max(len(gold), len(pred)) {
		var g, p []string
		if i < len(gold) {
			g = gold[i]
		}
		if i < len(pred) {
			p = pred[i]
		}
		if i < n {
			m := min(len(g), len(p))
			g, p = g[:m], p[:m]
		}
		s.Tokens += len(g)
		gc, pc := Chunks(g), Chunks(p)
		for _, c := range gc {
			x := s.ByType[c.Type]
			x.Gold++
			s.ByType[c.Type] = x
			s.All.Gold++
		}
		for _, c := range pc {
			x := s.ByType[c.Type]
			x.Predicted++
			s.ByType[c.Type] = x
			s.All.Predicted++
		}
		// Both chunk lists are sorted by start and do not overlap.
		j := 0
		for _, c := range pc {
			for j < len(gc) && gc[j].Start < c.Start {
				j++
			}
			if j < len(gc) && gc[j] == c {
				x := s.ByType[c.Type]
				x.Correct++
				s.ByType[c.Type] = x
				s.All.Correct++
			}
		}
	}
	return s
}

// WriteTable writes s as a conlleval-style table: one line per type and
// the micro-average, with precision, recall and F1 in percent.
func (s Scores) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %7s %7s %7s %6s %6s %6s\n", "type", "prec", "rec", "F1", "gold", "pred", "ok")
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-8s %7.2f %7.2f %7.2f %6d %6d %6d\n", name, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Predicted, c.Correct)
	}
	for _, t := range types {
		row(t, s.ByType[t])
	}
	row("micro", s.All)
	_, err := io.WriteString(w, b.String())
	return err
}

// Score tags every document of docs with m and scores the tags against the
// documents' own, with [Evaluate].
func (m *Model) Score(docs []Document) Scores {
	var gold, pred [][]string
	for _, d := range docs {
		tags := m.TagDocument(d.Words())
		for i, s := range d {
			gold = append(gold, s.Tags)
			pred = append(pred, tags[i])
		}
	}
	return Evaluate(gold, pred)
}

// Words returns the words of each sentence of d.
func (d Document) Words() [][]string {
	words := make([][]string, len(d))
	for i, s := range d {
		words[i] = s.Words
	}
	return words
}
