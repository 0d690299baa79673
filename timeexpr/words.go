package timeexpr

// monthOf returns the month of a month name or abbreviation.
func monthOf(s string) (m int, abbr bool) {
	switch s {
	case "januari":
		return 1, false
	case "februari":
		return 2, false
	case "maart":
		return 3, false
	case "april":
		return 4, false
	case "mei":
		return 5, false
	case "juni":
		return 6, false
	case "juli":
		return 7, false
	case "augustus":
		return 8, false
	case "september":
		return 9, false
	case "oktober":
		return 10, false
	case "november":
		return 11, false
	case "december":
		return 12, false
	case "jan":
		return 1, true
	case "feb", "febr":
		return 2, true
	case "mrt", "maa":
		return 3, true
	case "apr":
		return 4, true
	case "jun":
		return 6, true
	case "jul":
		return 7, true
	case "aug":
		return 8, true
	case "sep", "sept":
		return 9, true
	case "okt", "oct":
		return 10, true
	case "nov":
		return 11, true
	case "dec":
		return 12, true
	}
	return 0, false
}

// weekdayOf returns the ISO weekday (Monday = 1) of a weekday name or abbreviation.
func weekdayOf(s string) (wd int, abbr bool) {
	switch s {
	case "maandag":
		return 1, false
	case "dinsdag":
		return 2, false
	case "woensdag":
		return 3, false
	case "donderdag":
		return 4, false
	case "vrijdag":
		return 5, false
	case "zaterdag":
		return 6, false
	case "zondag":
		return 7, false
	case "ma":
		return 1, true
	case "di":
		return 2, true
	case "wo", "woe":
		return 3, true
	case "do":
		return 4, true
	case "vr", "vrij":
		return 5, true
	case "za", "zat":
		return 6, true
	case "zo", "zon":
		return 7, true
	case "maand", "dinsd", "woensd", "donderd", "vrijd", "zaterd", "zond":
		return longWeekdayAbbr(s), true
	}
	return 0, false
}

// longWeekdayAbbr returns the weekday of "dinsd", "donderd", which are
// written with a dot ("Donderd. 21 maart").
func longWeekdayAbbr(s string) int {
	for i, n := range weekdayNames {
		if len(s) > 3 && len(n) > len(s) && n[:len(s)] == s {
			return i + 1
		}
	}
	return 0
}

var weekdayNames = [...]string{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}

// Day parts.
const (
	dpNone = iota
	dpMorning
	dpAfternoon
	dpEvening
	dpNight
)

// dpHours gives each day part's start and end hour (end may pass 24).
var dpHours = [...][2]int{{}, {0, 12}, {12, 18}, {18, 24}, {22, 30}}

var dpTimex = [...]string{"", "MO", "AF", "EV", "NI"}

func daypartOf(s string) int {
	switch s {
	case "ochtend", "morgen", "voormiddag":
		return dpMorning
	case "middag", "namiddag":
		return dpAfternoon
	case "avond":
		return dpEvening
	case "nacht":
		return dpNight
	}
	return dpNone
}

// daypartAdverb parses the "ochtends" of "'s ochtends".
func daypartAdverb(s string) int {
	switch s {
	case "ochtends", "morgens", "voormiddags":
		return dpMorning
	case "middags", "namiddags":
		return dpAfternoon
	case "avonds":
		return dpEvening
	case "nachts":
		return dpNight
	}
	return dpNone
}

// splitDaypart splits a compound such as "maandagavond" or "gisterenochtend"
// into its head and day part.
func splitDaypart(s string) (string, int) {
	if len(s) < 6 {
		return "", dpNone
	}
	switch s[len(s)-1] {
	case 'd', 'n', 't', 'g':
	default:
		return "", dpNone
	}
	for _, suf := range [...]string{"ochtend", "morgen", "voormiddag", "namiddag", "middag", "avond", "nacht"} {
		if len(s) > len(suf) && s[len(s)-len(suf):] == suf {
			return s[:len(s)-len(suf)], daypartOf(suf)
		}
	}
	return "", dpNone
}

// unitOf returns the grain of a duration unit word. short units ("m", "s",
// "'") are only accepted in whole-phrase mode.
func unitOf(s string) (g Grain, short bool) {
	switch s {
	case "seconde", "seconden", "secondes", "sec", "secs":
		return Second, false
	case "s", "\"":
		return Second, true
	case "minuut", "minuten", "min", "minuutje", "minuutjes":
		return Minute, false
	case "m", "'":
		return Minute, true
	case "uur", "uren", "uurtjes":
		return Hour, false
	case "u", "h", "hr":
		return Hour, true
	case "dag", "dagen", "etmaal", "etmalen", "dagje", "nachten":
		return Day, false
	case "d":
		return Day, true
	case "week", "weken", "weekje", "wk":
		return Week, false
	case "w":
		return Week, true
	case "maand", "maanden", "mnd", "maandje":
		return Month, false
	case "kwartaal", "kwartalen":
		return Quarter, false
	case "jaar", "jaren", "jr", "jaartje":
		return Year, false
	case "j":
		return Year, true
	case "decennium", "decennia":
		return Decade, false
	case "eeuw", "eeuwen":
		return Century, false
	}
	return 0, false
}

// unitSingular reports whether a unit word is singular ("week", not "weken").
func unitPlural(s string) bool {
	switch s {
	case "seconden", "secondes", "minuten", "uren", "dagen", "weken", "maanden", "kwartalen", "jaren", "decennia", "eeuwen", "etmalen":
		return true
	}
	return false
}

// periodOf parses the period nouns of "volgende week", "dit jaar".
func periodOf(s string) Grain {
	switch s {
	case "week":
		return Week
	case "maand":
		return Month
	case "kwartaal":
		return Quarter
	case "jaar", "kalenderjaar":
		return Year
	case "eeuw":
		return Century
	case "decennium":
		return Decade
	case "dag":
		return Day
	}
	return 0
}

func seasonOf(s string) int {
	switch s {
	case "lente", "voorjaar":
		return 1
	case "zomer":
		return 2
	case "herfst", "najaar":
		return 3
	case "winter":
		return 4
	}
	return 0
}

// relWord parses "volgende", "vorige", "deze" and friends: -1, 0 or +1.
func relWord(s string) (int, bool) {
	switch s {
	case "volgende", "volgend", "komende", "komend", "aanstaande", "eerstvolgende", "eerstkomende", "aanst",
		"aankomende", "aankomend":
		return 1, true
	case "vorige", "vorig", "afgelopen", "verleden", "voorbije", "voorafgaande", "voorafgaand", "voorgaande", "voorgaand":
		return -1, true
	case "deze", "dit", "huidige", "huidig", "lopende", "lopend":
		return 0, true
	}
	return 0, false
}

func approxWord(s string) bool {
	switch s {
	case "rond", "omstreeks", "ongeveer", "circa", "ca", "rondom", "plusminus", "zo'n":
		return true
	}
	return false
}
