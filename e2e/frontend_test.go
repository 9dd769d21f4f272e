package e2e

import (
	"context"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

var (
	frontendOnce sync.Once
	frontendErr  error
)

// needFrontend builds the frontend image from the repository's Dockerfile
// and pushes it to the bed as docker.io/org/slimfront, so `# syntax=
// org/slimfront` resolves to this checkout's code. Built once per run.
func needFrontend(t testing.TB) {
	t.Helper()
	b := needBed(t)
	frontendOnce.Do(func() {
		_, file, _, _ := runtime.Caller(0)
		root := filepath.Dir(filepath.Dir(file))
		frontendErr = b.BuildFrontend(context.Background(), root, "e2e")
	})
	if frontendErr != nil {
		t.Fatalf("building the frontend image: %v", frontendErr)
	}
}

// examplesDir is the absolute path of examples/<name>.
func examplesDir(name string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(filepath.Dir(file)), "examples", name)
}
