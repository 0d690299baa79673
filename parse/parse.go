package parse

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/timeexpr"
	"github.com/draadnlp/draad/token"
)

// A Span is a piece of the input: Text is input[Start:End], with Start
// and End byte offsets into the text given to [Parse]. It is
// [token.Span], whose documentation states the contract every span in
// draad keeps.
type Span = token.Span

func span(s string, start, end int) Span { return Span{Text: s[start:end], Start: start, End: end} }

// A Body is the text of a story, as paragraphs: the text after its
// dateline, and the lead before it when the dateline follows the lead
// paragraph. Its Text runs from the start of the first paragraph to the
// end of the last, line breaks included, so that input[Start:End] ==
// Text; when a lead comes before the dateline, Text holds the dateline
// too, as the input does.
type Body struct {
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Paragraphs []Span `json:"paragraphs"`
	// Lead is the number of paragraphs, at the start of Paragraphs, that
	// come before the dateline: the lead (intro) of an article whose
	// dateline opens its second part ("Havenbedrijf verwacht recordjaar" /
	// lead / "ROTTERDAM (ANP) - ..."). Paragraphs[:Lead] is the lead and
	// Paragraphs[Lead:] the text the dateline opens. It is 0 when the
	// dateline (if any) comes first.
	Lead int `json:"lead,omitzero"`
}

// A Story is one news story: an article, or an item on a page of short
// items.
type Story struct {
	// Headline is the story's own headline, if it has one. The headline
	// of a page that holds one article is also that article's headline.
	Headline Span `json:"headline,omitzero"`
	// Kicker is a label before the dateline, such as "UPDATE" in
	// "UPDATE - UTRECHT (ANP) - ..." or on a line of its own.
	Kicker *Span `json:"kicker,omitzero"`
	// Byline is the author line, such as "Door Jan de Vries".
	Byline   *Span     `json:"byline,omitzero"`
	Dateline *Dateline `json:"dateline,omitzero"`
	Body     Body      `json:"body,omitzero"`
	// Age is how old the item was when the page was made, such as "28
	// minuten geleden".
	Age *RelativeTime `json:"age,omitzero"`
	// Stamp is the date or time stamped on the item, such as "vandaag
	// 14:05" or "Bijgewerkt: 3 maart 2023 14:05" (the span covers the time
	// itself). It is resolved only when a reference time is given;
	// without one it carries its span, kind and grain alone.
	Stamp *timeexpr.Expr `json:"stamp,omitzero"`
	// Quotes are the quotations in the story with their speakers.
	Quotes []Quote `json:"quotes,omitzero"`
	// Entities are the persons, countries, organisations, locations and
	// other names in the story, its headline and dateline included.
	Entities []entity.Entity `json:"entities,omitzero"`
	// Times are the time expressions in the story, resolved against the
	// reference time. They are found only when a reference time is given.
	Times []timeexpr.Expr `json:"times,omitzero"`
}

// A Section is a titled block of a page, such as "Meer uit Buitenland",
// that holds its own stories.
type Section struct {
	Title   Span    `json:"title"`
	Stories []Story `json:"stories,omitzero"`
}

// A Document is a parsed page of wire news.
type Document struct {
	// Headline is the page headline.
	Headline Span `json:"headline,omitzero"`
	// Stories are the stories outside any section, such as the main
	// article of the page.
	Stories  []Story   `json:"stories,omitzero"`
	Sections []Section `json:"sections,omitzero"`
}

// All returns every story of the page in page order: the stories outside
// sections (which come first on a page), then the stories of each section.
// It covers a single wire story as well as a page of items:
//
//	for st := range doc.All() {
//		fmt.Println(st.Headline.Text)
//	}
//
// The stories are yielded by pointer, so a loop may change them.
func (d *Document) All() iter.Seq[*Story] {
	return func(yield func(*Story) bool) {
		for i := range d.Stories {
			if !yield(&d.Stories[i]) {
				return
			}
		}
		for i := range d.Sections {
			for j := range d.Sections[i].Stories {
				if !yield(&d.Sections[i].Stories[j]) {
					return
				}
			}
		}
	}
}

// An Option changes how [Parse] works.
type Option func(*options)

type options struct {
	ref        time.Time
	hasRef     bool
	noEntities bool
	noTimes    bool
	noQuotes   bool
	model      *entity.Model
	timeOpts   []timeexpr.Option
}

// WithReference sets the time at which the page was read. Ages and time
// expressions are resolved against it (see [RelativeTime.Resolve] and
// [timeexpr.Find]). Without a reference time, ages and stamps are left
// unresolved (no Time) and no time expressions are looked for (no
// Times), so that the result never depends on the clock: pass
// WithReference(time.Now()) for a page read now, or the page's
// publication time for an archived one. draad parse defaults -ref to now.
func WithReference(t time.Time) Option {
	return func(o *options) { o.ref, o.hasRef = t, true }
}

// maxInput caps the input size. Larger inputs yield an error.
const maxInput = 64 << 20

// Parse parses a page of Dutch wire news. The page may hold a headline, a
// main story, and sections of short items, each with its dateline and age.
//
// Parse accepts any line ending (LF, CRLF, CR) and treats no-break spaces
// and zero-width characters as blanks. The text must be valid UTF-8:
// otherwise Parse returns an [*EncodingError] with the offset of the first
// bad byte; use [Decode] first for Latin-1 input. Empty input yields an
// empty Document and no error. All offsets are byte offsets into text.
func Parse(text string, opts ...Option) (*Document, error) {
	var o options
	for _, f := range opts {
		f(&o)
	}
	if len(text) > maxInput {
		return nil, ErrTooLarge
	}
	if err := checkUTF8(text); err != nil {
		return nil, err
	}
	sb := scanPool.Get().(*scanBuf)
	sb.lines, sb.evs = scanEvents(text, sb.lines, sb.evs)
	doc := build(text, sb.evs)
	sb.release()
	if o.hasRef {
		resolveAges(doc, o.ref, o.timeOptions())
	}
	if err := analyze(text, doc, &o); err != nil {
		return nil, err
	}
	return doc, nil
}

func resolveAges(doc *Document, ref time.Time, opts []timeexpr.Option) {
	each(doc, func(st *Story) {
		if st.Age != nil {
			st.Age.Time = st.Age.Resolve(ref)
		}
		if st.Stamp != nil {
			st.Stamp = resolveStamp(st.Stamp, ref, opts)
		}
	})
}

// each calls f for every story of doc, in order.
func each(doc *Document, f func(*Story)) {
	for st := range doc.All() {
		f(st)
	}
}

// eventKind classifies a piece of a page.
type eventKind uint8

const (
	evText     eventKind = iota // a paragraph of text
	evDateline                  // a dateline, with the paragraph it opens
	evAge                       // an item's age or time stamp
)

// event is one piece of a page, in input order.
type event struct {
	kind eventKind
	// start and end bound the paragraph text (evText, evDateline); for a
	// dateline alone on its line they are equal.
	start, end int
	dateline   *Dateline
	age        *RelativeTime
	stamp      *timeexpr.Expr
	kicker     *Span
}

// scanBuf is the memory of scanEvents, kept in scanPool between calls
// to Parse.
type scanBuf struct {
	lines []line
	evs   []event
}

var scanPool = sync.Pool{New: func() any { return new(scanBuf) }}

// release clears the events, whose datelines, ages and stamps now belong
// to the document, and returns sb to the pool. Lines hold only offsets.
func (sb *scanBuf) release() {
	clear(sb.evs)
	sb.lines, sb.evs = sb.lines[:0], sb.evs[:0]
	scanPool.Put(sb)
}

// scanEvents splits text into paragraphs, datelines and ages. It returns
// the lines of s and its events, reusing the arrays of lines and evs.
func scanEvents(s string, lines []line, evs []event) ([]line, []event) {
	lines = appendLines(lines[:0], s)
	evs = slices.Grow(evs[:0], len(lines)+len(lines)/4)
	for _, l := range lines {
		if l.blank() {
			continue
		}
		i, end := l.trimStart, l.trimEnd
		// An age glued to the end of a paragraph ("... winnaar.19 uur
		// geleden") is split off first.
		// Items glued into one line: "... A.4 minuten geledenLONDEN (ANP)
		// - B." The text before each glued age is an item of its own.
		for {
			next, a, ok := gluedAge(s, i, end)
			if !ok {
				break
			}
			evs = scanLine(s, i, trimBlankRight(s, i, a.Start), evs)
			evs = append(evs, event{kind: evAge, age: newAge(a)})
			i = next
		}
		var tail *RelativeTime
		if a, ok := trailingAge(s, i, end); ok {
			tail = newAge(a)
			end = trimBlankRight(s, i, a.Start)
		}
		evs = scanLine(s, i, end, evs)
		if tail != nil {
			evs = append(evs, event{kind: evAge, age: tail})
		}
	}
	headlineDateline(s, evs)
	return lines, evs
}

// headlineDateline turns a first line that reads as a dateline into the
// headline it is when the article's own dateline follows: regional and
// police sites put the place before their headlines ("Leeuwarden -
// Gezocht - Fraude bij verkoop spelcomputer", then "LEEUWARDEN - Op zondag
// ..."). The place must be in mixed case with no agency or date, the rest
// of the line short and one sentence at most, and the next line a
// dateline; a page of one-line wire items ("BRUSSEL (ANP) - ...") is left
// alone.
func headlineDateline(s string, evs []event) {
	if len(evs) < 2 || evs[0].kind != evDateline || evs[1].kind != evDateline || evs[0].kicker != nil {
		return
	}
	d := evs[0].dateline
	if d.Date != nil || len(d.Agencies) > 0 || strings.ToUpper(d.PlaceText) == d.PlaceText {
		return
	}
	rest := s[evs[0].start:evs[0].end]
	if len(rest) > 150 || strings.Contains(strings.TrimRight(rest, ".!? "), ". ") {
		return
	}
	evs[0] = event{kind: evText, start: d.Start, end: evs[0].end}
}

// scanLine appends the events of the paragraph s[i:end].
func scanLine(s string, i, end int, evs []event) []event {
	// An age at the start of a line: alone, or glued to the next
	// item's dateline ("28 minuten geledenTEHERAN (ANP/AFP) - ...").
	if a, k, ok := scanAge(s, i, end); ok {
		j := skipBlank(s, k, end)
		if j == end {
			return append(evs, event{kind: evAge, age: newAge(a)})
		}
		if d, ok := scanDateline(s, j, end); ok {
			evs = append(evs, event{kind: evAge, age: newAge(a)})
			return append(evs, datelineEvent(s, d, end))
		}
		if r, _ := utf8.DecodeRuneInString(s[j:end]); j == skipInvisible(s, k, end) && isUpper(r) {
			// Glued to the next item's text with no blank between
			// ("28 minuten geledenDe brand ..."), an upper-case letter;
			// "Een week geleden, vlak bij Venlo ..." opens a sentence.
			evs = append(evs, event{kind: evAge, age: newAge(a)})
			return scanLine(s, j, end, evs)
		}
	}
	if st, ok := scanStamp(s, i, end); ok {
		return append(evs, event{kind: evAge, stamp: st})
	}
	// A kicker before a dateline: "UPDATE - UTRECHT (ANP) - ...".
	if k, kick, ok := scanKicker(s, i, end); ok {
		if d, ok := scanDateline(s, k, end); ok {
			ev := datelineEvent(s, d, end)
			ev.kicker = &kick
			return append(evs, ev)
		}
	}
	if d, ok := scanDateline(s, i, end); ok {
		return append(evs, datelineEvent(s, d, end))
	}
	if i < end {
		evs = append(evs, event{kind: evText, start: i, end: end})
	}
	return evs
}

func datelineEvent(s string, d Dateline, end int) event {
	j := skipBlank(s, d.End, end)
	dp := new(Dateline)
	*dp = d
	return event{kind: evDateline, dateline: dp, start: j, end: end}
}

// newAge returns a copy of a on the heap. Copying only where an age is
// kept stops escape analysis from moving every scanned age to the heap.
func newAge(a RelativeTime) *RelativeTime {
	p := new(RelativeTime)
	*p = a
	return p
}

// gluedAge finds, in the line s[i:end], the first age that follows the end
// of a sentence and is followed by a dateline. It returns the offset of that
// dateline and the age.
func gluedAge(s string, i, end int) (int, RelativeTime, bool) {
	const geleden = "geleden"
	for from := i + 1; from < end; {
		g := strings.Index(s[from:end], geleden)
		if g < 0 {
			break
		}
		k := from + g + len(geleden)
		from = k
		j := skipBlank(s, k, end)
		if j >= end {
			break // a trailing age: trailingAge's case
		}
		if _, ok := scanDateline(s, j, end); !ok {
			continue
		}
		if a, ok := trailingAge(s, i, k); ok {
			return j, a, true
		}
	}
	return 0, RelativeTime{}, false
}

// trailingAge finds an age that ends the paragraph s[start:end] right after
// the end of a sentence, where scraping glued it on.
func trailingAge(s string, start, end int) (RelativeTime, bool) {
	const geleden = "geleden"
	if end-start < len(geleden)+3 || !strings.EqualFold(s[end-len(geleden):end], geleden) {
		return RelativeTime{}, false
	}
	// The age is at most a few words long: look back a bounded distance.
	lo := max(start+1, end-64)
	for p := lo; p < end-len(geleden); p++ {
		if !utf8.RuneStart(s[p]) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[p:end]); isBlank(r) {
			continue // the age starts at its first word
		}
		prev, _ := utf8.DecodeLastRuneInString(s[start:trimBlankRight(s, start, p)])
		if !strings.ContainsRune(".!?\"”'’»)", prev) {
			continue
		}
		if a, k, ok := scanAge(s, p, end); ok && k == end {
			return a, true
		}
	}
	return RelativeTime{}, false
}

// headlineLike reports whether the paragraph s[start:end] could be a
// headline or a section title: short, and not ending like a sentence.
func headlineLike(s string, start, end int) bool {
	if end-start > 200 || endsLikeSentence(s, start, end) {
		return false
	}
	return countWords(s, start, end) <= 20
}

// sectionPrefixes open the titles of page sections.
var sectionPrefixes = []string{
	"meer uit ", "meer over ", "meer nieuws", "meer in ", "ook in ", "ook interessant",
	"lees ook", "lees meer", "laatste nieuws", "het laatste nieuws", "net binnen",
	"meest gelezen", "meest bekeken", "gerelateerd", "ander nieuws", "elders op ",
	"nieuws uit ", "nu in het nieuws", "nieuwsoverzicht", "uitgelicht", "in het nieuws",
}

// rubrics are one-word section titles.
var rubrics = map[string]bool{
	"binnenland": true, "buitenland": true, "economie": true, "politiek": true,
	"sport": true, "cultuur": true, "media": true, "tech": true, "wetenschap": true,
	"opmerkelijk": true, "regio": true, "nieuws": true, "algemeen": true,
	"gezondheid": true, "klimaat": true, "financieel": true, "entertainment": true,
	"achterklap": true, "show": true, "lifestyle": true, "wereld": true,
}

// sectionTitle reports whether the paragraph s[start:end] reads as a
// section title.
func sectionTitle(s string, start, end int) bool {
	if !headlineLike(s, start, end) || countWords(s, start, end) > 6 {
		return false
	}
	t := strings.TrimRight(s[start:end], ": ")
	if len(t) <= 16 && rubrics[strings.ToLower(t)] {
		return true
	}
	for _, p := range sectionPrefixes {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			return true
		}
		// A prefix that ends in a blank also matches the bare word ("Lees
		// ook" for "lees ook").
		if q := strings.TrimSuffix(p, " "); q != p && strings.EqualFold(t, q) {
			return true
		}
	}
	return false
}

// builder assembles a Document from events.
type builder struct {
	s   string
	doc *Document
	// cur is the story being filled, or nil.
	cur *Story
	// closed reports that cur has ended (its age followed it).
	closed bool
	// pendingHeadline is a headline waiting for its story, and
	// pendingKicker and pendingByline a kicker and a byline.
	pendingHeadline Span
	pendingKicker   *Span
	pendingByline   *Span
	// pending is an age or stamp waiting for the story it precedes.
	pending *event
	// pendingStamp is a stamp that came right after a pending age.
	pendingStamp *event
	// agesFirst reports that in the current block ages precede their
	// items instead of following them.
	agesFirst bool
	// blockStart reports that no story has started since the last
	// section title (or the start of the page).
	blockStart bool
}

// textRole is what a paragraph is on the page.
type textRole uint8

const (
	roleParagraph    textRole = iota // body text
	roleSection                      // a section title
	rolePageHeadline                 // the page headline
	roleHeadline                     // a story headline
	roleKicker                       // a kicker on its own line: "UPDATE"
	roleByline                       // a byline: "Door Jan de Vries"
	roleNav                          // site navigation: "Home > Nieuws"
	roleRubric                       // the section's title repeated inside an item
)

// classify decides the role of every paragraph event. It depends on the
// events alone, so that the builder can look ahead at whole blocks.
func classify(s string, evs []event) []textRole {
	roles := make([]textRole, len(evs))
	first := true // no content line seen yet
	title := ""   // the title of the current section
	for k, ev := range evs {
		if ev.kind != evText {
			if ev.kind == evDateline {
				first = false
			}
			continue
		}
		next := eventKind(255)
		if k+1 < len(evs) {
			next = evs[k+1].kind
		}
		// Labels between an age and an item (a repeated rubric, a kicker
		// such as "Video") do not hide the age before them.
		p := k - 1
		for p >= 0 && evs[p].kind == evText && (roles[p] == roleRubric || roles[p] == roleKicker) {
			p--
		}
		prevSection := p >= 0 && evs[p].kind == evText && roles[p] == roleSection
		prevAge := p >= 0 && evs[p].kind == evAge
		short := headlineLike(s, ev.start, ev.end)
		switch {
		case isNav(s, ev.start, ev.end):
			roles[k] = roleNav
			continue
		case title != "" && prevAge && next != 255 && strings.EqualFold(strings.TrimRight(s[ev.start:ev.end], ": "), title):
			// "3 uur geleden" / "Binnenland" / headline: pages that
			// repeat the rubric inside every item of a section of that
			// name.
			roles[k] = roleRubric
			continue
		case isKickerLine(s, ev.start, ev.end) && next != 255:
			roles[k] = roleKicker
			continue
		case isByline(s, ev.start, ev.end) && next != 255:
			roles[k] = roleByline
			continue
		case next != 255 && sectionTitle(s, ev.start, ev.end):
			roles[k] = roleSection
			title = strings.TrimRight(s[ev.start:ev.end], ": ")
		case short && !prevSection && next == evDateline && itemsFollow(s, evs, k+1):
			// A short line over items that carry no headlines of their
			// own: a section title.
			roles[k] = roleSection
			title = strings.TrimRight(s[ev.start:ev.end], ": ")
		case first && short && next != 255:
			roles[k] = rolePageHeadline
		case short && storyFollows(s, evs, roles, k+1):
			roles[k] = roleHeadline
		case short && (prevAge || prevSection) && next == evText && !headlineLike(s, evs[k+1].start, evs[k+1].end):
			// In a list of items without datelines, a short line after an
			// age or a section title and over a paragraph is the item's
			// headline.
			roles[k] = roleHeadline
		}
		first = false
	}
	return roles
}

// storyFollows reports whether a dated story starts at evs[k], possibly
// after a kicker, a byline and a time stamp.
func storyFollows(s string, evs []event, roles []textRole, k int) bool {
	for n := 0; k < len(evs) && n < 4; k, n = k+1, n+1 {
		switch ev := evs[k]; {
		case ev.kind == evDateline:
			return true
		case ev.kind == evAge:
		case isKickerLine(s, ev.start, ev.end) || isByline(s, ev.start, ev.end):
		default:
			return false
		}
	}
	return false
}

// isNav reports whether the line s[start:end] is site navigation, such as
// the breadcrumb "Home > Nieuws > Buitenland".
func isNav(s string, start, end int) bool {
	if end-start > 160 {
		return false
	}
	t := s[start:end]
	n := 0
	for _, sep := range []string{" > ", " › ", " » ", " | "} {
		n += strings.Count(t, sep)
	}
	return n >= 2 || (n == 1 && (strings.HasPrefix(t, "Home ") || strings.HasPrefix(t, "Nieuws ")))
}

// isKickerLine reports whether the line s[start:end] is a kicker alone,
// such as "UPDATE" or "UPDATE 2".
func isKickerLine(s string, start, end int) bool {
	if end-start > 32 {
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(s[start:end]), " 0123456789:")
	if t == "" {
		return false
	}
	if isAllCaps(t) {
		return kickers[t]
	}
	// A media label in title case: "Video", "Live", "Podcast".
	return !strings.Contains(t, " ") && mediaLabels[t]
}

// mediaLabels are labels that pages put over an item, in title case.
var mediaLabels = map[string]bool{
	"Video": true, "Live": true, "Liveblog": true, "Podcast": true, "Foto": true,
	"Foto's": true, "Update": true, "Column": true, "Opinie": true, "Interview": true,
	"Analyse": true, "Recensie": true, "Achtergrond": true, "Exclusief": true,
}

// bylinePrefixes open the bylines of Dutch news.
var bylinePrefixes = []string{"Door ", "Door: ", "Van onze ", "Van een onzer ", "Tekst: ", "Tekst en foto: "}

// isByline reports whether the line s[start:end] is a byline: "Door Jan
// de Vries", "Door onze redactie", "Van onze correspondent"; after "Door"
// comes a name or "onze", "de" or "een".
func isByline(s string, start, end int) bool {
	if end-start > 100 || endsLikeSentence(s, start, end) || countWords(s, start, end) > 8 {
		return false
	}
	t := s[start:end]
	for _, p := range bylinePrefixes {
		if rest, ok := strings.CutPrefix(t, p); ok {
			if p != "Door " {
				return true
			}
			// "Door Jan de Vries", "Door onze redactie", but not a
			// subheading such as "Door op doelsaldo"
			w, _, _ := strings.Cut(rest, " ")
			r, _ := utf8.DecodeRuneInString(w)
			return isUpper(r) || w == "onze" || w == "de" || w == "een"
		}
	}
	return false
}

// agesFollow reports whether, in the block of events that starts at evs[k]
// and runs to the next section title, ages follow their items. They do
// unless the block opens with an age and does not end with one.
func agesFollow(evs []event, roles []textRole, k int) bool {
	end := k
	for end < len(evs) && !(evs[end].kind == evText && roles[end] == roleSection) {
		end++
	}
	first := k
	for first < end && evs[first].kind == evText && roles[first] != roleParagraph {
		first++ // headlines before the first item
	}
	if first == end || evs[first].kind != evAge {
		return true
	}
	return evs[end-1].kind == evAge
}

func build(s string, evs []event) *Document {
	b := &builder{s: s, doc: &Document{}, blockStart: true}
	roles := classify(s, evs)
	b.agesFirst = !agesFollow(evs, roles, 0)
	for k, ev := range evs {
		switch ev.kind {
		case evAge:
			b.age(&evs[k])
		case evDateline:
			if b.leadBefore() {
				// The dateline opens the body of the article whose lead
				// came before it.
				b.cur.Dateline = ev.dateline
				b.cur.Body.Lead = len(b.cur.Body.Paragraphs)
				if ev.kicker != nil && b.cur.Kicker == nil {
					b.cur.Kicker = ev.kicker
				}
				b.paragraph(ev.start, ev.end)
				continue
			}
			b.startStory(ev.dateline)
			if ev.kicker != nil {
				b.cur.Kicker = ev.kicker
			}
			b.paragraph(ev.start, ev.end)
		case evText:
			sp := span(s, ev.start, ev.end)
			switch roles[k] {
			case roleSection:
				b.section(sp)
				b.agesFirst = !agesFollow(evs, roles, k+1)
			case roleNav, roleRubric:
				// Site navigation is no part of any story, and a repeated
				// rubric is the title of the section the item is in.
			case roleKicker:
				b.finishStory()
				b.pendingKicker = &sp
			case roleByline:
				switch {
				case b.cur != nil && !b.closed && len(b.cur.Body.Paragraphs) == 0 && b.cur.Byline == nil:
					b.cur.Byline = &sp
				case b.cur != nil && b.cur.Byline == nil && k+1 < len(evs) && evs[k+1].kind == evDateline && b.leadBefore():
					// A byline between the lead and the dateline that
					// continues the article: "Door Jan de Vries".
					b.cur.Byline = &sp
				default:
					b.finishStory()
					b.pendingByline = &sp
				}
			case rolePageHeadline:
				b.doc.Headline = sp
				b.pendingHeadline = sp
			case roleHeadline:
				b.finishStory()
				b.pendingHeadline = sp
			default:
				if b.cur == nil || b.closed {
					b.startStory(nil)
				}
				b.paragraph(ev.start, ev.end)
			}
		}
	}
	b.finish()
	return b.doc
}

// itemsFollow reports whether evs[k:] starts with at least two dated items
// with ages and no headlines of their own: the shape of a section of short
// items.
func itemsFollow(s string, evs []event, k int) bool {
	items, ages := 0, 0
	for ; k < len(evs); k++ {
		switch evs[k].kind {
		case evDateline:
			items++
			if items > 2 {
				return ages > 0
			}
		case evAge:
			ages++
		case evText:
			// A paragraph inside the first item is fine; a headline-like
			// line before the next item means items have headlines.
			if k+1 < len(evs) && evs[k+1].kind == evDateline && headlineLike(s, evs[k].start, evs[k].end) {
				return items >= 2 && ages > 0
			}
		}
	}
	return items >= 2 && ages > 0
}

func (b *builder) section(title Span) {
	b.finishStory()
	b.pendingHeadline, b.pendingKicker, b.pendingByline = Span{}, nil, nil
	b.flushPending()
	b.doc.Sections = append(b.doc.Sections, Section{Title: title})
	b.blockStart = true
}

// free reports whether st has no mark of ev's kind yet: no age for an
// age, no stamp for a stamp.
func free(st *Story, ev *event) bool {
	if ev.stamp != nil {
		return st.Stamp == nil
	}
	return st.Age == nil
}

// put gives the age or stamp of ev to st.
func put(st *Story, ev *event) {
	if ev.stamp != nil {
		st.Stamp = ev.stamp
	} else {
		st.Age = ev.age
	}
}

// age places an age or a stamp: on the item before it, or, where ages
// precede their items, on the item after it.
func (b *builder) age(ev *event) {
	if b.cur == nil && (b.pendingHeadline.End > b.pendingHeadline.Start || b.pendingKicker != nil || b.pendingByline != nil) {
		// Between a headline (or byline) and its story: the stamp of the
		// story to come.
		b.hold(ev)
		return
	}
	if !b.agesFirst {
		// Ages follow their items. An age before the first item of a
		// block belongs to the last item before the block, if that has
		// none.
		st := b.cur
		if st == nil || b.closed {
			st = nil
			if b.cur == nil && b.blockStart {
				st = b.lastStory()
			}
		}
		if st != nil && free(st, ev) {
			put(st, ev)
			b.closed = b.cur != nil
			return
		}
		b.orphan(ev)
		return
	}
	b.finishStory()
	b.hold(ev)
}

// hold keeps an age or stamp for the next story. One that is already
// waiting, and that the new one replaces, becomes an item of its own.
func (b *builder) hold(ev *event) {
	if b.pending != nil && b.pending.stamp == nil && ev.stamp != nil && b.pendingStamp == nil {
		// An age and then a stamp: both precede the same item.
		b.pendingStamp = ev
		return
	}
	b.flushPending()
	b.pending = ev
}

// flushPending files the waiting age and stamp, which no item took, as
// items of their own.
func (b *builder) flushPending() {
	for _, ev := range []*event{b.pending, b.pendingStamp} {
		if ev != nil {
			b.orphan(ev)
		}
	}
	b.pending, b.pendingStamp = nil, nil
}

// orphan files an age or stamp that belongs to no item as an item with
// only that age or stamp, so that nothing on the page is lost.
func (b *builder) orphan(ev *event) {
	if b.closed {
		b.finishStory()
	}
	var st Story
	put(&st, ev)
	if n := len(b.doc.Sections); n > 0 {
		b.doc.Sections[n-1].Stories = append(b.doc.Sections[n-1].Stories, st)
	} else {
		b.doc.Stories = append(b.doc.Stories, st)
	}
}

func (b *builder) startStory(d *Dateline) {
	b.finishStory()
	b.cur = &Story{Dateline: d, Headline: b.pendingHeadline, Kicker: b.pendingKicker, Byline: b.pendingByline}
	b.pendingHeadline, b.pendingKicker, b.pendingByline = Span{}, nil, nil
	for _, ev := range []*event{b.pending, b.pendingStamp} {
		if ev != nil {
			put(b.cur, ev)
		}
	}
	b.pending, b.pendingStamp = nil, nil
	b.closed = false
	b.blockStart = false
}

// leadBefore reports whether a dateline that comes now continues the
// current story, whose paragraphs so far are its lead: the story has a
// paragraph and no dateline, nothing has ended it (an age, a headline, a
// kicker, a section title), it carries no age (ages mark items on a page
// of short items), and it stands outside any section. A dateline after a
// story that has one, or after a new headline, opens a new story.
func (b *builder) leadBefore() bool {
	st := b.cur
	return st != nil && !b.closed && st.Dateline == nil && len(st.Body.Paragraphs) > 0 &&
		st.Age == nil && b.pending == nil && b.pendingStamp == nil &&
		b.pendingHeadline.End == b.pendingHeadline.Start && b.pendingKicker == nil && b.pendingByline == nil &&
		len(b.doc.Sections) == 0
}

func (b *builder) paragraph(start, end int) {
	if start >= end {
		return
	}
	body := &b.cur.Body
	if len(body.Paragraphs) == 0 {
		body.Start = start
	}
	body.Paragraphs = append(body.Paragraphs, span(b.s, start, end))
	body.End = end
	body.Text = b.s[body.Start:end]
}

// finishStory files the current story in the current section, or in the
// document when there is no section yet.
func (b *builder) finishStory() {
	if b.cur == nil {
		return
	}
	st := *b.cur
	b.cur = nil
	b.closed = false
	if n := len(b.doc.Sections); n > 0 {
		b.doc.Sections[n-1].Stories = append(b.doc.Sections[n-1].Stories, st)
	} else {
		b.doc.Stories = append(b.doc.Stories, st)
	}
}

func (b *builder) finish() {
	if b.pending != nil && b.cur == nil {
		// An age with no item after it belongs to the last item.
		if st := b.lastStory(); st != nil && free(st, b.pending) {
			put(st, b.pending)
			b.pending = nil
		}
	}
	b.finishStory()
	b.flushPending()
	if b.pendingHeadline.End > 0 && b.pendingHeadline != b.doc.Headline {
		// A headline with no story: a story of its own.
		b.doc.Stories = append(b.doc.Stories, Story{Headline: b.pendingHeadline})
	}
}

// lastStory returns the story filed last, in any section, or nil.
func (b *builder) lastStory() *Story {
	for i := len(b.doc.Sections) - 1; i >= 0; i-- {
		if sts := b.doc.Sections[i].Stories; len(sts) > 0 {
			return &sts[len(sts)-1]
		}
	}
	if m := len(b.doc.Stories); m > 0 {
		return &b.doc.Stories[m-1]
	}
	return nil
}
