package node

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// packageJSON is the part of package.json the preset reads.
type packageJSON struct {
	Name            string            `json:"name"`
	Main            string            `json:"main"`
	Scripts         map[string]string `json:"scripts"`
	Dependencies    map[string]string `json:"dependencies"`
	OptionalDeps    map[string]string `json:"optionalDependencies"`
	DevDependencies map[string]string `json:"devDependencies"`
	Engines         struct {
		Node string `json:"node"`
	} `json:"engines"`
	PackageManager string          `json:"packageManager"`
	Workspaces     json.RawMessage `json:"workspaces"`
}

// facts are what the Node preset reads from the source tree.
type facts struct {
	pkg packageJSON
	// manifests are the include patterns of everything an install reads:
	// package.json, the lockfile, .npmrc, workspace members' package.json.
	manifests []string
	pm        manager
	// nativeProd says a production dependency runs an install script
	// (node-gyp, prebuilt downloads), so it must install on the target.
	nativeProd bool
	// workspaces says the package has workspace members, whose
	// dependencies install into the root's node_modules.
	workspaces bool
	// outDir is tsconfig.json's compilerOptions.outDir, when set.
	outDir   string
	notes    []string
	warnings []plan.Warning
}

// rootFiles are the context-root files the preset may read.
var rootFiles = []string{
	"package.json", "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "pnpm-workspace.yaml",
	"yarn.lock", ".yarnrc.yml", ".yarnrc", ".pnpmfile.cjs", "bun.lock", "bun.lockb", ".npmrc", ".nvmrc", ".node-version", "tsconfig.json",
	".yarn/patches/*", ".yarn/releases/*", "patches/*",
}

// installDirs are directories an install reads when present: patches
// (pnpm patchedDependencies, patch-package) and yarn's own release;
// rootFiles must hold a pattern for each.
var installDirs = []string{".yarn/patches", ".yarn/releases", "patches"}

// installFiles are the root files an install reads when present, besides
// package.json and the lockfile; rootFiles must hold each of them.
var installFiles = []string{".npmrc", "pnpm-workspace.yaml", ".pnpmfile.cjs", ".yarnrc.yml", ".yarnrc"}

// factPatterns are the files planNode reads: the root manifests, and once
// package.json is known, the files that may be the entry.
func factPatterns(s *spec.Spec, known fs.FS) []string {
	out := append([]string(nil), rootFiles...)
	if s.Entrypoint != "" {
		out = append(out, s.Entrypoint)
	}
	out = append(out, "server.js")
	if pkg, err := readPackageJSON(known); err == nil && pkg != nil {
		if f, _, _, ok := plainStart(pkg.Scripts["start"]); ok {
			out = append(out, f)
		}
		if pkg.Main != "" {
			out = append(out, nodeResolvable(path.Clean(strings.TrimPrefix(pkg.Main, "./")))...)
		}
	}
	return out
}

// nodeResolvable are the files node tries for a require of f: f itself,
// f with an extension, and f as a directory's index.
func nodeResolvable(f string) []string {
	return []string{f, f + ".js", f + ".mjs", f + ".cjs", f + "/index.js"}
}

// readPackageJSON reads package.json, or returns nil when it is absent.
func readPackageJSON(fsys fs.FS) (*packageJSON, error) {
	if fsys == nil {
		return nil, nil
	}
	data, err := preset.ReadOptional(fsys, "package.json")
	if err != nil || data == nil {
		return nil, err
	}
	var pkg packageJSON
	if err := json.Unmarshal(data, &pkg); err != nil {
		return nil, fmt.Errorf("package.json: %w", err)
	}
	return &pkg, nil
}

// readFacts reads package.json, the lockfile and tsconfig.json.
func readFacts(fsys fs.FS, s *spec.Spec) (*facts, error) {
	pkg, err := readPackageJSON(fsys)
	if err != nil {
		return nil, err
	}
	if pkg == nil {
		return nil, s.Errorf("language", "no package.json at the root of the build context; run `npm init` there, or point the build at the package's directory")
	}
	f := &facts{pkg: *pkg}
	if f.pm, err = detectManager(fsys, s, pkg); err != nil {
		return nil, err
	}
	if f.pm.lockfile == "" {
		f.warnings = append(f.warnings, plan.Warning{Rule: plan.RuleNoLockfile, Source: "language",
			Msg: "package.json has no lockfile beside it, so every build may install other versions; run `npm install` (or your package manager's) and commit the lockfile"})
	}
	f.notes = append(f.notes, "package manager "+f.pm.String()+": "+f.pm.why)

	f.manifests = []string{"package.json"}
	if f.pm.lockfile != "" {
		f.manifests = append(f.manifests, f.pm.lockfile)
	}
	for _, m := range installFiles {
		if preset.Exists(fsys, m) {
			f.manifests = append(f.manifests, m)
		}
	}
	members, err := workspaceMembers(fsys, pkg)
	if err != nil {
		return nil, err
	}
	for _, m := range members {
		f.manifests = append(f.manifests, path.Join(m, "package.json"))
	}
	f.workspaces = len(members) > 0
	for _, d := range installDirs {
		if preset.Exists(fsys, d) {
			f.manifests = append(f.manifests, d+"/*")
		}
	}
	sort.Strings(f.manifests[1:])

	// Without a lockfile that records install scripts (npm's v2 and v3),
	// assume some package has one: a wrong-architecture addon is worse
	// than an emulated install.
	f.nativeProd = true
	if f.pm.name == "npm" && f.pm.lockfile != "" {
		if f.nativeProd, err = npmNativeProd(fsys, f.pm.lockfile); err != nil {
			return nil, err
		}
	}
	if f.outDir, err = tsOutDir(fsys); err != nil {
		return nil, err
	}
	return f, nil
}

// workspaceMembers are the workspace patterns of package.json (npm, yarn)
// or pnpm-workspace.yaml, as directories ("packages/*").
func workspaceMembers(fsys fs.FS, pkg *packageJSON) ([]string, error) {
	var pats []string
	if len(pkg.Workspaces) > 0 {
		var list []string
		var obj struct {
			Packages []string `json:"packages"`
		}
		if err := json.Unmarshal(pkg.Workspaces, &list); err != nil {
			if err := json.Unmarshal(pkg.Workspaces, &obj); err != nil {
				return nil, fmt.Errorf("package.json: workspaces must be a list of directories: %w", err)
			}
			list = obj.Packages
		}
		pats = list
	}
	if data, err := preset.ReadOptional(fsys, "pnpm-workspace.yaml"); err != nil {
		return nil, err
	} else if data != nil {
		pats = append(pats, yamlList(string(data), "packages")...)
	}
	var out []string
	for _, p := range pats {
		p = strings.TrimSuffix(path.Clean(strings.TrimPrefix(p, "./")), "/")
		if strings.HasPrefix(p, "!") || p == "." || p == ".." || strings.HasPrefix(p, "../") || path.IsAbs(p) {
			continue
		}
		out = append(out, p)
	}
	return out, nil
}

// yamlList reads the items of a top-level list key from simple YAML
// ("packages:\n  - 'apps/*'"), which is all pnpm-workspace.yaml holds.
func yamlList(doc, key string) []string {
	var out []string
	in := false
	for _, line := range strings.Split(doc, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "-"):
			in = strings.TrimSpace(strings.TrimSuffix(trimmed, ":")) == key && strings.HasSuffix(trimmed, ":")
		case in && strings.HasPrefix(trimmed, "- "):
			item := strings.TrimSpace(strings.TrimPrefix(trimmed, "- "))
			if i := strings.Index(item, " #"); i >= 0 {
				item = strings.TrimSpace(item[:i])
			}
			out = append(out, strings.Trim(item, `'"`))
		}
	}
	return out
}

// npmNativeProd reports whether a production package of an npm lockfile
// (v2 or v3) has an install script.
func npmNativeProd(fsys fs.FS, lockfile string) (bool, error) {
	data, err := fs.ReadFile(fsys, lockfile)
	if err != nil {
		return false, err
	}
	var lock struct {
		Packages map[string]struct {
			Dev              bool `json:"dev"`
			HasInstallScript bool `json:"hasInstallScript"`
		} `json:"packages"`
	}
	if err := json.Unmarshal(data, &lock); err != nil {
		return false, fmt.Errorf("%s: %w", lockfile, err)
	}
	for name, p := range lock.Packages {
		if name != "" && p.HasInstallScript && !p.Dev {
			return true, nil
		}
	}
	return false, nil
}

// tsOutDir reads compilerOptions.outDir of tsconfig.json, which may hold
// comments and trailing commas.
func tsOutDir(fsys fs.FS) (string, error) {
	data, err := preset.ReadOptional(fsys, "tsconfig.json")
	if err != nil || data == nil {
		return "", err
	}
	var cfg struct {
		CompilerOptions struct {
			OutDir string `json:"outDir"`
		} `json:"compilerOptions"`
	}
	if err := json.Unmarshal(stripJSONC(data), &cfg); err != nil {
		return "", nil // not ours to judge: tsc will say what is wrong
	}
	if cfg.CompilerOptions.OutDir == "" {
		return "", nil
	}
	out := path.Clean(strings.TrimPrefix(cfg.CompilerOptions.OutDir, "./"))
	if out == "." || out == ".." || strings.HasPrefix(out, "../") || path.IsAbs(out) {
		return "", nil
	}
	return out, nil
}

var trailingComma = regexp.MustCompile(`,(\s*[}\]])`)

// stripJSONC removes // and /* */ comments outside strings, and trailing
// commas, as tsconfig.json allows.
func stripJSONC(data []byte) []byte {
	var out []byte
	inString, escaped := false, false
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case inString:
			out = append(out, c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
			out = append(out, c)
		case c == '/' && i+1 < len(data) && data[i+1] == '/':
			for i < len(data) && data[i] != '\n' {
				i++
			}
			out = append(out, '\n')
		case c == '/' && i+1 < len(data) && data[i+1] == '*':
			i += 2
			for i+1 < len(data) && !(data[i] == '*' && data[i+1] == '/') {
				i++
			}
			i++
		default:
			out = append(out, c)
		}
	}
	return trailingComma.ReplaceAll(out, []byte("$1"))
}
