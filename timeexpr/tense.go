package timeexpr

// The tense of the clause around an expression, which [Auto] reads to
// resolve "maandag" or "15 december" to the past or the future.

import (
	"strings"
	"sync"
)

// tense is what a clause says about when its expressions lie.
type tense uint8

const (
	tenseNone    tense = iota // no verb or marker found
	tensePast                 // "werd", "heeft ... gewonnen", "zei", "afgelopen"
	tensePresent              // "speelt", "is", "kan", "wordt ... gehouden"
	tenseFuture               // "zal", "gaat", "komende", "wordt verwacht"
)

// Word classes of the tense lexicon.
const (
	wPast     uint8 = iota + 1 // a past-tense finite verb or a marker of the past
	wPresent                   // a present-tense finite verb or modal
	wFuture                    // an auxiliary or marker of the future
	wReport                    // a present verb of saying: "meldt", "zegt"; news reports the day's past
	wAuxPerf                   // "heeft", "is": perfect with a participle, else present
	wAuxPast                   // "had", "was": past either way
	wPassive                   // "wordt", "worden": present passive or copula
	wStop                      // a word that starts another clause: "die", "omdat", "maar"
	wStopPast                  // "toen": starts a clause in the past
)

// tenseWords is the tense lexicon: the finite verbs, auxiliaries and markers
// most frequent in Dutch news (counted after subject pronouns in a year of
// wire copy, then sorted by hand). Regular past tenses not listed are found
// by their ending after a subject pronoun.
var tenseWords = sync.OnceValue(func() map[string]uint8 {
	m := make(map[string]uint8, 1400)
	add := func(c uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = c
		}
	}
	add(wPast, `werd werden zou zouden kon konden moest moesten wilde wilden wou mocht mochten hoefde hoefden
		ging gingen kwam kwamen bleef bleven bleek bleken stond stonden lag lagen zat zaten liep liepen zei zeiden zegde
		vond vonden kreeg kregen nam gaf gaven sprak spraken schreef schreven reed viel vielen hield hielden liet lieten
		trok trokken vroeg vroegen zag zagen wist wisten dacht dachten bracht brachten kocht kochten zocht zochten verloor
		won wonnen begon brak braken droeg droegen stierf stierven overleed sloot schoot schoten sloeg sloegen vloog
		vlogen vocht vochten koos kozen las lazen dronk zong zongen zwom trof troffen wees bood boden riep riepen sliep
		hing hingen ving vingen verscheen verdween ontstond ontstonden ontving ontvingen bevond bevonden besloot vertrok
		vertrokken verliet verlieten genoot versloeg versloegen deed deden keek keken leek leken steeg stegen dook doken
		sprong sprongen onderging verbood greep grepen stak staken zond wierp begreep begrepen vergat vergaten hief
		schonk schonken verving vervingen ontsnapte loog vergeleek onderscheidde bezweek schrok verdronk verdronken
		ontbrak ontbraken bestond bestonden stal stalen verkoos onderschreef ontsloeg ontsloegen besprak bespraken
		onderbrak verbrak verbraken herkende kende kenden verried verstond verzon omschreef beschreef beschreven
		dwong dwongen klom klommen hielp hielpen wierf dreef dreven bewees vernam ontnam verzweeg schiep verliepen sneed
		sneden kroop kropen floot woog verbond schoof schoven
		geleden afgelopen vorige vorig destijds vroeger gisteren gister eergisteren gisteravond gistermiddag
		gisterochtend gistermorgen gisternacht gisterenavond gisterenmiddag gisterenochtend
		reeds onlangs recentelijk zojuist kortgeleden laatstleden jongstleden`)
	// regular past tenses frequent in news; their plurals in -n are added below
	for _, w := range strings.Fields(`maakte speelde raakte noemde vertelde leverde werkte duurde voelde gebeurde lukte
		probeerde leidde hoorde eindigde zette zorgde stelde betekende beloofde pakte haalde miste kostte kondigde
		betaalde scoorde stuurde legde gebruikte benadrukte woonde stapte verklaarde plaatste voegde verdiende scheelde
		reageerde hoopte ontdekte volgde bereikte startte meldde overleefde regende belde deelde finishte dreigde
		weigerde leerde draaide stopte eiste gooide behaalde boekte veranderde waarschuwde klopte voorspelde belandde
		benutte noteerde toonde groeide keerde zegevierde richtte reisde presenteerde debuteerde vluchtte slaagde
		vertoonde tekende beweerde ontmoette botste leefde vreesde ontwikkelde claimde merkte handelde trouwde verlengde
		trainde rende verraste fietste studeerde voerde herstelde arriveerde crashte erkende bedankte daalde zakte
		opende sloopte bouwde kampte lanceerde opende ontkende verwachtte organiseerde opereerde verhuisde wachtte
		vierde herdacht herdachten bezocht bezochten verkocht verkochten bedacht bedachten maakte opperde
		stemde bespeelde veroverde verbeterde verslechterde verdubbelde verhoogde verlaagde bevestigde
		verzamelde beschuldigde veroordeelde arresteerde vervolgde onderzocht onderzochten ondervroeg
		drong drongen verwondde doodde schoot rukte belegde bezette lekte landde vertraagde annuleerde
		tweette twitterde postte deelde reageerde antwoordde`) {
		m[w] = wPast
		if strings.HasSuffix(w, "e") {
			m[w+"n"] = wPast
		}
	}
	add(wPresent, `heb hebt ben bent kan kun kunt kunnen moet moeten wil wilt willen mag mogen hoeft hoeven
		komt komen kom staat staan sta ligt liggen zit zitten blijft blijven krijgt krijgen speelt spelen maakt
		neemt nemen geeft geven vindt vinden ziet zien weet weten doet doen laat laten lijkt lijken blijkt blijken
		volgt begint beginnen opent openen sluit sluiten start starten presenteert presenteren verschijnt
		verschijnen treedt treden rijdt rijden loopt lopen valt vallen houdt houden brengt brengen trekt trekken
		zoekt zoeken betaalt betalen kost kosten duurt duren werkt werken woont wonen leidt leiden levert leveren
		toont tonen geldt gelden vertrekt vertrekken keert keren landt ontvangt ontvangen bezoekt bezoeken reist
		reizen vliegt vliegen verhuist ondergaat ontbreekt ontbreken mist missen wint winnen verliest verliezen
		hoopt hopen denkt denken plant organiseert organiseren viert vieren herdenkt herdenken stemt stemmen
		beslist beslissen praat praten spreekt spreken vergadert vergaderen debatteert behandelt behandelen
		onderzoekt dient dienen noemt noemen stelt stellen wijst wijzen eist eisen vraagt vragen pleit pleiten
		meent menen vreest vrezen erkent ontkent zet zetten legt leggen biedt bieden draait draaien rekent
		rekenen test testen verhoogt verhogen verlaagt verlagen stijgt stijgen daalt dalen groeit groeien zakt
		zakken heet heten telt tellen bestaat bestaan hangt hangen helpt helpen kiest kiezen klinkt klinken
		lukt past passen raakt rijst schiet speelt stopt stoppen strijdt treft tekent voert voeren vormt vormen
		zorgt zorgen zingt zingen danst dansen draagt dragen eindigt eindigen vecht vechten wacht wachten
		neemt voldoet ziet verwelkomt ontmoet bespreekt bespreken verdedigt verdedigen opent onthult onthullen
		lanceert lanceren introduceert brengt slaapt overlegt overleggen sluit lijdt laat
		geef krijg neem zie doe wacht kijk hou houd sta zit lig blijf speel maak loop werk`)
	// finite verbs found after "hij", "we" and "wij" in the 2019 news corpus
	// (at least three or four times), cleared of nouns and adverbs by hand
	for c, words := range map[uint8]string{wPresent: presentFromCorpus, wPast: pastFromCorpus} {
		for _, w := range strings.Fields(words) {
			if _, ok := m[w]; !ok {
				m[w] = c
			}
		}
	}
	add(wFuture, `zal zullen zult gaat gaan ga verwacht verwachten gepland komende komend volgende volgend aanstaande
		eerstvolgende eerstkomende straks binnenkort spoedig weldra eerdaags morgen overmorgen`)
	add(wReport, `meldt melden zegt zeggen schrijft schrijven vertelt vertellen bericht berichten
		reageert reageren benadrukt verklaart verklaren waarschuwt waarschuwen kondigt bevestigt bevestigen`)
	add(wAuxPerf, `heeft hebben heb hebt is zijn ben bent`)
	add(wAuxPast, `had hadden was waren`)
	add(wPassive, `wordt worden word`)
	add(wStop, `die dat waar waarin waarbij waarna waarop omdat nadat terwijl als wanneer voordat zodat zodra
		maar en of want hoewel doordat tenzij indien mits totdat welke wie wat`)
	add(wStopPast, `toen`)
	return m
})

const presentFromCorpus = `heeft wordt moet gaat vindt zegt doet staat krijgt komt denkt weet ziet noemt maakt hoopt wijst laat vervolgt blijft volgt speelt verwacht neemt geeft stelt werkt vertelt spreekt houdt woont verdient voelt schrijft lijkt rijdt legt vraagt kent benadrukt kijkt begint vreest pleit sluit ontkent ligt wint roept doelt heet reageert hoort acht draagt geldt probeert voegt mist loopt vermoedt erkent treedt gelooft brengt kampt praat kiest hoeft toont stopt waarschuwt scoort geniet leeft vertrekt weigert verwijst deelt start tekent beweert blijkt eist gebruikt begrijpt lijdt verwijt bedankt durft adviseert beschikt pakt wacht verblijft belooft slaat zoekt rekent herstelt leidt valt verhuist onderzoekt zingt bezoekt trekt opstapt meent riskeert beschuldigt stapt helpt poseert richt treft vergelijkt snapt reist keert vastzit vertegenwoordigt rapt behoort klaagt profiteert meedoet ontvangt merkt lacht raadt blikt bevestigt slaapt refereert steunt organiseert overstapt vervangt verliest voert beschrijft verkeert fungeert klopt verdenkt ontmoet plaatst meldt steekt kondigt presenteert bekijkt fietst vertrouwt dreigt terugkeert bereidt strijdt beseft vrijkomt weegt studeert openstaat strijkt danst vangt twijfelt leert levert bijt hekelt concludeert doorgaat presteert luistert betaalt raakt verzorgt hoort`

const pastFromCorpus = `moest liet wist mocht dacht besloot bracht schoot kocht verliet bezocht bedacht sloot verkocht vocht zocht genoot verweet afsloot vergat vastzat
wilde maakte speelde noemde raakte vertelde werkte probeerde eindigde stelde scoorde haalde zette pakte miste stuurde legde beloofde voelde benadrukte kondigde gebruikte hoorde stapte leidde verklaarde plaatste hoopte ontdekte startte zorgde woonde voegde dreigde meldde reageerde vierde belde finishte volgde bedreigde leerde gooide waarschuwde noteerde eiste debuteerde slaagde overleefde bereikte opgroeide zegevierde weigerde boekte deelde draaide tekende reisde verdiende presenteerde leverde vluchtte stopte benutte claimde toonde kende keerde trainde ontmoette klopte rende richtte ontsnapte botste veroverde wachtte leefde bouwde handelde behaalde vreesde belandde uitgroeide doelde hoefde regeerde crashte voetbalde nodigde oogde kopte klokte beschuldigde ontwikkelde vormde arriveerde passeerde behoorde veroorzaakte suggereerde luisterde verhuisde schopte sleepte twitterde herhaalde verraste beschikte erkende kampte fietste verwachtte mishandelde bevestigde merkte klaagde ontkende diende trouwde stuitte herstelde verbeterde groeide dribbelde verzette soleerde veranderde besefte zakte pleegde produceerde bedankte wenste uitte revalideerde vermoedde steunde verstopte meemaakte geloofde voorspelde verspeelde fotografeerde onderstreepte begeleidde mopperde interviewde voerde oogstte betuigde lichtte vertolkte aankondigde baseerde scheurde vervulde tikte verstuurde wurgde terugkeerde beroofde onthulde strandde beweerde filmde vervoerde bezorgde durfde rekende strompelde opende beleefde doodde bekleedde regelde praatte knokte zwaaide pleitte verzorgde
hadden wilden moesten konden wisten dachten zouden speelden besloten maakten hielden stonden vonden hoorden raakten zochten lieten voelden zeiden hoopten haalden legden mochten kenden probeerden misten stelden merkten werkten kochten belden scoorden voerden verdienden startten betaalden herdachten zorgden bezochten werden`

// participle reports whether w looks like a past participle: "gewonnen",
// "aangehouden", "opgepakt", "verloren", "overleden", "bereikt".
func participle(w string) bool {
	if len(w) < 5 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	end := w[len(w)-1]
	en := strings.HasSuffix(w, "en")
	if end != 'd' && end != 't' && !en && !strings.HasSuffix(w, "aan") {
		return false
	}
	switch w {
	case "gebied", "geld", "gezicht", "gevecht", "gewicht", "gedicht", "gerecht", "gemeenten", "gevolgen",
		"gebouwen", "gedachten", "gelden", "geleden", "geven", "gewoon", "genoeg", "gehad", "gezet",
		"geweten", "gebeuren", "geloven", "getuigen", "gegevens", "geboorte", "gelijk", "gelukt", "gevraagd":
		return w == "gehad" || w == "gezet" || w == "gelukt" || w == "gevraagd" || w == "geweten"
	}
	for _, p := range [...]string{"", "aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over",
		"toe", "uit", "voor", "weg", "terug", "vast", "neer", "samen", "binnen", "buiten", "tegen", "achter",
		"thuis", "vrij", "stil", "plaats", "teleur", "voort", "kwijt", "los", "mis", "rond", "schoon", "open", "dicht",
		"klaar", "hard", "bekend", "vrij", "goed", "fout", "recht", "bloot", "kapot", "tegemoet", "bijeen"} {
		if len(w) >= len(p)+5 && strings.HasPrefix(w, p) && strings.HasPrefix(w[len(p):], "ge") {
			return true
		}
	}
	for _, p := range [...]string{"be", "ver", "ont", "her", "over", "onder"} {
		if strings.HasPrefix(w, p) && len(w) >= len(p)+4 && !en {
			return true
		}
	}
	switch w {
	case "overleden", "verloren", "begonnen", "ontvangen", "vertrokken", "verschenen", "verdwenen", "ontstaan",
		"bevonden", "besloten", "verboden", "ontslagen", "verkozen", "bezweken", "ontsnapt", "verongelukt",
		// verbs on mis- and er- take no ge-: "is mishandeld", "heeft erkend"
		"mishandeld", "misbruikt", "misleid", "erkend":
		return true
	}
	return false
}

// Bits of the tense cache of a token ([tok.tc]).
const (
	tcDone   = 0x40 // the class has been computed
	tcModal  = 0x10 // an infinitive that ends a perfect: "heeft laten weten"
	tcExpect = 0x20 // "verwacht", "gepland": the clause looks ahead
	tcClass  = 0x0f
)

// wordClass returns the class of the word at k in the tense lexicon (0 for
// none) with its tcModal and tcExpect flags, cached in the token.
func (ps *parser) wordClass(k int) uint8 {
	if tc := ps.t[k].tc; tc&tcDone != 0 {
		return tc &^ tcDone
	}
	return ps.wordClassSlow(k)
}

func (ps *parser) wordClassSlow(k int) uint8 {
	t := &ps.t[k]
	var c uint8
	if t.k == kWord {
		w := ps.w(k)
		c = ps.tw[w]
		if c == 0 && len(w) >= 5 {
			// a separable verb written as one word in a subordinate
			// clause: "de troon opgaf", "het pand binnenliep"
			for _, p := range sepParticles {
				if len(w) >= len(p)+3 && strings.HasPrefix(w, p) && ps.tw[w[len(p):]] == wPast {
					c = wPast
					break
				}
			}
		}
		switch w {
		case "laten", "kunnen", "willen", "moeten", "mogen", "zien", "horen", "blijven", "durven", "hoeven":
			c |= tcModal
		case "verwacht", "gepland", "voorzien":
			c |= tcExpect
		case "verwachting":
			if k > 0 && ps.w(k-1) == "naar" {
				c |= tcExpect // "is naar verwachting in mei klaar"
			}
		}
	}
	t.tc = c | tcDone
	return c
}

// sepParticles are the particles of separable verbs that a subordinate
// clause writes before the finite verb: "opgaf", "terugkwam".
var sepParticles = [...]string{"op", "af", "aan", "uit", "in", "mee", "door", "terug", "over", "toe", "weg", "bij",
	"na", "vast", "neer", "samen", "los", "binnen", "vrij", "voort", "tegen"}

// Bits of the participle and separable-verb cache of a token ([tok.pc]).
const (
	pcPartDone = 0x01
	pcPart     = 0x02
	pcSepDone  = 0x04
	pcSepShift = 4
)

// cueClass is [parser.wordClass] with a separable verb read by its form
// ("opengaat" as "gaat"), which is costlier and so looked up only here.
func (ps *parser) cueClass(k int) uint8 {
	c := ps.wordClass(k)
	if c&tcClass != 0 || ps.t[k].k != kWord {
		return c
	}
	t := &ps.t[k]
	if t.pc&pcSepDone == 0 {
		t.pc |= pcSepDone | separable(ps.w(k))<<pcSepShift
	}
	return c | t.pc>>pcSepShift
}

// isParticiple reports whether the word at k looks like a past participle,
// caching the answer in the token.
func (ps *parser) isParticiple(k int) bool {
	t := &ps.t[k]
	if t.pc&pcPartDone == 0 {
		t.pc |= pcPartDone
		if c := ps.wordClass(k) & tcClass; t.k == kWord && (c == 0 || c == wFuture) && participle(ps.w(k)) {
			t.pc |= pcPart
		}
	}
	return t.pc&pcPart != 0
}

// clauseTense reads the tense of the clause around tokens [a, b): its
// finite auxiliary or, failing that, the verb nearest to the expression; a
// perfect ("heeft … gewonnen", "is … aangehouden") counts as past. The
// clause ends at punctuation, a line break, a conjunction or a relative
// pronoun. "en" and "of" join clauses or only nouns ("hoofdrolspeler en
// producent"): the clause up to them is read first, then past them.
func (ps *parser) clauseTense(a, b int) tense {
	const reach = 12
	if ps.postponedTo(a) {
		return tenseFuture
	}
	lo, loN := a, -1
	for k := a - 1; k >= 0 && a-k <= reach; k-- {
		if ps.clauseEdge(k+1, true) {
			break
		}
		lo = k
		if c := ps.wordClass(k) & tcClass; c == wStop || c == wStopPast {
			if w := ps.w(k); w != "en" && w != "of" {
				break
			}
			if loN < 0 {
				loN = k
			}
		}
	}
	if loN < 0 {
		loN = lo
	}
	hi, hiN := b, -1
	for k := b; k < len(ps.t) && k-b < reach; k++ {
		if ps.clauseEdge(k, false) {
			break
		}
		if c := ps.wordClass(k) & tcClass; c == wStop || c == wStopPast {
			if w := ps.w(k); w != "en" && w != "of" {
				break
			}
			if hiN < 0 {
				hiN = k + 1
			}
		}
		hi = k + 1
	}
	if hiN < 0 {
		hiN = hi
	}
	// "heeft ... laten weten": a perfect auxiliary before a cluster of
	// infinitives, which are then no finite verbs; "wordt verwacht",
	// "staat gepland": the clause speaks of the future
	hasPerfAux, fut, anyAux := false, false, false
	for k := lo; k < hi; k++ {
		if k >= a && k < b || ps.t[k].k != kWord {
			continue
		}
		c := ps.wordClass(k)
		switch c & tcClass {
		case wAuxPerf:
			anyAux = true
			switch ps.w(k) {
			case "heeft", "hebben", "heb", "hebt":
				hasPerfAux = true
			}
		case wAuxPast:
			hasPerfAux = hasPerfAux || ps.w(k) == "had" || ps.w(k) == "hadden"
		}
		if c&tcExpect != 0 {
			fut = true
		}
	}
	// a participle may close the clause after an enumeration with commas:
	// "zijn vrijdag drugs, wapens en geld aangetroffen"
	perf := false
	for k := lo; anyAux && k < len(ps.t) && k-hi < reach && !perf; k++ {
		if k >= a && k < b {
			continue
		}
		if k >= hi {
			if ps.t[k].nl {
				break
			}
			c := ps.wordClass(k) & tcClass
			if w := ps.w(k); (w == "." || w == "!" || w == "?" || w == ";") && (k+1 >= len(ps.t) || ps.clauseEdge(k+1, true)) || w != "en" && w != "of" && (c == wStop || c == wStopPast) {
				break
			}
		}
		if ps.isParticiple(k) {
			perf = true
		}
		if hasPerfAux && ps.wordClass(k)&tcModal != 0 && k+1 < len(ps.t) && ps.isWord(k+1) && strings.HasSuffix(ps.w(k+1), "en") {
			perf = true
		}
	}
	if t := ps.cueTense(a, b, loN, hiN, hasPerfAux, perf, fut); t != tenseNone {
		return t
	}
	if lo == loN && hi == hiN {
		return tenseNone
	}
	return ps.cueTense(a, b, lo, hi, hasPerfAux, perf, fut)
}

// cueTense reads the tense cues over tokens [lo, hi) outside [a, b): the
// finite auxiliary carries the tense of its clause ("had zich in oktober
// laten opereren"); other verbs count when there is none near.
func (ps *parser) cueTense(a, b, lo, hi int, hasPerfAux, perf, fut bool) tense {
	const far = 13
	var aux, verb tense
	auxD, verbD := far, far
	for k := lo; k < hi; k++ {
		if k >= a && k < b || ps.t[k].k != kWord {
			continue
		}
		d := a - k
		if k >= b {
			d = k - b + 1
		}
		cc := ps.cueClass(k)
		c := cc & tcClass
		if hasPerfAux && (cc&tcModal != 0 && ps.isWord(k+1) && strings.HasSuffix(ps.w(k+1), "en") ||
			k > 0 && ps.wordClass(k-1)&tcModal != 0 && strings.HasSuffix(ps.w(k), "en")) {
			continue // the infinitives of a cluster: "dinsdag laten weten"
		}
		if c == 0 {
			if ps.weakPast(k) {
				if d < verbD {
					verb, verbD = tensePast, d
				}
			}
			continue
		}
		w := ps.w(k)
		if c == wPresent && fut && (w == "staat" || w == "staan") {
			c = wFuture
		}
		var t tense
		isAux := true
		switch c {
		case wAuxPast, wStopPast:
			t = tensePast
		case wAuxPerf:
			t = tensePresent
			if perf {
				t = tensePast
			} else if w == "zijn" {
				t = tenseNone // mostly "his"
			}
		case wPassive:
			t = tensePresent
			if fut {
				t = tenseFuture
			}
		case wFuture:
			t = tenseFuture
		case wPast, wReport:
			t, isAux = tensePast, isAuxWord(w)
		case wPresent:
			t, isAux = tensePresent, isAuxWord(w)
		}
		switch {
		case t == tenseNone:
		case isAux && d < auxD:
			aux, auxD = t, d
		case !isAux && d < verbD:
			verb, verbD = t, d
		}
	}
	t := aux
	if aux == tenseNone || auxD > verbD+3 {
		t = verb
		if t == tenseNone {
			t = aux
		}
	}
	if t == tensePresent && fut {
		t = tenseFuture // an expectation or a plan in the present: "is naar verwachting in mei klaar"
	}
	// a clause that hangs on "dat" after an expectation or a plan speaks of
	// the future: "Verwacht wordt dat de brug in oktober opengaat."
	if t != tensePast && lo > 0 && ps.w(lo) == "dat" {
		for k := lo - 1; k >= 0 && lo-k <= far && !ps.clauseEdge(k+1, true); k-- {
			switch ps.w(k) {
			case "verwacht", "verwachten", "verwachting", "gepland", "plan", "plannen", "hoopt", "hopen", "zal", "zullen", "wil", "willen", "voorspelt", "voorspellen":
				return tenseFuture
			}
		}
	}
	return t
}

// timeRun returns the end of the run of time words from p on ("zaterdag
// 12 maart om 15.00 uur", "3 tot en met 5 juli"): the expression's likely
// end, before its own words are parsed.
func (ps *parser) timeRun(p int) int {
	e := p + 1
	for e < len(ps.t) && e-p < 12 && ps.cont(e) {
		w := ps.w(e)
		switch {
		case ps.t[e].k == kNum, w == "-", w == "'",
			ps.t[e].k == kPunct && ps.glued(e) && ps.glued(e+1) && w != "," && w != "(" && w != ")" && w != "\"" && w != ";":
		case w == "en" || w == "of":
			if !ps.isNum(e+1) && !ps.lex.has(ps.w(e+1)) {
				return e
			}
		case ps.lex.has(w), w == "uur", w == "om", w == "tot", w == "met", w == "de", w == "het", w == "van", w == "op", w == "s", w == "in":
		default:
			return e
		}
		e++
	}
	return e
}

// postponedTo reports whether the expression at a is the new time of
// something put off or extended: "uitgesteld tot donderdag", "verplaatst
// naar 3 april", "verlengd tot 1 juni". The new time lies ahead of the
// decision, whatever the tense that reports it. So does the end of what
// still runs, lasts or holds: "zijn termijn loopt tot 12 april".
func (ps *parser) postponedTo(a int) bool {
	k := a - 1
	if w := ps.w(a); w != "tot" && w != "naar" {
		if w = ps.w(k); w != "tot" && w != "naar" {
			return false
		}
		k--
	}
	switch ps.w(k) {
	case "voorlopig", "opnieuw", "nogmaals", "weer", "zeker", "wellicht", "mogelijk", "nog":
		k-- // "uitgesteld, voorlopig tot", "verlengd, mogelijk tot", "loopt nog tot"
	}
	switch ps.w(k) {
	case "loopt", "lopen", "duurt", "duren", "geldt", "gelden":
		// what still runs, lasts or holds ends ahead: "zijn termijn loopt tot 12 april"
		return ps.w(a) == "tot" || ps.w(a-1) == "tot"
	case "uitgesteld", "uitstel", "verdaagd", "verdaagt", "verdaagde", "verdaagden", "verplaatst", "verplaatste", "verplaatsten",
		"verschoven", "verschuift", "verschoof", "doorgeschoven", "opgeschort", "opschorting",
		"verlengd", "verlengt", "verlengde", "verlengden", "verlenging", "geschorst", "uitgestelde":
		return true
	}
	return false
}

// isAuxWord reports whether w is a finite auxiliary or modal verb, which
// fixes the tense of the verbs that depend on it.
func isAuxWord(w string) bool {
	switch w {
	case "werd", "werden", "zou", "zouden", "kon", "konden", "moest", "moesten", "wilde", "wilden", "wou", "mocht", "mochten",
		"hoefde", "hoefden", "ging", "gingen", "bleef", "bleven", "bleek", "bleken", "liet", "lieten",
		"kan", "kun", "kunt", "kunnen", "moet", "moeten", "wil", "wilt", "willen", "mag", "mogen", "hoeft", "hoeven",
		"blijft", "blijken", "blijkt", "lijkt", "heb", "hebt", "ben", "bent":
		return true
	}
	return false
}

// separable returns the class of a separable verb written as one word at
// the end of a clause: "opengaat" as "gaat", "plaatsvond" as "vond"; and of
// a verb with an inseparable prefix: "verloopt" as "loopt".
func separable(w string) uint8 {
	if len(w) < 7 {
		return 0
	}
	switch w[len(w)-1] {
	case 't', 'd', 'm', 'g': // "opengaat", "plaatsvond", "aankwam", "opging"
	case 'e', 'n':
		if !strings.HasSuffix(w, "de") && !strings.HasSuffix(w, "te") && !strings.HasSuffix(w, "den") && !strings.HasSuffix(w, "ten") {
			return 0 // only past tenses end so: "plaatsvonden", "terugkeerde"
		}
	default:
		return 0
	}
	lx := tenseWords()
	for _, p := range [...]string{"aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "open", "over", "toe", "uit",
		"voor", "weg", "terug", "plaats", "vast", "neer", "samen", "binnen", "los", "vrij", "dicht", "thuis", "tegen",
		"ver", "be", "ont", "her"} { // and inseparable prefixes: "verloopt", "bevalt", "ontkomt"
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) {
			switch c := lx[w[len(p):]]; c {
			case wPast, wPresent, wReport:
				return c
			case wFuture:
				return wPresent // "opengaat"
			}
		}
	}
	return 0
}

// clauseEdge reports whether a clause boundary lies before token k: a line
// break, or punctuation between k-1 and k. left says the scan runs leftwards.
func (ps *parser) clauseEdge(k int, left bool) bool {
	p := k
	if left {
		p = k - 1
	}
	if p < 0 || p >= len(ps.t) {
		return true
	}
	if ps.t[k].nl || k == ps.tenseAt && ps.startNL {
		return true // a line starts at k
	}
	t := &ps.t[p]
	if t.k != kPunct {
		return false
	}
	if p > 0 && p+1 < len(ps.t) && ps.t[p-1].k == kNum && ps.t[p+1].k == kNum && ps.glued(p) && ps.glued(p+1) {
		return false // "600.000", "3,5"
	}
	if t.norm == '"' {
		return true
	}
	switch c := ps.src[t.start]; c {
	case '.', '!', '?', ';', ':', ',', '(', ')', '"', '|':
		return true
	case 0xc2: // « »
		return t.end-t.start == 2 && (ps.src[t.start+1] == 0xab || ps.src[t.start+1] == 0xbb)
	case 0xe2: // „
		return ps.w(p) == "„"
	}
	return false
}

// weakPast reports whether the word at k is a regular past tense right
// after a subject pronoun: "hij speelde", "ze woonden".
func (ps *parser) weakPast(k int) bool {
	w := ps.w(k)
	if len(w) < 5 || !(strings.HasSuffix(w, "de") || strings.HasSuffix(w, "te") || strings.HasSuffix(w, "den") || strings.HasSuffix(w, "ten")) {
		return false
	}
	for _, p := range [2]string{ps.w(k - 1), ps.w(k + 1)} {
		switch p {
		case "hij", "zij", "ze", "we", "wij", "ik", "jij", "je", "u", "men", "er":
			return true
		}
	}
	return false
}
