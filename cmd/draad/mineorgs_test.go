package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestCmdMineOrgs(t *testing.T) {
	path := writeNews(t, [][]string{
		{"Het bedrijf Acmeco maakt winst. Dat meldt Dagblad Noord."},
		{"Acmeco-topman Jan Smit is blij, zei hij tegen Dagblad Noord."},
		{"Een woordvoerder van Acmeco reageerde niet. Dat meldt Dagblad Noord."},
		{"Kamerlid Piet Bos (PZ) stemde tegen."},
	})
	var stdout, stderr bytes.Buffer
	if code := cmdMineOrgs([]string{"-min", "1", path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("cmdMineOrgs exit %d, stderr %q", code, stderr.String())
	}
	kinds := map[string]string{}
	for _, l := range strings.Split(stdout.String(), "\n") {
		if f := strings.Split(l, "\t"); len(f) > 2 && !strings.HasPrefix(l, "#") {
			kinds[f[0]] = f[1]
		}
	}
	for name, want := range map[string]string{"Acmeco": "company", "Dagblad Noord": "media", "PZ": "party"} {
		if kinds[name] != want {
			t.Errorf("kind of %q = %q, want %q (all: %v)", name, kinds[name], want, kinds)
		}
	}
}
