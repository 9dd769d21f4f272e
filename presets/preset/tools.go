package preset

import "github.com/slimfront/slimfront/plan"

// The slimfront image's own tools, for builder steps: slimcompress and
// slimgocache, built for the image's platform, in SelfToolsImageDir.
const (
	// SelfToolsImageDir is the tools' directory in the slimfront image.
	SelfToolsImageDir = "/usr/lib/slimfront"
	// SelfToolsDir is where a step that mounts them sees them.
	SelfToolsDir = "/slimfront"
)

// SelfTools mounts the tools of the slimfront image self (Input.Self) at
// SelfToolsDir. An image mount is read on the build platform, so a step
// runs the builder's own binaries, and an ejected Dockerfile names no
// platform for them.
func SelfTools(self string) plan.Mount {
	return plan.Mount{Target: SelfToolsDir, Type: plan.MountImage, Image: self, Source: SelfToolsImageDir}
}
