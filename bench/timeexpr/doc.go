// Package timeexprbench compares [timeexpr.Parse] with
// github.com/markusmobius/go-dateparser (language nl) on the same Dutch
// phrases. Run it from the bench module:
//
//	go test -run '^$' -bench . ./timeexpr
//
// BenchmarkParse reports ns/phrase on the same phrase list; BenchmarkSearch
// compares timeexpr.Find with dateparser's Search over the same running text
// (MB/s). TestCoverage logs how many of the phrases each library understands.
package timeexprbench
