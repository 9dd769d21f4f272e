package e2e

import (
	"archive/tar"
	"bytes"
	"context"
	"debug/elf"
	"encoding/json"
	"io"
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

// TestGoMultiPlatform: one build, two platforms, no emulation; the arm64
// binary is an aarch64 ELF.
func TestGoMultiPlatform(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	ref := b.Ref("go-hello:multi")
	if _, err := b.Buildx(ctx, examplesDir("go-hello"), "-f", "app.toml", "--platform", "linux/amd64,linux/arm64", "--push", "-t", ref, "."); err != nil {
		t.Fatal(err)
	}
	manifests, err := b.Index(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	var plats []string
	for _, m := range manifests {
		plats = append(plats, m.Platform.OS+"/"+m.Platform.Architecture)
	}
	if strings.Join(plats, ",") != "linux/amd64,linux/arm64" {
		t.Fatalf("index platforms = %v, want linux/amd64 and linux/arm64", plats)
	}
	for _, c := range []struct {
		platform string
		machine  elf.Machine
	}{{"linux/amd64", elf.EM_X86_64}, {"linux/arm64", elf.EM_AARCH64}} {
		img, err := b.Inspect(ctx, ref, c.platform)
		if err != nil {
			t.Fatal(err)
		}
		data, err := img.ReadFile("/app/hello")
		if err != nil {
			t.Fatal(err)
		}
		f, err := elf.NewFile(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: /app/hello is not an ELF file: %v", c.platform, err)
		}
		if f.Machine != c.machine {
			t.Errorf("%s: binary machine = %v, want %v", c.platform, f.Machine, c.machine)
		}
		if img.Config.Architecture != strings.TrimPrefix(c.platform, "linux/") {
			t.Errorf("%s: config architecture = %s", c.platform, img.Config.Architecture)
		}
	}
}

// TestGoRebuildCaching: editing a .go file re-runs only the build step;
// editing go.mod re-runs the download, which finds every module already in
// the cache mount.
func TestGoRebuildCaching(t *testing.T) {
	b := needBed(t)
	ctx := context.Background()
	dir := copyExample(t, "go-api")
	solve := func() *testbed.SolveResult {
		t.Helper()
		res, err := b.Solve(ctx, testbed.SolveOptions{ContextDir: dir}, frontend.Build)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	step := func(res *testbed.SolveResult, name string) *testbed.Vertex {
		t.Helper()
		v := res.Step(name)
		if v == nil {
			t.Fatalf("no step %q in %+v", name, res.Vertices)
		}
		return v
	}
	solve()

	main := filepath.Join(dir, "cmd", "server", "main.go")
	src, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(main, append(src, []byte("\n// edited by the caching test\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	res := solve()
	if v := step(res, "] go mod download"); !v.Cached {
		t.Errorf("after a .go edit the dependency step re-ran: %+v", v)
	}
	if v := step(res, "] go build"); v.Cached {
		t.Errorf("after a .go edit the build step was cached: %+v", v)
	}

	gomod := filepath.Join(dir, "go.mod")
	mod, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gomod, append(mod, []byte("\n// edited by the caching test\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	res = solve()
	v := step(res, "] go mod download")
	if v.Cached {
		t.Errorf("after a go.mod edit the dependency step was cached")
	}
	if strings.Contains(v.Logs, "# get ") {
		t.Errorf("after a go.mod edit modules were fetched again instead of read from the cache mount:\n%s", v.Logs)
	}
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

// TestGoBadAppToml: mistakes in app.toml fail the build with the file,
// the line and a fix, all problems at once.
func TestGoBadAppToml(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	cases := []struct {
		name, toml string
		want       []string
	}{{
		name: "unknown key and bad type",
		toml: "# syntax=org/slimfront\nlanguage = \"go\"\nentrpoint = \"./cmd/server\"\nstatic = \"yes\"\n",
		want: []string{`app.toml:3: unknown key "entrpoint" — did you mean "entrypoint"?`, `app.toml:4: static must be a boolean`},
	}, {
		name: "missing main package",
		toml: "# syntax=org/slimfront\nlanguage = \"go\"\nentrypoint = \"./cmd/serverr\"\n",
		want: []string{`app.toml:3: entrypoint "./cmd/serverr" is not a directory`},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyExample(t, "go-api")
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

// TestGoEjectedDockerfile: `slimfront eject` gives a Dockerfile that
// builds with BuildKit's own Dockerfile frontend into an image that
// answers the same health URL.
func TestGoEjectedDockerfile(t *testing.T) {
	b := needBed(t)
	ctx := context.Background()
	dir := copyExample(t, "go-api")
	writeEjected(t, dir)
	ref := b.Ref("go-api:ejected")
	if _, err := b.Buildx(ctx, dir, "--push", "-t", ref, "."); err != nil {
		df, _ := os.ReadFile(filepath.Join(dir, "Dockerfile"))
		t.Fatalf("%v\nDockerfile:\n%s", err, df)
	}
	c, _, err := b.Serve(ctx, ref, "/healthz", testbed.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c.Stop()
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
		toml: "static = false\n",
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
		toml: "[runtime]\ntzdata = \"embed\"\nenv = { PORT = \"8080\" }\n",
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
