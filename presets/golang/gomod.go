package golang

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"

	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// manifestErrorf is an error at a line of go.mod or go.work (line 0 when
// unknown), in the form app.toml's errors take.
func manifestErrorf(file string, line int, format string, args ...any) *spec.Error {
	return &spec.Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// parseError turns a modfile parse error into a spec.Error at its line,
// so go.mod's problems read like app.toml's.
func parseError(file string, err error) error {
	var list modfile.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		e := list[0]
		return manifestErrorf(file, e.Pos.Line, "%v", e.Err)
	}
	var one *modfile.Error
	if errors.As(err, &one) {
		return manifestErrorf(file, one.Pos.Line, "%v", one.Err)
	}
	return manifestErrorf(file, 0, "%v", err)
}

// modulePath is go.mod's module path, checked: it names the binary and
// an image label, so `module example.com/..` must not reach them.
func modulePath(mf *modfile.File) (string, error) {
	if mf.Module == nil {
		return "", nil
	}
	p := mf.Module.Mod.Path
	// CheckImportPath, not CheckPath: a main module need not be
	// fetchable, so `module hello` is fine.
	if err := module.CheckImportPath(p); err != nil {
		return "", manifestErrorf("go.mod", mf.Module.Syntax.Start.Line, "module path %q is not valid (%v); use a path such as example.com/app", p, unwrapPathError(err))
	}
	return p, nil
}

// unwrapPathError drops the path module's own quoting of the path,
// which the message already shows.
func unwrapPathError(err error) error {
	var ip *module.InvalidPathError
	if errors.As(err, &ip) {
		return ip.Err
	}
	return err
}

// contextDir resolves a local directory from go.mod or go.work (both at
// the context root) to a clean path inside the build context; ok is false
// when it is absolute or climbs out, as the build would not see it.
func contextDir(dir string) (clean string, ok bool) {
	dir = strings.ReplaceAll(dir, `\`, "/")
	if path.IsAbs(dir) || len(dir) >= 2 && dir[1] == ':' {
		return "", false
	}
	clean = path.Clean(dir)
	if clean == ".." || strings.HasPrefix(clean, "../") {
		return "", false
	}
	return clean, true
}

// moduleDir is a module whose source is in the build context.
type moduleDir struct {
	path string // the module path its importers use
	dir  string // its directory in the context
}

// localReplaceDirs are the local replace directives of a go.mod or
// go.work, inside the context: the deps stage must see their go.mod and
// go.sum, and their packages are the app's own. A target outside the
// context is an error at its line. The syntax tree is read because
// modfile.ParseLax drops replace lines.
func localReplaceDirs(file string, f *modfile.FileSyntax) ([]moduleDir, error) {
	var dirs []moduleDir
	add := func(l *modfile.Line, tokens []string) error {
		i := slices.Index(tokens, "=>")
		if i < 1 || len(tokens) != i+2 {
			return nil // a replacement by module version: fetched as usual
		}
		old, target := unquote(tokens[0]), unquote(tokens[i+1])
		if !modfile.IsDirectoryPath(target) {
			return nil
		}
		dir, ok := contextDir(target)
		if !ok {
			return manifestErrorf(file, l.Start.Line, "replace %s => %s points outside the build context, which the build cannot see; move that module into the context (and replace with a ./ path) or run `go mod vendor`", old, target)
		}
		dirs = append(dirs, moduleDir{path: old, dir: dir})
		return nil
	}
	for _, st := range f.Stmt {
		var err error
		switch st := st.(type) {
		case *modfile.Line:
			if len(st.Token) > 0 && st.Token[0] == "replace" {
				err = add(st, st.Token[1:])
			}
		case *modfile.LineBlock:
			if len(st.Token) == 1 && st.Token[0] == "replace" {
				for _, l := range st.Line {
					if err = add(l, l.Token); err != nil {
						break
					}
				}
			}
		}
		if err != nil {
			return nil, err
		}
	}
	return dirs, nil
}

// unquote undoes go.mod's quoting of a token ("./my lib").
func unquote(tok string) string {
	if s, err := strconv.Unquote(tok); err == nil {
		return s
	}
	return tok
}

// useDirs are go.work's use directories, inside the context; one outside
// it is an error at its line rather than a module silently missing.
// Each one's module path is read from its go.mod, when the context has it.
func useDirs(fsys fs.FS, wf *modfile.WorkFile) ([]moduleDir, error) {
	var dirs []moduleDir
	for _, u := range wf.Use {
		dir, ok := contextDir(u.Path)
		if !ok {
			return nil, manifestErrorf("go.work", u.Syntax.Start.Line, "use %s is outside the build context, which the build cannot see; move that module into the context or build from a directory that holds it", u.Path)
		}
		m := moduleDir{dir: dir}
		if data, _ := preset.ReadOptional(fsys, path.Join(dir, "go.mod")); data != nil {
			m.path = modfile.ModulePath(data)
		}
		dirs = append(dirs, m)
	}
	return dirs, nil
}

// safeFileName reports whether name can be a file in /out and the image
// root: one path element, not . or .., printable, no separators.
func safeFileName(name string) bool {
	if name == "" || name == "." || name == ".." || len(name) > 255 {
		return false
	}
	for _, r := range name {
		if r <= ' ' || r == 0x7f || r == '/' || r == '\\' || r == ':' {
			return false
		}
	}
	return true
}

// addModules records the modules in the context and adds the go.mod and
// go.sum of each module directory (other than the root, already there)
// to the deps stage's inputs.
func (f *goFacts) addModules(fsys fs.FS, mods []moduleDir) {
	for _, m := range mods {
		if m.path != "" {
			f.locals = append(f.locals, m)
		}
		if m.dir == "." {
			continue
		}
		for _, name := range []string{"go.mod", "go.sum"} {
			if p := path.Join(m.dir, name); preset.Exists(fsys, p) {
				f.manifests = append(f.manifests, p)
			}
		}
	}
}
