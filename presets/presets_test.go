package presets_test

import (
	"errors"
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

func TestNames(t *testing.T) {
	if got := presets.Names(); !slices.Equal(got, []string{"go", "node", "python", "rust", "static"}) {
		t.Errorf("Names() = %v, want [go node python rust static]", got)
	}
}

func TestTables(t *testing.T) {
	var names []string
	for _, tb := range presets.Tables() {
		names = append(names, tb.Name)
		if tb.Check == nil {
			t.Errorf("table [%s] has no Check", tb.Name)
		}
	}
	if !slices.Equal(names, []string{"go", "static", "node", "python", "rust"}) {
		t.Errorf("Tables() = %v, want [go static node python rust] (catalog order)", names)
	}
}

// "static" is the static preset's table and the old spelling of
// [go] static: a table is the one, a boolean the other.
func TestParseStaticKeyOrTable(t *testing.T) {
	_, err := presets.Parse("app.toml", []byte("# syntax=org/slimfront\nstatic = false\n"))
	want := "app.toml:2: static has moved to the [go] table: write [go] and then static = false"
	if err == nil || err.Error() != want {
		t.Errorf("static = false: %v, want %s", err, want)
	}
	s, err := presets.Parse("app.toml", []byte("# syntax=org/slimfront\n[static]\nspa = true\n"))
	if err != nil || !s.HasTable("static") {
		t.Errorf("[static]: %v, want the table", err)
	}
}

// presets.Parse checks every language table with the rest of the file,
// whichever language the app turns out to be.
func TestParseChecksLanguageTables(t *testing.T) {
	src := "# syntax=org/slimfront\nentrpoint = \"x\"\n[go]\nstatik = true\n[node]\noutput = \"dist\"\n"
	_, err := presets.Parse("app.toml", []byte(src))
	want := []string{
		`app.toml:2: unknown key "entrpoint" — did you mean "entrypoint"?`,
		`app.toml:4: unknown key "statik" in [go] — did you mean "static"?`,
		`app.toml:6: node.output must be an array of strings such as ["dist"], got string "dist"`,
	}
	if err == nil || !slices.Equal(strings.Split(err.Error(), "\n"), want) {
		t.Errorf("errors:\n%v\nwant:\n%s", err, strings.Join(want, "\n"))
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
	if len(p.Warnings) != 0 {
		t.Errorf("warnings = %+v, want none", p.Warnings)
	}
}

func TestPlanDetectsNodeFromPackageJSON(t *testing.T) {
	p := planFor(t, ``, expressApp(), arm64)
	if p.Preset != "node" || p.Platform != arm64 {
		t.Errorf("Preset, Platform = %q, %q; want node, %s", p.Preset, p.Platform, arm64)
	}
}

// A context with go.mod and package.json (a Go server with a frontend
// toolchain, say) is built as the first preset of the catalog, with a
// warning that says how to choose.
func TestPlanSeveralMatchWarns(t *testing.T) {
	fsys := with(serverApp(), "package.json", `{"name": "assets", "scripts": {"start": "node server.js"}}`)
	p := planFor(t, `entrypoint = "./cmd/server"`, fsys, amd64)
	if p.Preset != "go" {
		t.Fatalf("Preset = %q, want go, the first of the catalog", p.Preset)
	}
	if len(p.Warnings) != 1 {
		t.Fatalf("warnings = %+v, want one about the two languages", p.Warnings)
	}
	w := p.Warnings[0]
	if w.Rule != plan.RuleAmbiguousLanguage {
		t.Errorf("warning %+v: want rule %s", w, plan.RuleAmbiguousLanguage)
	}
	for _, part := range []string{"go (go.mod)", "node (package.json)", "building it as go", `language = "go"`} {
		if w.Source != "language" || !strings.Contains(w.Msg, part) {
			t.Errorf("warning %+v: want source language and a message containing %q", w, part)
		}
	}

	// Saying which silences the warning, and can pick the other preset.
	fsys = with(fsys, "server.js", "\n")
	for _, lang := range []string{"go", "node"} {
		p := planFor(t, "language = \""+lang+"\"\n[runtime]\nuser = \"root\"\n", with(fsys, "main.go", mainGo), amd64)
		if p.Preset != lang {
			t.Errorf("language = %q: preset %q", lang, p.Preset)
		}
		for _, w := range p.Warnings {
			if strings.Contains(w.Msg, "also like") {
				t.Errorf("language = %q: warning %+v, want none about detection", lang, w)
			}
		}
	}
}

func TestPlanCannotDetectLanguage(t *testing.T) {
	// A go.mod or package.json below the root does not mark the context.
	fsys := tree("svc/go.mod", "module example.com/svc\n\ngo 1.26\n", "svc/main.go", mainGo, "web/package.json", "{}")
	err := planError(t, `entrypoint = "svc"`, fsys, amd64)
	// language is not written in app.toml, so there is no line to name.
	wantErr(t, err, "language", 0, "cannot tell the language", "go.mod, package.json, index.html, pyproject.toml, requirements.txt", `"go", "node", "python", "rust" or "static"`)
	if !strings.HasPrefix(err.Error(), "app.toml: ") {
		t.Errorf("error %q does not start with the file name", err)
	}
}

func TestPlanUnknownLanguage(t *testing.T) {
	tests := []struct {
		lang string
		want string
	}{
		// One edit away: the suggestion names the preset.
		{"og", `no preset for language "og" — did you mean "go"?`},
		{"goo", `no preset for language "goo" — did you mean "go"?`},
		{"nod", `no preset for language "nod" — did you mean "node"?`},
		// Beyond spec.Suggest's reach: an alias gives the suggestion.
		{"golang", `no preset for language "golang" — did you mean "go"?`},
		{"nodejs", `no preset for language "nodejs" — did you mean "node"?`},
		{"typescript", `no preset for language "typescript" — did you mean "node"?`},
		{"js", `no preset for language "js" — did you mean "node"?`},
		{"java", `no preset for language "java"; available: go, node`},
		{"rs", `no preset for language "rs" — did you mean "rust"?`},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			toml := "# syntax=org/slimfront\n\nlanguage = \"" + tt.lang + "\"\n"
			err := planError(t, toml, serverApp(), amd64)
			wantErr(t, err, "language", 3, "app.toml:3: "+tt.want)
		})
	}
}

// Another language's table would be ignored without a word; it is refused
// at its header, whether the language was written or detected.
func TestPlanRefusesForeignTable(t *testing.T) {
	tests := []struct {
		name string
		toml string
		fsys fstest.MapFS
		key  string
		line int
		want []string
	}{
		{"node table in a detected Go app", "entrypoint = \"./cmd/server\"\n\n[node]\nbuild = \"build\"\n", serverApp(), "node", 3,
			[]string{"[node] holds settings of the node preset, but this app is built with the go preset", `language = "node"`}},
		{"go table in a Node app", "language = \"node\"\n[go]\nstatic = false\n", expressApp(), "go", 2,
			[]string{"[go] holds settings of the go preset, but this app is built with the node preset", "remove the table"}},
		{"own table kept, foreign one refused", "[go]\ntags = [\"netgo\"]\n[node]\noutput = [\"dist\"]\n", with(serverApp(), "main.go", mainGo), "node", 3,
			[]string{"[node] holds settings of the node preset"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := planError(t, tt.toml, tt.fsys, amd64)
			wantErr(t, err, tt.key, tt.line, tt.want...)
		})
	}
}

// A preset's own errors reach the caller as they are: app.toml's with
// their line, others (a broken go.mod) without one.
func TestPlanPassesPresetErrorsOn(t *testing.T) {
	err := planError(t, "language = \"node\"\nentrypoint = \"missing.js\"\n", expressApp(), amd64)
	wantErr(t, err, "entrypoint", 2, `entrypoint "missing.js" is not a file`)

	_, perr := presets.Plan(presets.Input{Spec: parseSpec(t, ``), Source: with(expressApp(), "package.json", "{"), Platform: amd64, BuildPlatform: amd64})
	var se *spec.Error
	if perr == nil || !strings.Contains(perr.Error(), "package.json") || errors.As(perr, &se) {
		t.Errorf("error = %v, want one naming package.json that is no app.toml error", perr)
	}
}

func TestFactPatterns(t *testing.T) {
	node := `{"scripts": {"start": "node --enable-source-maps dist/server.js"}, "main": "./lib/index.js"}`
	tests := []struct {
		name    string
		toml    string
		known   fstest.MapFS
		has     []string
		hasNot  []string
		exactly []string
	}{
		{name: "detection needs every preset's markers", toml: ``,
			has: []string{"go.mod", "go.sum", "**/go.mod", "vendor/modules.txt", "*.go", "package.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock", ".npmrc", ".nvmrc", "tsconfig.json", "server.js"}},
		{name: "go only", toml: "language = \"go\"\nentrypoint = \"./cmd/server\"\n",
			exactly: []string{"**/go.mod", "**/go.sum", "cmd/server/*.go", "go.mod", "go.sum", "go.work", "go.work.sum", "vendor/modules.txt"}},
		{name: "node only", toml: `language = "node"`,
			has: []string{"package.json", "server.js"}, hasNot: []string{"go.mod", "*.go"}},
		{name: "node entrypoint", toml: "language = \"node\"\nentrypoint = \"./src/main.js\"\n",
			has: []string{"src/main.js"}},
		{name: "a second round reads package.json's entry files", toml: `language = "node"`, known: tree("package.json", node),
			has: []string{"dist/server.js", "lib/index.js"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := presets.FactPatterns(parseSpec(t, tt.toml), tt.known)
			if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
				t.Errorf("FactPatterns = %q, want sorted and without duplicates", got)
			}
			if tt.exactly != nil && !slices.Equal(got, tt.exactly) {
				t.Errorf("FactPatterns = %q, want %q", got, tt.exactly)
			}
			for _, p := range tt.has {
				if !slices.Contains(got, p) {
					t.Errorf("FactPatterns = %q, want %q among them", got, p)
				}
			}
			for _, p := range tt.hasNot {
				if slices.Contains(got, p) {
					t.Errorf("FactPatterns = %q has %q, another preset's", got, p)
				}
			}
		})
	}
}

// The frontend transfers only FactPatterns before planning (in two rounds:
// the second knows what the first transferred), so planning on that
// subset must give the plan the whole context gives.
func TestFactPatternsCoverWhatPresetsRead(t *testing.T) {
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
	tsPnpm := tree(
		"package.json", `{"name": "api", "packageManager": "pnpm@10.34.9", "scripts": {"build": "tsc", "start": "node --enable-source-maps dist/server.js"}, "dependencies": {"fastify": "^5.0.0"}, "devDependencies": {"typescript": "^5.9.0"}, "engines": {"node": ">=22"}}`,
		"pnpm-lock.yaml", "lockfileVersion: '9.0'\n",
		"pnpm-workspace.yaml", "packages:\n  - 'packages/*'\n",
		"packages/shared/package.json", `{"name": "shared"}`,
		"packages/shared/index.ts", "export {}\n",
		".npmrc", "auto-install-peers=true\n",
		".pnpmfile.cjs", "module.exports = {}\n",
		"tsconfig.json", `{"compilerOptions": {"outDir": "dist", /* built */}}`,
		"src/server.ts", "console.log(1)\n",
		"README.md", "# api\n",
	)
	yarnClassic := tree(
		"package.json", `{"name": "web", "main": "lib/index.js", "dependencies": {"express": "^5.1.0"}, "workspaces": ["packages/*"]}`,
		"yarn.lock", "# yarn lockfile v1\n",
		".yarnrc", "network-timeout 600000\n",
		".nvmrc", "lts/jod\n",
		"lib/index.js", "\n",
		"packages/a/package.json", "{}",
		"README.md", "# web\n",
	)
	tests := []struct {
		name string
		toml string
		fsys fstest.MapFS
	}{
		{"go: entrypoint in a subdirectory", `entrypoint = "./cmd/server"`, serverApp()},
		{"go: entrypoint at the root of a workspace", ``, workspace},
		{"go: vendored", `entrypoint = "cmd/server"`, vendored},
		{"node: npm, server.js", ``, expressApp()},
		{"node: npm, entrypoint", `entrypoint = "server.js"`, expressApp()},
		{"node: pnpm workspace with a build", ``, tsPnpm},
		{"node: yarn classic, main", ``, yarnClassic},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parseSpec(t, tt.toml)
			first := subset(t, tt.fsys, presets.FactPatterns(s, nil))
			patterns := presets.FactPatterns(s, first)
			part := subset(t, tt.fsys, patterns)
			if _, ok := part["README.md"]; ok {
				t.Errorf("FactPatterns %q transfer README.md, which no preset reads", patterns)
			}
			full := planFor(t, tt.toml, tt.fsys, amd64)
			got := planFor(t, tt.toml, part, amd64)
			if !reflect.DeepEqual(full, got) {
				t.Errorf("plan from the FactPatterns subset differs from the plan of the whole context:\n%s\n---\n%s", mustJSON(t, full), mustJSON(t, got))
			}
		})
	}
}

// subset is what the frontend transfers of fsys for patterns: the files
// they match, and everything under a directory they match.
func subset(t *testing.T, fsys fstest.MapFS, patterns []string) fstest.MapFS {
	t.Helper()
	pm, err := patternmatcher.New(patterns)
	if err != nil {
		t.Fatal(err)
	}
	out := fstest.MapFS{}
	for name, f := range fsys {
		if ok, err := pm.MatchesOrParentMatches(name); err != nil {
			t.Fatal(err)
		} else if ok {
			out[name] = f
		}
	}
	return out
}

func TestPlanIsDeterministic(t *testing.T) {
	toml := `
[runtime]
env = { Z = "26", A = "1", M = "13" }
ports = [9090, 8080, "53/udp"]
[labels]
team = "core"
b = "2"
`
	for name, fsys := range map[string]fstest.MapFS{"go": with(serverApp(), "main.go", mainGo), "node": expressApp()} {
		first := planFor(t, toml, fsys, arm64)
		for i := 0; i < 5; i++ {
			if again := planFor(t, toml, fsys, arm64); !reflect.DeepEqual(first, again) {
				t.Fatalf("%s: two plans of the same input differ:\n%s\n---\n%s", name, mustJSON(t, first), mustJSON(t, again))
			}
		}
	}
}

// TestPlanRefusesReservedBuildEnv checks that [build] env cannot set what
// a preset sets itself: each is refused at its line, naming the key that
// does the job; variables the preset leaves alone pass and reach the
// dependency step (GOPROXY reaches go mod download).
func TestPlanRefusesReservedBuildEnv(t *testing.T) {
	for _, tt := range []struct {
		name, toml string
		fsys       fstest.MapFS
		line       int
		key, want  string
	}{
		{"go arch", "[build.env]\nGOPROXY = \"https://proxy.example.com\"\nGOARCH = \"arm64\"\n", serverApp(), 3, "build.env.GOARCH", "--platform"},
		{"go cgo", "[build.env]\nCGO_ENABLED = \"1\"\n", serverApp(), 2, "build.env.CGO_ENABLED", "[go] static"},
		{"go flags", "[build.env]\nGOFLAGS = \"-toolexec=/tmp/x\"\n", serverApp(), 2, "build.env.GOFLAGS", "[go] flags"},
		{"go toolchain", "[build.env]\nGOTOOLCHAIN = \"go1.99.0\"\n", serverApp(), 2, "build.env.GOTOOLCHAIN", "[build] version"},
		{"node env", "[build.env]\nNODE_ENV = \"development\"\n", expressApp(), 2, "build.env.NODE_ENV", "production"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := planError(t, tt.toml, tt.fsys, amd64)
			if e.Line != tt.line || e.Key != tt.key || !strings.Contains(e.Msg, tt.want) {
				t.Errorf("error %v (key %s), want one at line %d about %s saying %q", e, e.Key, tt.line, tt.key, tt.want)
			}
		})
	}
	p := planFor(t, "entrypoint = \"./cmd/server\"\n[build.env]\nGOPROXY = \"https://proxy.example.com\"\nGOPRIVATE = \"example.com/private\"\n", serverApp(), amd64)
	deps := p.Stage("deps")
	if deps == nil || !slices.Contains(deps.Env, "GOPROXY=https://proxy.example.com") || !slices.Contains(deps.Env, "GOPRIVATE=example.com/private") {
		t.Errorf("go mod download does not get the fetch settings: %+v", deps)
	}
}
