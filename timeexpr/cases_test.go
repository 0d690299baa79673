package timeexpr

import (
	"sort"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// span is what TestCategories compares: an expression's text and value.
type span struct{ Text, Value string }

// categoryCase is one invented sentence of a defect category (see
// ../shared/cases/timeexpr.md for the categories and their ranks). The
// reference is Wed 2024-03-13 10:00 Europe/Amsterdam and the direction Past
// unless the case says otherwise.
type categoryCase struct {
	cat  string // R1 … R17, RT (running text), FP (false positives)
	desc string
	// open marks a case draad does not pass yet; the test fails when an
	// open case passes, so that the mark is removed
	open bool
	in   string
	dir  Direction
	ref  string // RFC 3339; "" is the default
	tz   string // zone of the reference and results; "" is Europe/Amsterdam
	want []span
}

var categoryCases = []categoryCase{
	// R1: date ranges share their year and anchors
	{cat: "R1", desc: "the year at the end applies to both months", in: "Het museum is van mei tot oktober 2026 gesloten.",
		want: []span{{"van mei tot oktober 2026", "2026-05/2026-10"}}},
	{cat: "R1", desc: "a year in the past at the end", in: "De staking duurde van februari tot mei 2016.",
		want: []span{{"van februari tot mei 2016", "2016-02/2016-05"}}},
	{cat: "R1", desc: "from a month to today", in: "Tussen maart 2020 en vandaag verdubbelde de prijs.",
		want: []span{{"Tussen maart 2020 en vandaag", "2020-03-01/2024-03-13"}}},
	{cat: "R1", desc: "a day range inside the month", in: "Het festival is van 5-7 juli 2026.",
		want: []span{{"van 5-7 juli 2026", "2026-07-05/2026-07-07"}}},
	{cat: "R1", desc: "a range holding the reference, looking ahead", in: "De kermis duurt van 1 tot 20 maart.", dir: Future, ref: "2024-03-13T16:12:00+01:00",
		want: []span{{"van 1 tot 20 maart", "2024-03-01/2024-03-20"}}},
	{cat: "R1", desc: "a month range holding the reference, looking ahead", in: "De kermis duurt van februari tot april.", dir: Future, ref: "2024-03-13T16:12:00+01:00",
		want: []span{{"van februari tot april", "2024-02/2024-04"}}},
	{cat: "R1", desc: "abbreviated months across the new year", in: "De actie liep okt-jan 2025.",
		want: []span{{"okt-jan 2025", "2024-10/2025-01"}}},
	{cat: "R1", desc: "a trailing 'in' and a year", in: "De expositie loopt van 3 tot 5 mei in 2024.",
		want: []span{{"van 3 tot 5 mei in 2024", "2024-05-03/2024-05-05"}}},
	{cat: "R1", desc: "through, months and a year", in: "Het onderzoek liep van maart tot en met juni 2021.",
		want: []span{{"van maart tot en met juni 2021", "2021-03/2021-06"}}},
	{cat: "R1", desc: "t/m between months", in: "De zomerstop duurt van juli t/m augustus 2025.",
		want: []span{{"van juli t/m augustus 2025", "2025-07/2025-08"}}},
	{cat: "R1", desc: "between two days and a year", in: "De inschrijving is tussen 1 en 15 april 2023 geopend.",
		want: []span{{"tussen 1 en 15 april 2023", "2023-04-01/2023-04-15"}}},
	{cat: "R1", desc: "between a month and now", in: "Tussen januari 2022 en nu steeg de huur.",
		want: []span{{"Tussen januari 2022 en nu", "2022-01/PRESENT_REF"}}},
	{cat: "R1", desc: "days across months with the year at the end", in: "Het congres duurt van 28 februari tot 3 maart 2025.",
		want: []span{{"van 28 februari tot 3 maart 2025", "2025-02-28/2025-03-03"}}},
	{cat: "R1", desc: "a year at the start carries to the end", in: "Hij werkte er van december 2022 tot februari.",
		want: []span{{"van december 2022 tot februari", "2022-12/2023-02"}}},
	{cat: "R1", desc: "a compact day range", in: "De beurs is 12-14 september 2025.",
		want: []span{{"12-14 september 2025", "2025-09-12/2025-09-14"}}},

	// R2: clock-time ranges share their day, day part and zone
	{cat: "R2", desc: "a trailing weekday with a day part", in: "De kantoren zijn tussen 9.00 en 11.00 uur maandagochtend dicht.",
		want: []span{{"tussen 9.00 en 11.00 uur maandagochtend", "2024-03-11T09:00/2024-03-11T11:00"}}},
	{cat: "R2", desc: "a day part on each side", in: "De zitting duurt van 2 uur 's nachts tot 4 uur 's middags.",
		want: []span{{"van 2 uur 's nachts tot 4 uur 's middags", "2024-03-13T02/2024-03-13T16"}}},
	{cat: "R2", desc: "bare hours and a day part", in: "Het spreekuur is van 2 tot 3 's middags.",
		want: []span{{"van 2 tot 3 's middags", "2024-03-12T14/2024-03-12T15"}}},
	{cat: "R2", desc: "a zone after the range", in: "De markt is open tussen 9.30 en 15.00 CET.", tz: "UTC",
		want: []span{{"tussen 9.30 en 15.00 CET", "2024-03-13T08:30/2024-03-13T14:00"}}},
	{cat: "R2", desc: "a day part after the range, looking ahead", in: "Het overleg is tussen 2 en 3 uur 's middags.", dir: Future, ref: "2024-03-13T16:12:00+01:00",
		want: []span{{"tussen 2 en 3 uur 's middags", "2024-03-14T14/2024-03-14T15"}}},
	{cat: "R2", desc: "today after the range, looking ahead", in: "Het overleg is tussen 16.00 en 17.00 vandaag.", dir: Future, ref: "2024-03-13T16:12:00+01:00",
		want: []span{{"tussen 16.00 en 17.00 vandaag", "2024-03-13T16:00/2024-03-13T17:00"}}},
	{cat: "R2", desc: "a day compound after the range", in: "De balie is van 19.00 tot 21.00 uur morgenavond open.",
		want: []span{{"van 19.00 tot 21.00 uur morgenavond", "2024-03-14T19:00/2024-03-14T21:00"}}},
	{cat: "R2", desc: "a date after the range", in: "De stembureaus zijn open van 7.30 tot 21.00 uur op 6 juni 2024.",
		want: []span{{"van 7.30 tot 21.00 uur op 6 juni 2024", "2024-06-06T07:30/2024-06-06T21:00"}}},
	{cat: "R2", desc: "an evening range", in: "Het feest duurt van 8 tot 10 uur 's avonds.",
		want: []span{{"van 8 tot 10 uur 's avonds", "2024-03-12T20/2024-03-12T22"}}},
	{cat: "R2", desc: "today after a range of clock times", in: "Het loket is van 9.00 tot 17.00 uur vandaag open.",
		want: []span{{"van 9.00 tot 17.00 uur vandaag", "2024-03-13T09:00/2024-03-13T17:00"}}},

	// R3: open bounds
	{cat: "R3", desc: "or later", in: "Aanvragen van 1 maart 2024 of later worden afgewezen.",
		want: []span{{"1 maart 2024 of later", "2024-03-01/.."}}},
	{cat: "R3", desc: "not later than", in: "Betalen moet niet later dan 1 juni 2025.",
		want: []span{{"niet later dan 1 juni 2025", "../2025-06-01"}}},
	{cat: "R3", desc: "before a year at the start of a sentence", in: "Voor 1995 was dat anders.",
		want: []span{{"Voor 1995", "../1994"}}},
	{cat: "R3", desc: "a clock time or later", in: "Kom om 16.00 of later.",
		want: []span{{"16.00 of later", "2024-03-12T16:00/.."}}},
	{cat: "R3", desc: "after a time on a date", in: "Op 4 april na 14:00 is de zaal vrij.",
		want: []span{{"4 april na 14:00", "2023-04-04T14:00/.."}}},
	{cat: "R3", desc: "a year or later", in: "De regeling geldt voor wie in 2010 of later is geboren.",
		want: []span{{"2010 of later", "2010/.."}}},
	{cat: "R3", desc: "beginning on", in: "De cursus loopt tien weken, beginnend op 3 juni.",
		want: []span{{"tien weken", "P10W"}, {"beginnend op 3 juni", "2023-06-03/.."}}},
	{cat: "R3", desc: "and after", in: "De regels gelden in 2019 en daarna.",
		want: []span{{"2019 en daarna", "2019/.."}}},
	{cat: "R3", desc: "later than", in: "Inschrijven kan niet eerder dan 3 mei.",
		want: []span{{"niet eerder dan 3 mei", "2023-05-03/.."}}},
	{cat: "R3", desc: "a year that a noun is for, not before", in: "De begroting voor 2025 is klaar.",
		want: []span{{"2025", "2025"}}},
	{cat: "R3", desc: "before a year after a participle", in: "Het huis is gebouwd voor 1940.",
		want: []span{{"voor 1940", "../1939"}}},

	// R4: clock times without "om" or "uur", and with a day part
	{cat: "R4", desc: "a bare dotted time", in: "De trein vertrekt 16.45 uit Utrecht.",
		want: []span{{"16.45", "2024-03-12T16:45"}}},
	{cat: "R4", desc: "tonight at eight", in: "De bijeenkomst begint vanavond om 8.00.",
		want: []span{{"vanavond om 8.00", "2024-03-13T20:00"}}},
	{cat: "R4", desc: "in the evening at ten", in: "Hij vertrekt 's avonds om 10.",
		want: []span{{"'s avonds om 10", "2024-03-12T22"}}},
	{cat: "R4", desc: "a dotted time and today", in: "De uitzending is 21.10 vandaag.",
		want: []span{{"21.10 vandaag", "2024-03-13T21:10"}}},
	{cat: "R4", desc: "an abbreviated date and a dotted time", in: "De deadline was 3 mrt 8.00.",
		want: []span{{"3 mrt 8.00", "2024-03-03T08:00"}}},
	{cat: "R4", desc: "hour and zone without 'om'", in: "De beurs sluit 16 uur CET.",
		want: []span{{"16 uur CET", "2024-03-12T16:00"}}},
	{cat: "R4", desc: "hour, minutes and a day part without 'om'", in: "Het ongeluk gebeurde 2 uur 15 's middags.",
		want: []span{{"2 uur 15 's middags", "2024-03-12T14:15"}}},
	{cat: "R4", desc: "this afternoon at three", in: "Hij komt vanmiddag om 3 uur.",
		want: []span{{"vanmiddag om 3 uur", "2024-03-13T15"}}},
	{cat: "R4", desc: "a morning time after the day part", in: "Ze vertrok 's ochtends om half negen.",
		want: []span{{"'s ochtends om half negen", "2024-03-13T08:30"}}},

	// R5: numeric and abbreviated dates
	{cat: "R5", desc: "day, abbreviated month and year with dashes", in: "De wet gaat in op 09-mrt-2026.",
		want: []span{{"09-mrt-2026", "2026-03-09"}}},
	{cat: "R5", desc: "abbreviated month and year", in: "De verkiezingen zijn in nov-2026.",
		want: []span{{"nov-2026", "2026-11"}}},
	{cat: "R5", desc: "day over twelve and month", in: "De uitslag volgt 17/09.",
		want: []span{{"17/09", "2023-09-17"}}},
	{cat: "R5", desc: "day and abbreviated month with a slash", in: "Het concert is 4/nov.",
		want: []span{{"4/nov", "2023-11-04"}}},
	{cat: "R5", desc: "month and year in digits", in: "De cijfers van 11-2019 zijn binnen.",
		want: []span{{"11-2019", "2019-11"}}},
	{cat: "R5", desc: "year and month in digits", in: "De index daalde in 2019-7 sterk.",
		want: []span{{"2019-7", "2019-07"}}},
	{cat: "R5", desc: "a long weekday abbreviation", in: "Donderd. 21 maart is er een vergadering.",
		want: []span{{"Donderd. 21 maart", "2024-03-21"}}},
	{cat: "R5", desc: "a written month between dashes", in: "De opening is op 14-oktober-2026.",
		want: []span{{"14-oktober-2026", "2026-10-14"}}},
	{cat: "R5", desc: "day, month and year with slashes", in: "Ingang: 09/mrt/2026.",
		want: []span{{"09/mrt/2026", "2026-03-09"}}},
	{cat: "R5", desc: "month and year with a slash", in: "Verwacht in mrt/2026.",
		want: []span{{"mrt/2026", "2026-03"}}},
	{cat: "R5", desc: "Christmas as day and month", in: "Het pakket komt op 25/12.",
		want: []span{{"25/12", "2023-12-25"}}},

	// R6: relative periods
	{cat: "R6", desc: "the previous half year", in: "De cijfers over het voorafgaande halfjaar vallen tegen.",
		want: []span{{"het voorafgaande halfjaar", "2023-07/2023-12"}}},
	{cat: "R6", desc: "a number before 'aankomende'", in: "De gemeente bouwt de 3 aankomende weken niet.",
		want: []span{{"de 3 aankomende weken", "2024-W12/2024-W14"}}},
	{cat: "R6", desc: "the month after next", in: "Het besluit valt de maand na volgende.",
		want: []span{{"de maand na volgende", "2024-05"}}},
	{cat: "R6", desc: "the next working week", in: "De volgende werkweek is hij vrij.",
		want: []span{{"De volgende werkweek", "2024-03-18/2024-03-22"}}},
	{cat: "R6", desc: "the next calendar year", in: "Het volgende kalenderjaar stijgt de premie.",
		want: []span{{"Het volgende kalenderjaar", "2025"}}},
	{cat: "R6", desc: "the rest of the month", in: "De rest van de maand blijft het koud.",
		want: []span{{"De rest van de maand", "2024-03-13/2024-03-31"}}},
	{cat: "R6", desc: "current without -e", in: "Het huidig kwartaal loopt goed.",
		want: []span{{"Het huidig kwartaal", "2024-Q1"}}},
	{cat: "R6", desc: "coming with a weekday compound", in: "Komende dinsdagavond is er een debat.",
		want: []span{{"Komende dinsdagavond", "2024-03-19TEV"}}},
	{cat: "R6", desc: "this with a month", in: "Deze maart is het droog.",
		want: []span{{"Deze maart", "2024-03"}}},
	{cat: "R6", desc: "earlier in the month", in: "Eerder in de maand was het warmer.",
		want: []span{{"Eerder in de maand", "PAST_REF"}}},
	{cat: "R6", desc: "the coming quarter hour", in: "Het aankomende kwartier blijft het rustig.",
		want: []span{{"Het aankomende kwartier", "FUTURE_REF"}}},

	// R7: day parts and position words
	{cat: "R7", desc: "at night", in: "'s Nachts is het stil op de A2.",
		want: []span{{"'s Nachts", "2024-03-12TNI"}}},
	{cat: "R7", desc: "early in the day", in: "Vroeg op de dag volgt een verklaring.",
		want: []span{{"Vroeg op de dag", "2024-03-13T00/2024-03-13T07"}}},
	{cat: "R7", desc: "in the late evening", in: "In de late avond werd de verdachte opgepakt.",
		want: []span{{"In de late avond", "2024-03-12T22/2024-03-12T23"}}},
	{cat: "R7", desc: "late in the evening", in: "Laat in de avond volgt een verklaring.",
		want: []span{{"Laat in de avond", "2024-03-12T22/2024-03-12T23"}}},
	{cat: "R7", desc: "in the afternoon", in: "In de namiddag klaarde het op.",
		want: []span{{"In de namiddag", "2024-03-12TAF"}}},
	{cat: "R7", desc: "around the evening", in: "Rond de avond kwam de ploeg aan.",
		want: []span{{"Rond de avond", "2024-03-12TEV"}}},
	{cat: "R7", desc: "later this evening", in: "Later deze avond spreekt de premier.",
		want: []span{{"Later deze avond", "2024-03-13TEV"}}},
	{cat: "R7", desc: "the end of a weekday", in: "Aan het eind van de vrijdag viel het besluit.",
		want: []span{{"het eind van de vrijdag", "2024-03-08T16/2024-03-08T23"}}},
	{cat: "R7", desc: "a weekday early in the day", in: "Hij vertrok vrijdag vroeg op de dag.",
		want: []span{{"vrijdag vroeg op de dag", "2024-03-08T00/2024-03-08T07"}}},
	{cat: "R7", desc: "in the early morning", in: "In de vroege ochtend sloeg de bliksem in.",
		want: []span{{"In de vroege ochtend", "2024-03-13T06/2024-03-13T07"}}},

	// R8: ordinal and weekday-and-number dates
	{cat: "R8", desc: "the third of a month", in: "De stemming is op de derde van oktober.",
		want: []span{{"de derde van oktober", "2023-10-03"}}},
	{cat: "R8", desc: "a weekday, an ordinal word and a time", in: "De top is donderdag de eenentwintigste om acht uur 's avonds.",
		want: []span{{"donderdag de eenentwintigste om acht uur 's avonds", "2024-03-21T20"}}},
	{cat: "R8", desc: "a weekday, a number and a time", in: "De finale is zaterdag 16 om 3 uur.",
		want: []span{{"zaterdag 16 om 3 uur", "2024-03-16T15"}}},
	{cat: "R8", desc: "the weekday picks the month", in: "De rechtszaak diende vrijdag de 27e.",
		want: []span{{"vrijdag de 27e", "2023-10-27"}}},
	{cat: "R8", desc: "a day of the month before 'terug'", in: "Hij kwam op de 7e terug.",
		want: []span{{"op de 7e", "2024-03-07"}}},
	{cat: "R8", desc: "the second week of an abbreviated month", in: "Het rapport verschijnt in de 2e week van feb.",
		want: []span{{"de 2e week van feb.", "2024-W07"}}},
	{cat: "R8", desc: "the twelfth of a month", in: "Op de 12e van juni vertrok de stoet.",
		want: []span{{"de 12e van juni", "2023-06-12"}}},
	{cat: "R8", desc: "an ordinal word, a month and a year", in: "Hij werd geboren op de vijfde van mei 1990.",
		want: []span{{"de vijfde van mei 1990", "1990-05-05"}}},
	{cat: "R8", desc: "a weekday and a day number today", in: "Het gebeurde woensdag 13 rond de middag.",
		want: []span{{"woensdag 13 rond de middag", "2024-03-13T12"}}},

	// R9: years
	{cat: "R9", desc: "the year N", in: "In het jaar 2011 begon de crisis.",
		want: []span{{"het jaar 2011", "2011"}}},
	{cat: "R9", desc: "two years joined by 'en'", in: "Het kabinet viel in 2003 en 2006.",
		want: []span{{"2003", "2003"}, {"2006", "2006"}}},
	{cat: "R9", desc: "a year in words", in: "Het gebeurde in negentienhonderd achtentachtig.",
		want: []span{{"negentienhonderd achtentachtig", "1988"}}},
	{cat: "R9", desc: "a calendar year", in: "Over kalenderjaar 2020 daalde de omzet.",
		want: []span{{"kalenderjaar 2020", "2020"}}},
	{cat: "R9", desc: "prior to the year", in: "Het speelde voorafgaand aan het jaar 2010.",
		want: []span{{"voorafgaand aan het jaar 2010", "../2009"}}},
	{cat: "R9", desc: "after the year", in: "Na het jaar 2030 stopt de subsidie.",
		want: []span{{"Na het jaar 2030", "2031/.."}}},
	{cat: "R9", desc: "a date in a year", in: "De opening is op 3 juni in 2027.",
		want: []span{{"3 juni in 2027", "2027-06-03"}}},
	{cat: "R9", desc: "a list of years", in: "Hij won in 1998, 2002 en 2006.",
		want: []span{{"1998", "1998"}, {"2002", "2002"}, {"2006", "2006"}}},
	{cat: "R9", desc: "a year after 'van'", in: "Het record van 2019 staat nog.",
		want: []span{{"2019", "2019"}}},
	{cat: "R9", desc: "a year in words of the thousands", in: "De wet dateert van tweeduizend negen.",
		want: []span{{"tweeduizend negen", "2009"}}},

	// R10: offsets
	{cat: "R10", desc: "back in two hours", in: "De minister is over twee uur terug.",
		want: []span{{"over twee uur", "2024-03-13T12:00"}}},
	{cat: "R10", desc: "days from tomorrow", in: "Vijf dagen vanaf morgen gaat de wet in.",
		want: []span{{"Vijf dagen vanaf morgen", "2024-03-19"}}},
	{cat: "R10", desc: "minutes later without an anchor", in: "Twintig minuten later stortte het dak in.",
		want: []span{{"Twintig minuten later", "2024-03-13T10:20:00"}}},
	{cat: "R10", desc: "minutes before a day are no shift", in: "Plan een gesprek van 20 minuten voor volgende dinsdag.",
		want: []span{{"20 minuten", "PT20M"}, {"voor volgende dinsdag", "../2024-03-18"}}},
	{cat: "R10", desc: "days later than a date just named", in: "Op 3 maart vertrok hij; twee dagen later kwam hij aan.",
		want: []span{{"3 maart", "2024-03-03"}, {"twee dagen later", "2024-03-05"}}},
	{cat: "R10", desc: "a week earlier than a date just named", in: "De brand woedde op 10 maart; een week eerder was er ook een.",
		want: []span{{"10 maart", "2024-03-10"}, {"een week eerder", "2024-03-03"}}},
	{cat: "R10", desc: "hours from now", in: "Drie uur vanaf nu sluit de stembus.",
		want: []span{{"Drie uur vanaf nu", "2024-03-13T13:00"}}},
	{cat: "R10", desc: "weeks after today", in: "Twee weken na vandaag verloopt de termijn.",
		want: []span{{"Twee weken na vandaag", "2024-03-27"}}},

	// R11: durations
	{cat: "R11", desc: "the whole afternoon", in: "Het bezoek duurt de hele middag.",
		want: []span{{"de hele middag", "PT6H"}}},
	{cat: "R11", desc: "nights", in: "De gijzelaars zaten drie nachten vast.",
		want: []span{{"drie nachten", "P3D"}}},
	{cat: "R11", desc: "a half sign", in: "Het gesprek duurde een ½ uur.",
		want: []span{{"een ½ uur", "PT30M"}}},
	{cat: "R11", desc: "decimal seconds", in: "Hij zwom 58,21 sec.",
		want: []span{{"58,21 sec", "PT58.21S"}}},
	{cat: "R11", desc: "years and a quarter year", in: "Het project duurde twee jaar en een kwart jaar.",
		want: []span{{"twee jaar en een kwart jaar", "P27M"}}},
	{cat: "R11", desc: "for nights", in: "Hij boekte voor vijf nachten.",
		want: []span{{"vijf nachten", "P5D"}}},
	{cat: "R11", desc: "the whole week", in: "Het regent de hele week.",
		want: []span{{"de hele week", "P1W"}}},
	{cat: "R11", desc: "a half hour in one word", in: "Het duurde een halfuur.",
		want: []span{{"een halfuur", "PT30M"}}},
	{cat: "R11", desc: "a whole day in one word", in: "Hij sliep een etmaal.",
		want: []span{{"een etmaal", "P1D"}}},
	{cat: "R11", desc: "the whole weekend", in: "Het was het hele weekend al druk.",
		want: []span{{"het hele weekend", "P2D"}}},

	// R12: quarters and halves
	{cat: "R12", desc: "quarter and year with a dash", in: "De winst steeg in Q2-2024.",
		want: []span{{"Q2-2024", "2024-Q2"}}},
	{cat: "R12", desc: "half and year", in: "De omzet daalt in H1 2026.",
		want: []span{{"H1 2026", "2026-01/2026-06"}}},
	{cat: "R12", desc: "year and quarter", in: "De cijfers over 2025 Q3 volgen.",
		want: []span{{"2025 Q3", "2025-Q3"}}},
	{cat: "R12", desc: "year, dash and quarter", in: "De cijfers over 2025-Q3 volgen.",
		want: []span{{"2025-Q3", "2025-Q3"}}},
	{cat: "R12", desc: "half and year with a dash", in: "In H2-2023 kromp de markt.",
		want: []span{{"H2-2023", "2023-07/2023-12"}}},
	{cat: "R12", desc: "the quarter of the year", in: "In het derde kwartaal van het jaar komt de wet.",
		want: []span{{"derde kwartaal van het jaar", "2024-Q3"}}},
	{cat: "R12", desc: "the first half year of a year", in: "Het eerste halfjaar van 2023 was goed.",
		want: []span{{"Het eerste halfjaar van 2023", "2023-01/2023-06"}}},
	{cat: "R12", desc: "the first half of the year in one word", in: "De eerste jaarhelft was goed.",
		want: []span{{"De eerste jaarhelft", "2024-01/2024-06"}}},

	// R13: sets
	{cat: "R13", desc: "once a month", in: "De raad vergadert eenmaal per maand.",
		want: []span{{"eenmaal per maand", "P1M"}}},
	{cat: "R13", desc: "every working day", in: "De markt is iedere werkdag open.",
		want: []span{{"iedere werkdag", "XXXX-WXX-WD"}}},
	{cat: "R13", desc: "plural weekday and a time", in: "Dinsdagen om 9.15 is er overleg.",
		want: []span{{"Dinsdagen om 9.15", "XXXX-WXX-2T09:15"}}},
	{cat: "R13", desc: "every four years as an adjective", in: "De vierjaarlijkse verkiezingen komen eraan.",
		want: []span{{"vierjaarlijkse", "P4Y"}}},
	{cat: "R13", desc: "fortnightly as an adjective", in: "Het tweewekelijkse overleg is afgelast.",
		want: []span{{"tweewekelijkse", "P2W"}}},
	{cat: "R13", desc: "all Sundays", in: "Alle zondagen is de winkel dicht.",
		want: []span{{"Alle zondagen", "XXXX-WXX-7"}}},
	{cat: "R13", desc: "twice a week", in: "Hij traint twee keer per week.",
		want: []span{{"twee keer per week", "P1W"}}},
	{cat: "R13", desc: "on Mondays", in: "Op maandagen is het museum dicht.",
		want: []span{{"Op maandagen", "XXXX-WXX-1"}}},

	// R14: holidays with a prefix
	{cat: "R14", desc: "next Pentecost, looking back", in: "Volgende Pinksteren is het feest.",
		want: []span{{"Volgende Pinksteren", "2024-05-19"}}},
	{cat: "R14", desc: "last Pentecost, looking ahead", in: "Vorige Pinksteren was het koud.", dir: Future,
		want: []span{{"Vorige Pinksteren", "2023-05-28"}}},
	{cat: "R14", desc: "the Belgian Labour Day", in: "Op de Dag van de Arbeid zijn de winkels dicht.",
		want: []span{{"Dag van de Arbeid", "2023-05-01"}}},
	{cat: "R14", desc: "coming Easter", in: "Komende Pasen gaan we weg.",
		want: []span{{"Komende Pasen", "2024-03-31"}}},
	{cat: "R14", desc: "last Christmas", in: "Afgelopen Kerstmis was het zacht.", dir: Future,
		want: []span{{"Afgelopen Kerstmis", "2023-12-25"}}},

	// R15: anchored periods
	{cat: "R15", desc: "the week of a date", in: "De top is in de week van 17 juni.",
		want: []span{{"de week van 17 juni", "2023-W24"}}},
	{cat: "R15", desc: "the week beginning a date", in: "De actie loopt de week beginnend 9 september.",
		want: []span{{"de week beginnend 9 september", "2023-09-09/2023-09-15"}}},
	{cat: "R15", desc: "a weekday of last week", in: "Hij was donderdag van vorige week in Brussel.",
		want: []span{{"donderdag van vorige week", "2024-03-07"}}},
	{cat: "R15", desc: "a weekday of last week, looking ahead", in: "Hij was donderdag van vorige week in Brussel.", dir: Future,
		want: []span{{"donderdag van vorige week", "2024-03-07"}}},
	{cat: "R15", desc: "a weekday of next week", in: "Maandag van volgende week begint de bouw.",
		want: []span{{"Maandag van volgende week", "2024-03-18"}}},

	// R16: comparative modifiers
	{cat: "R16", desc: "more than days before a day", in: "Het gebeurde meer dan drie dagen voor eergisteren.",
		want: []span{{"meer dan drie dagen voor eergisteren", "../2024-03-07"}}},
	{cat: "R16", desc: "longer than a duration", in: "Het duurde langer dan drie maanden.",
		want: []span{{"langer dan drie maanden", "P3M"}}},

	// R17: meal times
	{cat: "R17", desc: "during lunch", in: "Tijdens de lunch sprak de premier de pers.",
		want: []span{{"Tijdens de lunch", "2024-03-12T12/2024-03-12T13"}}},
	{cat: "R17", desc: "after dinner", in: "Na het diner vertrok de colonne.",
		want: []span{{"Na het diner", "2024-03-12T19/2024-03-12T22"}}},
	{cat: "R17", desc: "around the midday meal", in: "Rond het middageten kwam hij binnen.",
		want: []span{{"Rond het middageten", "2024-03-12T12/2024-03-12T13"}}},
	{cat: "R17", desc: "at breakfast", in: "Bij het ontbijt las hij de krant.",
		want: []span{{"Bij het ontbijt", "2024-03-13T07/2024-03-13T08"}}},

	// RT: defects found in running text
	{cat: "RT", desc: "an ISO time with a negative offset", in: "Geplaatst: 2025-03-03T14:05:00-05:00.",
		want: []span{{"2025-03-03T14:05:00-05:00", "2025-03-03T20:05:00"}}},
	{cat: "RT", desc: "an ISO time with a compact negative offset", in: "Bijgewerkt 2025-03-03T14:05:00-0330.",
		want: []span{{"2025-03-03T14:05:00-0330", "2025-03-03T18:35:00"}}},
	{cat: "RT", desc: "a time beyond the last year is no time", in: "Geldig tot 9999-12-31T23:59:59Z.",
		want: nil},
	{cat: "RT", desc: "hours of talks are a duration", in: "Na vijf uur onderhandelen was er een akkoord.",
		want: []span{{"vijf uur", "PT5H"}}},
	{cat: "RT", desc: "after an hour and minutes", in: "Hij won na een uur en 52 minuten.",
		want: []span{{"een uur en 52 minuten", "PT112M"}}},
	{cat: "RT", desc: "after an hour of play", in: "Na een uur spelen nam Nigeria het over.",
		want: []span{{"een uur", "PT1H"}}},
	{cat: "RT", desc: "a month before a decimal", in: "De export was in mei 1,5 procent groter.",
		want: []span{{"mei", "2023-05"}}},
	{cat: "RT", desc: "an evening and half past midnight", in: "Het gevecht was dinsdagavond rond 0.30 uur.",
		want: []span{{"dinsdagavond rond 0.30 uur", "2024-03-13T00:30"}}},
	{cat: "RT", desc: "within days, in the past, is a duration", in: "De film trok in vier dagen tijd een miljoen bezoekers.",
		want: []span{{"vier dagen", "P4D"}}},
	{cat: "RT", desc: "in minutes, in the past, is a duration", in: "Ze scoorden vier keer in elf minuten.",
		want: []span{{"elf minuten", "PT11M"}}},
	{cat: "RT", desc: "within days in the past", in: "De film trok binnen vijf dagen een miljoen bezoekers.",
		want: []span{{"vijf dagen", "P5D"}}},
	{cat: "RT", desc: "the first title in years", in: "Hij bezorgde de club de eerste titel in achttien jaar.",
		want: []span{{"achttien jaar", "P18Y"}}},
	{cat: "RT", desc: "after, as a conjunction", in: "Het aandeel zakte, na vorige week 5% te zijn gestegen.",
		want: []span{{"vorige week", "2024-W10"}}},
	{cat: "RT", desc: "minutes later is no duration", in: "De bal ging erin; een minuut later stond het 2-2.",
		want: []span{{"een minuut later", "2024-03-13T10:01:00"}}},

	// RV: shapes found in the review of 2019 news
	{cat: "RV", desc: "minutes later after a week are an amount", in: "Vorige week speelde Ajax; tien minuten later stond het 2-0.",
		want: []span{{"Vorige week", "2024-W10"}, {"tien minuten", "PT10M"}}},
	{cat: "RV", desc: "a month earlier than the month named", in: "De prijzen daalden in februari, vergeleken met een maand eerder.",
		want: []span{{"februari", "2024-02"}, {"een maand eerder", "2024-01"}}},
	{cat: "RV", desc: "the second one after a weekday", in: "Hij hoopt dat zij zondag de tweede wordt.",
		want: []span{{"zondag", "2024-03-10"}}},
	{cat: "RV", desc: "a year to come after 'voor' at the start", in: "Voor 2025 verwachten we groei.",
		want: []span{{"2025", "2025"}}},
	{cat: "RV", desc: "a count after a year", in: "Hij speelde sinds 2016 108 wedstrijden.",
		want: []span{{"sinds 2016", "2016/PRESENT_REF"}}},
	{cat: "RV", desc: "a participle after a year", in: "Het sinds 1957 gehanteerde schema blijft.",
		want: []span{{"sinds 1957", "1957/PRESENT_REF"}}},
	{cat: "RV", desc: "at the latest in a year", in: "De wet moet uiterlijk in 2040 gelden.",
		want: []span{{"uiterlijk in 2040", "../2040"}}},
	{cat: "RV", desc: "a frequency adjective", in: "De dagelijkse file is terug.",
		want: []span{{"dagelijkse", "P1D"}}},

	// FP: digits that are no time
	{cat: "FP", desc: "year ranges in a phone number", in: "Bel +31 20-2010-2015 voor informatie.", want: nil},
	{cat: "FP", desc: "a date in a product code", in: "De artikelcode is 133-03-03-2020.", want: nil},
	{cat: "FP", desc: "a clock time in a URL", in: "Kijk op www.voorbeeld.nl/14:30/agenda voor meer.", want: nil},
	{cat: "FP", desc: "a mobile number", in: "Bel 06-12345678 of 020-5551234.", want: nil},
	{cat: "FP", desc: "a tennis score", in: "Ze kregen een setpunt op 7-6, maar verloren.", want: nil},
	{cat: "FP", desc: "an index level after 'tot'", in: "De index steeg tot 2757 punten.", want: nil},
	{cat: "FP", desc: "a count after 'tot'", in: "De beving leidde tot 2000 schademeldingen.", want: nil},
	{cat: "FP", desc: "an idiom with 'voor de dag'", in: "De invaller kwam prima voor de dag.", want: nil},
	{cat: "FP", desc: "a section number", in: "Artikel 3.12 van de wet is helder.", want: nil},
	{cat: "FP", desc: "a kilometre post", in: "Het ongeluk was bij km 12.45 op de A2.", want: nil},
	{cat: "FP", desc: "a score in handball", in: "Na de pauze kwam Aalsmeer op 13-12.", want: nil},
	{cat: "FP", desc: "a TV series title", in: "De serie 9-1-1 krijgt een vervolg.", want: nil},
	{cat: "FP", desc: "a URL with a date", in: "Zie https://example.org/2024/03/12/nieuws voor details.", want: nil},
}

// TestCategories runs the invented cases per defect category and reports
// how many pass in each.
func TestCategories(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	type tally struct{ pass, n int }
	by := map[string]*tally{}
	for _, tc := range categoryCases {
		k := by[tc.cat]
		if k == nil {
			k = &tally{}
			by[tc.cat] = k
		}
		k.n++
		t.Run(tc.cat+"/"+tc.desc, func(t *testing.T) {
			loc := ams
			if tc.tz != "" {
				if loc, err = time.LoadLocation(tc.tz); err != nil {
					t.Fatal(err)
				}
			}
			r := "2024-03-13T10:00:00+01:00"
			if tc.ref != "" {
				r = tc.ref
			}
			ref, err := time.Parse(time.RFC3339, r)
			if err != nil {
				t.Fatal(err)
			}
			var got []span
			for _, e := range Find(tc.in, ref.In(loc), WithDirection(tc.dir)) {
				got = append(got, span{e.Text, e.Value})
			}
			diff := cmp.Diff(tc.want, got)
			switch {
			case diff != "" && tc.open:
				t.Logf("open: Find(%q) mismatch (-want +got):\n%s", tc.in, diff)
			case diff != "":
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tc.in, diff)
			case tc.open:
				t.Errorf("Find(%q) passes: remove its open mark", tc.in)
			default:
				k.pass++
			}
		})
	}
	var cats []string
	for c := range by {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		t.Logf("%-4s %2d/%2d", c, by[c].pass, by[c].n)
	}
}
