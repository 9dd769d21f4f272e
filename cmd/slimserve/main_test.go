package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/slimfront/slimfront/serve"
)

func TestListenAddr(t *testing.T) {
	for _, c := range []struct{ listen, port, want string }{
		{":8080", "", ":8080"},
		{"127.0.0.1:8080", "", "127.0.0.1:8080"},
		{"[::1]:8080", "", "[::1]:8080"},
		{"not an address", "", "not an address"}, // no PORT: --listen is left to net.Listen
		{":8080", "9000", ":9000"},
		{"127.0.0.1:8080", "9000", "127.0.0.1:9000"},
		{"[::1]:8080", "9000", "[::1]:9000"},
		{"0.0.0.0:80", "1", "0.0.0.0:1"},
		{":8080", "65535", ":65535"},
	} {
		got, err := listenAddr(c.listen, c.port)
		if err != nil || got != c.want {
			t.Errorf("listenAddr(%q, %q) = %q, %v; want %q", c.listen, c.port, got, err, c.want)
		}
	}
}

func TestListenAddrBadPort(t *testing.T) {
	for _, port := range []string{"0", "65536", "abc", "-1", "80a", "+80", " 80", "99999999999999999999"} {
		got, err := listenAddr(":8080", port)
		if err == nil {
			t.Errorf("listenAddr(\":8080\", %q) = %q, want an error", port, got)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, "PORT") || !strings.Contains(msg, port) {
			t.Errorf("listenAddr(\":8080\", %q): error %q does not name PORT and its value", port, msg)
		}
	}
}

func TestListenAddrBadListen(t *testing.T) {
	// With PORT set, --listen must have a port to replace.
	_, err := listenAddr("localhost", "9000")
	if err == nil || !strings.Contains(err.Error(), "--listen") {
		t.Errorf("listenAddr(\"localhost\", \"9000\"): error %v, want one naming --listen", err)
	}
}

// runCode runs run and returns its exit code, failing the test rather than
// hanging if run goes on to serve.
func runCode(t *testing.T, args []string, envPort string) int {
	t.Helper()
	done := make(chan int, 1)
	go func() { done <- run(args, envPort) }()
	select {
	case code := <-done:
		return code
	case <-time.After(5 * time.Second):
		t.Fatalf("run(%q, %q) did not return: it is serving", args, envPort)
		return -1
	}
}

// siteRoot is a directory that serve.New accepts.
func siteRoot(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "index.html"), []byte("<!doctype html><p>hi</p>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := serve.New(serve.Config{Root: root}); err != nil {
		t.Fatalf("serve.New of the test root: %v", err)
	}
	return root
}

func TestRunUnexpectedArgument(t *testing.T) {
	root := siteRoot(t)
	args := []string{"--root", root, "--listen", "127.0.0.1:0", "--access-log=false", "dist"}
	if code := runCode(t, args, ""); code != 2 {
		t.Errorf("run(%q) = %d, want 2", args, code)
	}
}

func TestRunBadHeader(t *testing.T) {
	const bad = "Content-Length: 5"
	if _, err := serve.ParseHeader(bad); err == nil {
		t.Fatalf("serve.ParseHeader(%q) accepts it; the test needs a header it refuses", bad)
	}
	root := siteRoot(t)
	args := []string{"--root", root, "--listen", "127.0.0.1:0", "--access-log=false", "--header", bad}
	if code := runCode(t, args, ""); code != 2 {
		t.Errorf("run(%q) = %d, want 2", args, code)
	}
}

func TestRunBadPort(t *testing.T) {
	root := siteRoot(t)
	args := []string{"--root", root, "--listen", "127.0.0.1:0", "--access-log=false"}
	if code := runCode(t, args, "abc"); code != 2 {
		t.Errorf("run(%q) with PORT=abc = %d, want 2", args, code)
	}
}
