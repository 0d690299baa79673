package timeexpr

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/draadnlp/draad/internal/golden"
)

// sharedData returns <repo>/../shared/data/<rel>, skipping t when absent.
func sharedData(t testing.TB, rel string) string { return golden.Shared(t, "data/"+rel) }

type ducklingRow struct {
	Text   string          `json:"text"`
	Ref    string          `json:"ref"`
	Kind   string          `json:"kind"`
	Value  json.RawMessage `json:"value"`
	Grain  string          `json:"grain"`
	Locale string          `json:"locale"`
}

func readRows(t *testing.T, path string) []ducklingRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []ducklingRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r ducklingRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// ducklingZone is the zone of Duckling's test context (UTC-2).
var ducklingZone = time.FixedZone("UTC-2", -2*3600)

const naive = "2006-01-02T15:04:05"

// checkRow parses a row and returns "" when it passes, else a description.
func checkRow(r ducklingRow) string {
	ref, err := ParseRef(r.Ref, ducklingZone)
	if err != nil {
		return err.Error()
	}
	opts := []Option{WithDirection(Future)}
	if r.Locale == "nl_BE" {
		opts = append(opts, WithLocale(BE))
	}
	e, err := Parse(r.Text, ref, opts...)
	if err != nil {
		return err.Error()
	}
	got := ""
	switch r.Kind {
	case "instant":
		got = `"` + e.From.Format(naive) + `"`
		if e.Kind != Instant {
			got += " kind=" + e.Kind.String()
		}
	case "interval":
		m := map[string]string{}
		if !e.From.IsZero() {
			m["from"] = e.From.Format(naive)
		}
		if !e.To.IsZero() {
			m["to"] = e.To.Format(naive)
		}
		b, _ := json.Marshal(m)
		got = string(b)
		if e.Kind != Interval {
			got += " kind=" + e.Kind.String()
		}
	case "duration":
		got = `"` + e.Value + `"`
		if e.Kind != Duration {
			got += " kind=" + e.Kind.String()
		}
	}
	want := string(r.Value)
	if r.Kind == "interval" {
		var m map[string]string
		json.Unmarshal(r.Value, &m)
		b, _ := json.Marshal(m)
		want = string(b)
	}
	if got != want || e.Grain.String() != r.Grain {
		return "got " + got + " " + e.Grain.String() + ", want " + want + " " + r.Grain
	}
	return ""
}

func readDeviations(t *testing.T) map[string]string {
	b, err := os.ReadFile("testdata/duckling-deviations.list")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, reason, ok := strings.Cut(line, " | ")
		if !ok || strings.TrimSpace(reason) == "" {
			t.Fatalf("duckling-deviations.list: want \"text | reason\", got %q", line)
		}
		m[text] = reason
	}
	return m
}

func TestDucklingConformance(t *testing.T) {
	rows := readRows(t, sharedData(t, "timeexpr/duckling-nl.jsonl"))
	dev := readDeviations(t)
	type tally struct{ pass, dev, n int }
	by := map[string]*tally{}
	total := tally{}
	for _, r := range rows {
		k := by[r.Kind]
		if k == nil {
			k = &tally{}
			by[r.Kind] = k
		}
		k.n++
		total.n++
		key := r.Text
		if r.Locale != "" {
			key += " [" + r.Locale + "]"
		}
		msg := checkRow(r)
		_, listed := dev[key]
		switch {
		case msg == "":
			k.pass++
			total.pass++
			if listed {
				t.Errorf("%q passes but is listed as a deviation", key)
			}
		case listed:
			k.dev++
			total.dev++
		default:
			t.Errorf("Parse(%q) ref %s: %s", r.Text, r.Ref, msg)
		}
	}
	for _, kind := range []string{"instant", "interval", "duration"} {
		if k := by[kind]; k != nil {
			t.Logf("%-8s %3d/%3d pass (%.1f%%), %d listed deviations", kind, k.pass, k.n, 100*float64(k.pass)/float64(k.n), k.dev)
		}
	}
	rate := float64(total.pass) / float64(total.n)
	t.Logf("total    %3d/%3d pass (%.1f%%), %d listed deviations", total.pass, total.n, 100*rate, total.dev)
	if rate < 0.96 {
		t.Errorf("pass rate %.1f%% < 96%%", 100*rate)
	}
	for k := range dev {
		found := false
		for _, r := range rows {
			key := r.Text
			if r.Locale != "" {
				key += " [" + r.Locale + "]"
			}
			if key == k {
				found = true
			}
		}
		if !found {
			t.Errorf("deviation %q matches no corpus row", k)
		}
	}
}

func TestDucklingNegatives(t *testing.T) {
	rows := readRows(t, sharedData(t, "timeexpr/duckling-nl-negative.jsonl"))
	for _, r := range rows {
		ref, err := ParseRef(r.Ref, ducklingZone)
		if err != nil {
			t.Fatal(err)
		}
		if e, err := Parse(r.Text, ref, WithDirection(Future)); err == nil {
			t.Errorf("Parse(%q) = %v, want no time", r.Text, e)
		}
		if got := Find(r.Text, ref, WithDirection(Future)); len(got) != 0 {
			t.Errorf("Find(%q) = %v, want none", r.Text, got)
		}
	}
	t.Logf("negatives: %d rows", len(rows))
}
