package golang_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/golang"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// Test helpers of the Go preset's tests. They plan with golang.Preset
// directly, as the catalog would once it picked the preset.

const (
	amd64 = "linux/amd64"
	arm64 = "linux/arm64"
)

// parseSpec parses app.toml text with the [go] table, failing the test
// when spec rejects it.
func parseSpec(t *testing.T, toml string) *spec.Spec {
	t.Helper()
	s, err := parse(toml)
	if err != nil {
		t.Fatalf("spec.Parse:\n%s\nerror: %v", toml, err)
	}
	return s
}

func parse(toml string) (*spec.Spec, error) {
	return spec.Parse("app.toml", []byte(toml), spec.Table{Name: golang.Preset.Name, Check: golang.Preset.Check})
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

// goPlan plans the app for target on an amd64 builder.
func goPlan(t *testing.T, toml string, fsys fs.FS, target string) (*plan.Plan, error) {
	t.Helper()
	return golang.Preset.Plan(preset.Input{Spec: parseSpec(t, toml), Source: fsys, Platform: target, BuildPlatform: amd64})
}

// planFor plans the app for target on an amd64 builder; the plan must
// pass plan.Validate.
func planFor(t *testing.T, toml string, fsys fs.FS, target string) *plan.Plan {
	t.Helper()
	p, err := goPlan(t, toml, fsys, target)
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	if err := p.Validate(); err != nil {
		t.Fatalf("plan does not validate: %v\n%s", err, mustJSON(t, p))
	}
	return p
}

// planError plans the app and returns the *spec.Error it must fail with.
func planError(t *testing.T, toml string, fsys fs.FS, target string) *spec.Error {
	t.Helper()
	p, err := goPlan(t, toml, fsys, target)
	if err == nil {
		t.Fatalf("plan succeeded, want an error; plan:\n%s", mustJSON(t, p))
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

// onlyRun returns the stage's one command.
func onlyRun(t *testing.T, st *plan.Stage) plan.Run {
	t.Helper()
	if len(st.Runs) != 1 {
		t.Fatalf("stage %s has %d commands, want 1: %+v", st.Name, len(st.Runs), st.Runs)
	}
	return st.Runs[0]
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

// layer returns the named layer of the image or fails the test.
func layer(t *testing.T, p *plan.Plan, name string) plan.Layer {
	t.Helper()
	for _, l := range p.Image.Layers {
		if l.Name == name {
			return l
		}
	}
	t.Fatalf("image has no %s layer; layers: %v", name, layerNames(p))
	return plan.Layer{}
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
