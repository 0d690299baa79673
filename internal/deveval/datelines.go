package deveval

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// DatelineReport is what score/check_wire.py finds: the first dateline of
// each file against gold/datelines.json, the item-page ages against
// gold/pages.json, and whether every span's offsets fit the input.
type DatelineReport struct {
	OK, Total           int // files whose dateline (or its absence) is right
	Crashes             int // files on which draad parse failed
	SpanErrors          int // files with a span whose text is not input[start:end]
	PagesOK, PagesTotal int // item pages whose ages are right
	// Misses lists every wrong file, as the scorer prints it.
	Misses []string
}

// Accuracy returns OK/Total, 0 when there are no files.
func (r *DatelineReport) Accuracy() float64 { return ratio(r.OK, r.Total) }

// Figures returns the report's figures by name: "datelines" (the
// accuracy), "crashes", "span errors" and "pages".
func (r *DatelineReport) Figures() []Figure {
	return []Figure{
		{"datelines", r.Accuracy()},
		{"crashes", float64(r.Crashes)},
		{"span errors", float64(r.SpanErrors)},
		{"pages", ratio(r.PagesOK, r.PagesTotal)},
	}
}

// Write prints the report as check_wire.py does; verbose adds the misses
// before the figures, as the scorer always does.
func (r *DatelineReport) Write(w io.Writer, verbose bool) error {
	var b strings.Builder
	if verbose {
		for _, m := range r.Misses {
			b.WriteString(m + "\n")
		}
	}
	fmt.Fprintf(&b, "crashes %d, span errors %d, pages %d/%d\n", r.Crashes, r.SpanErrors, r.PagesOK, r.PagesTotal)
	fmt.Fprintf(&b, "datelines %d/%d = %.3f\n", r.OK, r.Total, r.Accuracy())
	_, err := io.WriteString(w, b.String())
	return err
}

// agencyAlias normalises agency codes as the scorer does.
var agencyAlias = map[string]string{"RTR": "REUTERS", "REUTER": "REUTERS"}

func aliasCode(c string) string {
	c = upper(c)
	if a, ok := agencyAlias[c]; ok {
		return a
	}
	return c
}

// Datelines scores the datelines as score/check_wire.py does.
func (e *Evaluator) Datelines() (*DatelineReport, error) {
	top, err := e.gold("datelines.json")
	if err != nil {
		return nil, err
	}
	gold, ok := top.get("datelines").(*object)
	if !ok {
		return nil, fmt.Errorf("deveval: %s/gold/datelines.json: want an object under \"datelines\", got %s", e.opts.Dir, kind(top.get("datelines")))
	}
	pages, err := e.gold("pages.json")
	if err != nil {
		return nil, err
	}
	r := &DatelineReport{}
	for _, f := range sortedKeys(gold) {
		want := gold.get(f)
		path := e.textPath(f)
		data, err := e.read(path)
		if err != nil {
			return nil, err
		}
		run := e.parse(path)
		r.Total++
		if run.out.Code != 0 {
			r.Crashes++
			r.Misses = append(r.Misses, fmt.Sprintf("%s: exit %d: %s", f, run.out.Code, prefixRunes(run.out.Stderr, 120)))
			continue
		}
		if run.err != nil {
			return nil, run.err
		}
		p := &py{where: "draad parse output for " + path}
		doc := firstDoc(p, run.doc)
		if p.err == nil && len(badSpans(doc, data)) > 0 {
			r.SpanErrors++
		}
		// the first dateline of the document, wherever it sits
		var got any
		for _, s := range p.iter(or(p.get(doc, "stories"), []any{}), "stories") {
			if d := p.get(s, "dateline"); truthy(d) {
				got = d
				break
			}
		}
		pg := &py{where: "gold/datelines.json, " + f}
		var good bool
		switch {
		case want == nil:
			good = got == nil
			if !good {
				r.Misses = append(r.Misses, fmt.Sprintf("%s: false dateline %s", f, repr(p.get(got, "text"))))
			}
		case got == nil:
			good = truthy(pg.get(want, "lenient"))
			if !good {
				r.Misses = append(r.Misses, fmt.Sprintf("%s: missed dateline %s", f, str(want)))
			}
		default:
			gp := p.get(got, "place")
			gc := normCodes(p, p.get(got, "agencies"))
			var wc []string
			for _, c := range pg.iter(pg.index(want, "agencies"), "agencies") {
				wc = append(wc, aliasCode(pg.text(c, "an agency")))
			}
			good = equal(gp, pg.index(want, "place")) && slices.Equal(gc, wc)
			if !good {
				r.Misses = append(r.Misses, fmt.Sprintf("%s: got %s %s want %s %s", f, repr(gp), strList(gc), repr(pg.index(want, "place")), strList(wc)))
			}
		}
		if p.err != nil {
			return nil, p.err
		}
		if pg.err != nil {
			return nil, pg.err
		}
		if good {
			r.OK++
		}
	}

	for _, f := range pages.keys {
		want := pages.get(f)
		path := e.opts.Dir + "/wire/" + f
		run := e.parse(path)
		r.PagesTotal++
		if run.out.Code != 0 {
			r.Misses = append(r.Misses, fmt.Sprintf("%s: exit %d", f, run.out.Code))
			continue
		}
		if run.err != nil {
			return nil, run.err
		}
		p := &py{where: "draad parse output for " + path}
		doc := firstDoc(p, run.doc)
		stories := storiesOf(p, doc)
		var ages []any
		var first any = &object{vals: map[string]any{}}
		found := false
		for _, s := range stories {
			if truthy(p.get(s, "age")) {
				ages = append(ages, p.get(or(p.get(s, "age"), &object{}), "text"))
				if !found {
					first, found = s, true
				}
			}
		}
		if ages == nil {
			ages = []any{}
		}
		fh := p.textOr(p.get(or(p.get(first, "headline"), &object{}), "text"), "a headline")
		pg := &py{where: "gold/pages.json, " + f}
		good := equal(ages, pg.index(want, "ages"))
		if good {
			body := p.textOr(p.get(or(p.get(first, "body"), &object{}), "text"), "a body")
			good = strings.Contains(fh+" "+prefixRunes(body, 200), pg.text(pg.index(want, "first_item_headline"), "first_item_headline"))
		}
		if p.err != nil {
			return nil, p.err
		}
		if pg.err != nil {
			return nil, pg.err
		}
		if !good {
			r.Misses = append(r.Misses, fmt.Sprintf("%s: ages %s first item headline %s", f, repr(ages), repr(fh)))
		} else {
			r.PagesOK++
		}
	}
	if r.Total == 0 {
		return nil, fmt.Errorf("deveval: %s/gold/datelines.json: no files", e.opts.Dir)
	}
	return r, nil
}

// normCodes is the scorer's norm_codes: the agency codes of a dateline,
// upper case, with Reuters' aliases merged.
func normCodes(p *py, ags any) []string {
	var out []string
	for _, a := range p.iter(or(ags, []any{}), "agencies") {
		out = append(out, aliasCode(str(p.getOr(a, "code", ""))))
	}
	return out
}

// strList is repr of a list of strings.
func strList(l []string) string {
	a := make([]any, len(l))
	for i, s := range l {
		a[i] = s
	}
	return repr(a)
}

// storiesOf returns the stories of a document and of its sections, as the
// scorers gather them.
func storiesOf(p *py, doc any) []any {
	stories := append([]any(nil), p.iter(or(p.get(doc, "stories"), []any{}), "stories")...)
	for _, sec := range p.iter(or(p.get(doc, "sections"), []any{}), "sections") {
		stories = append(stories, p.iter(or(p.get(sec, "stories"), []any{}), "stories")...)
	}
	return stories
}

// badSpans is check_spans.bad_spans: every object with text, start and end
// whose offsets do not fit data or whose text is not data[start:end].
func badSpans(doc any, data []byte) []string {
	var bad []string
	walkSpans(doc, "$", func(path string, s *object) {
		st, stOK := offset(s.get("start"))
		en, enOK := offset(s.get("end"))
		if !stOK || !enOK || !(0 <= st && st <= en && en <= len(data)) {
			bad = append(bad, fmt.Sprintf("%s: offsets %s..%s out of range", path, str(s.get("start")), str(s.get("end"))))
			return
		}
		if !equal(decodeReplace(data[st:en]), s.get("text")) {
			bad = append(bad, path+": text differs from the input")
		}
	})
	return bad
}

// offset returns v as an int when Python's isinstance(v, int) holds and it
// fits; a huge offset never fits the data anyway.
func offset(v any) (int, bool) {
	p := &py{}
	i := p.integer(v, "")
	if p.err != nil {
		return 0, false
	}
	return i, true
}

func walkSpans(node any, path string, f func(string, *object)) {
	switch n := node.(type) {
	case *object:
		if n.has("text") && n.has("start") && n.has("end") {
			f(path, n)
		}
		for _, k := range n.keys {
			walkSpans(n.vals[k], path+"."+k, f)
		}
	case []any:
		for i, v := range n {
			walkSpans(v, fmt.Sprintf("%s[%d]", path, i), f)
		}
	}
}
