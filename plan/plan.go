// Package plan describes what slimfront builds, independent of BuildKit: a
// few builder stages that run commands with cache mounts, and a final image
// assembled from independent layers. Presets produce a Plan; llbgen turns
// it into LLB; `slimfront plan` prints it and `slimfront eject` renders it
// as a Dockerfile. A Plan is plain data: it marshals to JSON and compares
// with ==-style equality in tests.
package plan

import (
	"sort"
	"strings"
)

// Plan is one app's build for one target platform.
type Plan struct {
	// Preset names the preset that made the plan ("go").
	Preset string `json:"preset"`
	// Platform is the target platform, e.g. "linux/arm64".
	Platform string `json:"platform"`
	// Stages run on the build platform, in order. Each may be picked with
	// --target.
	Stages []Stage `json:"stages"`
	// Image is the final stage, for the target platform.
	Image Image `json:"image"`
	// Warnings are things the user should know that do not stop the build.
	Warnings []Warning `json:"warnings,omitempty"`
}

// Warning is advice about the app.toml or the source tree.
type Warning struct {
	// Source is the app.toml key it is about, when there is one.
	Source string `json:"source,omitempty"`
	Msg    string `json:"msg"`
}

// Stage is a builder stage: a base, optional inputs copied from the build
// context into a layer, and one command.
type Stage struct {
	// Name is the stage's --target name ("deps", "build").
	Name string `json:"name"`
	// From is an image reference, or the Name of an earlier stage.
	From string `json:"from"`
	// Workdir is where Inputs land and the command runs.
	Workdir string `json:"workdir"`
	// Inputs are context paths copied into the stage before Run, so that
	// Run's cache key depends on them alone (dependency manifests).
	Inputs []string `json:"inputs,omitempty"`
	// Run is the stage's command.
	Run Run `json:"run"`
}

// Run is one command in exec form.
type Run struct {
	// Name is what progress output shows, without the "[slimfront go]" prefix.
	Name string `json:"name"`
	// Args is the command in exec form.
	Args []string `json:"args"`
	// Env holds KEY=VALUE pairs for this command, sorted by key.
	Env []string `json:"env,omitempty"`
	// Mounts are the command's mounts, sorted by target.
	Mounts []Mount `json:"mounts,omitempty"`
	// Source is the app.toml key the command comes from, so a failure
	// points at that line ("entrypoint", "build.version").
	Source string `json:"source,omitempty"`
}

// MountType says what is mounted.
type MountType string

const (
	// MountCache is a persistent cache directory shared between builds.
	MountCache MountType = "cache"
	// MountContext is the build context, read-only.
	MountContext MountType = "context"
	// MountOutput is an empty directory whose content becomes the stage's
	// artifact; the final image copies from it.
	MountOutput MountType = "output"
)

// Mount is one mount of a Run.
type Mount struct {
	Target string    `json:"target"`
	Type   MountType `json:"type"`
	// CacheID names a cache mount; builds of any app share it by ID.
	CacheID string `json:"cache_id,omitempty"`
}

// Image is the final image: a base and independent layers, merged.
type Image struct {
	// Base is "scratch" or an image reference.
	Base string `json:"base"`
	// Layers are merged on top of Base in order; each is built on its own
	// so identical layers have identical digests across apps.
	Layers []Layer `json:"layers"`
	// Config is the image configuration.
	Config Config `json:"config"`
}

// Layer is one layer of the final image, made on an empty filesystem by
// applying Copy, then Files.
type Layer struct {
	// Name says what the layer holds ("passwd", "ca-certificates", "app").
	Name string `json:"name"`
	// Files are generated files (with their parent directories).
	Files []File `json:"files,omitempty"`
	// Copy takes files from an image, a stage's output, or the context.
	Copy *Copy `json:"copy,omitempty"`
}

// File is a generated file.
type File struct {
	Path    string `json:"path"`
	Mode    uint32 `json:"mode"`
	Content string `json:"content"`
}

// Copy copies paths from a source into the layer.
type Copy struct {
	// Exactly one of Image, Stage, Context.
	Image   string `json:"image,omitempty"` // resolved on the build platform: only platform-independent files
	Stage   string `json:"stage,omitempty"` // the stage's output mount
	Context bool   `json:"context,omitempty"`
	// Paths are copied from Src/<path> to Dest/<path>.
	Paths []string `json:"paths"`
	Src   string   `json:"src,omitempty"`
	Dest  string   `json:"dest"`
	// Source is the app.toml key this copy comes from.
	Source string `json:"source,omitempty"`
}

// Config is the final image's configuration.
type Config struct {
	Entrypoint  []string          `json:"entrypoint"`
	Cmd         []string          `json:"cmd,omitempty"`
	User        string            `json:"user"`
	Env         []string          `json:"env,omitempty"`   // sorted by key
	Ports       []string          `json:"ports,omitempty"` // "8080/tcp", sorted
	Workdir     string            `json:"workdir"`
	Labels      map[string]string `json:"labels,omitempty"`
	Healthcheck *Healthcheck      `json:"healthcheck,omitempty"`
}

// Healthcheck is an exec-form health probe; durations in nanoseconds.
type Healthcheck struct {
	Test        []string `json:"test"`
	Interval    int64    `json:"interval,omitempty"`
	Timeout     int64    `json:"timeout,omitempty"`
	StartPeriod int64    `json:"start_period,omitempty"`
	Retries     int      `json:"retries,omitempty"`
}

// CacheName is the cache mount's BuildKit ID (before any namespace):
// "slimfront-<CacheID>", shared by every app built with slimfront.
func (m Mount) CacheName() string { return "slimfront-" + m.CacheID }

// Stage returns the stage called name, or nil.
func (p *Plan) Stage(name string) *Stage {
	for i := range p.Stages {
		if p.Stages[i].Name == name {
			return &p.Stages[i]
		}
	}
	return nil
}

// FinalStage is the --target name of the final image.
const FinalStage = "final"

// Env renders a map as KEY=VALUE pairs sorted by key, the form of every
// environment list in a Plan; nil for an empty map.
func Env(m map[string]string) []string {
	if len(m) == 0 {
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, k+"="+m[k])
	}
	return out
}

// EnvMap is the inverse of Env; later pairs win.
func EnvMap(lists ...[]string) map[string]string {
	m := map[string]string{}
	for _, l := range lists {
		for _, kv := range l {
			k, v, _ := strings.Cut(kv, "=")
			m[k] = v
		}
	}
	return m
}
