package testbed

import (
	"slices"
	"strings"
	"testing"
)

// Only names Docker Hub really has, and none that would claim a
// python.org patch release.
func TestPythonTagsLikeDockerHub(t *testing.T) {
	want := []string{
		"python:3.13-slim", "python:3.13-slim-trixie",
		"python:3-slim", "python:3-slim-trixie",
		"python:slim", "python:slim-trixie",
	}
	if !slices.Equal(PythonTags, want) {
		t.Errorf("PythonTags = %q, want %q", PythonTags, want)
	}
	if want := []string{"gcr.io/distroless/python3-debian13:latest", "gcr.io/distroless/python3-debian13:nonroot"}; !slices.Equal(DistrolessPythonTags, want) {
		t.Errorf("DistrolessPythonTags = %q, want %q", DistrolessPythonTags, want)
	}
	if want := []string{"debian:trixie", "debian:trixie-slim"}; !slices.Equal(DebianTags, want) {
		t.Errorf("DebianTags = %q, want %q", DebianTags, want)
	}
}

// The Python stand-ins are built after debian, which they start from;
// their keys follow their own recipe versions, and only python:slim,
// which runs pip, follows the extra CAs.
func TestPythonStandInKeys(t *testing.T) {
	ins, err := (&Bed{}).standIns()
	if err != nil {
		t.Fatal(err)
	}
	debian, distroless, python := -1, -1, -1
	for i, s := range ins {
		switch {
		case slices.Equal(s.tags, DebianTags):
			debian = i
		case slices.Equal(s.tags, DistrolessPythonTags):
			distroless = i
		case slices.Equal(s.tags, PythonTags):
			python = i
		}
	}
	if debian < 0 || distroless < debian || python < debian {
		t.Fatalf("stand-ins: debian at %d, distroless python3 at %d, python at %d", debian, distroless, python)
	}
	for _, c := range []struct {
		key  string
		want []string
	}{
		{ins[debian].key, []string{"-r" + recipeVersion + "d" + debianRecipeVersion, DebianSuite}},
		{ins[distroless].key, []string{"-r" + recipeVersion + "dp" + distrolessPythonRecipeVersion, "debian13", "-amd64-arm64-"}},
		{ins[python].key, []string{"-r" + recipeVersion + "py" + pythonRecipeVersion, PythonVersion, DebianSuite}},
	} {
		for _, w := range c.want {
			if !strings.Contains(c.key, w) {
				t.Errorf("key %s lacks %s", c.key, w)
			}
		}
	}

	one, two := pythonStandIns("aaa"), pythonStandIns("bbb")
	if one[0].key != two[0].key {
		t.Errorf("distroless python3 keys %s and %s differ with the extra CAs", one[0].key, two[0].key)
	}
	if one[1].key == two[1].key {
		t.Errorf("python key %s ignores the extra CAs", one[1].key)
	}
}

func TestDistrolessPythonConfigLikeTheRealImage(t *testing.T) {
	for _, nonroot := range []bool{false, true} {
		img := distrolessPythonConfig("arm64", nonroot)
		c := img.Config
		wantUser, wantWD := "0", "/"
		if nonroot {
			wantUser, wantWD = "65532", "/home/nonroot"
		}
		if img.OS != "linux" || img.Architecture != "arm64" || c.User != wantUser || c.WorkingDir != wantWD {
			t.Errorf("nonroot %v: %s/%s user %q workdir %q", nonroot, img.OS, img.Architecture, c.User, c.WorkingDir)
		}
		if !slices.Equal(c.Entrypoint, []string{"/usr/bin/python3.13"}) || c.Cmd != nil {
			t.Errorf("entrypoint %q cmd %q", c.Entrypoint, c.Cmd)
		}
		for _, want := range []string{"LANG=C.UTF-8", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"} {
			if !slices.Contains(c.Env, want) {
				t.Errorf("env %q lacks %s", c.Env, want)
			}
		}
	}
}

func TestDistrolessPythonScript(t *testing.T) {
	s := distrolessPythonScript()
	for _, want := range []string{
		"for a in amd64 arm64; do dpkg --add-architecture $a; done\n",
		"for a in amd64 arm64; do\n",
		" python3.13-minimal:amd64 ", "libpython3.13-stdlib:arm64 ", "libc6:arm64 ", "libssl3t64:amd64 ", "libzstd1:arm64 ", "libffi8:amd64 ",
		"ln -s /usr/bin/python3.13 /out/$a/usr/bin/python3\n",
		"ln -s /usr/bin/python3.13 /out/$a/usr/bin/python\n",
		"ln -s usr/lib /out/$a/lib\n",
		"lib/python3.13/ensurepip; do",
		"chroot /out/$host /usr/bin/python3 -c",
		"import ssl, sqlite3, json, zlib, lzma, bz2, ctypes, uuid, http.server",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("script lacks %q:\n%s", want, s)
		}
	}
	if n := strings.Count(s, " zlib1g:amd64"); n != 1 {
		t.Errorf("zlib1g:amd64 downloaded %d times", n)
	}
	for _, none := range []string{"python3-pip", "python3.13-venv", "apt-get install -y -qq --no-install-recommends ca-certificates tzdata libpython"} {
		if strings.Contains(s, none) {
			t.Errorf("script has %q", none)
		}
	}
}

func TestPythonStandInLikeTheOfficialImage(t *testing.T) {
	c := pythonImageConfig("3.13.5").Config
	want := []string{"PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8", "PYTHON_VERSION=3.13.5"}
	if !slices.Equal(c.Env, want) || !slices.Equal(c.Cmd, []string{"python3"}) || c.Entrypoint != nil || c.User != "" {
		t.Errorf("env %q cmd %q entrypoint %q user %q", c.Env, c.Cmd, c.Entrypoint, c.User)
	}
	s := pythonInstallScript()
	for _, want := range []string{
		"apt-get install -y -qq --no-install-recommends python3 python3-pip python3-venv python3-setuptools python3-wheel ca-certificates\n",
		"rm -rf /var/lib/apt/lists/*\n",
		"\" = 3.13\n",
		"rm /usr/lib/python3.13/EXTERNALLY-MANAGED\n",
		"ln -s /usr/bin/python3 /usr/local/bin/python\n",
		"ln -s /usr/bin/python3 /usr/local/bin/python3\n",
		"ln -s /usr/bin/pip3 /usr/local/bin/pip\n",
		"ln -s /usr/bin/pip3 /usr/local/bin/pip3\n",
		"/usr/local/bin/pip --version\n",
		"import venv, ensurepip",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("install script lacks %q:\n%s", want, s)
		}
	}
}
