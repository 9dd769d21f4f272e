package presets_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/slimfront/slimfront/plan"
)

func TestGoBuilderVersion(t *testing.T) {
	tests := []struct {
		name   string
		toml   string
		goMod  string
		goWork string
		want   string
	}{
		{
			name:  "go line",
			goMod: "module example.com/api\n\ngo 1.25\n",
			want:  "docker.io/library/golang:1.25-trixie",
		},
		{
			name:  "full go line",
			goMod: "module example.com/api\n\ngo 1.26.8\n",
			want:  "docker.io/library/golang:1.26.8-trixie",
		},
		{
			name:  "toolchain line wins over go line",
			goMod: "module example.com/api\n\ngo 1.25\n\ntoolchain go1.26.1\n",
			want:  "docker.io/library/golang:1.26.1-trixie",
		},
		{
			name:   "a newer go.work wins",
			goMod:  "module example.com/api\n\ngo 1.25\n",
			goWork: "go 1.26.2\n\nuse .\n",
			want:   "docker.io/library/golang:1.26.2-trixie",
		},
		{
			name:  "release beats its candidate",
			goMod: "module example.com/api\n\ngo 1.27rc1\n\ntoolchain go1.27.0\n",
			want:  "docker.io/library/golang:1.27.0-trixie",
		},
		{
			name:  "build.version wins over both",
			toml:  "[build]\nversion = \"1.24\"\n",
			goMod: "module example.com/api\n\ngo 1.25\n\ntoolchain go1.26.1\n",
			want:  "docker.io/library/golang:1.24-trixie",
		},
		{
			name:  "build.version without a go line",
			toml:  "[build]\nversion = \"1.26\"\n",
			goMod: "module example.com/api\n",
			want:  "docker.io/library/golang:1.26-trixie",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := with(serverApp(), "go.mod", tt.goMod)
			if tt.goWork != "" {
				fsys = with(fsys, "go.work", tt.goWork)
			}
			p := planFor(t, "entrypoint = \"./cmd/server\"\n"+tt.toml, fsys, amd64)
			deps := stage(t, p, "deps")
			if deps.From != tt.want {
				t.Errorf("deps stage runs in %q, want %q", deps.From, tt.want)
			}
			if build := stage(t, p, "build"); build.From != "deps" {
				t.Errorf("build stage starts from %q, want deps", build.From)
			}
		})
	}
}

func TestGoBuilderVersionUnknown(t *testing.T) {
	fsys := with(serverApp(), "go.mod", "module example.com/api\n")
	err := planError(t, `entrypoint = "./cmd/server"`, fsys, amd64)
	// build.version is absent, so no line; the fix is in the message.
	wantErr(t, err, "build.version", 0, "no `go` line", `version = "1.26"`)
}

func TestGoModSyntaxError(t *testing.T) {
	fsys := with(serverApp(), "go.mod", "module example.com/api\n\ngo 1.26\n\nrequire (\n\texample.com/dep\n")
	_, err := presetsPlan(t, `entrypoint = "./cmd/server"`, fsys)
	if err == nil || !strings.Contains(err.Error(), "go.mod") {
		t.Errorf("error = %v, want one that names go.mod", err)
	}
}

func TestGoDepsInputsAreTheManifests(t *testing.T) {
	tests := []struct {
		name  string
		extra []string
		drop  string
		want  []string
	}{
		{
			name: "module",
			want: []string{"go.mod", "go.sum"},
		},
		{
			name: "module without go.sum",
			drop: "go.sum",
			want: []string{"go.mod"},
		},
		{
			name: "workspace",
			extra: []string{
				"go.work", "go 1.26\n\nuse (\n\t.\n\t./libs/db\n\t./tools\n)\n",
				"go.work.sum", "",
				"libs/db/go.mod", "module example.com/db\n\ngo 1.26\n",
				"libs/db/go.sum", "",
				"libs/db/db.go", "package db\n",
				"tools/go.mod", "module example.com/tools\n\ngo 1.26\n",
				// Not in the workspace: not a manifest of this build.
				"attic/go.mod", "module example.com/attic\n\ngo 1.20\n",
				"attic/go.sum", "",
			},
			want: []string{"go.mod", "go.sum", "go.work", "go.work.sum", "libs/db/go.mod", "libs/db/go.sum", "tools/go.mod"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := with(serverApp(), tt.extra...)
			delete(fsys, tt.drop)
			p := planFor(t, `entrypoint = "./cmd/server"`, fsys, amd64)
			deps := stage(t, p, "deps")
			if !slices.Equal(deps.Inputs, tt.want) {
				t.Errorf("deps inputs = %q, want %q", deps.Inputs, tt.want)
			}
			if want := []string{"go", "mod", "download", "-x"}; !slices.Equal(deps.Run.Args, want) {
				t.Errorf("deps runs %q, want %q", deps.Run.Args, want)
			}
			if deps.Workdir != "/src" {
				t.Errorf("deps workdir = %q, want /src", deps.Workdir)
			}
			if build := stage(t, p, "build"); len(build.Inputs) != 0 {
				t.Errorf("build stage copies %q into a layer; the source must only be mounted", build.Inputs)
			}
		})
	}
}

func TestGoVendoredSkipsDeps(t *testing.T) {
	fsys := with(serverApp(), "vendor/modules.txt", "# example.com/dep v1.0.0\n## explicit\nexample.com/dep\n")
	p := planFor(t, `entrypoint = "./cmd/server"`, fsys, amd64)
	if got := stageNames(p); !slices.Equal(got, []string{"build"}) {
		t.Fatalf("stages = %v, want only build (vendor/ holds the dependencies)", got)
	}
	build := stage(t, p, "build")
	if build.From != "docker.io/library/golang:1.26-trixie" {
		t.Errorf("build starts from %q, want the builder image", build.From)
	}
	if !slices.Contains(build.Run.Args, "-mod=vendor") || slices.Contains(build.Run.Args, "-mod=readonly") {
		t.Errorf("go build args %q, want -mod=vendor and not -mod=readonly", build.Run.Args)
	}
}

func TestGoBuildArgs(t *testing.T) {
	tests := []struct {
		name string
		toml string
		want []string
	}{
		{
			name: "defaults",
			toml: `entrypoint = "./cmd/server"`,
			want: []string{"go", "build", "-trimpath", "-buildvcs=false", "-mod=readonly", "-ldflags=-s -w", "-o", "/out/server", "./cmd/server"},
		},
		{
			name: "entrypoint without ./",
			toml: `entrypoint = "cmd/server"`,
			want: []string{"go", "build", "-trimpath", "-buildvcs=false", "-mod=readonly", "-ldflags=-s -w", "-o", "/out/server", "./cmd/server"},
		},
		{
			name: "ldflags, tags sorted, flags",
			toml: `entrypoint = "./cmd/server"
name = "api"
[build]
ldflags = "-X main.version=1.0"
tags = ["osusergo", "netgo"]
flags = ["-race", "-v"]
`,
			want: []string{"go", "build", "-trimpath", "-buildvcs=false", "-mod=readonly", "-ldflags=-s -w -X main.version=1.0",
				"-tags=netgo,osusergo", "-race", "-v", "-o", "/out/api", "./cmd/server"},
		},
		{
			name: "tzdata embed adds timetzdata",
			toml: "entrypoint = \"./cmd/server\"\n[build]\ntags = [\"zeta\", \"alpha\"]\n[runtime]\ntzdata = \"embed\"\n",
			want: []string{"go", "build", "-trimpath", "-buildvcs=false", "-mod=readonly", "-ldflags=-s -w",
				"-tags=alpha,timetzdata,zeta", "-o", "/out/server", "./cmd/server"},
		},
		{
			name: "tzdata embed alone",
			toml: "entrypoint = \"./cmd/server\"\n[runtime]\ntzdata = \"embed\"\n",
			want: []string{"go", "build", "-trimpath", "-buildvcs=false", "-mod=readonly", "-ldflags=-s -w",
				"-tags=timetzdata", "-o", "/out/server", "./cmd/server"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planFor(t, tt.toml, serverApp(), amd64)
			run := stage(t, p, "build").Run
			if !slices.Equal(run.Args, tt.want) {
				t.Errorf("go build args:\n got %q\nwant %q", run.Args, tt.want)
			}
			if run.Name != "go build ./cmd/server" {
				t.Errorf("build step is named %q, want %q", run.Name, "go build ./cmd/server")
			}
			if run.Source != "entrypoint" {
				t.Errorf("build step points at app.toml key %q, want entrypoint", run.Source)
			}
		})
	}
}

func TestGoBuildAtModuleRoot(t *testing.T) {
	fsys := tree("go.mod", "module example.com/hello\n\ngo 1.26\n", "main.go", mainGo)
	p := planFor(t, ``, fsys, amd64)
	args := stage(t, p, "build").Run.Args
	if got := args[len(args)-3:]; !slices.Equal(got, []string{"-o", "/out/hello", "."}) {
		t.Errorf("go build ends with %q, want [-o /out/hello .]", got)
	}
	if name := stage(t, p, "build").Run.Name; name != "go build ." {
		t.Errorf("build step is named %q, want %q", name, "go build .")
	}
}

func TestGoBuildEnvFollowsTargetPlatform(t *testing.T) {
	tests := []struct {
		target string
		want   map[string]string
		absent []string
	}{
		{amd64, map[string]string{"GOOS": "linux", "GOARCH": "amd64"}, []string{"GOARM", "GOAMD64"}},
		{arm64, map[string]string{"GOOS": "linux", "GOARCH": "arm64"}, []string{"GOARM", "GOAMD64"}},
		{"linux/arm/v7", map[string]string{"GOOS": "linux", "GOARCH": "arm", "GOARM": "7"}, []string{"GOAMD64"}},
		{"linux/arm/v6", map[string]string{"GOOS": "linux", "GOARCH": "arm", "GOARM": "6"}, []string{"GOAMD64"}},
		{"linux/amd64/v3", map[string]string{"GOOS": "linux", "GOARCH": "amd64", "GOAMD64": "v3"}, []string{"GOARM"}},
		{"linux/riscv64", map[string]string{"GOOS": "linux", "GOARCH": "riscv64"}, []string{"GOARM", "GOAMD64"}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			p := planFor(t, `entrypoint = "./cmd/server"`, serverApp(), tt.target)
			run := stage(t, p, "build").Run
			env := envMap(t, run.Env)
			want := map[string]string{
				"CGO_ENABLED": "0",
				"GOCACHE":     "/root/.cache/go-build",
				"GOMODCACHE":  "/go/pkg/mod",
				"GOTOOLCHAIN": "local",
			}
			for k, v := range tt.want {
				want[k] = v
			}
			for k, v := range want {
				if env[k] != v {
					t.Errorf("build env %s = %q, want %q (env %q)", k, env[k], v, run.Env)
				}
			}
			for _, k := range tt.absent {
				if _, ok := env[k]; ok {
					t.Errorf("build env has %s for %s: %q", k, tt.target, run.Env)
				}
			}
			if !slices.IsSorted(envKeys(run.Env)) {
				t.Errorf("build env is not sorted by key: %q", run.Env)
			}
		})
	}
}

func envKeys(env []string) []string {
	var keys []string
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		keys = append(keys, k)
	}
	return keys
}

func TestGoBuildEnvFromSpec(t *testing.T) {
	toml := "entrypoint = \"./cmd/server\"\n[build]\nenv = { GOEXPERIMENT = \"jsonv2\", GOFLAGS = \"-p=2\" }\n"
	p := planFor(t, toml, serverApp(), amd64)
	env := envMap(t, stage(t, p, "build").Run.Env)
	if env["GOEXPERIMENT"] != "jsonv2" || env["GOFLAGS"] != "-p=2" {
		t.Errorf("build env %v lacks the [build] env of app.toml", env)
	}
}

// The deps stage must not depend on the target platform: every platform of
// a multi-platform build then shares one `go mod download`.
func TestGoDepsStageIsPlatformIndependent(t *testing.T) {
	a := stage(t, planFor(t, `entrypoint = "./cmd/server"`, serverApp(), amd64), "deps")
	for _, target := range []string{arm64, "linux/arm/v7", "linux/amd64/v3"} {
		b := stage(t, planFor(t, `entrypoint = "./cmd/server"`, serverApp(), target), "deps")
		if !reflect.DeepEqual(a, b) {
			t.Errorf("deps stage for %s differs from the one for %s:\n%s\n---\n%s", target, amd64, mustJSON(t, a), mustJSON(t, b))
		}
	}
	env := envMap(t, a.Run.Env)
	for _, k := range []string{"GOOS", "GOARCH", "CGO_ENABLED"} {
		if _, ok := env[k]; ok {
			t.Errorf("deps env has %s: %v", k, a.Run.Env)
		}
	}
}

func TestGoMounts(t *testing.T) {
	p := planFor(t, `entrypoint = "./cmd/server"`, serverApp(), amd64)
	modCache := plan.Mount{Target: "/go/pkg/mod", Type: plan.MountCache, CacheID: "go-mod"}
	if got, want := stage(t, p, "deps").Run.Mounts, []plan.Mount{modCache}; !reflect.DeepEqual(got, want) {
		t.Errorf("deps mounts = %+v, want %+v", got, want)
	}
	want := []plan.Mount{ // sorted by target
		modCache,
		{Target: "/out", Type: plan.MountOutput},
		{Target: "/root/.cache/go-build", Type: plan.MountCache, CacheID: "go-build"},
		{Target: "/src", Type: plan.MountContext},
	}
	if got := stage(t, p, "build").Run.Mounts; !reflect.DeepEqual(got, want) {
		t.Errorf("build mounts = %+v, want %+v", got, want)
	}
}

func TestGoCgo(t *testing.T) {
	toml := "# syntax=org/slimfront\nentrypoint = \"./cmd/server\"\nstatic = false\n"

	t.Run("native", func(t *testing.T) {
		p := planFor(t, toml, serverApp(), amd64)
		env := envMap(t, stage(t, p, "build").Run.Env)
		if env["CGO_ENABLED"] != "1" {
			t.Errorf("CGO_ENABLED = %q, want 1 for static = false", env["CGO_ENABLED"])
		}
		if p.Image.Base != "gcr.io/distroless/base-debian13:nonroot" {
			t.Errorf("base = %q, want the glibc distroless base", p.Image.Base)
		}
		if got := layerNames(p); !slices.Equal(got, []string{"app"}) {
			t.Errorf("layers = %v, want [app] (the base has the rest)", got)
		}
	})

	t.Run("same arch, other variant", func(t *testing.T) {
		p := planFor(t, toml, serverApp(), "linux/amd64/v3")
		if env := envMap(t, stage(t, p, "build").Run.Env); env["GOAMD64"] != "v3" || env["CGO_ENABLED"] != "1" {
			t.Errorf("build env = %v, want GOAMD64=v3 and CGO_ENABLED=1", env)
		}
	})

	for _, target := range []string{arm64, "linux/arm/v7", "linux/386"} {
		t.Run("cross to "+target, func(t *testing.T) {
			err := planError(t, toml, serverApp(), target)
			wantErr(t, err, "static", 3, "app.toml:3: ", "cannot cross-compile", "from linux/amd64 to "+target, "static = true")
		})
	}
}

func TestGoEntrypointErrors(t *testing.T) {
	tests := []struct {
		name  string
		entry string
		extra []string
		want  []string
	}{
		{
			name:  "missing directory",
			entry: "./cmd/sever",
			want:  []string{`entrypoint "./cmd/sever" is not a directory`, `"./cmd/server"`},
		},
		{
			name:  "a file, not a directory",
			entry: "cmd/server/main.go",
			want:  []string{`entrypoint "./cmd/server/main.go" is not a directory`},
		},
		{
			name:  "library package",
			entry: "./internal/api",
			want:  []string{`no Go main package in "./internal/api"`, "package main"},
		},
		{
			name:  "only a test says package main",
			entry: "./tools/gen",
			extra: []string{"tools/gen/gen.go", "package gen\n", "tools/gen/main_test.go", "package main\n"},
			want:  []string{`no Go main package in "./tools/gen"`},
		},
		{
			name:  "no Go files",
			entry: "./docs",
			extra: []string{"docs/index.md", "# docs\n"},
			want:  []string{`no Go main package in "./docs"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toml := "# syntax=org/slimfront\nlanguage = \"go\"\nentrypoint = \"" + tt.entry + "\"\n"
			err := planError(t, toml, with(serverApp(), tt.extra...), amd64)
			wantErr(t, err, "entrypoint", 3, append([]string{"app.toml:3: "}, tt.want...)...)
		})
	}
}

func TestGoEntrypointFindsMainAmongOtherFiles(t *testing.T) {
	fsys := with(serverApp(),
		// Sorted first, a generator that is not part of the package.
		"cmd/server/aaa_gen.go", "//go:build ignore\n\npackage gen\n",
		"cmd/server/main.go", "// Copyright.\n\n//go:build linux\n\npackage main\n\nfunc main() {}\n",
		"cmd/server/testdata/x.go", "package other\n",
		"cmd/server/README", "x",
	)
	planFor(t, `entrypoint = "./cmd/server"`, fsys, amd64)
}

func TestGoDefaultName(t *testing.T) {
	tests := []struct {
		name   string
		toml   string
		module string
		want   string
	}{
		{"entrypoint directory", `entrypoint = "./cmd/server"`, "example.com/api", "server"},
		{"name wins", "name = \"api\"\nentrypoint = \"./cmd/server\"", "example.com/api", "api"},
		{"module path", ``, "example.com/hello", "hello"},
		{"major version suffix skipped", ``, "example.com/hello/v2", "hello"},
		{"two-digit major version", ``, "github.com/acme/tool/v12", "tool"},
		{"not a version suffix", ``, "example.com/v2ray", "v2ray"},
		{"single-element module", ``, "hello", "hello"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := with(serverApp(), "go.mod", "module "+tt.module+"\n\ngo 1.26\n", "main.go", mainGo)
			p := planFor(t, tt.toml, fsys, amd64)
			args := stage(t, p, "build").Run.Args
			if out := args[len(args)-2]; out != "/out/"+tt.want {
				t.Errorf("go build -o %s, want /out/%s", out, tt.want)
			}
			if ep := p.Image.Config.Entrypoint; !slices.Equal(ep, []string{"/app/" + tt.want}) {
				t.Errorf("entrypoint = %q, want [/app/%s]", ep, tt.want)
			}
			if title := p.Image.Config.Labels["org.opencontainers.image.title"]; title != tt.want {
				t.Errorf("image title = %q, want %q", title, tt.want)
			}
		})
	}
}

func TestGoSourceLabel(t *testing.T) {
	for _, tt := range []struct{ module, toml, want string }{
		{"github.com/acme/api/v2", "", "https://github.com/acme/api"},
		{"codeberg.org/acme/tool", "", "https://codeberg.org/acme/tool"},
		{"example.com/api", "", ""},
		{"gitlab.com/group/sub/project", "", ""}, // nested groups: the repository is not knowable
		{"github.com/acme/api", "[labels]\n\"org.opencontainers.image.source\" = \"https://git.example/api\"\n", "https://git.example/api"},
	} {
		fsys := with(serverApp(), "go.mod", "module "+tt.module+"\n\ngo 1.26\n")
		p := planFor(t, "entrypoint = \"./cmd/server\"\n"+tt.toml, fsys, amd64)
		if got := p.Image.Config.Labels["org.opencontainers.image.source"]; got != tt.want {
			t.Errorf("%s: source label = %q, want %q", tt.module, got, tt.want)
		}
	}
}
