// Package quoteeval scores [quote.FindStory] on golden quote cases: txtar
// files with a story, hand-written mentions and a hand-written gold section
// (see testdata/README.md). It is used by `draad quote-eval` and by the
// tests of package quote, and is kept out of package quote so that the
// library does not depend on the file format or the file system. The
// cases in testdata are built in ([Builtin]), so that quote-eval runs
// anywhere.
package quoteeval

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/quote"
	"golang.org/x/tools/txtar"
)

// Case is one golden case: a story, its mentions and its hand-written gold
// attributions. See testdata/README.md for the file format.
type Case struct {
	// Name is the file name.
	Name string
	// Doc is the document: the headline (if any), a newline, the input.
	Doc string
	// Story holds the spans and mentions of Doc.
	Story quote.Story
	// Gold lists the expected quotes.
	Gold []Gold
	// Archive is the parsed file, for rewriting want.json.
	Archive *txtar.Archive
}

// Gold is a hand-written expected quote.
type Gold struct {
	// Kind is the expected kind.
	Kind quote.Kind
	// Prefix is the start of the quote content.
	Prefix string
	// Speaker is the expected canonical name or speaker text; "" means
	// the quote must stay unattributed (or not be reported).
	Speaker string
}

// ParseCase parses a golden case in txtar format.
func ParseCase(name string, data []byte) (Case, error) {
	ar := txtar.Parse(data)
	c := Case{Name: name, Archive: ar}
	sec := map[string]string{}
	for _, f := range ar.Files {
		sec[f.Name] = string(f.Data)
	}
	input, ok := sec["input"]
	if !ok {
		return c, fmt.Errorf("quoteeval: %s: no input section", name)
	}
	input = strings.TrimRight(input, "\n")
	head := strings.TrimSpace(sec["headline"])
	off := 0
	if head != "" {
		c.Doc = head + "\n"
		c.Story.Headline = quote.Span{Text: head, Start: 0, End: len(head)}
		off = len(c.Doc)
	}
	c.Doc += input
	for _, p := range quote.Paragraphs(input) {
		p.Start += off
		p.End += off
		c.Story.Paragraphs = append(c.Story.Paragraphs, p)
	}
	ms, err := parseMentions(c.Doc, sec["mentions"])
	if err != nil {
		return c, fmt.Errorf("quoteeval: %s: %v", name, err)
	}
	c.Story.Entities = ms
	for i, line := range strings.Split(sec["gold"], "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "|")
		if len(fs) != 3 {
			return c, fmt.Errorf("quoteeval: %s: gold line %d: want 'kind | prefix | speaker'", name, i+1)
		}
		var g Gold
		if err := g.Kind.UnmarshalText([]byte(strings.TrimSpace(fs[0]))); err != nil {
			return c, fmt.Errorf("quoteeval: %s: gold line %d: %v", name, i+1, err)
		}
		g.Prefix = strings.TrimSpace(fs[1])
		if g.Speaker = strings.TrimSpace(fs[2]); g.Speaker == "-" {
			g.Speaker = ""
		}
		c.Gold = append(c.Gold, g)
	}
	return c, nil
}

// parseMentions reads "text | person|org | canonical=… | role=… | org=… |
// country=… | kind=…"
// lines; every whole-word occurrence of text in doc becomes a mention,
// longest texts first.
func parseMentions(doc, sec string) ([]entity.Entity, error) {
	var protos []entity.Entity
	for i, line := range strings.Split(sec, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "|")
		if len(fs) < 2 {
			return nil, fmt.Errorf("mention line %d: want 'text | person|org ...'", i+1)
		}
		m := entity.Entity{Text: strings.TrimSpace(fs[0])}
		switch strings.TrimSpace(fs[1]) {
		case "person":
			m.Type = entity.Person
		case "org":
			m.Type = entity.Organisation
		case "loc":
			m.Type = entity.Location
		case "misc":
		default:
			return nil, fmt.Errorf("mention line %d: unknown type %q", i+1, fs[1])
		}
		for _, kv := range fs[2:] {
			k, v, _ := strings.Cut(strings.TrimSpace(kv), "=")
			switch k {
			case "canonical":
				m.Canonical = v
			case "role":
				m.Role = v
			case "org":
				m.Org = v
			case "country":
				m.Country = v
			case "kind":
				m.Kind = v
			default:
				return nil, fmt.Errorf("mention line %d: unknown key %q", i+1, k)
			}
		}
		if m.Canonical == "" {
			m.Canonical = m.Text
		}
		protos = append(protos, m)
	}
	slices.SortStableFunc(protos, func(a, b entity.Entity) int { return len(b.Text) - len(a.Text) })
	taken := make([]bool, len(doc))
	var out []entity.Entity
	for _, p := range protos {
		for i := 0; ; {
			k := strings.Index(doc[i:], p.Text)
			if k < 0 || p.Text == "" {
				break
			}
			a, b := i+k, i+k+len(p.Text)
			i = a + 1
			if a > 0 && isWordRune(lastRune(doc[:a])) || b < len(doc) && isWordRune(firstRune(doc[b:])) {
				continue
			}
			if slices.Contains(taken[a:b], true) {
				continue
			}
			for j := a; j < b; j++ {
				taken[j] = true
			}
			m := p
			m.Start, m.End = a, b
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(a, b entity.Entity) int { return a.Start - b.Start })
	return out, nil
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

//go:embed testdata/*.txt
var builtin embed.FS

// Builtin returns the golden cases built into the package, the files of
// its testdata directory.
func Builtin() ([]Case, error) {
	sub, err := fs.Sub(builtin, "testdata")
	if err != nil {
		return nil, err
	}
	return LoadFS(sub, ".")
}

// LoadCases reads every *.txt golden case in dir.
func LoadCases(dir string) ([]Case, error) {
	return LoadFS(os.DirFS(dir), ".")
}

// LoadFS reads every *.txt golden case in the directory dir of fsys.
func LoadFS(fsys fs.FS, dir string) ([]Case, error) {
	files, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("quoteeval: no golden cases in %s", dir)
	}
	var cases []Case
	var errs []error
	for _, fn := range files {
		data, err := fs.ReadFile(fsys, fn)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c, err := ParseCase(path.Base(fn), data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		cases = append(cases, c)
	}
	return cases, errors.Join(errs...)
}

// Score counts attributions of one kind.
type Score struct {
	// Gold is the number of gold quotes with a speaker.
	Gold int
	// Attributed is the number of found quotes with a speaker.
	Attributed int
	// Correct is the number of found quotes whose speaker matches gold.
	Correct int
}

// Precision returns Correct/Attributed, or 1 when nothing was attributed.
func (s Score) Precision() float64 {
	if s.Attributed == 0 {
		return 1
	}
	return float64(s.Correct) / float64(s.Attributed)
}

// Recall returns Correct/Gold, or 1 when there is no gold.
func (s Score) Recall() float64 {
	if s.Gold == 0 {
		return 1
	}
	return float64(s.Correct) / float64(s.Gold)
}

// Report is the result of [Evaluate].
type Report struct {
	// Cases is the number of cases.
	Cases int
	// ByKind holds the score per kind (index quote.Direct, quote.Colon, quote.Indirect).
	ByKind [quote.Indirect + 1]Score
	// Errors describes every wrong, spurious or missed attribution.
	Errors []string
}

// Evaluate scores [quote.FindStory] on the cases against their gold sections. A found
// quote is matched to the gold quote whose prefix starts its content; it is
// correct when kind and speaker (canonical or text, case-insensitive)
// agree. Found attributed quotes without gold count against precision.
//
// When mentions is non-nil it replaces the hand-written mentions of every
// case, so that the score covers entity extraction end to end.
//
// When find is non-nil it replaces [quote.FindStory], for example with [quote.Nearest].
func Evaluate(cases []Case, mentions func(doc string) []entity.Entity, find func(doc string, s quote.Story) []quote.Quote) Report {
	var r Report
	r.Cases = len(cases)
	if find == nil {
		find = quote.FindStory
	}
	for _, c := range cases {
		s := c.Story
		if mentions != nil {
			s.Entities = mentions(c.Doc)
		}
		qs := find(c.Doc, s)
		used := make([]bool, len(c.Gold))
		for _, g := range c.Gold {
			if g.Speaker != "" {
				r.ByKind[g.Kind].Gold++
			}
		}
		for _, q := range qs {
			gi := -1
			content := normSpace(q.Content.Text)
			for i, g := range c.Gold {
				if !used[i] && strings.HasPrefix(content, normSpace(g.Prefix)) {
					gi = i
					break
				}
			}
			if gi >= 0 {
				used[gi] = true
			}
			if q.Speaker == nil {
				if gi >= 0 && c.Gold[gi].Speaker != "" {
					r.Errors = append(r.Errors, fmt.Sprintf("%s: %s %q: unattributed, want %q", c.Name, q.Kind, clip(content), c.Gold[gi].Speaker))
				}
				continue
			}
			r.ByKind[q.Kind].Attributed++
			switch {
			case gi < 0:
				r.Errors = append(r.Errors, fmt.Sprintf("%s: %s %q: spurious, speaker %q", c.Name, q.Kind, clip(content), q.Speaker.Canonical+"/"+q.Speaker.Text))
			case c.Gold[gi].Speaker == "":
				r.Errors = append(r.Errors, fmt.Sprintf("%s: %s %q: attributed to %q, want none", c.Name, q.Kind, clip(content), q.Speaker.Text))
			case c.Gold[gi].Kind != q.Kind:
				r.Errors = append(r.Errors, fmt.Sprintf("%s: %q: kind %s, want %s", c.Name, clip(content), q.Kind, c.Gold[gi].Kind))
			case !speakerMatches(c.Gold[gi].Speaker, q.Speaker):
				r.Errors = append(r.Errors, fmt.Sprintf("%s: %s %q: speaker %q (%s), want %q", c.Name, q.Kind, clip(content), q.Speaker.Canonical+"/"+q.Speaker.Text, q.Rule, c.Gold[gi].Speaker))
			default:
				r.ByKind[q.Kind].Correct++
			}
		}
		for i, g := range c.Gold {
			if !used[i] && g.Speaker != "" {
				r.Errors = append(r.Errors, fmt.Sprintf("%s: %s %q: not found, want %q", c.Name, g.Kind, g.Prefix, g.Speaker))
			}
		}
	}
	return r
}

// speakerMatches reports whether a speaker matches the gold name: equal to
// its canonical name or text (ignoring case), or, for names of two words or
// more, one ending with the other ("De Nederlandsche Bank" and
// "Nederlandsche Bank"). A bare surname never matches a full name this way.
func speakerMatches(gold string, sp *quote.Speaker) bool {
	for _, s := range []string{sp.Canonical, sp.Text} {
		if s == "" {
			continue
		}
		if strings.EqualFold(gold, s) {
			return true
		}
		g, c := strings.Fields(strings.ToLower(gold)), strings.Fields(strings.ToLower(s))
		if len(g) < 2 || len(c) < 2 {
			continue
		}
		short, long := g, c
		if len(short) > len(long) {
			short, long = long, short
		}
		if slices.Equal(short, long[len(long)-len(short):]) {
			return true
		}
	}
	return false
}

func normSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

func clip(s string) string {
	if len(s) > 40 {
		i := 40
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		return s[:i] + "…"
	}
	return s
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
