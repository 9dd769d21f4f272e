package golang

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/spec"
)

// FuzzGoFacts feeds readGoFacts any go.mod and go.work: it must not
// panic, an error about either file must name a line of it, an accepted
// module path must name a safe binary, and every deps input must lie in
// the context.
func FuzzGoFacts(f *testing.F) {
	f.Add("module example.com/api\n\ngo 1.26\n", "")
	f.Add("module example.com/..\n\ngo 1.26\n", "")
	f.Add("module v2\ngo 1.26\ntoolchain go1.99@sha256:x\n", "")
	f.Add("module example.com/api\ngo 1.26\nrequire example.com/lib v1.0.0\nreplace (\n\texample.com/lib => ../lib\n)\n", "")
	f.Add("module example.com/api\ngo 1.26\nreplace example.com/lib v1.0.0 => \"./my lib\"\n", "")
	f.Add("module example.com/api\ngo 1.26\n", "go 1.26\nuse (\n\t.\n\t../other\n)\nreplace a => ./a\n")
	f.Fuzz(func(t *testing.T, gomod, gowork string) {
		fsys := fstest.MapFS{"go.mod": {Data: []byte(gomod)}, "go.sum": {}}
		if gowork != "" {
			fsys["go.work"] = &fstest.MapFile{Data: []byte(gowork)}
		}
		facts, err := readGoFacts(fsys, &spec.Spec{File: "app.toml"})
		if err != nil {
			var se *spec.Error
			if !errors.As(err, &se) {
				t.Fatalf("error %v (%T) is not a *spec.Error", err, err)
			}
			text := map[string]string{"go.mod": gomod, "go.work": gowork}
			if src, ok := text[se.File]; ok && (se.Line < 1 || se.Line > strings.Count(src, "\n")+1) {
				t.Fatalf("error %q names no line of %s:\n%s", se, se.File, src)
			}
			return
		}
		if name := defaultGoName(".", facts.module); !safeFileName(name) {
			t.Fatalf("module %q names binary %q", facts.module, name)
		}
		for _, m := range facts.manifests {
			if _, ok := contextDir(m); !ok || strings.HasPrefix(m, "./") {
				t.Fatalf("deps input %q is outside the context or not clean", m)
			}
		}
	})
}
