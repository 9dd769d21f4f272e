package plan_test

import (
	"strings"
	"testing"

	"github.com/slimfront/slimfront/plan"
)

func TestValidateAcceptsTypicalPlans(t *testing.T) {
	if err := typical().Validate(); err != nil {
		t.Fatalf("Validate(typical) = %v", err)
	}
	// Warnings of every rule.
	p := typical()
	for rule := range plan.Rules {
		p.Warnings = append(p.Warnings, plan.Warning{Rule: rule, Msg: "advice"})
	}
	if err := p.Validate(); err != nil {
		t.Errorf("Validate(warnings) = %v", err)
	}
	// A scratch image with a files-only layer and a stage on scratch.
	p = typical()
	p.Stages[0].From = plan.Scratch
	p.Image.Base = plan.Scratch
	p.Image.Layers = p.Image.Layers[3:]
	if err := p.Validate(); err != nil {
		t.Errorf("Validate(scratch) = %v", err)
	}
}

func TestValidateRejects(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(p *plan.Plan)
		want   string
	}{
		{"duplicate stage", func(p *plan.Plan) { p.Stages[2].Name = "deps" },
			`two stages are called "deps"`},
		// A line break in a path would become a line of an ejected Dockerfile.
		{"line break in an input", func(p *plan.Plan) { p.Stages[0].Inputs.Paths = []string{"go.mod\nRUN x"} },
			`must be relative to the context`},
		{"line break in a copy destination", func(p *plan.Plan) { p.Image.Layers[0].Copies[0].Dest = "/\nRUN x" },
			`both must be absolute`},
		{"reserved name final", func(p *plan.Plan) { p.Stages[2].Name = plan.FinalStage },
			`stage name "final" is reserved`},
		{"stage name not a word", func(p *plan.Plan) { p.Stages[2].Name = "Native Build" },
			`stage name "Native Build"`},
		{"from a later stage", func(p *plan.Plan) { p.Stages[0].From = plan.StageRef("build") },
			`stage deps: from "build", which is not an earlier stage`},
		{"from itself", func(p *plan.Plan) { p.Stages[1].From = plan.StageRef("build") },
			`stage build: from "build", which is not an earlier stage`},
		{"from an image with no name", func(p *plan.Plan) { p.Stages[0].From = plan.ImageRef("") },
			"stage deps: from an image with no name"},
		{"from the context", func(p *plan.Plan) { p.Stages[0].From = plan.Context },
			`stage deps: from must be an image, an earlier stage or scratch, got "context"`},
		{"relative workdir", func(p *plan.Plan) { p.Stages[1].Workdir = "app" },
			`stage build: workdir "app" is not absolute`},
		{"unknown platform", func(p *plan.Plan) { p.Stages[2].Platform = "linux/arm64" },
			`stage native: platform "linux/arm64"`},
		{"bad stage env entry", func(p *plan.Plan) { p.Stages[0].Env = []string{"NOVALUE"} },
			`stage deps: env entry "NOVALUE" is not KEY=VALUE`},
		{"stage env entry without a key", func(p *plan.Plan) { p.Stages[0].Env = []string{"=x"} },
			`stage deps: env entry "=x" is not KEY=VALUE`},
		{"absolute input pattern", func(p *plan.Plan) { p.Stages[0].Inputs.Paths = []string{"/package.json"} },
			`stage deps: input pattern "/package.json" must be relative`},
		{"input exclude outside the context", func(p *plan.Plan) { p.Stages[2].Inputs.Exclude = []string{"../secrets"} },
			`stage native: input pattern "../secrets" must be relative`},
		{"stage without commands", func(p *plan.Plan) { p.Stages[2].Runs = nil },
			"stage native: no commands"},
		{"run without args", func(p *plan.Plan) { p.Stages[1].Runs[1].Args = nil },
			`stage build: command "test" has no arguments`},
		{"relative mount target", func(p *plan.Plan) { p.Stages[1].Runs[0].Mounts[0].Target = "src" },
			`stage build: mount target "src" is not absolute`},
		{"cache mount without ID", func(p *plan.Plan) { p.Stages[0].Runs[0].Mounts[0].CacheID = "" },
			"stage deps: cache mount /root/.npm has no ID"},
		{"secret without ID", func(p *plan.Plan) { p.Stages[0].Runs[0].Mounts[1].SecretID = "" },
			"stage deps: secret mount /root/.npmrc has no secret ID"},
		{"image mount without an image", func(p *plan.Plan) {
			p.Stages[0].Runs[0].Mounts = append(p.Stages[0].Runs[0].Mounts, plan.Mount{Target: "/tools", Type: plan.MountImage, Source: "/bin"})
		}, "stage deps: image mount /tools needs an image and an absolute source directory"},
		{"image mount of a relative directory", func(p *plan.Plan) {
			p.Stages[0].Runs[0].Mounts = append(p.Stages[0].Runs[0].Mounts, plan.Mount{Target: "/tools", Type: plan.MountImage, Image: "x:1", Source: "bin"})
		}, "stage deps: image mount /tools needs an image and an absolute source directory"},
		{"cache seeded from its own stage", func(p *plan.Plan) {
			p.Stages[0].Runs[0].Mounts[0].From, p.Stages[0].Runs[0].Mounts[0].Source = "deps", "/root/.npm"
		}, `stage deps: cache mount /root/.npm starts from "deps", which is not an earlier stage`},
		{"cache seeded from a later stage", func(p *plan.Plan) {
			p.Stages[0].Runs[0].Mounts[0].From, p.Stages[0].Runs[0].Mounts[0].Source = "build", "/root/.npm"
		}, `stage deps: cache mount /root/.npm starts from "build", which is not an earlier stage`},
		{"cache seeded from the stage's own base", func(p *plan.Plan) {
			p.Stages[1].Runs[1].Mounts = append(p.Stages[1].Runs[1].Mounts, plan.Mount{Target: "/c", Type: plan.MountCache, CacheID: "c", From: "deps", Source: "/c"})
		}, `stage build: cache mount /c starts from "deps", the stage's own base`},
		{"cache seeded with no directory", func(p *plan.Plan) {
			p.Stages[0].Runs[0].Mounts[0].From = "x"
			p.Stages = append([]plan.Stage{{Name: "x", From: plan.Scratch, Workdir: "/", Runs: []plan.Run{{Name: "x", Args: []string{"x"}}}}}, p.Stages...)
		}, "stage deps: cache mount /root/.npm needs both a stage and an absolute source directory to start from, or neither"},
		{"stage mount of a later stage", func(p *plan.Plan) {
			p.Stages[0].Runs[0].Mounts = append(p.Stages[0].Runs[0].Mounts, plan.Mount{Target: "/v", Type: plan.MountStage, From: "build", Source: "/v"})
		}, `stage deps: stage mount /v shows "build", which is not an earlier stage`},
		{"stage mount of its own stage", func(p *plan.Plan) {
			p.Stages[0].Runs[0].Mounts = append(p.Stages[0].Runs[0].Mounts, plan.Mount{Target: "/v", Type: plan.MountStage, From: "deps", Source: "/v"})
		}, `stage deps: stage mount /v shows "deps", which is not an earlier stage`},
		{"stage mount of a relative directory", func(p *plan.Plan) {
			p.Stages[1].Runs[1].Mounts = append(p.Stages[1].Runs[1].Mounts, plan.Mount{Target: "/v", Type: plan.MountStage, From: "deps", Source: "v"})
		}, "stage build: stage mount /v needs an absolute source directory"},
		{"stage mount of the stage's own base", func(p *plan.Plan) {
			p.Stages[1].Runs[1].Mounts = append(p.Stages[1].Runs[1].Mounts, plan.Mount{Target: "/v", Type: plan.MountStage, From: "deps", Source: "/v"})
		}, `stage build: stage mount /v shows "deps", the stage's own base`},
		{"unknown mount type", func(p *plan.Plan) { p.Stages[0].Runs[0].Mounts[0].Type = "tmpfs" },
			`stage deps: unknown mount type "tmpfs"`},
		{"two output mounts", func(p *plan.Plan) {
			p.Stages[1].Runs[1].Mounts = append(p.Stages[1].Runs[1].Mounts, plan.Mount{Target: "/dist", Type: plan.MountOutput})
		}, "stage build: 2 output mounts; a stage has at most one"},
		{"final base is a stage", func(p *plan.Plan) { p.Image.Base = plan.StageRef("build") },
			"final image: base must be scratch or an image"},
		{"final base image with no name", func(p *plan.Plan) { p.Image.Base = plan.ImageRef("") },
			"final image: base must be scratch or an image"},
		{"empty layer", func(p *plan.Plan) { p.Image.Layers = append(p.Image.Layers, plan.Layer{Name: "nothing"}) },
			"layer nothing is empty"},
		{"copy from a missing stage", func(p *plan.Plan) { p.Image.Layers[2].Copies[0].From = plan.StageRef("dist") },
			`layer app: copy from stage "dist", which the plan does not have`},
		{"copy from scratch", func(p *plan.Plan) { p.Image.Layers[2].Copies[0].From = plan.Scratch },
			`layer app: copy from "scratch": want an image, a stage or the context`},
		{"copy with a relative src", func(p *plan.Plan) { p.Image.Layers[2].Copies[1].Src = "src" },
			"layer app: copy src → /app: both must be absolute"},
		{"copy with a relative dest", func(p *plan.Plan) { p.Image.Layers[2].Copies[1].Dest = "app" },
			"layer app: copy / → app: both must be absolute"},
		{"copy without paths", func(p *plan.Plan) { p.Image.Layers[2].Copies[1].Paths = nil },
			"layer app: copy from context has no paths"},
		{"exclude without paths [.]", func(p *plan.Plan) { p.Image.Layers[1].Copies[0].Paths = []string{"express"} },
			`layer node_modules: copy from native: exclude patterns need paths ["."]`},
		{"exclude with more paths than .", func(p *plan.Plan) { p.Image.Layers[1].Copies[0].Paths = []string{".", "x"} },
			`layer node_modules: copy from native: exclude patterns need paths ["."]`},
		{"copy path outside src", func(p *plan.Plan) { p.Image.Layers[2].Copies[0].Paths = []string{"../etc"} },
			`layer app: copy path "../etc" must be relative to /out`},
		{"relative file", func(p *plan.Plan) { p.Image.Layers[3].Files[0].Path = "etc/app.conf" },
			`layer config: file "etc/app.conf" is not absolute`},
		{"no entrypoint", func(p *plan.Plan) { p.Image.Config.Entrypoint = nil },
			"final image: no entrypoint"},
		{"relative image workdir", func(p *plan.Plan) { p.Image.Config.Workdir = "" },
			`final image: workdir "" is not absolute`},
		{"bad image env entry", func(p *plan.Plan) { p.Image.Config.Env = []string{"BAD KEY=1"} },
			`final image: env entry "BAD KEY=1" is not KEY=VALUE`},
		// A warning without a rule would reach --call check nameless.
		{"warning without a rule", func(p *plan.Plan) { p.Warnings = []plan.Warning{{Source: "runtime.user", Msg: "root"}} },
			`warning "root": rule "" is not one of plan.Rules`},
		{"warning of an unknown rule", func(p *plan.Plan) { p.Warnings = []plan.Warning{{Rule: "rootUser", Msg: "root"}} },
			`warning "root": rule "rootUser" is not one of plan.Rules`},
		{"warning without a message", func(p *plan.Plan) { p.Warnings = []plan.Warning{{Rule: plan.RuleRootUser}} },
			"warning of rule RootUser has no message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := typical()
			tt.mutate(p)
			err := p.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Validate() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// Every problem is reported at once, one per line.
func TestValidateReportsEveryProblem(t *testing.T) {
	p := typical()
	p.Stages[1].Workdir = "app"
	p.Stages[0].Runs[0].Mounts[0].CacheID = ""
	p.Image.Config.Entrypoint = nil
	err := p.Validate()
	if err == nil {
		t.Fatal("Validate() = nil")
	}
	lines := strings.Split(err.Error(), "\n")
	want := []string{
		"stage deps: cache mount /root/.npm has no ID",
		`stage build: workdir "app" is not absolute`,
		"final image: no entrypoint",
	}
	if len(lines) != len(want) {
		t.Fatalf("Validate() reports %d problems, want %d:\n%v", len(lines), len(want), err)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("problem %d = %q, want %q", i, lines[i], want[i])
		}
	}
}
