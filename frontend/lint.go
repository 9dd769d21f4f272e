package frontend

import (
	"fmt"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/subrequests/lint"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/spec"
)

// readmeURL is the README of slimfront, which documents every rule in a
// section of its own.
const readmeURL = "https://github.com/slimfront/slimfront"

// ruleURL is the README section of a rule, which `--call check` links.
func ruleURL(rule string) string { return readmeURL + "#" + plan.RuleAnchor(rule) }

// lintResults is the answer to `--call check`: each warning as a lint
// result named by its rule, with the rule's description and README
// section, at the app.toml lines of its key (sm holds app.toml), as the
// Dockerfile frontend reports its rules.
func lintResults(s *spec.Spec, sm *llb.SourceMap, warnings []plan.Warning) *lint.LintResults {
	res := &lint.LintResults{}
	src := res.AddSource(sm)
	for _, w := range warnings {
		var at []parser.Range
		if r := s.Range(w.Source); r.Start > 0 {
			at = []parser.Range{{Start: parser.Position{Line: r.Start}, End: parser.Position{Line: r.End}}}
		}
		res.AddWarning(w.Rule, plan.Rules[w.Rule], ruleURL(w.Rule), w.Msg, src, at)
	}
	return res
}

// warnText is a warning as the build output shows it, with the app.toml
// line of its key when it has one: "app.toml:4: port 80 is … [LowPort]".
// buildx shows a warning's range only with --debug, so the text names
// the line.
func warnText(s *spec.Spec, w plan.Warning) string {
	if r := s.Range(w.Source); r.Start > 0 {
		return fmt.Sprintf("%s:%d: %s [%s]", s.File, r.Start, w.Msg, w.Rule)
	}
	return fmt.Sprintf("%s: %s [%s]", s.File, w.Msg, w.Rule)
}
