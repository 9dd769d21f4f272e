package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestGoRegistryCacheAcrossDaemons is a CI fleet in small: daemon A
// builds go-api and exports a registry cache (mode=max); after a one-line
// edit, daemon B, which never built anything, builds it with
// --cache-from. B must take the modules and the compiled packages from
// the registry: download nothing, compile only the app's own packages.
// On A the edit must stay what it was with cache mounts alone: one
// package compiled. The figures (A's edit against B's) are in make bench.
func TestGoRegistryCacheAcrossDaemons(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	dir := copyExample(t, "go-api")
	// -v: go build names each package it compiles, and only those.
	touch(t, filepath.Join(dir, "app.toml"), "\n[go]\nflags = [\"-v\"]\n")
	run := time.Now().UnixNano()
	cache := b.CacheRef(fmt.Sprintf("go-api-%d", run))
	// Empty cache mounts, in every build of this test: other tests built
	// go-api, and slimgocache would copy their packages.
	ns := fmt.Sprintf("BUILDKIT_CACHE_MOUNT_NS=fleet-%d", run)

	a := b.Main()
	cold, err := a.Buildx(ctx, dir, "-f", "app.toml", "--no-cache", "--build-arg", ns, "--cache-to", "type=registry,ref="+cache+",mode=max", ".")
	if err != nil {
		t.Fatal(err)
	}
	// go list -v names what it compiles too: the check below on B is
	// not vacuous.
	if got := printed(t, cold, "] compile the "); !slices.Contains(got, "github.com/go-chi/chi/v5") {
		t.Fatalf("daemon A's packages step printed %q, want github.com/go-chi/chi/v5 among them:\n%s", got, cold)
	}
	size, err := b.RefSize(ctx, cache)
	if err != nil {
		t.Fatal(err)
	}
	touch(t, filepath.Join(dir, "cmd/server/main.go"), "\n// edited on daemon A's runner\n")
	start := time.Now()
	outA, err := a.Buildx(ctx, dir, "-f", "app.toml", "--build-arg", ns, ".")
	if err != nil {
		t.Fatal(err)
	}
	editA := time.Since(start)
	if got := compiled(t, outA); !slices.Equal(got, []string{"example.com/go-api/cmd/server"}) {
		t.Errorf("on daemon A the edit compiled %q, want only the edited package: the cache mount stays warm", got)
	}

	d, err := b.StartDaemon(ctx, "b")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Stop()
	image := b.Ref("go-api-from-b:latest")
	start = time.Now()
	outB, err := d.Buildx(ctx, dir, "-f", "app.toml", "--build-arg", ns, "--cache-from", "type=registry,ref="+cache, "-t", image, "--push", ".")
	if err != nil {
		t.Fatal(err)
	}
	editB := time.Since(start)
	for _, step := range []string{"] go mod download", "] copy the modules into the layer", "] compile the "} {
		if !fromCache(outB, step) {
			t.Errorf("on daemon B the step %q ran; it should come from the registry cache:\n%s", step, outB)
		}
	}
	if got := printed(t, outB, "] compile the "); len(got) > 0 {
		t.Errorf("on daemon B the packages step compiled %q; it should come from the registry cache", got)
	}
	for _, fetch := range []string{"go: downloading", "# get "} {
		if strings.Contains(outB, fetch) {
			t.Errorf("daemon B downloaded modules (%q in its log):\n%s", fetch, outB)
		}
	}
	got := compiled(t, outB)
	for _, p := range got {
		if !strings.HasPrefix(p, "example.com/go-api/") {
			t.Errorf("daemon B compiled %s, which the registry cache holds compiled", p)
		}
	}
	if !slices.Contains(got, "example.com/go-api/cmd/server") {
		t.Errorf("daemon B compiled %q, not the edited package", got)
	}
	t.Logf("edit rebuild: daemon A %.2fs, fresh daemon B with --cache-from %.2fs (%.2fx); registry cache %d bytes; B compiled %q",
		editA.Seconds(), editB.Seconds(), editB.Seconds()/editA.Seconds(), size, got)

	t.Logf("daemon B's steps:\n%s", stepTimes(outB))
	want := examples(t)["go-api"]
	checkRunning(t, b, image, want.Get)
}

// compiled lists the packages the go build step printed (go build -v),
// sorted, from buildx's plain progress output.
func compiled(t *testing.T, out string) []string {
	t.Helper()
	return printed(t, out, "] go build ")
}

// printed lists the package paths that the step whose name contains part
// printed (-v), sorted, from buildx's plain progress output.
func printed(t *testing.T, out, part string) []string {
	t.Helper()
	step := regexp.MustCompile(`(?m)^(#\d+) \[[^\]]*slimfront go` + regexp.QuoteMeta(part)).FindStringSubmatch(out)
	if step == nil {
		t.Fatalf("no step %q in the output:\n%s", part, out)
	}
	line := regexp.MustCompile(`(?m)^` + step[1] + ` [0-9.]+ ([a-z][^ ]*)$`)
	var pkgs []string
	for _, m := range line.FindAllStringSubmatch(out, -1) {
		pkgs = append(pkgs, m[1])
	}
	slices.Sort(pkgs)
	return slices.Compact(pkgs)
}

// stepTimes summarizes buildx's plain progress output: each step's name
// and how long it took, or CACHED.
func stepTimes(out string) string {
	names := map[string]string{}
	var sb strings.Builder
	head := regexp.MustCompile(`^(#\d+) (\[.*|resolve .*|importing cache.*|exporting .*|pushing .*|load .*)$`)
	done := regexp.MustCompile(`^(#\d+) (DONE [0-9.]+s|CACHED)$`)
	for _, l := range strings.Split(out, "\n") {
		if m := head.FindStringSubmatch(l); m != nil {
			names[m[1]] = m[2]
		}
		if m := done.FindStringSubmatch(l); m != nil && names[m[1]] != "" {
			fmt.Fprintf(&sb, "  %-12s %s\n", m[2], names[m[1]])
		}
	}
	return sb.String()
}

// fromCache reports whether the step whose name contains part came from
// the cache: buildx shows it CACHED, or, when a later step needs its
// layers and they load from the registry under its name, it printed
// nothing but that loading.
func fromCache(out, part string) bool {
	if stepCached(out, part) {
		return true
	}
	m := regexp.MustCompile(`(?m)^(#\d+) \[[^\]]*` + regexp.QuoteMeta(part)).FindStringSubmatch(out)
	if m == nil {
		return false
	}
	loading := regexp.MustCompile(`^` + m[1] + ` (\[.*|sha256:.*|extracting .*|\.\.\.|DONE [0-9.]+s)$`)
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, m[1]+" ") && !loading.MatchString(l) {
			return false
		}
	}
	return true
}
