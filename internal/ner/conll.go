package ner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Sentence is one sentence of a CoNLL file: its words and, when the file
// is tagged, one IOB2 tag per word.
type Sentence struct {
	// Words are the tokens of the sentence (the first field of each line).
	Words []string `json:"words"`
	// Tags are the named-entity tags (the last field of each line), such as
	// "B-PER", "I-ORG" or "O". Tags is nil when the lines have one field.
	Tags []string `json:"tags,omitzero"`
	// Lines are the original lines, decoded to UTF-8, without the line
	// break, so that a tagger can write them back with a column added.
	Lines []string `json:"lines,omitzero"`
}

// Document is one article of a CoNLL file: the sentences between two
// -DOCSTART- lines.
type Document []Sentence

// MaxLineBytes is the longest line [ReadCoNLL] accepts.
const MaxLineBytes = 16 << 20

// ErrLineTooLong is returned by [ReadCoNLL] for a line over [MaxLineBytes].
var ErrLineTooLong = errors.New("ner: line too long")

// DecodeText returns b as UTF-8 text. Valid UTF-8 is returned unchanged;
// anything else is decoded as ISO-8859-1 (Latin-1), the encoding of the
// original CoNLL-2002 files, which maps every byte to a character.
func DecodeText(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	s, err := charmap.ISO8859_1.NewDecoder().Bytes(b)
	if err != nil { // cannot happen: every byte is a Latin-1 character
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(s)
}

// ReadCoNLL reads a CoNLL file: one token per line with space-separated
// fields (word first, tag last), blank lines between sentences and
// -DOCSTART- lines between documents. The input may be UTF-8 or Latin-1
// (see [DecodeText]). A file without -DOCSTART- lines is one document.
// Lines with a single field give sentences with nil Tags.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return ParseCoNLL(DecodeText(b))
}

// ParseCoNLL is like [ReadCoNLL] for text already decoded.
func ParseCoNLL(text string) ([]Document, error) {
	var docs []Document
	var doc Document
	var cur Sentence
	tagged := 0
	flushSent := func() {
		if len(cur.Words) > 0 {
			if tagged != len(cur.Words) {
				cur.Tags = nil
			}
			doc = append(doc, cur)
		}
		cur = Sentence{}
		tagged = 0
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
	lineNo := 0
	sawDoc := false
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(line)
		if len(f) == 0 {
			flushSent()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flushSent()
			if sawDoc || len(doc) > 0 {
				docs = append(docs, doc)
			}
			doc = nil
			sawDoc = true
			continue
		}
		cur.Words = append(cur.Words, f[0])
		cur.Lines = append(cur.Lines, line)
		if len(f) > 1 {
			cur.Tags = append(cur.Tags, f[len(f)-1])
			tagged++
		} else {
			cur.Tags = append(cur.Tags, "")
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("%w (after line %d)", ErrLineTooLong, lineNo)
		}
		return nil, fmt.Errorf("ner: %w", err)
	}
	flushSent()
	if sawDoc || len(doc) > 0 {
		docs = append(docs, doc)
	}
	return docs, nil
}

// TagCoNLL reads a CoNLL file from r (UTF-8 or Latin-1), tags each
// document with m and writes the same lines to w in UTF-8 with the
// predicted IOB2 tag appended as a last field. Fields are written
// separated by single spaces, so tabs or runs of spaces in the input come
// out as one space. Blank lines are kept; -DOCSTART- lines get "O"
// appended, which conlleval ignores.
func (m *Model) TagCoNLL(w io.Writer, r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	text := DecodeText(b)
	bw := bufio.NewWriter(w)
	// Lines are buffered per document so that document-level features see
	// the whole article before any tag is written.
	type pending struct {
		text string
		word bool // a word line that gets a tag
	}
	var lines []pending // pending lines of the current document
	var sents [][]string
	var cur []string
	flushSent := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	flushDoc := func() {
		flushSent()
		tags := m.TagDocument(sents)
		si, wi := 0, 0
		for _, l := range lines {
			bw.WriteString(l.text)
			if !l.word {
				if l.text != "" {
					bw.WriteString(" O") // -DOCSTART-
				}
				bw.WriteByte('\n')
				continue
			}
			for si < len(tags) && wi >= len(tags[si]) {
				si, wi = si+1, 0
			}
			tag := "O"
			if si < len(tags) {
				tag = tags[si][wi]
			}
			bw.WriteByte(' ')
			bw.WriteString(tag)
			bw.WriteByte('\n')
			wi++
		}
		lines, sents = lines[:0], sents[:0]
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flushSent()
			lines = append(lines, pending{})
		case f[0] == "-DOCSTART-":
			flushDoc()
			lines = append(lines, pending{text: strings.Join(f, " ")})
		default:
			cur = append(cur, f[0])
			lines = append(lines, pending{text: strings.Join(f, " "), word: true})
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return ErrLineTooLong
		}
		return fmt.Errorf("ner: %w", err)
	}
	flushDoc()
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	return nil
}

// WriteCoNLL writes docs in CoNLL format: each document starts with a
// "-DOCSTART- -DOCSTART- O" line, each word goes on its own line as
// "WORD TAG" (or its original line when Lines is set, followed by TAG),
// and sentences end with a blank line. Nil Tags write the word (or line)
// alone.
func WriteCoNLL(w io.Writer, docs []Document) error {
	bw := bufio.NewWriter(w)
	for _, d := range docs {
		bw.WriteString("-DOCSTART- -DOCSTART- O\n")
		for _, s := range d {
			for i, word := range s.Words {
				if i < len(s.Lines) {
					bw.WriteString(s.Lines[i])
				} else {
					bw.WriteString(word)
				}
				if i < len(s.Tags) && s.Tags[i] != "" && i >= len(s.Lines) {
					bw.WriteByte(' ')
					bw.WriteString(s.Tags[i])
				}
				bw.WriteByte('\n')
			}
			bw.WriteByte('\n')
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	return nil
}
