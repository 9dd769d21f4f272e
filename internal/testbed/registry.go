package testbed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/registry"
	v1 "github.com/google/go-containerregistry/pkg/v1"
)

// blobStore keeps pushed blobs in the bed's own directory and serves blobs
// of cached OCI layouts in place, read-only: loading gigabytes of stand-in
// images into a new bed then costs a few manifest uploads, not copies.
type blobStore struct {
	own string // <dir>/sha256/<hex>, writable

	mu      sync.RWMutex
	layouts []string // OCI layout roots whose blobs/ are served
}

var _ registry.BlobHandler = (*blobStore)(nil)
var _ registry.BlobStatHandler = (*blobStore)(nil)
var _ registry.BlobPutHandler = (*blobStore)(nil)

func (b *blobStore) addLayout(root string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.layouts = append(b.layouts, root)
}

// path finds the file holding blob h.
func (b *blobStore) path(h v1.Hash) (string, os.FileInfo, error) {
	candidates := []string{filepath.Join(b.own, h.Algorithm, h.Hex)}
	b.mu.RLock()
	for _, l := range b.layouts {
		candidates = append(candidates, filepath.Join(l, "blobs", h.Algorithm, h.Hex))
	}
	b.mu.RUnlock()
	for _, c := range candidates {
		if fi, err := os.Stat(c); err == nil {
			return c, fi, nil
		}
	}
	return "", nil, registry.ErrNotFound
}

func (b *blobStore) Stat(_ context.Context, _ string, h v1.Hash) (int64, error) {
	_, fi, err := b.path(h)
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}

func (b *blobStore) Get(_ context.Context, _ string, h v1.Hash) (io.ReadCloser, error) {
	p, _, err := b.path(h)
	if err != nil {
		return nil, err
	}
	return os.Open(p)
}

func (b *blobStore) Put(_ context.Context, _ string, h v1.Hash, rc io.ReadCloser) error {
	defer rc.Close()
	dir := filepath.Join(b.own, h.Algorithm)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".upload-")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	// The registry verifies size and digest while rc is read; an error
	// here means the upload was bad and must not become visible.
	if _, err := io.Copy(f, rc); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), filepath.Join(dir, h.Hex))
}

// registryServer is an OCI registry on a free loopback port.
type registryServer struct {
	Addr  string // host:port
	blobs *blobStore
	srv   *http.Server
	ln    net.Listener
}

func startRegistry(dir string) (*registryServer, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("registry: listen on loopback: %w", err)
	}
	blobs := &blobStore{own: dir}
	h := registry.New(registry.WithBlobHandler(blobs), registry.Logger(log.New(io.Discard, "", 0)))
	srv := &http.Server{Handler: h}
	go srv.Serve(ln) //nolint:errcheck // ends with ErrServerClosed on Stop
	return &registryServer{Addr: ln.Addr().String(), blobs: blobs, srv: srv, ln: ln}, nil
}

func (r *registryServer) close() error {
	err := r.srv.Close()
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// ref turns a user-facing image name ("golang:1.26-trixie",
// "gcr.io/distroless/static-debian13:nonroot") into its place in the bed's
// registry, where the daemon's mirror configuration finds it.
func (r *registryServer) ref(image string) (name.Reference, error) {
	ref, err := name.ParseReference(image)
	if err != nil {
		return nil, err
	}
	repo := ref.Context().RepositoryStr()
	local := r.Addr + "/" + repo
	switch v := ref.(type) {
	case name.Digest:
		return name.NewDigest(local+"@"+v.DigestStr(), name.Insecure)
	default:
		return name.NewTag(local+":"+ref.Identifier(), name.Insecure)
	}
}
