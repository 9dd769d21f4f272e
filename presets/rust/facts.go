package rust

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// manifest is the part of a Cargo.toml the preset reads.
type manifest struct {
	Package *struct {
		Name       string `toml:"name"`
		DefaultRun string `toml:"default-run"`
		Autobins   *bool  `toml:"autobins"`
	} `toml:"package"`
	Bin []struct {
		Name string `toml:"name"`
	} `toml:"bin"`
	Workspace *struct {
		Members []string `toml:"members"`
	} `toml:"workspace"`
}

// pkg is one package of the build and its binaries.
type pkg struct {
	name string
	dir  string // "." for the root
	bins []string
	// defaultRun is Cargo.toml's default-run.
	defaultRun string
}

// rootFiles are the context files the preset may read before it knows
// the workspace members.
var rootFiles = []string{"Cargo.toml", "Cargo.lock", "rust-toolchain", "rust-toolchain.toml", "src/main.rs", "src/bin/*.rs", "src/bin/*/main.rs", ".cargo/config.toml", ".cargo/config"}

// memberFiles are what the preset reads of a package directory.
func memberFiles(dir string) []string {
	return []string{dir + "/Cargo.toml", dir + "/src/main.rs", dir + "/src/bin/*.rs", dir + "/src/bin/*/main.rs"}
}

// factPatterns are the files planRust reads; workspace members' once the
// root Cargo.toml is known.
func factPatterns(s *spec.Spec, known fs.FS) []string {
	out := append([]string(nil), rootFiles...)
	if s.Entrypoint != "" {
		out = append(out, memberFiles(s.Entrypoint)...)
	}
	if m, err := readManifest(known, "Cargo.toml"); err == nil && m != nil && m.Workspace != nil {
		for _, member := range m.Workspace.Members {
			if clean, ok := inside(member); ok {
				out = append(out, memberFiles(clean)...)
			}
		}
	}
	return out
}

// inside cleans a relative path and reports whether it stays inside the
// context.
func inside(p string) (string, bool) {
	clean := path.Clean(strings.TrimPrefix(p, "./"))
	return clean, p != "" && !path.IsAbs(p) && clean != ".." && !strings.HasPrefix(clean, "../") && !spec.HasControl(p)
}

func readManifest(src fs.FS, file string) (*manifest, error) {
	if src == nil {
		return nil, nil
	}
	data, err := preset.ReadOptional(src, file)
	if err != nil || data == nil {
		return nil, err
	}
	var m manifest
	if _, err := toml.Decode(string(data), &m); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return &m, nil
}

// readPackages reads the root package and the workspace members, each with
// its binaries as cargo finds them.
func readPackages(src fs.FS, s *spec.Spec) ([]pkg, error) {
	root, err := readManifest(src, "Cargo.toml")
	if err != nil {
		return nil, err
	}
	if root == nil {
		return nil, s.Errorf("language", "no Cargo.toml at the root of the build context; run `cargo init` there, or point the build at the crate's directory")
	}
	var out []pkg
	if root.Package != nil {
		out = append(out, packageOf(src, ".", root))
	}
	if root.Workspace != nil {
		var dirs []string
		for _, member := range root.Workspace.Members {
			clean, ok := inside(member)
			if !ok {
				return nil, fmt.Errorf("workspace member %q of Cargo.toml is outside the build context; build from the directory that holds every member", member)
			}
			matches, err := fs.Glob(src, clean+"/Cargo.toml")
			if err != nil {
				return nil, fmt.Errorf("workspace member %q of Cargo.toml: %w", member, err)
			}
			for _, m := range matches {
				dirs = append(dirs, path.Dir(m))
			}
		}
		sort.Strings(dirs)
		for _, dir := range slices.Compact(dirs) {
			m, err := readManifest(src, dir+"/Cargo.toml")
			if err != nil {
				return nil, err
			}
			if m.Package != nil {
				out = append(out, packageOf(src, dir, m))
			}
		}
	}
	return out, nil
}

// packageOf lists a package's binaries: its [[bin]] targets and, unless
// autobins is off, src/main.rs (named after the package) and src/bin/.
func packageOf(src fs.FS, dir string, m *manifest) pkg {
	p := pkg{name: m.Package.Name, dir: dir, defaultRun: m.Package.DefaultRun}
	for _, b := range m.Bin {
		if b.Name != "" {
			p.bins = append(p.bins, b.Name)
		}
	}
	if m.Package.Autobins == nil || *m.Package.Autobins {
		if preset.Exists(src, path.Join(dir, "src/main.rs")) {
			p.bins = append(p.bins, p.name)
		}
		files, _ := fs.Glob(src, path.Join(dir, "src/bin/*.rs"))
		for _, f := range files {
			p.bins = append(p.bins, strings.TrimSuffix(path.Base(f), ".rs"))
		}
		mains, _ := fs.Glob(src, path.Join(dir, "src/bin/*/main.rs"))
		for _, f := range mains {
			p.bins = append(p.bins, path.Base(path.Dir(f)))
		}
	}
	sort.Strings(p.bins)
	p.bins = slices.Compact(p.bins)
	return p
}

// binary is what the build makes and the image runs.
type binary struct {
	pkg, bin string
	// member says the package is a workspace member, built with -p.
	member bool
	why    string
}

// pickBinary picks the binary: entrypoint (a binary's name, or a
// member's directory), else the one binary there is, else default-run.
func pickBinary(s *spec.Spec, pkgs []pkg) (binary, error) {
	var all []string
	for _, p := range pkgs {
		all = append(all, p.bins...)
	}
	choose := func(p pkg, why string) (binary, error) {
		member := p.dir != "."
		switch {
		case len(p.bins) == 1:
			return binary{pkg: p.name, bin: p.bins[0], member: member, why: why}, nil
		case p.defaultRun != "" && slices.Contains(p.bins, p.defaultRun):
			return binary{pkg: p.name, bin: p.defaultRun, member: member, why: why + ", its default-run"}, nil
		case len(p.bins) == 0:
			return binary{}, s.Errorf("entrypoint", "package %s has no binary (no src/main.rs, src/bin/ or [[bin]]); set entrypoint to a binary's name or a workspace member's directory", p.name)
		}
		return binary{}, s.Errorf("entrypoint", "package %s has %d binaries (%s); set entrypoint to the one the image runs", p.name, len(p.bins), strings.Join(p.bins, ", "))
	}
	if ep := s.Entrypoint; ep != "" {
		for _, p := range pkgs {
			if p.dir == ep && p.dir != "." {
				return choose(p, "entrypoint: the workspace member "+ep)
			}
		}
		for _, p := range pkgs {
			if slices.Contains(p.bins, ep) {
				return binary{pkg: p.name, bin: ep, member: p.dir != ".", why: "entrypoint"}, nil
			}
		}
		return binary{}, s.Errorf("entrypoint", "entrypoint %q is neither a binary of this build (%s) nor a workspace member's directory", ep, listOr(all))
	}
	if len(pkgs) == 1 {
		return choose(pkgs[0], "the package's binary")
	}
	if len(all) == 1 {
		for _, p := range pkgs {
			if len(p.bins) == 1 {
				return choose(p, "the workspace's one binary")
			}
		}
	}
	return binary{}, s.Errorf("entrypoint", "this workspace has %s; set entrypoint to the binary the image runs, or to its member's directory", listOr(all))
}

func listOr(names []string) string {
	if len(names) == 0 {
		return "no binaries"
	}
	return strings.Join(names, ", ")
}

// cargoConfig is the part of .cargo/config.toml the preset reads: source
// replacements by directory (`cargo vendor`'s).
type cargoConfig struct {
	Source map[string]struct {
		Directory string `toml:"directory"`
	} `toml:"source"`
}

// vendorDirs lists the directory sources of the context's cargo config,
// cleaned and sorted. Paths in it are relative to the directory that
// holds .cargo, the context's root.
func vendorDirs(src fs.FS) ([]string, error) {
	var dirs []string
	for _, file := range []string{".cargo/config.toml", ".cargo/config"} {
		data, err := preset.ReadOptional(src, file)
		if err != nil || data == nil {
			if err != nil {
				return nil, err
			}
			continue
		}
		var c cargoConfig
		if _, err := toml.Decode(string(data), &c); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		for name, source := range c.Source {
			if source.Directory == "" {
				continue
			}
			clean, ok := inside(source.Directory)
			if !ok {
				return nil, fmt.Errorf("%s: source.%s.directory %q is outside the build context, where the build cannot read it; vendor the crates inside the context (`cargo vendor`)", file, name, source.Directory)
			}
			dirs = append(dirs, clean)
		}
	}
	sort.Strings(dirs)
	// A directory inside another listed one comes with it (sorted, the
	// outer one is kept first), and the whole context as a vendor
	// directory leaves nothing to set apart.
	var out []string
	for _, d := range slices.Compact(dirs) {
		if d != "." && !slices.ContainsFunc(out, func(o string) bool { return strings.HasPrefix(d, o+"/") }) {
			out = append(out, d)
		}
	}
	return out, nil
}
