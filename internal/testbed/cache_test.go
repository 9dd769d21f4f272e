package testbed

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

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

// A registry cache crosses machines: what the main daemon exports with
// mode=max, a second, empty daemon on the same registry imports, and it
// runs no step again; the layer it pushes is the very one the first made.
// Both shapes of cache manifest: BuildKit's default (an image manifest
// whose config is the cache config) and image-manifest=false (an index).
func TestRegistryCacheCrossesDaemons(t *testing.T) {
	b := startBed(t)
	for _, c := range []struct {
		name, attrs string
		mediaType   types.MediaType
	}{
		{"manifest", "", types.OCIManifestSchema1},
		{"index", ",image-manifest=false", types.OCIImageIndex},
	} {
		t.Run(c.name, func(t *testing.T) {
			cache := b.CacheRef("crosses-" + c.name)
			a, d := buildAcrossDaemons(t, b, c.name, "--cache-to", "type=registry,ref="+cache+",mode=max"+c.attrs, "--cache-from", "type=registry,ref="+cache)
			size, err := b.RefSize(context.Background(), cache)
			if err != nil {
				t.Fatal(err)
			}
			if size <= 0 {
				t.Fatalf("RefSize(%s) = %d", cache, size)
			}
			t.Logf("registry cache %s: %d bytes", cache, size)
			r, _ := name.ParseReference(cache, name.Insecure)
			if desc, err := remote.Head(r); err != nil || desc.MediaType != c.mediaType {
				t.Errorf("cache manifest: %v, %v; want a %s", desc, err, c.mediaType)
			}
			if la, ld := a.Layers[len(a.Layers)-1].Digest, d.Layers[len(d.Layers)-1].Digest; la != ld {
				t.Errorf("the RUN layer differs: main daemon %s, daemon %s", la, ld)
			}
		})
	}
}

// buildAcrossDaemons builds one RUN step on the main daemon with toArgs,
// then on a new daemon named name with fromArgs, asserts that the step ran
// on the first and was CACHED on the second with the same result, and
// returns the image each pushed.
func buildAcrossDaemons(t *testing.T, b *Bed, name string, cacheTo, to, cacheFrom, from string) (*Image, *Image) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	// The nonce keeps the step out of any cache but the one exported here;
	// the stamp differs between two runs of it.
	nonce := strconv.FormatInt(time.Now().UnixNano(), 36)
	step := "RUN echo " + nonce
	df := "FROM " + DebianTags[len(DebianTags)-1] + "\n" + step + " > /nonce && date +%s%N > /stamp\n"
	if err := os.WriteFile(filepath.Join(dir, "Dockerfile"), []byte(df), 0o644); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	out, err := b.Buildx(ctx, dir, cacheTo, to, "--push", "-t", b.Ref(name+"-a:latest"), ".")
	if err != nil {
		t.Fatal(err)
	}
	if found, cached := stepCached(out, step); !found || cached {
		t.Fatalf("on the main daemon the RUN step was found=%v cached=%v, want a fresh run:\n%s", found, cached, out)
	}
	t.Logf("main daemon: build and cache export in %.1fs", time.Since(start).Seconds())

	start = time.Now()
	d, err := b.StartDaemon(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Stop()
	t.Logf("daemon %s up in %.1fs", name, time.Since(start).Seconds())
	start = time.Now()
	out, err = d.Buildx(ctx, dir, cacheFrom, from, "--push", "-t", b.Ref(name+"-b:latest"), ".")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("daemon %s: build from the cache in %.1fs", name, time.Since(start).Seconds())
	if found, cached := stepCached(out, step); !found || !cached {
		t.Fatalf("on the empty daemon %s the RUN step was found=%v cached=%v, want CACHED:\n%s", name, found, cached, out)
	}

	ia, err := b.Inspect(ctx, b.Ref(name+"-a:latest"), "")
	if err != nil {
		t.Fatal(err)
	}
	ib, err := b.Inspect(ctx, b.Ref(name+"-b:latest"), "")
	if err != nil {
		t.Fatal(err)
	}
	stampA, errA := ia.ReadFile("/stamp")
	stampB, errB := ib.ReadFile("/stamp")
	if errA != nil || errB != nil || len(stampA) == 0 || !bytes.Equal(stampA, stampB) {
		t.Errorf("/stamp: main daemon %q (%v), daemon %s %q (%v): want one run's", stampA, errA, name, stampB, errB)
	}
	return ia, ib
}

// stepCached reports whether buildx's plain progress names a step
// containing part, and whether it shows that step as CACHED.
func stepCached(out, part string) (found, cached bool) {
	ids := map[string]bool{}
	lines := strings.Split(out, "\n")
	for _, line := range lines {
		if id, rest, ok := strings.Cut(line, " "); ok && strings.HasPrefix(id, "#") && strings.HasPrefix(rest, "[") && strings.Contains(rest, part) {
			ids[id] = true
		}
	}
	for _, line := range lines {
		if id, rest, ok := strings.Cut(line, " "); ok && ids[id] && rest == "CACHED" {
			cached = true
		}
	}
	return len(ids) > 0, cached
}
