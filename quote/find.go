package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/token"
)

// ruleConfidence is the confidence of each attribution rule: its
// precision measured on nieuws-dev (94 real articles with hand gold,
// direct and colon quotes, speaker resolved to the right name, scored as
// its check_quotes.py does and counted by `draad eval -rules quotes`;
// 2026-12-05), smoothed as (right+1)/(given+2) so that a rule seen a few
// times does not claim certainty. The comment gives right/given. A rule that attributed no scored quote (the indirect
// rules: nieuws-dev has no gold for indirect speech) gets 0.5: not
// measured. See the table in the package documentation.
var ruleConfidence = map[string]float64{
	"colon":                0.96, // 22/22
	"verb-before-quote":    0.86, // 5/5
	"verb-after-quote":     0.97, // 64/65
	"aldus":                0.83, // 9/10
	"any-verb-after-quote": 0.67, // 1/1
	"dash":                 0.5,  // 0/0
	"volgens":              0.75, // 2/2
	"verb-in-sentence":     0.94, // 16/16
	"naar-eigen-zeggen":    0.67, // 1/1
	"copula-subject":       0.67, // 1/1
	"dat-after-quote":      0.67, // 1/1
	"continuation":         0.94, // 47/49
	"speaker-before":       0.92, // 11/11
	"subject-before":       0.95, // 38/39
	"headline-colon":       0.8,  // 3/3
	"colon-no-marks":       0.5,  // 0/0
	"colon-after-clause":   0.89, // 7/7
	"inverted-verb":        0.5,  // 0/0
	"dat-anaphor":          0.5,  // 0/0
	"subject-verb-dat":     0.5,  // 0/0
	"in-report":            0.88, // 6/6
	"carry-forward":        0.83, // 9/10
	"named-before":         0.67, // 1/1
	"subject-after":        0.75, // 2/2
	"headline-echo":        0.8,  // 3/3
	"headline-lead":        0.9,  // 8/8
	"subheading-lead":      0.5,  // 0/0
	"main-speaker":         0.67, // 3/4
}

// maxLookback bounds how many mentions back a pronoun or role is resolved,
// which keeps Find linear on huge inputs.
const maxLookback = 500

// finder holds the state of one call to [Find].
type finder struct {
	doc        string
	lx         *lexicon
	regs       []region
	pairs      []pair
	bounds     []int
	mentions   []mention
	quotes     []Quote
	covered    []coverage
	nBefore    int
	headline   bool // parsing a headline: lone capitalised names are fine
	generic    bool // right after a speech verb: any "de/een ... noun" is a speaker
	surnames   map[string]string
	orgFirst   map[string]string // first word of an organisation -> canonical, see orgStartingWith
	orgDescs   []orgDescriptor   // see descriptors
	firstWords map[string]string // first word of a person's full name -> canonical, see splitGlued
	toks       tokCache          // tokens around the quotes, see window
	regToks    [][]tok           // tokens of each region, see tokens
	mem        *callMem          // memory reused between calls, see release
	shared     []token.Token     // the caller's tokens, see sharedTokens
	sharedAt   int               // the offset in doc of their text
	glued      map[[2]int]glue   // see splitGlued
	pending    []Quote           // short phrases in marks, see headlineQuotes and partialInReport
	roleGender map[string]gender // canonical name -> the gender its roles show, see otherGender
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
// concurrent use. With s.Tokens it reads the tokens the caller made
// instead of tokenizing the story again, with the same result.
func FindStory(doc string, s Story) []Quote {
	f := &finder{doc: doc, lx: lexiconOrEmpty()}
	defer f.release()
	f.regs = regions(doc, s)
	if len(f.regs) == 0 {
		return nil
	}
	f.shared, f.sharedAt = sharedTokens(doc, s), s.TokenOffset
	f.mem = memPool.Get().(*callMem)
	f.mem.mentions = validMentions(f.mem.mentions, doc, s.Entities)
	f.mentions = f.mem.mentions
	f.demoteTitles()
	f.rolesFromText()
	f.pairs = scan(doc, f.regs)
	f.bounds = f.sentenceBounds()
	// The passes, in order. Each later pass sees the quotes of the
	// earlier ones.
	f.direct()          // quotes in marks, through directSieve
	f.headlineColon()   // "Speaker: text" without marks (rule_colon.go)
	f.indirect()        // reported speech, through indirectSentence (rule_indirect.go)
	f.partialInReport() // short phrases in marks inside a report (rule_sentence.go)
	slices.SortStableFunc(f.quotes, func(a, b Quote) int { return a.Start - b.Start })
	f.pronounsToLastSpeaker()   // "'…', zei Mathilde. '…', voegde ze toe" (resolve.go)
	f.continueReported()        // a quote in marks right after a report (rule_carry.go)
	f.carryForward()            // the speaker carried on from before (rule_carry.go)
	f.pronounsToLastSpeaker()   // again, for the pronouns carryForward read
	f.headlineQuotes(f.pending) // headline and subheading quotes from the body (rule_headline.go)
	return f.quotes
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

// confidence returns the confidence of an attribution by rule: the
// rule's measured precision (see ruleConfidence), zero without a speaker.
func confidence(rule string, sp *Speaker) float64 {
	if sp == nil {
		return 0
	}
	return ruleConfidence[rule]
}

// window returns the tokens of doc[from:to], keeping at most maxWindow
// bytes: the end when keepEnd is set (context before a quote), else the
// start. Within one region the tokens come from the region's tokens (see
// [finder.tokens]), or from the token cache on a huge region, so a token
// that straddles from or to is left out; the result must not be
// modified.
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
		if f.regs[r].end-f.regs[r].start <= maxTokenRegion {
			rt := f.regionTokens(r)
			lo := sort.Search(len(rt), func(k int) bool { return rt[k].start >= from })
			hi := sort.Search(len(rt), func(k int) bool { return rt[k].end > to })
			if lo >= hi {
				return nil
			}
			return rt[lo:hi:hi]
		}
		return f.toks.window(f.doc, r, f.regs[r], from, to)
	}
	return tokens(f.doc, from, to)
}

// candidate is a quote in marks on its way through the sieve, with its
// context: the rest of its sentence before and after the marks.
type candidate struct {
	q             *Quote // points at quote
	quote         Quote
	p             pair
	before, after []tok
	// short is set for a quote of one or two words without final
	// punctuation, or a short phrase inside a headline: a scare quote or
	// a title unless a rule that reads its own sentence attributes it.
	short bool
	// prev is the last attributed direct or colon quote before it.
	prev *Quote
	// ownClause is set when the quote's sentence goes on after it with
	// a clause of its own ("'…', klinkt het in het filmpje"): that
	// clause attributes the quote or nothing does.
	ownClause bool
}

// directSieve lists the attribution rules for quotes in marks in the order
// they are tried, strongest first, as in the sieve of Muzny et al. (2017):
// the first rule that fires attributes the quote and the rest are not
// tried. The rules of a family share a file: rule_sentence.go reads the
// quote's own sentence, rule_next.go the sentence after it, rule_carry.go
// what came before it. A quote that no rule attributes stays a quote with
// no speaker, unless it is short or a title (see [finder.direct]).
var directSieve = []struct {
	rules string // the rule names it may give
	apply func(*finder, *candidate) bool
}{
	{"verb-before-quote, colon", func(f *finder, c *candidate) bool { return f.colonBefore(c.q, c.before) }},
	{"verb-before-quote", func(f *finder, c *candidate) bool { return len(c.before) == 0 && f.colonAbove(c.q, c.p) }},
	{"verb-after-quote, aldus", func(f *finder, c *candidate) bool { return f.verbAfter(c.q, c.after) }},
	{"dash", func(f *finder, c *candidate) bool { return f.dashAfter(c.q, c.after) }},
	{"volgens, verb-in-sentence", func(f *finder, c *candidate) bool {
		strict := c.short && !endsClause(c.after) && !f.verbFollows(c.after)
		return !(strict && modifier(c.before, c.after)) && f.inSentence(c.q, c.before, c.after, strict)
	}},
	{"dat-after-quote", func(f *finder, c *candidate) bool { return !c.short && len(c.after) == 0 && f.datAfter(c.q, c.p) }},
	{"continuation", func(f *finder, c *candidate) bool {
		return !c.short && !c.ownClause && c.prev != nil && f.continueQuote(c.q, c.prev, c.p, c.before)
	}},
	{"speaker-before, subject-before", func(f *finder, c *candidate) bool {
		return !c.short && !c.ownClause && len(c.before) == 0 && f.speakerBefore(c.q, c.p)
	}},
}

// direct attributes every quoted pair through [directSieve] and drops the
// scare quotes and titles that no rule attributed.
func (f *finder) direct() {
	var prev *Quote     // the last attributed direct or colon quote
	c := new(candidate) // one for all pairs: the rules take it by pointer
	for _, p := range f.pairs {
		f.toks.free = true // the windows of the previous pair are done
		*c = candidate{p: p, prev: prev}
		c.q = &c.quote
		c.quote = Quote{
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
		q := c.q
		c.before = f.window(ss, p.start, true)
		c.after = f.window(p.end, se, false)
		content := strings.TrimSpace(q.Content.Text)
		c.short = !endsSentence(content) && (len(strings.Fields(content)) <= 2 ||
			f.headlinePhrase(p, c.before, content))
		c.ownClause = ownClause(c.after)

		if c.short && nickname(c.before, c.after) {
			continue // "Dennis 'Danny' Groenfelt", "alias 'Noffel'": a name, not speech
		}
		if !endsSentence(content) && compoundPart(f.doc, p.end) {
			continue // "de 'adult only'-avonden": the first part of a compound, not speech
		}
		ok := false
		for _, r := range directSieve {
			if ok = r.apply(f, c); ok {
				break
			}
		}
		if !ok && c.short && f.afterColon(c.before) {
			ok = true // "Rijkswaterstaat: 'Stop niet'": a colon introduces speech
		}
		if !ok && (c.short || f.isTitle(c.before, content)) {
			if c.short && !f.isTitle(c.before, content) && !modifier(c.before, c.after) {
				// a quote only if the body echoes it (headline) or a
				// report holds it (see partialInReport)
				f.pending = append(f.pending, *q)
			}
			continue // a scare quote or a title, not speech
		}
		f.quotes = append(f.quotes, *q)
		if q.Speaker != nil {
			prev = &f.quotes[len(f.quotes)-1]
		}
	}
}

// compoundPart reports whether the quote that ends at doc[end] is glued
// by a hyphen to the word after it, as the first part of a compound:
// "de 'adult only'-avonden", "een 'gezond verstand'-deal".
func compoundPart(doc string, end int) bool {
	if end+1 >= len(doc) || doc[end] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(doc[end+1:])
	return unicode.IsLetter(r)
}

// nickname reports whether a short quote is a nickname: after "alias",
// "bijgenaamd" or "bijnaam", or between two capitalised words, a first
// name and a surname ("Dennis 'Danny' Groenfelt", "Peter 'Pjotr' R.").
func nickname(before, after []tok) bool {
	n := len(before)
	if n == 0 {
		return false
	}
	switch before[n-1].lower {
	case "alias", "bijgenaamd", "bijnaam", "roepnaam", "artiestennaam", "schuilnaam":
		return true
	}
	return n >= 2 && before[n-1].word && before[n-1].upper() && before[n-2].word &&
		len(after) > 0 && after[0].word && after[0].upper()
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

// ownClause reports whether the tokens after a quote, to the end of its
// sentence, go on with a clause of their own: a comma and a lower-case
// word ("'…', klinkt het in het filmpje"), but not an empty one that
// refers back ("'…', zo klinkt het.").
func ownClause(after []tok) bool {
	if len(after) < 2 || after[0].s != "," || !after[1].word || after[1].upper() {
		return false
	}
	// "'…', zo klinkt het." names no one: the speaker goes on
	k := 1
	if after[k].lower == "zo" {
		k++
	}
	if k+1 < len(after) && (after[k+1].lower == "het" || after[k+1].lower == "er") && (k+2 == len(after) || !after[k+2].word) {
		return false
	}
	return true
}

// modifier reports whether a short quote stands between a determiner and
// the noun it modifies: "een 'magische' race", "het 'kwaadaardige'
// beleid". Such a quote is a scare quote, whoever speaks in its sentence.
func modifier(before, after []tok) bool {
	if len(before) == 0 || len(after) == 0 || !after[0].word || after[0].upper() || closedClass(after[0].lower) {
		return false
	}
	return determiners[before[len(before)-1].lower] || before[len(before)-1].lower == "een"
}
