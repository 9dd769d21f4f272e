package e2e

import (
	"context"
	"crypto/sha256"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/slimfront/slimfront/internal/testbed"
)

// TestPythonEntrypointChecked: a console script that no installed package
// provides fails the build at the entrypoint line, listing what the venv
// has, instead of an image that cannot start.
func TestPythonEntrypointChecked(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	dir := copyExample(t, "python-api")
	toml := "# syntax=org/slimfront\nlanguage = \"python\"\nentrypoint = \"gunicorn\"\n"
	if err := os.WriteFile(filepath.Join(dir, "app.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := b.Buildx(context.Background(), dir, "-f", "app.toml", "--output", "type=local,dest="+t.TempDir(), ".")
	if err == nil {
		t.Fatalf("the build succeeded with a console script nothing provides:\n%s", out)
	}
	for _, want := range []string{"no installed package provides the console script gunicorn", "bottle.py", ">>> entrypoint = \"gunicorn\""} {
		if !strings.Contains(out, want) {
			t.Errorf("the build output lacks %q:\n%s", want, out)
		}
	}
}

// TestPythonPrivateIndex: a private package index that demands
// credentials serves python-api's dependency; the credentials reach pip
// only through the netrc secret, and are in no layer, config or history of
// the image, nor in the install step's cache key.
func TestPythonPrivateIndex(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	wheel, err := os.ReadFile(examplesDir("python-api/wheels/bottle-0.13.2-py2.py3-none-any.whl"))
	if err != nil {
		t.Fatal(err)
	}
	const user = "ci"
	var token atomic.Value
	var authorized atomic.Int32
	sum := sha256.Sum256(wheel)
	handler := basicAuth(user, &token, &authorized, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/simple/bottle/":
			fmt.Fprintf(w, `<html><body><a href="/files/bottle-0.13.2-py2.py3-none-any.whl#sha256=%x">bottle-0.13.2-py2.py3-none-any.whl</a></body></html>`, sum)
		case "/files/bottle-0.13.2-py2.py3-none-any.whl":
			w.Write(wheel)
		default:
			http.NotFound(w, r)
		}
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: handler}
	go srv.Serve(ln)
	defer srv.Close()

	dir := copyExample(t, "python-api")
	if err := os.RemoveAll(filepath.Join(dir, "wheels")); err != nil {
		t.Fatal(err)
	}
	toml := fmt.Sprintf("# syntax=org/slimfront\nentrypoint = \"app.py\"\n[python]\nindex = \"http://%s/simple\"\n", ln.Addr())
	if err := os.WriteFile(filepath.Join(dir, "app.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	netrc := func(tok string) string {
		token.Store(tok)
		f := filepath.Join(t.TempDir(), "netrc")
		if err := os.WriteFile(f, []byte("machine 127.0.0.1 login "+user+" password "+tok+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		return f
	}
	ref := b.Ref("python-api:private")
	tokenA := fmt.Sprintf("slimfront-pysecret-a-%d", time.Now().UnixNano())
	if out, err := b.Buildx(ctx, dir, "-f", "app.toml", "--no-cache", "--secret", "id=netrc,src="+netrc(tokenA), "--push", "-t", ref, "."); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if authorized.Load() == 0 {
		t.Fatal("the index saw no request with the credentials")
	}
	img, err := b.Inspect(ctx, ref, "linux/amd64")
	if err != nil {
		t.Fatal(err)
	}
	if where, err := img.Find([]byte(tokenA)); err != nil || where != "" {
		t.Errorf("the token is in %q (%v)", where, err)
	}
	if !slices.ContainsFunc(img.Files(), func(f testbed.File) bool { return strings.HasSuffix(f.Path, "site-packages/bottle.py") }) {
		t.Error("bottle is not in the image")
	}

	// Without the secret the index refuses pip, and the build fails.
	if out, err := b.Buildx(ctx, dir, "-f", "app.toml", "--no-cache", "--output", "type=local,dest="+t.TempDir(), "."); err == nil {
		t.Errorf("the build succeeded without the credentials:\n%s", out)
	}
	// Another token is another secret, not another cache key.
	out, err := b.Buildx(ctx, dir, "-f", "app.toml", "--secret", "id=netrc,src="+netrc("slimfront-pysecret-b"), "--push", "-t", ref, ".")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !stepCached(out, "] /venv/bin/pip install") {
		t.Errorf("with another token the install step re-ran: the secret is part of its cache key:\n%s", out)
	}
}
