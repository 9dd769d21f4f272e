package golang

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// mainImports walks the app's own packages that the main package in
// mainDir builds with (following imports into the main module and the
// other modules in the context) and returns the packages they import from
// elsewhere, the standard library's and required modules' alike, sorted,
// plus the directories it walked, sorted. The walk is by import
// declarations alone: build constraints are not evaluated, so the list
// may name a package this platform does not build, which the packages
// stage's `go list -e` skips. Tests are not walked: they are not built.
func mainImports(fsys fs.FS, mainDir string, locals []moduleDir) (imports, dirs []string) {
	seen := map[string]bool{mainDir: true}
	found := map[string]bool{}
	queue := []string{mainDir}
	fset := token.NewFileSet()
	for len(queue) > 0 {
		dir := queue[0]
		queue = queue[1:]
		entries, _ := fs.ReadDir(fsys, dir)
		for _, e := range entries {
			if !isBuildFile(e) {
				continue
			}
			src, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
			if err != nil {
				continue
			}
			f, err := parser.ParseFile(fset, e.Name(), src, parser.ImportsOnly)
			if err != nil {
				continue // go build reports it, with its line
			}
			for _, spec := range f.Imports {
				p, err := strconv.Unquote(spec.Path.Value)
				if err != nil || p == "C" {
					continue // cgo's pseudo-package
				}
				if local, ok := localDir(p, locals); ok {
					if !seen[local] {
						seen[local] = true
						queue = append(queue, local)
					}
					continue
				}
				found[p] = true
			}
		}
	}
	return sortedKeys(found), sortedKeys(seen)
}

// isBuildFile reports whether go build may compile the directory entry:
// a .go file that is not a test and that the go command does not ignore
// (a name starting with "_" or ".").
func isBuildFile(e fs.DirEntry) bool {
	n := e.Name()
	return !e.IsDir() && strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") &&
		!strings.HasPrefix(n, "_") && !strings.HasPrefix(n, ".")
}

// localDir maps an import path inside one of the context's modules to its
// directory, by the longest module path that holds it.
func localDir(importPath string, locals []moduleDir) (string, bool) {
	best := -1
	for i, m := range locals {
		if (importPath == m.path || strings.HasPrefix(importPath, m.path+"/")) &&
			(best < 0 || len(m.path) > len(locals[best].path)) {
			best = i
		}
	}
	if best < 0 {
		return "", false
	}
	m := locals[best]
	dir, ok := contextDir(path.Join(m.dir, strings.TrimPrefix(importPath, m.path)))
	return dir, ok
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
