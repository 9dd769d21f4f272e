package preset

// The images every preset shares are named here and nowhere else; each
// preset names its own builder and runtime images in its own catalog.go.
// Tags target Debian 13 "trixie".
const (
	// DebianSuite is the Debian release of every builder and runtime image.
	DebianSuite = "trixie"

	// DistrolessStatic holds the files a scratch image borrows: the CA
	// bundle, zoneinfo, /tmp and the nonroot home. Pulled on the build
	// platform only, so every target platform gets byte-identical layers.
	DistrolessStatic = "gcr.io/distroless/static-debian13:nonroot"
	// DistrolessBase is the glibc runtime for dynamically linked binaries.
	DistrolessBase = "gcr.io/distroless/base-debian13:nonroot"
	// DistrolessCC adds libgcc and libstdc++ to DistrolessBase.
	DistrolessCC = "gcr.io/distroless/cc-debian13:nonroot"
)

// Paths inside images that the final image relies on.
const (
	caBundlePath = "/etc/ssl/certs/ca-certificates.crt"
	zoneinfoPath = "/usr/share/zoneinfo"
)
