package spec

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// Build args: [args] declares them with their defaults, `--build-arg
// NAME=value` sets them, and `${NAME}` in the values of argKeys takes
// them, where a Dockerfile's ARG expansion would reach (ldflags, build
// and runtime env, labels). A reference to an undeclared name is an
// error at its line, as is any "${" that is not a reference.

// argName is a build arg's name, as a shell variable's.
var argName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// argRef finds "${…}" references.
var argRef = regexp.MustCompile(`\$\{([^}]*)\}`)

// checkArgs checks [args] and every reference, after decoding.
func (d *decoder) checkArgs() {
	s := d.spec
	for _, name := range slices.Sorted(maps.Keys(s.Args)) {
		key := join("args", name)
		if !argName.MatchString(name) {
			d.errorf(key, "args: %s is not a build arg name; use letters, digits and _, not starting with a digit", Quote([]string{name}))
		} else if HasControl(s.Args[name]) {
			d.errorf(key, "args.%s: the default holds a control character; write it on one line", name)
		}
	}
	s.eachArgValue(func(table, name, v string) string {
		key, show := join(table, name), join(table, printable(name))
		for _, m := range argRef.FindAllStringSubmatchIndex(v, -1) {
			ref := v[m[2]:m[3]]
			if _, ok := s.Args[ref]; !ok {
				d.errorf(key, "%s uses ${%s}, which no build arg declares; add it to [args] with a default (%s = \"…\"), then set it with --build-arg %s=…", show, printable(ref), tomlKey(ref), printable(ref))
			}
		}
		if strings.Count(v, "${") != len(argRef.FindAllStringIndex(v, -1)) {
			d.errorf(key, "%s has a \"${\" without its \"}\"; write ${NAME}", show)
		}
		return v
	})
}

// SetArgs expands every `${NAME}` with given[NAME] when set, else the
// default in [args]. given holds the build's --build-arg values; those
// [args] does not declare are ignored, as BuildKit ignores unused ones.
func (s *Spec) SetArgs(given map[string]string) error {
	vals := maps.Clone(s.Args)
	for name := range s.Args {
		if v, ok := given[name]; ok {
			if HasControl(v) {
				return fmt.Errorf("--build-arg %s: the value holds a control character", name)
			}
			vals[name] = v
		}
	}
	s.eachArgValue(func(_, _, v string) string {
		return argRef.ReplaceAllStringFunc(v, func(ref string) string { return vals[ref[2:len(ref)-1]] })
	})
	return nil
}

// eachArgValue calls fn on every value build args reach, by the dotted
// path of its table and its name in it, and stores what fn returns.
func (s *Spec) eachArgValue(fn func(table, name, v string) string) {
	for _, m := range []struct {
		key string
		m   map[string]string
	}{{"build.env", s.Build.Env}, {"runtime.env", s.Runtime.Env}, {"labels", s.Labels}} {
		for _, name := range slices.Sorted(maps.Keys(m.m)) {
			m.m[name] = fn(m.key, name, m.m[name])
		}
	}
	// The language tables' linker flags ([go] ldflags), as decoded TOML.
	for _, table := range slices.Sorted(maps.Keys(s.tables)) {
		if v, ok := s.tables[table]["ldflags"].(string); ok {
			s.tables[table]["ldflags"] = fn(table, "ldflags", v)
		}
	}
}

// HasControl reports a control character (a line break, a tab, NUL, …),
// which no value that reaches a command line or a header may hold.
func HasControl(v string) bool {
	return strings.IndexFunc(v, func(r rune) bool { return r < 0x20 || r == 0x7f }) >= 0
}
