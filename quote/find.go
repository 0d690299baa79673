package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/entity"
)

// Confidence of each attribution rule. A pronoun or an unresolved role
// lowers it further (see [finder.confidence]).
var ruleConfidence = map[string]float64{
	"verb-after-quote":  0.95,
	"aldus":             0.95,
	"verb-before-quote": 0.9,
	"colon":             0.85,
	"headline-colon":    0.9,
	"dash":              0.85,
	"continuation":      0.85,
	"verb-in-sentence":  0.75,
	"volgens":           0.8,
	"inverted-verb":     0.85,
	"dat-anaphor":       0.8,
	"subject-verb-dat":  0.75,
	"colon-no-marks":    0.8,
	"speaker-before":    0.75,
	"subject-before":    0.6,
	"dat-after-quote":   0.85,
}

// maxLookback bounds how many mentions back a pronoun or role is resolved,
// which keeps Find linear on huge inputs.
const maxLookback = 500

// finder holds the state of one call to [Find].
type finder struct {
	doc      string
	lx       *lexicon
	regs     []region
	pairs    []pair
	bounds   []int
	mentions []mention
	quotes   []Quote
	covered  []coverage
	nBefore  int
	headline bool // parsing a headline: lone capitalised names are fine
	generic  bool // right after a speech verb: any "de/een ... noun" is a speaker
	surnames map[string]string
	toks     tokCache // tokens around the quotes, see window
}

// coverage is a quote start with the largest end of the quotes so far.
type coverage struct{ start, maxEnd int }

// Find returns the quotes in text, sorted by Start, with ents (the
// entities of text, as [entity.Model.Analyze] or [entity.Extract] return
// them) as the candidate speakers. Every line of text that is not blank
// is a paragraph; there is no headline. It is [FindStory] with the
// story [Paragraphs] gives, for article bodies split by other means than
// package parse.
func Find(text string, ents []entity.Entity) []Quote {
	return FindStory(text, Story{Paragraphs: Paragraphs(text), Entities: ents})
}

// FindStory returns the quotes of a story in doc, sorted by Start. Every
// span lies within the story's headline or paragraphs, and
// doc[Start:End] == Text holds for quotes, contents and speakers.
// FindStory never panics; invalid spans in s are ignored. It is safe for
// concurrent use.
func FindStory(doc string, s Story) []Quote {
	f := &finder{doc: doc, lx: lexiconOrEmpty()}
	f.regs = regions(doc, s)
	if len(f.regs) == 0 {
		return nil
	}
	f.mentions = validMentions(doc, s.Entities)
	f.rolesFromText()
	f.pairs = scan(doc, f.regs)
	f.bounds = sentenceBounds(doc, f.regs, f.pairs)
	f.direct()
	f.headlineColon()
	f.indirect()
	slices.SortStableFunc(f.quotes, func(a, b Quote) int { return a.Start - b.Start })
	f.continueReported()
	return f.quotes
}

// continueReported attributes a direct quote that directly follows a
// reported statement in the same paragraph, with only space between, to
// the speaker of that statement: 'De jaren '80 waren beter, zegt Mark
// Rutte. "Echt waar."'. The rule is "continuation", with a lower
// confidence than a continuation of a direct quote.
func (f *finder) continueReported() {
	var prev *Quote
	for i := range f.quotes {
		q := &f.quotes[i]
		if q.Speaker == nil && q.Kind == Direct && prev != nil && prev.End <= q.Start &&
			f.regionOf(prev.Start) == f.regionOf(q.Start) && !hasNonSpace(f.doc[prev.End:q.Start]) {
			sp := *prev.Speaker
			q.Speaker = &sp
			q.Rule = "continuation"
			q.Confidence = float64(int(confidence("continuation", q.Speaker)*90+0.5)) / 100
		}
		switch {
		case q.Speaker != nil && q.Kind != Direct:
			prev = q
		case q.Speaker != nil && prev != nil && q.Rule == "continuation":
			prev = q
		default:
			prev = nil
		}
	}
}

// regions returns the valid, non-overlapping headline and paragraph spans in
// document order.
func regions(doc string, s Story) []region {
	var rs []region
	add := func(sp Span, headline bool) {
		a, b := sp.Start, sp.End
		if a < 0 || b > len(doc) || a >= b {
			return
		}
		a = runeStart(doc, a)
		for b > a && b < len(doc) && !utf8.RuneStart(doc[b]) {
			b--
		}
		if a < b {
			rs = append(rs, region{start: a, end: b, headline: headline})
		}
	}
	add(s.Headline, true)
	for _, p := range s.Paragraphs {
		add(p, false)
	}
	slices.SortStableFunc(rs, func(a, b region) int { return a.start - b.start })
	out := rs[:0]
	last := 0
	for _, r := range rs {
		if r.start < last {
			continue
		}
		out = append(out, r)
		last = r.end
	}
	return out
}

// rolesFromText gives a person mention without a role the role noun
// written right before it ("staatssecretaris Nora Achahbar").
func (f *finder) rolesFromText() {
	for i := range f.mentions {
		m := &f.mentions[i]
		if !m.Person || m.Role != "" {
			continue
		}
		j := m.Start
		for j > 0 && f.doc[j-1] == ' ' {
			j--
		}
		if j == m.Start {
			continue
		}
		k := j
		for k > 0 && k > j-40 {
			r, w := utf8.DecodeLastRuneInString(f.doc[:k])
			if !isWordRune(r) && r != '-' {
				break
			}
			k -= w
		}
		if w := strings.ToLower(f.doc[k:j]); w != "" && f.lx.isRole(w) {
			m.Role = f.doc[k:j]
			continue
		}
		if j > 0 && f.doc[j-1] == ',' {
			m.Role = f.appositionRole(j-1, m.End)
		}
	}
}

// appositionRole returns the role a person is introduced with in an
// apposition, "De burgemeester van Eindhoven, Jeroen Dijsselbloem, is …":
// the words before the comma at c, back to the start of the sentence or a
// comma, must be "de"/"het", modifiers, a role noun and optionally a
// "van …" phrase without a verb; after the name (ending at end) must come
// a comma, a period or the end of the paragraph. It returns "" otherwise.
func (f *finder) appositionRole(c, end int) string {
	if end < len(f.doc) {
		if r, _ := utf8.DecodeRuneInString(f.doc[end:]); r != ',' && r != '.' && r != ')' && r != '\n' {
			return ""
		}
	}
	ss := max(boundBefore(f.bounds, c), c-200)
	if r := f.regionOf(c); r >= 0 {
		ss = max(ss, f.regs[r].start)
		if ss == f.regs[r].start {
			ss = datelineEnd(f.doc, ss, c)
		}
	}
	if ss >= c {
		return ""
	}
	ts := tokens(f.doc, runeStart(f.doc, ss), c)
	d := -1
	for k := len(ts) - 1; k >= 0; k-- {
		if !ts[k].word {
			if ts[k].s == "," || ts[k].s == ":" || ts[k].s == "(" {
				break
			}
			return ""
		}
		if ts[k].lower == "de" || ts[k].lower == "het" {
			d = k
			break
		}
	}
	if d < 0 {
		return ""
	}
	k := d + 1
	for k < len(ts) && !f.lx.isRole(ts[k].lower) && isModifier(ts[k]) {
		k++
	}
	if k >= len(ts) || !f.lx.isRole(ts[k].lower) {
		return ""
	}
	role := ts[k]
	if k+1 < len(ts) {
		if ts[k+1].lower != "van" {
			return ""
		}
		for _, t := range ts[k+2:] {
			if f.isVerb(t.lower) || f.isAux(t.lower) || copulas[t.lower] {
				return ""
			}
		}
	}
	return role.s
}

// canonical returns the resolved name of a mention.
func (m *mention) canonical() string {
	if m.Canonical != "" {
		return m.Canonical
	}
	return m.Text
}

// datelineEnd skips a dateline "BRUSSEL (ANP) - " at doc[a:b], also when
// scraping glued text before the place ("28 minuten geledenTEHERAN (ANP) -").
func datelineEnd(doc string, a, b int) int {
	s := doc[a:b]
	open := strings.IndexByte(s[:min(len(s), 81)], '(')
	if open < 2 || open > 80 {
		return a
	}
	// the place right before the parenthesis is in capitals
	place := strings.TrimRight(s[:open], " ")
	caps := 0
	for _, r := range place {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLower(r):
			caps = 0
		}
	}
	if caps < 2 {
		return a
	}
	close := strings.IndexByte(s[open:min(len(s), open+41)], ')')
	if close < 0 || close > 40 {
		return a
	}
	t := strings.TrimLeft(s[open+close+1:], " ")
	for _, d := range []string{"-", "–", "—"} {
		if strings.HasPrefix(t, d) {
			t = strings.TrimLeft(t[len(d):], " ")
			return b - len(t)
		}
	}
	return a
}

// mentionFor returns the mention starting at token t that covers it whole.
func (f *finder) mentionFor(t tok) *mention {
	if m := f.mentionAt(t.start); m != nil && m.End >= t.end {
		return m
	}
	return nil
}

// mentionAt returns the mention starting at i.
func (f *finder) mentionAt(i int) *mention {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= i })
	var best *mention
	for ; k < len(f.mentions) && f.mentions[k].Start == i; k++ {
		if best == nil || f.mentions[k].End > best.End {
			best = &f.mentions[k]
		}
	}
	return best
}

// inQuote reports whether i lies inside a quoted pair.
func (f *finder) inQuote(i int) bool {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].end > i })
	return k < len(f.pairs) && f.pairs[k].start <= i
}

// regionOf returns the index of the region holding i, or -1.
func (f *finder) regionOf(i int) int {
	k := sort.Search(len(f.regs), func(k int) bool { return f.regs[k].end > i })
	if k < len(f.regs) && f.regs[k].start <= i {
		return k
	}
	return -1
}

// --- noun phrases ---

// phrase is a speaker phrase found in the text.
type phrase struct {
	start, end int // speaker text
	next       int // token index after the phrase
	pronoun    bool
	plural     bool
	ambiguous  bool // "ze"/"zij": plural or feminine singular
	canonical  string
	role       string
	source     bool // a non-person source ("het ministerie", "critici")
	person     bool
	mute       bool // a mention that never speaks in a headline: a place, an event
}

var pronouns = map[string]struct{ plural, ambiguous bool }{
	"hij": {}, "hem": {}, "zij": {ambiguous: true}, "ze": {ambiguous: true},
	"haar": {}, "hen": {plural: true}, "hun": {plural: true},
}

var determiners = map[string]bool{"de": true, "het": true, "een": true, "die": true, "deze": true, "diens": true, "zijn": true, "haar": true, "hun": true}

var nameParticles = map[string]bool{"van": true, "de": true, "der": true, "den": true, "ter": true, "ten": true, "von": true, "al": true, "bin": true, "la": true, "le": true, "du": true, "da": true, "dos": true}

// notNames are capitalised words that do not start a name.
var notNames = map[string]bool{
	"de": true, "het": true, "een": true, "in": true, "op": true, "dat": true, "dit": true, "die": true,
	"maar": true, "en": true, "ook": true, "volgens": true, "aldus": true, "zo": true, "er": true, "daar": true,
	"hier": true, "wij": true, "we": true, "ik": true, "je": true, "u": true, "zij": true, "hij": true, "ze": true,
	"live": true, "update": true, "video": true, "analyse": true, "column": true, "opinie": true, "liveblog": true,
	"interview": true, "recensie": true, "podcast": true, "poll": true, "uitslag": true, "breaking": true,
	"nieuw": true, "let": true, "eindelijk": true, "waarom": true, "hoe": true, "wat": true, "wie": true,
	"nu": true, "toch": true, "na": true, "voor": true, "bij": true, "met": true, "over": true, "tegen": true,
	"iedereen": true, "niemand": true, "men": true, "alles": true, "niets": true, "zoals": true, "als": true,
	"voorts": true, "verder": true, "daarna": true, "toen": true, "later": true, "eerder": true, "intussen": true,
	"ondertussen": true, "inmiddels": true, "bovendien": true, "daarom": true, "dus": true, "echter": true,
	"zelfs": true, "vooral": true, "alleen": true, "tenslotte": true, "uiteindelijk": true, "anderzijds": true,
	"enerzijds": true, "niettemin": true, "nochtans": true, "evenwel": true, "wel": true, "dan": true,
	"gisteren": true, "vandaag": true, "morgen": true, "deze": true, "hun": true, "zijn": true, "haar": true,
	"onze": true, "mijn": true, "wanneer": true, "waar": true, "nadat": true, "omdat": true, "terwijl": true,
	"indien": true, "hoewel": true, "want": true, "of": true, "niet": true, "geen": true, "alle": true,
	"veel": true, "enkele": true, "sommige": true, "elke": true, "ieder": true, "iemand": true, "eigen": true,
	"concreet": true, "officieel": true, "daarbij": true, "hierbij": true,
}

// parseNP reads a speaker phrase at ts[i]: a pronoun, an entity mention, a
// role with or without a name ("de secretaris-generaal", "woordvoerder
// Jansen"), a source ("het ministerie") or a capitalised name.
func (f *finder) parseNP(ts []tok, i int) (phrase, bool) {
	if i >= len(ts) || !ts[i].word {
		return phrase{}, false
	}
	t := ts[i]
	if p, ok := pronouns[t.lower]; ok {
		return phrase{start: t.start, end: t.end, next: i + 1, pronoun: true, plural: p.plural, ambiguous: p.ambiguous}, true
	}
	if ph, ok := f.possessivePhrase(ts, i); ok {
		return ph, true
	}
	m := f.mentionFor(t)
	if prepositions[t.lower] && (m == nil || !m.Person) {
		// A fronted adverbial ("Tegen Het Parool zei Halsema", "In Den
		// Haag zei Wilders") is never the subject: in a main clause the
		// subject then follows the finite verb.
		return phrase{}, false
	}
	if m != nil {
		return f.mentionPhrase(ts, i, m, ""), true
	}
	j := i
	if determiners[t.lower] {
		j++
	}
	for n := 0; j < len(ts) && ts[j].word && n < 5; j, n = j+1, n+1 {
		w := ts[j]
		if m := f.mentionFor(w); m != nil {
			ph := f.mentionPhrase(ts, j, m, "")
			return ph, true
		}
		if f.lx.isRole(w.lower) {
			return f.rolePhrase(ts, i, j), true
		}
		if f.lx.sources[w.lower] {
			ph := phrase{start: ts[i].start, end: w.end, next: j + 1, source: true}
			ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
			return ph, true
		}
		if !isModifier(w) {
			// an apposition: "toerist Anna de Boer", "uitgever Jan Jansen"
			if j+1 < len(ts) && ts[j+1].word && !w.upper() && !determiners[w.lower] && !f.isVerb(w.lower) && !adverbs[w.lower] {
				if m := f.mentionFor(ts[j+1]); m != nil && m.Person || isUpperWord(ts[j+1].s) && !notNames[ts[j+1].lower] {
					return f.rolePhrase(ts, i, j), true
				}
			}
			break
		}
	}
	if f.generic && determiners[t.lower] {
		// right after a speech verb any noun phrase is a speaker:
		// '"…", zei een andere deelneemster aan het onderzoek'
		k := i + 1
		for k < len(ts) && k <= i+4 && ts[k].word && !ts[k].upper() && !adverbs[ts[k].lower] &&
			!gapWords[ts[k].lower] && !determiners[ts[k].lower] && !notNames[ts[k].lower] && !f.isVerb(ts[k].lower) {
			k++
		}
		// the head is a noun, not an adjective before a noun that is
		// also a verb form ("het alarmerende bericht dat …")
		if k > i+1 && len(ts[k-1].lower) >= 4 && !strings.HasSuffix(ts[k-1].lower, "ende") {
			ph := phrase{start: t.start, end: ts[k-1].end, next: k, role: ts[k-1].lower}
			ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
			return ph, true
		}
	}
	if isUpperWord(t.s) && !notNames[t.lower] {
		k, end := f.nameRun(ts, i)
		name := f.doc[t.start:end]
		c := f.bySurname(name)
		// A lone capitalised word opening a sentence is as likely an
		// adverb ("Voorts", "Nochtans") as a name the entity tagger missed.
		if c == "" && k == i+1 && !f.headline && f.sentenceInitial(t.start) && !f.subjectOfVerb(ts, k) {
			return phrase{}, false
		}
		return phrase{start: t.start, end: end, next: k, canonical: c, person: true}, true
	}
	return phrase{}, false
}

// possessivePhrase reads "Halsema's woordvoerder" or "Rutte’s
// nieuwe woordvoerster" at ts[i]: a capitalised name with a possessive 's
// before a role or source noun. The speaker is the whole phrase, its role
// the noun; the person is not named, so the phrase never resolves.
// Lower-case words with 's are plurals ("auto's") and are left alone.
func (f *finder) possessivePhrase(ts []tok, i int) (phrase, bool) {
	t := ts[i]
	if !t.upper() || len(t.s) < 4 || !(strings.HasSuffix(t.s, "'s") || strings.HasSuffix(t.s, "’s")) {
		return phrase{}, false
	}
	for j := i + 1; j < len(ts) && j <= i+3 && ts[j].word && !ts[j].upper(); j++ {
		w := ts[j]
		var ph phrase
		switch {
		case f.lx.isRole(w.lower):
			role := f.lx.roleHead(w.lower)
			// "Halsema's woordvoerder Pieter de Vries": the name
			if n := j + 1; n < len(ts) && ts[n].word {
				if m := f.mentionFor(ts[n]); m != nil && m.Person {
					return f.mentionPhrase(ts, n, m, role), true
				}
				if ts[n].upper() && !notNames[ts[n].lower] {
					k, end := f.nameRun(ts, n)
					return phrase{start: ts[n].start, end: end, next: k, canonical: f.bySurname(f.doc[ts[n].start:end]), role: role, person: true}, true
				}
			}
			ph = phrase{start: t.start, end: w.end, next: j + 1, role: role, person: true}
		case f.lx.sources[w.lower]:
			ph = phrase{start: t.start, end: w.end, next: j + 1, source: true}
		case isModifier(w):
			continue
		default:
			return phrase{}, false
		}
		ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
		return ph, true
	}
	return phrase{}, false
}

// subjectOfVerb reports whether the word before ts[k] is the subject of a
// finite speech verb or auxiliary at ts[k]: "Halsema zei gisteravond …".
// When a pronoun, a determiner or a name follows the verb, that is the
// subject and the word before is a fronted adverb ("Voorts zei hij",
// "Dinsdag zei Halsema").
func (f *finder) subjectOfVerb(ts []tok, k int) bool {
	if k >= len(ts) || !ts[k].word {
		return false
	}
	if vm := f.verbAt(ts, k, false); !vm.ok && !f.isAux(ts[k].lower) {
		return false
	}
	if k+1 >= len(ts) || !ts[k+1].word {
		return true
	}
	n := ts[k+1]
	if _, ok := pronouns[n.lower]; ok || otherPronouns[n.lower] || determiners[n.lower] || n.upper() || f.mentionFor(n) != nil {
		return false
	}
	return true
}

// otherPronouns are subject pronouns and dummies that are no speakers.
var otherPronouns = map[string]bool{"ik": true, "we": true, "wij": true, "je": true, "jij": true, "u": true, "men": true, "er": true, "het": true, "dit": true, "dat": true, "iemand": true, "niemand": true, "iedereen": true}

// sentenceInitial reports whether only spaces, quote marks and dashes
// stand between the start of the sentence and i.
func (f *finder) sentenceInitial(i int) bool {
	s := boundBefore(f.bounds, i)
	s = datelineEnd(f.doc, s, i)
	for _, r := range f.doc[s:i] {
		if !isSpace(r) && !isQuoteRune(r) && r != '-' && r != '–' && r != '—' {
			return false
		}
	}
	return true
}

// prepositions open a prepositional phrase, which is never a speaker.
// "van", "ten" and "ter" are left out: they start surnames ("Van Dissel",
// "Ten Hag").
var prepositions = map[string]bool{
	"in": true, "tegen": true, "aan": true, "op": true, "bij": true, "met": true, "voor": true, "na": true,
	"tijdens": true, "over": true, "naar": true, "tegenover": true, "vanuit": true, "uit": true, "namens": true,
	"onder": true, "door": true, "om": true, "rond": true, "sinds": true, "tot": true, "zonder": true,
	"binnen": true, "buiten": true, "achter": true, "naast": true, "via": true, "vanaf": true, "wegens": true,
	"ondanks": true, "dankzij": true, "jegens": true, "tussen": true, "omtrent": true, "nabij": true,
	"volgens": true, "aldus": true, "bovenop": true, "langs": true, "voorafgaand": true, "halverwege": true,
}

// adverbs never act as a role in an apposition.
var adverbs = map[string]bool{"gisteren": true, "vandaag": true, "morgen": true, "eerder": true, "later": true, "ook": true, "nog": true, "al": true, "toen": true, "nu": true, "dan": true, "daarna": true, "vervolgens": true, "woensdag": true, "maandag": true, "dinsdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true, "tegen": true, "in": true, "op": true, "bij": true, "met": true, "van": true, "voor": true, "na": true, "over": true, "aan": true, "zelf": true}

func (t tok) upper() bool { return isUpperWord(t.s) }

// isModifier reports whether w may stand between a determiner and a role:
// an adjective ("Amerikaanse", "scheidende") or a capitalised modifier.
func isModifier(w tok) bool {
	if isUpperWord(w.s) {
		return true
	}
	return strings.HasSuffix(w.lower, "e") && len(w.lower) > 3 && !determiners[w.lower]
}

// mentionPhrase builds a phrase from a mention at ts[i].
func (f *finder) mentionPhrase(ts []tok, i int, m *mention, role string) phrase {
	k := i
	for k < len(ts) && ts[k].start < m.End {
		k++
	}
	if role == "" && m.Role != "" {
		role, _ = f.normRole(m.Role)
	}
	return phrase{start: m.Start, end: m.End, next: k, canonical: m.canonical(), role: role, person: m.Person,
		mute: !m.Person && !m.Organisation}
}

// labelSuffixes end common nouns and adjectives that label a line
// ("Waarschuwing:", "Conclusie:", "Triomfantelijk:") rather than name a
// speaker.
var labelSuffixes = []string{"isme", "heid", "schap", "teit", "ing", "tie", "sie", "lijk", "isch", "baar", "zaam", "loos"}

// notSpeakerLabel reports whether a colon line's left side ts[a:b], parsed
// as ph, is a label rather than a speaker: a place or another mention that
// is no person or organisation ("Oekraïne:", "Gaza:"), a rubric or common
// noun ("Voetbal:", "Reactie:"), or an untagged capitalised word with a
// common-noun suffix.
func (f *finder) notSpeakerLabel(ts []tok, ph phrase) bool {
	if ph.mute {
		return true
	}
	var words []tok
	for _, t := range ts {
		if t.start >= ph.start && t.end <= ph.end && t.word {
			words = append(words, t)
		}
	}
	if len(words) != 1 {
		return false
	}
	w := words[0].lower
	if f.lx.labels[w] || notNames[w] {
		return true
	}
	if f.mentionFor(words[0]) != nil || ph.role != "" || f.lx.isRole(w) {
		return false // "Koning: …" is a role, not a label
	}
	for _, suf := range labelSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// rolePhrase reads a role phrase from ts[i] with the role noun at ts[r],
// followed by an optional name or "van"-phrase.
func (f *finder) rolePhrase(ts []tok, i, r int) phrase {
	role := f.lx.roleHead(ts[r].lower)
	org := ""
	if k := strings.LastIndexByte(ts[r].s, '-'); k > 0 && isUpperWord(ts[r].s) && !f.lx.roles[ts[r].lower] {
		org = ts[r].s[:k]
	}
	n := r + 1
	if n < len(ts) && ts[n].word {
		if m := f.mentionFor(ts[n]); m != nil && m.Person {
			return f.mentionPhrase(ts, n, m, role)
		}
		if isUpperWord(ts[n].s) && !notNames[ts[n].lower] {
			k, end := f.nameRun(ts, n)
			name := f.doc[ts[n].start:end]
			return phrase{start: ts[n].start, end: end, next: k, canonical: f.bySurname(name), role: role, person: true}
		}
	}
	ph := phrase{start: ts[i].start, end: ts[r].end, next: r + 1, role: role, person: true}
	ph.next, ph.end = f.ofPhrase(ts, ph.next, ph.end)
	// "minister van Buitenlandse Zaken Abbas Araghchi", and the apposition
	// "de voorzitter van het comité, John Coates"
	n = ph.next
	if n+1 < len(ts) && ts[n].s == "," {
		n++
	}
	if (n > r+1 || ts[n-1].s == ",") && n < len(ts) && ts[n].word {
		if m := f.mentionFor(ts[n]); m != nil && m.Person {
			return f.mentionPhrase(ts, n, m, role)
		}
	}
	ph.canonical = f.resolveRole(role, org, ts[i].start)
	return ph
}

// ofPhrase extends a phrase over "van (de|het)? Word (Capitalised)*".
func (f *finder) ofPhrase(ts []tok, k, end int) (int, int) {
	for range 2 {
		if k+1 >= len(ts) || ts[k].lower != "van" || !ts[k+1].word {
			break
		}
		j := k + 1
		if determiners[ts[j].lower] && j+1 < len(ts) && ts[j+1].word {
			j++
		}
		if !isUpperWord(ts[j].s) && !f.lx.sources[ts[j].lower] {
			break
		}
		j++
		for j < len(ts) && ts[j].word && isUpperWord(ts[j].s) && j-k < 5 && !f.personAt(ts[j]) {
			j++
		}
		k, end = j, ts[j-1].end
	}
	return k, end
}

// nameRun reads capitalised words (with particles like "van der") from
// ts[i] and returns the index after and the end offset.
func (f *finder) nameRun(ts []tok, i int) (int, int) {
	k := i + 1
	end := ts[i].end
	for n := 0; k < len(ts) && ts[k].word && n < 4; n++ {
		if isUpperWord(ts[k].s) && !notNames[ts[k].lower] && !f.isVerb(ts[k].lower) {
			end = ts[k].end
			k++
			continue
		}
		// particles inside a name: "Frans van der Linden"
		j := k
		for j < len(ts) && ts[j].word && nameParticles[ts[j].lower] && !isUpperWord(ts[j].s) {
			j++
		}
		if j > k && j < len(ts) && ts[j].word && isUpperWord(ts[j].s) && !notNames[ts[j].lower] {
			end = ts[j].end
			k = j + 1
			continue
		}
		break
	}
	return k, end
}

func (f *finder) personAt(t tok) bool {
	m := f.mentionFor(t)
	return m != nil && m.Person
}

func (f *finder) isVerb(w string) bool { return len(f.lx.forms[w]) > 0 }

// bySurname returns the canonical name of the one person mention whose
// canonical name or text ends with name's last word (or equals name), or
// "" when there is none or several.
func (f *finder) bySurname(name string) string {
	if f.surnames == nil {
		f.surnames = map[string]string{}
		add := func(key, c string) {
			if old, ok := f.surnames[key]; ok && old != c {
				f.surnames[key] = ""
				return
			}
			f.surnames[key] = c
		}
		for i := range f.mentions {
			m := &f.mentions[i]
			if !m.Person {
				continue
			}
			c := m.canonical()
			if cf := strings.Fields(c); len(cf) > 0 {
				add(strings.ToLower(cf[len(cf)-1]), c)
			}
			if lc := strings.ToLower(c); !strings.Contains(lc, " ") {
				continue
			}
			add("\x00"+strings.ToLower(c), c)
		}
	}
	if c := f.surnames["\x00"+strings.ToLower(name)]; c != "" {
		return c
	}
	fs := strings.Fields(name)
	if len(fs) == 0 {
		return ""
	}
	return f.surnames[strings.ToLower(fs[len(fs)-1])]
}

// normRole splits a mention role like "NAVO-chef" or "minister van
// Buitenlandse Zaken" into its head noun and organisation.
func (f *finder) normRole(r string) (head, org string) {
	r = strings.TrimSpace(r)
	if i := strings.Index(r, " van "); i >= 0 {
		r = r[:i]
	}
	if fs := strings.Fields(r); len(fs) > 0 {
		r = fs[len(fs)-1]
	}
	if k := strings.IndexByte(r, '-'); k > 0 && strings.ToLower(r[:k]) != r[:k] {
		org = r[:k]
		r = r[k+1:]
	}
	return f.lx.roleHead(strings.ToLower(r)), org
}

// resolveRole returns the one person introduced before pos with this role,
// or whose organisation's head holds it; "" when none or ambiguous.
func (f *finder) resolveRole(role, org string, pos int) string {
	found := ""
	lorg := strings.ToLower(org)
	hi := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	for i := max(0, hi-maxLookback); i < hi; i++ {
		m := &f.mentions[i]
		if !m.Person || m.Role == "" || f.inQuote(m.Start) {
			continue
		}
		head, morg := f.normRole(m.Role)
		if m.Org != "" {
			morg = m.Org
		}
		lmorg := strings.ToLower(morg)
		ok := false
		switch {
		case head == role && (org == "" || lmorg == lorg):
			ok = true
		case f.lx.heads[head] && slices.Contains(f.lx.titles[role], lmorg):
			ok = true
		case f.lx.heads[role] && lorg != "" && (lmorg == lorg || slices.Contains(f.lx.titles[head], lorg)):
			ok = true
		}
		if ok {
			c := m.canonical()
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	return found
}

// resolvePronoun returns the person a pronoun at pos refers to: the most
// recent person mention that is the subject of its sentence within the last
// three sentences, else the most recent person mention. Mentions inside
// quotes are skipped, and so are persons whose first name is known to be
// of the other gender than g (see [lexicon.nameGender]).
func (f *finder) resolvePronoun(pos int, g gender) string {
	k := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	fallback := ""
	limit := pos
	for n := 0; n < 3; n++ {
		limit = boundBefore(f.bounds, limit-1)
	}
	lo := k - maxLookback
	for k--; k >= 0 && k > lo; k-- {
		m := &f.mentions[k]
		if !m.Person || m.End > pos || f.inQuote(m.Start) || f.otherGender(m.canonical(), g) {
			continue
		}
		if fallback == "" {
			fallback = m.canonical()
		}
		if m.Start < limit {
			break
		}
		if f.isSubject(m) {
			return m.canonical()
		}
	}
	return fallback
}

// isSubject reports whether a mention opens its sentence, allowing for
// connectives, determiners, modifiers and roles before it ("De Oegandese
// oppositieleider Bobi Wine").
func (f *finder) isSubject(m *mention) bool {
	ss := boundBefore(f.bounds, m.Start)
	if m.Start-ss > 200 {
		return false
	}
	ss = datelineEnd(f.doc, ss, m.Start)
	for _, t := range tokens(f.doc, ss, m.Start) {
		if !t.word || !(connectives[t.lower] || determiners[t.lower] || f.lx.isRole(t.lower) || isModifier(t)) {
			return false
		}
	}
	return true
}

// speaker turns a phrase into a Speaker, resolving pronouns. plural tells
// whether the verb is plural, which makes "ze"/"zij" plural.
func (f *finder) speaker(ph phrase, plural bool) *Speaker {
	sp := &Speaker{Text: f.doc[ph.start:ph.end], Start: ph.start, End: ph.end, Canonical: ph.canonical, Pronoun: ph.pronoun, Role: ph.role}
	if ph.pronoun && !ph.plural && !(ph.ambiguous && plural) {
		g := pronounGender(sp.Text)
		sp.Canonical = f.resolvePronoun(ph.start, g)
		if sp.Canonical == "" {
			sp.Canonical = f.previousSpeaker(ph.start, g)
		}
	}
	return sp
}

// pronounGender returns the gender a singular person pronoun points to:
// hij and hem male, zij, ze and haar female.
func pronounGender(p string) gender {
	switch strings.ToLower(p) {
	case "hij", "hem":
		return male
	case "zij", "ze", "haar":
		return female
	}
	return unknownGender
}

// otherGender reports whether a person's first name is known to be of the
// other gender than g. Unknown names and genders never conflict.
func (f *finder) otherGender(canonical string, g gender) bool {
	if g == unknownGender {
		return false
	}
	ng := f.lx.nameGender(canonical)
	return ng != unknownGender && ng != g
}

// previousSpeaker resolves a pronoun that no person mention resolves to
// the named speaker of the quote just before it in the same paragraph,
// "'Wij gaan door', zei Starmer. 'Altijd', zei hij.": the speaker must be a
// capitalised name with a canonical form, not a pronoun, role or place,
// and must stand in the pronoun's sentence or the one before. This
// covers names the entity tagger did not mark as persons (it may tag a
// name after a single quote mark as an organisation). Since a person
// pronoun rarely refers to an organisation, an organisation speaker is
// accepted here only when no person mention precedes the pronoun at all.
func (f *finder) previousSpeaker(pos int, g gender) string {
	for i := len(f.quotes) - 1; i >= 0; i-- {
		q := &f.quotes[i]
		if q.End > pos {
			continue
		}
		sp := q.Speaker
		if sp == nil {
			return ""
		}
		lim := boundBefore(f.bounds, boundBefore(f.bounds, pos)-1)
		if sp.End > pos || sp.Start < lim || f.regionOf(sp.Start) != f.regionOf(pos) ||
			sp.Pronoun || sp.Role != "" || sp.Canonical == "" || !isUpperWord(sp.Text) {
			return ""
		}
		if m := f.mentionAt(sp.Start); m != nil && m.Place || f.otherGender(sp.Canonical, g) {
			return ""
		}
		return sp.Canonical
	}
	return ""
}

// confidence lowers a rule's confidence for pronouns and unresolved speakers.
func confidence(rule string, sp *Speaker) float64 {
	c := ruleConfidence[rule]
	if sp == nil {
		return 0
	}
	if sp.Pronoun {
		c *= 0.95
	}
	if sp.Canonical == "" {
		c *= 0.9
	}
	return float64(int(c*100+0.5)) / 100
}

// --- verbs ---

// verbMatch is a speech verb found at a token.
type verbMatch struct {
	text     string // as written, "zei" or "liet weten"
	form     verbForm
	particle int // token index of a separated particle, or -1
	ok       bool
}

// verbAt matches a speech verb at ts[i]. A separable form needs its particle
// within the next few words.
func (f *finder) verbAt(ts []tok, i int, allowParticiple bool) verbMatch {
	if i >= len(ts) || !ts[i].word {
		return verbMatch{}
	}
	var best verbMatch
	for _, vf := range f.lx.forms[ts[i].lower] {
		if vf.participle && !allowParticiple {
			continue
		}
		if vf.particle == "" {
			if !best.ok || best.form.participle && !vf.participle {
				best = verbMatch{text: ts[i].s, form: vf, particle: -1, ok: true}
			}
			continue
		}
		for k := i + 1; k < len(ts) && k <= i+8 && ts[k].word; k++ {
			if ts[k].lower == vf.particle {
				return verbMatch{text: ts[i].s + " " + ts[k].s, form: vf, particle: k, ok: true}
			}
		}
	}
	return best
}

// --- direct quotes ---

// titleNouns precede a quoted title ("de film 'De Aanslag'").
var titleNouns = map[string]bool{
	"film": true, "boek": true, "roman": true, "serie": true, "programma": true, "album": true, "lied": true,
	"nummer": true, "single": true, "krant": true, "rapport": true, "campagne": true, "operatie": true,
	"wet": true, "documentaire": true, "voorstelling": true, "tentoonstelling": true, "artikel": true,
	"column": true, "show": true, "podcast": true, "titel": true, "getiteld": true, "genaamd": true,
	"motto": true, "thema": true, "plan": true, "project": true, "actie": true, "musical": true, "opera": true,
	"toneelstuk": true, "bundel": true, "dichtbundel": true, "gedicht": true, "festival": true, "app": true,
	"boeken": true, "films": true, "programma's": true, "spel": true, "game": true, "schip": true, "nota": true,
	"wetsvoorstel": true, "initiatiefwet": true, "slogan": true, "hashtag": true, "woord": true, "term": true,
	"begrip": true, "uitdrukking": true,
}

// connectives may precede the subject at the start of a sentence.
var connectives = map[string]bool{"maar": true, "en": true, "ook": true, "want": true, "toch": true, "bovendien": true, "verder": true, "daarnaast": true, "intussen": true, "inmiddels": true, "dus": true, "wel": true}

func skipConnectives(ts []tok) int {
	i := 0
	for i < len(ts) && ts[i].word && connectives[ts[i].lower] {
		i++
	}
	for i < len(ts) && !ts[i].word && ts[i].s == "," {
		i++
	}
	return i
}

// window returns the tokens of doc[from:to], keeping at most maxWindow
// bytes: the end when keepEnd is set (context before a quote), else the
// start. Within one region the tokens come from the region's token cache,
// so a token that straddles from or to is left out; the result must not
// be modified.
func (f *finder) window(from, to int, keepEnd bool) []tok {
	if from >= to {
		return nil
	}
	if to-from > maxWindow {
		if keepEnd {
			from = runeStart(f.doc, to-maxWindow)
		} else {
			to = to - (to - from - maxWindow)
			for to > from && !utf8.RuneStart(f.doc[to]) {
				to--
			}
		}
	}
	if r := f.regionOf(from); r >= 0 && to <= f.regs[r].end {
		return f.toks.window(f.doc, r, f.regs[r], from, to)
	}
	return tokens(f.doc, from, to)
}

// direct attributes every quoted pair.
func (f *finder) direct() {
	var prev *Quote // the last attributed direct or colon quote
	for _, p := range f.pairs {
		f.toks.free = true // the windows of the previous pair are done
		q := Quote{
			Text: f.doc[p.start:p.end], Start: p.start, End: p.end,
			Content: Span{Text: f.doc[p.cStart:p.cEnd], Start: p.cStart, End: p.cEnd},
			Kind:    Direct,
			Parts:   f.parts(p),
		}
		ss := boundBefore(f.bounds, p.start)
		if r := f.regionOf(ss); r >= 0 && f.regs[r].start == ss {
			ss = datelineEnd(f.doc, ss, p.start)
		}
		se := boundAfter(f.bounds, p.end)
		if r := f.regionOf(p.end - 1); r >= 0 && se > f.regs[r].end {
			se = f.regs[r].end
		}
		before := f.window(ss, p.start, true)
		after := f.window(p.end, se, false)
		content := strings.TrimSpace(q.Content.Text)
		short := !endsSentence(content) && (len(strings.Fields(content)) <= 2 ||
			f.headlinePhrase(p, before, content))

		ok := f.colonBefore(&q, before) || len(before) == 0 && f.colonAbove(&q, p) ||
			f.verbAfter(&q, after) || f.dashAfter(&q, after)
		if !ok && (!short || endsClause(after) || f.verbFollows(after)) {
			ok = f.inSentence(&q, before, after)
		}
		if !ok && !short && len(after) == 0 {
			ok = f.datAfter(&q, p)
		}
		if !ok && !short && prev != nil && f.continues(prev, p, before) {
			sp := *prev.Speaker
			q.Speaker = &sp
			q.Rule = "continuation"
			q.Confidence = confidence("continuation", q.Speaker)
			ok = true
		}
		if !ok && !short && len(before) == 0 {
			ok = f.speakerBefore(&q, p)
		}
		if !ok {
			if short || f.isTitle(before, content) {
				continue // a scare quote or a title, not speech
			}
		}
		f.quotes = append(f.quotes, q)
		if q.Speaker != nil {
			prev = &f.quotes[len(f.quotes)-1]
		}
	}
}

// maxHeadlinePhrase is the most words a quote inside a headline may have
// to count as a phrase (a scare quote or a title) rather than speech.
const maxHeadlinePhrase = 4

// headlinePhrase reports whether a quote is a short phrase inside a
// headline: words before it, at most maxHeadlinePhrase words and no
// final punctuation ("Kamer wil opheldering over 'toeslagenschandaal
// 2.0'"). Such a quote is treated as a scare quote: it is reported only
// when a speech verb, a colon speaker or a dash attributes it.
func (f *finder) headlinePhrase(p pair, before []tok, content string) bool {
	r := f.regionOf(p.start)
	return r >= 0 && f.regs[r].headline && len(before) > 0 &&
		len(strings.Fields(content)) <= maxHeadlinePhrase
}

// parts returns the pieces of a quote that runs on into following
// paragraphs, trimmed of space, or nil.
func (f *finder) parts(p pair) []Span {
	if len(p.breaks) == 0 {
		return nil
	}
	var out []Span
	add := func(a, b int) {
		for a < b && isSpaceByte(f.doc[a]) {
			a++
		}
		for b > a && isSpaceByte(f.doc[b-1]) {
			b--
		}
		if a < b {
			out = append(out, Span{Text: f.doc[a:b], Start: a, End: b})
		}
	}
	a := p.cStart
	for _, br := range p.breaks {
		add(a, min(br.end, p.cEnd))
		a = br.next
	}
	add(a, p.cEnd)
	return out
}

// isTitle reports whether a quote is a title: after a title noun, or short
// and title-cased.
func (f *finder) isTitle(before []tok, content string) bool {
	if n := len(before); n > 0 && titleNouns[before[n-1].lower] {
		return true
	}
	ws := strings.Fields(content)
	if len(ws) > 5 || endsSentence(content) {
		return false
	}
	for _, w := range ws {
		if !isUpperWord(w) && !nameParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// colonBefore handles "Stoltenberg zei: '…'" (verb-before-quote) and
// "Stoltenberg: '…'" (colon).
func (f *finder) colonBefore(q *Quote, before []tok) bool {
	n := len(before)
	if n < 2 || before[n-1].s != ":" {
		return false
	}
	pre := before[:n-1]
	s0 := skipConnectives(pre)
	for v := s0; v < len(pre); v++ {
		vm := f.verbAt(pre, v, true)
		if !vm.ok {
			continue
		}
		if ph, ok := f.parseNP(pre, s0); ok && (f.skipPP(pre, ph.next) == v || ph.next+1 == v && f.isAux(pre[ph.next].lower)) {
			f.attribute(q, ph, vm, "verb-before-quote")
			return true
		}
		if ph, ok := f.parseNP(pre, v+1); ok && vm.particle != v+1 {
			f.attribute(q, ph, vm, "verb-before-quote")
			return true
		}
		break
	}
	// "Wilders: '…'": a name standing alone before the colon and the mark
	// is a speaker even where a lone capitalised word opening a sentence
	// would not be.
	f.headline = true
	ph, ok := f.parseNP(pre, s0)
	f.headline = false
	if ok && ph.next == len(pre) && s0 == 0 && !f.notSpeakerLabel(pre, ph) {
		q.Kind = Colon
		f.attribute(q, ph, verbMatch{}, "colon")
		return true
	}
	return false
}

var auxiliaries = map[string]bool{"heeft": true, "hebben": true, "had": true, "hadden": true, "is": true, "zijn": true, "was": true, "waren": true, "wil": true, "wilde": true, "zal": true, "zou": true, "kan": true, "kon": true, "moet": true, "moest": true, "laat": true, "liet": true}

func (f *finder) isAux(w string) bool { return auxiliaries[w] }

// verbAfter handles '"…", zei hij', '"…", aldus X' and '"…?" vroeg X'.
func (f *finder) verbAfter(q *Quote, after []tok) bool {
	k := 0
	if k < len(after) && after[k].s == "," {
		k++
	}
	if k < len(after) && after[k].lower == "zo" {
		k++
	}
	if k >= len(after) || !after[k].word {
		return false
	}
	if f.lx.markers[after[k].lower] && after[k].lower == "aldus" {
		if ph, ok := f.parseNP(after, k+1); ok {
			f.attribute(q, ph, verbMatch{text: after[k].s, particle: -1, ok: true}, "aldus")
			return true
		}
		return false
	}
	vm := f.verbAt(after, k, false)
	if !vm.ok {
		return false
	}
	f.generic = true
	ph, ok := f.parseNP(after, k+1)
	f.generic = false
	if !ok {
		return false
	}
	f.attribute(q, ph, vm, "verb-after-quote")
	return true
}

// dashAfter handles '"…" - woordvoerder Jansen'.
func (f *finder) dashAfter(q *Quote, after []tok) bool {
	if len(after) < 2 || (after[0].s != "-" && after[0].s != "–" && after[0].s != "—") {
		return false
	}
	ph, ok := f.parseNP(after, 1)
	if !ok || ph.pronoun {
		return false
	}
	if n := f.trailingPP(after, ph.next); n < len(after) && after[n].word {
		return false
	}
	f.attribute(q, ph, verbMatch{}, "dash")
	return true
}

// trailingPP skips a phrase that places a dash speaker, "van de gemeente",
// "bij het Erasmus MC", "namens de Vereniging van Ziekenhuizen": a
// preposition, optionally a determiner and one lower-case noun, then
// capitalised words (name particles allowed), at most six words in all.
// It returns k when no such phrase follows.
func (f *finder) trailingPP(ts []tok, k int) int {
	if k >= len(ts) {
		return k
	}
	switch ts[k].lower {
	case "van", "bij", "namens", "uit", "in", "op":
	default:
		return k
	}
	n := k + 1
	if n < len(ts) && (ts[n].lower == "de" || ts[n].lower == "het") {
		n++
		if n < len(ts) && ts[n].word && !isUpperWord(ts[n].s) && !f.isVerb(ts[n].lower) {
			n++
		}
	}
	for n < len(ts) && ts[n].word && n-k <= 6 && (isUpperWord(ts[n].s) || nameParticles[ts[n].lower]) {
		n++
	}
	if n == k+1 || n < len(ts) && ts[n].word {
		return k
	}
	return n
}

// inSentence handles a quote inside a sentence that names its source:
// "Volgens hen ... 'oplopende spanningen'" or "Jansen noemde het 'een
// schande'".
func (f *finder) inSentence(q *Quote, before, after []tok) bool {
	for k := 0; k+1 < len(before); k++ {
		if before[k].lower == "volgens" {
			if ph, ok := f.parseNP(before, k+1); ok {
				f.attribute(q, ph, verbMatch{text: before[k].s, particle: -1, ok: true}, "volgens")
				return true
			}
		}
	}
	s0 := skipConnectives(before)
	if ph, ok := f.parseNP(before, s0); ok && ph.next < len(before) {
		if vm := f.verbAt(before, f.skipPP(before, ph.next), false); vm.ok {
			f.attribute(q, ph, vm, "verb-in-sentence")
			return true
		}
	}
	return false
}

// colonAbove handles a quote that opens its paragraph after a paragraph
// that ends in a speech verb and a colon: 'Op X schrijft hij:' then
// '"…"'. The last sentence of the previous paragraph is read as the
// words before the quote.
func (f *finder) colonAbove(q *Quote, p pair) bool {
	r := f.regionOf(p.start)
	if r <= 0 || f.regs[r-1].headline {
		return false
	}
	rs := datelineEnd(f.doc, f.regs[r].start, p.start)
	if hasNonSpace(f.doc[rs:p.start]) {
		return false
	}
	prev := f.regs[r-1]
	e := prev.end
	for e > prev.start && isSpaceByte(f.doc[e-1]) {
		e--
	}
	if e == prev.start || f.doc[e-1] != ':' {
		return false
	}
	ps := max(boundBefore(f.bounds, e-1), prev.start)
	if e-ps > maxWindow || f.hasPairIn(ps, e) {
		return false
	}
	if ps == prev.start {
		ps = datelineEnd(f.doc, ps, e)
	}
	return f.colonBefore(q, tokens(f.doc, ps, e))
}

// datAfter handles a quote that ends its sentence, reported by the next
// one: '"…" Dat zei premier Schoof dinsdag.' When the quote ends its
// paragraph, the sentence that opens the next paragraph may report it:
// '"…"' then 'Dat zei hij na afloop.'.
func (f *finder) datAfter(q *Quote, p pair) bool {
	ns := boundAfter(f.bounds, p.end)
	r := f.regionOf(p.end - 1)
	if r < 0 {
		return false
	}
	if !hasNonSpace(f.doc[p.end:f.regs[r].end]) {
		if r+1 >= len(f.regs) || f.regs[r+1].headline {
			return false
		}
		r++
		ns = f.regs[r].start
	}
	if ns >= f.regs[r].end {
		return false
	}
	ne := min(boundAfter(f.bounds, ns+1), f.regs[r].end)
	ts := f.window(ns, ne, false)
	ph, vm, ok := f.datReport(ts)
	if !ok {
		return false
	}
	f.attribute(q, ph, vm, "dat-after-quote")
	return true
}

// datReport reads a sentence that reports the one before it: "Dat zegt
// X …", "Dat meldt de NOS", or in the perfect tense "Dat heeft X dinsdag
// gezegd" and "Dat heeft X laten weten" (the participle or infinitive
// within maxGap words after the speaker).
func (f *finder) datReport(ts []tok) (phrase, verbMatch, bool) {
	if len(ts) < 3 || ts[0].lower != "dat" && ts[0].lower != "dit" {
		return phrase{}, verbMatch{}, false
	}
	if vm := f.verbAt(ts, 1, false); vm.ok {
		ph, ok := f.parseNP(ts, 2)
		return ph, vm, ok
	}
	if !f.isAux(ts[1].lower) {
		return phrase{}, verbMatch{}, false
	}
	ph, ok := f.parseNP(ts, 2)
	if !ok {
		return phrase{}, verbMatch{}, false
	}
	for v := ph.next; v < len(ts) && v <= ph.next+maxGap && ts[v].word; v++ {
		if vm := f.verbAt(ts, v, true); vm.ok && (vm.form.participle || vm.particle == v+1) {
			return ph, vm, true
		}
		if f.isAux(ts[v].lower) || copulas[ts[v].lower] {
			break
		}
	}
	return phrase{}, verbMatch{}, false
}

// speakerBefore handles a quote that follows a sentence whose subject
// speaks: 'Pietersen reageerde fel. "…"'.
func (f *finder) speakerBefore(q *Quote, p pair) bool {
	ss := boundBefore(f.bounds, p.start)
	if ss == 0 || hasNonSpace(f.doc[ss:p.start]) {
		return false
	}
	j := ss - 1
	for j > 0 && isSpaceByte(f.doc[j]) {
		j--
	}
	ps := boundBefore(f.bounds, j)
	if ss-ps > maxWindow || f.hasPairIn(ps, ss) {
		return false
	}
	ts := tokens(f.doc, datelineEnd(f.doc, ps, ss), ss)
	if len(ts) < 2 || ts[len(ts)-1].s != "." && ts[len(ts)-1].s != ":" {
		return false
	}
	s0 := skipConnectives(ts)
	ph, ok := f.parseNP(ts, s0)
	if !ok || ph.next >= len(ts) || ph.source {
		return false
	}
	vm := f.verbAt(ts, f.skipPP(ts, ph.next), false)
	if !vm.ok {
		// 'Zijn uitgever Mizzi van der Pluijm was minder verrast. "…"':
		// a person subject right before, in the same paragraph.
		if ph.pronoun || !ph.person || ph.canonical == "" || f.regionOf(ps) != f.regionOf(p.start) {
			return false
		}
		f.attribute(q, ph, verbMatch{}, "subject-before")
		return true
	}
	f.attribute(q, ph, vm, "speaker-before")
	return true
}

// skipPP skips a "van (de|het)? Capitalised+" phrase after a speaker
// ("Femke Wiersma van Landbouw", "Jansen van de VVD").
func (f *finder) skipPP(ts []tok, k int) int {
	if k+1 >= len(ts) || ts[k].lower != "van" {
		return k
	}
	j := k + 1
	if determiners[ts[j].lower] {
		j++
	}
	n := j
	for n < len(ts) && ts[n].word && isUpperWord(ts[n].s) && n-j < 4 {
		n++
	}
	if n == j {
		return k
	}
	return n
}

// verbFollows reports whether a finite auxiliary or copula follows a quote,
// which makes a short quote a predicate ("dat hij 'geen spijt' had") rather
// than a scare-quoted modifier ("het 'kwaadaardige' beleid").
func (f *finder) verbFollows(after []tok) bool {
	if len(after) == 0 || !after[0].word {
		return false
	}
	switch after[0].lower {
	case "wordt", "werd", "worden", "werden", "blijft", "bleef", "lijkt", "leek":
		return true
	}
	return auxiliaries[after[0].lower]
}

// endsClause reports whether the tokens after a quote end the sentence.
func endsClause(after []tok) bool {
	for _, t := range after {
		if t.word {
			return false
		}
	}
	return true
}

// continues reports whether the quote at p continues the speech of prev:
// it starts a sentence right after prev's sentence (or later in the same
// sentence, '"…", zei hij, "…"'), with nothing but spaces between.
func (f *finder) continues(prev *Quote, p pair, before []tok) bool {
	if prev.End > p.start {
		return false
	}
	if len(before) > 0 {
		// Same sentence: '"…", zei hij, "…"'.
		if before[0].start >= prev.End {
			return false
		}
		return before[len(before)-1].s == "," && !f.hasQuoteBetween(prev.End, p.start)
	}
	end := boundAfter(f.bounds, prev.End)
	if end > p.start {
		return false
	}
	return !hasNonSpace(f.doc[end:p.start]) && p.start-end < 4
}

func (f *finder) hasQuoteBetween(a, b int) bool {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].start >= a })
	return k < len(f.pairs) && f.pairs[k].end <= b
}

// attribute sets a quote's speaker, verb, rule and confidence.
func (f *finder) attribute(q *Quote, ph phrase, vm verbMatch, rule string) {
	q.Speaker = f.speaker(ph, vm.form.plural)
	if vm.ok {
		q.Verb = vm.text
	}
	q.Rule = rule
	q.Confidence = confidence(rule, q.Speaker)
}

// --- colon quotes without marks ---

// headlineColon handles "Stoltenberg: Rusland en China ..." in the headline
// and at the start of the first paragraph.
func (f *finder) headlineColon() {
	for _, rg := range f.regs {
		if !rg.headline {
			continue
		}
		f.colonLine(rg, true)
	}
	for _, rg := range f.regs {
		if !rg.headline {
			f.colonLine(rg, false) // the first paragraph only
			break
		}
	}
}

// colonLine finds "Speaker: text" at the start of a region.
func (f *finder) colonLine(rg region, headline bool) {
	line := f.doc[rg.start:rg.end]
	c := strings.Index(line, ": ")
	if c <= 0 || c > 80 {
		return
	}
	colon := rg.start + c
	for _, p := range f.pairs {
		if p.start < rg.end && p.end > rg.start && p.start < colon+3 {
			return // a quote at or before the colon: handled as direct
		}
	}
	ts := tokens(f.doc, rg.start, colon)
	if len(ts) == 0 || len(ts) > 6 {
		return
	}
	f.headline = headline
	ph, ok := f.parseNP(ts, 0)
	f.headline = false
	if !ok || ph.next != len(ts) || ph.pronoun || ph.source || f.notSpeakerLabel(ts, ph) {
		return
	}
	if ph.canonical == "" && ph.role != "" && headline {
		// "Koning: …": the role resolves against the whole story.
		ph.canonical = f.resolveRole(ph.role, "", len(f.doc))
	}
	if ph.canonical == "" {
		if c := f.bySurname(f.doc[ph.start:ph.end]); c != "" && !ph.source {
			ph.canonical = c
		}
	}
	if !headline && ph.canonical == "" {
		return
	}
	cs := colon + 1
	for cs < rg.end && isSpaceByte(f.doc[cs]) {
		cs++
	}
	ce := rg.end
	if !headline {
		ce = boundAfter(f.bounds, cs)
		if ce > rg.end {
			ce = rg.end
		}
	}
	for ce > cs && isSpaceByte(f.doc[ce-1]) {
		ce--
	}
	cs, ce = f.stripDangling(cs, ce)
	if cs >= ce {
		return
	}
	q := Quote{
		Text: f.doc[rg.start:ce], Start: rg.start, End: ce,
		Content: Span{Text: f.doc[cs:ce], Start: cs, End: ce},
		Kind:    Colon,
	}
	rule := "headline-colon"
	if !headline {
		rule = "colon-no-marks"
	}
	f.attribute(&q, ph, verbMatch{}, rule)
	f.quotes = append(f.quotes, q)
}

// --- indirect quotes ---

// sentence is a sentence span within a region.
type sentence struct{ start, end int }

// indirect finds reported speech in sentences without quote marks.
func (f *finder) indirect() {
	var sents []sentence
	for _, rg := range f.regs {
		if rg.headline {
			continue
		}
		k := sort.SearchInts(f.bounds, rg.start)
		for ; k+1 < len(f.bounds) && f.bounds[k] < rg.end; k++ {
			a, b := f.bounds[k], min(f.bounds[k+1], rg.end)
			for a < b && isSpaceByte(f.doc[a]) {
				a++
			}
			for b > a && isSpaceByte(f.doc[b-1]) {
				b--
			}
			if a == rg.start {
				a = datelineEnd(f.doc, a, b)
			}
			if a < b {
				sents = append(sents, sentence{a, b})
			}
		}
	}
	slices.SortStableFunc(f.quotes, func(a, b Quote) int { return a.Start - b.Start })
	f.nBefore = len(f.quotes)
	f.covered = make([]coverage, len(f.quotes))
	maxEnd := 0
	for i, q := range f.quotes {
		maxEnd = max(maxEnd, q.End)
		f.covered[i] = coverage{q.Start, maxEnd}
	}
	for i, s := range sents {
		if f.coveredByQuote(s) {
			continue
		}
		if !mayReport(f.doc[s.start:s.end]) {
			continue
		}
		ts := tokens(f.doc, s.start, s.end)
		if len(ts) > 400 {
			ts = ts[:400]
		}
		var prev *sentence
		if i > 0 && f.regionOf(sents[i-1].start) == f.regionOf(s.start) && !f.coveredByQuote(sents[i-1]) {
			prev = &sents[i-1]
		}
		for _, c := range f.clauses(s, ts) {
			cts := ts[c.first:c.last]
			if c.first > 0 {
				prev = nil
			}
			// "…, maar Wilders ontkende dat." reports nothing of its own
			if q, ok := f.indirectSentence(c.sentence, cts, prev); ok && q.Content.End > q.Content.Start {
				f.quotes = append(f.quotes, q)
			}
		}
	}
}

// clause is a piece of a sentence that may hold its own report, with its
// token range.
type clause struct {
	sentence
	first, last int
}

// coordinators join two main clauses after a comma.
var coordinators = map[string]bool{"maar": true, "terwijl": true, "en": true, "want": true, "waarna": true, "zodat": true}

// clauses splits a sentence into reports: a new clause starts after ";" or
// after ", maar" (", terwijl", ", en", ", want" …) when a new subject and a
// speech verb follow: "De rechter zei dat …, maar de advocaat zei dat …"
// holds two indirect quotes. The coordinator belongs to neither clause.
func (f *finder) clauses(s sentence, ts []tok) []clause {
	out := []clause{{sentence: s, first: 0, last: len(ts)}}
	for k := 1; k+2 < len(ts); k++ {
		j := k + 1
		switch {
		case ts[k].s == ";":
		case ts[k].s == "," && coordinators[ts[k+1].lower]:
			j = k + 2
		default:
			continue
		}
		if !f.reportStart(ts, j) {
			continue
		}
		cur := &out[len(out)-1]
		cur.last = k
		cur.end = ts[k].start
		out = append(out, clause{sentence: sentence{ts[j].start, s.end}, first: j, last: len(ts)})
	}
	return out
}

// reportStart reports whether a subject and a finite speech verb (or an
// auxiliary and a speech participle) start at ts[j]: "de advocaat zei",
// "hij heeft gezegd".
func (f *finder) reportStart(ts []tok, j int) bool {
	f.generic = true
	ph, ok := f.parseNP(ts, j)
	f.generic = false
	if !ok {
		return false
	}
	n := f.skipPP(ts, ph.next)
	if f.verbAt(ts, n, false).ok {
		return true
	}
	if n < len(ts) && f.isAux(ts[n].lower) {
		for v := n + 1; v < len(ts) && v <= n+5 && ts[v].word; v++ {
			if vm := f.verbAt(ts, v, true); vm.ok && vm.form.participle {
				return true
			}
		}
	}
	return false
}

func (f *finder) hasPairIn(a, b int) bool {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].end > a })
	return k < len(f.pairs) && f.pairs[k].start < b
}

func (f *finder) coveredByQuote(s sentence) bool {
	// f.covered holds the quotes found before the indirect pass, sorted by
	// start, with the running maximum of their ends.
	k := sort.Search(len(f.covered), func(k int) bool { return f.covered[k].start >= s.end })
	if k > 0 && f.covered[k-1].maxEnd > s.start {
		return true
	}
	if n := len(f.quotes); n > f.nBefore && f.quotes[n-1].End > s.start && f.quotes[n-1].Start < s.end {
		return true
	}
	return false
}

// trimClause trims spaces, a final period or comma and dangling quote
// marks from doc[a:b].
func (f *finder) trimClause(a, b int) (int, int) {
	for {
		a0, b0 := a, b
		for a < b && isSpaceByte(f.doc[a]) {
			a++
		}
		for b > a {
			c := f.doc[b-1]
			if isSpaceByte(c) || c == '.' || c == ',' || c == ';' || c == ':' {
				b--
				continue
			}
			break
		}
		a, b = f.stripDangling(a, b)
		if a == a0 && b == b0 {
			return a, b
		}
	}
}

// stripDangling drops a quote mark that opens or closes no quote from
// the edges of doc[a:b]: the unbalanced '"We gaan door, zei Rutte.' reports
// "We gaan door". Elision apostrophes ('s avonds) and the marks of a
// matched quote stay.
func (f *finder) stripDangling(a, b int) (int, int) {
	if a < b {
		if m, w := markAt(f.doc, a, b); m != mkNone && !f.pairStartsAt(a) &&
			!((m.single() || m == mkRightS) && apostropheWord(f.doc[a+w:b])) {
			a += w
		}
	}
	if a < b {
		r, w := utf8.DecodeLastRuneInString(f.doc[a:b])
		if isQuoteRune(r) && !f.pairEndsAt(b) {
			single := r == '\'' || r == '’' || r == '‘' || r == '‚'
			if single {
				// a final apostrophe after a letter is a possessive
				// ("Jezus'"); after punctuation it is a mark
				if p := runeBefore(f.doc, b-w, a); p != -1 && !isWordRune(p) {
					b -= w
				}
			} else {
				b -= w
				if r == '\'' && b > a && f.doc[b-1] == '\'' { // ''
					b--
				}
			}
		}
	}
	return a, b
}

func (f *finder) pairStartsAt(i int) bool {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].start >= i })
	return k < len(f.pairs) && f.pairs[k].start == i
}

func (f *finder) pairEndsAt(i int) bool {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].end >= i })
	return k < len(f.pairs) && f.pairs[k].end == i
}

func (f *finder) indirectQuote(s sentence, ca, cb int) Quote {
	ca, cb = f.trimClause(ca, cb)
	return Quote{
		Text: f.doc[s.start:s.end], Start: s.start, End: s.end,
		Content: Span{Text: f.doc[ca:cb], Start: ca, End: cb},
		Kind:    Indirect,
	}
}

// indirectSentence tries the indirect rules on one sentence.
func (f *finder) indirectSentence(s sentence, ts []tok, prev *sentence) (Quote, bool) {
	if len(ts) < 3 {
		return Quote{}, false
	}
	// "Dat zegt Trump in een verklaring." reports the previous sentence.
	if prev != nil {
		if ph, vm, ok := f.datReport(ts); ok {
			q := f.indirectQuote(sentence{prev.start, s.end}, prev.start, prev.end)
			f.attribute(&q, ph, vm, "dat-anaphor")
			return q, true
		}
	}
	// "…, zegt de secretaris-generaal." / "…, aldus X."
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].s != "," || wordCount(f.doc[s.start:ts[k].start]) < 3 {
			continue
		}
		if ts[k+1].lower == "aldus" {
			if ph, ok := f.parseNP(ts, k+2); ok && ph.next >= len(ts)-1 {
				q := f.indirectQuote(s, s.start, ts[k].start)
				f.attribute(&q, ph, verbMatch{text: ts[k+1].s, particle: -1, ok: true}, "aldus")
				return q, true
			}
			continue
		}
		vm := f.verbAt(ts, k+1, false)
		if !vm.ok {
			continue
		}
		ph, ok := f.parseNP(ts, k+2)
		if !ok {
			continue
		}
		if ph.next < len(ts) && ts[ph.next].lower == "dat" {
			continue // "…, zegt hij dat …" is not a report of the first clause
		}
		q := f.indirectQuote(s, s.start, ts[k].start)
		f.attribute(&q, ph, vm, "inverted-verb")
		return q, true
	}
	// "Volgens Araghchi is Teheran bereid …" / "… zal volgens X pas …"
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].lower != "volgens" {
			continue
		}
		ph, ok := f.parseNP(ts, k+1)
		if !ok {
			continue
		}
		var q Quote
		if k == skipConnectives(ts) {
			n := ph.next
			if n < len(ts) && ts[n].s == "," {
				// "Volgens Brys, directeur van Versatel, kwam …"
				for j := n + 1; j < len(ts) && j < n+12; j++ {
					if ts[j].s == "," {
						n = j + 1
						break
					}
				}
			}
			q = f.indirectQuote(s, ts[min(n, len(ts)-1)].start, s.end)
		} else {
			q = f.indirectQuote(s, s.start, s.end)
		}
		f.attribute(&q, ph, verbMatch{text: ts[k].s, particle: -1, ok: true}, "volgens")
		return q, true
	}
	// "Araghchi ontkent dat …", "nadat hij had gezegd dat …"
	for k := 1; k+1 < len(ts); k++ {
		if ts[k].lower != "dat" {
			continue
		}
		if q, ok := f.subjectVerbDat(s, ts, k); ok {
			return q, true
		}
	}
	return Quote{}, false
}

// mayReport is a cheap filter: every indirect rule needs a comma,
// "volgens", "dat" or a sentence-initial "Dit".
func mayReport(s string) bool {
	return strings.Contains(s, ",") || strings.Contains(s, "olgens") || strings.Contains(s, "dat") ||
		strings.Contains(s, "Dat") || strings.HasPrefix(s, "Dit")
}

// gapWords may stand between a speech verb and "dat".
var gapWords = map[string]bool{
	"ook": true, "nog": true, "wel": true, "al": true, "nu": true, "eerder": true, "gisteren": true, "vandaag": true,
	"daarbij": true, "echter": true, "bovendien": true, "niet": true, "zelf": true, "er": true, "steeds": true,
	"hem": true, "haar": true, "hen": true, "hun": true, "ons": true, "mij": true, "me": true, "u": true, "jou": true,
	"tegen": true, "aan": true, "maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true,
	"vrijdag": true, "zaterdag": true, "zondag": true, "opnieuw": true, "nogmaals": true, "expliciet": true,
}

// objectGap reports whether ts[a:b] may separate a speech verb from "dat":
// adverbs, object pronouns, a comma, or a named object ("de Kamer").
func (f *finder) objectGap(ts []tok, a, b int) bool {
	for _, t := range ts[a:b] {
		switch {
		case !t.word:
			if t.s != "," {
				return false
			}
		case gapWords[t.lower], determiners[t.lower], isUpperWord(t.s), f.mentionFor(t) != nil:
		default:
			return false
		}
	}
	return true
}

// maxGap bounds the adverbials and prepositional phrases between a speech
// verb and "dat".
const maxGap = 12

// timeWords are time adverbials that may stand between a verb and "dat".
var timeWords = map[string]bool{
	"gisteravond": true, "gistermiddag": true, "gisterochtend": true, "gistermorgen": true, "eergisteren": true,
	"vanochtend": true, "vanmorgen": true, "vanmiddag": true, "vanavond": true, "vannacht": true,
	"vorige": true, "afgelopen": true, "week": true, "weekend": true, "maand": true, "jaar": true,
	"eerder": true, "later": true, "zojuist": true, "onlangs": true, "recent": true, "tijdens": true,
	"meermaals": true, "herhaaldelijk": true, "uitdrukkelijk": true, "stellig": true, "openlijk": true,
}

// adverbialGap reports whether ts[a:b] is a bounded run of adverbials and
// prepositional phrases that may stand between a speech verb and "dat"
// ("zei dinsdag in een interview met de NOS dat"): at most maxGap words,
// no punctuation, no auxiliary or copula, and a lower-case noun only
// inside a prepositional phrase (so "schreef een boek dat …", a relative
// clause, is no report).
func (f *finder) adverbialGap(ts []tok, a, b int) bool {
	if b-a > maxGap || a > b {
		return false
	}
	pp := false
	for i, t := range ts[a:b] {
		switch {
		case !t.word:
			return false
		case determiners[t.lower] && i > 0 && prepositions[ts[a+i-1].lower]:
			// "in zijn boek": a possessive, not the verb "zijn"
		case f.isAux(t.lower) || copulas[t.lower]:
			return false
		case prepositions[t.lower] || t.lower == "van":
			pp = true
		case gapWords[t.lower], adverbs[t.lower], timeWords[t.lower], determiners[t.lower], weekdayWord(t.lower):
		case t.upper(), f.mentionFor(t) != nil:
		case pp:
		default:
			return false
		}
	}
	return true
}

// copulas never stand in an adverbial gap.
var copulas = map[string]bool{"wordt": true, "werd": true, "worden": true, "werden": true, "blijft": true, "bleef": true, "lijkt": true, "leek": true, "ben": true, "bent": true}

// weekdayWord reports whether w is a weekday, possibly with a part of the
// day ("dinsdagavond", "maandagochtend").
func weekdayWord(w string) bool {
	for _, d := range []string{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"} {
		if strings.HasPrefix(w, d) {
			return true
		}
	}
	return false
}

var subordinators = map[string]bool{"nadat": true, "omdat": true, "toen": true, "terwijl": true, "doordat": true, "hoewel": true, "nu": true, "sinds": true, "zodat": true, "waarna": true, "want": true, "en": true, "maar": true}

// subjectVerbDat handles SUBJECT (AUX ...) VERB (OBJECT) dat CLAUSE, with
// "dat" at ts[d].
func (f *finder) subjectVerbDat(s sentence, ts []tok, d int) (Quote, bool) {
	// the speech verb (or its particle) within maxGap+1 words before "dat"
	for v := d - 1; v >= 0 && v >= d-maxGap-1; v-- {
		if !ts[v].word {
			if ts[v].s == "," && v == d-1 {
				continue
			}
			break
		}
		vm := f.verbAt(ts, v, true)
		if !vm.ok || (vm.particle >= 0 && vm.particle >= d) {
			continue
		}
		if g := max(v, vm.particle) + 1; !f.objectGap(ts, g, d) && !f.adverbialGap(ts, g, d) {
			// "Gisteren zei de minister in de Kamer dat …": the subject
			// after the verb, then adverbials.
			if q, ok := f.invertedDat(s, ts, v, d, vm); ok {
				return q, true
			}
			break // "Hij schreef een boek dat …": a relative clause
		}
		// subject right before the verb (or before an auxiliary): find a
		// clause start and parse forward.
		starts := []int{skipConnectives(ts)}
		for k := 0; k < v; k++ {
			if subordinators[ts[k].lower] || ts[k].s == "," {
				starts = append(starts, k+1)
			}
		}
		for _, st := range starts {
			// right before a speech verb any "de/het … noun" is a subject:
			// "de werkgevers verklaarden dat …"
			f.generic = true
			ph, ok := f.parseNP(ts, st)
			f.generic = false
			if !ok {
				continue
			}
			gap := v - f.skipPP(ts, ph.next)
			n := f.skipPP(ts, ph.next)
			if (gap == 0 && !vm.form.participle) || (gap >= 1 && f.isAux(ts[n].lower) && (gap <= 3 || f.adverbialGap(ts, n+1, v))) {
				q := f.indirectQuote(s, ts[d].end, s.end)
				f.attribute(&q, ph, vm, "subject-verb-dat")
				return q, true
			}
		}
		if q, ok := f.invertedDat(s, ts, v, d, vm); ok {
			return q, true
		}
		break
	}
	return Quote{}, false
}

// invertedDat handles the subject after the speech verb at ts[v], with
// "dat" at ts[d]: "Gisteren zei de minister (in de Kamer) dat …".
func (f *finder) invertedDat(s sentence, ts []tok, v, d int, vm verbMatch) (Quote, bool) {
	if vm.form.participle {
		return Quote{}, false
	}
	ph, ok := f.parseNP(ts, v+1)
	if !ok || ph.next > d {
		return Quote{}, false
	}
	switch {
	case ph.next == d:
	case vm.particle >= 0 && ph.next == vm.particle && vm.particle+1 == d:
	case vm.particle < 0 && (f.objectGap(ts, ph.next, d) || f.adverbialGap(ts, ph.next, d)):
	default:
		return Quote{}, false
	}
	q := f.indirectQuote(s, ts[d].end, s.end)
	f.attribute(&q, ph, vm, "subject-verb-dat")
	return q, true
}
