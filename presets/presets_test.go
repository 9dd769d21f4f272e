package presets_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/moby/patternmatcher"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets"
	"github.com/slimfront/slimfront/spec"
)

// Test helpers shared by the presets tests.

const (
	amd64 = "linux/amd64"
	arm64 = "linux/arm64"
)

// parseSpec parses app.toml text, failing the test when spec rejects it.
func parseSpec(t *testing.T, toml string) *spec.Spec {
	t.Helper()
	s, err := spec.Parse("app.toml", []byte(toml))
	if err != nil {
		t.Fatalf("spec.Parse:\n%s\nerror: %v", toml, err)
	}
	return s
}

// tree builds an in-memory build context from path/content pairs.
func tree(pairs ...string) fstest.MapFS {
	if len(pairs)%2 != 0 {
		panic("tree: odd number of arguments")
	}
	fsys := fstest.MapFS{}
	for i := 0; i < len(pairs); i += 2 {
		fsys[pairs[i]] = &fstest.MapFile{Data: []byte(pairs[i+1]), Mode: 0o644}
	}
	return fsys
}

const mainGo = "package main\n\nfunc main() {}\n"

// serverApp is a typical service: module example.com/api with its main
// package in cmd/server.
func serverApp() fstest.MapFS {
	return tree(
		"go.mod", "module example.com/api\n\ngo 1.26\n",
		"go.sum", "",
		"cmd/server/main.go", mainGo,
		"internal/api/api.go", "package api\n",
		"README.md", "# api\n",
	)
}

// with returns a copy of fsys with pairs added (or replaced).
func with(fsys fstest.MapFS, pairs ...string) fstest.MapFS {
	out := fstest.MapFS{}
	for k, v := range fsys {
		out[k] = v
	}
	for k, v := range tree(pairs...) {
		out[k] = v
	}
	return out
}

// planFor plans the app for target on an amd64 builder.
func planFor(t *testing.T, toml string, fsys fs.FS, target string) *plan.Plan {
	t.Helper()
	p, err := presets.Plan(presets.Input{Spec: parseSpec(t, toml), Source: fsys, Platform: target, BuildPlatform: amd64})
	if err != nil {
		t.Fatalf("presets.Plan: %v", err)
	}
	return p
}

// presetsPlan plans the app for an amd64 target on an amd64 builder.
func presetsPlan(t *testing.T, toml string, fsys fs.FS) (*plan.Plan, error) {
	t.Helper()
	return presets.Plan(presets.Input{Spec: parseSpec(t, toml), Source: fsys, Platform: amd64, BuildPlatform: amd64})
}

// planError plans the app and returns the *spec.Error it must fail with.
func planError(t *testing.T, toml string, fsys fs.FS, target string) *spec.Error {
	t.Helper()
	p, err := presets.Plan(presets.Input{Spec: parseSpec(t, toml), Source: fsys, Platform: target, BuildPlatform: amd64})
	if err == nil {
		t.Fatalf("presets.Plan succeeded, want an error; plan:\n%s", mustJSON(t, p))
	}
	var se *spec.Error
	if !errors.As(err, &se) {
		t.Fatalf("error %q (%T) is not a *spec.Error, so it names no app.toml line", err, err)
	}
	return se
}

// wantErr checks an app.toml error's key, line and that its message
// contains each of parts.
func wantErr(t *testing.T, err *spec.Error, key string, line int, parts ...string) {
	t.Helper()
	if err.Key != key || err.Line != line || err.File != "app.toml" {
		t.Errorf("error %q: file %q, key %q, line %d; want app.toml, key %q, line %d", err, err.File, err.Key, err.Line, key, line)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not contain %q", err, p)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// stage returns the named stage or fails the test.
func stage(t *testing.T, p *plan.Plan, name string) *plan.Stage {
	t.Helper()
	st := p.Stage(name)
	if st == nil {
		t.Fatalf("plan has no stage %q; stages: %v", name, stageNames(p))
	}
	return st
}

func stageNames(p *plan.Plan) []string {
	var out []string
	for _, s := range p.Stages {
		out = append(out, s.Name)
	}
	return out
}

func layerNames(p *plan.Plan) []string {
	var out []string
	for _, l := range p.Image.Layers {
		out = append(out, l.Name)
	}
	return out
}

// envMap turns KEY=VALUE pairs into a map, failing on duplicates.
func envMap(t *testing.T, env []string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, kv := range env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			t.Errorf("env entry %q is not KEY=VALUE", kv)
		}
		if _, dup := m[k]; dup {
			t.Errorf("env has %s twice: %v", k, env)
		}
		m[k] = v
	}
	return m
}

func TestNames(t *testing.T) {
	if got := presets.Names(); !reflect.DeepEqual(got, []string{"go"}) {
		t.Errorf("Names() = %v, want [go]", got)
	}
}

func TestPlanDetectsGoFromRootGoMod(t *testing.T) {
	p := planFor(t, `entrypoint = "./cmd/server"`, serverApp(), arm64)
	if p.Preset != "go" {
		t.Errorf("Preset = %q, want go (go.mod sits at the context root)", p.Preset)
	}
	if p.Platform != arm64 {
		t.Errorf("Platform = %q, want %q", p.Platform, arm64)
	}
}

func TestPlanCannotDetectLanguage(t *testing.T) {
	// A go.mod below the root does not make the context a Go module.
	fsys := tree("svc/go.mod", "module example.com/svc\n\ngo 1.26\n", "svc/main.go", mainGo)
	err := planError(t, `entrypoint = "svc"`, fsys, amd64)
	// language is not written in app.toml, so there is no line to name.
	wantErr(t, err, "language", 0, "cannot tell the language", `language = "go"`)
	if !strings.HasPrefix(err.Error(), "app.toml: ") {
		t.Errorf("error %q does not start with the file name", err)
	}
}

func TestPlanGoWithoutGoMod(t *testing.T) {
	toml := "# syntax=org/slimfront\nlanguage = \"go\"\n"
	err := planError(t, toml, tree("main.go", mainGo), amd64)
	wantErr(t, err, "language", 2, "app.toml:2: ", "no go.mod at the root", "go mod init")
}

func TestPlanUnknownLanguage(t *testing.T) {
	tests := []struct {
		lang string
		want string
	}{
		// One edit away: the suggestion names the preset.
		{"og", `no preset for language "og" — did you mean "go"?`},
		{"goo", `no preset for language "goo" — did you mean "go"?`},
		// "golang" is 4 edits from "go", beyond spec.Suggest's reach: an
		// alias gives the suggestion.
		{"golang", `no preset for language "golang" — did you mean "go"?`},
		{"rust", `no preset for language "rust"; available: go`},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			toml := "# syntax=org/slimfront\n\nlanguage = \"" + tt.lang + "\"\n"
			err := planError(t, toml, serverApp(), amd64)
			wantErr(t, err, "language", 3, "app.toml:3: "+tt.want)
		})
	}
}

func TestPlanIsDeterministic(t *testing.T) {
	toml := `
entrypoint = "./cmd/server"
[build]
tags = ["osusergo", "netgo"]
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

// The frontend transfers only SourcePatterns before planning, so planning
// on that subset must give the plan the whole context gives.
func TestSourcePatternsCoverWhatPresetsRead(t *testing.T) {
	workspace := tree(
		"go.mod", "module example.com/ws\n\ngo 1.26\n",
		"go.sum", "",
		"go.work", "go 1.26\n\nuse (\n\t.\n\t./libs/db\n)\n",
		"go.work.sum", "",
		"libs/db/go.mod", "module example.com/ws/libs/db\n\ngo 1.26\n",
		"libs/db/go.sum", "",
		"libs/db/db.go", "package db\n",
		"main.go", mainGo,
		"README.md", "hi\n",
	)
	vendored := with(serverApp(), "vendor/modules.txt", "# example.com/dep v1.0.0\n", "vendor/example.com/dep/dep.go", "package dep\n")
	tests := []struct {
		name string
		toml string
		fsys fstest.MapFS
	}{
		{"entrypoint in a subdirectory", `entrypoint = "./cmd/server"`, serverApp()},
		{"entrypoint at the root of a workspace", ``, workspace},
		{"vendored", `entrypoint = "cmd/server"`, vendored},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parseSpec(t, tt.toml)
			pm, err := patternmatcher.New(presets.SourcePatterns(s))
			if err != nil {
				t.Fatal(err)
			}
			subset := fstest.MapFS{}
			for name, f := range tt.fsys {
				if ok, err := pm.MatchesOrParentMatches(name); err != nil {
					t.Fatal(err)
				} else if ok {
					subset[name] = f
				}
			}
			if _, ok := subset["README.md"]; ok {
				t.Errorf("SourcePatterns %v transfer README.md, which no preset reads", presets.SourcePatterns(s))
			}
			full := planFor(t, tt.toml, tt.fsys, amd64)
			part := planFor(t, tt.toml, subset, amd64)
			if !reflect.DeepEqual(full, part) {
				t.Errorf("plan from the SourcePatterns subset differs from the plan of the whole context:\n%s\n---\n%s", mustJSON(t, full), mustJSON(t, part))
			}
		})
	}
}

func TestPlanJSONRoundTrip(t *testing.T) {
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

func TestWarnings(t *testing.T) {
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
	}{
		{"none for the defaults", "entrypoint = \"./cmd/server\"\n", with(serverApp(), "go.mod", withDeps), nil},
		{"root user", "entrypoint = \"./cmd/server\"\n[runtime]\nuser = \"root\"\n", serverApp(), []string{"runtime.user"}},
		{"requires without go.sum", "entrypoint = \"./cmd/server\"\n", with(noSum, "go.mod", withDeps), []string{"language"}},
		{"no requires, no go.sum needed", "entrypoint = \"./cmd/server\"\n", noSum, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planFor(t, tt.toml, tt.fsys, amd64)
			var got []string
			for _, w := range p.Warnings {
				got = append(got, w.Source)
				if w.Msg == "" {
					t.Errorf("warning for %s has no message", w.Source)
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.sources, ",") {
				t.Errorf("warnings point at %v, want %v: %+v", got, tt.sources, p.Warnings)
			}
		})
	}
}
