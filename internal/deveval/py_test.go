package deveval

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The wanted values in this file are what Python 3.11 gives.

func TestRepr(t *testing.T) {
	tests := []struct {
		desc string
		in   any
		want string
	}{
		{"plain", "plain", `'plain'`},
		{"single quote", "it's", `"it's"`},
		{"double quotes", `say "hi"`, `'say "hi"'`},
		{"both quotes", `both ' and "`, `'both \' and "'`},
		{"escapes", "tab\there\nnl\r", `'tab\there\nnl\r'`},
		{"controls", "\x00\x1f\x7f", `'\x00\x1f\x7f'`},
		{"non-ASCII", "é\u00a0\u200b\u2028\ue000\U0001F600\U000e0001\u0378", `'é\xa0\u200b\u2028\ue000` + "\U0001F600" + `\U000e0001\u0378'`},
		{"backslash", `back\slash`, `'back\\slash'`},
		{"None", nil, "None"},
		{"booleans", []any{true, false}, "[True, False]"},
		{"numbers", []any{json.Number("7"), json.Number("-0"), json.Number("1.50"), json.Number("1e16")}, "[7, 0, 1.5, 1e+16]"},
		{"empty list", []any{}, "[]"},
		{"object in order", &object{keys: []string{"place", "agencies"}, vals: map[string]any{"place": "Den Haag", "agencies": []any{"ANP"}}}, "{'place': 'Den Haag', 'agencies': ['ANP']}"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := repr(tc.in); got != tc.want {
				t.Errorf("repr(%#v) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestFloatRepr(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0.0"}, {math.Copysign(0, -1), "-0.0"}, {1, "1.0"}, {1.5, "1.5"}, {0.1, "0.1"},
		{1e16, "1e+16"}, {1.5e16, "1.5e+16"}, {1e15, "1000000000000000.0"},
		{123456789012345678, "1.2345678901234568e+17"}, {0.0001, "0.0001"}, {0.00001, "1e-05"},
		{1.23e-7, "1.23e-07"}, {1e300, "1e+300"}, {5e-324, "5e-324"}, {2.5e-05, "2.5e-05"},
		{math.Inf(1), "inf"}, {math.NaN(), "nan"},
	}
	for _, tc := range tests {
		if got := floatRepr(tc.in); got != tc.want {
			t.Errorf("floatRepr(%v) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestDecodeReplace(t *testing.T) {
	tests := []struct {
		desc string
		in   string
		want string
	}{
		{"valid", "Zoë", "Zoë"},
		{"truncated three-byte", "\xe2\x82a", "\ufffda"},
		{"stray byte", "\xff", "\ufffd"},
		{"truncated four-byte", "\xf0\x9f\x98 ", "\ufffd "},
		{"surrogate", "\xed\xa0\x80", "\ufffd\ufffd\ufffd"},
		{"overlong two-byte", "\xc0\xaf", "\ufffd\ufffd"},
		{"above U+10FFFF", "\xf4\x90\x80\x80", "\ufffd\ufffd\ufffd\ufffd"},
		{"overlong three-byte", "\xe0\x80\x80", "\ufffd\ufffd\ufffd"},
		{"truncated at the end", "a\xe2\x82", "a\ufffd"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := decodeReplace([]byte(tc.in)); got != tc.want {
				t.Errorf("decodeReplace(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestStrings(t *testing.T) {
	if got, want := fields(" \x1c a\u3000b\u0085 c\u200b "), []string{"a", "b", "c\u200b"}; !cmp.Equal(got, want) {
		t.Errorf("fields mismatch (-want +got):\n%s", cmp.Diff(want, got))
	}
	if got := strip(" \x1c a \x1f"); got != "a" {
		t.Errorf("strip = %q, want %q", got, "a")
	}
	if got := stripChars("„Ja,” zei hij.", marks); got != "Ja,” zei hij" {
		t.Errorf("stripChars = %q", got)
	}
	for _, tc := range []struct{ in, fold, lower, upper string }{
		{"Straße", "strasse", "straße", "STRASSE"},
		{"İstanbul", "i̇stanbul", "i̇stanbul", "İSTANBUL"},
		{"ΟΔΟΣ ΟΔΟΣ.", "οδοσ οδοσ.", "οδος οδος.", "ΟΔΟΣ ΟΔΟΣ."},
		{"ﬁnale", "finale", "ﬁnale", "FINALE"},
	} {
		if got := casefold(tc.in); got != tc.fold {
			t.Errorf("casefold(%q) = %q, want %q", tc.in, got, tc.fold)
		}
		if got := lower(tc.in); got != tc.lower {
			t.Errorf("lower(%q) = %q, want %q", tc.in, got, tc.lower)
		}
		if got := upper(tc.in); got != tc.upper {
			t.Errorf("upper(%q) = %q, want %q", tc.in, got, tc.upper)
		}
	}
	if got := prefixRunes("Zoë Peeters", 3); got != "Zoë" {
		t.Errorf("prefixRunes = %q", got)
	}
	for _, tc := range []struct {
		data, sub string
		start     int
		want      int
	}{
		{"abcabc", "bc", 0, 1}, {"abcabc", "bc", 2, 4}, {"abc", "", 3, 3}, {"abc", "", 4, -1}, {"abc", "x", 0, -1},
	} {
		if got := find([]byte(tc.data), []byte(tc.sub), tc.start); got != tc.want {
			t.Errorf("find(%q, %q, %d) = %d, want %d", tc.data, tc.sub, tc.start, got, tc.want)
		}
	}
}

func TestEqualAndKeys(t *testing.T) {
	n := func(s string) json.Number { return json.Number(s) }
	tests := []struct {
		desc string
		a, b any
		want bool
	}{
		{"int and float", n("1"), n("1.0"), true},
		{"true and 1", true, n("1"), true},
		{"false and 0", false, n("0"), true},
		{"exponent", n("1e2"), n("100"), true},
		{"big int and float", n("9007199254740993"), n("9007199254740992.0"), false},
		{"string and number", "1", n("1"), false},
		{"None", nil, nil, true},
		{"None and empty", nil, "", false},
		{"lists", []any{n("1"), "a"}, []any{n("1.0"), "a"}, true},
		{"objects ignore order", &object{keys: []string{"a", "b"}, vals: map[string]any{"a": n("1"), "b": nil}}, &object{keys: []string{"b", "a"}, vals: map[string]any{"a": true, "b": nil}}, true},
		{"list and object", []any{}, &object{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := equal(tc.a, tc.b); got != tc.want {
				t.Errorf("equal(%s, %s) = %v, want %v", repr(tc.a), repr(tc.b), got, tc.want)
			}
		})
	}
	for _, v := range []any{nil, false, n("0"), n("0.0"), n("-0"), "", []any{}, &object{}} {
		if truthy(v) {
			t.Errorf("truthy(%s) = true, want false", repr(v))
		}
	}
	for _, v := range []any{true, n("1"), n("1e999"), "0", []any{nil}} {
		if !truthy(v) {
			t.Errorf("truthy(%s) = false, want true", repr(v))
		}
	}
}

func TestDecodeJSON(t *testing.T) {
	v, err := decodeJSON([]byte(` {"b": 1, "a": [true, null, "x"], "b": 2} `))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := repr(v), "{'b': 2, 'a': [True, None, 'x']}"; got != want {
		t.Errorf("decodeJSON: got %s, want %s (first place, last value)", got, want)
	}
	for _, bad := range []string{``, `{`, `{"a": 1} {}`, `[1,]`, `NaN`, strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1)} {
		if _, err := decodeJSON([]byte(bad)); err == nil {
			t.Errorf("decodeJSON(%.20q) succeeded, want an error", bad)
		}
	}
}

// FuzzDecodeJSON checks that decodeJSON accepts what encoding/json finds
// valid (within the depth bound) and nothing else, without panicking.
func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2.5, "x", null, true]}`, `[]`, `"\ud800"`, `{"a":1,"a":2}`, `1e999`, "\"\xff\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := decodeJSON(data)
		deep := strings.Count(string(data), "[")+strings.Count(string(data), "{") > maxDepth
		if valid := json.Valid(data); valid != (err == nil) && !(valid && deep) {
			t.Fatalf("decodeJSON(%q): error %v, but json.Valid = %v", data, err, valid)
		}
		if err == nil && !utf8.ValidString(repr(v)) {
			t.Errorf("repr of %q is not valid UTF-8", data)
		}
	})
}

// FuzzDecodeReplace checks decodeReplace against its definition: valid
// input comes back unchanged, and the output is valid UTF-8 with at most
// one U+FFFD per input byte, and at least one per ill-formed run.
func FuzzDecodeReplace(f *testing.F) {
	for _, s := range []string{"Zoë", "\xe2\x82a", "\xed\xa0\x80", "\xf4\x90\x80\x80", "a\xe2\x82"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got := decodeReplace(data)
		if !utf8.ValidString(got) {
			t.Fatalf("decodeReplace(%q) = %q, not valid UTF-8", data, got)
		}
		if utf8.Valid(data) {
			if got != string(data) {
				t.Fatalf("decodeReplace(%q) = %q, want the input", data, got)
			}
			return
		}
		if strings.ToValidUTF8(got, "\ufffd") != got || strings.Count(got, "\ufffd") > len(data) {
			t.Fatalf("decodeReplace(%q) = %q", data, got)
		}
		if strings.ToValidUTF8(string(data), "") != strings.ReplaceAll(got, "\ufffd", "") {
			// the valid characters survive in order; U+FFFD in the input
			// is valid too, so compare only without it
			if !strings.Contains(string(data), "\ufffd") {
				t.Fatalf("decodeReplace(%q) = %q changes the valid characters", data, got)
			}
		}
	})
}
