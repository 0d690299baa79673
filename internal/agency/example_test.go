package agency_test

import (
	"fmt"

	"github.com/draadnlp/draad/internal/agency"
)

func ExampleLookup() {
	for _, code := range []string{"RTR", "dpa", "AUS"} {
		if a, ok := agency.Lookup(code); ok {
			fmt.Printf("%s → %s (%s)\n", code, a.Code, a.Name)
		} else {
			fmt.Printf("%s → not an agency\n", code)
		}
	}
	// Output:
	// RTR → Reuters (Reuters)
	// dpa → DPA (Deutsche Presse-Agentur)
	// AUS → not an agency
}
