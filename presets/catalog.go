package presets

// Every base image slimfront pulls is named here and nowhere else, so a
// Debian or distroless upgrade is one edit. Tags target Debian 13 "trixie".
const (
	// golangRepo is the official Go builder image; the tag is
	// <version>-trixie.
	golangRepo = "docker.io/library/golang"
	// debianSuite is the Debian release of every builder and runtime image.
	debianSuite = "trixie"

	// distrolessStatic holds the files a scratch image borrows: the CA
	// bundle and zoneinfo. Pulled on the build platform only, so every
	// target platform gets byte-identical layers.
	distrolessStatic = "gcr.io/distroless/static-debian13:nonroot"
	// distrolessBase is the glibc runtime for cgo binaries.
	distrolessBase = "gcr.io/distroless/base-debian13:nonroot"
)

// golangImage is the builder image for a Go version ("1.26", "1.26.8").
func golangImage(version string) string {
	return golangRepo + ":" + version + "-" + debianSuite
}

// Paths inside images that presets rely on.
const (
	caBundlePath = "/etc/ssl/certs/ca-certificates.crt"
	zoneinfoPath = "/usr/share/zoneinfo"
)
