package token

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// words returns the non-space tokens of s as "text/kind" strings.
func words(s string) []string {
	var out []string
	for _, t := range Tokenize(s) {
		if t.Kind != Space {
			out = append(out, t.Text+"/"+t.Kind.String())
		}
	}
	return out
}

var tokenizeTests = []struct {
	desc string
	in   string
	want []string // non-space tokens as text/kind
}{
	{"empty", "", nil},
	{"plural apostrophe", "oma's opa's Iraki's auto's", []string{"oma's/word", "opa's/word", "Iraki's/word", "auto's/word"}},
	{"elision 's", "'s avonds", []string{"'s/word", "avonds/word"}},
	{"elision 't", "is 't zo", []string{"is/word", "'t/word", "zo/word"}},
	{"typographic elision", "’s morgens", []string{"’s/word", "morgens/word"}},
	{"'s-Hertogenbosch", "in 's-Hertogenbosch.", []string{"in/word", "'s-Hertogenbosch/word", "./punct"}},
	{"'s-Gravenhage", "'s-Gravenhage", []string{"'s-Gravenhage/word"}},
	{"word-internal elision", "zo'n m'n d'r", []string{"zo'n/word", "m'n/word", "d'r/word"}},
	{"typographic apostrophe in word", "auto’s", []string{"auto’s/word"}},
	{"ordinal with thousands", "de 37.501ste", []string{"de/word", "37.501ste/number"}},
	{"truncated compound", "16- en 17-jarige", []string{"16-/word", "en/word", "17-jarige/word"}},
	{"truncated word", "land- en tuinbouw", []string{"land-/word", "en/word", "tuinbouw/word"}},
	{"truncated before comma", "binnen-, buitenland", []string{"binnen-/word", ",/punct", "buitenland/word"}},
	{"dash after word is no truncation", "ANP - Rusland", []string{"ANP/word", "-/punct", "Rusland/word"}},
	{"SP.A", "SP.A", []string{"SP.A/word"}},
	{"number with unit", "1,85m", []string{"1,85/number", "m/word"}},
	{"decimal comma", "1.000,50", []string{"1.000,50/number"}},
	{"percent", "5,2%", []string{"5,2/number", "%/symbol"}},
	{"degrees", "20°C", []string{"20/number", "°/symbol", "C/word"}},
	{"currency", "€3,50", []string{"€/symbol", "3,50/number"}},
	{"time with period", "om 15.30 uur", []string{"om/word", "15.30/number", "uur/word"}},
	{"time with colon", "15:30", []string{"15:30/number"}},
	{"Flemish time", "17u10 en 17u", []string{"17u10/number", "en/word", "17u/number"}},
	{"date with slash", "15/06", []string{"15/06/number"}},
	{"ISO date", "2024-03-01", []string{"2024-03-01/number"}},
	{"ordinals", "1e 2de 21ste", []string{"1e/number", "2de/number", "21ste/number"}},
	{"ordinal compound", "1e-klasser", []string{"1e-klasser/word"}},
	{"number then word", "3 uur 100km", []string{"3/number", "uur/word", "100/number", "km/word"}},
	{"year", "de jaren '80", []string{"de/word", "jaren/word", "'80/number"}},
	{"sentence-final number", "in 2023.", []string{"in/word", "2023/number", "./punct"}},
	{"initials", "J.P. Balkenende", []string{"J.P./word", "Balkenende/word"}},
	{"initials and van", "A.J. van der Berg", []string{"A.J./word", "van/word", "der/word", "Berg/word"}},
	{"single initial", "J. Stoltenberg", []string{"J./word", "Stoltenberg/word"}},
	{"hyphenated", "NAVO-chef Noord-Macedonië Oost-Europa secretaris-generaal",
		[]string{"NAVO-chef/word", "Noord-Macedonië/word", "Oost-Europa/word", "secretaris-generaal/word"}},
	{"hyphen and digits", "COVID-19", []string{"COVID-19/word"}},
	{"email", "mail jan.de-vries@anp.nl.", []string{"mail/word", "jan.de-vries@anp.nl/email", "./punct"}},
	{"not an email", "a@b", []string{"a/word", "@/punct", "b/word"}},
	{"url", "zie https://nos.nl/artikel/123?x=1.", []string{"zie/word", "https://nos.nl/artikel/123?x=1/url", "./punct"}},
	{"url in brackets", "(www.nu.nl)", []string{"(/punct", "www.nu.nl/url", ")/punct"}},
	{"domain", "nu.nl", []string{"nu.nl/word"}},
	{"double quotes", `"Nee"`, []string{`"/punct`, "Nee/word", `"/punct`}},
	{"Dutch quotes", ",,Ja'' „Zeker” “Goed” «Oui» ‘Ha’",
		[]string{",,/punct", "Ja/word", "''/punct", "„/punct", "Zeker/word", "”/punct", "“/punct", "Goed/word", "”/punct",
			"«/punct", "Oui/word", "»/punct", "‘/punct", "Ha/word", "’/punct"}},
	{"single quotes", "'kwaadaardige'", []string{"'/punct", "kwaadaardige/word", "'/punct"}},
	{"quoted plural", "'auto's'", []string{"'/punct", "auto's/word", "'/punct"}},
	{"typographic quotes and elision", "‘Het was ’s nachts’, zei hij.",
		[]string{"‘/punct", "Het/word", "was/word", "’s/word", "nachts/word", "’/punct", ",/punct", "zei/word", "hij/word", "./punct"}},
	{"names with apostrophes", "d'Hondt O'Brien 't Hooft", []string{"d'Hondt/word", "O'Brien/word", "'t/word", "Hooft/word"}},
	{"score and range", "(2-1) 9.00-17.00", []string{"(/punct", "2-1/number", ")/punct", "9.00-17.00/number"}},
	{"possessive", "Kees' fiets", []string{"Kees/word", "'/punct", "fiets/word"}},
	{"dashes", "a - b – c — d -- e", []string{"a/word", "-/punct", "b/word", "–/punct", "c/word", "—/punct", "d/word", "--/punct", "e/word"}},
	{"ellipsis", "zo... of zo… ?!", []string{"zo/word", ".../punct", "of/word", "zo/word", "…/punct", "?!/punct"}},
	{"sentence period", "Moskou. De", []string{"Moskou/word", "./punct", "De/word"}},
	{"glued sentences", "einde.Volgende", []string{"einde/word", "./punct", "Volgende/word"}},
	{"glued dateline", "28 minuten geledenTEHERAN (ANP)", []string{"28/number", "minuten/word", "geleden/word", "TEHERAN/word", "(/punct", "ANP/word", ")/punct"}},
	{"camel case kept", "PvdA GroenLinks iPhone McDonald", []string{"PvdA/word", "GroenLinks/word", "iPhone/word", "McDonald/word"}},
	{"ampersand", "AT&T", []string{"AT&T/word"}},
	{"slash between words", "ANP/AFP", []string{"ANP/word", "//punct", "AFP/word"}},
	{"NBSP", "5\u00a0procent", []string{"5/number", "procent/word"}},
	{"zero width space", "a\u200bb", []string{"a/word", "b/word"}},
	{"zero-width characters", "a\u200cb c\u200dd e\u2060f \ufeffg\u200b",
		[]string{"a\u200cb/word", "c\u200dd/word", "e\u2060f/word", "g/word"}},
	{"lone joiners are space", "a \u200d b\u200c", []string{"a/word", "b/word"}},
	{"soft hyphen in word", "wapen\u00adstilstand", []string{"wapen\u00adstilstand/word"}},
	{"invalid UTF-8", "a\xffb\xc3", []string{"a/word", "\xff/invalid", "b/word", "\xc3/invalid"}},
	{"NUL and controls", "a\x00b\x1b", []string{"a/word", "\x00/symbol", "b/word", "\x1b/symbol"}},
	{"emoji with selector", "☺\ufe0f!", []string{"☺\ufe0f/symbol", "!/punct"}},
	{"combining accent", "cafe\u0301", []string{"cafe\u0301/word"}},
	{"not an abbreviation", "Jan. Piet.", []string{"Jan/word", "./punct", "Piet/word", "./punct"}},
	{"month abbreviation", "3 jan. 2024", []string{"3/number", "jan./word", "2024/number"}},
	{"ING is a bank", "bij ING.", []string{"bij/word", "ING/word", "./punct"}},
}

var abbreviations = strings.Fields(`o.a. d.w.z. mr. prof. dhr. mw. mevr. drs. ir. dr. ing. jhr. st. nr.
	blz. mln. mld. mrd. bijv. bv. ca. e.d. enz. etc. jl. vs. resp. m.b.t. i.p.v. t.o.v.
	n.a.v. a.s. z.g. zgn. Mr. Prof. Dr. Dhr. Mevr. O.a. v.Chr.`)

func TestTokenize(t *testing.T) {
	for _, tc := range tokenizeTests {
		t.Run(tc.desc, func(t *testing.T) {
			got := words(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
			checkTiling(t, tc.in, Tokenize(tc.in))
		})
	}
}

func TestTokenizeAbbreviations(t *testing.T) {
	for _, a := range abbreviations {
		t.Run(a, func(t *testing.T) {
			in := "zie " + a + " hier"
			want := []string{"zie/word", a + "/word", "hier/word"}
			if diff := cmp.Diff(want, words(in)); diff != "" {
				t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", in, diff)
			}
			if !IsAbbrev(a) {
				t.Errorf("IsAbbrev(%q) = false, want true", a)
			}
		})
	}
}

func TestIsAbbrevNot(t *testing.T) {
	for _, w := range []string{"", ".", "Jan.", "ING.", "VS.", "zo.", "MR.", "mR.", "huis", "a.", "ab.cd."} {
		if IsAbbrev(w) {
			t.Errorf("IsAbbrev(%q) = true, want false", w)
		}
	}
}

func TestIsTitle(t *testing.T) {
	for w, want := range map[string]bool{
		"dr.": true, "Prof.": true, "mr.drs.": true, "dhr": true, "ir.": true,
		"o.a.": false, "jan.": false, "MR.": false, "Jan.": false, "": false, "huis": false,
	} {
		if got := IsTitle(w); got != want {
			t.Errorf("IsTitle(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	in := "Zo'n 1.000,50 euro\r\n\u00a0„Ja”"
	want := []Token{
		{"Zo'n", 0, 4, Word}, {" ", 4, 5, Space}, {"1.000,50", 5, 13, Number},
		{" ", 13, 14, Space}, {"euro", 14, 18, Word}, {"\r\n\u00a0", 18, 22, Space},
		{"„", 22, 25, Punct}, {"Ja", 25, 27, Word}, {"”", 27, 30, Punct},
	}
	if diff := cmp.Diff(want, Tokenize(in)); diff != "" {
		t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", in, diff)
	}
}

// checkTiling fails t unless toks tile s with in-bounds, consistent
// offsets.
func checkTiling(t *testing.T, s string, toks []Token) {
	t.Helper()
	pos := 0
	for i, tk := range toks {
		if tk.Start != pos || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("token %d %+v: bad offsets at position %d of %d", i, tk, pos, len(s))
		}
		if s[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %d %+v: Text differs from input %q", i, tk, s[tk.Start:tk.End])
		}
		pos = tk.End
	}
	if pos != len(s) {
		t.Fatalf("tokens end at %d, input has %d bytes", pos, len(s))
	}
}

func TestKindText(t *testing.T) {
	for k := Invalid; k <= Email; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", k, err)
		}
		var got Kind
		if err := got.UnmarshalText(b); err != nil || got != k {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, k)
		}
	}
	var k Kind
	if err := k.UnmarshalText([]byte("nope")); err == nil {
		t.Errorf("UnmarshalText(nope) succeeded")
	}
	if _, err := Kind(200).MarshalText(); err == nil {
		t.Errorf("Kind(200).MarshalText succeeded")
	}
}

func TestAppendAllocs(t *testing.T) {
	in := strings.Repeat("De NAVO-chef zei o.a. dat 1.000,50 euro (15%) genoeg is. ", 20)
	buf := make([]Token, 0, len(in))
	allocs := testing.AllocsPerRun(100, func() {
		buf = Append(buf[:0], in)
	})
	if allocs != 0 {
		t.Errorf("Append into a pre-sized slice: %v allocs, want 0", allocs)
	}
}

func TestLinear(t *testing.T) {
	// Inputs that could trigger rescanning. Each must tokenize in
	// linear time; with a quadratic algorithm these take minutes.
	const n = 1 << 18
	inputs := map[string]string{
		"digits":           strings.Repeat("1", n),
		"dotted digits":    strings.Repeat("1.", n/2),
		"letter chain":     strings.Repeat("a.", n/2),
		"hyphens":          strings.Repeat("a-", n/2),
		"apostrophes":      strings.Repeat("a'", n/2),
		"caps after lower": strings.Repeat("abcDE", n/5),
		"long caps":        "abc" + strings.Repeat("D", n) + "e",
		"glued numbers":    strings.Repeat("1-a", n/3),
		"long word":        strings.Repeat("a", n),
		"spaces":           strings.Repeat(" ", n),
		"periods":          strings.Repeat(".", n),
		"url":              "https://" + strings.Repeat("a", n),
		"at signs":         strings.Repeat("a@", n/2),
		"email domain":     "a@" + strings.Repeat("b.", n/2),
		"invalid":          strings.Repeat("\xff", n),
	}
	for desc, in := range inputs {
		t.Run(desc, func(t *testing.T) {
			toks := Tokenize(in)
			checkTiling(t, in, toks)
			Sentences(in, toks)
		})
	}
}

func TestLinearURL(t *testing.T) {
	in := "https://a" + strings.Repeat(")", 1<<18)
	toks := Tokenize(in)
	checkTiling(t, in, toks)
	if got, want := toks[0].Text, "https://a"; got != want {
		t.Errorf("Tokenize(url + brackets)[0] = %q, want %q", got, want)
	}
}

func TestTenMegabyteLine(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping 10 MB input in -short mode")
	}
	line := strings.Repeat("De NAVO-chef zei o.a. dat 1.000,50 euro genoeg is. ", 10<<20/51)
	toks := Tokenize(line)
	checkTiling(t, line, toks)
	if got := len(Sentences(line, toks)); got != 10<<20/51 {
		t.Errorf("Sentences(10 MB line) gave %d sentences, want %d", got, 10<<20/51)
	}
}

func TestAppendRange(t *testing.T) {
	s := `Hij zei: "Dat is o.a. 1.000,50 euro", aldus 's-Hertogenbosch.`
	all := Tokenize(s)
	for _, tc := range []struct {
		desc     string
		from, to int
	}{
		{"whole", 0, len(s)},
		{"from a token start", all[4].Start, len(s)},
		{"to inside a token", all[2].Start, all[10].Start + 1},
		{"out of range", -5, len(s) + 9},
		{"empty", 7, 7},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			var want []Token
			for _, tk := range all {
				if tk.Start >= max(tc.from, 0) && tk.Start < min(tc.to, len(s)) {
					want = append(want, tk)
				}
			}
			got := AppendRange(nil, s, tc.from, tc.to)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("AppendRange(%d, %d) mismatch (-want +got):\n%s", tc.from, tc.to, diff)
			}
		})
	}
}
