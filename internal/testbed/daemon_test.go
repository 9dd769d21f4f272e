package testbed

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// A socket path a unix socket cannot hold is refused up front, with the
// remedy, instead of buildkitd failing to listen.
func TestDaemonSocketPathFits(t *testing.T) {
	long := "/tmp/" + strings.Repeat("d", 100)
	if _, err := newDaemon("x", long, "127.0.0.1:1", nil); err == nil || !strings.Contains(err.Error(), "TMPDIR") {
		t.Errorf("newDaemon(%d-byte dir) = %v, want an error naming TMPDIR", len(long), err)
	}
	// The longest StartDaemon name under a usual bed directory fits.
	dir := filepath.Join(os.TempDir(), statePrefix+"1234567890", "daemons", strings.Repeat("n", 16))
	if _, err := newDaemon("n", dir, "127.0.0.1:1", nil); err != nil {
		t.Error(err)
	}
}

// spawnSleeper makes a daemon whose process is a sleep, registered on b
// like StartDaemon's.
func spawnSleeper(t *testing.T, b *Bed, name string) (*Daemon, int) {
	t.Helper()
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep program")
	}
	d, err := b.addDaemon(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.spawn(sleep, "60"); err != nil {
		t.Fatal(err)
	}
	return d, d.cmd.Process.Pid
}

// A daemon's Stop may race the bed's, and itself: every caller returns
// once the process is gone, which happens once (run with -race).
func TestDaemonStopConcurrent(t *testing.T) {
	b := &Bed{Dir: t.TempDir()}
	d1, pid1 := spawnSleeper(t, b, "one")
	d2, pid2 := spawnSleeper(t, b, "two")
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(d1.Stop)
		wg.Go(d2.Stop)
	}
	wg.Go(b.Stop)
	wg.Wait()
	for _, pid := range []int{pid1, pid2} {
		// The process is reaped: nothing answers to its pid any more.
		if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("process %d still there after Stop: %v", pid, err)
		}
	}
	if _, err := os.Stat(d1.Dir); !os.IsNotExist(err) {
		t.Errorf("daemon directory still there: %v", err)
	}
	d1.Stop()
	var nilDaemon *Daemon
	nilDaemon.Stop()
}

// The bed's Stop stops the daemons StartDaemon added, and a bed that is
// stopped starts no more.
func TestBedStopStopsExtraDaemons(t *testing.T) {
	b := &Bed{Dir: t.TempDir()}
	d, pid := spawnSleeper(t, b, "extra")
	b.Stop()
	select {
	case <-d.exited:
	case <-time.After(5 * time.Second):
		t.Fatalf("daemon process %d survived Bed.Stop", pid)
	}
	if _, err := b.StartDaemon(context.Background(), "late"); err == nil || !strings.Contains(err.Error(), "stopped") {
		t.Errorf("StartDaemon on a stopped bed = %v", err)
	}
	if _, err := os.Stat(b.Dir); !os.IsNotExist(err) {
		t.Errorf("StartDaemon on a stopped bed left %s: %v", b.Dir, err)
	}
}

// A stop during start makes the start fail rather than leave a process
// nobody stops.
func TestDaemonStoppedBeforeSpawn(t *testing.T) {
	d, err := newDaemon("x", t.TempDir(), "127.0.0.1:1", nil)
	if err != nil {
		t.Fatal(err)
	}
	d.Stop()
	if err := d.spawn("/bin/true"); err == nil {
		t.Error("spawn after Stop succeeded")
	}
}

func TestStartDaemonNames(t *testing.T) {
	b := &Bed{Dir: t.TempDir()}
	for _, name := range []string{"", "main", "-a", "A", "a/b", "..", strings.Repeat("a", 17)} {
		if _, err := b.StartDaemon(context.Background(), name); err == nil || !strings.Contains(err.Error(), "daemon name") {
			t.Errorf("StartDaemon(%q) = %v, want a refused name", name, err)
		}
	}
	if err := os.MkdirAll(filepath.Join(b.Dir, "daemons", "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := b.StartDaemon(context.Background(), "b"); err == nil || !strings.Contains(err.Error(), "already started") {
		t.Errorf("StartDaemon twice = %v", err)
	}
}
