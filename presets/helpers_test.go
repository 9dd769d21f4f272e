package presets_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets"
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

// planFor plans the app for target on an amd64 builder; the plan must
// pass plan.Validate.
func planFor(t *testing.T, toml string, fsys fs.FS, target string) *plan.Plan {
	t.Helper()
	p, err := presets.Plan(presets.Input{Spec: parseSpec(t, toml), Source: fsys, Platform: target, BuildPlatform: amd64})
	if err != nil {
		t.Fatalf("presets.Plan: %v", err)
	}
	if err := p.Validate(); err != nil {
		t.Fatalf("plan does not validate: %v\n%s", err, mustJSON(t, p))
	}
	return p
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
