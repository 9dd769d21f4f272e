// Package static is the static-site preset: a site built by a Node tool
// (Vite, Angular, Astro, …) with the Node preset's builder, or a plain
// tree of HTML, precompressed at build time and served on scratch by
// slimserve, slimfront's own small file server, which the image copies
// from the slimfront image the build runs.
package static

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/node"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// Preset is the static-site preset.
var Preset = &preset.Preset{
	Name:    "static",
	Aliases: []string{"html", "site", "spa", "web"},
	Detect:  []string{"package.json", "index.html"},
	Match:   isSite,
	Check:   func(s *spec.Spec) error { _, err := readOptions(s); return err },
	Facts:   factPatterns,
	Plan:    planStatic,
	// A site is built by the Node build.
	ReservedEnv: node.ReservedEnv(),
}

// The server's place in the slimfront image and in the app's.
const (
	// serverDir holds one slimserve per platform in the slimfront image:
	// <serverDir>/<os>-<arch>[-<variant>]/slimserve. The slimfront
	// image's Dockerfile builds each of ServerPlatforms there, and
	// <serverDir>/slimcompress for the image's own platform: a build
	// mounts the build platform's slimfront image, so an ejected
	// Dockerfile names no platform for it.
	serverDir = preset.SelfToolsImageDir
	// serverBin is the server's name, in the slimfront image and the app's.
	serverBin = "slimserve"
	// compressBin precompresses a site at build time. It is a binary of
	// its own because the brotli encoder would more than double the
	// server's size.
	compressBin = "slimcompress"
	// defaultPort is where the server listens when [runtime] ports names none.
	defaultPort = "8080"
)

// ServerPlatforms are the platforms slimserve is built for.
var ServerPlatforms = []string{"linux/amd64", "linux/arm/v7", "linux/arm64", "linux/ppc64le", "linux/riscv64", "linux/s390x"}

// ServerPath is where the slimfront image holds the server for platform
// ("linux/arm/v7" → /usr/lib/slimfront/linux-arm-v7/slimserve).
func ServerPath(platform string) string {
	return path.Join(serverDir, strings.ReplaceAll(platform, "/", "-"), serverBin)
}

// isSite reports a context the preset builds: a package.json whose build
// makes a static site, or no package.json and an index.html at the root.
func isSite(src fs.FS) (bool, error) {
	if preset.Exists(src, "package.json") {
		_, ok, err := node.Site(src)
		return ok, err
	}
	return preset.Exists(src, "index.html"), nil
}

// factPatterns are the Node preset's files, the site tools'
// configuration, and the index.html of a plain site.
func factPatterns(s *spec.Spec, known fs.FS) []string {
	out := append(node.Preset.Facts(s, known), node.SiteFiles...)
	out = append(out, "index.html")
	if o, err := readOptions(s); err == nil && o.Dir != "" && o.Dir != "." {
		out = append(out, o.Dir+"/index.html")
	}
	return out
}

// planStatic plans the site's stages, then a scratch image of the base
// files, the server and the site.
func planStatic(in preset.Input) (*plan.Plan, error) {
	s := in.Spec
	o, err := readOptions(s)
	if err != nil {
		return nil, err
	}
	if in.Self == "" {
		return nil, fmt.Errorf("the static preset copies its file server from the slimfront image, and this build does not say which image that is; run it through `# syntax=` in app.toml")
	}
	for _, p := range []string{in.Platform, in.BuildPlatform} {
		if !slices.Contains(ServerPlatforms, p) {
			return nil, fmt.Errorf("the static preset's file server is built for %s; %s is not among them", strings.Join(ServerPlatforms, ", "), p)
		}
	}
	var site *siteBuild
	if preset.Exists(in.Source, "package.json") {
		site, err = builtSite(in, o)
	} else {
		site, err = plainSite(in, o)
	}
	if err != nil {
		return nil, err
	}

	wd := s.Runtime.Workdir
	port, err := listenPort(s)
	if err != nil {
		return nil, err
	}
	spa := site.spa
	if o.spaSet {
		spa = o.SPA
	}
	title := s.Name
	if title == "" {
		title = site.title
	}
	rt := preset.Runtime{
		Base:       plan.Scratch,
		Distroless: preset.DistrolessStatic,
		Bare:       true,
		Ports:      []string{defaultPort + "/tcp"},
		Layers: []plan.Layer{
			{Name: "server", Copies: []plan.Copy{{
				From: plan.ImageRef(in.Self), Src: path.Dir(ServerPath(in.Platform)), Paths: []string{serverBin}, Dest: "/", Source: "language",
			}}},
			{Name: "site", Copies: []plan.Copy{site.copy(wd)}},
		},
		Entrypoint: append([]string{"/" + serverBin}, o.flags(wd, ":"+port, spa)...),
		Title:      title,
	}
	image, err := preset.FinalImage(s, rt)
	if err != nil {
		return nil, err
	}
	notes := append(site.notes,
		"server "+serverBin+" for "+in.Platform+" from "+in.Self,
		fmt.Sprintf("single-page app fallback %s: %s", onOff(spa), spaWhy(o, site)))
	return preset.Finish(&plan.Plan{
		Stages:   site.stages,
		Image:    image,
		Notes:    notes,
		Warnings: append(site.warnings, preset.RuntimeWarnings(s)...),
	})
}

// siteBuild is how one site is made.
type siteBuild struct {
	stages []plan.Stage
	// stage and dir are where the finished site lies.
	stage, dir string
	// key is the app.toml key the site's directory comes from.
	key      string
	spa      bool
	spaWhy   string
	title    string
	notes    []string
	warnings []plan.Warning
}

// copy is the site layer's copy into the image's site root.
func (b *siteBuild) copy(root string) plan.Copy {
	return plan.Copy{From: plan.StageRef(b.stage), Src: b.dir, Paths: []string{"."}, Dest: root, Source: b.key}
}

// builtSite builds the site with the Node builder, then precompresses the
// output directory in the build stage.
func builtSite(in preset.Input, o options) (*siteBuild, error) {
	s := in.Spec
	tool, known, err := node.Site(in.Source)
	if err != nil {
		return nil, err
	}
	b, err := node.BuildOnly(in, node.Script{Name: o.Build, Set: o.buildSet, Key: "static.build"})
	if err != nil {
		return nil, err
	}
	dir, why, key := o.Dir, "static.dir", "static.dir"
	if dir == "" {
		if !known || tool.Dir == "" {
			what := "this build"
			if known {
				what = tool.Package
			}
			return nil, s.Errorf("language", "cannot tell where %s writes the site; set dir in [static] to the directory the build makes, such as \"dist\"", what)
		}
		dir, why, key = tool.Dir, tool.Why, "language"
	}
	site := &siteBuild{
		stages:   b.Stages,
		stage:    "build",
		dir:      path.Join(b.Workdir, dir),
		key:      key,
		spa:      known && tool.SPA,
		title:    b.Title,
		notes:    append(b.Notes, "site "+dir+": "+why),
		warnings: b.Warnings,
	}
	site.spaWhy = "a plain build"
	if known {
		site.spaWhy = tool.Package + " makes " + map[bool]string{true: "single-page apps", false: "a page per route"}[tool.SPA]
	}
	build := &site.stages[len(site.stages)-1]
	build.Runs = append(build.Runs, compressRun(in, dir, key))
	return site, nil
}

// siteExcludes are left out of a plain site: app.toml is added by the
// caller; dotfiles (.git, .env, .dockerignore) never ship.
var siteExcludes = []string{"**/.*", ".*"}

// plainSite copies the context (less app.toml and dotfiles) into a stage
// of its own and precompresses it there.
func plainSite(in preset.Input, o options) (*siteBuild, error) {
	s := in.Spec
	dir, key := o.Dir, "static.dir"
	if dir == "" {
		dir, key = ".", "language"
	}
	if !preset.Exists(in.Source, path.Join(dir, "index.html")) {
		return nil, s.Errorf(key, "%s has no index.html, so the site has no home page; set dir in [static] to the directory that holds it", describeDir(dir))
	}
	excludes := append([]string{path.Base(s.File)}, siteExcludes...)
	slices.Sort(excludes)
	const root = "/site"
	return &siteBuild{
		stages: []plan.Stage{{
			Name:    "site",
			From:    plan.Scratch,
			Workdir: root,
			Inputs:  plan.Inputs{All: true, Exclude: excludes},
			Runs:    []plan.Run{compressRun(in, dir, key)},
		}},
		stage:  "site",
		dir:    path.Join(root, dir),
		key:    key,
		spaWhy: "a plain site has a file per page",
		title:  "site",
		notes:  []string{"site " + describeDir(dir) + ": a plain site (no package.json)"},
	}, nil
}

// compressRun writes .br and .gz files beside each compressible file of
// dir, with slimcompress from the slimfront image of the build platform.
func compressRun(in preset.Input, dir, key string) plan.Run {
	return plan.Run{
		Name:   "precompress " + dir,
		Args:   []string{path.Join(preset.SelfToolsDir, compressBin), dir},
		Mounts: []plan.Mount{preset.SelfTools(in.Self)},
		Source: key,
	}
}

// listenPort is the first TCP port of [runtime] ports, else the default.
func listenPort(s *spec.Spec) (string, error) {
	for _, p := range s.Runtime.Ports {
		if port, ok := strings.CutSuffix(p, "/tcp"); ok {
			return port, nil
		}
	}
	if len(s.Runtime.Ports) > 0 {
		return "", s.Errorf("runtime.ports", "the file server speaks HTTP over TCP; name a TCP port, such as \"8080\"")
	}
	return defaultPort, nil
}

func describeDir(dir string) string {
	if dir == "." {
		return "the context root"
	}
	return dir
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

func spaWhy(o options, b *siteBuild) string {
	if o.spaSet {
		return "static.spa"
	}
	return b.spaWhy
}
