package draadbeam_test

import (
	"strings"
	"testing"
	"time"

	"github.com/draadnlp/draad/beam/draadbeam"
)

var dateFromPathTests = []struct {
	desc, path, want string
}{
	{"directories", "archief/2019/05/15/brand.txt", "2019-05-15"},
	{"dashes", "gs://b/nos-2019-05-15-brand.txt", "2019-05-15"},
	{"underscores", "ad_2019_05_15.txt", "2019-05-15"},
	{"digits only", "nu/20190515-brand.txt", "2019-05-15"},
	{"the last date wins", "2019/01/01/herzien-2019-05-15.txt", "2019-05-15"},
	{"mixed separators are no date", "2019-05/15.txt", ""},
	{"a day that does not exist", "2019-02-30.txt", ""},
	{"month 13", "2019-13-01.txt", ""},
	{"part of a longer number", "id1201905151.txt", ""},
	{"a year alone", "2019/brand.txt", ""},
	{"no date", "brand.txt", ""},
	{"empty", "", ""},
	{"not UTF-8", "\xff2019-05-15\xfe", "2019-05-15"},
}

func TestDateFromPath(t *testing.T) {
	for _, tc := range dateFromPathTests {
		if got := draadbeam.DateFromPath(tc.path); got != tc.want {
			t.Errorf("%s: DateFromPath(%q) = %q, want %q", tc.desc, tc.path, got, tc.want)
		}
	}
}

func FuzzDateFromPath(f *testing.F) {
	for _, tc := range dateFromPathTests {
		f.Add(tc.path)
	}
	f.Fuzz(func(t *testing.T, path string) {
		d := draadbeam.DateFromPath(path)
		if d == "" {
			return
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			t.Fatalf("DateFromPath(%q) = %q, not a date: %v", path, d, err)
		}
		// The date is in the path, with or without its separators.
		digits := strings.ReplaceAll(d, "-", "")
		plain := strings.NewReplacer("-", "", "/", "", "_", "").Replace(path)
		if !strings.Contains(plain, digits) {
			t.Fatalf("DateFromPath(%q) = %q, which the path does not hold", path, d)
		}
	})
}
