// Package deveval scores draad on nieuws-dev, the 94 real Dutch news
// articles with hand gold in ../shared/data/nieuws-dev, and prints exactly
// the figures of that folder's reference scorers:
//
//   - [Evaluator.Datelines] is score/check_wire.py: the first dateline of
//     each file (place and agencies), item-page ages, and span integrity.
//   - [Evaluator.Entities] is score/check_entities.py: mentions matched by
//     exact byte span and type, canonical names, roles, country codes.
//   - [Evaluator.Quotes] is score/check_quotes.py: quotes found, and their
//     speakers at name level and at mention level (its rules F1 to F5).
//
// The scorers run `draad parse` once per file and read its JSON; deveval
// takes that JSON from a [Parser] (the draad command runs the parse
// command in-process) and applies the scorers' rules to it line by line,
// with the pieces of Python they rely on reproduced: key order, repr,
// equality between 1 and 1.0, str.split, casefold, NFC, byte offsets and
// UTF-8 decoding with replacement. Its reports' Write methods print the
// scorers' lines byte for byte; with verbose, also every miss and error,
// as their VERBOSE=1 and --list modes do. Where a scorer would stop with
// a Python exception (a missing gold file, malformed gold, output of the
// wrong shape), deveval returns an error starting with "deveval:".
//
// The gold is read at run time from the data folder; nothing of it is
// copied into the repository. The cost is that of the scorers: linear in
// the files, and quadratic in the quotes of one file, which the scorer
// pairs greedily.
//
// # Tests
//
// testdata/ holds invented mini-sets, each with its gold, its texts and a
// recorded draad output. The tests check deveval's output against the
// want section and, where ../shared and python3 are present, against the
// reference scorers run on the same files with draad replaced by a replay
// of the recording.
package deveval
