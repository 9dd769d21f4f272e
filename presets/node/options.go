package node

import (
	"path"
	"strings"

	"github.com/slimfront/slimfront/spec"
)

// options is app.toml's [node] table.
type options struct {
	// Build is the package.json script that builds the app; "build" when
	// it exists. An empty string skips the build.
	Build string
	// buildSet says [node] build was written, even as "".
	buildSet bool
	// Output are the paths the build makes that the image ships, beside
	// package.json; default: tsconfig.json's outDir, else the top
	// directory of the entry file.
	Output []string
}

// readOptions decodes and checks [node].
func readOptions(s *spec.Spec) (options, error) {
	var o options
	if err := s.DecodeTable("node", []spec.Field{
		{Name: "build", Kind: spec.String(&o.Build, `"build"`)},
		{Name: "output", Kind: spec.Strings(&o.Output, `["dist"]`)},
	}); err != nil {
		return o, err
	}
	o.buildSet = s.Range("node.build") != (spec.Range{})
	p := s.Problems()
	for i, out := range o.Output {
		clean := path.Clean(strings.TrimPrefix(out, "./"))
		p.Check("node.output", out != "" && !path.IsAbs(out) && clean != "." && clean != ".." && !strings.HasPrefix(clean, "../"),
			"node.output: %q must be a path inside the app, such as \"dist\"", out)
		o.Output[i] = clean
	}
	return o, p.Err()
}

// checkScript checks that the build option (at key: [node] build)
// names a script of package.json.
func (o options) checkScript(s *spec.Spec, pkg *packageJSON, key string) error {
	if _, ok := pkg.Scripts[o.Build]; o.buildSet && o.Build != "" && !ok {
		return s.Errorf(key, "%s: package.json has no script %q; name one of its scripts, or write build = \"\" to skip the build", key, o.Build)
	}
	return nil
}

// buildScript is the script to run, or "" for none.
func (o options) buildScript(pkg *packageJSON) string {
	if o.buildSet {
		return o.Build
	}
	if _, ok := pkg.Scripts["build"]; ok {
		return "build"
	}
	return ""
}
