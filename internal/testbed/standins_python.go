package testbed

import (
	"context"
	"fmt"
	"runtime"
	"strings"

	"github.com/moby/buildkit/client"
	"github.com/moby/buildkit/client/llb"
	gateway "github.com/moby/buildkit/frontend/gateway/client"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"
	"github.com/tonistiigi/fsutil"
)

// PythonVersion is the minor version of Debian trixie's python3, which
// both Python stand-ins carry. The recipes fail if Debian's python3 is
// another one, so the tags below never misname it.
const PythonVersion = "3.13"

// distrolessPythonRecipeVersion and pythonRecipeVersion change whenever
// the distroless python3 or the python recipe below changes. They are
// separate from recipeVersion and from each other, so that a change
// rebuilds only that stand-in.
const (
	distrolessPythonRecipeVersion = "1"
	pythonRecipeVersion           = "1"
)

// DistrolessPythonTags are the names of the distroless python3 stand-in.
var DistrolessPythonTags = []string{
	"gcr.io/distroless/python3-debian13:latest",
	"gcr.io/distroless/python3-debian13:nonroot",
}

// PythonTags are the Docker Hub names the python stand-in answers to: the
// official slim image's trixie tags for Debian's Python minor, its major
// and the default. Full version tags (3.13.5-slim, …) are left out: the
// stand-in carries Debian's Python, whose patch release is Debian's.
var PythonTags = func() []string {
	major := strings.SplitN(PythonVersion, ".", 2)[0]
	var tags []string
	for _, v := range []string{PythonVersion + "-", major + "-", ""} {
		tags = append(tags, "python:"+v+"slim", "python:"+v+"slim-"+DebianSuite)
	}
	return tags
}()

// distrolessCCPackages are what cc-debian13 is made of (base: libc6,
// libssl3t64, libzstd1, zlib1g; cc: libgcc-s1, libstdc++6, libgomp1,
// gcc-14-base), unpacked again for each architecture of distroless python3.
var distrolessCCPackages = []string{"libc6", "libssl3t64", "libzstd1", "zlib1g", "libgcc-s1", "libstdc++6", "libgomp1", "gcc-14-base"}

// DistrolessPythonPackages are the Debian packages distroless python3
// adds to cc-debian13: the debian13 list of GoogleContainerTools/distroless
// (python3/config.bzl), less python3.13-venv, whose ensurepip has no
// wheels there. Python 3.13 links the compression, sqlite, ffi, expat,
// uuid, readline, ncurses and Berkeley DB libraries; the Kerberos, nsl,
// tirpc and crypt ones are on the real list although 3.13's standard
// library no longer links them.
var DistrolessPythonPackages = []string{
	"libbz2-1.0", "libdb5.3t64", "libexpat1", "liblzma5", "libsqlite3-0", "libuuid1",
	"libncursesw6", "libtinfo6", "zlib1g", "libcom-err2", "libcrypt1", "libgssapi-krb5-2",
	"libk5crypto3", "libkeyutils1", "libkrb5-3", "libkrb5support0", "libnsl2",
	"libreadline8t64", "libtirpc3t64", "libffi8",
	"libpython" + PythonVersion + "-minimal", "libpython" + PythonVersion + "-stdlib", "python" + PythonVersion + "-minimal",
}

// PythonPackages are the Debian packages the python stand-in installs.
var PythonPackages = []string{"python3", "python3-pip", "python3-venv", "python3-setuptools", "python3-wheel", "ca-certificates"}

// distrolessPythonPlatforms are the platforms of the distroless python3
// stand-in, each with its Debian architecture.
var distrolessPythonPlatforms = []struct{ goarch, debarch string }{
	{"amd64", "amd64"},
	{"arm64", "arm64"},
}

// pythonImports are the standard library modules the recipes check and
// whose shared libraries a virtualenv's app most often needs.
const pythonImports = "ssl, sqlite3, json, zlib, lzma, bz2, ctypes, uuid, http.server, decimal, hashlib, readline, curses, dbm.ndbm, pyexpat, zoneinfo"

func pythonStandIns(caHash string) []standIn {
	dl := "distroless-python3-debian13"
	for _, p := range distrolessPythonPlatforms {
		dl += "-" + p.goarch
	}
	return []standIn{{
		key:   dl + "-r" + recipeVersion + "dp" + distrolessPythonRecipeVersion,
		tags:  DistrolessPythonTags,
		build: buildDistrolessPython,
	}, {
		key:   "python-" + PythonVersion + "-slim-" + DebianSuite + "-" + runtime.GOARCH + "-ca" + caHash + "-r" + recipeVersion + "py" + pythonRecipeVersion,
		tags:  PythonTags,
		build: buildPython,
	}}
}

// distrolessPythonScript downloads the cc and python packages for every
// architecture, unpacks each architecture's into /out/<arch> with the
// interpreter's links, and runs the host architecture's interpreter in
// that tree, importing every extension module, so a missing library fails
// the build. Nothing is installed, so no maintainer script runs: like the
// real image, the tree has no byte-compiled files.
func distrolessPythonScript() string {
	var arches, debs []string
	for _, p := range distrolessPythonPlatforms {
		arches = append(arches, p.debarch)
		for _, pkg := range append(append([]string(nil), distrolessCCPackages...), DistrolessPythonPackages...) {
			debs = append(debs, pkg+":"+p.debarch)
		}
	}
	py := "python" + PythonVersion
	return `set -e
for a in ` + strings.Join(arches, " ") + `; do dpkg --add-architecture $a; done
apt-get update -qq
apt-get install -y -qq --no-install-recommends ca-certificates tzdata
mkdir -p /debs && cd /debs && apt-get download -qq ` + strings.Join(uniq(debs), " ") + `
for a in ` + strings.Join(arches, " ") + `; do
  mkdir -p /x/$a /out/$a
  for d in /debs/*_$a.deb; do dpkg-deb -x "$d" /x/$a; done
  # trixie is merged-/usr; move anything a package still puts in /lib*.
  for l in lib lib64; do if [ -d /x/$a/$l ] && [ ! -L /x/$a/$l ]; then mkdir -p /x/$a/usr/$l; cp -a /x/$a/$l/. /x/$a/usr/$l/; rm -rf /x/$a/$l; fi; done
  cp -a /x/$a/usr /out/$a/
  if [ -d /x/$a/etc ]; then cp -a /x/$a/etc /out/$a/; fi
  ln -s usr/lib /out/$a/lib
  if [ -d /out/$a/usr/lib64 ]; then ln -s usr/lib64 /out/$a/lib64; fi
  ln -s /usr/bin/` + py + ` /out/$a/usr/bin/python3
  ln -s /usr/bin/` + py + ` /out/$a/usr/bin/python
  for none in bin/sh bin/bash bin/dash bin/pip bin/pip3 bin/apt bin/dpkg lib/` + py + `/ensurepip; do
    if [ -e /out/$a/usr/$none ]; then echo "distroless python3 must have no /usr/$none" >&2; exit 1; fi
  done
done
host=$(dpkg --print-architecture)
chroot /out/$host /usr/bin/python3 -c '
import importlib, os, sys
assert "%d.%d" % sys.version_info[:2] == "` + PythonVersion + `", sys.version
d = os.path.join(sys.prefix, "lib", "` + py + `", "lib-dynload")
for f in sorted(os.listdir(d)):
    importlib.import_module(f.split(".")[0])
import ` + pythonImports + `
print("python", sys.version.split()[0], "imports", len(os.listdir(d)), "extension modules")'`
}

// uniq drops repeated strings, keeping the first of each.
func uniq(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// buildDistrolessPython makes gcr.io/distroless/python3-debian13 :latest
// and :nonroot like the real image, for linux/amd64 and linux/arm64: the
// cc-debian13 content plus Debian's Python 3.13 interpreter, standard
// library and the libraries they link, unpacked from each architecture's
// Debian packages (so no arm64 code runs), /usr/bin/python3 and
// /usr/bin/python linked to /usr/bin/python3.13, which is the entrypoint,
// and LANG=C.UTF-8.
func buildDistrolessPython(ctx context.Context, b *Bed, tmp string) error {
	deb := llb.Image("docker.io/library/debian:" + DebianSuite)
	tools := deb.Run(shell(distrolessPythonScript()), llb.WithCustomName("[stand-in distroless python3] collect files")).Root()
	static := distrolessStatic(deb, tools)
	var ixs []layoutIndex
	for _, tag := range DistrolessPythonTags {
		var ix layoutIndex
		ix.tags = []string{tag}
		for _, p := range distrolessPythonPlatforms {
			st := static.File(llb.Copy(tools, "/out/"+p.debarch, "/", &llb.CopyInfo{CopyDirContentsOnly: true}),
				llb.WithCustomName("[stand-in distroless python3] "+p.goarch))
			ix.platforms = append(ix.platforms, layoutImage{st: st, config: distrolessPythonConfig(p.goarch, strings.HasSuffix(tag, ":nonroot"))})
		}
		ixs = append(ixs, ix)
	}
	return b.buildIndexToLayout(ctx, tmp, nil, ixs)
}

// distrolessPythonConfig is the real image's config: the distroless
// environment plus LANG, the interpreter as entrypoint, and root or
// nonroot as every distroless image has them.
func distrolessPythonConfig(goarch string, nonroot bool) ocispecs.Image {
	img := ocispecs.Image{Platform: ocispecs.Platform{OS: "linux", Architecture: goarch}}
	img.Config.Env = []string{
		"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt",
		"LANG=C.UTF-8",
	}
	img.Config.Entrypoint = []string{"/usr/bin/python" + PythonVersion}
	img.Config.User, img.Config.WorkingDir = "0", "/"
	if nonroot {
		img.Config.User, img.Config.WorkingDir = "65532", "/home/nonroot"
	}
	return img
}

// pythonInstallScript installs Debian's Python in the debian stand-in the
// way the official slim image offers its own: pip installs system-wide
// (Debian's EXTERNALLY-MANAGED marker is removed) and python, python3, pip
// and pip3 are in /usr/local/bin. It fails if Debian's python3 is not
// PythonVersion, which the tags name.
func pythonInstallScript() string {
	return `set -e
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends ` + strings.Join(PythonPackages, " ") + `
apt-get clean
rm -rf /var/lib/apt/lists/*
test "$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')" = ` + PythonVersion + `
rm /usr/lib/python` + PythonVersion + `/EXTERNALLY-MANAGED
ln -s /usr/bin/python3 /usr/local/bin/python
ln -s /usr/bin/python3 /usr/local/bin/python3
ln -s /usr/bin/pip3 /usr/local/bin/pip
ln -s /usr/bin/pip3 /usr/local/bin/pip3
/usr/local/bin/python --version
/usr/local/bin/pip --version
/usr/local/bin/python -c 'import venv, ensurepip, setuptools, wheel, ` + pythonImports + `'`
}

// buildPython makes python:3.13-slim-trixie: debian plus Debian's python3,
// pip, venv, setuptools and wheel, configured like the official image,
// with PYTHON_VERSION read from the interpreter the build installed. It
// trusts the extra CAs, which Debian's pip reads from the system store.
func buildPython(ctx context.Context, b *Bed, tmp string) error {
	locals := map[string]string{}
	st := b.trustExtraCAs(llb.Image("docker.io/library/debian:"+DebianSuite), locals)
	st = st.Run(shell(pythonInstallScript()), llb.WithCustomName("[stand-in python] apt-get install "+strings.Join(PythonPackages, " "))).Root()
	v, err := b.readVersion(ctx, st, locals, "[stand-in python]", `python3 -c 'import platform; print(platform.python_version(), end="")'`)
	if err != nil {
		return err
	}
	if !strings.HasPrefix(v, PythonVersion+".") {
		return fmt.Errorf("debian's python3 is %q, not %s", v, PythonVersion)
	}
	return b.buildToLayout(ctx, tmp, locals, []layoutImage{{st: st, config: pythonImageConfig(v), tags: PythonTags}})
}

// pythonImageConfig is the official image's config, less GPG_KEY and
// PYTHON_SHA256, which name python.org's source tarball.
func pythonImageConfig(version string) ocispecs.Image {
	img := standInConfig()
	img.Config.Env = []string{
		"PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"LANG=C.UTF-8",
		"PYTHON_VERSION=" + version,
	}
	img.Config.Cmd = []string{"python3"}
	return img
}

// solveFile solves st on the bed and returns the content of one of its
// files.
func (b *Bed) solveFile(ctx context.Context, st llb.State, locals map[string]string, path string) (string, error) {
	def, err := st.Marshal(ctx, llb.LinuxAmd64)
	if err != nil {
		return "", err
	}
	mounts := map[string]fsutil.FS{}
	for name, d := range locals {
		fs, err := fsutil.NewFS(d)
		if err != nil {
			return "", err
		}
		mounts[name] = fs
	}
	var data []byte
	_, err = b.main.client.Build(ctx, client.SolveOpt{LocalMounts: mounts}, "testbed", func(ctx context.Context, c gateway.Client) (*gateway.Result, error) {
		res, err := c.Solve(ctx, gateway.SolveRequest{Definition: def.ToPB()})
		if err != nil {
			return nil, err
		}
		ref, err := res.SingleRef()
		if err != nil {
			return nil, err
		}
		data, err = ref.ReadFile(ctx, gateway.ReadRequest{Filename: path})
		if err != nil {
			return nil, err
		}
		return gateway.NewResult(), nil
	}, nil)
	if err != nil {
		return "", fmt.Errorf("read %s: %w", path, err)
	}
	return string(data), nil
}
