// Command slimcompress precompresses a built site for slimserve: it
// writes F.gz and F.br beside each compressible file F of DIR.
//
//	slimcompress [--min-size N] DIR
//
// It runs at build time; see package precompress for the rules.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/slimfront/slimfront/serve/precompress"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	fl := flag.NewFlagSet("slimcompress", flag.ContinueOnError)
	minSize := fl.Int64("min-size", 256, "the smallest file, in `bytes`, to compress")
	fl.Usage = func() {
		fmt.Fprintf(fl.Output(), "usage: slimcompress [--min-size N] DIR\n\nWrites F.gz and F.br beside each compressible file F of DIR.\n\nflags:\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return 2
	}
	dir := fl.Arg(0)
	st, err := precompress.Compress(dir, precompress.Options{MinSize: *minSize})
	if err != nil {
		fmt.Fprintf(os.Stderr, "slimcompress: %v\n", err)
		return 1
	}
	fmt.Printf("slimcompress: %s: %d files, %s → gzip %s, brotli %s (%d variants written)\n",
		dir, st.Files, kib(st.Bytes), kib(st.Gzip), kib(st.Brotli), st.Written)
	return 0
}

func kib(n int64) string { return fmt.Sprintf("%.1f KiB", float64(n)/1024) }
