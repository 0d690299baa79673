package parse_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/draadnlp/draad/parse"
)

// checkSpans reports every span in doc (any JSON object with "text",
// "start" and "end") whose offsets are out of bounds or whose text is not
// text[start:end]. Walking the JSON form covers every span type, including
// those that later stages add.
func checkSpans(t *testing.T, text string, doc any) {
	t.Helper()
	for _, msg := range spanErrors(text, doc) {
		t.Error(msg)
	}
}

func spanErrors(text string, doc any) []string {
	b, err := json.Marshal(doc)
	if err != nil {
		return []string{err.Error()}
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return []string{err.Error()}
	}
	var errs []string
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			txt, ok1 := v["text"].(string)
			start, ok2 := v["start"].(float64)
			end, ok3 := v["end"].(float64)
			if ok1 && ok2 && ok3 {
				s, e := int(start), int(end)
				switch {
				case s < 0 || s > e || e > len(text):
					errs = append(errs, fmt.Sprintf("%s: span [%d:%d] out of bounds (len %d)", path, s, e, len(text)))
				case text[s:e] != txt:
					errs = append(errs, fmt.Sprintf("%s: text %q != input[%d:%d] %q", path, txt, s, e, text[s:e]))
				}
			}
			for k, c := range v {
				walk(path+"."+k, c)
			}
		case []any:
			for i, c := range v {
				walk(fmt.Sprintf("%s[%d]", path, i), c)
			}
		}
	}
	walk("doc", v)
	return errs
}

// leadErrors reports every story whose lead does not come before its
// dateline: Body.Lead counts the paragraphs before the dateline, and the
// paragraphs after it start past its end.
func leadErrors(doc *parse.Document) []string {
	var errs []string
	for st := range doc.All() {
		ps, n := st.Body.Paragraphs, st.Body.Lead
		switch {
		case n < 0 || n > len(ps):
			errs = append(errs, fmt.Sprintf("story %+v: lead %d of %d paragraphs", st.Body, n, len(ps)))
		case n > 0 && st.Dateline == nil:
			errs = append(errs, fmt.Sprintf("story %+v: a lead and no dateline", st.Body))
		case st.Dateline == nil:
		case n > 0 && ps[n-1].End > st.Dateline.Start:
			errs = append(errs, fmt.Sprintf("story %+v: lead paragraph after the dateline %+v", st.Body, st.Dateline))
		case n < len(ps) && ps[n].Start < st.Dateline.End:
			errs = append(errs, fmt.Sprintf("story %+v: body paragraph before the end of the dateline %+v", st.Body, st.Dateline))
		}
	}
	return errs
}
