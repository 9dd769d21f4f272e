package eject_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/moby/buildkit/frontend/dockerfile/command"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerfile/shell"

	"github.com/slimfront/slimfront/eject"
	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets"
	"github.com/slimfront/slimfront/spec"
)

const typicalToml = `# syntax=org/slimfront
entrypoint = "./cmd/server"

[build]
ldflags = "-X main.version=1.0"
tags = ["netgo"]

[runtime]
args  = ["--listen", ":8080"]
ports = [8080, "9090/udp"]
env   = { PORT = "8080", LOG_LEVEL = "info" }
files = ["templates"]

[runtime.healthcheck]
cmd          = ["/app/server", "-healthcheck"]
interval     = "30s"
timeout      = "5s"
start_period = "1m30s"
retries      = 3

[labels]
"org.opencontainers.image.source" = "https://example.com/api"
`

func serverApp() fstest.MapFS {
	return fstest.MapFS{
		"go.mod":               {Data: []byte("module example.com/api\n\ngo 1.26\n")},
		"go.sum":               {Data: []byte("")},
		"cmd/server/main.go":   {Data: []byte("package main\n\nfunc main() {}\n")},
		"templates/index.html": {Data: []byte("<p>hi</p>\n")},
	}
}

// goPlan plans an app with the Go preset for linux/amd64.
func goPlan(t *testing.T, toml string, src fstest.MapFS) *plan.Plan {
	t.Helper()
	s, err := spec.Parse("app.toml", []byte(toml))
	if err != nil {
		t.Fatalf("spec.Parse: %v", err)
	}
	p, err := presets.Plan(presets.Input{Spec: s, Source: src, Platform: "linux/amd64", BuildPlatform: "linux/amd64"})
	if err != nil {
		t.Fatalf("presets.Plan: %v", err)
	}
	return p
}

func dockerfile(t *testing.T, p *plan.Plan) string {
	t.Helper()
	df, err := eject.Dockerfile(p)
	if err != nil {
		t.Fatalf("eject.Dockerfile: %v", err)
	}
	return df
}

// lines are the Dockerfile's lines, for assertions on whole lines.
func lines(df string) []string { return strings.Split(df, "\n") }

func TestDockerfileTypical(t *testing.T) {
	df := dockerfile(t, goPlan(t, typicalToml, serverApp()))
	wantLines := []string{
		"FROM --platform=$BUILDPLATFORM gcr.io/distroless/static-debian13:nonroot AS files-0",
		"FROM --platform=$BUILDPLATFORM docker.io/library/golang:1.26-trixie AS deps",
		"WORKDIR /src",
		"COPY go.mod go.sum /src/",
		"RUN --mount=type=cache,id=slimfront-go-mod,target=/go/pkg/mod,sharing=shared \\",
		`    ["go","mod","download","-x"]`,
		"FROM deps AS build",
		"    --mount=type=cache,id=slimfront-go-build,target=/root/.cache/go-build,sharing=shared \\",
		"    --mount=type=bind,target=/src \\",
		`    ["go","build","-trimpath","-buildvcs=false","-mod=readonly","-ldflags=-s -w -X main.version=1.0","-tags=netgo","-o","/out/server","./cmd/server"]`,
		"FROM scratch AS final",
		"COPY --parents --from=files-0 /home/nonroot /tmp /",
		`COPY <<"EOF" /etc/passwd`,
		"nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin",
		"COPY --parents --from=files-0 /etc/ssl/certs/ca-certificates.crt /",
		"COPY --parents --from=files-0 /usr/share/zoneinfo /",
		"COPY --from=build /out/server /app/server",
		"COPY --parents /templates /app/",
		`ENV LOG_LEVEL="info" \`,
		`    PORT="8080"`,
		"EXPOSE 8080/tcp 9090/udp",
		"WORKDIR /app",
		"USER 65532:65532",
		`HEALTHCHECK --interval=30s --timeout=5s --start-period=1m30s --retries=3 CMD ["/app/server","-healthcheck"]`,
		`ENTRYPOINT ["/app/server"]`,
		`CMD ["--listen",":8080"]`,
	}
	got := lines(df)
	for _, want := range wantLines {
		if !slices.Contains(got, want) {
			t.Errorf("Dockerfile lacks the line\n\t%s\nDockerfile:\n%s", want, df)
		}
	}
	// Generated files are 0644, which a heredoc COPY gives already;
	// --chmod would also change the directories COPY creates.
	if strings.Contains(df, "--chmod") {
		t.Errorf("Dockerfile uses --chmod for 0644 files:\n%s", df)
	}
	// Order of the final stage: layers as in the plan, then the config.
	order := []string{"# base-files", "# ca-certificates", "# zoneinfo", "# app", "# files", "ENV ", "LABEL ", "EXPOSE ", "WORKDIR /app", "USER ", "HEALTHCHECK ", "ENTRYPOINT ", "CMD "}
	final := df[strings.Index(df, "FROM scratch AS final"):]
	last := -1
	for _, s := range order {
		i := strings.Index(final, "\n"+s)
		if i < 0 || i < last {
			t.Errorf("%q is missing or out of order in the final stage:\n%s", s, final)
		}
		last = i
	}
}

func TestDockerfileParses(t *testing.T) {
	p := goPlan(t, typicalToml, serverApp())
	stages := parse(t, dockerfile(t, p))

	type stageWant struct{ name, base, platform string }
	var got []stageWant
	for _, s := range stages {
		got = append(got, stageWant{s.name, s.base, s.platform})
	}
	want := []stageWant{
		{"files-0", "gcr.io/distroless/static-debian13:nonroot", "$BUILDPLATFORM"},
		{"deps", "docker.io/library/golang:1.26-trixie", "$BUILDPLATFORM"},
		{"build", "deps", ""},
		{"final", "scratch", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("stages = %+v, want %+v", got, want)
	}
	byName := map[string]stage{}
	for _, s := range stages {
		byName[s.name] = s
	}

	// Each builder step runs the plan's command in exec form, with the
	// plan's mounts and environment.
	for _, st := range p.Stages {
		s := byName[st.Name]
		runs := s.all("run")
		if len(runs) != 1 {
			t.Fatalf("stage %s has %d RUN, want 1", st.Name, len(runs))
		}
		run := runs[0]
		if !run.json || !slices.Equal(run.args, st.Run.Args) {
			t.Errorf("stage %s runs %q (exec form %v), want exec form %q", st.Name, run.args, run.json, st.Run.Args)
		}
		var mounts []string
		for _, f := range run.flags {
			m, ok := strings.CutPrefix(f, "--mount=")
			if !ok {
				t.Errorf("stage %s: RUN flag %s", st.Name, f)
				continue
			}
			mounts = append(mounts, normalizeMount(t, m))
		}
		var wantMounts []string
		for _, m := range st.Run.Mounts {
			switch m.Type {
			case plan.MountCache:
				wantMounts = append(wantMounts, fmt.Sprintf("id=slimfront-%s,sharing=shared,target=%s,type=cache", m.CacheID, m.Target))
			case plan.MountContext:
				// A bind mount of the context is read-only by default.
				wantMounts = append(wantMounts, fmt.Sprintf("target=%s,type=bind", m.Target))
			}
		}
		if !slices.Equal(mounts, wantMounts) {
			t.Errorf("stage %s mounts:\n got %q\nwant %q", st.Name, mounts, wantMounts)
		}
		if env := s.env(t); !slices.Equal(env, st.Run.Env) {
			t.Errorf("stage %s ENV = %q, want %q", st.Name, env, st.Run.Env)
		}
		if wd := s.all("workdir"); len(wd) != 1 || wd[0].args[0] != st.Workdir {
			t.Errorf("stage %s WORKDIR = %v, want %s", st.Name, wd, st.Workdir)
		}
	}

	// The final stage: the generated files, as heredocs that BuildKit
	// writes byte for byte.
	var files []string
	for _, c := range byName["final"].all("copy") {
		for _, h := range c.heredocs {
			content := h.Content
			if h.Expand {
				var err error
				content, _, err = shell.NewLex('\\').ProcessWord(content, shell.EnvsFromSlice(nil))
				must(t, err)
			}
			files = append(files, c.args[len(c.args)-1]+"="+content)
		}
	}
	var wantFiles []string
	for _, f := range p.Image.Layers[0].Files {
		wantFiles = append(wantFiles, f.Path+"="+f.Content)
	}
	if !slices.Equal(files, wantFiles) {
		t.Errorf("heredoc files:\n got %q\nwant %q", files, wantFiles)
	}
}

// normalizeMount sorts the key=value fields of a --mount flag.
func normalizeMount(t *testing.T, m string) string {
	t.Helper()
	fields, err := csv.NewReader(strings.NewReader(m)).Read()
	if err != nil {
		t.Fatalf("--mount=%s: %v", m, err)
	}
	slices.Sort(fields)
	return strings.Join(fields, ",")
}

// The final stage's instructions, evaluated the way BuildKit's Dockerfile
// frontend evaluates them, give the plan's image config.
func TestDockerfileConfigMatchesPlan(t *testing.T) {
	p := goPlan(t, typicalToml, serverApp())
	got := finalConfig(t, dockerfile(t, p))
	if want := p.Image.Config; !reflect.DeepEqual(got, want) {
		t.Errorf("config of the ejected Dockerfile:\n%+v\nwant the plan's:\n%+v", got, want)
	}
}

func TestDockerfileQuotesValues(t *testing.T) {
	toml := `entrypoint = "./cmd/server"
[build]
env = { GOFLAGS = "-ldflags=-X 'main.a=b c'" }
[runtime]
env = { QUOTE = 'say "hi"', WIN = 'C:\dir\file', SPACES = "a  b", EQ = "a=b", UNI = "héllo — ✓" }
[labels]
"com.example.desc" = 'a "quoted" \ value'
`
	p := goPlan(t, toml, serverApp())
	df := dockerfile(t, p)
	got := finalConfig(t, df)
	if !slices.Equal(got.Env, p.Image.Config.Env) {
		t.Errorf("ENV evaluates to %q, want %q", got.Env, p.Image.Config.Env)
	}
	if !reflect.DeepEqual(got.Labels, p.Image.Config.Labels) {
		t.Errorf("LABEL evaluates to %q, want %q", got.Labels, p.Image.Config.Labels)
	}
	for _, s := range parse(t, df) {
		if s.name == "build" {
			if env := s.env(t); !slices.Equal(env, p.Stage("build").Run.Env) {
				t.Errorf("build ENV evaluates to %q, want %q", env, p.Stage("build").Run.Env)
			}
		}
	}
}

// Values pass through a Dockerfile's variable expansion, so a "$" in an
// environment value or label must be escaped to reach the image unchanged;
// and a Dockerfile string has no \t or \n escapes.
func TestDockerfileKeepsDollarSignsAndControlCharacters(t *testing.T) {
	toml := `entrypoint = "./cmd/server"
[runtime]
env = { PRICE = "$5", GREETING = "hi ${USER}", TAB = "a\tb" }
[labels]
note = "costs $HOME"
`
	p := goPlan(t, toml, serverApp())
	got := finalConfig(t, dockerfile(t, p))
	if !slices.Equal(got.Env, p.Image.Config.Env) || got.Labels["note"] != p.Image.Config.Labels["note"] {
		t.Errorf("the ejected Dockerfile changes values: ENV evaluates to %q, want %q; label note %q, want %q",
			got.Env, p.Image.Config.Env, got.Labels["note"], p.Image.Config.Labels["note"])
	}
}

// finalConfig evaluates the config instructions of df's final stage.
func finalConfig(t *testing.T, df string) plan.Config {
	t.Helper()
	stages := parse(t, df)
	final := stages[len(stages)-1]
	if final.name != "final" {
		t.Fatalf("last stage is %q, want final", final.name)
	}
	var c plan.Config
	c.Env = final.env(t)
	lex := shell.NewLex('\\')
	envs := shell.EnvsFromSlice(c.Env)
	for _, in := range final.instrs {
		switch in.cmd {
		case "label":
			if c.Labels == nil {
				c.Labels = map[string]string{}
			}
			for i := 0; i+1 < len(in.args); i += 3 { // key, value, separator
				k, _, err := lex.ProcessWord(in.args[i], envs)
				must(t, err)
				v, _, err := lex.ProcessWord(in.args[i+1], envs)
				must(t, err)
				c.Labels[k] = v
			}
		case "expose":
			c.Ports = append(c.Ports, in.args...)
		case "workdir":
			c.Workdir = in.args[0]
		case "user":
			c.User = in.args[0]
		case "entrypoint":
			if !in.json {
				t.Errorf("ENTRYPOINT is in shell form: %q", in.args)
			}
			c.Entrypoint = in.args
		case "cmd":
			if !in.json {
				t.Errorf("CMD is in shell form: %q", in.args)
			}
			c.Cmd = in.args
		case "healthcheck":
			c.Healthcheck = healthcheck(t, in)
		}
	}
	return c
}

// healthcheck reads HEALTHCHECK [options] CMD ["exec", "form"].
func healthcheck(t *testing.T, in instr) *plan.Healthcheck {
	t.Helper()
	if len(in.args) < 2 || in.args[0] != "CMD" || !in.json {
		t.Fatalf("HEALTHCHECK %q (exec form %v), want CMD in exec form", in.args, in.json)
	}
	hc := &plan.Healthcheck{Test: in.args[1:]}
	for _, f := range in.flags {
		name, val, _ := strings.Cut(strings.TrimPrefix(f, "--"), "=")
		var dst *int64
		switch name {
		case "interval":
			dst = &hc.Interval
		case "timeout":
			dst = &hc.Timeout
		case "start-period":
			dst = &hc.StartPeriod
		case "retries":
			n, err := strconv.Atoi(val)
			must(t, err)
			hc.Retries = n
			continue
		default:
			t.Errorf("unknown HEALTHCHECK flag %s", f)
			continue
		}
		d, err := time.ParseDuration(val)
		must(t, err)
		*dst = int64(d)
	}
	return hc
}

// instr is one parsed Dockerfile instruction.
type instr struct {
	cmd      string // lower case: "from", "run", ...
	flags    []string
	args     []string
	json     bool // exec form
	heredocs []parser.Heredoc
}

// stage is the instructions of one FROM.
type stage struct {
	name, base, platform string
	instrs               []instr
}

func (s stage) all(cmd string) []instr {
	var out []instr
	for _, in := range s.instrs {
		if in.cmd == cmd {
			out = append(out, in)
		}
	}
	return out
}

// env evaluates the stage's ENV instructions as the Dockerfile frontend
// does, KEY=VALUE sorted by key.
func (s stage) env(t *testing.T) []string {
	t.Helper()
	lex := shell.NewLex('\\')
	m := map[string]string{}
	var list []string
	for _, in := range s.all("env") {
		for i := 0; i+1 < len(in.args); i += 3 { // key, value, separator
			v, _, err := lex.ProcessWord(in.args[i+1], shell.EnvsFromSlice(list))
			must(t, err)
			m[in.args[i]] = v
			list = append(list, in.args[i]+"="+v)
		}
	}
	var out []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, k+"="+m[k])
	}
	return out
}

// parse parses df with BuildKit's Dockerfile parser, failing on errors and
// warnings and on instructions BuildKit does not know, and groups the
// instructions by stage.
func parse(t *testing.T, df string) []stage {
	t.Helper()
	res, err := parser.Parse(strings.NewReader(df))
	if err != nil {
		t.Fatalf("parser.Parse: %v\n%s", err, df)
	}
	for _, w := range res.Warnings {
		t.Errorf("parser warning: %s", w.Short)
	}
	var stages []stage
	for _, n := range res.AST.Children {
		in := instr{cmd: strings.ToLower(n.Value), flags: n.Flags, json: n.Attributes["json"], heredocs: n.Heredocs}
		for a := n.Next; a != nil; a = a.Next {
			in.args = append(in.args, a.Value)
		}
		if _, ok := command.Commands[in.cmd]; !ok {
			t.Errorf("line %d: unknown instruction %q", n.StartLine, in.cmd)
		}
		if in.cmd == "from" {
			if len(in.args) != 3 || !strings.EqualFold(in.args[1], "AS") {
				t.Fatalf("line %d: FROM %q, want FROM <base> AS <name>", n.StartLine, in.args)
			}
			if in.args[1] != "AS" {
				t.Errorf("line %d: FROM ... %s: the keyword is upper case in the rest of the file", n.StartLine, in.args[1])
			}
			s := stage{base: in.args[0], name: in.args[2]}
			for _, f := range in.flags {
				if p, ok := strings.CutPrefix(f, "--platform="); ok {
					s.platform = p
				} else {
					t.Errorf("line %d: FROM flag %s", n.StartLine, f)
				}
			}
			stages = append(stages, s)
			continue
		}
		if len(stages) == 0 {
			t.Fatalf("line %d: %s before the first FROM", n.StartLine, in.cmd)
		}
		stages[len(stages)-1].instrs = append(stages[len(stages)-1].instrs, in)
	}
	// COPY --from and FROM name only earlier stages.
	seen := map[string]bool{}
	for _, s := range stages {
		if seen[s.name] {
			t.Errorf("stage %s is defined twice", s.name)
		}
		for _, c := range s.all("copy") {
			for _, f := range c.flags {
				if from, ok := strings.CutPrefix(f, "--from="); ok && !seen[from] {
					t.Errorf("stage %s copies from %q, which is not an earlier stage", s.name, from)
				}
			}
		}
		seen[s.name] = true
	}
	return stages
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestDockerfileVariants(t *testing.T) {
	tests := []struct {
		name    string
		toml    string
		extra   map[string]string
		want    []string // whole lines
		notWant []string // substrings
		stages  []string
	}{
		{
			name: "vendored",
			toml: `entrypoint = "./cmd/server"`,
			extra: map[string]string{
				"vendor/modules.txt": "# example.com/dep v1.0.0\n",
			},
			want:    []string{"FROM --platform=$BUILDPLATFORM docker.io/library/golang:1.26-trixie AS build"},
			notWant: []string{"AS deps", "go.sum", "\"download\""},
			stages:  []string{"files-0", "build", "final"},
		},
		{
			name: "workspace",
			toml: `entrypoint = "./cmd/server"`,
			extra: map[string]string{
				"go.work":        "go 1.26\n\nuse (\n\t.\n\t./libs/db\n)\n",
				"go.work.sum":    "",
				"libs/db/go.mod": "module example.com/db\n\ngo 1.26\n",
				"libs/db/go.sum": "",
			},
			want: []string{
				"COPY go.mod go.sum go.work go.work.sum /src/",
				"COPY libs/db/go.mod libs/db/go.sum /src/libs/db/",
			},
			stages: []string{"files-0", "deps", "build", "final"},
		},
		{
			name:    "cgo on distroless",
			toml:    "entrypoint = \"./cmd/server\"\nstatic = false\n",
			want:    []string{"FROM gcr.io/distroless/base-debian13:nonroot AS final", "COPY --from=build /out/server /app/server"},
			notWant: []string{"files-0", "<<EOF", "zoneinfo"},
			stages:  []string{"deps", "build", "final"},
		},
		{
			name:    "bare scratch",
			toml:    "entrypoint = \"./cmd/server\"\n[runtime]\nca_certs = false\ntzdata = \"none\"\nworkdir = \"/srv\"\nuser = \"root\"\n",
			want:    []string{"FROM scratch AS final", "COPY --from=build /out/server /srv/server", "USER 0:0", `ENTRYPOINT ["/srv/server"]`},
			notWant: []string{"ca-certificates.crt", "zoneinfo", "HEALTHCHECK", "EXPOSE", "CMD ["},
			stages:  []string{"files-0", "deps", "build", "final"},
		},
		{
			name:   "healthcheck without options",
			toml:   "entrypoint = \"./cmd/server\"\n[runtime.healthcheck]\ncmd = [\"/app/server\", \"-h\"]\n",
			want:   []string{`HEALTHCHECK CMD ["/app/server","-h"]`},
			stages: []string{"files-0", "deps", "build", "final"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := serverApp()
			for k, v := range tt.extra {
				src[k] = &fstest.MapFile{Data: []byte(v)}
			}
			df := dockerfile(t, goPlan(t, tt.toml, src))
			for _, w := range tt.want {
				if !slices.Contains(lines(df), w) {
					t.Errorf("Dockerfile lacks the line\n\t%s\nDockerfile:\n%s", w, df)
				}
			}
			for _, nw := range tt.notWant {
				if strings.Contains(df, nw) {
					t.Errorf("Dockerfile contains %q:\n%s", nw, df)
				}
			}
			var names []string
			for _, s := range parse(t, df) {
				names = append(names, s.name)
			}
			if !slices.Equal(names, tt.stages) {
				t.Errorf("stages = %v, want %v", names, tt.stages)
			}
		})
	}
}

func TestDockerfileIsDeterministic(t *testing.T) {
	first := dockerfile(t, goPlan(t, typicalToml, serverApp()))
	for i := 0; i < 5; i++ {
		if again := dockerfile(t, goPlan(t, typicalToml, serverApp())); again != first {
			t.Fatalf("two ejections of the same plan differ:\n%s\n---\n%s", first, again)
		}
	}
}

// Plans eject renders beyond what the Go preset makes today.
func TestDockerfileGeneratedFileModes(t *testing.T) {
	p := &plan.Plan{
		Preset:   "test",
		Platform: "linux/amd64",
		Image: plan.Image{
			Base: "scratch",
			Layers: []plan.Layer{{Name: "scripts", Files: []plan.File{
				{Path: "/etc/app.conf", Mode: 0o644, Content: "a = 1\n"},
				{Path: "/usr/local/bin/run", Mode: 0o755, Content: "#!/bin/run\n"},
			}}},
			Config: plan.Config{Entrypoint: []string{"/usr/local/bin/run"}, User: "0:0", Workdir: "/"},
		},
	}
	df := dockerfile(t, p)
	for _, want := range []string{`COPY <<"EOF" /etc/app.conf`, `COPY --chmod=755 <<"EOF" /usr/local/bin/run`} {
		if !slices.Contains(lines(df), want) {
			t.Errorf("Dockerfile lacks the line\n\t%s\nDockerfile:\n%s", want, df)
		}
	}
	parse(t, df)
}

func TestDockerfileErrors(t *testing.T) {
	valid := func() *plan.Plan { return goPlan(t, `entrypoint = "./cmd/server"`, serverApp()) }
	tests := []struct {
		name   string
		mutate func(p *plan.Plan)
		want   string
	}{
		{"unknown mount type", func(p *plan.Plan) {
			p.Stages[1].Run.Mounts = append(p.Stages[1].Run.Mounts, plan.Mount{Target: "/x", Type: "tmpfs"})
		}, `unknown mount type "tmpfs"`},
		{"copy from a stage without output", func(p *plan.Plan) {
			p.Image.Layers[len(p.Image.Layers)-1].Copy.Stage = "deps"
		}, `stage "deps" has no output`},
		{"copy from nowhere", func(p *plan.Plan) {
			p.Image.Layers[len(p.Image.Layers)-1].Copy = &plan.Copy{Paths: []string{"x"}, Dest: "/"}
		}, "copy has no source"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := valid()
			tt.mutate(p)
			_, err := eject.Dockerfile(p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// The header says where the Dockerfile comes from.
func TestDockerfileHeader(t *testing.T) {
	df := dockerfile(t, goPlan(t, `entrypoint = "./cmd/server"`, serverApp()))
	if !bytes.HasPrefix([]byte(df), []byte("# Generated by `slimfront eject` from app.toml (go preset, linux/amd64).\n")) {
		t.Errorf("Dockerfile header:\n%s", df[:min(len(df), 200)])
	}
}

func TestDockerfileRefusesLineBreaksInValues(t *testing.T) {
	p := goPlan(t, "entrypoint = \"./cmd/server\"\n[runtime]\nenv = { MOTD = \"line one\\nline two\" }\n", serverApp())
	_, err := eject.Dockerfile(p)
	if err == nil || !strings.Contains(err.Error(), "env MOTD") || !strings.Contains(err.Error(), "line break") {
		t.Errorf("Dockerfile() error = %v, want one naming env MOTD and the line break", err)
	}
}
