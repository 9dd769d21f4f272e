package testbed

import (
	"slices"
	"strings"
	"testing"
)

// Only the floating trixie tags, which Docker Hub has; no version tag
// would name Debian's rustc truthfully there.
func TestRustTagsLikeDockerHub(t *testing.T) {
	want := []string{"rust:1-trixie", "rust:trixie", "rust:1-slim-trixie", "rust:slim-trixie"}
	if !slices.Equal(RustTags, want) {
		t.Errorf("RustTags = %q, want %q", RustTags, want)
	}
	for _, tag := range RustTags {
		if strings.Contains(tag, RustVersion) {
			t.Errorf("tag %s names Debian's rustc version", tag)
		}
	}
}

// The rust stand-in comes after debian, and its key follows its recipe,
// Debian's rustc and the extra CAs.
func TestRustStandInKey(t *testing.T) {
	ins, err := (&Bed{}).standIns()
	if err != nil {
		t.Fatal(err)
	}
	debian := slices.IndexFunc(ins, func(s standIn) bool { return slices.Equal(s.tags, DebianTags) })
	rust := slices.IndexFunc(ins, func(s standIn) bool { return slices.Equal(s.tags, RustTags) })
	if debian < 0 || rust < debian {
		t.Fatalf("stand-ins: debian at %d, rust at %d", debian, rust)
	}
	for _, w := range []string{"rs" + rustRecipeVersion, RustVersion, DebianSuite, "-ca"} {
		if !strings.Contains(ins[rust].key, w) {
			t.Errorf("key %s lacks %s", ins[rust].key, w)
		}
	}
}

// The script installs Debian's toolchain, checks its version and
// prepares CARGO_HOME where the official image has it.
func TestRustInstallScript(t *testing.T) {
	s := rustInstallScript()
	for _, w := range []string{"apt-get install", "rustc cargo gcc libc6-dev", "grep -q '^rustc " + RustVersion + `\.'`, "/usr/local/cargo", "rm -rf /var/lib/apt/lists"} {
		if !strings.Contains(s, w) {
			t.Errorf("script lacks %q:\n%s", w, s)
		}
	}
	cfg := rustImageConfig("1.85.1")
	if !slices.Contains(cfg.Config.Env, "CARGO_HOME=/usr/local/cargo") || !slices.Contains(cfg.Config.Env, "RUST_VERSION=1.85.1") ||
		!strings.HasPrefix(cfg.Config.Env[0], "PATH=/usr/local/cargo/bin:") {
		t.Errorf("env = %q", cfg.Config.Env)
	}
}
