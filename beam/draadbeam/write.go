package draadbeam

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn2x0[[]byte, func(int, string)](&shardMarkFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// Write writes col, a PCollection<string>, to the file at path, one
// element a line, or, when shards > 1, to that many files named after
// path with -00000-of-00004 before its extension (out.jsonl.gz gives
// out-00000-of-00004.jsonl.gz, …), each line in the shard its hash picks.
// A path ending in .gz is compressed with gzip. Every file is written,
// empty when no line falls in it. The order of the lines is not kept.
func Write(s beam.Scope, path string, shards int, col beam.PCollection) {
	s = s.Scope("draadbeam.Write")
	shards = max(shards, 1)
	write(s, &writeFn{Path: path, Shards: shards}, beam.ParDo(s, &shardFn{Shards: shards}, col))
}

// WriteCSV writes rows, a PCollection<string> of CSV rows, to the file at
// path, after the header, sorted by their bytes. A path ending in .gz is
// compressed with gzip. The file is written even when there are no rows.
func WriteCSV(s beam.Scope, path, header string, rows beam.PCollection) {
	s = s.Scope("draadbeam.WriteCSV")
	write(s, &writeFn{Path: path, Shards: 1, Header: header, Sort: sortText}, beam.ParDo(s, &shardFn{Shards: 1}, rows))
}

// WriteDeadLetter writes the dead-letter lines of [Parse] to the file at
// path, sorted by file and line, as [Write] writes one file.
func WriteDeadLetter(s beam.Scope, path string, dead beam.PCollection) {
	s = s.Scope("draadbeam.WriteDeadLetter")
	write(s, &writeFn{Path: path, Shards: 1, Sort: sortDeadLetter}, beam.ParDo(s, &shardFn{Shards: 1}, dead))
}

// write groups the keyed lines by shard, with an empty line for each
// shard so that every file is written, and writes each group.
func write(s beam.Scope, w *writeFn, keyed beam.PCollection) {
	marks := beam.ParDo(s, &shardMarkFn{Shards: w.Shards}, beam.Impulse(s))
	beam.ParDo0(s, w, beam.GroupByKey(s, beam.Flatten(s, keyed, marks)))
}

type shardFn struct {
	Shards int `json:"shards"`
}

// ProcessElement sends line to its shard.
func (f *shardFn) ProcessElement(line string, emit func(int, string)) {
	if f.Shards <= 1 {
		emit(0, line)
		return
	}
	h := fnv.New32a()
	io.WriteString(h, line)
	emit(int(h.Sum32()%uint32(f.Shards)), line)
}

// shardMarkFn emits an empty line, which is not written, for each shard.
type shardMarkFn struct {
	Shards int `json:"shards"`
}

// ProcessElement emits one empty mark for every shard, so that each shard file is written even when empty.
func (f *shardMarkFn) ProcessElement(_ []byte, emit func(int, string)) {
	for i := range f.Shards {
		emit(i, "")
	}
}

// How a writeFn orders its lines.
const (
	sortNone       = ""
	sortText       = "text"        // by their bytes
	sortDeadLetter = "dead_letter" // by file, line, then bytes
)

type writeFn struct {
	Path   string `json:"path"`
	Shards int    `json:"shards"`
	Header string `json:"header,omitempty"`
	Sort   string `json:"sort,omitempty"`
}

// ShardPath returns the name of shard i of n for path: path itself when n
// is 1, and otherwise path with -0000i-of-0000n before the extension of
// its last element (the part from its first dot on).
func ShardPath(p string, i, n int) string {
	if n <= 1 {
		return p
	}
	dir, file := path.Split(p)
	stem, ext := file, ""
	if k := strings.IndexByte(file[min(1, len(file)):], '.'); k >= 0 {
		stem, ext = file[:k+1], file[k+1:]
	}
	return fmt.Sprintf("%s%s-%05d-of-%05d%s", dir, stem, i, n, ext)
}

// ProcessElement writes the lines of one shard to its file.
func (w *writeFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	name := ShardPath(w.Path, shard, w.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("draadbeam: %s: %w", name, err)
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("draadbeam: %s: %w", name, err)
	}
	defer func() {
		if cerr := fd.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("draadbeam: %s: %w", name, cerr)
		}
	}()
	var out io.Writer = fd
	var zw *gzip.Writer
	if strings.HasSuffix(name, ".gz") {
		zw = gzip.NewWriter(fd)
		out = zw
	}
	bw := bufio.NewWriterSize(out, 1<<20)
	writeLine := func(l string) {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if w.Header != "" {
		writeLine(w.Header)
	}
	var line string
	if w.Sort == sortNone {
		for lines(&line) {
			if line != "" {
				writeLine(line)
			}
		}
	} else {
		var all []string
		for lines(&line) {
			if line != "" {
				all = append(all, line)
			}
		}
		sortLines(all, w.Sort)
		for _, l := range all {
			writeLine(l)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("draadbeam: %s: %w", name, err)
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return fmt.Errorf("draadbeam: %s: %w", name, err)
		}
	}
	return nil
}

// sortLines sorts lines in the order named by how.
func sortLines(lines []string, how string) {
	if how != sortDeadLetter {
		slices.Sort(lines)
		return
	}
	type keyed struct {
		d    DeadLetter
		line string
	}
	ks := make([]keyed, len(lines))
	for i, l := range lines {
		ks[i].line = l
		json.Unmarshal([]byte(l), &ks[i].d) // lines of DeadLetter.String
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.d.File, b.d.File), cmp.Compare(a.d.Line, b.d.Line), cmp.Compare(a.line, b.line))
	})
	for i := range ks {
		lines[i] = ks[i].line
	}
}
