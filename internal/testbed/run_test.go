package testbed

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// A root process gets Docker's default capabilities; a non-root one keeps
// umoci's few, and neither runs in a network namespace of its own.
func TestPatchRuntimeConfig(t *testing.T) {
	for _, uid := range []int{0, 65532} {
		path := filepath.Join(t.TempDir(), "config.json")
		in := `{"process": {"terminal": true, "user": {"uid": ` + map[int]string{0: "0", 65532: "65532"}[uid] + `},
			"capabilities": {"bounding": ["CAP_KILL"], "effective": ["CAP_KILL"], "permitted": ["CAP_KILL"]}, "env": ["A=1"]},
			"linux": {"namespaces": [{"type": "pid"}, {"type": "network"}]}}`
		if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := patchRuntimeConfig(path, RunOptions{Env: []string{"PORT=1"}}); err != nil {
			t.Fatal(err)
		}
		var out struct {
			Process struct {
				Terminal     bool
				Env          []string
				Capabilities map[string][]string
			}
			Linux struct{ Namespaces []struct{ Type string } }
		}
		data, _ := os.ReadFile(path)
		if err := json.Unmarshal(data, &out); err != nil {
			t.Fatal(err)
		}
		if out.Process.Terminal || !slices.Equal(out.Process.Env, []string{"A=1", "PORT=1"}) || len(out.Linux.Namespaces) != 1 {
			t.Errorf("uid %d: %s", uid, data)
		}
		eff := out.Process.Capabilities["effective"]
		if uid == 0 && (!slices.Contains(eff, "CAP_SETGID") || !slices.Contains(out.Process.Capabilities["bounding"], "CAP_SETUID")) {
			t.Errorf("root: capabilities %v, want Docker's defaults", out.Process.Capabilities)
		}
		if uid != 0 && !slices.Equal(eff, []string{"CAP_KILL"}) {
			t.Errorf("uid %d: capabilities %v, want umoci's left alone", uid, out.Process.Capabilities)
		}
	}
}
