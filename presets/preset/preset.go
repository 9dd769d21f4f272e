// Package preset is what every language preset is made of and shares: the
// Preset type (data plus one plan function), the Input it reads, helpers
// for reading facts from the source tree, and the assembly of the final
// image from a preset's runtime description and app.toml's [runtime].
// Nothing here imports BuildKit.
package preset

import (
	"errors"
	"io/fs"
	"maps"
	"slices"
	"sort"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/spec"
)

// Preset is one language of the catalog.
type Preset struct {
	// Name is the value of app.toml's language key, and the name of the
	// preset's own table ([go], [node]).
	Name string
	// Aliases are other names people write for the language ("golang").
	Aliases []string
	// Detect are files at the context root that mark the language.
	Detect []string
	// Match, when set, decides detection instead of Detect's files alone,
	// for a language that shares its files with another (a static site
	// and a Node app both have package.json). Its source holds what
	// Facts selected.
	Match func(src fs.FS) (bool, error)
	// EntryExts are extensions of an entrypoint file that mark the
	// language when no preset's files do ("main.py" and nothing else).
	EntryExts []string
	// Check decodes and checks the preset's own app.toml table ([go]),
	// when the file has it, so its problems are reported with the rest
	// of the file's; Plan decodes it again.
	Check func(s *spec.Spec) error
	// Facts returns the include patterns of the context files Plan reads
	// (manifests, lockfiles, the entrypoint's files); the frontend
	// transfers only these before planning. known holds the files a first
	// round transferred (empty in that round), so patterns may depend on
	// them: package.json names the entry file.
	Facts func(s *spec.Spec, known fs.FS) []string
	// Plan makes the plan for one target platform.
	Plan func(in Input) (*plan.Plan, error)
	// ReservedEnv are the build environment variables the preset sets
	// itself, each with what a user writes instead ("[go] static" for
	// CGO_ENABLED). [build] env may not set them: the value would win
	// over the preset's without a word, and build something else than
	// app.toml says (another architecture, cgo on scratch, caches off
	// their mounts).
	ReservedEnv map[string]string
}

// CheckEnv refuses [build] env variables that p reserves, each at its
// line, naming what to write instead.
func (p *Preset) CheckEnv(s *spec.Spec) error {
	probs := s.Problems()
	for _, name := range slices.Sorted(maps.Keys(s.Build.Env)) {
		if instead, ok := p.ReservedEnv[name]; ok {
			probs.Errorf("build.env."+name, "build.env.%s is set by the %s preset, and a value here would silently override it; %s", name, p.Name, instead)
		}
	}
	return probs.Err()
}

// Input is what a preset reads.
type Input struct {
	Spec *spec.Spec
	// Source holds the build context's files that Facts selected (after
	// .dockerignore), read-only.
	Source fs.FS
	// Platform is the target platform: "linux/amd64", "linux/arm/v7".
	Platform string
	// BuildPlatform is where builder stages run ("linux/amd64").
	BuildPlatform string
	// Self is the image this slimfront runs from, pinned when known,
	// which holds the tools a preset copies into images or mounts into
	// builder stages (the static file server); "" when unknown.
	Self string
}

// Matches reports whether the context in src looks like p's language.
func (p *Preset) Matches(src fs.FS) (bool, error) {
	if p.Match != nil {
		return p.Match(src)
	}
	for _, f := range p.Detect {
		if Exists(src, f) {
			return true, nil
		}
	}
	return false, nil
}

// Exists reports whether name is in fsys.
func Exists(fsys fs.FS, name string) bool {
	_, err := fs.Stat(fsys, name)
	return err == nil
}

// ReadOptional reads a file, returning nil without error when it is absent.
func ReadOptional(fsys fs.FS, name string) ([]byte, error) {
	data, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return data, err
}

// SplitPlatform splits "linux/arm/v7" into its parts; missing ones are "".
func SplitPlatform(p string) (os, arch, variant string) {
	var parts [3]string
	i := 0
	for j := 0; j < len(p) && i < 3; j++ {
		if p[j] == '/' {
			i++
			continue
		}
		parts[i] += string(p[j])
	}
	return parts[0], parts[1], parts[2]
}

// SameArch reports whether two platforms share OS and architecture, so
// code built on one runs on the other.
func SameArch(a, b string) bool {
	ao, aa, _ := SplitPlatform(a)
	bo, ba, _ := SplitPlatform(b)
	return ao == bo && aa == ba
}

// Finish sorts what the Plan promises sorted (mounts by target) and checks
// the plan, so a preset bug fails here rather than in a backend.
func Finish(p *plan.Plan) (*plan.Plan, error) {
	plan.SortMounts(p.Stages)
	sort.SliceStable(p.Warnings, func(i, j int) bool { return p.Warnings[i].Source < p.Warnings[j].Source })
	return p, p.Validate()
}

// NetrcSecret mounts the build secret "netrc" (`--secret id=netrc,src=…`)
// as root's ~/.netrc in a step that fetches dependencies: go, pip and uv
// read credentials for private module proxies and indexes from it. A
// secret is in no layer, no cache key and no history; a build without it
// goes on without credentials.
func NetrcSecret() plan.Mount {
	return plan.Mount{Target: "/root/.netrc", Type: plan.MountSecret, SecretID: "netrc"}
}
