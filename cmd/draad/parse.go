package main

import "io"

func cmdParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	io.WriteString(stderr, "draad: not implemented yet\n")
	return 1
}
