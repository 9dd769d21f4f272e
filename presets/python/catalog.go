package python

// The images and paths the Python preset relies on, named here and
// nowhere else.
const (
	// builderImage is Debian trixie, whose python3 is the interpreter the
	// runtime has at the same path: a virtualenv records its interpreter's
	// path, so it must be built by /usr/bin/python3 to start there.
	builderImage = "docker.io/library/debian:trixie-slim"
	// runtimeImage is Debian's Python 3.13 without a shell or pip.
	runtimeImage = "gcr.io/distroless/python3-debian13:nonroot"
	// uvImage holds the uv binary at /uv; it is mounted into the
	// dependency and build steps, never copied into an image.
	uvImage = "ghcr.io/astral-sh/uv:0.13.8"

	// pythonVersion is Debian trixie's Python, the runtime's.
	pythonVersion = "3.13"
	// pythonBin is the interpreter in both builder and runtime.
	pythonBin = "/usr/bin/python3"
	// debianWheels holds the pip and setuptools wheels of Debian's
	// python3-pip-whl and python3-setuptools-whl, which python3-venv
	// brings: an install without an index finds a setuptools build
	// backend there.
	debianWheels = "/usr/share/python-wheels"
)

// aptPackages are what the python stage installs: the interpreter and
// venv (with the bundled pip wheel).
var aptPackages = []string{"python3", "python3-venv"}

// Paths inside the builder stages and the image.
const (
	venvDir = "/venv"
	// sitePackages is the venv's library directory.
	sitePackages = venvDir + "/lib/python" + pythonVersion + "/site-packages"
	// projectDir is where the build stage installs the project, apart
	// from the dependencies, so the image gets it as a layer of its own.
	projectDir = "/slimfront/site"
	// uvDir is where uvImage is mounted.
	uvDir = "/slimfront/uv"
	// pipCache and uvCache are the tools' cache directories.
	pipCache = "/root/.cache/pip"
	uvCache  = "/root/.cache/uv"
)
