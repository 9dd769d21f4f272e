package llbgen_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	dockerspec "github.com/moby/docker-image-spec/specs-go/v1"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/slimfront/slimfront/llbgen"
)

func TestImageConfig(t *testing.T) {
	toml := `entrypoint = "./cmd/server"
name = "api"
[runtime]
args = ["--listen", ":8080"]
env = { PORT = "8080", LOG_LEVEL = "info" }
ports = [8080, "9090/udp"]
workdir = "/srv"
user = "1000:1000"
[runtime.healthcheck]
cmd = ["/srv/api", "-healthcheck"]
interval = "30s"
timeout = "5s"
start_period = "10s"
retries = 3
[labels]
team = "core"
`
	p, _ := goPlan(t, toml, serverApp(), arm64)
	img := build(t, p, options(&fakeImages{}, arm64)).Image
	c := img.Config

	if want := []string{"/srv/api"}; !slices.Equal(c.Entrypoint, want) {
		t.Errorf("Entrypoint = %q, want exec form %q", c.Entrypoint, want)
	}
	if want := []string{"--listen", ":8080"}; !slices.Equal(c.Cmd, want) {
		t.Errorf("Cmd = %q, want %q", c.Cmd, want)
	}
	if c.User != "1000:1000" || c.WorkingDir != "/srv" {
		t.Errorf("User %q WorkingDir %q, want 1000:1000 and /srv", c.User, c.WorkingDir)
	}
	if want := []string{"LOG_LEVEL=info", "PORT=8080"}; !slices.Equal(c.Env, want) {
		t.Errorf("Env = %q, want %q", c.Env, want)
	}
	if got := sortedKeys(c.ExposedPorts); !slices.Equal(got, []string{"8080/tcp", "9090/udp"}) {
		t.Errorf("ExposedPorts = %v, want 8080/tcp and 9090/udp", got)
	}
	if want := map[string]string{"org.opencontainers.image.title": "api", "team": "core"}; !reflect.DeepEqual(c.Labels, want) {
		t.Errorf("Labels = %v, want %v", c.Labels, want)
	}
	wantHC := &dockerspec.HealthcheckConfig{
		Test:        []string{"CMD", "/srv/api", "-healthcheck"},
		Interval:    30 * time.Second,
		Timeout:     5 * time.Second,
		StartPeriod: 10 * time.Second,
		Retries:     3,
	}
	if !reflect.DeepEqual(c.Healthcheck, wantHC) {
		t.Errorf("Healthcheck = %+v, want %+v", c.Healthcheck, wantHC)
	}
	if img.Platform.OS != "linux" || img.Platform.Architecture != "arm64" {
		t.Errorf("image platform = %+v, want linux/arm64 (the target)", img.Platform)
	}
	if img.RootFS.Type != "layers" {
		t.Errorf("RootFS.Type = %q, want layers", img.RootFS.Type)
	}

	// One history entry per layer, in layer order.
	var created []string
	for _, h := range img.History {
		created = append(created, h.CreatedBy)
		if h.EmptyLayer {
			t.Errorf("history %q is marked empty, but each entry is a layer", h.CreatedBy)
		}
	}
	want := []string{"slimfront go: base-files", "slimfront go: ca-certificates", "slimfront go: zoneinfo", "slimfront go: app"}
	if !slices.Equal(created, want) {
		t.Errorf("history = %q, want %q", created, want)
	}

	// The config is valid JSON an exporter can take as is.
	data, err := json.Marshal(img)
	must(t, err)
	var back dockerspec.DockerOCIImage
	must(t, json.Unmarshal(data, &back))
	if !slices.Equal(back.Config.Entrypoint, c.Entrypoint) || back.Config.Healthcheck == nil {
		t.Errorf("config does not survive JSON:\n%s", data)
	}
}

func TestImageConfigWithoutHealthcheckOrPorts(t *testing.T) {
	p, _ := goPlan(t, "entrypoint = \"./cmd/server\"\n", serverApp(), amd64)
	c := build(t, p, options(&fakeImages{}, amd64)).Image.Config
	if c.Healthcheck != nil || c.ExposedPorts != nil || len(c.Cmd) != 0 {
		t.Errorf("config has Healthcheck %v, ExposedPorts %v, Cmd %q; app.toml sets none", c.Healthcheck, c.ExposedPorts, c.Cmd)
	}
	if c.User != "65532:65532" {
		t.Errorf("User = %q, want the nonroot default 65532:65532", c.User)
	}
}

func TestImageConfigOnABaseImage(t *testing.T) {
	const base = "registry.example.com/base:1"
	baseImg := &dockerspec.DockerOCIImage{}
	baseImg.Config.Env = []string{"PATH=/usr/local/bin:/usr/bin", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt", "PORT=1"}
	baseImg.History = []ocispecs.History{{CreatedBy: "base layer 1"}, {CreatedBy: "base layer 2"}}
	images := &fakeImages{configs: map[string]*dockerspec.DockerOCIImage{base: baseImg}}

	toml := "entrypoint = \"./cmd/server\"\n[runtime]\nbase = \"" + base + "\"\nenv = { PORT = \"8080\", APP = \"1\" }\n"
	p, _ := goPlan(t, toml, serverApp(), amd64)
	img := build(t, p, options(images, amd64)).Image

	// The base's environment, under the app's.
	want := []string{"APP=1", "PATH=/usr/local/bin:/usr/bin", "PORT=8080", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"}
	if !slices.Equal(img.Config.Env, want) {
		t.Errorf("Env = %q, want %q", img.Config.Env, want)
	}
	var history []string
	for _, h := range img.History {
		history = append(history, h.CreatedBy)
	}
	if want := []string{"base layer 1", "base layer 2", "slimfront go: app"}; !slices.Equal(history, want) {
		t.Errorf("history = %q, want %q", history, want)
	}
	// The base config must not be modified in place.
	if !slices.Equal(baseImg.Config.Env, []string{"PATH=/usr/local/bin:/usr/bin", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt", "PORT=1"}) {
		t.Errorf("base image config was modified: %q", baseImg.Config.Env)
	}
}

func TestStageImageConfig(t *testing.T) {
	p, _ := goPlan(t, "entrypoint = \"./cmd/server\"\n[runtime]\nports = [8080]\n", serverApp(), amd64)
	for _, stage := range []string{"deps", "build"} {
		opt := options(&fakeImages{}, amd64)
		opt.Stage = stage
		img := build(t, p, opt).Image
		if len(img.Config.Entrypoint) != 0 || len(img.Config.ExposedPorts) != 0 {
			t.Errorf("--target %s has the final image's config: %+v", stage, img.Config)
		}
		if img.Platform.Architecture != "amd64" {
			t.Errorf("--target %s: platform %+v", stage, img.Platform)
		}
	}
}

func TestStageNames(t *testing.T) {
	p, _ := goPlan(t, "entrypoint = \"./cmd/server\"\n", serverApp(), amd64)
	if got := strings.Join(llbgen.StageNames(p), " "); got != "deps build final" {
		t.Errorf("StageNames = %q, want \"deps build final\"", got)
	}
}
