package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature is a 64-bit hash of a template number and
// its values; the model maps hashes to weight rows.
const (
	fBias = iota + 1
	fWord
	fLower
	fPrefix
	fSuffix
	fShape
	fLongShape
	fFlags
	fWordAt
	fShapeAt
	fBigramPrev
	fBigramNext
	fShape3
	fLex
	fLexAt
	fCapRun
	fLen
	fGaz
	fDoc
	fDocWord
	fCluster
	fClusterAt
	fTitle
	fBag
	fNgram
	fStack
	fFirstName
	fTokGaz
	fFlat
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// feat combines a template with one value hash.
func feat(t int, a uint64) uint64 {
	h := mix(uint64(t)*0x9E3779B97F4A7C15 ^ a)
	if h == 0 {
		h = 1
	}
	return h
}

// feat2 combines a template with two value hashes.
func feat2(t int, a, b uint64) uint64 {
	return feat(t, mix(a+0x632BE59BD9B4E019)^b)
}

// Word flags.
const (
	flagInitCap = 1 << iota
	flagAllCaps
	flagHasDigit
	flagHasHyphen
	flagHasPeriod
	flagAllDigit
	flagHasLower
	flagPunct
)

// wordInfo is what the feature templates need to know about one word.
type wordInfo struct {
	lower      string
	lowerHash  uint64
	shapeHash  uint64 // collapsed shape, like "Xx" or "d.d"
	longHash   uint64 // uncollapsed shape of the first 8 characters
	flags      uint8
	lex        uint8 // lexical class from training counts, see lexClass
	cluster    uint32
	flat       int32 // flat-class word index + 1, 0 for none
	title      bool
	isTussen   bool
	firstName  bool
	ent        uint16 // entity type bits from the lexicon
	runPos     int32
	runLen     int32
	firstInRun bool
}

// maxFeatWord caps the bytes of a word that feature extraction looks at,
// so a pathological 10 MB "word" costs no more than a normal one.
const maxFeatWord = 64

func clip(w string) string {
	if len(w) <= maxFeatWord {
		return w
	}
	i := maxFeatWord
	for i > 0 && !utf8.RuneStart(w[i]) {
		i--
	}
	return w[:i]
}

func shapeChar(r rune) byte {
	switch {
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= '0' && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return byte(r)
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return '*'
}

func analyze(w string) (info wordInfo) {
	w = clip(w)
	info.lower = toLower(w)
	info.lowerHash = hashString(info.lower)
	var short, long [16]byte
	ns, nl := 0, 0
	var last byte
	letters, uppers, digits := 0, 0, 0
	first := true
	for _, r := range w {
		c := shapeChar(r)
		if nl < 8 {
			long[nl] = c
			nl++
		}
		if c != last && ns < len(short) {
			short[ns] = c
			ns++
		}
		last = c
		switch c {
		case 'X':
			letters++
			uppers++
			if first {
				info.flags |= flagInitCap
			}
		case 'x':
			letters++
			info.flags |= flagHasLower
		case 'd':
			digits++
			info.flags |= flagHasDigit
		case '-':
			info.flags |= flagHasHyphen
		case '.':
			info.flags |= flagHasPeriod
		}
		first = false
	}
	if letters > 0 && uppers == letters && len(w) > 1 {
		info.flags |= flagAllCaps
	}
	if digits > 0 && digits == utf8.RuneCountInString(w) {
		info.flags |= flagAllDigit
	}
	if letters == 0 && digits == 0 {
		info.flags |= flagPunct
	}
	info.shapeHash = hashString(string(short[:ns]))
	info.longHash = hashString(string(long[:nl]))
	return info
}

// toLower lowercases s, returning s itself when it is already lowercase
// ASCII.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// runePrefix returns the first n runes of s.
func runePrefix(s string, n int) (string, bool) {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return s, false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], i < len(s) || n > 0
}

// runeSuffix returns the last n runes of s.
func runeSuffix(s string, n int) (string, bool) {
	i := len(s)
	for k := 0; k < n; k++ {
		if i <= 0 {
			return s, false
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:], true
}

// tussenvoegsels are the name particles of Dutch and Flemish surnames and
// of place names.
var tussenvoegsels = map[string]bool{
	"van": true, "de": true, "der": true, "den": true, "ter": true, "ten": true,
	"'t": true, "in": true, "het": true, "te": true, "op": true, "von": true,
	"le": true, "la": true, "du": true, "di": true, "da": true, "des": true,
	"del": true, "della": true, "dos": true, "el": true, "al": true, "bin": true,
	"vander": true, "vanden": true, "zu": true, "y": true, "d'": true,
}

// titles are words that often precede a person name.
var titles = map[string]bool{
	"meneer": true, "mevrouw": true, "heer": true, "mr.": true, "dr.": true,
	"prof.": true, "ir.": true, "ing.": true, "drs.": true, "mgr.": true,
	"minister": true, "premier": true, "president": true, "koning": true,
	"koningin": true, "prins": true, "prinses": true, "paus": true,
	"burgemeester": true, "schepen": true, "senator": true, "kardinaal": true,
	"pastoor": true, "generaal": true, "kapitein": true, "voorzitter": true,
	"trainer": true, "coach": true, "collega": true, "gouverneur": true,
	"staatssecretaris": true, "kanselier": true, "sint": true, "st.": true,
	"mevr.": true, "dhr.": true, "mijnheer": true, "zanger": true,
	"zangeres": true, "regisseur": true, "schrijver": true, "auteur": true,
}
