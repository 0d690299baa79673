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
	if code := cmdMine([]string{"orgs", "-min", "1", path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("cmdMine exit %d, stderr %q", code, stderr.String())
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

func TestCmdMineRolesAndWords(t *testing.T) {
	path := writeNews(t, [][]string{
		{"Econoom Jan Bos en econoom Piet de Vries zijn het eens. Onlangs zei econoom Kees Smit het ook."},
		{"Onlangs was het druk. Het was onlangs druk. Het is onlangs gebeurd en onlangs weer."},
		{"Ajax-aanvoerder Jan Bos scoorde."},
	})
	var stdout, stderr bytes.Buffer
	if code := cmdMine([]string{"roles", "-min", "2", path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("mine roles exit %d, stderr %q", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "\neconoom\t3\t0\n") {
		t.Errorf("mine roles output lacks econoom 3:\n%s", stdout.String())
	}
	stdout.Reset()
	if code := cmdMine([]string{"words", "-min", "2", path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("mine words exit %d, stderr %q", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "\nonlangs\t3\t0\t2\n") {
		t.Errorf("mine words output lacks onlangs 3 0 2:\n%s", stdout.String())
	}
	stdout.Reset()
	if code := cmdMine([]string{"bogus"}, nil, &stdout, &stderr); code != 2 {
		t.Errorf("mine bogus exit %d, want 2", code)
	}
}
