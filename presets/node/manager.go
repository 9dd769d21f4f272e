package node

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// manager is the package manager an app installs with.
type manager struct {
	name string // "npm", "pnpm" or "yarn"
	// berry is yarn 2 or later, which has other flags than yarn 1.
	berry bool
	// pinned is the packageManager field ("pnpm@10.34.9+sha512..."), run
	// through corepack, which checks its hash; "" when absent.
	pinned string
	// version is the version run when nothing is pinned (pnpm, yarn 1).
	version  string
	lockfile string
	why      string
}

func (m manager) String() string {
	switch {
	case m.pinned != "":
		return strings.SplitN(m.pinned, "+", 2)[0]
	case m.version != "":
		return m.name + "@" + m.version
	}
	return m.name
}

// lockfiles are the lockfiles of each manager, in the order they are
// trusted when a context has several.
var lockfiles = []struct{ file, manager string }{
	{"package-lock.json", "npm"},
	{"npm-shrinkwrap.json", "npm"},
	{"pnpm-lock.yaml", "pnpm"},
	{"yarn.lock", "yarn"},
	{"bun.lock", "bun"},
	{"bun.lockb", "bun"},
}

// packageManagerField is packageManager's form: name@version, with an
// optional +hash.
var packageManagerField = regexp.MustCompile(`^(npm|pnpm|yarn|bun)@([0-9]+)\.[0-9]+\.[0-9]+[0-9A-Za-z.+-]*$`)

// detectManager picks the package manager: packageManager in package.json
// (run through corepack), else the lockfile, else npm.
func detectManager(fsys fs.FS, s *spec.Spec, pkg *packageJSON) (manager, error) {
	var m manager
	var found []string
	for _, l := range lockfiles {
		if preset.Exists(fsys, l.file) {
			found = append(found, l.file)
			if m.lockfile == "" {
				m.lockfile, m.name = l.file, l.manager
			}
		}
	}
	m.why = "the lockfile " + m.lockfile
	if pkg.PackageManager != "" {
		match := packageManagerField.FindStringSubmatch(pkg.PackageManager)
		if match == nil {
			return m, s.Errorf("language", "package.json: packageManager %q is not name@version such as \"pnpm@10.34.9\"; fix it (`corepack use pnpm@10`)", pkg.PackageManager)
		}
		m.name, m.why = match[1], "package.json packageManager"
		if m.name != "npm" {
			m.pinned = pkg.PackageManager
		}
		m.berry = m.name == "yarn" && match[2] != "1"
		m.lockfile = lockfileOf(fsys, m.name)
	}
	switch {
	case m.name == "bun":
		return m, s.Errorf("language", "this app uses bun (%s), which slimfront does not build yet; use npm, pnpm or yarn", firstNonEmpty(m.lockfile, "packageManager"))
	case m.name == "":
		m.name, m.why = "npm", "no lockfile or packageManager, so npm"
	case m.name == "pnpm" && m.pinned == "":
		v, err := pnpmForLock(fsys)
		if err != nil {
			return m, s.Errorf("language", "%v", err)
		}
		m.version = v
	case m.name == "yarn" && m.pinned == "":
		data, err := fs.ReadFile(fsys, "yarn.lock")
		if err != nil {
			return m, err
		}
		if strings.Contains(string(data), "\n__metadata:") || preset.Exists(fsys, ".yarnrc.yml") {
			return m, s.Errorf("language", "yarn.lock is a yarn %s lockfile, but package.json pins no packageManager to say which yarn; run `corepack use yarn@4` and commit package.json", "2+")
		}
		m.version = yarnClassic
	}
	if m.berry {
		if err := checkNodeLinker(fsys, s); err != nil {
			return m, err
		}
		if err := checkFocus(fsys, s, m.pinned); err != nil {
			return m, err
		}
	}
	if len(found) > 1 && m.lockfile != "" {
		m.why += fmt.Sprintf(" (the context also has %s, which is not used)", strings.Join(without(found, m.lockfile), ", "))
	}
	return m, nil
}

// lockfileOf is the lockfile of manager name that the context has, or "".
func lockfileOf(fsys fs.FS, name string) string {
	for _, l := range lockfiles {
		if l.manager == name && preset.Exists(fsys, l.file) {
			return l.file
		}
	}
	return ""
}

// pnpmForLock picks the pnpm for a pnpm-lock.yaml by its lockfileVersion.
func pnpmForLock(fsys fs.FS) (string, error) {
	data, err := fs.ReadFile(fsys, "pnpm-lock.yaml")
	if err != nil {
		return "", err
	}
	for _, line := range strings.SplitN(string(data), "\n", 5) {
		if v, ok := strings.CutPrefix(line, "lockfileVersion:"); ok {
			major, _, _ := strings.Cut(strings.Trim(strings.TrimSpace(v), `'"`), ".")
			if pnpm, ok := pnpmForLockfile[major]; ok {
				return pnpm, nil
			}
			return "", fmt.Errorf("pnpm-lock.yaml has lockfileVersion %s, which no pnpm slimfront knows writes; pin yours with packageManager in package.json (`corepack use pnpm@10`)", strings.TrimSpace(v))
		}
	}
	return "", fmt.Errorf("pnpm-lock.yaml has no lockfileVersion line; regenerate it with `pnpm install`")
}

// checkNodeLinker refuses yarn's Plug'n'Play, which has no node_modules
// for the runtime layer.
func checkNodeLinker(fsys fs.FS, s *spec.Spec) error {
	data, err := preset.ReadOptional(fsys, ".yarnrc.yml")
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "nodeLinker:"); ok && strings.Trim(strings.TrimSpace(v), `'"`) == "node-modules" {
			return nil
		}
	}
	return s.Errorf("language", "yarn's Plug'n'Play installs (the default of yarn 2 and later) have no node_modules for the image; add `nodeLinker: node-modules` to .yarnrc.yml")
}

// checkFocus refuses yarn 2 and 3 without the workspace-tools plugin,
// whose `yarn workspaces focus` makes the production install (yarn 4
// has it built in).
func checkFocus(fsys fs.FS, s *spec.Spec, pinned string) error {
	if strings.HasPrefix(pinned, "yarn@2.") || strings.HasPrefix(pinned, "yarn@3.") {
		data, err := preset.ReadOptional(fsys, ".yarnrc.yml")
		if err != nil {
			return err
		}
		if !strings.Contains(string(data), "plugin-workspace-tools") {
			return s.Errorf("language", "%s installs production dependencies with `yarn workspaces focus`, which needs the workspace-tools plugin (`yarn plugin import workspace-tools`) before yarn 4; add it, or move to yarn 4 (`corepack use yarn@4`)", strings.SplitN(pinned, "+", 2)[0])
		}
	}
	return nil
}

// Where package managers keep their downloads inside the builder.
const (
	npmCache       = "/root/.npm"
	pnpmStore      = "/pnpm/store"
	yarnCache      = "/usr/local/share/.cache/yarn"
	yarnBerryCache = "/root/.yarn/berry/cache"
	npmrcSecret    = "/root/.npmrc"
)

// cache is the manager's download cache mount.
func (m manager) cache() plan.Mount {
	switch {
	case m.name == "pnpm":
		return plan.Mount{Target: pnpmStore, Type: plan.MountCache, CacheID: "pnpm-store"}
	case m.name == "yarn" && m.berry:
		return plan.Mount{Target: yarnBerryCache, Type: plan.MountCache, CacheID: "yarn-berry"}
	case m.name == "yarn":
		return plan.Mount{Target: yarnCache, Type: plan.MountCache, CacheID: "yarn"}
	}
	return plan.Mount{Target: npmCache, Type: plan.MountCache, CacheID: "npm"}
}

// command is how the manager is run: npm directly, pnpm and yarn through
// corepack, at the pinned version or the one picked for the lockfile.
func (m manager) command() []string {
	switch {
	case m.name == "npm":
		return []string{"npm"}
	case m.pinned != "":
		return []string{"corepack", m.name}
	}
	return []string{"corepack", m.name + "@" + m.version}
}

// install is the frozen install of every dependency (prod false) or of
// the production ones; extra are platform flags.
func (m manager) install(prod bool, extra []string) []string {
	args := m.command()
	switch {
	case m.name == "npm" && m.lockfile == "":
		args = append(args, "install", "--no-audit", "--no-fund")
		if prod {
			args = append(args, "--omit=dev")
		}
	case m.name == "npm":
		args = append(args, "ci", "--no-audit", "--no-fund")
		if prod {
			args = append(args, "--omit=dev")
		}
	case m.name == "pnpm":
		args = append(args, "install", "--store-dir="+pnpmStore)
		if m.lockfile != "" {
			args = append(args, "--frozen-lockfile")
		}
		if prod {
			args = append(args, "--prod")
		}
	case m.berry && prod:
		args = append(args, "workspaces", "focus", "--all", "--production")
	case m.berry:
		args = append(args, "install")
		if m.lockfile != "" {
			args = append(args, "--immutable")
		}
	default:
		args = append(args, "install", "--cache-folder", yarnCache)
		if m.lockfile != "" {
			args = append(args, "--frozen-lockfile")
		}
		if prod {
			args = append(args, "--production")
		}
	}
	return append(args, extra...)
}

// run runs a package.json script.
func (m manager) run(script string) []string {
	return append(m.command(), "run", script)
}

func without(list []string, drop string) []string {
	var out []string
	for _, s := range list {
		if s != drop {
			out = append(out, s)
		}
	}
	return out
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
