package deveval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// This file gives Go the few pieces of Python semantics the reference
// scorers rely on, so that the figures agree to the last digit: JSON
// objects that keep their key order, truthiness, equality between numbers,
// repr and str, str.split and str.strip, the case mappings, bytes.find and
// decoding with errors="replace".
//
// JSON values are nil, bool, json.Number, string, []any and *object.

// object is a JSON object that keeps its keys in the order of the text, as
// Python's json module does. A repeated key keeps its first place and its
// last value.
type object struct {
	keys []string
	vals map[string]any
}

// get returns the value of key k, nil when there is none; it is Python's
// dict.get.
func (o *object) get(k string) any {
	if o == nil {
		return nil
	}
	return o.vals[k]
}

// has reports whether o has the key k.
func (o *object) has(k string) bool {
	_, ok := o.vals[k]
	return ok
}

// maxDepth bounds the nesting of JSON values; Python's recursion limit
// stops its json module at about the same depth.
const maxDepth = 1000

// decodeJSON decodes one JSON value, which must fill data up to trailing
// white space.
func decodeJSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeValue(dec, 0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("extra data after the JSON value at offset %d", dec.InputOffset())
	}
	return v, nil
}

func decodeValue(dec *json.Decoder, depth int) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return tok, nil
	}
	if depth >= maxDepth {
		return nil, fmt.Errorf("JSON nested deeper than %d at offset %d", maxDepth, dec.InputOffset())
	}
	switch d {
	case '[':
		list := []any{}
		for dec.More() {
			v, err := decodeValue(dec, depth+1)
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		}
		_, err := dec.Token() // ]
		return list, err
	case '{':
		o := &object{vals: map[string]any{}}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return nil, err
			}
			k, _ := tok.(string) // the decoder only gives strings as keys
			v, err := decodeValue(dec, depth+1)
			if err != nil {
				return nil, err
			}
			if !o.has(k) {
				o.keys = append(o.keys, k)
			}
			o.vals[k] = v
		}
		_, err := dec.Token() // }
		return o, err
	}
	return nil, fmt.Errorf("unexpected %v at offset %d", d, dec.InputOffset())
}

// truthy is Python's bool(v).
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case json.Number:
		n, ok := numberValue(v)
		return !ok || n.Sign() != 0 // a literal too large for a float is inf
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case *object:
		return v != nil && len(v.keys) > 0
	}
	return true
}

// or is Python's "a or b": a when a is truthy, else b.
func or(a, b any) any {
	if truthy(a) {
		return a
	}
	return b
}

// numberValue returns the exact value of a JSON number as a rational, and
// whether it is finite.
func numberValue(n json.Number) (*big.Rat, bool) {
	s := n.String()
	if !strings.ContainsAny(s, ".eE") {
		r, ok := new(big.Rat).SetString(s)
		return r, ok
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, false
	}
	return new(big.Rat).SetFloat64(f), true // Python reads it as a float
}

// isInt reports whether the JSON number is an integer literal, which
// Python reads as an int rather than a float.
func isInt(n json.Number) bool { return !strings.ContainsAny(n.String(), ".eE") }

// hashKey returns a string that is equal for two values exactly when
// Python finds them equal as dict keys: 1, 1.0 and True are one key.
// Lists and objects, which Python cannot hash, get a key of their own
// kind.
func hashKey(v any) string {
	switch v := v.(type) {
	case nil:
		return "n"
	case bool:
		if v {
			return "r:1"
		}
		return "r:0"
	case json.Number:
		if r, ok := numberValue(v); ok {
			return "r:" + r.RatString()
		}
		f, _ := strconv.ParseFloat(v.String(), 64)
		return "x:" + floatRepr(f)
	case string:
		return "s:" + v
	}
	return "u:" + repr(v)
}

// equal is Python's == on JSON values.
func equal(a, b any) bool {
	switch a := a.(type) {
	case []any:
		b, ok := b.([]any)
		return ok && slices.EqualFunc(a, b, equal)
	case *object:
		b, ok := b.(*object)
		if !ok || len(a.keys) != len(b.keys) {
			return false
		}
		for _, k := range a.keys {
			if !b.has(k) || !equal(a.vals[k], b.vals[k]) {
				return false
			}
		}
		return true
	}
	switch b.(type) {
	case []any, *object:
		return false
	}
	return hashKey(a) == hashKey(b)
}

// repr is Python's repr(v).
func repr(v any) string {
	var b strings.Builder
	writeRepr(&b, v)
	return b.String()
}

func writeRepr(b *strings.Builder, v any) {
	switch v := v.(type) {
	case nil:
		b.WriteString("None")
	case bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case json.Number:
		b.WriteString(numberRepr(v))
	case string:
		writeStringRepr(b, v)
	case []any:
		b.WriteByte('[')
		for i, x := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, x)
		}
		b.WriteByte(']')
	case *object:
		b.WriteByte('{')
		for i, k := range v.keys {
			if i > 0 {
				b.WriteString(", ")
			}
			writeStringRepr(b, k)
			b.WriteString(": ")
			writeRepr(b, v.vals[k])
		}
		b.WriteByte('}')
	default:
		fmt.Fprint(b, v)
	}
}

// numberRepr is repr of the int or float Python reads from the literal.
func numberRepr(n json.Number) string {
	s := n.String()
	if isInt(n) {
		if i, ok := new(big.Int).SetString(s, 10); ok {
			return i.String()
		}
		return s
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !math.IsInf(f, 0) {
		return s
	}
	return floatRepr(f)
}

// floatRepr is Python's repr of a float: the shortest digits that read
// back the same, in fixed notation when the decimal exponent lies in
// [-4, 16), with ".0" added to whole numbers, else as 1.5e+16.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // -d.ddde±XX
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	if exp < -4 || exp >= 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := strconv.Itoa(abs(exp))
		if len(es) < 2 {
			es = "0" + es
		}
		if exp < 0 {
			return sign + m + "e-" + es
		}
		return sign + m + "e+" + es
	}
	point := exp + 1 // digits before the decimal point
	switch {
	case point <= 0:
		return sign + "0." + strings.Repeat("0", -point) + digits
	case point >= len(digits):
		return sign + digits + strings.Repeat("0", point-len(digits)) + ".0"
	}
	return sign + digits[:point] + "." + digits[point:]
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// writeStringRepr writes Python's repr of a str.
func writeStringRepr(b *strings.Builder, s string) {
	quote := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	b.WriteRune(quote)
	for _, r := range s {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(b, `\x%02x`, r)
		case r < 0x7f || printable(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(b, `\u%04x`, r)
		default:
			fmt.Fprintf(b, `\U%08x`, r)
		}
	}
	b.WriteRune(quote)
}

// printable is Python's str.isprintable for one non-ASCII character: not a
// control, format, surrogate, private-use or unassigned character, and no
// separator.
func printable(r rune) bool {
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Z) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

// str is Python's str(v): a string as it is, anything else as its repr.
func str(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return repr(v)
}

// isSpace is Python's str.isspace for one character: Go's white space plus
// the information separators U+001C to U+001F.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

// fields is Python's s.split() without arguments.
func fields(s string) []string { return strings.FieldsFunc(s, isSpace) }

// strip is Python's s.strip() without arguments.
func strip(s string) string { return strings.TrimFunc(s, isSpace) }

// stripChars is Python's s.strip(chars).
func stripChars(s, chars string) string {
	return strings.Trim(s, chars)
}

// runeLen is Python's len of a str: the number of code points.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// prefixRunes is Python's s[:n] for a str.
func prefixRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// casefold, lower and upper are Python's str methods of those names: the
// full Unicode mappings, which x/text implements the same way.
func casefold(s string) string { return cases.Fold().String(s) }
func lower(s string) string    { return cases.Lower(language.Und).String(s) }
func upper(s string) string    { return cases.Upper(language.Und).String(s) }

// nfc and nfd are unicodedata.normalize("NFC"/"NFD", s).
func nfc(s string) string { return norm.NFC.String(s) }
func nfd(s string) string { return norm.NFD.String(s) }

// find is Python's bytes.find(sub, start) for 0 ≤ start: the index of the
// first sub at or after start, or -1.
func find(data, sub []byte, start int) int {
	if start > len(data) {
		return -1
	}
	i := bytes.Index(data[start:], sub)
	if i < 0 {
		return -1
	}
	return start + i
}

// decodeReplace is Python's data.decode("utf-8", "replace"): each maximal
// ill-formed subsequence becomes one U+FFFD, as the Unicode standard
// recommends (Go's own conversion gives one U+FFFD per byte).
func decodeReplace(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r != utf8.RuneError || n > 1 {
			b.Write(data[:n])
			data = data[n:]
			continue
		}
		b.WriteRune(utf8.RuneError)
		data = data[illFormedLen(data):]
	}
	return b.String()
}

// illFormedLen returns the length of the maximal subpart of a well-formed
// sequence at the start of data, which starts with an ill-formed sequence:
// a lead byte and the continuation bytes that may follow it (Unicode
// table 3-7), at least 1.
func illFormedLen(data []byte) int {
	c := data[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf) // range of the second byte
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c == 0xe0:
		need, lo = 2, 0xa0
	case c >= 0xe1 && c <= 0xec, c == 0xee, c == 0xef:
		need = 2
	case c == 0xed:
		need, hi = 2, 0x9f
	case c == 0xf0:
		need, lo = 3, 0x90
	case c >= 0xf1 && c <= 0xf3:
		need = 3
	case c == 0xf4:
		need, hi = 3, 0x8f
	default:
		return 1
	}
	n := 1
	for ; n <= need && n < len(data); n++ {
		b := data[n]
		if n == 1 && (b < lo || b > hi) || n > 1 && (b < 0x80 || b > 0xbf) {
			break
		}
	}
	return n
}
