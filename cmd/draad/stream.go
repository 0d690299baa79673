package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"strings"

	"github.com/draadnlp/draad/parse"
)

// jsonStream writes one JSON value piece by piece, compact or indented
// by two spaces, byte for byte as encoding/json writes it (with
// SetEscapeHTML(false)), so that a long input can be written without
// holding its whole document.
type jsonStream struct {
	w      *bufio.Writer
	indent bool
	stack  []int // items written in each open object or array
	err    error // the first error marshalling a value
}

func (s *jsonStream) newline(depth int) {
	if s.indent {
		s.w.WriteByte('\n')
		for range depth {
			s.w.WriteString("  ")
		}
	}
}

// sep starts an item of the innermost open object or array.
func (s *jsonStream) sep() {
	d := len(s.stack)
	if s.stack[d-1] > 0 {
		s.w.WriteByte(',')
	}
	s.stack[d-1]++
	s.newline(d)
}

func (s *jsonStream) open(c byte) {
	s.w.WriteByte(c)
	s.stack = append(s.stack, 0)
}

func (s *jsonStream) close(c byte) {
	n := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	if n > 0 {
		s.newline(len(s.stack))
	}
	s.w.WriteByte(c)
}

// key writes the key of the next field of the open object; k needs no
// escaping.
func (s *jsonStream) key(k string) {
	s.sep()
	s.w.WriteString(`"` + k + `":`)
	if s.indent {
		s.w.WriteByte(' ')
	}
}

// value writes v after a key or sep.
func (s *jsonStream) value(v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if s.indent {
		enc.SetIndent(strings.Repeat("  ", len(s.stack)), "  ")
	}
	if err := enc.Encode(v); err != nil {
		if s.err == nil {
			s.err = err
		}
		s.w.WriteString("null")
		return
	}
	s.w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// raw writes JSON bytes that are already encoded compactly, after a key
// or sep; only for compact streams.
func (s *jsonStream) raw(b []byte) { s.w.Write(b) }

// docStream writes the pieces of one long input as one document, the
// shape draad parse prints for any input: {"file", "encoding",
// "headline", "stories", "sections"}. Each piece after the first
// continues the page: its stories outside sections join the section
// open at its start, as they would in a whole parse, and its page
// headline, which a whole parse would not see as one, stays only the
// headline of the story under it (or becomes a story of its own when no
// story has it).
type docStream struct {
	js jsonStream
	// top: the "stories" array of the document is open; section: a
	// section object is open; sectionStories: its "stories" array too;
	// sections: the "sections" array is open.
	top, sections, section, sectionStories bool
	pieces                                 int
}

func newDocStream(w *bufio.Writer, indent bool) *docStream {
	return &docStream{js: jsonStream{w: w, indent: indent}}
}

// piece writes the document of the next piece.
func (d *docStream) piece(name string, enc parse.Encoding, doc *parse.Document) {
	if d.pieces == 0 {
		d.js.open('{')
		if name != stdinName {
			d.js.key("file")
			d.js.value(name)
		}
		if enc != parse.UTF8 {
			d.js.key("encoding")
			d.js.value(enc)
		}
		if h := doc.Headline; h != (parse.Span{}) {
			d.js.key("headline")
			d.js.value(h)
		}
	} else if h := doc.Headline; h != (parse.Span{}) && !hasHeadline(doc, h) {
		d.story(&parse.Story{Headline: h})
	}
	d.pieces++
	for i := range doc.Stories {
		d.story(&doc.Stories[i])
	}
	for i := range doc.Sections {
		d.openSection(doc.Sections[i].Title)
		for j := range doc.Sections[i].Stories {
			d.story(&doc.Sections[i].Stories[j])
		}
	}
}

// hasHeadline reports whether a story of doc has the headline h.
func hasHeadline(doc *parse.Document, h parse.Span) bool {
	for st := range doc.All() {
		if st.Headline == h {
			return true
		}
	}
	return false
}

func (d *docStream) story(st *parse.Story) {
	switch {
	case d.section && !d.sectionStories:
		d.js.key("stories")
		d.js.open('[')
		d.sectionStories = true
	case !d.section && !d.top:
		d.js.key("stories")
		d.js.open('[')
		d.top = true
	}
	d.js.sep()
	d.js.value(st)
}

func (d *docStream) openSection(title parse.Span) {
	d.closeSection()
	if d.top {
		d.js.close(']')
		d.top = false
	}
	if !d.sections {
		d.js.key("sections")
		d.js.open('[')
		d.sections = true
	}
	d.js.sep()
	d.js.open('{')
	d.js.key("title")
	d.js.value(title)
	d.section = true
}

func (d *docStream) closeSection() {
	if d.sectionStories {
		d.js.close(']')
		d.sectionStories = false
	}
	if d.section {
		d.js.close('}')
		d.section = false
	}
}

// end closes the document and its line. It writes nothing when no piece
// came.
func (d *docStream) end() error {
	if d.pieces == 0 {
		return nil
	}
	d.closeSection()
	if d.top {
		d.js.close(']')
	}
	if d.sections {
		d.js.close(']')
	}
	d.js.close('}')
	d.js.w.WriteByte('\n')
	return d.js.err
}

// spool holds bytes in memory up to a limit and in a temporary file
// beyond it, so that what must wait until the end of a long input (the
// country links of draad entities, printed after all its entities)
// costs bounded memory.
type spool struct {
	buf   bytes.Buffer
	f     *os.File
	limit int
	err   error
}

func (s *spool) write(b []byte) {
	if s.err != nil {
		return
	}
	if s.f == nil && s.buf.Len()+len(b) > s.limit {
		s.f, s.err = os.CreateTemp("", "draad-spool-*")
		if s.err != nil {
			return
		}
		if _, s.err = s.f.Write(s.buf.Bytes()); s.err != nil {
			return
		}
		s.buf = bytes.Buffer{}
	}
	if s.f != nil {
		_, s.err = s.f.Write(b)
		return
	}
	s.buf.Write(b)
}

// copyTo copies what the spool holds to w and removes its file.
func (s *spool) copyTo(w io.Writer) (int64, error) {
	defer s.Close()
	if s.err != nil {
		return 0, s.err
	}
	if s.f == nil {
		return s.buf.WriteTo(w)
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	return io.Copy(w, s.f)
}

// Close removes the spool's file, if any.
func (s *spool) Close() {
	if s.f != nil {
		s.f.Close()
		os.Remove(s.f.Name())
		s.f = nil
	}
}
