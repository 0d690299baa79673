package token

import "strings"

// Classes of abbreviations.
const (
	abbrNone  = iota
	abbrMid   // ends a sentence only as a capitalised word (Max.): o.a., ca.
	abbrFinal // may end a sentence: enz., etc., mln.
	abbrTitle // never ends a sentence: titles (dhr., prof.)
)

// abbrevs maps Dutch abbreviations, lower case and without their final
// period, to their class.
var abbrevs = map[string]uint8{
	// titles and forms of address
	"mr": abbrTitle, "mrs": abbrTitle, "prof": abbrTitle, "dhr": abbrTitle, "hr": abbrTitle,
	"mw": abbrTitle, "mevr": abbrTitle, "mej": abbrTitle, "drs": abbrTitle, "ir": abbrTitle,
	"dr": abbrTitle, "ing": abbrTitle, "jhr": abbrTitle, "jkvr": abbrTitle, "ds": abbrTitle,
	"mgr": abbrTitle, "kard": abbrTitle, "st": abbrTitle, "sr": abbrTitle, "jr": abbrTitle,
	"gen": abbrTitle, "lt": abbrTitle, "kol": abbrTitle, "maj": abbrTitle, "kapt": abbrTitle,
	"adm": abbrTitle, "burg": abbrTitle, "weth": abbrTitle, "bc": abbrTitle, "kand": abbrTitle,
	// references and quantities
	"nr": abbrMid, "blz": abbrMid, "pag": abbrMid, "art": abbrMid, "afd": abbrMid,
	"hfst": abbrMid, "fig": abbrMid, "tel": abbrMid, "vol": abbrFinal, "ca": abbrMid,
	"vs": abbrMid, "bijv": abbrMid, "bv": abbrFinal, "nv": abbrFinal, "vgl": abbrMid,
	"zgn": abbrMid, "resp": abbrFinal, "evt": abbrFinal, "incl": abbrFinal,
	"excl": abbrFinal, "ong": abbrMid, "vnl": abbrMid, "max": abbrMid, "min": abbrMid,
	"mln": abbrFinal, "mld": abbrFinal, "mrd": abbrFinal, "enz": abbrFinal,
	"etc": abbrFinal, "jl": abbrFinal, "fam": abbrMid, "plm": abbrMid, "tgv": abbrMid,
	"aant": abbrMid, "gem": abbrMid, "av": abbrMid, "fr": abbrFinal, "ltd": abbrFinal, "afb": abbrMid, "red": abbrMid, "wo": abbrMid,
	// dotted abbreviations that are not only single letters
	"v.chr": abbrFinal, "n.chr": abbrFinal, "mr.drs": abbrTitle, "mr.dr": abbrTitle,
	"mr.ir": abbrTitle, "prof.dr": abbrTitle, "ir.drs": abbrTitle,
	// chains of single letters; others default to abbrFinal
	"o.a": abbrMid, "d.w.z": abbrMid, "m.b.t": abbrMid, "i.p.v": abbrMid,
	"t.o.v": abbrMid, "n.a.v": abbrMid, "z.g": abbrMid, "o.m": abbrMid,
	"m.a.w": abbrMid, "i.v.m": abbrMid, "t.a.v": abbrMid, "m.u.v": abbrMid,
	"a.d.h.v": abbrMid, "c.q": abbrMid, "d.d": abbrMid, "p.a": abbrMid,
	"v.w.b": abbrMid, "z.i": abbrMid, "o.v.v": abbrMid, "e.g": abbrMid, "i.e": abbrMid,
	"e.d": abbrFinal, "e.a": abbrFinal, "a.s": abbrFinal, "e.v": abbrFinal,
	"o.i.d": abbrFinal, "n.v.t": abbrFinal, "t.z.t": abbrFinal, "a.u.b": abbrFinal,
	"s.v.p": abbrFinal, "z.s.m": abbrFinal, "z.o.z": abbrFinal,
}

// monthAbbrevs are abbreviations that only count in lower case: "jan."
// is a month, "Jan." a name.
var monthAbbrevs = map[string]uint8{
	"jan": abbrMid, "feb": abbrMid, "febr": abbrMid, "mrt": abbrMid, "apr": abbrMid,
	"jun": abbrMid, "jul": abbrMid, "aug": abbrMid, "sep": abbrMid, "sept": abbrMid,
	"okt": abbrMid, "nov": abbrMid, "dec": abbrMid,
}

// lookupAbbrev returns the class of word, an abbreviation without its
// final period. It accepts the lower-case form and, except for months,
// forms with capitalized segments (Mr, Prof, O.a, V.Chr).
func lookupAbbrev(word string) uint8 {
	if len(word) == 0 || len(word) > 8 {
		return abbrNone
	}
	if c, ok := monthAbbrevs[word]; ok {
		return c
	}
	if c, ok := abbrevs[word]; ok {
		return c
	}
	var buf [8]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			if i > 0 && word[i-1] != '.' {
				return abbrNone // "MR", "ING" (a bank) or "mR"
			}
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbrevs[string(buf[:len(word)])]
}

// IsAbbrev reports whether word, which may end in a period, is a known
// Dutch abbreviation or a chain of single letters with periods, such as
// "dhr.", "o.a." or "J.P.".
func IsAbbrev(word string) bool {
	word = strings.TrimSuffix(word, ".")
	return lookupAbbrev(word) != abbrNone || letterChain(word)
}

// IsTitle reports whether word, which may end in a period, is a title
// written before a name, such as "dr.", "Prof." or "mr.drs.": an
// abbreviation that never ends a sentence.
func IsTitle(word string) bool {
	return lookupAbbrev(strings.TrimSuffix(word, ".")) == abbrTitle
}

// letterChain reports whether s is two or more single letters separated
// by periods, such as "o.a" or "J.P".
func letterChain(s string) bool {
	if len(s) < 3 {
		return false
	}
	want := true // want a letter
	count := 0
	for _, r := range s {
		if want {
			if !isLetter(r) {
				return false
			}
			count++
		} else if r != '.' {
			return false
		}
		want = !want
	}
	return !want && count >= 2
}
