package gazetteer_test

import (
	"fmt"

	"github.com/draadnlp/draad/internal/gazetteer"
)

func ExampleLookup() {
	for _, name := range []string{"OPHEUSDEN", "Londen", "Den Bosch", "BEST", "UITSTEL"} {
		p, ok := gazetteer.Lookup(name)
		if !ok {
			fmt.Printf("%s: not a place\n", name)
			continue
		}
		fmt.Printf("%s: %s (%s, %s), common word: %v\n", name, p.Canonical, p.Country, p.Kind, p.Common)
	}
	// Output:
	// OPHEUSDEN: Opheusden (NL, settlement), common word: false
	// Londen: Londen (GB, settlement), common word: false
	// Den Bosch: 's-Hertogenbosch (NL, area), common word: false
	// BEST: Best (NL, settlement), common word: true
	// UITSTEL: not a place
}
