package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseCommand(t *testing.T) {
	dir := t.TempDir()
	latin1 := writeFile(t, dir, "latin1.txt", "BRUSSEL (ANP) - Caf\xe9 in Li\xe8ge.\n")
	broken := writeFile(t, dir, "broken.txt", "Oekra\xc3\xafne \xff\n")
	seed := "../../testdata/seed/buitenland-page.txt"
	var stdout, stderr bytes.Buffer
	code := run([]string{"parse", "-jsonl", "-ref", "2026-11-28T12:00:00", seed, broken, latin1, filepath.Join(dir, "missing.txt")}, nil, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (two inputs failed)", code)
	}
	if !strings.Contains(stderr.String(), "broken.txt: parse: invalid UTF-8 at byte 10") {
		t.Errorf("stderr lacks the offset of the bad byte:\n%s", stderr.String())
	}
	if !strings.Contains(stderr.String(), "missing.txt") {
		t.Errorf("stderr lacks the missing file:\n%s", stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d JSON lines, want 2 (seed and latin1):\n%s", len(lines), stdout.String())
	}
	var doc struct {
		File     string `json:"file"`
		Encoding string `json:"encoding"`
		Headline struct {
			Text string `json:"text"`
		} `json:"headline"`
		Sections []struct {
			Stories []struct {
				Age struct {
					Time string `json:"time"`
				} `json:"age"`
			} `json:"stories"`
		} `json:"sections"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Headline.Text != "Stoltenberg: Rusland en China werken steeds inniger samen" || len(doc.Sections) != 1 || len(doc.Sections[0].Stories) != 7 {
		t.Errorf("seed: headline %q, %d sections; want the seed headline and 1 section of 7", doc.Headline.Text, len(doc.Sections))
	} else if got := doc.Sections[0].Stories[0].Age.Time; got != "2026-11-28T11:32:00+01:00" {
		t.Errorf("seed: first age resolves to %s, want 2026-11-28T11:32:00+01:00 (Europe/Amsterdam)", got)
	}
	if err := json.Unmarshal([]byte(lines[1]), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Encoding != "iso-8859-1" {
		t.Errorf("latin1: encoding %q, want iso-8859-1", doc.Encoding)
	}
}

func TestParseCommandStdinPretty(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"parse", "-pretty", "-ref", "2026-11-28T12:00:00Z"}, strings.NewReader("DEN HAAG (ANP) - Het kabinet valt.\n"), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit code %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "\n  \"stories\": [") || !strings.Contains(stdout.String(), `"place": "Den Haag"`) {
		t.Errorf("pretty output:\n%s", stdout.String())
	}
}

func TestParseCommandBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"parse", "-ref", "gisteren"},
		{"parse", "-tz", "Mars/Olympus"},
		{"parse", "-jsonl", "-pretty"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, strings.NewReader(""), &stdout, &stderr); code != 2 {
			t.Errorf("run(%q) = %d, want 2; stderr: %s", args, code, stderr.String())
		}
	}
}
