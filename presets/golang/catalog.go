package golang

import "github.com/slimfront/slimfront/presets/preset"

// golangRepo is the official Go builder image; the tag is
// <version>-trixie. The Go preset pulls no other image of its own.
const golangRepo = "docker.io/library/golang"

// golangImage is the builder image for a Go version ("1.26", "1.26.8").
func golangImage(version string) string {
	return golangRepo + ":" + version + "-" + preset.DebianSuite
}
