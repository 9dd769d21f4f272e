package testbed

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Find reports where needle occurs in the image: its config (history
// included), its manifest, or the uncompressed tar stream of a layer
// (names and contents); "" when nowhere. Tests use it to prove a secret
// never reached the image.
func (im *Image) Find(needle []byte) (string, error) {
	cfg, err := im.img.RawConfigFile()
	if err != nil {
		return "", err
	}
	if bytes.Contains(cfg, needle) {
		return "the image config", nil
	}
	man, err := im.img.RawManifest()
	if err != nil {
		return "", err
	}
	if bytes.Contains(man, needle) {
		return "the manifest", nil
	}
	layers, err := im.img.Layers()
	if err != nil {
		return "", err
	}
	for i, l := range layers {
		rc, err := l.Uncompressed()
		if err != nil {
			return "", err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return "", err
		}
		if bytes.Contains(data, needle) {
			return fmt.Sprintf("layer %d (%s)", i, im.Layers[i].Digest), nil
		}
	}
	return "", nil
}

// FindInDir reports the first file under dir (an exported cache, an OCI
// layout) that holds needle, raw or gzip-decompressed; "" when none does.
func FindInDir(dir string, needle []byte) (string, error) {
	var found string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || found != "" || !d.Type().IsRegular() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if bytes.Contains(data, needle) {
			found = p
			return nil
		}
		if zr, err := gzip.NewReader(bytes.NewReader(data)); err == nil {
			plain, err := io.ReadAll(zr)
			if err == nil && bytes.Contains(plain, needle) {
				found = p + " (decompressed)"
			}
		}
		return nil
	})
	return found, err
}
