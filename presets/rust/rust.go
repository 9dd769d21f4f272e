// Package rust is the Rust preset: cargo build --release --locked of one
// binary, with the registry, git checkouts and target directory in cache
// mounts (so a source edit recompiles only the app's own crates), release
// profile defaults for small binaries, and the binary alone on distroless
// cc (glibc) or, static, on scratch.
package rust

import (
	"path"
	"strconv"
	"strings"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// Preset is the Rust preset.
var Preset = &preset.Preset{
	Name:    "rust",
	Aliases: []string{"rs", "cargo"},
	Detect:  []string{"Cargo.toml"},
	Check:   func(s *spec.Spec) error { _, err := readOptions(s); return err },
	Facts:   factPatterns,
	Plan:    planRust,
	ReservedEnv: map[string]string{
		"CARGO_HOME":                          "the preset keeps the registry on a cache mount; remove the key",
		"CARGO_TARGET_DIR":                    "the preset keeps the target directory on a cache mount; remove the key",
		"CARGO_BUILD_TARGET":                  "use --platform, such as --platform linux/arm64",
		"CARGO_PROFILE_RELEASE_STRIP":         "use [rust] strip",
		"CARGO_PROFILE_RELEASE_LTO":           "use [rust] lto",
		"CARGO_PROFILE_RELEASE_CODEGEN_UNITS": "use [rust] codegen_units",
	},
}

// planRust plans a Rust app.
func planRust(in preset.Input) (*plan.Plan, error) {
	s := in.Spec
	o, err := readOptions(s)
	if err != nil {
		return nil, err
	}
	pkgs, err := readPackages(in.Source, s)
	if err != nil {
		return nil, err
	}
	bin, err := pickBinary(s, pkgs)
	if err != nil {
		return nil, err
	}
	if !preset.Exists(in.Source, "Cargo.lock") {
		return nil, s.Errorf("language", "the build context has no Cargo.lock, and slimfront builds with --locked so that every build gets the same dependencies; run `cargo generate-lockfile` and commit Cargo.lock")
	}
	version, why, err := pickVersion(in.Source, s)
	if err != nil {
		return nil, err
	}
	if !preset.SameArch(in.Platform, in.BuildPlatform) {
		return nil, s.Errorf("language", "building Rust for %s on a %s builder needs that target's standard library (`rustup target add`) and a cross linker, which slimfront does not install yet, and it will not emulate the whole build silently; build %s on a %s builder, or leave it out of --platform", in.Platform, in.BuildPlatform, in.Platform, in.Platform)
	}
	triple := targets[in.Platform]
	if triple == "" {
		return nil, s.Errorf("language", "slimfront has no Rust target for the platform %s", in.Platform)
	}
	vendor, err := vendorDirs(in.Source)
	if err != nil {
		return nil, err
	}
	b := &rustBuild{s: s, o: o, bin: bin, triple: triple, image: builderImage(version), vendor: vendor}
	image, err := preset.FinalImage(s, b.runtime())
	if err != nil {
		return nil, err
	}
	link := "glibc, dynamically, on " + runtimeImage
	if o.Static {
		link = "the C runtime statically (crt-static, glibc), on scratch"
	}
	return preset.Finish(&plan.Plan{
		Stages: b.stages(),
		Image:  image,
		Notes: []string{
			"builder " + b.image + ": " + why,
			"binary " + bin.bin + " of package " + bin.pkg + ": " + bin.why,
			"links " + link,
		},
		Warnings: preset.RuntimeWarnings(s),
	})
}

// rustBuild carries what the plan is made from.
type rustBuild struct {
	s      *spec.Spec
	o      options
	bin    binary
	triple string
	image  string
	// vendor are the context's directory sources (vendored crates).
	vendor []string
}

// vendorDir is where the vendor stage keeps the vendored crates.
const vendorDir = "/slimfront/vendor"

// vendorStage copies the vendored crates out of the context and gives
// every file one old mtime. A fresh checkout gives vendored files new
// mtimes, and cargo reruns the build scripts that name such files in
// rerun-if-changed, recompiling serde and the crates built on it; vendored
// crates change only with their version, which cargo sees anyway. The copy
// is keyed by content, so the stage runs again only when a crate changes,
// not at every build (touching some 3,500 files took 1 to 3 s).
func (b *rustBuild) vendorStage() plan.Stage {
	var paths []string
	for _, d := range b.vendor {
		paths = append(paths, d+"/**")
	}
	return plan.Stage{
		Name:    "vendor",
		From:    plan.ImageRef(b.image),
		Workdir: vendorDir,
		Inputs:  plan.Inputs{Paths: paths},
		Runs: []plan.Run{{
			Name:   "give the vendored crates one old mtime",
			Args:   []string{"find", ".", "-exec", "touch", "-h", "-d", "@1", "{}", "+"},
			Source: "entrypoint",
		}},
	}
}

// stages are the vendor stage, when there are vendored crates, and the
// build.
func (b *rustBuild) stages() []plan.Stage {
	if len(b.vendor) == 0 {
		return []plan.Stage{b.stage()}
	}
	return []plan.Stage{b.vendorStage(), b.stage()}
}

// env is the build's environment: the target directory, the release
// profile defaults, crt-static, then [build] env.
func (b *rustBuild) env() []string {
	env := map[string]string{
		"CARGO_TARGET_DIR":                  targetDir,
		"CARGO_TERM_PROGRESS_WHEN":          "never",
		"CARGO_PROFILE_RELEASE_INCREMENTAL": strconv.FormatBool(b.o.Incremental),
	}
	if b.o.Strip {
		env["CARGO_PROFILE_RELEASE_STRIP"] = "true"
	}
	if v := ltoValues[b.o.LTO]; v != "" {
		env["CARGO_PROFILE_RELEASE_LTO"] = v
	}
	if n := b.o.CodegenUnits; n > 0 {
		env["CARGO_PROFILE_RELEASE_CODEGEN_UNITS"] = strconv.Itoa(n)
	}
	if b.o.Static {
		// With --target, RUSTFLAGS reach the target's crates only, not
		// build scripts and proc macros, which run on the builder.
		env["RUSTFLAGS"] = "-C target-feature=+crt-static"
	}
	for k, v := range b.s.Build.Env {
		if k == "RUSTFLAGS" && env[k] != "" {
			// The user's flags join crt-static rather than drop it,
			// which would link a binary scratch cannot run.
			v = env[k] + " " + v
		}
		env[k] = v
	}
	return plan.Env(env)
}

// stage is the one build stage: cargo build over the mounted source, then
// the binary copied out of the target cache into the output.
func (b *rustBuild) stage() plan.Stage {
	args := []string{"cargo", "build", "--release", "--locked", "--target", b.triple}
	if b.bin.member {
		args = append(args, "--package", b.bin.pkg)
	}
	args = append(args, "--bin", b.bin.bin)
	if len(b.o.Features) > 0 {
		args = append(args, "--features", strings.Join(b.o.Features, ","))
	}
	if b.o.NoDefaultFeatures {
		args = append(args, "--no-default-features")
	}
	name := strings.Join(args, " ")
	target := plan.Mount{Target: targetDir, Type: plan.MountCache, CacheID: "cargo-target-" + b.bin.pkg}
	mounts := []plan.Mount{
		{Target: srcDir, Type: plan.MountContext},
		{Target: cargoHome + "/registry", Type: plan.MountCache, CacheID: "cargo-registry"},
		{Target: cargoHome + "/git", Type: plan.MountCache, CacheID: "cargo-git"},
		target,
	}
	// The vendored crates with settled mtimes, over the context's own.
	for _, d := range b.vendor {
		mounts = append(mounts, plan.Mount{Target: path.Join(srcDir, d), Type: plan.MountStage, From: "vendor", Source: path.Join(vendorDir, d)})
	}
	built := path.Join(targetDir, b.triple, "release", b.bin.bin)
	return plan.Stage{
		Name:    "build",
		From:    plan.ImageRef(b.image),
		Workdir: srcDir,
		Env:     b.env(),
		Runs: []plan.Run{{
			Name:   name,
			Args:   args,
			Mounts: mounts,
			Source: "entrypoint",
		}, {
			// The target directory is a cache mount, which no layer
			// holds: the binary leaves it through the output mount.
			Name:   "copy " + b.bin.bin + " out of the target directory",
			Args:   []string{"install", "-D", built, path.Join(outDir, b.bin.bin)},
			Mounts: []plan.Mount{target, {Target: outDir, Type: plan.MountOutput}},
			Source: "entrypoint",
		}},
	}
}

// runtime is the binary alone in the workdir, on distroless cc or, static,
// on scratch.
func (b *rustBuild) runtime() preset.Runtime {
	wd := b.s.Runtime.Workdir
	rt := preset.Runtime{
		Base:       plan.ImageRef(runtimeImage),
		Distroless: runtimeImage,
		Layers: []plan.Layer{{Name: "app", Copies: []plan.Copy{{
			From: plan.StageRef("build"), Src: outDir, Paths: []string{b.bin.bin}, Dest: wd, Source: "entrypoint",
		}}}},
		Entrypoint: []string{path.Join(wd, b.bin.bin)},
		Title:      b.title(),
	}
	if b.o.Static {
		rt.Base, rt.Distroless = plan.Scratch, preset.DistrolessStatic
	}
	return rt
}

func (b *rustBuild) title() string {
	if b.s.Name != "" {
		return b.s.Name
	}
	return b.bin.bin
}
