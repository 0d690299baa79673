// Package entity finds the named entities of Dutch news text: persons,
// countries, organisations, locations and other names, with byte offsets,
// canonical names, ISO 3166-1 country codes and the roles of persons.
//
//	for _, e := range entity.Extract("De Iraanse president Masoud Pezeshkian ...") {
//		fmt.Println(e.Text, e.Type, e.Role, e.Country)
//	}
//	// Masoud Pezeshkian person president IR
//
// # Pipeline
//
// [Model.Analyze] runs these steps over one text:
//
//  1. Normalise the text to NFC for matching (a name written with
//     combining marks, "Oekrai\u0308ne", is the composed "Oekraïne"; Start
//     and End still point into the caller's bytes). Tokenize
//     (package token) and split sentences at ".", "!", "?" and line
//     breaks; a capitalised word that the tokenizer took for an
//     abbreviation ends the sentence when a capitalised word follows
//     ("Zijn hond heet Max. De Wit zei", but "Prof. De Vries").
//  2. Tag each sentence with the sequence model (IOB2 PER, ORG, LOC,
//     MISC; package internal/ner, an averaged perceptron trained on
//     CoNLL-2002 Dutch, whose model card is internal/ner/MODEL_CARD.md).
//     Sentences without a capitalised word (other than a function word
//     at the start) are not tagged; long sentences are tagged in pieces of
//     200 words and documents in batches of 4000 words, which keeps the
//     cost linear. The chunks are cleaned: punctuation and words that
//     never start a name ("Volgens", "Maar", web labels such as "LIVE |"
//     and "UPDATE:"; data/stopwords.txt), articles at the start of a
//     sentence ("De [Iraanse Revolutionaire Garde]") and, for persons,
//     roles and country adjectives are trimmed ("President Trump" →
//     "Trump"); chunks without a capital and lone adjectives are
//     dropped, and so is a one-word chunk at the start of a sentence that
//     news writes in lower case inside sentences ("Onlangs",
//     "Tevergeefs"; data/lowercase.txt, counted in nieuws-2019 with draad
//     mine words); a chunk that ends in a street's name is a place
//     ("Michiel de Ruyterstraat", "Kamerlingh Onnesweg"); a word that
//     never starts a name after an initial
//     opens the next sentence ("volgde O. Sinds maart"). A word after a
//     dash, colon or bar starts like a sentence, and so, for these rules,
//     does a word after a quote mark that opens a sentence ("‘Kliniek moet
//     open blijven’"); a quoted title inside a sentence keeps its first
//     word.
//     A chunk that names an event, a holiday, a stock index or the
//     abbreviation of a thing ("Brexit", "Kerst", "AEX", "BSN";
//     data/misc.txt) is [Misc], and so is a name shaped as an event's
//     ("Nacht van de Vluchteling", "Ronde van Vlaanderen", "Slag om
//     Arnhem": an event noun, van or om, a name), a name that ends in an
//     event compound ("Provinciale Statenverkiezingen", "Jazzfestival":
//     verkiezing(en), festival, toernooi, kampioenschap(pen)) or in "Cup",
//     "Open", "Finals", "Spelen" or "Games" ("Afrika Cup", "KLM Open",
//     "Europese Spelen"), and a
//     compound whose head is a lower-case common noun ("Houthi-rebellen",
//     "IS-strijders"). "Eerste Kamerlid" and "Tweede Kamerleden" name
//     members, not an entity, and are dropped. Surnames
//     the model split are joined ("Rutger ter Borg", "Ursula von der
//     Leyen"); a weak particle ("van", "van de") joins only a lone first
//     name, so "burgemeester Foubert van Sint-Niklaas" stays apart.
//  3. Match the lexicon, longest match first, word by word: the user
//     [Dict], then the built-in names of countries, capitals, places
//     (regions, Dutch municipalities named after no single place such as
//     Altena and Stichtse Vecht, Dutch and Belgian places of 20,000
//     inhabitants or more, world cities of half a million),
//     organisations and news agencies. Names are matched
//     case-sensitively; so "VS", "EU" and "VN" match only as acronyms.
//     Dutch ministries written as their portfolio ("Justitie en
//     Veiligheid", "Volksgezondheid, Welzijn en Sport") are one
//     organisation, and so is a body named after one ("Inspectie
//     Justitie en Veiligheid").
//  4. Resolve overlaps: user entries always win; a model chunk that
//     strictly contains exactly one lexicon name keeps it ("Universiteit
//     van Amsterdam"); otherwise the lexicon wins over the model.
//  5. Decide capitals, fill roles, type organisations, link coreferent
//     names (below).
//
// The cost is linear in the input: one map look-up per word for the
// lexicon, a few more at the words around each person.
//
// # Countries, adjectives and capitals
//
// All 250 countries are known by their Dutch CLDR names (generated from
// golang.org/x/text/language/display into countries_tables.go; see
// [CLDRVersion]) and by the aliases news uses (data/aliases.txt: VS,
// Amerika, Groot-Brittannië, Engeland, Wit-Rusland, Noord-Macedonië,
// Congo, ...). A country entity has Type [Country], Country set to the
// ISO 3166-1 alpha-2 code and Canonical set to the CLDR name ("VS" →
// "Verenigde Staten"), except for a few names CLDR 32 has out of date
// (data/names.txt: "Noord-Macedonië", "Eswatini", "Myanmar"). Kosovo has
// the code XK, which is user-assigned, not ISO 3166-1; it is kept because
// CLDR, the EU and most news data use it and Kosovo has no other code.
//
// A country adjective ("Iraanse", "Chinees") or demonym ("Rus",
// "Iraniërs") is not an entity: it names a property, not a thing, and
// CoNLL counts it as MISC, which would flood the list. Instead it yields a
// [CountryLink] in [Analysis].Links, gives its country to the person or
// organisation it qualifies ("de Iraanse minister ... Abbas Araghchi" →
// Country "IR"; "het Palestijnse ministerie van Gezondheid" → the
// organisation "ministerie van Gezondheid" with Country "PS"). It is not
// part of the organisation's name: "de Iraanse Revolutionaire Garde" →
// "Revolutionaire Garde", Country "IR". Domestic adjectives that Dutch
// names carry ("Nederlandse Spoorwegen", "Koninklijke", "Europese") and
// an adjective the lexicon lists with the name stay in it.
//
// A capital (data/capitals.txt) always carries its country's code. It
// stands for its state as an actor, and is then a [Country] whose
// Canonical is the country's name ("Iran"), when it starts a sentence,
// follows a conjunction ("dat Beijing daar gehoor aan heeft gegeven",
// "wanneer Teheran er zeker van kan zijn") or stands next to a finite
// verb ("is Teheran bereid", "Moskou ontkent"). Otherwise it is a place,
// a [Location] ("in Beijing", "bezoek aan Moskou", "bezocht Kiev"), and
// so is a capital written in capitals (a dateline: "TEHERAN (ANP)"). A
// capital after "en", "of" or a comma follows the name before it
// ("Washington en Londen praten").
// A copula and a noun phrase after the capital describe a place, not an
// actor: "Moskou is een grote stad", "Den Haag is de regeringsstad".
// Brussel as an actor ("Brussel dreigt met een boete") is not Belgium:
// it is usually the European Union, in Belgian news often the Brussels
// region. Making it the EU cost 1.6 LOC F1 on CoNLL-2002, so it stays a
// [Location] with code BE and Canonical "Brussel" wherever it stands
// (data/placeonly.txt lists such capitals).
//
// # Persons and roles
//
// A person's Role, Org and Country come from the words before the name:
//
//	[de] [modifier] [Adjective] [modifier] ROLE [van [de] ORG|COUNTRY] [,] Name
//
// "de Amerikaanse president Donald Trump" gives role "president" and
// country "US"; "NAVO-chef Jens Stoltenberg" gives role "chef" and org
// "NAVO", and "NAVO" inside the word also becomes an organisation entity.
// Names inside a role are part of it: "Buitenlandse Zaken" in "minister
// van Buitenlandse Zaken" is the portfolio, no organisation ("het
// ministerie van Buitenlandse Zaken" is one). Role is the title noun;
// when modifiers were left out, RoleFull keeps the words as written
// ("Zittend president" → role "president"; "oud-premier" → role
// "premier"). The roles of data/roles.txt were grown from nieuws-2019
// (draad mine roles: nouns right before a first name and a surname,
// reviewed by hand) and include feminine forms ("voorzitster",
// "fractieleidster").
// An apposition after the name works too: "Mark Rutte, secretaris-generaal
// van de NAVO, zei" and "Volodymyr Zelensky, de Oekraïense president".
// Roles are listed in data/roles.txt. A country given only in another
// sentence (Yoweri Museveni, president of Uganda, in a story datelined
// Kampala) is not inferred: that guess is wrong too often.
//
// A title before the role is skipped for the country ("de Iraanse opperste
// leider ayatollah Ali Khamenei": role ayatollah, country IR). After the
// name, a party in parentheses gives the Org ("Ruben Brekelmans (VVD)"),
// and so does "van [de] ORG" after the name of a person with a role
// ("Secretaris-generaal António Guterres van de VN"; a country there
// gives the Country).
//
// A demonym right before the name gives the nationality: "de Rus Ivan
// Petrov" → Country "RU". A demonym or an age before a model chunk makes
// it a person, as a role does ("de Litouwer Raimondas Rumsas", "de
// 42-jarige Linda Duits"; after an age a single word must be a first
// name: "de 22-jarige Amsterdammer" is no name). A word that is both a demonym and an
// uninflected adjective ("Chinees") is a demonym unless a lower-case word
// that may be its noun follows: "een Chinees." and "de Chinees die" are
// demonyms, "een Chinees bedrijf" is an adjective.
//
// A hyphenated role takes its organisation or country from the part
// before the last hyphen and may itself be a compound: "N-VA-kopstuk"
// (role kopstuk, org N-VA), "EU-buitenlandchef" (role buitenlandchef, org
// EU), "EU-commissaris" (role commissaris, org EU). A known organisation
// may start in the words before: "Forum voor Democratie-leider Thierry
// Baudet" (role leider, org "Forum voor Democratie"). An unknown
// capitalised first part is the organisation too: "Ajax-aanvoerder",
// "ABN-topman". A name the model read as one with the role before it
// ("[ChristenUnie-leider Segers]", "[Forum voor Democratie-leider
// Baudet]") is cut after the role: the person is the name after it.
//
// # Organisations
//
// Companies and media, rare in the year-2000 newspaper the model learned
// from, are typed by what the text and two lexicons say:
//
//   - A descriptor noun before a name (data/descriptors.txt: "het bedrijf
//     Tesla", "drankmerk Jim Beam", "de zakenkrant Handelsblatt", "de club
//     Ajax") makes it an organisation of that kind; the descriptor is kept
//     as its Role. A model chunk that starts with a compound descriptor of
//     a company, a medium or a club ("Betaalbedrijf Adyen", "Vliegtuigmaker
//     Boeing") is split there; bare words that start names ("Universiteit
//     Utrecht", "Omroep Brabant") are not. A listed role is no descriptor
//     ("televisiemaker Luuk Akkerman" is a person).
//   - A legal form after a name ("B.V.", "GmbH") makes it a company.
//   - A person chunk with a head word after its first word ("PTV Group",
//     "Historische Kring Voorhout"; data/orgheads.txt) is an organisation,
//     unless it starts with a first name ("James Bond"); so is a
//     capitalised compound that ends in an organisation noun
//     ("Fietsersbond", "Ziekenhuisgroep", "Spoorwegpolitie").
//   - A name that ends in the head of an institution is one, even after a
//     first name: "Jeroen Bosch Ziekenhuis", "Stedelijk Lyceum", and
//     schools named after a person ("Anne de Boerschool").
//   - Every other mention of a name the text typed this way is that
//     organisation ("Adyen" after "Betaalbedrijf Adyen").
//   - The organisation lexicon mined from nieuws-2019
//     (internal/ner/orglex.txt, 891 names reviewed by hand, with their
//     kind) is a typed fallback, never an override: a chunk that is exactly
//     a listed name gets its Kind, one the model typed person or misc
//     becomes an organisation unless the text gives it a role or it starts
//     with a first name, and a listed name the model missed is found.
//     A listed club is the club also where the model saw a place, in a
//     story that names two other clubs, unless a preposition of place
//     precedes it ("in Liverpool"), and where it saw a person in a name
//     with a regnal number ("Willem II"), unless a royal title precedes
//     it. A listed company or medium that no place lexicon lists is the
//     company also where the model saw a place ("op Twitter", "via
//     Marktplaats").
//     Places stay places ("in Anderlecht"), but a name the model calls an
//     organisation keeps that type over the place lexicon ("Anderlecht
//     won"). The lexicon is also a feature of the sequence model.
//   - A one-word mention the model alone called a person that is the last
//     word of an organisation named in full is that organisation:
//     "United" after "Manchester United", Canonical the full name.
//
// Kind is "company", "media", "club", "party", "public" or
// "association" when the descriptor or the lexicon says it.
//
// # Compounds
//
// Dutch writes "NAVO-chef", "EU-landen", "VS-ambassade" as one word. An
// acronym of a known organisation or country at the start of such a word
// becomes an entity of its own that covers only the acronym ("EU" in
// "EU-landen", Start and End inside the word), also where the model
// tagged the whole word as MISC.
//
// # Coreference
//
// Within one text, a mention whose words equal the surname of a person
// named in full ("Stoltenberg" for "Jens Stoltenberg", "Von der Leyen"
// for "Ursula von der Leyen") is that person: Type [Person] and Canonical
// the full name, also when the model missed it or gave it another type,
// and also when it comes first, as in a headline. A surname starts at the
// first tussenvoegsel ("van den Hoogenband", "'t Hooft") or is the last
// word. A tussenvoegsel chain the model left out joins the mention, in
// either case ("De Vries zei", "dat van der Plas"). When several full
// names share a surname, the one named in full most often wins; on a tie
// the mention is ambiguous and keeps its own text as Canonical ("Donald
// Trump en Melania Trump ... Trump zwaaide" → Canonical "Trump"): a
// guess would be wrong half the time.
//
// Coreference respects types: a mention that the lexicons or the text
// typed organisation never becomes a person because a person shares its
// name ("Heineken brouwt bier" beside "Freddy Heineken"), and neither
// does a mention the model typed organisation, unless the surname's
// particles show it ("De [Vries]" after "Matthijs de Vries", a form no
// company takes) or the model itself calls the word alone a person more
// often than an organisation in the text (a mention with a role counts
// twice: "John Isner ... Isner sloeg ... Isner was blij ... [Isner]
// speelt"). A full name the model typed organisation becomes a person
// by its surname only when it starts with a first name.
//
// A name of two or three words that starts with a known first name
// (internal/ner's firstnames.txt, written by hand, and firstnames-news.txt,
// 600 first names of today's news mined from nieuws-2019 with draad mine
// firstnames) is a person where the model alone saw an organisation, a
// place or a thing ("Katie Holmes", "Snoop Dogg"), unless the lexicons
// list it ("Albert Heijn", "Roland Garros"), a word of it heads an
// organisation's name, or it names a street, building, prize or event
// after a person ("Jan Steenlaan", "Johan Cruijff ArenA", "Paul Acket
// Award", "James Bond-film").
//
// Persons news names by one word (data/mononyms.txt, mined from
// nieuws-2019 with draad mine mononyms: words written alone after a role,
// "aanvaller Neymar", "zangeres Adele") are persons where the model saw a
// place, an organisation or a thing, or nothing, and so is a known first
// name alone where the model saw one of those ("Gordon en [Linda]"),
// unless a lexicon knows the word ("Sofia" is a capital, "een Oscar" the
// prize), the text typed an organisation there ("volleybalvereniging
// Wilhelmina") or the model a place after a preposition of place ("in
// Erica", a village).
//
// A one-word person mention that no surname linked is linked by first
// name when exactly one full name of the text starts with it: "Henk de
// Vries reageerde ... aldus Henk" gives Henk the Canonical "Henk de
// Vries". A nickname with the English article ("aldus The Hammer") is the
// only person the text named in full before it.
//
// A genitive is the person too, and the mention is the whole word:
// "Hoekstra's plan", "Ruttes kabinet", "Trumps heffingen" (Canonical the
// full name). CoNLL-2002 tags such words MISC, so this costs a few
// false persons on that benchmark; users want the link. Family names that
// come first (data/surnamefirst.txt: Chinese, Korean, Vietnamese) are the
// surname of a full name: "Xi" after "Xi Jinping", "Kim" after "Kim
// Jong-un".
//
// The model often splits a name at a capitalised word: "Het Van [Gogh
// Museum]" becomes "Van Gogh Museum" (a capitalised tussenvoegsel, not an
// article, inside a sentence joins the name after it), and "[Universiteit]
// van [Amsterdam]" one organisation (an organisation chunk, "van" and a
// place chunk).
//
// One-word persons the model misses at the start of a sentence are found
// by three rules (see data/verbs.txt): a name that is a person with a role
// or a linked full name elsewhere in the text is a person everywhere
// ("premier Rutte" ... "Rutte reist naar Kyiv"); an unknown capitalised
// word that starts a sentence before a verb of speech or action is a
// person ("Zelensky bedankte hem"), unless a pronoun or capitalised word
// after the verb shows inverted order ("Gisteren zei hij"); and such a
// word joined by "en" to a person is one too ("Erdogan en Poetin"). The
// verb list was checked on ned.testa with the train-only model: verbs
// that take things as subjects ("dreigt": "Procedure dreigt uit te
// lopen") are listed only with the word that follows ("dreigt met").
// "De Jong scoorde" stays unfound without another mention: a capitalised
// "De" at the start of a sentence is an article far more often.
//
// The speaker of a quote is a person: a model chunk of one to three
// capitalised words that neither the lexicon nor the user dict knows,
// right after a closing quote mark, a comma and a verb of speech
// (data/speechverbs.txt), or after "aldus": "'Wij gaan door', zei
// Starmer", "'Nee', aldus Rutte". Known sources keep their type ("meldt
// Reuters", and names of the organisation lexicon: "zegt Facebook tegen
// de krant"), as does "zegt de NAVO". On ned.testa with the train-only
// model the rule changes nothing (the model already gets those speakers
// right there); it fixes the single-quote case, which the model often
// types as an organisation.
//
// # Canonical names
//
// Canonical is never empty. Persons: the full name. Countries: the CLDR
// name. Capitals as actors: the country's name. Known places and
// organisations: their headword in the lexicon, which is the name Dutch
// news uses most ("NAVO" for "NATO", "Reuters" for "RTR"). Other
// entities: their text.
//
// # User names
//
// Newsrooms know names no model has seen. A [Dict] holds them, parsed from
// a tab-separated list with [ParseDict] or built with [Dict.Add], and
// [Model.With] returns a model that knows them. User names win over the
// sequence model and the built-in lexicon, and nothing is retrained.
//
// # Concurrency and limits
//
// A [Model] is immutable and safe for concurrent use. The default model
// is decoded once, on first use. Input that is not valid UTF-8, empty or
// binary gives a sane result. Input longer than 16 MiB is analysed in
// pieces of at most that size, cut at a blank line (else a line break,
// else white space); nothing is left out, but a name is not linked to a
// mention of it in another piece.
package entity
