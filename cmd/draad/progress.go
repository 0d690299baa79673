package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// isTerminal reports whether w is a terminal: a character device. It
// needs no dependency; /dev/null also counts, which does no harm.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// wantProgress reports whether to show progress by default: when
// standard error is a terminal, and standard output is not (then the
// output itself shows how far the run is, and a progress line would
// garble it).
func wantProgress(stdout, stderr io.Writer) bool {
	return isTerminal(stderr) && !isTerminal(stdout)
}

// progress reports a long run on standard error: items and megabytes
// done, the rate and, when the input size is known, the time left. On a
// terminal it rewrites one line twice a second; otherwise (when forced
// with -progress) it writes a line every ten seconds. A nil *progress
// reports nothing.
type progress struct {
	w     io.Writer
	tty   bool
	unit  string // "records", "files"
	total int64  // input bytes, 0 when unknown
	start time.Time

	items atomic.Int64
	pos   atomic.Int64 // input bytes done

	mu    sync.Mutex // guards w and width
	width int        // length of the last line written on a terminal
	stop  chan struct{}
	done  chan struct{}
}

// startProgress starts reporting on w when on is set, with total the size
// of the input in bytes (0 when unknown).
func startProgress(w io.Writer, on bool, unit string, total int64) *progress {
	if !on {
		return nil
	}
	p := &progress{w: w, tty: isTerminal(w), unit: unit, total: total, start: time.Now(),
		stop: make(chan struct{}), done: make(chan struct{})}
	every := 10 * time.Second
	if p.tty {
		every = 500 * time.Millisecond
	}
	go func() {
		defer close(p.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.print(false)
			case <-p.stop:
				return
			}
		}
	}()
	return p
}

// set records that items are done and pos bytes of input read.
func (p *progress) set(items, pos int64) {
	if p == nil {
		return
	}
	p.items.Store(items)
	p.pos.Store(pos)
}

// finish stops the reporter and writes the final line.
func (p *progress) finish() {
	if p == nil {
		return
	}
	close(p.stop)
	<-p.done
	p.print(true)
}

// line returns the report: "draad: 1,234 records · 5.2 of 34.3 MB · 210
// records/s · 2m10s left", or for files "draad: 3 files · 5.2 of 9.1 MB
// · 1.20 MB/s · 3s left". For records the megabytes are those of the file
// as stored (compressed, perhaps), which is what the time left is
// reckoned from.
func (p *progress) line(final bool) string {
	items, pos := p.items.Load(), p.pos.Load()
	secs := time.Since(p.start).Seconds()
	var b strings.Builder
	fmt.Fprintf(&b, "draad: %s %s · ", thousands(items), p.unit)
	if p.total > 0 {
		fmt.Fprintf(&b, "%.1f of %.1f MB", mb(pos), mb(p.total))
	} else {
		fmt.Fprintf(&b, "%.1f MB", mb(pos))
	}
	if secs > 0 {
		if p.unit == "records" {
			fmt.Fprintf(&b, " · %s %s/s", thousands(int64(float64(items)/secs)), p.unit)
		} else {
			fmt.Fprintf(&b, " · %.2f MB/s", mb(pos)/secs)
		}
	}
	switch {
	case final:
		fmt.Fprintf(&b, " · done in %s", round(time.Since(p.start)))
	case p.total > 0 && pos > 0 && pos < p.total:
		left := time.Duration(float64(time.Since(p.start)) * float64(p.total-pos) / float64(pos))
		fmt.Fprintf(&b, " · %s left", round(left))
	}
	return b.String()
}

func (p *progress) print(final bool) {
	s := p.line(final)
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.tty {
		fmt.Fprintln(p.w, s)
		return
	}
	n := utf8.RuneCountInString(s)
	pad := max(0, p.width-n)
	p.width = n
	end := ""
	if final {
		end = "\n"
	}
	fmt.Fprintf(p.w, "\r%s%s%s", s, strings.Repeat(" ", pad), end)
}

// printf writes a message to w, which is the progress's writer when p is
// not nil: on a terminal it first clears the progress line, so that the
// message stands on a line of its own.
func (p *progress) printf(w io.Writer, format string, a ...any) {
	if p == nil {
		fmt.Fprintf(w, format, a...)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty && p.width > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
		p.width = 0
	}
	fmt.Fprintf(p.w, format, a...)
}

func mb(n int64) float64 { return float64(n) / 1e6 }

// round rounds d to the second, or to the tenth below ten seconds.
func round(d time.Duration) time.Duration {
	if d < 10*time.Second {
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Second)
}

// thousands writes n with commas between groups of three digits.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	if n < 0 || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
