//go:build !unix

package entity_test

// cpuSeconds returns 0 where the CPU time of the process is not known.
func cpuSeconds() float64 { return 0 }
