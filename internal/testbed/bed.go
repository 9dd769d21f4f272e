// Package testbed brings up a real, offline BuildKit environment on one
// machine: an OCI registry on a loopback port that stands in for docker.io
// and gcr.io, a buildkitd (OCI worker, runc) mirroring both to it, a docker
// buildx builder pointed at that daemon, and stand-ins for the base images
// real builds name. Tests build images on it and run them with runc.
// StartDaemon adds more buildkitds on the same registry, each an empty
// machine of its own, for caches that must cross machines.
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
	// Address is the main buildkitd's address (unix://...).
	Address string
	// DockerConfig is the private DOCKER_CONFIG whose current buildx
	// builder is this bed's main daemon.
	DockerConfig string
	// Tools are the programs the bed runs.
	Tools *Tools

	opts     Options
	reg      *registryServer
	main     *Daemon
	stopOnce sync.Once
	testCA   *testCA

	mu      sync.Mutex // guards extra and stopped
	extra   []*Daemon  // StartDaemon's, stopped with the bed
	stopped bool
}

// mainDaemon names the bed's own daemon.
const mainDaemon = "main"

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
	// The main daemon's state is the bed's directory itself, as before
	// there were others.
	if b.main, err = newDaemon(mainDaemon, dir, b.Registry, tools); err != nil {
		return nil, err
	}
	b.Address, b.DockerConfig = b.main.Address, b.main.DockerConfig
	if err := b.main.start(ctx, "slimbed"); err != nil {
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

// Docker returns a docker CLI command that uses the bed's builder.
func (b *Bed) Docker(ctx context.Context, args ...string) *exec.Cmd {
	return b.main.Docker(ctx, args...)
}

// Env returns the environment a shell needs to use the bed by hand.
func (b *Bed) Env() []string { return b.main.Env() }

// Stop stops the daemons (the main one and StartDaemon's) and the
// registry, unmounts what the daemons left mounted, and removes the state
// directory. It is safe to call twice, and
// from several goroutines (a signal handler and a deferred stop): the
// second caller waits for the first to finish.
func (b *Bed) Stop() {
	if b == nil {
		return
	}
	b.stopOnce.Do(b.stop)
}

func (b *Bed) stop() {
	b.mu.Lock()
	b.stopped = true
	daemons := append([]*Daemon{b.main}, b.extra...)
	b.mu.Unlock()
	var wg sync.WaitGroup
	for _, d := range daemons {
		wg.Go(d.Stop)
	}
	wg.Wait()
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
		pidFiles, _ := filepath.Glob(filepath.Join(d, "daemons", "*", "buildkitd.pid"))
		for _, pf := range append(pidFiles, filepath.Join(d, "buildkitd.pid")) {
			if data, err := os.ReadFile(pf); err == nil {
				if dpid, err := strconv.Atoi(strings.TrimSpace(string(data))); err == nil && processAlive(dpid) {
					_ = syscall.Kill(-dpid, syscall.SIGKILL)
				}
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
