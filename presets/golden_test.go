package presets_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/slimfront/slimfront/eject"
	"github.com/slimfront/slimfront/presets"
)

var update = flag.Bool("update", false, "rewrite the golden plans and Dockerfiles of testdata/golden (review the diff)")

// TestGoldenExamples plans every example under examples/ (linux/amd64 on
// an amd64 builder) and compares the plan and the ejected Dockerfile with
// testdata/golden/<example>/. Regenerate with
// `go test ./presets -run Golden -update` and read the diff.
func TestGoldenExamples(t *testing.T) {
	dirs, err := filepath.Glob("../examples/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, dir := range dirs {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, "app.toml"))
			if err != nil {
				t.Fatal(err)
			}
			s, err := presets.Parse("app.toml", data)
			if err != nil {
				t.Fatal(err)
			}
			p, err := presets.Plan(presets.Input{Spec: s, Source: os.DirFS(dir), Platform: amd64, BuildPlatform: amd64, Self: "docker.io/org/slimfront:latest"})
			if err != nil {
				t.Fatal(err)
			}
			pj, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			df, err := eject.Dockerfile(p)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", "golden", name, "plan.json"), append(pj, '\n'))
			golden(t, filepath.Join("testdata", "golden", name, "Dockerfile"), []byte(df))
		})
	}
}

// golden compares got with the file, or rewrites it under -update.
func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what the preset makes now; if the change is intended, run `go test ./presets -run Golden -update` and review the diff.\ngot:\n%s", file, got)
	}
}
