package parse

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/internal/agency"
	"github.com/draadnlp/draad/internal/gazetteer"
)

// An Agency is a news agency named in a dateline.
type Agency struct {
	// Code is the canonical code from the registry, such as "Reuters" for
	// "RTR".
	Code string `json:"code"`
	// Name is the agency's full name.
	Name string `json:"name"`
	// Text is the code as written, with Start and End its byte offsets.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// A DatelineDate is the day and month in a Belgian-style dateline such as
// "GENT 15/06 (belga) =".
type DatelineDate struct {
	Text  string `json:"text"`
	Day   int    `json:"day"`
	Month int    `json:"month"`
	// Year is set when the date gives one.
	Year  int `json:"year,omitzero"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// A Dateline is the place and source that open a wire story, such as
// "BRUSSEL (ANP) -" or "OSLO (ANP/AFP) -".
type Dateline struct {
	// Place is the place in its normal spelling ("Den Haag",
	// "'s-Hertogenbosch"); PlaceText is the place as written ("DEN HAAG").
	Place     string `json:"place"`
	PlaceText string `json:"place_text"`
	// Date is the optional day and month after the place.
	Date *DatelineDate `json:"date,omitzero"`
	// Agencies lists the agencies in the order written.
	Agencies []Agency `json:"agencies,omitzero"`
	// Text is the whole dateline up to and including its closing dash,
	// or its closing parenthesis when it stands alone without one.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ErrNoDateline reports that a text does not start with a dateline.
var ErrNoDateline = errors.New("parse: no dateline")

// ParseDateline parses the dateline at the start of s, after any blanks,
// and returns it with offsets into s. The story text follows at
// Dateline.End. A known place with agencies may stand alone on its line
// without a dash ("LONDEN (ANP)"). It returns [ErrNoDateline] when s does not start with a
// dateline; look-alikes such as "UPDATE -", "DARWIN (AUS) -" or
// "EUROPESE CENTRALE BANK (ECB)" are not datelines.
func ParseDateline(s string) (Dateline, error) {
	if err := checkUTF8(s); err != nil {
		return Dateline{}, err
	}
	end := len(s)
	if k := strings.IndexAny(s, "\r\n"); k >= 0 {
		end = k
	}
	d, ok := scanDateline(s, skipBlank(s, 0, end), end)
	if !ok {
		return Dateline{}, ErrNoDateline
	}
	return d, nil
}

// kickers are upper-case labels that open a paragraph like a dateline but
// name no place.
var kickers = map[string]bool{
	"UPDATE": true, "UPDATES": true, "LIVE": true, "LIVEBLOG": true, "SPOILER": true,
	"SPOILER ALERT": true, "UITSTEL": true, "BREAKING": true, "BREAKING NEWS": true,
	"EXCLUSIEF": true, "OPINIE": true, "COLUMN": true, "ANALYSE": true, "INTERVIEW": true,
	"RECENSIE": true, "VIDEO": true, "FOTO": true, "PODCAST": true, "CORRECTIE": true,
	"NIEUW": true, "LET OP": true, "WAARSCHUWING": true, "ACHTERGROND": true,
	"REACTIE": true, "LEES OOK": true, "ADVERTENTIE": true, "GESPONSORD": true,
	"ERRATUM": true, "HERSTEL": true, "EINDE": true, "EMBARGO": true, "FLASH": true,
	"URGENT": true, "SPOED": true, "CORRECTION": true, "ALERT": true,
}

// scanKicker scans a kicker label and its separator at s[i] ("UPDATE -",
// "UPDATE 2 -", "LIVE –", "INTERVIEW |") and returns the offset past the
// separator and the label's span. A label is one to three upper-case words,
// optionally numbered; the caller accepts it only when a dateline follows.
func scanKicker(s string, i, end int) (int, Span, bool) {
	j := i
	for n := 0; n < 3; n++ {
		k := scanPlaceWord(s, j, end)
		if k == j {
			break
		}
		j = k
		k2 := skipBlank(s, j, end)
		if k2 == j || k2-j > 2 || k2 >= end || !startsPlaceWord(s, k2, end) {
			break
		}
		j = k2
	}
	j = trimBlankRight(s, i, j)
	// An optional number: "UPDATE 2".
	if k := skipBlank(s, j, end); k < end && k-j <= 2 && '0' <= s[k] && s[k] <= '9' {
		for k < end && '0' <= s[k] && s[k] <= '9' {
			k++
		}
		j = k
	}
	if j == i || j-i > 32 || !isAllCaps(s[i:j]) {
		return 0, Span{}, false
	}
	k := skipBlank(s, j, end)
	if k >= end {
		return 0, Span{}, false
	}
	r, n := utf8.DecodeRuneInString(s[k:end])
	if !isDash(r) && r != '|' {
		return 0, Span{}, false
	}
	return skipBlank(s, k+n, end), span(s, i, j), true
}

// placeWord is one word of a dateline place.
type placeWord struct{ start, end int }

// scanDateline scans a dateline at s[i] that ends at or before end.
func scanDateline(s string, i, end int) (Dateline, bool) {
	start := i
	var words [6]placeWord
	nw := 0
	j := i
	for nw < len(words) {
		k := scanPlaceWord(s, j, end)
		if k == j {
			break
		}
		words[nw] = placeWord{j, k}
		nw++
		j = k
		// Words are separated by one blank, or by a slash between places
		// ("BRUSSEL/LUXEMBURG").
		n := skipBlank(s, j, end)
		if n < end && s[n] == '/' {
			n = skipBlank(s, n+1, end)
		} else if n == j || n-j > 4 {
			break
		}
		if n >= end || !startsPlaceWord(s, n, end) {
			break
		}
		j = n
	}
	if nw == 0 || nw > 5 {
		return Dateline{}, false
	}
	placeEnd := words[nw-1].end
	placeText := s[start:placeEnd]
	if len(placeText) > 64 {
		return Dateline{}, false
	}
	d := Dateline{PlaceText: placeText, Start: start}

	j = skipBlank(s, placeEnd, end)
	if date, k, ok := scanDatelineDate(s, j, end); ok {
		d.Date = new(DatelineDate)
		*d.Date = date
		j = skipBlank(s, k, end)
	}
	if j < end && s[j] == '(' {
		ags, k, ok := scanAgencies(s, j, end)
		if !ok {
			return Dateline{}, false
		}
		d.Agencies = ags
		j = skipBlank(s, k, end)
	}
	// The closing dash, or Belga's "=". A place and agencies alone on
	// their line need none: "LONDEN (ANP)" under a headline or after the
	// lead paragraph.
	dashless := false
	if j >= end {
		if len(d.Agencies) == 0 {
			return Dateline{}, false
		}
		dashless = true
		j = trimBlankRight(s, start, j)
	} else {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if !isDash(r) && r != '=' {
			return Dateline{}, false
		}
		j += n
		// A dash followed by a digit or a lower-case letter is a hyphen
		// or a range, not the end of a dateline.
		if j < end {
			r, _ := utf8.DecodeRuneInString(s[j:end])
			if unicode.IsDigit(r) || (isLetter(r) && !isUpper(r)) {
				return Dateline{}, false
			}
		}
		// A doubled hyphen is one dash: "DEN HAAG (ANP) -- Het ...".
		if r == '-' && j < end && s[j] == '-' {
			j++
		}
	}
	d.End = j
	d.Text = s[start:j]

	// The place may name several places joined by slashes; each is
	// checked and spelled on its own.
	var parts []string
	for p := range strings.SplitSeq(placeText, "/") {
		parts = append(parts, p)
	}
	// known counts the parts that are places in the gazetteer and can
	// stand alone in a dateline. A place that is also a common word
	// (Best, Made, Dieren) counts only when the paragraph names it again,
	// capitalised inside a sentence ("MADE - ... in de Marktstraat in
	// Made ..."). Written in title case, as local papers do, a place
	// counts when it is Dutch or Belgian or a city of a million
	// inhabitants: "Ajax - FC Utrecht was ..." names a club, not the
	// Canadian town.
	caps := isAllCaps(placeText)
	known := 0
	spelled := make([]string, len(parts))
	for k, p := range parts {
		if kickers[canonicalUpper(p)] {
			return Dateline{}, false
		}
		if pl, ok := gazetteer.Lookup(p); ok {
			spelled[k] = pl.Name
			if (!pl.Common || mentions(s, j, end, pl.Name)) &&
				(caps || pl.Country == "NL" || pl.Country == "BE" || pl.Population >= 1000000) {
				known++
			}
		} else if caps && mentions(s, j, end, normalizePlace(canonicalUpper(p))) {
			// A place the gazetteer lacks, in capitals, that the
			// paragraph names again inside a sentence, as local copy
			// does: "ROSMALEN - ... een winkel in Rosmalen ...".
			known++
		}
	}
	switch {
	case !caps && !isTitleCase(s, words[:nw]):
		return Dateline{}, false
	case len(d.Agencies) == 0 && d.Date == nil && known == 0:
		// A place with no agency and no date must be a known place: this
		// is what tells "DEN HAAG -" from "UITSTEL -". Of places joined by
		// slashes one must be known ("HEIKANT/OOSTERHOUT -").
		return Dateline{}, false
	case len(d.Agencies) == 0 && d.Date == nil && !caps && startsWithOtherPlace(s, j, end, placeText):
		// "Utrecht - Amsterdam is druk": a route or a match, not a
		// dateline. "Voorhout – Voorhout is ..." is a dateline, and so
		// is "MIDDELBURG - Zeeland ...": a place in capitals is followed
		// by a sentence.
		return Dateline{}, false
	case len(d.Agencies) == 0 && d.Date == nil && !caps && isFixture(s, j, end):
		// "Valencia - Arsenal 1-3": a match with its score, not a
		// dateline.
		return Dateline{}, false
	case dashless && known < len(parts):
		// Without a dash every place must be known: "LONDEN (ANP)", not
		// a caption such as "ZIEKENHUIS (AP)".
		return Dateline{}, false
	case !caps && known < len(parts) && nw > 1 && len(parts) == 1:
		// "Autoriteit Persoonsgegevens (AP) -" is a name, not a place.
		return Dateline{}, false
	}
	for k, p := range parts {
		if spelled[k] != "" {
			continue
		}
		if caps {
			spelled[k] = normalizePlace(canonicalUpper(p))
		} else {
			// A mixed-case place is kept as written ("McAllen",
			// "Marche-en-Famenne"), with its blanks made plain.
			spelled[k] = strings.Join(strings.Fields(strings.Map(normalBlank, strings.Split(placeText, "/")[k])), " ")
		}
	}
	d.Place = strings.Join(spelled, "/")
	return d, true
}

// canonicalUpper returns the upper-case form of a place for look-ups:
// blanks made single spaces and typographic apostrophes made plain.
func canonicalUpper(p string) string {
	p = strings.Map(func(r rune) rune {
		switch {
		case isBlank(r):
			return ' '
		case r == '’' || r == '‘':
			return '\''
		}
		return r
	}, p)
	return strings.ToUpper(strings.Join(strings.Fields(p), " "))
}

// mentionWindow bounds how far into a paragraph [mentions] looks, so that
// the cost of scanning a line stays linear however many dateline-like
// pieces it holds.
const mentionWindow = 2000

// mentions reports whether s[i:end] holds name as a whole word inside a
// sentence: after a lower-case word, not at the start of a sentence. It
// looks at the first [mentionWindow] bytes only.
func mentions(s string, i, end int, name string) bool {
	if name == "" {
		return false
	}
	end = min(end, i+mentionWindow)
	for i < end {
		k := strings.Index(s[i:end], name)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(name)
		if i < end {
			if r, _ := utf8.DecodeRuneInString(s[i:end]); isLetter(r) || r == '-' {
				continue
			}
		}
		prev := trimBlankRight(s, 0, k)
		if prev == k || prev == 0 {
			continue // no blank before it, or at the start
		}
		r, _ := utf8.DecodeLastRuneInString(s[:prev])
		if isLetter(r) && !isUpper(r) {
			return true
		}
	}
	return false
}

// startsWithOtherPlace reports whether the text at s[i] starts with the
// name of a settlement other than place, as the other end of a route
// would: a Dutch or Belgian one, or a city of 100,000 inhabitants or more,
// not also a common word ("Een", "Best").
func startsWithOtherPlace(s string, i, end int, place string) bool {
	i = skipBlank(s, i, end)
	j := i
	for n := 0; n < 3; n++ {
		k := scanPlaceWord(s, j, end)
		if k == j {
			return false
		}
		if p, ok := gazetteer.Lookup(s[i:k]); ok && !p.Common && p.Kind == gazetteer.Settlement &&
			(p.Country == "NL" || p.Country == "BE" || p.Population >= 100000) {
			q, ok := gazetteer.Lookup(place)
			return !ok || p != q
		}
		j = skipBlank(s, k, end)
	}
	return false
}

// isFixture reports whether the rest of the line at s[i] reads as the
// other side of a match rather than the first sentence of a story: at most
// eight words that hold a score ("1-3", "2 - 0"). Without a score the two
// cannot be told apart: "Eindhoven - Willem II" is a match, "Zaandam -
// Overval pizzeria" a police report's headline with its place.
func isFixture(s string, i, end int) bool {
	if k := strings.IndexByte(s[i:end], '\n'); k >= 0 {
		end = i + k
	}
	rest := strings.Fields(s[i:end])
	if len(rest) > 8 {
		return false
	}
	for k, w := range rest {
		if isScore(w) || (w == "-" || w == "–") && k > 0 && k+1 < len(rest) && isDigits(rest[k-1]) && isDigits(rest[k+1]) {
			return true
		}
	}
	return false
}

// isScore reports whether w is a score such as "1-3" or "(0–1)".
func isScore(w string) bool {
	w = strings.Trim(w, "(),")
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		a, b, ok = strings.Cut(w, "–")
	}
	return ok && isDigits(a) && isDigits(b) && len(a) <= 2 && len(b) <= 2
}

// isDigits reports whether w is one or more ASCII digits.
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// normalBlank maps every blank to a space, so that "DEN\u00a0HAAG" finds
// "DEN HAAG".
func normalBlank(r rune) rune {
	if isBlank(r) {
		return ' '
	}
	return r
}

// startsPlaceWord reports whether a place word can start at s[i].
func startsPlaceWord(s string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return isLetter(r) || r == '\'' || r == '’' || r == '‘'
}

// scanPlaceWord returns the end of the place word at s[i], or i if there is
// none. A word is letters with inner hyphens, apostrophes and dots
// ("'S-HERTOGENBOSCH", "ST.-TRUIDEN", "SINT-NIKLAAS"), or a leading
// apostrophe ("'S").
func scanPlaceWord(s string, i, end int) int {
	j := i
	letters := 0
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		switch {
		case isLetter(r):
			letters++
			j += n
			continue
		case isInvisible(r):
			j += n
			continue
		case r == '\'' || r == '’' || (r == '‘' && j == i):
			// Leading ('S-HERTOGENBOSCH) or inner (N'DJAMENA) apostrophe.
			if j+n < end {
				if r2, _ := utf8.DecodeRuneInString(s[j+n : end]); isLetter(r2) {
					j += n
					continue
				}
			}
		case r == '-' || r == '.':
			// An inner hyphen or dot joins letters: SINT-NIKLAAS, ST.-TRUIDEN.
			if letters > 0 && j+n < end {
				r2, _ := utf8.DecodeRuneInString(s[j+n : end])
				if isLetter(r2) || (r == '.' && r2 == '-') {
					j += n
					continue
				}
			}
			// A final dot ends a short abbreviation: "ST. LOUIS",
			// "WASHINGTON D.C. (AP)".
			if r == '.' && letters > 0 && letters <= 3 && (j+n == end || s[j+n] == ' ' || s[j+n] == '(') {
				j += n
			}
		}
		break
	}
	if letters == 0 {
		return i
	}
	return j
}

// isAllCaps reports whether every letter of s is upper case, allowing a
// lower-case "s" in the prefix "'s-" (as in "'s-HERTOGENBOSCH").
func isAllCaps(s string) bool {
	for _, p := range []string{"'s", "’s", "‘s", "'t", "’t"} {
		if t, ok := strings.CutPrefix(s, p); ok {
			s = t
			break
		}
	}
	for _, r := range s {
		if isLetter(r) && !isUpper(r) {
			return false
		}
	}
	return true
}

// placeParticles are the lower-case words inside place names.
var placeParticles = map[string]bool{
	"aan": true, "den": true, "de": true, "op": true, "in": true, "bij": true,
	"der": true, "van": true, "ter": true, "ten": true, "la": true, "le": true,
	"es": true, "del": true, "do": true, "da": true, "am": true, "im": true,
	"sur": true, "en": true, "'s": true, "’s": true, "chi": true, "an": true,
	"au": true, "aux": true, "upon": true, "on": true, "les": true, "lès": true,
	"di": true, "della": true, "dos": true, "das": true, "y": true, "'t": true,
}

// isTitleCase reports whether each word is capitalised or a place particle,
// the first word always capitalised ("Nijmegen", "Alphen aan den Rijn",
// "'s-Hertogenbosch").
func isTitleCase(s string, words []placeWord) bool {
	for k, w := range words {
		t := s[w.start:w.end]
		if strings.HasPrefix(t, "'s-") || strings.HasPrefix(t, "’s-") || strings.HasPrefix(t, "‘s-") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		if isUpper(r) {
			continue
		}
		if k == 0 || !placeParticles[t] {
			return false
		}
	}
	return true
}

// normalizePlace turns an upper-case place that is not in the table into
// its usual spelling: "NEW YORK" → "New York", "'S-GRAVENZANDE" →
// "'s-Gravenzande", "'T ZAND" → "'t Zand", "IJMUIDEN" → "IJmuiden", "RIO DE
// JANEIRO" → "Rio de Janeiro", "HEIST-OP-DEN-BERG" → "Heist-op-den-Berg",
// "L'AQUILA" → "L'Aquila".
func normalizePlace(upper string) string {
	var b strings.Builder
	b.Grow(len(upper))
	first := true
	for k, w := range strings.Split(upper, " ") {
		if k > 0 {
			b.WriteByte(' ')
		}
		for p, part := range strings.Split(w, "-") {
			if p > 0 {
				b.WriteByte('-')
			}
			lower := strings.ToLower(part)
			switch {
			case lower == "'s" || lower == "'t":
				b.WriteString(lower)
				continue
			case !first && placeParticles[lower]:
				b.WriteString(lower)
			default:
				b.WriteString(titleWord(part))
			}
			first = false
		}
	}
	return b.String()
}

// titleWord capitalises one word, keeping the Dutch digraph IJ together and
// capitalising after an inner apostrophe ("N'DJAMENA" → "N'Djamena").
func titleWord(w string) string {
	if isInitialism(w) {
		return w // "D.C."
	}
	if i := strings.IndexByte(w, '\''); i > 0 && i < len(w)-1 {
		return titleWord(w[:i]) + "'" + titleWord(w[i+1:])
	}
	if strings.HasPrefix(w, "'") {
		return "'" + titleWord(w[1:])
	}
	if strings.HasPrefix(w, "IJ") {
		return "IJ" + strings.ToLower(w[2:])
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
}

// daysIn gives the most days of each month, 29 for February.
var daysIn = [...]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// isInitialism reports whether w is single letters with dots, "D.C.".
func isInitialism(w string) bool {
	parts := strings.Split(strings.TrimSuffix(w, "."), ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

// scanDatelineDate scans a date such as "15/06" or "15/06/2024" at s[i].
func scanDatelineDate(s string, i, end int) (DatelineDate, int, bool) {
	num := func(j, maxDigits int) (int, int) {
		v, k := 0, j
		for k < end && k-j < maxDigits && '0' <= s[k] && s[k] <= '9' {
			v = v*10 + int(s[k]-'0')
			k++
		}
		return v, k
	}
	day, j := num(i, 2)
	if j == i || j >= end || s[j] != '/' {
		return DatelineDate{}, 0, false
	}
	month, k := num(j+1, 2)
	if k == j+1 || month < 1 || month > 12 || day < 1 || day > daysIn[month] {
		return DatelineDate{}, 0, false
	}
	year := 0
	if k < end && s[k] == '/' {
		y, k2 := num(k+1, 4)
		if n := k2 - (k + 1); n == 2 || n == 4 {
			year, k = y, k2
			if n == 2 {
				year += 2000
			}
		}
	}
	if k < end && '0' <= s[k] && s[k] <= '9' {
		return DatelineDate{}, 0, false
	}
	return DatelineDate{Text: s[i:k], Day: day, Month: month, Year: year, Start: i, End: k}, k, true
}

// scanAgencies scans a parenthesised list of agencies at s[i], which is
// '('. Every code must be a registered agency: "(AUS)" and "(ECB)" are not
// agency lists.
func scanAgencies(s string, i, end int) ([]Agency, int, bool) {
	closing := strings.IndexByte(s[i:end], ')')
	if closing < 0 || closing > 64 {
		return nil, 0, false
	}
	inner, innerEnd := i+1, i+closing
	// A code with an inner hyphen that is itself registered ("ITAR-TASS")
	// is one code; otherwise "/", "-", ",", "+" and blanks separate codes.
	var ags []Agency
	j := inner
	for {
		j = skipBlank(s, j, innerEnd)
		if j >= innerEnd {
			break
		}
		k := j
		for k < innerEnd {
			r, n := utf8.DecodeRuneInString(s[k:innerEnd])
			if !isLetter(r) && r != '-' && r != '.' && r != '&' {
				break
			}
			k += n
		}
		if k == j {
			// A separator.
			r, n := utf8.DecodeRuneInString(s[j:innerEnd])
			if r != '/' && r != ',' && r != '+' && r != '|' {
				return nil, 0, false
			}
			j += n
			continue
		}
		word := s[j:k]
		if a, ok := agency.Lookup(word); ok {
			ags = append(ags, Agency{Code: a.Code, Name: a.Name, Text: word, Start: j, End: k})
		} else {
			// Split at hyphens: "AFP-DPA-REUTER".
			p := j
			for _, part := range strings.Split(word, "-") {
				a, ok := agency.Lookup(part)
				if !ok {
					return nil, 0, false
				}
				ags = append(ags, Agency{Code: a.Code, Name: a.Name, Text: part, Start: p, End: p + len(part)})
				p += len(part) + 1
			}
		}
		j = k
	}
	if len(ags) == 0 {
		return nil, 0, false
	}
	return ags, innerEnd + 1, true
}
