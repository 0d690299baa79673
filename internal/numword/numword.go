// Package numword reads Dutch number words, cardinal and ordinal, below
// 10000. It serves the age parser in package parse and the time-expression
// engine in package timeexpr. Its table is built once, on first use, and is
// safe for concurrent use.
package numword

import (
	"strings"
	"sync"
)

// cardinal parses a Dutch number word below 10000 ("tweeëntwintig",
// "honderdvijftig", "tweeduizendvierentwintig").
func cardinalParse(s string) (int, bool) {
	if len(s) < 3 || len(s) > 80 {
		return 0, false
	}
	if i := strings.Index(s, "duizend"); i >= 0 {
		hi := 1
		if i > 0 {
			v, ok := below1000(s[:i])
			if !ok || v > 9 {
				return 0, false
			}
			hi = v
		}
		rest := strings.TrimPrefix(s[i+len("duizend"):], "en")
		if rest == "" {
			return hi * 1000, true
		}
		lo, ok := below1000(rest)
		if !ok {
			return 0, false
		}
		return hi*1000 + lo, true
	}
	return below1000(s)
}

func unitVal(s string) int {
	switch s {
	case "een", "één":
		return 1
	case "twee":
		return 2
	case "drie":
		return 3
	case "vier":
		return 4
	case "vijf":
		return 5
	case "zes":
		return 6
	case "zeven":
		return 7
	case "acht":
		return 8
	case "negen":
		return 9
	}
	return 0
}

func teenVal(s string) int {
	switch s {
	case "tien":
		return 10
	case "elf":
		return 11
	case "twaalf":
		return 12
	case "dertien":
		return 13
	case "veertien":
		return 14
	case "vijftien":
		return 15
	case "zestien":
		return 16
	case "zeventien":
		return 17
	case "achttien":
		return 18
	case "negentien":
		return 19
	}
	return 0
}

var tensList = [...]struct {
	s string
	v int
}{{"twintig", 20}, {"dertig", 30}, {"veertig", 40}, {"vijftig", 50}, {"zestig", 60}, {"zeventig", 70}, {"tachtig", 80}, {"negentig", 90}}

func below100(s string) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	if v := unitVal(s); v != 0 {
		return v, true
	}
	if v := teenVal(s); v != 0 {
		return v, true
	}
	if s[len(s)-1] != 'g' {
		return 0, false
	}
	for _, t := range tensList {
		if !strings.HasSuffix(s, t.s) {
			continue
		}
		p := s[:len(s)-len(t.s)]
		if p == "" {
			return t.v, true
		}
		var u string
		switch {
		case strings.HasSuffix(p, "ën"):
			u = p[:len(p)-len("ën")]
		case strings.HasSuffix(p, "en"):
			u = p[:len(p)-2]
		default:
			return 0, false
		}
		if uv := unitVal(u); uv != 0 {
			return t.v + uv, true
		}
		return 0, false
	}
	return 0, false
}

// ordinalWord parses a Dutch ordinal word ("eerste", "derde", "eenentwintigste", "honderdste").
func ordinalParse(s string) (int, bool) {
	switch s {
	case "eerste":
		return 1, true
	case "derde":
		return 3, true
	case "achtste":
		return 8, true
	case "laatste":
		return 0, false
	}
	if strings.HasSuffix(s, "ste") {
		base := s[:len(s)-3]
		switch {
		case strings.HasSuffix(base, "eer"): // eenentwintigste? no: ...eerste
			if v, ok := cardinalParse(base[:len(base)-3] + "een"); ok {
				return v, true
			}
		case strings.HasSuffix(base, "acht"):
			if v, ok := cardinalParse(base); ok {
				return v, true
			}
		}
		if strings.HasSuffix(base, "ig") || strings.HasSuffix(base, "honderd") || strings.HasSuffix(base, "duizend") {
			return cardinalParse(base)
		}
		return 0, false
	}
	if strings.HasSuffix(s, "de") {
		base := s[:len(s)-2]
		if strings.HasSuffix(base, "der") { // ...derde
			return cardinalParse(base[:len(base)-3] + "drie")
		}
		if v, ok := cardinalParse(base); ok && v%100 >= 2 && v%100 <= 19 && v%100 != 3 && v%100 != 8 {
			return v, true
		}
	}
	return 0, false
}

func below1000(s string) (int, bool) {
	if i := strings.Index(s, "honderd"); i >= 0 {
		hi := 1
		if i > 0 {
			hi = unitVal(s[:i])
			if hi == 0 {
				return 0, false
			}
		}
		rest := strings.TrimPrefix(s[i+len("honderd"):], "en")
		if rest == "" {
			return hi * 100, true
		}
		lo, ok := below100(rest)
		if !ok {
			return 0, false
		}
		return hi*100 + lo, true
	}
	return below100(s)
}

// numWord is a number word's value; ord marks ordinals.
type numWord struct {
	v   int
	ord bool
}

// numberWords maps every Dutch cardinal and ordinal word from 1 to 9999 to
// its value. It is built once, on first use, and only read afterwards.
var numberWords = sync.OnceValue(func() map[string]numWord {
	m := make(map[string]numWord, 20200)
	for n := 1; n <= 9999; n++ {
		// TestNumberWordsAgree checks these spellings against the parsers.
		for _, w := range spell(n) {
			m[w] = numWord{v: n}
			m[ordinalOf(w)] = numWord{v: n, ord: true}
		}
	}
	m["één"] = numWord{v: 1}
	return m
})

var unitNames = [...]string{"", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
	"tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"}

func spell100(n int) string {
	if n < 20 {
		return unitNames[n]
	}
	t := tensList[n/10-2].s
	u := n % 10
	if u == 0 {
		return t
	}
	sep := "en"
	if unitNames[u][len(unitNames[u])-1] == 'e' {
		sep = "ën"
	}
	return unitNames[u] + sep + t
}

// spell returns the usual spellings of n (1–9999).
func spell(n int) []string {
	var below1000 func(n int) []string
	below1000 = func(n int) []string {
		if n < 100 {
			return []string{spell100(n)}
		}
		h, r := n/100, n%100
		heads := []string{unitNames[h] + "honderd"}
		if h == 1 {
			heads = []string{"honderd", "eenhonderd"}
		}
		var out []string
		for _, hd := range heads {
			if r == 0 {
				out = append(out, hd)
			} else {
				out = append(out, hd+spell100(r))
			}
		}
		return out
	}
	if n < 1000 {
		return below1000(n)
	}
	th, r := n/1000, n%1000
	head := unitNames[th] + "duizend"
	if th == 1 {
		head = "duizend"
	}
	if r == 0 {
		return []string{head}
	}
	var out []string
	for _, rest := range below1000(r) {
		out = append(out, head+rest)
	}
	return out
}

// ordinalOf turns a cardinal spelling into its ordinal.
func ordinalOf(w string) string {
	switch {
	case strings.HasSuffix(w, "een"):
		return w[:len(w)-3] + "eerste"
	case strings.HasSuffix(w, "drie"):
		return w[:len(w)-4] + "derde"
	case strings.HasSuffix(w, "acht"), strings.HasSuffix(w, "ig"), strings.HasSuffix(w, "honderd"), strings.HasSuffix(w, "duizend"):
		return w + "ste"
	}
	return w + "de"
}

// Cardinal returns the value of a Dutch cardinal number word below 10000,
// written as one lower-case word: "drie", "eenentwintig",
// "tweeëntwintig", "honderdvijftig", "tweeduizendvierentwintig".
func Cardinal(s string) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	nw, ok := numberWords()[s]
	return nw.v, ok && !nw.ord
}

// Ordinal returns the value of a Dutch ordinal word below 10000, written as
// one lower-case word: "eerste", "eenentwintigste", "honderdste".
func Ordinal(s string) (int, bool) {
	if len(s) < 5 {
		return 0, false
	}
	nw, ok := numberWords()[s]
	return nw.v, ok && nw.ord
}

// Lookup returns the value of a Dutch cardinal or ordinal number word below
// 10000 and whether it is an ordinal.
func Lookup(w string) (n int, ordinal, ok bool) {
	nw, ok := numberWords()[w]
	return nw.v, nw.ord, ok
}

// Words yields every number word that [Lookup] knows, in no fixed order.
func Words(yield func(string) bool) {
	for w := range numberWords() {
		if !yield(w) {
			return
		}
	}
}

// Below100 parses a cardinal number word below 100 ("negentig",
// "negenennegentig") by rule, without the table.
func Below100(s string) (int, bool) { return below100(s) }
