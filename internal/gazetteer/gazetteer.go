package gazetteer

import (
	_ "embed"
	"iter"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A Kind says what sort of place a name stands for.
type Kind uint8

// The kinds of place.
const (
	// Settlement is a city, town, village or hamlet.
	Settlement Kind = iota + 1
	// Municipality is a Dutch municipality that is named after no single
	// settlement (Teylingen, Súdwest-Fryslân).
	Municipality
	// Area is a region, province, sea or other area (Brabant, Gazastrook,
	// Noordzee).
	Area
)

// String returns "settlement", "municipality" or "area".
func (k Kind) String() string {
	switch k {
	case Settlement:
		return "settlement"
	case Municipality:
		return "municipality"
	case Area:
		return "area"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// A Place is one name in the gazetteer.
type Place struct {
	// Name is the name in its usual spelling: "Den Bosch", "IJmuiden",
	// "Paris".
	Name string
	// Canonical is the place's Dutch name, which may differ from Name:
	// "'s-Hertogenbosch" for "Den Bosch", "Parijs" for "Paris".
	Canonical string
	// Country is the ISO 3166-1 alpha-2 code of the country the place
	// lies in, or "" for areas that span countries (Noordzee, Balkan).
	Country string
	// Population is the number of inhabitants GeoNames gives, 0 when
	// unknown.
	Population int
	Kind       Kind
	// Common reports that the name is also a common word or label
	// (Best, Hoek, Monster, Brand): the name alone, without context such
	// as a news agency, does not make it a place.
	Common bool
}

//go:embed data/places.tsv
var placesFile string

// table is the parsed gazetteer: the places in file order and an index
// from look-up key to place.
type table struct {
	places []Place
	index  map[string]int32
}

// load returns the table, parsed on the first call.
var load = sync.OnceValue(func() *table { return parseTable(placesFile) })

// parseTable parses the table file. The names and their spellings are
// substrings of data, and the look-up keys substrings of one string, so
// that parsing allocates a handful of times, not once a name.
func parseTable(data string) *table {
	t := &table{places: make([]Place, 0, size), index: make(map[string]int32, size)}
	keys := make([]byte, 0, len(data)*2/5) // keys take about 37% of the file
	ends := make([]int32, 0, size)
	for l := range strings.Lines(data) {
		if l == "" || l[0] == '#' {
			continue
		}
		l = strings.TrimSuffix(l, "\n")
		var f [6]string
		for i := range f {
			k := strings.IndexByte(l, '\t')
			if k < 0 || i == len(f)-1 {
				f[i] = l
				break
			}
			f[i], l = l[:k], l[k+1:]
		}
		p := Place{Name: f[0], Canonical: f[1], Country: f[2], Common: f[5] == "stop"}
		if p.Canonical == "" {
			p.Canonical = p.Name
		}
		p.Population, _ = strconv.Atoi(f[3])
		switch f[4] {
		case "s":
			p.Kind = Settlement
		case "m":
			p.Kind = Municipality
		default:
			p.Kind = Area
		}
		keys = fold(keys, p.Name)
		ends = append(ends, int32(len(keys)))
		t.places = append(t.places, p)
	}
	all := string(keys)
	start := int32(0)
	n := 0
	for i, end := range ends {
		k := all[start:end]
		start = end
		if _, dup := t.index[k]; dup {
			continue
		}
		t.index[k] = int32(n)
		t.places[n] = t.places[i]
		n++
	}
	t.places = t.places[:n]
	return t
}

// maxKey bounds the length of a name that Lookup folds; no name in the
// table is longer.
const maxKey = 128

// Lookup returns the place with the given name. The match ignores case,
// treats every run of blanks (spaces, tabs, no-break spaces) as one space
// and typographic apostrophes as "'": "DEN HAAG", "den haag" and
// "’S-HERTOGENBOSCH" are found. Lookup does not allocate for names of up
// to 64 bytes.
func Lookup(name string) (Place, bool) {
	if len(name) > maxKey {
		return Place{}, false
	}
	var buf [64]byte
	k := fold(buf[:0], name)
	t := load()
	i, ok := t.index[string(k)]
	if !ok {
		return Place{}, false
	}
	return t.places[i], true
}

// Len returns the number of names in the gazetteer.
func Len() int { return len(load().places) }

// All returns every name in the gazetteer, in byte order of Name.
func All() iter.Seq[Place] {
	return func(yield func(Place) bool) {
		for _, p := range load().places {
			if !yield(p) {
				return
			}
		}
	}
}

// fold appends the look-up key of s to dst: upper case, blanks made
// single spaces, typographic apostrophes made plain, leading and trailing
// blanks dropped.
func fold(dst []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t':
				space = true
				continue
			case 'a' <= c && c <= 'z':
				c -= 'a' - 'A'
			}
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '’' || r == '‘':
			r = '\''
		case unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF:
			space = true
			continue
		case r == 0xAD || r == 0x200C || r == 0x200D || r == 0x2060:
			continue // invisible inside a word
		default:
			r = unicode.ToUpper(r)
		}
		if space && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		space = false
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}
