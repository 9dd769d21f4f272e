package testbed

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
)

// BuildxVersion is the docker/buildx release the bed installs as a docker
// CLI plugin. Bump it deliberately, like the BuildKit version in go.mod.
const BuildxVersion = "v0.38.2"

// aptPackages maps a program the bed runs to the Debian package that ships it.
var aptPackages = []struct{ program, pkg string }{
	{"runc", "runc"},
	{"umoci", "umoci"},
	{"debootstrap", "debootstrap"},
	{"docker", "docker.io"}, // only the client is used; no engine is started
	{"npm", "npm"},          // fetches the node stand-ins' packages from the npm registry
}

// Tools holds the absolute paths of the programs a bed drives.
type Tools struct {
	Buildkitd string
	Buildctl  string
	Buildx    string
	Docker    string
	Runc      string
	Umoci     string
	Debootstr string
}

// BuildKitVersion returns the github.com/moby/buildkit version go.mod
// pins: from this binary's build info, or (test binaries carry none) from
// `go list -m` in the current module.
func BuildKitVersion() (string, error) {
	const mod = "github.com/moby/buildkit"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == mod {
				if d.Replace != nil {
					return d.Replace.Version, nil
				}
				return d.Version, nil
			}
		}
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", mod).Output()
	if err != nil {
		return "", fmt.Errorf("cannot tell which BuildKit version go.mod pins (go list -m %s): %w", mod, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// ensureTools installs missing Debian packages and builds buildkitd,
// buildctl and buildx into the cache, keyed by version, so later beds reuse them.
func ensureTools(ctx context.Context, cache string, logf func(string, ...any)) (*Tools, error) {
	if err := ensureAptPackages(ctx, logf); err != nil {
		return nil, err
	}
	t := &Tools{}
	for _, p := range []struct {
		dst  *string
		prog string
	}{{&t.Docker, "docker"}, {&t.Runc, "runc"}, {&t.Umoci, "umoci"}, {&t.Debootstr, "debootstrap"}} {
		path, err := exec.LookPath(p.prog)
		if err != nil {
			return nil, fmt.Errorf("%s is not installed after apt-get: %w", p.prog, err)
		}
		*p.dst = path
	}

	bkVersion, err := BuildKitVersion()
	if err != nil {
		return nil, err
	}
	bkDir := filepath.Join(cache, "bin", "buildkit-"+bkVersion)
	err = cached(bkDir, logf, "buildkitd and buildctl "+bkVersion, func(tmp string) error {
		src, err := moduleDir(ctx, "github.com/moby/buildkit@"+bkVersion)
		if err != nil {
			return err
		}
		cmd := exec.CommandContext(ctx, "go", "build", "-o", tmp+"/", "./cmd/buildkitd", "./cmd/buildctl")
		cmd.Dir = src
		// BuildKit's own go.mod has exclude directives; -mod=mod lets a
		// build inside the read-only module directory resolve them.
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "CGO_ENABLED=0")
		return runLogged(cmd)
	})
	if err != nil {
		return nil, err
	}
	t.Buildkitd = filepath.Join(bkDir, "buildkitd")
	t.Buildctl = filepath.Join(bkDir, "buildctl")

	bxDir := filepath.Join(cache, "bin", "buildx-"+BuildxVersion)
	err = cached(bxDir, logf, "docker buildx "+BuildxVersion, func(tmp string) error {
		cmd := exec.CommandContext(ctx, "go", "install", "github.com/docker/buildx/cmd/buildx@"+BuildxVersion)
		cmd.Env = append(os.Environ(), "GOBIN="+tmp, "CGO_ENABLED=0")
		return runLogged(cmd)
	})
	if err != nil {
		return nil, err
	}
	t.Buildx = filepath.Join(bxDir, "buildx")
	return t, nil
}

// ensureAptPackages installs the Debian packages whose programs are missing.
func ensureAptPackages(ctx context.Context, logf func(string, ...any)) error {
	var missing []string
	for _, p := range aptPackages {
		if _, err := exec.LookPath(p.program); err != nil {
			missing = append(missing, p.pkg)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return withLock(filepath.Join(os.TempDir(), "slimfront-testbed-apt.lock"), func() error {
		logf("installing %s with apt-get", strings.Join(missing, " "))
		if err := runLogged(exec.CommandContext(ctx, "apt-get", "update", "-qq")); err != nil {
			return fmt.Errorf("apt-get update (the bed installs %s from Debian): %w", strings.Join(missing, ", "), err)
		}
		args := append([]string{"install", "-y", "-qq", "--no-install-recommends"}, missing...)
		cmd := exec.CommandContext(ctx, "apt-get", args...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		if err := runLogged(cmd); err != nil {
			return fmt.Errorf("apt-get install %s: %w", strings.Join(missing, " "), err)
		}
		return nil
	})
}

// moduleDir downloads a module through the Go module proxy and returns
// its directory in the module cache.
func moduleDir(ctx context.Context, mod string) (string, error) {
	out, err := exec.CommandContext(ctx, "go", "mod", "download", "-json", mod).Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w", mod, err)
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(out, &info); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", mod, err)
	}
	if info.Error != "" {
		return "", fmt.Errorf("go mod download %s: %s", mod, info.Error)
	}
	return info.Dir, nil
}

// cached makes dir by calling fill on a temporary sibling directory and
// renaming it into place, once, under a lock: concurrent beds wait for the
// first one instead of building twice, and an interrupted fill leaves no
// half-made entry behind.
func cached(dir string, logf func(string, ...any), what string, fill func(tmp string) error) error {
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	return withLock(dir+".lock", func() error {
		if _, err := os.Stat(dir); err == nil {
			return nil // another bed made it while we waited
		}
		logf("building %s (cached afterwards in %s)", what, dir)
		tmp, err := os.MkdirTemp(filepath.Dir(dir), ".tmp-"+filepath.Base(dir)+"-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if err := fill(tmp); err != nil {
			return fmt.Errorf("building %s: %w", what, err)
		}
		return os.Rename(tmp, dir)
	})
}

// withLock runs fn holding an exclusive flock on path.
func withLock(path string, fn func() error) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("lock %s: %w", path, err)
	}
	defer syscall.Flock(int(f.Fd()), syscall.LOCK_UN) //nolint:errcheck // closing releases it anyway
	return fn()
}

// runLogged runs cmd and, when it fails, returns its combined output in
// the error so the reason reaches the test log.
func runLogged(cmd *exec.Cmd) error {
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %w\n%s", strings.Join(cmd.Args, " "), err, tail(out.String(), 4000))
	}
	return nil
}

// tail returns at most the last n bytes of s.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
