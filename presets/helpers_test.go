package presets_test

import (
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets"
	"github.com/slimfront/slimfront/presets/internal/presettest"
	"github.com/slimfront/slimfront/spec"
)

// Test helpers of the catalog's tests; each preset's own tests are in its
// folder.

const (
	amd64 = "linux/amd64"
	arm64 = "linux/arm64"
)

// parseSpec parses app.toml text with every preset's table, failing the
// test when it is rejected.
func parseSpec(t *testing.T, toml string) *spec.Spec {
	t.Helper()
	s, err := presets.Parse("app.toml", []byte(toml))
	if err != nil {
		t.Fatalf("presets.Parse:\n%s\nerror: %v", toml, err)
	}
	return s
}

const mainGo = "package main\n\nfunc main() {}\n"

// serverApp is a typical Go service: module example.com/api with its
// main package in cmd/server.
func serverApp() fstest.MapFS {
	return tree(
		"go.mod", "module example.com/api\n\ngo 1.26\n",
		"go.sum", "",
		"cmd/server/main.go", mainGo,
		"internal/api/api.go", "package api\n",
		"README.md", "# api\n",
	)
}

// expressApp is a typical Node service: npm, a lockfile, `node server.js`.
func expressApp() fstest.MapFS {
	return tree(
		"package.json", `{"name": "web", "scripts": {"start": "node server.js"}, "dependencies": {"express": "^5.1.0"}}`,
		"package-lock.json", `{"lockfileVersion": 3, "packages": {"": {}, "node_modules/express": {"version": "5.1.0"}}}`,
		"server.js", "require('express')\n",
		"README.md", "# web\n",
	)
}

// The helpers every preset's tests share (see presettest).
var (
	tree     = presettest.Tree
	with     = presettest.With
	wantErr  = presettest.WantErr
	mustJSON = presettest.MustJSON
)

// planFor plans the app for target on an amd64 builder; the plan must
// pass plan.Validate.
func planFor(t *testing.T, toml string, fsys fs.FS, target string) *plan.Plan {
	t.Helper()
	p, err := presets.Plan(presets.Input{Spec: parseSpec(t, toml), Source: fsys, Platform: target, BuildPlatform: amd64})
	return presettest.MustPlan(t, p, err)
}

// planError plans the app and returns the *spec.Error it must fail with.
func planError(t *testing.T, toml string, fsys fs.FS, target string) *spec.Error {
	t.Helper()
	p, err := presets.Plan(presets.Input{Spec: parseSpec(t, toml), Source: fsys, Platform: target, BuildPlatform: amd64})
	return presettest.MustFail(t, p, err)
}
