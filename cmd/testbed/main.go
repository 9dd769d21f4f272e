// Command testbed runs slimfront's offline BuildKit test bed by hand: a
// registry standing in for docker.io and gcr.io, a buildkitd, a docker
// buildx builder and the stand-in base images. It stays up until
// interrupted, then stops everything it started.
//
//	go run ./cmd/testbed up     # print the environment to use, wait for Ctrl-C
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/slimfront/slimfront/internal/testbed"
)

func main() {
	if len(os.Args) != 2 || os.Args[1] != "up" {
		fmt.Fprintln(os.Stderr, "usage: testbed up")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	bed, err := testbed.Start(ctx, testbed.Options{Logf: func(f string, a ...any) {
		fmt.Fprintf(os.Stderr, "testbed: "+f+"\n", a...)
	}})
	if err != nil {
		fmt.Fprintln(os.Stderr, "testbed:", err)
		os.Exit(1)
	}
	defer bed.Stop()
	fmt.Println("# the bed is up; in another shell:")
	for _, e := range bed.Env() {
		fmt.Println("export " + e)
	}
	fmt.Println("# then: docker buildx build -f app.toml --push -t $SLIMFRONT_REGISTRY/app .")
	fmt.Println("# Ctrl-C stops the bed.")
	<-ctx.Done()
}
