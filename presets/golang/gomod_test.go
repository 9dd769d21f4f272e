package golang_test

import (
	"reflect"
	"testing"

	"github.com/slimfront/slimfront/plan"
)

const serverToml = `entrypoint = "./cmd/server"`

// goMod is serverApp's go.mod with extra lines after the go line.
func goMod(extra string) string {
	return "module example.com/api\n\ngo 1.26\n" + extra
}

func TestGoModulePathRefused(t *testing.T) {
	for _, mod := range []string{"example.com/..", "example.com/.", "..", "/abs", "example.com//x", "a b"} {
		t.Run(mod, func(t *testing.T) {
			fsys := with(serverApp(), "go.mod", "// api\nmodule \""+mod+"\"\n\ngo 1.26\n")
			_, err := goPlan(t, `language = "go"`, fsys, amd64)
			wantManifestErr(t, err, "go.mod", 2, "module path", "example.com/app")
		})
	}
}

func TestGoModParseErrorHasLine(t *testing.T) {
	fsys := with(serverApp(), "go.mod", goMod("\nrequire example.com/dep\n"))
	_, err := goPlan(t, serverToml, fsys, amd64)
	wantManifestErr(t, err, "go.mod", 5, "usage")
}

func TestGoWorkToolchainRefused(t *testing.T) {
	for _, tc := range []string{"go1.99@sha256:x", "go1.26/../../evil", "default"} {
		t.Run(tc, func(t *testing.T) {
			fsys := with(serverApp(), "go.work", "go 1.26\n\ntoolchain "+tc+"\n\nuse .\n")
			err := planError(t, serverToml, fsys, amd64)
			wantErr(t, err, "language", 0, "is not a Go version")
		})
	}
}

func TestGoWorkUseOutsideContextRefused(t *testing.T) {
	for _, dir := range []string{"../other", "./libs/../../other", "/abs/other", `C:\other`} {
		t.Run(dir, func(t *testing.T) {
			fsys := with(serverApp(), "go.work", "go 1.26\n\nuse (\n\t.\n\t"+dir+"\n)\n")
			_, err := goPlan(t, serverToml, fsys, amd64)
			wantManifestErr(t, err, "go.work", 5, "use "+dir, "outside the build context")
		})
	}
}

func TestGoLocalReplace(t *testing.T) {
	tests := []struct {
		name  string
		gomod string
		extra []string
		want  []string
	}{
		{
			name:  "inside the context",
			gomod: goMod("\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ./lib\n"),
			extra: []string{"lib/go.mod", "module example.com/lib\n\ngo 1.26\n", "lib/go.sum", "", "lib/lib.go", "package lib\n"},
			want:  []string{"go.mod", "go.sum", "lib/go.mod", "lib/go.sum"},
		},
		{
			name:  "block, nested and unclean",
			gomod: goMod("\nreplace (\n\texample.com/a => ./libs/a/\n\texample.com/b v1.0.0 => ./libs/../b\n)\n"),
			extra: []string{"libs/a/go.mod", "module example.com/a\n", "b/go.mod", "module example.com/b\n"},
			want:  []string{"b/go.mod", "go.mod", "go.sum", "libs/a/go.mod"},
		},
		{
			name:  "by module path: fetched as usual",
			gomod: goMod("\nreplace example.com/lib => example.com/fork v1.2.3\n"),
			want:  []string{"go.mod", "go.sum"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := with(serverApp(), append([]string{"go.mod", tt.gomod}, tt.extra...)...)
			deps := stage(t, planFor(t, serverToml, fsys, amd64), "deps")
			if want := (plan.Inputs{Paths: tt.want}); !reflect.DeepEqual(deps.Inputs, want) {
				t.Errorf("deps inputs = %+v, want %+v", deps.Inputs, want)
			}
		})
	}
}

func TestGoLocalReplaceOutsideContextRefused(t *testing.T) {
	for _, target := range []string{"../lib", "/abs/lib", "./x/../../lib", `..\lib`} {
		t.Run(target, func(t *testing.T) {
			fsys := with(serverApp(), "go.mod", goMod("\nreplace example.com/lib => "+target+"\n"))
			_, err := goPlan(t, serverToml, fsys, amd64)
			wantManifestErr(t, err, "go.mod", 5, "replace example.com/lib => "+target, "into the context", "go mod vendor")
		})
	}
}

func TestGoWorkLocalReplace(t *testing.T) {
	fsys := with(serverApp(),
		"go.work", "go 1.26\n\nuse .\n\nreplace example.com/lib => ../lib\n")
	_, err := goPlan(t, serverToml, fsys, amd64)
	wantManifestErr(t, err, "go.work", 5, "outside the build context")

	fsys = with(serverApp(),
		"go.work", "go 1.26\n\nuse .\n\nreplace example.com/lib => ./lib\n",
		"lib/go.mod", "module example.com/lib\n")
	deps := stage(t, planFor(t, serverToml, fsys, amd64), "deps")
	if want := []string{"go.mod", "go.sum", "go.work", "lib/go.mod"}; !reflect.DeepEqual(deps.Inputs.Paths, want) {
		t.Errorf("deps inputs = %q, want %q", deps.Inputs.Paths, want)
	}
}
