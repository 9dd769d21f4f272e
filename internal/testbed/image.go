package testbed

import (
	"archive/tar"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"time"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

// Ref returns where a build should push an image called name (e.g.
// "go-api:test") so the bed can inspect and run it.
func (b *Bed) Ref(image string) string { return b.Registry + "/" + image }

// Image is an image in the bed's registry, read for assertions.
type Image struct {
	Ref      string
	Digest   v1.Hash
	Config   *v1.ConfigFile
	Manifest *v1.Manifest
	Layers   []Layer
	img      v1.Image
}

// Layer is one layer of an image.
type Layer struct {
	Digest v1.Hash // compressed, as in the manifest
	Size   int64   // compressed bytes
	Files  []File
}

// File is one entry of a layer's tar stream.
type File struct {
	Path     string // absolute, cleaned
	Size     int64
	Mode     int64
	UID, GID int
	Type     byte // tar type flag
	Linkname string
	ModTime  time.Time
}

// Size is the sum of the image's compressed layer sizes: what a registry
// stores and a pull downloads.
func (im *Image) Size() int64 {
	var n int64
	for _, l := range im.Layers {
		n += l.Size
	}
	return n
}

// Files lists every path in the image after applying layers in order,
// sorted. Whiteouts are honoured.
func (im *Image) Files() []File {
	byPath := map[string]File{}
	for _, l := range im.Layers {
		for _, f := range l.Files {
			dir, base := path.Split(f.Path)
			if base == ".wh..wh..opq" {
				for p := range byPath {
					if len(p) > len(dir) && p[:len(dir)] == dir {
						delete(byPath, p)
					}
				}
				continue
			}
			if len(base) > 4 && base[:4] == ".wh." {
				delete(byPath, path.Join(dir, base[4:]))
				continue
			}
			byPath[f.Path] = f
		}
	}
	out := make([]File, 0, len(byPath))
	for _, f := range byPath {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// ReadFile returns the content of an image file from the topmost layer
// holding it.
func (im *Image) ReadFile(p string) ([]byte, error) {
	layers, err := im.img.Layers()
	if err != nil {
		return nil, err
	}
	for i := len(layers) - 1; i >= 0; i-- {
		data, err := readFromLayer(layers[i], p)
		if err == nil {
			return data, nil
		}
		if !errors.Is(err, errNoFile) {
			return nil, err
		}
	}
	return nil, fmt.Errorf("%s: %w", p, errNoFile)
}

var errNoFile = errors.New("no such file in image")

func readFromLayer(l v1.Layer, p string) ([]byte, error) {
	var data []byte
	found := false
	err := eachEntry(l, func(h *tar.Header, r io.Reader) (bool, error) {
		if path.Join("/", h.Name) != p {
			return false, nil
		}
		found = true
		var err error
		data, err = io.ReadAll(r)
		return true, err
	})
	if err == nil && !found {
		err = errNoFile
	}
	return data, err
}

// eachEntry calls fn for each entry of a layer's tar stream until fn
// says stop.
func eachEntry(l v1.Layer, fn func(h *tar.Header, r io.Reader) (stop bool, err error)) error {
	rc, err := l.Uncompressed()
	if err != nil {
		return err
	}
	defer rc.Close()
	tr := tar.NewReader(rc)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if stop, err := fn(h, tr); stop || err != nil {
			return err
		}
	}
}

// Inspect reads an image (or, for an index, the manifest for platform,
// e.g. "linux/amd64"; "" picks the only one) from the bed's registry.
func (b *Bed) Inspect(ctx context.Context, ref, platform string) (*Image, error) {
	r, err := name.ParseReference(ref, name.Insecure)
	if err != nil {
		return nil, err
	}
	opts := []remote.Option{remote.WithContext(ctx)}
	if platform != "" {
		p, err := v1.ParsePlatform(platform)
		if err != nil {
			return nil, err
		}
		opts = append(opts, remote.WithPlatform(*p))
	}
	img, err := remote.Image(r, opts...)
	if err != nil {
		return nil, err
	}
	return inspect(ref, img)
}

// Index returns the platforms of a multi-platform image, in index order.
func (b *Bed) Index(ctx context.Context, ref string) ([]v1.Descriptor, error) {
	r, err := name.ParseReference(ref, name.Insecure)
	if err != nil {
		return nil, err
	}
	idx, err := remote.Index(r, remote.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	m, err := idx.IndexManifest()
	if err != nil {
		return nil, err
	}
	return m.Manifests, nil
}

func inspect(ref string, img v1.Image) (*Image, error) {
	im := &Image{Ref: ref, img: img}
	var err error
	if im.Digest, err = img.Digest(); err != nil {
		return nil, err
	}
	if im.Config, err = img.ConfigFile(); err != nil {
		return nil, err
	}
	if im.Manifest, err = img.Manifest(); err != nil {
		return nil, err
	}
	layers, err := img.Layers()
	if err != nil {
		return nil, err
	}
	for _, l := range layers {
		var ly Layer
		if ly.Digest, err = l.Digest(); err != nil {
			return nil, err
		}
		if ly.Size, err = l.Size(); err != nil {
			return nil, err
		}
		if ly.Files, err = layerFiles(l); err != nil {
			return nil, fmt.Errorf("layer %s: %w", ly.Digest, err)
		}
		im.Layers = append(im.Layers, ly)
	}
	return im, nil
}

func layerFiles(l v1.Layer) ([]File, error) {
	var files []File
	err := eachEntry(l, func(h *tar.Header, _ io.Reader) (bool, error) {
		files = append(files, File{
			Path: path.Join("/", h.Name), Size: h.Size, Mode: h.Mode,
			UID: h.Uid, GID: h.Gid, Type: h.Typeflag, Linkname: h.Linkname, ModTime: h.ModTime,
		})
		return false, nil
	})
	return files, err
}
