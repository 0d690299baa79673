package ner

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Lexical classes: how a lowercase word form is spelled in training text.
const (
	lexUnseen      = iota
	lexLower           // only lowercase
	lexMostLower       // mostly lowercase
	lexMostCap         // mostly capitalised inside sentences
	lexInitialOnly     // seen only capitalised at the start of a sentence
	lexFrequent    = 8 // added when the form occurs 10 times or more
)

// lexFirstName marks a word of the built-in first-name list in the lexicon
// table; the lexical class is in the low four bits.
const lexFirstName = 16

// Entity bits in the lexicon table: bit lexEntityFirst+k is set when the
// word starts an entity of type k in the training data, bit
// lexEntityInside+k when it continues one.
const (
	lexEntityFirst  = 8
	lexEntityInside = 16
)

//go:embed firstnames.txt
var firstNamesFile string

// newsFirstNamesFile lists first names of today's news that IsFirstName
// knows besides firstnames.txt; training does not use it.
//
//go:embed firstnames-news.txt
var newsFirstNamesFile string

//go:embed cldr_nl.txt
var cldrFile string

//go:embed orgs.txt
var orgsFile string

//go:embed orglex.txt
var orgLexFile string

// OrgName is a name of the organisation lexicon mined from news (see
// orglex.txt) with its kind: "company", "media", "club", "party",
// "public" or "association".
type OrgName struct {
	Name string
	Kind string
}

// OrgLexicon returns the organisation lexicon mined from news: the names
// the model's gazetteer marks as organisations, with their kind.
func OrgLexicon() []OrgName {
	var out []OrgName
	for _, line := range strings.Split(orgLexFile, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, name, ok := strings.Cut(line, "|")
		if ok && name != "" {
			out = append(out, OrgName{Name: name, Kind: kind})
		}
	}
	return out
}

// firstNameSet is the built-in first-name lists, lower case: true for
// the names of firstnames.txt, false for those only in
// firstnames-news.txt.
var firstNameSet = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for i, f := range []string{newsFirstNamesFile, firstNamesFile} {
		for _, line := range strings.Split(f, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, w := range strings.Fields(line) {
				out[toLower(w)] = i == 1
			}
		}
	}
	return out
})

// IsTrainingFirstName reports whether w is in firstnames.txt, the
// hand-written first-name list that the model is trained with, in any
// case. The miners of new word lists leave these names out.
func IsTrainingFirstName(w string) bool { return firstNameSet()[toLower(w)] }

// IsFirstName reports whether w is in the built-in lists of first names
// in Dutch and Belgian news, in any case: firstnames.txt, written by hand,
// and firstnames-news.txt, mined from nieuws-2019 with draad mine
// firstnames. The sequence model's first-name feature uses only the first
// (see the model card).
func IsFirstName(w string) bool {
	_, ok := firstNameSet()[toLower(w)]
	return ok
}

// builtinFirstNames returns the lowercase hashes of the first-name list.
func builtinFirstNames() []uint64 {
	var out []uint64
	for _, line := range strings.Split(firstNamesFile, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			out = append(out, hashString(toLower(w)))
		}
	}
	return out
}

// builtinGazetteer returns the CLDR country, region and language names
// (see gen.go) as gazetteer entries.
func builtinGazetteer(withOrgLex bool) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(cldrFile, "\n") {
		typ, name, ok := strings.Cut(line, "\t")
		if ok && !strings.HasPrefix(line, "#") {
			out[name] = typ
		}
	}
	for _, line := range strings.Split(orgsFile, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			if _, ok := out[line]; !ok {
				out[line] = "ORG"
			}
		}
	}
	if withOrgLex {
		for _, o := range OrgLexicon() {
			if _, ok := out[o.Name]; !ok {
				out[o.Name] = "ORG"
			}
		}
	}
	return out
}

// buildLex counts the spellings of each lowercase word form in docs and
// marks the given first names.
func buildLex(docs []Document, firstNames []uint64, types []string) table {
	type count struct {
		lower, cap, initial int
		ent                 int32 // entity type bits, see lexEntity
	}
	counts := map[uint64]*count{}
	fn := map[uint64]bool{}
	for _, h := range firstNames {
		fn[h] = true
	}
	for _, d := range docs {
		for _, s := range d {
			for i, w := range s.Words {
				in := analyze(w)
				c := counts[in.lowerHash]
				if c == nil {
					c = &count{}
					counts[in.lowerHash] = c
				}
				switch {
				case in.flags&flagInitCap == 0:
					c.lower++
				case i == 0:
					c.initial++
				default:
					c.cap++
				}
			}
			for _, ch := range Chunks(s.Tags) {
				k := slices.Index(types, ch.Type)
				if k < 0 || k > 7 {
					continue
				}
				for i := ch.Start; i < ch.End; i++ {
					bit := int32(1) << (lexEntityFirst + k)
					if i > ch.Start {
						bit = 1 << (lexEntityInside + k)
					}
					counts[hashString(toLower(clip(s.Words[i])))].ent |= bit
				}
			}
		}
	}
	t := newTable(len(counts) + len(firstNames))
	for _, h := range firstNames {
		if _, ok := counts[h]; !ok {
			t.put(h, lexFirstName)
		}
	}
	for h, c := range counts {
		var cl int32
		switch {
		case c.cap == 0 && c.lower == 0:
			cl = lexInitialOnly
		case c.cap == 0:
			cl = lexLower
		case c.lower >= c.cap:
			cl = lexMostLower
		default:
			cl = lexMostCap
		}
		if c.lower+c.cap+c.initial >= 10 {
			cl += lexFrequent
		}
		if fn[h] {
			cl |= lexFirstName
		}
		cl |= c.ent
		t.put(h, cl)
	}
	return t
}

// maxGazLen is the longest gazetteer entry in words.
const maxGazLen = 6

// gazetteer maps sequences of lowercase words to a bit set of entity
// types (bit k for the model's type k).
type gazetteer struct {
	t table
	c smallTable // compact copy for tagging, built by Model.finalize
}

func seqHash(h, w uint64) uint64 { return mix(h^w) + 0x2545F4914F6CDD1D }

// add records that words (lowercase hashes) name an entity of type bit k.
func (g *gazetteer) addTo(m map[uint64]int32, hashes []uint64, k int) {
	if len(hashes) == 0 || len(hashes) > maxGazLen {
		return
	}
	h := uint64(0)
	for _, w := range hashes {
		h = seqHash(h, w)
	}
	m[h] |= 1 << k
}

// buildGaz builds a gazetteer from the entities tagged in docs plus extra
// entries (lowercase word sequences with a type).
func buildGaz(docs []Document, types []string, extra map[string]string) gazetteer {
	typeIdx := map[string]int{}
	for i, t := range types {
		typeIdx[t] = i
	}
	var g gazetteer
	m := map[uint64]int32{}
	var hs []uint64
	for _, d := range docs {
		for _, s := range d {
			if s.Tags == nil {
				continue
			}
			for _, c := range Chunks(s.Tags) {
				k, ok := typeIdx[c.Type]
				if !ok || k > 6 {
					continue
				}
				hs = hs[:0]
				for _, w := range s.Words[c.Start:c.End] {
					hs = append(hs, hashString(toLower(clip(w))))
				}
				g.addTo(m, hs, k)
			}
		}
	}
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, name := range keys {
		k, ok := typeIdx[extra[name]]
		if !ok || k > 6 {
			continue
		}
		hs = hs[:0]
		for _, w := range strings.Fields(name) {
			hs = append(hs, hashString(toLower(clip(w))))
		}
		g.addTo(m, hs, k)
	}
	g.t = newTable(len(m))
	for h, v := range m {
		g.t.put(h, v)
	}
	return g
}

// match returns per-word gazetteer codes for a sentence: the type bits of
// the longest entry covering the word, shifted left by one, plus 1 when the
// word starts that entry. It returns nil when nothing matches. Entries
// must start with a capitalised word or a digit.
//
// The result may use the array of buf; it is nil when no word matches.
func (g *gazetteer) match(info []wordInfo, buf []uint8) []uint8 {
	if len(g.t.slots) == 0 {
		return nil
	}
	var out []uint8
	for i := 0; i < len(info); i++ {
		if info[i].flags&(flagInitCap|flagHasDigit) == 0 {
			continue
		}
		h := uint64(0)
		bestLen, bestBits := 0, int32(0)
		for j := i; j < len(info) && j-i < maxGazLen; j++ {
			h = seqHash(h, info[j].lowerHash)
			if g.c.slots != nil {
				if v := g.c.get(h); v != 0 {
					bestLen, bestBits = j-i+1, v
				}
			} else if v, ok := g.t.get(h); ok {
				bestLen, bestBits = j-i+1, v
			}
		}
		if bestLen == 0 {
			continue
		}
		if out == nil {
			out = grow(buf, len(info))
			clear(out)
		}
		for j := i; j < i+bestLen; j++ {
			code := uint8(bestBits) << 1
			if j == i {
				code |= 1
			}
			out[j] = code
		}
		i += bestLen - 1
	}
	return out
}
