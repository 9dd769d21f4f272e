package golang

import (
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// Preset is the Go preset: a stripped static binary on scratch.
var Preset = &preset.Preset{
	Name:    "go",
	Aliases: []string{"golang"},
	Detect:  []string{"go.mod"},
	Check:   func(s *spec.Spec) error { _, err := readOptions(s); return err },
	Facts:   factPatterns,
	Plan:    planGo,
	ReservedEnv: map[string]string{
		"CGO_ENABLED": "use [go] static = false for a cgo build on glibc",
		"GOOS":        "use --platform, such as --platform linux/arm64",
		"GOARCH":      "use --platform, such as --platform linux/arm64",
		"GOARM":       "use --platform with a variant, such as --platform linux/arm/v7",
		"GOAMD64":     "use --platform with a variant, such as --platform linux/amd64/v3",
		"GOTOOLCHAIN": "use [build] version to pick the Go release; the builder image is that toolchain, and none is downloaded",
		"GOFLAGS":     "use [go] flags, ldflags and tags, which the plan shows",
		"GOCACHE":     "the preset keeps the build cache on a cache mount; remove the key",
		"GOMODCACHE":  "the preset keeps the module cache on a cache mount; remove the key",
	},
}

// Where the Go preset puts things inside the builder.
const (
	goSrc      = "/src"
	goOut      = "/out"
	goModCache = "/go/pkg/mod"
	goCache    = "/root/.cache/go-build"
	// goSharedCache is where the packages step mounts the go-build cache
	// that every app shares, read through by slimgocache.
	goSharedCache = "/root/.cache/go-build-shared"
)

// goFacts are what the Go preset reads from the source tree.
type goFacts struct {
	module    string   // module path from go.mod
	version   string   // Go version for the builder image
	manifests []string // dependency manifests: go.mod, go.sum, go.work, ...
	vendored  bool     // vendor/modules.txt exists
	// locals are the modules whose source is in the context: the main
	// module, go.work's, local replacements. Their packages are the app's.
	locals []moduleDir
	// versionWhy says where version came from, for the plan's notes.
	versionWhy string
	warnings   []plan.Warning
}

// factPatterns are the files planGo reads: the module and workspace
// manifests, the vendor list, and the .go files of the app's packages
// that the main package imports, which each round of reading (known)
// finds more of.
func factPatterns(s *spec.Spec, known fs.FS) []string {
	out := []string{
		"go.mod", "go.sum", "go.work", "go.work.sum", "**/go.mod", "**/go.sum",
		"vendor/modules.txt",
	}
	dirs := []string{mainDir(s)}
	if facts, err := readGoFacts(known, s); err == nil {
		_, dirs = mainImports(known, mainDir(s), facts.locals)
	}
	for _, d := range dirs {
		out = append(out, path.Join(d, "*.go"))
	}
	return out
}

// mainDir is the directory of the main package: the entrypoint, or the
// module root.
func mainDir(s *spec.Spec) string {
	if s.Entrypoint == "" {
		return "."
	}
	return s.Entrypoint
}

// planGo plans a Go build: facts from go.mod, then the stages (modules
// downloaded in a stage that sees only the manifests, a stripped static
// cross-compile with the source mounted, not copied), then a scratch
// image holding the binary.
func planGo(in preset.Input) (*plan.Plan, error) {
	s := in.Spec
	opts, err := readOptions(s)
	if err != nil {
		return nil, err
	}
	facts, err := readGoFacts(in.Source, s)
	if err != nil {
		return nil, err
	}
	if err := checkMainPackage(in.Source, s); err != nil {
		return nil, err
	}
	name := s.Name
	if name == "" {
		name = defaultGoName(mainDir(s), facts.module)
	}
	env, err := goBuildEnv(s, opts, in.Platform, in.BuildPlatform)
	if err != nil {
		return nil, err
	}
	image, err := preset.FinalImage(s, preset.Runtime{
		Base:       runtimeBase(opts),
		Distroless: distroless(opts),
		NoZoneinfo: opts.EmbedTzdata,
		Layers: []plan.Layer{{Name: "app", Copies: []plan.Copy{{
			From: plan.StageRef("build"), Src: goOut, Paths: []string{name}, Dest: s.Runtime.Workdir, Source: "entrypoint",
		}}}},
		Entrypoint: []string{path.Join(s.Runtime.Workdir, name)},
		Title:      name,
		Labels:     sourceLabel(facts.module),
	})
	if err != nil {
		return nil, err
	}
	return preset.Finish(&plan.Plan{
		Stages:   goStages(in.Source, in.Self, s, opts, facts, name, env),
		Image:    image,
		Notes:    []string{"builder " + golangImage(facts.version) + ": " + facts.versionWhy},
		Warnings: append(facts.warnings, preset.RuntimeWarnings(s)...),
	})
}

// goStages are the deps stage (unless the modules are vendored), the
// packages stage (when the app imports any package) and the build stage.
//
// Everything the build needs but the app's own source lives in layers,
// not only in cache mounts, so that a registry cache (`--cache-to
// type=registry,mode=max`) carries it to a daemon that never built the
// app: deps holds the modules, packages the compiled packages the app
// imports. The build step's GOCACHE is a cache mount seeded from
// packages, so on one daemon it stays warm across edits.
func goStages(fsys fs.FS, self string, s *spec.Spec, opts options, facts *goFacts, name string, env []string) []plan.Stage {
	builder := plan.ImageRef(golangImage(facts.version))
	toolEnv := []string{"GOCACHE=" + goCache, "GOMODCACHE=" + goModCache, "GOTOOLCHAIN=local"}

	var stages []plan.Stage
	from := builder
	modFlag := "-mod=readonly"
	var inputs plan.Inputs
	if facts.vendored {
		modFlag = "-mod=vendor"
		inputs = plan.Inputs{Paths: append(append([]string(nil), facts.manifests...), "vendor/**")}
	} else {
		stages = append(stages, depsStage(s, builder, toolEnv, facts.manifests))
		from = plan.StageRef("deps")
	}

	tags := append([]string(nil), opts.Tags...)
	if opts.EmbedTzdata {
		tags = append(tags, "timetzdata") // Go embeds time/tzdata with this tag
	}
	sort.Strings(tags)
	// Flags that change what the compiler makes of a package, which
	// `go list -export` and `go build` must agree on for the build to
	// find the packages compiled.
	var compile []string
	if len(tags) > 0 {
		compile = append(compile, "-tags="+strings.Join(tags, ","))
	}
	compile = append(compile, opts.Flags...)
	buildEnv := plan.Env(plan.EnvMap(toolEnv, env))

	goBuildCache := plan.Mount{Target: goCache, Type: plan.MountCache, CacheID: "go-build"}
	if imports, _ := mainImports(fsys, mainDir(s), facts.locals); len(imports) > 0 {
		args := append([]string{"go", "list", "-e", "-export", "-trimpath", modFlag}, compile...)
		// Name what is skipped (a package for another GOOS), print
		// nothing for what compiled.
		args = append(args, "-f", "{{if .Error}}skipped {{.ImportPath}}: {{.Error}}{{end}}")
		var mounts []plan.Mount
		if self != "" {
			// Through slimgocache, the packages compiled for any app
			// before (the go-build cache mount) are copied into the
			// layer instead of compiled again: a go.mod edit
			// recompiles only what changed, as with cache mounts alone.
			args = append([]string{"env", "GOCACHEPROG=" + path.Join(preset.SelfToolsDir, "slimgocache") + " " + goCache + " " + goSharedCache}, args...)
			mounts = []plan.Mount{
				{Target: goSharedCache, Type: plan.MountCache, CacheID: "go-build"},
				preset.SelfTools(self),
			}
		}
		stages = append(stages, plan.Stage{
			Name:    "packages",
			From:    from,
			Workdir: goSrc,
			Env:     buildEnv,
			Inputs:  inputs,
			Runs: []plan.Run{{
				Name:   fmt.Sprintf("compile the %d packages the app imports", len(imports)),
				Args:   append(args, imports...),
				Mounts: mounts,
				Source: "entrypoint",
			}},
		})
		// The build stays on deps: were its root the packages stage
		// too, BuildKit would key the step by a content hash of that
		// whole root (the builder image included), since the seeded
		// cache mount selects part of it, seconds per new seed.
		goBuildCache.From, goBuildCache.Source = "packages", goCache
	}

	ldflags := "-s -w"
	if opts.Ldflags != "" {
		ldflags += " " + opts.Ldflags
	}
	pkg := "./" + mainDir(s)
	if pkg == "./." {
		pkg = "."
	}
	args := append([]string{"go", "build", "-trimpath", "-buildvcs=false", modFlag, "-ldflags=" + ldflags}, compile...)
	args = append(args, "-o", path.Join(goOut, name), pkg)

	return append(stages, plan.Stage{
		Name:    "build",
		From:    from,
		Workdir: goSrc,
		Env:     buildEnv,
		Runs: []plan.Run{{
			Name: "go build " + pkg,
			Args: args,
			Mounts: []plan.Mount{
				{Target: goOut, Type: plan.MountOutput},
				goBuildCache,
				{Target: goSrc, Type: plan.MountContext},
			},
			Source: "entrypoint",
		}},
	})
}

// depsStage downloads the modules, seeing only the manifests. The first
// download fills the go-mod cache mount, which every app shares and which
// fetches only what it lacks; the second copies the build's modules from
// it into the layer (GOMODCACHE), offline, as a module proxy on disk.
func depsStage(s *spec.Spec, builder plan.Ref, toolEnv, manifests []string) plan.Stage {
	const shared = "/root/.cache/go-mod"
	modCache := plan.Mount{Target: shared, Type: plan.MountCache, CacheID: "go-mod"}
	return plan.Stage{
		Name:    "deps",
		From:    builder,
		Workdir: goSrc,
		// [build] env reaches the download too: GOPROXY, GOPRIVATE.
		Env:    plan.Env(plan.EnvMap(toolEnv, plan.Env(s.Build.Env))),
		Inputs: plan.Inputs{Paths: manifests},
		Runs: []plan.Run{{
			Name: "go mod download",
			// -x lists each module fetched: none when the cache mount
			// already holds them.
			Args: []string{"env", "GOMODCACHE=" + shared, "go", "mod", "download", "-x"},
			// Private modules: credentials for GOPROXY or the
			// repositories behind GOPRIVATE.
			Mounts: []plan.Mount{modCache, preset.NetrcSecret()},
			Source: "language",
		}, {
			Name: "copy the modules into the layer",
			// GOPRIVATE and its kin are emptied so that no module
			// bypasses the proxy on disk; go.sum still checks every one.
			Args: []string{"env", "GOPROXY=file://" + shared + "/cache/download", "GOSUMDB=off",
				"GOPRIVATE=", "GONOPROXY=", "GONOSUMDB=", "go", "mod", "download"},
			Mounts: []plan.Mount{modCache},
			Source: "language",
		}},
	}
}

// runtimeBase is scratch for a static binary, distroless base for cgo.
func runtimeBase(o options) plan.Ref {
	if o.Static {
		return plan.Scratch
	}
	return plan.ImageRef(preset.DistrolessBase)
}

// distroless is the distroless image `[runtime] base = "distroless"` means.
func distroless(o options) string {
	if o.Static {
		return preset.DistrolessStatic
	}
	return preset.DistrolessBase
}

// readGoFacts reads go.mod (and go.work when present) for the module path,
// the Go version and the dependency manifests.
func readGoFacts(fsys fs.FS, s *spec.Spec) (*goFacts, error) {
	data, err := preset.ReadOptional(fsys, "go.mod")
	if err != nil {
		return nil, err
	}
	if data == nil {
		return nil, s.Errorf("language", "no go.mod at the root of the build context; run `go mod init <module>` there, or point the build at the module's directory")
	}
	mf, err := modfile.ParseLax("go.mod", data, nil)
	if err != nil {
		return nil, parseError("go.mod", err)
	}
	f := &goFacts{manifests: []string{"go.mod"}}
	if f.module, err = modulePath(mf); err != nil {
		return nil, err
	}
	f.addModules(fsys, []moduleDir{{path: f.module, dir: "."}})
	replaced, err := localReplaceDirs("go.mod", mf.Syntax)
	if err != nil {
		return nil, err
	}
	f.addModules(fsys, replaced)
	// The newest of go.mod's and go.work's go and toolchain lines: the
	// builder runs with GOTOOLCHAIN=local, so an older one cannot build.
	versions := directives(mf.Syntax, "go", "toolchain")
	if len(mf.Require) > 0 && !preset.Exists(fsys, "go.sum") {
		f.warnings = append(f.warnings, plan.Warning{Rule: plan.RuleNoLockfile, Source: "language",
			Msg: "go.mod requires modules but the context has no go.sum, so the build cannot verify them and will fail; run `go mod tidy` and commit go.sum"})
	}
	for _, m := range []string{"go.sum", "go.work", "go.work.sum"} {
		if preset.Exists(fsys, m) {
			f.manifests = append(f.manifests, m)
		}
	}
	if work, err := preset.ReadOptional(fsys, "go.work"); err != nil {
		return nil, err
	} else if work != nil {
		wf, err := modfile.ParseWork("go.work", work, nil)
		if err != nil {
			return nil, parseError("go.work", err)
		}
		versions = append(versions, directives(wf.Syntax, "go", "toolchain")...)
		used, err := useDirs(fsys, wf)
		if err != nil {
			return nil, err
		}
		replaced, err := localReplaceDirs("go.work", wf.Syntax)
		if err != nil {
			return nil, err
		}
		f.addModules(fsys, append(used, replaced...))
	}
	sort.Strings(f.manifests)
	f.manifests = slices.Compact(f.manifests)
	f.vendored = preset.Exists(fsys, "vendor/modules.txt")
	switch {
	case s.Build.Version != "":
		tag, _, err := builderVersion(s.Build.Version, true)
		if err != nil {
			return nil, s.Errorf("build.version", "[build] version: %v", err)
		}
		f.version, f.versionWhy = tag, "[build] version"
	case len(versions) > 0:
		for _, v := range versions {
			if !goVersionRE.MatchString(v) {
				return nil, s.Errorf("language", "go.mod or go.work: %q in a go or toolchain line is not a Go version such as 1.26 or 1.26.8", v)
			}
		}
		tag, why, err := builderVersion(newestGo(versions), false)
		if err != nil {
			return nil, s.Errorf("language", "go.mod: %v", err)
		}
		f.version, f.versionWhy = tag, why
	default:
		return nil, s.Errorf("build.version", "go.mod has no `go` line, so the Go version is unknown; add one (`go mod edit -go=1.26`) or set [build] version = \"1.26\"")
	}
	return f, nil
}

// directives returns the arguments of the named one-argument directives
// of a go.mod or go.work file, without a "go" prefix ("go1.26.1" →
// "1.26.1"). The syntax tree is read because modfile.ParseLax, right for
// a file that may use newer directives, drops toolchain lines.
func directives(f *modfile.FileSyntax, verbs ...string) []string {
	var out []string
	for _, st := range f.Stmt {
		l, ok := st.(*modfile.Line)
		if !ok || len(l.Token) != 2 {
			continue
		}
		for _, v := range verbs {
			if l.Token[0] == v {
				out = append(out, strings.TrimPrefix(l.Token[1], "go"))
			}
		}
	}
	return out
}

// newestGo returns the highest Go version ("1.26.1" > "1.26" > "1.25.9").
func newestGo(versions []string) string {
	best := versions[0]
	for _, v := range versions[1:] {
		if goVersionLess(best, v) {
			best = v
		}
	}
	return best
}

// goVersionLess compares dotted Go versions numerically; a release
// candidate suffix ("1.27rc1") sorts before the release.
func goVersionLess(a, b string) bool {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < max(len(pa), len(pb)); i++ {
		na, ra := versionPart(pa, i)
		nb, rb := versionPart(pb, i)
		if na != nb {
			return na < nb
		}
		if ra != rb {
			return ra != "" && (rb == "" || ra < rb)
		}
	}
	return false
}

// versionPart splits element i of a version into its number and any
// pre-release suffix; missing elements are 0.
func versionPart(parts []string, i int) (int, string) {
	if i >= len(parts) {
		return 0, ""
	}
	p := parts[i]
	j := 0
	for j < len(p) && p[j] >= '0' && p[j] <= '9' {
		j++
	}
	n, _ := strconv.Atoi(p[:j])
	return n, p[j:]
}

// sourceLabel derives org.opencontainers.image.source from a module path
// on a well-known code host (github.com/acme/api/v2 → https://github.com/acme/api).
func sourceLabel(module string) map[string]string {
	parts := strings.Split(module, "/")
	switch {
	case len(parts) < 3:
		return nil
	// Hosts whose repositories are always owner/name (not GitLab: nested groups).
	case parts[0] == "github.com", parts[0] == "bitbucket.org", parts[0] == "codeberg.org":
		return map[string]string{"org.opencontainers.image.source": "https://" + strings.Join(parts[:3], "/")}
	}
	return nil
}

// checkMainPackage makes sure the entrypoint is a directory holding a Go
// main package, so a typo fails at app.toml's line, not deep in go build.
func checkMainPackage(fsys fs.FS, s *spec.Spec) error {
	dir := mainDir(s)
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return s.Errorf("entrypoint", "entrypoint %q is not a directory in the build context; set it to the directory of your main package, e.g. \"./cmd/server\"", display(dir))
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		src, err := fs.ReadFile(fsys, path.Join(dir, n))
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, n, src, parser.PackageClauseOnly)
		if err == nil && f.Name.Name == "main" {
			return nil
		}
	}
	return s.Errorf("entrypoint", "no Go main package in %q: no .go file there says `package main`; set entrypoint to the directory of your main package", display(dir))
}

func display(dir string) string {
	if dir == "." {
		return "."
	}
	return "./" + dir
}

// defaultGoName names the binary after the entrypoint directory, or the
// module's last path element when the entrypoint is the module root.
func defaultGoName(entrypoint, module string) string {
	if entrypoint != "." && entrypoint != "" {
		return path.Base(entrypoint)
	}
	if module != "" {
		base := path.Base(module)
		// A major-version suffix (example.com/app/v2) is not a name.
		if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
			base = path.Base(path.Dir(module))
		}
		if safeFileName(base) {
			return base
		}
	}
	return "app"
}

// goBuildEnv is the environment of `go build`: cgo off for static builds,
// and GOOS/GOARCH (plus GOARM or GOAMD64) for the target, so the builder
// runs natively on the build platform and cross-compiles.
func goBuildEnv(s *spec.Spec, o options, target, build string) ([]string, error) {
	_, arch, variant := preset.SplitPlatform(target)
	cgo := "0"
	if !o.Static {
		cgo = "1"
		if !preset.SameArch(target, build) {
			return nil, s.Errorf("go.static", "static = false builds with cgo, which cannot cross-compile from %s to %s; build %s with static = true, or drop it from --platform", build, target, target)
		}
	}
	// The OS and architecture as placeholders, so that an ejected
	// Dockerfile builds for any --platform; a variant stays literal.
	env := []string{"CGO_ENABLED=" + cgo, "GOOS=" + plan.TargetOS, "GOARCH=" + plan.TargetArch}
	switch {
	case arch == "arm" && variant != "":
		env = append(env, "GOARM="+strings.TrimPrefix(variant, "v"))
	case arch == "amd64" && variant != "":
		env = append(env, "GOAMD64="+variant)
	}
	for k, v := range s.Build.Env {
		env = append(env, k+"="+v)
	}
	return env, nil
}
