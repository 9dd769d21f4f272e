package python

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// entryKind says how the image starts the app.
type entryKind int

const (
	entryFile   entryKind = iota // python <file>
	entryModule                  // python -m <module>
	entryScript                  // a console script in the venv's bin
)

// entry is what the image runs.
type entry struct {
	kind entryKind
	// name is the file (relative to the app directory), the dotted
	// module, or the script's name.
	name string
	// unseen says the module or script is not in the source tree: a
	// dependency must provide it, which the build checks.
	unseen bool
	// srcLayout says the module lives under src/ of a project that is
	// not installed, so src/ goes on PYTHONPATH.
	srcLayout bool
	why       string
}

var (
	moduleRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$`)
	scriptRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)
)

// example is how entrypoint's messages show the three forms.
const example = `a file ("main.py"), a module ("-m app") or a console script ("gunicorn")`

// pickEntry decides what the image runs: entrypoint, else the one
// [project.scripts] entry.
func pickEntry(src fs.FS, s *spec.Spec, f *facts) (entry, error) {
	var scripts []string
	if pp := f.pyproject; pp != nil {
		for name := range pp.Project.Scripts {
			scripts = append(scripts, name)
		}
		sort.Strings(scripts)
	}
	ep := s.Entrypoint
	if ep == "" {
		switch {
		case len(scripts) == 1 && f.installable:
			return entry{kind: entryScript, name: scripts[0], why: "the one [project.scripts] entry of pyproject.toml"}, nil
		case len(scripts) > 1 && f.installable:
			return entry{}, s.Errorf("language", "pyproject.toml's [project.scripts] has %d console scripts (%s); set entrypoint to the one that starts the app", len(scripts), strings.Join(scripts, ", "))
		}
		hint := ""
		if c := candidates(src); len(c) > 0 {
			hint = "; the context's root has " + strings.Join(c, ", ")
		}
		return entry{}, s.Errorf("language", "nothing says what this Python app runs: set entrypoint to %s%s", example, hint)
	}
	if mod, ok := strings.CutPrefix(ep, "-m "); ok {
		mod = strings.TrimSpace(mod)
		if !moduleRE.MatchString(mod) {
			return entry{}, s.Errorf("entrypoint", "entrypoint %q: %q is not a module name such as \"app\" or \"app.server\"", ep, mod)
		}
		return moduleEntry(src, f, mod, "entrypoint -m "+mod), nil
	}
	if strings.HasSuffix(ep, ".py") {
		if !isFile(src, ep) {
			return entry{}, s.Errorf("entrypoint", "entrypoint %q is not a file of the build context (or .dockerignore leaves it out)", ep)
		}
		return entry{kind: entryFile, name: ep, why: "entrypoint"}, nil
	}
	if isFile(src, path.Join(ep, "__main__.py")) {
		dir := ep
		srcLayout := false
		if rest, ok := strings.CutPrefix(dir, "src/"); ok {
			dir, srcLayout = rest, !f.installable
		}
		mod := strings.ReplaceAll(dir, "/", ".")
		if !moduleRE.MatchString(mod) {
			return entry{}, s.Errorf("entrypoint", "entrypoint %q: the directory is not importable as a module (%q); rename it, or name a file", ep, mod)
		}
		return entry{kind: entryModule, name: mod, srcLayout: srcLayout, why: "entrypoint: " + ep + "/__main__.py"}, nil
	}
	if scriptRE.MatchString(ep) && !strings.Contains(ep, "/") {
		if contains(scripts, ep) {
			if !f.installable {
				return entry{}, s.Errorf("entrypoint", "entrypoint %q is a [project.scripts] entry, which exists only once the project is installed, and pyproject.toml has no [build-system] to install it with; add one (for instance [build-system] requires = [\"setuptools>=61\"], build-backend = \"setuptools.build_meta\")", ep)
			}
			return entry{kind: entryScript, name: ep, why: "entrypoint: a [project.scripts] entry"}, nil
		}
		if preset.Exists(src, ep+".py") {
			return entry{}, s.Errorf("entrypoint", "entrypoint %q: did you mean the file %q? Write entrypoint = %q, or \"-m %s\" for the module", ep, ep+".py", ep+".py", ep)
		}
		return entry{kind: entryScript, name: ep, unseen: true, why: "entrypoint: a console script a dependency installs"}, nil
	}
	return entry{}, s.Errorf("entrypoint", "entrypoint %q is neither a .py file, a package directory with __main__.py, nor a console script name; set it to %s", ep, example)
}

// moduleEntry runs mod; unseen when neither the context nor the project
// has it.
func moduleEntry(src fs.FS, f *facts, mod, why string) entry {
	top := strings.ReplaceAll(mod, ".", "/")
	for _, p := range []string{top + ".py", top + "/__main__.py", top + "/__init__.py"} {
		if isFile(src, p) {
			return entry{kind: entryModule, name: mod, why: why}
		}
		if isFile(src, "src/"+p) {
			return entry{kind: entryModule, name: mod, srcLayout: !f.installable, why: why}
		}
	}
	return entry{kind: entryModule, name: mod, unseen: true, why: why + ", from a dependency"}
}

// candidates are the root .py files a user might mean, for messages.
func candidates(src fs.FS) []string {
	m, _ := fs.Glob(src, "*.py")
	var out []string
	for _, f := range m {
		if !strings.HasPrefix(path.Base(f), "test_") && f != "setup.py" && f != "conftest.py" {
			out = append(out, f)
		}
	}
	return out
}

func isFile(src fs.FS, name string) bool {
	st, err := fs.Stat(src, name)
	return err == nil && st.Mode().IsRegular()
}

// argv is the image's entrypoint for e, with the app in wd.
func (e entry) argv(wd string) []string {
	py := venvDir + "/bin/python"
	switch e.kind {
	case entryModule:
		return []string{py, "-m", e.name}
	case entryScript:
		return []string{venvDir + "/bin/" + e.name}
	}
	return []string{py, path.Join(wd, e.name)}
}

// check is a Python one-liner that fails the build, with a message, when
// a dependency does not provide the unseen module or script.
func (e entry) check() []string {
	switch {
	case !e.unseen:
		return nil
	case e.kind == entryModule:
		return []string{venvDir + "/bin/python", "-c", fmt.Sprintf(checkModule, e.name)}
	}
	return []string{venvDir + "/bin/python", "-c", fmt.Sprintf(checkScript, venvDir+"/bin", e.name)}
}

const checkModule = `import importlib.util, sys
if importlib.util.find_spec(%[1]q.split(".")[0]) is None:
    sys.exit("entrypoint: no installed package provides the module %[1]s; add the package to the dependencies, or name a file of the app")`

const checkScript = `import os, sys
d, n = %q, %q
if not os.access(os.path.join(d, n), os.X_OK):
    have = sorted(f for f in os.listdir(d) if not f.startswith(("python", "pip", "activate", "Activate")))
    sys.exit("entrypoint: no installed package provides the console script %%s (the venv has: %%s); add the package that provides it to the dependencies, or set entrypoint to a file or -m module" %% (n, ", ".join(have) or "none"))`
