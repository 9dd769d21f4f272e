package golang

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/slimfront/slimfront/presets/preset"
)

// golangRepo is the official Go builder image; the tag is
// <version>-trixie. The Go preset pulls no other image of its own.
const golangRepo = "docker.io/library/golang"

// golangImage is the builder image for a Go version ("1.26", "1.26.8").
func golangImage(version string) string {
	return golangRepo + ":" + version + "-" + preset.DebianSuite
}

// oldestGo is the oldest Go minor slimfront builds with unless [build]
// version asks otherwise: the older of the two minors the Go team still
// patches. A go.mod go line is a minimum, so an older one builds with it.
const oldestGo = 26

// firstTrixie is, per Go minor (1.N), the first release whose official
// image has a trixie variant: Debian 13 came out during Go 1.24. Minors
// before those have none, and minors after the last are taken on trust.
var firstTrixie = map[int]int{24: 6, 25: 0, 26: 0, 27: 0}

// goVersionRE is a Go version as go.mod, go.work and the golang image
// tags write it: "1", "1.26", "1.26.8", "1.27rc1".
var goVersionRE = regexp.MustCompile(`^1(?:\.(\d+)(?:\.(\d+)|(?:rc|beta)\d+)?)?$`)

// builderVersion picks the golang image's tag for a Go version, and says
// why. An exact version ([build] version) is used as written when such an
// image exists; go.mod's is a minimum, served by the newest patch of its
// minor (the floating 1.N tag, with that minor's security fixes), and
// never older than oldestGo.
func builderVersion(v string, exact bool) (tag, why string, err error) {
	m := goVersionRE.FindStringSubmatch(v)
	if m == nil {
		return "", "", fmt.Errorf("%q is not a Go version; write one such as \"1.26\" or \"1.26.8\"", v)
	}
	if m[1] == "" { // "1": the newest Go
		return v, "", nil
	}
	minor, _ := strconv.Atoi(m[1])
	newest := 0
	for n := range firstTrixie {
		newest = max(newest, n)
	}
	if exact {
		first, known := firstTrixie[minor]
		patch := 0
		if m[2] != "" {
			patch, _ = strconv.Atoi(m[2])
		}
		if (!known && minor < newest) || (known && m[2] != "" && patch < first) {
			return "", "", fmt.Errorf("no golang image has Go %s on %s (the official images have trixie variants from Go 1.24.6 on); ask for 1.%d or newer, or for the minor alone (\"1.%d\")", v, preset.DebianSuite, oldestGo, max(minor, 24))
		}
		return v, "", nil
	}
	switch {
	case minor < oldestGo:
		return fmt.Sprintf("1.%d", oldestGo), fmt.Sprintf("go.mod needs Go %s or newer; the oldest Go slimfront builds with is 1.%d (older minors get no security fixes); set [build] version to pin another", v, oldestGo), nil
	case m[2] == "" && m[0] != "1."+m[1]: // a pre-release: only its own tag has it
		return v, "a pre-release go line, built with that release", nil
	case minor > newest:
		return "1." + m[1], fmt.Sprintf("go.mod needs Go %s or newer, a minor newer than any slimfront knows (1.%d): its newest patch", v, newest), nil
	}
	return "1." + m[1], fmt.Sprintf("go.mod needs Go %s or newer: the newest 1.%s patch, which has that minor's security fixes", v, m[1]), nil
}
