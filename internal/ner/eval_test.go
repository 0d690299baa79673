package ner

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		desc string
		tags []string
		want []Chunk
	}{
		{"empty", nil, nil},
		{"all O", []string{"O", "O"}, nil},
		{"single", []string{"B-PER"}, []Chunk{{"PER", 0, 1}}},
		{"two words", []string{"O", "B-PER", "I-PER", "O"}, []Chunk{{"PER", 1, 3}}},
		{"adjacent same type", []string{"B-LOC", "B-LOC"}, []Chunk{{"LOC", 0, 1}, {"LOC", 1, 2}}},
		{"I after O starts a chunk (IOB1)", []string{"O", "I-ORG", "I-ORG"}, []Chunk{{"ORG", 1, 3}}},
		{"type change ends a chunk", []string{"B-ORG", "I-PER"}, []Chunk{{"ORG", 0, 1}, {"PER", 1, 2}}},
		{"I at start", []string{"I-MISC", "O"}, []Chunk{{"MISC", 0, 1}}},
		{"chunk at end", []string{"O", "B-MISC", "I-MISC"}, []Chunk{{"MISC", 1, 3}}},
		{"unknown tag counts as O", []string{"B-PER", "X", "I-PER"}, []Chunk{{"PER", 0, 1}, {"PER", 2, 3}}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := Chunks(tc.tags)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Chunks(%q) mismatch (-want +got):\n%s", tc.tags, diff)
			}
		})
	}
}

func TestEvaluate(t *testing.T) {
	tests := []struct {
		desc       string
		gold, pred [][]string
		want       Scores
	}{
		{
			desc: "perfect",
			gold: [][]string{{"B-PER", "I-PER", "O", "B-LOC"}},
			pred: [][]string{{"B-PER", "I-PER", "O", "B-LOC"}},
			want: Scores{
				All:    Counts{Correct: 2, Predicted: 2, Gold: 2},
				ByType: map[string]Counts{"PER": {1, 1, 1}, "LOC": {1, 1, 1}},
				Tokens: 4,
			},
		},
		{
			// A partial overlap is one false positive and one false
			// negative; the wrong type as well.
			desc: "boundary and type errors",
			gold: [][]string{{"B-PER", "I-PER", "O", "B-LOC"}, {"B-ORG"}},
			pred: [][]string{{"B-PER", "O", "O", "B-ORG"}, {"B-ORG"}},
			want: Scores{
				All: Counts{Correct: 1, Predicted: 3, Gold: 3},
				ByType: map[string]Counts{
					"PER": {Correct: 0, Predicted: 1, Gold: 1},
					"LOC": {Correct: 0, Predicted: 0, Gold: 1},
					"ORG": {Correct: 1, Predicted: 2, Gold: 1},
				},
				Tokens: 5,
			},
		},
		{
			// Sentence boundaries end chunks: I-PER at the start of the
			// second sentence is a new chunk.
			desc: "sentence boundary",
			gold: [][]string{{"B-PER"}, {"I-PER"}},
			pred: [][]string{{"B-PER"}, {"B-PER"}},
			want: Scores{
				All:    Counts{Correct: 2, Predicted: 2, Gold: 2},
				ByType: map[string]Counts{"PER": {2, 2, 2}},
				Tokens: 2,
			},
		},
		{
			desc: "IOB1 prediction matches IOB2 gold",
			gold: [][]string{{"O", "B-MISC", "I-MISC"}},
			pred: [][]string{{"O", "I-MISC", "I-MISC"}},
			want: Scores{
				All:    Counts{Correct: 1, Predicted: 1, Gold: 1},
				ByType: map[string]Counts{"MISC": {1, 1, 1}},
				Tokens: 3,
			},
		},
		{
			desc: "nothing predicted",
			gold: [][]string{{"B-LOC", "O"}},
			pred: [][]string{{"O", "O"}},
			want: Scores{
				All:    Counts{Correct: 0, Predicted: 0, Gold: 1},
				ByType: map[string]Counts{"LOC": {0, 0, 1}},
				Tokens: 2,
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := Evaluate(tc.gold, tc.pred)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Evaluate(%q, %q) mismatch (-want +got):\n%s", tc.gold, tc.pred, diff)
			}
		})
	}
}

func TestCountsF1(t *testing.T) {
	tests := []struct {
		desc    string
		c       Counts
		p, r, f float64
	}{
		{"empty", Counts{}, 0, 0, 0},
		// P = 3/4, R = 3/6, F = 2*.75*.5/1.25 = .6
		{"three of four of six", Counts{Correct: 3, Predicted: 4, Gold: 6}, 75, 50, 60},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := [3]float64{tc.c.Precision(), tc.c.Recall(), tc.c.F1()}
			want := [3]float64{tc.p, tc.r, tc.f}
			for i := range got {
				if d := got[i] - want[i]; d > 1e-9 || d < -1e-9 {
					t.Errorf("%+v: got P/R/F %v, want %v", tc.c, got, want)
					break
				}
			}
		})
	}
}
