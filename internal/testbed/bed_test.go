package testbed

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// Two beds, or two daemons of one bed, must share nothing on the machine:
// every path and address in a daemon's config lives under the daemon's own
// directory or is its bed's registry.
func TestDaemonConfigIsPrivateToTheDaemon(t *testing.T) {
	for _, dir := range []string{"/tmp/slimbed-x", "/tmp/slimbed-x/daemons/b"} {
		d, err := newDaemon("x", dir, "127.0.0.1:4321", nil)
		if err != nil {
			t.Fatal(err)
		}
		cfg := d.config()
		for _, want := range []string{
			`root = "` + dir + `/buildkitd"`,
			`address = ["unix://` + dir + `/buildkitd.sock"]`,
			`socketPath = "` + dir + `/otel-grpc.sock"`,
			`[registry."docker.io"]` + "\n" + `  mirrors = ["127.0.0.1:4321"]`,
			`[registry."gcr.io"]` + "\n" + `  mirrors = ["127.0.0.1:4321"]`,
			`[registry."127.0.0.1:4321"]` + "\n" + `  http = true`,
		} {
			if !strings.Contains(cfg, want) {
				t.Errorf("buildkitd.toml lacks %q:\n%s", want, cfg)
			}
		}
		for _, line := range strings.Split(cfg, "\n") {
			if strings.Contains(line, `"/`) && !strings.Contains(line, dir+"/") {
				t.Errorf("config line %q names a path outside %s", line, dir)
			}
		}
		if d.DockerConfig != dir+"/docker" {
			t.Errorf("DockerConfig = %s", d.DockerConfig)
		}
	}
}

func TestGoTagsLikeTheOfficialImage(t *testing.T) {
	v := strings.TrimPrefix(runtime.Version(), "go")
	minor := v[:strings.LastIndex(v, ".")]
	tags := strings.Join(GoTags(), " ")
	for _, want := range []string{"golang:" + v + "-trixie", "golang:" + minor + "-trixie", "golang:1-trixie", "golang:trixie", "golang:latest", "golang:" + minor} {
		if !strings.Contains(" "+tags+" ", " "+want+" ") {
			t.Errorf("GoTags() = %s; lacks %s", tags, want)
		}
	}
}

func TestUnescapeMount(t *testing.T) {
	if got := unescapeMount(`/tmp/a\040b/c`); got != "/tmp/a b/c" {
		t.Errorf("unescapeMount = %q", got)
	}
}

// A change to the extra CA certificates must rebuild the golang stand-in.
func TestHashDirFollowsCertificates(t *testing.T) {
	dir := t.TempDir()
	empty, err := hashDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "proxy.crt"), []byte("cert"), 0o644); err != nil {
		t.Fatal(err)
	}
	one, _ := hashDir(dir)
	if err := os.WriteFile(filepath.Join(dir, "proxy.crt"), []byte("other"), 0o644); err != nil {
		t.Fatal(err)
	}
	two, _ := hashDir(dir)
	if empty == one || one == two {
		t.Errorf("hashDir did not change with the certificates: %s %s %s", empty, one, two)
	}
}

// Stop may be called from a signal handler and a deferred stop at once;
// both return, the work is done once (run with -race).
func TestStopConcurrent(t *testing.T) {
	dir := t.TempDir()
	b := &Bed{Dir: dir}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(b.Stop)
	}
	wg.Wait()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("state directory still there: %v", err)
	}
	var nilBed *Bed
	nilBed.Stop()
}
