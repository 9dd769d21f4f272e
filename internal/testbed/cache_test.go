package testbed

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/static"
	"github.com/google/go-containerregistry/pkg/v1/types"
)

// cacheConfigType is the media type of a BuildKit cache's config blob.
const cacheConfigType types.MediaType = "application/vnd.buildkit.cacheconfig.v0"

// rawManifest pushes bytes as a manifest of any media type, as BuildKit's
// cache exporter does.
type rawManifest struct {
	body []byte
	mt   types.MediaType
}

func (r rawManifest) RawManifest() ([]byte, error)        { return r.body, nil }
func (r rawManifest) MediaType() (types.MediaType, error) { return r.mt, nil }

// pushBlob pushes data as a blob of media type mt and returns its
// descriptor.
func pushBlob(t *testing.T, repo name.Repository, data string, mt types.MediaType) v1.Descriptor {
	t.Helper()
	l := static.NewLayer([]byte(data), mt)
	if err := remote.WriteLayer(repo, l); err != nil {
		t.Fatalf("push blob %s: %v", mt, err)
	}
	h, _ := l.Digest()
	return v1.Descriptor{MediaType: mt, Digest: h, Size: int64(len(data))}
}

// pushManifest pushes v as a manifest of media type mt to ref and returns
// its descriptor.
func pushManifest(t *testing.T, ref name.Reference, v any, mt types.MediaType) v1.Descriptor {
	t.Helper()
	body, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := remote.Put(ref, rawManifest{body, mt}); err != nil {
		t.Fatalf("the registry refused a %s: %v", mt, err)
	}
	h, _, _ := v1.SHA256(strings.NewReader(string(body)))
	return v1.Descriptor{MediaType: mt, Digest: h, Size: int64(len(body))}
}

// The registry takes both shapes of BuildKit registry cache (an index
// listing layers and the cache config; an image manifest whose config is
// the cache config), and RefSize counts each manifest and blob once.
func TestRefSizeOfBuildKitCaches(t *testing.T) {
	reg, err := startRegistry(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer reg.close()
	b := &Bed{Registry: reg.Addr, reg: reg}
	ctx := context.Background()
	repo, err := name.NewRepository(reg.Addr+"/cache/unit", name.Insecure)
	if err != nil {
		t.Fatal(err)
	}

	l1 := pushBlob(t, repo, "layer one", types.OCILayer)
	l2 := pushBlob(t, repo, "the second layer", types.OCILayerZStd)
	cfg := pushBlob(t, repo, `{"layers":[],"records":[]}`, cacheConfigType)
	blobs := l1.Size + l2.Size + cfg.Size

	// type=registry's default: an OCI index whose entries are the blobs.
	index := pushManifest(t, repo.Tag("index"), v1.IndexManifest{
		SchemaVersion: 2, MediaType: types.OCIImageIndex, Manifests: []v1.Descriptor{l1, l2, cfg},
	}, types.OCIImageIndex)
	// image-manifest=true: an image manifest with the cache config.
	image := pushManifest(t, repo.Tag("image"), v1.Manifest{
		SchemaVersion: 2, MediaType: types.OCIManifestSchema1, Config: cfg, Layers: []v1.Descriptor{l1, l2},
	}, types.OCIManifestSchema1)
	// An index over that manifest and a layer it already names.
	nested := pushManifest(t, repo.Tag("nested"), v1.IndexManifest{
		SchemaVersion: 2, MediaType: types.OCIImageIndex, Manifests: []v1.Descriptor{image, l1},
	}, types.OCIImageIndex)

	for tag, want := range map[string]int64{
		"index":  index.Size + blobs,
		"image":  image.Size + blobs,
		"nested": nested.Size + image.Size + blobs,
	} {
		got, err := b.RefSize(ctx, repo.Tag(tag).String())
		if err != nil {
			t.Errorf("RefSize(%s): %v", tag, err)
		} else if got != want {
			t.Errorf("RefSize(%s) = %d, want %d", tag, got, want)
		}
	}

	// A manifest naming a blob nobody pushed has no size.
	missing := v1.Descriptor{MediaType: types.OCILayer, Digest: v1.Hash{Algorithm: "sha256", Hex: strings.Repeat("0", 64)}, Size: 1}
	pushManifest(t, repo.Tag("broken"), v1.IndexManifest{
		SchemaVersion: 2, MediaType: types.OCIImageIndex, Manifests: []v1.Descriptor{cfg, missing},
	}, types.OCIImageIndex)
	if _, err := b.RefSize(ctx, repo.Tag("broken").String()); err == nil || !strings.Contains(err.Error(), missing.Digest.String()) {
		t.Errorf("RefSize of a cache with a missing blob = %v", err)
	}
	if _, err := b.RefSize(ctx, repo.Tag("absent").String()); err == nil {
		t.Error("RefSize of an absent tag succeeded")
	}
}

func TestCacheRef(t *testing.T) {
	b := &Bed{Registry: "127.0.0.1:4321"}
	if got := b.CacheRef("go-api"); got != "127.0.0.1:4321/cache/go-api:latest" {
		t.Errorf("CacheRef = %s", got)
	}
}
