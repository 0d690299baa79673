package main

import "io"

func cmdTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	io.WriteString(stderr, "draad: not implemented yet\n")
	return 1
}

func cmdNEREval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	io.WriteString(stderr, "draad: not implemented yet\n")
	return 1
}

func cmdNERTrain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	io.WriteString(stderr, "draad: not implemented yet\n")
	return 1
}
