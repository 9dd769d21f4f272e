// Package llbgen turns a plan.Plan into BuildKit LLB and an image config.
// It is pure: the same Plan and Options always marshal to the same
// digests. Images are resolved through a function the caller supplies, so
// the gateway can honour named contexts and tests can run without a daemon.
package llbgen

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/solver/pb"
	dockerspec "github.com/moby/docker-image-spec/specs-go/v1"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/slimfront/slimfront/plan"
)

// ImageFunc resolves an image reference for a platform to its root
// filesystem and, when known, its config (nil for none).
type ImageFunc func(ctx context.Context, ref string, platform ocispecs.Platform) (llb.State, *dockerspec.DockerOCIImage, error)

// Options are the build-wide inputs that are not part of the Plan.
type Options struct {
	// Target and Build are the target and build platforms.
	Target ocispecs.Platform
	Build  ocispecs.Platform
	// Context is the build context, with .dockerignore applied.
	Context llb.State
	// Image resolves image references. Required.
	Image ImageFunc
	// SourceMap and Lines attach app.toml locations to steps: Lines maps
	// a key ("entrypoint") to its 1-based line range.
	SourceMap *llb.SourceMap
	Lines     func(key string) (start, end int)
	// CacheNS prefixes cache mount IDs (BUILDKIT_CACHE_MOUNT_NS).
	CacheNS string
	// Epoch is SOURCE_DATE_EPOCH: file times, history times, and an env
	// var in the steps that make an artifact.
	Epoch *time.Time
	// NoCache re-runs every step.
	NoCache bool
	// Stage is the --target: "" or plan.FinalStage for the image, else a
	// builder stage name.
	Stage string
	// Network is the network mode of build steps (--network).
	Network pb.NetMode
}

// Result is a built state and the image config that goes with it.
type Result struct {
	State llb.State
	Image *dockerspec.DockerOCIImage
}

// Build converts p into LLB.
func Build(ctx context.Context, p *plan.Plan, opt Options) (*Result, error) {
	if opt.Image == nil {
		return nil, fmt.Errorf("llbgen: Options.Image is required")
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("invalid %s plan: %w", p.Preset, err)
	}
	g := &gen{p: p, opt: opt, roots: map[string]llb.State{}, outputs: map[string]llb.State{}}
	for _, st := range p.Stages {
		if err := g.stage(ctx, st); err != nil {
			return nil, err
		}
		if opt.Stage == st.Name {
			return g.stageResult(st), nil
		}
	}
	if opt.Stage != "" && opt.Stage != plan.FinalStage {
		return nil, fmt.Errorf("no stage %q to build; stages: %s", opt.Stage, strings.Join(p.StageNames(), ", "))
	}
	return g.final(ctx)
}

// gen carries the states built so far.
type gen struct {
	p       *plan.Plan
	opt     Options
	roots   map[string]llb.State // stage name → root filesystem after Run
	outputs map[string]llb.State // stage name → its output mount
}

// constraints are the options every step gets: its progress name and, when
// known, the app.toml lines of key.
func (g *gen) constraints(name, key string) []llb.ConstraintsOpt {
	opts := []llb.ConstraintsOpt{llb.WithCustomName(fmt.Sprintf("[slimfront %s] %s", g.p.Preset, name))}
	if g.opt.SourceMap == nil || g.opt.Lines == nil || key == "" {
		return opts
	}
	start, end := g.opt.Lines(key)
	if start == 0 {
		return opts
	}
	return append(opts, g.opt.SourceMap.Location([]*pb.Range{{
		Start: &pb.Position{Line: int32(start)},
		End:   &pb.Position{Line: int32(end)},
	}}))
}

// fileTime is the timestamp of generated files: the epoch when given,
// else a fixed time, so generated layers are identical in every build.
func (g *gen) fileTime() time.Time {
	if g.opt.Epoch != nil {
		return *g.opt.Epoch
	}
	return time.Unix(0, 0).UTC()
}
