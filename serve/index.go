package serve

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc64"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"time"
)

// rep is one representation of a file: the file's own bytes, or those of
// a precompressed sibling (F.gz, F.br).
type rep struct {
	enc  encoding
	size int64
	data []byte    // the content when held in memory; nil when served from disk
	name string    // root-relative path of the file holding the bytes
	mod  time.Time // that file's mtime, to notice a change under a disk rep
	etag string

	// Prebuilt header lines, without Date and Connection.
	hdr200  []byte // a whole representation (Content-Length included)
	hdrPart []byte // a 206, without Content-Length and Content-Range
	hdr304  []byte
}

// file is what one URL path serves: its representations and validators.
type file struct {
	reps         [numEncodings]*rep // identity always set
	vary         bool               // has a precompressed sibling
	lastModified string
	modTime      time.Time // to the second, as Last-Modified says it
}

// route is an index entry: a file, or a directory named without its
// trailing slash, which redirects.
type route struct {
	file     *file
	redirect bool
}

// index maps every servable URL path to its route. It is built once;
// requests only read it, so no lookup can reach a file it does not hold.
type index struct {
	root     *os.Root
	routes   map[string]route
	spa      *file // /index.html, for the SPA fallback
	notFound *file // /404.html with 404 headers, if the site has one
	files    int   // regular files indexed
	memBytes int64 // bytes held in memory
	skipped  []string
}

// indexOptions bound what the index keeps in memory.
type indexOptions struct {
	maxMemFile  int64  // larger files are served from disk
	maxMemTotal int64  // once reached, further files are served from disk
	common      []byte // header lines every response carries
}

// loaded is a regular file read at index time.
type loaded struct {
	name string
	size int64
	mod  time.Time
	data []byte
	etag string
}

// buildIndex walks root once. It skips dotfiles and dot-directories,
// anything not a regular file, and symbolic links that lead outside root
// (os.Root refuses them) or to a directory (never followed, so no loops).
func buildIndex(root *os.Root, o indexOptions) (*index, error) {
	ix := &index{root: root, routes: map[string]route{}}
	byName := map[string]*loaded{}
	var names, dirs []string
	h := crc64.New(crcTable)
	err := fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != "." && (strings.HasPrefix(d.Name(), ".") || !requestable(d.Name())) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			dirs = append(dirs, p)
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err := root.Stat(p)
			if err != nil || !fi.Mode().IsRegular() {
				ix.skipped = append(ix.skipped, p)
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		l, err := ix.load(p, h, o)
		if err != nil {
			return err
		}
		byName[p] = l
		names = append(names, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	ix.files = len(names)

	// Exact files first; each file object is shared by all its paths.
	files := map[string]*file{}
	for _, name := range names {
		f := ix.newFile(name, byName, o.common)
		files[name] = f
		ix.routes["/"+name] = route{file: f}
	}
	// A directory path serves its index.html: "/docs/" and "/".
	for _, d := range dirs {
		if f := files[path.Join(d, "index.html")]; f != nil {
			ix.routes[dirKey(d)] = route{file: f}
		}
	}
	// "/about" serves about.html, as Next.js and Astro exports expect.
	for _, name := range names {
		if base, ok := strings.CutSuffix(name, ".html"); ok && base != "" && !strings.HasSuffix(base, "/") {
			if _, taken := ix.routes["/"+base]; !taken {
				ix.routes["/"+base] = route{file: files[name]}
			}
		}
	}
	// "/docs" for a directory with an index.html redirects to "/docs/".
	for _, d := range dirs {
		if _, ok := files[path.Join(d, "index.html")]; ok && d != "." {
			if _, taken := ix.routes["/"+d]; !taken {
				ix.routes["/"+d] = route{redirect: true}
			}
		}
	}
	ix.spa = files["index.html"]
	if nf := files["404.html"]; nf != nil {
		ix.notFound = notFoundFile(nf, o.common)
	}
	return ix, nil
}

// dirKey is the URL path of directory d: "/" for the root, "/d/" else.
func dirKey(d string) string {
	if d == "." {
		return "/"
	}
	return "/" + d + "/"
}

// requestable reports whether a name could ever be asked for: decodePath
// refuses control characters and backslashes, so such files are skipped.
func requestable(name string) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 0x20 || c == 0x7f || c == '\\' {
			return false
		}
	}
	return true
}

// load reads one file, checksumming it for the ETag, and keeps its bytes when
// it fits the memory bounds.
func (ix *index) load(name string, h hash.Hash64, o indexOptions) (*loaded, error) {
	f, err := ix.root.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	l := &loaded{name: name, size: fi.Size(), mod: fi.ModTime()}
	h.Reset()
	if l.size <= o.maxMemFile && ix.memBytes+l.size <= o.maxMemTotal {
		l.data = make([]byte, l.size)
		if _, err := io.ReadFull(f, l.data); err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		ix.memBytes += l.size
		h.Write(l.data)
	} else if n, err := io.Copy(h, f); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	} else if n != l.size {
		return nil, fmt.Errorf("read %s: size changed while reading", name)
	}
	l.etag = etag(h.Sum64(), l.size)
	return l, nil
}

// crcTable is for ETags: CRC-64 is fast and small, and the site's own
// author is the only one who could aim for a collision.
var crcTable = crc64.MakeTable(crc64.ECMA)

// etag is a strong entity tag from a content checksum and size: any
// change of bytes changes it, whatever the file's mtime says.
func etag(sum uint64, size int64) string {
	var b [8 + binary.MaxVarintLen64]byte
	binary.BigEndian.PutUint64(b[:], sum)
	n := binary.PutUvarint(b[8:], uint64(size))
	return `"` + base64.RawURLEncoding.EncodeToString(b[:8+n]) + `"`
}

// newFile builds the file served at name, with its precompressed siblings
// as further representations. A sibling requested by its own name
// (app.js.gz) is a plain file of its own type, such as application/gzip.
func (ix *index) newFile(name string, byName map[string]*loaded, common []byte) *file {
	own := byName[name]
	f := &file{modTime: own.mod.Truncate(time.Second)}
	f.lastModified = httpTime(f.modTime)
	f.reps[encIdentity] = newRep(encIdentity, own)
	if !strings.HasSuffix(name, ".gz") && !strings.HasSuffix(name, ".br") {
		for _, e := range [...]encoding{encGzip, encBrotli} {
			if s := byName[name+e.suffix()]; s != nil {
				f.reps[e] = newRep(e, s)
				f.vary = true
			}
		}
	}
	ctype := contentType(name)
	cc := cacheControl(name, strings.HasPrefix(ctype, "text/html"))
	for _, r := range f.reps {
		if r != nil {
			r.buildHeaders(f, ctype, cc, common)
		}
	}
	return f
}

func newRep(e encoding, l *loaded) *rep {
	return &rep{enc: e, size: l.size, data: l.data, name: l.name, mod: l.mod, etag: l.etag}
}

// buildHeaders prebuilds r's header lines, so a request only appends them.
func (r *rep) buildHeaders(f *file, ctype, cacheControl string, common []byte) {
	var b []byte
	b = appendHeader(b, "Content-Type", ctype)
	if r.enc != encIdentity {
		b = appendHeader(b, "Content-Encoding", r.enc.String())
	}
	validators := appendHeader(nil, "ETag", r.etag)
	validators = appendHeader(validators, "Last-Modified", f.lastModified)
	validators = appendHeader(validators, "Cache-Control", cacheControl)
	if f.vary {
		validators = append(validators, "Vary: Accept-Encoding\r\n"...)
	}
	validators = append(validators, common...)
	b = append(b, validators...)
	if r.enc == encIdentity {
		// Ranges are served on the identity representation only.
		b = append(b, "Accept-Ranges: bytes\r\n"...)
	}
	r.hdrPart = b
	r.hdr200 = appendHeaderInt(append([]byte(nil), b...), "Content-Length", r.size)
	r.hdr304 = validators
}

// notFoundFile is a copy of the 404 page whose headers suit a 404: no
// validators (it is never a 304 nor ranged), revalidated by caches.
func notFoundFile(page *file, common []byte) *file {
	nf := &file{vary: page.vary, lastModified: page.lastModified, modTime: page.modTime}
	for e, r := range page.reps {
		if r == nil {
			continue
		}
		c := *r
		b := appendHeader(nil, "Content-Type", "text/html"+utf8)
		if c.enc != encIdentity {
			b = appendHeader(b, "Content-Encoding", c.enc.String())
		}
		if nf.vary {
			b = append(b, "Vary: Accept-Encoding\r\n"...)
		}
		b = appendHeader(b, "Cache-Control", cacheRevalidate)
		b = append(b, common...)
		c.hdr200 = appendHeaderInt(b, "Content-Length", c.size)
		c.hdrPart, c.hdr304 = nil, nil
		nf.reps[e] = &c
	}
	return nf
}

// errChanged reports a file that no longer matches the index.
var errChanged = errors.New("file changed since the server started")

// open opens a disk-served representation and checks it is still the one
// indexed: Content-Length and ETag were fixed at startup.
func (ix *index) open(r *rep) (*os.File, error) {
	f, err := ix.root.Open(r.name)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil || fi.Size() != r.size || !fi.ModTime().Equal(r.mod) {
		f.Close()
		return nil, errChanged
	}
	return f, nil
}
