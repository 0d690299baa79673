package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/internal/pool"
)

// entitiesOutput is what draad entities prints for one input.
type entitiesOutput struct {
	File     string               `json:"file"`
	Entities []entity.Entity      `json:"entities"`
	Links    []entity.CountryLink `json:"links,omitzero"`
}

// cmdEntities implements "draad entities [-dict FILE] [-links] [FILE ...]".
func cmdEntities(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("entities", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dictFile := fs.String("dict", "", "user `FILE` of names (type<TAB>name<TAB>canonical<TAB>country) that win over the model")
	links := fs.Bool("links", false, "also print the country links of adjectives and demonyms")
	lexOnly := fs.Bool("lexicon", false, "use the lexicon only, without the sequence model")
	modelPath := fs.String("model", "", "entity model `FILE` written by draad ner-train (default: the embedded model)")
	jobs := fs.Int("j", 0, "analyse `N` inputs or pieces at once (default: all cores)")
	showProgress := fs.Bool("progress", wantProgress(stdout, stderr), "report progress on standard error (default: when it is a terminal and standard output is not)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: draad entities [-dict FILE] [-model FILE] [-links] [-lexicon] [-j N] [FILE ...]")
		fmt.Fprintln(stderr, "Prints one JSON object per input, one a line:")
		fmt.Fprintln(stderr, `  {"file":"NAME","entities":[{"text":...,"start":...,"end":...,"type":...,"canonical":...,"country":...,"role":...,"org":...}]}`)
		fmt.Fprintln(stderr, `Standard input is read when no FILE is given; its name is "-".`)
		fmt.Fprintln(stderr, "Inputs up to 4 MiB are read whole and analysed in pieces of at most 1 MiB, cut between paragraphs;")
		fmt.Fprintln(stderr, "longer ones are read and analysed in pieces of at most 1 MiB, cut between stories, in bounded memory.")
		fs.PrintDefaults()
	}
	files, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if *lexOnly && *modelPath != "" {
		fmt.Fprintln(stderr, "draad: -lexicon and -model exclude each other")
		return 2
	}
	var m *entity.Model
	var err error
	if *lexOnly {
		m, err = entity.Lexicon()
	} else {
		m, err = loadEntityModel(*modelPath)
	}
	if err != nil {
		fmt.Fprintf(stderr, "draad: %s: %v\n", *modelPath, err)
		return 1
	}
	if *dictFile != "" {
		if m, err = withDict(m, *dictFile); err != nil {
			fmt.Fprintf(stderr, "draad: %s: %v\n", *dictFile, err)
			return 1
		}
	}
	ctx, stop := interruptible()
	defer stop()
	if len(files) == 0 {
		files = []string{stdinName}
	}
	return entitiesFiles(ctx, files, stdin, stdout, stderr, m, *links, workers(*jobs), *showProgress)
}

// entitiesResult is what a worker of draad entities makes of a job: the
// output line of a whole input, or the JSON of the entities and links of
// a piece of a long one, comma-separated.
type entitiesResult struct {
	job
	line, ents, links []byte
	err               error
}

// entitiesFiles analyses the named inputs on workers goroutines and
// prints one JSON object per input, in input order. A long input is
// analysed piece by piece and its object written as the pieces come, so
// that memory stays bounded; its links, which come last, wait in a spool
// that moves to a temporary file when large.
func entitiesFiles(ctx context.Context, files []string, stdin io.Reader, stdout, stderr io.Writer, m *entity.Model, links bool, workers int, showProgress bool) int {
	interrupted := ctx.Err
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	analyse := func(j job) entitiesResult {
		r := entitiesResult{job: j}
		switch j.kind {
		case jobWhole:
			text, err := r.decode()
			if err != nil {
				r.err = err
				break
			}
			out := entitiesOutput{File: j.name, Entities: []entity.Entity{}}
			for start, end := range chunks(text, chunkSize) {
				a := m.Analyze(text[start:end])
				out.Entities = append(out.Entities, moveEntities(a.Entities, start)...)
				if links {
					out.Links = append(out.Links, moveLinks(a.Links, start)...)
				}
			}
			r.line, r.err = marshalLine(out)
		case jobPiece:
			if j.err != nil {
				break
			}
			a := m.Analyze(j.piece.Text)
			r.piece.Text = ""
			if r.ents, r.err = marshalItems(moveEntities(a.Entities, j.piece.Start)); r.err == nil && links {
				r.links, r.err = marshalItems(moveLinks(a.Links, j.piece.Start))
			}
		}
		return r
	}

	w := bufio.NewWriterSize(stdout, 64<<10)
	prog := startProgress(stderr, showProgress, "files", inputSize(files))
	code := 0
	done := int64(0)
	fail := func(format string, a ...any) {
		prog.printf(stderr, "draad: "+format+"\n", a...)
		code = 1
	}
	// The object of the long input being written.
	var (
		open     bool
		nEnts    int
		linkBuf  spool
		nLinks   int
		pieceErr error
	)
	for r := range pool.Ordered(ctx, workers, inputJobs(files, stdin), analyse) {
		switch r.kind {
		case jobError:
			fail("%s: %v", r.name, r.err)
			done++
		case jobWhole:
			if r.err != nil {
				fail("%s: %v", r.name, r.err)
			} else {
				w.Write(r.line)
			}
			done++
		case jobPiece:
			switch {
			case r.err != nil && pieceErr == nil:
				pieceErr = r.err
				fail("%s: %v; the input from byte %d on is not analysed", r.name, r.err, r.piece.RawStart)
			case r.err != nil:
			default:
				if !open {
					name, _ := marshalLine(r.name)
					w.WriteString(`{"file":` + string(bytes.TrimSpace(name)) + `,"entities":[`)
					open, nEnts, nLinks = true, 0, 0
					linkBuf = spool{limit: spoolLimit}
				}
				if len(r.ents) > 0 {
					if nEnts > 0 {
						w.WriteByte(',')
					}
					w.Write(r.ents)
					nEnts++
				}
				if len(r.links) > 0 {
					if nLinks > 0 {
						linkBuf.write([]byte{','})
					}
					linkBuf.write(r.links)
					nLinks++
				}
			}
		case jobEnd:
			if open {
				w.WriteString("]")
				if nLinks > 0 {
					w.WriteString(`,"links":[`)
					if _, err := linkBuf.copyTo(w); err != nil {
						fail("%s: the links: %v", r.name, err)
					}
					w.WriteString("]")
				}
				linkBuf.Close()
				w.WriteString("}\n")
				open = false
			}
			pieceErr = nil
			done++
		}
		prog.set(done, r.pos)
		if err := w.Flush(); err != nil {
			fail("writing the output: %v", err)
			cancel()
			break
		}
	}
	linkBuf.Close()
	prog.finish()
	if interrupted() != nil {
		fmt.Fprintln(stderr, "draad: interrupted; the output holds the inputs done before")
		return 130
	}
	return code
}

// moveEntities moves the offsets of es by off.
func moveEntities(es []entity.Entity, off int) []entity.Entity {
	for i := range es {
		es[i].Start += off
		es[i].End += off
	}
	return es
}

// moveLinks moves the offsets of ls by off.
func moveLinks(ls []entity.CountryLink, off int) []entity.CountryLink {
	for i := range ls {
		ls[i].Start += off
		ls[i].End += off
	}
	return ls
}

// marshalLine returns v as a line of JSON, with <, > and & as they are.
func marshalLine(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// marshalItems returns the items of the slice v as JSON separated by
// commas, without the brackets: nothing for an empty slice.
func marshalItems[T any](v []T) ([]byte, error) {
	if len(v) == 0 {
		return nil, nil
	}
	b, err := marshalLine(v)
	if err != nil {
		return nil, err
	}
	b = bytes.TrimSpace(b)
	return b[1 : len(b)-1], nil
}

// chunkSize is the most bytes draad entities analyses at once, well below
// the cap of entity.Model.Analyze (16 MiB), so that a long input is
// analysed whole with bounded memory.
const chunkSize = 1 << 20

// chunks yields the bounds of consecutive pieces of text of at most size
// bytes that together cover it: each piece ends after the last blank line
// within the limit, else after the last line break, else after the last
// blank, else at a character boundary.
func chunks(text string, size int) func(yield func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for start := 0; start < len(text); {
			end := len(text)
			if end-start > size {
				end = cut(text, start, start+size)
			}
			if !yield(start, end) {
				return
			}
			start = end
		}
	}
}

// cut returns where to end a piece of text that starts at start and may
// not pass limit.
func cut(text string, start, limit int) int {
	piece := text[start:limit]
	for _, sep := range []string{"\n\n", "\n", " "} {
		if k := strings.LastIndex(piece, sep); k > 0 {
			return start + k + len(sep)
		}
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// withDict returns m extended with the user dictionary in path.
func withDict(m *entity.Model, path string) (*entity.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := entity.ParseDict(f)
	if err != nil {
		return nil, err
	}
	return m.With(d), nil
}
