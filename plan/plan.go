// Package plan describes what slimfront builds, independent of BuildKit and
// of any language: builder stages that run commands with cache mounts, and
// a final image made of a runtime base plus independent layers. Presets
// produce a Plan; llbgen turns it into LLB; `slimfront plan` prints it and
// `slimfront eject` renders it as a Dockerfile. A Plan is plain data: it
// marshals to JSON, and its interpretation (which stage a copy reads, where
// a stage's artifact lies) lives here once, in methods both backends call.
package plan

import (
	"sort"
	"strings"
)

// Plan is one app's build for one target platform.
type Plan struct {
	// Preset names the preset that made the plan ("go", "node").
	Preset string `json:"preset"`
	// Platform is the target platform, e.g. "linux/arm64".
	Platform string `json:"platform"`
	// Stages are the builder stages, in order. Each may be picked with
	// --target.
	Stages []Stage `json:"stages"`
	// Image is the final stage, for the target platform.
	Image Image `json:"image"`
	// Notes say why the preset chose what it did (the builder tag, the
	// package manager), for `slimfront plan` readers.
	Notes []string `json:"notes,omitempty"`
	// Warnings are things the user should know that do not stop the build.
	Warnings []Warning `json:"warnings,omitempty"`
}

// Warning is advice about the app.toml or the source tree.
type Warning struct {
	// Rule names the kind of advice, one of Rules ("RootUser"), as
	// `--call check` reports it.
	Rule string `json:"rule"`
	// Source is the app.toml key it is about, when there is one.
	Source string `json:"source,omitempty"`
	Msg    string `json:"msg"`
}

// FinalStage is the --target name of the final image.
const FinalStage = "final"

// Platform says where a stage runs.
type Platform string

const (
	// BuildPlatform runs natively on the builder; tools cross-compile.
	// It is the zero value.
	BuildPlatform Platform = ""
	// TargetPlatform runs on the target platform (emulated when it differs
	// from the build platform), for steps that cannot cross-build, such
	// as native addons compiled at install time.
	TargetPlatform Platform = "target"
)

// Stage is a builder stage: a base, the context files it sees, and its
// commands, run in order in Workdir.
type Stage struct {
	// Name is the stage's --target name ("deps", "build").
	Name string `json:"name"`
	// From is the stage's base: an image or an earlier stage.
	From Ref `json:"from"`
	// Platform is where the stage runs; empty for the build platform.
	Platform Platform `json:"platform,omitempty"`
	// Workdir is where Inputs land and the commands run.
	Workdir string `json:"workdir"`
	// Env holds KEY=VALUE pairs every command of the stage sees, and
	// stages built on it too (as a Dockerfile's ENV), sorted by key.
	Env []string `json:"env,omitempty"`
	// Inputs are the context files copied into Workdir before Runs, so
	// that the runs' cache keys depend on them alone.
	Inputs Inputs `json:"inputs,omitzero"`
	// Runs are the stage's commands.
	Runs []Run `json:"runs"`
}

// Inputs selects files of the build context.
type Inputs struct {
	// Paths are include patterns ("package.json", "**/go.mod"). Ignored
	// when All is set.
	Paths []string `json:"paths,omitempty"`
	// All takes the whole context, less Exclude.
	All bool `json:"all,omitempty"`
	// Exclude are patterns dropped from what All takes ("node_modules").
	Exclude []string `json:"exclude,omitempty"`
}

// IsZero reports whether no file is selected.
func (in Inputs) IsZero() bool { return !in.All && len(in.Paths) == 0 }

// Run is one command in exec form.
type Run struct {
	// Name is what progress output shows, after the "[slimfront <preset>]" prefix.
	Name string `json:"name"`
	// Args is the command in exec form.
	Args []string `json:"args"`
	// Mounts are the command's mounts, sorted by target.
	Mounts []Mount `json:"mounts,omitempty"`
	// Source is the app.toml key the command comes from, so a failure
	// points at that line ("entrypoint", "go.version").
	Source string `json:"source,omitempty"`
}

// MountType says what is mounted.
type MountType string

const (
	// MountCache is a persistent cache directory shared between builds.
	MountCache MountType = "cache"
	// MountContext is the build context, read-only.
	MountContext MountType = "context"
	// MountOutput is an empty directory whose content is the stage's
	// artifact: a copy from the stage at or under Target reads it.
	MountOutput MountType = "output"
	// MountSecret is a build secret (`--secret id=...`) as a file. It is
	// never part of a layer, a cache key or the image.
	MountSecret MountType = "secret"
	// MountImage is a directory of an image (Image, on the build
	// platform), read-only: a tool the stage runs without installing it.
	MountImage MountType = "image"
	// MountStage is directory Source of an earlier stage From,
	// read-only: context files a stage prepared once (vendored sources
	// with settled mtimes), which a run sees without copying them.
	MountStage MountType = "stage"
)

// Mount is one mount of a Run.
type Mount struct {
	Target string    `json:"target"`
	Type   MountType `json:"type"`
	// CacheID names a cache mount; builds of any app share it by ID.
	CacheID string `json:"cache_id,omitempty"`
	// SecretID names a secret mount's secret; the build goes on without
	// the file when the user passed none.
	SecretID string `json:"secret_id,omitempty"`
	// Image is an image mount's image.
	Image string `json:"image,omitempty"`
	// From is the earlier stage a stage mount shows. For a cache mount,
	// it is an earlier stage whose Source directory
	// a new cache starts from (a Dockerfile's from=): work a stage kept in
	// its layers, where a registry cache carries it to other daemons,
	// reaches the cache mount that later builds on one daemon keep warm.
	// BuildKit keeps one cache per ID and seed, so a changed seed starts
	// a fresh cache.
	From string `json:"from,omitempty"`
	// Source is the absolute directory mounted: of Image for an image
	// mount, of stage From for a stage mount or a seeded cache mount.
	Source string `json:"source,omitempty"`
}

// CacheName is the cache mount's BuildKit ID (before any namespace):
// "slimfront-<CacheID>", shared by every app built with slimfront.
func (m Mount) CacheName() string { return "slimfront-" + m.CacheID }

// RefKind says what a Ref names.
type RefKind string

const (
	// RefImage is an image reference ("docker.io/library/node:24-trixie-slim").
	RefImage RefKind = "image"
	// RefStage is an earlier stage of the plan, by name.
	RefStage RefKind = "stage"
	// RefContext is the build context (only as a copy source).
	RefContext RefKind = "context"
	// RefScratch is the empty filesystem (only as the image base).
	RefScratch RefKind = "scratch"
)

// Ref is a typed source of files: an image, a stage, the context, or
// nothing (scratch).
type Ref struct {
	Kind RefKind `json:"kind"`
	// Name is the image reference or the stage name.
	Name string `json:"name,omitempty"`
}

// ImageRef returns a Ref to an image.
func ImageRef(ref string) Ref { return Ref{Kind: RefImage, Name: ref} }

// StageRef returns a Ref to a stage.
func StageRef(name string) Ref { return Ref{Kind: RefStage, Name: name} }

// Context is the Ref to the build context.
var Context = Ref{Kind: RefContext}

// Scratch is the Ref to the empty filesystem.
var Scratch = Ref{Kind: RefScratch}

// String renders r as `slimfront plan` and messages show it.
func (r Ref) String() string {
	switch r.Kind {
	case RefImage, RefStage:
		return r.Name
	}
	return string(r.Kind)
}

// Image is the final stage: a base and independent layers, merged.
type Image struct {
	// Base is Scratch or an image.
	Base Ref `json:"base"`
	// Layers are merged on top of Base in order; each is built on its own
	// so identical layers have identical digests across apps.
	Layers []Layer `json:"layers"`
	// Config is the image configuration.
	Config Config `json:"config"`
}

// Layer is one layer of the final image, made on an empty filesystem by
// applying its Copies in order, then Files.
type Layer struct {
	// Name says what the layer holds ("passwd", "node_modules", "app").
	Name string `json:"name"`
	// Copies take files from images, stages or the context.
	Copies []Copy `json:"copies,omitempty"`
	// Files are generated files (with their parent directories).
	Files []File `json:"files,omitempty"`
}

// File is a generated file.
type File struct {
	Path    string `json:"path"`
	Mode    uint32 `json:"mode"`
	Content string `json:"content"`
}

// Copy copies paths from a source into a layer, like `cp -a Src/<path>
// Dest/<path>` for each path.
type Copy struct {
	// From is an image (read on the build platform: only
	// platform-independent files), a stage, or the context.
	From Ref `json:"from"`
	// Paths are relative to Src; "." copies Src's contents.
	Paths []string `json:"paths"`
	// Src is an absolute directory of the source; for a stage, a path of
	// its filesystem as its commands saw it (an output mount's target
	// reads that mount).
	Src  string `json:"src"`
	Dest string `json:"dest"`
	// Exclude are patterns, relative to Src, left out of the copy; only
	// with Paths ["."].
	Exclude []string `json:"exclude,omitempty"`
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

// Stage returns the stage called name, or nil.
func (p *Plan) Stage(name string) *Stage {
	for i := range p.Stages {
		if p.Stages[i].Name == name {
			return &p.Stages[i]
		}
	}
	return nil
}

// StageNames lists the --target names of the plan, the final image last.
func (p *Plan) StageNames() []string {
	out := make([]string, 0, len(p.Stages)+1)
	for _, s := range p.Stages {
		out = append(out, s.Name)
	}
	return append(out, FinalStage)
}

// Output is the target of the stage's output mount, or "" when its
// artifacts stay in its filesystem.
func (s *Stage) Output() string {
	for _, r := range s.Runs {
		for _, m := range r.Mounts {
			if m.Type == MountOutput {
				return m.Target
			}
		}
	}
	return ""
}

// CacheMounts lists the cache mounts of every stage, once per ID, sorted.
func (p *Plan) CacheMounts() []Mount {
	return p.mounts(MountCache, func(m Mount) string { return m.CacheID })
}

// SecretMounts lists the secret mounts of every stage, once per secret
// ID, sorted.
func (p *Plan) SecretMounts() []Mount {
	return p.mounts(MountSecret, func(m Mount) string { return m.SecretID })
}

// mounts lists the mounts of type t, once per key, sorted by key.
func (p *Plan) mounts(t MountType, key func(Mount) string) []Mount {
	seen := map[string]Mount{}
	for _, s := range p.Stages {
		for _, r := range s.Runs {
			for _, m := range r.Mounts {
				if m.Type == t {
					seen[key(m)] = m
				}
			}
		}
	}
	out := make([]Mount, 0, len(seen))
	for _, m := range seen {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

// FileImages lists the images read for their files on the build platform
// (what the final layers copy, what image mounts show), once each, sorted.
func (p *Plan) FileImages() []string {
	seen := map[string]bool{}
	var out []string
	add := func(ref string) {
		if !seen[ref] {
			seen[ref] = true
			out = append(out, ref)
		}
	}
	for _, c := range p.copies() {
		if c.From.Kind == RefImage {
			add(c.From.Name)
		}
	}
	for _, s := range p.Stages {
		for _, r := range s.Runs {
			for _, m := range r.Mounts {
				if m.Type == MountImage {
					add(m.Image)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

func (p *Plan) copies() []Copy {
	var out []Copy
	for _, l := range p.Image.Layers {
		out = append(out, l.Copies...)
	}
	return out
}

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

// SortMounts sorts every run's mounts by target, the order the Plan
// promises.
func SortMounts(stages []Stage) {
	for i := range stages {
		for j := range stages[i].Runs {
			ms := stages[i].Runs[j].Mounts
			sort.Slice(ms, func(a, b int) bool { return ms[a].Target < ms[b].Target })
		}
	}
}

// SeesSource reports whether the stage's commands see the app's source
// (the whole context copied in, or mounted), rather than only manifests:
// such a stage makes what ships, so it gets SOURCE_DATE_EPOCH, which a
// dependency stage must not see or it would re-run for every commit.
func (s *Stage) SeesSource() bool {
	if s.Inputs.All {
		return true
	}
	for _, r := range s.Runs {
		for _, m := range r.Mounts {
			if m.Type == MountContext {
				return true
			}
		}
	}
	return false
}
