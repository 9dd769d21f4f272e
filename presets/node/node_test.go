package node

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

func TestStages(t *testing.T) {
	tests := []struct {
		name   string
		toml   string
		pkg    string
		stages []string
		layers []string
	}{
		{"dependencies, no build", ``, `{"dependencies": {"a": "1"}}`, []string{"prod-deps"}, []string{"node_modules", "app"}},
		{"dependencies and a build", ``, `{"scripts": {"build": "tsc"}, "dependencies": {"a": "1"}}`, []string{"deps", "build", "prod-deps"}, []string{"node_modules", "app"}},
		{"a build, no dependencies", ``, `{"scripts": {"build": "esbuild"}, "devDependencies": {"esbuild": "1"}}`, []string{"deps", "build"}, []string{"app"}},
		{"dev dependencies only, no build", ``, `{"devDependencies": {"nodemon": "3"}}`, nil, []string{"app"}},
		{"nothing to install", ``, `{}`, nil, []string{"app"}},
		{"an empty dependencies table", ``, `{"dependencies": {}}`, nil, []string{"app"}},
		{"build skipped", "[node]\nbuild = \"\"\n", `{"scripts": {"build": "tsc"}, "dependencies": {"a": "1"}}`, []string{"prod-deps"}, []string{"node_modules", "app"}},
		{"another build script", "[node]\nbuild = \"compile\"\n", `{"scripts": {"compile": "tsc"}, "dependencies": {"a": "1"}}`, []string{"deps", "build", "prod-deps"}, []string{"node_modules", "app"}},
		{"optional dependencies only", ``, `{"optionalDependencies": {"a": "1"}}`, []string{"prod-deps"}, []string{"node_modules", "app"}},
		// The members' dependencies install into the root's node_modules.
		{"a workspace root without dependencies", ``, `{"workspaces": ["packages/*"]}`, []string{"prod-deps"}, []string{"node_modules", "app"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planFor(t, tt.toml, app(tt.pkg), amd64)
			if got := stageNames(p); !slices.Equal(got, tt.stages) {
				t.Errorf("stages = %v, want %v", got, tt.stages)
			}
			if got := layerNames(p); !slices.Equal(got, tt.layers) {
				t.Errorf("layers = %v, want %v", got, tt.layers)
			}
		})
	}
}

func TestBuildStage(t *testing.T) {
	p := planFor(t, ``, tsApp(), amd64)
	build := stage(t, p, "build")
	want := plan.Stage{
		Name:    "build",
		From:    plan.StageRef("deps"),
		Workdir: "/app",
		Env:     []string{"NODE_ENV=production"},
		// The source, without the user's own node_modules, over the
		// installed ones.
		Inputs: plan.Inputs{All: true, Exclude: []string{".git", "**/node_modules", "node_modules"}},
		Runs:   []plan.Run{{Name: "npm run build", Args: []string{"npm", "run", "build"}, Source: "language"}},
	}
	if !reflect.DeepEqual(*build, want) {
		t.Errorf("build stage:\n%s\nwant:\n%s", mustJSON(t, build), mustJSON(t, want))
	}
	if !build.SeesSource() {
		t.Errorf("the build stage does not see the source")
	}
	for _, name := range []string{"deps", "prod-deps"} {
		if stage(t, p, name).SeesSource() {
			t.Errorf("%s sees the source; it must see the manifests alone", name)
		}
	}

	// [node] build names the script, and the command points at that key.
	p = planFor(t, "[node]\nbuild = \"compile\"\n", app(`{"scripts": {"compile": "tsc", "build": "x"}}`), amd64)
	if run := onlyRun(t, stage(t, p, "build")); !slices.Equal(run.Args, []string{"npm", "run", "compile"}) || run.Source != "node.build" {
		t.Errorf("build runs %q from %q, want npm run compile from node.build", run.Args, run.Source)
	}
}

func TestInstallInputs(t *testing.T) {
	tests := []struct {
		name  string
		pkg   string
		files []string
		want  []string
	}{
		{"npm", `{"dependencies": {"a": "1"}}`, []string{"package-lock.json", "{}"},
			[]string{"package.json", "package-lock.json"}},
		{"no lockfile", `{"dependencies": {"a": "1"}}`, nil,
			[]string{"package.json"}},
		{".npmrc", `{"dependencies": {"a": "1"}}`, []string{"package-lock.json", "{}", ".npmrc", "@acme:registry=https://npm.acme.dev/\n"},
			[]string{"package.json", ".npmrc", "package-lock.json"}},
		{"npm workspaces", `{"dependencies": {"a": "1"}, "workspaces": ["packages/*", "./apps/web/", "!packages/skip", "../outside", "."]}`, []string{"package-lock.json", "{}"},
			[]string{"package.json", "apps/web/package.json", "package-lock.json", "packages/*/package.json"}},
		{"yarn workspaces object", `{"dependencies": {"a": "1"}, "workspaces": {"packages": ["libs/*"], "nohoist": ["**/x"]}}`, []string{"yarn.lock", "# yarn lockfile v1\n", ".yarnrc", "x\n"},
			[]string{"package.json", ".yarnrc", "libs/*/package.json", "yarn.lock"}},
		{"pnpm workspace", `{"dependencies": {"a": "1"}, "packageManager": "pnpm@10.34.9"}`, []string{
			"pnpm-lock.yaml", "lockfileVersion: '9.0'\n",
			"pnpm-workspace.yaml", "# members\npackages:\n  - 'apps/*'\n  - \"packages/*\" # libraries\n  - '!**/test/**'\n\ncatalog:\n  react: ^19\n  - not/a/member\n",
			".pnpmfile.cjs", "module.exports = {}\n",
			".npmrc", "x\n",
		}, []string{"package.json", ".npmrc", ".pnpmfile.cjs", "apps/*/package.json", "packages/*/package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml"}},
		{"yarn berry", `{"dependencies": {"a": "1"}, "packageManager": "yarn@4.9.2"}`, []string{"yarn.lock", "__metadata:\n", ".yarnrc.yml", "nodeLinker: node-modules\n"},
			[]string{"package.json", ".yarnrc.yml", "yarn.lock"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := app(tt.pkg, append(tt.files, "src/index.js", "", "README.md", "")...)
			p := planFor(t, "[node]\nbuild = \"\"\n", fsys, amd64)
			prod := stage(t, p, "prod-deps")
			if want := (plan.Inputs{Paths: tt.want}); !reflect.DeepEqual(prod.Inputs, want) {
				t.Errorf("prod-deps inputs = %+v, want %+v", prod.Inputs, want)
			}
			// The deps stage of a build reads the same.
			p = planFor(t, ``, with(fsys, "package.json", strings.Replace(tt.pkg, "{", `{"scripts": {"build": "tsc"}, `, 1)), amd64)
			if deps := stage(t, p, "deps"); !reflect.DeepEqual(deps.Inputs, prod.Inputs) {
				t.Errorf("deps inputs = %+v, want those of prod-deps, %+v", deps.Inputs, prod.Inputs)
			}
		})
	}
}

func TestWorkspacesErrors(t *testing.T) {
	_, err := nodePlan(t, ``, app(`{"workspaces": "packages/*"}`), amd64)
	if err == nil || !strings.Contains(err.Error(), "workspaces must be a list of directories") {
		t.Errorf("error = %v, want one about workspaces", err)
	}
}

// The npmrc secret (`--secret id=npmrc,src=$HOME/.npmrc`) is the user's
// ~/.npmrc in every command that installs, and in no other.
func TestNpmrcSecret(t *testing.T) {
	secret := plan.Mount{Target: "/root/.npmrc", Type: plan.MountSecret, SecretID: "npmrc"}
	fsys := app(withBuild(`, "packageManager": "pnpm@10.34.9"`), "pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
	for _, version := range []string{"22", "26"} { // with and without the corepack install
		p := planFor(t, "[build]\nversion = \""+version+"\"\n", fsys, arm64)
		for _, st := range p.Stages {
			for _, run := range st.Runs {
				has := slices.Contains(run.Mounts, secret)
				if st.Name == "build" && has {
					t.Errorf("Node %s: the build script %q sees the npmrc secret", version, run.Name)
				}
				if st.Name != "build" && !has {
					t.Errorf("Node %s: %s: %q lacks the npmrc secret: %+v", version, st.Name, run.Name, run.Mounts)
				}
			}
		}
		if got := p.SecretMounts(); !reflect.DeepEqual(got, []plan.Mount{secret}) {
			t.Errorf("SecretMounts() = %+v, want the npmrc one", got)
		}
	}
}

func TestAppLayer(t *testing.T) {
	fromBuild := func(paths ...string) plan.Copy {
		return plan.Copy{From: plan.StageRef("build"), Src: "/app", Paths: paths, Dest: "/app", Source: "entrypoint"}
	}
	tests := []struct {
		name string
		toml string
		fsys map[string]string
		want plan.Copy
	}{
		{"tsconfig outDir", ``, map[string]string{"package.json": `{"scripts": {"build": "tsc", "start": "node dist/server.js"}}`, "tsconfig.json": `{"compilerOptions": {"outDir": "./dist/"}}`},
			fromBuild("package.json", "dist")},
		{"tsconfig outDir, entry elsewhere", ``, map[string]string{"package.json": `{"scripts": {"build": "tsc", "start": "node server.js"}}`, "tsconfig.json": `{"compilerOptions": {"outDir": "lib"}}`},
			fromBuild("package.json", "lib", "server.js")},
		{"tsconfig outDir outside the app is ignored", ``, map[string]string{"package.json": `{"scripts": {"build": "tsc", "start": "node build/main.js"}}`, "tsconfig.json": `{"compilerOptions": {"outDir": "../out"}}`},
			plan.Copy{From: plan.StageRef("build"), Src: "/app", Paths: []string{"."}, Dest: "/app", Exclude: withAppToml(appExcludes), Source: "entrypoint"}},
		{"node.output", "[node]\noutput = [\"public\", \"./build/\"]\n", map[string]string{"package.json": `{"scripts": {"build": "vite build", "start": "node build/server.js"}}`, "tsconfig.json": `{"compilerOptions": {"outDir": "dist"}}`},
			fromBuild("package.json", "build", "public")},
		{"node.output, entry outside", "[node]\noutput = [\"dist\"]\n", map[string]string{"package.json": `{"scripts": {"build": "tsc", "start": "node --enable-source-maps bin/www.js"}}`},
			fromBuild("package.json", "bin", "dist")},
		// Nothing says what the build made: guessing the entry's directory
		// would lose public/ or views/ beside it.
		{"entry in a directory, no outDir: the whole built tree", ``, map[string]string{"package.json": `{"scripts": {"build": "esbuild", "start": "node out/index.js"}}`},
			plan.Copy{From: plan.StageRef("build"), Src: "/app", Paths: []string{"."}, Dest: "/app", Exclude: withAppToml(appExcludes), Source: "entrypoint"}},
		{"entry at the root: the whole built tree", ``, map[string]string{"package.json": `{"scripts": {"build": "babel"}}`, "server.js": ""},
			plan.Copy{From: plan.StageRef("build"), Src: "/app", Paths: []string{"."}, Dest: "/app", Exclude: withAppToml(appExcludes), Source: "entrypoint"}},
		{"no build: the context", ``, map[string]string{"package.json": `{"scripts": {"start": "node server.js"}}`, "server.js": ""},
			plan.Copy{From: plan.Context, Src: "/", Paths: []string{"."}, Dest: "/app", Exclude: withAppToml(appExcludes), Source: "entrypoint"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := tree()
			for name, data := range tt.fsys {
				fsys = with(fsys, name, data)
			}
			p := planFor(t, tt.toml, fsys, amd64)
			l := layer(t, p, "app")
			if !reflect.DeepEqual(l.Copies, []plan.Copy{tt.want}) || len(l.Files) > 0 {
				t.Errorf("app layer:\n%s\nwant copy:\n%s", mustJSON(t, l), mustJSON(t, tt.want))
			}
		})
	}
}

func withAppToml(excludes []string) []string {
	out := append([]string{"app.toml"}, excludes...)
	slices.Sort(out)
	return out
}

// What the app layer leaves out of the context when there is no build:
// dotfiles (.env, .npmrc), tests, docs, development configuration,
// node_modules and app.toml.
func TestAppLayerExcludes(t *testing.T) {
	p := planFor(t, ``, npmApp(), amd64)
	ex := layer(t, p, "app").Copies[0].Exclude
	for _, want := range []string{"app.toml", ".*", "**/.*", "node_modules", "**/node_modules", "test", "*.md", "**/*.test.*", "Dockerfile", "tsconfig*.json"} {
		if !slices.Contains(ex, want) {
			t.Errorf("app layer excludes %q, want %q among them", ex, want)
		}
	}
	if !slices.IsSorted(ex) {
		t.Errorf("excludes not sorted: %q", ex)
	}
	for _, keep := range []string{"*.js", "lib", "package.json", "**/*.json"} {
		if slices.Contains(ex, keep) {
			t.Errorf("app layer excludes %q, which the app needs", keep)
		}
	}
}

func TestNodeModulesLayer(t *testing.T) {
	p := planFor(t, "[runtime]\nworkdir = \"/srv\"\n", npmApp(), amd64)
	l := layer(t, p, "node_modules")
	want := []plan.Copy{{From: plan.StageRef("prod-deps"), Src: "/app", Paths: []string{"node_modules"}, Dest: "/srv", Source: "language"}}
	if !reflect.DeepEqual(l.Copies, want) {
		t.Errorf("node_modules layer copies %+v, want %+v", l.Copies, want)
	}
	// Dependencies below the app: a source edit changes the top layer only.
	if got := layerNames(p); !slices.Equal(got, []string{"node_modules", "app"}) {
		t.Errorf("layers = %v, want [node_modules app]", got)
	}
	if src, err := p.CopySource(l.Copies[0]); err != nil || src.Output || src.Stage == nil {
		t.Errorf("node_modules copy reads %+v (%v), want the prod-deps stage's filesystem", src, err)
	}
}

// Production dependencies are for the target platform. npm can fetch
// another platform's packages from the build platform; an install script
// builds for the machine it runs on, and pnpm and yarn take no platform,
// so those install on the target.
func TestProdDepsPlatform(t *testing.T) {
	npmFlags := func(cpu string) []string {
		return []string{"npm", "ci", "--no-audit", "--no-fund", "--omit=dev", "--cpu=" + cpu, "--os=linux"}
	}
	pnpm := app(`{"dependencies": {"a": "1"}, "packageManager": "pnpm@10.34.9"}`, "pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
	native := with(npmApp(), "package-lock.json", npmLock(true))
	tests := []struct {
		name     string
		app      string // npm, native or pnpm
		target   string
		platform plan.Platform
		args     []string
		note     string
	}{
		{name: "native", app: "npm", target: amd64, platform: plan.BuildPlatform, args: []string{"npm", "ci", "--no-audit", "--no-fund", "--omit=dev"}},
		{name: "same arch, other variant", app: "npm", target: "linux/amd64/v3", platform: plan.BuildPlatform, args: []string{"npm", "ci", "--no-audit", "--no-fund", "--omit=dev"}},
		{name: "npm to arm64, dev install scripts only", app: "npm", target: arm64, platform: plan.BuildPlatform, args: npmFlags("arm64")},
		{name: "npm to arm/v7", app: "npm", target: "linux/arm/v7", platform: plan.BuildPlatform, args: npmFlags("arm")},
		{name: "npm to s390x", app: "npm", target: "linux/s390x", platform: plan.BuildPlatform, args: npmFlags("s390x")},
		{name: "npm to ppc64le: Node's name", app: "npm", target: "linux/ppc64le", platform: plan.BuildPlatform, args: npmFlags("ppc64")},
		{name: "npm to 386: Node's name", app: "npm", target: "linux/386", platform: plan.BuildPlatform, args: npmFlags("ia32")},
		{name: "npm with a native production package", app: "native", target: arm64, platform: plan.TargetPlatform,
			args: []string{"npm", "ci", "--no-audit", "--no-fund", "--omit=dev"},
			note: "prod-deps runs on linux/arm64 (emulated on this builder) because a production dependency has an install script, or no lockfile says whether one has"},
		{name: "pnpm", app: "pnpm", target: arm64, platform: plan.TargetPlatform,
			note: "prod-deps runs on linux/arm64 (emulated on this builder) because pnpm cannot install for another platform"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := npmApp()
			switch tt.app {
			case "native":
				src = native
			case "pnpm":
				src = pnpm
			}
			p := planFor(t, ``, src, tt.target)
			prod := stage(t, p, "prod-deps")
			if prod.Platform != tt.platform {
				t.Errorf("prod-deps platform = %q, want %q", prod.Platform, tt.platform)
			}
			if tt.args != nil && !slices.Equal(lastRun(t, prod).Args, tt.args) {
				t.Errorf("prod-deps runs %q, want %q", lastRun(t, prod).Args, tt.args)
			}
			if got := note(p, "prod-deps runs on"); got != tt.note {
				t.Errorf("note = %q, want %q", got, tt.note)
			}
		})
	}

	// From an arm64 builder to amd64, Node calls the CPU x64.
	p, err := Preset.Plan(preset.Input{Spec: parseSpec(t, ``), Source: npmApp(), Platform: amd64, BuildPlatform: arm64})
	if err != nil {
		t.Fatal(err)
	}
	if got := lastRun(t, stage(t, p, "prod-deps")).Args; !slices.Equal(got, npmFlags("x64")) {
		t.Errorf("prod-deps for amd64 on an arm64 builder runs %q, want %q", got, npmFlags("x64"))
	}

	// The deps stage feeds the build, which runs on the build platform.
	p = planFor(t, ``, with(native, "package.json", withBuild("")), arm64)
	if deps := stage(t, p, "deps"); deps.Platform != plan.BuildPlatform || slices.ContainsFunc(lastRun(t, deps).Args, func(a string) bool { return strings.HasPrefix(a, "--cpu") }) {
		t.Errorf("deps stage runs on %q with %q, want the build platform without --cpu", deps.Platform, lastRun(t, deps).Args)
	}
	if build := stage(t, p, "build"); build.Platform != plan.BuildPlatform {
		t.Errorf("build stage runs on %q, want the build platform", build.Platform)
	}
}

func TestImageConfig(t *testing.T) {
	p := planFor(t, ``, npmApp(), amd64)
	want := plan.Config{
		Entrypoint: []string{"/nodejs/bin/node", "/app/server.js"},
		User:       "65532:65532",
		Env:        []string{"NODE_ENV=production"},
		Workdir:    "/app",
		Labels:     map[string]string{"org.opencontainers.image.title": "web"}, // @acme/web without its scope
	}
	if got := p.Image.Config; !reflect.DeepEqual(got, want) {
		t.Errorf("image config:\n%s\nwant:\n%s", mustJSON(t, got), mustJSON(t, want))
	}
	if p.Image.Base != runtimeOf(defaultMajor) {
		t.Errorf("base = %s, want %s", p.Image.Base, runtimeOf(defaultMajor))
	}
}

func TestImageConfigFromAppToml(t *testing.T) {
	tests := []struct {
		name       string
		toml       string
		base       plan.Ref
		entrypoint []string
		check      func(t *testing.T, cfg plan.Config)
	}{
		{name: "distroless is the runtime", toml: "[runtime]\nbase = \"distroless\"\n", base: runtimeOf(defaultMajor),
			entrypoint: []string{"/nodejs/bin/node", "/app/server.js"}},
		{name: "another image runs node from its PATH", toml: "[runtime]\nbase = \"docker.io/library/node:24-trixie-slim\"\n",
			base: plan.ImageRef("docker.io/library/node:24-trixie-slim"), entrypoint: []string{"node", "/app/server.js"}},
		{name: "name is the title", toml: "name = \"site\"\n", base: runtimeOf(defaultMajor), entrypoint: []string{"/nodejs/bin/node", "/app/server.js"},
			check: func(t *testing.T, cfg plan.Config) {
				if cfg.Labels["org.opencontainers.image.title"] != "site" {
					t.Errorf("title = %q, want site", cfg.Labels["org.opencontainers.image.title"])
				}
			}},
		{name: "runtime settings", toml: "[runtime]\nuser = \"1000\"\nargs = [\"--port\", \"9000\"]\nenv = { NODE_ENV = \"staging\", PORT = \"9000\" }\nports = [9000]\n",
			base: runtimeOf(defaultMajor), entrypoint: []string{"/nodejs/bin/node", "/app/server.js"},
			check: func(t *testing.T, cfg plan.Config) {
				if cfg.User != "1000:1000" || !slices.Equal(cfg.Cmd, []string{"--port", "9000"}) || !slices.Equal(cfg.Env, []string{"NODE_ENV=staging", "PORT=9000"}) || !slices.Equal(cfg.Ports, []string{"9000/tcp"}) {
					t.Errorf("config = %+v", cfg)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planFor(t, tt.toml, npmApp(), amd64)
			if p.Image.Base != tt.base {
				t.Errorf("base = %s, want %s", p.Image.Base, tt.base)
			}
			if !slices.Equal(p.Image.Config.Entrypoint, tt.entrypoint) {
				t.Errorf("entrypoint = %q, want %q", p.Image.Config.Entrypoint, tt.entrypoint)
			}
			if got := layerNames(p); !slices.Equal(got, []string{"node_modules", "app"}) {
				t.Errorf("layers = %v; an image base gets no base files, CA or zoneinfo layers", got)
			}
			if tt.check != nil {
				tt.check(t, p.Image.Config)
			}
		})
	}

	err := planError(t, "# syntax=org/slimfront\n[runtime]\nbase = \"scratch\"\n", npmApp(), amd64)
	wantErr(t, err, "runtime.base", 3, `runtime.base = "scratch" cannot run this app`, "nodejs")
}

func TestTitle(t *testing.T) {
	for _, tt := range []struct{ pkg, want string }{
		{`{"name": "@acme/web"}`, "web"},
		{`{"name": "shop"}`, "shop"},
		{`{}`, "app"},
	} {
		p := planFor(t, ``, app(tt.pkg), amd64)
		if got := p.Image.Config.Labels["org.opencontainers.image.title"]; got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.pkg, got, tt.want)
		}
	}
}

func TestNodeOptionErrors(t *testing.T) {
	tests := []struct {
		name string
		toml string
		want []string // whole lines
	}{
		{"unknown key", "# syntax=org/slimfront\n[node]\noutptu = [\"dist\"]\n",
			[]string{`app.toml:3: unknown key "outptu" in [node] — did you mean "output"?`}},
		{"unknown key, nothing close", "[node]\nstart = \"node x.js\"\n",
			[]string{`app.toml:2: unknown key "start" in [node]; known keys here: build, output`}},
		{"wrong types", "[node]\nbuild = true\noutput = \"dist\"\n", []string{
			`app.toml:2: node.build must be a string such as "build", got boolean true`,
			`app.toml:3: node.output must be an array of strings such as ["dist"], got string "dist"`,
		}},
		{"bad output paths", "[node]\n\noutput = [\"/srv/dist\", \"../dist\", \".\", \"\", \"dist/../..\"]\n", []string{
			`app.toml:3: node.output: "/srv/dist" must be a path inside the app, such as "dist"`,
			`app.toml:3: node.output: "../dist" must be a path inside the app, such as "dist"`,
			`app.toml:3: node.output: "." must be a path inside the app, such as "dist"`,
			`app.toml:3: node.output: "" must be a path inside the app, such as "dist"`,
			`app.toml:3: node.output: "dist/../.." must be a path inside the app, such as "dist"`,
		}},
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

func TestNodeOutputWithoutBuild(t *testing.T) {
	err := planError(t, "# syntax=org/slimfront\n[node]\noutput = [\"dist\"]\n", app(`{"dependencies": {"a": "1"}}`), amd64)
	wantErr(t, err, "node.output", 3, "no build script")
}

// Patches and yarn's own release are install inputs: without them a
// frozen install fails or differs.
func TestInstallDirs(t *testing.T) {
	fsys := with(npmApp(), "patches/express+5.1.0.patch", "diff\n", ".yarn/releases/yarn-4.9.2.cjs", "//\n")
	p := planFor(t, "", fsys, amd64)
	in := stage(t, p, "prod-deps").Inputs.Paths
	for _, want := range []string{"patches/*", ".yarn/releases/*"} {
		if !slices.Contains(in, want) {
			t.Errorf("prod-deps inputs %v lack %s", in, want)
		}
	}
	if slices.Contains(stage(t, planFor(t, "", npmApp(), amd64), "prod-deps").Inputs.Paths, "patches/*") {
		t.Error("an app without patches/ gets it as an input")
	}
}

func TestNodeBuildScriptMissing(t *testing.T) {
	toml := "# syntax=org/slimfront\n[node]\nbuild = \"compile\"\n"
	err := planError(t, toml, app(`{"scripts": {"build": "tsc"}}`), amd64)
	wantErr(t, err, "node.build", 3, `node.build: package.json has no script "compile"`, `build = ""`)
}

func TestNoPackageJSON(t *testing.T) {
	err := planError(t, "language = \"node\"\n", tree("server.js", ""), amd64)
	wantErr(t, err, "language", 1, "no package.json at the root", "npm init")
	_, perr := nodePlan(t, ``, tree("package.json", `{"name": 1}`), amd64)
	if perr == nil || !strings.Contains(perr.Error(), "package.json") {
		t.Errorf("error = %v, want one naming package.json", perr)
	}
}

func TestTsconfigOutDir(t *testing.T) {
	for _, tt := range []struct{ tsconfig, want string }{
		{`{"compilerOptions": {"outDir": "dist"}}`, "dist"},
		{"{\n  // where tsc writes\n  \"compilerOptions\": {\n    \"outDir\": \"./build\", /* the output */\n  },\n}\n", "build"},
		{`{"compilerOptions": {"outDir": "a//b/"}}`, "a/b"},
		{`{"compilerOptions": {"rootDir": "src"}}`, ""},
		{`{"compilerOptions": {"outDir": "."}}`, ""},
		{`{"compilerOptions": {"outDir": "/abs"}}`, ""},
		{`{"extends": "./base.json", "compilerOptions": {"paths": {"@/*": ["src/*"]}, "outDir": "out"}}`, "out"},
		{`not json`, ""},
	} {
		got, err := tsOutDir(tree("tsconfig.json", tt.tsconfig))
		if err != nil || got != tt.want {
			t.Errorf("tsOutDir(%q) = %q, %v; want %q", tt.tsconfig, got, err, tt.want)
		}
	}
	if got, err := tsOutDir(tree()); got != "" || err != nil {
		t.Errorf("tsOutDir without tsconfig.json = %q, %v", got, err)
	}
}

func TestStripJSONC(t *testing.T) {
	in := "{\n  \"a\": \"// not a comment\", // a comment\n  \"b\": \"/* nor this */\", /* but this */\n  \"c\": [1, 2,],\n  \"d\": \"quote \\\" // still a string\",\n}\n"
	var got map[string]any
	if err := json.Unmarshal(stripJSONC([]byte(in)), &got); err != nil {
		t.Fatalf("stripJSONC output is not JSON: %v\n%s", err, stripJSONC([]byte(in)))
	}
	want := map[string]any{"a": "// not a comment", "b": "/* nor this */", "c": []any{1.0, 2.0}, "d": "quote \" // still a string"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stripJSONC decoded to %v, want %v", got, want)
	}
}

func TestPlanIsDeterministic(t *testing.T) {
	toml := "[build]\nenv = { B = \"2\", A = \"1\", C = \"3\" }\n[runtime]\nenv = { Z = \"1\", A = \"2\" }\n"
	fsys := app(`{"scripts": {"build": "tsc", "start": "node dist/server.js"}, "dependencies": {"a": "1"}, "workspaces": ["b/*", "a/*"]}`,
		"package-lock.json", npmLock(false), ".npmrc", "x", "tsconfig.json", `{"compilerOptions": {"outDir": "dist"}}`)
	first := planFor(t, toml, fsys, arm64)
	for i := 0; i < 5; i++ {
		if again := planFor(t, toml, fsys, arm64); !reflect.DeepEqual(first, again) {
			t.Fatalf("two plans of the same input differ:\n%s\n---\n%s", mustJSON(t, first), mustJSON(t, again))
		}
	}
}

// Every plan of the cases above passes plan.Validate (planFor checks);
// these are the combinations of package manager, build, dependencies and
// platform, once more, on every platform.
func TestEveryPlanValidates(t *testing.T) {
	apps := map[string]map[string]string{
		"npm, build, deps": {"package.json": withBuild(""), "package-lock.json": npmLock(true)},
		"npm, nothing":     {"package.json": `{}`},
		"pnpm, build":      {"package.json": withBuild(`, "packageManager": "pnpm@10.34.9"`), "pnpm-lock.yaml": "lockfileVersion: '9.0'\n"},
		"yarn classic":     {"package.json": `{"dependencies": {"a": "1"}}`, "yarn.lock": "# yarn lockfile v1\n"},
		"yarn berry":       {"package.json": withBuild(`, "packageManager": "yarn@4.9.2"`), "yarn.lock": "__metadata:\n", ".yarnrc.yml": "nodeLinker: node-modules\n"},
	}
	for name, files := range apps {
		for _, target := range []string{amd64, arm64, "linux/arm/v7", "linux/s390x"} {
			for _, toml := range []string{``, "[runtime]\nbase = \"distroless\"\nfiles = [\"public\"]\n", "[build]\nversion = \"22\"\n"} {
				fsys := tree("server.js", "")
				for f, data := range files {
					fsys = with(fsys, f, data)
				}
				p := planFor(t, toml, fsys, target)
				if len(p.Stages) > 0 && p.Stages[0].From.Kind != plan.RefImage {
					t.Errorf("%s for %s: the first stage starts from %s", name, target, p.Stages[0].From)
				}
			}
		}
	}
}

// With no lockfile nothing says whether a package has an install script,
// so a cross-platform install runs on the target.
func TestProdDepsPlatformWithoutLockfile(t *testing.T) {
	p := planFor(t, "", app(`{"dependencies": {"bcrypt": "5"}, "scripts": {"start": "node server.js"}}`, "server.js", ""), arm64)
	if st := stage(t, p, "prod-deps"); st.Platform != plan.TargetPlatform {
		t.Errorf("prod-deps platform = %q, want the target", st.Platform)
	}
}
