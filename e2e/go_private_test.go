package e2e

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/dirhash"

	"github.com/slimfront/slimfront/internal/testbed"
)

// privateModule is a module zip as a proxy serves it, with its go.sum
// lines.
type privateModule struct {
	path, version, goMod string
	zip                  []byte
	sum                  string // the two go.sum lines
}

func makePrivateModule(t *testing.T, modPath, version, greeting string) privateModule {
	t.Helper()
	m := privateModule{path: modPath, version: version, goMod: "module " + modPath + "\n\ngo 1.26\n"}
	files := map[string]string{
		"go.mod":     m.goMod,
		"private.go": "// Package private is served only to those with the credentials.\npackage private\n\n// Greeting is what the app says at /version.\nconst Greeting = " + fmt.Sprintf("%q", greeting) + "\n",
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"go.mod", "private.go"} {
		w, err := zw.Create(modPath + "@" + version + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, files[name])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	m.zip = buf.Bytes()
	zf := filepath.Join(t.TempDir(), "mod.zip")
	if err := os.WriteFile(zf, m.zip, 0o644); err != nil {
		t.Fatal(err)
	}
	zipHash, err := dirhash.HashZip(zf, dirhash.Hash1)
	if err != nil {
		t.Fatal(err)
	}
	modHash, err := dirhash.Hash1([]string{"go.mod"}, func(string) (io.ReadCloser, error) {
		return io.NopCloser(strings.NewReader(m.goMod)), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	m.sum = fmt.Sprintf("%s %s %s\n%s %s/go.mod %s\n", modPath, version, zipHash, modPath, version, modHash)
	return m
}

// TestGoPrivateModule: go-hello imports a module that only a private
// GOPROXY serves, over HTTPS, to a client with the credentials. They
// reach go mod download only as the netrc secret (`--secret id=netrc`),
// the proxy's address as a build arg; the credentials are in no layer, no
// config or history, and not in the exported build cache; without them
// the build fails, and another token is not another cache key.
func TestGoPrivateModule(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	const modPath, version, user = "example.com/private", "v1.0.0", "ci"
	mod := makePrivateModule(t, modPath, version, "hello from a private module")

	var token atomic.Value
	var authorized atomic.Int32
	handler := basicAuth(user, &token, &authorized, func(w http.ResponseWriter, r *http.Request) {
		prefix := "/" + modPath + "/@v/"
		switch r.URL.Path {
		case prefix + "list":
			fmt.Fprintln(w, version)
		case prefix + version + ".info":
			fmt.Fprintf(w, `{"Version":%q,"Time":"2026-01-01T00:00:00Z"}`, version)
		case prefix + version + ".mod":
			io.WriteString(w, mod.goMod)
		case prefix + version + ".zip":
			w.Write(mod.zip)
		default:
			http.NotFound(w, r)
		}
	})
	tlsConf, err := b.ServerTLS()
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: handler, TLSConfig: tlsConf}
	go srv.ServeTLS(ln, "", "")
	defer srv.Close()
	proxy := "https://" + ln.Addr().String()

	dir := copyExample(t, "go-hello")
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/go-hello\n\ngo 1.26\n\nrequire "+modPath+" "+version+"\n")
	write("go.sum", mod.sum)
	src, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	main := strings.Replace(string(src), "\t\"time\"\n", "\t\"time\"\n\n\t\"example.com/private\"\n", 1)
	main = strings.Replace(main, "fmt.Fprintln(w, version)", "fmt.Fprintln(w, private.Greeting)", 1)
	if main == string(src) {
		t.Fatal("go-hello's main.go changed shape: cannot make it import the private module")
	}
	write("main.go", main)
	write("app.toml", "# syntax=org/slimfront\nname = \"hello\"\n[args]\nGOPROXY = \"https://proxy.golang.org\"\n"+
		"[build.env]\nGOPROXY = \"${GOPROXY}\"\nGONOSUMDB = \""+modPath+"\"\n")
	netrc := func(tok string) string {
		token.Store(tok)
		f := filepath.Join(t.TempDir(), "netrc")
		// go matches a netrc machine against host:port.
		if err := os.WriteFile(f, []byte("machine "+ln.Addr().String()+" login "+user+" password "+tok+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		return f
	}
	// Each namespace is a fresh module cache, so go mod download fetches.
	ns := fmt.Sprintf("private-%d", time.Now().UnixNano())
	build := func(extra ...string) (string, error) {
		args := append([]string{"-f", "app.toml", "--build-arg", "GOPROXY=" + proxy}, extra...)
		return b.Buildx(ctx, dir, append(args, ".")...)
	}

	ref := b.Ref("go-hello:private")
	cacheDir := t.TempDir()
	tokenA := fmt.Sprintf("slimfront-gosecret-a-%d", time.Now().UnixNano())
	out, err := build("--no-cache", "--build-arg", "BUILDKIT_CACHE_MOUNT_NS="+ns, "--secret", "id=netrc,src="+netrc(tokenA),
		"--cache-to", "type=local,dest="+cacheDir+",mode=max", "--push", "-t", ref)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if authorized.Load() == 0 {
		t.Fatal("the proxy saw no request with the credentials")
	}
	c, base, err := b.Serve(ctx, ref, "/healthz", testbed.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(base + "/version")
	if err == nil {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if got := strings.TrimSpace(string(body)); got != "hello from a private module" {
			t.Errorf("the app says %q, want the private module's greeting", got)
		}
	}
	c.Stop()
	if err != nil {
		t.Fatal(err)
	}

	img, err := b.Inspect(ctx, ref, "linux/amd64")
	if err != nil {
		t.Fatal(err)
	}
	if where, err := img.Find([]byte(tokenA)); err != nil || where != "" {
		t.Errorf("the token is in %q (%v)", where, err)
	}
	if where, err := testbed.FindInDir(cacheDir, []byte(tokenA)); err != nil || where != "" {
		t.Errorf("the token is in the exported cache: %q (%v)", where, err)
	}

	// Without the secret the proxy refuses go, and the build fails.
	out, err = build("--no-cache", "--build-arg", "BUILDKIT_CACHE_MOUNT_NS="+ns+"-none", "--output", "type=local,dest="+t.TempDir())
	if err == nil {
		t.Errorf("the build succeeded without the credentials:\n%s", out)
	} else if !strings.Contains(out, "401") && !strings.Contains(out, "Unauthorized") {
		t.Errorf("the build failed, but not on the proxy's refusal:\n%s", out)
	}
	// Another token is another secret, not another cache key.
	out, err = build("--build-arg", "BUILDKIT_CACHE_MOUNT_NS="+ns, "--secret", "id=netrc,src="+netrc("slimfront-gosecret-b"), "--push", "-t", ref)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !stepCached(out, "] go mod download") {
		t.Errorf("with another token go mod download re-ran: the secret is part of its cache key:\n%s", out)
	}
}

// basicAuth serves next to requests with user and the current token, and
// counts them; others get 401 with a Basic challenge, as a private index
// or module proxy answers.
func basicAuth(user string, token *atomic.Value, authorized *atomic.Int32, next http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, p, ok := r.BasicAuth()
		if !ok || u != user || p != token.Load().(string) {
			w.Header().Set("WWW-Authenticate", `Basic realm="private"`)
			http.Error(w, "credentials required", http.StatusUnauthorized)
			return
		}
		authorized.Add(1)
		next(w, r)
	})
}
