package timeexpr

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var tRef = time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC) // a Wednesday

func TestParse(t *testing.T) {
	type want struct {
		Kind   Kind
		Value  string
		Grain  Grain
		From   string
		To     string
		Approx bool
	}
	tests := []struct {
		desc string
		in   string
		dir  Direction
		want want
	}{
		{"age in minutes", "28 minuten geleden", Past, want{Instant, "2026-03-18T13:32:00", Second, "2026-03-18T13:32:00", "2026-03-18T13:32:01", false}},
		{"composite age", "1 dag, 13 uren geleden", Past, want{Instant, "2026-03-17T01:00", Minute, "2026-03-17T01:00:00", "2026-03-17T01:01:00", false}},
		{"half past, Dutch style", "half 9", Past, want{Instant, "2026-03-18T08:30", Minute, "2026-03-18T08:30:00", "2026-03-18T08:31:00", false}},
		{"ten to half six", "tien voor half zes", Nearest, want{Instant, "2026-03-18T17:20", Minute, "2026-03-18T17:20:00", "2026-03-18T17:21:00", false}},
		{"dotted clock time", "om 15.30 uur", Nearest, want{Instant, "2026-03-18T15:30", Minute, "2026-03-18T15:30:00", "2026-03-18T15:31:00", false}},
		{"Belgian clock time", "17u10", Nearest, want{Instant, "2026-03-18T17:10", Minute, "2026-03-18T17:10:00", "2026-03-18T17:11:00", false}},
		{"weekday evening", "maandagavond", Past, want{Interval, "2026-03-16TEV", Hour, "2026-03-16T18:00:00", "2026-03-17T00:00:00", false}},
		{"yesterday afternoon", "gistermiddag", Past, want{Interval, "2026-03-17TAF", Hour, "2026-03-17T12:00:00", "2026-03-17T18:00:00", false}},
		{"since January", "sinds januari", Past, want{Interval, "2026-01/PRESENT_REF", Month, "2026-01-01T00:00:00", "2026-03-18T14:00:00", false}},
		{"until end of March", "tot eind maart", Past, want{Interval, "../2026-03", Month, "", "2026-04-01T00:00:00", true}},
		{"through", "13 t/m 15 juli", Future, want{Interval, "2026-07-13/2026-07-15", Day, "2026-07-13T00:00:00", "2026-07-16T00:00:00", false}},
		{"mid year", "medio 2024", Past, want{Interval, "2024-05/2024-08", Month, "2024-05-01T00:00:00", "2024-09-01T00:00:00", true}},
		{"end of next year", "eind volgend jaar", Past, want{Interval, "2027-09/2027-12", Month, "2027-09-01T00:00:00", "2028-01-01T00:00:00", true}},
		{"fuzzy past", "de afgelopen weken", Past, want{Interval, "PAST_REF", Week, "2026-02-23T00:00:00", "2026-03-18T14:00:00", true}},
		{"decade", "de jaren negentig", Past, want{Interval, "199", Decade, "1990-01-01T00:00:00", "2000-01-01T00:00:00", false}},
		{"century", "de twintigste eeuw", Past, want{Interval, "19", Century, "1900-01-01T00:00:00", "2000-01-01T00:00:00", false}},
		{"weekend", "het weekend", Past, want{Interval, "2026-W11-WE", Hour, "2026-03-13T18:00:00", "2026-03-16T00:00:00", false}},
		{"Easter-based", "Hemelvaart 2025", Past, want{Instant, "2025-05-29", Day, "2025-05-29T00:00:00", "2025-05-30T00:00:00", false}},
		{"King's Day on a Sunday", "Koningsdag 2025", Past, want{Instant, "2025-04-26", Day, "2025-04-26T00:00:00", "2025-04-27T00:00:00", false}},
		{"Carnival", "carnaval 2026", Past, want{Interval, "2026-02-15/2026-02-17", Day, "2026-02-15T00:00:00", "2026-02-18T00:00:00", false}},
		{"Prinsjesdag", "Prinsjesdag 2026", Past, want{Instant, "2026-09-15", Day, "2026-09-15T00:00:00", "2026-09-16T00:00:00", false}},
		{"ISO date", "2024-05-06", Past, want{Instant, "2024-05-06", Day, "2024-05-06T00:00:00", "2024-05-07T00:00:00", false}},
		{"ordinal word", "de eenentwintigste maart", Future, want{Instant, "2026-03-21", Day, "2026-03-21T00:00:00", "2026-03-22T00:00:00", false}},
		{"duration and a half", "anderhalf uur", Past, want{Duration, "PT90M", Minute, "", "", false}},
		{"hour and three quarters", "1 uur en drie kwartier", Past, want{Duration, "PT105M", Minute, "", "", false}},
		{"number word duration", "honderdvijftig dagen", Past, want{Duration, "P150D", Day, "", "", false}},
		{"set", "elke maandag", Past, want{Set, "XXXX-WXX-1", Day, "", "", false}},
		{"Dutch time, winter", "15 maart 2026 om 14.30 uur Nederlandse tijd", Past, want{Instant, "2026-03-15T13:30", Minute, "2026-03-15T13:30:00", "2026-03-15T13:31:00", false}},
		{"Dutch time, summer", "15 juli 2026 om 14.30 uur Nederlandse tijd", Past, want{Instant, "2026-07-15T12:30", Minute, "2026-07-15T12:30:00", "2026-07-15T12:31:00", false}},
		{"trailing full stop", "maandag.", Past, want{Instant, "2026-03-16", Day, "2026-03-16T00:00:00", "2026-03-17T00:00:00", false}},
		{"abbreviation with its dot", "ma.", Past, want{Instant, "2026-03-16", Day, "2026-03-16T00:00:00", "2026-03-17T00:00:00", false}},
		{"cardinal day word and month", "eenentwintig maart", Past, want{Instant, "2025-03-21", Day, "2025-03-21T00:00:00", "2025-03-22T00:00:00", false}},
		{"ISO timestamp with an offset", "2025-03-03T14:05:00+05:00", Past, want{Instant, "2025-03-03T09:05:00", Second, "2025-03-03T09:05:00", "2025-03-03T09:05:01", false}},
		{"season of a year", "de herfst van 2023", Past, want{Interval, "2023-FA", Day, "2023-09-24T00:00:00", "2023-12-21T00:00:00", false}},
		{"word clock time in the past is in the afternoon", "om half drie", Past, want{Instant, "2026-03-17T14:30", Minute, "2026-03-17T14:30:00", "2026-03-17T14:31:00", false}},
		{"twelve is midday", "om twaalf uur", Past, want{Instant, "2026-03-18T12", Hour, "2026-03-18T12:00:00", "2026-03-18T13:00:00", false}},
		{"bare year as a phrase", "2024", Past, want{Instant, "2024", Year, "2024-01-01T00:00:00", "2025-01-01T00:00:00", false}},
		{"approximate clock", "rond drie uur", Nearest, want{Instant, "2026-03-18T15", Hour, "2026-03-18T15:00:00", "2026-03-18T16:00:00", true}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			e, err := Parse(tc.in, tRef, WithDirection(tc.dir))
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			f := func(x time.Time) string {
				if x.IsZero() {
					return ""
				}
				return x.Format("2006-01-02T15:04:05")
			}
			got := want{e.Kind, e.Value, e.Grain, f(e.From), f(e.To), e.Approximate}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "een hotel", "3", "maartse buien", "morgen of zo", "\xff\xfe", "zo", "2 meter"} {
		_, err := Parse(in, tRef)
		if !errors.Is(err, ErrNoMatch) {
			t.Errorf("Parse(%q) error = %v, want ErrNoMatch", in, err)
		}
		var pe *ParseError
		if errors.As(err, &pe) && (pe.Offset < 0 || pe.Offset > len(in)) {
			t.Errorf("Parse(%q) offset %d out of range", in, pe.Offset)
		}
	}
}

func TestParseRef(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Skip(err)
	}
	tests := []struct {
		desc string
		in   string
		want time.Time
		err  bool
	}{
		{"naive in zone", "2013-02-12T04:30:00", time.Date(2013, 2, 12, 4, 30, 0, 0, ams), false},
		{"RFC 3339", "2013-02-12T04:30:00Z", time.Date(2013, 2, 12, 5, 30, 0, 0, ams), false},
		{"date only", "2013-02-12", time.Date(2013, 2, 12, 0, 0, 0, 0, ams), false},
		{"empty", "", time.Time{}, true},
		{"garbage", "gisteren", time.Time{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := ParseRef(tc.in, ams)
			if (err != nil) != tc.err {
				t.Fatalf("ParseRef(%q) error = %v, want error %v", tc.in, err, tc.err)
			}
			if err == nil && !got.Equal(tc.want) {
				t.Errorf("ParseRef(%q) = %v, want %v", tc.in, got, tc.want)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "timeexpr: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestEnumText(t *testing.T) {
	for k := Instant; k <= Set; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var k2 Kind
		if err := k2.UnmarshalText(b); err != nil || k2 != k {
			t.Errorf("Kind round trip %v: got %v, %v", k, k2, err)
		}
	}
	for g := Second; g <= Century; g++ {
		b, _ := g.MarshalText()
		var g2 Grain
		if err := g2.UnmarshalText(b); err != nil || g2 != g {
			t.Errorf("Grain round trip %v: got %v, %v", g, g2, err)
		}
	}
	for d := Past; d <= Nearest; d++ {
		b, _ := d.MarshalText()
		var d2 Direction
		if err := d2.UnmarshalText(b); err != nil || d2 != d {
			t.Errorf("Direction round trip %v: got %v, %v", d, d2, err)
		}
	}
	var k Kind
	if err := k.UnmarshalText([]byte("moment")); err == nil {
		t.Error("Kind.UnmarshalText accepted an unknown name")
	}
}

// TestRobust feeds hostile input to Find and checks its spans and years;
// BenchmarkFindHostile shows that its cost grows linearly.
func TestRobust(t *testing.T) {
	big := strings.Repeat("maandag 12 ", 1<<20/11) + strings.Repeat("x", 1<<20)
	tests := []struct {
		desc string
		in   string
	}{
		{"empty", ""},
		{"invalid UTF-8", "\xff\xfe maandag \xc3"},
		{"NUL and controls", "gisteren\x00om\x01 15.30 uur\x1b"},
		{"huge age", "99999999 jaar geleden en 999999999 dagen geleden, over 99999999999 eeuwen"},
		{"huge numbers", "om 99999999999999999999:99 op 99-99-9999"},
		{"one long line", big},
		{"punctuation soup", strings.Repeat("-/.,:'", 10000)},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := Find(tc.in, tRef)
			for _, e := range got {
				if e.Start < 0 || e.End > len(tc.in) || e.Start > e.End || tc.in[e.Start:e.End] != e.Text {
					t.Fatalf("bad span %v", e)
				}
				for _, x := range []time.Time{e.From, e.To} {
					if !x.IsZero() && (x.Year() < 1 || x.Year() > 9999) {
						t.Errorf("absurd year in %v: %v", e, x)
					}
				}
			}
		})
	}
}

// TestFindAllocs pins the reject path: text without times costs one
// allocation (the token buffer), plus one for lower-casing when it has
// capitals.
func TestFindAllocs(t *testing.T) {
	Find("warm up the tables: maandag", tRef)
	tests := []struct {
		desc string
		in   string
		max  float64
	}{
		{"lower case", "de minister zei dat hij de situatie nauwlettend volgt en dat er overleg is met de partners", 1},
		{"capitals", "De minister van Buitenlandse Zaken zei dat hij de situatie in het gebied volgt.", 2},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := testing.AllocsPerRun(100, func() { Find(tc.in, tRef) })
			if got > tc.max {
				t.Errorf("Find(%q) allocates %v times, want at most %v", tc.in, got, tc.max)
			}
		})
	}
}

func TestFindLatent(t *testing.T) {
	const in = "Hij liep 3 uur. Di. kwam hij."
	texts := func(es []Expr) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Text+" "+e.Kind.String())
		}
		return out
	}
	strict := texts(Find(in, tRef))
	latent := texts(Find(in, tRef, WithLatent()))
	if diff := cmp.Diff([]string{"3 uur duration"}, strict); diff != "" {
		t.Errorf("Find(%q) mismatch (-want +got):\n%s", in, diff)
	}
	if diff := cmp.Diff([]string{"3 uur instant", "Di. instant"}, latent); diff != "" {
		t.Errorf("Find(%q, WithLatent()) mismatch (-want +got):\n%s", in, diff)
	}
}
