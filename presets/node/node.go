// Package node is the Node.js preset: dependencies installed from the
// manifests alone with the app's package manager, an optional build
// script, production dependencies in a layer of their own, and the app on
// a distroless nodejs runtime with node as PID 1.
package node

import (
	"io/fs"
	"maps"
	"path"
	"sort"
	"strings"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// Preset is the Node.js preset.
var Preset = &preset.Preset{
	Name:        "node",
	Aliases:     []string{"nodejs", "javascript", "typescript", "js", "ts"},
	Detect:      []string{"package.json"},
	Match:       isNodeApp,
	Check:       func(s *spec.Spec) error { _, err := readOptions(s); return err },
	Facts:       factPatterns,
	Plan:        planNode,
	ReservedEnv: nodeReservedEnv,
}

// nodeReservedEnv are the variables the Node build sets, shared with the
// static preset, which builds sites with it.
var nodeReservedEnv = map[string]string{
	"NODE_ENV":         "the preset installs dev dependencies to build and runs the app with NODE_ENV=production; set [runtime] env for the app's own",
	"NPM_CONFIG_CACHE": "the preset keeps npm's cache on a cache mount; remove the key",
	"npm_config_cache": "the preset keeps npm's cache on a cache mount; remove the key",
}

// ReservedEnv are the build environment variables the Node build sets;
// see preset.Preset.ReservedEnv.
func ReservedEnv() map[string]string { return maps.Clone(nodeReservedEnv) }

// isNodeApp reports a package.json that is not a static site's: those
// are the static preset's.
func isNodeApp(src fs.FS) (bool, error) {
	if !preset.Exists(src, "package.json") {
		return false, nil
	}
	_, site, err := Site(src)
	return !site, err
}

// appDir is where the builder stages work.
const appDir = "/app"

// sourceExcludes are left out of the source a build stage copies: the
// user's own node_modules would shadow the installed ones.
var sourceExcludes = []string{".git", "**/node_modules", "node_modules"}

// appExcludes are left out of the app layer when there is no build step:
// tests, dotfiles (.env among them) and development configuration.
var appExcludes = []string{
	"**/*.spec.*", "**/*.test.*", "**/.*", "**/__tests__", "**/node_modules",
	".*", "*.Dockerfile", "*.md", "Dockerfile", "__tests__", "compose*.y*ml", "coverage",
	"docker-compose*.y*ml", "eslint.config.*", "jest.config.*", "node_modules", "test", "tests",
	"tsconfig*.json", "vitest.config.*",
}

// planNode plans a Node app: facts from package.json and the lockfile,
// then the stages, then a distroless nodejs image.
func planNode(in preset.Input) (*plan.Plan, error) {
	s := in.Spec
	f, err := readFacts(in.Source, s)
	if err != nil {
		return nil, err
	}
	opts, err := readOptions(s)
	if err != nil {
		return nil, err
	}
	if err := opts.checkScript(s, &f.pkg, "node.build"); err != nil {
		return nil, err
	}
	ver, err := pickVersion(in.Source, s, &f.pkg, true)
	if err != nil {
		return nil, err
	}
	script := opts.buildScript(&f.pkg)
	if len(opts.Output) > 0 && script == "" {
		return nil, s.Errorf("node.output", "node.output names what a build makes, but this app has no build script; remove it, or add a build script to package.json")
	}
	ent, err := pickEntry(in.Source, s, &f.pkg, script != "")
	if err != nil {
		return nil, staticSiteHint(err, &f.pkg)
	}
	b := &nodeBuild{s: s, in: in, f: f, ver: ver, script: script, scriptKey: "node.build"}
	stages := b.stages()
	image, err := preset.FinalImage(s, b.runtime(opts, ent))
	if err != nil {
		return nil, err
	}
	notes := append([]string{"builder " + builderImage(ver.rel, ver.tag) + ": Node from " + ver.why, "entry " + ent.file + ": " + ent.why}, f.notes...)
	notes = append(notes, b.notes...)
	return preset.Finish(&plan.Plan{
		Stages:   stages,
		Image:    image,
		Notes:    notes,
		Warnings: append(f.warnings, preset.RuntimeWarnings(s)...),
	})
}

// nodeBuild carries what the stages of one plan are made from.
type nodeBuild struct {
	s      *spec.Spec
	in     preset.Input
	f      *facts
	ver    nodeVersion
	script string
	// scriptKey is the app.toml key that may name the script.
	scriptKey string
	notes     []string
}

// hasDeps says package.json names runtime dependencies, so the image
// gets a node_modules layer.
func (b *nodeBuild) hasDeps() bool {
	return len(b.f.pkg.Dependencies) > 0 || len(b.f.pkg.OptionalDeps) > 0 || b.f.workspaces
}

// stages are deps and build (when there is a build script) and prod-deps
// (when there are dependencies).
func (b *nodeBuild) stages() []plan.Stage {
	var stages []plan.Stage
	if b.script != "" {
		stages = b.buildStages()
	}
	if b.hasDeps() {
		platform, extra := b.prodPlatform()
		stages = append(stages, b.installStage("prod-deps", b.builder(), true, platform, extra))
	}
	return stages
}

// builder is the Node builder image.
func (b *nodeBuild) builder() plan.Ref { return plan.ImageRef(builderImage(b.ver.rel, b.ver.tag)) }

// buildStages are deps (every dependency, from the manifests alone) and
// build (the source on top, then the build script).
func (b *nodeBuild) buildStages() []plan.Stage {
	source := "language"
	if b.s.Range(b.scriptKey) != (spec.Range{}) {
		source = b.scriptKey
	}
	return []plan.Stage{
		b.installStage("deps", b.builder(), false, plan.BuildPlatform, nil),
		{
			Name:    "build",
			From:    plan.StageRef("deps"),
			Workdir: appDir,
			Env:     []string{"NODE_ENV=production"},
			Inputs:  plan.Inputs{All: true, Exclude: sourceExcludes},
			Runs:    []plan.Run{{Name: strings.Join(b.f.pm.run(b.script), " "), Args: b.f.pm.run(b.script), Source: source}},
		},
	}
}

// installStage installs dependencies (all, or production only) from the
// manifests alone, with the package manager's cache mounted and the
// npmrc secret, when given, as the user's ~/.npmrc.
func (b *nodeBuild) installStage(name string, from plan.Ref, prod bool, platform plan.Platform, extra []string) plan.Stage {
	pm := b.f.pm
	mounts := []plan.Mount{pm.cache(), {Target: npmrcSecret, Type: plan.MountSecret, SecretID: "npmrc"}}
	var runs []plan.Run
	env := map[string]string{"NPM_CONFIG_UPDATE_NOTIFIER": "false"}
	if pm.name != "npm" {
		env["COREPACK_ENABLE_DOWNLOAD_PROMPT"] = "0"
		if !b.ver.rel.corepack {
			args := []string{"npm", "install", "--global", "--no-audit", "--no-fund", "corepack@" + corepackVersion}
			runs = append(runs, plan.Run{Name: "install corepack " + corepackVersion, Args: args,
				Mounts: []plan.Mount{{Target: npmCache, Type: plan.MountCache, CacheID: "npm"}, mounts[1]}, Source: "language"})
		}
	}
	for k, v := range b.s.Build.Env {
		env[k] = v
	}
	args := pm.install(prod, extra)
	runs = append(runs, plan.Run{Name: strings.Join(args, " "), Args: args, Mounts: mounts, Source: "language"})
	return plan.Stage{
		Name:     name,
		From:     from,
		Platform: platform,
		Workdir:  appDir,
		Env:      plan.Env(env),
		Inputs:   plan.Inputs{Paths: b.f.manifests},
		Runs:     runs,
	}
}

// nodeArch maps GOARCH names to Node's process.arch.
var nodeArch = map[string]string{"amd64": "x64", "386": "ia32", "arm64": "arm64", "arm": "arm", "ppc64le": "ppc64", "s390x": "s390x", "riscv64": "riscv64"}

// prodPlatform decides where production dependencies install. They are
// for the target: npm can fetch another platform's prebuilt packages
// (--cpu/--os) from the build platform, but a package with an install
// script builds for the machine it runs on, and pnpm and yarn cannot be
// told another platform, so those install on the target platform, under
// emulation when it differs.
func (b *nodeBuild) prodPlatform() (plan.Platform, []string) {
	if preset.SameArch(b.in.Platform, b.in.BuildPlatform) {
		return plan.BuildPlatform, nil
	}
	_, arch, _ := preset.SplitPlatform(b.in.Platform)
	if b.f.pm.name == "npm" && b.f.pm.lockfile != "" && !b.f.nativeProd && nodeArch[arch] != "" {
		return plan.BuildPlatform, []string{"--cpu=" + nodeArch[arch], "--os=linux"}
	}
	why := "a production dependency has an install script, or no lockfile says whether one has"
	switch {
	case b.f.pm.name != "npm":
		why = b.f.pm.name + " cannot install for another platform"
	case nodeArch[arch] == "":
		why = "npm has no name for the architecture " + arch
	}
	b.notes = append(b.notes, "prod-deps runs on "+b.in.Platform+" (emulated on this builder) because "+why)
	return plan.TargetPlatform, nil
}

// runtime describes the final image: production node_modules, then the
// app, on distroless nodejs, running node on the entry file.
func (b *nodeBuild) runtime(o options, ent entry) preset.Runtime {
	wd := b.s.Runtime.Workdir
	var layers []plan.Layer
	if b.hasDeps() {
		layers = append(layers, plan.Layer{Name: "node_modules", Copies: []plan.Copy{{
			From: plan.StageRef("prod-deps"), Src: appDir, Paths: []string{"node_modules"}, Dest: wd, Source: "language",
		}}})
	}
	app := plan.Copy{From: plan.Context, Src: "/", Paths: []string{"."}, Dest: wd, Exclude: b.excludes(), Source: "entrypoint"}
	if b.script != "" {
		app = plan.Copy{From: plan.StageRef("build"), Src: appDir, Paths: []string{"."}, Dest: wd, Exclude: b.excludes(), Source: "entrypoint"}
		if outs := outputs(o, b.f, ent); len(outs) > 0 {
			app = plan.Copy{From: plan.StageRef("build"), Src: appDir, Paths: append([]string{"package.json"}, outs...), Dest: wd, Source: "entrypoint"}
		}
	}
	layers = append(layers, plan.Layer{Name: "app", Copies: []plan.Copy{app}})

	base := runtimeImage(b.ver.rel)
	nodeBin := distrolessNodeBin
	if rb := b.s.Runtime.Base; rb != "" && rb != "distroless" && rb != "scratch" {
		nodeBin = "node" // another image: node is wherever its PATH says
	}
	cmd := append(append([]string{nodeBin}, ent.flags...), path.Join(wd, ent.file))
	return preset.Runtime{
		Base:       plan.ImageRef(base),
		Distroless: base,
		Layers:     layers,
		Entrypoint: append(cmd, ent.args...),
		Title:      title(b.s, &b.f.pkg),
		Env:        map[string]string{"NODE_ENV": "production"},
	}
}

// excludes are appExcludes plus the app.toml itself.
func (b *nodeBuild) excludes() []string {
	out := append([]string{path.Base(b.s.File)}, appExcludes...)
	sort.Strings(out)
	return out
}

// outputs are the build's paths the image ships: [node] output, else
// tsconfig.json's outDir, else the entry's top directory; always with
// the entry's own top path, so the entry cannot be left behind.
func outputs(o options, f *facts, ent entry) []string {
	outs := o.Output
	if len(outs) == 0 && f.outDir != "" {
		outs = []string{f.outDir}
	}
	if len(outs) == 0 {
		// Nothing says what the build made: ship the whole built tree
		// (less the excludes) rather than guess and lose public/ or views/.
		return nil
	}
	top, _, _ := strings.Cut(ent.file, "/")
	covered := false
	for _, out := range outs {
		covered = covered || ent.file == out || strings.HasPrefix(ent.file, out+"/")
	}
	if !covered {
		outs = append(outs, top)
	}
	sort.Strings(outs)
	return outs
}

// title is the image title: name, else package.json's name without its
// scope.
func title(s *spec.Spec, pkg *packageJSON) string {
	if s.Name != "" {
		return s.Name
	}
	if n := pkg.Name; n != "" {
		return path.Base(n)
	}
	return "app"
}

// staticSiteHint explains a missing entry when the app looks like a
// static site, which the static preset serves without Node.
func staticSiteHint(err error, pkg *packageJSON) error {
	se, ok := err.(*spec.Error)
	if !ok {
		return err
	}
	for _, t := range siteTools {
		_, dep := pkg.Dependencies[t.pkg]
		_, dev := pkg.DevDependencies[t.pkg]
		if dep || dev {
			hint := *se
			hint.Msg += "; this looks like a static site built with " + t.pkg +
				", which needs no Node at run time: language = \"static\" builds it and serves the files"
			return &hint
		}
	}
	return err
}
