package quote

import "sort"

// sameRoles are role nouns a reader takes for one another: "de coach" of
// a story that introduced "trainer Erik Bakker" is Bakker.
var sameRoles = map[string]string{"coach": "trainer", "trainer": "coach"}

// roleFits reports whether a person introduced with role head has the
// role role (both lower-case heads).
func roleFits(head, role string) bool {
	return head == role || sameRoles[head] == role
}

// storyPerson returns the person the story is about, for a description
// of a person at pos ("de zangeres", "de Duitse coach") whose head is
// role (empty for a noun that is no title) and gender g: the one person
// named both in the headline (outside quote marks) and in the first
// paragraph (also inside quote marks) before pos. When the headline names
// several persons the lead names too, it is the one that opens the
// headline ("Wormuth neemt het op voor Drost"), and only when the story
// gave them this role. The person fits when their first name does not
// show the other gender and the story gave them no role or this one (or
// one a reader takes for it, see [sameRoles]); exact reports that the
// story gave them this role. There is no story person when the story has
// no headline, when another person spoke before pos, or when another
// person before pos was introduced with the role.
func (f *finder) storyPerson(pos int, role string, g gender) (c string, exact bool) {
	head, lead := -1, -1
	for i, r := range f.regs {
		if r.headline {
			if head < 0 {
				head = i
			}
			continue
		}
		lead = i
		break
	}
	if head < 0 || lead < 0 || f.regs[lead].start >= pos {
		return "", false
	}
	inHead := map[string]bool{}
	opener := "" // the person who opens the headline, its subject
	inLead := map[string]bool{}
	hi := sort.Search(len(f.mentions), func(k int) bool { return f.mentions[k].Start >= pos })
	for i := max(0, hi-maxLookback); i < hi; i++ {
		m := &f.mentions[i]
		if !m.Person {
			continue
		}
		// a person named in the lead counts also inside quote marks
		// ("over de vraag 'hoe Brits Hamilton is'"): the lead names them
		switch r := f.regionOf(m.Start); {
		case r >= 0 && f.regs[r].headline && !f.inQuote(m.Start):
			inHead[m.canonical()] = true
			if m.Start == f.regs[r].start {
				opener = m.canonical()
			}
		case r == lead:
			inLead[m.canonical()] = true
		}
	}
	for h := range inHead {
		if !inLead[h] {
			continue
		}
		if c != "" {
			c = "" // two persons the story is about
			break
		}
		c = h
	}
	byOpener := false
	if c == "" && inLead[opener] {
		// "Wormuth neemt het op voor Drost": Wormuth, when the story
		// gave him the role
		c, byOpener = opener, true
	}
	if c == "" || f.otherGender(c, g) {
		return "", false
	}
	for i := range f.quotes {
		// once another person has spoken, a description points at the
		// speakers at hand rather than at the headline
		if sp := f.quotes[i].Speaker; sp != nil && sp.End <= pos && sp.Canonical != "" && sp.Canonical != c {
			return "", false
		}
	}
	for i := max(0, hi-maxLookback); i < hi; i++ {
		m := &f.mentions[i]
		if !m.Person || m.Role == "" || f.inQuote(m.Start) {
			continue
		}
		mh, _ := f.normRole(m.Role)
		if m.canonical() != c {
			if role != "" && roleFits(mh, role) {
				return "", false // another person holds the role
			}
			continue
		}
		if role == "" {
			continue // a noun that is no title fits any role
		}
		if !roleFits(mh, role) {
			return "", false // the story gave them another role
		}
		exact = true
	}
	if byOpener && !exact {
		return "", false
	}
	return c, exact
}
