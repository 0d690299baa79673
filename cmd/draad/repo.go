package main

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// repoRoot returns the root of the draad repository: the nearest directory
// at or above the working directory whose go.mod declares the draad
// module. The command keeps its own copy so that it does not link the
// test helpers of internal/golden (and with them package testing and
// go-cmp).
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if isRepoRoot(dir) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the draad repository (no go.mod of github.com/draadnlp/draad above the working directory)")
		}
		dir = parent
	}
}

func isRepoRoot(dir string) bool {
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	return sc.Scan() && strings.TrimSpace(sc.Text()) == "module github.com/draadnlp/draad"
}
