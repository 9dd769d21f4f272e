package e2e

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/slimfront/slimfront/internal/loadgen"
	"github.com/slimfront/slimfront/internal/testbed"
)

// BenchmarkStaticServe compares slimserve, in the image slimfront builds
// of examples/static-vite, with nginx in the typical hand-written image
// (e2e/testdata/typical/static-vite.Dockerfile): requests per second and
// latency for index.html and for the app's fingerprinted bundle, with the
// Accept-Encoding a browser sends, over keep-alive connections from a
// load generator on loopback. One server runs at a time; both share the
// machine with the load generator, so the figures compare the two, not a
// server's capacity. `make bench` runs it.
func BenchmarkStaticServe(b *testing.B) {
	bed := needBed(b)
	needFrontend(b)
	ctx := context.Background()
	const name = "static-vite"
	typical, err := os.ReadFile(filepath.Join("testdata", "typical", name+".Dockerfile"))
	if err != nil {
		b.Fatal(err)
	}
	dir := copyExample(b, name)
	if err := os.WriteFile(filepath.Join(dir, "typical.Dockerfile"), typical, 0o644); err != nil {
		b.Fatal(err)
	}
	servers := []struct{ name, file, health string }{
		{"slimserve", "app.toml", "/healthz"},
		{"nginx", "typical.Dockerfile", "/"},
	}
	dur := 5 * time.Second
	if d, err := time.ParseDuration(os.Getenv("BENCH_SERVE_TIME")); err == nil && d > 0 {
		dur = d
	}
	browser := "Accept-Encoding: gzip, deflate, br, zstd"
	results := map[string][]loadgen.Result{}
	var paths []string
	for _, s := range servers {
		ref := bed.Ref("bench-serve-" + s.name + ":latest")
		if _, err := bed.Buildx(ctx, dir, "-f", s.file, "--push", "-t", ref, "."); err != nil {
			b.Fatal(err)
		}
		c, base, err := bed.Serve(ctx, ref, s.health, testbed.RunOptions{})
		if err != nil {
			b.Fatal(err)
		}
		addr := strings.TrimPrefix(base, "http://")
		if paths == nil {
			paths = []string{"/", bundlePath(b, base)}
		}
		for _, p := range paths {
			// A short warm-up, then the measured run.
			if _, err := loadgen.Run(ctx, loadgen.Options{Addr: addr, Path: p, Headers: []string{browser}, Conns: 8, Duration: time.Second}); err != nil {
				c.Stop()
				b.Fatalf("%s %s: %v\n%s", s.name, p, err, c.Logs())
			}
			r, err := loadgen.Run(ctx, loadgen.Options{Addr: addr, Path: p, Headers: []string{browser}, Conns: 8, Duration: dur})
			if err != nil {
				c.Stop()
				b.Fatalf("%s %s: %v", s.name, p, err)
			}
			results[s.name] = append(results[s.name], r)
		}
		c.Stop()
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "\nexamples/%s served, 8 keep-alive connections for %v per path, %q; ratio = nginx / slimserve\n", name, dur, browser)
	fmt.Fprintf(&sb, "%-44s %12s %12s %8s\n", "", "slimserve", "nginx", "ratio")
	for i, p := range paths {
		s, n := results["slimserve"][i], results["nginx"][i]
		row := func(label string, a, b float64, unit string) {
			fmt.Fprintf(&sb, "%-44s %11.0f%s %11.0f%s %8.2f\n", p+" "+label, a, unit, b, unit, b/a)
		}
		row("req/s", s.RPS(), n.RPS(), " ")
		row("p50 µs", float64(s.P50.Microseconds()), float64(n.P50.Microseconds()), " ")
		row("p99 µs", float64(s.P99.Microseconds()), float64(n.P99.Microseconds()), " ")
		row("bytes/answer", float64(s.Bytes/int64(s.Requests)), float64(n.Bytes/int64(n.Requests)), " ")
		if s.Errors+n.Errors > 0 {
			fmt.Fprintf(&sb, "%-44s %12d %12d\n", p+" errors", s.Errors, n.Errors)
		}
		b.ReportMetric(s.RPS(), fmt.Sprintf("slimserve_path%d_req/s", i))
	}
	fmt.Print(sb.String())
}

// bundlePath is the fingerprinted script that the app's index.html names.
func bundlePath(b *testing.B, base string) string {
	b.Helper()
	resp, err := http.Get(base + "/")
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		b.Fatal(err)
	}
	m := regexp.MustCompile(`src="(/assets/[^"]+\.js)"`).FindSubmatch(body)
	if m == nil {
		b.Fatalf("index.html names no bundle: %s", body)
	}
	return string(m[1])
}
