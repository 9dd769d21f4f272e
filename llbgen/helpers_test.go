package llbgen_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/solver/pb"
	dockerspec "github.com/moby/docker-image-spec/specs-go/v1"
	digest "github.com/opencontainers/go-digest"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/slimfront/slimfront/llbgen"
	"github.com/slimfront/slimfront/plan"
)

var (
	amd64 = ocispecs.Platform{OS: "linux", Architecture: "amd64"}
	arm64 = ocispecs.Platform{OS: "linux", Architecture: "arm64"}
)

const (
	golangImage      = "docker.io/library/golang:1.26-trixie"
	nodeImage        = "docker.io/library/node:24-trixie-slim"
	distrolessStatic = "gcr.io/distroless/static-debian13:nonroot"
	distrolessNode   = "gcr.io/distroless/nodejs24-debian13:nonroot"
)

func platformString(p ocispecs.Platform) string {
	s := p.OS + "/" + p.Architecture
	if p.Variant != "" {
		s += "/" + p.Variant
	}
	return s
}

// The fixtures below are plans written out by hand, of the shape the
// presets make, so these tests do not change when a preset does.

// goPlan is a Go-like plan for the binary name, cross-compiled for
// target: a deps stage that sees only the manifests, a build stage that
// mounts the source and writes into an output mount, and a scratch image
// with base files, the CA bundle and zoneinfo (the same in every app)
// below the app.
func goPlan(name string, target ocispecs.Platform) *plan.Plan {
	toolEnv := []string{"GOCACHE=/root/.cache/go-build", "GOMODCACHE=/go/pkg/mod", "GOTOOLCHAIN=local"}
	modCache := plan.Mount{Target: "/go/pkg/mod", Type: plan.MountCache, CacheID: "go-mod"}
	return &plan.Plan{
		Preset:   "go",
		Platform: platformString(target),
		Stages: []plan.Stage{
			{
				Name:    "deps",
				From:    plan.ImageRef(golangImage),
				Workdir: "/src",
				Env:     toolEnv,
				Inputs:  plan.Inputs{Paths: []string{"go.mod", "go.sum"}},
				Runs: []plan.Run{{
					Name:   "go mod download",
					Args:   []string{"go", "mod", "download", "-x"},
					Mounts: []plan.Mount{modCache},
					Source: "language",
				}},
			},
			{
				Name:    "build",
				From:    plan.StageRef("deps"),
				Workdir: "/src",
				Env: plan.Env(plan.EnvMap(toolEnv, []string{
					"CGO_ENABLED=0", "GOARCH=" + target.Architecture, "GOOS=" + target.OS,
				})),
				Runs: []plan.Run{{
					Name: "go build ./cmd/" + name,
					Args: []string{"go", "build", "-trimpath", "-ldflags=-s -w", "-o", "/out/" + name, "./cmd/" + name},
					Mounts: []plan.Mount{
						modCache,
						{Target: "/out", Type: plan.MountOutput},
						{Target: "/root/.cache/go-build", Type: plan.MountCache, CacheID: "go-build"},
						{Target: "/src", Type: plan.MountContext},
					},
					Source: "entrypoint",
				}},
			},
		},
		Image: plan.Image{
			Base: plan.Scratch,
			Layers: []plan.Layer{
				baseFilesLayer(),
				{Name: "ca-certificates", Copies: []plan.Copy{{
					From: plan.ImageRef(distrolessStatic), Src: "/", Paths: []string{"etc/ssl/certs/ca-certificates.crt"}, Dest: "/", Source: "runtime.ca_certs",
				}}},
				{Name: "zoneinfo", Copies: []plan.Copy{{
					From: plan.ImageRef(distrolessStatic), Src: "/", Paths: []string{"usr/share/zoneinfo"}, Dest: "/", Source: "runtime.tzdata",
				}}},
				{Name: "app", Copies: []plan.Copy{{
					From: plan.StageRef("build"), Src: "/out", Paths: []string{name}, Dest: "/app", Source: "entrypoint",
				}}},
			},
			Config: plan.Config{
				Entrypoint: []string{"/app/" + name},
				User:       "65532:65532",
				Workdir:    "/app",
				Ports:      []string{"8080/tcp"},
				Labels:     map[string]string{"org.opencontainers.image.title": name},
			},
		},
	}
}

// baseFilesLayer is passwd, group and the nonroot home and /tmp borrowed
// from distroless: the layer every scratch image gets.
func baseFilesLayer() plan.Layer {
	return plan.Layer{
		Name:   "base-files",
		Copies: []plan.Copy{{From: plan.ImageRef(distrolessStatic), Src: "/", Paths: []string{"home/nonroot", "tmp"}, Dest: "/"}},
		Files: []plan.File{
			{Path: "/etc/group", Mode: 0o644, Content: "root:x:0:\nnonroot:x:65532:\n"},
			{Path: "/etc/passwd", Mode: 0o644, Content: "root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n"},
		},
	}
}

// The Node-like plan's names and paths.
const (
	npmrcSecret = "npm-registry-token"
	npmrcPath   = "/root/.npmrc"
)

// nodePlan is a Node-like plan: deps installs every package on the target
// platform (native addons) with a cache mount and an optional .npmrc
// secret; build, on deps, takes the whole source less node_modules and
// .git and runs two scripts; prod-deps installs the production packages
// alone. The final image is the distroless Node runtime with node_modules
// and the built app copied from the stages' filesystems.
func nodePlan() *plan.Plan {
	npmCache := plan.Mount{Target: "/root/.npm", Type: plan.MountCache, CacheID: "npm"}
	npmrc := plan.Mount{Target: npmrcPath, Type: plan.MountSecret, SecretID: npmrcSecret}
	manifests := plan.Inputs{Paths: []string{"package.json", "package-lock.json"}}
	return &plan.Plan{
		Preset:   "node",
		Platform: "linux/arm64",
		Stages: []plan.Stage{
			{
				Name:     "deps",
				From:     plan.ImageRef(nodeImage),
				Platform: plan.TargetPlatform,
				Workdir:  "/app",
				Env:      []string{"NODE_ENV=development", "NPM_CONFIG_UPDATE_NOTIFIER=false"},
				Inputs:   manifests,
				Runs: []plan.Run{{
					Name:   "npm ci",
					Args:   []string{"npm", "ci"},
					Mounts: []plan.Mount{npmCache, npmrc},
					Source: "language",
				}},
			},
			{
				Name:    "build",
				From:    plan.StageRef("deps"),
				Workdir: "/app",
				Env:     []string{"NODE_ENV=production"},
				Inputs:  plan.Inputs{All: true, Exclude: []string{"node_modules", ".git"}},
				Runs: []plan.Run{
					{Name: "npm run build", Args: []string{"npm", "run", "build"}, Source: "build.script"},
					{Name: "npm test", Args: []string{"npm", "test"}},
				},
			},
			{
				Name:     "prod-deps",
				From:     plan.ImageRef(nodeImage),
				Platform: plan.TargetPlatform,
				Workdir:  "/app",
				Inputs:   manifests,
				Runs: []plan.Run{{
					Name:   "npm ci --omit=dev",
					Args:   []string{"npm", "ci", "--omit=dev"},
					Mounts: []plan.Mount{npmCache, npmrc},
				}},
			},
		},
		Image: plan.Image{
			Base: plan.ImageRef(distrolessNode),
			Layers: []plan.Layer{
				{Name: "node_modules", Copies: []plan.Copy{{
					From: plan.StageRef("prod-deps"), Src: "/app/node_modules", Paths: []string{"."}, Dest: "/app/node_modules", Exclude: []string{"**/*.md"},
				}}},
				{Name: "app", Copies: []plan.Copy{
					{From: plan.StageRef("build"), Src: "/app", Paths: []string{"dist"}, Dest: "/app", Source: "entrypoint"},
					{From: plan.Context, Src: "/", Paths: []string{"package.json"}, Dest: "/app"},
				}},
			},
			Config: plan.Config{
				Entrypoint: []string{"/nodejs/bin/node", "dist/server.js"},
				User:       "65532:65532",
				Env:        []string{"NODE_ENV=production"},
				Workdir:    "/app",
			},
		},
	}
}

// fakeImages resolves images without a registry: the state is
// llb.Image(ref) for the platform asked, the config the one in configs
// (nil when absent). It records every call.
type fakeImages struct {
	configs map[string]*dockerspec.DockerOCIImage
	fail    map[string]error

	mu    sync.Mutex
	calls []string // "ref@os/arch"
}

func (f *fakeImages) resolve(_ context.Context, ref string, p ocispecs.Platform) (llb.State, *dockerspec.DockerOCIImage, error) {
	f.mu.Lock()
	f.calls = append(f.calls, ref+"@"+platformString(p))
	f.mu.Unlock()
	if err := f.fail[ref]; err != nil {
		return llb.State{}, nil, err
	}
	return llb.Image(ref, llb.Platform(p)), f.configs[ref], nil
}

// options are the Options a plain `docker buildx build` gives, for target
// on an amd64 builder.
func options(images *fakeImages, target ocispecs.Platform) llbgen.Options {
	return llbgen.Options{
		Target: target,
		Build:  amd64,
		// A fixed unique ID: llb.Local draws a random one per state, and
		// two builds of the same plan must see the same context.
		Context: llb.Local("context", llb.LocalUniqueID("test-context")),
		Image:   images.resolve,
	}
}

func build(t *testing.T, p *plan.Plan, opt llbgen.Options) *llbgen.Result {
	t.Helper()
	res, err := llbgen.Build(context.Background(), p, opt)
	if err != nil {
		t.Fatalf("llbgen.Build: %v", err)
	}
	if res.Image == nil {
		t.Fatal("llbgen.Build returned no image config")
	}
	return res
}

// buildGraph builds p with opt and decodes the result.
func buildGraph(t *testing.T, p *plan.Plan, opt llbgen.Options) *graph {
	t.Helper()
	return marshal(t, build(t, p, opt).State, opt.Target)
}

// graph is a marshalled LLB definition, decoded.
type graph struct {
	def   *llb.Definition
	ops   map[digest.Digest]*pb.Op
	order []digest.Digest // as in def.Def; the last one is the terminal op
	// head is the op (and output index) the definition evaluates to.
	head      digest.Digest
	headIndex int64
}

// marshal marshals st the way the frontend does and decodes every op, as
// BuildKit's own client/llb tests do.
func marshal(t *testing.T, st llb.State, target ocispecs.Platform) *graph {
	t.Helper()
	def, err := st.Marshal(context.Background(), llb.Platform(target))
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	g := &graph{def: def, ops: map[digest.Digest]*pb.Op{}}
	for _, dt := range def.Def {
		var op pb.Op
		if err := op.Unmarshal(dt); err != nil {
			t.Fatalf("decode op: %v", err)
		}
		d := digest.FromBytes(dt)
		g.ops[d] = &op
		g.order = append(g.order, d)
	}
	if len(g.order) < 2 {
		t.Fatalf("definition has %d ops, want a terminal op and its input", len(g.order))
	}
	term := g.ops[g.order[len(g.order)-1]]
	if len(term.Inputs) != 1 {
		t.Fatalf("terminal op has %d inputs, want 1", len(term.Inputs))
	}
	g.head, g.headIndex = digest.Digest(term.Inputs[0].Digest), term.Inputs[0].Index
	return g
}

// name is an op's progress name.
func (g *graph) name(d digest.Digest) string {
	return g.def.Metadata[d].Description["llb.customname"]
}

// find returns the digests of the ops for which match holds, in
// definition order.
func (g *graph) find(match func(d digest.Digest, op *pb.Op) bool) []digest.Digest {
	var out []digest.Digest
	for _, d := range g.order {
		if match(d, g.ops[d]) {
			out = append(out, d)
		}
	}
	return out
}

func (g *graph) execs() []digest.Digest {
	return g.find(func(_ digest.Digest, op *pb.Op) bool { return op.GetExec() != nil })
}

// named returns the one op called name, failing the test otherwise.
func (g *graph) named(t *testing.T, name string) (digest.Digest, *pb.Op) {
	t.Helper()
	ds := g.find(func(d digest.Digest, _ *pb.Op) bool { return g.name(d) == name })
	if len(ds) != 1 {
		t.Fatalf("%d ops named %q; names: %q", len(ds), name, g.names())
	}
	return ds[0], g.ops[ds[0]]
}

// exec returns the one exec op called name.
func (g *graph) exec(t *testing.T, name string) (digest.Digest, *pb.Op, *pb.ExecOp) {
	t.Helper()
	d, op := g.named(t, name)
	e := op.GetExec()
	if e == nil {
		t.Fatalf("%s is not an exec op: %s", name, fmtOp(op))
	}
	return d, op, e
}

func (g *graph) names() []string {
	var out []string
	for _, d := range g.order {
		if n := g.name(d); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// source is the identifier of a source op ("docker-image://...",
// "local://context"), or "" for other ops.
func (g *graph) source(d digest.Digest) string {
	if s := g.ops[d].GetSource(); s != nil {
		return s.Identifier
	}
	return ""
}

// label is what an op is called in messages: its source identifier or its
// progress name.
func (g *graph) label(d digest.Digest) string {
	if s := g.source(d); s != "" {
		return s
	}
	return g.name(d)
}

// rootInput is the op that provides exec op's root filesystem.
func rootInput(t *testing.T, op *pb.Op) digest.Digest {
	t.Helper()
	return digest.Digest(op.Inputs[mount(t, op.GetExec(), "/").Input].Digest)
}

// dependsOn reports whether op d reaches an op for which match holds.
func (g *graph) dependsOn(d digest.Digest, match func(digest.Digest) bool) bool {
	seen := map[digest.Digest]bool{}
	var walk func(digest.Digest) bool
	walk = func(d digest.Digest) bool {
		if seen[d] {
			return false
		}
		seen[d] = true
		if match(d) {
			return true
		}
		for _, in := range g.ops[d].Inputs {
			if walk(digest.Digest(in.Digest)) {
				return true
			}
		}
		return false
	}
	return walk(d)
}

// copies lists the copy actions of a file op as "source:src->dest", the
// source named by label.
func (g *graph) copies(op *pb.Op) []string {
	var out []string
	for _, a := range op.GetFile().Actions {
		c := a.GetCopy()
		if c == nil {
			continue
		}
		from := "?"
		if a.SecondaryInput >= 0 && a.SecondaryInput < int64(len(op.Inputs)) {
			from = g.label(digest.Digest(op.Inputs[a.SecondaryInput].Digest))
		}
		out = append(out, from+":"+c.Src+"->"+c.Dest)
	}
	return out
}

// mount returns the exec's mount at dest.
func mount(t *testing.T, exec *pb.ExecOp, dest string) *pb.Mount {
	t.Helper()
	for _, m := range exec.Mounts {
		if m.Dest == dest {
			return m
		}
	}
	var dests []string
	for _, m := range exec.Mounts {
		dests = append(dests, m.Dest)
	}
	t.Fatalf("exec %q has no mount at %s; mounts: %v", exec.Meta.Args, dest, dests)
	return nil
}

// envOf returns the value of key in a KEY=VALUE list.
func envOf(env []string, key string) (string, bool) {
	for _, kv := range env {
		if k, v, _ := strings.Cut(kv, "="); k == key {
			return v, true
		}
	}
	return "", false
}

func sortedKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func fmtOp(op *pb.Op) string { return fmt.Sprintf("%v", op) }
