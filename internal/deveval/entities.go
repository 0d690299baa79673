package deveval

import (
	"fmt"
	"io"
	"strings"
)

// EntityTypes are the types check_entities.py reports, in its order: the
// first three are scored together, location is reported on its own.
var EntityTypes = []string{"person", "country", "organisation", "location"}

// EntityCount holds the matches of one entity type.
type EntityCount struct {
	TP, FP, FN int
}

// PRF returns precision, recall and F1, each 0 when undefined.
func (c EntityCount) PRF() (p, r, f float64) {
	p = ratio(c.TP, c.TP+c.FP)
	r = ratio(c.TP, c.TP+c.FN)
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// EntityReport is what score/check_entities.py finds: gold mentions
// matched by exact byte span and type, and on the matched ones the
// canonical names, roles and country codes.
type EntityReport struct {
	// Types holds the counts per type, under the gold or normalised
	// predicted type name.
	Types map[string]EntityCount
	// Persons is the number of matched persons, Canonical the number of
	// those whose canonical name is right.
	Persons, Canonical int
	// Roles is the number of matched persons with a gold role, RolesOK
	// the number of those whose role is right.
	Roles, RolesOK int
	// Countries is the number of matched countries, CodesOK the number of
	// those whose ISO code is right.
	Countries, CodesOK int
	// Misses lists every missed and every extra mention, as the scorer
	// prints it.
	Misses []string
}

// MicroPRF returns precision, recall and F1 of person, country and
// organisation together.
func (r *EntityReport) MicroPRF() (p, rec, f float64) {
	var all EntityCount
	for _, t := range EntityTypes[:3] {
		c := r.Types[t]
		all.TP += c.TP
		all.FP += c.FP
		all.FN += c.FN
	}
	return all.PRF()
}

// Figures returns the report's figures by name: "TYPE P", "TYPE R" and
// "TYPE F" for each of [EntityTypes], "micro-F1", and the shares
// "canonical", "roles" and "country codes".
func (r *EntityReport) Figures() []Figure {
	var out []Figure
	for _, t := range EntityTypes {
		p, rec, f := r.Types[t].PRF()
		out = append(out, Figure{t + " P", p}, Figure{t + " R", rec}, Figure{t + " F", f})
	}
	_, _, f := r.MicroPRF()
	return append(out,
		Figure{"micro-F1", f},
		Figure{"canonical", ratio(r.Canonical, r.Persons)},
		Figure{"roles", ratio(r.RolesOK, r.Roles)},
		Figure{"country codes", ratio(r.CodesOK, r.Countries)},
	)
}

// Write prints the report as check_entities.py does; verbose adds every
// miss before the figures, as the scorer does with VERBOSE=1.
func (r *EntityReport) Write(w io.Writer, verbose bool) error {
	var b strings.Builder
	if verbose {
		for _, m := range r.Misses {
			b.WriteString(m + "\n")
		}
	}
	for _, t := range EntityTypes {
		c := r.Types[t]
		p, rec, f := c.PRF()
		fmt.Fprintf(&b, "%-13s P %.3f R %.3f F %.3f (gold %d)\n", t, p, rec, f, c.TP+c.FN)
	}
	fmt.Fprintf(&b, "canonical %d/%d, roles %d/%d, country codes %d/%d\n", r.Canonical, r.Persons, r.RolesOK, r.Roles, r.CodesOK, r.Countries)
	_, _, f := r.MicroPRF()
	fmt.Fprintf(&b, "person+country+organisation micro-F1 %.3f (bar 0.8)\n", f)
	_, err := io.WriteString(w, b.String())
	return err
}

// entityTypeAlias maps other spellings of types to the scorer's names.
var entityTypeAlias = map[string]string{"organization": "organisation", "org": "organisation", "per": "person", "loc": "location", "gpe": "country"}

// spanKey is the scorer's (start, end, type) key, with start and end as
// Python compares them.
type spanKey struct {
	start, end string
	typ        string
}

func intKey(i int) string { return hashKey(jsonInt(i)) }

// ordered is a Python dict: its keys in the order they were first set.
type ordered[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func (o *ordered[K, V]) set(k K, v V) {
	if o.m == nil {
		o.m = map[K]V{}
	}
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

// Entities scores the entities as score/check_entities.py does.
func (e *Evaluator) Entities() (*EntityReport, error) {
	gold, err := e.gold("entities.json")
	if err != nil {
		return nil, err
	}
	tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
	r := &EntityReport{Types: map[string]EntityCount{}}
	for _, key := range sortedKeys(gold) {
		g := gold.get(key)
		path := e.textPath(key)
		data, err := e.read(path)
		if err != nil {
			return nil, err
		}
		run := e.parse(path)
		p := &py{where: "draad parse output for " + path}
		var preds []any
		if run.out.Code != 0 {
			r.Misses = append(r.Misses, fmt.Sprintf("%s: exit %d", key, run.out.Code))
		} else {
			if run.err != nil {
				return nil, run.err
			}
			collect(run.doc, &preds)
		}
		var pset ordered[spanKey, any]
		for _, ent := range preds {
			t := lower(str(p.getOr(ent, "type", "")))
			if a, ok := entityTypeAlias[t]; ok {
				t = a
			}
			start, end := p.get(ent, "start"), p.get(ent, "end")
			for _, v := range []any{start, end} {
				switch v.(type) {
				case []any, *object:
					p.fail("an entity offset is %s, which Python cannot hash", kind(v))
				}
			}
			pset.set(spanKey{hashKey(start), hashKey(end), t}, ent)
		}
		pg := &py{where: "gold/entities.json, " + key}
		var gset ordered[spanKey, any]
		skip := map[[2]string]bool{}
		for _, m := range pg.iter(pg.index(g, "mentions"), "mentions") {
			b := []byte(pg.text(pg.index(m, "text"), "a mention's text"))
			i, ok := nth(data, b, pg.integer(pg.getOr(m, "occurrence", jsonInt(1)), "occurrence"))
			if !ok || pg.err != nil {
				continue
			}
			if truthy(pg.get(m, "in_compound")) || truthy(pg.get(m, "in_dateline")) {
				// neither rewarded nor penalised: the dateline struct and roles carry these
				skip[[2]string{intKey(i), intKey(i + len(b))}] = true
				continue
			}
			gset.set(spanKey{intKey(i), intKey(i + len(b)), pg.text(pg.index(m, "type"), "a mention's type")}, m)
		}
		if pg.err != nil {
			return nil, pg.err
		}
		for _, k := range gset.keys {
			m := gset.m[k]
			t := k.typ
			ent, ok := pset.m[k]
			if !ok {
				fn[t]++
				r.Misses = append(r.Misses, fmt.Sprintf("%s: missed %s %s", key, t, repr(pg.index(m, "text"))))
				continue
			}
			tp[t]++
			switch t {
			case "person":
				r.Persons++
				if equal(or(p.get(ent, "canonical"), p.get(ent, "text")), pg.getOr(m, "canonical", pg.index(m, "text"))) {
					r.Canonical++
				}
				if truthy(pg.get(m, "role")) {
					r.Roles++
					role := lower(p.textOr(p.get(ent, "role"), "a role"))
					if role == lower(pg.text(pg.index(m, "role"), "a role")) || role == lower(pg.textOr(pg.get(m, "role_full"), "role_full")) {
						r.RolesOK++
					}
				}
			case "country":
				r.Countries++
				code := upper(p.textOr(or(p.get(ent, "country"), p.get(ent, "code")), "a country code"))
				if code == upper(pg.textOr(pg.get(m, "code"), "a country code")) {
					r.CodesOK++
				}
			}
		}
		for _, k := range pset.keys {
			if _, ok := gset.m[k]; ok || skip[[2]string{k.start, k.end}] {
				continue
			}
			switch k.typ {
			case "person", "country", "organisation", "location":
				fp[k.typ]++
				r.Misses = append(r.Misses, fmt.Sprintf("%s: extra %s %s", key, k.typ, repr(p.get(pset.m[k], "text"))))
			}
		}
		if p.err != nil {
			return nil, p.err
		}
		if pg.err != nil {
			return nil, pg.err
		}
	}
	for t := range merge(tp, fp, fn) {
		r.Types[t] = EntityCount{TP: tp[t], FP: fp[t], FN: fn[t]}
	}
	return r, nil
}

// merge returns the union of the keys of the maps.
func merge(ms ...map[string]int) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		for k := range m {
			out[k] = true
		}
	}
	return out
}

// collect appends every object in a list under a key named "entities",
// anywhere in the JSON, as the scorer gathers predictions.
func collect(node any, out *[]any) {
	switch n := node.(type) {
	case *object:
		for _, k := range n.keys {
			v := n.vals[k]
			if l, ok := v.([]any); ok && k == "entities" {
				for _, e := range l {
					if _, ok := e.(*object); ok {
						*out = append(*out, e)
					}
				}
				continue
			}
			collect(v, out)
		}
	case []any:
		for _, v := range n {
			collect(v, out)
		}
	}
}

// nth returns the offset of the n-th occurrence of needle in data, as the
// scorer's nth does: -1 for n < 1, and false when there are fewer.
func nth(data, needle []byte, n int) (int, bool) {
	i := -1
	for range n {
		i = find(data, needle, i+1)
		if i < 0 {
			return 0, false
		}
	}
	return i, true
}
