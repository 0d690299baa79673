// Package agency is the registry of news agencies shared by the parse and
// entity packages.
//
// A dateline such as "OSLO (ANP/AFP) -" names agencies by code. Codes vary
// in case and spelling ("RTR", "REUTER", "Reuters"); [Lookup] maps each
// variant to one canonical [Agency].
package agency

import "strings"

// Agency is a news agency: its canonical code and its full name.
type Agency struct {
	// Code is the canonical code, such as "ANP" or "Reuters".
	Code string
	// Name is the full name, such as "Algemeen Nederlands Persbureau".
	Name string
}

// registry lists every agency with the spellings that name it. The first
// spelling is the canonical code. Lookup is case-insensitive.
var registry = []struct {
	agency   Agency
	variants []string
}{
	{Agency{"ANP", "Algemeen Nederlands Persbureau"}, nil},
	{Agency{"AFN", "ANP Financieel Nieuws"}, nil},
	{Agency{"AFP", "Agence France-Presse"}, nil},
	{Agency{"Reuters", "Reuters"}, []string{"RTR", "REUTER"}},
	{Agency{"DPA", "Deutsche Presse-Agentur"}, nil},
	{Agency{"AP", "Associated Press"}, nil},
	{Agency{"Belga", "Agence Belga"}, nil},
	{Agency{"Bloomberg", "Bloomberg News"}, []string{"BN"}},
	{Agency{"EFE", "Agencia EFE"}, nil},
	{Agency{"ANSA", "Agenzia Nazionale Stampa Associata"}, nil},
	{Agency{"Xinhua", "Xinhua News Agency"}, nil},
	{Agency{"TASS", "TASS Russian News Agency"}, []string{"ITAR-TASS"}},
	{Agency{"Kyodo", "Kyodo News"}, nil},
	{Agency{"EPA", "European Pressphoto Agency"}, nil},
	{Agency{"UPI", "United Press International"}, nil},
	{Agency{"ATS", "Agence Télégraphique Suisse"}, []string{"SDA", "KEYSTONE-ATS", "ATS-SDA"}},
	{Agency{"APA", "Austria Presse Agentur"}, nil},
	{Agency{"Novum", "Persbureau Novum"}, nil},
	{Agency{"NTB", "Norsk Telegrambyrå"}, nil},
	{Agency{"TT", "Tidningarnas Telegrambyrå"}, nil},
	{Agency{"Ritzau", "Ritzau"}, nil},
	{Agency{"PAP", "Polska Agencja Prasowa"}, nil},
	{Agency{"Interfax", "Interfax"}, nil},
	{Agency{"Yonhap", "Yonhap News Agency"}, nil},
	{Agency{"PA", "PA Media"}, nil},
	{Agency{"AAP", "Australian Associated Press"}, nil},
	{Agency{"KNA", "Katholische Nachrichten-Agentur"}, nil},
	{Agency{"Anadolu", "Anadolu Agency"}, []string{"AA"}},
	{Agency{"IRNA", "Islamic Republic News Agency"}, nil},
	{Agency{"WAFA", "Palestine News & Information Agency"}, nil},
	{Agency{"MENA", "Middle East News Agency"}, nil},
	{Agency{"PTI", "Press Trust of India"}, nil},
	{Agency{"CNA", "Central News Agency"}, nil},
	{Agency{"Lusa", "Agência Lusa"}, nil},
}

// Lookup returns the agency that code names, ignoring case. It reports
// false when code is not a known agency.
func Lookup(code string) (Agency, bool) {
	for _, r := range registry {
		if strings.EqualFold(code, r.agency.Code) {
			return r.agency, true
		}
		for _, v := range r.variants {
			if strings.EqualFold(code, v) {
				return r.agency, true
			}
		}
	}
	return Agency{}, false
}

// All returns every registered agency, in registry order. The caller owns
// the returned slice.
func All() []Agency {
	out := make([]Agency, len(registry))
	for i, r := range registry {
		out[i] = r.agency
	}
	return out
}

// Variants returns every spelling that [Lookup] accepts for a, including
// the canonical code.
func Variants(a Agency) []string {
	for _, r := range registry {
		if r.agency == a {
			return append([]string{r.agency.Code}, r.variants...)
		}
	}
	return nil
}
