package testbed

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/moby/buildkit/client"
	gateway "github.com/moby/buildkit/frontend/gateway/client"
	"github.com/tonistiigi/fsutil"
	"golang.org/x/sync/errgroup"
)

// Buildx runs `docker buildx build` with args exactly as a user would type
// them, against the bed's builder, and returns its plain progress output.
func (b *Bed) Buildx(ctx context.Context, dir string, args ...string) (string, error) {
	return b.main.Buildx(ctx, dir, args...)
}

// SolveOptions describes an in-process build: the frontend runs inside
// the test binary, the daemon does the work.
type SolveOptions struct {
	// ContextDir is the build context; Filename is the app.toml path
	// relative to it (default "app.toml").
	ContextDir string
	Filename   string
	// Attrs are frontend options as buildx sends them ("build-arg:X",
	// "platform", "target", "no-cache", ...).
	Attrs map[string]string
	// Push, when set, exports the result to this image name in the bed's
	// registry; otherwise the result is only built.
	Push string
}

// solveOpt maps the options to the local mounts and frontend attributes
// buildx would send.
func (opts SolveOptions) solveOpt() (client.SolveOpt, error) {
	filename := opts.Filename
	if filename == "" {
		filename = "app.toml"
	}
	ctxFS, err := fsutil.NewFS(opts.ContextDir)
	if err != nil {
		return client.SolveOpt{}, err
	}
	fileFS, err := fsutil.NewFS(filepath.Dir(filepath.Join(opts.ContextDir, filename)))
	if err != nil {
		return client.SolveOpt{}, err
	}
	// source is what the gateway passes a frontend started by `# syntax=`:
	// its own image, which the static preset copies its server from.
	attrs := map[string]string{"filename": filepath.Base(filename), "source": FrontendImage}
	for k, v := range opts.Attrs {
		attrs[k] = v
	}
	return client.SolveOpt{
		FrontendAttrs: attrs,
		LocalMounts:   map[string]fsutil.FS{"context": ctxFS, "dockerfile": fileFS},
	}, nil
}

// Vertex is one step of a build as the progress stream reported it.
type Vertex struct {
	Name   string
	Cached bool
	Error  string
	Logs   string // what the step printed
}

// SolveResult is what an in-process build produced.
type SolveResult struct {
	Response *client.SolveResponse
	Vertices []Vertex // sorted by name
}

// Solve builds with build (a frontend's gateway.BuildFunc) in-process.
func (b *Bed) Solve(ctx context.Context, opts SolveOptions, build gateway.BuildFunc) (*SolveResult, error) {
	so, err := opts.solveOpt()
	if err != nil {
		return nil, err
	}
	if opts.Push != "" {
		so.Exports = []client.ExportEntry{{Type: client.ExporterImage, Attrs: map[string]string{
			"name": opts.Push, "push": "true", "registry.insecure": "true",
		}}}
	}
	ch := make(chan *client.SolveStatus)
	var res SolveResult
	eg, ctx := errgroup.WithContext(ctx)
	eg.Go(func() error {
		var err error
		res.Response, err = b.main.client.Build(ctx, so, "slimfront-test", build, ch)
		return err
	})
	eg.Go(func() error {
		res.Vertices = collectVertices(ch)
		return nil
	})
	if err := eg.Wait(); err != nil {
		return &res, err
	}
	return &res, nil
}

// collectVertices drains a progress stream into one entry per vertex.
func collectVertices(ch chan *client.SolveStatus) []Vertex {
	byDigest := map[string]*Vertex{}
	for st := range ch {
		for _, v := range st.Vertexes {
			e, ok := byDigest[v.Digest.String()]
			if !ok {
				e = &Vertex{}
				byDigest[v.Digest.String()] = e
			}
			e.Name = v.Name
			e.Cached = e.Cached || v.Cached
			if v.Error != "" {
				e.Error = v.Error
			}
		}
		for _, l := range st.Logs {
			e, ok := byDigest[l.Vertex.String()]
			if !ok {
				e = &Vertex{}
				byDigest[l.Vertex.String()] = e
			}
			e.Logs += string(l.Data)
		}
	}
	out := make([]Vertex, 0, len(byDigest))
	for _, v := range byDigest {
		out = append(out, *v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Step returns the vertex whose name contains s, or nil.
func (r *SolveResult) Step(s string) *Vertex {
	for i := range r.Vertices {
		if strings.Contains(r.Vertices[i].Name, s) {
			return &r.Vertices[i]
		}
	}
	return nil
}

// ExportOCI builds like Solve and writes the result as an OCI layout
// tarball to dest.
func (b *Bed) ExportOCI(ctx context.Context, opts SolveOptions, build gateway.BuildFunc, dest string) error {
	f, err := os.Create(dest)
	if err != nil {
		return err
	}
	defer f.Close()
	so, err := opts.solveOpt()
	if err != nil {
		return err
	}
	so.Exports = []client.ExportEntry{{Type: client.ExporterOCI, Output: func(map[string]string) (io.WriteCloser, error) {
		return nopCloser{f}, nil
	}}}
	_, err = b.main.client.Build(ctx, so, "slimfront-test", build, nil)
	return err
}

type nopCloser struct{ *os.File }

func (nopCloser) Close() error { return nil }

// FrontendImage is the name `# syntax=org/slimfront` resolves to; on the
// bed, docker.io is mirrored to the bed's registry.
const FrontendImage = "org/slimfront:latest"

// BuildFrontend builds the frontend image from the repository's root
// Dockerfile and pushes it to the bed as docker.io/org/slimfront, so
// builds on the bed run this checkout's frontend.
func (b *Bed) BuildFrontend(ctx context.Context, repoRoot, version string) error {
	_, err := b.Buildx(ctx, repoRoot, "--push", "-t", b.Ref(FrontendImage), "--build-arg", "VERSION="+version, ".")
	return err
}
