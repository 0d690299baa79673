package quote

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestKindText(t *testing.T) {
	for _, k := range []Kind{Direct, Colon, Indirect} {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", k, err)
		}
		var got Kind
		if err := got.UnmarshalText(b); err != nil || got != k {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, k)
		}
		if k.String() != string(b) {
			t.Errorf("%v.String() = %q, want %q", k, k.String(), b)
		}
	}
	if _, err := Kind(0).MarshalText(); err == nil {
		t.Errorf("Kind(0).MarshalText: want error")
	}
	var k Kind
	if err := k.UnmarshalText([]byte("reported")); err == nil {
		t.Errorf("UnmarshalText(reported): want error")
	}
}

func TestQuoteJSON(t *testing.T) {
	q := Quote{Text: `"Ja"`, Start: 0, End: 4, Content: Span{Text: "Ja", Start: 1, End: 3}, Kind: Direct,
		Verb: "zei", Speaker: &Speaker{Text: "hij", Start: 10, End: 13, Canonical: "Jens Stoltenberg", Pronoun: true},
		Rule: "verb-after-quote", Confidence: 0.9}
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"text":"\"Ja\"","start":0,"end":4,"content":{"text":"Ja","start":1,"end":3},"kind":"direct","verb":"zei","speaker":{"text":"hij","start":10,"end":13,"canonical":"Jens Stoltenberg","pronoun":true},"rule":"verb-after-quote","confidence":0.9}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("json.Marshal(quote) mismatch (-want +got):\n%s", diff)
	}
	var back Quote
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(q, back); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
	// An unresolved speaker has no canonical name and no pronoun flag.
	b, _ = json.Marshal(Speaker{Text: "de minister", Start: 5, End: 16, Role: "minister"})
	if want := `{"text":"de minister","start":5,"end":16,"role":"minister"}`; string(b) != want {
		t.Errorf("json.Marshal(unresolved speaker) = %s, want %s", b, want)
	}
	// An unattributed quote has no speaker, rule or confidence.
	b, _ = json.Marshal(Quote{Text: `"x"`, End: 3, Kind: Direct})
	if want := `{"text":"\"x\"","start":0,"end":3,"content":{"text":"","start":0,"end":0},"kind":"direct"}`; string(b) != want {
		t.Errorf("json.Marshal(unattributed) = %s, want %s", b, want)
	}
}

func TestParagraphs(t *testing.T) {
	for _, tc := range []struct {
		desc, in string
		want     []Span
	}{
		{"empty", "", nil},
		{"one line", "Ja.", []Span{{Text: "Ja.", Start: 0, End: 3}}},
		{"blank lines and spaces", "  A \n\n\tB\r\n", []Span{{Text: "A", Start: 2, End: 3}, {Text: "B", Start: 7, End: 8}}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Paragraphs(tc.in)); diff != "" {
				t.Errorf("Paragraphs(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
