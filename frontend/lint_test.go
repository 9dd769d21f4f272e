package frontend

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/frontend/subrequests/lint"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets"
)

// The app.toml of the lint tests: go-hello with settings that break a
// rule each, on lines 4 to 7.
const lintTOML = `# syntax=org/slimfront
name = "hello"
[runtime]
ports = [80]
base  = "gcr.io/distroless/static-debian13"
[runtime.healthcheck]
cmd = ["sh", "-c", "wget -q -O- localhost/health"]
`

// lintCase plans examples/go-hello with lintTOML and answers --call
// check for it, as lint does.
func lintCase(t *testing.T) *lint.LintResults {
	t.Helper()
	s, err := presets.Parse("app.toml", []byte(lintTOML))
	if err != nil {
		t.Fatal(err)
	}
	p, err := presets.Plan(presets.Input{Spec: s, Source: os.DirFS("../examples/go-hello"), Platform: "linux/amd64", BuildPlatform: "linux/amd64"})
	if err != nil {
		t.Fatal(err)
	}
	return lintResults(s, sourceMap(lintTOML), p.Warnings)
}

// sourceMap is app.toml's source map, as dockerui makes it.
func sourceMap(data string) *llb.SourceMap {
	sm := llb.NewSourceMap(nil, "app.toml", "toml", []byte(data))
	sm.Definition = &llb.Definition{}
	return sm
}

// Each warning is a lint result named by its rule, with the rule's
// description and README section, at its app.toml line.
func TestLintResults(t *testing.T) {
	res := lintCase(t)
	if len(res.Sources) != 1 || res.Sources[0].Filename != "app.toml" || string(res.Sources[0].Data) != lintTOML {
		t.Fatalf("sources = %+v, want app.toml alone", res.Sources)
	}
	want := map[string]int32{ // rule: line
		plan.RuleLowPort:          4,
		plan.RuleUnpinnedBase:     5,
		plan.RuleShellHealthcheck: 7,
	}
	if len(res.Warnings) != len(want) {
		t.Fatalf("warnings = %+v, want one per rule of %v", res.Warnings, want)
	}
	for _, w := range res.Warnings {
		line, ok := want[w.RuleName]
		if !ok {
			t.Errorf("unexpected rule %q: %+v", w.RuleName, w)
			continue
		}
		if w.Description != plan.Rules[w.RuleName] || w.Description == "" {
			t.Errorf("%s: description %q, want plan.Rules'", w.RuleName, w.Description)
		}
		if url := "https://github.com/slimfront/slimfront#rule-" + strings.ToLower(w.RuleName); w.URL != url {
			t.Errorf("%s: url %q, want %q", w.RuleName, w.URL, url)
		}
		if w.Detail == "" || strings.Contains(w.Detail, "["+w.RuleName+"]") {
			t.Errorf("%s: detail %q, want the message alone", w.RuleName, w.Detail)
		}
		loc := w.Location
		if loc.SourceIndex != 0 || len(loc.Ranges) != 1 || loc.Ranges[0].Start.Line != line || loc.Ranges[0].End.Line != line {
			t.Errorf("%s: location %+v, want app.toml line %d", w.RuleName, loc, line)
		}
	}
}

// What buildx prints for --check: the rule and its URL, the message, and
// the app.toml lines around the one it is about.
func TestLintResultsPrinted(t *testing.T) {
	var buf bytes.Buffer
	if err := lintCase(t).PrintTo(&buf, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, part := range []string{
		"WARNING: LowPort - https://github.com/slimfront/slimfront#rule-lowport\nport 80 is below 1024",
		">>> ports = [80]",
		"WARNING: UnpinnedBase - https://github.com/slimfront/slimfront#rule-unpinnedbase\n",
		`>>> base  = "gcr.io/distroless/static-debian13"`,
		"WARNING: ShellHealthcheck - https://github.com/slimfront/slimfront#rule-shellhealthcheck\n",
		`>>> cmd = ["sh", "-c", "wget -q -O- localhost/health"]`,
	} {
		if !strings.Contains(out, part) {
			t.Errorf("--check output lacks %q:\n%s", part, out)
		}
	}
}

// A warning about a key app.toml does not write has no range: buildx
// prints it without lines.
func TestLintResultsWithoutLine(t *testing.T) {
	s, err := presets.Parse("app.toml", []byte("name = \"hello\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	w := plan.Warning{Rule: plan.RuleNoLockfile, Source: "language", Msg: "go.mod requires modules but the context has no go.sum"}
	res := lintResults(s, sourceMap("name = \"hello\"\n"), []plan.Warning{w})
	if len(res.Warnings) != 1 || res.Warnings[0].RuleName != plan.RuleNoLockfile || len(res.Warnings[0].Location.Ranges) != 0 {
		t.Fatalf("warnings = %+v, want NoLockfile without a range", res.Warnings)
	}
	if got, want := warnText(s, w), "app.toml: go.mod requires modules but the context has no go.sum [NoLockfile]"; got != want {
		t.Errorf("warnText = %q, want %q", got, want)
	}
}

// The build output names the line and the rule.
func TestWarnText(t *testing.T) {
	s, err := presets.Parse("app.toml", []byte(lintTOML))
	if err != nil {
		t.Fatal(err)
	}
	w := plan.Warning{Rule: plan.RuleLowPort, Source: "runtime.ports", Msg: "port 80 is below 1024"}
	if got, want := warnText(s, w), "app.toml:4: port 80 is below 1024 [LowPort]"; got != want {
		t.Errorf("warnText = %q, want %q", got, want)
	}
}
