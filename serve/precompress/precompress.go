// Package precompress writes the gzip and brotli variants of a site's
// files at build time (F.gz and F.br beside F), for package serve to send
// to clients that accept them. It is apart from serve because the brotli
// encoder, and the net/http it imports, would double the server's size.
package precompress

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressible are the extensions worth precompressing: text and the
// binary formats without compression of their own. Images, woff/woff2,
// archives and media are compressed already.
var compressible = map[string]bool{
	".html": true, ".htm": true, ".xhtml": true, ".css": true, ".js": true, ".mjs": true, ".cjs": true,
	".json": true, ".map": true, ".jsonld": true, ".webmanifest": true, ".xml": true, ".rss": true,
	".atom": true, ".svg": true, ".txt": true, ".md": true, ".csv": true, ".tsv": true, ".ics": true,
	".vtt": true, ".yaml": true, ".yml": true, ".wasm": true, ".ico": true, ".bmp": true,
	".ttf": true, ".otf": true, ".eot": true,
}

// Options tunes Compress.
type Options struct {
	// MinSize is the smallest file compressed; smaller ones gain nothing
	// worth a second request header's worth of bytes.
	MinSize int64
}

// Stats counts what Compress did.
type Stats struct {
	Files   int   // files compressed into at least one variant
	Written int   // variant files written (unchanged ones are not rewritten)
	Bytes   int64 // size of the originals compressed
	Gzip    int64 // size of their .gz variants
	Brotli  int64 // size of their .br variants
}

// minGain: a variant is kept only when at least 5% smaller, so that the
// server's choice of it always pays for the Vary and the second file.
const minGain = 0.95

// Compress writes F.gz (gzip, best compression, no name or time) and F.br
// (brotli, quality 11) beside each compressible file F of dir that is at
// least o.MinSize bytes, when the variant is at least 5% smaller. It skips
// dotfiles and dot-directories, symbolic links, and existing .gz and .br
// files. The output depends on the input bytes alone, and a variant
// already on disk with the same bytes is left untouched, so running it
// twice yields the same tree. A variant's mode and mtime are its
// original's.
func Compress(dir string, o Options) (Stats, error) {
	var st Stats
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return st, missingDir(dir, err)
	}
	var jobs []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !compressible[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		jobs = append(jobs, p)
		return nil
	})
	if err != nil {
		return st, err
	}

	var (
		mu   sync.Mutex
		errs []error
		wg   sync.WaitGroup
		next = make(chan string)
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for p := range next {
				r, err := compressFile(p, o.MinSize)
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else if r.gz+r.br > 0 {
					st.Files++
					st.Written += r.written
					st.Bytes += r.size
					st.Gzip += r.gz
					st.Brotli += r.br
				}
				mu.Unlock()
			}
		})
	}
	for _, p := range jobs {
		next <- p
	}
	close(next)
	wg.Wait()
	return st, errors.Join(errs...)
}

type fileResult struct {
	size, gz, br int64
	written      int
}

func compressFile(p string, minSize int64) (fileResult, error) {
	var r fileResult
	fi, err := os.Stat(p)
	if err != nil {
		return r, err
	}
	if fi.Size() < minSize {
		return r, nil
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return r, err
	}
	r.size = int64(len(data))
	for i, v := range variants {
		c, err := v.encode(data)
		if err != nil {
			return r, fmt.Errorf("%s: %w", p, err)
		}
		if float64(len(c)) > minGain*float64(len(data)) {
			continue
		}
		wrote, err := writeIfChanged(p+v.suffix, c, fi)
		if err != nil {
			return r, err
		}
		if wrote {
			r.written++
		}
		if i == 0 {
			r.gz = int64(len(c))
		} else {
			r.br = int64(len(c))
		}
	}
	return r, nil
}

// variants are the encodings written, each deterministic: fixed levels,
// and a gzip header without name or modification time.
var variants = [...]struct {
	suffix string
	encode func([]byte) ([]byte, error)
}{
	{".gz", gzipBytes},
	{".br", brotliBytes},
}

func gzipBytes(data []byte) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(data)/3 + 64)
	w, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	err = w.Close()
	return b.Bytes(), err
}

func brotliBytes(data []byte) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(data)/3 + 64)
	w := brotli.NewWriterLevel(&b, brotli.BestCompression)
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	err := w.Close()
	return b.Bytes(), err
}

// writeIfChanged writes data to name unless it holds data already,
// through a dotfile in the same directory (which the server never
// indexes) renamed into place, with the mode and mtime of orig.
func writeIfChanged(name string, data []byte, orig fs.FileInfo) (bool, error) {
	if old, err := os.ReadFile(name); err == nil && bytes.Equal(old, data) {
		return false, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), orig.Mode().Perm())
	}
	if err == nil {
		err = os.Chtimes(tmp.Name(), orig.ModTime(), orig.ModTime())
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	return err == nil, err
}

// missingDir explains a site directory that is not there by listing what
// its parent holds, which is most often the build's real output.
func missingDir(dir string, err error) error {
	what := "not a directory"
	if err != nil {
		what = "no such directory"
		if !errors.Is(err, fs.ErrNotExist) {
			what = err.Error()
		}
	}
	parent := filepath.Dir(filepath.Clean(dir))
	shown := parent + "/"
	if parent == "." {
		shown = "the working directory"
	}
	var holds string
	entries, rerr := os.ReadDir(parent)
	switch {
	case rerr != nil:
		holds = fmt.Sprintf("%s cannot be read either (%v)", shown, rerr)
	default:
		// Directories first: one of them is likely the site.
		var dirs, files []string
		for _, e := range entries {
			switch {
			case strings.HasPrefix(e.Name(), "."):
			case e.IsDir():
				dirs = append(dirs, e.Name()+"/")
			default:
				files = append(files, e.Name())
			}
		}
		slices.Sort(dirs)
		slices.Sort(files)
		names := append(dirs, files...)
		const maxNames = 30
		if len(names) > maxNames {
			names = append(names[:maxNames], fmt.Sprintf("and %d more", len(names)-maxNames))
		}
		if len(names) == 0 {
			holds = shown + " is empty"
		} else {
			holds = shown + " holds " + strings.Join(names, ", ")
		}
	}
	return fmt.Errorf("%s: %s; %s; set [static] dir in app.toml to the directory the build writes the site to", dir, what, holds)
}
