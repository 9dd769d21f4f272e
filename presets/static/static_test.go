package static

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/internal/presettest"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

const (
	amd64 = "linux/amd64"
	arm64 = "linux/arm64"
	self  = "docker.io/org/slimfront@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
)

var tree, with = presettest.Tree, presettest.With

const viteApp = `{"name": "@acme/web", "scripts": {"build": "vite build", "dev": "vite"}, "devDependencies": {"vite": "^8.0.0"}}`

func vite() fstest.MapFS {
	return tree("package.json", viteApp, "package-lock.json", `{"lockfileVersion": 3, "packages": {}}`, "index.html", "<div id=app>")
}

func plain() fstest.MapFS {
	return tree("index.html", "<h1>hi", "404.html", "<h1>no", "css/site.css", "body{}")
}

func parse(t *testing.T, toml string) *spec.Spec {
	t.Helper()
	s, err := spec.Parse("app.toml", []byte("# syntax=org/slimfront\n"+toml), spec.Table{Name: "static", Check: Preset.Check})
	if err != nil {
		t.Fatalf("spec.Parse: %v", err)
	}
	return s
}

func input(t *testing.T, toml string, fsys fstest.MapFS, platform string) preset.Input {
	return preset.Input{Spec: parse(t, toml), Source: fsys, Platform: platform, BuildPlatform: amd64, Self: self}
}

func planFor(t *testing.T, toml string, fsys fstest.MapFS, platform string) *plan.Plan {
	t.Helper()
	p, err := planStatic(input(t, toml, fsys, platform))
	return presettest.MustPlan(t, p, err)
}

func planError(t *testing.T, toml string, fsys fstest.MapFS) *spec.Error {
	t.Helper()
	p, err := planStatic(input(t, toml, fsys, amd64))
	return presettest.MustFail(t, p, err)
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want bool
	}{
		{"vite app", vite(), true},
		{"plain site", plain(), true},
		{"no index.html, no package.json", tree("about.html", "x"), false},
		{"vite with a server start script", tree("package.json", `{"scripts": {"start": "node server.js"}, "devDependencies": {"vite": "8"}}`), false},
		{"vite with server.js", with(vite(), "server.js", "x"), false},
		{"vite with main", tree("package.json", `{"main": "app.js", "devDependencies": {"vite": "8"}}`), false},
		{"a Node app", tree("package.json", `{"dependencies": {"express": "5"}}`, "index.html", "x"), false},
		{"nuxt runs on vite but needs a server", tree("package.json", `{"devDependencies": {"vite": "8", "nuxt": "4"}}`), false},
		{"sveltekit with its node adapter", tree("package.json", `{"devDependencies": {"vite": "8", "@sveltejs/kit": "2"}}`), false},
		{"sveltekit with the static adapter", tree("package.json", `{"devDependencies": {"vite": "8", "@sveltejs/kit": "2", "@sveltejs/adapter-static": "3"}}`), true},
		{"next without export", tree("package.json", `{"dependencies": {"next": "16"}}`, "next.config.mjs", "export default {}"), false},
		{"next with export", tree("package.json", `{"dependencies": {"next": "16"}}`, "next.config.mjs", "export default { output: 'export' }"), true},
		{"astro", tree("package.json", `{"dependencies": {"astro": "5"}}`), true},
		{"astro with a server adapter", tree("package.json", `{"dependencies": {"astro": "5"}}`, "astro.config.mjs", "export default defineConfig({ adapter: node() })"), false},
		{"create-react-app", tree("package.json", `{"scripts": {"start": "react-scripts start"}, "dependencies": {"react-scripts": "5"}}`), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Preset.Matches(tt.fsys)
			if err != nil || got != tt.want {
				t.Errorf("Matches = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}

// The site's directory: [static] dir, else where the tool writes.
func TestSiteDir(t *testing.T) {
	angular := func(builder, output string) fstest.MapFS {
		opts := ""
		if output != "" {
			opts = `, "options": {"outputPath": ` + output + `}`
		}
		return tree("package.json", `{"scripts": {"build": "ng build"}, "devDependencies": {"@angular/cli": "20"}}`,
			"angular.json", `{"projects": {"lib": {"projectType": "library"}, "shop": {"projectType": "application", "architect": {"build": {"builder": "`+builder+`"`+opts+`}}}}}`)
	}
	tests := []struct {
		name, toml string
		fsys       fstest.MapFS
		want       string
	}{
		{"vite", ``, vite(), "/app/dist"},
		{"dir set", "[static]\ndir = \"./public/\"\n", vite(), "/app/public"},
		{"react-scripts", ``, tree("package.json", `{"scripts": {"build": "react-scripts build"}, "dependencies": {"react-scripts": "5"}}`), "/app/build"},
		{"next export", ``, tree("package.json", `{"scripts": {"build": "next build"}, "dependencies": {"next": "16"}}`, "next.config.js", `module.exports = { output: "export" }`), "/app/out"},
		{"angular application builder", ``, angular("@angular/build:application", ""), "/app/dist/shop/browser"},
		{"angular with an outputPath", ``, angular("@angular-devkit/build-angular:application", `"dist/web"`), "/app/dist/web/browser"},
		{"angular with an outputPath object", ``, angular("@angular/build:application", `{"base": "out", "browser": ""}`), "/app/out"},
		{"angular browser builder", ``, angular("@angular-devkit/build-angular:browser", ""), "/app/dist/shop"},
		{"plain site", ``, plain(), "/site"},
		{"plain site in a directory", "[static]\ndir = \"public\"\n", tree("public/index.html", "x", "README.md", "x"), "/site/public"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planFor(t, tt.toml, tt.fsys, amd64)
			c := presettest.Layer(t, p, "site").Copies[0]
			if c.Src != tt.want || c.Dest != "/app" || !slices.Equal(c.Paths, []string{"."}) {
				t.Errorf("site copy = %+v, want %s/. into /app", c, tt.want)
			}
			// The files are precompressed where they lie.
			st := presettest.Stage(t, p, c.From.Name)
			last := st.Runs[len(st.Runs)-1]
			if last.Args[0] != "/slimfront/slimcompress" || path.Join(st.Workdir, last.Args[1]) != tt.want {
				t.Errorf("last run of %s = %q in %s, want a compress of %s", st.Name, last.Args, st.Workdir, tt.want)
			}
		})
	}
}

// A built site runs the Node preset's deps and build stages, and
// precompresses with slimcompress mounted from the slimfront image; the image is scratch with the server and the site.
func TestBuiltSite(t *testing.T) {
	p := planFor(t, ``, vite(), arm64)
	if got := presettest.StageNames(p); !slices.Equal(got, []string{"deps", "build"}) {
		t.Fatalf("stages = %v, want deps, build", got)
	}
	deps := presettest.Stage(t, p, "deps")
	if !slices.Equal(deps.Inputs.Paths, []string{"package.json", "package-lock.json"}) || deps.Inputs.All {
		t.Errorf("deps inputs = %+v, want the manifests alone", deps.Inputs)
	}
	build := presettest.Stage(t, p, "build")
	if len(build.Runs) != 2 || !slices.Equal(build.Runs[0].Args, []string{"npm", "run", "build"}) {
		t.Fatalf("build runs = %+v, want npm run build then compress", build.Runs)
	}
	compress := build.Runs[1]
	// An image mount is of the build platform's variant (llbgen and eject
	// see to that), whose slimcompress is at one path for every platform.
	want := plan.Mount{Target: "/slimfront", Type: plan.MountImage, Image: self, Source: "/usr/lib/slimfront"}
	if !slices.Equal(compress.Args, []string{"/slimfront/slimcompress", "dist"}) || !slices.Equal(compress.Mounts, []plan.Mount{want}) {
		t.Errorf("compress = %+v, want slimcompress of the slimfront image mounted at /slimfront", compress)
	}
	if p.Image.Base != plan.Scratch {
		t.Errorf("base = %v, want scratch", p.Image.Base)
	}
	if got := presettest.LayerNames(p); !slices.Equal(got, []string{"base-files", "server", "site"}) {
		t.Errorf("layers = %v, want base-files, server, site (no CA bundle, no zoneinfo)", got)
	}
	server := presettest.Layer(t, p, "server").Copies[0]
	if server.From != plan.ImageRef(self) || server.Src != "/usr/lib/slimfront/linux-arm64" || !slices.Equal(server.Paths, []string{"slimserve"}) || server.Dest != "/" {
		t.Errorf("server copy = %+v, want the arm64 (target) server from the slimfront image", server)
	}
	cfg := p.Image.Config
	if !slices.Equal(cfg.Entrypoint, []string{"/slimserve", "--root=/app", "--listen=:8080", "--spa", "--health=/healthz"}) {
		t.Errorf("entrypoint = %q", cfg.Entrypoint)
	}
	if cfg.User != "65532:65532" || !slices.Equal(cfg.Ports, []string{"8080/tcp"}) || cfg.Labels["org.opencontainers.image.title"] != "web" {
		t.Errorf("config = %+v, want nonroot, port 8080, title web", cfg)
	}
}

// The site layer is the same on every target platform: only the server
// differs.
func TestSiteSharedAcrossPlatforms(t *testing.T) {
	for _, fsys := range []fstest.MapFS{vite(), plain()} {
		a, b := planFor(t, ``, fsys, amd64), planFor(t, ``, fsys, arm64)
		if presettest.MustJSON(t, a.Stages) != presettest.MustJSON(t, b.Stages) {
			t.Errorf("stages differ between platforms:\n%s\n%s", presettest.MustJSON(t, a.Stages), presettest.MustJSON(t, b.Stages))
		}
		if presettest.MustJSON(t, presettest.Layer(t, a, "site")) != presettest.MustJSON(t, presettest.Layer(t, b, "site")) {
			t.Error("site layers differ between platforms")
		}
		if presettest.MustJSON(t, presettest.Layer(t, a, "server")) == presettest.MustJSON(t, presettest.Layer(t, b, "server")) {
			t.Error("server layers are the same on two platforms")
		}
	}
}

func TestPlainSite(t *testing.T) {
	p := planFor(t, ``, plain(), amd64)
	st := presettest.OnlyRun(t, presettest.Stage(t, p, "site"))
	site := presettest.Stage(t, p, "site")
	if site.From != plan.Scratch || !site.Inputs.All || !slices.Equal(site.Inputs.Exclude, []string{"**/.*", ".*", "app.toml"}) {
		t.Errorf("site stage = %+v, want scratch with the context less app.toml and dotfiles", site)
	}
	if !slices.Equal(st.Args, []string{"/slimfront/slimcompress", "."}) {
		t.Errorf("run = %q", st.Args)
	}
	if slices.Contains(p.Image.Config.Entrypoint, "--spa") {
		t.Errorf("entrypoint %q: a plain site gets no SPA fallback by default", p.Image.Config.Entrypoint)
	}
}

func TestOptions(t *testing.T) {
	tests := []struct {
		name, toml string
		fsys       fstest.MapFS
		want       []string
	}{
		{"spa off for a vite app", "[static]\nspa = false\n", vite(), []string{"/slimserve", "--root=/app", "--listen=:8080", "--health=/healthz"}},
		{"spa on for a plain site", "[static]\nspa = true\n", plain(), []string{"/slimserve", "--root=/app", "--listen=:8080", "--spa", "--health=/healthz"}},
		{"no health path, no log", "[static]\nhealth = \"\"\naccess_log = false\n", plain(), []string{"/slimserve", "--root=/app", "--listen=:8080", "--health=", "--access-log=false"}},
		{"headers, sorted", "[static.headers]\nX-Frame-Options = \"DENY\"\nContent-Security-Policy = \"default-src 'self'\"\n", plain(),
			[]string{"/slimserve", "--root=/app", "--listen=:8080", "--health=/healthz", "--header=Content-Security-Policy: default-src 'self'", "--header=X-Frame-Options: DENY"}},
		{"port and workdir", "[runtime]\nports = [80]\nworkdir = \"/srv/www\"\n", plain(), []string{"/slimserve", "--root=/srv/www", "--listen=:80", "--health=/healthz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planFor(t, tt.toml, tt.fsys, amd64)
			if got := p.Image.Config.Entrypoint; !slices.Equal(got, tt.want) {
				t.Errorf("entrypoint = %q, want %q", got, tt.want)
			}
		})
	}
}

// A CA bundle and zoneinfo ship only when app.toml asks.
func TestSystemFilesWhenAsked(t *testing.T) {
	p := planFor(t, "[runtime]\nca_certs = true\ntzdata = \"files\"\n", plain(), amd64)
	if got := presettest.LayerNames(p); !slices.Equal(got, []string{"base-files", "ca-certificates", "zoneinfo", "server", "site"}) {
		t.Errorf("layers = %v", got)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, toml string
		fsys       fstest.MapFS
		key        string
		line       int
		parts      []string
	}{
		{"plain site without index.html", ``, tree("about.html", "x"), "language", 0, []string{"the context root has no index.html", "set dir in [static]"}},
		{"dir without index.html", "[static]\ndir = \"public\"\n", tree("index.html", "x"), "static.dir", 3, []string{"public has no index.html"}},
		{"no build script", ``, tree("package.json", `{"devDependencies": {"vite": "8"}}`), "language", 0, []string{"package.json has no build script", "static.build"}},
		{"an unknown build script", "[static]\nbuild = \"compile\"\n", vite(), "static.build", 3, []string{`package.json has no script "compile"`}},
		{"unknown output of a custom build", ``, tree("package.json", `{"scripts": {"build": "make"}}`), "language", 0, []string{"cannot tell where this build writes the site", "dir in [static]"}},
		{"angular without angular.json", ``, tree("package.json", `{"scripts": {"build": "ng build"}, "devDependencies": {"@angular/cli": "20"}}`), "language", 0, []string{"cannot tell where @angular/cli writes"}},
		{"a UDP port", "[runtime]\nports = [\"53/udp\"]\n", plain(), "runtime.ports", 3, []string{"HTTP over TCP"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			presettest.WantErr(t, planError(t, tt.toml, tt.fsys), tt.key, tt.line, tt.parts...)
		})
	}
}

// Bad [static] options fail when app.toml is parsed, with the rest of the
// file's problems, at their line.
func TestOptionErrors(t *testing.T) {
	tests := []struct {
		name, toml string
		fsys       fstest.MapFS
		key        string
		line       int
		parts      []string
	}{
		{"dir outside the app", "[static]\ndir = \"../www\"\n", vite(), "static.dir", 3, []string{"must be a directory inside the app"}},
		{"a reserved header", "[static.headers]\nCache-Control = \"no-store\"\n", plain(), "static.headers.Cache-Control", 3, []string{"set by the server for each response"}},
		{"a header name with a space", "[static.headers]\n\"X Bad\" = \"1\"\n", plain(), `static.headers.X Bad`, 3, []string{"is not a header name"}},
		{"a header value with a line break", "[static.headers]\nX-A = \"1\\r\\nSet-Cookie: x\"\n", plain(), "static.headers.X-A", 3, []string{"control character"}},
		{"a health path with a query", "[static]\nhealth = \"/h?x=1\"\n", plain(), "static.health", 3, []string{"plain absolute URL path"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := spec.Parse("app.toml", []byte("# syntax=org/slimfront\n"+tt.toml), spec.Table{Name: "static", Check: Preset.Check})
			if err == nil {
				t.Fatal("app.toml parsed, want an error")
			}
			if !strings.HasPrefix(err.Error(), fmt.Sprintf("app.toml:%d: ", tt.line)) {
				t.Errorf("error %q does not start with app.toml:%d", err, tt.line)
			}
			for _, part := range tt.parts {
				if !strings.Contains(err.Error(), part) {
					t.Errorf("error %q does not contain %q", err, part)
				}
			}
		})
	}
}

// A Node version with no distroless runtime builds a site: only the
// builder runs it.
func TestBuilderOnlyNodeVersion(t *testing.T) {
	p := planFor(t, "[build]\nversion = \"25\"\n", vite(), amd64)
	if got := presettest.Stage(t, p, "deps").From.Name; got != "docker.io/library/node:25-trixie-slim" {
		t.Errorf("builder = %s, want node:25-trixie-slim", got)
	}
}

func TestPlatforms(t *testing.T) {
	in := input(t, ``, plain(), "linux/mips64le")
	if _, err := planStatic(in); err == nil || !strings.Contains(err.Error(), "linux/mips64le is not among them") {
		t.Errorf("error = %v, want one naming the platform", err)
	}
	in = input(t, ``, plain(), amd64)
	in.Self = ""
	if _, err := planStatic(in); err == nil || !strings.Contains(err.Error(), "# syntax=") {
		t.Errorf("error = %v, want one about the slimfront image", err)
	}
}
