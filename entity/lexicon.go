package entity

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/agency"
	"github.com/draadnlp/draad/internal/gazetteer"
	"github.com/draadnlp/draad/internal/ner"
	"github.com/draadnlp/draad/token"
)

//go:embed data/*.txt
var dataFS embed.FS

// kind is what a lexicon entry names.
type kind uint8

const (
	kUser kind = iota // a user entry; its type is in entry.typ
	kCountry
	kOrg
	kCapital
	kPlace
	kAdjective
	kDemonym
	kOrgLex // a name of the organisation lexicon mined from news (internal/ner/orglex.txt)
	kMisc   // data/misc.txt: events, holidays, indices, abbreviations of things
)

// entry is one name in a lexicon.
type entry struct {
	words     []string // the name's tokens, spaces left out
	kind      kind
	typ       Type // for kUser
	code      string
	canonical string
	adj       uint8  // for kOrg: 0 no adjective, 1 optional, 2 required
	orgKind   string // for kOrgLex: company, media, club, party, public or association
}

// lexicon is a set of names matched token by token. It is read-only once
// built, so one lexicon serves any number of goroutines.
type lexicon struct {
	first map[string][]*entry // by first word
	// lowerFirst holds the handful of keys of first that start with a
	// lower-case letter ("de Volkskrant", "cd&v"), for hasLowerStart,
	// which lexSpans asks about every lower-case word of a text.
	lowerFirst map[string]bool
	// lowerMask rules out most words before the lookup in lowerFirst:
	// bit n%64 of lowerMask[c] is set when a key of lowerFirst starts
	// with the byte c and is n bytes long.
	lowerMask   [256]uint64
	countryName map[string]string // code → CLDR Dutch name
	roles       map[string][][]string
	roleWords   map[string]bool // single-word roles, lower case
	modifiers   map[string]bool
	stop        map[string]bool
	verbs       map[string]bool // finite verbs with a person subject
	verbHeads   map[string]bool // the first words of the verbs of two words ("dreigt" of "dreigt met")
	speech      map[string]bool // verbs of speech that introduce a quote's speaker
	demonymOf   map[string]bool // demonyms, some also adjectives ("Chinees")
	famFirst    map[string]bool // family names written first ("Xi Jinping")
	placeOnly   map[string]bool // capitals that never stand for their state
	// orgLex holds the organisation lexicon mined from news, by first
	// word. It types names only as a fallback and a feature, never as an
	// override, so it is kept apart from first.
	orgLex map[string][]*entry
	// misc holds data/misc.txt by first word.
	misc        map[string][]*entry
	mononyms    map[string]bool // data/mononyms.txt
	descriptors []descriptor
	descByTail  map[string][]int    // last 3 bytes of an ending → descriptors, in file order
	lowercase   map[string]bool     // data/lowercase.txt
	orgHeads    map[string]bool     // data/orgheads.txt: words
	orgEndings  map[string][]string // data/orgheads.txt: endings by their last 3 bytes
}

// tail3 returns the last three bytes of s, or s when it is shorter.
func tail3(s string) string {
	if len(s) <= 3 {
		return s
	}
	return s[len(s)-3:]
}

// descriptor is a line of data/descriptors.txt.
type descriptor struct {
	kind  string
	end   string
	exact bool
}

func newLexicon() *lexicon {
	return &lexicon{first: make(map[string][]*entry), lowerFirst: make(map[string]bool)}
}

// add indexes e under its first word.
func (lx *lexicon) add(e *entry) {
	if len(e.words) == 0 {
		return
	}
	k := e.words[0]
	for _, o := range lx.first[k] {
		if o.kind == e.kind && equalWords(o.words, e.words) {
			return
		}
	}
	lx.first[k] = append(lx.first[k], e)
	if r, _ := utf8.DecodeRuneInString(k); unicode.IsLower(r) {
		lx.lowerFirst[k] = true
		lx.lowerMask[k[0]] |= 1 << (len(k) % 64)
	}
}

// addName adds name (split into tokens) with the given data, plus the
// variant with a capital first letter when name starts in lower case, and
// an all-caps variant for places (datelines: "TEHERAN").
func (lx *lexicon) addName(name string, e entry) {
	ws := splitWords(name)
	if len(ws) == 0 {
		return
	}
	ne := e
	ne.words = ws
	lx.add(&ne)
	if r, n := utf8.DecodeRuneInString(ws[0]); unicode.IsLower(r) {
		up := append([]string{string(unicode.ToUpper(r)) + ws[0][n:]}, ws[1:]...)
		ue := e
		ue.words = up
		lx.add(&ue)
	}
	if e.kind == kCountry || e.kind == kCapital || e.kind == kPlace {
		caps := make([]string, len(ws))
		same := true
		for i, w := range ws {
			caps[i] = strings.ToUpper(w)
			same = same && caps[i] == w
		}
		if !same && utf8.RuneCountInString(name) > 3 {
			ce := e
			ce.words = caps
			lx.add(&ce)
		}
	}
}

// match returns the longest entry that matches words from i, or nil.
// Among entries of the same length the lowest kind wins, so user entries
// beat countries, countries beat organisations, and so on.
func (lx *lexicon) match(ws []word, i int) *entry {
	var best *entry
	for _, e := range lx.first[ws[i].text] {
		n := len(e.words)
		if i+n > len(ws) {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if ws[i+k].text != e.words[k] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if best == nil || n > len(best.words) || n == len(best.words) && e.kind < best.kind {
			best = e
		}
	}
	return best
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// splitWords tokenizes s and returns its non-space tokens.
func splitWords(s string) []string {
	var ws []string
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Space {
			ws = append(ws, t.Text)
		}
	}
	return ws
}

// builtin returns the built-in lexicon, parsed once.
var builtin = sync.OnceValues(loadBuiltin)

func loadBuiltin() (*lexicon, error) {
	lx := newLexicon()
	lx.countryName = make(map[string]string, len(countryNames))
	for _, c := range countryNames {
		lx.countryName[c.code] = c.name
	}
	err := readRecords("names.txt", 2, func(f []string) error {
		if _, ok := lx.countryName[f[0]]; !ok {
			return fmt.Errorf("unknown country code %q", f[0])
		}
		lx.countryName[f[0]] = f[1]
		lx.addName(f[1], entry{kind: kCountry, code: f[0], canonical: f[1]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, c := range countryNames {
		lx.addName(c.name, entry{kind: kCountry, code: c.code, canonical: lx.countryName[c.code]})
	}
	err = readRecords("aliases.txt", 2, func(f []string) error {
		name, ok := lx.countryName[f[0]]
		if !ok {
			return fmt.Errorf("unknown country code %q", f[0])
		}
		for _, a := range list(f[1]) {
			lx.addName(a, entry{kind: kCountry, code: f[0], canonical: name})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readRecords("capitals.txt", 2, func(f []string) error {
		if _, ok := lx.countryName[f[0]]; !ok {
			return fmt.Errorf("unknown country code %q", f[0])
		}
		names := list(f[1])
		for _, a := range names {
			lx.addName(a, entry{kind: kCapital, code: f[0], canonical: names[0]})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Places come from the shared gazetteer (internal/gazetteer): Dutch
	// and Belgian places, world cities and regions. Names that are also
	// common words (Best, Hoek) are left to the model.
	for p := range gazetteer.All() {
		if p.Common || !lexiconPlace(p) {
			continue
		}
		if _, ok := lx.countryName[p.Country]; !ok && p.Country != "" {
			continue
		}
		lx.addName(p.Name, entry{kind: kPlace, code: p.Country, canonical: p.Canonical})
	}
	err = readRecords("adjectives.txt", 2, func(f []string) error {
		for _, a := range list(f[1]) {
			lx.addName(a, entry{kind: kAdjective, code: f[0]})
			if base, ok := uninflect(a); ok {
				lx.addName(base, entry{kind: kAdjective, code: f[0]})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.demonymOf = make(map[string]bool)
	err = readRecords("demonyms.txt", 2, func(f []string) error {
		for _, a := range list(f[1]) {
			lx.demonymOf[a] = true
			lx.addName(a, entry{kind: kDemonym, code: f[0]})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readRecords("orgs.txt", 4, func(f []string) error {
		code := f[0]
		if code == "--" {
			code = ""
		}
		var adj uint8
		switch f[1] {
		case "--":
		case "adj":
			adj = 1
		case "adj!":
			adj = 2
		default:
			return fmt.Errorf("unknown flag %q", f[1])
		}
		canon := f[2]
		lx.addName(canon, entry{kind: kOrg, code: code, canonical: canon, adj: adj})
		for _, a := range list(f[3]) {
			lx.addName(a, entry{kind: kOrg, code: code, canonical: canon, adj: adj})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, a := range agency.All() {
		names := append([]string{a.Code}, agency.Variants(a)...)
		for _, v := range names {
			// Two-letter variants such as "AA" or "PA" are too often
			// something else; only the canonical "AP" is kept.
			if len(v) <= 2 && v != a.Code {
				continue
			}
			lx.addName(v, entry{kind: kOrg, canonical: a.Code})
		}
	}
	lx.roles = make(map[string][][]string)
	lx.roleWords = make(map[string]bool)
	err = readRecords("roles.txt", 1, func(f []string) error {
		ws := splitWords(strings.ToLower(f[0]))
		last := ws[len(ws)-1]
		for _, o := range lx.roles[last] {
			if equalWords(o, ws) {
				return nil
			}
		}
		lx.roles[last] = append(lx.roles[last], ws)
		if len(ws) == 1 {
			lx.roleWords[ws[0]] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.modifiers = make(map[string]bool)
	if err := readRecords("modifiers.txt", 1, func(f []string) error {
		lx.modifiers[strings.ToLower(f[0])] = true
		return nil
	}); err != nil {
		return nil, err
	}
	lx.stop = make(map[string]bool)
	if err := readRecords("stopwords.txt", 1, func(f []string) error {
		lx.stop[f[0]] = true
		lx.stop[strings.ToLower(f[0])] = true
		return nil
	}); err != nil {
		return nil, err
	}
	lx.placeOnly = make(map[string]bool)
	if err := readRecords("placeonly.txt", 1, func(f []string) error {
		lx.placeOnly[f[0]] = true
		return nil
	}); err != nil {
		return nil, err
	}
	lx.famFirst = make(map[string]bool)
	if err := readRecords("surnamefirst.txt", 1, func(f []string) error {
		lx.famFirst[f[0]] = true
		return nil
	}); err != nil {
		return nil, err
	}
	lx.verbs = make(map[string]bool)
	lx.verbHeads = make(map[string]bool)
	if err := readRecords("verbs.txt", 1, func(f []string) error {
		lx.verbs[f[0]] = true
		if head, _, ok := strings.Cut(f[0], " "); ok {
			lx.verbHeads[head] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	lx.speech = make(map[string]bool)
	if err := readRecords("speechverbs.txt", 1, func(f []string) error {
		lx.speech[f[0]] = true
		return nil
	}); err != nil {
		return nil, err
	}
	lx.orgLex = make(map[string][]*entry)
	for _, o := range ner.OrgLexicon() {
		if ws := splitWords(o.Name); len(ws) > 0 {
			lx.orgLex[ws[0]] = append(lx.orgLex[ws[0]], &entry{words: ws, kind: kOrgLex, canonical: o.Name, orgKind: o.Kind})
		}
	}
	lx.misc = make(map[string][]*entry)
	if err := readRecords("misc.txt", 1, func(f []string) error {
		if ws := splitWords(f[0]); len(ws) > 0 {
			lx.misc[ws[0]] = append(lx.misc[ws[0]], &entry{words: ws, kind: kMisc, canonical: f[0]})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	lx.mononyms = make(map[string]bool)
	if err := readRecords("mononyms.txt", 1, func(f []string) error {
		lx.mononyms[f[0]] = true
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readRecords("descriptors.txt", 2, func(f []string) error {
		d := descriptor{kind: f[0], end: f[1]}
		if e, ok := strings.CutPrefix(f[1], "="); ok {
			d.end, d.exact = e, true
		}
		switch d.kind {
		case "company", "media", "club", "party", "public", "association", "none":
		default:
			return fmt.Errorf("unknown kind %q", d.kind)
		}
		if len(d.end) < 3 {
			return fmt.Errorf("ending %q shorter than 3 bytes", d.end)
		}
		lx.descriptors = append(lx.descriptors, d)
		return nil
	}); err != nil {
		return nil, err
	}
	lx.descByTail = make(map[string][]int)
	for i, d := range lx.descriptors {
		lx.descByTail[tail3(d.end)] = append(lx.descByTail[tail3(d.end)], i)
	}
	lx.orgHeads = make(map[string]bool)
	lx.orgEndings = make(map[string][]string)
	if err := readRecords("orgheads.txt", 1, func(f []string) error {
		if e, ok := strings.CutPrefix(f[0], "-"); ok {
			if len(e) < 3 {
				return fmt.Errorf("ending %q shorter than 3 bytes", e)
			}
			lx.orgEndings[tail3(e)] = append(lx.orgEndings[tail3(e)], e)
		} else {
			lx.orgHeads[f[0]] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	lx.lowercase = make(map[string]bool)
	if err := readRecords("lowercase.txt", 1, func(f []string) error {
		lx.lowercase[f[0]] = true
		return nil
	}); err != nil {
		return nil, err
	}
	return lx, nil
}

// matchIn returns the longest entry of m that matches words from i.
func matchIn(m map[string][]*entry, ws []word, i int) *entry {
	var best *entry
	for _, e := range m[ws[i].text] {
		n := len(e.words)
		if i+n > len(ws) || best != nil && n <= len(best.words) {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if ws[i+k].text != e.words[k] || ws[i+k].sent != ws[i].sent {
				ok = false
				break
			}
		}
		if ok {
			best = e
		}
	}
	return best
}

// orgCompound reports whether the capitalised word w is a compound that
// ends in an organisation noun ("Fietsersbond", "Ziekenhuisgroep") and is
// no common word.
func (lx *lexicon) orgCompound(w string) bool {
	if len(w) < 6 || !capitalised(w) {
		return false
	}
	ends := lx.orgEndings[tail3(w)]
	if len(ends) == 0 {
		return false
	}
	lw := strings.ToLower(w)
	if lx.lowercase[lw] || isAcronym(w) {
		return false
	}
	if h := strings.LastIndexByte(w, '-'); h >= 0 && !capitalised(w[h+1:]) {
		return false // "IT-bedrijf", "Tutsi-partij": a common noun
	}
	for _, e := range ends {
		if len(lw) > len(e)+2 && strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// descriptorKind returns the kind of organisation that the common noun
// lw (lower case) says the name after it is, or "".
func (lx *lexicon) descriptorKind(lw string) string {
	if len(lw) < 3 || len(lw) > 40 {
		return ""
	}
	kind := ""
	for _, i := range lx.descByTail[tail3(lw)] {
		if d := lx.descriptors[i]; d.exact && lw == d.end || !d.exact && strings.HasSuffix(lw, d.end) {
			kind = d.kind
			break
		}
	}
	if kind == "" || kind == "none" || lx.roleWords[lw] {
		return ""
	}
	if _, ok := roleCompound(lx, lw); ok {
		return ""
	}
	return kind
}

// readRecords calls fn for every record of data file name. Records are
// lines split on "|" into exactly n trimmed fields (the last may be
// empty); "#" lines and blank lines are skipped.
func readRecords(name string, n int, fn func([]string) error) error {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("entity: %v", err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "|")
		for len(f) < n {
			f = append(f, "")
		}
		if len(f) != n {
			return fmt.Errorf("entity: data/%s:%d: want %d fields, have %d", name, line, n, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("entity: data/%s:%d: %v", name, line, err)
		}
	}
	return sc.Err()
}

// list splits a comma-separated list and trims its items.
func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// uninflect derives the uninflected form of a Dutch adjective in -e:
// Iraanse → Iraans, Russische → Russisch, Chinese → Chinees (a single
// vowel before the last consonant is doubled: the syllable closes).
func uninflect(a string) (string, bool) {
	if !strings.HasSuffix(a, "e") || len(a) < 4 {
		return "", false
	}
	b := a[:len(a)-1]
	r := []rune(b)
	n := len(r)
	// A single vowel before the last consonant doubles once the syllable
	// closes: Europese → Europees, Chinese → Chinees; so does the a of
	// "ia", two syllables: Indiase → Indiaas.
	if n >= 3 && !isVowel(r[n-1]) && isVowel(r[n-2]) && r[n-2] != 'i' && (!isVowel(r[n-3]) || r[n-3] == 'i' && r[n-2] == 'a') {
		return string(r[:n-1]) + string(r[n-2]) + string(r[n-1]), true
	}
	return b, true
}

func isVowel(r rune) bool {
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ë', 'ï':
		return true
	}
	return false
}

// lexiconPlace reports whether a gazetteer place is taken into the
// lexicon, where it wins over the sequence model: regions and seas, Dutch
// municipalities named after no single place (Altena, Stichtse Vecht,
// Goeree-Overflakkee), Dutch and Belgian places of 20,000 inhabitants or
// more, and world cities of half a million. Smaller places are often
// also family names (De Loo) or clubs (Ajax, a town in Canada) and are
// left to the model.
func lexiconPlace(p gazetteer.Place) bool {
	switch {
	case p.Kind == gazetteer.Area, p.Kind == gazetteer.Municipality:
		return true
	case p.Country == "NL", p.Country == "BE":
		return p.Population >= 20000
	}
	return p.Population >= 500000
}
