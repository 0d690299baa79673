package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/draadnlp/draad/entity"
)

// maxModel caps the size of a model file once decompressed. The shipped
// model is 3.5 MB; a file that inflates past this is refused before it is
// loaded, so that a decompression bomb costs time, not memory.
const maxModel = 256 << 20

// modelMagic opens every model file (see entity.Model.Save).
const modelMagic = "DRAADNER"

// openModel opens a model file after checking, by streaming through it,
// that it decompresses to at most maxModel bytes. The file is returned at
// its start; the caller closes it.
func openModel(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if err := checkModel(f); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// checkModel reads a model file through and reports one that is not a
// model or that decompresses to more than maxModel bytes.
func checkModel(r io.Reader) error {
	head := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != modelMagic {
		return fmt.Errorf("not a draad model file")
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return fmt.Errorf("not a draad model file: %v", err)
	}
	n, err := io.Copy(io.Discard, io.LimitReader(zr, maxModel+1))
	if err != nil {
		return fmt.Errorf("corrupt model file: %v", err)
	}
	if n > maxModel {
		return fmt.Errorf("model file decompresses to more than %d bytes (256 MiB); refusing it", maxModel)
	}
	return nil
}

// loadEntityModel returns the entity model in path, or the default model
// when path is empty.
func loadEntityModel(path string) (*entity.Model, error) {
	if path == "" {
		return entity.Default()
	}
	f, err := openModel(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entity.Load(f)
}
