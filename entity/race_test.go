//go:build race

package entity

func init() { raceEnabled = true }
