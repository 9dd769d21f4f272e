package llbgen

import (
	"context"
	"fmt"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/moby/buildkit/client/llb"
	dockerspec "github.com/moby/docker-image-spec/specs-go/v1"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/slimfront/slimfront/plan"
)

// stage builds one builder stage on the build platform: its base, its
// inputs copied from the context into a layer (so the command's cache key
// depends on them alone), and its command with mounts.
func (g *gen) stage(ctx context.Context, s plan.Stage) error {
	base, ok := g.roots[s.From]
	if !ok {
		st, _, err := g.opt.Image(ctx, s.From, g.opt.Build)
		if err != nil {
			return fmt.Errorf("stage %s: %w", s.Name, err)
		}
		base = st
	}
	base = base.Dir(s.Workdir)
	if len(s.Inputs) > 0 {
		base = base.File(llb.Copy(g.opt.Context, "/", s.Workdir+"/", &llb.CopyInfo{
			IncludePatterns:     s.Inputs,
			CopyDirContentsOnly: true,
			CreateDestPath:      true,
			AllowWildcard:       true,
			AllowEmptyWildcard:  true,
		}), g.constraints("copy "+strings.Join(s.Inputs, " "), s.Run.Source)...)
	}

	opts := []llb.RunOption{llb.Args(s.Run.Args), llb.Network(g.opt.Network)}
	for _, kv := range s.Run.Env {
		k, v, _ := strings.Cut(kv, "=")
		opts = append(opts, llb.AddEnv(k, v))
	}
	outputTarget := outputMount(s)
	// Only steps that make an artifact see the epoch: giving it to the
	// dependency step would re-run it for every new commit time.
	if g.opt.Epoch != nil && outputTarget != "" {
		opts = append(opts, llb.AddEnv("SOURCE_DATE_EPOCH", strconv.FormatInt(g.opt.Epoch.Unix(), 10)))
	}
	if g.opt.NoCache {
		opts = append(opts, llb.IgnoreCache)
	}
	for _, m := range s.Run.Mounts {
		switch m.Type {
		case plan.MountCache:
			opts = append(opts, llb.AddMount(m.Target, llb.Scratch(),
				llb.AsPersistentCacheDir(CacheID(g.opt.CacheNS, m), llb.CacheMountShared)))
		case plan.MountContext:
			opts = append(opts, llb.AddMount(m.Target, g.opt.Context, llb.Readonly))
		case plan.MountOutput:
			// made below, from the exec state
		default:
			return fmt.Errorf("stage %s: unknown mount type %q", s.Name, m.Type)
		}
	}
	for _, c := range g.constraints(s.Run.Name, s.Run.Source) {
		opts = append(opts, c)
	}
	exec := base.Run(opts...)
	g.roots[s.Name] = exec.Root()
	if outputTarget != "" {
		g.outputs[s.Name] = exec.AddMount(outputTarget, llb.Scratch())
	}
	return nil
}

// outputMount is the target of a stage's output mount, or "".
func outputMount(s plan.Stage) string {
	for _, m := range s.Run.Mounts {
		if m.Type == plan.MountOutput {
			return m.Target
		}
	}
	return ""
}

// CacheID is the BuildKit cache mount ID of m: its CacheName, under "<ns>/"
// when BUILDKIT_CACHE_MOUNT_NS is set, as BuildKit's own Dockerfile
// frontend does, so an ejected Dockerfile shares the same caches.
func CacheID(ns string, m plan.Mount) string {
	if ns == "" {
		return m.CacheName()
	}
	return ns + "/" + m.CacheName()
}

// stageResult is what `--target <stage>` exports: the stage's output when
// it has one (the artifact alone), else its filesystem.
func (g *gen) stageResult(s plan.Stage) *Result {
	st, ok := g.outputs[s.Name]
	if !ok {
		st = g.roots[s.Name]
	}
	img := &dockerspec.DockerOCIImage{Image: ocispecs.Image{Platform: g.opt.Target}}
	img.Config.WorkingDir = "/"
	return &Result{State: st, Image: img}
}

// copyPaths copies each of paths from src/<p> to dest/<p> in one file op,
// like cp -a onto a path that does not exist yet; created, when set, is the
// time stamped on everything copied.
func copyPaths(from llb.State, src, dest string, paths []string, created *time.Time) *llb.FileAction {
	var fa *llb.FileAction // a nil action's methods start a new chain
	for _, p := range paths {
		fa = fa.Copy(from, path.Join(src, p), path.Join(dest, p), &llb.CopyInfo{CreateDestPath: true, CreatedTime: created})
	}
	return fa
}
