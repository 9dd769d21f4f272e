package golang_test

import (
	"errors"
	"io/fs"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/golang"
	"github.com/slimfront/slimfront/presets/internal/presettest"
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

// The helpers every preset's tests share (see presettest).
var (
	tree       = presettest.Tree
	with       = presettest.With
	wantErr    = presettest.WantErr
	mustJSON   = presettest.MustJSON
	stage      = presettest.Stage
	onlyRun    = presettest.OnlyRun
	stageNames = presettest.StageNames
	layerNames = presettest.LayerNames
	layer      = presettest.Layer
	envMap     = presettest.EnvMap
)

// planFor plans the app for target on an amd64 builder; the plan must
// pass plan.Validate.
func planFor(t *testing.T, toml string, fsys fs.FS, target string) *plan.Plan {
	t.Helper()
	p, err := goPlan(t, toml, fsys, target)
	return presettest.MustPlan(t, p, err)
}

// planError plans the app and returns the *spec.Error it must fail with.
func planError(t *testing.T, toml string, fsys fs.FS, target string) *spec.Error {
	t.Helper()
	p, err := goPlan(t, toml, fsys, target)
	return presettest.MustFail(t, p, err)
}

// wantManifestErr checks that err is a *spec.Error at file:line (go.mod
// or go.work) whose message contains parts.
func wantManifestErr(t *testing.T, err error, file string, line int, parts ...string) {
	t.Helper()
	var se *spec.Error
	if !errors.As(err, &se) {
		t.Fatalf("error %v (%T) is not a *spec.Error", err, err)
	}
	if se.File != file || se.Line != line {
		t.Errorf("error %q: file %q, line %d; want %s:%d", se, se.File, se.Line, file, line)
	}
	for _, p := range parts {
		if !strings.Contains(se.Error(), p) {
			t.Errorf("error %q does not contain %q", se, p)
		}
	}
}

// pathMatch matches a name against an include pattern as the frontend's
// transfer does, for the patterns the Go preset writes: a literal path,
// "dir/*.go", or "**/name".
func pathMatch(pattern, name string) (bool, error) {
	if rest, ok := strings.CutPrefix(pattern, "**/"); ok {
		return path.Base(name) == rest, nil
	}
	return path.Match(pattern, name)
}

// targetEnv is a stage's env as llbgen sets it for the target platform:
// the placeholders expanded.
func targetEnv(t *testing.T, target string, s *plan.Stage) map[string]string {
	t.Helper()
	os, arch, _ := preset.SplitPlatform(target)
	env := envMap(t, s.Env)
	for k, v := range env {
		env[k] = plan.ExpandTarget(v, os, arch)
	}
	return env
}
