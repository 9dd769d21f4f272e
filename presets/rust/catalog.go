package rust

import "github.com/slimfront/slimfront/presets/preset"

// The images and paths the Rust preset relies on, named here and nowhere
// else.
const (
	// rustRepo is the official Rust image: rust:<version>-trixie.
	rustRepo = "docker.io/library/rust"
	// defaultVersion is the floating tag of the newest stable release:
	// rust-version in Cargo.toml is a minimum, so it is what an app gets
	// unless rust-toolchain.toml or [build] version pins one.
	defaultVersion = "1"
	// cargoHome is the official image's CARGO_HOME, whose registry and
	// git checkouts are cached across builds.
	cargoHome = "/usr/local/cargo"
	// targetDir is cargo's target directory, a cache mount outside the
	// read-only source, so compiled dependencies survive source edits.
	targetDir = "/slimfront/target"
	// outDir is the build's output mount: the binary alone.
	outDir = "/out"
	// srcDir is where the source is mounted.
	srcDir = "/src"
)

// runtimeImage is the glibc runtime with libgcc, which Rust's std needs
// for unwinding.
const runtimeImage = preset.DistrolessCC

// targets are Rust's target triples for the platforms slimfront knows.
var targets = map[string]string{
	"linux/amd64":   "x86_64-unknown-linux-gnu",
	"linux/arm64":   "aarch64-unknown-linux-gnu",
	"linux/arm/v7":  "armv7-unknown-linux-gnueabihf",
	"linux/ppc64le": "powerpc64le-unknown-linux-gnu",
	"linux/riscv64": "riscv64gc-unknown-linux-gnu",
	"linux/s390x":   "s390x-unknown-linux-gnu",
}

// builderImage is rust:<version>-trixie.
func builderImage(version string) string {
	return rustRepo + ":" + version + "-" + preset.DebianSuite
}
