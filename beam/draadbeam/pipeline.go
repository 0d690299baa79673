package draadbeam

import (
	"errors"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// A Config describes a whole run, as the flags of cmd/draad-beam do.
type Config struct {
	// Records are globs of record files; Texts are globs of text files,
	// one article each. At least one glob is needed.
	Records, Texts []string
	// MaxRecord caps a record line, and a text file, in bytes; 0 means
	// [parse.MaxRecordLine].
	MaxRecord int
	// DateFromPath dates text files by their paths (see [DateFromPath]).
	DateFromPath bool
	// Parse says how records are parsed.
	Parse ParseOptions
	// Output is the path of the output lines, written in Shards files
	// (see [Write]); DeadLetter is the path of the dead-letter lines.
	Output     string
	Shards     int
	DeadLetter string
	// Mentions, Quotes and Places are the paths of the aggregate CSV
	// files; an empty path leaves that aggregate out.
	Mentions, Quotes, Places string
	// FallbackDays counts articles dated by Parse.Ref under its day in
	// the aggregates (see [AggregateOptions]).
	FallbackDays bool
}

// Build adds the pipeline of c to s: read the inputs, spread the records
// over the workers, parse them, and write the output, the dead letters
// and the aggregates asked for.
func Build(s beam.Scope, c Config) error {
	switch {
	case len(c.Records)+len(c.Texts) == 0:
		return errors.New("draadbeam: no input")
	case c.Output == "":
		return errors.New("draadbeam: no output")
	case c.DeadLetter == "":
		return errors.New("draadbeam: no dead-letter output")
	}
	if _, err := c.Parse.RecordParser(nil); err != nil {
		// A bad zone or reference time fails here, not on the workers.
		return err
	}
	var inputs []beam.PCollection
	for _, g := range c.Records {
		inputs = append(inputs, ReadRecords(s, g, c.MaxRecord))
	}
	for _, g := range c.Texts {
		inputs = append(inputs, ReadTexts(s, g, TextOptions{MaxBytes: c.MaxRecord, DateFromPath: c.DateFromPath}))
	}
	lines := inputs[0]
	if len(inputs) > 1 {
		lines = beam.Flatten(s, inputs...)
	}
	articles, dead := Parse(s, c.Parse, beam.Reshuffle(s, lines))
	Write(s, c.Output, c.Shards, articles)
	WriteDeadLetter(s, c.DeadLetter, dead)
	if c.Mentions+c.Quotes+c.Places == "" {
		return nil
	}
	mentions, quotes, places := Aggregates(s, articles, AggregateOptions{FallbackDays: c.FallbackDays})
	for _, a := range []struct {
		path, header string
		rows         beam.PCollection
	}{
		{c.Mentions, MentionsHeader, mentions},
		{c.Quotes, QuotesHeader, quotes},
		{c.Places, PlacesHeader, places},
	} {
		if a.path != "" {
			WriteCSV(s, a.path, a.header, a.rows)
		}
	}
	return nil
}
