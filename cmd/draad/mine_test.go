package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
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

func TestCmdMineMononyms(t *testing.T) {
	path := writeNews(t, [][]string{
		// Zorro is named alone after roles; Bakker after a first name;
		// Groen is also a lower-case word; Noordhaven has no role.
		{"Gisteren scoorde aanvaller Zorro twee keer. Volgens spits Zorro was het makkelijk."},
		{"De Ajax-spits Zorro bleef staan, terwijl aanvaller Bakker viel en Jan Bakker juichte."},
		{"Aanvoerder Zorro en zanger Groen zongen in Noordhaven. Het gras is groen, groen en groen."},
		{"Ook middenvelder Groen kwam naar Noordhaven, net als spits Bakker en Piet Bakker."},
	})
	roles := filepath.Join(t.TempDir(), "roles.txt")
	if err := os.WriteFile(roles, []byte("# roles\naanvaller\nspits\naanvoerder\nzanger\nmiddenvelder\nminister van Defensie\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := cmdMine([]string{"mononyms", "-min", "2", "-roles", roles, path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("mine mononyms exit %d, stderr %q", code, stderr.String())
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if !strings.HasPrefix(l, "#") {
			got = append(got, l)
		}
	}
	// Zorro: 4 times after a role, 4 times capitalised inside a
	// sentence, never after a first name.
	if want := []string{"Zorro\t4\t4\t0"}; !slices.Equal(got, want) {
		t.Errorf("mine mononyms = %q, want %q", got, want)
	}
	if code := cmdMine([]string{"mononyms", "-roles", filepath.Join(t.TempDir(), "missing.txt"), path}, nil, &stdout, &stderr); code != 1 {
		t.Errorf("mine mononyms with a missing role list: exit %d, want 1", code)
	}
}

func TestCmdMineFirstNames(t *testing.T) {
	path := writeNews(t, [][]string{
		// Zoë opens "Zoë Kramer", and Kramer comes back alone; Noordhaven
		// opens "Noordhaven United", and United comes back alone, but
		// Noordhaven is mostly written alone; Kees is in the built-in list.
		{"Gisteren won Zoë Kramer de finale. Daarna zei Kramer dat het zwaar was.", "Ook Kees Bos was er; Bos lachte."},
		{"Volgens Zoë Vos is het klaar. Het plan van Vos is af."},
		{"Speler Noordhaven United verloor. Toen won United toch.", "In Noordhaven regent het. Naar Noordhaven gaan we, via Noordhaven."},
		{"In Noordhaven is het mooi. De haven van Noordhaven is groot."},
	})
	var stdout, stderr bytes.Buffer
	if code := cmdMine([]string{"firstnames", "-min", "2", path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("mine firstnames exit %d, stderr %q", code, stderr.String())
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if !strings.HasPrefix(l, "#") {
			got = append(got, l)
		}
	}
	// Zoë: opens a name in 2 articles, capitalised inside a sentence in 2.
	if want := []string{"Zoë\t2\t2"}; !slices.Equal(got, want) {
		t.Errorf("mine firstnames = %q, want %q", got, want)
	}
}
