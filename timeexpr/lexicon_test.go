package timeexpr

import (
	"fmt"
	"go/ast"
	goparser "go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/draadnlp/draad/internal/numword"
	"golang.org/x/tools/txtar"
)

// TestMaybeWords checks that every word [parser.maybe] switches on is in
// the lexicon table, which lets a word that is not pass its switches by.
func TestMaybeWords(t *testing.T) {
	f, err := goparser.ParseFile(token.NewFileSet(), "find.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	lt := lexicon()
	n := 0
	ast.Inspect(f, func(nd ast.Node) bool {
		fd, ok := nd.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "maybe" {
			return true
		}
		ast.Inspect(fd.Body, func(nd ast.Node) bool {
			sw, ok := nd.(*ast.SwitchStmt)
			if !ok {
				return true
			}
			if id, ok := sw.Tag.(*ast.Ident); !ok || id.Name != "w" {
				return true
			}
			for _, cc := range sw.Body.List {
				for _, e := range cc.(*ast.CaseClause).List {
					lit, ok := e.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						t.Errorf("maybe: case %T is no string literal", e)
						continue
					}
					w, _ := strconv.Unquote(lit.Value)
					n++
					if lt.class(w)&(clLex|clMaybe) == 0 {
						t.Errorf("maybe switches on %q, which is not in the lexicon table: add it to maybeWords", w)
					}
				}
			}
			return true
		})
		return false
	})
	if n < 40 {
		t.Errorf("found only %d words in the switches of maybe", n)
	}
}

// TestLexTable checks the table against the word lists it is built from.
func TestLexTable(t *testing.T) {
	lt := lexicon()
	for _, w := range lt.list {
		if lt.list[lt.index(w)] != w {
			t.Errorf("index(%q) finds another word", w)
		}
	}
	for w := range numword.Words {
		n, ord, _ := numword.Lookup(w)
		c := lt.class(w)
		if c&clLex == 0 || (c&clOrd != 0) != ord || (c&clCard != 0) == ord || int(lt.num[lt.index(w)]) != n {
			t.Errorf("number word %q: class %b, value %d; want %d, ordinal %v", w, c, lt.num[lt.index(w)], n, ord)
		}
	}
	for _, w := range []string{"", "x", "minister", "maandagavonden", "de", "xyzzy-not-a-word"} {
		_, _, isNum := numword.Lookup(w)
		if c := lt.class(w); (c&(clCard|clOrd) != 0) != isNum {
			t.Errorf("class(%q) = %b, number word: %v", w, c, isNum)
		}
	}
}

// TestGates runs the parser at every token of the golden inputs and the
// defect cases with and without the gates of parser.at: a closed gate
// must never hide a match.
func TestGates(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		a, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, fl := range a.Files {
			texts = append(texts, string(fl.Data))
		}
	}
	if b, err := os.ReadFile("testdata/news.input"); err == nil {
		texts = append(texts, string(b))
	}
	for _, tc := range categoryCases {
		texts = append(texts, tc.in)
	}
	// invented phrases for each gate's dynamic part
	texts = append(texts, "de twintigste eeuw, de eenentwintigste eeuw, twintigste keer per jaar, 19de eeuw, de 3de week van mei",
		"tweewekelijks, driemaandelijks, twee keer per week, drie maal daags, de jaren '80 en '90, vorige eeuw, dit decennium",
		"Volgende week, het komende halfjaar, de rest van de maand, eerder in de maand, laat in de avond, tegen de ochtend")
	n := 0
	for _, text := range texts {
		n += checkGates(t, text)
	}
	if n < 10000 {
		t.Errorf("only %d tokens tried", n)
	}
}

// checkGates compares parser.at with and without gates at every token of
// text, in running text and as a phrase, and returns the tokens tried.
func checkGates(t *testing.T, text string) int {
	t.Helper()
	ref := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC)
	n := 0
	for _, phrase := range []bool{false, true} {
		lx := newLexer(text)
		toks := lx.next(nil, 1<<30)
		var ps [2]parser
		for k, all := range []bool{false, true} {
			ps[k] = parser{t: slices.Clone(toks), low: lx.low, src: text, ref: ref, dir: Auto, phrase: phrase, lex: lexicon(), tw: tenseWords(), allGates: all}
		}
		for p := range toks {
			var got [2]string
			for k := range ps {
				m, ok := ps[k].atAuto(p)
				got[k] = fmt.Sprint(ok, m.a, m.b, m.r)
			}
			if got[0] != got[1] {
				t.Errorf("at(%q, token %d %q): with gates %s, without %s", text, p, text[toks[p].start:toks[p].end], got[0], got[1])
			}
			// maybe, the fast reject path of Find, rejects an
			// apostrophe unless a glued "s" or number follows ("'s
			// nachts", "'19"): no expression starts at any other.
			if _, ok := ps[1].atAuto(p); ok && ps[1].t[p].k == kPunct && ps[1].w(p) == "'" && !ps[1].maybe(p) {
				t.Errorf("maybe(%q, token %d %q) = false, but an expression starts there", text, p, text[toks[p].start:toks[p].end])
			}
			n++
		}
	}
	return n
}

func FuzzGates(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<12 {
			return
		}
		checkGates(t, s)
	})
}

// TestLowPool checks that no result of Find holds on to the pooled buffer
// of the lower-cased text: the expressions found in a text stay the same
// after other texts have been searched with the same buffer.
func TestLowPool(t *testing.T) {
	ref := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC)
	texts := []string{"Op Maandag 12 MAART om 15.30 uur, Eind Volgend Jaar en Elke Week: DE JAREN NEGENTIG, Koningsdag 2025."}
	if b, err := os.ReadFile("testdata/news.input"); err == nil {
		texts = append(texts, string(b))
	}
	for _, tc := range categoryCases {
		texts = append(texts, tc.in)
	}
	for _, text := range texts {
		for _, opts := range [][]Option{nil, {WithLatent()}, {WithLocale(BE)}} {
			kept := Find(text, ref, opts...)
			want := fmt.Sprintf("%+v", kept)
			Find("X"+strings.Repeat("Q", len(text)), ref, opts...) // overwrites the buffer
			if got := fmt.Sprintf("%+v", kept); got != want {
				t.Errorf("Find(%q): the results changed when the buffer was reused:\n%s\nwant\n%s", text, got, want)
			}
		}
	}
}

// TestConnectors checks that every word connectorAhead looks for has the
// class clConn, which lets it pass other tokens by.
func TestConnectors(t *testing.T) {
	f, err := goparser.ParseFile(token.NewFileSet(), "ranges.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(nd ast.Node) bool {
		fd, ok := nd.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "connectorAhead" {
			return true
		}
		ast.Inspect(fd.Body, func(nd ast.Node) bool {
			if cc, ok := nd.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						w, _ := strconv.Unquote(lit.Value)
						n++
						if lexicon().class(w)&clConn == 0 {
							t.Errorf("connectorAhead looks for %q, which is not in connectors", w)
						}
					}
				}
			}
			return true
		})
		return false
	})
	if n < 6 {
		t.Errorf("found only %d words in connectorAhead", n)
	}
}

// TestWordKey checks that the key of a short word holds the word: words
// that differ have different keys.
func TestWordKey(t *testing.T) {
	words := []string{"a", "b", "aa", "ab", "ba", "aaa", "aab", "aba", "baa", "abc", "acb", "abcd", "abce", "bbcd", "abcde",
		"abcdf", "abcee", "xbcde", "abcdef", "abcdeg", "abcdff", "abcxef", "abcdefg", "abcdefh", "abcdxfg", "xbcdefg", "de", "ed", "één"}
	seen := map[uint64]string{}
	for _, w := range words {
		_, key := wordHash(w)
		if key == 0 {
			t.Errorf("wordHash(%q): no key", w)
		}
		if v, ok := seen[key]; ok {
			t.Errorf("wordHash(%q) and wordHash(%q) give the same key %x", v, w, key)
		}
		seen[key] = w
	}
	if _, key := wordHash("abcdefgh"); key != 0 {
		t.Errorf("wordHash of 8 bytes has a key")
	}
}
