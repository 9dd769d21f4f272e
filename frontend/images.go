package frontend

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/distribution/reference"
	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/client/llb/sourceresolver"
	"github.com/moby/buildkit/frontend/dockerui"
	dockerspec "github.com/moby/docker-image-spec/specs-go/v1"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"
)

// image resolves an image for llbgen. A named context of the same name
// (`--build-context golang:1.26-trixie=docker-image://...`) wins, so any
// base image can be overridden; otherwise the image's config is resolved
// and its digest pinned, so the LLB names exactly what was resolved.
func (b *builder) image(ctx context.Context, ref string, p ocispecs.Platform) (llb.State, *dockerspec.DockerOCIImage, error) {
	nc, err := b.bc.NamedContext(ref, dockerui.ContextOpt{Platform: &p, ResolveMode: b.bc.ImageResolveMode.String()})
	if err != nil {
		return llb.State{}, nil, err
	}
	if nc != nil {
		st, img, err := nc.Load(ctx)
		if err != nil {
			return llb.State{}, nil, err
		}
		return *st, img, nil
	}
	named, err := reference.ParseNormalizedNamed(ref)
	if err != nil {
		return llb.State{}, nil, fmt.Errorf("image %q: %w", ref, err)
	}
	_, dgst, cfg, err := b.c.ResolveImageConfig(ctx, named.String(), sourceresolver.Opt{
		ImageOpt: &sourceresolver.ResolveImageOpt{Platform: &p, ResolveMode: b.bc.ImageResolveMode.String()},
	})
	if err != nil {
		return llb.State{}, nil, fmt.Errorf("resolve image %s: %w", named, err)
	}
	var img dockerspec.DockerOCIImage
	if err := json.Unmarshal(cfg, &img); err != nil {
		return llb.State{}, nil, fmt.Errorf("image %s: bad config: %w", named, err)
	}
	pinned, err := reference.WithDigest(named, dgst)
	if err != nil {
		return llb.State{}, nil, err
	}
	st, err := llb.Image(pinned.String(), llb.Platform(p), b.bc.ImageResolveMode, llb.WithCustomName("[slimfront] "+reference.FamiliarString(named))).WithImageConfig(cfg)
	if err != nil {
		return llb.State{}, nil, err
	}
	return st, &img, nil
}
