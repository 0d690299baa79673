package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Organisation kinds of the mined lexicon.
var orgKinds = []string{"company", "media", "club", "party", "public", "association", "org"}

// orgKindIndex returns the index of kind in orgKinds.
func orgKindIndex(kind string) int { return slices.Index(orgKinds, kind) }

// descriptorKind returns the kind of organisation a descriptor noun
// before a name marks ("het bedrijf X", "vliegtuigmaker X", "de krant
// X"), or "" for no descriptor. It looks at the end of the noun, so that
// compounds count: "betaalbedrijf", "autofabrikant", "zakenkrant".
func descriptorKind(lw string) string {
	for _, d := range descriptorSuffixes {
		if strings.HasSuffix(lw, d.suf) && len(lw) <= 30 {
			if d.exact && lw != d.suf {
				continue
			}
			return d.kind
		}
	}
	return ""
}

type suffixKind struct {
	suf   string
	kind  string
	exact bool // the whole word, not a compound ending in it
}

// descriptorSuffixes are checked in order; the first that matches wins.
var descriptorSuffixes = []suffixKind{
	// media
	{"krant", "media", false}, {"dagblad", "media", false}, {"weekblad", "media", false},
	{"tijdschrift", "media", false}, {"magazine", "media", false}, {"persbureau", "media", false},
	{"nieuwsdienst", "media", false}, {"nieuwssite", "media", false}, {"website", "media", false},
	{"nieuwszender", "media", false}, {"zender", "media", false}, {"omroep", "media", false},
	{"nieuwsbrief", "media", false}, {"roddelblad", "media", false}, {"techsite", "media", false},
	{"blad", "media", true}, {"vakblad", "media", false}, {"zakenkrant", "media", false},
	// public bodies
	{"toezichthouder", "public", false}, {"waakhond", "public", false}, {"inspectie", "public", false},
	{"planbureau", "public", false}, {"agentschap", "public", false}, {"instituut", "public", false},
	{"inlichtingendienst", "public", false}, {"veiligheidsdienst", "public", false},
	{"ziekenhuis", "public", false}, {"universiteit", "public", false}, {"hogeschool", "public", false},
	{"waterschap", "public", false}, {"veiligheidsregio", "public", false}, {"zorginstelling", "public", false},
	{"woningcorporatie", "public", false}, {"corporatie", "public", false},
	// clubs
	{"voetbalclub", "club", false}, {"club", "club", false}, {"eredivisionist", "club", false},
	{"eredivisieclub", "club", false}, {"ploeg", "club", false}, {"wielerploeg", "club", false},
	{"koploper", "club", false}, {"degradant", "club", false}, {"promovendus", "club", false},
	{"kampioen", "club", true}, {"landskampioen", "club", false}, {"hekkensluiter", "club", false},
	// parties
	{"partij", "party", false}, {"regeringspartij", "party", false}, {"oppositiepartij", "party", false},
	{"coalitiepartij", "party", false}, {"fractie", "party", false},
	// associations
	{"vakbond", "association", false}, {"bond", "association", false}, {"stichting", "association", false},
	{"vereniging", "association", false}, {"belangenorganisatie", "association", false},
	{"belangenvereniging", "association", false}, {"brancheorganisatie", "association", false},
	{"branchevereniging", "association", false}, {"milieuorganisatie", "association", false},
	{"hulporganisatie", "association", false}, {"actiegroep", "association", false},
	{"mensenrechtenorganisatie", "association", false}, {"ngo", "association", false},
	{"beweging", "association", false}, {"collectief", "association", false},
	// companies
	{"bedrijf", "company", false}, {"concern", "company", false}, {"fabrikant", "company", false},
	{"maker", "company", false}, {"keten", "company", false}, {"gigant", "company", false},
	{"verzekeraar", "company", false}, {"bank", "company", false}, {"maatschappij", "company", false},
	{"producent", "company", false}, {"leverancier", "company", false}, {"brouwer", "company", false},
	{"uitgeverij", "company", false}, {"uitgever", "company", false}, {"retailer", "company", false},
	{"webwinkel", "company", false}, {"supermarkt", "company", false}, {"vervoerder", "company", false},
	{"rederij", "company", false}, {"start-up", "company", false}, {"startup", "company", false},
	{"beursfonds", "company", false}, {"exploitant", "company", false}, {"aanbieder", "company", false},
	{"provider", "company", false}, {"streamingdienst", "company", false}, {"betaaldienst", "company", false},
	{"warenhuis", "company", false}, {"moederbedrijf", "company", false}, {"dochterbedrijf", "company", false},
	{"techbedrijf", "company", false}, {"investeerder", "company", false}, {"durfinvesteerder", "company", false},
	{"accountantskantoor", "company", false}, {"advocatenkantoor", "company", false},
	{"adviesbureau", "company", false}, {"ingenieursbureau", "company", false}, {"bureau", "company", true},
	{"onderneming", "company", false}, {"multinational", "company", false}, {"firma", "company", false},
	{"holding", "company", false}, {"zuivelcoöperatie", "company", false}, {"coöperatie", "company", false},
	{"platform", "company", false}, {"netwerk", "company", false}, {"app", "company", true},
	{"organisatie", "org", false}, {"instelling", "org", false},
}

// compoundKind returns the kind of organisation a role or thing after
// a hyphen marks ("Philips-topman", "Ajax-trainer", "VVD-fractie"), or "".
func compoundKind(lw string) string {
	switch lw {
	case "topman", "topvrouw", "ceo", "bestuursvoorzitter", "aandeel", "aandelen", "koers", "werknemers",
		"winkel", "winkels", "fabriek", "fabrieken", "vestiging", "vestigingen", "filiaal", "filialen",
		"hoofdkantoor", "concern", "dochter", "topmensen", "medeoprichter", "oprichter",
		"bestuurder", "personeel", "klanten", "baas", "topbestuurder", "financieel directeur":
		return "company"
	case "journalist", "journaliste", "verslaggever", "verslaggeefster", "correspondent", "presentator",
		"presentatrice", "redacteur", "hoofdredacteur", "columnist", "redactie", "lezers", "kijkers",
		"luisteraars", "uitzending", "interview":
		return "media"
	case "trainer", "coach", "speler", "spelers", "spits", "doelman", "keeper", "verdediger",
		"middenvelder", "aanvaller", "aanvoerder", "supporters", "fans", "selectie", "elftal", "renner",
		"renners", "coureur", "coureurs", "teambaas", "ploegleider", "technisch directeur", "debutant",
		"jeugdspeler", "verdedigers", "middenvelders", "aanvallers", "international", "huurling",
		"assistent-trainer", "hoofdtrainer", "clubicoon", "stadion", "thuisstadion":
		return "club"
	case "fractie", "fractievoorzitter", "kamerlid", "leider", "lijsttrekker", "wethouder", "raadslid",
		"senator", "politicus", "prominent", "kopstuk", "europarlementariër", "kiezers", "achterban",
		"partijleider", "partijvoorzitter", "gedeputeerde", "staatssecretaris", "bewindsman",
		"bewindsvrouw", "kamerleden", "raadsleden", "stemmers", "coryfee", "voorman", "voorvrouw",
		"fractieleider", "statenlid", "tweede-kamerlid", "eerste-kamerlid", "partijgenoot", "partijgenoten",
		"lijsttrekkers", "wethouders", "fractievoorzitters", "congres":
		return "party"
	case "woordvoerder", "woordvoerster", "directeur", "voorzitter", "rapport", "onderzoek",
		"onderzoeker", "onderzoekers", "medewerker", "medewerkers", "bestuur", "leiding", "directie",
		"voorzitster", "secretaris-generaal", "topambtenaar", "chef", "hoofd", "topfunctionaris":
		return "org"
	}
	return ""
}

// ofKind returns the kind that a role before "van X" marks
// ("woordvoerder van X", "trainer van X", "lijsttrekker van X").
func ofKind(lw string) string {
	switch lw {
	case "topman", "topvrouw", "ceo", "bestuursvoorzitter", "oprichter", "medeoprichter", "eigenaar",
		"aandeelhouders", "aandeelhouder", "werknemers", "klanten", "financieel", "overname":
		return "company"
	case "hoofdredacteur", "verslaggever", "correspondent", "journalist", "redacteur", "presentator",
		"columnist", "lezers":
		return "media"
	case "trainer", "coach", "speler", "spits", "doelman", "keeper", "verdediger", "middenvelder",
		"aanvaller", "aanvoerder", "supporters", "spelers", "hoofdtrainer", "ploegleider", "teammaat",
		"renner", "kopman":
		return "club"
	case "fractievoorzitter", "lijsttrekker", "partijleider", "kamerlid", "fractieleider",
		"partijvoorzitter", "raadslid", "wethouder", "europarlementariër", "senator", "kamerleden":
		return "party"
	case "woordvoerder", "woordvoerster", "directeur", "voorzitter", "medewerkers", "medewerker",
		"bestuurder", "leiding", "directie", "voorzitster", "chef", "hoofd":
		return "org"
	}
	return ""
}

// legalForms follow a company name.
var legalForms = map[string]bool{
	"B.V.": true, "BV": true, "bv": true, "N.V.": true, "NV": true, "nv": true, "Inc.": true, "Inc": true,
	"AG": true, "SE": true, "Ltd": true, "Ltd.": true, "GmbH": true, "plc": true, "Corp.": true, "Corp": true,
	"Corporation": true, "S.A.": true, "SA": true, "SpA": true, "S.p.A.": true, "LLC": true, "Co.": true,
}

// mediaVerbs report what a medium says: "Dat meldt X", "zo schrijft X".
var mediaVerbs = map[string]bool{
	"meldt": true, "meldde": true, "schrijft": true, "schreef": true, "bericht": true,
	"berichtte": true, "berichten": true, "melden": true, "onthulde": true, "onthult": true,
}

// mediaLeads come before a media verb: "Dat meldt", "zo schrijft".
var mediaLeads = map[string]bool{"dat": true, "Dat": true, "zo": true, "Zo": true, "dit": true, "Dit": true, "Dat,": true}

// speechNearby are verbs of speech that "tegen X" or "aan X" follows when
// X is a medium: "zei hij tegen NU.nl", "vertelde zij aan de Volkskrant".
var speechNearby = map[string]bool{
	"zei": true, "zegt": true, "vertelt": true, "vertelde": true, "verklaarde": true, "verklaart": true,
	"bevestigt": true, "bevestigde": true, "laat": true, "liet": true, "zeggen": true, "zeiden": true,
}

// orgCandidate accumulates the evidence for one name.
type orgCandidate struct {
	name  string
	kinds [7]int // hits per orgKinds
	cues  map[string]int
	free  int // occurrences as a capitalised run not at the start of a sentence
}

// mineWord is a token of the miner.
type mineWord struct {
	text      string
	capital   bool // starts with an upper-case letter, or a digit and has a letter
	sentStart bool
}

// capitalRuns returns the maximal runs of capitalised words: [i, j) pairs.
// "&", "of", "voor", "and" and "for" continue a run between capitalised
// words ("Forum voor Democratie", "Bank of America"); "van" and "de" end
// it, so "Tesla van Elon Musk" gives "Tesla".
func capitalRuns(ws []mineWord) [][2]int {
	var out [][2]int
	for i := 0; i < len(ws); {
		if !ws[i].capital {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) {
			if ws[j].capital && !ws[j].sentStart {
				j++
				continue
			}
			switch ws[j].text {
			case "&", "of", "voor", "and", "for", "en":
				if ws[j].text == "en" {
					// "Procter en Gamble" is rare; "Ajax en PSV" common.
					break
				}
				if j+1 < len(ws) && ws[j+1].capital && !ws[j+1].sentStart {
					j += 2
					continue
				}
			}
			break
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

func isCapitalWord(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	if r >= '0' && r <= '9' {
		for _, c := range s[n:] {
			if unicode.IsLetter(c) {
				return true
			}
		}
	}
	return false
}

// cmdMineOrgs implements "draad mine orgs": it counts, in unlabelled
// news, the contexts that mark a capitalised name as an organisation and
// prints the candidates with their evidence, for review. The reviewed list
// is internal/ner/orglex.txt.
func cmdMineOrgs(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mine orgs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	minHits := fs.Int("min", 3, "print names with at least this many organisation contexts")
	newOnly := fs.Bool("new", false, "print only names that the reviewed lists (-lexicon, -rejected) do not hold")
	lexPath := fs.String("lexicon", filepath.Join("internal", "ner", "orglex.txt"), "reviewed lexicon `FILE` (kind|name a line) for -new")
	rejPath := fs.String("rejected", filepath.Join("internal", "ner", "orglex-rejected.txt"), "rejected names `FILE` (one a line) for -new")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad mine orgs [-min N] [-new] [CORPUS]")
		fmt.Fprintln(stderr, "Counts the contexts that mark organisations in a JSON-lines news corpus")
		fmt.Fprintln(stderr, `("het bedrijf X", "X-topman", "woordvoerder van X", "Dat meldt X", "X B.V.", "(X)" after`)
		fmt.Fprintln(stderr, "a name) and prints one candidate a line, tab-separated: name, suggested kind, hits,")
		fmt.Fprintln(stderr, "hits per kind (company media club party public association org), occurrences")
		fmt.Fprintln(stderr, "inside sentences, and the cues. CORPUS defaults to")
		fmt.Fprintln(stderr, "  "+defaultNewsPath)
		fs.PrintDefaults()
	}
	cands := map[string]*orgCandidate{}
	get := func(name string) *orgCandidate {
		c := cands[name]
		if c == nil {
			c = &orgCandidate{name: name, cues: map[string]int{}}
			cands[name] = c
		}
		return c
	}
	hit := func(name, kind, cue string) {
		if name == "" || len(name) > 60 {
			return
		}
		c := get(name)
		c.kinds[orgKindIndex(kind)]++
		c.cues[cue]++
	}
	n, ok, code := mineCorpus(fs, args, stderr, func(ws []mineWord) { mineParagraph(ws, hit, get) })
	if !ok {
		return code
	}
	reviewed := map[string]bool{}
	if *newOnly {
		for _, f := range []string{*lexPath, *rejPath} {
			b, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintf(stderr, "draad: %v\n", err)
				return 1
			}
			for _, line := range strings.Split(string(b), "\n") {
				line = strings.TrimSpace(line)
				if line == "" || line[0] == '#' {
					continue
				}
				if _, name, ok := strings.Cut(line, "|"); ok {
					line = name
				}
				reviewed[line] = true
			}
		}
	}
	var list []*orgCandidate
	for _, c := range cands {
		total := 0
		for _, k := range c.kinds {
			total += k
		}
		if total >= *minHits && !reviewed[c.name] {
			list = append(list, c)
		}
	}
	slices.SortFunc(list, func(a, b *orgCandidate) int {
		if x := cmp.Compare(hits(b), hits(a)); x != 0 {
			return x
		}
		return strings.Compare(a.name, b.name)
	})
	bw := bufio.NewWriter(stdout)
	fmt.Fprintf(bw, "# draad mine orgs -min %d: %d candidates from %d articles\n", *minHits, len(list), n)
	fmt.Fprintln(bw, "# name\tkind\thits\tcompany media club party public association org\tfree\tcues")
	for _, c := range list {
		kind := suggestKind(c)
		var counts []string
		for _, k := range c.kinds {
			counts = append(counts, fmt.Sprint(k))
		}
		var cues []string
		for k, v := range c.cues {
			cues = append(cues, fmt.Sprintf("%s=%d", k, v))
		}
		slices.Sort(cues)
		fmt.Fprintf(bw, "%s\t%s\t%d\t%s\t%d\t%s\n", c.name, kind, hits(c), strings.Join(counts, " "), c.free, strings.Join(cues, ","))
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "draad: %v\n", err)
		return 1
	}
	return 0
}

func hits(c *orgCandidate) int {
	t := 0
	for _, k := range c.kinds {
		t += k
	}
	return t
}

// suggestKind returns the kind with the most hits, not counting the
// generic "org" unless nothing else was seen.
func suggestKind(c *orgCandidate) string {
	best, arg := 0, len(orgKinds)-1
	for k := 0; k < len(orgKinds)-1; k++ {
		if c.kinds[k] > best {
			best, arg = c.kinds[k], k
		}
	}
	return orgKinds[arg]
}

// mineParagraph records the organisation contexts of one paragraph.
func mineParagraph(ws []mineWord, hit func(name, kind, cue string), get func(string) *orgCandidate) {
	join := func(i, j int) string {
		var b strings.Builder
		for k := i; k < j; k++ {
			if k > i {
				b.WriteByte(' ')
			}
			b.WriteString(ws[k].text)
		}
		return b.String()
	}
	for _, r := range capitalRuns(ws) {
		i, j := r[0], r[1]
		if j-i > 5 {
			continue
		}
		name := join(i, j)
		// "Philips-topman", "Forum voor Democratie-leider": a compound
		// whose head after the last hyphen marks an organisation.
		last := ws[j-1].text
		if h := strings.LastIndexByte(last, '-'); h > 0 && h < len(last)-1 {
			head := strings.ToLower(last[h+1:])
			if k := compoundKind(head); k != "" && isCapitalWord(last[:h]) {
				n := join(i, j-1)
				if n != "" {
					n += " "
				}
				n += last[:h]
				if !(i == j-1 && ws[i].sentStart && strings.Count(last[:h], "-") > 0) {
					hit(n, k, "X-"+head)
				}
			}
			continue
		}
		if !ws[i].sentStart {
			get(name).free++
		}
		var prev, prev2 string
		if i > 0 {
			prev = ws[i-1].text
			if ws[i-1].sentStart {
				prev = strings.ToLower(prev)
			}
		}
		if i > 1 {
			prev2 = ws[i-2].text
		}
		next := ""
		if j < len(ws) {
			next = ws[j].text
		}
		if ws[i].sentStart {
			// A capitalised first word is no evidence of a name.
			continue
		}
		switch {
		case legalForms[next]:
			hit(name, "company", "legal")
		case prev != "" && descriptorKind(prev) != "":
			hit(name, descriptorKind(prev), "desc:"+descriptorKind(prev))
		case mediaVerbs[prev] && mediaLeads[prev2]:
			hit(name, "media", "meldt")
		case (prev == "tegen" || prev == "aan") && speechBefore(ws, i-1):
			hit(name, "media", "tegen")
		case prev == "van" && i > 1 && ofKind(strings.ToLower(prev2)) != "":
			hit(name, ofKind(strings.ToLower(prev2)), "van:"+ofKind(strings.ToLower(prev2)))
		case prev == "van" && i > 2 && (prev2 == "de" || prev2 == "het") && ofKind(strings.ToLower(ws[i-3].text)) != "":
			hit(name, ofKind(strings.ToLower(ws[i-3].text)), "van:"+ofKind(strings.ToLower(ws[i-3].text)))
		case prev == "(" && next == ")" && i > 2 && j-i <= 2:
			// "Henk Bos (VVD)": a party, or a club in sport; but
			// "Openbaar Ministerie (OM)" defines an acronym, and
			// "Hoekstra (Financiën)" names a portfolio.
			k := i - 1
			for k > 0 && ws[k-1].capital && i-1-k < 4 {
				k--
			}
			if n := i - 1 - k; n >= 2 && !ws[k].sentStart || n >= 3 {
				if acronymOf(name, ws[k:i-1]) {
					hit(name, "org", "acronym")
				} else if isAcronymWord(name) || j-i == 1 && !strings.HasSuffix(name, "en") {
					hit(name, "party", "paren")
				}
			}
		}
	}
}

// speechBefore reports whether a verb of speech comes within the five
// words before ws[k] ("zei hij tegen").
func speechBefore(ws []mineWord, k int) bool {
	for d := 1; d <= 5 && k-d >= 0; d++ {
		t := ws[k-d].text
		if speechNearby[t] {
			return true
		}
		if t == "." || t == "," && d > 3 {
			return false
		}
	}
	return false
}

// acronymOf reports whether name is made of the initials of words, as
// "OM" of "Openbaar Ministerie" or "NVWA" of "Nederlandse Voedsel- en
// Warenautoriteit" (every capital initial in order; compounds may give
// two letters).
func acronymOf(name string, words []mineWord) bool {
	var init []rune
	for _, w := range words {
		for _, part := range strings.Split(w.text, "-") {
			if r, _ := utf8.DecodeRuneInString(part); unicode.IsUpper(r) {
				init = append(init, r)
			}
		}
	}
	letters := []rune(strings.ToUpper(name))
	// Every letter of the acronym matches an initial, in order.
	k := 0
	for _, r := range letters {
		if !unicode.IsLetter(r) {
			continue
		}
		for k < len(init) && init[k] != r {
			k++
		}
		if k == len(init) {
			return false
		}
		k++
	}
	return len(init) > 0
}

// isAcronymWord reports whether s has two or more letters, all capitals
// or digits.
func isAcronymWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) || unicode.IsSpace(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
