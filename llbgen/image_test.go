package llbgen_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"

	dockerspec "github.com/moby/docker-image-spec/specs-go/v1"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/slimfront/slimfront/plan"
)

func TestImageConfig(t *testing.T) {
	p := goPlan("api", arm64)
	p.Image.Config = plan.Config{
		Entrypoint: []string{"/srv/api"},
		Cmd:        []string{"--listen", ":8080"},
		User:       "1000:1000",
		Env:        []string{"LOG_LEVEL=info", "PORT=8080"},
		Ports:      []string{"8080/tcp", "9090/udp"},
		Workdir:    "/srv",
		Labels:     map[string]string{"org.opencontainers.image.title": "api", "team": "core"},
		Healthcheck: &plan.Healthcheck{
			Test:        []string{"/srv/api", "-healthcheck"},
			Interval:    int64(30 * time.Second),
			Timeout:     int64(5 * time.Second),
			StartPeriod: int64(10 * time.Second),
			Retries:     3,
		},
	}
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

	// The plan's labels are copied, not shared.
	p.Image.Config.Labels["team"] = "changed"
	if c.Labels["team"] != "core" {
		t.Errorf("the image config shares the plan's label map")
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
	p := goPlan("server", amd64)
	p.Image.Config.Ports = nil
	p.Image.Config.Labels = nil
	c := build(t, p, options(&fakeImages{}, amd64)).Image.Config
	if c.Healthcheck != nil || c.ExposedPorts != nil || len(c.Cmd) != 0 || c.Labels != nil || c.Env != nil {
		t.Errorf("config has Healthcheck %v, ExposedPorts %v, Cmd %q, Labels %v, Env %q; the plan sets none", c.Healthcheck, c.ExposedPorts, c.Cmd, c.Labels, c.Env)
	}
	if c.User != "65532:65532" {
		t.Errorf("User = %q, want the plan's 65532:65532", c.User)
	}
}

func TestImageConfigOnABaseImage(t *testing.T) {
	baseImg := &dockerspec.DockerOCIImage{}
	baseImg.Config.Env = []string{"PATH=/usr/local/bin:/usr/bin", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt", "NODE_ENV=development"}
	baseImg.Config.Entrypoint = []string{"/nodejs/bin/node"}
	baseImg.History = []ocispecs.History{{CreatedBy: "base layer 1"}, {CreatedBy: "base layer 2"}}
	images := &fakeImages{configs: map[string]*dockerspec.DockerOCIImage{distrolessNode: baseImg}}

	p := nodePlan()
	p.Image.Config.Env = []string{"APP=1", "NODE_ENV=production"}
	img := build(t, p, options(images, arm64)).Image

	// The base's environment, under the plan's.
	want := []string{"APP=1", "NODE_ENV=production", "PATH=/usr/local/bin:/usr/bin", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"}
	if !slices.Equal(img.Config.Env, want) {
		t.Errorf("Env = %q, want %q", img.Config.Env, want)
	}
	// The plan's entrypoint, not the base's.
	if !slices.Equal(img.Config.Entrypoint, p.Image.Config.Entrypoint) {
		t.Errorf("Entrypoint = %q, want the plan's %q", img.Config.Entrypoint, p.Image.Config.Entrypoint)
	}
	var history []string
	for _, h := range img.History {
		history = append(history, h.CreatedBy)
	}
	if want := []string{"base layer 1", "base layer 2", "slimfront node: node_modules", "slimfront node: app"}; !slices.Equal(history, want) {
		t.Errorf("history = %q, want %q", history, want)
	}
	// The base config must not be modified in place.
	if !slices.Equal(baseImg.Config.Env, []string{"PATH=/usr/local/bin:/usr/bin", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt", "NODE_ENV=development"}) || len(baseImg.History) != 2 {
		t.Errorf("base image config was modified: env %q, %d history entries", baseImg.Config.Env, len(baseImg.History))
	}
}

func TestStageImageConfig(t *testing.T) {
	for _, stage := range []string{"deps", "build"} {
		opt := options(&fakeImages{}, amd64)
		opt.Stage = stage
		img := build(t, goPlan("server", amd64), opt).Image
		if len(img.Config.Entrypoint) != 0 || len(img.Config.ExposedPorts) != 0 || len(img.Config.Labels) != 0 {
			t.Errorf("--target %s has the final image's config: %+v", stage, img.Config)
		}
		if img.Config.WorkingDir != "/" {
			t.Errorf("--target %s: WorkingDir %q, want /", stage, img.Config.WorkingDir)
		}
		if img.Platform.Architecture != "amd64" || img.Platform.OS != "linux" {
			t.Errorf("--target %s: platform %+v", stage, img.Platform)
		}
	}
}
