package preset_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

const (
	distrolessStatic = "gcr.io/distroless/static-debian13:nonroot"
	distrolessBase   = "gcr.io/distroless/base-debian13:nonroot"
	distrolessNode   = "gcr.io/distroless/nodejs24-debian13:nonroot"
)

// parseSpec parses app.toml text, failing the test when spec rejects it.
func parseSpec(t *testing.T, toml string) *spec.Spec {
	t.Helper()
	s, err := spec.Parse("app.toml", []byte(toml))
	if err != nil {
		t.Fatalf("spec.Parse:\n%s\nerror: %v", toml, err)
	}
	return s
}

// appLayer is a preset's app layer: one file from a build stage.
func appLayer(name string) plan.Layer {
	return plan.Layer{Name: "app", Copies: []plan.Copy{{From: plan.StageRef("build"), Src: "/out", Paths: []string{name}, Dest: "/app", Source: "entrypoint"}}}
}

// static is what a preset of static binaries asks for, as Go's does.
func static(name string) preset.Runtime {
	return preset.Runtime{
		Base:       plan.Scratch,
		Distroless: distrolessStatic,
		Layers:     []plan.Layer{appLayer(name)},
		Entrypoint: []string{"/app/" + name},
		Title:      name,
	}
}

// glibc is what a preset needing a runtime image asks for.
func glibc(name string) preset.Runtime {
	rt := static(name)
	rt.Base, rt.Distroless = plan.ImageRef(distrolessBase), distrolessBase
	return rt
}

// nodeLike has two layers and a runtime image that is its own distroless.
func nodeLike() preset.Runtime {
	return preset.Runtime{
		Base:       plan.ImageRef(distrolessNode),
		Distroless: distrolessNode,
		Layers: []plan.Layer{
			{Name: "node_modules", Copies: []plan.Copy{{From: plan.StageRef("prod-deps"), Src: "/app", Paths: []string{"node_modules"}, Dest: "/app"}}},
			{Name: "app", Copies: []plan.Copy{{From: plan.Context, Src: "/", Paths: []string{"."}, Dest: "/app"}}},
		},
		Entrypoint: []string{"/nodejs/bin/node", "/app/server.js"},
		Title:      "web",
		Env:        map[string]string{"NODE_ENV": "production"},
	}
}

func finalImage(t *testing.T, toml string, rt preset.Runtime) plan.Image {
	t.Helper()
	img, err := preset.FinalImage(parseSpec(t, toml), rt)
	if err != nil {
		t.Fatalf("FinalImage: %v", err)
	}
	return img
}

func layerNames(img plan.Image) []string {
	var out []string
	for _, l := range img.Layers {
		out = append(out, l.Name)
	}
	return out
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestFinalImageLayers(t *testing.T) {
	noZoneinfo := static("server")
	noZoneinfo.NoZoneinfo = true
	tests := []struct {
		name       string
		toml       string
		rt         preset.Runtime
		wantBase   plan.Ref
		wantLayers []string
	}{
		{"defaults", ``, static("server"), plan.Scratch, []string{"base-files", "ca-certificates", "zoneinfo", "app"}},
		{"tzdata none", "[runtime]\ntzdata = \"none\"", static("server"), plan.Scratch, []string{"base-files", "ca-certificates", "app"}},
		{"zoneinfo the app carries", ``, noZoneinfo, plan.Scratch, []string{"base-files", "ca-certificates", "app"}},
		{"no CA bundle", "[runtime]\nca_certs = false", static("server"), plan.Scratch, []string{"base-files", "zoneinfo", "app"}},
		{"bare", "[runtime]\nca_certs = false\ntzdata = \"none\"", static("server"), plan.Scratch, []string{"base-files", "app"}},
		{"files", "[runtime]\nfiles = [\"templates\"]", static("server"), plan.Scratch, []string{"base-files", "ca-certificates", "zoneinfo", "app", "files"}},
		{"explicit scratch", "[runtime]\nbase = \"scratch\"", static("server"), plan.Scratch, []string{"base-files", "ca-certificates", "zoneinfo", "app"}},
		{"distroless", "[runtime]\nbase = \"distroless\"", static("server"), plan.ImageRef(distrolessStatic), []string{"app"}},
		{"custom base", "[runtime]\nbase = \"registry.example.com/base:1\"\nfiles = [\"templates\"]", static("server"), plan.ImageRef("registry.example.com/base:1"), []string{"app", "files"}},
		{"runtime image", ``, glibc("server"), plan.ImageRef(distrolessBase), []string{"app"}},
		{"runtime image, distroless", "[runtime]\nbase = \"distroless\"", glibc("server"), plan.ImageRef(distrolessBase), []string{"app"}},
		{"runtime image, CA and zoneinfo settings ignored", "[runtime]\nca_certs = true\ntzdata = \"files\"", glibc("server"), plan.ImageRef(distrolessBase), []string{"app"}},
		{"preset layers in order", "[runtime]\nfiles = [\"public\"]", nodeLike(), plan.ImageRef(distrolessNode), []string{"node_modules", "app", "files"}},
		{"runtime image is its own distroless", "[runtime]\nbase = \"distroless\"", nodeLike(), plan.ImageRef(distrolessNode), []string{"node_modules", "app"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := finalImage(t, tt.toml, tt.rt)
			if img.Base != tt.wantBase {
				t.Errorf("base = %s, want %s", img.Base, tt.wantBase)
			}
			if got := layerNames(img); !slices.Equal(got, tt.wantLayers) {
				t.Errorf("layers = %v, want %v", got, tt.wantLayers)
			}
		})
	}
}

// runtime.base = "scratch" cannot run an app whose preset needs an image:
// the error says so at the line, naming the image it needs.
func TestFinalImageScratchRefused(t *testing.T) {
	for _, rt := range []preset.Runtime{glibc("server"), nodeLike()} {
		_, err := preset.FinalImage(parseSpec(t, "# syntax=org/slimfront\n[runtime]\nbase = \"scratch\"\n"), rt)
		se, ok := err.(*spec.Error)
		if !ok {
			t.Fatalf("error = %v (%T), want a *spec.Error", err, err)
		}
		if se.Key != "runtime.base" || se.Line != 3 || !strings.Contains(se.Msg, rt.Base.Name) || !strings.Contains(se.Msg, "remove the key") {
			t.Errorf("error = %q (key %q, line %d), want runtime.base at line 3 naming %s and a fix", se, se.Key, se.Line, rt.Base.Name)
		}
	}
}

func TestFinalLayerContents(t *testing.T) {
	toml := "[runtime]\nworkdir = \"/srv/\"\nfiles = [\"templates\", \"./config/app.yaml\"]\n"
	rt := static("server")
	rt.Layers[0].Copies[0].Dest = "/srv"
	img := finalImage(t, toml, rt)
	layers := map[string]plan.Layer{}
	for _, l := range img.Layers {
		layers[l.Name] = l
	}
	static := plan.ImageRef(distrolessStatic)
	wantCopies := map[string]plan.Copy{
		"base-files":      {From: static, Paths: []string{"home/nonroot", "tmp"}, Src: "/", Dest: "/"},
		"ca-certificates": {From: static, Paths: []string{"etc/ssl/certs/ca-certificates.crt"}, Src: "/", Dest: "/", Source: "runtime.ca_certs"},
		"zoneinfo":        {From: static, Paths: []string{"usr/share/zoneinfo"}, Src: "/", Dest: "/", Source: "runtime.tzdata"},
		"app":             {From: plan.StageRef("build"), Paths: []string{"server"}, Src: "/out", Dest: "/srv", Source: "entrypoint"},
		"files":           {From: plan.Context, Paths: []string{"templates", "config/app.yaml"}, Src: "/", Dest: "/srv", Source: "runtime.files"},
	}
	for name, want := range wantCopies {
		l, ok := layers[name]
		if !ok {
			t.Errorf("no %s layer", name)
			continue
		}
		if !reflect.DeepEqual(l.Copies, []plan.Copy{want}) {
			t.Errorf("%s layer copies %+v, want %+v", name, l.Copies, want)
		}
		if name != "base-files" && len(l.Files) > 0 {
			t.Errorf("%s layer generates files %v", name, l.Files)
		}
	}
	if img.Config.Workdir != "/srv" {
		t.Errorf("workdir = %q, want /srv", img.Config.Workdir)
	}
}

func TestBaseFilesLayer(t *testing.T) {
	base := finalImage(t, ``, static("server")).Layers[0]
	if base.Name != "base-files" {
		t.Fatalf("first layer is %q, want base-files", base.Name)
	}
	files := map[string]plan.File{}
	var paths []string
	for _, f := range base.Files {
		files[f.Path] = f
		paths = append(paths, f.Path)
		if f.Mode != 0o644 {
			t.Errorf("%s has mode %o, want 644", f.Path, f.Mode)
		}
		if !strings.HasSuffix(f.Content, "\n") {
			t.Errorf("%s does not end with a newline", f.Path)
		}
	}
	if want := []string{"/etc/group", "/etc/nsswitch.conf", "/etc/passwd"}; !slices.Equal(paths, want) {
		t.Fatalf("base files = %v, want %v", paths, want)
	}
	for _, tt := range []struct{ path, line string }{
		{"/etc/passwd", "root:x:0:0:"},
		{"/etc/passwd", "nobody:x:65534:65534:"},
		{"/etc/passwd", "nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin"},
		{"/etc/group", "root:x:0:"},
		{"/etc/group", "nonroot:x:65532:"},
		{"/etc/nsswitch.conf", "hosts: files dns"},
	} {
		if !strings.Contains(files[tt.path].Content, tt.line) {
			t.Errorf("%s lacks %q:\n%s", tt.path, tt.line, files[tt.path].Content)
		}
	}
}

// The base files, CA bundle and zoneinfo layers are the same in every app,
// so a registry stores them once.
func TestSharedLayersIdenticalAcrossApps(t *testing.T) {
	api := finalImage(t, ``, static("server"))
	rt := static("worker")
	rt.Labels = map[string]string{"org.opencontainers.image.source": "https://github.com/acme/worker"}
	rt.Env = map[string]string{"A": "b"}
	other := finalImage(t, `
name = "worker"
[build]
version = "1.25"
[runtime]
user = "1000"
workdir = "/opt"
env = { A = "b" }
ports = [1234]
files = ["x"]
`, rt)
	for i, name := range []string{"base-files", "ca-certificates", "zoneinfo"} {
		a, b := api.Layers[i], other.Layers[i]
		if a.Name != name || !reflect.DeepEqual(a, b) {
			t.Errorf("layer %d: %s in one app and %s in another differ:\n%s\n---\n%s", i, a.Name, b.Name, mustJSON(t, a), mustJSON(t, b))
		}
	}
}

func TestImageConfig(t *testing.T) {
	toml := `name = "api"
[runtime]
args = ["--listen", ":8080"]
env = { PORT = "8080", LOG_LEVEL = "info", A_FIRST = "1" }
ports = ["9090/udp", 8080, "8080/tcp"]
workdir = "/srv"
[runtime.healthcheck]
cmd = ["/srv/api", "-healthcheck"]
interval = "30s"
timeout = "5s"
start_period = "1m30s"
retries = 3
[labels]
"org.opencontainers.image.source" = "https://example.com/api"
`
	rt := static("api")
	rt.Entrypoint = []string{"/srv/api"}
	img := finalImage(t, toml, rt)
	want := plan.Config{
		Entrypoint: []string{"/srv/api"},
		Cmd:        []string{"--listen", ":8080"},
		User:       "65532:65532",
		Env:        []string{"A_FIRST=1", "LOG_LEVEL=info", "PORT=8080"},
		Ports:      []string{"8080/tcp", "9090/udp"},
		Workdir:    "/srv",
		Labels: map[string]string{
			"org.opencontainers.image.title":  "api",
			"org.opencontainers.image.source": "https://example.com/api",
		},
		Healthcheck: &plan.Healthcheck{
			Test:        []string{"/srv/api", "-healthcheck"},
			Interval:    int64(30 * time.Second),
			Timeout:     int64(5 * time.Second),
			StartPeriod: int64(90 * time.Second),
			Retries:     3,
		},
	}
	if got := img.Config; !reflect.DeepEqual(got, want) {
		t.Errorf("image config:\n%s\nwant:\n%s", mustJSON(t, got), mustJSON(t, want))
	}
}

func TestImageConfigDefaults(t *testing.T) {
	img := finalImage(t, ``, static("server"))
	want := plan.Config{
		Entrypoint: []string{"/app/server"},
		User:       "65532:65532",
		Workdir:    "/app",
		Labels:     map[string]string{"org.opencontainers.image.title": "server"},
	}
	if got := img.Config; !reflect.DeepEqual(got, want) {
		t.Errorf("image config:\n%s\nwant:\n%s", mustJSON(t, got), mustJSON(t, want))
	}
}

func TestImageConfigUser(t *testing.T) {
	for _, tt := range []struct{ user, want string }{
		{"nonroot", "65532:65532"},
		{"root", "0:0"},
		{"1000", "1000:1000"},
		{"1000:2000", "1000:2000"},
	} {
		img := finalImage(t, "[runtime]\nuser = \""+tt.user+"\"\n", static("server"))
		if got := img.Config.User; got != tt.want {
			t.Errorf("user %q: config user = %q, want %q", tt.user, got, tt.want)
		}
	}
}

// The preset's labels and environment lie under the user's: app.toml has
// the last word.
func TestImageConfigPresetValuesYieldToAppToml(t *testing.T) {
	rt := nodeLike()
	rt.Labels = map[string]string{"org.opencontainers.image.source": "https://github.com/acme/web", "x.preset": "1"}
	toml := `[runtime]
env = { NODE_ENV = "staging", PORT = "8080" }
[labels]
"org.opencontainers.image.title" = "Public site"
"org.opencontainers.image.source" = "https://git.example/web"
`
	cfg := finalImage(t, toml, rt).Config
	if want := []string{"NODE_ENV=staging", "PORT=8080"}; !slices.Equal(cfg.Env, want) {
		t.Errorf("env = %q, want %q", cfg.Env, want)
	}
	want := map[string]string{
		"org.opencontainers.image.title":  "Public site",
		"org.opencontainers.image.source": "https://git.example/web",
		"x.preset":                        "1",
	}
	if !reflect.DeepEqual(cfg.Labels, want) {
		t.Errorf("labels = %v, want %v", cfg.Labels, want)
	}
	if !slices.Equal(cfg.Entrypoint, rt.Entrypoint) {
		t.Errorf("entrypoint = %q, want the preset's %q", cfg.Entrypoint, rt.Entrypoint)
	}
	if env := finalImage(t, ``, nodeLike()).Config.Env; !slices.Equal(env, []string{"NODE_ENV=production"}) {
		t.Errorf("env without [runtime] env = %q, want the preset's NODE_ENV=production", env)
	}
}

// FinalImage does not change the Runtime it is given: presets may share
// their layer descriptions.
func TestFinalImageLeavesRuntimeAlone(t *testing.T) {
	rt := nodeLike()
	before := mustJSON(t, rt)
	finalImage(t, "[runtime]\nenv = { A = \"1\" }\nfiles = [\"x\"]\n[labels]\nb = \"2\"\n", rt)
	if after := mustJSON(t, rt); after != before {
		t.Errorf("FinalImage changed its Runtime:\n%s\n---\n%s", before, after)
	}
}

// A TCP port below 1024 for a non-root user runs under Docker only.
func TestRuntimeWarningsLowPort(t *testing.T) {
	for _, tt := range []struct {
		toml string
		want string // "" for no warning
	}{
		{"ports = [80]", "port 80 is below 1024, which user 65532:65532 may not bind"},
		{"ports = [443, 80, 8080]", "ports 80, 443 are below 1024"},
		{"ports = [8080]", ""},
		{"ports = [1024]", ""},
		{"ports = [\"53/udp\"]", "port 53 is below 1024"},
		{"ports = [80]\nuser = \"root\"", "runs as root"},
	} {
		ws := preset.RuntimeWarnings(parseSpec(t, "[runtime]\n"+tt.toml+"\n"))
		switch {
		case tt.want == "" && len(ws) != 0:
			t.Errorf("%s: warnings %v, want none", tt.toml, ws)
		case tt.want != "" && (len(ws) != 1 || !strings.Contains(ws[0].Msg, tt.want)):
			t.Errorf("%s: warnings %v, want one saying %q", tt.toml, ws, tt.want)
		case tt.want != "" && !strings.Contains(tt.want, "root") && (ws[0].Rule != plan.RuleLowPort || ws[0].Source != "runtime.ports" || !strings.Contains(ws[0].Msg, "8080")):
			t.Errorf("%s: warning %+v, want LowPort at runtime.ports with the fix", tt.toml, ws[0])
		}
	}
}

func TestRuntimeWarnings(t *testing.T) {
	for _, tt := range []struct {
		user string
		want []string // rules
	}{
		{"nonroot", nil},
		{"1000", nil},
		{"root", []string{plan.RuleRootUser}},
		{"0", []string{plan.RuleRootUser}},
		{"0:1000", []string{plan.RuleRootUser}}, // uid 0 is root whatever the group
		{"0:65532", []string{plan.RuleRootUser}},
		{"65532:0", []string{plan.RuleRootGroup}}, // group root owns much of a base image
		{"1000:1", nil},
	} {
		var got []string
		for _, w := range preset.RuntimeWarnings(parseSpec(t, "[runtime]\nuser = \""+tt.user+"\"\n")) {
			got = append(got, w.Rule)
			if w.Source != "runtime.user" || !strings.Contains(w.Msg, "root") {
				t.Errorf("user %q: warning %+v, want it at runtime.user saying why", tt.user, w)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("user %q: rules %v, want %v", tt.user, got, tt.want)
		}
	}
	// Group root does not let a user bind a low port: both are flagged.
	ws := preset.RuntimeWarnings(parseSpec(t, "[runtime]\nuser = \"1000:0\"\nports = [80]\n"))
	if got := rules(ws); !slices.Equal(got, []string{plan.RuleRootGroup, plan.RuleLowPort}) {
		t.Errorf("user 1000:0 with port 80: rules %v, want RootGroup and LowPort", got)
	}
}

func rules(ws []plan.Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Rule)
	}
	return out
}

// UnpinnedBase: a [runtime] base by the tag latest or by none, without a
// digest; slimfront's own bases and tags that name a version are fine.
func TestRuntimeWarningsUnpinnedBase(t *testing.T) {
	for _, tt := range []struct {
		base string
		want string // "" for no warning
	}{
		{"", ""},
		{"scratch", ""},
		{"distroless", ""},
		{"debian", `"debian" has no tag, which means :latest`},
		{"docker.io/library/debian", "has no tag"},
		{"debian:latest", `"debian:latest" is :latest`},
		{"registry.example.com:5000/base", `has no tag`}, // a port is not a tag
		{"registry.example.com:5000/base:latest", "is :latest"},
		{"debian:trixie-slim", ""},
		{"gcr.io/distroless/cc-debian13:nonroot", ""},
		{"debian@sha256:" + strings.Repeat("a", 64), ""},
		{"debian:latest@sha256:" + strings.Repeat("a", 64), ""}, // the digest pins it
	} {
		toml := "[runtime]\n"
		if tt.base != "" {
			toml += "base = \"" + tt.base + "\"\n"
		}
		ws := preset.RuntimeWarnings(parseSpec(t, toml))
		switch {
		case tt.want == "" && len(ws) != 0:
			t.Errorf("base %q: warnings %+v, want none", tt.base, ws)
		case tt.want != "" && (len(ws) != 1 || ws[0].Rule != plan.RuleUnpinnedBase || ws[0].Source != "runtime.base" || !strings.Contains(ws[0].Msg, tt.want)):
			t.Errorf("base %q: warnings %+v, want one UnpinnedBase at runtime.base saying %q", tt.base, ws, tt.want)
		case tt.want != "" && !strings.Contains(ws[0].Msg, "@sha256:"):
			t.Errorf("base %q: warning %q does not say how to pin", tt.base, ws[0].Msg)
		}
	}
}

// ShellHealthcheck: a probe that runs a shell, or is a command line in one
// string, on an image without a shell.
func TestRuntimeWarningsShellHealthcheck(t *testing.T) {
	for _, tt := range []struct {
		cmd  string
		base string
		want string // "" for no warning
	}{
		{`["/app/server", "-healthcheck"]`, "", ""},
		{`["sh", "-c", "wget -q -O- localhost:8080"]`, "", "runs sh, but slimfront's image (scratch or distroless) has no shell"},
		{`["/bin/sh", "-c", "true"]`, "scratch", "runs /bin/sh"},
		{`["/bin/bash", "-c", "true"]`, "distroless", "runs /bin/bash"},
		{`["/usr/bin/env", "bash", "-c", "true"]`, "", "runs bash through env"},
		{`["CMD-SHELL", "curl -f localhost"]`, "", "shell form (CMD-SHELL)"},
		{`["curl -f http://localhost:8080/health"]`, "", `is one string, "curl -f http://localhost:8080/health"`},
		{`["/app/server"]`, "", ""}, // one word
		{`["sh", "-c", "true"]`, "gcr.io/distroless/base-debian13:nonroot", "has no shell"}, // distroless too
		{`["sh", "-c", "true"]`, "gcr.io/distroless/base-debian13:debug", ""},               // busybox
		{`["sh", "-c", "true"]`, "debian:trixie-slim", ""},                                  // has a shell
		{`["shellcheck", "x"]`, "", ""},                                                     // not a shell
	} {
		toml := "[runtime]\n"
		if tt.base != "" {
			toml += "base = \"" + tt.base + "\"\n"
		}
		toml += "[runtime.healthcheck]\ncmd = " + tt.cmd + "\n"
		var ws []plan.Warning
		for _, w := range preset.RuntimeWarnings(parseSpec(t, toml)) {
			if w.Rule == plan.RuleShellHealthcheck {
				ws = append(ws, w)
			}
		}
		switch {
		case tt.want == "" && len(ws) != 0:
			t.Errorf("cmd %s on %q: warnings %+v, want none", tt.cmd, tt.base, ws)
		case tt.want != "" && (len(ws) != 1 || ws[0].Source != "runtime.healthcheck.cmd" || !strings.Contains(ws[0].Msg, tt.want)):
			t.Errorf("cmd %s on %q: warnings %+v, want one at runtime.healthcheck.cmd saying %q", tt.cmd, tt.base, ws, tt.want)
		case tt.want != "" && !strings.Contains(ws[0].Msg, "exec form"):
			t.Errorf("cmd %s: warning %q does not say the fix", tt.cmd, ws[0].Msg)
		}
	}
}

// TestRuntimeFilesClash checks that a [runtime] files entry cannot replace
// what slimfront writes: the generated passwd, the directory that holds it,
// the CA bundle, the app binary; and that files beside them are fine.
func TestRuntimeFilesClash(t *testing.T) {
	for _, tt := range []struct {
		toml string
		ok   bool
	}{
		{"workdir = \"/etc\"\nfiles = [\"passwd\"]", false},
		{"workdir = \"/\"\nfiles = [\"etc\"]", false},
		{"workdir = \"/etc/ssl\"\nfiles = [\"certs\"]", false},
		{"files = [\"server\"]", false}, // the app, at /app/server
		{"workdir = \"/etc\"\nfiles = [\"app.conf\"]", true},
		{"files = [\"config\"]", true},
	} {
		s := parseSpec(t, "[runtime]\n"+tt.toml+"\n")
		_, err := preset.FinalImage(s, static("server"))
		var e *spec.Error
		switch {
		case tt.ok && err != nil:
			t.Errorf("%s: refused: %v", tt.toml, err)
		case !tt.ok && err == nil:
			t.Errorf("%s: accepted", tt.toml)
		case !tt.ok && (!errors.As(err, &e) || e.Key != "runtime.files" || e.Line == 0):
			t.Errorf("%s: error %v is not at the runtime.files line", tt.toml, err)
		}
	}
}
