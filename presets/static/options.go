package static

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/slimfront/slimfront/serve"
	"github.com/slimfront/slimfront/spec"
)

// options is app.toml's [static] table.
type options struct {
	// Dir is the site's directory, relative to the app: the build's
	// output, or for a plain site the directory that holds index.html.
	Dir string
	// SPA serves index.html for client-side routes; set says it was
	// written (the default depends on the build tool).
	SPA    bool
	spaSet bool
	// Build is the package.json script that builds the site ("build").
	Build    string
	buildSet bool
	// Health is the health-check path; "" turns it off.
	Health string
	// AccessLog writes a line per request to stdout.
	AccessLog bool
	// Headers are added to every response ([static.headers]).
	Headers map[string]string
}

// readOptions decodes and checks [static].
func readOptions(s *spec.Spec) (options, error) {
	o := options{Health: "/healthz", AccessLog: true}
	if err := s.DecodeTable("static", []spec.Field{
		{Name: "dir", Kind: spec.String(&o.Dir, `"dist"`)},
		{Name: "spa", Kind: spec.Bool(&o.SPA)},
		{Name: "build", Kind: spec.String(&o.Build, `"build"`)},
		{Name: "health", Kind: spec.String(&o.Health, `"/healthz"`)},
		{Name: "access_log", Kind: spec.Bool(&o.AccessLog)},
		{Name: "headers", Kind: spec.Map(&o.Headers, `{ "Content-Security-Policy" = "default-src 'self'" }`)},
	}); err != nil {
		return o, err
	}
	o.spaSet = s.Range("static.spa") != (spec.Range{})
	o.buildSet = s.Range("static.build") != (spec.Range{})
	p := s.Problems()
	if o.Dir != "" {
		clean := path.Clean(strings.TrimPrefix(o.Dir, "./"))
		p.Check("static.dir", !path.IsAbs(o.Dir) && clean != ".." && !strings.HasPrefix(clean, "../") && !spec.HasControl(o.Dir),
			"static.dir: %q must be a directory inside the app, such as \"dist\"", o.Dir)
		o.Dir = clean
	}
	if o.Health != "" {
		p.Check("static.health", strings.HasPrefix(o.Health, "/") && path.Clean(o.Health) == o.Health && !strings.ContainsAny(o.Health, "?#% \\") && !spec.HasControl(o.Health),
			"static.health: %q must be a plain absolute URL path such as \"/healthz\", or \"\" for none", o.Health)
	}
	names := make([]string, 0, len(o.Headers))
	for name := range o.Headers {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		key := "static.headers." + name
		if !serve.HeaderName(name) {
			p.Errorf(key, "static.headers: %s is not a header name: use letters, digits and -", spec.Quote([]string{name}))
			continue
		}
		if v := o.Headers[name]; spec.HasControl(v) {
			p.Errorf(key, "static.headers: the value of %s holds a control character (a line break, a tab); write it on one line", name)
		}
		if serve.ReservedHeader(name) {
			p.Errorf(key, "static.headers: %s is set by the server for each response (see the README's static reference); remove it", name)
		}
	}
	return o, p.Err()
}

// flags are the server's command-line flags for these options.
func (o options) flags(root, listen string, spa bool) []string {
	out := []string{"--root=" + root, "--listen=" + listen}
	if spa {
		out = append(out, "--spa")
	}
	out = append(out, "--health="+o.Health)
	if !o.AccessLog {
		out = append(out, "--access-log=false")
	}
	names := make([]string, 0, len(o.Headers))
	for name := range o.Headers {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		out = append(out, fmt.Sprintf("--header=%s: %s", name, o.Headers[name]))
	}
	return out
}
