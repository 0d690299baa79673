package parse

import (
	"strings"
	"time"

	"github.com/draadnlp/draad/timeexpr"
)

// stampLeadIns are the words before a stamped date: "Gepubliceerd op 17
// april 2019", "Bijgewerkt: 3 maart 2023 14:05".
var stampLeadIns = []string{
	"gepubliceerd op", "gepubliceerd", "laatst bijgewerkt op", "laatst bijgewerkt",
	"bijgewerkt op", "bijgewerkt", "laatste update",
	"geüpdatet op", "geüpdatet", "aangepast op", "aangepast", "geplaatst op", "geplaatst",
	"update", "publicatie",
}

// maxStamp bounds the length of a line that can be a time stamp.
const maxStamp = 80

// detectRef is the reference time stamps are detected with. Detection
// only asks whether a line is a date or time, which does not depend on
// the reference; values are computed again against the real one.
var detectRef = time.Date(2000, 1, 3, 12, 0, 0, 0, time.UTC)

// scanStamp reports whether the line s[i:end] is a time stamp: a date or
// clock time with a digit in it ("14:05", "vandaag 14:05", "12-03-2024
// 09:15"), alone or after a lead-in ("Bijgewerkt:"). The result carries the
// span, kind and grain; [resolveStamp] fills in the values.
func scanStamp(s string, i, end int) (*timeexpr.Expr, bool) {
	if end-i > maxStamp || !strings.ContainsAny(s[i:end], "0123456789") {
		return nil, false
	}
	j := i
	for _, l := range stampLeadIns {
		if end-i >= len(l) && strings.EqualFold(s[i:i+len(l)], l) {
			j = skipBlank(s, i+len(l), end)
			if j < end && s[j] == ':' {
				j = skipBlank(s, j+1, end)
			}
			break
		}
	}
	stop := end
	if stop > j && s[stop-1] == '.' {
		stop--
	}
	found := timeexpr.Find(s[j:stop], detectRef)
	if len(found) != 1 {
		return nil, false
	}
	e := found[0]
	if e.End != stop-j || (e.Kind != timeexpr.Instant && e.Kind != timeexpr.Interval) || !stampPrefix(s[j:j+e.Start]) {
		return nil, false
	}
	return &timeexpr.Expr{Text: e.Text, Start: j + e.Start, End: j + e.End, Kind: e.Kind, Grain: e.Grain}, true
}

// stampWords may stand before the time in a stamp without being part of
// it: "om 07:45", "zo 1 mrt 18:32" (weekday abbreviations that package
// timeexpr leaves out where they are ambiguous, as "zo" is).
var stampWords = map[string]bool{
	"om": true, "op": true, "ma": true, "di": true, "wo": true, "do": true,
	"vr": true, "za": true, "zo": true,
}

// stampPrefix reports whether p holds only stampWords, blanks and
// punctuation.
func stampPrefix(p string) bool {
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return isBlank(r) || r == '.' || r == ',' }) {
		if !stampWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// resolveStamp resolves a stamp found by scanStamp against ref. The
// stamp keeps its span: Parse may read a shorter text than the one found
// ("0.17" of "om0.17").
func resolveStamp(st *timeexpr.Expr, ref time.Time, opts []timeexpr.Option) *timeexpr.Expr {
	e, err := timeexpr.Parse(st.Text, ref, opts...)
	if err != nil {
		return st
	}
	e.Text, e.Start, e.End = st.Text, st.Start, st.End
	return &e
}
