package timeexpr

import "strings"

var unitWords = map[string]int{
	"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
}

var teenWords = map[string]int{
	"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
	"zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}

var tensWords = map[string]int{
	"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
}

// cardinal parses a Dutch number word below 10000 ("tweeëntwintig",
// "honderdvijftig", "tweeduizendvierentwintig").
func cardinal(s string) (int, bool) {
	if len(s) < 3 || len(s) > 80 {
		return 0, false
	}
	if i := strings.Index(s, "duizend"); i >= 0 {
		hi := 1
		if i > 0 {
			v, ok := below1000(s[:i])
			if !ok || v > 9 {
				return 0, false
			}
			hi = v
		}
		rest := strings.TrimPrefix(s[i+len("duizend"):], "en")
		if rest == "" {
			return hi * 1000, true
		}
		lo, ok := below1000(rest)
		if !ok {
			return 0, false
		}
		return hi*1000 + lo, true
	}
	return below1000(s)
}

func below1000(s string) (int, bool) {
	if i := strings.Index(s, "honderd"); i >= 0 {
		hi := 1
		if i > 0 {
			v, ok := unitWords[s[:i]]
			if !ok {
				return 0, false
			}
			hi = v
		}
		rest := strings.TrimPrefix(s[i+len("honderd"):], "en")
		if rest == "" {
			return hi * 100, true
		}
		lo, ok := below100(rest)
		if !ok {
			return 0, false
		}
		return hi*100 + lo, true
	}
	return below100(s)
}

func below100(s string) (int, bool) {
	if v, ok := unitWords[s]; ok {
		return v, true
	}
	if v, ok := teenWords[s]; ok {
		return v, true
	}
	if v, ok := tensWords[s]; ok {
		return v, true
	}
	// unit + "en"/"ën" + tens: eenentwintig, tweeëntwintig.
	for t, tv := range tensWords {
		if !strings.HasSuffix(s, t) {
			continue
		}
		p := s[:len(s)-len(t)]
		var u string
		switch {
		case strings.HasSuffix(p, "ën"):
			u = p[:len(p)-len("ën")]
		case strings.HasSuffix(p, "en"):
			u = p[:len(p)-2]
		default:
			return 0, false
		}
		if uv, ok := unitWords[u]; ok {
			return tv + uv, true
		}
		return 0, false
	}
	return 0, false
}

// ordinalWord parses a Dutch ordinal word ("eerste", "derde", "eenentwintigste", "honderdste").
func ordinalWord(s string) (int, bool) {
	switch s {
	case "eerste":
		return 1, true
	case "derde":
		return 3, true
	case "achtste":
		return 8, true
	case "laatste":
		return 0, false
	}
	if strings.HasSuffix(s, "ste") {
		base := s[:len(s)-3]
		switch {
		case strings.HasSuffix(base, "eer"): // eenentwintigste? no: ...eerste
			if v, ok := cardinal(base[:len(base)-3] + "een"); ok {
				return v, true
			}
		case strings.HasSuffix(base, "acht"):
			if v, ok := cardinal(base); ok {
				return v, true
			}
		}
		if strings.HasSuffix(base, "ig") || strings.HasSuffix(base, "honderd") || strings.HasSuffix(base, "duizend") {
			return cardinal(base)
		}
		return 0, false
	}
	if strings.HasSuffix(s, "de") {
		base := s[:len(s)-2]
		if strings.HasSuffix(base, "der") { // ...derde
			return cardinal(base[:len(base)-3] + "drie")
		}
		if v, ok := cardinal(base); ok && v%100 >= 2 && v%100 <= 19 && v%100 != 3 && v%100 != 8 {
			return v, true
		}
	}
	return 0, false
}
