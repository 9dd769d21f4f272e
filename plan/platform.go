package plan

import "strings"

// Placeholders for parts of the target platform, which a stage's Env
// values may hold where a value is the target's and not the plan's own
// choice (GOOS, GOARCH). llbgen puts in the target's parts; eject leaves
// them to the Dockerfile's automatic platform ARGs of the same names, so
// one ejected Dockerfile builds for every --platform.
const (
	TargetOS   = "${TARGETOS}"
	TargetArch = "${TARGETARCH}"
)

// TargetArgs lists the Dockerfile ARGs that the placeholders in env use,
// in a fixed order.
func TargetArgs(env []string) []string {
	var out []string
	for _, ph := range []string{TargetOS, TargetArch} {
		for _, kv := range env {
			if strings.Contains(kv, ph) {
				out = append(out, strings.Trim(ph, "${}"))
				break
			}
		}
	}
	return out
}

// ExpandTarget returns v with the placeholders replaced by the target's
// OS and architecture.
func ExpandTarget(v, os, arch string) string {
	if !strings.Contains(v, "${") {
		return v
	}
	return strings.NewReplacer(TargetOS, os, TargetArch, arch).Replace(v)
}
