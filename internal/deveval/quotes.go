package deveval

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// QuoteCounts holds the counts of one way of scoring quotes.
type QuoteCounts struct {
	// DetTP, DetFP and DetFN count found, spurious and missed quotes.
	DetTP, DetFP, DetFN int
	// SpeakerGold counts gold quotes with a speaker, SpeakerGiven the
	// found quotes for which draad named one, SpeakerRight the right ones.
	SpeakerGold, SpeakerGiven, SpeakerRight int
}

// Found returns the precision and recall of finding quotes.
func (c QuoteCounts) Found() (p, r float64) {
	return ratio(c.DetTP, c.DetTP+c.DetFP), ratio(c.DetTP, c.DetTP+c.DetFN)
}

// Speakers returns the precision and recall of the speakers.
func (c QuoteCounts) Speakers() (p, r float64) {
	return ratio(c.SpeakerRight, c.SpeakerGiven), ratio(c.SpeakerRight, c.SpeakerGold)
}

// QuoteReport is what score/check_quotes.py finds. Strict is its "old
// scorer" line, Fair its mention-level line; the primary figure, speakers
// named, counts only the speakers resolved to the right name (rules
// strict, F1, F2 and F3, not F4).
type QuoteReport struct {
	Strict, Fair QuoteCounts
	// Why counts the right speakers of Fair by the rule that made them
	// right: "strict", "F1", "F2", "F3" or "F4".
	Why map[string]int
	// NeutralF5 counts speakers given for a quote whose gold speaker is
	// unknown, at the very mention the annotator named (not counted).
	NeutralF5 int
	// Flips lists the speakers made right by rules F1 to F5, Errors every
	// missed quote and wrong or missing speaker, as the scorer's --list
	// prints them.
	Flips, Errors []string
	// Rules counts, by the attribution rule draad names ("rule" in its
	// output), the speakers it gave for found gold quotes and how many of
	// them resolve to the right name (as the speakers (names) figure
	// counts them). It is not part of the reference scorer's output.
	Rules map[string]*RuleCount
}

// RuleCount is the name-level count of one attribution rule: speakers
// given and speakers right.
type RuleCount struct{ Right, Given int }

// Names returns the precision and recall of speakers resolved to the
// right name: the scorer's "speakers (names)".
func (r *QuoteReport) Names() (p, rec float64) {
	resolved := r.Why["strict"] + r.Why["F1"] + r.Why["F2"] + r.Why["F3"]
	return ratio(resolved, r.Fair.SpeakerGiven), ratio(resolved, r.Fair.SpeakerGold)
}

// Figures returns the report's figures by name: "quotes P" and "quotes R"
// (quotes found), "speakers P" and "speakers R" (speakers named), and the
// speaker figures of the other two lines, "strict speakers P/R" and
// "mention speakers P/R".
func (r *QuoteReport) Figures() []Figure {
	dp, dr := r.Fair.Found()
	np, nr := r.Names()
	sp, sr := r.Strict.Speakers()
	mp, mr := r.Fair.Speakers()
	return []Figure{
		{"quotes P", dp}, {"quotes R", dr},
		{"speakers P", np}, {"speakers R", nr},
		{"strict speakers P", sp}, {"strict speakers R", sr},
		{"mention speakers P", mp}, {"mention speakers R", mr},
	}
}

// Write prints the report as check_quotes.py does; verbose adds the flips
// and errors before the figures, as the scorer does with --list.
func (r *QuoteReport) Write(w io.Writer, verbose bool) error {
	var b strings.Builder
	if verbose {
		for _, f := range r.Flips {
			b.WriteString("FLIP " + f + "\n")
		}
		for _, e := range r.Errors {
			b.WriteString("ERR  " + e + "\n")
		}
	}
	line := func(tag string, c QuoteCounts) {
		dp, dr := c.Found()
		sp, sr := c.Speakers()
		fmt.Fprintf(&b, "%s: quotes P %.3f R %.3f; speakers P %.3f R %.3f (right %d, given %d, gold %d)\n",
			tag, dp, dr, sp, sr, c.SpeakerRight, c.SpeakerGiven, c.SpeakerGold)
	}
	line("strict (old scorer)", r.Strict)
	line("mention level      ", r.Fair)
	fmt.Fprintf(&b, "flips: F1 %d, F2 %d, F3 %d, F4 mention-only %d, F5 neutral %d\n", r.Why["F1"], r.Why["F2"], r.Why["F3"], r.Why["F4"], r.NeutralF5)
	dp, dr := r.Fair.Found()
	np, nr := r.Names()
	resolved := r.Why["strict"] + r.Why["F1"] + r.Why["F2"] + r.Why["F3"]
	fmt.Fprintf(&b, "quotes P %.3f R %.3f; speakers (names) P %.3f R %.3f (right %d, given %d, gold %d; bars 0.9/0.8)\n",
		dp, dr, np, nr, resolved, r.Fair.SpeakerGiven, r.Fair.SpeakerGold)
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteRules prints the count of each attribution rule, most speakers
// given first: right/given and the precision smoothed as
// (right+1)/(given+2), the confidence package quote gives the rule.
func (r *QuoteReport) WriteRules(w io.Writer) error {
	names := make([]string, 0, len(r.Rules))
	for n := range r.Rules {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if d := r.Rules[b].Given - r.Rules[a].Given; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	var b strings.Builder
	b.WriteString("rule                  right/given  smoothed\n")
	for _, n := range names {
		c := r.Rules[n]
		if n == "" {
			n = "(none)"
		}
		fmt.Fprintf(&b, "%-22s %5d/%-5d  %.2f\n", n, c.Right, c.Given, float64(c.Right+1)/float64(c.Given+2))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// marks are the characters the scorer strips from quote texts.
const marks = "\"'„”“‘’‚,«»¨` \u00a0\n\t."

// Quotes scores quotes and speakers as score/check_quotes.py does.
func (e *Evaluator) Quotes() (*QuoteReport, error) {
	gold, err := e.gold("quotes.json")
	if err != nil {
		return nil, err
	}
	r := &QuoteReport{Why: map[string]int{}, Rules: map[string]*RuleCount{}}
	for _, key := range sortedKeys(gold) {
		g := gold.get(key)
		path := e.textPath(key)
		raw, err := e.read(path)
		if err != nil {
			return nil, err
		}
		run := e.parse(path)
		var doc any = &object{}
		if run.out.Code == 0 {
			if run.err != nil {
				return nil, run.err
			}
			doc = run.doc
		}
		s := &quoteScorer{py: py{where: key + " (gold/quotes.json or draad parse output)"}, report: r, key: key, raw: raw}
		doc = firstDoc(&s.py, doc)
		s.file(g, doc)
		if s.err != nil {
			return nil, s.err
		}
	}
	return r, nil
}

// quoteScorer scores the quotes of one file.
type quoteScorer struct {
	py
	report    *QuoteReport
	key       string
	raw       []byte
	gquotes   []any // gold quotes
	preds     []any // predicted direct and colon quotes
	amb       []any // texts the annotator could not decide on
	fileNames []any // every gold speaker and alternative of the file
}

func (s *quoteScorer) file(g, doc any) {
	isQuote := func(q any) bool {
		k := s.get(q, "kind")
		return equal(k, "direct") || equal(k, "colon")
	}
	for _, st := range storiesOf(&s.py, doc) {
		for _, q := range s.iter(or(s.get(st, "quotes"), []any{}), "quotes") {
			if isQuote(q) {
				s.preds = append(s.preds, q)
			}
		}
	}
	for _, q := range s.iter(or(s.get(doc, "quotes"), []any{}), "quotes") {
		if isQuote(q) {
			s.preds = append(s.preds, q)
		}
	}
	for _, a := range s.iter(s.getOr(g, "ambiguous", []any{}), "ambiguous") {
		if _, ok := a.(string); !ok {
			a = s.getOr(a, "text", "")
		}
		s.amb = append(s.amb, a)
	}
	s.gquotes = s.iter(s.index(g, "quotes"), "quotes")
	for _, q := range s.gquotes {
		for _, x := range s.names(q) {
			if truthy(x) {
				s.fileNames = append(s.fileNames, x)
			}
		}
	}
	if s.err != nil {
		return
	}
	s.score(false, &s.report.Strict)
	s.score(true, &s.report.Fair)
}

// names is [speaker] + list(speaker_alt or []).
func (s *quoteScorer) names(gq any) []any {
	return append([]any{s.get(gq, "speaker")}, s.iter(or(s.get(gq, "speaker_alt"), []any{}), "speaker_alt")...)
}

// match pairs each gold quote with the first unused predicted quote of
// the same text (or, when fair, the same content), and counts the
// predicted quotes left over that are not ambiguous.
func (s *quoteScorer) match(fair bool) (pairs []int, fp int) {
	used := map[int]bool{}
	for _, gq := range s.gquotes {
		hit := -1
		for i, q := range s.preds {
			if used[i] {
				continue
			}
			if s.sameText(s.get(q, "text"), s.index(gq, "text")) ||
				fair && s.sameText(s.get(or(s.get(q, "content"), &object{}), "text"), s.index(gq, "text")) {
				hit = i
				break
			}
		}
		if hit >= 0 {
			used[hit] = true
		}
		pairs = append(pairs, hit)
	}
	for i, q := range s.preds {
		if used[i] {
			continue
		}
		if !slices.ContainsFunc(s.amb, func(a any) bool { return s.sameText(s.get(q, "text"), a) }) {
			fp++
		}
	}
	return pairs, fp
}

func (s *quoteScorer) score(fair bool, c *QuoteCounts) {
	r := s.report
	pairs, fp := s.match(fair)
	c.DetFP += fp
	for j, gq := range s.gquotes {
		hit := pairs[j]
		names := s.names(gq)
		speaker := s.get(gq, "speaker")
		mention := s.get(gq, "speaker_mention")
		if truthy(speaker) {
			c.SpeakerGold++
		}
		if hit < 0 {
			c.DetFN++
			if fair && truthy(speaker) {
				r.Errors = append(r.Errors, fmt.Sprintf("%s: quote missed, gold %s", s.key, repr(speaker)))
			}
			continue
		}
		c.DetTP++
		q := s.preds[hit]
		sp := or(s.get(q, "speaker"), &object{})
		name := or(s.get(sp, "canonical"), s.get(sp, "text"))
		given := truthy(s.get(sp, "canonical")) || truthy(name) && !truthy(s.get(sp, "pronoun"))
		if !fair {
			if given {
				c.SpeakerGiven++
				if truthy(speaker) && s.samePerson(name, names) {
					c.SpeakerRight++
				}
			}
			continue
		}
		why := ""
		if given && truthy(speaker) {
			switch {
			case s.samePerson(name, names):
				why = "strict"
				if equal(s.get(q, "kind"), "colon") && !s.sameText(s.get(q, "text"), s.index(gq, "text")) {
					why = "F1"
				}
			case s.samePerson(name, s.conjuncts(names)):
				why = "F3"
			case s.firstNameOK(name, names) || s.firstNameOK(s.get(sp, "text"), names):
				why = "F2"
			}
		}
		mentionHit := false
		if o, ok := sp.(*object); ok && given && !truthy(s.get(sp, "pronoun")) && truthy(mention) && o.has("start") {
			mentionHit = s.mentionHit(q, sp, mention)
		}
		if why == "" && mentionHit && truthy(speaker) {
			why = "F4"
		}
		spText, spCanon := repr(s.get(sp, "text")), repr(s.get(sp, "canonical"))
		if given && (truthy(speaker) || !mentionHit) {
			rc := r.Rules[str(s.get(q, "rule"))]
			if rc == nil {
				rc = &RuleCount{}
				r.Rules[str(s.get(q, "rule"))] = rc
			}
			rc.Given++
			if why != "" && why != "F4" {
				rc.Right++
			}
		}
		if !truthy(speaker) {
			if given && mentionHit {
				r.NeutralF5++
				r.Flips = append(r.Flips, fmt.Sprintf("%s: F5 gold None, predicted mention %s not counted", s.key, spText))
				continue
			}
			if given {
				c.SpeakerGiven++
				r.Errors = append(r.Errors, fmt.Sprintf("%s: gold None, predicted %s", s.key, repr(name)))
			}
			continue
		}
		if !given {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: no speaker (rule %s), gold %s mention %s", s.key, str(s.get(q, "rule")), repr(speaker), repr(mention)))
			continue
		}
		c.SpeakerGiven++
		if why != "" {
			c.SpeakerRight++
			r.Why[why]++
			if why != "strict" {
				r.Flips = append(r.Flips, fmt.Sprintf("%s: %s predicted %s/%s = gold %s (mention %s)", s.key, why, spText, spCanon, repr(speaker), repr(mention)))
			}
		} else {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: wrong %s/%s, gold %s mention %s", s.key, spText, spCanon, repr(speaker), repr(mention)))
		}
	}
}

// mentionHit reports whether the predicted speaker overlaps an occurrence
// of the gold speaker mention from 2000 bytes before the quote to 600
// after it, in the mention's own, NFC or NFD form (rule F4).
func (s *quoteScorer) mentionHit(q, sp, mention any) bool {
	lo := s.integer(s.index(q, "start"), "a quote's start") - 2000
	hi := s.integer(s.index(q, "end"), "a quote's end") + 600
	m := s.text(mention, "speaker_mention")
	if s.err != nil {
		return false
	}
	hit := false
	forms := []string{m, nfc(m), nfd(m)}
	for i, form := range forms {
		if slices.Contains(forms[:i], form) {
			continue
		}
		b := []byte(form)
		for j := find(s.raw, b, max(0, lo)); j >= 0 && j < hi; j = find(s.raw, b, j+1) {
			if s.integer(s.index(sp, "start"), "a speaker's start") < j+len(b) && j < s.integer(s.index(sp, "end"), "a speaker's end") {
				hit = true
			}
		}
	}
	return hit && s.err == nil
}

// norm is the scorer's norm: NFC, the marks stripped, white space
// collapsed.
func (s *quoteScorer) norm(v any) string {
	t := nfc(s.textOr(v, "a quote text"))
	return strings.Join(fields(stripChars(t, marks)), " ")
}

// sameText is the scorer's same_text: equal after norm, or one holding
// the other and at least 80 % of its length.
func (s *quoteScorer) sameText(a, b any) bool {
	x, y := s.norm(a), s.norm(b)
	if x == "" || y == "" {
		return false
	}
	if x == y {
		return true
	}
	short, long := x, y
	if runeLen(y) < runeLen(x) {
		short, long = y, x
	}
	return strings.Contains(long, short) && float64(runeLen(short)) >= 0.8*float64(runeLen(long))
}

// samePerson is the scorer's same_person: equal names, or one ending in
// the other after a space, case folded.
func (s *quoteScorer) samePerson(pred any, goldNames []any) bool {
	p := strip(casefold(s.textOr(pred, "a speaker")))
	if p == "" {
		return false
	}
	for _, g := range goldNames {
		g := strip(casefold(s.textOr(g, "a gold speaker")))
		if g == "" {
			continue
		}
		if p == g || strings.HasSuffix(g, " "+p) || strings.HasSuffix(p, " "+g) {
			return true
		}
	}
	return false
}

// conjuncts splits each gold name "A en B" into A and B (rule F3).
func (s *quoteScorer) conjuncts(names []any) []any {
	var out []any
	for _, n := range names {
		if !truthy(n) {
			continue
		}
		t := s.text(n, "a gold speaker")
		if !strings.Contains(t, " en ") {
			continue
		}
		for _, x := range strings.Split(t, " en ") {
			if x = strip(x); x != "" {
				out = append(out, x)
			}
		}
	}
	return out
}

// firstNameOK is the scorer's first_name_ok (rule F2): a one-word name
// that starts a gold name of several words, unless it starts more than
// one distinct gold name of the file.
func (s *quoteScorer) firstNameOK(pred any, names []any) bool {
	p := strip(s.textOr(pred, "a speaker"))
	if p == "" || strings.Contains(p, " ") {
		return false
	}
	pf := casefold(p)
	count := 0
	for _, n := range s.fileNames {
		if f := fields(s.textOr(n, "a gold speaker")); len(f) >= 2 && casefold(f[0]) == pf {
			count++
		}
	}
	if count > 1 {
		distinct := map[string]bool{}
		for _, n := range s.fileNames {
			t := s.textOr(n, "a gold speaker")
			f := fields(t)
			if len(f) == 0 {
				s.fail("gold speaker %s has no words", repr(n))
				return false
			}
			if casefold(f[0]) == pf {
				distinct[casefold(t)] = true
			}
		}
		if len(distinct) > 1 {
			return false
		}
	}
	for _, n := range names {
		if !truthy(n) {
			continue
		}
		if f := fields(s.text(n, "a gold speaker")); len(f) >= 2 && casefold(f[0]) == pf {
			return true
		}
	}
	return false
}
