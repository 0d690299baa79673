package timeexpr

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"strconv"
	"testing"

	"github.com/draadnlp/draad/internal/numword"
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
