package node

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
)

// This file is the Node builder as other presets use it: for apps whose
// build makes files that ship without Node (a static site), the same
// install and build stages as a Node app, and the knowledge of which
// build tools make such sites and where they write them.

// SiteTool is a build tool whose output is a static site.
type SiteTool struct {
	// Package is the dependency that marks it ("vite").
	Package string
	// Dir is where its build writes the site, relative to the app; ""
	// when the app's configuration does not say (Angular without
	// angular.json).
	Dir string
	// SPA says it makes single-page apps, whose client-side routes fall
	// back to index.html.
	SPA bool
	// Why says how Dir was found, for plan notes.
	Why string
}

// siteTools are the tools whose build makes a static site, most specific
// first: frameworks before the bundler they run on.
var siteTools = []struct {
	pkg, dir string
	spa      bool
}{
	{"next", "out", false},
	{"astro", "dist", false},
	{"@sveltejs/adapter-static", "build", false},
	{"@angular/cli", "", true},
	{"react-scripts", "build", true},
	{"@vue/cli-service", "dist", true},
	{"vite", "dist", true},
}

// serverFrameworks build apps that need a server at run time, even though
// they run on a static-site tool (vite) underneath.
var serverFrameworks = []string{
	"nuxt", "@remix-run/dev", "@react-router/dev", "@sveltejs/kit", "@solidjs/start",
	"@analogjs/platform", "@tanstack/react-start", "@tanstack/start", "vike",
}

// SiteFiles are the configuration files Site reads besides package.json.
var SiteFiles = []string{
	"angular.json",
	"astro.config.cjs", "astro.config.js", "astro.config.mjs", "astro.config.mts", "astro.config.ts",
	"next.config.cjs", "next.config.js", "next.config.mjs", "next.config.ts",
}

var (
	nextExport   = regexp.MustCompile(`output\s*:\s*["'` + "`" + `]export["'` + "`" + `]`)
	astroServer  = regexp.MustCompile(`output\s*:\s*["'` + "`" + `](server|hybrid)["'` + "`" + `]|adapter\s*:`)
	angularBuild = regexp.MustCompile(`:(application|browser|browser-esbuild)$`)
)

// Site reports the static-site tool of the app in fsys: a package.json
// that depends on one, and nothing that needs Node at run time (a server
// framework, a `node <file>` start script, server.js, main). It is false
// for a Node app, or when there is no package.json.
func Site(fsys fs.FS) (SiteTool, bool, error) {
	pkg, err := readPackageJSON(fsys)
	if err != nil || pkg == nil {
		return SiteTool{}, false, err
	}
	has := func(name string) bool {
		_, dep := pkg.Dependencies[name]
		_, dev := pkg.DevDependencies[name]
		return dep || dev
	}
	for _, fw := range serverFrameworks {
		if has(fw) && !(fw == "@sveltejs/kit" && has("@sveltejs/adapter-static")) {
			return SiteTool{}, false, nil
		}
	}
	if _, _, _, ok := plainStart(pkg.Scripts["start"]); ok || pkg.Main != "" || preset.Exists(fsys, "server.js") {
		return SiteTool{}, false, nil
	}
	for _, t := range siteTools {
		if !has(t.pkg) {
			continue
		}
		tool := SiteTool{Package: t.pkg, Dir: t.dir, SPA: t.spa, Why: t.pkg + " writes " + t.dir}
		switch t.pkg {
		case "next":
			// next builds a server unless next.config says output: "export".
			if !configSays(fsys, "next.config", nextExport) {
				return SiteTool{}, false, nil
			}
			tool.Why = `next with output: "export" writes out`
		case "astro":
			if configSays(fsys, "astro.config", astroServer) {
				return SiteTool{}, false, nil
			}
		case "@angular/cli":
			tool.Dir, tool.Why, err = angularOutput(fsys)
			if err != nil {
				return SiteTool{}, false, err
			}
		}
		return tool, true, nil
	}
	return SiteTool{}, false, nil
}

// configSays reports whether a config file (name.js, name.mjs, …) matches
// re. Configs are code: a match is a good sign, not proof.
func configSays(fsys fs.FS, name string, re *regexp.Regexp) bool {
	for _, f := range SiteFiles {
		if !strings.HasPrefix(f, name+".") {
			continue
		}
		if data, err := preset.ReadOptional(fsys, f); err == nil && re.Match(data) {
			return true
		}
	}
	return false
}

// angularOutput reads where `ng build` writes the default project's
// browser files: outputPath (default dist/<project>), plus /browser for
// the application builder of Angular 17 on.
func angularOutput(fsys fs.FS) (dir, why string, err error) {
	data, err := preset.ReadOptional(fsys, "angular.json")
	if err != nil || data == nil {
		return "", "", err
	}
	var ws struct {
		DefaultProject string                     `json:"defaultProject"`
		Projects       map[string]json.RawMessage `json:"projects"`
	}
	if err := json.Unmarshal(data, &ws); err != nil {
		return "", "", fmt.Errorf("angular.json: %w", err)
	}
	name := ws.DefaultProject
	if _, ok := ws.Projects[name]; !ok {
		name = firstApplication(data, ws.Projects)
	}
	if name == "" {
		return "", "", nil
	}
	var proj struct {
		Architect struct {
			Build struct {
				Builder string `json:"builder"`
				Options struct {
					OutputPath json.RawMessage `json:"outputPath"`
				} `json:"options"`
			} `json:"build"`
		} `json:"architect"`
	}
	if err := json.Unmarshal(ws.Projects[name], &proj); err != nil {
		return "", "", fmt.Errorf("angular.json: project %s: %w", name, err)
	}
	build := proj.Architect.Build
	m := angularBuild.FindStringSubmatch(build.Builder)
	if m == nil {
		return "", "", nil
	}
	base, browser := "dist/"+name, "browser"
	var out struct {
		Base    string  `json:"base"`
		Browser *string `json:"browser"`
	}
	var outStr string
	switch raw := bytes.TrimSpace(build.Options.OutputPath); {
	case len(raw) == 0:
	case json.Unmarshal(raw, &outStr) == nil:
		base = outStr
	case json.Unmarshal(raw, &out) == nil:
		if out.Base != "" {
			base = out.Base
		}
		if out.Browser != nil {
			browser = *out.Browser
		}
	}
	dir = path.Clean(strings.TrimPrefix(base, "./"))
	if m[1] == "application" && browser != "" {
		dir = path.Join(dir, browser)
	}
	if path.IsAbs(dir) || dir == "." || dir == ".." || strings.HasPrefix(dir, "../") {
		return "", "", nil
	}
	return dir, fmt.Sprintf("angular.json project %s (%s) writes %s", name, build.Builder, dir), nil
}

// firstApplication is the first project of angular.json, in file order,
// whose projectType is application.
func firstApplication(data []byte, projects map[string]json.RawMessage) string {
	for _, name := range projectOrder(data) {
		var p struct {
			ProjectType string `json:"projectType"`
		}
		if json.Unmarshal(projects[name], &p) == nil && p.ProjectType == "application" {
			return name
		}
	}
	return ""
}

// projectOrder lists the keys of angular.json's projects object in file
// order, which a Go map loses.
func projectOrder(data []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(data))
	var skip json.RawMessage
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return nil
		}
		if k != "projects" {
			if dec.Decode(&skip) != nil {
				return nil
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('{') {
			return nil
		}
		var order []string
		for dec.More() {
			k, err := dec.Token()
			if err != nil || dec.Decode(&skip) != nil {
				return order
			}
			name, _ := k.(string)
			order = append(order, name)
		}
		return order
	}
	return nil
}

// Build is a Node build whose output ships without Node: the deps and
// build stages of the Node preset, under the same version, package
// manager and install rules, for the builder only.
type Build struct {
	// Stages are deps (every dependency, from the manifests alone) and
	// build (the source on top, then the build script).
	Stages []plan.Stage
	// Workdir is where the build stage holds the built app.
	Workdir string
	// Title is package.json's name without its scope ("" for none).
	Title    string
	Notes    []string
	Warnings []plan.Warning
}

// Script says which package.json script builds the app.
type Script struct {
	// Name is the script; "build" when unset.
	Name string
	// Set says app.toml named the script, at Key.
	Set bool
	Key string
}

// BuildOnly plans the Node build of the app in in.Source. The version may
// be any major with a builder image: nothing runs on a Node runtime.
func BuildOnly(in preset.Input, script Script) (*Build, error) {
	s := in.Spec
	f, err := readFacts(in.Source, s)
	if err != nil {
		return nil, err
	}
	o := options{Build: script.Name, buildSet: script.Set}
	if err := o.checkScript(s, &f.pkg, script.Key); err != nil {
		return nil, err
	}
	name := o.buildScript(&f.pkg)
	if name == "" {
		key := "language"
		if script.Set {
			key = script.Key
		}
		return nil, s.Errorf(key, "package.json has no build script, so nothing makes the site; add one (\"build\": \"vite build\"), or set %s to the script that builds it", script.Key)
	}
	ver, err := pickVersion(in.Source, s, &f.pkg, false)
	if err != nil {
		return nil, err
	}
	b := &nodeBuild{s: s, in: in, f: f, ver: ver, script: name, scriptKey: script.Key}
	title := ""
	if f.pkg.Name != "" {
		title = path.Base(f.pkg.Name)
	}
	return &Build{
		Stages:   b.buildStages(),
		Workdir:  appDir,
		Title:    title,
		Notes:    append([]string{"builder " + builderImage(ver.rel, ver.tag) + ": Node from " + ver.why}, f.notes...),
		Warnings: f.warnings,
	}, nil
}
