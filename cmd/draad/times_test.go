package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCmdTimes(t *testing.T) {
	type row struct {
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Kind  string `json:"kind"`
		From  string `json:"from"`
		To    string `json:"to"`
		Grain string `json:"grain"`
		Value string `json:"value"`
	}
	tests := []struct {
		desc  string
		args  []string
		stdin string
		want  [][]row
		code  int
	}{
		{
			desc:  "past is the default",
			args:  []string{"-ref", "2013-02-12T04:30:00", "-tz", "Europe/Amsterdam"},
			stdin: "Maandag kwam hij, 28 minuten geleden.",
			want: [][]row{{
				{Text: "Maandag", Start: 0, End: 7, Kind: "instant", From: "2013-02-11T00:00:00+01:00", To: "2013-02-12T00:00:00+01:00", Grain: "day", Value: "2013-02-11"},
				{Text: "28 minuten geleden", Start: 18, End: 36, Kind: "instant", From: "2013-02-12T04:02:00+01:00", To: "2013-02-12T04:02:01+01:00", Grain: "second", Value: "2013-02-12T04:02:00"},
			}},
		},
		{
			desc:  "future direction, lines, UTC",
			args:  []string{"-ref", "2013-02-12T04:30:00Z", "-tz", "UTC", "-direction", "future", "-lines"},
			stdin: "maandag\ngeen tijd\nanderhalf uur\n",
			want: [][]row{
				{{Text: "maandag", End: 7, Kind: "instant", From: "2013-02-18T00:00:00Z", To: "2013-02-19T00:00:00Z", Grain: "day", Value: "2013-02-18"}},
				{},
				{{Text: "anderhalf uur", End: 13, Kind: "duration", Grain: "minute", Value: "PT90M"}},
			},
		},
		{
			desc:  "Belgian Sinterklaas",
			args:  []string{"-ref", "2013-02-12T04:30:00", "-direction", "future", "-locale", "nl-BE"},
			stdin: "Sinterklaas",
			want:  [][]row{{{Text: "Sinterklaas", End: 11, Kind: "instant", From: "2013-12-06T00:00:00+01:00", To: "2013-12-07T00:00:00+01:00", Grain: "day", Value: "2013-12-06"}}},
		},
		{desc: "bad direction", args: []string{"-direction", "sideways"}, code: 2},
		{desc: "bad ref", args: []string{"-ref", "gisteren"}, code: 2},
		{desc: "bad zone", args: []string{"-tz", "Mars/Olympus"}, code: 2},
		{desc: "bad locale", args: []string{"-locale", "fr-FR"}, code: 2},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := cmdTimes(tc.args, strings.NewReader(tc.stdin), &out, &errb)
			if code != tc.code {
				t.Fatalf("cmdTimes(%q) = %d, want %d; stderr: %s", tc.args, code, tc.code, errb.String())
			}
			if tc.code != 0 {
				return
			}
			var got [][]row
			dec := json.NewDecoder(&out)
			for dec.More() {
				var rs []row
				if err := dec.Decode(&rs); err != nil {
					t.Fatal(err)
				}
				got = append(got, rs)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("cmdTimes(%q) mismatch (-want +got):\n%s", tc.args, diff)
			}
		})
	}
}

func TestCmdTimesFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", "sinds januari")
	bad := writeFile(t, dir, "bad.txt", "Oekraïne \x00\xff")
	var out, errb bytes.Buffer
	code := cmdTimes([]string{"-ref", "2026-03-18T14:00:00", good, filepath.Join(dir, "missing.txt"), bad}, nil, &out, &errb)
	if code == 0 {
		t.Errorf("exit code 0, want non-zero for a missing and an invalid file")
	}
	if !strings.Contains(out.String(), `"sinds januari"`) {
		t.Errorf("output %q lacks the good file's expression", out.String())
	}
	if n := strings.Count(errb.String(), "draad: "); n != 2 {
		t.Errorf("stderr %q: want 2 error lines", errb.String())
	}
}

func TestCmdTimesBadLines(t *testing.T) {
	tests := []struct {
		desc   string
		stdin  string
		want   []string // the text of each line's first expression, "" for none
		stderr []string
		code   int
	}{
		{
			desc:   "one invalid line in UTF-8",
			stdin:  "Oekraïne gisteren\nmaandag \xff\xfe\x00 kapot\r\nsinds januari\n",
			want:   []string{"gisteren", "", "sinds januari"},
			stderr: []string{"draad: -:2: parse: invalid UTF-8 at byte 8\n"},
			code:   1,
		},
		{
			desc:  "a year beyond 9999 loses no line",
			stdin: "In de jaren 9990.\nop 9 maart 2024\ngisteren",
			want:  []string{"", "9 maart 2024", "gisteren"},
			code:  0,
		},
		{
			desc:  "Latin-1 input is decoded, not split",
			stdin: "Oekra\xefne gisteren\nvandaag",
			want:  []string{"gisteren", "vandaag"},
			code:  0,
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := cmdTimes([]string{"-ref", "2025-03-19T10:00:00", "-lines"}, strings.NewReader(tc.stdin), &out, &errb)
			if code != tc.code {
				t.Errorf("exit code %d, want %d", code, tc.code)
			}
			var got []string
			for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
				var rs []struct{ Text string }
				if err := json.Unmarshal([]byte(l), &rs); err != nil {
					t.Fatalf("line %q: %v", l, err)
				}
				s := ""
				if len(rs) > 0 {
					s = rs[0].Text
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("output mismatch (-want +got):\n%s", diff)
			}
			var gotErr []string
			if errb.Len() > 0 {
				gotErr = strings.SplitAfter(strings.TrimSuffix(errb.String(), "\n")+"\n", "\n")
				gotErr = gotErr[:len(gotErr)-1]
			}
			if diff := cmp.Diff(tc.stderr, gotErr); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
