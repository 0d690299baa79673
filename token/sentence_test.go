package token

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sentenceTexts returns the text of each sentence of s.
func sentenceTexts(s string) []string {
	var out []string
	for _, sent := range Sentences(s, Tokenize(s)) {
		out = append(out, s[sent.Start:sent.End])
	}
	return out
}

var sentenceTests = []struct {
	desc string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"only space", " \n\t ", nil},
	{"two sentences", "Rusland en China werken samen. De NAVO is bezorgd.",
		[]string{"Rusland en China werken samen.", "De NAVO is bezorgd."}},
	{"question and exclamation", "Wat nu? Niets! Goed.", []string{"Wat nu?", "Niets!", "Goed."}},
	{"newline ends sentence", "Stoltenberg: Rusland en China werken samen\nBRUSSEL (ANP) - Rusland",
		[]string{"Stoltenberg: Rusland en China werken samen", "BRUSSEL (ANP) - Rusland"}},
	{"CRLF and blank lines", "Een\r\n\r\nTwee", []string{"Een", "Twee"}},
	{"line separator", "Een\u2028Twee", []string{"Een", "Twee"}},
	{"closing quote belongs to sentence", `"Dat zou oorlog betekenen." Daarna ging hij.`,
		[]string{`"Dat zou oorlog betekenen."`, "Daarna ging hij."}},
	{"Dutch closing quote", "„We hebben tekenen gezien.” Daarna niets.",
		[]string{"„We hebben tekenen gezien.”", "Daarna niets."}},
	{"quote then comma", `"Dat zou oorlog betekenen", zei hij. "We hebben tekenen gezien."`,
		[]string{`"Dat zou oorlog betekenen", zei hij.`, `"We hebben tekenen gezien."`}},
	{"question in quote then comma", `"Wat nu?", vroeg hij.`, []string{`"Wat nu?", vroeg hij.`}},
	{"closing bracket", "Hij kwam (eindelijk.) Toen ging hij.", []string{"Hij kwam (eindelijk.)", "Toen ging hij."}},
	{"title abbreviations", "Dat zei dhr. Jansen tegen prof. Pietersen en mr. De Vries.",
		[]string{"Dat zei dhr. Jansen tegen prof. Pietersen en mr. De Vries."}},
	{"initials", "Premier J.P. Balkenende en A.J. van der Berg kwamen. J. Stoltenberg niet.",
		[]string{"Premier J.P. Balkenende en A.J. van der Berg kwamen.", "J. Stoltenberg niet."}},
	{"mid-sentence abbreviations", "Landen o.a. Duitsland, d.w.z. Europa, ca. 300 man.",
		[]string{"Landen o.a. Duitsland, d.w.z. Europa, ca. 300 man."}},
	{"final abbreviation before capital", "Appels, peren enz. Daarna kwam de rest.",
		[]string{"Appels, peren enz.", "Daarna kwam de rest."}},
	{"final abbreviation before lower case", "Appels enz. werden verkocht.", []string{"Appels enz. werden verkocht."}},
	{"millions", "Het kost 3 mln. Dat is veel.", []string{"Het kost 3 mln.", "Dat is veel."}},
	{"decimal numbers", "Het werd 2.5 procent om 15.30 uur. Goed.", []string{"Het werd 2.5 procent om 15.30 uur.", "Goed."}},
	{"lower case after period", "Op 3. maart kwam hij.", []string{"Op 3. maart kwam hij."}},
	{"number after period", "Het was 2023. 300 mensen kwamen.", []string{"Het was 2023.", "300 mensen kwamen."}},
	{"ellipsis", "Hij zei... niets. Toen… Ja.", []string{"Hij zei... niets.", "Toen…", "Ja."}},
	{"glued sentences", "einde.Volgende zin.", []string{"einde.", "Volgende zin."}},
	{"quote opens next sentence", `Hij zei het. "Nee," zei zij.`, []string{"Hij zei het.", `"Nee," zei zij.`}},
	{"Dutch low quote", "Hij zei het. ,,Nee'', zei zij.", []string{"Hij zei het.", ",,Nee'', zei zij."}},
	{"single quote after period", "Hij zei: 'Ik ga.' Daarna niets.", []string{"Hij zei: 'Ik ga.'", "Daarna niets."}},
	{"exclamation runs", "Kom!!! Wat?! Zo... Nou.", []string{"Kom!!!", "Wat?!", "Zo...", "Nou."}},
	{"no final mark", "Meer uit Buitenland", []string{"Meer uit Buitenland"}},
	{"dash after quotation", `Hij zei: "Dat is fout." - woordvoerder Jansen.`,
		[]string{`Hij zei: "Dat is fout." - woordvoerder Jansen.`}},
	{"bracket after period", "Het is klaar. (Zie ook de bijlage.) Goed.",
		[]string{"Het is klaar. (Zie ook de bijlage.)", "Goed."}},
	{"bullet after period", "Het is klaar. • Meer nieuws", []string{"Het is klaar. • Meer nieuws"}},
	{"no space before bracket", "Het is klaar.(Zie onder)", []string{"Het is klaar.(Zie onder)"}},
	{"volume before number", "Zie vol. 3 van de reeks.", []string{"Zie vol. 3 van de reeks."}},
	{"capitalised phone abbreviation", "Tel. 020-1234567 voor meer.", []string{"Tel. 020-1234567 voor meer."}},
	{"dotted word before number", "Bel tel.nr. 020-1234567 voor meer.", []string{"Bel tel.nr. 020-1234567 voor meer."}},
	{"domain ends sentence", "Lees het op nu.nl. Daar staat meer.", []string{"Lees het op nu.nl.", "Daar staat meer."}},
	{"capitals end sentence", "Hij vloog naar de VS. Daar bleef hij.", []string{"Hij vloog naar de VS.", "Daar bleef hij."}},
	{"number ends sentence", "De zaal telde 12.500. Daarna kwamen er meer.",
		[]string{"De zaal telde 12.500.", "Daarna kwamen er meer."}},
	{"name that is an abbreviation", "Zijn hond heet Max. De Wit lachte.", []string{"Zijn hond heet Max.", "De Wit lachte."}},
	{"name that is an abbreviation before number", "Het kost Max. 30 euro.", []string{"Het kost Max. 30 euro."}},
	{"title before name", "Het was Prof. De Vries. Dr. Bakker ook.", []string{"Het was Prof. De Vries.", "Dr. Bakker ook."}},
	{"glued names", "Hij werkt bij PostNL en gebruikt macOS. Goed.",
		[]string{"Hij werkt bij PostNL en gebruikt macOS.", "Goed."}},
	{"letter glued to number", "Het gaat om 5G. Partijen twijfelen.", []string{"Het gaat om 5G.", "Partijen twijfelen."}},
	{"elision starts sentence", "Er is geen lesplan. 's Avonds is het stil.", []string{"Er is geen lesplan.", "'s Avonds is het stil."}},
	{"full before quote", `De maat is vol. "Er moet iets gebeuren."`, []string{"De maat is vol.", `"Er moet iets gebeuren."`}},
	{"final abbreviation before number", "Appels, peren enz. 300 kilo.", []string{"Appels, peren enz. 300 kilo."}},
	{"exclamation glued to name", "Het festival ZOHO!Stad begint.", []string{"Het festival ZOHO!Stad begint."}},
	{"mid-sentence chain before quote", "Bel ons o.v.v. 'actie' en win.", []string{"Bel ons o.v.v. 'actie' en win."}},
	{"glued age and dateline", "crises\".\n28 minuten geledenTEHERAN (ANP/AFP) - De oorlog.",
		[]string{"crises\".", "28 minuten geleden", "TEHERAN (ANP/AFP) - De oorlog."}},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceTests {
		t.Run(tc.desc, func(t *testing.T) {
			got := sentenceTexts(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
			checkSentences(t, tc.in, Tokenize(tc.in), Sentences(tc.in, Tokenize(tc.in)))
		})
	}
}

func TestSentencesIndexes(t *testing.T) {
	in := " Ja. \n Nee "
	toks := Tokenize(in)
	want := []Sentence{{Text: "Ja.", Start: 1, End: 4, First: 1, Last: 3}, {Text: "Nee", Start: 7, End: 10, First: 4, Last: 5}}
	if diff := cmp.Diff(want, Sentences(in, toks)); diff != "" {
		t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", in, diff)
	}
}

// checkSentences fails t unless sents are in bounds, ordered, do not
// overlap and agree with their tokens.
func checkSentences(t *testing.T, s string, toks []Token, sents []Sentence) {
	t.Helper()
	prevEnd, prevLast := 0, 0
	for i, st := range sents {
		if st.Start < prevEnd || st.Start >= st.End || st.End > len(s) ||
			st.First < prevLast || st.First >= st.Last || st.Last > len(toks) {
			t.Fatalf("sentence %d %+v out of order or bounds (previous end %d, last %d)", i, st, prevEnd, prevLast)
		}
		if toks[st.First].Start != st.Start || toks[st.Last-1].End != st.End {
			t.Fatalf("sentence %d %+v disagrees with its tokens", i, st)
		}
		if st.Text != s[st.Start:st.End] {
			t.Fatalf("sentence %d: Text %q != input[%d:%d]", i, st.Text, st.Start, st.End)
		}
		if toks[st.First].Kind == Space || toks[st.Last-1].Kind == Space {
			t.Fatalf("sentence %d %+v starts or ends with space", i, st)
		}
		prevEnd, prevLast = st.End, st.Last
	}
}

func TestSentencesForeignTokens(t *testing.T) {
	// Tokens that do not come from Tokenize must not crash Sentences.
	toks := []Token{{Kind: Punct}, {Text: ".", Start: 5, End: 6, Kind: Punct}, {Kind: Word}}
	got := Sentences("", toks)
	if len(got) == 0 {
		t.Errorf("Sentences(foreign tokens) = none, want at least one")
	}
}

func TestAppendSentences(t *testing.T) {
	in := "Het regent. Het waait.\nKlaar"
	toks := Tokenize(in)
	prefix := []Sentence{{Text: "x", Start: 0, End: 1}}
	got := AppendSentences(prefix[:1:1], in, toks)
	want := append(prefix[:1:1], Sentences(in, toks)...)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AppendSentences(prefix, %q) mismatch (-want +got):\n%s", in, diff)
	}
	buf := make([]Sentence, 0, 8)
	if n := testing.AllocsPerRun(100, func() { buf = AppendSentences(buf[:0], in, toks) }); n != 0 {
		t.Errorf("AppendSentences with room allocates %v times, want 0", n)
	}
}

// FuzzHasLineBreak checks hasLineBreak against the strings.ContainsAny
// it stands for.
func FuzzHasLineBreak(f *testing.F) {
	for _, s := range []string{"", " ", "  \t ", "\n", " \r\n ", "\t\v", " \f", " \u0085", "\u00a0\u2028", " \u2029 ", "\u00a0 ", " \u200b", "\xff\n", " \xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasLineBreak(s), strings.ContainsAny(s, lineBreaks); got != want {
			t.Errorf("hasLineBreak(%q) = %v, want %v", s, got, want)
		}
	})
}
