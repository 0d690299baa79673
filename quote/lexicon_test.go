package quote

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestLexiconData(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(lx.lemmas); n < 100 {
		t.Errorf("speechverbs.txt has %d lemmas, want at least 100", n)
	}
	for _, m := range []string{"aldus", "volgens"} {
		if !lx.markers[m] {
			t.Errorf("marker %q missing", m)
		}
	}
	// Every [verbs] line is well-formed: six forms, one or two words each,
	// and separable verbs keep one particle throughout their finite forms.
	section := ""
	for i, line := range strings.Split(speechVerbsData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			section = line
			continue
		}
		if section != "[verbs]" {
			continue
		}
		lemma, forms, err := parseVerbLine(line)
		if err != nil {
			t.Errorf("speechverbs.txt:%d: %v", i+1, err)
			continue
		}
		particle := ""
		for _, f := range forms[:5] {
			_, p, _ := strings.Cut(f, " ")
			if particle == "" {
				particle = p
			}
			if p != particle {
				t.Errorf("speechverbs.txt:%d: %s: form %q has particle %q, want %q", i+1, lemma, f, p, particle)
			}
		}
		if strings.ToLower(line) != line {
			t.Errorf("speechverbs.txt:%d: upper case in %q", i+1, line)
		}
	}
}

func TestParseVerbLineErrors(t *testing.T) {
	for _, tc := range []struct{ desc, line string }{
		{"no equals sign", "zeggen zeg, zegt"},
		{"five forms", "zeggen = zeg, zegt, zeggen, zei, zeiden"},
		{"empty form", "zeggen = zeg, , zeggen, zei, zeiden, gezegd"},
		{"three words", "zeggen = zeg het maar, zegt, zeggen, zei, zeiden, gezegd"},
		{"empty lemma", " = zeg, zegt, zeggen, zei, zeiden, gezegd"},
	} {
		if _, _, err := parseVerbLine(tc.line); err == nil {
			t.Errorf("%s: parseVerbLine(%q) = nil error, want error", tc.desc, tc.line)
		}
	}
}

func TestVerbAt(t *testing.T) {
	f := &finder{lx: lexiconOrEmpty()}
	for _, tc := range []struct {
		desc, text string
		want       string // verb as written, "" for none
	}{
		{"strong past", "zei hij", "zei"},
		{"plural past", "zeiden ze", "zeiden"},
		{"separable with particle", "liet de minister weten", "liet weten"},
		{"separable without particle", "liet de minister los", ""},
		{"joined subordinate form", "aangaf", "aangaf"},
		{"joined past of meedelen", "meedeelde", "meedeelde"},
		{"participle not finite", "gezegd", ""},
		{"not a verb", "fiets", ""},
		{"capitalised", "Zegt hij", "Zegt"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			vm := f.verbAt(tokens(tc.text, 0, len(tc.text)), 0, false)
			got := ""
			if vm.ok {
				got = vm.text
			}
			if got != tc.want {
				t.Errorf("verbAt(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestRoles(t *testing.T) {
	lx := lexiconOrEmpty()
	for _, tc := range []struct {
		desc, word, head string
		role             bool
	}{
		{"plain role", "minister", "minister", true},
		{"compound", "oppositieleider", "leider", true},
		{"hyphenated", "navo-chef", "chef", true},
		{"title", "secretaris-generaal", "secretaris-generaal", true},
		{"not a role", "ministerie", "ministerie", false},
		{"not a role either", "fiets", "fiets", false},
	} {
		if got := lx.isRole(tc.word); got != tc.role {
			t.Errorf("%s: isRole(%q) = %v, want %v", tc.desc, tc.word, got, tc.role)
		}
		if got := lx.roleHead(tc.word); got != tc.head {
			t.Errorf("%s: roleHead(%q) = %q, want %q", tc.desc, tc.word, got, tc.head)
		}
	}
}

func TestFirstNames(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(lx.genders); n < 200 {
		t.Errorf("firstnames.txt has %d names, want at least 200", n)
	}
	for _, tc := range []struct {
		desc, name string
		want       gender
	}{
		{"male first name", "Geert Wilders", male},
		{"female first name", "Dilan Yeşilgöz", female},
		{"case-insensitive", "SIGRID KAAG", female},
		{"ambiguous name not listed", "Kim de Boer", unknownGender},
		{"single word is a surname", "Mark", unknownGender},
		{"empty", "", unknownGender},
	} {
		if got := lx.nameGender(tc.name); got != tc.want {
			t.Errorf("%s: nameGender(%q) = %d, want %d", tc.desc, tc.name, got, tc.want)
		}
	}
	bad := &lexicon{genders: map[string]gender{}}
	if err := bad.parseFirstNames("[male]\nkim\n[female]\nkim\n"); err == nil {
		t.Error("a name in both sections: no error")
	}
	if err := bad.parseFirstNames("kim\n"); err == nil {
		t.Error("a name outside a section: no error")
	}
}

func TestNounGender(t *testing.T) {
	tests := []struct {
		desc string
		noun string
		want gender
	}{
		{"-trice", "actrice", female},
		{"-eres", "zangeres", female},
		{"minister is anyone", "minister", unknownGender},
		{"quizmaster is anyone", "quizmaster", unknownGender},
		{"a star is anyone", "popster", unknownGender},
		{"-ster of a woman", "woordvoerster", female},
		{"burgemeester is anyone", "burgemeester", unknownGender},
		{"-in", "vriendin", female},
		{"compound with a hyphen", "oud-actrice", female},
		{"compound moeder", "pleegmoeder", female},
		{"listed female", "blondine", female},
		{"listed male", "prins", male},
		{"compound vader", "grootvader", male},
		{"agent noun", "woordvoerder", unknownGender},
		{"role", "trainer", unknownGender},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := nounGender(tc.noun); got != tc.want {
				t.Errorf("nounGender(%q) = %v, want %v", tc.noun, got, tc.want)
			}
		})
	}
}

// TestConfidenceTable checks that the table of rule precisions in the
// package documentation and ruleConfidence say the same: each listed rule
// has the confidence (right+1)/(given+2) of its counts, and every rule
// in ruleConfidence is listed.
func TestConfidenceTable(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^//\t([a-z, -]+?)\s+(\d+)/(\d+)\s+(\d\.\d\d)$`)
	listed := map[string]bool{}
	for _, m := range row.FindAllStringSubmatch(string(doc), -1) {
		right, _ := strconv.Atoi(m[2])
		given, _ := strconv.Atoi(m[3])
		want, _ := strconv.ParseFloat(m[4], 64)
		if s := float64(right+1) / float64(given+2); math.Abs(s-want) > 0.005+1e-9 {
			t.Errorf("doc.go: %s %d/%d has confidence %.2f, want %.2f", m[1], right, given, want, s)
		}
		for _, r := range strings.Split(m[1], ",") {
			r = strings.TrimSpace(r)
			listed[r] = true
			if got, ok := ruleConfidence[r]; !ok || math.Abs(got-want) > 0.005+1e-9 {
				t.Errorf("ruleConfidence[%q] = %v, doc.go says %.2f", r, got, want)
			}
		}
	}
	// the rules of the last row are listed on the line before it
	for _, r := range []string{"dash", "colon-no-marks", "inverted-verb", "dat-anaphor"} {
		listed[r] = true
	}
	for r := range ruleConfidence {
		if !listed[r] {
			t.Errorf("rule %q is missing from the table in doc.go", r)
		}
	}
}
