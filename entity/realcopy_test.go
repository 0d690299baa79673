package entity_test

import (
	"testing"

	"github.com/draadnlp/draad/entity"
)

// TestRealCopyShapes holds invented cases of the shapes that real news
// broke (../shared/cases/entities-datelines.md and the entity rows J1-J6
// of ../shared/cases/quotes.md): companies and media typed as persons,
// descriptors glued to names, coreference that spreads a wrong type,
// sentence-initial adverbs, events, roles, first names and nicknames
// that refer back to a full name, and decomposed Unicode.
func TestRealCopyShapes(t *testing.T) {
	tests := []struct {
		desc  string
		in    string
		wants []want
		not   []string // texts that must not be entities of the types in notTypes
	}{
		{
			desc: "a descriptor types the company and is kept as its role, in every mention",
			in:   "AMSTERDAM (ANP) - Betaalbedrijf Adyen heeft een recordomzet geboekt. Adyen verwerkte meer betalingen dan ooit. Een woordvoerder van Adyen wilde niet reageren.",
			wants: []want{
				{text: "Adyen", typ: entity.Organisation},
			},
			not: []string{"Betaalbedrijf Adyen"},
		},
		{
			desc: "descriptors of companies and media",
			in:   "Vliegtuigmaker Boeing heeft problemen met de 737. De brand verwoestte een loods van drankmerk Gouden Vat. Dat schrijft de Duitse zakenkrant Handelsblatt.",
			wants: []want{
				{text: "Boeing", typ: entity.Organisation, role: "vliegtuigmaker", kind: "company"},
				{text: "Gouden Vat", typ: entity.Organisation, role: "drankmerk", kind: "company"},
				{text: "Handelsblatt", typ: entity.Organisation, role: "zakenkrant", kind: "media"},
			},
			not: []string{"Vliegtuigmaker Boeing"},
		},
		{
			desc: "a maker of programmes is a person, not a company",
			in:   "Het programma is van televisiemaker Luuk Akkerman.",
			wants: []want{
				{text: "Luuk Akkerman", typ: entity.Person},
			},
		},
		{
			desc: "a person-shaped name after an ambiguous noun stays a person",
			in:   "Zijn uitgever Mizzi van der Pluijm was minder verrast. Partijleider Jolien van Vroonhoven vond het kabinet te traag.",
			wants: []want{
				{text: "Mizzi van der Pluijm", typ: entity.Person, role: "uitgever"},
				{text: "Jolien van Vroonhoven", typ: entity.Person, role: "partijleider"},
			},
		},
		{
			desc: "an age before a name makes it a person",
			in:   "Het blad LINDA schreef erover. Ook de 42-jarige Linda Duits heeft er een. De 22-jarige Amsterdammer werd aangehouden.",
			wants: []want{
				{text: "Linda Duits", typ: entity.Person},
			},
			not: []string{"Amsterdammer"},
		},
		{
			desc: "the organisation lexicon types companies and media the model calls persons",
			in:   "Het bedrijf gebruikt software van Oracle. \"We kijken ernaar\", zegt Facebook tegen de krant. Volgens Huawei is er niets aan de hand.",
			wants: []want{
				{text: "Oracle", typ: entity.Organisation, kind: "company"},
				{text: "Facebook", typ: entity.Organisation, kind: "company"},
				{text: "Huawei", typ: entity.Organisation, kind: "company"},
			},
		},
		{
			desc: "a surname elsewhere does not make an organisation a person",
			in:   "Freddy Heineken kocht de brouwerij. Heineken brouwt bier in Zoeterwoude.",
			wants: []want{
				{text: "Freddy Heineken", typ: entity.Person},
				{text: "Heineken", typ: entity.Organisation, kind: "company"},
			},
		},
		{
			desc: "the last word of an organisation is that organisation",
			in:   "Hij hoopt op Manchester United. Maar United speelt geen Champions League.",
			wants: []want{
				{text: "Manchester United", typ: entity.Organisation, kind: "club"},
				{text: "United", typ: entity.Organisation, canonical: "Manchester United"},
			},
		},
		{
			desc: "a head word makes a person chunk an organisation",
			in:   "Het bedrijf werkt samen met softwarespecialist Veldkamp Group. De Historische Kring Oudorp organiseert een lezing, foetert de Wandelaarsbond.",
			wants: []want{
				{text: "Veldkamp Group", typ: entity.Organisation},
				{text: "Historische Kring Oudorp", typ: entity.Organisation},
				{text: "Wandelaarsbond", typ: entity.Organisation},
			},
		},
		{
			desc: "sentence-initial adverbs are never names",
			in:   "Onlangs zei de minister dat het plan werkt. Tevergeefs riep de burgemeester om kalmte. Desondanks ging de wedstrijd door.",
			not:  []string{"Onlangs", "Tevergeefs", "Desondanks"},
		},
		{
			desc: "events, holidays, indices and abbreviations of things are misc",
			in:   "De Brexit gaat door. Met Kerst en Pasen is het druk. De AEX steeg. Je BSN staat op je paspoort.",
			wants: []want{
				{text: "Brexit", typ: entity.Misc},
				{text: "Kerst", typ: entity.Misc},
				{text: "AEX", typ: entity.Misc},
				{text: "BSN", typ: entity.Misc},
			},
		},
		{
			desc: "a nationality adjective is not part of an organisation's name",
			in:   "Een woordvoerder van het Spaanse ministerie van Defensie reageerde. Ook de Iraanse Revolutionaire Garde zweeg.",
			wants: []want{
				{text: "ministerie van Defensie", typ: entity.Organisation, country: "ES"},
				{text: "Revolutionaire Garde", typ: entity.Organisation, country: "IR"},
			},
		},
		{
			desc: "a portfolio inside a role is part of the role",
			in:   "Volgens de Amerikaanse minister van Buitenlandse Zaken Pompeo is Iran schuldig.",
			wants: []want{
				{text: "Pompeo", typ: entity.Person, role: "minister van Buitenlandse Zaken", country: "US"},
			},
			not: []string{"Buitenlandse Zaken"},
		},
		{
			desc: "new role nouns and feminine forms",
			in:   "Kandidaat Piet Bos sprak met verslaggever Jan Dijk, tennisster Kiki Bertens, voorzitster Anna Smit en fractieleidster Lies Smit.",
			wants: []want{
				{text: "Piet Bos", typ: entity.Person, role: "kandidaat"},
				{text: "Jan Dijk", typ: entity.Person, role: "verslaggever"},
				{text: "Kiki Bertens", typ: entity.Person, role: "tennisster"},
				{text: "Anna Smit", typ: entity.Person, role: "voorzitster"},
				{text: "Lies Smit", typ: entity.Person, role: "fractieleidster"},
			},
		},
		{
			desc: "a role compound splits at the hyphen before the title noun",
			in:   "Forum voor Democratie-leider Thierry Baudet sprak met EU-commissaris Frans Timmermans.",
			wants: []want{
				{text: "Thierry Baudet", typ: entity.Person, role: "leider", org: "Forum voor Democratie"},
				{text: "Frans Timmermans", typ: entity.Person, role: "commissaris", org: "EU"},
			},
		},
		{
			desc: "a role compound the model took into one name with the surname after it",
			in:   "Volgens Groenlinks-voorman Jansma en Forum voor Vrijheid-leider Dekkers was het onzin. Ook VVD-wethouder Ria de Groot, Korfbalclub Oost-trainer Willem Stam en SP-statenlid Poppe reageerden.",
			wants: []want{
				{text: "Jansma", typ: entity.Person, role: "voorman", org: "Groenlinks"},
				{text: "Dekkers", typ: entity.Person, role: "leider"},
				{text: "Ria de Groot", typ: entity.Person, role: "wethouder", org: "VVD"},
				{text: "Willem Stam", typ: entity.Person, role: "trainer"},
				{text: "Poppe", typ: entity.Person, role: "statenlid", org: "SP"},
			},
			not: []string{"Groenlinks-voorman Jansma", "Forum voor Vrijheid-leider Dekkers", "Oost-trainer Willem Stam", "SP-statenlid Poppe"},
		},
		{
			desc: "an event shaped name is never a person, and a headline's last word is no role of the name that opens the text",
			in:   "Piet Bakker doet niet mee met Nacht van Dichter\n\nPiet Bakker doet dit jaar niet mee aan de Nacht van de Dichter. De 42-jarige presentator moet verstek laten gaan.\n\nDe Nacht van de Dichter is dit jaar in juni.",
			wants: []want{
				{text: "Nacht van Dichter", typ: entity.Misc},
				{text: "Nacht van de Dichter", typ: entity.Misc},
				{text: "Piet Bakker", typ: entity.Person},
			},
		},
		{
			desc: "clubs by their marker, but not their fans; compound descriptors of companies",
			in:   "Verhuurmakelaar WoonPlaza moet een boete betalen. Royal Lommel FC en SC Oosterwolde spelen. Leonardo DiCaprio en LeBron James kwamen ook, net als de SC Oosterwolde-fans.",
			wants: []want{
				{text: "WoonPlaza", typ: entity.Organisation, role: "verhuurmakelaar", kind: "company"},
				{text: "Royal Lommel FC", typ: entity.Organisation, kind: "club"},
				{text: "SC Oosterwolde", typ: entity.Organisation, kind: "club"},
				{text: "Leonardo DiCaprio", typ: entity.Person},
				{text: "LeBron James", typ: entity.Person},
			},
			not: []string{"SC Oosterwolde-fans"},
		},
		{
			desc: "a small place in capitals before a dash or an agency is a dateline's place",
			in:   "BRUINISSE - De sluis draait weer.\n\nDRUNEN (ANP) - Een brand.",
			wants: []want{
				{text: "BRUINISSE", typ: entity.Location, canonical: "Bruinisse", country: "NL"},
				{text: "DRUNEN", typ: entity.Location, canonical: "Drunen", country: "NL"},
			},
		},
		{
			desc: "names listed after a plural descriptor are organisations of its kind",
			in:   "De reisorganisaties Zonvakanties, Reisburo Oost en Tropica hadden geen gasten. Woningcorporaties WoonStad, Groene Hoeve en Zayaz zeggen niets. De partijen Bouwbedrijf Kok en Jan Smit tekenden. De toezichthouders Hassan Yilmaz en Piet Bos keken toe. De bedrijven moeten voor Prinsjesdag betalen.",
			wants: []want{
				{text: "Zonvakanties", typ: entity.Organisation, kind: "company"},
				{text: "Reisburo Oost", typ: entity.Organisation, kind: "company"},
				{text: "Tropica", typ: entity.Organisation, kind: "company"},
				{text: "WoonStad", typ: entity.Organisation},
				{text: "Groene Hoeve", typ: entity.Organisation, kind: "public"},
				{text: "Zayaz", typ: entity.Organisation, kind: "public"},
				{text: "Hassan Yilmaz", typ: entity.Person},
				{text: "Piet Bos", typ: entity.Person},
				{text: "Prinsjesdag", typ: entity.Misc},
			},
		},
		{
			desc: "a common noun that opens a sentence is no name, nor part of the name after it",
			in:   "Jongen vindt een vos in het bos.\n\nInwoners Drenthe scheiden het meeste afval.\n\nVan Praag zei niets.\n\nPolitie Utrecht zoekt getuigen.",
			wants: []want{
				{text: "Drenthe", typ: entity.Location},
				{text: "Van Praag", typ: entity.Person},
			},
			not: []string{"Jongen", "Inwoners Drenthe"},
		},
		{
			desc: "a street or square named after a person is a location",
			in:   "Fans wachtten op de Frederik Hendriklaan. Het ongeluk gebeurde op de Hendrik Marsmanstraat. Later sprak Jan Verlaan op het Anne Frankplein.",
			wants: []want{
				{text: "Frederik Hendriklaan", typ: entity.Location},
				{text: "Hendrik Marsmanstraat", typ: entity.Location},
				{text: "Jan Verlaan", typ: entity.Person},
			},
		},
		{
			desc: "streets written as one word and numbered roads are locations",
			in:   "De bus rijdt over de Molenweg en de Beukenlaan naar de A58 en de N201. Jan Verlaan en Piet Verdijk reden mee.",
			wants: []want{
				{text: "Molenweg", typ: entity.Location},
				{text: "Beukenlaan", typ: entity.Location},
				{text: "A58", typ: entity.Location},
				{text: "N201", typ: entity.Location},
				{text: "Jan Verlaan", typ: entity.Person},
				{text: "Piet Verdijk", typ: entity.Person},
			},
		},
		{
			desc: "a surname with its particles in a headline is the person the text names in full",
			in:   "Vissers boos op CDA: ‘De Groot liegt’\n\nURK - Vissers zijn boos op Kamerlid Piet de Groot van het CDA.",
			wants: []want{
				{text: "De Groot", typ: entity.Person, canonical: "Piet de Groot"},
			},
		},
		{
			desc: "institutions by the noun that ends or opens their name, and small businesses by their descriptor",
			in:   "Het Jeroen Bosch Ziekenhuis en Bureau Pescheck werken samen. Volgens Stichting De Vink is dat goed.\n\nAspergekwekerij De Wit neemt migranten aan.",
			wants: []want{
				{text: "Jeroen Bosch Ziekenhuis", typ: entity.Organisation},
				{text: "Bureau Pescheck", typ: entity.Organisation},
				{text: "Stichting De Vink", typ: entity.Organisation},
				{text: "De Wit", typ: entity.Organisation, role: "aspergekwekerij", kind: "company"},
			},
		},
		{
			desc: "a legal form inside a name makes it a company",
			in:   "Het Duitse Jan Kramer GmbH kreeg een boete.",
			wants: []want{
				{text: "Jan Kramer GmbH", typ: entity.Organisation, kind: "company"},
			},
		},
		{
			desc: "role is the title noun, role_full the words as written",
			in:   "Zittend president Yoweri Museveni won. De overleden poplegende Michael Jackson werd herdacht. Oud-premier Jan Peter Balkenende sprak.",
			wants: []want{
				{text: "Yoweri Museveni", typ: entity.Person, role: "president", roleFull: "Zittend president"},
				{text: "Michael Jackson", typ: entity.Person, role: "poplegende", roleFull: "overleden poplegende"},
				{text: "Jan Peter Balkenende", typ: entity.Person, role: "premier", roleFull: "Oud-premier"},
			},
		},
		{
			desc: "a capitalised organisation before a role hyphen is its organisation",
			in:   "Ajax-aanvoerder Matthijs de Ligt en Vanderbank-topman Joost Drost spraken.",
			wants: []want{
				{text: "Matthijs de Ligt", typ: entity.Person, role: "aanvoerder", org: "Ajax"},
				{text: "Joost Drost", typ: entity.Person, role: "topman", org: "Vanderbank"},
			},
		},
		{
			desc: "J1: a name before a period and a capital ends the sentence",
			in:   "\"Hij is altijd vrolijk\", vertelt oud-trainer Karel de Wit. Zijn nieuwe hond heet Max. De Wit: \"Hij is mijn beste maatje.\"",
			wants: []want{
				{text: "Karel de Wit", typ: entity.Person, role: "trainer", roleFull: "oud-trainer"},
				{text: "De Wit", typ: entity.Person, canonical: "Karel de Wit"},
			},
			not: []string{"Max. De Wit"},
		},
		{
			desc: "J2b: a company role compound before a name with a place-like surname",
			in:   "'We moeten sneller verduurzamen', zegt Philips-topman Ben van Oss tegen de krant.",
			wants: []want{
				{text: "Ben van Oss", typ: entity.Person, role: "topman", org: "Philips"},
				{text: "Philips", typ: entity.Organisation},
			},
			not: []string{"Oss", "Philips-topman"},
		},
		{
			desc: "J3: a capitalised role at the start of a sentence is not part of the name",
			in:   "Econoom Jansen vindt dat er meer moet gebeuren. \"We lopen al jaren achter.\"",
			wants: []want{
				{text: "Jansen", typ: entity.Person, role: "econoom"},
			},
			not: []string{"Econoom Jansen"},
		},
		{
			desc: "J4: a first name refers back to the full name",
			in:   "Henk de Vries reageerde op het besluit van de bond. \"Het is jammer\", aldus Henk.",
			wants: []want{
				{text: "Henk", typ: entity.Person, canonical: "Henk de Vries"},
			},
		},
		{
			desc: "a first name shared by two full names stays ambiguous",
			in:   "Henk de Vries en Henk Bos reageerden. \"Het is jammer\", aldus Henk.",
			wants: []want{
				{text: "Henk", typ: entity.Person, canonical: "Henk"},
			},
		},
		{
			desc: "J5: a capitalised De surname at the start of a sentence",
			in:   "Matthijs de Vries schoot in de slotminuut raak.\n\nDe Vries had liever eerder gescoord.",
			wants: []want{
				{text: "De Vries", typ: entity.Person, canonical: "Matthijs de Vries"},
			},
		},
		{
			desc: "J6: a nickname is the only person named in full",
			in:   "Darter Kees Mulder verloor donderdag in de eerste ronde.\n\n\"De competitie is minder sterk dan vroeger\", aldus The Hammer na afloop.",
			wants: []want{
				{text: "Kees Mulder", typ: entity.Person, role: "darter"},
				{text: "The Hammer", typ: entity.Person, canonical: "Kees Mulder"},
			},
		},
		{
			desc: "decomposed Unicode matches as composed, with offsets into the input",
			in:   "Elina Svitolina uit Oekrai\u0308ne won van een speelster uit Roemenie\u0308.",
			wants: []want{
				{text: "Oekrai\u0308ne", typ: entity.Country, country: "UA", canonical: "Oekraïne"},
				{text: "Roemenie\u0308", typ: entity.Country, country: "RO"},
			},
		},
	}
	m := defaultModel(t)
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a := m.Analyze(tc.in)
			checkSpans(t, tc.in, a)
			checkWants(t, a.Entities, tc.wants)
			for _, n := range tc.not {
				for _, e := range find(a.Entities, n) {
					if e.Type != entity.Misc {
						t.Errorf("Analyze(%q): %q is an entity of type %v", tc.in, n, e.Type)
					}
				}
			}
		})
	}
}

// TestRoleStaysInItsSentence checks that a role noun ending a headline or
// a sentence gives no role to the name that opens the next one.
func TestRoleStaysInItsSentence(t *testing.T) {
	m := defaultModel(t)
	for _, in := range []string{
		"Het kabinet en de minister\n\nPiet Bakker zegt dat het goed gaat.",
		"Piet Bakker doet niet mee met Nacht van Dichter\n\nPiet Bakker doet dit jaar niet mee.",
	} {
		for _, e := range find(m.Analyze(in).Entities, "Piet Bakker") {
			if e.Role != "" {
				t.Errorf("Analyze(%q): %q at %d has role %q, want none", in, e.Text, e.Start, e.Role)
			}
		}
	}
}

// TestUninflectedAdjectiveLinks checks that the uninflected form of a
// country adjective is a link to its country, as the inflected one is.
func TestUninflectedAdjectiveLinks(t *testing.T) {
	in := "Een Indiaas bedrijf kocht een Europees en een Chinees merk."
	a := defaultModel(t).Analyze(in)
	want := map[string]string{"Indiaas": "IN", "Chinees": "CN"}
	for _, l := range a.Links {
		if c, ok := want[l.Text]; ok && l.Country == c {
			delete(want, l.Text)
		}
	}
	for w, c := range want {
		t.Errorf("Analyze(%q): no link of %q to %s; links %v", in, w, c, a.Links)
	}
	for _, e := range a.Entities {
		if e.Text == "Indiaas" || e.Text == "Chinees" {
			t.Errorf("Analyze(%q): %q is an entity of type %v, want a link only", in, e.Text, e.Type)
		}
	}
}
