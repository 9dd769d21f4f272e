package plan

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"strings"
)

// stageName is a --target name.
var stageName = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// Validate checks that the plan is one both backends can build: stage
// names unique, every reference to an earlier stage, mounts complete,
// paths absolute or relative where they must be, every warning of a known
// rule. A preset's plan that fails here is a bug in the preset, not in the
// user's app.
func (p *Plan) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	seen := map[string]bool{}
	for _, s := range p.Stages {
		where := "stage " + s.Name
		switch {
		case !stageName.MatchString(s.Name):
			bad("stage name %q: want a lowercase word such as \"build\"", s.Name)
		case s.Name == FinalStage:
			bad("stage name %q is reserved for the final image", s.Name)
		case seen[s.Name]:
			bad("two stages are called %q", s.Name)
		}
		switch s.From.Kind {
		case RefImage:
			if s.From.Name == "" {
				bad("%s: from an image with no name", where)
			}
		case RefStage:
			if !seen[s.From.Name] {
				bad("%s: from %q, which is not an earlier stage", where, s.From.Name)
			}
		case RefScratch:
		default:
			bad("%s: from must be an image, an earlier stage or scratch, got %q", where, s.From.Kind)
		}
		seen[s.Name] = true
		if !path.IsAbs(s.Workdir) {
			bad("%s: workdir %q is not absolute", where, s.Workdir)
		}
		if s.Platform != BuildPlatform && s.Platform != TargetPlatform {
			bad("%s: platform %q: want \"\" (build) or %q", where, s.Platform, TargetPlatform)
		}
		errs = append(errs, checkEnv(where, s.Env)...)
		for _, pat := range append(append([]string(nil), s.Inputs.Paths...), s.Inputs.Exclude...) {
			if !relative(pat) {
				bad("%s: input pattern %q must be relative to the context", where, pat)
			}
		}
		if len(s.Inputs.Exclude) > 0 && !s.Inputs.All {
			bad("%s: input excludes apply only to all = true", where)
		}
		if len(s.Runs) == 0 {
			bad("%s: no commands", where)
		}
		outputs := 0
		for _, r := range s.Runs {
			if len(r.Args) == 0 {
				bad("%s: command %q has no arguments", where, r.Name)
			}
			for _, m := range r.Mounts {
				if !path.IsAbs(m.Target) {
					bad("%s: mount target %q is not absolute", where, m.Target)
				}
				switch m.Type {
				case MountCache:
					if m.CacheID == "" {
						bad("%s: cache mount %s has no ID", where, m.Target)
					}
					if m.From != "" && (!seen[m.From] || m.From == s.Name) {
						bad("%s: cache mount %s starts from %q, which is not an earlier stage", where, m.Target, m.From)
					}
					if m.From != "" && s.From == StageRef(m.From) {
						// The root and the seed would be one input, which
						// BuildKit keys by a content hash of all of it.
						bad("%s: cache mount %s starts from %q, the stage's own base; seed it from another stage", where, m.Target, m.From)
					}
					if (m.From != "") != (m.Source != "") || m.Source != "" && (!path.IsAbs(m.Source) || hasControl(m.Source)) {
						bad("%s: cache mount %s needs both a stage and an absolute source directory to start from, or neither", where, m.Target)
					}
				case MountSecret:
					if m.SecretID == "" {
						bad("%s: secret mount %s has no secret ID", where, m.Target)
					}
				case MountOutput:
					outputs++
				case MountImage:
					if m.Image == "" || !path.IsAbs(m.Source) || hasControl(m.Source) {
						bad("%s: image mount %s needs an image and an absolute source directory", where, m.Target)
					}
				case MountStage:
					if !seen[m.From] || m.From == s.Name {
						bad("%s: stage mount %s shows %q, which is not an earlier stage", where, m.Target, m.From)
					}
					if s.From == StageRef(m.From) {
						// As for a seeded cache: one input as root and
						// mount is keyed by a content hash of all of it.
						bad("%s: stage mount %s shows %q, the stage's own base; its files are there already", where, m.Target, m.From)
					}
					if !path.IsAbs(m.Source) || hasControl(m.Source) {
						bad("%s: stage mount %s needs an absolute source directory", where, m.Target)
					}
				case MountContext:
				default:
					bad("%s: unknown mount type %q", where, m.Type)
				}
			}
		}
		if outputs > 1 {
			bad("%s: %d output mounts; a stage has at most one", where, outputs)
		}
	}

	switch b := p.Image.Base; {
	case b.Kind == RefScratch:
	case b.Kind == RefImage && b.Name != "":
	default:
		bad("final image: base must be scratch or an image, got %s %q", b.Kind, b.Name)
	}
	for _, l := range p.Image.Layers {
		where := "layer " + l.Name
		if len(l.Copies) == 0 && len(l.Files) == 0 {
			bad("%s is empty", where)
		}
		for _, c := range l.Copies {
			if _, err := p.CopySource(c); err != nil {
				bad("%s: %v", where, err)
			}
			if !path.IsAbs(c.Src) || !path.IsAbs(c.Dest) || hasControl(c.Src) || hasControl(c.Dest) {
				bad("%s: copy %s → %s: both must be absolute", where, c.Src, c.Dest)
			}
			if len(c.Paths) == 0 {
				bad("%s: copy from %s has no paths", where, c.From)
			}
			if len(c.Exclude) > 0 && (len(c.Paths) != 1 || c.Paths[0] != ".") {
				bad("%s: copy from %s: exclude patterns need paths [\".\"], the contents of src", where, c.From)
			}
			for _, q := range append(append([]string(nil), c.Paths...), c.Exclude...) {
				if !relative(q) {
					bad("%s: copy path %q must be relative to %s", where, q, c.Src)
				}
			}
		}
		for _, f := range l.Files {
			if !path.IsAbs(f.Path) {
				bad("%s: file %q is not absolute", where, f.Path)
			}
		}
	}
	if len(p.Image.Config.Entrypoint) == 0 {
		bad("final image: no entrypoint")
	}
	if !path.IsAbs(p.Image.Config.Workdir) {
		bad("final image: workdir %q is not absolute", p.Image.Config.Workdir)
	}
	errs = append(errs, checkEnv("final image", p.Image.Config.Env)...)
	for _, w := range p.Warnings {
		if _, ok := Rules[w.Rule]; !ok {
			bad("warning %q: rule %q is not one of plan.Rules", w.Msg, w.Rule)
		}
		if w.Msg == "" {
			bad("warning of rule %s has no message", w.Rule)
		}
	}
	return errors.Join(errs...)
}

// relative reports whether p is a clean relative path or pattern that
// stays where it is rooted.
func relative(p string) bool {
	return p != "" && !path.IsAbs(p) && p != ".." && !strings.HasPrefix(p, "../") && path.Clean(p) == p && !hasControl(p)
}

// hasControl reports a control character (a line break, NUL): no path a
// backend writes may hold one, or an ejected Dockerfile would gain lines.
func hasControl(p string) bool {
	return strings.IndexFunc(p, func(r rune) bool { return r < 0x20 || r == 0x7f }) >= 0
}

// checkEnv checks that every entry is KEY=VALUE with a valid key.
func checkEnv(where string, env []string) []error {
	var errs []error
	for _, kv := range env {
		k, _, ok := strings.Cut(kv, "=")
		if !ok || k == "" || strings.ContainsAny(k, " \t\n\x00") {
			errs = append(errs, fmt.Errorf("%s: env entry %q is not KEY=VALUE", where, kv))
		}
	}
	return errs
}

// CopySource is where a Copy reads from, resolved against the plan.
type CopySource struct {
	// Kind is the kind of c.From.
	Kind RefKind
	// Stage is the stage read, for RefStage.
	Stage *Stage
	// Output is set when the copy reads the stage's output mount rather
	// than its filesystem.
	Output bool
	// Dir is the directory read: inside the output mount when Output is
	// set ("/" for the mount's root), else c.Src.
	Dir string
}

// CopySource resolves where c reads: an image, the context, a stage's
// filesystem, or its output mount when c.Src is at or under it. llbgen
// and eject both ask here, so they never disagree about a copy.
func (p *Plan) CopySource(c Copy) (CopySource, error) {
	src := CopySource{Kind: c.From.Kind, Dir: c.Src}
	switch c.From.Kind {
	case RefImage:
		if c.From.Name == "" {
			return src, errors.New("copy from an image with no name")
		}
	case RefContext:
	case RefStage:
		st := p.Stage(c.From.Name)
		if st == nil {
			return src, fmt.Errorf("copy from stage %q, which the plan does not have", c.From.Name)
		}
		src.Stage = st
		if out := st.Output(); out != "" {
			if rel, ok := under(c.Src, out); ok {
				src.Output, src.Dir = true, path.Join("/", rel)
			}
		}
	default:
		return src, fmt.Errorf("copy from %q: want an image, a stage or the context", c.From.Kind)
	}
	return src, nil
}

// under reports whether p is dir or inside it, and p relative to dir.
func under(p, dir string) (string, bool) {
	if p == dir {
		return ".", true
	}
	if rest, ok := strings.CutPrefix(p, strings.TrimSuffix(dir, "/")+"/"); ok {
		return rest, true
	}
	return "", false
}
