package llbgen_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/solver/pb"
	digest "github.com/opencontainers/go-digest"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/slimfront/slimfront/llbgen"
)

const serverToml = `# syntax=org/slimfront
language   = "go"
entrypoint = "./cmd/server"

[runtime]
ports = [8080]
`

const (
	depsStep  = "[slimfront go] go mod download"
	buildStep = "[slimfront go] go build ./cmd/server"
)

func TestBuildIsDeterministic(t *testing.T) {
	epoch := time.Unix(1700000000, 0).UTC()
	marshalOnce := func() *graph {
		p, _ := goPlan(t, serverToml+"files = [\"cmd\"]\n", serverApp(), arm64)
		opt := options(&fakeImages{}, arm64)
		opt.Epoch = &epoch
		opt.CacheNS = "ns"
		return marshal(t, build(t, p, opt).State, arm64)
	}
	first := marshalOnce()
	for i := 0; i < 5; i++ {
		again := marshalOnce()
		if again.head != first.head {
			t.Fatalf("the same plan marshals to different digests: %s, then %s", first.head, again.head)
		}
		if !slices.EqualFunc(first.def.Def, again.def.Def, bytes.Equal) {
			t.Fatalf("the same plan marshals to different definitions")
		}
	}
}

func TestBuilderSteps(t *testing.T) {
	p, _ := goPlan(t, serverToml, serverApp(), arm64)
	g := marshal(t, build(t, p, options(&fakeImages{}, arm64)).State, arm64)

	t.Run("deps", func(t *testing.T) {
		d, op := g.named(t, depsStep)
		exec := op.GetExec()
		if exec == nil {
			t.Fatalf("%s is not an exec op: %s", depsStep, fmtOp(op))
		}
		if want := []string{"go", "mod", "download", "-x"}; !slices.Equal(exec.Meta.Args, want) {
			t.Errorf("deps runs %q, want %q", exec.Meta.Args, want)
		}
		if exec.Meta.Cwd != "/src" {
			t.Errorf("deps runs in %q, want /src", exec.Meta.Cwd)
		}
		if v, _ := envOf(exec.Meta.Env, "GOMODCACHE"); v != "/go/pkg/mod" {
			t.Errorf("deps GOMODCACHE = %q, want /go/pkg/mod", v)
		}
		if _, ok := envOf(exec.Meta.Env, "GOARCH"); ok {
			t.Errorf("deps env sets GOARCH, so its cache key depends on the target: %q", exec.Meta.Env)
		}
		// The only way the context reaches deps is the copy of the
		// manifests: no context mount.
		for _, m := range exec.Mounts {
			if m.Dest != "/" && m.MountType != pb.MountType_CACHE {
				t.Errorf("deps has a %v mount at %s; want only its root and cache mounts", m.MountType, m.Dest)
			}
		}
		root := mount(t, exec, "/")
		copyDigest := digest.Digest(op.Inputs[root.Input].Digest)
		if name := g.name(copyDigest); name != "[slimfront go] copy go.mod go.sum" {
			t.Errorf("deps root comes from %q, want the copy of the manifests", name)
		}
		cp := g.ops[copyDigest].GetFile()
		if cp == nil || len(cp.Actions) != 1 || cp.Actions[0].GetCopy() == nil {
			t.Fatalf("manifest copy is not one file copy: %s", fmtOp(g.ops[copyDigest]))
		}
		c := cp.Actions[0].GetCopy()
		if !slices.Equal(c.IncludePatterns, []string{"go.mod", "go.sum"}) || c.Dest != "/src/" {
			t.Errorf("manifest copy includes %q into %s, want [go.mod go.sum] into /src/", c.IncludePatterns, c.Dest)
		}
		if !g.dependsOn(d, func(d digest.Digest) bool { return g.source(d) == "local://context" }) {
			t.Errorf("deps does not read the build context")
		}
	})

	t.Run("build", func(t *testing.T) {
		_, op := g.named(t, buildStep)
		exec := op.GetExec()
		if exec == nil {
			t.Fatalf("%s is not an exec op: %s", buildStep, fmtOp(op))
		}
		if want := p.Stage("build").Run.Args; !slices.Equal(exec.Meta.Args, want) {
			t.Errorf("build runs %q, want the plan's %q", exec.Meta.Args, want)
		}
		for _, kv := range []string{"CGO_ENABLED=0", "GOOS=linux", "GOARCH=arm64", "GOTOOLCHAIN=local"} {
			if !slices.Contains(exec.Meta.Env, kv) {
				t.Errorf("build env lacks %s: %q", kv, exec.Meta.Env)
			}
		}
		// Cross-compiles: the step itself runs on the build platform.
		if op.Platform == nil || op.Platform.Architecture != "amd64" {
			t.Errorf("build step runs on %v, want the amd64 build platform", op.Platform)
		}
		src := mount(t, exec, "/src")
		if !src.Readonly {
			t.Errorf("the context mount at /src is writable")
		}
		if in := digest.Digest(op.Inputs[src.Input].Digest); g.source(in) != "local://context" {
			t.Errorf("/src mounts %q, want the build context", g.source(in))
		}
		out := mount(t, exec, "/out")
		if out.Input != int64(pb.Empty) || out.Output < 0 || out.Readonly {
			t.Errorf("/out mount = %v, want an empty, writable mount with an output", out)
		}
		root := mount(t, exec, "/")
		if name := g.name(digest.Digest(op.Inputs[root.Input].Digest)); name != depsStep {
			t.Errorf("build root comes from %q, want %q", name, depsStep)
		}
	})

	t.Run("cache mounts", func(t *testing.T) {
		for _, tt := range []struct{ step, dest, id string }{
			{depsStep, "/go/pkg/mod", "slimfront-go-mod"},
			{buildStep, "/go/pkg/mod", "slimfront-go-mod"},
			{buildStep, "/root/.cache/go-build", "slimfront-go-build"},
		} {
			_, op := g.named(t, tt.step)
			m := mount(t, op.GetExec(), tt.dest)
			if m.MountType != pb.MountType_CACHE || m.CacheOpt == nil {
				t.Errorf("%s: %s is a %v mount, want a cache", tt.step, tt.dest, m.MountType)
				continue
			}
			if m.CacheOpt.ID != tt.id || m.CacheOpt.Sharing != pb.CacheSharingOpt_SHARED {
				t.Errorf("%s: cache at %s has id %q sharing %v, want %q shared", tt.step, tt.dest, m.CacheOpt.ID, m.CacheOpt.Sharing, tt.id)
			}
		}
	})
}

func TestCacheNamespace(t *testing.T) {
	p, _ := goPlan(t, serverToml, serverApp(), amd64)
	opt := options(&fakeImages{}, amd64)
	opt.CacheNS = "team-a"
	g := marshal(t, build(t, p, opt).State, amd64)
	for _, tt := range []struct{ step, dest, id string }{
		{depsStep, "/go/pkg/mod", "slimfront-go-mod"},
		{buildStep, "/go/pkg/mod", "slimfront-go-mod"},
		{buildStep, "/root/.cache/go-build", "slimfront-go-build"},
	} {
		_, op := g.named(t, tt.step)
		id := mount(t, op.GetExec(), tt.dest).CacheOpt.ID
		if id != "team-a/"+tt.id {
			t.Errorf("%s: cache id %q at %s, want %q under the namespace team-a/ (as the Dockerfile frontend does)", tt.step, id, tt.dest, tt.id)
		}
	}
}

func TestNoCache(t *testing.T) {
	p, _ := goPlan(t, serverToml, serverApp(), amd64)
	for _, noCache := range []bool{false, true} {
		opt := options(&fakeImages{}, amd64)
		opt.NoCache = noCache
		g := marshal(t, build(t, p, opt).State, amd64)
		execs := g.execs()
		if len(execs) != 2 {
			t.Fatalf("%d exec ops, want 2 (deps, build)", len(execs))
		}
		for _, d := range execs {
			if got := g.def.Metadata[d].IgnoreCache; got != noCache {
				t.Errorf("NoCache=%v: %s has IgnoreCache=%v", noCache, g.name(d), got)
			}
		}
	}
}

func TestNetwork(t *testing.T) {
	p, _ := goPlan(t, serverToml, serverApp(), amd64)
	opt := options(&fakeImages{}, amd64)
	opt.Network = pb.NetMode_NONE
	g := marshal(t, build(t, p, opt).State, amd64)
	for _, d := range g.execs() {
		if n := g.ops[d].GetExec().Network; n != pb.NetMode_NONE {
			t.Errorf("%s runs with network %v, want none", g.name(d), n)
		}
	}
}

func TestSourceDateEpoch(t *testing.T) {
	p, _ := goPlan(t, serverToml, serverApp(), amd64)
	epoch := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name      string
		epoch     *time.Time
		wantEnv   string // "" for no SOURCE_DATE_EPOCH
		wantMtime int64
	}{
		{"unset", nil, "", 0},
		{"set", &epoch, strconv.FormatInt(epoch.Unix(), 10), epoch.UnixNano()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			opt := options(&fakeImages{}, amd64)
			opt.Epoch = tt.epoch
			res := build(t, p, opt)
			g := marshal(t, res.State, amd64)
			for _, d := range g.execs() {
				// Only the step that makes the artifact sees the epoch,
				// so a new commit time does not re-run the download.
				want := tt.wantEnv
				if g.name(d) == depsStep {
					want = ""
				}
				v, ok := envOf(g.ops[d].GetExec().Meta.Env, "SOURCE_DATE_EPOCH")
				if ok != (want != "") || v != want {
					t.Errorf("%s: SOURCE_DATE_EPOCH = %q (set %v), want %q", g.name(d), v, ok, want)
				}
			}
			// Every copy into a layer, generated files included, stamps
			// a fixed time, so the layer is identical in every build.
			_, op := g.named(t, "[slimfront go] base-files")
			var copies int
			for _, a := range op.GetFile().Actions {
				if c := a.GetCopy(); c != nil {
					copies++
					if c.Timestamp != tt.wantMtime {
						t.Errorf("copy of %s has time %d, want %d", c.Src, c.Timestamp, tt.wantMtime)
					}
				}
			}
			if copies != 3 { // home/nonroot, tmp, the generated files
				t.Errorf("base-files makes %d copies, want 3", copies)
			}
			for _, h := range res.Image.History {
				if (h.Created == nil) != (tt.epoch == nil) || (h.Created != nil && !h.Created.Equal(epoch)) {
					t.Errorf("history %q created %v, want %v", h.CreatedBy, h.Created, tt.epoch)
				}
			}
		})
	}
}

func TestFinalIsMergeOfLayers(t *testing.T) {
	tests := []struct {
		name string
		toml string
		base string // "" for scratch
	}{
		{"scratch", serverToml + "files = [\"cmd\"]\n", ""},
		{"scratch without CA and zoneinfo", serverToml + "ca_certs = false\ntzdata = \"none\"\n", ""},
		{"distroless", serverToml + "base = \"distroless\"\n", distrolessStatic},
		{"cgo", "entrypoint = \"./cmd/server\"\nstatic = false\n", distrolessBase},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := goPlan(t, tt.toml, serverApp(), amd64)
			g := marshal(t, build(t, p, options(&fakeImages{}, amd64)).State, amd64)
			merge := g.ops[g.head].GetMerge()
			if merge == nil {
				t.Fatalf("the image is not a merge op: %s", fmtOp(g.ops[g.head]))
			}
			var want, got []string
			if tt.base != "" {
				want = append(want, "docker-image://"+tt.base)
			}
			for _, l := range p.Image.Layers {
				want = append(want, "[slimfront go] "+l.Name)
			}
			for _, in := range merge.Inputs {
				d := digest.Digest(g.ops[g.head].Inputs[in.Input].Digest)
				if s := g.source(d); s != "" {
					got = append(got, s)
				} else {
					got = append(got, g.name(d))
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("merge inputs = %q, want %q", got, want)
			}
			// Each layer is made on its own, on scratch: no action works
			// on an input's filesystem (the base or another layer), only
			// on scratch or on the result of the action before it.
			for _, l := range p.Image.Layers {
				_, op := g.named(t, "[slimfront go] "+l.Name)
				actions := op.GetFile().Actions
				if actions[0].Input != int64(pb.Empty) {
					t.Errorf("layer %s starts from input %d, want scratch", l.Name, actions[0].Input)
				}
				for _, a := range actions {
					if a.Input >= 0 && a.Input < int64(len(op.Inputs)) {
						t.Errorf("layer %s works on the filesystem of %q", l.Name, g.name(digest.Digest(op.Inputs[a.Input].Digest)))
					}
				}
			}
		})
	}
}

func TestLayerSources(t *testing.T) {
	p, _ := goPlan(t, serverToml+"files = [\"cmd\"]\n", serverApp(), arm64)
	images := &fakeImages{}
	g := marshal(t, build(t, p, options(images, arm64)).State, arm64)

	// copies lists a layer's copy actions as "source:src->dest".
	copies := func(layer string) []string {
		_, op := g.named(t, "[slimfront go] "+layer)
		var out []string
		for _, a := range op.GetFile().Actions {
			c := a.GetCopy()
			if c == nil {
				continue
			}
			d := digest.Digest(op.Inputs[a.SecondaryInput].Digest)
			from := g.source(d)
			if from == "" {
				from = g.name(d)
			}
			out = append(out, from+":"+c.Src+"->"+c.Dest)
		}
		return out
	}
	img := "docker-image://" + distrolessStatic
	for _, tt := range []struct {
		layer string
		want  []string
	}{
		{"base-files", []string{img + ":/home/nonroot->/home/nonroot", img + ":/tmp->/tmp", "[slimfront go] base-files (write):/->/"}},
		{"ca-certificates", []string{img + ":/etc/ssl/certs/ca-certificates.crt->/etc/ssl/certs/ca-certificates.crt"}},
		{"zoneinfo", []string{img + ":/usr/share/zoneinfo->/usr/share/zoneinfo"}},
		{"app", []string{buildStep + ":/server->/app/server"}},
		{"files", []string{"local://context:/cmd->/app/cmd"}},
	} {
		if got := copies(tt.layer); !slices.Equal(got, tt.want) {
			t.Errorf("layer %s copies %q, want %q", tt.layer, got, tt.want)
		}
	}

	// The app layer takes the build step's /out mount, not its root.
	_, app := g.named(t, "[slimfront go] app")
	a := app.GetFile().Actions[0]
	in := app.Inputs[a.SecondaryInput]
	exec := g.ops[digest.Digest(in.Digest)].GetExec()
	if out := mount(t, exec, "/out"); in.Index != out.Output {
		t.Errorf("app layer copies output %d of the build step; /out is output %d", in.Index, out.Output)
	}

	// Files borrowed from images are platform-independent: read on the
	// build platform, however many targets there are.
	for _, d := range g.find(func(d digest.Digest, _ *pb.Op) bool { return g.source(d) == img }) {
		if pl := g.ops[d].Platform; pl == nil || pl.Architecture != "amd64" {
			t.Errorf("%s is pulled for %v, want the amd64 build platform", img, pl)
		}
	}

	// The generated files, written apart and copied into the layer.
	_, base := g.named(t, "[slimfront go] base-files (write)")
	files := map[string]*pb.FileActionMkFile{}
	for _, a := range base.GetFile().Actions {
		if mk := a.GetMkfile(); mk != nil {
			files[mk.Path] = mk
		}
	}
	for _, f := range p.Image.Layers[0].Files {
		mk := files[f.Path]
		if mk == nil {
			t.Errorf("base-files does not make %s", f.Path)
			continue
		}
		if string(mk.Data) != f.Content || mk.Mode != int32(f.Mode) {
			t.Errorf("%s: mode %o content %q, want mode %o content %q", f.Path, mk.Mode, mk.Data, f.Mode, f.Content)
		}
	}
}

func TestImagesResolvedOnTheRightPlatform(t *testing.T) {
	p, _ := goPlan(t, serverToml+"base = \"registry.example.com/base:1\"\n", serverApp(), arm64)
	images := &fakeImages{}
	build(t, p, options(images, arm64))
	want := []string{golangImage + "@linux/amd64", "registry.example.com/base:1@linux/arm64"}
	if !slices.Equal(images.calls, want) {
		t.Errorf("images resolved: %q, want %q (builders on the build platform, the base on the target)", images.calls, want)
	}

	p, _ = goPlan(t, serverToml, serverApp(), arm64)
	images = &fakeImages{}
	build(t, p, options(images, arm64))
	for _, c := range images.calls {
		if !strings.HasSuffix(c, "@linux/amd64") {
			t.Errorf("scratch image of an arm64 app resolves %s; every image should be read on the build platform", c)
		}
	}
}

func TestStageTargets(t *testing.T) {
	p, _ := goPlan(t, serverToml, serverApp(), amd64)

	stageGraph := func(stage string) *graph {
		opt := options(&fakeImages{}, amd64)
		opt.Stage = stage
		res := build(t, p, opt)
		return marshal(t, res.State, amd64)
	}

	t.Run("deps", func(t *testing.T) {
		g := stageGraph("deps")
		if g.name(g.head) != depsStep || g.headIndex != 0 {
			t.Errorf("--target deps gives output %d of %q, want the root of %q", g.headIndex, g.name(g.head), depsStep)
		}
		if n := len(g.execs()); n != 1 {
			t.Errorf("--target deps runs %d steps, want 1", n)
		}
	})
	t.Run("build", func(t *testing.T) {
		g := stageGraph("build")
		exec := g.ops[g.head].GetExec()
		if g.name(g.head) != buildStep || exec == nil {
			t.Fatalf("--target build gives %q, want %q", g.name(g.head), buildStep)
		}
		if out := mount(t, exec, "/out"); g.headIndex != out.Output {
			t.Errorf("--target build gives output %d, want the /out mount (output %d): the binary alone", g.headIndex, out.Output)
		}
	})
	t.Run("final", func(t *testing.T) {
		if a, b := stageGraph("final").head, stageGraph("").head; a != b {
			t.Errorf("--target final (%s) differs from no target (%s)", a, b)
		}
	})
	t.Run("unknown", func(t *testing.T) {
		opt := options(&fakeImages{}, amd64)
		opt.Stage = "test"
		_, err := llbgen.Build(context.Background(), p, opt)
		if err == nil || !strings.Contains(err.Error(), `"test"`) || !strings.Contains(err.Error(), "deps build final") {
			t.Errorf("error = %v, want one naming the stage and listing deps build final", err)
		}
	})
	t.Run("deps of a vendored app", func(t *testing.T) {
		src := serverApp()
		src["vendor/modules.txt"] = src["go.sum"]
		vp, _ := goPlan(t, serverToml, src, amd64)
		opt := options(&fakeImages{}, amd64)
		opt.Stage = "deps"
		_, err := llbgen.Build(context.Background(), vp, opt)
		if err == nil || !strings.Contains(err.Error(), "[build final]") {
			t.Errorf("error = %v, want one listing [build final]", err)
		}
		if got := llbgen.StageNames(vp); !slices.Equal(got, []string{"build", "final"}) {
			t.Errorf("StageNames = %v, want [build final]", got)
		}
	})
}

// The base files, CA bundle and zoneinfo layers have the same digest in
// every app and for every target platform, so BuildKit builds them once
// and registries store them once.
func TestSharedLayersAcrossApps(t *testing.T) {
	api, _ := goPlan(t, serverToml, serverApp(), amd64)
	worker, _ := goPlan(t, `
name = "worker"
[build]
ldflags = "-X main.v=2"
[runtime]
user = "1000"
workdir = "/opt"
env = { A = "b" }
`, workerApp(), arm64)
	ga := marshal(t, build(t, api, options(&fakeImages{}, amd64)).State, amd64)
	// Another app, for another target platform.
	gw := marshal(t, build(t, worker, options(&fakeImages{}, arm64)).State, arm64)
	for _, layer := range []string{"base-files", "ca-certificates", "zoneinfo"} {
		da, _ := ga.named(t, "[slimfront go] "+layer)
		dw, _ := gw.named(t, "[slimfront go] "+layer)
		if da != dw {
			t.Errorf("layer %s: digest %s in one app, %s in another", layer, da, dw)
		}
	}
	da, _ := ga.named(t, "[slimfront go] app")
	dw, _ := gw.named(t, "[slimfront go] app")
	if da == dw {
		t.Errorf("the app layers of two different apps have the same digest %s", da)
	}
}

// Every target of a multi-platform build shares one `go mod download`.
func TestDepsSharedAcrossTargets(t *testing.T) {
	var digests []digest.Digest
	for _, target := range []ocispecs.Platform{amd64, arm64, {OS: "linux", Architecture: "arm", Variant: "v7"}} {
		p, _ := goPlan(t, serverToml, serverApp(), target)
		g := marshal(t, build(t, p, options(&fakeImages{}, target)).State, target)
		d, _ := g.named(t, depsStep)
		digests = append(digests, d)
	}
	if digests[0] != digests[1] || digests[0] != digests[2] {
		t.Errorf("go mod download digests per target: %v, want one", digests)
	}
}

func TestSourceMapPointsAtAppToml(t *testing.T) {
	p, s := goPlan(t, serverToml, serverApp(), amd64)
	opt := options(&fakeImages{}, amd64)
	opt.SourceMap = llb.NewSourceMap(nil, "app.toml", "TOML", []byte(serverToml))
	opt.Lines = func(key string) (int, int) { r := s.Range(key); return r.Start, r.End }
	g := marshal(t, build(t, p, opt).State, amd64)
	if g.def.Source == nil || len(g.def.Source.Infos) != 1 || g.def.Source.Infos[0].Filename != "app.toml" {
		t.Fatalf("definition has no app.toml source: %v", g.def.Source)
	}
	for _, tt := range []struct {
		step string
		line int32
	}{
		{buildStep, 3},                   // entrypoint
		{"[slimfront go] app", 3},        // entrypoint
		{depsStep, 2},                    // language
		{"[slimfront go] zoneinfo", 0},   // runtime.tzdata is not written
		{"[slimfront go] base-files", 0}, // no key
	} {
		d, _ := g.named(t, tt.step)
		locs := g.def.Source.Locations[string(d)]
		var got int32
		if locs != nil && len(locs.Locations) > 0 && len(locs.Locations[0].Ranges) > 0 {
			got = locs.Locations[0].Ranges[0].Start.Line
		}
		if got != tt.line {
			t.Errorf("%s points at app.toml line %d, want %d", tt.step, got, tt.line)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	p, _ := goPlan(t, serverToml, serverApp(), amd64)

	opt := options(&fakeImages{}, amd64)
	opt.Image = nil
	if _, err := llbgen.Build(context.Background(), p, opt); err == nil {
		t.Error("Build without Options.Image succeeded")
	}

	boom := errors.New("registry unreachable")
	for _, ref := range []string{golangImage, distrolessStatic} {
		opt := options(&fakeImages{fail: map[string]error{ref: boom}}, amd64)
		if _, err := llbgen.Build(context.Background(), p, opt); !errors.Is(err, boom) {
			t.Errorf("%s fails to resolve: Build error = %v, want it to wrap %v", ref, err, boom)
		}
	}
}
