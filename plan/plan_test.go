package plan_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/slimfront/slimfront/plan"
)

// typical is a plan of the shape every preset makes: a dependency stage
// that sees only manifests, a build stage with the source mounted and an
// output mount, a stage built on the target platform that reads a secret,
// and a final image on a base image with layers from images, stages and
// the context.
func typical() *plan.Plan {
	npmCache := plan.Mount{Target: "/root/.npm", Type: plan.MountCache, CacheID: "npm"}
	return &plan.Plan{
		Preset:   "test",
		Platform: "linux/arm64",
		Stages: []plan.Stage{
			{
				Name:    "deps",
				From:    plan.ImageRef("docker.io/library/node:24-trixie-slim"),
				Workdir: "/app",
				Env:     []string{"NPM_CONFIG_UPDATE_NOTIFIER=false"},
				Inputs:  plan.Inputs{Paths: []string{"package.json", "package-lock.json"}},
				Runs: []plan.Run{{
					Name: "npm ci",
					Args: []string{"npm", "ci"},
					Mounts: []plan.Mount{
						npmCache,
						{Target: "/root/.npmrc", Type: plan.MountSecret, SecretID: "npmrc"},
					},
				}},
			},
			{
				Name:    "build",
				From:    plan.StageRef("deps"),
				Workdir: "/app",
				Runs: []plan.Run{
					{Name: "build", Args: []string{"npm", "run", "build"}, Mounts: []plan.Mount{
						{Target: "/app/src", Type: plan.MountContext},
						{Target: "/out", Type: plan.MountOutput},
						{Target: "/tmp/build-cache", Type: plan.MountCache, CacheID: "build-cache"},
					}},
					{Name: "test", Args: []string{"npm", "test"}, Mounts: []plan.Mount{npmCache}},
				},
			},
			{
				Name:     "native",
				From:     plan.ImageRef("docker.io/library/node:24-trixie-slim"),
				Platform: plan.TargetPlatform,
				Workdir:  "/app",
				Inputs:   plan.Inputs{All: true, Exclude: []string{"node_modules", ".git"}},
				Runs: []plan.Run{{Name: "npm rebuild", Args: []string{"npm", "rebuild"}, Mounts: []plan.Mount{
					{Target: "/root/.cache/node-gyp", Type: plan.MountCache, CacheID: "node-gyp"},
					{Target: "/run/token", Type: plan.MountSecret, SecretID: "gyp-token"},
				}}},
			},
		},
		Image: plan.Image{
			Base: plan.ImageRef("gcr.io/distroless/nodejs24-debian13:nonroot"),
			Layers: []plan.Layer{
				{Name: "ca-certificates", Copies: []plan.Copy{{
					From: plan.ImageRef("gcr.io/distroless/static-debian13:nonroot"), Src: "/", Paths: []string{"etc/ssl/certs/ca-certificates.crt"}, Dest: "/",
				}}},
				{Name: "node_modules", Copies: []plan.Copy{{
					From: plan.StageRef("native"), Src: "/app/node_modules", Paths: []string{"."}, Dest: "/app/node_modules", Exclude: []string{"**/*.md"},
				}}},
				{Name: "app", Copies: []plan.Copy{
					{From: plan.StageRef("build"), Src: "/out", Paths: []string{"dist"}, Dest: "/app"},
					{From: plan.Context, Src: "/", Paths: []string{"package.json"}, Dest: "/app"},
					{From: plan.ImageRef("docker.io/library/busybox:1"), Src: "/bin", Paths: []string{"busybox"}, Dest: "/bin"},
				}},
				{Name: "config", Files: []plan.File{{Path: "/etc/app.conf", Mode: 0o644, Content: "a = 1\n"}}},
			},
			Config: plan.Config{
				Entrypoint: []string{"/nodejs/bin/node", "dist/server.js"},
				User:       "65532:65532",
				Env:        []string{"NODE_ENV=production"},
				Workdir:    "/app",
			},
		},
	}
}

func TestStageNames(t *testing.T) {
	p := typical()
	if got, want := p.StageNames(), []string{"deps", "build", "native", "final"}; !slices.Equal(got, want) {
		t.Errorf("StageNames = %q, want %q (stages in order, the final image last)", got, want)
	}
	if got := (&plan.Plan{}).StageNames(); !slices.Equal(got, []string{plan.FinalStage}) {
		t.Errorf("StageNames of a plan without stages = %q, want [final]", got)
	}
}

func TestStageLookup(t *testing.T) {
	p := typical()
	st := p.Stage("build")
	if st == nil || st.Name != "build" {
		t.Fatalf("Stage(build) = %v", st)
	}
	// The pointer is into the plan, so CopySource can hand it out.
	if st != &p.Stages[1] {
		t.Errorf("Stage(build) is a copy, want a pointer into p.Stages")
	}
	if p.Stage("final") != nil || p.Stage("nope") != nil {
		t.Errorf("Stage returns a stage for a name the plan does not have")
	}
}

func TestOutput(t *testing.T) {
	p := typical()
	for _, tt := range []struct{ stage, want string }{
		{"deps", ""},
		{"build", "/out"}, // the output mount of the first of two runs
		{"native", ""},
	} {
		if got := p.Stage(tt.stage).Output(); got != tt.want {
			t.Errorf("stage %s: Output() = %q, want %q", tt.stage, got, tt.want)
		}
	}
}

func TestSeesSource(t *testing.T) {
	p := typical()
	for _, tt := range []struct {
		stage string
		want  bool
	}{
		{"deps", false},  // manifests only
		{"build", true},  // the context mounted
		{"native", true}, // the whole context copied in
	} {
		if got := p.Stage(tt.stage).SeesSource(); got != tt.want {
			t.Errorf("stage %s: SeesSource() = %v, want %v", tt.stage, got, tt.want)
		}
	}
	// Paths that happen to match everything are still only inputs.
	st := plan.Stage{Inputs: plan.Inputs{Paths: []string{"**"}}, Runs: []plan.Run{{Args: []string{"x"}}}}
	if st.SeesSource() {
		t.Errorf("a stage with Inputs.Paths and no context mount sees the source")
	}
}

func TestCacheMounts(t *testing.T) {
	want := []plan.Mount{
		{Target: "/tmp/build-cache", Type: plan.MountCache, CacheID: "build-cache"},
		{Target: "/root/.cache/node-gyp", Type: plan.MountCache, CacheID: "node-gyp"},
		{Target: "/root/.npm", Type: plan.MountCache, CacheID: "npm"}, // used by two runs, listed once
	}
	// Map order varies from call to call; the result must not.
	for range 20 {
		if got := typical().CacheMounts(); !reflect.DeepEqual(got, want) {
			t.Fatalf("CacheMounts = %+v, want %+v (sorted by ID)", got, want)
		}
	}
	if m := (plan.Mount{CacheID: "go-mod"}); m.CacheName() != "slimfront-go-mod" {
		t.Errorf("CacheName = %q, want slimfront-go-mod", m.CacheName())
	}
}

func TestSecretMounts(t *testing.T) {
	p := typical()
	// The same secret in a second stage is listed once.
	p.Stages[2].Runs[0].Mounts = append(p.Stages[2].Runs[0].Mounts, plan.Mount{Target: "/root/.npmrc", Type: plan.MountSecret, SecretID: "npmrc"})
	want := []plan.Mount{
		{Target: "/run/token", Type: plan.MountSecret, SecretID: "gyp-token"},
		{Target: "/root/.npmrc", Type: plan.MountSecret, SecretID: "npmrc"},
	}
	for range 20 {
		if got := p.SecretMounts(); !reflect.DeepEqual(got, want) {
			t.Fatalf("SecretMounts = %+v, want %+v (sorted by ID, once each)", got, want)
		}
	}
}

func TestFileImages(t *testing.T) {
	p := typical()
	// A second copy from an image already listed, and an image mount.
	p.Image.Layers[0].Copies = append(p.Image.Layers[0].Copies, plan.Copy{
		From: plan.ImageRef("gcr.io/distroless/static-debian13:nonroot"), Src: "/", Paths: []string{"tmp"}, Dest: "/",
	})
	p.Stages[0].Runs[0].Mounts = append(p.Stages[0].Runs[0].Mounts, plan.Mount{
		Target: "/tools", Type: plan.MountImage, Image: "docker.io/org/tools:1", Source: "/bin",
	})
	want := []string{"docker.io/library/busybox:1", "docker.io/org/tools:1", "gcr.io/distroless/static-debian13:nonroot"}
	if got := p.FileImages(); !slices.Equal(got, want) {
		t.Errorf("FileImages = %q, want %q (copy sources and mounted images, sorted, once each)", got, want)
	}
}

func TestCopySource(t *testing.T) {
	p := typical()
	build, native := p.Stage("build"), p.Stage("native")
	tests := []struct {
		name string
		copy plan.Copy
		want plan.CopySource
	}{
		{"image", plan.Copy{From: plan.ImageRef("busybox"), Src: "/bin"},
			plan.CopySource{Kind: plan.RefImage, Dir: "/bin"}},
		{"context", plan.Copy{From: plan.Context, Src: "/"},
			plan.CopySource{Kind: plan.RefContext, Dir: "/"}},
		{"stage filesystem", plan.Copy{From: plan.StageRef("native"), Src: "/app/node_modules"},
			plan.CopySource{Kind: plan.RefStage, Stage: native, Dir: "/app/node_modules"}},
		{"output mount root", plan.Copy{From: plan.StageRef("build"), Src: "/out"},
			plan.CopySource{Kind: plan.RefStage, Stage: build, Output: true, Dir: "/"}},
		{"under the output mount", plan.Copy{From: plan.StageRef("build"), Src: "/out/dist/assets"},
			plan.CopySource{Kind: plan.RefStage, Stage: build, Output: true, Dir: "/dist/assets"}},
		{"output mount with a trailing slash", plan.Copy{From: plan.StageRef("build"), Src: "/out/"},
			plan.CopySource{Kind: plan.RefStage, Stage: build, Output: true, Dir: "/"}},
		// A sibling that shares the mount's prefix is the filesystem.
		{"beside the output mount", plan.Copy{From: plan.StageRef("build"), Src: "/output"},
			plan.CopySource{Kind: plan.RefStage, Stage: build, Dir: "/output"}},
		{"stage filesystem of a stage with an output", plan.Copy{From: plan.StageRef("build"), Src: "/app"},
			plan.CopySource{Kind: plan.RefStage, Stage: build, Dir: "/app"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.CopySource(tt.copy)
			if err != nil {
				t.Fatalf("CopySource: %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("CopySource = %+v, want %+v", got, tt.want)
			}
		})
	}

	for _, tt := range []struct {
		name string
		from plan.Ref
		want string
	}{
		{"missing stage", plan.StageRef("test"), `stage "test"`},
		{"image without a name", plan.ImageRef(""), "no name"},
		{"scratch", plan.Scratch, `"scratch"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := p.CopySource(plan.Copy{From: tt.from, Src: "/"})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("CopySource error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestRefString(t *testing.T) {
	for _, tt := range []struct {
		ref  plan.Ref
		want string
	}{
		{plan.ImageRef("golang:1.26"), "golang:1.26"},
		{plan.StageRef("deps"), "deps"},
		{plan.Context, "context"},
		{plan.Scratch, "scratch"},
	} {
		if got := tt.ref.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.ref, got, tt.want)
		}
	}
}

func TestEnv(t *testing.T) {
	got := plan.Env(map[string]string{"PORT": "8080", "A": "x=y", "LOG": ""})
	if want := []string{"A=x=y", "LOG=", "PORT=8080"}; !slices.Equal(got, want) {
		t.Errorf("Env = %q, want %q (sorted by key)", got, want)
	}
	if got := plan.Env(nil); got != nil {
		t.Errorf("Env(nil) = %q, want nil", got)
	}
	m := plan.EnvMap([]string{"A=1", "PATH=/bin", "EQ=a=b"}, []string{"A=2", "EMPTY="})
	want := map[string]string{"A": "2", "PATH": "/bin", "EQ": "a=b", "EMPTY": ""}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("EnvMap = %v, want %v (later lists win, values keep their =)", m, want)
	}
	// Env and EnvMap are inverses on a sorted list.
	list := []string{"A=1", "B=x=y", "C="}
	if back := plan.Env(plan.EnvMap(list)); !slices.Equal(back, list) {
		t.Errorf("Env(EnvMap(%q)) = %q", list, back)
	}
}

func TestSortMounts(t *testing.T) {
	stages := []plan.Stage{{Runs: []plan.Run{{Mounts: []plan.Mount{{Target: "/src"}, {Target: "/go/pkg/mod"}, {Target: "/out"}}}}}}
	plan.SortMounts(stages)
	var got []string
	for _, m := range stages[0].Runs[0].Mounts {
		got = append(got, m.Target)
	}
	if want := []string{"/go/pkg/mod", "/out", "/src"}; !slices.Equal(got, want) {
		t.Errorf("SortMounts: targets %q, want %q", got, want)
	}
}

func TestInputsIsZero(t *testing.T) {
	for _, tt := range []struct {
		in   plan.Inputs
		want bool
	}{
		{plan.Inputs{}, true},
		{plan.Inputs{Exclude: []string{"node_modules"}}, true},
		{plan.Inputs{Paths: []string{"go.mod"}}, false},
		{plan.Inputs{All: true}, false},
	} {
		if got := tt.in.IsZero(); got != tt.want {
			t.Errorf("%+v.IsZero() = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// A Plan is plain data: it survives JSON, as `slimfront plan` prints it.
func TestPlanJSONRoundTrip(t *testing.T) {
	p := typical()
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back plan.Plan
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, p) {
		t.Errorf("plan changes through JSON:\n%s", data)
	}
	var raw struct {
		Stages []map[string]json.RawMessage `json:"stages"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	if _, ok := raw.Stages[1]["inputs"]; ok {
		t.Errorf("a stage without inputs marshals an inputs key: %s", data)
	}
	if got := string(raw.Stages[0]["from"]); got != `{"kind":"image","name":"docker.io/library/node:24-trixie-slim"}` {
		t.Errorf("from marshals as %s, want a typed ref", got)
	}
}
