// Command slimgocache is a GOCACHEPROG: `slimgocache <layer> [<shared>]`
// keeps the go command's build cache in the GOCACHE-layout directory
// layer, reading through and writing to shared (see package gocacheprog).
// The Go preset mounts it from the slimfront image into the step that
// compiles an app's imported packages.
package main

import (
	"fmt"
	"os"

	"github.com/slimfront/slimfront/gocacheprog"
)

func main() {
	if len(os.Args) < 2 || len(os.Args) > 3 {
		fmt.Fprintln(os.Stderr, "usage: GOCACHEPROG='slimgocache <layer dir> [<shared dir>]' go build ...")
		os.Exit(2)
	}
	shared := ""
	if len(os.Args) == 3 {
		shared = os.Args[2]
	}
	if err := gocacheprog.Serve(os.Stdin, os.Stdout, os.Args[1], shared); err != nil {
		fmt.Fprintln(os.Stderr, "slimgocache:", err)
		os.Exit(1)
	}
}
