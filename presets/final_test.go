package presets_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/slimfront/slimfront/plan"
)

const (
	distrolessStatic = "gcr.io/distroless/static-debian13:nonroot"
	distrolessBase   = "gcr.io/distroless/base-debian13:nonroot"
)

func TestFinalImageLayers(t *testing.T) {
	tests := []struct {
		name       string
		toml       string
		wantBase   string
		wantLayers []string
	}{
		{"defaults", ``, "scratch", []string{"base-files", "ca-certificates", "zoneinfo", "app"}},
		{"tzdata none", "[runtime]\ntzdata = \"none\"", "scratch", []string{"base-files", "ca-certificates", "app"}},
		{"tzdata embed", "[runtime]\ntzdata = \"embed\"", "scratch", []string{"base-files", "ca-certificates", "app"}},
		{"no CA bundle", "[runtime]\nca_certs = false", "scratch", []string{"base-files", "zoneinfo", "app"}},
		{"bare", "[runtime]\nca_certs = false\ntzdata = \"none\"", "scratch", []string{"base-files", "app"}},
		{"files", "[runtime]\nfiles = [\"templates\"]", "scratch", []string{"base-files", "ca-certificates", "zoneinfo", "app", "files"}},
		{"explicit scratch", "[runtime]\nbase = \"scratch\"", "scratch", []string{"base-files", "ca-certificates", "zoneinfo", "app"}},
		{"distroless", "[runtime]\nbase = \"distroless\"", distrolessStatic, []string{"app"}},
		{"custom base", "[runtime]\nbase = \"registry.example.com/base:1\"\nfiles = [\"templates\"]", "registry.example.com/base:1", []string{"app", "files"}},
		{"cgo", "static = false", distrolessBase, []string{"app"}},
		{"cgo on distroless", "static = false\n[runtime]\nbase = \"distroless\"", distrolessBase, []string{"app"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := with(serverApp(), "templates/index.html", "<p>")
			p := planFor(t, "entrypoint = \"./cmd/server\"\n"+tt.toml, fsys, amd64)
			if p.Image.Base != tt.wantBase {
				t.Errorf("base = %q, want %q", p.Image.Base, tt.wantBase)
			}
			if got := layerNames(p); !slices.Equal(got, tt.wantLayers) {
				t.Errorf("layers = %v, want %v", got, tt.wantLayers)
			}
		})
	}
}

func TestFinalLayerContents(t *testing.T) {
	toml := "entrypoint = \"./cmd/server\"\n[runtime]\nworkdir = \"/srv/\"\nfiles = [\"templates\", \"./config/app.yaml\"]\n"
	fsys := with(serverApp(), "templates/index.html", "<p>", "config/app.yaml", "a: 1\n")
	p := planFor(t, toml, fsys, amd64)
	layers := map[string]plan.Layer{}
	for _, l := range p.Image.Layers {
		layers[l.Name] = l
	}

	wantCopies := map[string]plan.Copy{
		"base-files":      {Image: distrolessStatic, Paths: []string{"home/nonroot", "tmp"}, Src: "/", Dest: "/"},
		"ca-certificates": {Image: distrolessStatic, Paths: []string{"etc/ssl/certs/ca-certificates.crt"}, Src: "/", Dest: "/", Source: "runtime.ca_certs"},
		"zoneinfo":        {Image: distrolessStatic, Paths: []string{"usr/share/zoneinfo"}, Src: "/", Dest: "/", Source: "runtime.tzdata"},
		"app":             {Stage: "build", Paths: []string{"server"}, Src: "/", Dest: "/srv", Source: "entrypoint"},
		"files":           {Context: true, Paths: []string{"templates", "config/app.yaml"}, Src: "/", Dest: "/srv", Source: "runtime.files"},
	}
	for name, want := range wantCopies {
		l, ok := layers[name]
		if !ok {
			t.Errorf("no %s layer", name)
			continue
		}
		if l.Copy == nil || !reflect.DeepEqual(*l.Copy, want) {
			t.Errorf("%s layer copies %+v, want %+v", name, l.Copy, want)
		}
		if name != "base-files" && len(l.Files) > 0 {
			t.Errorf("%s layer generates files %v", name, l.Files)
		}
	}
	if ep := p.Image.Config.Entrypoint; !slices.Equal(ep, []string{"/srv/server"}) {
		t.Errorf("entrypoint = %q, want [/srv/server]", ep)
	}
}

func TestBaseFilesLayer(t *testing.T) {
	p := planFor(t, `entrypoint = "./cmd/server"`, serverApp(), amd64)
	base := p.Image.Layers[0]
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
	api := planFor(t, `entrypoint = "./cmd/server"`, serverApp(), amd64)
	other := planFor(t, `
name = "worker"
[build]
version = "1.25"
[runtime]
user = "1000"
workdir = "/opt"
env = { A = "b" }
ports = [1234]
`, tree("go.mod", "module example.com/worker\n\ngo 1.25\n", "main.go", mainGo), arm64)
	for i, name := range []string{"base-files", "ca-certificates", "zoneinfo"} {
		a, b := api.Image.Layers[i], other.Image.Layers[i]
		if a.Name != name || !reflect.DeepEqual(a, b) {
			t.Errorf("layer %d: %s in one app and %s in another differ:\n%s\n---\n%s", i, a.Name, b.Name, mustJSON(t, a), mustJSON(t, b))
		}
	}
}

func TestImageConfig(t *testing.T) {
	toml := `entrypoint = "./cmd/server"
name = "api"
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
	p := planFor(t, toml, serverApp(), amd64)
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
	if got := p.Image.Config; !reflect.DeepEqual(got, want) {
		t.Errorf("image config:\n%s\nwant:\n%s", mustJSON(t, got), mustJSON(t, want))
	}
}

func TestImageConfigDefaults(t *testing.T) {
	p := planFor(t, `entrypoint = "./cmd/server"`, serverApp(), amd64)
	want := plan.Config{
		Entrypoint: []string{"/app/server"},
		User:       "65532:65532",
		Workdir:    "/app",
		Labels:     map[string]string{"org.opencontainers.image.title": "server"},
	}
	if got := p.Image.Config; !reflect.DeepEqual(got, want) {
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
		p := planFor(t, "entrypoint = \"./cmd/server\"\n[runtime]\nuser = \""+tt.user+"\"\n", serverApp(), amd64)
		if got := p.Image.Config.User; got != tt.want {
			t.Errorf("user %q: config user = %q, want %q", tt.user, got, tt.want)
		}
	}
}

func TestImageTitleLabelCanBeOverridden(t *testing.T) {
	toml := "entrypoint = \"./cmd/server\"\n[labels]\n\"org.opencontainers.image.title\" = \"Public API\"\n"
	p := planFor(t, toml, serverApp(), amd64)
	if got := p.Image.Config.Labels["org.opencontainers.image.title"]; got != "Public API" {
		t.Errorf("title label = %q, want the one app.toml sets", got)
	}
}
