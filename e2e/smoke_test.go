package e2e

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/slimfront/slimfront/internal/testbed"
)

// TestBedSmoke proves the bed itself: a hand-written multi-stage
// Dockerfile, built with `docker buildx build` as a user types it, runs
// under runc and answers HTTP 200.
func TestBedSmoke(t *testing.T) {
	b := needBed(t)
	ctx := context.Background()
	ref := b.Ref("smoke:test")
	if _, err := b.Buildx(ctx, "testdata/smoke", "--push", "-t", ref, "."); err != nil {
		t.Fatal(err)
	}

	img, err := b.Inspect(ctx, ref, "linux/amd64")
	if err != nil {
		t.Fatal(err)
	}
	if img.Config.OS != "linux" || img.Config.Architecture != "amd64" {
		t.Errorf("platform = %s/%s, want linux/amd64", img.Config.OS, img.Config.Architecture)
	}
	if got := img.Config.Config.User; got != "65532:65532" {
		t.Errorf("User = %q, want 65532:65532", got)
	}
	var paths []string
	for _, f := range img.Files() {
		paths = append(paths, f.Path)
	}
	if strings.Join(paths, ",") != "/smoke" {
		t.Errorf("image files = %v, want only /smoke", paths)
	}

	c, base, err := b.Serve(ctx, ref, "/", testbed.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Stop()
	resp := get(t, base+"/")
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if strings.TrimSpace(string(body)) != "ok" {
		t.Errorf("body = %q, want ok", body)
	}
}
