package rust

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/internal/presettest"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

const (
	amd64 = "linux/amd64"
	arm64 = "linux/arm64"
)

var tree = presettest.Tree

func rustPlan(t *testing.T, toml string, fsys fs.FS, target string) (*plan.Plan, error) {
	t.Helper()
	s, err := spec.Parse("app.toml", []byte("# syntax=org/slimfront\n"+toml), spec.Table{Name: Preset.Name, Check: Preset.Check})
	if err != nil {
		t.Fatalf("spec.Parse: %v", err)
	}
	return Preset.Plan(preset.Input{Spec: s, Source: fsys, Platform: target, BuildPlatform: amd64})
}

func mustPlan(t *testing.T, toml string, fsys fs.FS) *plan.Plan {
	t.Helper()
	p, err := rustPlan(t, toml, fsys, amd64)
	return presettest.MustPlan(t, p, err)
}

func mustFail(t *testing.T, toml string, fsys fs.FS, key string, line int, parts ...string) {
	t.Helper()
	p, err := rustPlan(t, toml, fsys, amd64)
	presettest.WantErr(t, presettest.MustFail(t, p, err), key, line, parts...)
}

const lock = "version = 3\n"

func app() fstest.MapFS {
	return tree("Cargo.toml", "[package]\nname = \"api\"\nversion = \"0.1.0\"\n", "Cargo.lock", lock, "src/main.rs", "fn main() {}\n")
}

// One binary, glibc: cargo build --locked over the mounted source with the
// registry, git and target directories cached, the binary copied out, and
// nothing but it on distroless cc.
func TestBinaryOnDistrolessCC(t *testing.T) {
	p := mustPlan(t, ``, app())
	st := presettest.Stage(t, p, "build")
	build := st.Runs[0]
	want := []string{"cargo", "build", "--release", "--locked", "--target", "x86_64-unknown-linux-gnu", "--bin", "api"}
	if !slices.Equal(build.Args, want) {
		t.Errorf("build = %q, want %q", build.Args, want)
	}
	var targets []string
	for _, m := range build.Mounts {
		targets = append(targets, string(m.Type)+":"+m.Target)
	}
	if want := []string{"cache:/slimfront/target", "context:/src", "cache:/usr/local/cargo/git", "cache:/usr/local/cargo/registry"}; !slices.Equal(targets, want) {
		t.Errorf("mounts = %q, want %q", targets, want)
	}
	env := presettest.EnvMap(t, st.Env)
	for k, v := range map[string]string{"CARGO_PROFILE_RELEASE_STRIP": "true", "CARGO_PROFILE_RELEASE_LTO": "thin", "CARGO_PROFILE_RELEASE_CODEGEN_UNITS": "1", "CARGO_PROFILE_RELEASE_INCREMENTAL": "true", "CARGO_TARGET_DIR": targetDir} {
		if env[k] != v {
			t.Errorf("env %s = %q, want %q", k, env[k], v)
		}
	}
	if _, ok := env["RUSTFLAGS"]; ok {
		t.Errorf("RUSTFLAGS set without static: %v", env)
	}
	if st.Output() != outDir || !slices.Equal(st.Runs[1].Args, []string{"install", "-D", "/slimfront/target/x86_64-unknown-linux-gnu/release/api", "/out/api"}) {
		t.Errorf("copy out = %q (output %q)", st.Runs[1].Args, st.Output())
	}
	if p.Image.Base != plan.ImageRef(preset.DistrolessCC) || !slices.Equal(presettest.LayerNames(p), []string{"app"}) {
		t.Errorf("image = %v %v", p.Image.Base, presettest.LayerNames(p))
	}
	if !slices.Equal(p.Image.Config.Entrypoint, []string{"/app/api"}) {
		t.Errorf("entrypoint = %q", p.Image.Config.Entrypoint)
	}
}

// static = true: crt-static for the target's crates only (--target keeps
// build scripts dynamic), on scratch with the base files.
func TestStatic(t *testing.T) {
	p := mustPlan(t, "[rust]\nstatic = true\nlto = \"cargo\"\ncodegen_units = 0\nincremental = false\nfeatures = [\"tls\", \"serde/derive\"]\nno_default_features = true\n", app())
	st := presettest.Stage(t, p, "build")
	env := presettest.EnvMap(t, st.Env)
	if env["RUSTFLAGS"] != "-C target-feature=+crt-static" {
		t.Errorf("RUSTFLAGS = %q", env["RUSTFLAGS"])
	}
	if _, ok := env["CARGO_PROFILE_RELEASE_LTO"]; ok {
		t.Errorf("lto = \"cargo\" still sets it: %v", env)
	}
	if _, ok := env["CARGO_PROFILE_RELEASE_CODEGEN_UNITS"]; ok {
		t.Errorf("codegen_units = 0 still sets it: %v", env)
	}
	if env["CARGO_PROFILE_RELEASE_INCREMENTAL"] != "false" {
		t.Errorf("incremental = false: CARGO_PROFILE_RELEASE_INCREMENTAL = %q", env["CARGO_PROFILE_RELEASE_INCREMENTAL"])
	}
	if args := strings.Join(st.Runs[0].Args, " "); !strings.HasSuffix(args, "--features tls,serde/derive --no-default-features") {
		t.Errorf("build = %s", args)
	}
	if p.Image.Base != plan.Scratch || presettest.LayerNames(p)[0] != "base-files" {
		t.Errorf("image = %v %v, want scratch with the base files", p.Image.Base, presettest.LayerNames(p))
	}
}

// TestStaticKeepsUserRustflags checks that RUSTFLAGS from [build] env join
// crt-static instead of replacing it, which would link a binary that
// scratch cannot run.
func TestStaticKeepsUserRustflags(t *testing.T) {
	p := mustPlan(t, "[rust]\nstatic = true\n[build.env]\nRUSTFLAGS = \"-C target-cpu=x86-64-v2\"\n", app())
	env := presettest.EnvMap(t, presettest.Stage(t, p, "build").Env)
	if env["RUSTFLAGS"] != "-C target-feature=+crt-static -C target-cpu=x86-64-v2" {
		t.Errorf("RUSTFLAGS = %q", env["RUSTFLAGS"])
	}
}

func TestBinaries(t *testing.T) {
	multi := tree(
		"Cargo.toml", "[package]\nname = \"tools\"\nversion = \"0.1.0\"\n[[bin]]\nname = \"server\"\npath = \"src/server.rs\"\n",
		"Cargo.lock", lock, "src/main.rs", "", "src/bin/migrate.rs", "", "src/bin/admin/main.rs", "",
	)
	mustFail(t, ``, multi, "entrypoint", 0, "4 binaries (admin, migrate, server, tools)")
	p := mustPlan(t, `entrypoint = "migrate"`, multi)
	if got := presettest.Stage(t, p, "build").Runs[0].Args; !slices.Contains(got, "migrate") || slices.Contains(got, "--package") {
		t.Errorf("build = %q", got)
	}
	mustFail(t, `entrypoint = "nope"`, multi, "entrypoint", 2, "neither a binary", "admin, migrate, server, tools")

	ws := tree(
		"Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\n",
		"Cargo.lock", lock,
		"crates/api/Cargo.toml", "[package]\nname = \"api-server\"\nversion = \"0.1.0\"\n", "crates/api/src/main.rs", "",
		"crates/core/Cargo.toml", "[package]\nname = \"core\"\nversion = \"0.1.0\"\n", "crates/core/src/lib.rs", "",
	)
	p = mustPlan(t, ``, ws)
	if got := strings.Join(presettest.Stage(t, p, "build").Runs[0].Args, " "); !strings.HasSuffix(got, "--package api-server --bin api-server") {
		t.Errorf("workspace build = %s", got)
	}
	p = mustPlan(t, `entrypoint = "crates/api"`, ws)
	if got := p.Image.Config.Entrypoint; !slices.Equal(got, []string{"/app/api-server"}) {
		t.Errorf("entrypoint = %q", got)
	}
	mustFail(t, `entrypoint = "crates/core"`, ws, "entrypoint", 2, "package core has no binary")
}

func TestRefused(t *testing.T) {
	noLock := tree("Cargo.toml", "[package]\nname = \"api\"\n", "src/main.rs", "")
	mustFail(t, ``, noLock, "language", 0, "no Cargo.lock", "cargo generate-lockfile")

	p, err := rustPlan(t, ``, app(), arm64)
	presettest.WantErr(t, presettest.MustFail(t, p, err), "language", 0, "building Rust for linux/arm64 on a linux/amd64 builder", "will not emulate")

	for toml, want := range map[string]string{
		"[rust]\ncodegen_units = 1000\n": "app.toml:2: rust.codegen_units = 1000: write a number from 1 to 256",
		"[rust]\nfeatures = [\"a,b\"]\n": "app.toml:2: rust.features: \"a,b\" is not a feature name",
		"[rust]\nstatic = \"yes\"\n":     "app.toml:2:",
		"[rust]\nlto = \"full\"\n":       "app.toml:2: rust.lto = \"full\": write \"thin\"",
	} {
		_, err := spec.Parse("app.toml", []byte(toml), spec.Table{Name: Preset.Name, Check: Preset.Check})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", toml, err, want)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, tt := range []struct {
		toml string
		src  fs.FS
		tag  string
	}{
		{``, app(), "rust:1-trixie"},
		{"[build]\nversion = \"1.88.0\"\n", app(), "rust:1.88.0-trixie"},
		{``, presettest.With(app(), "rust-toolchain.toml", "[toolchain]\nchannel = \"1.90\"\n"), "rust:1.90-trixie"},
		{``, presettest.With(app(), "rust-toolchain", "stable\n"), "rust:1-trixie"},
	} {
		p := mustPlan(t, tt.toml, tt.src)
		if got := presettest.Stage(t, p, "build").From.Name; got != "docker.io/library/"+tt.tag {
			t.Errorf("%q: builder %s, want %s", tt.toml, got, tt.tag)
		}
	}
	mustFail(t, "[build]\nversion = \"nightly\"\n", app(), "build.version", 3, "not a Rust release")
	_, err := rustPlan(t, ``, presettest.With(app(), "rust-toolchain.toml", "[toolchain]\nchannel = \"nightly-2026-01-01\"\n"), amd64)
	if err == nil || !strings.Contains(err.Error(), "rust-toolchain.toml:1: channel \"nightly-2026-01-01\"") {
		t.Errorf("error = %v", err)
	}
}

// Vendored crates (a directory source in .cargo/config.toml) get one old
// mtime in a stage of their own, keyed by their content, which the build
// mounts over the context's copy; the paths are data, never a script.
func TestVendoredMtimesSettled(t *testing.T) {
	fsys := app()
	fsys[".cargo/config.toml"] = &fstest.MapFile{Data: []byte("[source.crates-io]\nreplace-with = \"v\"\n[source.v]\ndirectory = \"./third party/crates\"\n[source.w]\ndirectory = \"third party/crates/more\"\n")}
	p := mustPlan(t, ``, fsys)
	vendor := presettest.Stage(t, p, "vendor")
	if !slices.Equal(vendor.Inputs.Paths, []string{"third party/crates/**"}) {
		t.Errorf("vendor inputs = %q, want the one outer directory", vendor.Inputs.Paths)
	}
	if want := []string{"find", ".", "-exec", "touch", "-h", "-d", "@1", "{}", "+"}; len(vendor.Runs) != 1 || !slices.Equal(vendor.Runs[0].Args, want) || vendor.Workdir != vendorDir {
		t.Errorf("vendor stage = %+v, want %q in %s", vendor, want, vendorDir)
	}
	build := presettest.Stage(t, p, "build").Runs[0]
	if build.Args[0] != "cargo" || build.Name != "cargo build --release --locked --target x86_64-unknown-linux-gnu --bin api" {
		t.Errorf("build = %q (%s), want cargo directly", build.Args, build.Name)
	}
	var stageMounts []plan.Mount
	for _, m := range build.Mounts {
		if m.Type == plan.MountStage {
			stageMounts = append(stageMounts, m)
		}
	}
	want := plan.Mount{Target: "/src/third party/crates", Type: plan.MountStage, From: "vendor", Source: vendorDir + "/third party/crates"}
	if len(stageMounts) != 1 || stageMounts[0] != want {
		t.Errorf("stage mounts = %+v, want %+v", stageMounts, want)
	}

	// Without vendored crates there is no vendor stage.
	if p := mustPlan(t, ``, app()); len(p.Stages) != 1 {
		t.Errorf("stages = %d, want the build alone", len(p.Stages))
	}

	fsys[".cargo/config.toml"] = &fstest.MapFile{Data: []byte("[source.v]\ndirectory = \"../crates\"\n")}
	if _, err := rustPlan(t, ``, fsys, amd64); err == nil || !strings.Contains(err.Error(), "outside the build context") {
		t.Errorf("a directory source outside the context: err = %v", err)
	}
}
