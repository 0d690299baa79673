package timeexprbench

import (
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"

	"github.com/draadnlp/draad/timeexpr"
)

// phrases are Dutch date phrases of the kinds both libraries target.
var phrases = []string{
	"28 minuten geleden",
	"1 uur geleden",
	"19 uur geleden",
	"2 dagen geleden",
	"drie weken geleden",
	"gisteren",
	"morgen",
	"vandaag",
	"overmorgen",
	"maandag",
	"vrijdag",
	"15 februari",
	"3 maart 2015",
	"17 april 2019",
	"31-10-1974",
	"2024-05-06",
	"14 april 2015 14:05",
	"3 maart 2023 14:05",
	"15:30",
	"in 2 dagen",
	"over 3 weken",
	"oktober 2014",
	"1 januari 2025",
	"zaterdag 21 september",
}

var ref = time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC)

func BenchmarkParse(b *testing.B) {
	b.Run("lib=draad", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range phrases {
				timeexpr.Parse(p, ref)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(phrases)), "ns/phrase")
	})
	b.Run("lib=dateparser", func(b *testing.B) {
		cfg := &dps.Configuration{Languages: []string{"nl"}, CurrentTime: ref}
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range phrases {
				dps.Parse(cfg, p)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(phrases)), "ns/phrase")
	})
}

// TestCoverage logs how many phrases each library parses, so the speed
// comparison is read alongside what each one understands.
func TestCoverage(t *testing.T) {
	cfg := &dps.Configuration{Languages: []string{"nl"}, CurrentTime: ref}
	nd, np := 0, 0
	for _, p := range phrases {
		e, err := timeexpr.Parse(p, ref)
		if err == nil {
			nd++
		}
		d, err2 := dps.Parse(cfg, p)
		if err2 == nil {
			np++
		}
		t.Logf("%-24q draad=%-22s dateparser=%v", p, e.Value, d.Time.Format(time.DateTime))
	}
	t.Logf("parsed: draad %d/%d, dateparser %d/%d", nd, len(phrases), np, len(phrases))
	if nd != len(phrases) {
		t.Errorf("draad parsed %d of %d phrases", nd, len(phrases))
	}
}

// text is running Dutch news text for the search comparison.
const text = `DEN HAAG (ANP) - Het kabinet wil de nieuwe wet uiterlijk eind volgend jaar invoeren. Dat heeft de minister maandagavond laten weten. De Kamer debatteert donderdag over het voorstel, dat sinds januari op tafel ligt. Op de A12 is dinsdagochtend rond 7.45 uur een vrachtwagen gekanteld. De weg was 3 uur dicht. Het parlement stemt op 15 mei 2025 over de plannen; de stemming begint om 14.00 uur. Twee jaar geleden strandde een vergelijkbaar akkoord.`

// BenchmarkSearch compares timeexpr.Find with dateparser's Search over the
// same running text (SetBytes gives MB/s).
func BenchmarkSearch(b *testing.B) {
	b.Run("lib=draad", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			timeexpr.Find(text, ref)
		}
	})
	b.Run("lib=dateparser", func(b *testing.B) {
		cfg := &dps.Configuration{Languages: []string{"nl"}, CurrentTime: ref}
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			dps.Search(cfg, text)
		}
	})
}
