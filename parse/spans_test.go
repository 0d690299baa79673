package parse_test

import (
	"encoding/json"
	"fmt"
	"testing"
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
