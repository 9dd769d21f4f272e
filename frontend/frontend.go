// Package frontend is slimfront's BuildKit gateway: it reads app.toml and
// the build options through dockerui, reads a few facts from the build
// context, asks presets for a plan per target platform, and solves the LLB
// llbgen makes of it.
package frontend

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/containerd/platforms"
	"github.com/distribution/reference"
	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/frontend/dockerui"
	"github.com/moby/buildkit/frontend/gateway/client"
	"github.com/moby/buildkit/frontend/subrequests/lint"
	"github.com/moby/buildkit/frontend/subrequests/outline"
	"github.com/moby/buildkit/frontend/subrequests/targets"
	"github.com/moby/buildkit/solver/pb"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/slimfront/slimfront/llbgen"
	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets"
	"github.com/slimfront/slimfront/spec"
)

// Build is the gateway entry point (client.BuildFunc).
func Build(ctx context.Context, c client.Client) (*client.Result, error) {
	bc, err := dockerui.NewClient(c)
	if err != nil {
		return nil, err
	}
	src, err := bc.ReadEntrypoint(ctx, "toml")
	if err != nil {
		return nil, err
	}
	s, err := presets.Parse(src.Filename, src.Data)
	if err != nil {
		return nil, withSource(err, src.SourceMap)
	}
	if err := s.SetArgs(bc.BuildArgs); err != nil {
		return nil, err
	}
	b := &builder{c: c, bc: bc, spec: s, src: src}
	if b.buildPlatform, err = buildPlatform(bc); err != nil {
		return nil, err
	}
	if b.epoch, err = sourceDateEpoch(bc); err != nil {
		return nil, err
	}

	if res, ok, err := bc.HandleSubrequest(ctx, dockerui.RequestHandler{
		Outline:     b.outline,
		ListTargets: b.targets,
		Lint:        b.lint,
	}); err != nil || ok {
		return res, withSource(err, src.SourceMap)
	}

	if b.facts, err = readFacts(ctx, bc, s); err != nil {
		return nil, err
	}
	if err := b.warn(ctx); err != nil {
		return nil, err
	}
	rb, err := bc.Build(ctx, b.buildPlatformResult)
	if err != nil {
		return nil, withSource(err, src.SourceMap)
	}
	return rb.Finalize()
}

// builder holds one build's inputs.
type builder struct {
	c             client.Client
	bc            *dockerui.Client
	spec          *spec.Spec
	src           *dockerui.Source
	facts         *sourceFS
	buildPlatform ocispecs.Platform
	epoch         *time.Time
}

// plan asks the presets for the plan for one target platform.
func (b *builder) plan(target ocispecs.Platform) (*plan.Plan, error) {
	return presets.Plan(presets.Input{
		Spec:          b.spec,
		Source:        b.facts.fs,
		Platform:      platforms.Format(target),
		BuildPlatform: platforms.Format(b.buildPlatform),
		Self:          selfImage(b.c),
	})
}

// selfImage is the image this frontend runs from: the gateway's source
// option, which `# syntax=` names ("org/slimfront"), in full; "" when the
// frontend was started without one.
func selfImage(c client.Client) string {
	src := c.BuildOpts().Opts["source"]
	if src == "" {
		return ""
	}
	named, err := reference.ParseNormalizedNamed(src)
	if err != nil {
		return ""
	}
	return reference.TagNameOnly(named).String()
}

// buildPlatformResult is the dockerui.BuildFunc: one platform's image.
func (b *builder) buildPlatformResult(ctx context.Context, platform *ocispecs.Platform, _ int) (*dockerui.BuildResult, error) {
	target := b.buildPlatform
	if platform != nil {
		target = platforms.Normalize(*platform)
	}
	p, err := b.plan(target)
	if err != nil {
		return nil, err
	}
	mainCtx, err := b.bc.MainContext(ctx)
	if err != nil {
		return nil, err
	}
	res, err := llbgen.Build(ctx, p, llbgen.Options{
		Target:    target,
		Build:     b.buildPlatform,
		Context:   *mainCtx,
		Image:     b.image,
		SourceMap: b.src.SourceMap,
		Lines:     b.lines,
		CacheNS:   b.bc.CacheIDNamespace,
		Epoch:     b.epoch,
		NoCache:   b.bc.IsNoCache(b.stageName()),
		Stage:     b.bc.Target,
		Network:   b.bc.NetworkMode,
	})
	if err != nil {
		return nil, err
	}
	for k, v := range b.bc.Labels {
		if res.Image.Config.Labels == nil {
			res.Image.Config.Labels = map[string]string{}
		}
		res.Image.Config.Labels[k] = v
	}
	def, err := res.State.Marshal(ctx, llb.Platform(target))
	if err != nil {
		return nil, err
	}
	r, err := b.c.Solve(ctx, client.SolveRequest{Definition: def.ToPB(), CacheImports: b.bc.CacheImports})
	if err != nil {
		return nil, err
	}
	ref, err := r.SingleRef()
	if err != nil {
		return nil, err
	}
	return &dockerui.BuildResult{Reference: ref, Image: res.Image, Epoch: b.epoch}, nil
}

func (b *builder) stageName() string {
	if b.bc.Target == "" {
		return plan.FinalStage
	}
	return b.bc.Target
}

// warn shows the plan's warnings in the build output, pointing at the
// app.toml line each one is about. Warnings do not depend on the target
// platform, so the build platform's plan is used.
func (b *builder) warn(ctx context.Context) error {
	p, err := b.plan(b.buildPlatform)
	if err != nil {
		return withSource(err, b.src.SourceMap)
	}
	for _, w := range p.Warnings {
		opts := client.WarnOpts{SourceInfo: sourceInfo(b.src.SourceMap), URL: ruleURL(w.Rule)}
		if r := b.spec.Range(w.Source); r.Start > 0 {
			opts.Range = []*pb.Range{lineRange(r.Start, r.End)}
		}
		b.src.Warn(ctx, warnText(b.spec, w), opts)
	}
	return nil
}

// lint answers `--check` (`--call check`): the plan's warnings by rule,
// each at the app.toml line it is about (see lintResults). A plan that
// fails is the check's error.
func (b *builder) lint(ctx context.Context) (*lint.LintResults, error) {
	p, err := b.planForCalls(ctx)
	if err != nil {
		return nil, err
	}
	return lintResults(b.spec, b.src.SourceMap, p.Warnings), nil
}

// lines maps an app.toml key to its line range for source maps.
func (b *builder) lines(key string) (int, int) {
	r := b.spec.Range(key)
	return r.Start, r.End
}

// targets answers `--call targets`: the stages a user can pick with
// --target.
func (b *builder) targets(ctx context.Context) (*targets.List, error) {
	p, err := b.planForCalls(ctx)
	if err != nil {
		return nil, err
	}
	list := &targets.List{Sources: [][]byte{b.src.Data}}
	for _, st := range p.Stages {
		list.Targets = append(list.Targets, targets.Target{Name: st.Name, Base: st.From.String(), Description: runNames(st)})
	}
	list.Targets = append(list.Targets, targets.Target{Name: plan.FinalStage, Base: p.Image.Base.String(), Default: true,
		Description: "the " + p.Preset + " app image"})
	return list, nil
}

// outline answers `--call outline`: what the build would do.
func (b *builder) outline(ctx context.Context) (*outline.Outline, error) {
	p, err := b.planForCalls(ctx)
	if err != nil {
		return nil, err
	}
	o := &outline.Outline{Name: b.stageName(), Description: "slimfront " + p.Preset + " preset", Sources: [][]byte{b.src.Data}}
	for _, m := range p.CacheMounts() {
		o.Cache = append(o.Cache, outline.CacheMount{ID: llbgen.CacheID(b.bc.CacheIDNamespace, m)})
	}
	for _, m := range p.SecretMounts() {
		o.Secrets = append(o.Secrets, outline.Secret{Name: m.SecretID, Required: false})
	}
	for _, name := range slices.Sorted(maps.Keys(b.spec.Args)) {
		o.Args = append(o.Args, outline.Arg{Name: name, Value: b.spec.Args[name], Description: "declared in [args]"})
	}
	o.Args = append(o.Args, outline.Arg{Name: "SOURCE_DATE_EPOCH", Description: "timestamp for reproducible images"})
	return o, nil
}

// runNames describes a stage by its commands: "npm ci; npm run build".
func runNames(st plan.Stage) string {
	names := make([]string, len(st.Runs))
	for i, r := range st.Runs {
		names[i] = r.Name
	}
	return strings.Join(names, "; ")
}

func (b *builder) planForCalls(ctx context.Context) (*plan.Plan, error) {
	if b.facts == nil {
		f, err := readFacts(ctx, b.bc, b.spec)
		if err != nil {
			return nil, err
		}
		b.facts = f
	}
	return b.plan(b.buildPlatform)
}

// buildPlatform is where builder stages run: the first build platform the
// daemon's workers report.
func buildPlatform(bc *dockerui.Client) (ocispecs.Platform, error) {
	if len(bc.BuildPlatforms) == 0 {
		return ocispecs.Platform{}, errors.New("the BuildKit daemon reported no build platform")
	}
	return platforms.Normalize(bc.BuildPlatforms[0]), nil
}

// sourceDateEpoch reads the SOURCE_DATE_EPOCH build arg.
func sourceDateEpoch(bc *dockerui.Client) (*time.Time, error) {
	v, ok := bc.BuildArgs["SOURCE_DATE_EPOCH"]
	if !ok || v == "" {
		return nil, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970: %w", v, err)
	}
	t := time.Unix(n, 0).UTC()
	return &t, nil
}
