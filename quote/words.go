// Closed word classes the rules read.

package quote

import (
	"strings"

	"github.com/draadnlp/draad/token"
)

var pronouns = map[string]struct{ plural, ambiguous bool }{
	"hij": {}, "hem": {}, "zij": {ambiguous: true}, "ze": {ambiguous: true},
	"haar": {}, "hen": {plural: true}, "hun": {plural: true},
}

var determiners = map[string]bool{"de": true, "het": true, "een": true, "die": true, "deze": true, "diens": true, "zijn": true, "haar": true, "hun": true}

var nameParticles = map[string]bool{"van": true, "de": true, "der": true, "den": true, "ter": true, "ten": true, "von": true, "al": true, "bin": true, "la": true, "le": true, "du": true, "da": true, "dos": true}

// notNames are capitalised words that do not start a name.
var notNames = map[string]bool{
	"de": true, "het": true, "een": true, "in": true, "op": true, "dat": true, "dit": true, "die": true,
	"maar": true, "en": true, "ook": true, "volgens": true, "aldus": true, "zo": true, "er": true, "daar": true,
	"hier": true, "wij": true, "we": true, "ik": true, "je": true, "u": true, "zij": true, "hij": true, "ze": true,
	"live": true, "update": true, "video": true, "analyse": true, "column": true, "opinie": true, "liveblog": true,
	"interview": true, "recensie": true, "podcast": true, "poll": true, "uitslag": true, "breaking": true,
	"nieuw": true, "let": true, "eindelijk": true, "waarom": true, "hoe": true, "wat": true, "wie": true,
	"nu": true, "toch": true, "na": true, "voor": true, "bij": true, "met": true, "over": true, "tegen": true,
	"iedereen": true, "niemand": true, "men": true, "alles": true, "niets": true, "zoals": true, "als": true,
	"voorts": true, "verder": true, "daarna": true, "toen": true, "later": true, "eerder": true, "intussen": true,
	"ondertussen": true, "inmiddels": true, "bovendien": true, "daarom": true, "dus": true, "echter": true,
	"zelfs": true, "vooral": true, "alleen": true, "tenslotte": true, "uiteindelijk": true, "anderzijds": true,
	"enerzijds": true, "niettemin": true, "nochtans": true, "evenwel": true, "wel": true, "dan": true,
	"gisteren": true, "vandaag": true, "morgen": true, "deze": true, "hun": true, "zijn": true, "haar": true,
	"onze": true, "mijn": true, "wanneer": true, "waar": true, "nadat": true, "omdat": true, "terwijl": true,
	"indien": true, "hoewel": true, "want": true, "of": true, "niet": true, "geen": true, "alle": true,
	"veel": true, "enkele": true, "sommige": true, "elke": true, "ieder": true, "iemand": true, "eigen": true,
	"concreet": true, "officieel": true, "daarbij": true, "hierbij": true,
	"twee": true, "drie": true, "vier": true, "vijf": true, "zes": true, "zeven": true, "acht": true,
	"negen": true, "tien": true, "elf": true, "twaalf": true, "twintig": true, "honderd": true, "duizend": true,
}

// otherPronouns are subject pronouns and dummies that are no speakers.
var otherPronouns = map[string]bool{"ik": true, "we": true, "wij": true, "je": true, "jij": true, "u": true, "men": true, "er": true, "het": true, "dit": true, "dat": true, "iemand": true, "niemand": true, "iedereen": true}

// prepositions open a prepositional phrase, which is never a speaker.
// "van", "ten" and "ter" are left out: they start surnames ("Van Dissel",
// "Ten Hag").
var prepositions = map[string]bool{
	"in": true, "tegen": true, "aan": true, "op": true, "bij": true, "met": true, "voor": true, "na": true,
	"tijdens": true, "over": true, "naar": true, "tegenover": true, "vanuit": true, "uit": true, "namens": true,
	"onder": true, "door": true, "om": true, "rond": true, "sinds": true, "tot": true, "zonder": true,
	"binnen": true, "buiten": true, "achter": true, "naast": true, "via": true, "vanaf": true, "wegens": true,
	"ondanks": true, "dankzij": true, "jegens": true, "tussen": true, "omtrent": true, "nabij": true,
	"volgens": true, "aldus": true, "bovenop": true, "langs": true, "voorafgaand": true, "halverwege": true,
}

// adverbs never act as a role in an apposition.
var adverbs = map[string]bool{"gisteren": true, "vandaag": true, "morgen": true, "eerder": true, "later": true, "ook": true, "nog": true, "al": true, "toen": true, "nu": true, "dan": true, "daarna": true, "vervolgens": true, "woensdag": true, "maandag": true, "dinsdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true, "tegen": true, "in": true, "op": true, "bij": true, "met": true, "van": true, "voor": true, "na": true, "over": true, "aan": true, "zelf": true}

func (t tok) upper() bool { return isUpperWord(t.s) }

// isModifier reports whether w may stand between a determiner and a role:
// an adjective ("Amerikaanse", "scheidende") or a capitalised modifier.
func isModifier(w tok) bool {
	if isUpperWord(w.s) || strings.HasSuffix(w.s, ".") && token.IsTitle(w.s) {
		return true // "Oud-premier", "dr."
	}
	return strings.HasSuffix(w.lower, "e") && len(w.lower) > 3 && !determiners[w.lower]
}

// labelSuffixes end common nouns and adjectives that label a line
// ("Waarschuwing:", "Conclusie:", "Triomfantelijk:") rather than name a
// speaker.
var labelSuffixes = []string{"isme", "heid", "schap", "teit", "ing", "tie", "sie", "lijk", "isch", "baar", "zaam", "loos"}

// titleNouns precede a quoted title ("de film 'De Aanslag'").
var titleNouns = map[string]bool{
	"film": true, "boek": true, "roman": true, "serie": true, "programma": true, "album": true, "lied": true,
	"nummer": true, "single": true, "krant": true, "rapport": true, "campagne": true, "operatie": true,
	"wet": true, "documentaire": true, "voorstelling": true, "tentoonstelling": true, "artikel": true,
	"column": true, "show": true, "podcast": true, "titel": true, "getiteld": true, "genaamd": true,
	"motto": true, "thema": true, "plan": true, "project": true, "actie": true, "musical": true, "opera": true,
	"toneelstuk": true, "bundel": true, "dichtbundel": true, "gedicht": true, "festival": true, "app": true,
	"boeken": true, "films": true, "programma's": true, "spel": true, "game": true, "schip": true, "nota": true,
	"wetsvoorstel": true, "initiatiefwet": true, "slogan": true, "hashtag": true, "woord": true, "term": true,
	"begrip": true, "uitdrukking": true,
}

// connectives may precede the subject at the start of a sentence.
var connectives = map[string]bool{"maar": true, "en": true, "ook": true, "want": true, "toch": true, "bovendien": true, "verder": true, "daarnaast": true, "intussen": true, "inmiddels": true, "dus": true, "wel": true}

func skipConnectives(ts []tok) int {
	i := 0
	for i < len(ts) && ts[i].word && connectives[ts[i].lower] {
		i++
	}
	for i < len(ts) && !ts[i].word && ts[i].s == "," {
		i++
	}
	return i
}

var auxiliaries = map[string]bool{"heeft": true, "hebben": true, "had": true, "hadden": true, "is": true, "zijn": true, "was": true, "waren": true, "wil": true, "wilde": true, "zal": true, "zou": true, "kan": true, "kon": true, "moet": true, "moest": true, "laat": true, "liet": true}

func (f *finder) isAux(w string) bool { return auxiliaries[w] }

// coordinators join two main clauses after a comma.
var coordinators = map[string]bool{"maar": true, "terwijl": true, "en": true, "want": true, "waarna": true, "zodat": true}

// gapWords may stand between a speech verb and "dat".
var gapWords = map[string]bool{
	"ook": true, "nog": true, "wel": true, "al": true, "nu": true, "eerder": true, "gisteren": true, "vandaag": true,
	"daarbij": true, "echter": true, "bovendien": true, "niet": true, "zelf": true, "er": true, "steeds": true,
	"hem": true, "haar": true, "hen": true, "hun": true, "ons": true, "mij": true, "me": true, "u": true, "jou": true,
	"tegen": true, "aan": true, "maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true,
	"vrijdag": true, "zaterdag": true, "zondag": true, "opnieuw": true, "nogmaals": true, "expliciet": true,
}

// timeWords are time adverbials that may stand between a verb and "dat".
var timeWords = map[string]bool{
	"gisteravond": true, "gistermiddag": true, "gisterochtend": true, "gistermorgen": true, "eergisteren": true,
	"vanochtend": true, "vanmorgen": true, "vanmiddag": true, "vanavond": true, "vannacht": true,
	"vorige": true, "afgelopen": true, "week": true, "weekend": true, "maand": true, "jaar": true,
	"eerder": true, "later": true, "zojuist": true, "onlangs": true, "recent": true, "tijdens": true,
	"meermaals": true, "herhaaldelijk": true, "uitdrukkelijk": true, "stellig": true, "openlijk": true,
}

// copulas never stand in an adverbial gap.
var copulas = map[string]bool{"wordt": true, "werd": true, "worden": true, "werden": true, "blijft": true, "bleef": true, "lijkt": true, "leek": true, "ben": true, "bent": true}

// weekdayWord reports whether w is a weekday, possibly with a part of the
// day ("dinsdagavond", "maandagochtend").
func weekdayWord(w string) bool {
	for _, d := range []string{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"} {
		if strings.HasPrefix(w, d) {
			return true
		}
	}
	return false
}

var subordinators = map[string]bool{"nadat": true, "omdat": true, "toen": true, "terwijl": true, "doordat": true, "hoewel": true, "nu": true, "sinds": true, "zodat": true, "waarna": true, "want": true, "en": true, "maar": true}

// definite reports whether t is a definite determiner ("de", "het",
// "deze", "die"), which makes the phrase it opens point back at someone
// the story named.
func (f *finder) definite(t tok) bool {
	switch t.lower {
	case "de", "het", "deze", "die":
		return true
	}
	return false
}

// spokesNouns name a spokesperson, whose words are the organisation's.
var spokesNouns = map[string]bool{
	"woordvoerder": true, "woordvoerster": true, "zegsman": true, "zegsvrouw": true,
	"voorlichter": true, "persvoorlichter": true, "perswoordvoerder": true, "woordvoerders": true,
}

// orgNouns are common nouns that refer back to an organisation the story
// named ("het bedrijf" after "Philips").
var orgNouns = map[string]bool{
	"bedrijf": true, "organisatie": true, "concern": true, "fabrikant": true, "club": true,
	"vereniging": true, "toezichthouder": true, "stichting": true, "onderneming": true,
	"instantie": true, "instelling": true, "ploeg": true, "formatie": true, "band": true,
	"winkelketen": true, "keten": true, "maatschappij": true, "vervoerder": true,
	"verzekeraar": true, "zorgverzekeraar": true, "uitgeverij": true, "groep": true,
	"gemeentebestuur": true, "bestuur": true, "dienst": true, "supermarktketen": true,
	"luchtvaartmaatschappij": true, "bank": true, "omroep": true, "fractie": true,
	"directie": true, "leiding": true, "clubleiding": true,
}

// closedClass reports whether w is a function word (determiner,
// preposition, pronoun, conjunction, adverb or auxiliary), which is never
// the finite verb of an attribution.
func closedClass(w string) bool {
	if _, ok := pronouns[w]; ok {
		return true
	}
	return determiners[w] || prepositions[w] || notNames[w] || adverbs[w] || connectives[w] ||
		coordinators[w] || subordinators[w] || otherPronouns[w] || auxiliaries[w] || copulas[w] ||
		gapWords[w] || timeWords[w] || nameParticles[w] || w == "zo" || w == "aldus" || w == "te"
}

// statementNouns name a statement whose words are those of whoever made
// it: "aldus een verklaring van het waterschap" is the waterschap's.
var statementNouns = map[string]bool{
	"verklaring": true, "persbericht": true, "mededeling": true, "statement": true, "brief": true,
	"reactie": true, "bericht": true, "rapport": true, "toelichting": true,
}

// orgNoun reports whether w is one of orgNouns or a compound ending in
// one ("milieuvereniging", "vakbond").
func orgNoun(w string) bool {
	if orgNouns[w] {
		return true
	}
	for i := 3; i < len(w); i++ {
		if orgNouns[w[i:]] {
			return true
		}
	}
	return false
}

// groupNoun reports whether the word w is a plural noun for a group of
// people that speaks as one: a plural source of data/roles.txt
// ("critici", "omwonenden") or the plural of a role or person noun
// ("buurtbewoners", "de ouders", "vrijwilligers", "studenten",
// "specialisten", "agenten"), or of an organisation noun
// ("organisaties", "vakbonden", "clubs"). The plural of a person noun in -er, -eur,
// -ier, -aar or -ster takes -s ("makers", not "makeren", which is a
// verb); one in -ent, -ant, -ist, -or or -eur takes -en ("studenten",
// "organisatoren"). A capitalised word counts
// only where a sentence or a headline begins ("Buurtbewoners zijn
// boos"); elsewhere it is a name ("Peters").
func (f *finder) groupNoun(w tok) bool {
	if !w.word || closedClass(w.lower) || groupNotNouns[w.lower] {
		return false
	}
	if w.upper() && !f.sentenceInitial(w.start) && !f.headline {
		return false
	}
	if f.lx.sources[w.lower] {
		return strings.HasSuffix(w.lower, "en") || strings.HasSuffix(w.lower, "s") || strings.HasSuffix(w.lower, "ici")
	}
	if s, ok := strings.CutSuffix(w.lower, "s"); ok && len(s) >= 4 && !strings.HasSuffix(s, "'") {
		if f.lx.roles[s] || f.lx.roleHead(s) != s || orgNouns[s] || f.lx.sources[s] && !f.lx.sources[w.lower] {
			return true
		}
		for _, suf := range []string{"er", "eur", "ier", "aar", "ster"} {
			if strings.HasSuffix(s, suf) && len(s) > len(suf)+2 && personNoun(s) {
				return true
			}
		}
	}
	if s, ok := strings.CutSuffix(w.lower, "en"); ok && len(s) >= 4 {
		if f.lx.roles[s] || f.lx.roleHead(s) != s || orgNouns[s] || f.lx.sources[s] && !f.lx.sources[w.lower] {
			return true
		}
		for _, suf := range []string{"ent", "ant", "ist", "or", "eur"} {
			if strings.HasSuffix(s, suf) && len(s) > len(suf)+2 && personNoun(s) {
				return true
			}
		}
	}
	return false
}

// groupNotNouns end like the plural of a person noun but name no group
// of people.
var groupNotNouns = map[string]bool{
	"anders": true, "iets": true, "niets": true, "zomers": true, "winters": true, "soms": true,
	"telkens": true, "computers": true, "processors": true, "scooters": true, "containers": true,
}

// agrees reports whether the speaker phrase ph may be the subject of the
// speech verb vm: a group ("buurtbewoners") takes a plural verb, so
// "Kijkers noemt hij …" has "hij" as its subject, not "Kijkers".
func (f *finder) agrees(ph phrase, vm verbMatch) bool {
	if !ph.group || !vm.ok || vm.form.lemma == "" || vm.form.participle || vm.form.plural {
		return true
	}
	for _, vf := range f.lx.forms[vm.form.finite] {
		if vf.plural {
			return true
		}
	}
	return false
}
