package e2e

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/slimfront/slimfront/internal/testbed"
)

// TestGoAPI builds examples/go-api exactly as a user would, through the
// `# syntax=org/slimfront` header, runs it under runc and checks what an
// expert would check of the image.
func TestGoAPI(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	ref := b.Ref("go-api:test")
	dir := examplesDir("go-api")
	if _, err := b.Buildx(ctx, dir, "-f", "app.toml", "--push", "-t", ref, "."); err != nil {
		t.Fatal(err)
	}
	img, err := b.Inspect(ctx, ref, "linux/amd64")
	if err != nil {
		t.Fatal(err)
	}

	cfg := img.Config.Config
	if cfg.User != "65532:65532" {
		t.Errorf("User = %q, want 65532:65532", cfg.User)
	}
	if got := strings.Join(cfg.Entrypoint, " "); got != "/app/server" {
		t.Errorf("Entrypoint = %q, want exec form [/app/server]", cfg.Entrypoint)
	}
	if _, ok := cfg.ExposedPorts["8080/tcp"]; !ok {
		t.Errorf("ExposedPorts = %v, want 8080/tcp", cfg.ExposedPorts)
	}
	if cfg.Healthcheck == nil || strings.Join(cfg.Healthcheck.Test, " ") != "CMD /app/server -healthcheck" {
		t.Errorf("Healthcheck = %+v, want CMD /app/server -healthcheck", cfg.Healthcheck)
	}

	// Nothing but the listed layers' files: no shell, no package manager.
	var binSize int64
	for _, f := range img.Files() {
		switch {
		case f.Path == "/app/server":
			binSize = f.Size
		case f.Path == "/app", f.Path == "/etc", f.Path == "/usr", f.Path == "/usr/share",
			f.Path == "/tmp", f.Path == "/home", f.Path == "/home/nonroot",
			f.Path == "/etc/passwd", f.Path == "/etc/group", f.Path == "/etc/nsswitch.conf",
			strings.HasPrefix(f.Path, "/etc/ssl"), strings.HasPrefix(f.Path, "/usr/share/zoneinfo"):
		default:
			t.Errorf("unexpected file in image: %s", f.Path)
		}
		if f.Path == "/tmp" && f.Mode&0o1777 != 0o1777 {
			t.Errorf("/tmp mode = %o, want 1777", f.Mode)
		}
	}
	if binSize == 0 {
		t.Fatal("/app/server is missing from the image")
	}
	// Size: compressed image bytes against the (uncompressed) binary.
	const budget = 1_500_000
	t.Logf("go-api: binary %d bytes, image %d bytes compressed in %d layers", binSize, img.Size(), len(img.Layers))
	if img.Size() > binSize+budget {
		t.Errorf("image is %d bytes, over binary (%d) + 1.5 MB", img.Size(), binSize)
	}

	c, base, err := b.Serve(ctx, ref, "/healthz", testbed.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Stop()
	var health struct {
		Status  string `json:"status"`
		CACerts int    `json:"ca_certs"`
		TZ      string `json:"tz"`
	}
	decode(t, get(t, base+"/healthz"), &health)
	if health.CACerts == 0 || health.TZ != "Europe/Paris" {
		t.Errorf("/healthz = %+v, want a loaded CA pool and Europe/Paris", health)
	}

	var who struct {
		UID int `json:"uid"`
		GID int `json:"gid"`
	}
	decode(t, get(t, base+"/whoami"), &who)
	if who.UID != 65532 || who.GID != 65532 {
		t.Errorf("process runs as %d:%d, want 65532:65532", who.UID, who.GID)
	}
	var files struct {
		Files map[string]bool `json:"files"`
	}
	decode(t, get(t, base+"/files"), &files)
	if files.Files["/bin/sh"] {
		t.Error("the image has a shell at /bin/sh")
	}
}

func get(t *testing.T, url string) *http.Response {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func decode(t *testing.T, resp *http.Response, v any) {
	t.Helper()
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v in %q", resp.Request.URL, err, data)
	}
}
