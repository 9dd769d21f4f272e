package llbgen_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"reflect"
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
	"github.com/slimfront/slimfront/plan"
)

// Progress names of the fixtures' steps.
const (
	goDeps      = "[slimfront go] go mod download"
	goBuild     = "[slimfront go] go build ./cmd/server"
	goManifests = "[slimfront go] copy go.mod go.sum"

	nodeDeps      = "[slimfront node] npm ci"
	nodeBuild     = "[slimfront node] npm run build"
	nodeTest      = "[slimfront node] npm test"
	nodeProdDeps  = "[slimfront node] npm ci --omit=dev"
	nodeSource    = "[slimfront node] copy the source"
	nodeManifests = "[slimfront node] copy package.json package-lock.json"
)

func TestBuildIsDeterministic(t *testing.T) {
	epoch := time.Unix(1700000000, 0).UTC()
	for _, fixture := range []func() *plan.Plan{
		func() *plan.Plan { return goPlan("server", arm64) },
		nodePlan,
	} {
		marshalOnce := func() *graph {
			opt := options(&fakeImages{}, arm64)
			opt.Epoch = &epoch
			opt.CacheNS = "ns"
			return buildGraph(t, fixture(), opt)
		}
		first := marshalOnce()
		for range 5 {
			again := marshalOnce()
			if again.head != first.head {
				t.Fatalf("%s: the same plan marshals to different digests: %s, then %s", fixture().Preset, first.head, again.head)
			}
			if !slices.EqualFunc(first.def.Def, again.def.Def, bytes.Equal) {
				t.Fatalf("%s: the same plan marshals to different definitions", fixture().Preset)
			}
			if !reflect.DeepEqual(first.def.Metadata, again.def.Metadata) {
				t.Fatalf("%s: the same plan marshals to different metadata", fixture().Preset)
			}
		}
	}
}

func TestGoBuilderSteps(t *testing.T) {
	p := goPlan("server", arm64)
	g := buildGraph(t, p, options(&fakeImages{}, arm64))

	t.Run("deps", func(t *testing.T) {
		d, op, exec := g.exec(t, goDeps)
		if want := []string{"go", "mod", "download", "-x"}; !slices.Equal(exec.Meta.Args, want) {
			t.Errorf("deps runs %q, want %q", exec.Meta.Args, want)
		}
		if exec.Meta.Cwd != "/src" {
			t.Errorf("deps runs in %q, want /src", exec.Meta.Cwd)
		}
		if v, _ := envOf(exec.Meta.Env, "GOMODCACHE"); v != "/go/pkg/mod" {
			t.Errorf("deps GOMODCACHE = %q, want the stage env's /go/pkg/mod", v)
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
		if name := g.name(rootInput(t, op)); name != goManifests {
			t.Errorf("deps root comes from %q, want the copy of the manifests", name)
		}
		if !g.dependsOn(d, func(d digest.Digest) bool { return g.source(d) == "local://context" }) {
			t.Errorf("deps does not read the build context")
		}
	})

	t.Run("build", func(t *testing.T) {
		_, op, exec := g.exec(t, goBuild)
		if want := p.Stage("build").Runs[0].Args; !slices.Equal(exec.Meta.Args, want) {
			t.Errorf("build runs %q, want the plan's %q", exec.Meta.Args, want)
		}
		for _, kv := range p.Stage("build").Env {
			if !slices.Contains(exec.Meta.Env, kv) {
				t.Errorf("build env lacks the stage's %s: %q", kv, exec.Meta.Env)
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
			t.Errorf("/src mounts %q, want the build context", g.label(in))
		}
		out := mount(t, exec, "/out")
		if out.Input != int64(pb.Empty) || out.Output < 0 || out.Readonly {
			t.Errorf("/out mount = %v, want an empty, writable mount with an output", out)
		}
		// No inputs: the root is the deps step itself, not a copy on it.
		if name := g.name(rootInput(t, op)); name != goDeps {
			t.Errorf("build root comes from %q, want %q", name, goDeps)
		}
	})
}

func TestInputs(t *testing.T) {
	t.Run("paths", func(t *testing.T) {
		g := buildGraph(t, goPlan("server", amd64), options(&fakeImages{}, amd64))
		_, op := g.named(t, goManifests)
		c := onlyCopy(t, op)
		if c.Src != "/" || c.Dest != "/src/" || !c.DirCopyContents {
			t.Errorf("manifest copy %s → %s (contents only %v), want the context root into /src/", c.Src, c.Dest, c.DirCopyContents)
		}
		if !slices.Equal(c.IncludePatterns, []string{"go.mod", "go.sum"}) || len(c.ExcludePatterns) != 0 {
			t.Errorf("manifest copy includes %q, excludes %q; want [go.mod go.sum] and no excludes", c.IncludePatterns, c.ExcludePatterns)
		}
		// Patterns may match nothing: a missing go.sum is go's business.
		if !c.AllowWildcard || !c.AllowEmptyWildcard || !c.CreateDestPath {
			t.Errorf("manifest copy: wildcard %v, empty wildcard %v, create dest %v; want all set", c.AllowWildcard, c.AllowEmptyWildcard, c.CreateDestPath)
		}
		if from := g.label(digest.Digest(op.Inputs[op.GetFile().Actions[0].SecondaryInput].Digest)); from != "local://context" {
			t.Errorf("manifests are copied from %s, want the context", from)
		}
		if onto := g.label(digest.Digest(op.Inputs[op.GetFile().Actions[0].Input].Digest)); onto != "docker-image://"+golangImage {
			t.Errorf("manifests are copied onto %s, want the stage's base image", onto)
		}
	})
	t.Run("all with exclude", func(t *testing.T) {
		g := buildGraph(t, nodePlan(), options(&fakeImages{}, arm64))
		_, op := g.named(t, nodeSource)
		c := onlyCopy(t, op)
		if c.Src != "/" || c.Dest != "/app/" || !c.DirCopyContents {
			t.Errorf("source copy %s → %s (contents only %v), want the context root into /app/", c.Src, c.Dest, c.DirCopyContents)
		}
		if len(c.IncludePatterns) != 0 || !slices.Equal(c.ExcludePatterns, []string{"node_modules", ".git"}) {
			t.Errorf("source copy includes %q, excludes %q; want everything but [node_modules .git]", c.IncludePatterns, c.ExcludePatterns)
		}
		// Onto deps: the installed node_modules stay, the source lands beside.
		if onto := g.name(digest.Digest(op.Inputs[op.GetFile().Actions[0].Input].Digest)); onto != nodeDeps {
			t.Errorf("the source is copied onto %q, want %q", onto, nodeDeps)
		}
	})
}

// onlyCopy returns the one copy action of file op op.
func onlyCopy(t *testing.T, op *pb.Op) *pb.FileActionCopy {
	t.Helper()
	f := op.GetFile()
	if f == nil || len(f.Actions) != 1 || f.Actions[0].GetCopy() == nil {
		t.Fatalf("not one file copy: %s", fmtOp(op))
	}
	return f.Actions[0].GetCopy()
}

func TestRunsChainInOrder(t *testing.T) {
	g := buildGraph(t, nodePlan(), options(&fakeImages{}, arm64))
	_, buildOp, buildExec := g.exec(t, nodeBuild)
	testD, testOp, testExec := g.exec(t, nodeTest)

	if name := g.name(rootInput(t, buildOp)); name != nodeSource {
		t.Errorf("the first run works on %q, want the copy of the source", name)
	}
	// The second run works on what the first left in its root.
	in := testOp.Inputs[mount(t, testExec, "/").Input]
	if g.name(digest.Digest(in.Digest)) != nodeBuild || in.Index != mount(t, buildExec, "/").Output {
		t.Errorf("the second run works on output %d of %q, want the root of %q", in.Index, g.name(digest.Digest(in.Digest)), nodeBuild)
	}
	for _, e := range []*pb.ExecOp{buildExec, testExec} {
		if e.Meta.Cwd != "/app" {
			t.Errorf("%q runs in %s, want the stage workdir /app", e.Meta.Args, e.Meta.Cwd)
		}
	}
	// The stage's result is the last run: what the final image copies.
	_, app := g.named(t, "[slimfront node] app")
	if got := g.copies(app)[0]; got != nodeTest+":/app/dist->/app/dist" {
		t.Errorf("app layer copies %s, want /app/dist from the last run of build", got)
	}
	if !g.dependsOn(testD, func(d digest.Digest) bool { return g.name(d) == nodeDeps }) {
		t.Errorf("%s does not build on deps", nodeTest)
	}
}

func TestStageEnv(t *testing.T) {
	g := buildGraph(t, nodePlan(), options(&fakeImages{}, arm64))
	for _, tt := range []struct {
		step string
		want map[string]string // "" for unset
	}{
		{nodeDeps, map[string]string{"NODE_ENV": "development", "NPM_CONFIG_UPDATE_NOTIFIER": "false"}},
		// build is on deps: it inherits deps's env and overrides NODE_ENV.
		{nodeBuild, map[string]string{"NODE_ENV": "production", "NPM_CONFIG_UPDATE_NOTIFIER": "false"}},
		{nodeTest, map[string]string{"NODE_ENV": "production", "NPM_CONFIG_UPDATE_NOTIFIER": "false"}},
		// prod-deps is on the image: nothing of the other stages.
		{nodeProdDeps, map[string]string{"NODE_ENV": "", "NPM_CONFIG_UPDATE_NOTIFIER": ""}},
	} {
		_, _, exec := g.exec(t, tt.step)
		for k, want := range tt.want {
			var n int
			for _, kv := range exec.Meta.Env {
				if strings.HasPrefix(kv, k+"=") {
					n++
				}
			}
			got, _ := envOf(exec.Meta.Env, k)
			if got != want || n > 1 || (want == "") != (n == 0) {
				t.Errorf("%s: %s = %q (%d entries), want %q once (or unset for \"\"); env %q", tt.step, k, got, n, want, exec.Meta.Env)
			}
		}
	}
}

func TestCacheMounts(t *testing.T) {
	for _, ns := range []string{"", "team-a"} {
		t.Run("ns="+ns, func(t *testing.T) {
			prefix := ""
			if ns != "" {
				// As BuildKit's Dockerfile frontend does with
				// BUILDKIT_CACHE_MOUNT_NS, so an ejected Dockerfile shares them.
				prefix = ns + "/"
			}
			for _, tt := range []struct {
				p    *plan.Plan
				step string
				dest string
				id   string
			}{
				{goPlan("server", amd64), goDeps, "/go/pkg/mod", "slimfront-go-mod"},
				{goPlan("server", amd64), goBuild, "/go/pkg/mod", "slimfront-go-mod"},
				{goPlan("server", amd64), goBuild, "/root/.cache/go-build", "slimfront-go-build"},
				{nodePlan(), nodeDeps, "/root/.npm", "slimfront-npm"},
				{nodePlan(), nodeProdDeps, "/root/.npm", "slimfront-npm"},
			} {
				opt := options(&fakeImages{}, amd64)
				opt.CacheNS = ns
				g := buildGraph(t, tt.p, opt)
				_, _, exec := g.exec(t, tt.step)
				m := mount(t, exec, tt.dest)
				if m.MountType != pb.MountType_CACHE || m.CacheOpt == nil {
					t.Errorf("%s: %s is a %v mount, want a cache", tt.step, tt.dest, m.MountType)
					continue
				}
				if m.CacheOpt.ID != prefix+tt.id || m.CacheOpt.Sharing != pb.CacheSharingOpt_SHARED {
					t.Errorf("%s: cache at %s has id %q sharing %v, want %q shared", tt.step, tt.dest, m.CacheOpt.ID, m.CacheOpt.Sharing, prefix+tt.id)
				}
				if m.Input != int64(pb.Empty) || m.Output != int64(pb.SkipOutput) {
					t.Errorf("%s: cache at %s has input %d output %d, want neither (it is no layer)", tt.step, tt.dest, m.Input, m.Output)
				}
			}
		})
	}
	m := plan.Mount{Type: plan.MountCache, CacheID: "go-mod"}
	if got := llbgen.CacheID("", m); got != "slimfront-go-mod" {
		t.Errorf("CacheID without namespace = %q", got)
	}
	if got := llbgen.CacheID("ns", m); got != "ns/slimfront-go-mod" {
		t.Errorf("CacheID(ns) = %q", got)
	}
}

func TestSecretMount(t *testing.T) {
	res := build(t, nodePlan(), options(&fakeImages{}, arm64))
	g := marshal(t, res.State, arm64)
	withSecret := map[digest.Digest]bool{}
	for _, step := range []string{nodeDeps, nodeProdDeps} {
		d, _, exec := g.exec(t, step)
		withSecret[d] = true
		m := mount(t, exec, npmrcPath)
		if m.MountType != pb.MountType_SECRET || m.SecretOpt == nil {
			t.Fatalf("%s: %s is a %v mount, want a secret", step, npmrcPath, m.MountType)
		}
		if m.SecretOpt.ID != npmrcSecret || !m.SecretOpt.Optional {
			t.Errorf("%s: secret %q optional %v, want %q optional (a build without --secret still works)", step, m.SecretOpt.ID, m.SecretOpt.Optional, npmrcSecret)
		}
		// Nothing goes in, and a secret mount is not a snapshot that an
		// output could come from: the file is in no layer.
		if m.Input != int64(pb.Empty) {
			t.Errorf("%s: secret mount has input %d, want none", step, m.Input)
		}
	}
	// The secret's ID appears in the secret mounts and nowhere else: not in
	// other ops (build, on deps, does not inherit the mount), not in env or
	// args, not in metadata, not in the image config. Its value is not in
	// the plan at all: BuildKit hands it to the step at run time.
	for i, dt := range g.def.Def {
		d := g.order[i]
		want := 0
		if withSecret[d] {
			want = 1
		}
		if n := bytes.Count(dt, []byte(npmrcSecret)); n != want {
			t.Errorf("op %q holds the secret ID %d times, want %d", g.label(d), n, want)
		}
		if e := g.ops[d].GetExec(); e != nil {
			for _, kv := range e.Meta.Env {
				if strings.Contains(kv, "npmrc") || strings.Contains(kv, npmrcSecret) {
					t.Errorf("%s: env %s names the secret", g.label(d), kv)
				}
			}
		}
	}
	meta, err := json.Marshal(g.def.Metadata)
	must(t, err)
	cfg, err := json.Marshal(res.Image)
	must(t, err)
	for what, data := range map[string][]byte{"metadata": meta, "image config": cfg} {
		if bytes.Contains(data, []byte(npmrcSecret)) || bytes.Contains(data, []byte(".npmrc")) {
			t.Errorf("%s names the secret: %s", what, data)
		}
	}
}

func TestOutputMountsAndStageFilesystems(t *testing.T) {
	t.Run("output mount", func(t *testing.T) {
		g := buildGraph(t, goPlan("server", amd64), options(&fakeImages{}, amd64))
		_, app := g.named(t, "[slimfront go] app")
		if got, want := g.copies(app), []string{goBuild + ":/server->/app/server"}; !slices.Equal(got, want) {
			t.Fatalf("app layer copies %q, want %q", got, want)
		}
		// The build step's /out mount, not its root.
		in := app.Inputs[app.GetFile().Actions[0].SecondaryInput]
		exec := g.ops[digest.Digest(in.Digest)].GetExec()
		if out := mount(t, exec, "/out"); in.Index != out.Output {
			t.Errorf("app layer copies output %d of the build step; /out is output %d", in.Index, out.Output)
		}
	})
	t.Run("under the output mount", func(t *testing.T) {
		p := goPlan("server", amd64)
		p.Stages[1].Runs[0].Args = []string{"go", "build", "-o", "/out/bin/server", "./cmd/server"}
		p.Image.Layers[3].Copies[0].Src = "/out/bin"
		g := buildGraph(t, p, options(&fakeImages{}, amd64))
		_, app := g.named(t, "[slimfront go] app")
		if got, want := g.copies(app), []string{goBuild + ":/bin/server->/app/server"}; !slices.Equal(got, want) {
			t.Fatalf("app layer copies %q, want %q: /out/bin is /bin of the output mount", got, want)
		}
		in := app.Inputs[app.GetFile().Actions[0].SecondaryInput]
		if out := mount(t, g.ops[digest.Digest(in.Digest)].GetExec(), "/out"); in.Index != out.Output {
			t.Errorf("app layer copies output %d; /out is output %d", in.Index, out.Output)
		}
	})
	t.Run("filesystem of a stage with an output mount", func(t *testing.T) {
		p := goPlan("server", amd64)
		p.Image.Layers = append(p.Image.Layers, plan.Layer{Name: "go", Copies: []plan.Copy{{
			From: plan.StageRef("build"), Src: "/usr/local/go/bin", Paths: []string{"go"}, Dest: "/usr/local/bin",
		}}})
		g := buildGraph(t, p, options(&fakeImages{}, amd64))
		_, layer := g.named(t, "[slimfront go] go")
		if got, want := g.copies(layer), []string{goBuild + ":/usr/local/go/bin/go->/usr/local/bin/go"}; !slices.Equal(got, want) {
			t.Fatalf("layer copies %q, want %q", got, want)
		}
		in := layer.Inputs[layer.GetFile().Actions[0].SecondaryInput]
		if root := mount(t, g.ops[digest.Digest(in.Digest)].GetExec(), "/"); in.Index != root.Output {
			t.Errorf("layer copies output %d of the build step, want its root (output %d)", in.Index, root.Output)
		}
	})
	t.Run("stage filesystems", func(t *testing.T) {
		g := buildGraph(t, nodePlan(), options(&fakeImages{}, arm64))
		_, nm := g.named(t, "[slimfront node] node_modules")
		if got, want := g.copies(nm), []string{nodeProdDeps + ":/app/node_modules->/app/node_modules"}; !slices.Equal(got, want) {
			t.Fatalf("node_modules layer copies %q, want %q", got, want)
		}
		c := onlyCopy(t, nm)
		if !c.DirCopyContents || !slices.Equal(c.ExcludePatterns, []string{"**/*.md"}) {
			t.Errorf("node_modules copy: contents only %v, excludes %q; want the contents less **/*.md", c.DirCopyContents, c.ExcludePatterns)
		}
		in := nm.Inputs[nm.GetFile().Actions[0].SecondaryInput]
		if root := mount(t, g.ops[digest.Digest(in.Digest)].GetExec(), "/"); in.Index != root.Output {
			t.Errorf("node_modules copies output %d of prod-deps, want its root (output %d)", in.Index, root.Output)
		}
		_, app := g.named(t, "[slimfront node] app")
		want := []string{nodeTest + ":/app/dist->/app/dist", "local://context:/package.json->/app/package.json"}
		if got := g.copies(app); !slices.Equal(got, want) {
			t.Errorf("app layer copies %q, want %q (in the plan's order, in one layer)", got, want)
		}
	})
}

func TestPlatforms(t *testing.T) {
	t.Run("go: builders on the build platform", func(t *testing.T) {
		images := &fakeImages{}
		g := buildGraph(t, goPlan("server", arm64), options(images, arm64))
		// Scratch: every image, builder or file source, on the build platform.
		want := []string{golangImage + "@linux/amd64", distrolessStatic + "@linux/amd64", distrolessStatic + "@linux/amd64", distrolessStatic + "@linux/amd64"}
		if !slices.Equal(images.calls, want) {
			t.Errorf("images resolved: %q, want %q", images.calls, want)
		}
		for _, d := range g.execs() {
			if pl := g.ops[d].Platform; pl == nil || pl.Architecture != "amd64" {
				t.Errorf("%s runs on %v, want amd64", g.name(d), pl)
			}
		}
	})
	t.Run("node: target-platform stages", func(t *testing.T) {
		images := &fakeImages{}
		g := buildGraph(t, nodePlan(), options(images, arm64))
		want := []string{nodeImage + "@linux/arm64", nodeImage + "@linux/arm64", distrolessNode + "@linux/arm64"}
		if !slices.Equal(images.calls, want) {
			t.Errorf("images resolved: %q, want %q (deps, prod-deps and the base on the target)", images.calls, want)
		}
		// build is on deps, so it runs where deps does.
		for _, step := range []string{nodeDeps, nodeBuild, nodeTest, nodeProdDeps} {
			_, op, _ := g.exec(t, step)
			if op.Platform == nil || op.Platform.Architecture != "arm64" {
				t.Errorf("%s runs on %v, want the arm64 target", step, op.Platform)
			}
		}
	})
	t.Run("final base on the target, copied files on the build platform", func(t *testing.T) {
		p := goPlan("server", arm64)
		p.Image.Base = plan.ImageRef("registry.example.com/base:1")
		images := &fakeImages{}
		build(t, p, options(images, arm64))
		if !slices.Contains(images.calls, "registry.example.com/base:1@linux/arm64") {
			t.Errorf("images resolved: %q, want the base on linux/arm64", images.calls)
		}
		if slices.Contains(images.calls, distrolessStatic+"@linux/arm64") {
			t.Errorf("images resolved: %q; files borrowed from images are read on the build platform", images.calls)
		}
	})
	t.Run("scratch stages", func(t *testing.T) {
		for _, tt := range []struct {
			platform plan.Platform
			want     string
		}{{plan.TargetPlatform, "arm64"}, {plan.BuildPlatform, "amd64"}} {
			p := nodePlan()
			p.Stages[2].From = plan.Scratch
			p.Stages[2].Platform = tt.platform
			g := buildGraph(t, p, options(&fakeImages{}, arm64))
			_, op, _ := g.exec(t, nodeProdDeps)
			if op.Platform == nil || op.Platform.Architecture != tt.want {
				t.Errorf("scratch stage with platform %q runs on %v, want %s", tt.platform, op.Platform, tt.want)
			}
		}
	})
}

func TestSourceDateEpoch(t *testing.T) {
	epoch := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	// Only the steps that see the source get the epoch: given to a
	// dependency step, a new commit time would re-run the download.
	seesSource := map[string]bool{
		goDeps: false, goBuild: true, // the source mounted
		nodeDeps: false, nodeProdDeps: false,
		nodeBuild: true, nodeTest: true, // the whole source copied in
	}
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
			for _, p := range []*plan.Plan{goPlan("server", amd64), nodePlan()} {
				opt := options(&fakeImages{}, amd64)
				opt.Epoch = tt.epoch
				res := build(t, p, opt)
				g := marshal(t, res.State, amd64)
				for _, d := range g.execs() {
					sees, ok := seesSource[g.name(d)]
					if !ok {
						t.Fatalf("unexpected step %q", g.name(d))
					}
					want := ""
					if sees {
						want = tt.wantEnv
					}
					v, ok := envOf(g.ops[d].GetExec().Meta.Env, "SOURCE_DATE_EPOCH")
					if ok != (want != "") || v != want {
						t.Errorf("%s: SOURCE_DATE_EPOCH = %q (set %v), want %q", g.name(d), v, ok, want)
					}
				}
				// Every copy into a layer, generated files included, stamps
				// a fixed time, so the layer is identical in every build.
				for _, l := range p.Image.Layers {
					_, op := g.named(t, "[slimfront "+p.Preset+"] "+l.Name)
					for _, a := range op.GetFile().Actions {
						if c := a.GetCopy(); c != nil && c.Timestamp != tt.wantMtime {
							t.Errorf("%s: copy of %s has time %d, want %d", l.Name, c.Src, c.Timestamp, tt.wantMtime)
						}
					}
				}
				if len(res.Image.History) != len(p.Image.Layers) {
					t.Errorf("%d history entries, want one per layer (%d)", len(res.Image.History), len(p.Image.Layers))
				}
				for _, h := range res.Image.History {
					if (h.Created == nil) != (tt.epoch == nil) || (h.Created != nil && !h.Created.Equal(epoch)) {
						t.Errorf("history %q created %v, want %v", h.CreatedBy, h.Created, tt.epoch)
					}
				}
			}
		})
	}
	// The base-files layer makes three copies, all stamped: two from
	// distroless and the generated files.
	g := buildGraph(t, goPlan("server", amd64), options(&fakeImages{}, amd64))
	_, op := g.named(t, "[slimfront go] base-files")
	if n := len(g.copies(op)); n != 3 {
		t.Errorf("base-files makes %d copies, want 3 (home/nonroot, tmp, the generated files)", n)
	}
}

func TestNoCache(t *testing.T) {
	for _, tt := range []struct {
		p     *plan.Plan
		execs int
	}{{goPlan("server", amd64), 2}, {nodePlan(), 4}} {
		for _, noCache := range []bool{false, true} {
			opt := options(&fakeImages{}, amd64)
			opt.NoCache = noCache
			g := buildGraph(t, tt.p, opt)
			execs := g.execs()
			if len(execs) != tt.execs {
				t.Fatalf("%s: %d exec ops, want %d", tt.p.Preset, len(execs), tt.execs)
			}
			for _, d := range execs {
				if got := g.def.Metadata[d].IgnoreCache; got != noCache {
					t.Errorf("NoCache=%v: %s has IgnoreCache=%v", noCache, g.name(d), got)
				}
			}
		}
	}
}

func TestNetwork(t *testing.T) {
	for _, mode := range []pb.NetMode{pb.NetMode_UNSET, pb.NetMode_NONE, pb.NetMode_HOST} {
		for _, p := range []*plan.Plan{goPlan("server", amd64), nodePlan()} {
			opt := options(&fakeImages{}, amd64)
			opt.Network = mode
			g := buildGraph(t, p, opt)
			for _, d := range g.execs() {
				if n := g.ops[d].GetExec().Network; n != mode {
					t.Errorf("--network %v: %s runs with network %v", mode, g.name(d), n)
				}
			}
		}
	}
}

func TestFinalIsMergeOfLayers(t *testing.T) {
	withFiles := goPlan("server", amd64)
	withFiles.Image.Layers = append(withFiles.Image.Layers, plan.Layer{Name: "files", Copies: []plan.Copy{{
		From: plan.Context, Src: "/", Paths: []string{"templates"}, Dest: "/app",
	}}})
	onBase := goPlan("server", amd64)
	onBase.Image.Base = plan.ImageRef(distrolessStatic)
	onBase.Image.Layers = onBase.Image.Layers[3:]
	tests := []struct {
		name string
		p    *plan.Plan
		base string // "" for scratch
	}{
		{"scratch", goPlan("server", amd64), ""},
		{"scratch with files", withFiles, ""},
		{"distroless", onBase, distrolessStatic},
		{"node on distroless", nodePlan(), distrolessNode},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := buildGraph(t, tt.p, options(&fakeImages{}, amd64))
			head := g.ops[g.head]
			merge := head.GetMerge()
			if merge == nil {
				t.Fatalf("the image is not a merge op: %s", fmtOp(head))
			}
			if g.name(g.head) != "[slimfront "+tt.p.Preset+"] assemble image" {
				t.Errorf("merge is called %q", g.name(g.head))
			}
			var want, got []string
			if tt.base != "" {
				want = append(want, "docker-image://"+tt.base)
			}
			for _, l := range tt.p.Image.Layers {
				want = append(want, "[slimfront "+tt.p.Preset+"] "+l.Name)
			}
			for _, in := range merge.Inputs {
				got = append(got, g.label(digest.Digest(head.Inputs[in.Input].Digest)))
			}
			if !slices.Equal(got, want) {
				t.Errorf("merge inputs = %q, want %q", got, want)
			}
			// Each layer is made on its own, on scratch: no action works
			// on an input's filesystem (the base or another layer), only
			// on scratch or on the result of the action before it.
			for _, l := range tt.p.Image.Layers {
				_, op := g.named(t, "[slimfront "+tt.p.Preset+"] "+l.Name)
				actions := op.GetFile().Actions
				if actions[0].Input != int64(pb.Empty) {
					t.Errorf("layer %s starts from input %d, want scratch", l.Name, actions[0].Input)
				}
				for _, a := range actions {
					if a.Input >= 0 && a.Input < int64(len(op.Inputs)) {
						t.Errorf("layer %s works on the filesystem of %q", l.Name, g.label(digest.Digest(op.Inputs[a.Input].Digest)))
					}
				}
			}
		})
	}
}

func TestLayerSources(t *testing.T) {
	p := goPlan("server", arm64)
	p.Image.Layers = append(p.Image.Layers, plan.Layer{Name: "files", Copies: []plan.Copy{{
		From: plan.Context, Src: "/", Paths: []string{"templates", "config/app.yaml"}, Dest: "/app",
	}}})
	g := buildGraph(t, p, options(&fakeImages{}, arm64))

	img := "docker-image://" + distrolessStatic
	for _, tt := range []struct {
		layer string
		want  []string
	}{
		{"base-files", []string{img + ":/home/nonroot->/home/nonroot", img + ":/tmp->/tmp", "[slimfront go] base-files (write):/->/"}},
		{"ca-certificates", []string{img + ":/etc/ssl/certs/ca-certificates.crt->/etc/ssl/certs/ca-certificates.crt"}},
		{"zoneinfo", []string{img + ":/usr/share/zoneinfo->/usr/share/zoneinfo"}},
		{"app", []string{goBuild + ":/server->/app/server"}},
		{"files", []string{"local://context:/templates->/app/templates", "local://context:/config/app.yaml->/app/config/app.yaml"}},
	} {
		_, op := g.named(t, "[slimfront go] "+tt.layer)
		if got := g.copies(op); !slices.Equal(got, tt.want) {
			t.Errorf("layer %s copies %q, want %q", tt.layer, got, tt.want)
		}
	}

	// Files borrowed from images are platform-independent: read on the
	// build platform, however many targets there are.
	pulls := g.find(func(d digest.Digest, _ *pb.Op) bool { return g.source(d) == img })
	if len(pulls) != 1 {
		t.Errorf("%s is pulled %d times, want once", img, len(pulls))
	}
	for _, d := range pulls {
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
	if len(files) != len(p.Image.Layers[0].Files) {
		t.Errorf("base-files writes %d files, want %d", len(files), len(p.Image.Layers[0].Files))
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

// The base files, CA bundle and zoneinfo layers have the same digest in
// every app and for every target platform, so BuildKit builds them once
// and registries store them once.
func TestSharedLayersAcrossApps(t *testing.T) {
	api := goPlan("server", amd64)
	worker := goPlan("worker", arm64)
	worker.Image.Config.User = "1000"
	worker.Image.Config.Workdir = "/opt"
	worker.Image.Config.Env = []string{"A=b"}
	worker.Image.Layers[3].Copies[0].Dest = "/opt"
	ga := buildGraph(t, api, options(&fakeImages{}, amd64))
	// Another app, for another target platform.
	gw := buildGraph(t, worker, options(&fakeImages{}, arm64))
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

// Every target of a multi-platform build shares the build-platform
// dependency step; a target-platform step is one per target.
func TestDepsAcrossTargets(t *testing.T) {
	targets := []ocispecs.Platform{amd64, arm64, {OS: "linux", Architecture: "arm", Variant: "v7"}}
	digests := map[string][]digest.Digest{}
	for _, target := range targets {
		g := buildGraph(t, goPlan("server", target), options(&fakeImages{}, target))
		for _, step := range []string{goDeps, goBuild} {
			d, _ := g.named(t, step)
			digests[step] = append(digests[step], d)
		}
		p := nodePlan()
		p.Platform = platformString(target)
		g = buildGraph(t, p, options(&fakeImages{}, target))
		d, _ := g.named(t, nodeDeps)
		digests[nodeDeps] = append(digests[nodeDeps], d)
	}
	if d := digests[goDeps]; d[0] != d[1] || d[0] != d[2] {
		t.Errorf("go mod download digests per target: %v, want one", d)
	}
	for _, step := range []string{goBuild, nodeDeps} {
		if d := digests[step]; d[0] == d[1] || d[1] == d[2] || d[0] == d[2] {
			t.Errorf("%s digests per target: %v, want one per target", step, d)
		}
	}
}

func TestStageTargets(t *testing.T) {
	stageGraph := func(p *plan.Plan, stage string) *graph {
		opt := options(&fakeImages{}, amd64)
		opt.Stage = stage
		return buildGraph(t, p, opt)
	}
	goP := goPlan("server", amd64)

	t.Run("deps", func(t *testing.T) {
		g := stageGraph(goP, "deps")
		if g.name(g.head) != goDeps || g.headIndex != mount(t, g.ops[g.head].GetExec(), "/").Output {
			t.Errorf("--target deps gives output %d of %q, want the root of %q", g.headIndex, g.name(g.head), goDeps)
		}
		if n := len(g.execs()); n != 1 {
			t.Errorf("--target deps runs %d steps, want 1", n)
		}
	})
	t.Run("output mount", func(t *testing.T) {
		g := stageGraph(goP, "build")
		exec := g.ops[g.head].GetExec()
		if g.name(g.head) != goBuild || exec == nil {
			t.Fatalf("--target build gives %q, want %q", g.name(g.head), goBuild)
		}
		if out := mount(t, exec, "/out"); g.headIndex != out.Output {
			t.Errorf("--target build gives output %d, want the /out mount (output %d): the binary alone", g.headIndex, out.Output)
		}
	})
	t.Run("filesystem after the last run", func(t *testing.T) {
		g := stageGraph(nodePlan(), "build")
		exec := g.ops[g.head].GetExec()
		if g.name(g.head) != nodeTest || exec == nil || g.headIndex != mount(t, exec, "/").Output {
			t.Errorf("--target build gives output %d of %q, want the root of the last run %q", g.headIndex, g.name(g.head), nodeTest)
		}
		if n := len(g.execs()); n != 3 {
			t.Errorf("--target build runs %d steps, want 3 (deps and build's two): not prod-deps", n)
		}
	})
	t.Run("final", func(t *testing.T) {
		if a, b := stageGraph(goP, "final").head, stageGraph(goP, "").head; a != b {
			t.Errorf("--target final (%s) differs from no target (%s)", a, b)
		}
	})
	t.Run("unknown", func(t *testing.T) {
		opt := options(&fakeImages{}, amd64)
		opt.Stage = "test"
		_, err := llbgen.Build(context.Background(), goP, opt)
		if err == nil || !strings.Contains(err.Error(), `"test"`) || !strings.Contains(err.Error(), "deps, build, final") {
			t.Errorf("error = %v, want one naming the stage and listing deps, build, final", err)
		}
	})
}

func TestSourceMapPointsAtAppToml(t *testing.T) {
	const toml = "# syntax=org/slimfront\nlanguage = \"go\"\nentrypoint = \"./cmd/server\"\n[build]\nscript = \"build\"\n[runtime]\nca_certs = true\n"
	lines := map[string]int{"language": 2, "entrypoint": 3, "build.script": 5, "runtime.ca_certs": 7}
	for _, tt := range []struct {
		p     *plan.Plan
		steps map[string]int32
	}{
		{goPlan("server", amd64), map[string]int32{
			goDeps:                           2, // language
			goManifests:                      2, // the copy of the first run's inputs
			goBuild:                          3, // entrypoint
			"[slimfront go] app":             3, // the copy's key
			"[slimfront go] ca-certificates": 7,
			"[slimfront go] zoneinfo":        0, // runtime.tzdata is not written
			"[slimfront go] base-files":      0, // no key
			"[slimfront go] assemble image":  0,
		}},
		{nodePlan(), map[string]int32{
			nodeBuild:                       5, // build.script
			nodeSource:                      5, // the copy of the first run's inputs
			nodeTest:                        0, // no key
			nodeDeps:                        2, // language
			"[slimfront node] app":          3, // the first copy with a key
			"[slimfront node] node_modules": 0,
		}},
	} {
		opt := options(&fakeImages{}, amd64)
		opt.SourceMap = llb.NewSourceMap(nil, "app.toml", "TOML", []byte(toml))
		opt.Lines = func(key string) (int, int) { l := lines[key]; return l, l }
		g := buildGraph(t, tt.p, opt)
		if g.def.Source == nil || len(g.def.Source.Infos) != 1 || g.def.Source.Infos[0].Filename != "app.toml" {
			t.Fatalf("definition has no app.toml source: %v", g.def.Source)
		}
		for step, line := range tt.steps {
			d, _ := g.named(t, step)
			locs := g.def.Source.Locations[string(d)]
			var got int32
			if locs != nil && len(locs.Locations) > 0 && len(locs.Locations[0].Ranges) > 0 {
				got = locs.Locations[0].Ranges[0].Start.Line
			}
			if got != line {
				t.Errorf("%s points at app.toml line %d, want %d", step, got, line)
			}
		}
	}
}

func TestBuildErrors(t *testing.T) {
	opt := options(&fakeImages{}, amd64)
	opt.Image = nil
	if _, err := llbgen.Build(context.Background(), goPlan("server", amd64), opt); err == nil {
		t.Error("Build without Options.Image succeeded")
	}

	boom := errors.New("registry unreachable")
	for _, tt := range []struct {
		p    *plan.Plan
		ref  string
		want string
	}{
		{goPlan("server", amd64), golangImage, "stage deps"},
		{goPlan("server", amd64), distrolessStatic, "layer base-files"},
		{nodePlan(), distrolessNode, "final image base"},
	} {
		opt := options(&fakeImages{fail: map[string]error{tt.ref: boom}}, amd64)
		_, err := llbgen.Build(context.Background(), tt.p, opt)
		if !errors.Is(err, boom) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s fails to resolve: Build error = %v, want it to say %q and wrap %v", tt.ref, err, tt.want, boom)
		}
	}
}

// llbgen.Build checks the plan first, so a broken preset fails with the
// problem named rather than with LLB that cannot run.
func TestBuildRejectsInvalidPlans(t *testing.T) {
	for _, tt := range []struct {
		name   string
		mutate func(p *plan.Plan)
		want   string
	}{
		{"copy from a missing stage", func(p *plan.Plan) { p.Image.Layers[3].Copies[0].From = plan.StageRef("compile") },
			`copy from stage "compile", which the plan does not have`},
		{"from a later stage", func(p *plan.Plan) { p.Stages[0].From = plan.StageRef("build") },
			`from "build", which is not an earlier stage`},
		{"unknown mount type", func(p *plan.Plan) {
			p.Stages[1].Runs[0].Mounts = append(p.Stages[1].Runs[0].Mounts, plan.Mount{Target: "/tmp", Type: "tmpfs"})
		}, `unknown mount type "tmpfs"`},
		{"two output mounts", func(p *plan.Plan) {
			p.Stages[1].Runs[0].Mounts = append(p.Stages[1].Runs[0].Mounts, plan.Mount{Target: "/dist", Type: plan.MountOutput})
		}, "2 output mounts"},
		{"empty layer", func(p *plan.Plan) { p.Image.Layers[3].Copies = nil }, "layer app is empty"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := goPlan("server", amd64)
			tt.mutate(p)
			images := &fakeImages{}
			_, err := llbgen.Build(context.Background(), p, options(images, amd64))
			if err == nil || !strings.Contains(err.Error(), "invalid go plan") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Build error = %v, want invalid go plan: …%s", err, tt.want)
			}
			if len(images.calls) != 0 {
				t.Errorf("Build resolved %q before rejecting the plan", images.calls)
			}
		})
	}
}

// An image mount shows a directory of an image, resolved on the build
// platform whatever the target, read-only, and adds nothing to a layer.
func TestImageMount(t *testing.T) {
	p := nodePlan()
	build := p.Stage("build")
	build.Runs = append(build.Runs, plan.Run{
		Name:   "precompress dist",
		Args:   []string{"/slimfront/slimcompress", "dist"},
		Mounts: []plan.Mount{{Target: "/slimfront", Type: plan.MountImage, Image: "docker.io/org/slimfront:latest", Source: "/usr/lib/slimfront/linux-amd64"}},
	})
	images := &fakeImages{}
	g := buildGraph(t, p, options(images, arm64))
	if !slices.Contains(images.calls, "docker.io/org/slimfront:latest@linux/amd64") || slices.Contains(images.calls, "docker.io/org/slimfront:latest@linux/arm64") {
		t.Errorf("image calls = %v, want the mounted image on the build platform only", images.calls)
	}
	_, op, exec := g.exec(t, "[slimfront node] precompress dist")
	m := mount(t, exec, "/slimfront")
	if m.MountType != pb.MountType_BIND || !m.Readonly || m.Selector != "/usr/lib/slimfront/linux-amd64" || m.Output != int64(pb.SkipOutput) {
		t.Errorf("mount = %+v, want a read-only bind of /usr/lib/slimfront/linux-amd64 with no output", m)
	}
	if src := g.source(digest.Digest(op.Inputs[m.Input].Digest)); !strings.Contains(src, "docker.io/org/slimfront:latest") {
		t.Errorf("mount input is %q, want the slimfront image", src)
	}
}

// A cache mount seeded from a stage starts from that stage's directory:
// the mount's input is the stage's root, its selector the directory.
func TestSeededCacheMount(t *testing.T) {
	p := goPlan("server", amd64)
	// A stage of its own holds the seed: the build's base is deps.
	p.Stages = append(p.Stages[:1], append([]plan.Stage{{
		Name: "packages", From: plan.StageRef("deps"), Workdir: "/src",
		Runs: []plan.Run{{Name: "compile", Args: []string{"go", "list", "-export", "std"}}},
	}}, p.Stages[1:]...)...)
	build := p.Stage("build")
	for i, m := range build.Runs[0].Mounts {
		if m.CacheID == "go-build" {
			build.Runs[0].Mounts[i].From, build.Runs[0].Mounts[i].Source = "packages", "/root/.cache/go-build"
		}
	}
	g := buildGraph(t, p, options(&fakeImages{}, amd64))
	depsDigest, _, _ := g.exec(t, "[slimfront go] compile")
	_, op, exec := g.exec(t, goBuild)
	m := mount(t, exec, "/root/.cache/go-build")
	if m.MountType != pb.MountType_CACHE || m.CacheOpt == nil || m.CacheOpt.ID != "slimfront-go-build" {
		t.Fatalf("mount = %+v, want the go-build cache", m)
	}
	if m.Input == int64(pb.Empty) || m.Selector != "/root/.cache/go-build" || m.Output != int64(pb.SkipOutput) {
		t.Fatalf("mount = %+v, want input the packages stage, selector /root/.cache/go-build, no output", m)
	}
	if got := digest.Digest(op.Inputs[m.Input].Digest); got != depsDigest {
		t.Errorf("seed is %s, want the packages stage's last step %s", g.name(got), g.name(depsDigest))
	}
	// Unseeded, the mount starts empty (TestCacheMounts); seeding must
	// not change the deps step.
	if mod := mount(t, exec, "/go/pkg/mod"); mod.Input != int64(pb.Empty) {
		t.Errorf("go-mod mount = %+v, want it unseeded", mod)
	}
}

// A stage mount shows a directory of an earlier stage, read-only: the
// mount's input is that stage's last step, its selector the directory.
func TestStageMount(t *testing.T) {
	p := goPlan("server", amd64)
	p.Stages = append([]plan.Stage{{
		Name: "vendor", From: plan.ImageRef(golangImage), Workdir: "/slimfront/vendor",
		Inputs: plan.Inputs{Paths: []string{"vendor/**"}},
		Runs:   []plan.Run{{Name: "settle", Args: []string{"find", ".", "-exec", "touch", "-h", "-d", "@1", "{}", "+"}}},
	}}, p.Stages...)
	build := p.Stage("build")
	build.Runs[0].Mounts = append(build.Runs[0].Mounts, plan.Mount{Target: "/src/vendor", Type: plan.MountStage, From: "vendor", Source: "/slimfront/vendor/vendor"})
	g := buildGraph(t, p, options(&fakeImages{}, amd64))
	vendorDigest, _, _ := g.exec(t, "[slimfront go] settle")
	_, op, exec := g.exec(t, goBuild)
	m := mount(t, exec, "/src/vendor")
	if m.MountType != pb.MountType_BIND || !m.Readonly || m.Selector != "/slimfront/vendor/vendor" || m.Output != int64(pb.SkipOutput) {
		t.Fatalf("mount = %+v, want a read-only bind of /slimfront/vendor/vendor with no output", m)
	}
	if got := digest.Digest(op.Inputs[m.Input].Digest); got != vendorDigest {
		t.Errorf("mount input is %s, want the vendor stage's last step %s", g.name(got), g.name(vendorDigest))
	}
}

// The target placeholders of a stage's env become the target's OS and
// architecture, per platform.
func TestStageEnvTargetPlaceholders(t *testing.T) {
	for _, target := range []ocispecs.Platform{amd64, arm64} {
		p := goPlan("server", target)
		build := p.Stage("build")
		build.Env = plan.Env(plan.EnvMap(build.Env, []string{"GOOS=" + plan.TargetOS, "GOARCH=" + plan.TargetArch, "TRIPLE=" + plan.TargetArch + "-" + plan.TargetOS}))
		_, _, exec := buildGraph(t, p, options(&fakeImages{}, target)).exec(t, goBuild)
		for k, want := range map[string]string{"GOOS": "linux", "GOARCH": target.Architecture, "TRIPLE": target.Architecture + "-linux"} {
			if got, _ := envOf(exec.Meta.Env, k); got != want {
				t.Errorf("%s: %s = %q, want %q", platformString(target), k, got, want)
			}
		}
	}
}
