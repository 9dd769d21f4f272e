package e2e

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slimfront/slimfront/eject"
	"github.com/slimfront/slimfront/internal/testbed"
	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets"
)

// BenchmarkExamples compares, for every example with a [rebuild] table in
// its expect.toml, slimfront with the Dockerfile it ejects and, when
// e2e/testdata/typical/<example>.Dockerfile exists, with that typical
// hand-written one (and with each <example>.<label>.Dockerfile there,
// another hand-written way, under its label); all built with `docker buildx build` on the bed, one
// after the other, with the images they compile on pulled beforehand:
// cold build (no cache, empty cache mounts), no-op
// rebuild, rebuild after a one-file source edit, rebuild after a lockfile
// edit, and the image's compressed and unpacked size. Each time is the
// median of BENCH_RUNS runs (default 3). `make bench` runs it; the tables
// go to standard output as ratios against slimfront.
func BenchmarkExamples(b *testing.B) {
	bed := needBed(b)
	needFrontend(b)
	runs := 3
	if n, err := strconv.Atoi(os.Getenv("BENCH_RUNS")); err == nil && n > 0 {
		runs = n
	}
	all := examples(b)
	names := make([]string, 0, len(all))
	for name, e := range all {
		if e.Rebuild != nil {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		b.Run(name, func(b *testing.B) { benchExample(b, bed, name, all[name], runs) })
	}
}

// variant is one way of building an example.
type variant struct {
	name  string
	dir   string
	args  []string
	times map[string][]time.Duration
	size  int64 // compressed
	files int64 // unpacked bytes
	cache int64 // the registry cache's bytes, for a fleet example
}

var scenarios = []string{"cold build", "no-op rebuild", "one-file edit", "lockfile edit"}

// The fleet scenarios, for an example whose [rebuild] sets fleet: a cold
// build with `--cache-to type=registry,mode=max`, and a one-file edit
// built on a daemon that never built anything, with --cache-from: empty,
// or holding only the builder images (a runner with an image cache).
const (
	coldExport   = "cold + cache export"
	freshEdit    = "fresh-daemon edit"
	freshBuilder = "  ...builder pulled"
)

var fleetScenarios = []string{coldExport, freshEdit, freshBuilder}

// twoPlatforms is the scenario of a cold build for every platform of the
// example's expect.toml, in one index, which slimfront and its ejected
// Dockerfile do on the build platform; hand-written Dockerfiles that
// would need emulation are not timed.
const twoPlatforms = "two-platform cold"

func benchExample(b *testing.B, bed *testbed.Bed, name string, e *expectations, runs int) {
	ctx := context.Background()
	r := e.Rebuild
	variants := []*variant{
		{name: "slimfront", dir: copyExample(b, name), args: []string{"-f", "app.toml"}},
		{name: "ejected", dir: copyExample(b, name)},
	}
	writeEjected(b, variants[1].dir)
	others, err := filepath.Glob(filepath.Join("testdata", "typical", name+".*Dockerfile"))
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(others)
	for _, f := range others {
		// <example>.Dockerfile is "typical"; <example>.<label>.Dockerfile
		// is another way of writing it by hand, named by its label.
		label := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), name+"."), "Dockerfile")
		label = cmp.Or(strings.TrimSuffix(label, "."), "typical")
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		v := &variant{name: label, dir: copyExample(b, name), args: []string{"-f", label + ".Dockerfile"}}
		if err := os.WriteFile(filepath.Join(v.dir, label+".Dockerfile"), data, 0o644); err != nil {
			b.Fatal(err)
		}
		variants = append(variants, v)
	}
	// The images the variants compile on are pulled first: a cold build
	// times the build, not which variant happened to pull them.
	for _, v := range variants {
		pullBuilders(b, bed.Main(), v)
	}
	for _, v := range variants {
		v.times = map[string][]time.Duration{}
		image := bed.Ref("bench-" + name + "-" + v.name + ":latest")
		buildOn := func(d *testbed.Daemon, extra ...string) time.Duration {
			args := append(append(append([]string{}, v.args...), extra...), "--push", "-t", image, ".")
			start := time.Now()
			if _, err := d.Buildx(ctx, v.dir, args...); err != nil {
				b.Fatal(err)
			}
			return time.Since(start)
		}
		build := func(extra ...string) time.Duration { return buildOn(bed.Main(), extra...) }
		for i := 0; i < runs; i++ {
			ns := fmt.Sprintf("BUILDKIT_CACHE_MOUNT_NS=bench-%d-%d-", time.Now().UnixNano(), i)
			if len(e.Platforms) > 1 && (v.name == "slimfront" || v.name == "ejected") {
				v.times[twoPlatforms] = append(v.times[twoPlatforms], build("--no-cache", "--platform", strings.Join(e.Platforms, ","), "--build-arg", ns+"multi-"))
			}
			v.times["cold build"] = append(v.times["cold build"], build("--no-cache", "--build-arg", ns))
			v.times["no-op rebuild"] = append(v.times["no-op rebuild"], build("--build-arg", ns))
			r.editSource(b, v.dir, fmt.Sprintf("bench edit %d", i))
			v.times["one-file edit"] = append(v.times["one-file edit"], build("--build-arg", ns))
			r.editLockfile(b, v.dir, i)
			v.times["lockfile edit"] = append(v.times["lockfile edit"], build("--build-arg", ns))
			if r.Fleet {
				benchFleet(b, bed, v, i, ns, r, buildOn)
			}
		}
		img, err := bed.Inspect(ctx, image, "linux/amd64")
		if err != nil {
			b.Fatal(err)
		}
		v.size = img.Size()
		for _, f := range img.Files() {
			v.files += f.Size
		}
	}

	var sb strings.Builder
	fmt.Fprintf(&sb, "\nexamples/%s, median of %d runs (docker buildx build, push to the bed registry); ratio = other / slimfront\n", name, runs)
	fmt.Fprintf(&sb, "%-24s", "")
	for _, v := range variants {
		fmt.Fprintf(&sb, " %12s", v.name)
	}
	for _, v := range variants[1:] {
		fmt.Fprintf(&sb, " %12s", v.name+"/sf")
	}
	sb.WriteString("\n")
	row := func(label string, vals []float64, unit string) {
		fmt.Fprintf(&sb, "%-24s", label)
		for _, x := range vals {
			if math.IsNaN(x) {
				fmt.Fprintf(&sb, " %12s", "-")
				continue
			}
			fmt.Fprintf(&sb, " %11.2f%s", x, unit)
		}
		for _, x := range vals[1:] {
			if math.IsNaN(x) {
				fmt.Fprintf(&sb, " %12s", "-")
				continue
			}
			fmt.Fprintf(&sb, " %12.2f", x/vals[0])
		}
		sb.WriteString("\n")
	}
	for _, s := range append(append(scenarios, twoPlatforms), fleetScenarios...) {
		if len(variants[0].times[s]) == 0 {
			continue
		}
		var vals []float64
		for _, v := range variants {
			if len(v.times[s]) == 0 {
				vals = append(vals, math.NaN())
				continue
			}
			vals = append(vals, median(v.times[s]).Seconds())
		}
		row(s, vals, "s")
		b.ReportMetric(vals[0], strings.ReplaceAll(s, " ", "_")+"_s")
	}
	if len(variants[0].times[twoPlatforms]) > 0 {
		// What the second platform costs: each pays its own compile, the
		// dependency download is shared.
		fmt.Fprintf(&sb, "%-24s", "two-platform / one")
		for _, v := range variants {
			if len(v.times[twoPlatforms]) == 0 {
				fmt.Fprintf(&sb, " %12s", "-")
				continue
			}
			fmt.Fprintf(&sb, " %11.2fx", median(v.times[twoPlatforms]).Seconds()/median(v.times["cold build"]).Seconds())
		}
		sb.WriteString("\n")
	}
	if r.Fleet {
		var cache []float64
		for _, v := range variants {
			cache = append(cache, float64(v.cache)/1e6)
		}
		row("registry cache", cache, "M")
	}
	var comp, unpacked []float64
	for _, v := range variants {
		comp = append(comp, float64(v.size)/1e6)
		unpacked = append(unpacked, float64(v.files)/1e6)
	}
	row("image (compressed)", comp, "M")
	row("image (unpacked)", unpacked, "M")
	b.ReportMetric(float64(variants[0].size), "image_bytes")
	fmt.Print(sb.String())
}

// planOf plans the app in dir as `slimfront plan` does, for linux/amd64.
func planOf(tb testing.TB, dir string) *plan.Plan {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "app.toml"))
	if err != nil {
		tb.Fatal(err)
	}
	s, err := presets.Parse("app.toml", data)
	if err != nil {
		tb.Fatal(err)
	}
	if err := s.SetArgs(nil); err != nil {
		tb.Fatal(err)
	}
	p, err := presets.Plan(presets.Input{Spec: s, Source: os.DirFS(dir), Platform: "linux/amd64", BuildPlatform: "linux/amd64",
		// What `slimfront eject` names in a dev build, and the bed serves.
		Self: "docker.io/" + testbed.FrontendImage})
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// writeEjected writes the Dockerfile `slimfront eject` gives for dir.
func writeEjected(tb testing.TB, dir string) {
	tb.Helper()
	df, err := eject.Dockerfile(planOf(tb, dir))
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Dockerfile"), []byte(df), 0o644); err != nil {
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

// benchFleet times the fleet scenarios of run i for v: a cold build on
// the bed's daemon exporting a registry cache, a one-file edit, then the
// edited tree built by a fresh daemon with --cache-from, and by another
// one that first pulled the variant's builder images.
func benchFleet(b *testing.B, bed *testbed.Bed, v *variant, i int, ns string, r *rebuild, buildOn func(*testbed.Daemon, ...string) time.Duration) {
	ctx := context.Background()
	ref := bed.CacheRef(fmt.Sprintf("bench-%s-%d-%d", v.name, i, time.Now().UnixNano()))
	v.times[coldExport] = append(v.times[coldExport], buildOn(bed.Main(), "--no-cache", "--build-arg", ns+"fleet-", "--cache-to", "type=registry,ref="+ref+",mode=max"))
	size, err := bed.RefSize(ctx, ref)
	if err != nil {
		b.Fatal(err)
	}
	v.cache = size
	r.editSource(b, v.dir, fmt.Sprintf("fleet edit %d", i))
	for k, scenario := range []string{freshEdit, freshBuilder} {
		d, err := bed.StartDaemon(ctx, fmt.Sprintf("f%d%c-%.8s", i, 'a'+k, v.name))
		if err != nil {
			b.Fatal(err)
		}
		if scenario == freshBuilder {
			pullBuilders(b, d, v)
		}
		v.times[scenario] = append(v.times[scenario], buildOn(d, "--build-arg", ns+"fleet-", "--cache-from", "type=registry,ref="+ref))
		d.Stop()
	}
}

// pullBuilders has d pull and unpack the images v's Dockerfile runs
// commands on, as a runner whose image cache holds them would have.
func pullBuilders(b *testing.B, d *testbed.Daemon, v *variant) {
	var df string
	if v.name == "slimfront" {
		// The images of its plan, which its ejected Dockerfile names.
		var err error
		if df, err = eject.Dockerfile(planOf(b, v.dir)); err != nil {
			b.Fatal(err)
		}
	} else {
		file := "Dockerfile"
		if len(v.args) == 2 && v.args[0] == "-f" {
			file = v.args[1]
		}
		data, err := os.ReadFile(filepath.Join(v.dir, file))
		if err != nil {
			b.Fatal(err)
		}
		df = string(data)
	}
	for _, img := range builderImages(df) {
		dir := b.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "Dockerfile"), []byte("FROM "+img+"\nRUN [\"true\"]\n"), 0o644); err != nil {
			b.Fatal(err)
		}
		if _, err := d.Buildx(context.Background(), dir, "."); err != nil {
			b.Fatal(err)
		}
	}
}

// builderImages lists the images a Dockerfile's stages with a RUN are
// built FROM (not earlier stages), once each.
func builderImages(df string) []string {
	stages := map[string]bool{}
	var out []string
	base := ""
	for _, line := range strings.Split(df, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		switch strings.ToUpper(f[0]) {
		case "FROM":
			words := slices.DeleteFunc(f[1:], func(w string) bool { return strings.HasPrefix(w, "--") })
			base = ""
			if len(words) > 0 && !stages[words[0]] && words[0] != "scratch" {
				base = words[0]
			}
			if len(words) == 3 && strings.EqualFold(words[1], "AS") {
				stages[words[2]] = true
			}
		case "RUN":
			if base != "" && !slices.Contains(out, base) {
				out = append(out, base)
			}
		}
	}
	return out
}
