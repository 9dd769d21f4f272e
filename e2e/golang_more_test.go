package e2e

import (
	"archive/tar"
	"bytes"
	"context"
	"debug/elf"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/slimfront/slimfront/frontend"
	"github.com/slimfront/slimfront/internal/testbed"
)

// copyExample copies examples/<name> into a fresh directory the test may
// edit.
func copyExample(t testing.TB, name string) string {
	t.Helper()
	dst := t.TempDir()
	src := examplesDir(name)
	err := filepath.Walk(src, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if fi.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, fi.Mode())
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestGoSharedLayers: two different apps share the base-files, CA and
// zoneinfo layers byte for byte.
func TestGoSharedLayers(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	layers := map[string][]string{}
	for _, app := range []string{"go-api", "go-hello"} {
		ref := b.Ref(app + ":shared")
		if _, err := b.Buildx(ctx, examplesDir(app), "-f", "app.toml", "--push", "-t", ref, "."); err != nil {
			t.Fatal(err)
		}
		img, err := b.Inspect(ctx, ref, "linux/amd64")
		if err != nil {
			t.Fatal(err)
		}
		if len(img.Layers) != 4 {
			t.Fatalf("%s has %d layers, want 4 (base files, CA, zoneinfo, app)", app, len(img.Layers))
		}
		// Equal digests here could come from BuildKit's cache; what makes
		// them equal in builds made at any other time is that no entry
		// carries the build's clock.
		for _, l := range img.Layers[:3] {
			for _, f := range l.Files {
				if !f.ModTime.Equal(time.Unix(0, 0)) {
					t.Errorf("%s: %s in a shared layer has time %v, want the fixed 1970-01-01", app, f.Path, f.ModTime)
				}
			}
		}
		for _, l := range img.Layers {
			layers[app] = append(layers[app], l.Digest.String())
		}
	}
	for i, what := range []string{"base files", "CA bundle", "zoneinfo"} {
		if layers["go-api"][i] != layers["go-hello"][i] {
			t.Errorf("%s layer differs: %s vs %s", what, layers["go-api"][i], layers["go-hello"][i])
		}
	}
	if layers["go-api"][3] == layers["go-hello"][3] {
		t.Error("the app layers of two different apps are identical")
	}
}

// TestBadAppToml: mistakes in app.toml fail the build with the file, the
// line and a fix, all problems at once, language tables included.
func TestBadAppToml(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	cases := []struct {
		name, example, toml string
		want                []string
	}{{
		name:    "unknown key and bad type",
		example: "go-api",
		toml:    "# syntax=org/slimfront\nlanguage = \"go\"\nentrpoint = \"./cmd/server\"\n[go]\nstatic = \"yes\"\n",
		want:    []string{`app.toml:3: unknown key "entrpoint" — did you mean "entrypoint"?`, `app.toml:5: go.static must be a boolean`},
	}, {
		name:    "missing main package",
		example: "go-api",
		toml:    "# syntax=org/slimfront\nlanguage = \"go\"\nentrypoint = \"./cmd/serverr\"\n",
		want:    []string{`app.toml:3: entrypoint "./cmd/serverr" is not a directory`},
	}, {
		name:    "typo in [node] and a Go key in a Node app",
		example: "node-express",
		toml:    "# syntax=org/slimfront\nstatic = false\n[node]\nbuidl = \"build\"\n",
		want:    []string{`app.toml:2: static has moved to the [go] table`, `app.toml:4: unknown key "buidl" in [node] — did you mean "build"?`},
	}, {
		name:    "a Go table in a Node app",
		example: "node-express",
		toml:    "# syntax=org/slimfront\n[go]\ntags = [\"netgo\"]\n",
		want:    []string{`app.toml:2: [go] holds settings of the go preset, but this app is built with the node preset`},
	}, {
		name:    "a Node major with no runtime",
		example: "node-express",
		toml:    "# syntax=org/slimfront\n[build]\nversion = \"20\"\n",
		want:    []string{`app.toml:3: [build] version "20" allows only Node 20, which has no distroless runtime image`},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyExample(t, c.example)
			if err := os.WriteFile(filepath.Join(dir, "app.toml"), []byte(c.toml), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := b.Buildx(ctx, dir, "-f", "app.toml", ".")
			if err == nil {
				t.Fatalf("build succeeded; want an error. Output:\n%s", out)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestOCIExport: the frontend, run in-process, exports an OCI layout
// tarball (what `--output type=oci` gives users) holding one image.
func TestOCIExport(t *testing.T) {
	b := needBed(t)
	dest := filepath.Join(t.TempDir(), "hello.tar")
	if err := b.ExportOCI(context.Background(), testbed.SolveOptions{ContextDir: examplesDir("go-hello")}, frontend.Build, dest); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	entries := map[string][]byte{}
	tr := tar.NewReader(f)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Name == "index.json" || h.Name == "oci-layout" {
			entries[h.Name], _ = io.ReadAll(tr)
		}
	}
	if _, ok := entries["oci-layout"]; !ok {
		t.Fatal("no oci-layout file: not an OCI layout")
	}
	var idx struct {
		Manifests []struct{ MediaType string } `json:"manifests"`
	}
	if err := json.Unmarshal(entries["index.json"], &idx); err != nil {
		t.Fatalf("index.json: %v", err)
	}
	if len(idx.Manifests) != 1 {
		t.Errorf("index.json has %d manifests, want 1: %s", len(idx.Manifests), entries["index.json"])
	}
}

// TestGoVariants: static = false gives a cgo binary on the distroless
// glibc base, and tzdata = "embed" drops the zoneinfo layer while the app
// still loads Europe/Paris; both run and answer their health URL.
func TestGoVariants(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	cases := []struct {
		name, toml string
		check      func(t *testing.T, img *testbed.Image)
	}{{
		name: "cgo",
		toml: "[go]\nstatic = false\n",
		check: func(t *testing.T, img *testbed.Image) {
			data, err := img.ReadFile("/app/server")
			if err != nil {
				t.Fatal(err)
			}
			f, err := elf.NewFile(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			var dynamic bool
			for _, p := range f.Progs {
				dynamic = dynamic || p.Type == elf.PT_INTERP
			}
			if !dynamic {
				t.Error("static = false built a static binary; want one linked against glibc")
			}
		},
	}, {
		name: "embedded tzdata",
		toml: "[go]\nembed_tzdata = true\n[runtime]\nenv = { PORT = \"8080\" }\n",
		check: func(t *testing.T, img *testbed.Image) {
			for _, f := range img.Files() {
				if strings.HasPrefix(f.Path, "/usr/share/zoneinfo") {
					t.Fatalf("tzdata = \"embed\" still ships %s", f.Path)
				}
			}
		},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyExample(t, "go-api")
			toml := "# syntax=org/slimfront\nentrypoint = \"./cmd/server\"\n" + c.toml
			if err := os.WriteFile(filepath.Join(dir, "app.toml"), []byte(toml), 0o644); err != nil {
				t.Fatal(err)
			}
			ref := b.Ref("go-api:" + strings.ReplaceAll(c.name, " ", "-"))
			if _, err := b.Buildx(ctx, dir, "-f", "app.toml", "--push", "-t", ref, "."); err != nil {
				t.Fatal(err)
			}
			img, err := b.Inspect(ctx, ref, "linux/amd64")
			if err != nil {
				t.Fatal(err)
			}
			c.check(t, img)
			ctr, _, err := b.Serve(ctx, ref, "/healthz", testbed.RunOptions{})
			if err != nil {
				t.Fatal(err)
			}
			ctr.Stop()
		})
	}
}

// TestGoBuilderTags: a go.mod go line is a minimum. `go 1.22.0`, which
// has no golang trixie image, builds with the oldest Go slimfront
// supports; an exact [build] version picks its own tag. The plan says
// which builder and why, and the build pulls that one.
func TestGoBuilderTags(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	tests := []struct {
		name, gomod, toml, tag, why string
	}{
		{"old go line", "module example.com/go-hello\n\ngo 1.22.0\n", "", "golang:1.26-trixie", "go.mod needs Go 1.22.0 or newer; the oldest Go slimfront builds with is 1.26"},
		{"exact version", "module example.com/go-hello\n\ngo 1.22.0\n", "[build]\nversion = \"1.26.8\"\n", "golang:1.26.8-trixie", "[build] version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyExample(t, "go-hello")
			if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(tt.gomod), 0o644); err != nil {
				t.Fatal(err)
			}
			if tt.toml != "" {
				touch(t, filepath.Join(dir, "app.toml"), "\n"+tt.toml)
			}
			p := planOf(t, dir)
			if want := "builder docker.io/library/" + tt.tag + ": "; len(p.Notes) == 0 || !strings.HasPrefix(p.Notes[0], want) || !strings.Contains(p.Notes[0], tt.why) {
				t.Errorf("plan notes %q, want %s… %s", p.Notes, want, tt.why)
			}
			ref := b.Ref("go-hello:builder")
			out, err := b.Buildx(ctx, dir, "-f", "app.toml", "--no-cache", "--push", "-t", ref, ".")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, "docker.io/library/"+tt.tag) {
				t.Errorf("the build does not pull %s:\n%s", tt.tag, out)
			}
			c, _, err := b.Serve(ctx, ref, "/healthz", testbed.RunOptions{})
			if err != nil {
				t.Fatal(err)
			}
			c.Stop()
		})
	}
}

// TestBuildArgs: a build arg declared in [args] reaches the binary through
// [go] ldflags and an image label when set with --build-arg, and takes its
// default without; a reference to an undeclared arg fails at its line.
func TestBuildArgs(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	dir := copyExample(t, "go-hello")
	toml := "# syntax=org/slimfront\n[args]\nVERSION = \"dev-build\"\n[go]\nldflags = \"-X main.version=${VERSION}\"\n[labels]\n\"org.opencontainers.image.version\" = \"${VERSION}\"\n"
	if err := os.WriteFile(filepath.Join(dir, "app.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ arg, want string }{{"VERSION=1.2.3", "1.2.3"}, {"", "dev-build"}} {
		ref := b.Ref("go-hello:args")
		args := []string{"-f", "app.toml", "--push", "-t", ref}
		if tt.arg != "" {
			args = append(args, "--build-arg", tt.arg)
		}
		if _, err := b.Buildx(ctx, dir, append(args, ".")...); err != nil {
			t.Fatal(err)
		}
		img, err := b.Inspect(ctx, ref, "linux/amd64")
		if err != nil {
			t.Fatal(err)
		}
		if got := img.Config.Config.Labels["org.opencontainers.image.version"]; got != tt.want {
			t.Errorf("--build-arg %q: label = %q, want %q", tt.arg, got, tt.want)
		}
		c, base, err := b.Serve(ctx, ref, "/healthz", testbed.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.Get(base + "/version")
		if err != nil {
			c.Stop()
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		c.Stop()
		if got := strings.TrimSpace(string(body)); got != tt.want {
			t.Errorf("--build-arg %q: the app says version %q, want %q", tt.arg, got, tt.want)
		}
	}
	bad := "# syntax=org/slimfront\n[runtime]\nenv = { STAMP = \"${COMMIT}\" }\n"
	if err := os.WriteFile(filepath.Join(dir, "app.toml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := b.Buildx(ctx, dir, "-f", "app.toml", "--build-arg", "COMMIT=abc", ".")
	if err == nil || !strings.Contains(out, "app.toml:3: runtime.env.STAMP uses ${COMMIT}, which no build arg declares") {
		t.Errorf("an undeclared ${COMMIT}: %v\n%s", err, out)
	}
}
