package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// version describes the binary from its build information: the module
// version ("(devel)" for a build from a clone), the VCS revision and time
// when the build recorded them, and the Go version. It keeps no version
// constant that could go stale.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "draad (no build information)"
	}
	var b strings.Builder
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	fmt.Fprintf(&b, "draad %s", v)
	var rev, at, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev != "" {
		fmt.Fprintf(&b, " (%s %s%s)", rev[:min(len(rev), 12)], at, modified)
	}
	fmt.Fprintf(&b, " %s", bi.GoVersion)
	return b.String()
}
