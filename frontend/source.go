package frontend

import (
	"context"
	"io/fs"
	"path"
	"testing/fstest"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/frontend/dockerui"
	"github.com/moby/buildkit/frontend/gateway/client"

	"github.com/slimfront/slimfront/presets"
	"github.com/slimfront/slimfront/spec"
)

// sourceFS is the part of the build context presets read facts from
// (go.mod, package.json, lockfiles, the entrypoint's files), held in
// memory.
type sourceFS struct {
	fs fs.FS
}

// readFacts transfers only the files presets may read (a few KB, not the
// whole context) and loads them into memory, in the rounds
// presets.ReadFacts asks for.
func readFacts(ctx context.Context, bc *dockerui.Client, s *spec.Spec) (*sourceFS, error) {
	m, err := presets.ReadFacts(s, func(patterns []string) (fs.FS, error) { return transfer(ctx, bc, patterns) })
	if err != nil {
		return nil, err
	}
	return &sourceFS{fs: m}, nil
}

// transfer reads the context files matching patterns into memory.
func transfer(ctx context.Context, bc *dockerui.Client, patterns []string) (fstest.MapFS, error) {
	st, err := bc.MainContext(ctx, llb.IncludePatterns(patterns), llb.WithCustomName("[slimfront] read the manifests"))
	if err != nil {
		return nil, err
	}
	def, err := st.Marshal(ctx)
	if err != nil {
		return nil, err
	}
	c := bc.GatewayClient()
	res, err := c.Solve(ctx, client.SolveRequest{Definition: def.ToPB()})
	if err != nil {
		return nil, err
	}
	ref, err := res.SingleRef()
	if err != nil {
		return nil, err
	}
	m := fstest.MapFS{}
	if err := walk(ctx, ref, "", m); err != nil {
		return nil, err
	}
	return m, nil
}

func walk(ctx context.Context, ref client.Reference, dir string, m fstest.MapFS) error {
	entries, err := ref.ReadDir(ctx, client.ReadDirRequest{Path: "/" + dir})
	if err != nil {
		return err
	}
	for _, e := range entries {
		p := path.Join(dir, e.Path)
		mode := fs.FileMode(e.Mode)
		switch {
		case mode.IsDir():
			m[p] = &fstest.MapFile{Mode: fs.ModeDir | 0o755}
			if err := walk(ctx, ref, p, m); err != nil {
				return err
			}
		case mode.IsRegular():
			data, err := ref.ReadFile(ctx, client.ReadRequest{Filename: "/" + p})
			if err != nil {
				return err
			}
			m[p] = &fstest.MapFile{Data: data, Mode: 0o644}
		}
	}
	return nil
}
