// Package testbed brings up a real, offline BuildKit environment on one
// machine: an OCI registry on a loopback port that stands in for docker.io
// and gcr.io, a buildkitd (OCI worker, runc) mirroring both to it, a docker
// buildx builder pointed at that daemon, and stand-ins for the base images
// real builds name. Tests build images on it and run them with runc.
//
// A bed owns a private state directory and stops exactly the processes it
// started. Heavy artifacts (binaries, stand-in images) are cached per
// version under the cache directory, so a second bed comes up in seconds.
package testbed

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/moby/buildkit/client"
)

// Options configures a bed. The zero value is usable.
type Options struct {
	// CacheDir holds cached binaries and stand-in images. Default:
	// $SLIMFRONT_CACHE, else $XDG_CACHE_HOME/slimfront, else ~/.cache/slimfront.
	CacheDir string
	// ExtraCADir holds PEM certificates (*.crt) that stand-in builder images
	// trust, for machines whose outbound HTTPS passes an intercepting proxy.
	// Default: $SLIMFRONT_TESTBED_EXTRA_CA, else /usr/local/share/ca-certificates
	// when it holds certificates; "none" disables it.
	ExtraCADir string
	// Logf receives progress lines. Default: discard.
	Logf func(format string, args ...any)
}

// Bed is a running test bed.
type Bed struct {
	// Dir is the bed's private state directory.
	Dir string
	// Registry is the host:port of the bed's registry, which serves
	// docker.io and gcr.io names to the daemon.
	Registry string
	// Address is the buildkitd address (unix://...).
	Address string
	// DockerConfig is the private DOCKER_CONFIG whose current buildx
	// builder is this bed's daemon.
	DockerConfig string
	// Tools are the programs the bed runs.
	Tools *Tools

	opts     Options
	reg      *registryServer
	daemon   *exec.Cmd
	exited   chan struct{}
	client   *client.Client
	stopOnce sync.Once
	testCA   *testCA
}

const statePrefix = "slimbed-"

// Start brings a bed up. On error, everything started so far is stopped.
func Start(ctx context.Context, opts Options) (_ *Bed, err error) {
	opts = opts.withDefaults()
	logf := opts.Logf
	reapStale(logf)

	tools, err := ensureTools(ctx, opts.CacheDir, logf)
	if err != nil {
		return nil, err
	}
	// Keep the directory short: the daemon's unix socket path must fit in
	// 108 bytes.
	dir, err := os.MkdirTemp("", statePrefix)
	if err != nil {
		return nil, err
	}
	b := &Bed{Dir: dir, Tools: tools, opts: opts}
	if b.testCA, err = loadTestCA(opts.CacheDir); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("test CA: %w", err)
	}
	defer func() {
		if err != nil {
			b.Stop()
		}
	}()
	if err := os.WriteFile(filepath.Join(dir, "owner.pid"), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return nil, err
	}

	if b.reg, err = startRegistry(filepath.Join(dir, "registry")); err != nil {
		return nil, err
	}
	b.Registry = b.reg.Addr
	if err := b.startDaemon(ctx); err != nil {
		return nil, err
	}
	if err := b.setupBuildx(ctx); err != nil {
		return nil, err
	}
	if err := b.loadStandIns(ctx); err != nil {
		return nil, err
	}
	logf("bed up: registry %s, buildkitd %s, DOCKER_CONFIG=%s", b.Registry, b.Address, b.DockerConfig)
	return b, nil
}

func (o Options) withDefaults() Options {
	if o.CacheDir == "" {
		o.CacheDir = DefaultCacheDir()
	}
	if o.ExtraCADir == "" {
		o.ExtraCADir = os.Getenv("SLIMFRONT_TESTBED_EXTRA_CA")
	}
	if o.ExtraCADir == "" {
		if m, _ := filepath.Glob("/usr/local/share/ca-certificates/*.crt"); len(m) > 0 {
			o.ExtraCADir = "/usr/local/share/ca-certificates"
		}
	}
	if o.ExtraCADir == "none" {
		o.ExtraCADir = ""
	}
	if o.Logf == nil {
		o.Logf = func(string, ...any) {}
	}
	return o
}

// DefaultCacheDir is where beds cache binaries and stand-in images.
func DefaultCacheDir() string {
	if d := os.Getenv("SLIMFRONT_CACHE"); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "slimfront")
	}
	return filepath.Join(os.TempDir(), "slimfront-cache")
}

// daemonConfig is buildkitd.toml: every docker.io and gcr.io pull goes to
// the bed's registry, spoken to over plain HTTP on loopback.
func (b *Bed) daemonConfig() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "root = %q\n", filepath.Join(b.Dir, "buildkitd"))
	fmt.Fprintf(&sb, "[grpc]\n  address = [%q]\n", b.Address)
	// The trace socket defaults to a machine-wide path: two beds would
	// collide on it.
	fmt.Fprintf(&sb, "[otel]\n  socketPath = %q\n", filepath.Join(b.Dir, "otel-grpc.sock"))
	sb.WriteString("[worker.oci]\n  enabled = true\n  snapshotter = \"overlayfs\"\n  gc = false\n")
	sb.WriteString("[worker.containerd]\n  enabled = false\n")
	for _, r := range []string{"docker.io", "gcr.io"} {
		fmt.Fprintf(&sb, "[registry.%q]\n  mirrors = [%q]\n", r, b.Registry)
	}
	fmt.Fprintf(&sb, "[registry.%q]\n  http = true\n", b.Registry)
	return sb.String()
}

func (b *Bed) startDaemon(ctx context.Context) error {
	b.Address = "unix://" + filepath.Join(b.Dir, "buildkitd.sock")
	cfg := filepath.Join(b.Dir, "buildkitd.toml")
	if err := os.WriteFile(cfg, []byte(b.daemonConfig()), 0o644); err != nil {
		return err
	}
	logFile, err := os.Create(filepath.Join(b.Dir, "buildkitd.log"))
	if err != nil {
		return err
	}
	defer logFile.Close()
	cmd := exec.Command(b.Tools.Buildkitd, "--config", cfg)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Its own process group, so Stop can signal the daemon and any runc it
	// spawned; and killed with us if the test binary dies without cleanup.
	cmd.SysProcAttr = pdeathsig()
	cmd.SysProcAttr.Setpgid = true
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start buildkitd: %w", err)
	}
	b.daemon = cmd
	b.exited = make(chan struct{})
	go func() { cmd.Wait(); close(b.exited) }() //nolint:errcheck // exit status is read from the log
	_ = os.WriteFile(filepath.Join(b.Dir, "buildkitd.pid"), []byte(strconv.Itoa(cmd.Process.Pid)), 0o644)

	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case <-b.exited:
			return fmt.Errorf("buildkitd exited at start; its log (%s):\n%s", logFile.Name(), readTail(logFile.Name()))
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		c, err := client.New(ctx, b.Address)
		if err == nil {
			if _, err = c.ListWorkers(ctx); err == nil {
				b.client = c
				return nil
			}
			c.Close()
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("buildkitd did not answer within 60s: %v; its log:\n%s", err, readTail(logFile.Name()))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// setupBuildx creates a private DOCKER_CONFIG with buildx as a CLI plugin
// and a remote-driver builder, made current, that talks to the bed.
func (b *Bed) setupBuildx(ctx context.Context) error {
	b.DockerConfig = filepath.Join(b.Dir, "docker")
	plugins := filepath.Join(b.DockerConfig, "cli-plugins")
	if err := os.MkdirAll(plugins, 0o755); err != nil {
		return err
	}
	if err := os.Symlink(b.Tools.Buildx, filepath.Join(plugins, "docker-buildx")); err != nil {
		return err
	}
	cmd := b.Docker(ctx, "buildx", "create", "--name", "slimbed", "--driver", "remote", "--use", b.Address)
	if err := runLogged(cmd); err != nil {
		return fmt.Errorf("create the buildx builder: %w", err)
	}
	return nil
}

// Docker returns a docker CLI command that uses the bed's builder.
func (b *Bed) Docker(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, b.Tools.Docker, args...)
	cmd.Env = append(os.Environ(), "DOCKER_CONFIG="+b.DockerConfig, "BUILDX_NO_DEFAULT_ATTESTATIONS=1")
	return cmd
}

// Env returns the environment a shell needs to use the bed by hand.
func (b *Bed) Env() []string {
	return []string{
		"BUILDKIT_HOST=" + b.Address,
		"DOCKER_CONFIG=" + b.DockerConfig,
		"SLIMFRONT_REGISTRY=" + b.Registry,
	}
}

// Stop stops the daemon and registry, unmounts what the daemon left
// mounted, and removes the state directory. It is safe to call twice, and
// from several goroutines (a signal handler and a deferred stop): the
// second caller waits for the first to finish.
func (b *Bed) Stop() {
	if b == nil {
		return
	}
	b.stopOnce.Do(b.stop)
}

func (b *Bed) stop() {
	if b.client != nil {
		b.client.Close()
	}
	if b.daemon != nil && b.daemon.Process != nil {
		pgid := b.daemon.Process.Pid
		_ = syscall.Kill(-pgid, syscall.SIGTERM)
		select {
		case <-b.exited:
		case <-time.After(15 * time.Second):
			_ = syscall.Kill(-pgid, syscall.SIGKILL)
			<-b.exited
		}
		// runc children may have left the group; kill any still there.
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
	}
	if b.reg != nil {
		_ = b.reg.close()
	}
	cleanupDir(b.Dir)
}

// pdeathsig makes a child die with the process that started it, so a test
// binary killed without cleanup leaves no daemon or container running.
func pdeathsig() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// cleanupDir kills containers the bed's runc still knows, unmounts
// everything mounted under dir, deepest first, and removes dir.
func cleanupDir(dir string) {
	if dir == "" {
		return
	}
	if runc, err := exec.LookPath("runc"); err == nil {
		root := filepath.Join(dir, "runc")
		ids, _ := os.ReadDir(root)
		for _, id := range ids {
			_ = exec.Command(runc, "--root", root, "kill", id.Name(), "KILL").Run()
			_ = exec.Command(runc, "--root", root, "delete", "--force", id.Name()).Run()
		}
	}
	mounts := mountsUnder(dir)
	for i := len(mounts) - 1; i >= 0; i-- {
		_ = syscall.Unmount(mounts[i], syscall.MNT_DETACH)
	}
	_ = os.RemoveAll(dir)
}

// mountsUnder lists mount points at or below dir, in mount order.
func mountsUnder(dir string) []string {
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	s := bufio.NewScanner(f)
	for s.Scan() {
		fields := strings.Fields(s.Text())
		if len(fields) < 5 {
			continue
		}
		mp := unescapeMount(fields[4])
		if mp == dir || strings.HasPrefix(mp, dir+"/") {
			out = append(out, mp)
		}
	}
	return out
}

// unescapeMount decodes the octal escapes mountinfo uses for spaces etc.
func unescapeMount(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				sb.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// reapStale removes state left by beds whose owner process died without
// stopping them (a killed test binary): their daemons died with the owner,
// but mounts and directories stay until someone cleans them.
func reapStale(logf func(string, ...any)) {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), statePrefix+"*"))
	for _, d := range dirs {
		data, err := os.ReadFile(filepath.Join(d, "owner.pid"))
		if err != nil {
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
		if err != nil || processAlive(pid) {
			continue
		}
		if data, err := os.ReadFile(filepath.Join(d, "buildkitd.pid")); err == nil {
			if dpid, err := strconv.Atoi(strings.TrimSpace(string(data))); err == nil && processAlive(dpid) {
				_ = syscall.Kill(-dpid, syscall.SIGKILL)
			}
		}
		logf("removing stale bed %s (owner %d is gone)", d, pid)
		cleanupDir(d)
	}
}

func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// readTail returns the end of a log file for error messages.
func readTail(path string) string {
	data, _ := os.ReadFile(path)
	return tail(string(data), 3000)
}
