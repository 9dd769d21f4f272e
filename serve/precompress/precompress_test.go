package precompress

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

const testMin = 256

// text is compressible content of about n bytes.
func text(n int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < n; i++ {
		b.WriteString("<p class=\"item\">hello, world, item ")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString("</p>\n")
	}
	return b.Bytes()[:n]
}

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func exists(t *testing.T, name string) bool {
	t.Helper()
	_, err := os.Lstat(name)
	if err == nil {
		return true
	}
	if !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return false
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func unbrotli(t *testing.T, b []byte) []byte {
	t.Helper()
	out, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// files lists the tree under dir, relative and slash-separated.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		names = append(names, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func TestCompressWritesVariants(t *testing.T) {
	dir := t.TempDir()
	orig := map[string][]byte{
		"index.html":       text(4000),
		"assets/css/s.css": text(testMin), // exactly MinSize: included
		"data/UPPER.JSON":  text(1000),    // extension case does not matter
	}
	mode := map[string]fs.FileMode{"index.html": 0o640, "assets/css/s.css": 0o755, "data/UPPER.JSON": 0o604}
	mtime := func(name string) time.Time { // a distinct one per file
		return time.Date(2010, 5, 6, 7, 8, 9, 0, time.UTC).Add(time.Duration(len(name)) * time.Hour)
	}
	atime := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for name, data := range orig {
		p := filepath.Join(dir, name)
		writeFile(t, p, data)
		if err := os.Chmod(p, mode[name]); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, atime, mtime(name)); err != nil {
			t.Fatal(err)
		}
	}

	st, err := Compress(dir, Options{MinSize: testMin})
	if err != nil {
		t.Fatal(err)
	}

	var size, gz, br int64
	for name, data := range orig {
		p := filepath.Join(dir, name)
		gzb := readFile(t, p+".gz")
		brb := readFile(t, p+".br")
		if got := gunzip(t, gzb); !bytes.Equal(got, data) {
			t.Errorf("%s.gz decompresses to %d bytes differing from the original's %d", name, len(got), len(data))
		}
		if got := unbrotli(t, brb); !bytes.Equal(got, data) {
			t.Errorf("%s.br decompresses to %d bytes differing from the original's %d", name, len(got), len(data))
		}
		if float64(len(gzb)) > 0.95*float64(len(data)) || float64(len(brb)) > 0.95*float64(len(data)) {
			t.Errorf("%s: variants of %d and %d bytes are not 5%% smaller than %d", name, len(gzb), len(brb), len(data))
		}
		if !bytes.Equal(readFile(t, p), data) {
			t.Errorf("%s: the original changed", name)
		}
		// Variants take the original's mode and mtime.
		for _, suffix := range []string{".gz", ".br"} {
			fi, err := os.Stat(p + suffix)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != mode[name] {
				t.Errorf("%s%s: mode %v, want the original's %v", name, suffix, fi.Mode().Perm(), mode[name])
			}
			if !fi.ModTime().Equal(mtime(name)) {
				t.Errorf("%s%s: mtime %v, want the original's %v", name, suffix, fi.ModTime(), mtime(name))
			}
		}
		size += int64(len(data))
		gz += int64(len(gzb))
		br += int64(len(brb))
	}
	want := Stats{Files: len(orig), Written: 2 * len(orig), Bytes: size, Gzip: gz, Brotli: br}
	if st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
}

func TestCompressDeterministic(t *testing.T) {
	trees := [2]string{t.TempDir(), t.TempDir()}
	mtimes := [2]time.Time{
		time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC),
		time.Date(2024, 7, 8, 9, 10, 11, 0, time.UTC),
	}
	const name = "sub/app.js"
	for i, dir := range trees {
		p := filepath.Join(dir, name)
		writeFile(t, p, text(2000))
		if err := os.Chtimes(p, mtimes[i], mtimes[i]); err != nil {
			t.Fatal(err)
		}
		if _, err := Compress(dir, Options{MinSize: testMin}); err != nil {
			t.Fatal(err)
		}
	}
	for _, suffix := range []string{".gz", ".br"} {
		a := readFile(t, filepath.Join(trees[0], name+suffix))
		b := readFile(t, filepath.Join(trees[1], name+suffix))
		if !bytes.Equal(a, b) {
			t.Errorf("%s%s differs between two trees of the same bytes", name, suffix)
		}
	}
	gzb := readFile(t, filepath.Join(trees[0], name+".gz"))
	zr, err := gzip.NewReader(bytes.NewReader(gzb))
	if err != nil {
		t.Fatal(err)
	}
	if zr.Name != "" || zr.Comment != "" || !zr.ModTime.IsZero() {
		t.Errorf("%s.gz header: Name %q, Comment %q, ModTime %v; want none", name, zr.Name, zr.Comment, zr.ModTime)
	}
	// The header's flags (no FNAME) and MTIME fields, raw.
	if gzb[3]&0x08 != 0 || !bytes.Equal(gzb[4:8], []byte{0, 0, 0, 0}) {
		t.Errorf("%s.gz header bytes % x: want no name flag and a zero MTIME", name, gzb[:10])
	}
}

func TestCompressIdempotent(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a/b/page.html"), text(1000))
	st1, err := Compress(dir, Options{MinSize: testMin})
	if err != nil {
		t.Fatal(err)
	}
	if st1.Written != 2 {
		t.Fatalf("first run: Written = %d, want 2", st1.Written)
	}
	before := map[string][]byte{}
	tree1 := files(t, dir)
	for _, n := range tree1 {
		p := filepath.Join(dir, n)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			before[n] = readFile(t, p)
		}
	}

	st2, err := Compress(dir, Options{MinSize: testMin})
	if err != nil {
		t.Fatal(err)
	}
	if st2.Written != 0 {
		t.Errorf("second run: Written = %d, want 0", st2.Written)
	}
	if st2.Files != st1.Files || st2.Bytes != st1.Bytes || st2.Gzip != st1.Gzip || st2.Brotli != st1.Brotli {
		t.Errorf("second run: Stats = %+v, first %+v: want the same but Written", st2, st1)
	}
	tree2 := files(t, dir)
	if strings.Join(tree1, "\n") != strings.Join(tree2, "\n") {
		t.Errorf("tree changed:\nfirst  %q\nsecond %q", tree1, tree2)
	}
	for n, b := range before {
		if !bytes.Equal(readFile(t, filepath.Join(dir, n)), b) {
			t.Errorf("%s changed on the second run", n)
		}
	}
	for _, n := range tree2 {
		for _, part := range strings.Split(n, "/") {
			if strings.HasPrefix(part, ".") {
				t.Errorf("leftover dotfile %s", n)
			}
		}
	}
}

func TestCompressRewritesChangedVariant(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "index.html")
	data := text(2000)
	writeFile(t, p, data)
	writeFile(t, p+".gz", []byte("stale"))
	st, err := Compress(dir, Options{MinSize: testMin})
	if err != nil {
		t.Fatal(err)
	}
	if st.Written != 2 {
		t.Errorf("Written = %d, want 2", st.Written)
	}
	if got := gunzip(t, readFile(t, p+".gz")); !bytes.Equal(got, data) {
		t.Error("a stale .gz was not replaced")
	}
}

func TestCompressSkips(t *testing.T) {
	dir := t.TempDir()
	rnd := make([]byte, 4096)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range rnd {
		rnd[i] = byte(r.Uint32())
	}
	big := text(2000)
	skipped := map[string][]byte{
		".hidden.js":             big,
		".cache/page.html":       big,
		"sub/.dotdir/deep.css":   big,
		"small.html":             text(testMin - 1),
		"logo.png":               big,
		"font.woff2":             big,
		"noext":                  big,
		"archive.json.gz":        big,
		"archive.json.br":        big,
		"random.js":              rnd,
		"sub/.dotfile-in-sub.js": big,
	}
	for name, data := range skipped {
		writeFile(t, filepath.Join(dir, name), data)
	}
	// One file that is compressed, so that the run is known to do work.
	writeFile(t, filepath.Join(dir, "real.js"), big)
	if err := os.Symlink("real.js", filepath.Join(dir, "link.js")); err != nil {
		t.Fatal(err)
	}
	// A link to a directory outside the tree, which is not followed.
	outside := t.TempDir()
	writeFile(t, filepath.Join(outside, "out.html"), big)
	if err := os.Symlink(outside, filepath.Join(dir, "linkdir")); err != nil {
		t.Fatal(err)
	}

	st, err := Compress(dir, Options{MinSize: testMin})
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 1 || st.Written != 2 || st.Bytes != int64(len(big)) {
		t.Errorf("Stats = %+v, want 1 file (real.js) of %d bytes and 2 variants written", st, len(big))
	}
	for _, want := range []string{"real.js.gz", "real.js.br"} {
		if !exists(t, filepath.Join(dir, want)) {
			t.Errorf("%s missing", want)
		}
	}
	for name := range skipped {
		for _, suffix := range []string{".gz", ".br"} {
			if exists(t, filepath.Join(dir, name+suffix)) {
				t.Errorf("%s%s written; %s should be skipped", name, suffix, name)
			}
		}
	}
	for _, suffix := range []string{".gz", ".br"} {
		if exists(t, filepath.Join(dir, "link.js"+suffix)) {
			t.Errorf("link.js%s written for a symbolic link", suffix)
		}
		if exists(t, filepath.Join(outside, "out.html"+suffix)) {
			t.Errorf("out.html%s written through a symbolic link to a directory", suffix)
		}
	}
	for _, n := range files(t, dir) {
		if strings.HasSuffix(n, ".gz.gz") || strings.HasSuffix(n, ".gz.br") ||
			strings.HasSuffix(n, ".br.gz") || strings.HasSuffix(n, ".br.br") {
			t.Errorf("variant of a variant: %s", n)
		}
	}
}

func TestCompressMissingDir(t *testing.T) {
	parent := t.TempDir()
	for _, d := range []string{"public", "build", ".git"} {
		if err := os.Mkdir(filepath.Join(parent, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(parent, "index.html"), []byte("x"))
	writeFile(t, filepath.Join(parent, "app.toml"), []byte("x"))
	writeFile(t, filepath.Join(parent, ".env"), []byte("x"))

	dir := filepath.Join(parent, "dist")
	_, err := Compress(dir, Options{})
	if err == nil {
		t.Fatal("Compress of a missing dir: no error")
	}
	msg := err.Error()
	for _, want := range []string{
		dir + ": no such directory",
		parent + "/ holds build/, public/, app.toml, index.html;",
		"[static] dir",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not contain %q", msg, want)
		}
	}
	if strings.Contains(msg, ".git") || strings.Contains(msg, ".env") {
		t.Errorf("error %q lists dotfiles", msg)
	}
	if exists(t, dir) {
		t.Errorf("Compress created %s", dir)
	}
}

func TestCompressNotADir(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "site")
	writeFile(t, dir, text(1000))
	if err := os.Mkdir(filepath.Join(parent, "out"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := Compress(dir, Options{})
	if err == nil {
		t.Fatal("Compress of a file: no error")
	}
	msg := err.Error()
	for _, want := range []string{
		dir + ": not a directory",
		parent + "/ holds out/, site;",
		"[static] dir",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not contain %q", msg, want)
		}
	}
	if exists(t, dir+".gz") {
		t.Error("Compress compressed the file given as its dir")
	}
}
