// Package python is the Python preset: the interpreter of Debian trixie
// in the builder, dependencies installed into a virtualenv from the
// manifests alone (pip from a requirements file or pyproject.toml, uv
// from uv.lock), the project installed apart from them, bytecode compiled
// at build time, and the venv and app on distroless python3, whose
// interpreter is at the same path as the builder's.
package python

import (
	"path"
	"sort"
	"strings"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// Preset is the Python preset.
var Preset = &preset.Preset{
	Name:      "python",
	Aliases:   []string{"py", "python3"},
	Detect:    []string{"pyproject.toml", "requirements.txt", "uv.lock", "poetry.lock", "Pipfile.lock"},
	EntryExts: []string{".py"},
	Check:     func(s *spec.Spec) error { _, err := readOptions(s); return err },
	Facts:     factPatterns,
	Plan:      planPython,
	ReservedEnv: map[string]string{
		"VIRTUAL_ENV":            "the preset builds the virtualenv at /venv, where the runtime image expects it; remove the key",
		"UV_PROJECT_ENVIRONMENT": "the preset builds the virtualenv at /venv, where the runtime image expects it; remove the key",
		"UV_PYTHON":              "the interpreter is the runtime image's; use [runtime] base for another one",
		"UV_PYTHON_DOWNLOADS":    "the interpreter is the runtime image's, never a download; remove the key",
		"UV_CACHE_DIR":           "the preset keeps uv's cache on a cache mount; remove the key",
		"PIP_CACHE_DIR":          "the preset keeps pip's cache on a cache mount; remove the key",
		"PIP_INDEX_URL":          "use [python] index, and pass credentials as the netrc secret",
		"UV_INDEX_URL":           "use [python] index, and pass credentials as the netrc secret",
		"UV_DEFAULT_INDEX":       "use [python] index, and pass credentials as the netrc secret",
		"PIP_FIND_LINKS":         "use [python] find_links",
		"UV_FIND_LINKS":          "use [python] find_links",
	},
}

// sourceExcludes are left out of the source the build stage copies: a
// local virtualenv or bytecode would shadow what the build makes.
var sourceExcludes = []string{".git", ".venv", "venv", "**/__pycache__", "**/*.pyc", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox", ".nox"}

// appExcludes are left out of the app layer: tests, development files,
// dotfiles (.env among them) and the compiled bytecode of tests.
var appExcludes = []string{
	"**/.*", ".*", "**/__pycache__/conftest.*", "**/__pycache__/test_*", "**/__pycache__/*_test.*", "**/conftest.py", "**/test_*.py", "**/*_test.py",
	"*.Dockerfile", "*.md", "Dockerfile", "compose*.y*ml", "docker-compose*.y*ml", "noxfile.py", "tox.ini", "tests", "**/tests",
	"Pipfile", "Pipfile.lock", "poetry.lock", "requirements*.txt", "requirements", "constraints*.txt", "uv.lock",
}

// pipExcludes are the venv's pip and activation scripts, which the
// builder uses and the image does not.
var pipExcludes = []string{
	"bin/Activate.ps1", "bin/activate", "bin/activate.csh", "bin/activate.fish", "bin/pip", "bin/pip3", "bin/pip" + pythonVersion,
	"lib/python" + pythonVersion + "/site-packages/pip", "lib/python" + pythonVersion + "/site-packages/pip-*.dist-info",
}

// planPython plans a Python app.
func planPython(in preset.Input) (*plan.Plan, error) {
	s := in.Spec
	o, err := readOptions(s)
	if err != nil {
		return nil, err
	}
	f, err := readFacts(in.Source, s, o)
	if err != nil {
		return nil, err
	}
	pyVersion, err := preset.ReadOptional(in.Source, ".python-version")
	if err != nil {
		return nil, err
	}
	warnings := f.warnings
	w, err := checkPython(s, f, pyVersion)
	if err != nil {
		return nil, err
	}
	if w != "" {
		warnings = append(warnings, plan.Warning{Rule: plan.RulePythonVersion, Source: "runtime.base", Msg: w})
	}
	ent, err := pickEntry(in.Source, s, f)
	if err != nil {
		return nil, err
	}
	b := &pyBuild{s: s, f: f, o: o, ent: ent, wd: s.Runtime.Workdir}
	image, err := preset.FinalImage(s, b.runtime())
	if err != nil {
		return nil, err
	}
	notes := append([]string{"builder " + builderImage + " with Debian's python3 (" + pythonVersion + "), the runtime's interpreter at the same path", "entry " + strings.Join(ent.argv(b.wd), " ") + ": " + ent.why}, f.notes...)
	return preset.Finish(&plan.Plan{
		Stages:   b.stages(),
		Image:    image,
		Notes:    notes,
		Warnings: append(warnings, preset.RuntimeWarnings(s)...),
	})
}

// pyBuild carries what the stages of one plan are made from.
type pyBuild struct {
	s   *spec.Spec
	f   *facts
	o   options
	ent entry
	wd  string
}

// hasDeps says a dependency step runs.
func (b *pyBuild) hasDeps() bool {
	return b.f.uv || b.f.requirements != "" || len(b.f.deps) > 0
}

// shipsSource says the image gets the source tree as the app: the
// project is not installed, or the entry is one of its files.
func (b *pyBuild) shipsSource() bool {
	return !b.f.installable || b.ent.kind == entryFile || b.ent.srcLayout
}

// venvStage is the stage whose venv the image copies.
func (b *pyBuild) venvStage() string {
	if b.hasDeps() {
		return "deps"
	}
	return "python"
}

// stages are python (the interpreter and an empty venv), deps (when there
// are dependencies) and build (the source, the project installed apart,
// bytecode).
func (b *pyBuild) stages() []plan.Stage {
	venv := []string{pythonBin, "-m", "venv", venvDir}
	if b.f.uv {
		venv = []string{pythonBin, "-m", "venv", "--without-pip", venvDir}
	}
	apt := "apt-get update && apt-get install -y --no-install-recommends " + strings.Join(aptPackages, " ") + " && rm -rf /var/lib/apt/lists/*"
	stages := []plan.Stage{{
		Name:     "python",
		From:     plan.ImageRef(builderImage),
		Platform: plan.TargetPlatform,
		Workdir:  "/",
		Env:      []string{"DEBIAN_FRONTEND=noninteractive"},
		Runs: []plan.Run{
			{Name: "apt-get install " + strings.Join(aptPackages, " "), Args: []string{"/bin/sh", "-c", apt}, Source: "language"},
			{Name: strings.Join(venv, " "), Args: venv, Source: "language"},
		},
	}}
	if b.hasDeps() {
		stages = append(stages, plan.Stage{
			Name:     "deps",
			From:     plan.StageRef("python"),
			Platform: plan.TargetPlatform,
			Workdir:  b.wd,
			Env:      b.env(),
			Inputs:   plan.Inputs{Paths: b.f.manifests},
			Runs:     []plan.Run{b.install(), compile(sitePackages, "", "")},
		})
	}
	build := plan.Stage{
		Name:     "build",
		From:     plan.StageRef(b.venvStage()),
		Platform: plan.TargetPlatform,
		Workdir:  b.wd,
		Inputs:   plan.Inputs{All: true, Exclude: b.sourceExcludes()},
	}
	if !b.hasDeps() {
		build.Env = b.env() // else deps' env, which build inherits
	}
	if b.f.installable {
		build.Runs = append(build.Runs, b.installProject(),
			plan.Run{Name: "mkdir -p " + projectDir + "/bin", Args: []string{"mkdir", "-p", projectDir + "/bin"}, Source: "language"},
			compile(projectDir, projectDir, sitePackages))
	}
	if b.shipsSource() {
		build.Runs = append(build.Runs, compile(b.wd, "", ""))
	}
	if check := b.ent.check(); check != nil {
		build.Runs = append(build.Runs, plan.Run{Name: "check the entrypoint " + b.ent.name, Args: check, Source: "entrypoint"})
	}
	return append(stages, build)
}

// sourceExcludes are sourceExcludes plus the app.toml itself.
func (b *pyBuild) sourceExcludes() []string {
	out := append([]string{path.Base(b.s.File)}, sourceExcludes...)
	sort.Strings(out)
	return out
}

// env is the environment of the dependency and build steps.
func (b *pyBuild) env() []string {
	env := map[string]string{"PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}
	if b.f.uv {
		env["UV_LINK_MODE"] = "copy"
		env["UV_PYTHON_DOWNLOADS"] = "never"
		env["UV_PYTHON"] = pythonBin
		env["UV_PROJECT_ENVIRONMENT"] = venvDir
		env["UV_CACHE_DIR"] = uvCache
	} else {
		env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
		env["PIP_NO_INPUT"] = "1"
		env["PIP_ROOT_USER_ACTION"] = "ignore"
	}
	for k, v := range b.s.Build.Env {
		env[k] = v
	}
	return plan.Env(env)
}

// mounts are the tool's cache, the netrc secret and, for uv, the uv
// binary.
func (b *pyBuild) mounts() []plan.Mount {
	ms := []plan.Mount{preset.NetrcSecret()}
	if b.f.uv {
		return append(ms, plan.Mount{Target: uvCache, Type: plan.MountCache, CacheID: "uv"},
			plan.Mount{Target: uvDir, Type: plan.MountImage, Image: uvImage, Source: "/"})
	}
	return append(ms, plan.Mount{Target: pipCache, Type: plan.MountCache, CacheID: "pip"})
}

// indexArgs say where packages come from: the wheelhouse alone, or the
// index and find-links of [python].
func (b *pyBuild) indexArgs() []string {
	var args []string
	if w := b.f.wheelhouse; w != "" {
		return []string{"--no-index", "--find-links", path.Join(b.wd, w), "--find-links", debianWheels}
	}
	if b.o.Index != "" {
		if b.f.uv {
			args = append(args, "--default-index", b.o.Index)
		} else {
			args = append(args, "--index-url", b.o.Index)
		}
	}
	if b.f.findLinks != "" {
		args = append(args, "--find-links", b.f.findLinks)
	}
	return args
}

// install installs the dependencies into the venv, from the manifests.
func (b *pyBuild) install() plan.Run {
	var args []string
	switch {
	case b.f.uv:
		args = append([]string{uvDir + "/uv", "sync", "--locked", "--no-dev", "--no-install-project", "--no-editable"}, b.indexArgs()...)
	default:
		args = append([]string{venvDir + "/bin/pip", "install", "--no-compile"}, b.indexArgs()...)
		if b.f.requirements != "" {
			if b.f.hashes {
				args = append(args, "--require-hashes")
			}
			args = append(args, "-r", b.f.requirements)
		} else {
			args = append(args, "--")
			args = append(args, b.f.deps...)
		}
	}
	name := strings.Join(args, " ")
	if !b.f.uv && b.f.requirements == "" {
		name = "pip install the dependencies of pyproject.toml"
	}
	return plan.Run{Name: name, Args: args, Mounts: b.mounts(), Source: "language"}
}

// installProject builds the project from its source and installs it
// into projectDir, which the image lays over the venv's site-packages.
func (b *pyBuild) installProject() plan.Run {
	var args []string
	if b.f.uv {
		args = []string{uvDir + "/uv", "pip", "install", "--python", venvDir + "/bin/python", "--no-deps", "--target", projectDir}
	} else {
		args = []string{venvDir + "/bin/pip", "install", "--no-compile", "--target", projectDir}
		if !b.f.depsFromSource {
			args = append(args, "--no-deps")
		}
	}
	args = append(append(args, b.indexArgs()...), ".")
	return plan.Run{Name: strings.Join(args, " "), Args: args, Mounts: b.mounts(), Source: "language"}
}

// compile byte-compiles dir with hash-based .pyc that never go stale and
// do not depend on file times, as the path the image will have when
// strip and prepend are set.
func compile(dir, strip, prepend string) plan.Run {
	args := []string{venvDir + "/bin/python", "-m", "compileall", "-q", "-j", "0", "--invalidation-mode", "unchecked-hash"}
	if strip != "" {
		args = append(args, "-s", strip, "-p", prepend)
	}
	args = append(args, dir)
	return plan.Run{Name: "compileall " + dir, Args: args, Source: "language"}
}

// runtime describes the final image: the venv without pip, the project
// over its site-packages, the app's source when it ships.
func (b *pyBuild) runtime() preset.Runtime {
	layers := []plan.Layer{{Name: "venv", Copies: []plan.Copy{{
		From: plan.StageRef(b.venvStage()), Src: venvDir, Paths: []string{"."}, Dest: venvDir, Exclude: pipExcludes, Source: "language",
	}}}}
	if b.f.installable {
		layers = append(layers, plan.Layer{Name: "project", Copies: []plan.Copy{
			{From: plan.StageRef("build"), Src: projectDir, Paths: []string{"."}, Dest: sitePackages, Exclude: []string{"bin"}, Source: "language"},
			{From: plan.StageRef("build"), Src: projectDir + "/bin", Paths: []string{"."}, Dest: venvDir + "/bin", Source: "language"},
		}})
	}
	if b.shipsSource() {
		ex := append([]string{path.Base(b.s.File)}, appExcludes...)
		if w := b.f.wheelhouse; w != "" {
			ex = append(ex, w) // installed into the venv already
		}
		sort.Strings(ex)
		layers = append(layers, plan.Layer{Name: "app", Copies: []plan.Copy{{
			From: plan.StageRef("build"), Src: b.wd, Paths: []string{"."}, Dest: b.wd, Exclude: ex, Source: "entrypoint",
		}}})
	}
	env := map[string]string{
		"PATH":                    venvDir + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"PYTHONDONTWRITEBYTECODE": "1",
		"PYTHONUNBUFFERED":        "1",
		"VIRTUAL_ENV":             venvDir,
	}
	if b.ent.srcLayout {
		env["PYTHONPATH"] = path.Join(b.wd, "src")
	}
	return preset.Runtime{
		Base:       plan.ImageRef(runtimeImage),
		Distroless: runtimeImage,
		Layers:     layers,
		Entrypoint: b.ent.argv(b.wd),
		Title:      b.title(),
		Env:        env,
	}
}

// title is name, else the project's name.
func (b *pyBuild) title() string {
	if b.s.Name != "" {
		return b.s.Name
	}
	if pp := b.f.pyproject; pp != nil && pp.Project.Name != "" {
		return pp.Project.Name
	}
	return "app"
}
