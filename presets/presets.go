// Package presets is slimfront's catalog: for each language, a function
// that turns a validated app.toml and a few facts read from the source tree
// into a plan.Plan. Presets hold what an expert knows about a language's
// build; the mechanisms they share (final image assembly) live in final.go.
// Nothing here imports BuildKit.
package presets

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/spec"
)

// Input is what a preset reads.
type Input struct {
	Spec *spec.Spec
	// Source is the build context (after .dockerignore), read-only.
	Source fs.FS
	// Platform is the target platform: "linux/amd64", "linux/arm/v7".
	Platform string
	// BuildPlatform is where builder stages run ("linux/amd64").
	BuildPlatform string
}

// preset builds the plan for one language.
type preset struct {
	name string
	// detect reports whether the source tree looks like this language.
	detect func(fs.FS) bool
	plan   func(Input) (*plan.Plan, error)
}

// catalog lists the presets, in detection order.
var catalog = []preset{
	{name: "go", detect: hasFile("go.mod"), plan: planGo},
}

// languageAliases are other names people write for a preset's language,
// too far from it for an edit-distance suggestion.
var languageAliases = map[string]string{"golang": "go"}

// Names lists the languages slimfront has a preset for.
func Names() []string {
	var out []string
	for _, p := range catalog {
		out = append(out, p.name)
	}
	sort.Strings(out)
	return out
}

// Plan picks the preset for in.Spec.Language (detecting it when empty) and
// returns its plan. Errors about app.toml are *spec.Error values that name
// the file and line.
func Plan(in Input) (*plan.Plan, error) {
	p, err := pick(in)
	if err != nil {
		return nil, err
	}
	pl, err := p.plan(in)
	if err != nil {
		return nil, err
	}
	pl.Preset = p.name
	pl.Platform = in.Platform
	return pl, nil
}

func pick(in Input) (preset, error) {
	lang := in.Spec.Language
	if lang == "" {
		for _, p := range catalog {
			if p.detect(in.Source) {
				return p, nil
			}
		}
		return preset{}, in.Spec.Errorf("language", "cannot tell the language of this build context (no go.mod at its root); set language = %q (one of: %s)",
			"go", strings.Join(Names(), ", "))
	}
	for _, p := range catalog {
		if p.name == lang {
			return p, nil
		}
	}
	msg := fmt.Sprintf("no preset for language %q; available: %s", lang, strings.Join(Names(), ", "))
	s := languageAliases[lang]
	if s == "" {
		s = spec.Suggest(lang, Names())
	}
	if s != "" {
		msg = fmt.Sprintf("no preset for language %q — did you mean %q?", lang, s)
	}
	return preset{}, in.Spec.Errorf("language", "%s", msg)
}

func hasFile(name string) func(fs.FS) bool {
	return func(fsys fs.FS) bool { return exists(fsys, name) }
}

func exists(fsys fs.FS, name string) bool {
	_, err := fs.Stat(fsys, name)
	return err == nil
}

// readOptional reads a file, returning nil without error when it is absent.
func readOptional(fsys fs.FS, name string) ([]byte, error) {
	data, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return data, err
}

// SourcePatterns are the context paths (include patterns) presets read
// facts from; the frontend transfers only these before planning.
func SourcePatterns(s *spec.Spec) []string {
	entry := s.Entrypoint
	if entry == "" {
		entry = "."
	}
	return []string{
		"go.mod", "go.sum", "go.work", "go.work.sum", "**/go.mod", "**/go.sum",
		"vendor/modules.txt",
		path.Join(entry, "*.go"),
	}
}
