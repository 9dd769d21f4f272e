package golang_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/spec"
)

const (
	golang126        = "docker.io/library/golang:1.26-trixie"
	distrolessStatic = "gcr.io/distroless/static-debian13:nonroot"
	distrolessBase   = "gcr.io/distroless/base-debian13:nonroot"
)

func TestGoBuilderVersion(t *testing.T) {
	tests := []struct {
		name   string
		toml   string
		goMod  string
		goWork string
		want   string
		why    string
	}{
		{
			name:  "a go line is a minimum: the newest patch of its minor",
			goMod: "module example.com/api\n\ngo 1.26.8\n",
			want:  "docker.io/library/golang:1.26-trixie",
			why:   "go.mod needs Go 1.26.8 or newer: the newest 1.26 patch",
		},
		{
			name:  "an old go line builds with the oldest supported Go",
			goMod: "module example.com/api\n\ngo 1.22.0\n",
			want:  "docker.io/library/golang:1.26-trixie",
			why:   "go.mod needs Go 1.22.0 or newer; the oldest Go slimfront builds with is 1.26",
		},
		{
			name:  "a minor alone",
			goMod: "module example.com/api\n\ngo 1.25\n",
			want:  "docker.io/library/golang:1.26-trixie",
			why:   "go.mod needs Go 1.25 or newer; the oldest",
		},
		{
			name:  "toolchain line wins over go line",
			goMod: "module example.com/api\n\ngo 1.26\n\ntoolchain go1.27.1\n",
			want:  "docker.io/library/golang:1.27-trixie",
			why:   "go.mod needs Go 1.27.1 or newer",
		},
		{
			name:   "a newer go.work wins",
			goMod:  "module example.com/api\n\ngo 1.26\n",
			goWork: "go 1.27.2\n\nuse .\n",
			want:   "docker.io/library/golang:1.27-trixie",
			why:    "go.mod needs Go 1.27.2 or newer",
		},
		{
			name:   "an older go.work does not",
			goMod:  "module example.com/api\n\ngo 1.27.3\n",
			goWork: "go 1.26\n\nuse .\n",
			want:   "docker.io/library/golang:1.27-trixie",
			why:    "go.mod needs Go 1.27.3 or newer",
		},
		{
			name:  "release beats its candidate",
			goMod: "module example.com/api\n\ngo 1.27rc1\n\ntoolchain go1.27.0\n",
			want:  "docker.io/library/golang:1.27-trixie",
			why:   "go.mod needs Go 1.27.0 or newer",
		},
		{
			name:  "a pre-release alone is built with itself",
			goMod: "module example.com/api\n\ngo 1.28rc1\n",
			want:  "docker.io/library/golang:1.28rc1-trixie",
			why:   "a pre-release go line",
		},
		{
			name:  "a minor newer than the table",
			goMod: "module example.com/api\n\ngo 1.29.0\n",
			want:  "docker.io/library/golang:1.29-trixie",
			why:   "newer than any slimfront knows (1.27)",
		},
		{
			name:  "1.27.10 is newer than 1.27.9",
			goMod: "module example.com/api\n\ngo 1.27.9\n\ntoolchain go1.27.10\n",
			want:  "docker.io/library/golang:1.27-trixie",
			why:   "go.mod needs Go 1.27.10 or newer",
		},
		{
			name:  "build.version wins over both",
			toml:  "[build]\nversion = \"1.24\"\n",
			goMod: "module example.com/api\n\ngo 1.25\n\ntoolchain go1.26.1\n",
			want:  "docker.io/library/golang:1.24-trixie",
			why:   "[build] version",
		},
		{
			name:  "build.version picks an exact release",
			toml:  "[build]\nversion = \"1.26.8\"\n",
			goMod: "module example.com/api\n\ngo 1.22.0\n",
			want:  "docker.io/library/golang:1.26.8-trixie",
			why:   "[build] version",
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
			if deps.From != plan.ImageRef(tt.want) {
				t.Errorf("deps stage runs in %s, want %s", deps.From, tt.want)
			}
			if build := stage(t, p, "build"); build.From != plan.StageRef("deps") {
				t.Errorf("build stage starts from %s, want the deps stage", build.From)
			}
			if len(p.Notes) == 0 || !strings.HasPrefix(p.Notes[0], "builder "+tt.want+": ") || !strings.Contains(p.Notes[0], tt.why) {
				t.Errorf("notes = %q, want the first to name builder %s and why (%q)", p.Notes, tt.want, tt.why)
			}
		})
	}
}

// Versions with no golang trixie image, or that are no Go version at all
// (they would be pasted into an image reference), fail at their line;
// spec refuses what is no version of any language ("1.26@sha256:…").
func TestGoBuilderVersionRefused(t *testing.T) {
	for _, v := range []string{"1.22.0", "1.24.3", "1.23", "latest", "1.26-alpine", "2.0"} {
		t.Run(v, func(t *testing.T) {
			err := planError(t, "entrypoint = \"./cmd/server\"\n[build]\nversion = \""+v+"\"\n", serverApp(), amd64)
			wantErr(t, err, "build.version", 3, "app.toml:3: [build] version: ")
		})
	}
	for _, v := range []string{"1.24.6", "1.24", "1", "1.27rc2"} {
		planFor(t, "entrypoint = \"./cmd/server\"\n[build]\nversion = \""+v+"\"\n", serverApp(), amd64)
	}
	for _, gomod := range []string{"go 1.26\ntoolchain go1.99@sha256:x", "go 1.26\ntoolchain go1.26/../../evil", "go 1.26\ntoolchain default"} {
		err := planError(t, `entrypoint = "./cmd/server"`, with(serverApp(), "go.mod", "module example.com/api\n\n"+gomod+"\n"), amd64)
		wantErr(t, err, "language", 0, "is not a Go version")
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
	_, err := goPlan(t, `entrypoint = "./cmd/server"`, fsys, amd64)
	if err == nil || !strings.Contains(err.Error(), "go.mod") {
		t.Errorf("error = %v, want one that names go.mod", err)
	}
}

func TestGoWorkSyntaxError(t *testing.T) {
	fsys := with(serverApp(), "go.work", "go 1.26\n\nuse (\n")
	_, err := goPlan(t, `entrypoint = "./cmd/server"`, fsys, amd64)
	if err == nil || !strings.Contains(err.Error(), "go.work") {
		t.Errorf("error = %v, want one that names go.work", err)
	}
}

func TestGoWithoutGoMod(t *testing.T) {
	toml := "# syntax=org/slimfront\nlanguage = \"go\"\n"
	err := planError(t, toml, tree("main.go", mainGo), amd64)
	wantErr(t, err, "language", 2, "app.toml:2: ", "no go.mod at the root", "go mod init")
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
			if want := (plan.Inputs{Paths: tt.want}); !reflect.DeepEqual(deps.Inputs, want) {
				t.Errorf("deps inputs = %+v, want %+v", deps.Inputs, want)
			}
			if len(deps.Runs) != 2 {
				t.Fatalf("deps runs %+v, want the download and the copy into the layer", deps.Runs)
			}
			if want := []string{"env", "GOMODCACHE=/root/.cache/go-mod", "go", "mod", "download", "-x"}; !slices.Equal(deps.Runs[0].Args, want) {
				t.Errorf("deps downloads with %q, want %q", deps.Runs[0].Args, want)
			}
			if deps.Workdir != "/src" {
				t.Errorf("deps workdir = %q, want /src", deps.Workdir)
			}
			if deps.SeesSource() {
				t.Errorf("deps stage sees the source; it must see only the manifests")
			}
			build := stage(t, p, "build")
			if !build.Inputs.IsZero() {
				t.Errorf("build stage copies %+v into a layer; the source must only be mounted", build.Inputs)
			}
			if !build.SeesSource() {
				t.Errorf("build stage does not see the source")
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
	if build.From != plan.ImageRef(golang126) {
		t.Errorf("build starts from %s, want the builder image", build.From)
	}
	args := onlyRun(t, build).Args
	if !slices.Contains(args, "-mod=vendor") || slices.Contains(args, "-mod=readonly") {
		t.Errorf("go build args %q, want -mod=vendor and not -mod=readonly", args)
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
[go]
ldflags = "-X main.version=1.0"
tags = ["osusergo", "netgo"]
flags = ["-race", "-v"]
`,
			want: []string{"go", "build", "-trimpath", "-buildvcs=false", "-mod=readonly", "-ldflags=-s -w -X main.version=1.0",
				"-tags=netgo,osusergo", "-race", "-v", "-o", "/out/api", "./cmd/server"},
		},
		{
			name: "embed_tzdata adds timetzdata",
			toml: "entrypoint = \"./cmd/server\"\n[go]\ntags = [\"zeta\", \"alpha\"]\nembed_tzdata = true\n",
			want: []string{"go", "build", "-trimpath", "-buildvcs=false", "-mod=readonly", "-ldflags=-s -w",
				"-tags=alpha,timetzdata,zeta", "-o", "/out/server", "./cmd/server"},
		},
		{
			name: "embed_tzdata alone",
			toml: "entrypoint = \"./cmd/server\"\n[go]\nembed_tzdata = true\n",
			want: []string{"go", "build", "-trimpath", "-buildvcs=false", "-mod=readonly", "-ldflags=-s -w",
				"-tags=timetzdata", "-o", "/out/server", "./cmd/server"},
		},
		{
			name: "embed_tzdata = false adds nothing",
			toml: "entrypoint = \"./cmd/server\"\n[go]\nembed_tzdata = false\n",
			want: []string{"go", "build", "-trimpath", "-buildvcs=false", "-mod=readonly", "-ldflags=-s -w", "-o", "/out/server", "./cmd/server"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planFor(t, tt.toml, serverApp(), amd64)
			run := onlyRun(t, stage(t, p, "build"))
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

// The [go] table does not change the options of another app: the plan
// reads the table of its own spec each time.
func TestGoOptionsArePerSpec(t *testing.T) {
	planFor(t, "entrypoint = \"./cmd/server\"\n[go]\ntags = [\"netgo\"]\nembed_tzdata = true\n", serverApp(), amd64)
	p := planFor(t, `entrypoint = "./cmd/server"`, serverApp(), amd64)
	for _, a := range onlyRun(t, stage(t, p, "build")).Args {
		if strings.HasPrefix(a, "-tags") {
			t.Errorf("a plan without [go] builds with %s", a)
		}
	}
}

func TestGoOptionErrors(t *testing.T) {
	tests := []struct {
		name string
		toml string
		want []string // whole lines of the error
	}{
		{
			name: "unknown key",
			toml: "# syntax=org/slimfront\n[go]\nldflag = \"-X main.v=1\"\n",
			want: []string{`app.toml:3: unknown key "ldflag" in [go] — did you mean "ldflags"?`},
		},
		{
			name: "wrong types",
			toml: "[go]\nstatic = \"no\"\ntags = \"netgo\"\nembed_tzdata = 1\n",
			want: []string{
				`app.toml:2: go.static must be a boolean (true or false), got string "no"`,
				`app.toml:3: go.tags must be an array of strings such as ["netgo", "osusergo"], got string "netgo"`,
				`app.toml:4: go.embed_tzdata must be a boolean (true or false), got integer 1`,
			},
		},
		{
			name: "tags that are not one tag each",
			toml: "name = \"api\"\n[go]\ntags = [\"netgo,osusergo\", \"\", \"a b\"]\n",
			want: []string{
				`app.toml:3: go.tags: "netgo,osusergo" is not a build tag; list each tag as its own string, such as ["netgo", "osusergo"]`,
				`app.toml:3: go.tags: "" is not a build tag; list each tag as its own string, such as ["netgo", "osusergo"]`,
				`app.toml:3: go.tags: "a b" is not a build tag; list each tag as its own string, such as ["netgo", "osusergo"]`,
			},
		},
		{
			name: "old spellings",
			toml: "static = false\n[build]\nldflags = \"-X main.v=1\"\n[runtime]\ntzdata = \"embed\"\n",
			want: []string{
				`app.toml:1: static has moved to the [go] table: write [go] and then static = false`,
				`app.toml:3: build.ldflags has moved to the [go] table: write [go] and then ldflags = "-X main.version=1.0"`,
				`app.toml:5: runtime.tzdata = "embed" has moved to the [go] table: write [go] and then embed_tzdata = true`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(tt.toml)
			var list *spec.Errors
			if !errors.As(err, &list) {
				t.Fatalf("Parse error = %v (%T), want *spec.Errors", err, err)
			}
			if got := strings.Split(err.Error(), "\n"); !slices.Equal(got, tt.want) {
				t.Errorf("errors:\n%s\nwant:\n%s", err, strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestGoBuildAtModuleRoot(t *testing.T) {
	fsys := tree("go.mod", "module example.com/hello\n\ngo 1.26\n", "main.go", mainGo)
	for _, toml := range []string{``, `entrypoint = "."`, `entrypoint = "./"`} {
		p := planFor(t, toml, fsys, amd64)
		run := onlyRun(t, stage(t, p, "build"))
		if got := run.Args[len(run.Args)-3:]; !slices.Equal(got, []string{"-o", "/out/hello", "."}) {
			t.Errorf("%q: go build ends with %q, want [-o /out/hello .]", toml, got)
		}
		if run.Name != "go build ." {
			t.Errorf("%q: build step is named %q, want %q", toml, run.Name, "go build .")
		}
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
			build := stage(t, p, "build")
			env := targetEnv(t, tt.target, build)
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
					t.Errorf("build env %s = %q, want %q (env %q)", k, env[k], v, build.Env)
				}
			}
			for _, k := range tt.absent {
				if _, ok := env[k]; ok {
					t.Errorf("build env has %s for %s: %q", k, tt.target, build.Env)
				}
			}
			if !slices.IsSorted(envKeys(build.Env)) {
				t.Errorf("build env is not sorted by key: %q", build.Env)
			}
			if build.Platform != plan.BuildPlatform {
				t.Errorf("build stage runs on %q; it must cross-compile on the build platform", build.Platform)
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
	toml := "entrypoint = \"./cmd/server\"\n[build]\nenv = { GOEXPERIMENT = \"jsonv2\", GOFLAGS = \"-p=2\", CGO_ENABLED = \"1\" }\n"
	p := planFor(t, toml, serverApp(), amd64)
	env := envMap(t, stage(t, p, "build").Env)
	if env["GOEXPERIMENT"] != "jsonv2" || env["GOFLAGS"] != "-p=2" {
		t.Errorf("build env %v lacks the [build] env of app.toml", env)
	}
	// [build] env is the user's last word, over the preset's.
	if env["CGO_ENABLED"] != "1" {
		t.Errorf("build env CGO_ENABLED = %q, want the [build] env's 1", env["CGO_ENABLED"])
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
	env := envMap(t, a.Env)
	for _, k := range []string{"GOOS", "GOARCH", "CGO_ENABLED"} {
		if _, ok := env[k]; ok {
			t.Errorf("deps env has %s: %v", k, a.Env)
		}
	}
	if a.Platform != plan.BuildPlatform {
		t.Errorf("deps stage runs on %q, want the build platform", a.Platform)
	}
}

// The modules reach the shared cache mount first, then the deps layer
// from it, offline: a registry cache then carries them.
func TestGoMounts(t *testing.T) {
	p := planFor(t, `entrypoint = "./cmd/server"`, serverApp(), amd64)
	modCache := plan.Mount{Target: "/root/.cache/go-mod", Type: plan.MountCache, CacheID: "go-mod"}
	netrc := plan.Mount{Target: "/root/.netrc", Type: plan.MountSecret, SecretID: "netrc"}
	deps := stage(t, p, "deps")
	if got, want := deps.Runs[0].Mounts, []plan.Mount{modCache, netrc}; !reflect.DeepEqual(got, want) {
		t.Errorf("download mounts = %+v, want %+v", got, want)
	}
	copyRun := deps.Runs[1]
	if got, want := copyRun.Mounts, []plan.Mount{modCache}; !reflect.DeepEqual(got, want) {
		t.Errorf("copy mounts = %+v, want %+v (no secret: it fetches nothing)", got, want)
	}
	for _, want := range []string{"GOPROXY=file:///root/.cache/go-mod/cache/download", "GOPRIVATE=", "GONOPROXY=", "GONOSUMDB="} {
		if !slices.Contains(copyRun.Args, want) {
			t.Errorf("copy runs %q, without %s", copyRun.Args, want)
		}
	}
	if env := envMap(t, deps.Env); env["GOMODCACHE"] != "/go/pkg/mod" {
		t.Errorf("deps GOMODCACHE = %q, want /go/pkg/mod, in the layer", env["GOMODCACHE"])
	}
	want := []plan.Mount{ // sorted by target; the modules are in the layer
		{Target: "/out", Type: plan.MountOutput},
		{Target: "/root/.cache/go-build", Type: plan.MountCache, CacheID: "go-build"},
		{Target: "/src", Type: plan.MountContext},
	}
	if got := onlyRun(t, stage(t, p, "build")).Mounts; !reflect.DeepEqual(got, want) {
		t.Errorf("build mounts = %+v, want %+v", got, want)
	}
	// The secret reaches the download only, not the build of the app.
	if got := p.SecretMounts(); !reflect.DeepEqual(got, []plan.Mount{netrc}) {
		t.Errorf("secret mounts = %+v, want the netrc for go mod download only", got)
	}
}

func TestGoCgo(t *testing.T) {
	toml := "# syntax=org/slimfront\nentrypoint = \"./cmd/server\"\n\n[go]\nstatic = false\n"

	t.Run("native", func(t *testing.T) {
		p := planFor(t, toml, serverApp(), amd64)
		env := envMap(t, stage(t, p, "build").Env)
		if env["CGO_ENABLED"] != "1" {
			t.Errorf("CGO_ENABLED = %q, want 1 for static = false", env["CGO_ENABLED"])
		}
		if p.Image.Base != plan.ImageRef(distrolessBase) {
			t.Errorf("base = %s, want the glibc distroless base", p.Image.Base)
		}
		if got := layerNames(p); !slices.Equal(got, []string{"app"}) {
			t.Errorf("layers = %v, want [app] (the base has the rest)", got)
		}
	})

	t.Run("same arch, other variant", func(t *testing.T) {
		p := planFor(t, toml, serverApp(), "linux/amd64/v3")
		if env := envMap(t, stage(t, p, "build").Env); env["GOAMD64"] != "v3" || env["CGO_ENABLED"] != "1" {
			t.Errorf("build env = %v, want GOAMD64=v3 and CGO_ENABLED=1", env)
		}
	})

	for _, target := range []string{arm64, "linux/arm/v7", "linux/386"} {
		t.Run("cross to "+target, func(t *testing.T) {
			err := planError(t, toml, serverApp(), target)
			wantErr(t, err, "go.static", 5, "app.toml:5: ", "cannot cross-compile", "from linux/amd64 to "+target, "static = true")
		})
	}
}

func TestGoFinalImage(t *testing.T) {
	tests := []struct {
		name       string
		toml       string
		wantBase   plan.Ref
		wantLayers []string
	}{
		{"defaults", ``, plan.Scratch, []string{"base-files", "ca-certificates", "zoneinfo", "app"}},
		{"embed_tzdata", "[go]\nembed_tzdata = true", plan.Scratch, []string{"base-files", "ca-certificates", "app"}},
		{"embed_tzdata and files", "[go]\nembed_tzdata = true\n[runtime]\nfiles = [\"templates\"]", plan.Scratch, []string{"base-files", "ca-certificates", "app", "files"}},
		{"distroless", "[runtime]\nbase = \"distroless\"", plan.ImageRef(distrolessStatic), []string{"app"}},
		{"cgo", "[go]\nstatic = false", plan.ImageRef(distrolessBase), []string{"app"}},
		{"cgo on distroless", "[go]\nstatic = false\n[runtime]\nbase = \"distroless\"", plan.ImageRef(distrolessBase), []string{"app"}},
		{"cgo on another image", "[go]\nstatic = false\n[runtime]\nbase = \"gcr.io/distroless/cc-debian13:nonroot\"", plan.ImageRef("gcr.io/distroless/cc-debian13:nonroot"), []string{"app"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := with(serverApp(), "templates/index.html", "<p>")
			p := planFor(t, "entrypoint = \"./cmd/server\"\n"+tt.toml, fsys, amd64)
			if p.Image.Base != tt.wantBase {
				t.Errorf("base = %s, want %s", p.Image.Base, tt.wantBase)
			}
			if got := layerNames(p); !slices.Equal(got, tt.wantLayers) {
				t.Errorf("layers = %v, want %v", got, tt.wantLayers)
			}
		})
	}
}

func TestGoCgoOnScratchRefused(t *testing.T) {
	toml := "entrypoint = \"./cmd/server\"\n[go]\nstatic = false\n[runtime]\nbase = \"scratch\"\n"
	err := planError(t, toml, serverApp(), amd64)
	wantErr(t, err, "runtime.base", 5, `runtime.base = "scratch" cannot run this app`, distrolessBase)
}

// The app layer holds the binary alone, read from the build stage's
// output mount.
func TestGoAppLayer(t *testing.T) {
	p := planFor(t, "entrypoint = \"./cmd/server\"\nname = \"api\"\n[runtime]\nworkdir = \"/srv\"\n", serverApp(), amd64)
	app := layer(t, p, "app")
	want := []plan.Copy{{From: plan.StageRef("build"), Paths: []string{"api"}, Src: "/out", Dest: "/srv", Source: "entrypoint"}}
	if !reflect.DeepEqual(app.Copies, want) || len(app.Files) > 0 {
		t.Errorf("app layer = %+v, want copies %+v", app, want)
	}
	src, err := p.CopySource(app.Copies[0])
	if err != nil || !src.Output || src.Dir != "/" {
		t.Errorf("app copy reads %+v (%v), want the root of the build stage's output mount", src, err)
	}
	if ep := p.Image.Config.Entrypoint; !slices.Equal(ep, []string{"/srv/api"}) {
		t.Errorf("entrypoint = %q, want [/srv/api]", ep)
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

func TestGoNoMainAtModuleRoot(t *testing.T) {
	// No entrypoint: the module root, which here is a library.
	err := planError(t, "", serverApp(), amd64)
	wantErr(t, err, "entrypoint", 0, `no Go main package in "."`, "set entrypoint")
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
		{"module path, entrypoint .", `entrypoint = "."`, "example.com/hello", "hello"},
		{"major version suffix skipped", ``, "example.com/hello/v2", "hello"},
		{"two-digit major version", ``, "github.com/acme/tool/v12", "tool"},
		{"not a version suffix", ``, "example.com/v2ray", "v2ray"},
		{"single-element module", ``, "hello", "hello"},
		// No element left but the major version: path.Dir gives ".".
		{"only a major version", ``, "v2", "app"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := with(serverApp(), "go.mod", "module "+tt.module+"\n\ngo 1.26\n", "main.go", mainGo)
			p := planFor(t, tt.toml, fsys, amd64)
			args := onlyRun(t, stage(t, p, "build")).Args
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
		{"bitbucket.org/acme/tool/cmd", "", "https://bitbucket.org/acme/tool"},
		{"example.com/api", "", ""},
		{"github.com/acme", "", ""},
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

func TestGoWarnings(t *testing.T) {
	withDeps := "module example.com/api\n\ngo 1.26\n\nrequire github.com/go-chi/chi/v5 v5.2.0\n"
	noSum := fstest.MapFS{}
	for k, v := range serverApp() {
		if k != "go.sum" {
			noSum[k] = v
		}
	}
	tests := []struct {
		name    string
		toml    string
		fsys    fstest.MapFS
		sources []string // the app.toml keys the warnings point at
		rules   []string
	}{
		{"none for the defaults", "entrypoint = \"./cmd/server\"\n", with(serverApp(), "go.mod", withDeps), nil, nil},
		{"root user", "entrypoint = \"./cmd/server\"\n[runtime]\nuser = \"root\"\n", serverApp(), []string{"runtime.user"}, []string{plan.RuleRootUser}},
		{"requires without go.sum", "entrypoint = \"./cmd/server\"\n", with(noSum, "go.mod", withDeps), []string{"language"}, []string{plan.RuleNoLockfile}},
		{"both, sorted by key", "entrypoint = \"./cmd/server\"\n[runtime]\nuser = \"0\"\n", with(noSum, "go.mod", withDeps), []string{"language", "runtime.user"},
			[]string{plan.RuleNoLockfile, plan.RuleRootUser}},
		{"no requires, no go.sum needed", "entrypoint = \"./cmd/server\"\n", noSum, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planFor(t, tt.toml, tt.fsys, amd64)
			var got, rules []string
			for _, w := range p.Warnings {
				got = append(got, w.Source)
				rules = append(rules, w.Rule)
				if w.Msg == "" {
					t.Errorf("warning for %s has no message", w.Source)
				}
			}
			if !slices.Equal(got, tt.sources) || !slices.Equal(rules, tt.rules) {
				t.Errorf("warnings point at %v with rules %v, want %v and %v: %+v", got, rules, tt.sources, tt.rules, p.Warnings)
			}
		})
	}
}

func TestGoPlanIsDeterministic(t *testing.T) {
	toml := `
entrypoint = "./cmd/server"
[go]
tags = ["osusergo", "netgo"]
[build]
env = { GOEXPERIMENT = "jsonv2", GOFLAGS = "-p=4", A = "1" }
[runtime]
env = { Z = "26", A = "1", M = "13" }
ports = [9090, 8080, "53/udp"]
files = ["templates", "config/app.yaml"]
[labels]
"org.opencontainers.image.source" = "https://example.com/api"
team = "core"
`
	fsys := with(serverApp(), "templates/index.html", "<p>", "config/app.yaml", "a: 1\n")
	first := planFor(t, toml, fsys, arm64)
	for i := 0; i < 5; i++ {
		again := planFor(t, toml, fsys, arm64)
		if !reflect.DeepEqual(first, again) {
			t.Fatalf("two plans of the same input differ:\n%s\n---\n%s", mustJSON(t, first), mustJSON(t, again))
		}
	}
}

func TestGoPlanJSONRoundTrip(t *testing.T) {
	// `slimfront plan` prints the plan as JSON; it must carry everything.
	p := planFor(t, "entrypoint = \"./cmd/server\"\n[runtime.healthcheck]\ncmd = [\"/app/server\", \"-h\"]\ninterval = \"10s\"\n", serverApp(), amd64)
	var back plan.Plan
	if err := json.Unmarshal([]byte(mustJSON(t, p)), &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*p, back) {
		t.Errorf("plan does not survive a JSON round trip:\n%s\n---\n%s", mustJSON(t, p), mustJSON(t, back))
	}
	if !slices.Equal(stageNames(p), []string{"deps", "build"}) {
		t.Errorf("stages = %v, want [deps build]", stageNames(p))
	}
}
