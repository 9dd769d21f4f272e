package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slimfront/slimfront/eject"
	"github.com/slimfront/slimfront/presets"
)

// BenchmarkGoAPI compares slimfront with the Dockerfile it ejects for
// examples/go-api, both built with `docker buildx build` on the bed:
// cold build (no cache, empty cache mounts), no-op rebuild, rebuild after
// a one-line .go edit, rebuild after a go.mod edit, and image size.
// Each figure is the median of BENCH_RUNS runs (default 3). `make bench`
// runs it; the table goes to the benchmark log.
func BenchmarkGoAPI(b *testing.B) {
	bed := needBed(b)
	needFrontend(b)
	runs := 3
	if n, err := strconv.Atoi(os.Getenv("BENCH_RUNS")); err == nil && n > 0 {
		runs = n
	}
	ctx := context.Background()
	type variant struct {
		name  string
		tag   string // image name in the bed's registry
		dir   string
		args  []string
		times map[string][]time.Duration
		size  int64
	}
	variants := []*variant{
		{name: "slimfront", tag: "bench-slimfront", dir: copyExample(b, "go-api"), args: []string{"-f", "app.toml"}},
		{name: "ejected Dockerfile", tag: "bench-dockerfile", dir: copyExample(b, "go-api")},
	}
	writeEjected(b, variants[1].dir)

	scenarios := []string{"cold build", "no-op rebuild", "one .go file edited", "go.mod edited"}
	for _, v := range variants {
		v.times = map[string][]time.Duration{}
		ref := bed.Ref(v.tag + ":latest")
		build := func(extra ...string) time.Duration {
			args := append(append(append([]string{}, v.args...), extra...), "--push", "-t", ref, ".")
			start := time.Now()
			if _, err := bed.Buildx(ctx, v.dir, args...); err != nil {
				b.Fatal(err)
			}
			return time.Since(start)
		}
		for i := 0; i < runs; i++ {
			ns := fmt.Sprintf("BUILDKIT_CACHE_MOUNT_NS=bench-%d-%d-", time.Now().UnixNano(), i)
			v.times["cold build"] = append(v.times["cold build"], build("--no-cache", "--build-arg", ns))
			v.times["no-op rebuild"] = append(v.times["no-op rebuild"], build("--build-arg", ns))
			appendLine(b, filepath.Join(v.dir, "cmd", "server", "main.go"), fmt.Sprintf("// bench edit %d", i))
			v.times["one .go file edited"] = append(v.times["one .go file edited"], build("--build-arg", ns))
			appendLine(b, filepath.Join(v.dir, "go.mod"), fmt.Sprintf("// bench edit %d", i))
			v.times["go.mod edited"] = append(v.times["go.mod edited"], build("--build-arg", ns))
		}
		img, err := bed.Inspect(ctx, ref, "linux/amd64")
		if err != nil {
			b.Fatal(err)
		}
		v.size = img.Size()
	}

	var sb strings.Builder
	fmt.Fprintf(&sb, "\nexamples/go-api, median of %d runs (docker buildx build, push to the bed registry)\n", runs)
	fmt.Fprintf(&sb, "%-22s %12s %20s %8s\n", "", variants[0].name, variants[1].name, "ratio")
	for _, s := range scenarios {
		a, d := median(variants[0].times[s]), median(variants[1].times[s])
		fmt.Fprintf(&sb, "%-22s %11.2fs %19.2fs %8.2f\n", s, a.Seconds(), d.Seconds(), a.Seconds()/d.Seconds())
		b.ReportMetric(a.Seconds(), strings.ReplaceAll(s, " ", "_")+"_s")
	}
	fmt.Fprintf(&sb, "%-22s %11.2fM %19.2fM %8.2f\n", "image size (compressed)",
		float64(variants[0].size)/1e6, float64(variants[1].size)/1e6, float64(variants[0].size)/float64(variants[1].size))
	b.ReportMetric(float64(variants[0].size), "image_bytes")
	b.Log(sb.String())
	fmt.Print(sb.String())
}

// writeEjected writes the Dockerfile `slimfront eject` gives for dir.
func writeEjected(tb testing.TB, dir string) {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "app.toml"))
	if err != nil {
		tb.Fatal(err)
	}
	s, err := presets.Parse("app.toml", data)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := presets.Plan(presets.Input{Spec: s, Source: os.DirFS(dir), Platform: "linux/amd64", BuildPlatform: "linux/amd64"})
	if err != nil {
		tb.Fatal(err)
	}
	df, err := eject.Dockerfile(p)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Dockerfile"), []byte(df), 0o644); err != nil {
		tb.Fatal(err)
	}
}

func appendLine(tb testing.TB, file, line string) {
	tb.Helper()
	f, err := os.OpenFile(file, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if _, err := fmt.Fprintf(f, "\n%s\n", line); err != nil {
		tb.Fatal(err)
	}
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
