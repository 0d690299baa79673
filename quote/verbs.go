// Speech verbs found in the tokens.

package quote

func (f *finder) isVerb(w string) bool { return len(f.lx.forms[w]) > 0 }

// verbMatch is a speech verb found at a token.
type verbMatch struct {
	text     string // as written, "zei" or "liet weten"
	form     verbForm
	particle int // token index of a separated particle, or -1
	ok       bool
}

// verbAt matches a speech verb at ts[i]. A separable form needs its particle
// within the next few words.
func (f *finder) verbAt(ts []tok, i int, allowParticiple bool) verbMatch {
	if i >= len(ts) || !ts[i].word {
		return verbMatch{}
	}
	var best verbMatch
	for _, vf := range f.lx.forms[ts[i].lower] {
		if vf.participle && !allowParticiple {
			continue
		}
		if vf.particle == "" {
			if !best.ok || best.form.participle && !vf.participle {
				best = verbMatch{text: ts[i].s, form: vf, particle: -1, ok: true}
			}
			continue
		}
		for k := i + 1; k < len(ts) && k <= i+8 && ts[k].word; k++ {
			if ts[k].lower == vf.particle {
				return verbMatch{text: ts[i].s + " " + ts[k].s, form: vf, particle: k, ok: true}
			}
		}
	}
	return best
}
