package node

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/internal/presettest"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// Test helpers of the Node preset's tests. They plan with Preset
// directly, as the catalog would once it picked the preset.

const (
	amd64 = "linux/amd64"
	arm64 = "linux/arm64"
)

// parseSpec parses app.toml text with the [node] table, failing the test
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
	return spec.Parse("app.toml", []byte(toml), spec.Table{Name: Preset.Name, Check: Preset.Check})
}

// npmApp is a typical Node service: npm with a lockfile, Express as its
// one dependency, `node server.js` as its start script.
func npmApp() fstest.MapFS {
	return tree(
		"package.json", `{"name": "@acme/web", "scripts": {"start": "node server.js", "test": "node --test"}, "dependencies": {"express": "^5.1.0"}, "devDependencies": {"supertest": "^7.0.0"}}`,
		"package-lock.json", npmLock(false),
		"server.js", "require('express')\n",
		"lib/app.js", "module.exports = {}\n",
		"test/app.test.js", "\n",
		"README.md", "# web\n",
		".env", "SECRET=1\n",
	)
}

// npmLock is a package-lock.json (v3) with express, and a dev package;
// native gives express an install script.
func npmLock(native bool) string {
	script := ""
	if native {
		script = `, "hasInstallScript": true`
	}
	return `{"name": "@acme/web", "lockfileVersion": 3, "packages": {
  "": {"name": "@acme/web"},
  "node_modules/express": {"version": "5.1.0"` + script + `},
  "node_modules/esbuild": {"version": "0.25.0", "dev": true, "hasInstallScript": true}
}}`
}

// tsApp is a TypeScript service built with `tsc` into dist/.
func tsApp() fstest.MapFS {
	return tree(
		"package.json", `{"name": "api", "scripts": {"build": "tsc", "start": "node dist/server.js"}, "dependencies": {"fastify": "^5.0.0"}, "devDependencies": {"typescript": "^5.9.0"}}`,
		"package-lock.json", `{"lockfileVersion": 3, "packages": {"": {}, "node_modules/fastify": {"version": "5.0.0"}}}`,
		"tsconfig.json", "{\n  // comments are allowed\n  \"compilerOptions\": {\"outDir\": \"./dist\", \"rootDir\": \"src\",},\n}\n",
		"src/server.ts", "console.log(1)\n",
	)
}

// nodePlan plans the app for target on an amd64 builder.
func nodePlan(t *testing.T, toml string, fsys fs.FS, target string) (*plan.Plan, error) {
	t.Helper()
	return Preset.Plan(preset.Input{Spec: parseSpec(t, toml), Source: fsys, Platform: target, BuildPlatform: amd64})
}

// withBuild is a package.json with a build script and a dependency, so
// that the plan has all three stages; extra are more fields
// (`, "packageManager": "pnpm@10.34.9"`).
func withBuild(extra string) string {
	return `{"name": "web", "scripts": {"build": "tsc"}, "dependencies": {"a": "1.0.0"}` + extra + `}`
}

// app is a context of package.json, server.js and pairs.
func app(packageJSON string, pairs ...string) fstest.MapFS {
	return with(tree("package.json", packageJSON, "server.js", "\n"), pairs...)
}

// lastRun is the stage's last command: an install stage's install.
func lastRun(t *testing.T, st *plan.Stage) plan.Run {
	t.Helper()
	if len(st.Runs) == 0 {
		t.Fatalf("stage %s has no commands", st.Name)
	}
	return st.Runs[len(st.Runs)-1]
}

// note returns the plan's note that starts with prefix, or "".
func note(p *plan.Plan, prefix string) string {
	for _, n := range p.Notes {
		if strings.HasPrefix(n, prefix) {
			return n
		}
	}
	return ""
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
	p, err := nodePlan(t, toml, fsys, target)
	return presettest.MustPlan(t, p, err)
}

// planError plans the app and returns the *spec.Error it must fail with.
func planError(t *testing.T, toml string, fsys fs.FS, target string) *spec.Error {
	t.Helper()
	p, err := nodePlan(t, toml, fsys, target)
	return presettest.MustFail(t, p, err)
}
