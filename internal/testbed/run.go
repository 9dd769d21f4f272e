package testbed

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

// Container is an image running under runc in the host network namespace.
type Container struct {
	ID      string
	LogPath string
	bed     *Bed
	cmd     *exec.Cmd
	exited  chan struct{}
	bundle  string
}

// RunOptions adjusts how an image runs.
type RunOptions struct {
	// Env is appended to the image's environment.
	Env []string
	// Args replaces the image's Cmd when non-nil.
	Args []string
	// Platform picks one manifest of a multi-platform image.
	Platform string
}

var containerSeq atomic.Int64

// Run pulls ref from the bed's registry, unpacks it with umoci and starts
// it with runc, detached from the terminal, logging to a file. The
// container shares the host network, so give it a free port via Env.
func (b *Bed) Run(ctx context.Context, ref string, opts RunOptions) (*Container, error) {
	id := fmt.Sprintf("slimbed-%d-%d", os.Getpid(), containerSeq.Add(1))
	work := filepath.Join(b.Dir, "containers", id)
	if err := os.MkdirAll(work, 0o755); err != nil {
		return nil, err
	}
	if err := b.pullLayout(ctx, ref, opts.Platform, filepath.Join(work, "oci")); err != nil {
		return nil, err
	}
	bundle := filepath.Join(work, "bundle")
	unpack := exec.CommandContext(ctx, b.Tools.Umoci, "unpack", "--image", filepath.Join(work, "oci")+":run", bundle)
	if err := runLogged(unpack); err != nil {
		return nil, err
	}
	if err := patchRuntimeConfig(filepath.Join(bundle, "config.json"), opts); err != nil {
		return nil, err
	}
	logPath := filepath.Join(work, "container.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	cmd := exec.Command(b.Tools.Runc, "--root", b.runcRoot(), "run", "--bundle", bundle, id)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = pdeathsig()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("runc run: %w", err)
	}
	c := &Container{ID: id, LogPath: logPath, bed: b, cmd: cmd, exited: make(chan struct{}), bundle: bundle}
	go func() { cmd.Wait(); close(c.exited) }() //nolint:errcheck // the log says why it exited
	return c, nil
}

func (b *Bed) runcRoot() string { return filepath.Join(b.Dir, "runc") }

// pullLayout copies one image from the bed's registry into an OCI layout
// tagged "run", which umoci unpacks.
func (b *Bed) pullLayout(ctx context.Context, ref, platform, dir string) error {
	r, err := name.ParseReference(ref, name.Insecure)
	if err != nil {
		return err
	}
	opts := []remote.Option{remote.WithContext(ctx)}
	if platform != "" {
		p, err := v1.ParsePlatform(platform)
		if err != nil {
			return err
		}
		opts = append(opts, remote.WithPlatform(*p))
	}
	img, err := remote.Image(r, opts...)
	if err != nil {
		return fmt.Errorf("pull %s: %w", ref, err)
	}
	p, err := layout.Write(dir, empty.Index)
	if err != nil {
		return err
	}
	return p.AppendImage(img, layout.WithAnnotations(map[string]string{"org.opencontainers.image.ref.name": "run"}))
}

// patchRuntimeConfig makes umoci's runtime spec run in the host network
// namespace without a terminal, with extra environment and arguments.
func patchRuntimeConfig(path string, opts RunOptions) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var spec map[string]any
	if err := json.Unmarshal(data, &spec); err != nil {
		return err
	}
	proc := spec["process"].(map[string]any)
	proc["terminal"] = false
	if len(opts.Env) > 0 {
		env, _ := proc["env"].([]any)
		for _, e := range opts.Env {
			env = append(env, e)
		}
		proc["env"] = env
	}
	if opts.Args != nil {
		args, _ := proc["args"].([]any)
		// umoci puts Entrypoint then Cmd into args; keep the entrypoint part.
		if ep, ok := spec["annotations"].(map[string]any)["org.opencontainers.image.entrypoint"]; ok {
			var entry []string
			_ = json.Unmarshal([]byte(ep.(string)), &entry)
			args = args[:0]
			for _, a := range entry {
				args = append(args, a)
			}
		}
		for _, a := range opts.Args {
			args = append(args, a)
		}
		proc["args"] = args
	}
	if user, _ := proc["user"].(map[string]any); user != nil && user["uid"] == float64(0) {
		// A root process gets Docker's default capabilities (umoci grants
		// three), so images written for Docker run: nginx's master drops
		// its workers to another user. Non-root processes keep umoci's,
		// as they get none in Docker either.
		proc["capabilities"] = map[string]any{
			"bounding": dockerCaps(), "effective": dockerCaps(), "permitted": dockerCaps(),
		}
	}
	linux := spec["linux"].(map[string]any)
	var ns []any
	for _, n := range linux["namespaces"].([]any) {
		if n.(map[string]any)["type"] != "network" {
			ns = append(ns, n)
		}
	}
	linux["namespaces"] = ns
	out, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}

// dockerCaps is Docker's default capability set for a container.
func dockerCaps() []any {
	var out []any
	for _, c := range []string{
		"CAP_AUDIT_WRITE", "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_MKNOD",
		"CAP_NET_BIND_SERVICE", "CAP_NET_RAW", "CAP_SETFCAP", "CAP_SETGID", "CAP_SETPCAP", "CAP_SETUID", "CAP_SYS_CHROOT",
	} {
		out = append(out, c)
	}
	return out
}

// Logs returns what the container printed so far.
func (c *Container) Logs() string {
	data, _ := os.ReadFile(c.LogPath)
	return string(data)
}

// Exited reports whether the container's process has ended.
func (c *Container) Exited() bool {
	select {
	case <-c.exited:
		return true
	default:
		return false
	}
}

// WaitHTTP polls url until it answers with want, the container exits, or
// timeout passes. The error carries the container's log.
func (c *Container) WaitHTTP(ctx context.Context, url string, want int, timeout time.Duration) (*http.Response, error) {
	deadline := time.Now().Add(timeout)
	client := &http.Client{Timeout: 2 * time.Second}
	var last string
	for {
		resp, err := client.Get(url)
		if err == nil {
			if resp.StatusCode == want {
				return resp, nil
			}
			last = resp.Status
			resp.Body.Close()
		} else {
			last = err.Error()
		}
		if c.Exited() {
			return nil, fmt.Errorf("container exited before %s answered; log:\n%s", url, c.Logs())
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%s did not answer %d within %s (last: %s); log:\n%s", url, want, timeout, last, c.Logs())
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Stop kills the container and removes its runc state and bundle.
func (c *Container) Stop() {
	root := c.bed.runcRoot()
	_ = exec.Command(c.bed.Tools.Runc, "--root", root, "kill", c.ID, "KILL").Run()
	select {
	case <-c.exited:
	case <-time.After(10 * time.Second):
		_ = c.cmd.Process.Kill()
		<-c.exited
	}
	_ = exec.Command(c.bed.Tools.Runc, "--root", root, "delete", "--force", c.ID).Run()
	_ = os.RemoveAll(c.bundle)
}

// FreePort returns a loopback TCP port that is free right now.
func FreePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// Serve runs an HTTP app image with PORT set to a free loopback port and
// waits until path answers 200. It returns the container, which the caller
// stops, and the app's base URL.
func (b *Bed) Serve(ctx context.Context, ref, path string, opts RunOptions) (*Container, string, error) {
	port, err := FreePort()
	if err != nil {
		return nil, "", err
	}
	opts.Env = append(opts.Env, "PORT="+strconv.Itoa(port))
	c, err := b.Run(ctx, ref, opts)
	if err != nil {
		return nil, "", err
	}
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	resp, err := c.WaitHTTP(ctx, base+path, http.StatusOK, 30*time.Second)
	if err != nil {
		c.Stop()
		return nil, "", err
	}
	resp.Body.Close()
	return c, base, nil
}
