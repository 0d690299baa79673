package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRunSeed(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-ref", "2026-11-28T12:00:00", "../../testdata/seed/buitenland-page.txt"}, nil, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"# Stoltenberg: Rusland en China werken steeds inniger samen",
		"## Meer uit Buitenland",
		"11:32  Oslo         ANP+AFP ",
		"05:00  Teheran      ANP+AFP+DPA ",
		"17:00  Kampala      ANP+AFP ",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}
