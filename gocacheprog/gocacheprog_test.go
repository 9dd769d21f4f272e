package gocacheprog_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/slimfront/slimfront/gocacheprog"
)

// session runs Serve on pipes and speaks the go command's side.
type session struct {
	t    *testing.T
	in   *io.PipeWriter
	out  *json.Decoder
	done chan error
	id   int64
}

func start(t *testing.T, layer, shared string) *session {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	s := &session{t: t, in: inW, out: json.NewDecoder(bufio.NewReader(outR)), done: make(chan error, 1)}
	go func() { s.done <- gocacheprog.Serve(inR, outW, layer, shared); outW.Close() }()
	var hello gocacheprog.Response
	if err := s.out.Decode(&hello); err != nil || len(hello.KnownCommands) != 3 {
		t.Fatalf("first response %+v (%v), want the known commands", hello, err)
	}
	return s
}

func (s *session) send(req gocacheprog.Request, body []byte) gocacheprog.Response {
	s.t.Helper()
	s.id++
	req.ID = s.id
	req.BodySize = int64(len(body))
	line, _ := json.Marshal(req)
	if len(body) > 0 {
		b, _ := json.Marshal(body)
		line = append(append(line, '\n'), b...)
	}
	if _, err := s.in.Write(append(line, '\n')); err != nil {
		s.t.Fatal(err)
	}
	var res gocacheprog.Response
	if err := s.out.Decode(&res); err != nil {
		s.t.Fatal(err)
	}
	if res.ID != s.id {
		s.t.Fatalf("response %d to request %d", res.ID, s.id)
	}
	return res
}

func (s *session) close() {
	s.t.Helper()
	s.send(gocacheprog.Request{Command: "close"}, nil)
	if err := <-s.done; err != nil {
		s.t.Fatal(err)
	}
}

func id(s string) []byte { h := sha256.Sum256([]byte(s)); return h[:] }

func TestPutGetThroughTheSharedCache(t *testing.T) {
	shared := t.TempDir()
	first := t.TempDir()
	s := start(t, first, shared)
	body := []byte("compiled package")
	out := sha256.Sum256(body)
	if res := s.send(gocacheprog.Request{Command: "put", ActionID: id("a"), OutputID: out[:]}, body); res.Err != "" || res.DiskPath == "" {
		t.Fatalf("put: %+v", res)
	}
	res := s.send(gocacheprog.Request{Command: "get", ActionID: id("a")}, nil)
	if res.Miss || !bytes.Equal(res.OutputID, out[:]) || res.Size != int64(len(body)) || !strings.HasPrefix(res.DiskPath, first) {
		t.Fatalf("get after put: %+v, want a hit in the layer %s", res, first)
	}
	if data, _ := os.ReadFile(res.DiskPath); !bytes.Equal(data, body) {
		t.Errorf("DiskPath holds %q, want %q", data, body)
	}
	if res := s.send(gocacheprog.Request{Command: "get", ActionID: id("b")}, nil); !res.Miss {
		t.Errorf("get of an unknown action: %+v, want a miss", res)
	}
	// An empty output is an entry too.
	empty := sha256.Sum256(nil)
	s.send(gocacheprog.Request{Command: "put", ActionID: id("e"), OutputID: empty[:]}, nil)
	if res := s.send(gocacheprog.Request{Command: "get", ActionID: id("e")}, nil); res.Miss || res.Size != 0 {
		t.Errorf("get of an empty output: %+v", res)
	}
	s.close()

	// A second build, with a new layer, reads the shared cache and
	// copies what it used into its layer: that alone.
	second := t.TempDir()
	s = start(t, second, shared)
	res = s.send(gocacheprog.Request{Command: "get", ActionID: id("a")}, nil)
	if res.Miss || !strings.HasPrefix(res.DiskPath, second) {
		t.Fatalf("get from the shared cache: %+v, want a hit copied into %s", res, second)
	}
	s.close()
	var files []string
	filepath.Walk(second, func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			files = append(files, filepath.Base(p))
		}
		return nil
	})
	if len(files) != 2 {
		t.Errorf("the second layer holds %q, want the one entry it used and its output", files)
	}
}

// With the go command itself: packages compiled through the program
// land in the layer in the go command's own layout, so a plain GOCACHE
// build finds them, and a second layer fills from the shared cache
// without compiling.
func TestWithTheGoCommand(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	tmp := t.TempDir()
	prog := filepath.Join(tmp, "slimgocache")
	if out, err := exec.Command(goBin, "build", "-o", prog, "github.com/slimfront/slimfront/cmd/slimgocache").CombinedOutput(); err != nil {
		t.Fatalf("building slimgocache: %v\n%s", err, out)
	}
	mod := filepath.Join(tmp, "app")
	must(t, os.MkdirAll(mod, 0o755))
	must(t, os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/app\n\ngo 1.24\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(mod, "main.go"), []byte("package main\n\nimport \"errors\"\n\nfunc main() { _ = errors.New(\"x\") }\n"), 0o644))
	shared := filepath.Join(tmp, "shared")
	run := func(env []string, args ...string) string {
		t.Helper()
		cmd := exec.Command(goBin, args...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), append([]string{"GOFLAGS=", "GOTOOLCHAIN=local", "CGO_ENABLED=0"}, env...)...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	listWith := func(layer string) string {
		return run([]string{"GOCACHE=" + filepath.Join(tmp, "unused-"+filepath.Base(layer)), "GOCACHEPROG=" + prog + " " + layer + " " + shared},
			"list", "-x", "-export", "-trimpath", "-f", "{{.ImportPath}}", "errors")
	}
	layer1, layer2 := filepath.Join(tmp, "layer1"), filepath.Join(tmp, "layer2")
	if out := listWith(layer1); !strings.Contains(out, "compile") {
		t.Fatalf("the first go list compiled nothing:\n%s", out)
	}
	if out := listWith(layer2); strings.Contains(out, "/compile ") {
		t.Errorf("the second go list compiled again, though the shared cache has every package:\n%s", out)
	}
	out := run([]string{"GOCACHE=" + layer2}, "build", "-x", "-trimpath", "-o", filepath.Join(tmp, "app.bin"), ".")
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "/compile ") && !strings.Contains(line, "-p main ") {
			t.Errorf("go build with GOCACHE=<layer> compiled a package the layer holds:\n%s", line)
		}
	}
	if !strings.Contains(out, "-p main ") {
		t.Errorf("go build did not compile the main package; the check above proves nothing:\n%s", out)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
