// Package presettest holds the test helpers every preset's tests share:
// in-memory build contexts, planning that must succeed (and validate) or
// fail with an app.toml error, and lookups in a plan.
package presettest

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/spec"
)

// Tree builds an in-memory build context from path/content pairs.
func Tree(pairs ...string) fstest.MapFS {
	if len(pairs)%2 != 0 {
		panic("Tree: odd number of arguments")
	}
	fsys := fstest.MapFS{}
	for i := 0; i < len(pairs); i += 2 {
		fsys[pairs[i]] = &fstest.MapFile{Data: []byte(pairs[i+1]), Mode: 0o644}
	}
	return fsys
}

// With returns a copy of fsys with pairs added (or replaced).
func With(fsys fstest.MapFS, pairs ...string) fstest.MapFS {
	out := fstest.MapFS{}
	for k, v := range fsys {
		out[k] = v
	}
	for k, v := range Tree(pairs...) {
		out[k] = v
	}
	return out
}

// MustPlan checks that planning succeeded and the plan validates.
func MustPlan(t *testing.T, p *plan.Plan, err error) *plan.Plan {
	t.Helper()
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	if err := p.Validate(); err != nil {
		t.Fatalf("plan does not validate: %v\n%s", err, MustJSON(t, p))
	}
	return p
}

// MustFail checks that planning failed with a *spec.Error, which names an
// app.toml line, and returns it.
func MustFail(t *testing.T, p *plan.Plan, err error) *spec.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("plan succeeded, want an error; plan:\n%s", MustJSON(t, p))
	}
	var se *spec.Error
	if !errors.As(err, &se) {
		t.Fatalf("error %q (%T) is not a *spec.Error, so it names no app.toml line", err, err)
	}
	return se
}

// WantErr checks an app.toml error's key, line and that its message
// contains each of parts.
func WantErr(t *testing.T, err *spec.Error, key string, line int, parts ...string) {
	t.Helper()
	if err.Key != key || err.Line != line || err.File != "app.toml" {
		t.Errorf("error %q: file %q, key %q, line %d; want app.toml, key %q, line %d", err, err.File, err.Key, err.Line, key, line)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not contain %q", err, p)
		}
	}
}

// MustJSON renders v indented, for failure messages.
func MustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Stage returns the named stage or fails the test.
func Stage(t *testing.T, p *plan.Plan, name string) *plan.Stage {
	t.Helper()
	st := p.Stage(name)
	if st == nil {
		t.Fatalf("plan has no stage %q; stages: %v", name, StageNames(p))
	}
	return st
}

// OnlyRun returns the stage's one command.
func OnlyRun(t *testing.T, st *plan.Stage) plan.Run {
	t.Helper()
	if len(st.Runs) != 1 {
		t.Fatalf("stage %s has %d commands, want 1: %+v", st.Name, len(st.Runs), st.Runs)
	}
	return st.Runs[0]
}

// StageNames lists the plan's builder stages.
func StageNames(p *plan.Plan) []string {
	var out []string
	for _, s := range p.Stages {
		out = append(out, s.Name)
	}
	return out
}

// LayerNames lists the final image's layers.
func LayerNames(p *plan.Plan) []string {
	var out []string
	for _, l := range p.Image.Layers {
		out = append(out, l.Name)
	}
	return out
}

// Layer returns the named layer of the image or fails the test.
func Layer(t *testing.T, p *plan.Plan, name string) plan.Layer {
	t.Helper()
	for _, l := range p.Image.Layers {
		if l.Name == name {
			return l
		}
	}
	t.Fatalf("image has no %s layer; layers: %v", name, LayerNames(p))
	return plan.Layer{}
}

// EnvMap turns KEY=VALUE pairs into a map, failing on duplicates.
func EnvMap(t *testing.T, env []string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, kv := range env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			t.Errorf("env entry %q is not KEY=VALUE", kv)
		}
		if _, dup := m[k]; dup {
			t.Errorf("env has %s twice: %v", k, env)
		}
		m[k] = v
	}
	return m
}
