package deveval_test

import (
	"fmt"
	"os"

	"github.com/draadnlp/draad/internal/deveval"
)

// A tiny invented data folder with one dateline in its gold, and a parser
// that replays what draad parse would print for it.
func Example() {
	files := map[string]string{
		"dev/gold/datelines.json": `{"datelines": {"a.txt": {"place": "Almelo", "agencies": ["ANP"]}}}`,
		"dev/gold/pages.json":     `{}`,
		"dev/wire/a.txt":          "Kop\n\nALMELO (ANP) - Tekst.\n",
	}
	ev, err := deveval.New(deveval.Options{
		Dir: "dev",
		Parse: func(path string) deveval.Output {
			return deveval.Output{Stdout: []byte(`{"stories": [{"dateline": {"place": "Almelo", "agencies": [{"code": "ANP", "text": "ANP", "start": 13, "end": 16}], "text": "ALMELO (ANP) -", "start": 5, "end": 19}}]}`)}
		},
		ReadFile: func(name string) ([]byte, error) {
			if d, ok := files[name]; ok {
				return []byte(d), nil
			}
			return nil, os.ErrNotExist
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := ev.Datelines()
	if err != nil {
		fmt.Println(err)
		return
	}
	r.Write(os.Stdout, true)
	// Output:
	// crashes 0, span errors 0, pages 0/0
	// datelines 1/1 = 1.000
}
