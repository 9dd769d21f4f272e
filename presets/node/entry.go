package node

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// entry is what the image runs: node [flags] file [args].
type entry struct {
	file  string // relative to the app directory
	flags []string
	args  []string
	why   string
}

// shellChars mark a start script that needs a shell, which the image has
// not got.
const shellChars = "&|;<>$`\\\"'(){}*?~#"

// plainStart parses a start script of the plain form
// `node [--flag ...] <file> [arg ...]`.
func plainStart(script string) (file string, flags, args []string, ok bool) {
	if strings.ContainsAny(script, shellChars) {
		return "", nil, nil, false
	}
	fields := strings.Fields(script)
	if len(fields) < 2 || fields[0] != "node" {
		return "", nil, nil, false
	}
	i := 1
	for i < len(fields) && strings.HasPrefix(fields[i], "-") {
		if strings.HasPrefix(fields[i], "--env-file") {
			// The image leaves dotfiles out; [runtime] env sets the environment.
			return "", nil, nil, false
		}
		if strings.Contains(fields[i], "=") || !takesValue(fields[i]) {
			flags = append(flags, fields[i])
			i++
			continue
		}
		if i+1 >= len(fields) {
			return "", nil, nil, false
		}
		flags = append(flags, fields[i], fields[i+1])
		i += 2
	}
	if i >= len(fields) {
		return "", nil, nil, false
	}
	file = path.Clean(strings.TrimPrefix(fields[i], "./"))
	if path.IsAbs(file) || file == ".." || strings.HasPrefix(file, "../") {
		return "", nil, nil, false
	}
	return file, flags, fields[i+1:], true
}

// takesValue lists node flags written with their value as the next word.
func takesValue(flag string) bool {
	switch flag {
	case "-r", "--require", "--import", "--loader", "--experimental-loader", "--conditions", "-C", "--title", "--max-old-space-size", "--stack-size":
		return true
	}
	return false
}

// pickEntry decides what runs: the entrypoint key, else a plain `node
// <file>` start script, else server.js (npm start's own default), else
// package.json main. built says a build step may make the file.
func pickEntry(fsys fs.FS, s *spec.Spec, pkg *packageJSON, built bool) (entry, error) {
	exists := func(f string) bool { return preset.Exists(fsys, f) }
	if s.Entrypoint != "" {
		if !built && !exists(s.Entrypoint) {
			return entry{}, s.Errorf("entrypoint", "entrypoint %q is not a file in the build context; set it to the file node runs, such as \"server.js\" or \"dist/index.js\"", s.Entrypoint)
		}
		return entry{file: s.Entrypoint, why: "entrypoint"}, nil
	}
	start := pkg.Scripts["start"]
	if f, flags, args, ok := plainStart(start); ok && (built || exists(f)) {
		return entry{file: f, flags: flags, args: args, why: fmt.Sprintf("the start script %q", start)}, nil
	}
	if start == "" && exists("server.js") {
		return entry{file: "server.js", why: "server.js, which `npm start` runs when there is no start script"}, nil
	}
	if m := path.Clean(strings.TrimPrefix(pkg.Main, "./")); pkg.Main != "" {
		if path.IsAbs(m) || m == ".." || strings.HasPrefix(m, "../") {
			return entry{}, s.Errorf("entrypoint", "package.json main %q leaves the app; set entrypoint to the file node runs, inside the build context", pkg.Main)
		}
		if built {
			return entry{file: m, why: "package.json main"}, nil
		}
		for _, f := range nodeResolvable(m) {
			if fi, err := fs.Stat(fsys, f); err == nil && !fi.IsDir() {
				return entry{file: f, why: "package.json main"}, nil
			}
		}
	}
	return entry{}, s.Errorf("entrypoint", "cannot tell which file to run: %s; set entrypoint = \"server.js\" (the file node runs) in app.toml", noEntry(pkg))
}

// noEntry says why none of the start script, main and server.js gives
// the file to run.
func noEntry(pkg *packageJSON) string {
	start := pkg.Scripts["start"]
	var why []string
	if f, _, _, ok := plainStart(start); ok {
		why = append(why, fmt.Sprintf("the start script %q runs %s, which is not in the build context", start, f))
	} else if start != "" {
		why = append(why, fmt.Sprintf("the start script %q is not of the form `node <file>` (the image has no shell or npm to run it)", start))
	} else {
		why = append(why, "package.json has no start script")
	}
	if pkg.Main != "" {
		why = append(why, fmt.Sprintf("main %q is not in the build context", pkg.Main))
	} else {
		why = append(why, "no main")
	}
	if start == "" {
		why = append(why, "there is no server.js") // npm start's default runs only without a start script
	}
	return strings.Join(why[:len(why)-1], ", ") + ", and " + why[len(why)-1]
}
