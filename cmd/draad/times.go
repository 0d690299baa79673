package main

import "io"

func cmdTimes(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	io.WriteString(stderr, "draad: not implemented yet\n")
	return 1
}
