// Rules for quotes in the headline and in subheadings, which are
// attributed from the body they announce.

package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// maxEcho is the number of quotes after a subheading searched for its
// echo.
const maxEcho = 20

// headlineQuotes attributes the headline quotes and the quote subheadings
// that no rule of their own line attributed, from the body:
//
//   - headline-echo: a body quote with a speaker holds the same words
//     ("'Ik stop ermee'" above '"Ik stop ermee, het gaat niet meer",
//     zegt Jansen.'); a short phrase in quote marks in the headline, which
//     is otherwise taken for a scare quote, is a quote when it has such
//     an echo ("Japan maakt zich 'ernstig zorgen'");
//   - headline-lead: a headline quote with no echo goes to the speaker of
//     the first quote or report of the lead, the first paragraph ("'…'"
//     above "… . Dat meldt RTL Nieuws."), when that speaker is named, or
//     to the person who opens the lead as the subject of a speech verb
//     ("Jan Smit vindt het een blunder.");
//   - subheading-lead: a quote subheading with no echo goes to the
//     speaker of the first quote or report of the paragraph after it,
//     when that speaker is named;
//   - main-speaker: else a headline quote goes to the story's
//     main speaker, the one person or organisation to whom at least two
//     quotes of the body, and more than to anyone else, are attributed,
//     or to whom all of them are.
//
// A headline speaker named by a role only ("Barmedewerkster IISPA: '…'")
// is resolved the same way; its Text stays as written.
//
// pending holds the short headline phrases that direct set aside.
func (f *finder) headlineQuotes(pending []Quote) {
	added := false
	for _, q := range pending {
		if sp := f.echo(q); sp != nil {
			q.Speaker, q.Rule = sp, "headline-echo"
			q.Confidence = confidence(q.Rule, sp)
			f.quotes = append(f.quotes, q)
			added = true
		}
	}
	if added {
		slices.SortStableFunc(f.quotes, func(a, b Quote) int { return a.Start - b.Start })
	}
	main := ""
	for i := range f.quotes {
		q := &f.quotes[i]
		r := f.regionOf(q.Start)
		if r < 0 {
			continue
		}
		headline, sub := f.regs[r].headline, f.quoteSubheading(r)
		// "Barmedewerkster IISPA: '…'": a headline speaker named by a
		// role only, whom the body names
		described := headline && q.Speaker != nil && q.Speaker.Canonical == "" && !q.Speaker.Pronoun && f.personRole(q.Speaker.Role)
		if q.Kind != Direct && !described || !headline && !sub || q.Speaker != nil && q.Rule != "carry-forward" && !described {
			continue
		}
		assign := func(sp *Speaker, rule string) {
			if described {
				q.Speaker.Canonical = sp.Canonical
			} else {
				c := *sp
				q.Speaker = &c
			}
			q.Rule = rule
			q.Confidence = confidence(q.Rule, q.Speaker)
		}
		if sp := f.echo(*q); sp != nil {
			assign(sp, "headline-echo")
			continue
		}
		if sub && q.Speaker == nil {
			if sp := f.sectionSpeaker(r); sp != nil {
				assign(sp, "subheading-lead")
			}
			continue
		}
		if !headline || q.Speaker != nil && !described {
			continue
		}
		if sp := f.leadSpeaker(); sp != nil {
			assign(sp, "headline-lead")
			continue
		}
		if sp := f.leadSubject(); sp != nil {
			assign(sp, "headline-lead")
			continue
		}
		if main == "" {
			main = f.mainSpeaker()
		}
		if main != "\x00" {
			for j := range f.quotes {
				if sp := f.quotes[j].Speaker; sp != nil && sp.Canonical == main && !f.regs[f.regionOf(f.quotes[j].Start)].headline {
					assign(sp, "main-speaker")
					break
				}
			}
		}
	}
}

// personRole reports whether a speaker's role names a person: a role
// of the lexicon or a person noun ("barmedewerkster").
func (f *finder) personRole(role string) bool {
	return role != "" && (f.lx.isRole(role) || personNoun(role)) && !isUpperWord(role)
}

// leadSpeaker returns the speaker of the first attributed quote or
// report of the story's first paragraph, the lead, when it names someone
// ("… . Dat meldt RTL Nieuws."); nil otherwise.
func (f *finder) leadSpeaker() *Speaker {
	lead := -1
	for r := range f.regs {
		if !f.regs[r].headline {
			lead = r
			break
		}
	}
	if lead < 0 {
		return nil
	}
	k := sort.Search(len(f.quotes), func(k int) bool { return f.quotes[k].Start >= f.regs[lead].start })
	for ; k < len(f.quotes) && f.quotes[k].Start < f.regs[lead].end; k++ {
		if sp := f.quotes[k].Speaker; sp != nil {
			if sp.Canonical == "" {
				return nil
			}
			c := *sp
			return &c
		}
	}
	return nil
}

// sectionSpeaker returns the speaker of the first quote or report in the
// paragraph right after the quote subheading at region r, when it is
// attributed to a name: "'Had hem liever bij Bayern gezien'" above
// "Rafael van der Vaart twijfelt nog. 'Ik had hem liever bij een club als
// Bayern gezien.'" nil otherwise.
func (f *finder) sectionSpeaker(r int) *Speaker {
	if r+1 >= len(f.regs) || f.subheading(r+1) || f.quoteSubheading(r+1) {
		return nil
	}
	next := f.regs[r+1]
	k := sort.Search(len(f.quotes), func(k int) bool { return f.quotes[k].Start >= next.start })
	if k < len(f.quotes) && f.quotes[k].Start < next.end {
		if sp := f.quotes[k].Speaker; sp != nil && sp.Canonical != "" {
			c := *sp
			return &c
		}
	}
	return nil
}

// leadSubject returns the person who opens the lead as the subject of a
// speech verb, when the lead holds no attributed quote or report: "'Een
// blunder van formaat'" above "Jan Smit vindt het verlagen van de rente
// een blunder." is Jan Smit's. nil otherwise.
func (f *finder) leadSubject() *Speaker {
	for r := range f.regs {
		rg := f.regs[r]
		if rg.headline {
			continue
		}
		a := datelineEnd(f.doc, rg.start, rg.end)
		e := min(boundAfter(f.bounds, a+1), rg.end)
		if e-a > maxWindow || f.hasPairIn(a, e) {
			return nil
		}
		ts := f.tokens(a, e)
		s0 := skipConnectives(ts)
		ph, ok := f.parseNP(ts, s0)
		if !ok || !ph.person || ph.canonical == "" || f.mentionAt(ph.start) == nil {
			return nil
		}
		if vm := f.verbAt(ts, f.skipPP(ts, ph.next), false); !vm.ok {
			return nil
		}
		return f.speaker(ph, false)
	}
	return nil
}

// echo returns the speaker of an attributed body quote that holds the
// words of q, or nil. The words must come in the same order, with case
// and punctuation ignored; a quote of four words or more may also match
// a body quote in marks that holds all but one of its words.
func (f *finder) echo(q Quote) *Speaker {
	want := contentWords(q.Content.Text)
	if len(want) == 0 {
		return nil
	}
	// A headline may echo any body quote; a subheading one of the next
	// quotes it announces (a bounded number, which keeps Find linear).
	lo, hi := 0, len(f.quotes)
	if r := f.regionOf(q.Start); r >= 0 && !f.regs[r].headline {
		lo = sort.Search(len(f.quotes), func(k int) bool { return f.quotes[k].Start > q.Start })
		hi = min(hi, lo+maxEcho)
	}
	for i := lo; i < hi; i++ {
		b := &f.quotes[i]
		if b.Start == q.Start || b.Speaker == nil || b.Speaker.Canonical == "" || b.Rule == "headline-echo" || b.Rule == "main-speaker" {
			continue
		}
		if r := f.regionOf(b.Start); r < 0 || f.regs[r].headline {
			continue
		}
		have := contentWords(b.Content.Text)
		if containsRun(have, want) || b.Kind != Indirect && len(want) >= 4 && missing(have, want) <= 1 {
			sp := *b.Speaker
			return &sp
		}
	}
	return nil
}

// mainSpeaker returns the canonical name to whom at least two body quotes
// in marks are attributed, and more than to anyone else, or the one
// speaker of all of them; "\x00" when there is none.
func (f *finder) mainSpeaker() string {
	count := map[string]int{}
	for i := range f.quotes {
		q := &f.quotes[i]
		if q.Speaker == nil || q.Speaker.Canonical == "" || q.Kind == Indirect {
			continue
		}
		if r := f.regionOf(q.Start); r < 0 || f.regs[r].headline {
			continue
		}
		count[q.Speaker.Canonical]++
	}
	best, n, second := "\x00", 0, 0
	for c, k := range count {
		switch {
		case k > n || k == n && best != "\x00" && c < best:
			if best != "\x00" {
				second = max(second, n)
			}
			best, n = c, k
		case k > second:
			second = k
		}
	}
	if second >= n || n < 2 && len(count) != 1 {
		return "\x00"
	}
	return best
}

// contentWords returns the lower-cased words of s.
func contentWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// containsRun reports whether want occurs in have as a run of words.
func containsRun(have, want []string) bool {
	for i := 0; i+len(want) <= len(have); i++ {
		if slices.Equal(have[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

// missing counts the words of want that do not occur in have.
func missing(have, want []string) int {
	n := 0
	for _, w := range want {
		if !slices.Contains(have, w) {
			n++
		}
	}
	return n
}
