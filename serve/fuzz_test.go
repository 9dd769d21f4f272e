package serve

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

var (
	fuzzOnce sync.Once
	fuzzSrv  *Server
)

// fuzzServer serves spaSite, with a link out of it, for the fuzz targets.
func fuzzServer(t testing.TB) *Server {
	fuzzOnce.Do(func() {
		srv, err := New(Config{Root: site(t, spaSite), SPA: true, HealthPath: "/healthz"})
		if err != nil {
			t.Fatal(err)
		}
		fuzzSrv = srv
	})
	if fuzzSrv == nil {
		t.Fatal("no fuzz server")
	}
	return fuzzSrv
}

// FuzzResolve checks that no request target reaches anything but a file
// of the site, by the name its path says, and that every escape attempt
// is refused rather than looked up.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"/", "/index.html", "/assets/index-BxK3f9aQ.js", "/docs", "/docs/", "/docs/guide", "/route/x",
		"/../etc/passwd", "/%2e%2e/", "/%2E%2e%2fetc", "/a%2fb", "/..\\x", "/%5c", "/%00", "/a\x00b",
		"/.env", "/.git/config", "/assets/.hidden.js", "http://h/docs/", "https://h", "*", "",
		"/caf%C3%A9.txt", "/a%20file%20with%20spaces.txt", "/healthz", "/healthz?x", "/x?y=/../..",
		"/%", "/%e", "/%%32%65", "/%252e%252e/",
	} {
		f.Add(s)
	}
	srv := fuzzServer(f)
	f.Fuzz(func(t *testing.T, target string) {
		res := srv.resolve(make([]byte, 0, 64), []byte(target))
		p := string(res.path)
		if res.out == outBad {
			return
		}
		// Whatever was admitted decodes to a clean absolute path.
		if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") || hasDotDot(res.path) {
			t.Fatalf("%q admitted as %q", target, p)
		}
		for _, c := range []byte(p) {
			if c < 0x20 || c == 0x7f {
				t.Fatalf("%q admitted with a control character: %q", target, p)
			}
		}
		raw := strings.ToLower(string(res.raw))
		if strings.Contains(raw, "%2f") || strings.Contains(raw, "%5c") || strings.Contains(raw, "%00") {
			t.Fatalf("%q admitted with an encoded slash, backslash or NUL", target)
		}
		switch res.out {
		case outFile:
			name := res.file.reps[encIdentity].name
			rel := p[1:]
			if name != rel && name != rel+"index.html" && name != rel+".html" {
				t.Fatalf("%q serves %s, which its path %q does not name", target, name, p)
			}
			for _, seg := range strings.Split(name, "/") {
				if strings.HasPrefix(seg, ".") {
					t.Fatalf("%q serves the hidden file %s", target, name)
				}
			}
		case outFallback:
			if res.file != srv.ix.spa || lastSegmentHasDot(res.path) {
				t.Fatalf("%q falls back for %q", target, p)
			}
		case outRedirect:
			if _, ok := srv.ix.routes[p]; !ok {
				t.Fatalf("%q redirects for a path not in the index", target)
			}
		}
	})
}

// FuzzParseRequest checks that a request head never panics the parser
// and that what it accepts is well formed.
func FuzzParseRequest(f *testing.F) {
	for _, s := range []string{
		"GET / HTTP/1.1\r\nHost: a\r\n\r\n",
		"HEAD /x HTTP/1.0\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: a\r\nAccept-Encoding: br;q=0.5, gzip\r\nRange: bytes=0-1\r\nIf-None-Match: \"x\"\r\n\r\n",
		"GET / HTTP/1.1\nHost: a\nConnection: close, keep-alive\n\n",
		"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n",
		"GET / HTTP/1.1\r\n folded\r\n\r\n",
		"GET / HTTP/9.9\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, head []byte) {
		var r request
		st := parseRequest(head, &r)
		if st != statusOK {
			if st != statusBadRequest && st != statusVersionNotSupported {
				t.Fatalf("status %d", st)
			}
			return
		}
		if len(r.method) == 0 || len(r.target) == 0 || r.minor > 9 {
			t.Fatalf("accepted %q as method %q target %q minor %d", head, r.method, r.target, r.minor)
		}
		for _, c := range r.method {
			if !isTokenChar(c) {
				t.Fatalf("method %q", r.method)
			}
		}
		if bytes.ContainsAny(r.target, " \t\r\n\x00") {
			t.Fatalf("target %q", r.target)
		}
		if r.contentLength < 0 {
			t.Fatalf("Content-Length %d", r.contentLength)
		}
		if r.minor >= 1 && !r.host {
			t.Fatalf("an HTTP/1.1 request without Host accepted")
		}
		for _, q := range []int16{r.ae.br, r.ae.gzip, r.ae.identity, r.ae.star} {
			if r.ae.present && (q < -1 || q > 1000) {
				t.Fatalf("q-value %d from %q", q, head)
			}
		}
	})
}

// FuzzRange checks that a served range always lies inside the file.
func FuzzRange(f *testing.F) {
	for _, s := range []string{"bytes=0-1", "bytes=-5", "bytes=5-", "bytes=9-2", "bytes=0-0,1-1", "BYTES= 1-2 ", "bytes=-0"} {
		f.Add(s, int64(10))
	}
	f.Fuzz(func(t *testing.T, h string, size int64) {
		if size < 0 {
			size = -size
		}
		start, n, res := parseRange([]byte(h), size)
		if res == rangeSatisfiable && (start < 0 || n < 1 || start+n > size) {
			t.Fatalf("Range %q of %d bytes gives %d+%d", h, size, start, n)
		}
	})
}
