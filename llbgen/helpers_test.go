package llbgen_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/solver/pb"
	dockerspec "github.com/moby/docker-image-spec/specs-go/v1"
	digest "github.com/opencontainers/go-digest"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/slimfront/slimfront/llbgen"
	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets"
	"github.com/slimfront/slimfront/spec"
)

var (
	amd64 = ocispecs.Platform{OS: "linux", Architecture: "amd64"}
	arm64 = ocispecs.Platform{OS: "linux", Architecture: "arm64"}
)

const (
	golangImage      = "docker.io/library/golang:1.26-trixie"
	distrolessStatic = "gcr.io/distroless/static-debian13:nonroot"
	distrolessBase   = "gcr.io/distroless/base-debian13:nonroot"
)

func platformString(p ocispecs.Platform) string {
	s := p.OS + "/" + p.Architecture
	if p.Variant != "" {
		s += "/" + p.Variant
	}
	return s
}

// serverApp is a service with its main package in cmd/server.
func serverApp() fstest.MapFS {
	return fstest.MapFS{
		"go.mod":             {Data: []byte("module example.com/api\n\ngo 1.26\n")},
		"go.sum":             {Data: []byte("")},
		"cmd/server/main.go": {Data: []byte("package main\n\nfunc main() {}\n")},
	}
}

// workerApp is a different app: another module, name and runtime.
func workerApp() fstest.MapFS {
	return fstest.MapFS{
		"go.mod":  {Data: []byte("module example.com/worker\n\ngo 1.26\n")},
		"main.go": {Data: []byte("package main\n\nfunc main() {}\n")},
	}
}

// goPlan plans an app with the Go preset on an amd64 builder.
func goPlan(t *testing.T, toml string, src fstest.MapFS, target ocispecs.Platform) (*plan.Plan, *spec.Spec) {
	t.Helper()
	s, err := spec.Parse("app.toml", []byte(toml))
	if err != nil {
		t.Fatalf("spec.Parse: %v", err)
	}
	p, err := presets.Plan(presets.Input{Spec: s, Source: src, Platform: platformString(target), BuildPlatform: platformString(amd64)})
	if err != nil {
		t.Fatalf("presets.Plan: %v", err)
	}
	return p, s
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
