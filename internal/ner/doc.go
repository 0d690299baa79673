// Package ner tags named entities (PER, ORG, LOC, MISC) in tokenized
// Dutch text with IOB2 tags.
//
// The model is an ensemble-averaged structured perceptron over hashed
// word features (word, affixes, character trigrams, shape, capitalisation
// in context, a window of two words each side, a lexicon of spellings,
// first names, word classes learned from 2019 Dutch news, and a gazetteer
// of training entities, CLDR place names and organisations), decoded with
// Viterbi over BILOU labels and returned as IOB2. A second pass adds
// document-level features: how the same word was tagged by the first pass
// elsewhere in the article. On CoNLL-2002 Dutch testb the embedded model
// scores 86.62 micro-F1 (conlleval rules); see MODEL_CARD.md.
//
// Word classes ([ReadClusters], package wordclass) come from draad
// clusters; [OrgLexicon] is the organisation lexicon mined from news.
//
// # Use
//
// Load the embedded model once and tag sentences of words:
//
//	m, err := ner.Default()
//	if err != nil { ... }
//	tags := m.Tag([]string{"Guy", "Verhofstadt", "bezoekt", "Brussel", "."})
//	// [B-PER I-PER O B-LOC O]
//
// [Model.TagDocument] tags all sentences of one article at once and is
// more accurate than tagging sentence by sentence. [Chunks] turns tags
// into entity spans. A [Model] is immutable and safe for concurrent use.
// Words are used as given: pass tokens, not raw text.
//
// # Data
//
// [ReadCoNLL] reads CoNLL-2002 files in Latin-1 or UTF-8, [Evaluate]
// scores tags with the conlleval rules and [Train] trains a model. See
// MODEL_CARD.md for the training data, its terms of use and the scores.
package ner
