package parse

import (
	"sync"
	"time"

	"github.com/draadnlp/draad/entity"
	"github.com/draadnlp/draad/timeexpr"
	"github.com/draadnlp/draad/token"
)

// WithoutEntities turns off entity extraction: stories get no Entities.
func WithoutEntities() Option { return func(o *options) { o.noEntities = true } }

// WithoutTimes turns off the search for time expressions: stories get no
// Times.
func WithoutTimes() Option { return func(o *options) { o.noTimes = true } }

// WithEntityModel sets the entity model, for example one extended with a
// newsroom's own names (see [entity.Model.With]). The default is
// [entity.Default].
func WithEntityModel(m *entity.Model) Option { return func(o *options) { o.model = m } }

// WithTimeOptions passes options to the time-expression search, such as
// [timeexpr.WithDirection] or [timeexpr.WithLocale]. The default direction
// is [timeexpr.Auto]: each expression looks back or ahead as its clause
// says.
func WithTimeOptions(opts ...timeexpr.Option) Option {
	return func(o *options) { o.timeOpts = append(o.timeOpts, opts...) }
}

// timeOptions returns the options for time expressions.
func (o *options) timeOptions() []timeexpr.Option {
	return o.timeOpts
}

// region returns the byte range a story covers: its headline when that
// directly precedes it, its dateline and its body.
func (st *Story) region() (start, end int) {
	start, end = -1, -1
	widen := func(s, e int) {
		if s >= e {
			return
		}
		if start < 0 || s < start {
			start = s
		}
		if e > end {
			end = e
		}
	}
	if st.Dateline != nil {
		widen(st.Dateline.Start, st.Dateline.End)
	}
	widen(st.Body.Start, st.Body.End)
	if h := st.Headline; h.End > h.Start && (start < 0 || h.End < start) {
		widen(h.Start, h.End)
	}
	return start, end
}

// tokPool holds the token buffers of analyze.
var tokPool = sync.Pool{New: func() any { return new([]token.Token) }}

// analyze fills the entities and times of every story.
func analyze(text string, doc *Document, o *options) error {
	var model *entity.Model
	if !o.noEntities || !o.noQuotes {
		model = o.model
		if model == nil {
			m, err := entity.Default()
			if err != nil {
				return err
			}
			model = m
		}
	}
	timeOpts := o.timeOptions()
	var ref time.Time
	if o.hasRef {
		ref = o.ref
	}
	// One token pass per story serves the stages that read tokens. The
	// pooled buffer is cleared on return as far as the stories filled it
	// (written, the longest story's tokens), not to its capacity: past
	// that it is still zero from its last use.
	buf := tokPool.Get().(*[]token.Token)
	written := 0
	defer func() {
		clear((*buf)[:written])
		*buf = (*buf)[:0]
		tokPool.Put(buf)
	}()
	each(doc, func(st *Story) {
		start, end := st.region()
		if start < 0 {
			return
		}
		sub := text[start:end]
		if model != nil {
			*buf = token.Append((*buf)[:0], sub)
			written = max(written, len(*buf))
			ents := model.AnalyzeTokens(sub, *buf).Entities
			for i := range ents {
				ents[i].Start += start
				ents[i].End += start
			}
			if !o.noQuotes {
				st.Quotes = findQuotes(text, st, ents, *buf, start)
			}
			if !o.noEntities {
				st.Entities = ents
			}
		}
		if o.hasRef && !o.noTimes {
			exprs := timeexpr.Find(sub, ref, timeOpts...)
			for i := range exprs {
				exprs[i].Start += start
				exprs[i].End += start
				if d := st.Dateline; d != nil && exprs[i].Start >= d.Start && exprs[i].End <= d.End {
					exprs[i] = datelineTime(exprs[i], ref, timeOpts)
				}
			}
			st.Times = exprs
		}
	})
	return nil
}

// datelineTime resolves a time expression inside a dateline ("GENT 15/06
// (belga) -") looking back: a dateline gives the day the story was filed,
// which is not after the day it is read. An explicit direction among the
// caller's options still wins. The expression is kept as found when the
// phrase does not parse alone.
func datelineTime(e timeexpr.Expr, ref time.Time, opts []timeexpr.Option) timeexpr.Expr {
	past := append([]timeexpr.Option{timeexpr.WithDirection(timeexpr.Past)}, opts...)
	r, err := timeexpr.Parse(e.Text, ref, past...)
	if err != nil {
		return e
	}
	r.Text, r.Start, r.End = e.Text, e.Start, e.End
	return r
}
