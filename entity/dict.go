package entity

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// DictEntry is one user name.
type DictEntry struct {
	// Type is the type the name gets.
	Type Type
	// Name is the name as it appears in text ("Dilan Yeşilgöz"). It is
	// matched word by word, case-sensitively.
	Name string
	// Canonical is the normalised name; empty means Name.
	Canonical string
	// Country is an ISO 3166-1 alpha-2 code, or empty.
	Country string
}

// Dict is a list of user names that win over the sequence model and the
// built-in lexicon. Add it to a model with [Model.With]. A Dict is not
// safe for concurrent modification; the model copies it.
type Dict struct {
	entries []DictEntry
}

// ErrDict is wrapped by the errors of [ParseDict] and [Dict.Add].
var ErrDict = errors.New("entity: bad dictionary entry")

// DictError is a bad dictionary entry. [ParseDict] and [Dict.Add]
// return it, wrapping [ErrDict] or a read error.
type DictError struct {
	// Line is the 1-based line number for [ParseDict], 0 for [Dict.Add].
	Line int
	// Err is the error.
	Err error
}

// Error returns "entity: dict line N: ..." ("entity: dict: ..." without a
// line).
func (e *DictError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("entity: dict: %v", e.Err)
	}
	return fmt.Sprintf("entity: dict line %d: %v", e.Line, e.Err)
}

// Unwrap returns e.Err.
func (e *DictError) Unwrap() error { return e.Err }

// Add adds an entry. It rejects, with a [*DictError], an empty or
// overlong name, an invalid type and a country code that [CountryName]
// does not know: an ISO 3166-1 alpha-2 code, or XK for Kosovo, the
// user-assigned code the EU, CLDR and most news sources use since Kosovo
// has no ISO code.
func (d *Dict) Add(e DictEntry) error {
	if err := d.add(e); err != nil {
		return &DictError{Err: err}
	}
	return nil
}

func (d *Dict) add(e DictEntry) error {
	e.Name = strings.TrimSpace(e.Name)
	e.Canonical = strings.TrimSpace(e.Canonical)
	e.Country = strings.TrimSpace(e.Country)
	switch {
	case e.Name == "" || len(e.Name) > 1000 || !utf8.ValidString(e.Name):
		return fmt.Errorf("%w: name %q", ErrDict, e.Name)
	case int(e.Type) >= len(typeNames):
		return fmt.Errorf("%w: type %d", ErrDict, int(e.Type))
	case e.Country != "" && !isCode(e.Country):
		return fmt.Errorf("%w: country %q", ErrDict, e.Country)
	case e.Country != "":
		if _, ok := CountryName(e.Country); !ok {
			return fmt.Errorf("%w: unknown country code %q", ErrDict, e.Country)
		}
	}
	d.entries = append(d.entries, e)
	return nil
}

// Len returns the number of entries.
func (d *Dict) Len() int { return len(d.entries) }

func isCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// ParseDict reads a dictionary: one entry a line, tab-separated fields
//
//	type<TAB>name[<TAB>canonical[<TAB>country]]
//
// where type is person, country, organisation, location or misc (or PER,
// ORG, LOC, MISC). Blank lines and lines starting with "#" are skipped,
// and so is a UTF-8 byte order mark at the start. Lines longer than 64 KiB
// are bad lines. Bad lines are reported, joined, as [*DictError] values
// with their line numbers: the first 20, then one error that counts the
// rest. The entries of the good lines are returned with the error. The
// cost is linear in the size of the input.
func ParseDict(r io.Reader) (*Dict, error) {
	d := &Dict{}
	br := bufio.NewReaderSize(r, 64<<10)
	var errs []error
	bad := 0
	report := func(err error) {
		bad++
		if len(errs) < maxDictErrors {
			errs = append(errs, err)
		}
	}
	line := 0
	for {
		b, err := br.ReadSlice('\n')
		if len(b) == 0 && err == io.EOF {
			break
		}
		line++
		if err == bufio.ErrBufferFull {
			// A line longer than the buffer: skip the rest of it.
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			report(&DictError{line, fmt.Errorf("%w: line longer than %d bytes", ErrDict, 64<<10)})
			if err != nil && err != io.EOF {
				report(fmt.Errorf("entity: %w", err))
				break
			}
			continue
		}
		if err != nil && err != io.EOF {
			report(fmt.Errorf("entity: %w", err))
			break
		}
		s := strings.TrimRight(string(b), "\r\n")
		if line == 1 {
			s = strings.TrimPrefix(s, "\uFEFF")
		}
		if strings.TrimSpace(s) != "" && !strings.HasPrefix(s, "#") {
			if err := d.parseLine(s); err != nil {
				report(&DictError{line, err})
			}
		}
		if err == io.EOF {
			break
		}
	}
	if bad > len(errs) {
		errs = append(errs, fmt.Errorf("%w: %d more bad lines", ErrDict, bad-len(errs)))
	}
	return d, errors.Join(errs...)
}

// maxDictErrors is the number of bad lines ParseDict reports one by one.
const maxDictErrors = 20

// parseLine adds the entry of one dictionary line.
func (d *Dict) parseLine(s string) error {
	f := strings.Split(s, "\t")
	if len(f) < 2 || len(f) > 4 {
		return fmt.Errorf("%w: want 2 to 4 tab-separated fields, have %d", ErrDict, len(f))
	}
	t, ok := parseType(strings.TrimSpace(f[0]))
	if !ok {
		return fmt.Errorf("%w: type %q", ErrDict, f[0])
	}
	e := DictEntry{Type: t, Name: f[1]}
	if len(f) > 2 {
		e.Canonical = f[2]
	}
	if len(f) > 3 {
		e.Country = f[3]
	}
	return d.add(e)
}
