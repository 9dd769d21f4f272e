package testbed

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

// CacheRef returns a registry build cache ref in the bed's registry, for
// `--cache-to type=registry,ref=...` on one daemon and `--cache-from
// type=registry,ref=...` on another.
func (b *Bed) CacheRef(name string) string { return b.Registry + "/cache/" + name + ":latest" }

// RefSize returns the bytes the bed's registry stores for what ref points
// to: its manifest or index, and every manifest and blob that references,
// recursively, each counted once. For a build cache this is the cache's
// cost in a real registry; it counts the base image layers a mode=max
// cache carries, not only the layers the build made. Non-distributable
// (foreign) layers, which registries do not store, are not counted.
func (b *Bed) RefSize(ctx context.Context, ref string) (int64, error) {
	r, err := name.ParseReference(ref, name.Insecure)
	if err != nil {
		return 0, err
	}
	return b.manifestSize(ctx, r, map[v1.Hash]bool{})
}

// manifestSize adds up one manifest and what it references that seen does
// not hold yet.
func (b *Bed) manifestSize(ctx context.Context, ref name.Reference, seen map[v1.Hash]bool) (int64, error) {
	desc, err := remote.Get(ref, remote.WithContext(ctx))
	if err != nil {
		return 0, fmt.Errorf("registry size of %s: %w", ref, err)
	}
	if seen[desc.Digest] {
		return 0, nil
	}
	seen[desc.Digest] = true
	// An index lists manifests (or, for a BuildKit cache, layers and the
	// cache config); an image manifest lists a config and layers.
	var m struct {
		Manifests []v1.Descriptor `json:"manifests"`
		Config    *v1.Descriptor  `json:"config"`
		Layers    []v1.Descriptor `json:"layers"`
	}
	if err := json.Unmarshal(desc.Manifest, &m); err != nil {
		return 0, fmt.Errorf("registry size of %s: %s: %w", ref, desc.MediaType, err)
	}
	children := append(m.Manifests, m.Layers...)
	if m.Config != nil {
		children = append(children, *m.Config)
	}
	total := int64(len(desc.Manifest))
	repo := ref.Context()
	for _, c := range children {
		if seen[c.Digest] || !c.MediaType.IsDistributable() {
			continue
		}
		if c.MediaType.IsIndex() || c.MediaType.IsImage() {
			n, err := b.manifestSize(ctx, repo.Digest(c.Digest.String()), seen)
			if err != nil {
				return 0, err
			}
			total += n
			continue
		}
		seen[c.Digest] = true
		// What the registry holds, not what the descriptor claims: a blob
		// the manifest names but nobody pushed is an error, not a size.
		n, err := b.reg.blobs.Stat(ctx, repo.RepositoryStr(), c.Digest)
		if err != nil {
			return 0, fmt.Errorf("registry size of %s: blob %s (%s): %w", ref, c.Digest, c.MediaType, err)
		}
		total += n
	}
	return total, nil
}
