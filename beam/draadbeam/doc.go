// Package draadbeam runs draad over archives of Dutch news as an Apache
// Beam pipeline, on any Beam runner: prism (local, in the process),
// Google Cloud Dataflow, Apache Flink or Apache Spark. It is a module of
// its own, so that users of the draad library never download Beam.
//
// # Inputs
//
// [ReadRecords] reads record files: JSON lines, one article a line, as
// draad parse -records reads them (see [parse.Record]), plain or
// compressed with gzip or bzip2, recognised by their first bytes. Each
// file is read by one worker with a [parse.RecordReader], so that line
// numbers, the cap on a line's length, blank lines and a byte-order mark
// are treated as draad parse -records treats them; the lines are then
// spread over the workers by a reshuffle.
//
// [ReadTexts] reads text files, one article each: a file is parsed as the
// record {"id": its path, "text": its text}, its text decoded as draad
// parse decodes a file (UTF-8, UTF-16 with a byte-order mark, Latin-1),
// and its reference time is [ParseOptions.Ref] or, with
// [TextOptions.DateFromPath], the date written in its path.
//
// # Parsing
//
// [Parse] turns each record into the line draad parse -records writes
// for it: the same bytes, made by [parse.RecordParser.AppendLine]. The
// entity model is loaded once per worker process, however many DoFn
// instances the runner makes. A record that cannot be parsed goes to the
// dead-letter output with its file, line, id and the reason; nothing is
// dropped silently.
//
// # Aggregates
//
// [Mentions], [Quotes] and [Places] count, from the output lines, the
// mentions of each entity per day, the quotes of each speaker, and the
// agencies and dateline places per day. Each is a small CSV file with a
// header; the README of the beam module describes the columns.
//
// # Outputs
//
// [Write] writes lines to one file or to shards, [WriteCSV] writes a
// sorted CSV file with its header. A path ending in .gz is compressed.
// [Build] puts it all together as cmd/draad-beam runs it.
package draadbeam
