package python

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/internal/presettest"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

const amd64 = "linux/amd64"

var tree = presettest.Tree

func parse(t *testing.T, toml string) *spec.Spec {
	t.Helper()
	s, err := spec.Parse("app.toml", []byte("# syntax=org/slimfront\n"+toml), spec.Table{Name: Preset.Name, Check: Preset.Check})
	if err != nil {
		t.Fatalf("spec.Parse: %v", err)
	}
	return s
}

func pyPlan(t *testing.T, toml string, fsys fs.FS) (*plan.Plan, error) {
	t.Helper()
	return Preset.Plan(preset.Input{Spec: parse(t, toml), Source: fsys, Platform: amd64, BuildPlatform: amd64})
}

func mustPlan(t *testing.T, toml string, fsys fs.FS) *plan.Plan {
	t.Helper()
	p, err := pyPlan(t, toml, fsys)
	return presettest.MustPlan(t, p, err)
}

// fileErr checks a planning error about a file other than app.toml.
func fileErr(t *testing.T, err error, file string, line int, parts ...string) {
	t.Helper()
	var se *spec.Error
	if !errors.As(err, &se) {
		t.Fatalf("error %v (%T) is not a *spec.Error", err, err)
	}
	if se.File != file || se.Line != line {
		t.Errorf("error %q: at %s:%d, want %s:%d", se, se.File, se.Line, file, line)
	}
	for _, p := range parts {
		if !strings.Contains(se.Error(), p) {
			t.Errorf("error %q does not contain %q", se, p)
		}
	}
}

func run(t *testing.T, st *plan.Stage, prefix string) plan.Run {
	t.Helper()
	for _, r := range st.Runs {
		if strings.HasPrefix(strings.Join(r.Args, " "), prefix) {
			return r
		}
	}
	t.Fatalf("stage %s has no command starting %q: %+v", st.Name, prefix, st.Runs)
	return plan.Run{}
}

// A requirements file with a wheelhouse: the install sees the manifests
// and wheels only, uses no index, and the image gets the venv without
// pip, then the compiled app without tests.
func TestRequirementsWheelhouse(t *testing.T) {
	p := mustPlan(t, `entrypoint = "app.py"`, tree(
		"requirements.txt", "bottle==0.13.2\n",
		"wheels/bottle-0.13.2-py3-none-any.whl", "zip",
		"app.py", "import bottle\n",
		"tests/test_app.py", "\n",
	))
	if got := presettest.StageNames(p); !slices.Equal(got, []string{"python", "deps", "build"}) {
		t.Fatalf("stages = %v", got)
	}
	deps := presettest.Stage(t, p, "deps")
	if !slices.Equal(deps.Inputs.Paths, []string{"requirements.txt", "wheels/*"}) || deps.Inputs.All {
		t.Errorf("deps inputs = %+v, want the requirements file and the wheels only", deps.Inputs)
	}
	install := run(t, deps, "/venv/bin/pip install")
	want := []string{"/venv/bin/pip", "install", "--no-compile", "--no-index", "--find-links", "/app/wheels", "--find-links", debianWheels, "-r", "requirements.txt"}
	if !slices.Equal(install.Args, want) {
		t.Errorf("install = %q, want %q", install.Args, want)
	}
	if !slices.ContainsFunc(install.Mounts, func(m plan.Mount) bool { return m.Type == plan.MountCache && m.Target == pipCache }) ||
		!slices.ContainsFunc(install.Mounts, func(m plan.Mount) bool {
			return m.Type == plan.MountSecret && m.SecretID == "netrc" && m.Target == "/root/.netrc"
		}) {
		t.Errorf("install mounts = %+v, want pip's cache and the netrc secret", install.Mounts)
	}
	compile := run(t, deps, "/venv/bin/python -m compileall")
	if !slices.Contains(compile.Args, "unchecked-hash") || compile.Args[len(compile.Args)-1] != sitePackages {
		t.Errorf("deps compile = %q", compile.Args)
	}
	env := presettest.EnvMap(t, deps.Env)
	if env["PYTHONHASHSEED"] != "0" {
		t.Errorf("deps env = %v, want PYTHONHASHSEED=0 for reproducible bytecode", env)
	}
	if deps.Platform != plan.TargetPlatform {
		t.Errorf("deps runs on %q, want the target: wheels are per platform", deps.Platform)
	}

	if got := presettest.LayerNames(p); !slices.Equal(got, []string{"venv", "app"}) {
		t.Fatalf("layers = %v", got)
	}
	venv := presettest.Layer(t, p, "venv").Copies[0]
	if venv.From != plan.StageRef("deps") || !slices.Contains(venv.Exclude, "bin/pip") || !slices.Contains(venv.Exclude, "lib/python3.13/site-packages/pip") {
		t.Errorf("venv copy = %+v, want deps' venv without pip", venv)
	}
	app := presettest.Layer(t, p, "app").Copies[0]
	for _, ex := range []string{"tests", "**/test_*.py", "requirements*.txt", "app.toml", ".*"} {
		if !slices.Contains(app.Exclude, ex) {
			t.Errorf("app copy excludes %q, want %q among them", app.Exclude, ex)
		}
	}
	cfg := p.Image.Config
	if !slices.Equal(cfg.Entrypoint, []string{"/venv/bin/python", "/app/app.py"}) || cfg.User != "65532:65532" {
		t.Errorf("config = %+v", cfg)
	}
	if env := presettest.EnvMap(t, cfg.Env); env["PYTHONUNBUFFERED"] != "1" || env["VIRTUAL_ENV"] != "/venv" || !strings.HasPrefix(env["PATH"], "/venv/bin:") {
		t.Errorf("image env = %v", env)
	}
	if p.Image.Base != plan.ImageRef(runtimeImage) {
		t.Errorf("base = %v, want %s", p.Image.Base, runtimeImage)
	}
}

func TestRequirementsHashesAndIncludes(t *testing.T) {
	p := mustPlan(t, `entrypoint = "main.py"`, tree(
		"requirements.txt", "# pinned\n-r requirements/base.txt\n-c constraints.txt\nflask==3.1.0 \\\n    --hash=sha256:abc\n./libs/shared\n",
		"requirements/base.txt", "click==8.1.0 --hash=sha256:def\n",
		"constraints.txt", "werkzeug<4\n",
		"main.py", "\n",
	))
	deps := presettest.Stage(t, p, "deps")
	want := []string{"constraints.txt", "libs/shared/**", "requirements.txt", "requirements/base.txt"}
	if !slices.Equal(deps.Inputs.Paths, want) {
		t.Errorf("deps inputs = %q, want %q", deps.Inputs.Paths, want)
	}
	if install := run(t, deps, "/venv/bin/pip install"); !slices.Contains(install.Args, "--require-hashes") {
		t.Errorf("install = %q, want --require-hashes for a file with hashes", install.Args)
	}
}

// NoLockfile: a requirements file that names a package without an exact
// version, unless constraints or a wheelhouse fix what installs.
func TestRequirementsUnpinned(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files []string // pairs of path and content, beside main.py
		want  string   // "" for no warning
	}{
		{"pinned", []string{"requirements.txt", "flask==3.1.0\nclick===8.1.0 ; python_version >= '3.9'\n"}, ""},
		{"a range", []string{"requirements.txt", "# deps\nflask==3.1.0\n\nclick>=8\n"}, `requirements.txt:4: "click>=8" names no exact version`},
		{"a bare name", []string{"requirements.txt", "flask\n"}, `requirements.txt:1: "flask"`},
		{"in an included file", []string{"requirements.txt", "-r requirements/base.txt\n", "requirements/base.txt", "a==1\nb~=2.0\n"}, `requirements/base.txt:2: "b~=2.0"`},
		{"constraints may pin it", []string{"requirements.txt", "-c constraints.txt\nflask\n", "constraints.txt", "flask==3.1.0\n"}, ""},
		{"a wheelhouse is the lock", []string{"requirements.txt", "flask\n", "wheels/flask-3.1.0-py3-none-any.whl", "zip"}, ""},
		{"a URL names its version", []string{"requirements.txt", "pkg @ https://example.com/pkg-1.0.tar.gz\nhttps://example.com/b-1.0.tar.gz\n"}, ""},
		{"a local package", []string{"requirements.txt", "./libs/shared\n", "libs/shared/pyproject.toml", ""}, ""},
		{"options only", []string{"requirements.txt", "--index-url https://pypi.example.com/simple\nflask==3.1.0\n"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := mustPlan(t, `entrypoint = "main.py"`, tree(append([]string{"main.py", ""}, tt.files...)...))
			switch {
			case tt.want == "" && len(p.Warnings) != 0:
				t.Errorf("warnings = %+v, want none", p.Warnings)
			case tt.want != "" && (len(p.Warnings) != 1 || p.Warnings[0].Rule != plan.RuleNoLockfile || p.Warnings[0].Source != "language" ||
				!strings.Contains(p.Warnings[0].Msg, tt.want) || !strings.Contains(p.Warnings[0].Msg, "pip freeze > requirements.txt")):
				t.Errorf("warnings = %+v, want one NoLockfile at language saying %q and how to pin", p.Warnings, tt.want)
			}
		})
	}
}

func TestRequirementsRefused(t *testing.T) {
	for _, tt := range []struct {
		name, req string
		line      int
		want      string
	}{
		{"editable project", "flask\n\n-e .\n", 3, "slimfront installs the project itself"},
		{"project", "flask\n.\n", 2, "slimfront installs the project itself"},
		{"editable path", "-e ./libs/x\n", 1, "write the path without -e"},
		{"include outside", "-r ../other.txt\n", 1, "outside the build context"},
		{"missing include", "-r dev.txt\n", 1, "dev.txt is not in the build context"},
		{"local outside", "../lib\n", 1, "outside the build context"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := pyPlan(t, `entrypoint = "main.py"`, tree("requirements.txt", tt.req, "main.py", ""))
			fileErr(t, err, "requirements.txt", tt.line, tt.want)
		})
	}
}

// A pyproject project with a build backend and one console script: the
// dependencies install by name from pyproject.toml, the project installs
// apart into the project layer, and the script is the entrypoint.
func TestPyprojectScript(t *testing.T) {
	p := mustPlan(t, ``, tree(
		"pyproject.toml", "[project]\nname = \"greeter\"\ndependencies = [\"bottle>=0.13\", \"click\"]\nrequires-python = \">=3.11\"\n[project.scripts]\ngreet = \"greeter.cli:main\"\n[build-system]\nrequires = [\"setuptools>=61\"]\nbuild-backend = \"setuptools.build_meta\"\n",
		"src/greeter/__init__.py", "",
		"src/greeter/cli.py", "def main(): pass\n",
	))
	install := run(t, presettest.Stage(t, p, "deps"), "/venv/bin/pip install")
	if want := []string{"/venv/bin/pip", "install", "--no-compile", "--", "bottle>=0.13", "click"}; !slices.Equal(install.Args, want) {
		t.Errorf("install = %q, want %q", install.Args, want)
	}
	if in := presettest.Stage(t, p, "deps").Inputs; in.All || len(in.Paths) != 0 {
		t.Errorf("deps inputs = %+v, want none: the dependencies are in the command", in)
	}
	build := presettest.Stage(t, p, "build")
	proj := run(t, build, "/venv/bin/pip install")
	if want := []string{"/venv/bin/pip", "install", "--no-compile", "--target", projectDir, "--no-deps", "."}; !slices.Equal(proj.Args, want) {
		t.Errorf("project install = %q, want %q", proj.Args, want)
	}
	c := run(t, build, "/venv/bin/python -m compileall")
	if !slices.Contains(c.Args, "-p") || !slices.Contains(c.Args, sitePackages) {
		t.Errorf("project compile = %q, want it compiled as the path it has in the image", c.Args)
	}
	if got := presettest.LayerNames(p); !slices.Equal(got, []string{"venv", "project"}) {
		t.Errorf("layers = %v, want venv and project (no source tree)", got)
	}
	if got := p.Image.Config.Entrypoint; !slices.Equal(got, []string{"/venv/bin/greet"}) {
		t.Errorf("entrypoint = %q", got)
	}
	if len(p.Warnings) != 1 || p.Warnings[0].Rule != plan.RuleNoLockfile || !strings.Contains(p.Warnings[0].Msg, "unpinned") {
		t.Errorf("warnings = %+v, want one NoLockfile about unpinned dependencies", p.Warnings)
	}
	if got := p.Image.Config.Labels["org.opencontainers.image.title"]; got != "greeter" {
		t.Errorf("title = %q", got)
	}
}

func TestUvLock(t *testing.T) {
	p := mustPlan(t, `entrypoint = "-m api"`, tree(
		"pyproject.toml", "[project]\nname = \"api\"\ndependencies = [\"fastapi\"]\n",
		"uv.lock", "version = 1\n",
		"api/__init__.py", "",
		"api/__main__.py", "",
	))
	py := presettest.Stage(t, p, "python")
	if v := run(t, py, pythonBin+" -m venv"); !slices.Contains(v.Args, "--without-pip") {
		t.Errorf("venv = %q, want --without-pip: uv needs no pip", v.Args)
	}
	deps := presettest.Stage(t, p, "deps")
	sync := run(t, deps, uvDir+"/uv sync")
	for _, a := range []string{"--locked", "--no-dev", "--no-install-project", "--no-editable"} {
		if !slices.Contains(sync.Args, a) {
			t.Errorf("uv sync = %q, want %s", sync.Args, a)
		}
	}
	if !slices.ContainsFunc(sync.Mounts, func(m plan.Mount) bool { return m.Type == plan.MountImage && m.Image == uvImage && m.Target == uvDir }) ||
		!slices.ContainsFunc(sync.Mounts, func(m plan.Mount) bool { return m.Type == plan.MountCache && m.Target == uvCache }) {
		t.Errorf("uv sync mounts = %+v, want the uv image and uv's cache", sync.Mounts)
	}
	env := presettest.EnvMap(t, deps.Env)
	for k, v := range map[string]string{"UV_LINK_MODE": "copy", "UV_PYTHON_DOWNLOADS": "never", "UV_PROJECT_ENVIRONMENT": venvDir} {
		if env[k] != v {
			t.Errorf("deps env %s = %q, want %q", k, env[k], v)
		}
	}
	if !slices.Equal(deps.Inputs.Paths, []string{"pyproject.toml", "uv.lock"}) {
		t.Errorf("deps inputs = %q", deps.Inputs.Paths)
	}
	// No [build-system]: uv treats the project as virtual, and the
	// source ships as the app.
	if got := presettest.LayerNames(p); !slices.Equal(got, []string{"venv", "app"}) {
		t.Errorf("layers = %v", got)
	}
	if got := p.Image.Config.Entrypoint; !slices.Equal(got, []string{"/venv/bin/python", "-m", "api"}) {
		t.Errorf("entrypoint = %q", got)
	}
}

func TestLockfilesWithoutExport(t *testing.T) {
	for lock, hint := range map[string]string{"poetry.lock": "poetry export", "Pipfile.lock": "pipenv requirements --hash"} {
		_, err := pyPlan(t, `entrypoint = "main.py"`, tree(lock, "", "main.py", "", "pyproject.toml", "[project]\nname = \"x\"\n"))
		se := presettest.MustFail(t, nil, err)
		presettest.WantErr(t, se, "language", 0, lock, hint)
	}
	// A requirements file beside the lock is what installs.
	mustPlan(t, `entrypoint = "main.py"`, tree("poetry.lock", "", "requirements.txt", "x==1\n", "main.py", ""))
}

func TestRequiresPython(t *testing.T) {
	py := "[project]\nname = \"x\"\n# comment\nrequires-python = \">=3.14\"\n"
	_, err := pyPlan(t, `entrypoint = "main.py"`, tree("pyproject.toml", py, "main.py", ""))
	fileErr(t, err, "pyproject.toml", 4, `requires-python = ">=3.14" excludes Python 3.13.5`, "[runtime] base")

	// Another base is the user's risk: a warning.
	p := mustPlan(t, "entrypoint = \"main.py\"\n[runtime]\nbase = \"docker.io/library/python:3.14-slim\"\n", tree("pyproject.toml", py, "main.py", ""))
	if len(p.Warnings) == 0 || p.Warnings[0].Rule != plan.RulePythonVersion || !strings.Contains(p.Warnings[0].Msg, "pyproject.toml:4") {
		t.Errorf("warnings = %+v, want one PythonVersion at pyproject.toml:4", p.Warnings)
	}

	_, err = pyPlan(t, `entrypoint = "main.py"`, tree(".python-version", "3.12\n", "main.py", ""))
	fileErr(t, err, ".python-version", 1, "excludes Python 3.13.5", "write 3.13")
	mustPlan(t, `entrypoint = "main.py"`, tree(".python-version", "3.13\n", "main.py", ""))

	_, err = pyPlan(t, "entrypoint = \"main.py\"\n[build]\nversion = \"3.12\"\n", tree("main.py", ""))
	presettest.WantErr(t, presettest.MustFail(t, nil, err), "build.version", 4, "Python 3.13.5 only")
	mustPlan(t, "entrypoint = \"main.py\"\n[build]\nversion = \"3.13\"\n", tree("main.py", ""))

	poetry := "[tool.poetry]\nname = \"x\"\n[tool.poetry.dependencies]\npython = \"^3.9\"\n"
	mustPlan(t, `entrypoint = "main.py"`, tree("pyproject.toml", poetry, "main.py", ""))
	_, err = pyPlan(t, `entrypoint = "main.py"`, tree("pyproject.toml", strings.Replace(poetry, "^3.9", "~3.11", 1), "main.py", ""))
	fileErr(t, err, "pyproject.toml", 4, `python = "~3.11"`)
}

func TestSatisfies(t *testing.T) {
	for spec, want := range map[string]bool{
		">=3.9": true, ">=3.14": false, "<3.13": false, "<=3.13": false, "<3.14": true, ">=3.10,<3.14": true,
		"~=3.11": true, "~=3.13.0": true, "~=3.12.0": false, "==3.13.*": true, "==3.12.*": false, "!=3.13.*": false,
		"==3.13.5": true, "==3.13": false, ">3.13": true, "> 3.13.5": false, ">=3.13.0rc1": true,
	} {
		got, err := satisfies(runtimePython, spec)
		if err != nil || got != want {
			t.Errorf("satisfies(%s, %q) = %v, %v; want %v", runtimePython, spec, got, err, want)
		}
	}
	for _, bad := range []string{"3.13", ">=x", "~=3", ">=3.*"} {
		if _, err := satisfies(runtimePython, bad); err == nil {
			t.Errorf("satisfies(%q) accepted it", bad)
		}
	}
	for c, want := range map[string]bool{"^3.9": true, "^3.14": false, "~3.13": true, "~3.12": false, ">=3.8,<4.0": true, "^2.7 || ^3.10": true, "3.13.5": true, "*": true} {
		if got, err := poetrySatisfies(runtimePython, c); err != nil || got != want {
			t.Errorf("poetrySatisfies(%q) = %v, %v; want %v", c, got, err, want)
		}
	}
}

func TestEntry(t *testing.T) {
	src := tree("requirements.txt", "x\n", "main.py", "", "server.py", "", "tests/test_x.py", "", "pkg/__main__.py", "", "app.py", "")
	for ep, want := range map[string][]string{
		"main.py":  {"/venv/bin/python", "/app/main.py"},
		"pkg":      {"/venv/bin/python", "-m", "pkg"},
		"-m pkg":   {"/venv/bin/python", "-m", "pkg"},
		"gunicorn": {"/venv/bin/gunicorn"},
	} {
		p := mustPlan(t, "entrypoint = \""+ep+"\"", src)
		if got := p.Image.Config.Entrypoint; !slices.Equal(got, want) {
			t.Errorf("entrypoint %q: %q, want %q", ep, got, want)
		}
	}
	// A script or module the source does not have is checked once the
	// dependencies are in, with the entrypoint's line.
	p := mustPlan(t, `entrypoint = "gunicorn"`, src)
	check := presettest.Stage(t, p, "build").Runs
	if last := check[len(check)-1]; last.Source != "entrypoint" || !strings.Contains(strings.Join(last.Args, " "), "gunicorn") {
		t.Errorf("last build command = %+v, want the entrypoint check", last)
	}

	for _, tt := range []struct{ toml, want string }{
		{``, "set entrypoint to"},
		{`entrypoint = "app"`, `did you mean the file "app.py"`},
		{`entrypoint = "nope.py"`, "not a file of the build context"},
		{`entrypoint = "-m 9x"`, "not a module name"},
		{`entrypoint = "a b"`, "neither a .py file"},
	} {
		_, err := pyPlan(t, tt.toml, src)
		se := presettest.MustFail(t, nil, err)
		if !strings.Contains(se.Error(), tt.want) {
			t.Errorf("%s: error %q, want %q", tt.toml, se, tt.want)
		}
	}
	_, err := pyPlan(t, ``, src)
	if se := presettest.MustFail(t, nil, err); !strings.Contains(se.Error(), "app.py, main.py, server.py") {
		t.Errorf("error %q does not list the candidates", se)
	}
}

func TestOptions(t *testing.T) {
	src := tree("requirements.txt", "x\n", "main.py", "")
	p := mustPlan(t, "entrypoint = \"main.py\"\n[python]\nindex = \"https://pypi.example.com/simple\"\n", src)
	install := run(t, presettest.Stage(t, p, "deps"), "/venv/bin/pip install")
	if !slices.Contains(install.Args, "--index-url") || !slices.Contains(install.Args, "https://pypi.example.com/simple") {
		t.Errorf("install = %q", install.Args)
	}
	s, err := spec.Parse("app.toml", []byte("[python]\nindex = \"https://user:pw@pypi.example.com/simple\"\n"), spec.Table{Name: Preset.Name, Check: Preset.Check})
	if err == nil {
		t.Fatalf("credentials in index accepted: %+v", s)
	}
	if !strings.Contains(err.Error(), "app.toml:2") || !strings.Contains(err.Error(), "--secret id=netrc") {
		t.Errorf("error %q", err)
	}
	_, err = pyPlan(t, "entrypoint = \"main.py\"\n[python]\nfind_links = \"wheels\"\n", src)
	presettest.WantErr(t, presettest.MustFail(t, nil, err), "python.find_links", 4, "holds no wheel")
}

// Dynamic dependencies are known only from the project's build: they
// install with it, and no dependency stage pretends otherwise.
func TestDynamicDependencies(t *testing.T) {
	p := mustPlan(t, ``, tree(
		"pyproject.toml", "[project]\nname = \"x\"\ndynamic = [\"dependencies\"]\n[project.scripts]\nx = \"x:main\"\n[build-system]\nrequires = [\"setuptools\"]\n",
		"x.py", "",
	))
	if got := presettest.StageNames(p); !slices.Equal(got, []string{"python", "build"}) {
		t.Errorf("stages = %v", got)
	}
	if proj := run(t, presettest.Stage(t, p, "build"), "/venv/bin/pip install"); slices.Contains(proj.Args, "--no-deps") {
		t.Errorf("project install = %q, want its dependencies too", proj.Args)
	}
}
