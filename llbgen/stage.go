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

// stage builds one builder stage: its base, its inputs copied from the
// context into a layer (so its commands' cache keys depend on them
// alone), then its commands in order, each with its mounts.
func (g *gen) stage(ctx context.Context, s plan.Stage) error {
	platform := g.opt.Build
	if s.Platform == plan.TargetPlatform {
		platform = g.opt.Target
	}
	var base llb.State
	switch s.From.Kind {
	case plan.RefStage:
		base = g.roots[s.From.Name]
	case plan.RefScratch:
		base = llb.Scratch().Platform(platform)
	default:
		st, _, err := g.opt.Image(ctx, s.From.Name, platform)
		if err != nil {
			return fmt.Errorf("stage %s: %w", s.Name, err)
		}
		base = st
	}
	base = base.Dir(s.Workdir)
	for _, kv := range s.Env {
		k, v, _ := strings.Cut(kv, "=")
		base = base.AddEnv(k, plan.ExpandTarget(v, g.opt.Target.OS, g.opt.Target.Architecture))
	}
	if in := s.Inputs; !in.IsZero() {
		info := &llb.CopyInfo{
			CopyDirContentsOnly: true,
			CreateDestPath:      true,
			AllowWildcard:       true,
			AllowEmptyWildcard:  true,
			ExcludePatterns:     in.Exclude,
		}
		what := "copy the source"
		if !in.All {
			info.IncludePatterns = in.Paths
			what = "copy " + strings.Join(in.Paths, " ")
		}
		key := ""
		if len(s.Runs) > 0 {
			key = s.Runs[0].Source
		}
		base = base.File(llb.Copy(g.opt.Context, "/", s.Workdir+"/", info), g.constraints(what, key)...)
	}

	epoch := g.opt.Epoch != nil && s.SeesSource()
	for _, r := range s.Runs {
		exec, err := g.run(ctx, base, s, r, epoch)
		if err != nil {
			return err
		}
		base = exec.Root()
		for _, m := range r.Mounts {
			if m.Type == plan.MountOutput {
				g.outputs[s.Name] = exec.GetMount(m.Target)
			}
		}
	}
	g.roots[s.Name] = base
	return nil
}

// run adds one command of stage s on base.
func (g *gen) run(ctx context.Context, base llb.State, s plan.Stage, r plan.Run, epoch bool) (llb.ExecState, error) {
	opts := []llb.RunOption{llb.Args(r.Args), llb.Network(g.opt.Network)}
	if epoch {
		opts = append(opts, llb.AddEnv("SOURCE_DATE_EPOCH", strconv.FormatInt(g.opt.Epoch.Unix(), 10)))
	}
	if g.opt.NoCache {
		opts = append(opts, llb.IgnoreCache)
	}
	for _, m := range r.Mounts {
		switch m.Type {
		case plan.MountCache:
			seed, mopts := llb.Scratch(), []llb.MountOption{llb.AsPersistentCacheDir(CacheID(g.opt.CacheNS, m), llb.CacheMountShared)}
			if m.From != "" {
				// A new cache starts as a copy of the stage's directory.
				seed = g.roots[m.From]
				mopts = append(mopts, llb.SourcePath(m.Source))
			}
			opts = append(opts, llb.AddMount(m.Target, seed, mopts...))
		case plan.MountContext:
			opts = append(opts, llb.AddMount(m.Target, g.opt.Context, llb.Readonly))
		case plan.MountOutput:
			opts = append(opts, llb.AddMount(m.Target, llb.Scratch()))
		case plan.MountImage:
			// On the build platform, like the images copies read: a tool
			// for the builder, whatever the target.
			img, _, err := g.opt.Image(ctx, m.Image, g.opt.Build)
			if err != nil {
				return llb.ExecState{}, fmt.Errorf("stage %s: %w", s.Name, err)
			}
			opts = append(opts, llb.AddMount(m.Target, img, llb.SourcePath(m.Source), llb.Readonly))
		case plan.MountStage:
			opts = append(opts, llb.AddMount(m.Target, g.roots[m.From], llb.SourcePath(m.Source), llb.Readonly))
		case plan.MountSecret:
			// Optional: a build without --secret still works against a
			// public registry. The secret's value is never part of the
			// cache key.
			opts = append(opts, llb.AddSecret(m.Target, llb.SecretID(m.SecretID), llb.SecretOptional))
		default:
			return llb.ExecState{}, fmt.Errorf("stage %s: unknown mount type %q", s.Name, m.Type)
		}
	}
	for _, c := range g.constraints(r.Name, r.Source) {
		opts = append(opts, c)
	}
	return base.Run(opts...), nil
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
// like cp -a onto a path that does not exist yet ("." copies src's
// contents into dest); created, when set, is the time stamped on
// everything copied.
func copyPaths(fa *llb.FileAction, from llb.State, src, dest string, paths, exclude []string, created *time.Time) *llb.FileAction {
	for _, p := range paths {
		fa = fa.Copy(from, path.Join(src, p), path.Join(dest, p), &llb.CopyInfo{
			CreateDestPath:      true,
			CopyDirContentsOnly: p == ".",
			ExcludePatterns:     exclude,
			CreatedTime:         created,
		})
	}
	return fa
}
