// Package repo finds the root of the draad repository, for the commands
// and tests that read files kept beside it (golden cases, ../shared). It
// imports only the standard library, so that a command that uses it does
// not link test helpers.
package repo

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// module is the module path that marks the repository root.
const module = "github.com/draadnlp/draad"

// Root returns the repository root: the nearest directory at or above the
// working directory whose go.mod declares the draad module.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if isRoot(dir) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("repo: not inside the draad repository (no go.mod of " + module + " above the working directory)")
		}
		dir = parent
	}
}

func isRoot(dir string) bool {
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	return sc.Scan() && strings.TrimSpace(sc.Text()) == "module "+module
}
