// Package presets is slimfront's catalog: an ordered list of language
// presets (each a folder here: data plus one plan function, see package
// preset), and the choice of one for an app. Adding a language is a folder
// and a line in catalog. Nothing here imports BuildKit.
package presets

import (
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/golang"
	"github.com/slimfront/slimfront/presets/node"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/presets/python"
	"github.com/slimfront/slimfront/presets/rust"
	"github.com/slimfront/slimfront/presets/static"
	"github.com/slimfront/slimfront/spec"
)

// catalog lists the presets in detection order: when a context matches
// several, the first wins.
var catalog = []*preset.Preset{
	golang.Preset,
	static.Preset,
	node.Preset,
	python.Preset,
	rust.Preset,
}

// Input is what a preset reads.
type Input = preset.Input

// Names lists the languages slimfront has a preset for, sorted.
func Names() []string {
	var out []string
	for _, p := range catalog {
		out = append(out, p.Name)
	}
	sort.Strings(out)
	return out
}

// Tables are the app.toml tables presets own, for spec.Parse.
func Tables() []spec.Table {
	var out []spec.Table
	for _, p := range catalog {
		out = append(out, spec.Table{Name: p.Name, Check: p.Check})
	}
	return out
}

// Parse parses app.toml with the catalog's language tables.
func Parse(file string, data []byte) (*spec.Spec, error) {
	return spec.Parse(file, data, Tables()...)
}

// FactPatterns are the context paths (include patterns) any preset may
// read facts from; the frontend transfers only these before planning.
// With language set, only that preset's; otherwise every preset's, since
// detection needs them. known holds what an earlier round transferred
// (nil in the first): see preset.Preset.Facts.
func FactPatterns(s *spec.Spec, known fs.FS) []string {
	if known == nil {
		known = fstest.MapFS{}
	}
	var out []string
	for _, p := range catalog {
		if s.Language == "" || s.Language == p.Name {
			out = append(out, p.Detect...)
			out = append(out, p.Facts(s, known)...)
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// ReadFacts loads the context files presets read facts from, with read,
// which returns the context's files that match include patterns. Patterns
// may depend on what an earlier round found (package.json names the entry
// file; a Go package's imports name the next packages), so each round
// reads what the last one made known, until a round adds no pattern or
// maxFactRounds is reached: facts found after that are left unread, which
// costs a preset precision, never correctness. The frontend and
// slimfront's local commands both read the context this way.
func ReadFacts(s *spec.Spec, read func(patterns []string) (fs.FS, error)) (fs.FS, error) {
	patterns := FactPatterns(s, nil)
	known, err := read(patterns)
	for round := 1; err == nil && round < maxFactRounds; round++ {
		more := FactPatterns(s, known)
		if slices.Equal(more, patterns) {
			break
		}
		patterns = more
		known, err = read(patterns)
	}
	return known, err
}

// maxFactRounds bounds the transfers before planning: each is a solve. A
// Go app's packages are read one import level per round.
const maxFactRounds = 8

// Plan picks the preset for in.Spec.Language (detecting it when empty) and
// returns its plan. Errors about app.toml are *spec.Error values that name
// the file and line.
func Plan(in Input) (*plan.Plan, error) {
	p, warnings, err := pick(in)
	if err != nil {
		return nil, err
	}
	if err := foreignTables(in.Spec, p); err != nil {
		return nil, err
	}
	if err := p.CheckEnv(in.Spec); err != nil {
		return nil, err
	}
	pl, err := p.Plan(in)
	if err != nil {
		return nil, err
	}
	pl.Preset = p.Name
	pl.Platform = in.Platform
	pl.Warnings = append(warnings, pl.Warnings...)
	return pl, nil
}

// pick chooses the preset: the language key, else the first preset whose
// files the context has, with a warning naming any other that matched.
func pick(in Input) (*preset.Preset, []plan.Warning, error) {
	lang := in.Spec.Language
	if lang != "" {
		p, err := byName(in.Spec, lang)
		return p, nil, err
	}
	var found []*preset.Preset
	for _, p := range catalog {
		ok, err := p.Matches(in.Source)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			found = append(found, p)
		}
	}
	if len(found) == 0 {
		for _, p := range catalog {
			for _, ext := range p.EntryExts {
				if strings.HasSuffix(in.Spec.Entrypoint, ext) && preset.Exists(in.Source, in.Spec.Entrypoint) {
					return p, nil, nil
				}
			}
		}
		return nil, nil, in.Spec.Errorf("language", "cannot tell the language of this build context: it has none of %s at its root; set language to one of %s",
			strings.Join(detectFiles(), ", "), spec.Quote(Names()))
	}
	var warnings []plan.Warning
	for _, other := range found[1:] {
		warnings = append(warnings, plan.Warning{Rule: plan.RuleAmbiguousLanguage, Source: "language", Msg: fmt.Sprintf(
			"the context looks like %s (%s) and also like %s (%s); building it as %s. Add language = %q to app.toml to say which",
			found[0].Name, strings.Join(found[0].Detect, ", "), other.Name, strings.Join(other.Detect, ", "), found[0].Name, found[0].Name)})
	}
	return found[0], warnings, nil
}

func byName(s *spec.Spec, lang string) (*preset.Preset, error) {
	for _, p := range catalog {
		if p.Name == lang {
			return p, nil
		}
	}
	var aliased string
	for _, p := range catalog {
		if slices.Contains(p.Aliases, lang) {
			aliased = p.Name
		}
	}
	msg := fmt.Sprintf("no preset for language %q; available: %s", lang, strings.Join(Names(), ", "))
	if aliased == "" {
		aliased = spec.Suggest(lang, Names())
	}
	if aliased != "" {
		msg = fmt.Sprintf("no preset for language %q — did you mean %q?", lang, aliased)
	}
	return nil, s.Errorf("language", "%s", msg)
}

// foreignTables refuses the tables of other languages than p's: their
// keys would be silently ignored.
func foreignTables(s *spec.Spec, p *preset.Preset) error {
	probs := s.Problems()
	for _, t := range s.Tables() {
		if t != p.Name {
			probs.Errorf(t, "[%s] holds settings of the %s preset, but this app is built with the %s preset; remove the table, or set language = %q",
				t, t, p.Name, t)
		}
	}
	return probs.Err()
}

// detectFiles lists the files that mark any language, in catalog order,
// once each.
func detectFiles() []string {
	var out []string
	for _, p := range catalog {
		for _, f := range p.Detect {
			if !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}
