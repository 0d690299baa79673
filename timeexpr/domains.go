package timeexpr

import "strings"

// topLevelDomains end the domain names that news cites as sources or
// links: "NU.nl", "Morgen.nl", "vandaag.be".
var topLevelDomains = map[string]bool{
	"nl": true, "be": true, "com": true, "net": true, "org": true, "eu": true, "de": true, "fr": true,
	"nu": true, "tv": true, "fm": true, "info": true, "io": true, "co": true, "uk": true, "frl": true,
}

// inDomainName reports whether text[a:b], a single word, is part of a
// domain name: glued to a dot and a top-level domain after it ("NU.nl"),
// or to a dot before it ("www.morgen").
func inDomainName(text string, a, b int) bool {
	if strings.ContainsAny(text[a:b], " \t\n") {
		return false
	}
	if a > 0 && text[a-1] == '.' && a > 1 && alnumByte(text[a-2]) {
		return true
	}
	if b >= len(text) || text[b] != '.' {
		return false
	}
	e := b + 1
	for e < len(text) && e-b <= 5 && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	if e < len(text) && (alnumByte(text[e]) || text[e] == '-') {
		return false
	}
	return topLevelDomains[text[b+1:e]]
}

// alnumByte reports whether c is an ASCII letter or digit.
func alnumByte(c byte) bool { return byteClass[c] == bLetter || byteClass[c] == bDigit }
