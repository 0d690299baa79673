// Rules that read the sentence after the quote: "Dat zei X."

package quote

// datAfter handles a quote that ends its sentence, reported by the next
// one: '"…" Dat zei premier Schoof dinsdag.' When the quote ends its
// paragraph, the sentence that opens the next paragraph may report it:
// '"…"' then 'Dat zei hij na afloop.' or 'Aan het woord is X.'.
func (f *finder) datAfter(q *Quote, p pair) bool {
	ns := boundAfter(f.bounds, p.end)
	r := f.regionOf(p.end - 1)
	if r < 0 {
		return false
	}
	if !hasNonSpace(f.doc[p.end:f.regs[r].end]) {
		if r+1 >= len(f.regs) || f.regs[r+1].headline {
			return false
		}
		r++
		ns = f.regs[r].start
	}
	if ns >= f.regs[r].end {
		return false
	}
	ne := min(boundAfter(f.bounds, ns+1), f.regs[r].end)
	ts := f.window(ns, ne, false)
	ph, vm, ok := f.datReport(ts)
	if !ok {
		ph, vm, ok = f.aanHetWoord(ts)
	}
	if !ok {
		return false
	}
	f.attribute(q, ph, vm, "dat-after-quote")
	return true
}

// aanHetWoord reads "Aan het woord is X" (or "was"), the sentence that
// names the speaker of the quote before it: '"Mijn moeder sprak weinig
// over Hollywood."' then 'Aan het woord is Luca Dotti, de zoon van …'.
func (f *finder) aanHetWoord(ts []tok) (phrase, verbMatch, bool) {
	if len(ts) < 5 || ts[0].lower != "aan" || ts[1].lower != "het" || ts[2].lower != "woord" ||
		ts[3].lower != "is" && ts[3].lower != "was" {
		return phrase{}, verbMatch{}, false
	}
	f.generic = true
	ph, ok := f.parseNP(ts, 4)
	f.generic = false
	if !ok || ph.pronoun {
		return phrase{}, verbMatch{}, false
	}
	return ph, verbMatch{text: ts[0].s + " " + ts[1].s + " " + ts[2].s, particle: -1, ok: true}, true
}

// datReport reads a sentence that reports the one before it: "Dat zegt
// X …", "Dat meldt de NOS", or in the perfect tense "Dat heeft X dinsdag
// gezegd" and "Dat heeft X laten weten" (the participle or infinitive
// within maxGap words after the speaker).
func (f *finder) datReport(ts []tok) (phrase, verbMatch, bool) {
	// "Het zijn de woorden van de Tilburgse Leonard V.", "Dat waren de
	// woorden van X"
	if len(ts) >= 6 && (ts[0].lower == "het" || ts[0].lower == "dat" || ts[0].lower == "dit") &&
		(ts[1].lower == "zijn" || ts[1].lower == "waren") && ts[2].lower == "de" &&
		(ts[3].lower == "woorden" || ts[3].lower == "uitspraken") && ts[4].lower == "van" {
		f.generic = true
		ph, ok := f.parseNP(ts, 5)
		f.generic = false
		if ok && !ph.pronoun {
			return ph, verbMatch{text: ts[3].s, particle: -1, ok: true}, true
		}
	}
	if len(ts) < 3 || ts[0].lower != "dat" && ts[0].lower != "dit" {
		return phrase{}, verbMatch{}, false
	}
	if vm := f.verbAt(ts, 1, false); vm.ok {
		ph, ok := f.parseNP(ts, 2)
		return ph, vm, ok
	}
	if !f.isAux(ts[1].lower) {
		return phrase{}, verbMatch{}, false
	}
	ph, ok := f.parseNP(ts, 2)
	if !ok {
		return phrase{}, verbMatch{}, false
	}
	for v := ph.next; v < len(ts) && v <= ph.next+maxGap && ts[v].word; v++ {
		if vm := f.verbAt(ts, v, true); vm.ok && (vm.form.participle || vm.particle == v+1) {
			return ph, vm, true
		}
		if f.isAux(ts[v].lower) || copulas[ts[v].lower] {
			break
		}
	}
	return phrase{}, verbMatch{}, false
}
