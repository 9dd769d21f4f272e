package testbed

import (
	"context"
	"fmt"
	"runtime"
	"strings"

	"github.com/moby/buildkit/client/llb"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"
)

// RustVersion is the minor version of Debian trixie's rustc, which the
// rust stand-in carries. The recipe fails if Debian's rustc is another
// one.
const RustVersion = "1.85"

// rustRecipeVersion changes whenever the rust recipe below changes. It is
// separate from recipeVersion so that a change rebuilds only the rust
// stand-in.
const rustRecipeVersion = "1"

// RustTags are the Docker Hub names the rust stand-in answers to: the
// official image's floating trixie tags. Version tags (1.85-trixie, …)
// are left out: Docker Hub has trixie variants only for Rust releases
// made after mid-2025, newer than Debian's.
var RustTags = []string{"rust:1-trixie", "rust:trixie", "rust:1-slim-trixie", "rust:slim-trixie"}

// RustPackages are the Debian packages the rust stand-in installs: Debian's
// rustc and cargo, the C toolchain they link with, and what the official
// image carries besides (ca-certificates, git, pkg-config).
var RustPackages = []string{"rustc", "cargo", "gcc", "libc6-dev", "ca-certificates", "git", "pkg-config"}

func rustStandIns(caHash string) []standIn {
	return []standIn{{
		key:   "rust-" + RustVersion + "-" + DebianSuite + "-" + runtime.GOARCH + "-ca" + caHash + "-r" + recipeVersion + "rs" + rustRecipeVersion,
		tags:  RustTags,
		build: buildRust,
	}}
}

// rustInstallScript installs Debian's Rust where the official image has
// rustup's: cargo and rustc on PATH, CARGO_HOME at /usr/local/cargo (its
// registry is what builds mount a cache on). It fails if Debian's rustc
// is not RustVersion.
func rustInstallScript() string {
	return `set -e
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends ` + strings.Join(RustPackages, " ") + `
apt-get clean
rm -rf /var/lib/apt/lists/*
rustc --version | grep -q '^rustc ` + RustVersion + `\.'
mkdir -p /usr/local/cargo/bin /usr/local/rustup
chmod -R a+w /usr/local/cargo /usr/local/rustup
cargo --version`
}

// buildRust makes rust:1-trixie: debian plus Debian's rustc and cargo,
// configured like the official image, with RUST_VERSION read from the
// compiler the build installed. It trusts the extra CAs, which cargo
// reads from the system store.
func buildRust(ctx context.Context, b *Bed, tmp string) error {
	locals := map[string]string{}
	st := b.trustExtraCAs(llb.Image("docker.io/library/debian:"+DebianSuite), locals)
	st = st.Run(shell(rustInstallScript()), llb.WithCustomName("[stand-in rust] apt-get install "+strings.Join(RustPackages, " "))).Root()
	v, err := b.readVersion(ctx, st, locals, "[stand-in rust]", `rustc --version | cut -d' ' -f2 | tr -d '\n'`)
	if err != nil {
		return err
	}
	if !strings.HasPrefix(v, RustVersion+".") {
		return fmt.Errorf("debian's rustc is %q, not %s", v, RustVersion)
	}
	return b.buildToLayout(ctx, tmp, locals, []layoutImage{{st: st, config: rustImageConfig(v), tags: RustTags}})
}

// rustImageConfig is the official image's config.
func rustImageConfig(version string) ocispecs.Image {
	img := standInConfig()
	img.Config.Env = []string{
		"PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"RUSTUP_HOME=/usr/local/rustup",
		"CARGO_HOME=/usr/local/cargo",
		"RUST_VERSION=" + version,
	}
	img.Config.Cmd = []string{"bash"}
	return img
}
