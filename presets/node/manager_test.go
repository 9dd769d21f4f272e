package node

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
)

func TestPackageManager(t *testing.T) {
	const pnpmPin = "pnpm@10.34.9+sha512.f49b5a8ea0fdedb44bb3c0c1d6575092a53c2950d95b7ad15df11f17974877a2de3a01c07e934e9b28ce716e51c09a94962c7306d09be2e1e4b18a8c8762fd32"
	npmCacheMount := plan.Mount{Target: "/root/.npm", Type: plan.MountCache, CacheID: "npm"}
	pnpmStoreMount := plan.Mount{Target: "/pnpm/store", Type: plan.MountCache, CacheID: "pnpm-store"}
	yarnMount := plan.Mount{Target: "/usr/local/share/.cache/yarn", Type: plan.MountCache, CacheID: "yarn"}
	berryMount := plan.Mount{Target: "/root/.yarn/berry/cache", Type: plan.MountCache, CacheID: "yarn-berry"}
	yarnCache := []string{"--cache-folder", "/usr/local/share/.cache/yarn"}
	tests := []struct {
		name     string
		fsys     map[string]string
		note     string // the "package manager" note
		deps     []string
		prod     []string
		cache    plan.Mount
		lockfile string
		build    []string
	}{
		{
			name:  "npm lockfile",
			fsys:  map[string]string{"package.json": withBuild(""), "package-lock.json": "{}"},
			note:  "package manager npm: the lockfile package-lock.json",
			deps:  []string{"npm", "ci", "--no-audit", "--no-fund"},
			prod:  []string{"npm", "ci", "--no-audit", "--no-fund", "--omit=dev"},
			cache: npmCacheMount, lockfile: "package-lock.json",
			build: []string{"npm", "run", "build"},
		},
		{
			name:  "npm shrinkwrap",
			fsys:  map[string]string{"package.json": withBuild(""), "npm-shrinkwrap.json": "{}"},
			note:  "package manager npm: the lockfile npm-shrinkwrap.json",
			deps:  []string{"npm", "ci", "--no-audit", "--no-fund"},
			prod:  []string{"npm", "ci", "--no-audit", "--no-fund", "--omit=dev"},
			cache: npmCacheMount, lockfile: "npm-shrinkwrap.json",
		},
		{
			name:  "no lockfile: npm install",
			fsys:  map[string]string{"package.json": withBuild("")},
			note:  "package manager npm: no lockfile or packageManager, so npm",
			deps:  []string{"npm", "install", "--no-audit", "--no-fund"},
			prod:  []string{"npm", "install", "--no-audit", "--no-fund", "--omit=dev"},
			cache: npmCacheMount,
		},
		{
			name:  "npm pinned runs the builder's npm",
			fsys:  map[string]string{"package.json": withBuild(`, "packageManager": "npm@10.9.2"`), "package-lock.json": "{}"},
			note:  "package manager npm: package.json packageManager",
			deps:  []string{"npm", "ci", "--no-audit", "--no-fund"},
			prod:  []string{"npm", "ci", "--no-audit", "--no-fund", "--omit=dev"},
			cache: npmCacheMount, lockfile: "package-lock.json",
		},
		{
			name:  "pnpm pinned",
			fsys:  map[string]string{"package.json": withBuild(`, "packageManager": "` + pnpmPin + `"`), "pnpm-lock.yaml": "lockfileVersion: '9.0'\n"},
			note:  "package manager pnpm@10.34.9: package.json packageManager",
			deps:  []string{"corepack", "pnpm", "install", "--store-dir=/pnpm/store", "--frozen-lockfile"},
			prod:  []string{"corepack", "pnpm", "install", "--store-dir=/pnpm/store", "--frozen-lockfile", "--prod"},
			cache: pnpmStoreMount, lockfile: "pnpm-lock.yaml",
			build: []string{"corepack", "pnpm", "run", "build"},
		},
		{
			name:  "pnpm pinned, no lockfile",
			fsys:  map[string]string{"package.json": withBuild(`, "packageManager": "pnpm@9.15.0"`)},
			note:  "package manager pnpm@9.15.0: package.json packageManager",
			deps:  []string{"corepack", "pnpm", "install", "--store-dir=/pnpm/store"},
			prod:  []string{"corepack", "pnpm", "install", "--store-dir=/pnpm/store", "--prod"},
			cache: pnpmStoreMount,
		},
		{
			name:  "pnpm lockfile v9 unpinned",
			fsys:  map[string]string{"package.json": withBuild(""), "pnpm-lock.yaml": "lockfileVersion: '9.0'\n\nsettings: {}\n"},
			note:  "package manager pnpm@10.34.9: the lockfile pnpm-lock.yaml",
			deps:  []string{"corepack", "pnpm@10.34.9", "install", "--store-dir=/pnpm/store", "--frozen-lockfile"},
			prod:  []string{"corepack", "pnpm@10.34.9", "install", "--store-dir=/pnpm/store", "--frozen-lockfile", "--prod"},
			cache: pnpmStoreMount, lockfile: "pnpm-lock.yaml",
			build: []string{"corepack", "pnpm@10.34.9", "run", "build"},
		},
		{
			name:  "pnpm lockfile v6 unpinned",
			fsys:  map[string]string{"package.json": withBuild(""), "pnpm-lock.yaml": "lockfileVersion: \"6.0\"\n"},
			note:  "package manager pnpm@8.15.9: the lockfile pnpm-lock.yaml",
			deps:  []string{"corepack", "pnpm@8.15.9", "install", "--store-dir=/pnpm/store", "--frozen-lockfile"},
			prod:  []string{"corepack", "pnpm@8.15.9", "install", "--store-dir=/pnpm/store", "--frozen-lockfile", "--prod"},
			cache: pnpmStoreMount, lockfile: "pnpm-lock.yaml",
		},
		{
			name:  "pnpm lockfile v5 unpinned",
			fsys:  map[string]string{"package.json": withBuild(""), "pnpm-lock.yaml": "lockfileVersion: 5.4\n"},
			note:  "package manager pnpm@7.33.7: the lockfile pnpm-lock.yaml",
			deps:  []string{"corepack", "pnpm@7.33.7", "install", "--store-dir=/pnpm/store", "--frozen-lockfile"},
			prod:  []string{"corepack", "pnpm@7.33.7", "install", "--store-dir=/pnpm/store", "--frozen-lockfile", "--prod"},
			cache: pnpmStoreMount, lockfile: "pnpm-lock.yaml",
		},
		{
			name:  "yarn classic unpinned",
			fsys:  map[string]string{"package.json": withBuild(""), "yarn.lock": "# THIS IS AN AUTOGENERATED FILE.\n# yarn lockfile v1\n\n\na@1.0.0:\n  version \"1.0.0\"\n"},
			note:  "package manager yarn@1.22.22: the lockfile yarn.lock",
			deps:  append([]string{"corepack", "yarn@1.22.22", "install"}, append(yarnCache, "--frozen-lockfile")...),
			prod:  append([]string{"corepack", "yarn@1.22.22", "install"}, append(yarnCache, "--frozen-lockfile", "--production")...),
			cache: yarnMount, lockfile: "yarn.lock",
			build: []string{"corepack", "yarn@1.22.22", "run", "build"},
		},
		{
			name:  "yarn classic pinned",
			fsys:  map[string]string{"package.json": withBuild(`, "packageManager": "yarn@1.22.19"`), "yarn.lock": "# yarn lockfile v1\n"},
			note:  "package manager yarn@1.22.19: package.json packageManager",
			deps:  append([]string{"corepack", "yarn", "install"}, append(yarnCache, "--frozen-lockfile")...),
			prod:  append([]string{"corepack", "yarn", "install"}, append(yarnCache, "--frozen-lockfile", "--production")...),
			cache: yarnMount, lockfile: "yarn.lock",
		},
		{
			name: "yarn 4 pinned with node_modules",
			fsys: map[string]string{
				"package.json": withBuild(`, "packageManager": "yarn@4.9.2+sha224.abc"`),
				"yarn.lock":    "__metadata:\n  version: 8\n",
				".yarnrc.yml":  "# linker\nnodeLinker: \"node-modules\"\n",
			},
			note:  "package manager yarn@4.9.2: package.json packageManager",
			deps:  []string{"corepack", "yarn", "install", "--immutable"},
			prod:  []string{"corepack", "yarn", "workspaces", "focus", "--all", "--production"},
			cache: berryMount, lockfile: "yarn.lock",
			build: []string{"corepack", "yarn", "run", "build"},
		},
		{
			name:  "several lockfiles: npm's is trusted",
			fsys:  map[string]string{"package.json": withBuild(""), "package-lock.json": "{}", "yarn.lock": "# yarn lockfile v1\n"},
			note:  "package manager npm: the lockfile package-lock.json (the context also has yarn.lock, which is not used)",
			deps:  []string{"npm", "ci", "--no-audit", "--no-fund"},
			prod:  []string{"npm", "ci", "--no-audit", "--no-fund", "--omit=dev"},
			cache: npmCacheMount, lockfile: "package-lock.json",
		},
		{
			name:  "packageManager picks among several lockfiles",
			fsys:  map[string]string{"package.json": withBuild(`, "packageManager": "pnpm@10.34.9"`), "package-lock.json": "{}", "pnpm-lock.yaml": "lockfileVersion: '9.0'\n"},
			note:  "package manager pnpm@10.34.9: package.json packageManager (the context also has package-lock.json, which is not used)",
			deps:  []string{"corepack", "pnpm", "install", "--store-dir=/pnpm/store", "--frozen-lockfile"},
			prod:  []string{"corepack", "pnpm", "install", "--store-dir=/pnpm/store", "--frozen-lockfile", "--prod"},
			cache: pnpmStoreMount, lockfile: "pnpm-lock.yaml",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := tree("server.js", "\n")
			for name, data := range tt.fsys {
				fsys = with(fsys, name, data)
			}
			p := planFor(t, `[build]
version = "24"`, fsys, amd64)
			if got := note(p, "package manager "); got != tt.note {
				t.Errorf("note = %q, want %q", got, tt.note)
			}
			for _, st := range []struct {
				name string
				want []string
			}{{"deps", tt.deps}, {"prod-deps", tt.prod}} {
				s := stage(t, p, st.name)
				run := onlyRun(t, s) // Node 24 bundles corepack: one command
				if !slices.Equal(run.Args, st.want) {
					t.Errorf("%s runs\n %q\nwant\n %q", st.name, run.Args, st.want)
				}
				if run.Name != strings.Join(st.want, " ") {
					t.Errorf("%s command is named %q, want the command line", st.name, run.Name)
				}
				if !slices.Contains(run.Mounts, tt.cache) {
					t.Errorf("%s mounts %+v, want the cache %+v", st.name, run.Mounts, tt.cache)
				}
				if tt.lockfile != "" && !slices.Contains(s.Inputs.Paths, tt.lockfile) {
					t.Errorf("%s inputs %q lack the lockfile %s", st.name, s.Inputs.Paths, tt.lockfile)
				}
			}
			if tt.build != nil {
				if run := onlyRun(t, stage(t, p, "build")); !slices.Equal(run.Args, tt.build) {
					t.Errorf("build runs %q, want %q", run.Args, tt.build)
				}
			}
		})
	}
}

// An app without a lockfile builds, with a warning at the language key
// (what app.toml says about the app as a whole).
func TestNoLockfileWarns(t *testing.T) {
	p := planFor(t, "# syntax=org/slimfront\nlanguage = \"node\"\n", app(`{"dependencies": {"a": "1"}}`), amd64)
	var got []plan.Warning
	for _, w := range p.Warnings {
		if strings.Contains(w.Msg, "lockfile") {
			got = append(got, w)
		}
	}
	if len(got) != 1 || got[0].Rule != plan.RuleNoLockfile || got[0].Source != "language" || !strings.Contains(got[0].Msg, "commit the lockfile") {
		t.Errorf("warnings = %+v, want one NoLockfile at language saying to commit a lockfile", p.Warnings)
	}
	withLock := planFor(t, ``, app(`{"dependencies": {"a": "1"}}`, "package-lock.json", "{}"), amd64)
	if len(withLock.Warnings) != 0 {
		t.Errorf("warnings with a lockfile = %+v, want none", withLock.Warnings)
	}
}

func TestPackageManagerErrors(t *testing.T) {
	tests := []struct {
		name string
		fsys map[string]string
		want []string
	}{
		{"yarn berry lockfile, no packageManager",
			map[string]string{"package.json": `{}`, "yarn.lock": "# This file is generated by running \"yarn install\"\n\n__metadata:\n  version: 8\n"},
			[]string{"yarn 2+ lockfile", "pins no packageManager", "corepack use yarn@4"}},
		{"yarn.lock beside .yarnrc.yml, no packageManager",
			map[string]string{"package.json": `{}`, "yarn.lock": "# yarn lockfile v1\n", ".yarnrc.yml": "nodeLinker: node-modules\n"},
			[]string{"yarn 2+ lockfile", "corepack use yarn@4"}},
		{"yarn berry, Plug'n'Play by default",
			map[string]string{"package.json": `{"packageManager": "yarn@4.9.2"}`, "yarn.lock": "__metadata:\n"},
			[]string{"Plug'n'Play", "nodeLinker: node-modules", ".yarnrc.yml"}},
		{"yarn berry, Plug'n'Play said",
			map[string]string{"package.json": `{"packageManager": "yarn@3.8.7"}`, "yarn.lock": "__metadata:\n", ".yarnrc.yml": "nodeLinker: pnp\n"},
			[]string{"Plug'n'Play", "nodeLinker: node-modules"}},
		{"yarn 3 without the workspace-tools plugin",
			map[string]string{"package.json": `{"packageManager": "yarn@3.8.7"}`, "yarn.lock": "__metadata:\n", ".yarnrc.yml": "nodeLinker: node-modules\n"},
			[]string{"yarn@3.8.7", "workspace-tools plugin", "corepack use yarn@4"}},
		{"bun.lock",
			map[string]string{"package.json": `{}`, "bun.lock": "{}"},
			[]string{"uses bun (bun.lock)", "use npm, pnpm or yarn"}},
		{"bun.lockb",
			map[string]string{"package.json": `{}`, "bun.lockb": "\x00"},
			[]string{"uses bun (bun.lockb)"}},
		{"bun pinned",
			map[string]string{"package.json": `{"packageManager": "bun@1.2.19"}`},
			[]string{"uses bun (packageManager)"}},
		{"packageManager without a version",
			map[string]string{"package.json": `{"packageManager": "pnpm"}`},
			[]string{`packageManager "pnpm" is not name@version`, "corepack use"}},
		{"packageManager of another tool",
			map[string]string{"package.json": `{"packageManager": "deno@2.0.0"}`},
			[]string{`packageManager "deno@2.0.0" is not name@version`}},
		{"pnpm lockfile of an unknown version",
			map[string]string{"package.json": `{}`, "pnpm-lock.yaml": "lockfileVersion: '4.0'\n"},
			[]string{"lockfileVersion '4.0'", "pin yours with packageManager"}},
		{"pnpm lockfile without a version",
			map[string]string{"package.json": `{}`, "pnpm-lock.yaml": "importers: {}\n"},
			[]string{"no lockfileVersion line", "pnpm install"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := tree("server.js", "\n")
			for name, data := range tt.fsys {
				fsys = with(fsys, name, data)
			}
			err := planError(t, "# syntax=org/slimfront\nlanguage = \"node\"\n", fsys, amd64)
			wantErr(t, err, "language", 2, append([]string{"app.toml:2: "}, tt.want...)...)
		})
	}
}

// Node 25 and later no longer bundle corepack: the install stages of pnpm
// and yarn apps get it from npm first. npm apps need none.
func TestCorepackInstall(t *testing.T) {
	apps := map[string]fstest.MapFS{
		"pnpm": app(withBuild(`, "packageManager": "pnpm@10.34.9"`), "pnpm-lock.yaml", "lockfileVersion: '9.0'\n"),
		"yarn": app(withBuild(""), "yarn.lock", "# yarn lockfile v1\n"),
		"npm":  app(withBuild(""), "package-lock.json", "{}"),
	}
	corepack := plan.Run{
		Name: "install corepack " + corepackVersion,
		Args: []string{"npm", "install", "--global", "--no-audit", "--no-fund", "corepack@" + corepackVersion},
		Mounts: []plan.Mount{
			{Target: "/root/.npm", Type: plan.MountCache, CacheID: "npm"},
			{Target: "/root/.npmrc", Type: plan.MountSecret, SecretID: "npmrc"},
		},
		Source: "language",
	}
	for _, tt := range []struct {
		version string // [build] version; "" for the newest LTS
		major   int
	}{{"", defaultMajor}, {"26", 26}, {"24", 24}, {"22", 22}, {"24.11.1", 24}} {
		rel, ok := releaseOf(tt.major)
		if !ok {
			t.Fatalf("no release %d in the catalog", tt.major)
		}
		for _, pm := range []string{"pnpm", "yarn", "npm"} {
			t.Run(pm+" on Node "+tt.version, func(t *testing.T) {
				toml := ""
				if tt.version != "" {
					toml = "[build]\nversion = \"" + tt.version + "\"\n"
				}
				p := planFor(t, toml, apps[pm], amd64)
				want := pm != "npm" && !rel.corepack
				for _, name := range []string{"deps", "prod-deps"} {
					runs := stage(t, p, name).Runs
					if want && (len(runs) != 2 || !reflect.DeepEqual(runs[0], corepack)) {
						t.Errorf("%s runs %+v; want corepack installed before the install", name, runs)
					}
					if !want && len(runs) != 1 {
						t.Errorf("%s runs %+v; want the install alone", name, runs)
					}
				}
				// The build stage starts from deps, which has corepack.
				if runs := stage(t, p, "build").Runs; len(runs) != 1 {
					t.Errorf("build runs %+v, want the build script alone", runs)
				}
			})
		}
	}
	if r, _ := releaseOf(25); r.corepack {
		t.Errorf("the catalog says Node 25 bundles corepack; it does not")
	}
}

func TestInstallEnv(t *testing.T) {
	toml := "[build]\nenv = { NPM_CONFIG_LOGLEVEL = \"warn\", NPM_CONFIG_UPDATE_NOTIFIER = \"true\" }\n"
	p := planFor(t, toml, app(withBuild(`, "packageManager": "pnpm@10.34.9"`)), amd64)
	for _, name := range []string{"deps", "prod-deps"} {
		got := envMap(t, stage(t, p, name).Env)
		want := map[string]string{"COREPACK_ENABLE_DOWNLOAD_PROMPT": "0", "NPM_CONFIG_LOGLEVEL": "warn", "NPM_CONFIG_UPDATE_NOTIFIER": "true"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s env = %v, want %v ([build] env over the preset's)", name, got, want)
		}
	}
	npm := planFor(t, ``, app(withBuild("")), amd64)
	if got := stage(t, npm, "deps").Env; !slices.Equal(got, []string{"NPM_CONFIG_UPDATE_NOTIFIER=false"}) {
		t.Errorf("npm deps env = %q, want only NPM_CONFIG_UPDATE_NOTIFIER=false (no corepack)", got)
	}
}
