package python

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// pyproject is the part of pyproject.toml the preset reads.
type pyproject struct {
	Project struct {
		Name           string            `toml:"name"`
		Dependencies   []string          `toml:"dependencies"`
		RequiresPython string            `toml:"requires-python"`
		Scripts        map[string]string `toml:"scripts"`
		Dynamic        []string          `toml:"dynamic"`
	} `toml:"project"`
	BuildSystem *struct {
		Requires     []string `toml:"requires"`
		BuildBackend string   `toml:"build-backend"`
	} `toml:"build-system"`
	Tool struct {
		Poetry *struct {
			Dependencies map[string]any `toml:"dependencies"`
		} `toml:"poetry"`
		UV struct {
			Package *bool `toml:"package"`
		} `toml:"uv"`
	} `toml:"tool"`
}

// lockfiles are the lockfiles the preset knows, best first.
var lockfiles = []string{"uv.lock", "poetry.lock", "Pipfile.lock"}

// wheelhouses are the directories that, holding wheels or sdists, make
// the install use them alone, with no index.
var wheelhouses = []string{"wheels", "wheelhouse", "vendor"}

// archiveExts are what a wheelhouse holds.
var archiveExts = []string{"*.whl", "*.tar.gz", "*.zip"}

// rootFiles are the context-root files the preset may read.
var rootFiles = []string{"pyproject.toml", "requirements.txt", "uv.lock", "poetry.lock", "Pipfile", "Pipfile.lock", ".python-version", "*.py"}

// facts are what the Python preset reads from the source tree.
type facts struct {
	pyproject *pyproject
	pyData    []byte
	// uv says the install runs uv from uv.lock; else pip.
	uv bool
	// requirements is the requirements file pip installs from, "" for
	// none; hashes says it pins hashes.
	requirements string
	hashes       bool
	// deps are pyproject's dependencies, installed by name when there is
	// neither a lockfile nor a requirements file.
	deps []string
	// depsFromSource says the dependencies are known only by building the
	// project (dynamic dependencies), so they install with it.
	depsFromSource bool
	// installable says the project is a package the build installs
	// (pyproject.toml has a [build-system], or uv says package = true).
	installable bool
	// wheelhouse is the context directory that serves every package;
	// findLinks is a URL that serves some.
	wheelhouse, findLinks string
	// manifests are the include patterns of what the dependency step
	// reads.
	manifests []string
	notes     []string
	warnings  []plan.Warning
}

// factPatterns are the files planPython reads.
func factPatterns(s *spec.Spec, _ fs.FS) []string {
	out := append([]string(nil), rootFiles...)
	out = append(out, "requirements/*.txt", "requirements*.txt", "constraints*.txt", "*/__main__.py", "src/*/__main__.py", "src/*/__init__.py", "*/__init__.py")
	for _, dir := range wheelhouses {
		for _, ext := range archiveExts {
			out = append(out, dir+"/"+ext)
		}
	}
	if s.Entrypoint != "" {
		out = append(out, s.Entrypoint, s.Entrypoint+"/__main__.py")
	}
	if o, err := readOptions(s); err == nil {
		if o.Requirements != "" {
			out = append(out, o.Requirements)
		}
		if o.FindLinks != "" && !isURL(o.FindLinks) {
			for _, ext := range archiveExts {
				out = append(out, o.FindLinks+"/"+ext)
			}
		}
	}
	return out
}

// readFacts reads pyproject.toml, the requirements file and the lockfiles.
func readFacts(src fs.FS, s *spec.Spec, o options) (*facts, error) {
	f := &facts{}
	data, err := preset.ReadOptional(src, "pyproject.toml")
	if err != nil {
		return nil, err
	}
	if data != nil {
		f.pyData = data
		f.pyproject = &pyproject{}
		if _, err := toml.Decode(string(data), f.pyproject); err != nil {
			return nil, fmt.Errorf("pyproject.toml: %w", err)
		}
		pp := f.pyproject
		f.installable = pp.BuildSystem != nil
		if pp.Tool.UV.Package != nil {
			f.installable = *pp.Tool.UV.Package
		}
	}
	if err := f.findWheels(src, s, o); err != nil {
		return nil, err
	}

	req := o.Requirements
	if req == "" && preset.Exists(src, "requirements.txt") {
		req = "requirements.txt"
	}
	lock := ""
	for _, l := range lockfiles {
		if preset.Exists(src, l) {
			lock = l
			break
		}
	}
	switch {
	case o.Requirements != "":
		if !preset.Exists(src, req) {
			return nil, s.Errorf("python.requirements", "python.requirements: %q is not a file of the build context (or .dockerignore leaves it out)", req)
		}
		err = f.useRequirements(src, req)
	case lock == "uv.lock":
		if f.pyproject == nil {
			return nil, s.Errorf("language", "uv.lock has no pyproject.toml beside it, which uv needs to install it; add the project's pyproject.toml to the build context")
		}
		f.uv = true
		f.manifests = append(f.manifests, "pyproject.toml", "uv.lock")
		f.notes = append(f.notes, "dependencies: uv sync --locked from uv.lock")
	case req != "":
		err = f.useRequirements(src, req)
	case lock != "":
		return nil, s.Errorf("language", "%s pins this app's dependencies, but slimfront installs from uv.lock or a requirements file only, and will not install unpinned ones instead; export the lock once: %s", lock, exportHint(lock))
	case f.pyproject != nil && f.pyproject.Tool.Poetry != nil && len(f.pyproject.Project.Dependencies) == 0 && len(f.pyproject.Tool.Poetry.Dependencies) > 1:
		return nil, s.Errorf("language", "pyproject.toml lists its dependencies under [tool.poetry.dependencies], which only Poetry reads; lock them (`poetry lock`) and export a requirements file: %s", exportHint("poetry.lock"))
	case f.pyproject != nil && contains(f.pyproject.Project.Dynamic, "dependencies"):
		f.depsFromSource = true
		f.notes = append(f.notes, "dependencies: pyproject.toml declares them dynamic, so they install with the project from its source, on every source change; a requirements file or uv.lock gives them a step of their own")
	case f.pyproject != nil:
		f.deps = f.pyproject.Project.Dependencies
		if len(f.deps) > 0 {
			f.notes = append(f.notes, "dependencies: pyproject.toml's [project] dependencies, by name")
		}
		if slices.ContainsFunc(f.deps, func(d string) bool { return !pinned(d) }) {
			f.warnings = append(f.warnings, plan.Warning{Rule: plan.RuleNoLockfile, Source: "language", Msg: "pyproject.toml's dependencies are installed unpinned, so each build may get other versions; pin them with a lockfile: `uv lock` (uv.lock), or `pip-compile --generate-hashes -o requirements.txt pyproject.toml`"})
		}
	}
	if err != nil {
		return nil, err
	}
	if f.pyproject == nil && req == "" && lock == "" {
		f.notes = append(f.notes, "dependencies: none (no pyproject.toml, requirements.txt or lockfile)")
	}
	if f.wheelhouse != "" {
		// A pattern, not the directory: an ejected COPY of a directory
		// would spill its files into the destination.
		f.manifests = append(f.manifests, f.wheelhouse+"/*")
	}
	sort.Strings(f.manifests)
	return f, nil
}

// exportHint says how to turn a lockfile the preset does not read into
// a requirements file it does.
func exportHint(lock string) string {
	switch lock {
	case "poetry.lock":
		return "`poetry export --format requirements.txt --output requirements.txt` (with poetry-plugin-export), which keeps the hashes"
	case "Pipfile.lock":
		return "`pipenv requirements --hash > requirements.txt`"
	}
	return "write requirements.txt"
}

// findWheels finds the wheelhouse: [python] find_links, else the first
// of wheelhouses that holds archives.
func (f *facts) findWheels(src fs.FS, s *spec.Spec, o options) error {
	if o.FindLinks != "" {
		if isURL(o.FindLinks) {
			f.findLinks = o.FindLinks
			return nil
		}
		if !hasArchives(src, o.FindLinks) {
			return s.Errorf("python.find_links", "python.find_links: %q holds no wheel (.whl) or sdist (.tar.gz, .zip) in the build context; fill it with `pip download -r requirements.txt -d %s`, or check .dockerignore", o.FindLinks, o.FindLinks)
		}
		f.wheelhouse = o.FindLinks
	} else {
		for _, dir := range wheelhouses {
			if hasArchives(src, dir) {
				f.wheelhouse = dir
				break
			}
		}
	}
	if f.wheelhouse != "" {
		f.notes = append(f.notes, "packages: from "+f.wheelhouse+"/ only (no index), and the build backend also from Debian's wheels in "+debianWheels)
	}
	return nil
}

func hasArchives(src fs.FS, dir string) bool {
	for _, ext := range archiveExts {
		if m, _ := fs.Glob(src, dir+"/"+ext); len(m) > 0 {
			return true
		}
	}
	return false
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// useRequirements reads a requirements file and those it includes: they
// and the local directories they install join the dependency step's
// inputs. An editable or the project itself cannot install there.
func (f *facts) useRequirements(src fs.FS, file string) error {
	f.requirements = file
	f.notes = append(f.notes, "dependencies: pip install -r "+file)
	seen := map[string]bool{}
	// The first requirement without a version (its file and line), and
	// whether a constraints file may pin it.
	var loose *requirementLine
	looseFile, constrained := "", false
	var read func(file string) error
	read = func(file string) error {
		if seen[file] {
			return nil
		}
		seen[file] = true
		f.manifests = append(f.manifests, file)
		data, err := fs.ReadFile(src, file)
		if err != nil {
			return err
		}
		for _, l := range requirementLines(data) {
			fail := func(format string, args ...any) error {
				return &spec.Error{File: file, Line: l.line, Msg: fmt.Sprintf(format, args...)}
			}
			if strings.Contains(l.text, "--hash") {
				f.hashes = true
			}
			opt, arg := splitOption(l.text)
			if opt == "-c" || opt == "--constraint" {
				constrained = true
			}
			switch opt {
			case "-r", "--requirement", "-c", "--constraint":
				inc, ok := contextPath(path.Join(path.Dir(file), arg))
				if !ok || arg == "" || path.IsAbs(arg) {
					return fail("%s %s: the file is outside the build context; keep included requirement files inside it", opt, arg)
				}
				if !preset.Exists(src, inc) {
					return fail("%s %s: %s is not in the build context (or .dockerignore leaves it out, or it is not named requirements*.txt, constraints*.txt or requirements/*.txt, the names slimfront reads)", opt, arg, inc)
				}
				if err := read(inc); err != nil {
					return err
				}
			case "-e", "--editable":
				if arg == "." || arg == "./" {
					return fail("%s %s installs the project in editable mode, from the source the dependency step does not see; remove the line: slimfront installs the project itself when pyproject.toml has a [build-system]", opt, arg)
				}
				return fail("%s %s installs in editable mode, which links the venv to the build's source tree instead of copying the package; write the path without %s", opt, arg, opt)
			case "":
				if local, ok := localPath(l.text); ok {
					if local == "." {
						return fail("%q installs the project from its source, which the dependency step does not see; remove the line: slimfront installs the project itself when pyproject.toml has a [build-system]", l.text)
					}
					dir, ok := contextPath(path.Join(path.Dir(file), local))
					if !ok {
						return fail("%q is outside the build context; keep local packages inside it", l.text)
					}
					f.manifests = append(f.manifests, dir+"/**")
				} else if loose == nil && !pinned(l.text) && !directReference(l.text) {
					loose, looseFile = &l, file
				}
			}
		}
		return nil
	}
	if err := read(file); err != nil {
		return err
	}
	// A wheelhouse is the only source of packages: what it holds is the
	// lock.
	if loose != nil && !constrained && f.wheelhouse == "" {
		f.warnings = append(f.warnings, plan.Warning{Rule: plan.RuleNoLockfile, Source: "language", Msg: fmt.Sprintf(
			"%s:%d: %q names no exact version (==), so each build may install other versions; pin every requirement, dependencies included: "+
				"`pip freeze > %s` in a working venv, or `uv pip compile --generate-hashes` (pip-compile) from a requirements.in", looseFile, loose.line, loose.text, file)})
	}
	return nil
}

// pinned reports whether a requirement names one exact version
// ("flask==3.1.0", "flask===3.1.0").
func pinned(req string) bool { return strings.Contains(req, "==") }

// directReference reports a requirement installed from a URL ("pkg @
// https://…", "git+https://…"), whose version only the URL knows.
func directReference(req string) bool {
	return strings.Contains(req, "://") || strings.Contains(req, " @ ")
}

// requirementLine is one logical line of a requirements file.
type requirementLine struct {
	line int // where it starts, 1-based
	text string
}

// commentRE matches a comment: # at the start or after whitespace.
var commentRE = regexp.MustCompile(`(^|\s+)#.*$`)

// requirementLines joins continued lines and drops comments and blanks,
// as pip reads the file.
func requirementLines(data []byte) []requirementLine {
	var out []requirementLine
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	n, start := 0, 0
	var cur strings.Builder
	for sc.Scan() {
		n++
		text := sc.Text()
		if cur.Len() == 0 {
			start = n
		}
		if strings.HasSuffix(text, `\`) {
			cur.WriteString(strings.TrimSuffix(text, `\`))
			cur.WriteString(" ")
			continue
		}
		cur.WriteString(text)
		line := strings.TrimSpace(commentRE.ReplaceAllString(cur.String(), ""))
		cur.Reset()
		if line != "" {
			out = append(out, requirementLine{line: start, text: line})
		}
	}
	if line := strings.TrimSpace(commentRE.ReplaceAllString(cur.String(), "")); line != "" {
		out = append(out, requirementLine{line: start, text: line})
	}
	return out
}

// splitOption splits "-r file", "-rfile" and "--requirement=file" into the
// option and its argument; "" for a requirement line.
func splitOption(line string) (opt, arg string) {
	if !strings.HasPrefix(line, "-") {
		return "", ""
	}
	if strings.HasPrefix(line, "--") {
		name, rest, ok := strings.Cut(line, "=")
		if !ok {
			name, rest, _ = strings.Cut(line, " ")
		}
		return name, strings.TrimSpace(rest)
	}
	if len(line) > 2 {
		return line[:2], strings.TrimSpace(line[2:])
	}
	return line, ""
}

// localPath reports a requirement that is a local directory or archive
// ("./lib", "../x", "file:lib", "."), with its path.
func localPath(req string) (string, bool) {
	req, _, _ = strings.Cut(req, " ")
	req, _, _ = strings.Cut(req, ";")
	if p, ok := strings.CutPrefix(req, "file:"); ok {
		return strings.TrimPrefix(p, "//"), true
	}
	if req == "." || strings.HasPrefix(req, "./") || strings.HasPrefix(req, "../") || strings.HasPrefix(req, "/") {
		return path.Clean(req), true
	}
	return "", false
}
