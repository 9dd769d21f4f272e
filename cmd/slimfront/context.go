package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing/fstest"

	"github.com/moby/patternmatcher"
	"github.com/moby/patternmatcher/ignorefile"

	"github.com/slimfront/slimfront/spec"
)

// buildContext is a build context directory read as BuildKit sends it to
// the frontend: less what .dockerignore excludes, symlinks as links (never
// followed, so nothing outside the directory is read), regular files and
// directories only.
type buildContext struct {
	dir     string
	root    *os.Root
	ignore  *patternmatcher.PatternMatcher
	ignored string // the ignore file's name, for messages; "" when none
}

// openContext opens dir. The ignore file is the one BuildKit's Dockerfile
// frontend reads: <file>.dockerignore beside the app.toml when there is
// one, else the context's .dockerignore.
func openContext(dir, file string) (*buildContext, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot open the build context: %w", dir, err)
	}
	c := &buildContext{dir: dir, root: root}
	data, name, err := readIgnoreFile(root, file)
	if err != nil {
		root.Close()
		return nil, err
	}
	patterns, err := ignorefile.ReadAll(bytes.NewReader(data))
	if err != nil {
		root.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if c.ignore, err = patternmatcher.New(patterns); err != nil {
		root.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(patterns) > 0 {
		c.ignored = name
	}
	return c, nil
}

func readIgnoreFile(root *os.Root, file string) ([]byte, string, error) {
	beside := file + ".dockerignore"
	data, err := os.ReadFile(beside)
	if err == nil {
		return data, beside, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, "", err
	}
	data, err = root.ReadFile(".dockerignore")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, "", nil
	}
	return data, filepath.Join(root.Name(), ".dockerignore"), err
}

// Close releases the directory.
func (c *buildContext) Close() error { return c.root.Close() }

// excluded reports whether .dockerignore leaves p (slash-separated,
// relative) out of the context.
func (c *buildContext) excluded(p string) bool {
	ok, err := c.ignore.MatchesOrParentMatches(p)
	return err == nil && ok
}

// read returns the context's regular files that match the include
// patterns, as the frontend's transfer of them would hold.
func (c *buildContext) read(patterns []string) (fs.FS, error) {
	include, err := patternmatcher.New(patterns)
	if err != nil {
		return nil, err
	}
	out := fstest.MapFS{}
	err = fs.WalkDir(c.root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case p == ".":
			return nil
		case c.excluded(p) && !c.ignore.Exclusions():
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		case c.excluded(p):
			return nil // a later "!pattern" may bring back what is below
		case d.IsDir():
			if !mayHold(p, patterns) {
				return fs.SkipDir
			}
			return nil
		case !d.Type().IsRegular():
			return nil // a symlink is sent as a link, which presets do not read
		}
		if ok, err := include.MatchesOrParentMatches(p); err != nil || !ok {
			return err
		}
		data, err := c.root.ReadFile(p)
		if err != nil {
			return err
		}
		out[p] = &fstest.MapFile{Data: data, Mode: 0o644}
		return nil
	})
	return out, err
}

// mayHold reports whether directory dir may hold a path that one of the
// include patterns matches, so the walk can skip the rest (node_modules).
func mayHold(dir string, patterns []string) bool {
	parts := strings.Split(dir, "/")
	for _, pat := range patterns {
		segs := strings.Split(pat, "/")
		ok := true
		for i, part := range parts {
			if i >= len(segs) || segs[i] == "**" {
				break // the pattern matched an ancestor, or matches any depth
			}
			if m, err := path.Match(segs[i], part); err != nil || !m {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// checkFiles checks that each [runtime] files entry is in the context the
// build would see: present, and not left out by .dockerignore.
func (c *buildContext) checkFiles(s *spec.Spec) error {
	probs := s.Problems()
	for _, f := range s.Runtime.Files {
		_, err := c.root.Lstat(f)
		switch {
		case err == nil && c.excluded(f):
			probs.Errorf("runtime.files", "runtime.files: %q is excluded by %s, so the build cannot copy it; remove it from one of the two", f, c.ignored)
		case errors.Is(err, fs.ErrNotExist):
			probs.Errorf("runtime.files", "runtime.files: %q is not in the build context %s", f, c.dir)
		case err != nil:
			probs.Errorf("runtime.files", "runtime.files: %q: %v", f, err)
		}
	}
	return probs.Err()
}
