package ner

import (
	"bytes"
	_ "embed"
	"sync"
)

//go:embed model.ner
var modelFile []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(modelFile))
})

// Default returns the embedded model, trained on the CoNLL-2002 Dutch
// data (see MODEL_CARD.md). It is decoded once, on first use; later calls
// return the same model.
func Default() (*Model, error) { return defaultModel() }
