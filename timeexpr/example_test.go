package timeexpr_test

import (
	"fmt"
	"time"

	"github.com/draadnlp/draad/timeexpr"
)

func ExampleFind() {
	ref := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC) // a Wednesday
	text := "De afgelopen weken, sinds januari, kwam hij maandagavond om 20.30 uur. 28 minuten geleden"
	for _, e := range timeexpr.Find(text, ref) {
		fmt.Printf("%q %s %s\n", e.Text, e.Kind, e.Value)
	}
	// Output:
	// "De afgelopen weken" interval PAST_REF
	// "sinds januari" interval 2026-01/PRESENT_REF
	// "maandagavond om 20.30 uur" instant 2026-03-16T20:30
	// "28 minuten geleden" instant 2026-03-18T13:32:00
}

// Find reads the direction of each expression from its clause: the past
// tense of "werd opgepakt" looks back, the present "verschijnt" ahead.
func ExampleFind_direction() {
	ref := time.Date(2024, 3, 13, 10, 0, 0, 0, time.UTC) // a Wednesday
	text := "De man die zondag werd opgepakt, verschijnt donderdag voor de rechter. De uitspraak volgt op 2 april."
	for _, e := range timeexpr.Find(text, ref) {
		fmt.Printf("%q %s\n", e.Text, e.Value)
	}
	// Output:
	// "zondag" 2024-03-10
	// "donderdag" 2024-03-14
	// "2 april" 2024-04-02
}

func ExampleParse() {
	ref := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC)
	for _, phrase := range []string{"tien voor half zes", "half 9", "eind volgend jaar", "anderhalf uur"} {
		e, err := timeexpr.Parse(phrase, ref)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(phrase, "=", e.Value, e.Grain)
	}
	// Output:
	// tien voor half zes = 2026-03-18T17:20 minute
	// half 9 = 2026-03-18T08:30 minute
	// eind volgend jaar = 2027-09/2027-12 month
	// anderhalf uur = PT90M minute
}

func ExampleWithDirection() {
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC) // a Tuesday
	for _, d := range []timeexpr.Direction{timeexpr.Past, timeexpr.Future, timeexpr.Nearest} {
		e, _ := timeexpr.Parse("maandag", ref, timeexpr.WithDirection(d))
		fmt.Println(d, e.Value)
	}
	// Output:
	// past 2013-02-11
	// future 2013-02-18
	// nearest 2013-02-11
}

func ExampleWithLocale() {
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC)
	nl, _ := timeexpr.Parse("Sinterklaas", ref, timeexpr.WithDirection(timeexpr.Future))
	be, _ := timeexpr.Parse("Sinterklaas", ref, timeexpr.WithDirection(timeexpr.Future), timeexpr.WithLocale(timeexpr.BE))
	fmt.Println(nl.Value, be.Value)
	// Output:
	// 2013-12-05 2013-12-06
}
