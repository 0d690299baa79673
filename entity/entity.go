package entity

//go:generate go run gen.go

import (
	"errors"
	"fmt"
)

// Type is the class of an [Entity].
type Type uint8

// The entity types. The zero Type is [Misc].
const (
	// Misc is a named thing that is none of the others: events, titles,
	// products, languages.
	Misc Type = iota
	// Person is a person.
	Person
	// Country is a sovereign state, by name ("Rusland", "VS") or by its
	// capital standing for it ("Beijing heeft gehoor gegeven").
	Country
	// Organisation is an organisation: alliances, parties, ministries,
	// media, companies and news agencies.
	Organisation
	// Location is a place that is not a country: a city, a region, a sea.
	Location
)

var typeNames = [...]string{
	Misc:         "misc",
	Person:       "person",
	Country:      "country",
	Organisation: "organisation",
	Location:     "location",
}

// ErrType is returned by [Type.UnmarshalText] for an unknown type name.
var ErrType = errors.New("entity: unknown type")

// String returns the lower-case English name of t, such as "person".
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("type(%d)", int(t))
}

// MarshalText implements [encoding.TextMarshaler] with the names of
// [Type.String].
func (t Type) MarshalText() ([]byte, error) {
	if int(t) >= len(typeNames) {
		return nil, fmt.Errorf("%w %d", ErrType, int(t))
	}
	return []byte(typeNames[t]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the
// names of [Type.String] and, for convenience, the CoNLL labels PER, ORG,
// LOC and MISC and the spelling "organization".
func (t *Type) UnmarshalText(text []byte) error {
	tt, ok := parseType(string(text))
	if !ok {
		return fmt.Errorf("%w %q", ErrType, text)
	}
	*t = tt
	return nil
}

func parseType(s string) (Type, bool) {
	for i, n := range typeNames {
		if n == s {
			return Type(i), true
		}
	}
	switch s {
	case "PER", "per":
		return Person, true
	case "ORG", "org", "organization":
		return Organisation, true
	case "LOC", "loc":
		return Location, true
	case "MISC":
		return Misc, true
	}
	return 0, false
}

// Entity is a named entity found in a text.
type Entity struct {
	// Text is the entity as it appears in the input: input[Start:End].
	Text string `json:"text"`
	// Start is the byte offset of the entity in the input.
	Start int `json:"start"`
	// End is the byte offset just past the entity.
	End int `json:"end"`
	// Type is the class of the entity.
	Type Type `json:"type"`
	// Canonical is the normalised name: the full name of a person ("Jens
	// Stoltenberg" for a later "Stoltenberg"), the Dutch CLDR name of a
	// country ("Verenigde Staten" for "VS"), the full name of a known
	// organisation or news agency. It is never empty.
	Canonical string `json:"canonical,omitzero"`
	// Country is the ISO 3166-1 alpha-2 code linked to the entity: the
	// country itself, the state a capital stands for or lies in, the
	// nationality of a person ("de Iraanse minister"), or the country of
	// an organisation ("het Palestijnse ministerie van Gezondheid").
	Country string `json:"country,omitzero"`
	// Role is the role of a person as the text gives it, the title noun
	// without modifiers: "president" (for "Zittend president"),
	// "minister van Buitenlandse Zaken", "chef" (for "NAVO-chef"). For an
	// organisation it is the descriptor the text puts before the name:
	// "vliegtuigmaker" for "Vliegtuigmaker Boeing".
	Role string `json:"role,omitzero"`
	// RoleFull is the role as written when modifiers were left out of
	// Role: "Zittend president", "oud-premier", "overleden poplegende".
	RoleFull string `json:"role_full,omitzero"`
	// Org is the organisation a person's role belongs to, such as "NAVO"
	// for "NAVO-chef Jens Stoltenberg".
	Org string `json:"org,omitzero"`
	// Kind is the kind of an organisation when the text or the
	// organisation lexicon says it: "company", "media", "club" (also
	// sports teams), "party", "public" (public bodies and institutions)
	// or "association" (unions, federations, NGOs, movements).
	Kind string `json:"kind,omitzero"`
}

// LinkKind says how a [CountryLink] names its country.
type LinkKind uint8

// The kinds of country links.
const (
	// Adjective is a country adjective: "Iraanse", "Chinees".
	Adjective LinkKind = iota
	// Demonym is an inhabitant noun: "Rus", "Iraniërs".
	Demonym
)

var linkNames = [...]string{Adjective: "adjective", Demonym: "demonym"}

// String returns "adjective" or "demonym".
func (k LinkKind) String() string {
	if int(k) < len(linkNames) {
		return linkNames[k]
	}
	return fmt.Sprintf("linkkind(%d)", int(k))
}

// MarshalText implements [encoding.TextMarshaler].
func (k LinkKind) MarshalText() ([]byte, error) {
	if int(k) >= len(linkNames) {
		return nil, fmt.Errorf("entity: unknown link kind %d", int(k))
	}
	return []byte(linkNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *LinkKind) UnmarshalText(text []byte) error {
	for i, n := range linkNames {
		if n == string(text) {
			*k = LinkKind(i)
			return nil
		}
	}
	return fmt.Errorf("entity: unknown link kind %q", text)
}

// CountryLink is a word that refers to a country without naming it: a
// country adjective ("de Iraanse minister") or an inhabitant noun ("een
// Rus"). Links are not entities; see the package documentation.
type CountryLink struct {
	// Text is input[Start:End].
	Text string `json:"text"`
	// Start is the byte offset of the word in the input.
	Start int `json:"start"`
	// End is the byte offset just past the word.
	End int `json:"end"`
	// Country is the ISO 3166-1 alpha-2 code.
	Country string `json:"country"`
	// Kind says whether the word is an adjective or a demonym.
	Kind LinkKind `json:"kind"`
}

// Analysis is the full result of [Model.Analyze].
type Analysis struct {
	// Entities are the entities, sorted by Start, not overlapping.
	Entities []Entity `json:"entities"`
	// Links are the country links outside person names, sorted by Start.
	Links []CountryLink `json:"links,omitzero"`
}

// CountryName returns the Dutch name of the country with ISO 3166-1
// alpha-2 code cc ("IR" → "Iran") as CLDR gives it. It reports false for
// an unknown code.
func CountryName(cc string) (string, bool) {
	lx, err := builtin()
	if err != nil {
		return "", false
	}
	n, ok := lx.countryName[cc]
	return n, ok
}
