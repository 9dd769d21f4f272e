package serve

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// siteTime is the mtime of test sites' files, as a build's
// SOURCE_DATE_EPOCH would set it.
var siteTime = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// site writes files (path → content) under a new directory.
func site(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, siteTime, siteTime); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// testServer serves cfg on a loopback port until the test ends.
type testServer struct {
	t    testing.TB
	srv  *Server
	addr string
	done chan error
}

func start(t testing.TB, cfg Config) *testServer {
	t.Helper()
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{t: t, srv: srv, addr: ln.Addr().String(), done: make(chan error, 1)}
	go func() { ts.done <- srv.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return ts
}

// response is an answer read off the wire, its body undecoded.
type response struct {
	status int
	header http.Header
	body   string
	close  bool // Connection: close (which the reader takes out of header)
}

// do sends one raw request (the head as written, "\r\n" line ends added)
// on a new connection and reads the answer.
func (ts *testServer) do(method, target string, headers ...string) response {
	ts.t.Helper()
	c := ts.dial()
	defer c.Close()
	head := method + " " + target + " HTTP/1.1\r\nHost: test\r\n"
	for _, h := range headers {
		head += h + "\r\n"
	}
	if _, err := io.WriteString(c, head+"\r\n"); err != nil {
		ts.t.Fatal(err)
	}
	return ts.read(bufio.NewReader(c), method)
}

func (ts *testServer) dial() net.Conn {
	ts.t.Helper()
	c, err := net.Dial("tcp", ts.addr)
	if err != nil {
		ts.t.Fatal(err)
	}
	c.SetDeadline(time.Now().Add(5 * time.Second))
	return c
}

func (ts *testServer) read(br *bufio.Reader, method string) response {
	ts.t.Helper()
	resp, err := http.ReadResponse(br, &http.Request{Method: method})
	if err != nil {
		ts.t.Fatalf("%s: reading the response: %v", method, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		ts.t.Fatalf("%s: reading the body: %v", method, err)
	}
	if method != "HEAD" && resp.ContentLength >= 0 && int64(len(body)) != resp.ContentLength {
		ts.t.Errorf("body is %d bytes, Content-Length %d", len(body), resp.ContentLength)
	}
	return response{resp.StatusCode, resp.Header, string(body), resp.Close}
}

func (r response) want(t testing.TB, what string, status int, body string) {
	t.Helper()
	if r.status != status || (body != "" && r.body != body) {
		t.Errorf("%s = %d %q, want %d %q", what, r.status, r.body, status, body)
	}
}

// spaSite is a built single-page app with precompressed siblings.
var spaSite = map[string]string{
	"index.html":                   "<!doctype html><title>app</title>",
	"index.html.gz":                "GZ-INDEX",
	"index.html.br":                "BR-INDEX",
	"assets/index-BxK3f9aQ.js":     "console.log('app')",
	"assets/index-BxK3f9aQ.js.gz":  "GZ-JS",
	"assets/index-BxK3f9aQ.js.br":  "BR-JS",
	"assets/index--zJDiM8t.css":    "body{}",
	"assets/logo.svg":              "<svg/>",
	"robots.txt":                   "User-agent: *",
	"docs/index.html":              "docs",
	"docs/guide.html":              "guide",
	".env":                         "SECRET=1",
	".git/config":                  "[core]",
	"assets/.hidden.js":            "hidden",
	"fonts/Inter-SemiBold.woff2":   "font",
	"manifest.webmanifest":         "{}",
	"wasm/app.wasm":                "\x00asm",
	"data.json":                    "{}",
	"a file with spaces.txt":       "spaces",
	"caf\u00e9.txt":                "utf-8 name",
	"downloads/archive.tar.gz":     "GZIP",
	"404.html":                     "<h1>gone</h1>",
	"nested/deep/route/index.html": "nested",
}

func TestSPAFallback(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite), SPA: true})
	for _, p := range []string{"/some/client/route", "/about", "/users/42", "/x?y=1"} {
		r := ts.do("GET", p)
		r.want(t, "GET "+p, 200, spaSite["index.html"])
		if cc := r.header.Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q, want no-cache", p, cc)
		}
	}
	// A path with an extension asks for a file: a real 404, with the
	// site's 404 page.
	for _, p := range []string{"/assets/missing-AbCd1234.js", "/favicon.ico", "/a/b.png"} {
		r := ts.do("GET", p)
		r.want(t, "GET "+p, 404, spaSite["404.html"])
		if ct := r.header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", p, ct)
		}
	}
}

func TestNoSPA(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite)})
	ts.do("GET", "/some/client/route").want(t, "GET a route without SPA", 404, spaSite["404.html"])
	noPage := start(t, Config{Root: site(t, map[string]string{"index.html": "home"})})
	noPage.do("GET", "/nope").want(t, "GET without a 404.html", 404, "not found\n")
}

func TestSPANeedsIndex(t *testing.T) {
	_, err := New(Config{Root: site(t, map[string]string{"a.html": "a"}), SPA: true})
	if err == nil || !strings.Contains(err.Error(), "index.html") {
		t.Errorf("New with SPA and no index.html: %v, want an error naming index.html", err)
	}
}

func TestDirectoriesAndCleanURLs(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite)})
	ts.do("GET", "/").want(t, "GET /", 200, spaSite["index.html"])
	ts.do("GET", "/docs/").want(t, "GET /docs/", 200, "docs")
	ts.do("GET", "/nested/deep/route/").want(t, "GET nested", 200, "nested")
	ts.do("GET", "/docs/guide").want(t, "GET /docs/guide", 200, "guide")
	ts.do("GET", "/docs/guide.html").want(t, "GET /docs/guide.html", 200, "guide")
	r := ts.do("GET", "/docs?tab=1")
	r.want(t, "GET /docs", 301, "")
	if loc := r.header.Get("Location"); loc != "/docs/?tab=1" {
		t.Errorf("GET /docs?tab=1: Location %q, want /docs/?tab=1", loc)
	}
	// No listings: a directory without index.html is not found.
	for _, p := range []string{"/assets/", "/assets", "/fonts/"} {
		ts.do("GET", p).want(t, "GET "+p, 404, spaSite["404.html"])
	}
	// Encoded names reach their files.
	ts.do("GET", "/a%20file%20with%20spaces.txt").want(t, "GET spaces", 200, "spaces")
	ts.do("GET", "/caf%C3%A9.txt").want(t, "GET café", 200, "utf-8 name")
}

func TestHiddenFiles(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite), SPA: true})
	for _, p := range []string{"/.env", "/.git/config", "/assets/.hidden.js", "/.git/"} {
		r := ts.do("GET", p)
		if r.status == 200 && r.body != spaSite["index.html"] {
			t.Errorf("GET %s served %q", p, r.body)
		}
		if strings.Contains(r.body, "SECRET") || strings.Contains(r.body, "[core]") || strings.Contains(r.body, "hidden") {
			t.Errorf("GET %s leaked a dotfile: %q", p, r.body)
		}
	}
}

func TestPathEscapes(t *testing.T) {
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("outside"), 0o644)
	root := site(t, map[string]string{"index.html": "home", "sub/index.html": "sub"})
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(root, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "linkdir")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("index.html", filepath.Join(root, "alias.html")); err != nil {
		t.Fatal(err)
	}
	ts := start(t, Config{Root: root, SPA: true})
	bad := []string{
		"/../secret.txt", "/sub/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/", "/.%2e/secret.txt",
		"/sub%2f..%2f..%2fsecret.txt", "/sub%2Fx", "/..\\secret.txt", "/sub\\..\\index.html", "/%5c..%5csecret.txt",
		"/%00", "/index.html%00.js", "/%0d%0aX:1", "/%7f", "/%zz", "/%2", "/a#b",
		"*", "secret.txt", "http://",
	}
	for _, p := range bad {
		r := ts.do("GET", p)
		r.want(t, "GET "+p, 400, "bad request\n")
	}
	// Symbolic links out of the root are not served, even as routes
	// (they fall back to the app, which is not the linked file).
	for _, p := range []string{"/link.txt", "/linkdir/secret.txt"} {
		r := ts.do("GET", p)
		if r.status == 200 && r.body != "home" || strings.Contains(r.body, "outside") {
			t.Errorf("GET %s = %d %q: a link out of the root was followed", p, r.status, r.body)
		}
	}
	ts.do("GET", "/alias.html").want(t, "a link inside the root", 200, "home")
	if got := ts.srv.Skipped(); !slices.Equal(got, []string{"link.txt", "linkdir"}) {
		t.Errorf("Skipped() = %q, want [link.txt linkdir]: a link out of the root, and one to a directory (never followed)", got)
	}
	// The absolute form names a path too.
	ts.do("GET", "http://example.com/sub/").want(t, "absolute form", 200, "sub")
	ts.do("GET", "HTTP://example.com").want(t, "absolute form without a path", 200, "home")
}

func TestPrecompressed(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite)})
	js := "/assets/index-BxK3f9aQ.js"
	tests := []struct {
		accept, enc, body string
	}{
		{"", "", "console.log('app')"},
		{"Accept-Encoding: gzip", "gzip", "GZ-JS"},
		{"Accept-Encoding: br", "br", "BR-JS"},
		{"Accept-Encoding: gzip, deflate, br, zstd", "br", "BR-JS"},
		{"Accept-Encoding: br;q=0.5, gzip", "gzip", "GZ-JS"},
		{"Accept-Encoding: br;q=0, gzip;q=0", "", "console.log('app')"},
		{"Accept-Encoding: identity", "", "console.log('app')"},
		{"Accept-Encoding: *", "br", "BR-JS"},
		{"Accept-Encoding: *;q=0, identity;q=0", "", "console.log('app')"}, // nothing acceptable: identity beats a 406
		{"Accept-Encoding: x-gzip", "gzip", "GZ-JS"},
		{"Accept-Encoding: GZIP;Q=1.0", "gzip", "GZ-JS"},
		{"Accept-Encoding: br;q=2", "", "console.log('app')"}, // a malformed q is ignored
	}
	var etags []string
	for _, tt := range tests {
		var h []string
		if tt.accept != "" {
			h = append(h, tt.accept)
		}
		r := ts.do("GET", js, h...)
		r.want(t, tt.accept, 200, tt.body)
		if got := r.header.Get("Content-Encoding"); got != tt.enc {
			t.Errorf("%q: Content-Encoding %q, want %q", tt.accept, got, tt.enc)
		}
		if got := r.header.Get("Vary"); got != "Accept-Encoding" {
			t.Errorf("%q: Vary %q, want Accept-Encoding", tt.accept, got)
		}
		if got := r.header.Get("Content-Type"); got != "text/javascript; charset=utf-8" {
			t.Errorf("%q: Content-Type %q: a variant keeps its original's type", tt.accept, got)
		}
		etags = append(etags, r.header.Get("ETag")+" "+tt.enc)
	}
	// Each representation has its own ETag.
	tags := map[string]string{}
	for _, e := range etags {
		tag, enc, _ := strings.Cut(e, " ")
		if prev, ok := tags[tag]; ok && prev != enc {
			t.Errorf("ETag %s is shared by %q and %q", tag, prev, enc)
		}
		tags[tag] = enc
	}
	// Without a sibling: no Vary, and never an encoding.
	r := ts.do("GET", "/assets/logo.svg", "Accept-Encoding: br, gzip")
	if r.header.Get("Vary") != "" || r.header.Get("Content-Encoding") != "" {
		t.Errorf("logo.svg: Vary %q, Content-Encoding %q, want neither", r.header.Get("Vary"), r.header.Get("Content-Encoding"))
	}
	// A sibling asked for by name is a file of its own.
	r = ts.do("GET", js+".gz")
	r.want(t, "GET the .gz by name", 200, "GZ-JS")
	if r.header.Get("Content-Type") != "application/gzip" || r.header.Get("Content-Encoding") != "" {
		t.Errorf("the .gz by name: %v", r.header)
	}
	// HTML variants are chosen the same way, with HTML's cache policy.
	r = ts.do("GET", "/", "Accept-Encoding: gzip")
	r.want(t, "GET / gzip", 200, "GZ-INDEX")
	if r.header.Get("Cache-Control") != "no-cache" {
		t.Errorf("GET / gzip: Cache-Control %q", r.header.Get("Cache-Control"))
	}
}

func TestCacheHeaders(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite)})
	tests := map[string]string{
		"/assets/index-BxK3f9aQ.js":   cacheImmutable,
		"/assets/index--zJDiM8t.css":  cacheImmutable, // a Rollup hash that starts with '-'
		"/assets/logo.svg":            "no-cache",
		"/fonts/Inter-SemiBold.woff2": "no-cache", // a word, not a hash
		"/":                           "no-cache",
		"/index.html":                 "no-cache",
		"/robots.txt":                 "no-cache",
	}
	for p, want := range tests {
		r := ts.do("GET", p)
		if got := r.header.Get("Cache-Control"); r.status != 200 || got != want {
			t.Errorf("GET %s = %d, Cache-Control %q, want %q", p, r.status, got, want)
		}
		if r.header.Get("ETag") == "" || r.header.Get("Last-Modified") != httpTime(siteTime) || r.header.Get("Date") == "" {
			t.Errorf("GET %s: missing a validator or Date: %v", p, r.header)
		}
	}
}

func TestContentTypes(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite)})
	tests := map[string]string{
		"/":                           "text/html; charset=utf-8",
		"/assets/index--zJDiM8t.css":  "text/css; charset=utf-8",
		"/assets/index-BxK3f9aQ.js":   "text/javascript; charset=utf-8",
		"/assets/logo.svg":            "image/svg+xml; charset=utf-8",
		"/fonts/Inter-SemiBold.woff2": "font/woff2",
		"/manifest.webmanifest":       "application/manifest+json; charset=utf-8",
		"/wasm/app.wasm":              "application/wasm",
		"/data.json":                  "application/json; charset=utf-8",
		"/robots.txt":                 "text/plain; charset=utf-8",
		"/downloads/archive.tar.gz":   "application/gzip",
	}
	for p, want := range tests {
		r := ts.do("GET", p)
		if got := r.header.Get("Content-Type"); got != want {
			t.Errorf("GET %s: Content-Type %q, want %q", p, got, want)
		}
		if got := r.header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", p, got)
		}
	}
	if got := contentType("FILE.JS"); got != "text/javascript; charset=utf-8" {
		t.Errorf("contentType ignores case: got %q", got)
	}
	if got := contentType("noext"); got != "application/octet-stream" {
		t.Errorf("contentType(noext) = %q", got)
	}
}

func TestConditional(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite)})
	js := "/assets/index-BxK3f9aQ.js"
	first := ts.do("GET", js)
	etag, lm := first.header.Get("ETag"), first.header.Get("Last-Modified")
	if !strings.HasPrefix(etag, `"`) || strings.HasPrefix(etag, "W/") {
		t.Fatalf("ETag %q, want a strong tag", etag)
	}
	notModified := func(what string, headers ...string) {
		t.Helper()
		r := ts.do("GET", js, headers...)
		r.want(t, what, 304, "")
		if r.body != "" || r.header.Get("ETag") != etag || r.header.Get("Cache-Control") == "" {
			t.Errorf("%s: 304 with body %q, ETag %q, Cache-Control %q", what, r.body, r.header.Get("ETag"), r.header.Get("Cache-Control"))
		}
		if r.header.Get("Content-Length") != "" {
			t.Errorf("%s: a 304 with Content-Length %s", what, r.header.Get("Content-Length"))
		}
	}
	notModified("If-None-Match", "If-None-Match: "+etag)
	notModified("If-None-Match list", `If-None-Match: "abc", `+etag)
	notModified("weak If-None-Match", "If-None-Match: W/"+etag)
	notModified("If-None-Match *", "If-None-Match: *")
	notModified("If-Modified-Since", "If-Modified-Since: "+lm)
	notModified("If-Modified-Since later", "If-Modified-Since: "+httpTime(siteTime.Add(time.Hour)))
	ts.do("GET", js, `If-None-Match: "other"`).want(t, "another ETag", 200, "console.log('app')")
	// If-None-Match wins over If-Modified-Since.
	ts.do("GET", js, `If-None-Match: "other"`, "If-Modified-Since: "+lm).want(t, "If-None-Match first", 200, "")
	ts.do("GET", js, "If-Modified-Since: Mon, 01 Jan 2001 00:00:00 GMT").want(t, "an old date", 200, "")
	ts.do("GET", js, "If-Modified-Since: "+httpTime(time.Now().Add(time.Hour))).want(t, "a future date", 200, "")
	ts.do("GET", js, "If-Modified-Since: yesterday").want(t, "a bad date", 200, "")
	// The gzip variant's tag does not validate the identity one.
	gz := ts.do("GET", js, "Accept-Encoding: gzip").header.Get("ETag")
	ts.do("GET", js, "If-None-Match: "+gz).want(t, "the gzip tag for identity", 200, "console.log('app')")
	r := ts.do("GET", js, "If-None-Match: "+gz, "Accept-Encoding: gzip")
	r.want(t, "the gzip tag for gzip", 304, "")
	if r.header.Get("Vary") != "Accept-Encoding" {
		t.Errorf("a 304 of a variant lacks Vary")
	}
}

func TestETagFollowsContent(t *testing.T) {
	a := site(t, map[string]string{"x.js": "one"})
	b := site(t, map[string]string{"x.js": "two"})
	c := site(t, map[string]string{"x.js": "one"})
	tag := func(dir string) string {
		return start(t, Config{Root: dir}).do("GET", "/x.js").header.Get("ETag")
	}
	if ta, tb, tc := tag(a), tag(b), tag(c); ta == tb || ta != tc {
		t.Errorf("ETags: %s for one, %s for two, %s for one again: want them to follow the bytes", ta, tb, tc)
	}
}

func TestRange(t *testing.T) {
	const body = "0123456789abcdefghij"
	dir := site(t, map[string]string{"file.txt": body, "file.txt.gz": "GZ"})
	ts := start(t, Config{Root: dir})
	first := ts.do("GET", "/file.txt")
	etag, lm := first.header.Get("ETag"), first.header.Get("Last-Modified")
	if first.header.Get("Accept-Ranges") != "bytes" {
		t.Errorf("Accept-Ranges %q", first.header.Get("Accept-Ranges"))
	}
	tests := []struct {
		hdr    []string
		status int
		body   string
		cr     string
	}{
		{[]string{"Range: bytes=0-3"}, 206, "0123", "bytes 0-3/20"},
		{[]string{"Range: bytes=10-"}, 206, "abcdefghij", "bytes 10-19/20"},
		{[]string{"Range: bytes=-5"}, 206, "fghij", "bytes 15-19/20"},
		{[]string{"Range: bytes=-50"}, 206, body, "bytes 0-19/20"},
		{[]string{"Range: bytes=5-100"}, 206, "56789abcdefghij", "bytes 5-19/20"},
		{[]string{"Range: bytes=20-"}, 416, "", "bytes */20"},
		{[]string{"Range: bytes=-0"}, 416, "", "bytes */20"},
		{[]string{"Range: bytes=0-1,5-6"}, 200, body, ""}, // several ranges: the whole
		{[]string{"Range: items=0-1"}, 200, body, ""},
		{[]string{"Range: bytes=5-2"}, 200, body, ""},
		{[]string{"Range: bytes=0-3", "If-Range: " + etag}, 206, "0123", "bytes 0-3/20"},
		{[]string{"Range: bytes=0-3", "If-Range: " + lm}, 206, "0123", "bytes 0-3/20"},
		{[]string{"Range: bytes=0-3", `If-Range: "stale"`}, 200, body, ""},
		{[]string{"Range: bytes=0-3", "If-Range: W/" + etag}, 200, body, ""},
		// Ranges are on the identity representation only.
		{[]string{"Range: bytes=0-0", "Accept-Encoding: gzip"}, 200, "GZ", ""},
	}
	for _, tt := range tests {
		r := ts.do("GET", "/file.txt", tt.hdr...)
		r.want(t, strings.Join(tt.hdr, "; "), tt.status, tt.body)
		if got := r.header.Get("Content-Range"); got != tt.cr {
			t.Errorf("%v: Content-Range %q, want %q", tt.hdr, got, tt.cr)
		}
	}
}

// A file above the in-memory bound is sent from disk, whole and in ranges.
func TestLargeFileFromDisk(t *testing.T) {
	big := strings.Repeat("0123456789", 300_000) // 3 MB
	dir := site(t, map[string]string{"big.bin": big, "small.txt": "small"})
	ts := start(t, Config{Root: dir, MaxMemFile: 1 << 20})
	if got := ts.srv.MemoryBytes(); got != 5 {
		t.Errorf("MemoryBytes = %d, want 5 (small.txt only)", got)
	}
	r := ts.do("GET", "/big.bin")
	if r.status != 200 || r.body != big {
		t.Fatalf("GET big.bin = %d, %d bytes, want 200 and %d", r.status, len(r.body), len(big))
	}
	ts.do("GET", "/big.bin", "Range: bytes=2999995-").want(t, "a range from disk", 206, "56789")
	// A file changed under the server is refused, not sent with the old
	// length and tag.
	if err := os.WriteFile(filepath.Join(dir, "big.bin"), []byte("short"), 0o644); err != nil {
		t.Fatal(err)
	}
	ts.do("GET", "/big.bin").want(t, "a changed file", 500, "")
}

func TestHead(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite), HealthPath: "/healthz"})
	for _, p := range []string{"/", "/assets/index-BxK3f9aQ.js", "/missing.js", "/healthz", "/docs"} {
		get, head := ts.do("GET", p), ts.do("HEAD", p)
		if head.status != get.status || head.body != "" {
			t.Errorf("HEAD %s = %d with %d body bytes, GET = %d", p, head.status, len(head.body), get.status)
		}
		if head.header.Get("Content-Length") != get.header.Get("Content-Length") || head.header.Get("ETag") != get.header.Get("ETag") {
			t.Errorf("HEAD %s headers differ from GET's: %v vs %v", p, head.header, get.header)
		}
	}
}

func TestMethods(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite)})
	for _, m := range []string{"POST", "PUT", "DELETE", "OPTIONS", "PATCH"} {
		r := ts.do(m, "/")
		r.want(t, m, 405, "")
		if r.header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: Allow %q", m, r.header.Get("Allow"))
		}
	}
	ts.do("GET", "/", "Content-Length: 5").want(t, "a GET with a body", 413, "")
	ts.do("GET", "/", "Transfer-Encoding: chunked").want(t, "a chunked GET", 400, "")
}

func TestHealth(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite), SPA: true, HealthPath: "/healthz"})
	r := ts.do("GET", "/healthz")
	r.want(t, "GET /healthz", 200, "ok\n")
	if r.header.Get("Cache-Control") != "no-store" {
		t.Errorf("health Cache-Control %q, want no-store", r.header.Get("Cache-Control"))
	}
	off := start(t, Config{Root: site(t, map[string]string{"index.html": "home"})})
	off.do("GET", "/healthz").want(t, "no health path", 404, "")
	for _, bad := range []string{"healthz", "/a/../b", "/a?b", "/a%20b", "/a\x00"} {
		if _, err := New(Config{Root: site(t, map[string]string{"index.html": "x"}), HealthPath: bad}); err == nil {
			t.Errorf("health path %q accepted", bad)
		}
	}
}

func TestExtraHeaders(t *testing.T) {
	csp := "default-src 'self'; img-src *"
	ts := start(t, Config{Root: site(t, spaSite), HealthPath: "/healthz", Headers: []Header{
		{"Content-Security-Policy", csp}, {"X-Content-Type-Options", "nosniff"}, {"X-Frame-Options", "DENY"},
	}})
	for _, p := range []string{"/", "/assets/index-BxK3f9aQ.js", "/missing.js", "/healthz", "/docs", "/%2e%2e/"} {
		r := ts.do("GET", p)
		if r.header.Get("Content-Security-Policy") != csp || r.header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("GET %s (%d) lacks the extra headers: %v", p, r.status, r.header)
		}
		if n := len(r.header.Values("X-Content-Type-Options")); n != 1 {
			t.Errorf("GET %s: %d X-Content-Type-Options headers, want 1", p, n)
		}
	}
	r := ts.do("GET", "/assets/index-BxK3f9aQ.js", `If-None-Match: *`)
	if r.status != 304 || r.header.Get("Content-Security-Policy") != csp {
		t.Errorf("a 304 lacks the extra headers: %d %v", r.status, r.header)
	}
}

func TestParseHeader(t *testing.T) {
	good := map[string]Header{
		"X-Frame-Options: DENY":               {"X-Frame-Options", "DENY"},
		"Content-Security-Policy:  a; b\t":    {"Content-Security-Policy", "a; b"},
		"Strict-Transport-Security:max-age=1": {"Strict-Transport-Security", "max-age=1"},
		"X-Empty:":                            {"X-Empty", ""},
	}
	for s, want := range good {
		if got, err := ParseHeader(s); err != nil || got != want {
			t.Errorf("ParseHeader(%q) = %v, %v, want %v", s, got, err, want)
		}
	}
	for _, s := range []string{
		"no colon", ": v", "Bad Name: v", "X-A: v\r\nSet-Cookie: x", "X-A: v\nB: c", "X-A: \x00", "X-A: \x7f",
		"Content-Length: 5", "content-type: text/plain", "Cache-Control: no-store", "Vary: *", "ETag: x",
		"Connection: close", "Content-Encoding: gzip", "Transfer-Encoding: chunked", "Date: x",
	} {
		if _, err := ParseHeader(s); err == nil {
			t.Errorf("ParseHeader(%q) accepted", s)
		}
	}
}

func TestKeepAliveAndPipelining(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite)})
	c := ts.dial()
	defer c.Close()
	br := bufio.NewReader(c)
	// Two requests in one write, then a third: all answered in order on
	// one connection.
	io.WriteString(c, "GET /robots.txt HTTP/1.1\r\nHost: a\r\n\r\nGET /data.json HTTP/1.1\r\nHost: a\r\n\r\n")
	ts.read(br, "GET").want(t, "pipelined 1", 200, spaSite["robots.txt"])
	ts.read(br, "GET").want(t, "pipelined 2", 200, spaSite["data.json"])
	io.WriteString(c, "HEAD / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\nHost: a\n\n")
	ts.read(br, "HEAD").want(t, "after HEAD", 200, "")
	ts.read(br, "GET").want(t, "LF line ends", 200, spaSite["index.html"])
	// Connection: close ends it after the answer.
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
	if r := ts.read(br, "GET"); !r.close {
		t.Errorf("no Connection: close in the answer")
	}
	if _, err := br.ReadByte(); err != io.EOF {
		t.Errorf("after Connection: close the connection stays open (%v)", err)
	}

	// HTTP/1.0 closes unless asked to keep alive.
	c10 := ts.dial()
	defer c10.Close()
	io.WriteString(c10, "GET / HTTP/1.0\r\n\r\n")
	b, _ := io.ReadAll(c10)
	if !bytes.Contains(b, []byte("Connection: close")) || !bytes.HasSuffix(b, []byte(spaSite["index.html"])) {
		t.Errorf("HTTP/1.0: %q", b)
	}
	k10 := ts.dial()
	defer k10.Close()
	kbr := bufio.NewReader(k10)
	io.WriteString(k10, "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
	r := ts.read(kbr, "GET")
	if r.header.Get("Connection") != "keep-alive" {
		t.Errorf("HTTP/1.0 keep-alive: Connection %q", r.header.Get("Connection"))
	}
	io.WriteString(k10, "GET /robots.txt HTTP/1.0\r\n\r\n")
	ts.read(kbr, "GET").want(t, "HTTP/1.0 second request", 200, spaSite["robots.txt"])
}

func TestMalformedRequests(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite), ReadHeaderTimeout: 200 * time.Millisecond})
	tests := []struct {
		raw    string
		status int
	}{
		{"GET / HTTP/1.1\r\n\r\n", 400},                                  // no Host
		{"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400},            // two
		{"GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505},                       //
		{"GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", 400},            // obs-fold
		{"GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400},                      // space before the colon
		{"GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n", 400},                    // a bare CR
		{"GET / HTTP/1.1\r\nHost: a\r\nX: \x01\r\n\r\n", 400},            // a control character
		{"GET /  HTTP/1.1\r\nHost: a\r\n\r\n", 400},                      // two spaces
		{"G(T / HTTP/1.1\r\nHost: a\r\n\r\n", 400},                       // not a token
		{"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400}, //
		{"GET /\xff HTTP/1.1\r\nHost: a\r\n\r\n", 400},                   // a raw non-ASCII byte
		{"GET / HTTP/1.1\r\nHost: a\r\nX: " + strings.Repeat("a", maxHead) + "\r\n\r\n", 431},
		{"GET / HTTP/1.1\r\nHost: a\r\n", 408}, // the head never ends
	}
	for _, tt := range tests {
		c := ts.dial()
		io.WriteString(c, tt.raw)
		r := ts.read(bufio.NewReader(c), "GET")
		c.Close()
		if r.status != tt.status || !r.close {
			t.Errorf("%q = %d (close %v), want %d and Connection: close", tt.raw[:min(len(tt.raw), 60)], r.status, r.close, tt.status)
		}
	}
	// Empty lines before a request are ignored (RFC 9112 §2.2).
	c := ts.dial()
	defer c.Close()
	io.WriteString(c, "\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n")
	ts.read(bufio.NewReader(c), "GET").want(t, "leading empty lines", 200, spaSite["index.html"])
}

// syncBuffer is a log sink the test can read while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestAccessLog(t *testing.T) {
	var log syncBuffer
	ts := start(t, Config{Root: site(t, spaSite), AccessLog: &log})
	ts.do("GET", "/robots.txt", "User-Agent: test/1.0")
	ts.do("GET", "/missing.js", `User-Agent: evil" 200 0 "x`)
	ts.do("GET", "/%2e%2e/")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := ts.srv.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("log has %d lines, want 3:\n%s", len(lines), log.String())
	}
	wants := []string{
		`"GET /robots.txt HTTP/1.1" 200 13 `, `"GET /missing.js HTTP/1.1" 404 13 `, `"GET /%2e%2e/ HTTP/1.1" 400 12 `,
	}
	for i, w := range wants {
		if !strings.Contains(lines[i], w) || !strings.Contains(lines[i], " 127.0.0.1:") {
			t.Errorf("log line %d = %q, want it to hold %q", i, lines[i], w)
		}
	}
	if !strings.HasSuffix(lines[0], `ms "test/1.0"`) {
		t.Errorf("log line 0 = %q, want the user agent last", lines[0])
	}
	// A quote in a client's field is escaped, so it cannot forge fields.
	if !strings.HasSuffix(lines[1], `"evil\" 200 0 \"x"`) {
		t.Errorf("log line 1 = %q, want the quotes escaped", lines[1])
	}
	if _, err := time.Parse(time.RFC3339, strings.Fields(lines[0])[0]); err != nil {
		t.Errorf("log line 0 starts without a timestamp: %v", err)
	}
}

func TestLogEscaping(t *testing.T) {
	r := &request{method: []byte("GET"), target: []byte("/a\x1b[2J\"\\"), minor: 1, ua: []byte("ua\n")}
	got := string(appendLogLine(nil, []byte("T"), "1.2.3.4:5", r, 200, 7, 1500*time.Microsecond))
	want := `T 1.2.3.4:5 "GET /a\x1b[2J\"\\ HTTP/1.1" 200 7 1.500ms "ua\x0a"` + "\n"
	if got != want {
		t.Errorf("log line\n got %q\nwant %q", got, want)
	}
}

func TestShutdown(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite)})
	// An idle keep-alive connection is closed; Serve returns.
	idle := ts.dial()
	defer idle.Close()
	io.WriteString(idle, "GET / HTTP/1.1\r\nHost: a\r\n\r\n")
	ibr := bufio.NewReader(idle)
	ts.read(ibr, "GET")
	// A request still arriving gets its answer, with Connection: close.
	busy := ts.dial()
	defer busy.Close()
	io.WriteString(busy, "GET /robots.txt HTTP/1.1\r\nHost: a\r\n")
	time.Sleep(50 * time.Millisecond)

	shut := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		shut <- ts.srv.Shutdown(ctx)
	}()
	time.Sleep(50 * time.Millisecond)
	io.WriteString(busy, "\r\n")
	r := ts.read(bufio.NewReader(busy), "GET")
	r.want(t, "a request in progress at shutdown", 200, spaSite["robots.txt"])
	if !r.close {
		t.Errorf("the last answer before shutdown lacks Connection: close")
	}
	if err := <-shut; err != nil {
		t.Errorf("Shutdown = %v", err)
	}
	if err := <-ts.done; !errors.Is(err, ErrServerClosed) {
		t.Errorf("Serve = %v, want ErrServerClosed", err)
	}
	if _, err := ibr.ReadByte(); err != io.EOF {
		t.Errorf("the idle connection stays open after Shutdown (%v)", err)
	}
	if _, err := net.Dial("tcp", ts.addr); err == nil {
		t.Errorf("the listener accepts after Shutdown")
	}
}

// A Shutdown whose context ends cuts the remaining connections off.
func TestShutdownDeadline(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite)})
	c := ts.dial()
	defer c.Close()
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: a\r\n") // never finished
	time.Sleep(50 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := ts.srv.Shutdown(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Shutdown = %v, want the deadline's error", err)
	}
}

func TestIdleTimeout(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite), IdleTimeout: 100 * time.Millisecond})
	c := ts.dial()
	defer c.Close()
	start := time.Now()
	if _, err := c.Read(make([]byte, 1)); err != io.EOF {
		t.Errorf("an idle connection: %v, want EOF", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("closed after %v", d)
	}
}

func TestNewErrors(t *testing.T) {
	file := filepath.Join(site(t, map[string]string{"f": "x"}), "f")
	for _, cfg := range []Config{
		{Root: filepath.Join(t.TempDir(), "missing")},
		{Root: file},
		{Root: t.TempDir(), Headers: []Header{{"Content-Length", "1"}}},
	} {
		if _, err := New(cfg); err == nil {
			t.Errorf("New(%+v) accepted", cfg)
		}
	}
}

// Many clients at once: every answer is whole and correct.
func TestConcurrent(t *testing.T) {
	ts := start(t, Config{Root: site(t, spaSite), SPA: true})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Go(func() {
			c, err := net.Dial("tcp", ts.addr)
			if err != nil {
				errs <- err
				return
			}
			defer c.Close()
			br := bufio.NewReader(c)
			for j := range 50 {
				p, want := "/robots.txt", spaSite["robots.txt"]
				if (i+j)%2 == 0 {
					p, want = "/route", spaSite["index.html"]
				}
				fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: a\r\n\r\n", p)
				resp, err := http.ReadResponse(br, nil)
				if err != nil {
					errs <- err
					return
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if string(b) != want {
					errs <- fmt.Errorf("GET %s = %q", p, b)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
