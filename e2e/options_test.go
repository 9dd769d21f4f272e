package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/moby/buildkit/frontend/subrequests/targets"
)

// TestSourceDateEpochReproducible: with SOURCE_DATE_EPOCH, two builds from
// scratch (no cache, empty cache mounts) give the same image digest.
func TestSourceDateEpochReproducible(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	// go-hello, and python-api, whose bytecode and venv must not depend
	// on file times or hash seeds either.
	for _, name := range []string{"go-hello", "python-api"} {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			var digests []string
			for i, ns := range []string{"repro-a-", "repro-b-"} {
				ref := b.Ref(name + ":repro")
				if _, err := b.Buildx(ctx, examplesDir(name), "-f", "app.toml", "--no-cache",
					"--build-arg", "SOURCE_DATE_EPOCH=1700000000", "--build-arg", "BUILDKIT_CACHE_MOUNT_NS="+ns,
					"--push", "-t", ref, "."); err != nil {
					t.Fatal(err)
				}
				img, err := b.Inspect(ctx, ref, "linux/amd64")
				if err != nil {
					t.Fatal(err)
				}
				digests = append(digests, img.Digest.String())
				if i == 0 {
					for _, h := range img.Config.History {
						if h.Created.Unix() != 1700000000 {
							t.Errorf("history %q created %v, want the epoch", h.CreatedBy, h.Created)
						}
					}
				}
			}
			if digests[0] != digests[1] {
				t.Errorf("two builds with SOURCE_DATE_EPOCH differ: %s vs %s", digests[0], digests[1])
			}
		})
	}
}

// TestRustIncrementalReproducible: the Rust preset keeps rustc's
// incremental state in the target cache mount, so an image built over a
// warm cache (after an edit, then undoing it) must be the image a cold
// build gives, byte for byte.
func TestRustIncrementalReproducible(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	dir := copyExample(t, "rust-api")
	ns := fmt.Sprintf("repro-rust-%d-", time.Now().UnixNano())
	build := func(cacheNS string) string {
		t.Helper()
		ref := b.Ref("rust-api:repro")
		if _, err := b.Buildx(ctx, dir, "-f", "app.toml", "--build-arg", "SOURCE_DATE_EPOCH=1700000000",
			"--build-arg", "BUILDKIT_CACHE_MOUNT_NS="+cacheNS, "--push", "-t", ref, "."); err != nil {
			t.Fatal(err)
		}
		img, err := b.Inspect(ctx, ref, "linux/amd64")
		if err != nil {
			t.Fatal(err)
		}
		return img.Digest.String()
	}
	cold := build(ns + "a")
	// A code change (not a comment) that the warm build then undoes.
	routes := filepath.Join(dir, "src/routes.rs")
	replaceIn(t, routes, `status: "ok"`, `status: "edited"`)
	build(ns + "b")
	replaceIn(t, routes, `status: "edited"`, `status: "ok"`)
	if warm := build(ns + "b"); warm != cold {
		t.Errorf("rust-api built over a warm incremental cache is %s, built cold %s", warm, cold)
	}
}

// TestCalls: for every example, `--call targets` lists the stages a user
// can pick, and `--call outline` the build args and secrets the build
// takes.
func TestCalls(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	for name := range examples(t) {
		t.Run(name, func(t *testing.T) {
			out, err := b.Buildx(context.Background(), examplesDir(name), "-f", "app.toml", "--call", "targets,format=json", ".")
			if err != nil {
				t.Fatal(err)
			}
			p := planOf(t, examplesDir(name))
			var want []string
			for _, st := range p.Stages {
				var runs []string
				for _, r := range st.Runs {
					runs = append(runs, r.Name)
				}
				want = append(want, st.Name+" | "+strings.Join(runs, "; ")+" | false")
			}
			want = append(want, "final | the "+p.Preset+" app image | true")
			var list targets.List
			if err := json.Unmarshal([]byte(out[strings.Index(out, "{"):]), &list); err != nil {
				t.Fatalf("--call targets,format=json: %v in\n%s", err, out)
			}
			var got []string
			for _, tg := range list.Targets {
				got = append(got, fmt.Sprintf("%s | %s | %v", tg.Name, tg.Description, tg.Default))
			}
			if !slices.Equal(got, want) {
				t.Errorf("--call targets =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			out, err = b.Buildx(context.Background(), examplesDir(name), "-f", "app.toml", "--call", "outline", ".")
			if err != nil {
				t.Fatal(err)
			}
			wants := []string{"TARGET:", "slimfront " + p.Preset + " preset", "SOURCE_DATE_EPOCH"}
			for _, m := range p.SecretMounts() {
				wants = append(wants, m.SecretID)
			}
			for _, want := range wants {
				if !strings.Contains(out, want) {
					t.Errorf("--call outline output lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

// TestTargetBuildStage: `--target build` exports the artifact alone.
func TestTargetBuildStage(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	dest := t.TempDir()
	if _, err := b.Buildx(context.Background(), examplesDir("go-api"), "-f", "app.toml", "--target", "build",
		"--output", "type=local,dest="+dest, "."); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "server" {
		t.Fatalf("--target build exported %v, want only the server binary", entries)
	}
	if fi, err := os.Stat(filepath.Join(dest, "server")); err != nil || fi.Mode()&0o111 == 0 {
		t.Errorf("server is not an executable file: %v %v", fi, err)
	}
}

// TestNamedContextOverridesBaseImage: `--build-context <image>=...`
// replaces any base image slimfront uses.
func TestNamedContextOverridesBaseImage(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	dest := t.TempDir()
	// Point the builder image at a tag that does not exist: the build can
	// only fail naming it if the override was consulted.
	out, err := b.Buildx(context.Background(), examplesDir("go-hello"), "-f", "app.toml",
		"--build-context", "golang:1.26-trixie=docker-image://docker.io/library/golang:no-such-tag",
		"--output", "type=local,dest="+dest, ".")
	if err == nil {
		t.Fatalf("build with an overridden, missing builder image succeeded:\n%s", out)
	}
	if !strings.Contains(out, "golang:no-such-tag") {
		t.Errorf("the error does not name the override image:\n%s", out)
	}
}

// TestOtherEntryPoints: the frontend is reached without the `# syntax=`
// line too, through the BUILDKIT_SYNTAX build arg and through buildctl's
// gateway frontend.
func TestOtherEntryPoints(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	dir := copyExample(t, "go-hello")
	// Without the header the built-in Dockerfile frontend would reject
	// app.toml; only the syntax arg can route it to slimfront.
	if err := os.WriteFile(filepath.Join(dir, "app.toml"), []byte("name = \"hello\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Buildx(ctx, dir, "-f", "app.toml", "--build-arg", "BUILDKIT_SYNTAX=org/slimfront", "--target", "build",
		"--output", "type=local,dest="+t.TempDir(), "."); err != nil {
		t.Errorf("BUILDKIT_SYNTAX: %v", err)
	}
	dest := t.TempDir()
	cmd := exec.CommandContext(ctx, b.Tools.Buildctl, "--addr", b.Address, "build",
		"--frontend", "gateway.v0", "--opt", "source=org/slimfront", "--opt", "filename=app.toml", "--opt", "target=build",
		"--local", "context="+dir, "--local", "dockerfile="+dir, "--output", "type=local,dest="+dest)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("buildctl gateway.v0: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dest, "hello")); err != nil {
		t.Errorf("buildctl build did not produce the binary: %v", err)
	}
}

// TestWarningsShown: advice that does not stop the build reaches the
// user's terminal with the app.toml line it is about.
func TestWarningsShown(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	dir := copyExample(t, "go-hello")
	toml := "# syntax=org/slimfront\nname = \"hello\"\n[runtime]\nuser = \"root\"\n"
	if err := os.WriteFile(filepath.Join(dir, "app.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := b.Buildx(context.Background(), dir, "-f", "app.toml", "--output", "type=local,dest="+t.TempDir(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "the app runs as root") || !strings.Contains(out, "app.toml:4") || !strings.Contains(out, "[RootUser]") {
		t.Errorf("the root-user warning with its line is not in the output:\n%s", out)
	}
}

// TestLowPortWarning: a port below 1024 for the non-root user is flagged
// at its app.toml line, in the build output and by `--check`, which
// reports it as a LowPort warning with its README section; an app
// without one passes the check.
func TestLowPortWarning(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	dir := copyExample(t, "go-hello")
	toml := "# syntax=org/slimfront\nname = \"hello\"\n[runtime]\nports = [80]\n"
	if err := os.WriteFile(filepath.Join(dir, "app.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	const want = "port 80 is below 1024, which user 65532:65532 may not bind"
	out, err := b.Buildx(ctx, dir, "-f", "app.toml", "--output", "type=local,dest="+t.TempDir(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "app.toml:4: "+want) || !strings.Contains(out, "[LowPort]") {
		t.Errorf("the build output lacks the warning at app.toml:4 with its rule:\n%s", out)
	}
	out, err = b.Buildx(ctx, dir, "-f", "app.toml", "--check", ".")
	if err == nil {
		t.Errorf("--check with a warning succeeded; want it to fail as it does for Dockerfile warnings:\n%s", out)
	}
	if !strings.Contains(out, "WARNING: LowPort - https://github.com/slimfront/slimfront#rule-lowport") || !strings.Contains(out, want) || !strings.Contains(out, ">>> ports = [80]") {
		t.Errorf("--check output lacks the LowPort warning with its README section and line:\n%s", out)
	}
	if out, err := b.Buildx(ctx, examplesDir("go-hello"), "-f", "app.toml", "--check", "."); err != nil {
		t.Errorf("--check of go-hello: %v\n%s", err, out)
	}
}
