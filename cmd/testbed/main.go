// Command testbed runs slimfront's offline BuildKit test bed by hand: a
// registry standing in for docker.io and gcr.io, a buildkitd, a docker
// buildx builder and the stand-in base images. It stays up until
// interrupted, then stops everything it started.
//
//	testbed up     bring the bed up, print the environment to use it, wait for Ctrl-C
//	testbed demo   also build examples/go-api with slimfront, run it, print its size and URL
//
// Run it from the repository root (make bed, make demo).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/slimfront/slimfront/internal/testbed"
)

func main() {
	if len(os.Args) != 2 || (os.Args[1] != "up" && os.Args[1] != "demo") {
		fmt.Fprintln(os.Stderr, "usage: testbed up|demo   (from the repository root)")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "testbed:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, verb string) error {
	start := time.Now()
	bed, err := testbed.Start(ctx, testbed.Options{Logf: func(f string, a ...any) {
		fmt.Fprintf(os.Stderr, "testbed: "+f+"\n", a...)
	}})
	if err != nil {
		return err
	}
	defer bed.Stop()
	fmt.Fprintf(os.Stderr, "testbed: up in %.1fs\n", time.Since(start).Seconds())
	if verb == "demo" {
		c, err := demo(ctx, bed)
		if err != nil {
			return err
		}
		defer c.Stop()
	}
	fmt.Println("# The bed is up. To use it from another shell:")
	for _, e := range bed.Env() {
		fmt.Println("export " + e)
	}
	fmt.Println("# docker buildx build -f app.toml --push -t $SLIMFRONT_REGISTRY/app:dev .")
	fmt.Println("# Ctrl-C stops the bed and everything it started.")
	<-ctx.Done()
	return nil
}

// demo builds examples/go-api through `# syntax=org/slimfront`, runs it
// and prints what a user would want to see.
func demo(ctx context.Context, bed *testbed.Bed) (*testbed.Container, error) {
	fmt.Fprintln(os.Stderr, "demo: building the slimfront frontend image from ./Dockerfile")
	if err := bed.BuildFrontend(ctx, ".", "demo"); err != nil {
		return nil, err
	}
	ref := bed.Ref("go-api:demo")
	fmt.Fprintln(os.Stderr, "demo: docker buildx build -f examples/go-api/app.toml examples/go-api")
	start := time.Now()
	if _, err := bed.Buildx(ctx, ".", "-f", "examples/go-api/app.toml", "--push", "-t", ref, "examples/go-api"); err != nil {
		return nil, err
	}
	built := time.Since(start)
	img, err := bed.Inspect(ctx, ref, "")
	if err != nil {
		return nil, err
	}
	c, url, err := bed.Serve(ctx, ref, "/healthz", testbed.RunOptions{})
	if err != nil {
		return nil, err
	}
	fmt.Printf("\nexamples/go-api built in %.1fs: %s\n", built.Seconds(), ref)
	fmt.Printf("  image: %.2f MB compressed, %d layers, user %s, entrypoint %v\n",
		float64(img.Size())/1e6, len(img.Layers), img.Config.Config.User, img.Config.Config.Entrypoint)
	for i, l := range img.Layers {
		fmt.Printf("    layer %d: %8.1f KB  %s\n", i+1, float64(l.Size)/1e3, l.Digest)
	}
	fmt.Printf("  running under runc: %s/healthz  (also /, /time?tz=Asia/Tokyo, /whoami)\n\n", url)
	return c, nil
}
