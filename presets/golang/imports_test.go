package golang_test

import (
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/golang"
	"github.com/slimfront/slimfront/presets/preset"
)

// importingApp is a service whose main package reaches a module, the
// standard library and its own packages, two levels deep.
func importingApp() fstest.MapFS {
	return tree(
		"go.mod", "module example.com/api\n\ngo 1.26\n\nrequire github.com/go-chi/chi/v5 v5.5.0\n",
		"go.sum", "",
		"cmd/server/main.go", "package main\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/go-chi/chi/v5\"\n\t\"example.com/api/internal/api\"\n)\n\nfunc main() { fmt.Println(chi.NewRouter(), api.X) }\n",
		"cmd/server/cgo.go", "package main\n\n// #include <stdio.h>\nimport \"C\"\n",
		"cmd/server/main_test.go", "package main\n\nimport \"testing\"\n",
		"cmd/server/_scratch.go", "package main\n\nimport \"example.com/never\"\n",
		"internal/api/api.go", "package api\n\nimport (\n\t\"net/http\"\n\t\"example.com/api/internal/store\"\n)\n\nvar X = http.StatusOK + store.Y\n",
		"internal/api/api_test.go", "package api\n\nimport \"github.com/stretchr/testify/assert\"\n",
		"internal/store/store.go", "package store\n\nimport _ \"database/sql\"\n\nconst Y = 1\n",
		// Not reached from the main package: not compiled ahead.
		"internal/unused/unused.go", "package unused\n\nimport \"github.com/unused/pkg\"\n",
		"tools/gen/main.go", "package main\n\nimport \"golang.org/x/tools/go/packages\"\n",
	)
}

func listedImports(t *testing.T, s *plan.Stage) []string {
	t.Helper()
	args := onlyRun(t, s).Args
	i := slices.Index(args, "-f")
	if i < 0 || i+2 > len(args) {
		t.Fatalf("packages stage runs %q, want go list ... -f <template> <imports>", args)
	}
	return args[i+2:]
}

func TestGoPackagesStage(t *testing.T) {
	p := planFor(t, "entrypoint = \"./cmd/server\"\n\n[go]\nldflags = \"-X main.version=1.0\"\ntags = [\"netgo\"]\n", importingApp(), arm64)
	if got, want := stageNames(p), []string{"deps", "packages", "build"}; !slices.Equal(got, want) {
		t.Fatalf("stages = %v, want %v", got, want)
	}
	pk := stage(t, p, "packages")
	want := []string{"database/sql", "fmt", "github.com/go-chi/chi/v5", "net/http"}
	if got := listedImports(t, pk); !slices.Equal(got, want) {
		t.Errorf("packages compiled ahead = %q, want %q (the main package's and its own packages' imports, no tests, no cgo, nothing unreached)", got, want)
	}
	if pk.From != plan.StageRef("deps") || !pk.Inputs.IsZero() || pk.SeesSource() {
		t.Errorf("packages stage from %s, inputs %+v: want it on deps, seeing no source, so an edit leaves it cached", pk.From, pk.Inputs)
	}
	build := stage(t, p, "build")
	// On deps, not packages: a seeded mount of the build's own root
	// would make BuildKit hash the whole root for its cache key.
	if build.From != plan.StageRef("deps") {
		t.Errorf("build from %s, want deps", build.From)
	}
	// Same target and compile flags as the build, so the build finds
	// the packages compiled; no ldflags, so a version stamp leaves the
	// stage cached.
	if !reflect.DeepEqual(pk.Env, build.Env) {
		t.Errorf("packages env %q differs from the build's %q", pk.Env, build.Env)
	}
	if env := targetEnv(t, arm64, pk); env["GOARCH"] != "arm64" {
		t.Errorf("packages GOARCH = %q, want arm64", env["GOARCH"])
	}
	args := onlyRun(t, pk).Args
	for _, w := range []string{"-e", "-export", "-trimpath", "-mod=readonly", "-tags=netgo"} {
		if !slices.Contains(args, w) {
			t.Errorf("go list args %q lack %s", args, w)
		}
	}
	if strings.Contains(strings.Join(args, " "), "ldflags") {
		t.Errorf("go list args %q carry ldflags: a version stamp would recompile every package", args)
	}
	var cache *plan.Mount
	for i, m := range onlyRun(t, build).Mounts {
		if m.Type == plan.MountCache {
			cache = &onlyRun(t, build).Mounts[i]
		}
	}
	if cache == nil || cache.Target != "/root/.cache/go-build" || cache.From != "packages" || cache.Source != "/root/.cache/go-build" {
		t.Errorf("build cache mount %+v, want GOCACHE seeded from the packages stage's", cache)
	}
}

func TestGoPackagesThroughWorkspaceAndReplace(t *testing.T) {
	fsys := with(importingApp(),
		"go.mod", "module example.com/api\n\ngo 1.26\n\nreplace example.com/shared => ./shared\n",
		"go.work", "go 1.26\n\nuse (\n\t.\n\t./libs/db\n)\n",
		"libs/db/go.mod", "module example.com/db\n\ngo 1.26\n",
		"libs/db/db.go", "package db\n\nimport \"github.com/lib/pq\"\n",
		"shared/go.mod", "module example.com/shared\n\ngo 1.26\n",
		"shared/log/log.go", "package log\n\nimport \"log/slog\"\n",
		"internal/store/store.go", "package store\n\nimport (\n\t\"example.com/db\"\n\t\"example.com/shared/log\"\n)\n\nconst Y = 1\n",
	)
	p := planFor(t, `entrypoint = "./cmd/server"`, fsys, amd64)
	want := []string{"fmt", "github.com/go-chi/chi/v5", "github.com/lib/pq", "log/slog", "net/http"}
	if got := listedImports(t, stage(t, p, "packages")); !slices.Equal(got, want) {
		t.Errorf("packages compiled ahead = %q, want %q (workspace and replaced modules are the app's own)", got, want)
	}
}

func TestGoPackagesVendored(t *testing.T) {
	fsys := with(importingApp(), "vendor/modules.txt", "# github.com/go-chi/chi/v5 v5.5.0\n")
	p := planFor(t, `entrypoint = "./cmd/server"`, fsys, amd64)
	if got, want := stageNames(p), []string{"packages", "build"}; !slices.Equal(got, want) {
		t.Fatalf("stages = %v, want %v", got, want)
	}
	pk := stage(t, p, "packages")
	if want := []string{"go.mod", "go.sum", "vendor/**"}; !slices.Equal(pk.Inputs.Paths, want) {
		t.Errorf("packages inputs = %q, want %q", pk.Inputs.Paths, want)
	}
	if !slices.Contains(onlyRun(t, pk).Args, "-mod=vendor") {
		t.Errorf("go list args %q lack -mod=vendor", onlyRun(t, pk).Args)
	}
}

// The frontend reads the app's packages one import level per round, and
// only those: not tests' imports, not unreached packages, not vendor/.
func TestGoFactsFollowImports(t *testing.T) {
	s := parseSpec(t, `entrypoint = "./cmd/server"`)
	full := importingApp()
	read := func(patterns []string) fs.FS {
		m := fstest.MapFS{}
		for name, f := range full {
			for _, p := range patterns {
				if ok, _ := pathMatch(p, name); ok {
					m[name] = f
				}
			}
		}
		return m
	}
	patterns := golang.Preset.Facts(s, fstest.MapFS{})
	var rounds int
	for rounds = 1; rounds < 10; rounds++ {
		more := golang.Preset.Facts(s, read(patterns))
		if slices.Equal(more, patterns) {
			break
		}
		patterns = more
	}
	for _, want := range []string{"cmd/server/*.go", "internal/api/*.go", "internal/store/*.go"} {
		if !slices.Contains(patterns, want) {
			t.Errorf("patterns %q lack %s", patterns, want)
		}
	}
	for _, p := range patterns {
		if strings.HasPrefix(p, "internal/unused") || strings.HasPrefix(p, "tools") || strings.HasPrefix(p, "vendor/") && p != "vendor/modules.txt" {
			t.Errorf("pattern %q reads a package the main package does not import", p)
		}
	}
	if rounds != 3 {
		t.Errorf("%d rounds to settle, want 3 (main, its imports, theirs)", rounds)
	}
}

// With the slimfront image known, the packages step compiles through
// slimgocache, reading the go-build cache every app shares: a go.mod
// edit then recompiles only what changed. The build step reads the
// layer as a plain GOCACHE.
func TestGoPackagesReadTheSharedCache(t *testing.T) {
	in := preset.Input{Spec: parseSpec(t, `entrypoint = "./cmd/server"`), Source: importingApp(), Platform: amd64, BuildPlatform: amd64, Self: "docker.io/org/slimfront:1.0"}
	p, err := golang.Preset.Plan(in)
	if err != nil {
		t.Fatal(err)
	}
	run := onlyRun(t, stage(t, p, "packages"))
	if want := []string{"env", "GOCACHEPROG=/slimfront/slimgocache /root/.cache/go-build /root/.cache/go-build-shared", "go", "list"}; !slices.Equal(run.Args[:4], want) {
		t.Errorf("packages step runs %q, want it to start %q", run.Args, want)
	}
	want := []plan.Mount{
		{Target: "/root/.cache/go-build-shared", Type: plan.MountCache, CacheID: "go-build"},
		{Target: "/slimfront", Type: plan.MountImage, Image: "docker.io/org/slimfront:1.0", Source: "/usr/lib/slimfront"},
	}
	if !reflect.DeepEqual(run.Mounts, want) {
		t.Errorf("packages mounts = %+v, want %+v", run.Mounts, want)
	}
	if args := onlyRun(t, stage(t, p, "build")).Args; slices.ContainsFunc(args, func(a string) bool { return strings.Contains(a, "GOCACHEPROG") }) {
		t.Errorf("the build step %q runs through slimgocache; it reads the seeded cache mount itself", args)
	}
	// Without the image (a unit test's, a plan made offline) the step
	// compiles into the layer alone.
	if run := onlyRun(t, stage(t, planFor(t, `entrypoint = "./cmd/server"`, importingApp(), amd64), "packages")); run.Args[0] != "go" || len(run.Mounts) > 0 {
		t.Errorf("without Self the packages step is %q with mounts %+v, want plain go list", run.Args, run.Mounts)
	}
}
