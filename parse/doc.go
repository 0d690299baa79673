// Package parse turns a page of Dutch wire-style news into typed data.
//
// A page is plain text: a headline, stories that open with a dateline such
// as "BRUSSEL (ANP) -", and sections of short items ("Meer uit
// Buitenland"), each stamped with its age ("28 minuten geleden"). [Parse]
// returns a [Document] with the page's headline, stories and sections. Each
// [Story] has its headline, [Dateline], [Body] paragraphs and age
// ([RelativeTime]), and, unless turned off, its quotes, named entities
// (package [github.com/draadnlp/draad/entity]) and time expressions (package
// [github.com/draadnlp/draad/timeexpr]).
//
//	doc, err := parse.Parse(text, parse.WithReference(time.Now()))
//
// Every extracted piece is a span with half-open byte offsets into the input:
// input[Start:End] == Text.
//
// # Input
//
// Parse takes UTF-8 text with any line ending (LF, CRLF, CR). No-break
// spaces and zero-width characters count as blanks. Text that is not valid
// UTF-8 yields an [*EncodingError] with the offset of the first bad byte;
// [Decode] converts Latin-1, Windows-1252 and UTF-16 (with a byte-order
// mark) files first. Empty input is an
// empty Document. The cost of parsing the page structure is linear in the
// input; inputs over 64 MB are refused.
//
// # Datelines
//
// A dateline is a place of one to five words ("OSLO", "DEN HAAG",
// "'S-HERTOGENBOSCH", "WASHINGTON D.C.", "Nijmegen", or places joined by a
// slash: "BRUSSEL/LUXEMBURG"), an optional Belgian-style date ("GENT
// 15/06"), an optional parenthesised list of agencies joined by "/" or "-"
// in any case ("(ANP/AFP/DPA)", "(AFP-DPA-REUTER)", "(belga)"), and a dash:
// "-", "--", "–", "—", or Belga's "=". Spaces around the parts are
// optional, and a dateline may stand alone on its line; alone on its line,
// a known place with agencies needs no dash ("LONDEN (ANP)", under the
// headline or after the lead paragraph). The place is kept as
// written (PlaceText) and in its normal spelling (Place: "Den Haag",
// "'s-Hertogenbosch", "IJmuiden", "Rio de Janeiro", "Heist-op-den-Berg");
// a mixed-case place that is not in the table is kept as written
// ("McAllen"). A kicker before a dateline, any upper-case label of up to
// three words, numbered or not ("UPDATE - UTRECHT (ANP) -", "UPDATE 2 -",
// "INTERVIEW |"), or a known kicker on a line of its own ("UPDATE"), is
// kept in [Story].Kicker; a byline ("Door Jan de Vries", "Van onze
// correspondent"; after "Door" a name, "onze", "de" or "een", so that a
// subheading such as "Door op doelsaldo" is none) in [Story].Byline. Site navigation ("Home > Nieuws >
// Buitenland") is skipped.
//
// Every code in the parentheses must be a registered agency, so
// "DARWIN (AUS) -" and "EUROPESE CENTRALE BANK (ECB)" are not datelines. A
// dateline with neither agency nor date must name a known place, which tells
// "OPHEUSDEN -" from kickers such as "UITSTEL -"; known kickers ("UPDATE",
// "LIVE", "SPOILER ALERT") are never places. The places are those of the
// gazetteer draad ships: the Dutch and Belgian places of GeoNames with
// 500 inhabitants or more, or more than 1,000 or a seat in a later file,
// the Dutch municipalities, and world cities of 15,000 or more or with a
// Dutch name (generated from GeoNames, CC BY 4.0). GeoNames lacks many
// Dutch villages and some towns, so a place in capitals that the table
// lacks is known too when the paragraph names it again, in mixed case,
// after a lower-case word ("ROSMALEN - ... een winkel in Rosmalen ..."),
// as local copy does; a kicker is not named so ("STORING - Door een
// storing ..."). Of places joined by slashes one must be known
// ("HEIKANT/OOSTERHOUT -").
// A place whose name is also a common word (Best, Made, Dieren, Hoek) is
// taken alone only when the paragraph names it again inside a sentence
// ("MADE - De bomen in Made ..."). A place in title case must be Dutch or
// Belgian or a city of a million, so "Ajax - FC Utrecht was ..." stays
// text. A mixed-case place of several words must be known too, so
// "Autoriteit Persoonsgegevens (AP) -" stays text, and so does a route
// such as "Utrecht - Amsterdam" ("Voorhout – Voorhout is ..." is a
// dateline).
// A first line that reads as a dateline in mixed case, with no agency or
// date and a short rest, is the headline when the article's own dateline
// follows it ("Leeuwarden - Gezocht - Fraude bij verkoop spelcomputer",
// then "LEEUWARDEN - Op zondag ..."), as regional and police sites write.
//
// # A lead before the dateline
//
// An article may open with a lead (intro) paragraph and only then its
// dateline: "Havenbedrijf verwacht recordjaar" / lead / "ROTTERDAM (ANP)"
// or "ROTTERDAM (ANP) - De overslag ..." / body. That is one story. A
// dateline continues the story before it, rather than opening a story of
// its own, when that story has at least one paragraph and no dateline yet,
// nothing came between them but blank lines or a byline (no headline,
// kicker, age, stamp or section title), the story carries no age, and the
// page has no sections yet. The paragraphs before the dateline are the
// lead: they stay the first paragraphs of [Body], and [Body].Lead counts
// them, so Paragraphs[:Lead] is the lead and Paragraphs[Lead:] the text
// the dateline opens; [Body].Text runs from the lead to the end and so
// holds the dateline line too. A dateline after a story that has one, or
// after a new headline, opens a new story, so pages of several wire
// stories and pages of items keep one story each.
//
// # Pages of items
//
// Each line is a paragraph. A story starts at a dateline (except after a
// lead, above), or at the first paragraph after a headline or an age. Ages ("28 minuten geleden", "een
// kwartier geleden", "1 dag, 13 uren geleden", "ruim een uur geleden") are
// recognised alone on a line, at the start of a line glued to the next item
// ("28 minuten geledenTEHERAN (ANP/AFP) -", "28 minuten geledenDe brand
// ..."; "Een week geleden, vlak bij Venlo" opens a sentence), between items glued into one line ("... staakt.4 minuten
// geledenLONDEN (ANP) - ...") and at the end of a paragraph after the end
// of a sentence ("… tot winnaar.19 uur geleden"). Within a section, ages follow their items,
// unless the section opens with an age and does not end with one, in which
// case each age belongs to the item after it. When ages follow and the
// section opens with an age, that age belongs to the last item before the
// section.
//
// A page may repeat the rubric of its section inside every item ("3 uur
// geleden" / "Binnenland" / headline / summary): a line that repeats the
// title of the current section right after an age is no new section, and
// a media label in title case ("Video", "Podcast") over an item is its
// kicker. An age or stamp that no item takes (two ages in a row, an age
// alone on a page) is kept as a story with only that age or stamp, so
// nothing on the page is lost.
//
// Items may carry a time stamp instead of an age: a line that is only a
// date or clock time with a digit in it ("08:51", "vandaag 14:05",
// "Gisteren, 18:32"), possibly after a lead-in ("Bijgewerkt: 3 maart 2023
// 14:05", "Gepubliceerd op 17 april 2019"). Stamps go to [Story].Stamp by
// the same rules as ages, and are resolved with package timeexpr when a
// reference time is given.
//
// A section title is a short line that reads as one ("Meer uit
// Buitenland", "Laatste nieuws", a rubric such as "Buitenland"), or a short
// line over at least two dated items that carry ages and no headlines of
// their own, unless it comes right after a section title. A short first
// line is otherwise the page headline; it is also the headline of the
// story right under it. A short line is a story's headline when a dated
// story follows it (possibly after a kicker, a byline and a stamp), or, in
// a list of items without datelines, when it follows an age or a section
// title and stands over a paragraph.
//
// # Analysis
//
// With the page structure in place, Parse runs three stages over each story
// (its headline, dateline and body): entity extraction with the default
// [entity.Model] or the one given by [WithEntityModel]; quote extraction,
// which uses the entities as candidate speakers; and, when a reference time
// is given with [WithReference], time expressions resolved against it (by
// default towards the past, as news reads; see [WithTimeOptions]).
// [WithoutEntities], [WithoutQuotes] and [WithoutTimes] turn stages off.
//
// # Many texts, archives and long texts
//
// [ParseAll] parses an iterator of [Input] texts on all cores (or as many
// workers as asked) and yields a [Result] per input in input order, each
// with its own error, holding only a few inputs per worker at a time;
// a [context.Context] stops it.
//
// An archive of articles is JSON lines, one [Record] a line: {"id",
// "date", "title", "text"} or {"id", "date", "title", "paragraphs"}.
// [NewRecordReader] reads such a file, plain or compressed with gzip or
// bzip2, with a cap on the line length; [RecordParser.AppendLine] turns
// one record into its output line, with the record's date as reference
// time, and [RecordParser.ParseAll] does so for a whole file on all cores.
// [Record.Article] is the text that is parsed: title, blank line,
// paragraphs separated by blank lines.
//
// [Pieces] reads a text of any length in pieces cut between stories; fed
// to ParseAll with [Input].Offset, they give offsets into the whole text
// in bounded memory, with the differences from a whole parse that Pieces
// lists.
//
// # Concurrency
//
// Parse is safe for concurrent use. Models and tables load once, on first
// use.
package parse
