package preset_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets/preset"
)

func TestSplitPlatform(t *testing.T) {
	for _, tt := range []struct{ in, os, arch, variant string }{
		{"linux/amd64", "linux", "amd64", ""},
		{"linux/arm/v7", "linux", "arm", "v7"},
		{"linux/amd64/v3", "linux", "amd64", "v3"},
		{"linux", "linux", "", ""},
		{"", "", "", ""},
	} {
		os, arch, variant := preset.SplitPlatform(tt.in)
		if os != tt.os || arch != tt.arch || variant != tt.variant {
			t.Errorf("SplitPlatform(%q) = %q, %q, %q; want %q, %q, %q", tt.in, os, arch, variant, tt.os, tt.arch, tt.variant)
		}
	}
}

func TestSameArch(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"linux/amd64", "linux/amd64", true},
		{"linux/amd64/v3", "linux/amd64", true}, // a variant runs where its arch does
		{"linux/arm/v7", "linux/arm/v6", true},
		{"linux/arm64", "linux/amd64", false},
		{"linux/arm/v7", "linux/arm64", false},
		{"windows/amd64", "linux/amd64", false},
	} {
		if got := preset.SameArch(tt.a, tt.b); got != tt.want {
			t.Errorf("SameArch(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestExistsAndReadOptional(t *testing.T) {
	fsys := fstest.MapFS{"a/b.txt": {Data: []byte("hi")}}
	if !preset.Exists(fsys, "a/b.txt") || !preset.Exists(fsys, "a") || preset.Exists(fsys, "c") {
		t.Errorf("Exists: a/b.txt %v, a %v, c %v; want true, true, false",
			preset.Exists(fsys, "a/b.txt"), preset.Exists(fsys, "a"), preset.Exists(fsys, "c"))
	}
	if data, err := preset.ReadOptional(fsys, "a/b.txt"); err != nil || string(data) != "hi" {
		t.Errorf("ReadOptional(a/b.txt) = %q, %v", data, err)
	}
	if data, err := preset.ReadOptional(fsys, "missing"); err != nil || data != nil {
		t.Errorf("ReadOptional(missing) = %q, %v; want nil, nil", data, err)
	}
	// Other errors than absence are errors.
	if _, err := preset.ReadOptional(fsys, "a"); err == nil || errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadOptional of a directory = %v, want an error", err)
	}
}

func TestFinish(t *testing.T) {
	p := &plan.Plan{
		Stages: []plan.Stage{{
			Name: "build", From: plan.ImageRef("golang"), Workdir: "/src",
			Runs: []plan.Run{{Name: "x", Args: []string{"x"}, Mounts: []plan.Mount{
				{Target: "/src", Type: plan.MountContext},
				{Target: "/out", Type: plan.MountOutput},
			}}},
		}},
		Image: plan.Image{Base: plan.Scratch, Layers: []plan.Layer{{Name: "app", Copies: []plan.Copy{
			{From: plan.StageRef("build"), Src: "/out", Paths: []string{"x"}, Dest: "/app"},
		}}}, Config: plan.Config{Entrypoint: []string{"/app/x"}, Workdir: "/app"}},
		Warnings: []plan.Warning{{Rule: plan.RuleRootUser, Source: "runtime.user", Msg: "b"}, {Rule: plan.RuleNoLockfile, Source: "language", Msg: "a"}},
	}
	got, err := preset.Finish(p)
	if err != nil {
		t.Fatalf("Finish: %v", err)
	}
	if m := got.Stages[0].Runs[0].Mounts; m[0].Target != "/out" || m[1].Target != "/src" {
		t.Errorf("mounts not sorted by target: %+v", m)
	}
	if w := got.Warnings; w[0].Source != "language" || w[1].Source != "runtime.user" {
		t.Errorf("warnings not sorted by source: %+v", w)
	}

	// A preset's broken plan fails here, not in a backend.
	p.Stages[0].Workdir = "src"
	if _, err := preset.Finish(p); err == nil || !strings.Contains(err.Error(), "not absolute") {
		t.Errorf("Finish of a plan with a relative workdir = %v, want plan.Validate's error", err)
	}
}
