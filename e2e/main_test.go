// Package e2e builds real images on a real BuildKit daemon (the test bed
// in internal/testbed) and runs them. `make test` runs it; with CI=true a
// bed that cannot come up fails the run instead of skipping.
package e2e

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"testing"

	"github.com/slimfront/slimfront/internal/testbed"
)

// bed is shared by every test in the package; nil when e2e tests are off.
var bed *testbed.Bed

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if os.Getenv("SLIMFRONT_E2E") != "1" && os.Getenv("CI") != "true" {
		fmt.Println("e2e: end-to-end tests skipped; run `make test` (or set SLIMFRONT_E2E=1) to build real images on a local BuildKit test bed")
		return m.Run()
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var err error
	bed, err = testbed.Start(ctx, testbed.Options{Logf: func(f string, a ...any) {
		fmt.Fprintf(os.Stderr, "testbed: "+f+"\n", a...)
	}})
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: the BuildKit test bed did not come up, so no end-to-end test can run:\n%v\n", err)
		return 1
	}
	defer bed.Stop()

	// An interrupted run still stops the daemon and removes its mounts.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		bed.Stop()
		os.Exit(130)
	}()
	return m.Run()
}

// needBed skips a test when e2e tests are off (never under CI=true, where
// TestMain already failed if the bed is missing).
func needBed(t testing.TB) *testbed.Bed {
	t.Helper()
	if bed == nil {
		t.Skip("end-to-end tests are off: run `make test` or set SLIMFRONT_E2E=1")
	}
	return bed
}
