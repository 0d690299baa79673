package deveval

import (
	"encoding/json"
	"strconv"
)

// A Figure is one number a scorer prints, by name.
type Figure struct {
	Name  string
	Value float64
}

// ratio returns a/b, 0 when b is 0, as the scorers do.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// jsonInt returns i as a JSON integer value.
func jsonInt(i int) json.Number { return json.Number(strconv.Itoa(i)) }
