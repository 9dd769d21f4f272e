package testbed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/moby/buildkit/client"
)

// Daemon is one buildkitd of a bed, with its own state, socket and buildx
// builder, mirroring docker.io and gcr.io to the bed's registry. The bed's
// main daemon is one; StartDaemon adds more, each starting empty, as a
// second machine would.
type Daemon struct {
	// Name names the daemon within its bed; the bed's own is "main".
	Name string
	// Dir holds the daemon's state: buildkitd root, socket, config, log
	// and DOCKER_CONFIG.
	Dir string
	// Address is the buildkitd address (unix://...).
	Address string
	// DockerConfig is a private DOCKER_CONFIG whose current buildx builder
	// is this daemon.
	DockerConfig string

	tools    *Tools
	registry string
	ownDir   bool // Stop removes Dir; the main daemon's is the bed's, which the bed removes

	mu       sync.Mutex // guards what start sets and stop reads
	cmd      *exec.Cmd
	exited   chan struct{}
	client   *client.Client
	stopped  bool
	stopOnce sync.Once
}

// maxSocketPath is the room a unix socket path has in sockaddr_un,
// without its terminating NUL.
const maxSocketPath = 107

// newDaemon lays out a daemon in dir; nothing runs yet.
func newDaemon(name, dir, registry string, tools *Tools) (*Daemon, error) {
	d := &Daemon{
		Name:         name,
		Dir:          dir,
		Address:      "unix://" + filepath.Join(dir, "buildkitd.sock"),
		DockerConfig: filepath.Join(dir, "docker"),
		tools:        tools,
		registry:     registry,
	}
	for _, s := range []string{d.socketPath(), d.otelSocket()} {
		if len(s) > maxSocketPath {
			return nil, fmt.Errorf("daemon %s: socket path %s is %d bytes, over the %d a unix socket allows: set TMPDIR to a shorter directory", name, s, len(s), maxSocketPath)
		}
	}
	return d, nil
}

func (d *Daemon) socketPath() string { return strings.TrimPrefix(d.Address, "unix://") }
func (d *Daemon) otelSocket() string { return filepath.Join(d.Dir, "otel-grpc.sock") }
func (d *Daemon) logPath() string    { return filepath.Join(d.Dir, "buildkitd.log") }

// config is buildkitd.toml: every docker.io and gcr.io pull goes to the
// bed's registry, spoken to over plain HTTP on loopback.
func (d *Daemon) config() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "root = %q\n", filepath.Join(d.Dir, "buildkitd"))
	fmt.Fprintf(&sb, "[grpc]\n  address = [%q]\n", d.Address)
	// The trace socket defaults to a machine-wide path: two daemons would
	// collide on it.
	fmt.Fprintf(&sb, "[otel]\n  socketPath = %q\n", d.otelSocket())
	sb.WriteString("[worker.oci]\n  enabled = true\n  snapshotter = \"overlayfs\"\n  gc = false\n")
	sb.WriteString("[worker.containerd]\n  enabled = false\n")
	for _, r := range []string{"docker.io", "gcr.io"} {
		fmt.Fprintf(&sb, "[registry.%q]\n  mirrors = [%q]\n", r, d.registry)
	}
	fmt.Fprintf(&sb, "[registry.%q]\n  http = true\n", d.registry)
	return sb.String()
}

// start runs buildkitd, waits until it answers and creates its buildx
// builder. On error the caller stops the daemon.
func (d *Daemon) start(ctx context.Context, builder string) error {
	cfg := filepath.Join(d.Dir, "buildkitd.toml")
	if err := os.WriteFile(cfg, []byte(d.config()), 0o644); err != nil {
		return err
	}
	if err := d.spawn(d.tools.Buildkitd, "--config", cfg); err != nil {
		return err
	}
	if err := d.waitReady(ctx, 60*time.Second); err != nil {
		return err
	}
	return d.setupBuildx(ctx, builder)
}

// spawn starts prog as the daemon's process, logging to buildkitd.log.
func (d *Daemon) spawn(prog string, args ...string) error {
	logFile, err := os.Create(d.logPath())
	if err != nil {
		return err
	}
	defer logFile.Close()
	cmd := exec.Command(prog, args...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Its own process group, so Stop can signal the daemon and any runc it
	// spawned; and killed with us if the test binary dies without cleanup.
	cmd.SysProcAttr = pdeathsig()
	cmd.SysProcAttr.Setpgid = true

	d.mu.Lock()
	defer d.mu.Unlock()
	if d.stopped {
		return errors.New("stopped while starting")
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", filepath.Base(prog), err)
	}
	d.cmd = cmd
	exited := make(chan struct{})
	d.exited = exited
	go func() { cmd.Wait(); close(exited) }() //nolint:errcheck // exit status is read from the log
	_ = os.WriteFile(filepath.Join(d.Dir, "buildkitd.pid"), []byte(strconv.Itoa(cmd.Process.Pid)), 0o644)
	return nil
}

// waitReady polls the daemon until it lists its workers.
func (d *Daemon) waitReady(ctx context.Context, timeout time.Duration) error {
	d.mu.Lock()
	exited := d.exited
	d.mu.Unlock()
	deadline := time.Now().Add(timeout)
	for {
		select {
		case <-exited:
			return fmt.Errorf("buildkitd exited at start; its log (%s):\n%s", d.logPath(), readTail(d.logPath()))
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		c, err := client.New(ctx, d.Address)
		if err == nil {
			if _, err = c.ListWorkers(ctx); err == nil {
				d.mu.Lock()
				defer d.mu.Unlock()
				if d.stopped {
					c.Close()
					return errors.New("stopped while starting")
				}
				d.client = c
				return nil
			}
			c.Close()
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("buildkitd did not answer within %s: %v; its log:\n%s", timeout, err, readTail(d.logPath()))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// setupBuildx creates the private DOCKER_CONFIG with buildx as a CLI
// plugin and a remote-driver builder, made current, that talks to the
// daemon.
func (d *Daemon) setupBuildx(ctx context.Context, builder string) error {
	plugins := filepath.Join(d.DockerConfig, "cli-plugins")
	if err := os.MkdirAll(plugins, 0o755); err != nil {
		return err
	}
	if err := os.Symlink(d.tools.Buildx, filepath.Join(plugins, "docker-buildx")); err != nil {
		return err
	}
	cmd := d.Docker(ctx, "buildx", "create", "--name", builder, "--driver", "remote", "--use", d.Address)
	if err := runLogged(cmd); err != nil {
		return fmt.Errorf("create the buildx builder: %w", err)
	}
	return nil
}

// Docker returns a docker CLI command that uses the daemon's builder.
func (d *Daemon) Docker(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, d.tools.Docker, args...)
	cmd.Env = append(os.Environ(), "DOCKER_CONFIG="+d.DockerConfig, "BUILDX_NO_DEFAULT_ATTESTATIONS=1")
	return cmd
}

// Buildx runs `docker buildx build` with args exactly as a user would type
// them, against the daemon's builder, and returns its plain progress
// output.
func (d *Daemon) Buildx(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := d.Docker(ctx, append([]string{"buildx", "build", "--progress=plain"}, args...)...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return out.String(), fmt.Errorf("docker buildx build %s (daemon %s): %w\n%s", strings.Join(args, " "), d.Name, err, tail(out.String(), 6000))
	}
	return out.String(), nil
}

// Env returns the environment a shell needs to use the daemon by hand.
func (d *Daemon) Env() []string {
	return []string{
		"BUILDKIT_HOST=" + d.Address,
		"DOCKER_CONFIG=" + d.DockerConfig,
		"SLIMFRONT_REGISTRY=" + d.registry,
	}
}

// Stop stops the daemon and any runc it spawned; a daemon StartDaemon
// added also loses its state directory. It is safe to call twice, and
// from several goroutines: the second caller waits for the first to
// finish. Stop during StartDaemon makes StartDaemon fail.
func (d *Daemon) Stop() {
	if d == nil {
		return
	}
	d.stopOnce.Do(d.stop)
}

func (d *Daemon) stop() {
	d.mu.Lock()
	d.stopped = true
	cmd, exited, c := d.cmd, d.exited, d.client
	d.mu.Unlock()
	if c != nil {
		c.Close()
	}
	if cmd != nil && cmd.Process != nil {
		pgid := cmd.Process.Pid
		_ = syscall.Kill(-pgid, syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			_ = syscall.Kill(-pgid, syscall.SIGKILL)
			<-exited
		}
		// runc children may have left the group; kill any still there.
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
	}
	if d.ownDir {
		cleanupDir(d.Dir)
	}
}

// daemonName is what StartDaemon accepts: short, and safe in a path.
var daemonName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,15}$`)

// StartDaemon starts another buildkitd on the bed's registry, with the
// same mirror configuration as the main daemon, an empty state and its
// own buildx builder: a second machine, for proving that a registry cache
// crosses machines. Bed.Stop stops it too.
func (b *Bed) StartDaemon(ctx context.Context, name string) (*Daemon, error) {
	if !daemonName.MatchString(name) || name == mainDaemon {
		return nil, fmt.Errorf("daemon name %q: use 1 to 16 of a-z, 0-9 and - (no leading -), other than %q", name, mainDaemon)
	}
	d, err := b.addDaemon(name)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	if err := d.start(ctx, "slimbed-"+name); err != nil {
		d.Stop()
		return nil, fmt.Errorf("daemon %s: %w", name, err)
	}
	b.opts.Logf("daemon %s up in %.1fs: buildkitd %s, DOCKER_CONFIG=%s", name, time.Since(start).Seconds(), d.Address, d.DockerConfig)
	return d, nil
}

// addDaemon lays out a new daemon under the bed's directory and registers
// it for Bed.Stop, unless the bed is stopping.
func (b *Bed) addDaemon(name string) (*Daemon, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.stopped {
		return nil, fmt.Errorf("daemon %s: the bed is stopped", name)
	}
	parent := filepath.Join(b.Dir, "daemons")
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	dir := filepath.Join(parent, name)
	if err := os.Mkdir(dir, 0o755); err != nil {
		if errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("daemon %s: already started on this bed; pick another name", name)
		}
		return nil, err
	}
	d, err := newDaemon(name, dir, b.Registry, b.Tools)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	d.ownDir = true
	b.extra = append(b.extra, d)
	return d, nil
}

// Main returns the bed's own daemon, the one Address, Buildx and Solve use.
func (b *Bed) Main() *Daemon { return b.main }
