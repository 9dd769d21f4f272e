package llbgen

import (
	"context"
	"fmt"
	"os"
	"path"
	"time"

	"github.com/moby/buildkit/client/llb"
	dockerspec "github.com/moby/docker-image-spec/specs-go/v1"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/slimfront/slimfront/plan"
)

// final assembles the final image: each layer is built on its own empty
// filesystem and merged onto the base, so a layer that holds the same bytes
// in two apps (passwd, CA bundle, zoneinfo) has the same digest in both.
func (g *gen) final(ctx context.Context) (*Result, error) {
	im := g.p.Image
	inputs := []llb.State{}
	var baseImg *dockerspec.DockerOCIImage
	if im.Base.Kind == plan.RefImage {
		st, img, err := g.opt.Image(ctx, im.Base.Name, g.opt.Target)
		if err != nil {
			return nil, fmt.Errorf("final image base: %w", err)
		}
		inputs = append(inputs, st)
		baseImg = img
	}
	created := g.fileTime()
	var history []ocispecs.History
	if baseImg != nil {
		history = append(history, baseImg.History...)
	}
	for _, l := range im.Layers {
		st, err := g.layer(ctx, l, created)
		if err != nil {
			return nil, fmt.Errorf("layer %s: %w", l.Name, err)
		}
		inputs = append(inputs, st)
		history = append(history, ocispecs.History{
			Created:   g.opt.Epoch,
			CreatedBy: "slimfront " + g.p.Preset + ": " + l.Name,
			Comment:   "slimfront",
		})
	}
	st := llb.Merge(inputs, g.constraints("assemble image", "")...)
	img := g.imageConfig(baseImg)
	img.History = history
	return &Result{State: st, Image: img}, nil
}

// layer builds one layer on scratch: its copies in order, then its files.
func (g *gen) layer(ctx context.Context, l plan.Layer, created time.Time) (llb.State, error) {
	var fa *llb.FileAction // a nil action's methods start a new chain
	key := ""
	for _, c := range l.Copies {
		from, dir, err := g.copySource(ctx, c)
		if err != nil {
			return llb.State{}, err
		}
		fa = copyPaths(fa, from, dir, c.Dest, c.Paths, c.Exclude, &created)
		if key == "" {
			key = c.Source
		}
	}
	if len(l.Files) > 0 {
		// Writing a file into a directory sets the directory's mtime to
		// now, whatever time it was made with. So the files are written
		// elsewhere and copied in: the copy stamps every entry, directories
		// included, with the fixed time, and the layer's digest is the same
		// in every build.
		var gen *llb.FileAction
		for _, f := range l.Files {
			gen = gen.Mkdir(path.Dir(f.Path), 0o755, llb.WithParents(true)).
				Mkfile(f.Path, os.FileMode(f.Mode), []byte(f.Content))
		}
		files := llb.Scratch().File(gen, g.constraints(l.Name+" (write)", "")...)
		fa = fa.Copy(files, "/", "/", &llb.CopyInfo{CopyDirContentsOnly: true, CreatedTime: &created})
	}
	if fa == nil {
		return llb.State{}, fmt.Errorf("empty layer")
	}
	return llb.Scratch().File(fa, g.constraints(l.Name, key)...), nil
}

// copySource is the state a copy reads and the directory in it, as
// plan.CopySource resolves it.
func (g *gen) copySource(ctx context.Context, c plan.Copy) (llb.State, string, error) {
	src, err := g.p.CopySource(c)
	if err != nil {
		return llb.State{}, "", err
	}
	switch {
	case src.Kind == plan.RefImage:
		// Only platform-independent files come from images here, so they
		// are read on the build platform: one pull, identical layers for
		// every target.
		st, _, err := g.opt.Image(ctx, c.From.Name, g.opt.Build)
		return st, src.Dir, err
	case src.Kind == plan.RefContext:
		return g.opt.Context, src.Dir, nil
	case src.Output:
		return g.outputs[src.Stage.Name], src.Dir, nil
	}
	return g.roots[src.Stage.Name], src.Dir, nil
}

// imageConfig is the OCI/Docker config of the final image: the base's
// environment under the plan's, exec-form entrypoint, and the rest from
// the plan.
func (g *gen) imageConfig(base *dockerspec.DockerOCIImage) *dockerspec.DockerOCIImage {
	c := g.p.Image.Config
	img := &dockerspec.DockerOCIImage{}
	img.Platform = g.opt.Target
	img.RootFS.Type = "layers"
	var baseEnv []string
	if base != nil {
		baseEnv = base.Config.Env
	}
	img.Config.Env = plan.Env(plan.EnvMap(baseEnv, c.Env))
	img.Config.Entrypoint = c.Entrypoint
	img.Config.Cmd = c.Cmd
	img.Config.User = c.User
	img.Config.WorkingDir = c.Workdir
	if len(c.Labels) > 0 {
		img.Config.Labels = map[string]string{}
		for k, v := range c.Labels {
			img.Config.Labels[k] = v
		}
	}
	if len(c.Ports) > 0 {
		img.Config.ExposedPorts = map[string]struct{}{}
		for _, p := range c.Ports {
			img.Config.ExposedPorts[p] = struct{}{}
		}
	}
	if h := c.Healthcheck; h != nil {
		img.Config.Healthcheck = &dockerspec.HealthcheckConfig{
			Test:        append([]string{"CMD"}, h.Test...),
			Interval:    time.Duration(h.Interval),
			Timeout:     time.Duration(h.Timeout),
			StartPeriod: time.Duration(h.StartPeriod),
			Retries:     h.Retries,
		}
	}
	return img
}
