package parse_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/draadnlp/draad/parse"
)

func TestParseDateline(t *testing.T) {
	anp := func(start int) parse.Agency {
		return parse.Agency{Code: "ANP", Name: "Algemeen Nederlands Persbureau", Text: "ANP", Start: start, End: start + 3}
	}
	tests := []struct {
		desc string
		in   string
		want parse.Dateline
	}{{
		desc: "one agency",
		in:   "BRUSSEL (ANP) - Rusland",
		want: parse.Dateline{Place: "Brussel", PlaceText: "BRUSSEL", Agencies: []parse.Agency{anp(9)}, Text: "BRUSSEL (ANP) -", Start: 0, End: 15},
	}, {
		desc: "two agencies with a slash",
		in:   "OSLO (ANP/AFP) - Canada",
		want: parse.Dateline{Place: "Oslo", PlaceText: "OSLO", Agencies: []parse.Agency{anp(6), {Code: "AFP", Name: "Agence France-Presse", Text: "AFP", Start: 10, End: 13}}, Text: "OSLO (ANP/AFP) -", End: 16},
	}, {
		desc: "hyphen-joined codes in mixed case",
		in:   "GENÈVE (afp-Reuter) – x",
		want: parse.Dateline{Place: "Genève", PlaceText: "GENÈVE", Agencies: []parse.Agency{{Code: "AFP", Name: "Agence France-Presse", Text: "afp", Start: 9, End: 12}, {Code: "Reuters", Name: "Reuters", Text: "Reuter", Start: 13, End: 19}}, Text: "GENÈVE (afp-Reuter) –", End: 24},
	}, {
		desc: "leading blanks and a two-word place",
		in:   "  DEN HAAG (ANP) - Het",
		want: parse.Dateline{Place: "Den Haag", PlaceText: "DEN HAAG", Agencies: []parse.Agency{anp(12)}, Text: "DEN HAAG (ANP) -", Start: 2, End: 18},
	}, {
		desc: "place only",
		in:   "DEN HAAG - Het",
		want: parse.Dateline{Place: "Den Haag", PlaceText: "DEN HAAG", Text: "DEN HAAG -", End: 10},
	}, {
		desc: "mixed-case known place",
		in:   "Nijmegen – De",
		want: parse.Dateline{Place: "Nijmegen", PlaceText: "Nijmegen", Text: "Nijmegen –", End: 12},
	}, {
		desc: "'s-Hertogenbosch",
		in:   "'S-HERTOGENBOSCH (ANP) - De",
		want: parse.Dateline{Place: "'s-Hertogenbosch", PlaceText: "'S-HERTOGENBOSCH", Agencies: []parse.Agency{anp(18)}, Text: "'S-HERTOGENBOSCH (ANP) -", End: 24},
	}, {
		desc: "unknown place with particles is spelled by rule",
		in:   "SANTA CRUZ DE LA SIERRA (EFE) - x",
		want: parse.Dateline{Place: "Santa Cruz de la Sierra", PlaceText: "SANTA CRUZ DE LA SIERRA", Agencies: []parse.Agency{{Code: "EFE", Name: "Agencia EFE", Text: "EFE", Start: 25, End: 28}}, Text: "SANTA CRUZ DE LA SIERRA (EFE) -", End: 31},
	}, {
		desc: "Belga date and equals sign",
		in:   "GENT 15/06 (belga) = Het",
		want: parse.Dateline{Place: "Gent", PlaceText: "GENT", Date: &parse.DatelineDate{Text: "15/06", Day: 15, Month: 6, Start: 5, End: 10}, Agencies: []parse.Agency{{Code: "Belga", Name: "Agence Belga", Text: "belga", Start: 12, End: 17}}, Text: "GENT 15/06 (belga) =", End: 20},
	}, {
		desc: "dateline alone",
		in:   "BRUSSEL (ANP) -",
		want: parse.Dateline{Place: "Brussel", PlaceText: "BRUSSEL", Agencies: []parse.Agency{anp(9)}, Text: "BRUSSEL (ANP) -", End: 15},
	}, {
		desc: "no-break spaces",
		in:   "BRUSSEL\u00a0(ANP)\u00a0- De",
		want: parse.Dateline{Place: "Brussel", PlaceText: "BRUSSEL", Agencies: []parse.Agency{anp(10)}, Text: "BRUSSEL\u00a0(ANP)\u00a0-", End: 17},
	}, {
		desc: "place and agency alone, without a dash",
		in:   "LONDEN (ANP)",
		want: parse.Dateline{Place: "Londen", PlaceText: "LONDEN", Agencies: []parse.Agency{anp(8)}, Text: "LONDEN (ANP)", End: 12},
	}, {
		desc: "place and agency alone, then the line break",
		in:   "LONDEN (ANP) \nDe premier",
		want: parse.Dateline{Place: "Londen", PlaceText: "LONDEN", Agencies: []parse.Agency{anp(8)}, Text: "LONDEN (ANP)", End: 12},
	}, {
		desc: "foreign place only, not in the old hand list",
		in:   "BIARRITZ - De Franse regisseur won zaterdag",
		want: parse.Dateline{Place: "Biarritz", PlaceText: "BIARRITZ", Text: "BIARRITZ -", End: 10},
	}, {
		desc: "Dutch village only, caps",
		in:   "OPHEUSDEN - De wandelaars liepen",
		want: parse.Dateline{Place: "Opheusden", PlaceText: "OPHEUSDEN", Text: "OPHEUSDEN -", End: 11},
	}, {
		desc: "village in title case with an en dash",
		in:   "Hoogmade – Een fietser is woensdag",
		want: parse.Dateline{Place: "Hoogmade", PlaceText: "Hoogmade", Text: "Hoogmade –", End: 12},
	}, {
		desc: "a municipality",
		in:   "TEYLINGEN - De raad stemde",
		want: parse.Dateline{Place: "Teylingen", PlaceText: "TEYLINGEN", Text: "TEYLINGEN -", End: 11},
	}, {
		desc: "Dutch name of a world city",
		in:   "KAAPSTAD - Een brand",
		want: parse.Dateline{Place: "Kaapstad", PlaceText: "KAAPSTAD", Text: "KAAPSTAD -", End: 10},
	}, {
		desc: "an unknown hamlet joined to a known place",
		in:   "ZANDHOEKJE/OOSTERHOUT - De route",
		want: parse.Dateline{Place: "Zandhoekje/Oosterhout", PlaceText: "ZANDHOEKJE/OOSTERHOUT", Text: "ZANDHOEKJE/OOSTERHOUT -", End: 23},
	}, {
		desc: "a place that is also a word, named again in the paragraph",
		in:   "MADE - De bomen aan de markt in Made blijven staan.",
		want: parse.Dateline{Place: "Made", PlaceText: "MADE", Text: "MADE -", End: 6},
	}, {
		desc: "a place the gazetteer lacks, in caps, named again in the paragraph",
		in:   "ZANDHOEKJE - Bij een brand in een schuur in Zandhoekje raakte niemand gewond.",
		want: parse.Dateline{Place: "Zandhoekje", PlaceText: "ZANDHOEKJE", Text: "ZANDHOEKJE -", End: 12},
	}, {
		desc: "an unknown place of two words with a particle, named again",
		in:   "LAGE ZANDHOEK AAN DE MAAS - De kermis van Lage Zandhoek aan de Maas gaat door.",
		want: parse.Dateline{Place: "Lage Zandhoek aan de Maas", PlaceText: "LAGE ZANDHOEK AAN DE MAAS", Text: "LAGE ZANDHOEK AAN DE MAAS -", End: 27},
	}, {
		desc: "the same place after the dash is no route",
		in:   "Voorhout – Voorhout krijgt een nieuw plein.",
		want: parse.Dateline{Place: "Voorhout", PlaceText: "Voorhout", Text: "Voorhout –", End: 12},
	}, {
		desc: "a place in caps, then a sentence that opens with a region",
		in:   "MIDDELBURG - Zeeland krimpt niet.",
		want: parse.Dateline{Place: "Middelburg", PlaceText: "MIDDELBURG", Text: "MIDDELBURG -", End: 12},
	}}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := parse.ParseDateline(tc.in)
			if err != nil {
				t.Fatalf("ParseDateline(%q): %v", tc.in, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseDateline(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
			if tc.in[got.Start:got.End] != got.Text {
				t.Errorf("ParseDateline(%q): Text %q is not input[%d:%d]", tc.in, got.Text, got.Start, got.End)
			}
		})
	}
}

func TestParseDatelineRejects(t *testing.T) {
	tests := []struct {
		desc string
		in   string
	}{
		{"kicker", "UPDATE - Het aantal doden"},
		{"kicker with en dash", "LIVE – Volg hier"},
		{"two-word kicker", "SPOILER ALERT - In de finale"},
		{"common noun as kicker", "UITSTEL - De stemming"},
		{"country code, not an agency", "DARWIN (AUS) - Een cycloon"},
		{"abbreviation, not an agency", "EUROPESE CENTRALE BANK (ECB) - De rente"},
		{"a name before (AP)", "Autoriteit Persoonsgegevens (AP) - de toezichthouder"},
		{"running text", "Volgens de Autoriteit Persoonsgegevens (AP) - die"},
		{"unknown place without agency", "NERGENSHUIZEN - Bij een aanval"},
		{"plural noun as kicker", "STEMMEN - De uitslag"},
		{"unknown place with an agency and no dash", "ZIEKENHUIS OOST (AP)"},
		{"a name with an agency code and no dash", "Autoriteit Persoonsgegevens (AP)"},
		{"a place that is also a word, alone", "BEST - Een nieuw restaurant opent"},
		{"a place that is also a word, in title case", "Monster – Het is een raar dier."},
		{"a club, not the foreign town of its name", "Ajax - FC Utrecht was afgelopen"},
		{"a route between two places", "Utrecht - Amsterdam is druk"},
		{"a match with its score", "Valencia - Arsenal 1-3"},
		{"a match with a spaced score", "Rotterdam – Sparta 2 - 0 (1-0)"},
		{"a match with its score on the next line", "Valencia - Arsenal 1-3\nArsenal won."},
		{"two unknown places joined", "ZANDHOEKJE/BOSKANTJE - De route"},
		{"an unknown place not named again", "ZANDHOEKJE - Bij een brand raakte niemand gewond."},
		{"an unknown place named again only at the start of a sentence", "ZANDHOEKJE - Er brandde een schuur. Zandhoekje schrok."},
		{"an unknown name named again in capitals", "KPNX - Het bedrijf zei dat KPNX groeit."},
		{"a kicker named again in lower case", "STORING - Door een storing in het net viel de stroom uit."},
		{"an unknown name in title case, named again", "Zandhoekje - Een brand in Zandhoekje."},
		{"hyphenated word", "NOORD-KOREA-deskundigen waarschuwen"},
		{"range", "BRUSSEL -2 graden"},
		{"no dash", "BRUSSEL (ANP) De"},
		{"lower-case word", "brussel (ANP) - De"},
		{"empty", ""},
		{"only a dash", "- tekst"},
		{"unclosed parenthesis", "BRUSSEL (ANP - tekst"},
		{"too many words", "DE VERENIGDE NATIES IN NEW YORK (ANP) - x"},
		{"quote first", "\"BRUSSEL (ANP) - x\""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := parse.ParseDateline(tc.in)
			if !errors.Is(err, parse.ErrNoDateline) {
				t.Errorf("ParseDateline(%q) = %+v, %v; want ErrNoDateline", tc.in, got, err)
			}
		})
	}
}

func TestParseDatelineInvalidUTF8(t *testing.T) {
	_, err := parse.ParseDateline("BRUSSEL \xff(ANP) -")
	var ee *parse.EncodingError
	if !errors.As(err, &ee) || ee.Offset != 8 || !errors.Is(err, parse.ErrInvalidUTF8) {
		t.Errorf("ParseDateline(invalid UTF-8) error = %v, want *EncodingError at offset 8", err)
	}
}
