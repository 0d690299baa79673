package quote

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/speechverbs.txt
var speechVerbsData string

//go:embed data/roles.txt
var rolesData string

//go:embed data/firstnames.txt
var firstNamesData string

// gender is the gender a first name or a pronoun points to.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
)

// verbForm is one inflected form of a speech verb.
type verbForm struct {
	lemma      string
	finite     string // the first (or only) word
	particle   string // separable particle, "" for none
	plural     bool
	participle bool
}

// lexicon holds the parsed speech-verb and role tables. It is read-only
// after loading and safe for concurrent use.
type lexicon struct {
	lemmas  []string
	forms   map[string][]verbForm // by lowercased finite word
	markers map[string]bool

	roles   map[string]bool
	sources map[string]bool
	heads   map[string]bool
	labels  map[string]bool
	titles  map[string][]string // lowercased title -> lowercased organisations

	genders map[string]gender // lowercased first name -> gender
}

// loadLexicon parses the embedded tables once.
var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	lx := &lexicon{
		forms:   map[string][]verbForm{},
		markers: map[string]bool{},
		roles:   map[string]bool{},
		sources: map[string]bool{},
		heads:   map[string]bool{},
		labels:  map[string]bool{},
		titles:  map[string][]string{},
		genders: map[string]gender{},
	}
	if err := lx.parseVerbs(speechVerbsData); err != nil {
		return nil, err
	}
	if err := lx.parseRoles(rolesData); err != nil {
		return nil, err
	}
	if err := lx.parseFirstNames(firstNamesData); err != nil {
		return nil, err
	}
	return lx, nil
})

// sections splits a data file into named sections of non-comment lines.
func sections(data string, f func(section string, lineno int, line string) error) error {
	section := ""
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		if err := f(section, i+1, line); err != nil {
			return err
		}
	}
	return nil
}

// parseVerbLine parses "lemma = f1, ..., f6".
func parseVerbLine(line string) (lemma string, forms []string, err error) {
	lemma, rest, ok := strings.Cut(line, "=")
	if !ok {
		return "", nil, fmt.Errorf("missing '='")
	}
	lemma = strings.TrimSpace(lemma)
	if lemma == "" {
		return "", nil, fmt.Errorf("empty lemma")
	}
	for f := range strings.SplitSeq(rest, ",") {
		f = strings.Join(strings.Fields(f), " ")
		if f == "" {
			return "", nil, fmt.Errorf("empty form")
		}
		if n := len(strings.Fields(f)); n > 2 {
			return "", nil, fmt.Errorf("form %q has more than two words", f)
		}
		forms = append(forms, f)
	}
	if len(forms) != 6 {
		return "", nil, fmt.Errorf("want 6 forms, got %d", len(forms))
	}
	return lemma, forms, nil
}

func (lx *lexicon) parseVerbs(data string) error {
	seen := map[string]bool{}
	return sections(data, func(section string, lineno int, line string) error {
		switch section {
		case "verbs":
			lemma, forms, err := parseVerbLine(line)
			if err != nil {
				return fmt.Errorf("quote: speechverbs.txt:%d: %v", lineno, err)
			}
			if seen[lemma] {
				return fmt.Errorf("quote: speechverbs.txt:%d: duplicate lemma %q", lineno, lemma)
			}
			seen[lemma] = true
			lx.lemmas = append(lx.lemmas, lemma)
			part := forms[5]
			for slot, f := range forms {
				fin, particle, _ := strings.Cut(f, " ")
				vf := verbForm{
					lemma:      lemma,
					finite:     strings.ToLower(fin),
					particle:   strings.ToLower(particle),
					plural:     slot == 2 || slot == 4,
					participle: slot == 5,
				}
				lx.add(vf)
				// Subordinate order joins a separable particle to the
				// finite verb ("dat hij aangaf").
				if particle != "" && slot != 5 && !strings.Contains(part, " ") && strings.HasPrefix(part, particle) {
					lx.add(verbForm{lemma: lemma, finite: vf.particle + vf.finite, plural: vf.plural})
				}
			}
		case "markers":
			for _, w := range strings.Fields(line) {
				lx.markers[strings.ToLower(w)] = true
			}
		default:
			return fmt.Errorf("quote: speechverbs.txt:%d: line outside a known section", lineno)
		}
		return nil
	})
}

func (lx *lexicon) add(vf verbForm) {
	for _, o := range lx.forms[vf.finite] {
		if o == vf {
			return
		}
	}
	lx.forms[vf.finite] = append(lx.forms[vf.finite], vf)
}

func (lx *lexicon) parseRoles(data string) error {
	return sections(data, func(section string, lineno int, line string) error {
		var set map[string]bool
		switch section {
		case "roles":
			set = lx.roles
		case "sources":
			set = lx.sources
		case "heads":
			set = lx.heads
		case "labels":
			set = lx.labels
		case "titles":
			title, orgs, ok := strings.Cut(line, "=")
			if !ok {
				return fmt.Errorf("quote: roles.txt:%d: missing '='", lineno)
			}
			title = strings.ToLower(strings.TrimSpace(title))
			for o := range strings.SplitSeq(orgs, ",") {
				if o = strings.ToLower(strings.TrimSpace(o)); o != "" {
					lx.titles[title] = append(lx.titles[title], o)
				}
			}
			return nil
		default:
			return fmt.Errorf("quote: roles.txt:%d: line outside a known section", lineno)
		}
		for _, w := range strings.Fields(line) {
			set[strings.ToLower(w)] = true
		}
		return nil
	})
}

func (lx *lexicon) parseFirstNames(data string) error {
	return sections(data, func(section string, lineno int, line string) error {
		var g gender
		switch section {
		case "male":
			g = male
		case "female":
			g = female
		default:
			return fmt.Errorf("quote: firstnames.txt:%d: line outside a known section", lineno)
		}
		for _, w := range strings.Fields(line) {
			w = strings.ToLower(w)
			if old, ok := lx.genders[w]; ok && old != g {
				return fmt.Errorf("quote: firstnames.txt:%d: %q is in both sections", lineno, w)
			}
			lx.genders[w] = g
		}
		return nil
	})
}

// nameGender returns the gender of a person's canonical name from its
// first word, or unknownGender for single-word names and names not in
// data/firstnames.txt.
func (lx *lexicon) nameGender(canonical string) gender {
	first, rest, ok := strings.Cut(strings.TrimSpace(canonical), " ")
	if !ok || strings.TrimSpace(rest) == "" {
		return unknownGender
	}
	return lx.genders[strings.ToLower(first)]
}

// lexiconOrEmpty returns the loaded lexicon, or an empty one if the
// embedded data is broken (a test catches that; Find must not panic).
func lexiconOrEmpty() *lexicon {
	lx, err := loadLexicon()
	if err != nil {
		return &lexicon{forms: map[string][]verbForm{}, markers: map[string]bool{}, roles: map[string]bool{}, sources: map[string]bool{}, heads: map[string]bool{}, titles: map[string][]string{}, genders: map[string]gender{}}
	}
	return lx
}

// isRole reports whether a lowercased word is a role noun or a compound
// ending in one ("oppositieleider", "navo-chef").
func (lx *lexicon) isRole(w string) bool {
	return lx.roleHead(w) != w || lx.roles[w]
}

// roleHead returns the role a compound ends in ("oppositieleider" ->
// "leider", "navo-chef" -> "chef"), or w itself. A compound needs at least
// three letters before a role of four or more letters.
func (lx *lexicon) roleHead(w string) string {
	if lx.roles[w] {
		return w
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 && lx.roles[w[i+1:]] {
		return w[i+1:]
	}
	for i := 3; i+4 <= len(w); i++ {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		if lx.roles[w[i:]] {
			return w[i:]
		}
	}
	return w
}
