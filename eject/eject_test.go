package eject_test

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/moby/buildkit/frontend/dockerfile/command"
	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerfile/shell"

	"github.com/slimfront/slimfront/eject"
	"github.com/slimfront/slimfront/plan"
)

const (
	golangImage      = "docker.io/library/golang:1.26-trixie"
	nodeImage        = "docker.io/library/node:24-trixie-slim"
	distrolessStatic = "gcr.io/distroless/static-debian13:nonroot"
	distrolessNode   = "gcr.io/distroless/nodejs24-debian13:nonroot"
)

// The fixtures are plans written out by hand, of the shape the presets
// make, so these tests do not change when a preset does.

// goPlan is a Go-like plan: deps sees only the manifests of a two-module
// workspace, build mounts the source and writes into an output mount,
// and the scratch image holds base files, the CA bundle, zoneinfo, the
// binary and context files, with a full config.
func goPlan() *plan.Plan {
	toolEnv := []string{"GOCACHE=/root/.cache/go-build", "GOMODCACHE=/go/pkg/mod", "GOTOOLCHAIN=local"}
	modCache := plan.Mount{Target: "/go/pkg/mod", Type: plan.MountCache, CacheID: "go-mod"}
	return &plan.Plan{
		Preset:   "go",
		Platform: "linux/amd64",
		Stages: []plan.Stage{
			{
				Name:    "deps",
				From:    plan.ImageRef(golangImage),
				Workdir: "/src",
				Env:     toolEnv,
				Inputs:  plan.Inputs{Paths: []string{"go.mod", "go.sum", "libs/db/go.mod", "libs/db/go.sum"}},
				Runs: []plan.Run{{
					Name:   "go mod download",
					Args:   []string{"go", "mod", "download", "-x"},
					Mounts: []plan.Mount{modCache},
				}},
			},
			{
				Name:    "build",
				From:    plan.StageRef("deps"),
				Workdir: "/src",
				Env:     plan.Env(plan.EnvMap(toolEnv, []string{"CGO_ENABLED=0", "GOARCH=amd64", "GOFLAGS=-ldflags=-X 'main.a=b c'", "GOOS=linux"})),
				Runs: []plan.Run{{
					Name: "go build ./cmd/server",
					Args: []string{"go", "build", "-trimpath", "-ldflags=-s -w -X main.version=1.0", "-tags=netgo", "-o", "/out/server", "./cmd/server"},
					Mounts: []plan.Mount{
						modCache,
						{Target: "/out", Type: plan.MountOutput},
						{Target: "/root/.cache/go-build", Type: plan.MountCache, CacheID: "go-build"},
						{Target: "/src", Type: plan.MountContext},
					},
				}},
			},
		},
		Image: plan.Image{
			Base: plan.Scratch,
			Layers: []plan.Layer{
				{
					Name:   "base-files",
					Copies: []plan.Copy{{From: plan.ImageRef(distrolessStatic), Src: "/", Paths: []string{"home/nonroot", "tmp"}, Dest: "/"}},
					Files: []plan.File{
						{Path: "/etc/group", Mode: 0o644, Content: "root:x:0:\nnonroot:x:65532:\n"},
						{Path: "/etc/passwd", Mode: 0o644, Content: "root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n"},
					},
				},
				{Name: "ca-certificates", Copies: []plan.Copy{{
					From: plan.ImageRef(distrolessStatic), Src: "/", Paths: []string{"etc/ssl/certs/ca-certificates.crt"}, Dest: "/",
				}}},
				{Name: "zoneinfo", Copies: []plan.Copy{{
					From: plan.ImageRef(distrolessStatic), Src: "/", Paths: []string{"usr/share/zoneinfo"}, Dest: "/",
				}}},
				{Name: "app", Copies: []plan.Copy{{From: plan.StageRef("build"), Src: "/out", Paths: []string{"server"}, Dest: "/app"}}},
				{Name: "files", Copies: []plan.Copy{{From: plan.Context, Src: "/", Paths: []string{"templates"}, Dest: "/app"}}},
			},
			Config: plan.Config{
				Entrypoint: []string{"/app/server"},
				Cmd:        []string{"--listen", ":8080"},
				User:       "65532:65532",
				Env:        []string{"LOG_LEVEL=info", "PORT=8080"},
				Ports:      []string{"8080/tcp", "9090/udp"},
				Workdir:    "/app",
				Labels:     map[string]string{"org.opencontainers.image.source": "https://example.com/api", "org.opencontainers.image.title": "server"},
				Healthcheck: &plan.Healthcheck{
					Test:        []string{"/app/server", "-healthcheck"},
					Interval:    int64(30 * time.Second),
					Timeout:     int64(5 * time.Second),
					StartPeriod: int64(90 * time.Second),
					Retries:     3,
				},
			},
		},
	}
}

// nodePlan is a Node-like plan: deps and prod-deps install on the target
// platform with a cache and an optional .npmrc secret; build, on deps,
// takes the whole source less node_modules and .git and runs two
// scripts; the distroless Node image gets node_modules and the built app
// from the stages' filesystems.
func nodePlan() *plan.Plan {
	npmCache := plan.Mount{Target: "/root/.npm", Type: plan.MountCache, CacheID: "npm"}
	npmrc := plan.Mount{Target: "/root/.npmrc", Type: plan.MountSecret, SecretID: "npmrc"}
	manifests := plan.Inputs{Paths: []string{"package.json", "package-lock.json"}}
	return &plan.Plan{
		Preset:   "node",
		Platform: "linux/arm64",
		Stages: []plan.Stage{
			{
				Name: "deps", From: plan.ImageRef(nodeImage), Platform: plan.TargetPlatform, Workdir: "/app",
				Env:    []string{"NODE_ENV=development", "NPM_CONFIG_UPDATE_NOTIFIER=false"},
				Inputs: manifests,
				Runs:   []plan.Run{{Name: "npm ci", Args: []string{"npm", "ci"}, Mounts: []plan.Mount{npmCache, npmrc}}},
			},
			{
				Name: "build", From: plan.StageRef("deps"), Workdir: "/app",
				Env:    []string{"NODE_ENV=production"},
				Inputs: plan.Inputs{All: true, Exclude: []string{"node_modules", ".git"}},
				Runs: []plan.Run{
					{Name: "npm run build", Args: []string{"npm", "run", "build"}},
					{Name: "npm test", Args: []string{"npm", "test"}},
				},
			},
			{
				Name: "prod-deps", From: plan.ImageRef(nodeImage), Platform: plan.TargetPlatform, Workdir: "/app",
				Inputs: manifests,
				Runs:   []plan.Run{{Name: "npm ci --omit=dev", Args: []string{"npm", "ci", "--omit=dev"}, Mounts: []plan.Mount{npmCache, npmrc}}},
			},
		},
		Image: plan.Image{
			Base: plan.ImageRef(distrolessNode),
			Layers: []plan.Layer{
				{Name: "node_modules", Copies: []plan.Copy{{
					From: plan.StageRef("prod-deps"), Src: "/app/node_modules", Paths: []string{"."}, Dest: "/app/node_modules", Exclude: []string{"**/*.md"},
				}}},
				{Name: "app", Copies: []plan.Copy{
					{From: plan.StageRef("build"), Src: "/app/dist", Paths: []string{"."}, Dest: "/app/dist", Exclude: []string{"**/*.map"}},
					{From: plan.Context, Src: "/", Paths: []string{"package.json"}, Dest: "/app"},
				}},
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

func dockerfile(t *testing.T, p *plan.Plan) string {
	t.Helper()
	df, err := eject.Dockerfile(p)
	if err != nil {
		t.Fatalf("eject.Dockerfile: %v", err)
	}
	return df
}

// lines are the Dockerfile's lines, for assertions on whole lines.
func lines(df string) []string { return strings.Split(df, "\n") }

func wantLines(t *testing.T, df string, want ...string) {
	t.Helper()
	got := lines(df)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("Dockerfile lacks the line\n\t%s\nDockerfile:\n%s", w, df)
		}
	}
}

func TestDockerfileGo(t *testing.T) {
	df := dockerfile(t, goPlan())
	wantLines(t, df,
		"FROM --platform=$BUILDPLATFORM gcr.io/distroless/static-debian13:nonroot AS files-0",
		"FROM --platform=$BUILDPLATFORM docker.io/library/golang:1.26-trixie AS deps",
		"WORKDIR /src",
		`ENV GOCACHE="/root/.cache/go-build" \`,
		`    GOMODCACHE="/go/pkg/mod" \`,
		`    GOTOOLCHAIN="local"`,
		// Manifests grouped by directory, each landing where it was.
		"COPY [\"go.mod\", \"go.sum\", \"/src/\"]",
		"COPY [\"libs/db/go.mod\", \"libs/db/go.sum\", \"/src/libs/db/\"]",
		"RUN --mount=type=cache,id=slimfront-go-mod,target=/go/pkg/mod,sharing=shared \\",
		`    ["go", "mod", "download", "-x"]`,
		"FROM deps AS build",
		"    --mount=type=cache,id=slimfront-go-build,target=/root/.cache/go-build,sharing=shared \\",
		"    --mount=type=bind,target=/src \\",
		`    ["go", "build", "-trimpath", "-ldflags=-s -w -X main.version=1.0", "-tags=netgo", "-o", "/out/server", "./cmd/server"]`,
		"FROM scratch AS final",
		"# base-files",
		"COPY --parents --from=files-0 [\"/home/nonroot\", \"/tmp\", \"/\"]",
		`COPY <<"EOF" /etc/passwd`,
		"nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin",
		"COPY --parents --from=files-0 [\"/etc/ssl/certs/ca-certificates.crt\", \"/\"]",
		"COPY --parents --from=files-0 [\"/usr/share/zoneinfo\", \"/\"]",
		// The output mount is the stage's /out in a Dockerfile.
		"COPY --from=build [\"/out/server\", \"/app/server\"]",
		"COPY --parents [\"/templates\", \"/app/\"]",
		`ENV LOG_LEVEL="info" \`,
		`    PORT="8080"`,
		"EXPOSE 8080/tcp 9090/udp",
		"WORKDIR /app",
		"USER 65532:65532",
		`HEALTHCHECK --interval=30s --timeout=5s --start-period=1m30s --retries=3 CMD ["/app/server", "-healthcheck"]`,
		`ENTRYPOINT ["/app/server"]`,
		`CMD ["--listen", ":8080"]`,
	)
	// Generated files are 0644, which a heredoc COPY gives already;
	// --chmod would also change the directories COPY creates.
	if strings.Contains(df, "--chmod") {
		t.Errorf("Dockerfile uses --chmod for 0644 files:\n%s", df)
	}
	// A Dockerfile has no output mount.
	if strings.Contains(df, "/out,") || strings.Contains(df, "target=/out") {
		t.Errorf("Dockerfile mounts /out:\n%s", df)
	}
	// Order of the final stage: layers as in the plan, then the config.
	order := []string{"# base-files", "# ca-certificates", "# zoneinfo", "# app", "# files", "ENV ", "LABEL ", "EXPOSE ", "WORKDIR /app", "USER ", "HEALTHCHECK ", "ENTRYPOINT ", "CMD "}
	final := df[strings.Index(df, "FROM scratch AS final"):]
	last := -1
	for _, s := range order {
		i := strings.Index(final, "\n"+s)
		if i < 0 || i < last {
			t.Errorf("%q is missing or out of order in the final stage:\n%s", s, final)
		}
		last = i
	}
}

func TestDockerfileNode(t *testing.T) {
	df := dockerfile(t, nodePlan())
	wantLines(t, df,
		// Target-platform stages: a plain FROM, for $TARGETPLATFORM.
		"FROM docker.io/library/node:24-trixie-slim AS deps",
		"WORKDIR /app",
		`ENV NODE_ENV="development" \`,
		`    NPM_CONFIG_UPDATE_NOTIFIER="false"`,
		"COPY [\"package.json\", \"package-lock.json\", \"/app/\"]",
		"RUN --mount=type=cache,id=slimfront-npm,target=/root/.npm,sharing=shared \\",
		"    --mount=type=secret,id=npmrc,target=/root/.npmrc \\",
		`    ["npm", "ci"]`,
		"FROM deps AS build",
		`ENV NODE_ENV="production"`,
		"COPY --exclude=node_modules --exclude=.git [\".\", \"/app/\"]",
		// Several runs, in order, each its own RUN.
		`RUN ["npm", "run", "build"]`,
		`RUN ["npm", "test"]`,
		"FROM docker.io/library/node:24-trixie-slim AS prod-deps",
		`    ["npm", "ci", "--omit=dev"]`,
		"FROM gcr.io/distroless/nodejs24-debian13:nonroot AS final",
		"COPY --from=prod-deps --exclude=**/*.md [\"/app/node_modules/\", \"/app/node_modules/\"]",
		"COPY --from=build --exclude=**/*.map [\"/app/dist/\", \"/app/dist/\"]",
		"COPY --parents [\"/package.json\", \"/app/\"]",
		`ENTRYPOINT ["/nodejs/bin/node", "dist/server.js"]`,
	)
	if i, j := strings.Index(df, `RUN ["npm", "run", "build"]`), strings.Index(df, `RUN ["npm", "test"]`); i < 0 || j < i {
		t.Errorf("the build stage's runs are out of order:\n%s", df)
	}
	// No image is only a file source here, so no files-N stage.
	if strings.Contains(df, "files-0") || strings.Contains(df, "$BUILDPLATFORM") {
		t.Errorf("Dockerfile has a build-platform stage, but every node stage runs on the target:\n%s", df)
	}
}

func TestDockerfileParses(t *testing.T) {
	type stageWant struct{ name, base, platform string }
	for _, tt := range []struct {
		p      *plan.Plan
		stages []stageWant
	}{
		{goPlan(), []stageWant{
			{"files-0", distrolessStatic, "$BUILDPLATFORM"},
			{"deps", golangImage, "$BUILDPLATFORM"},
			{"build", "deps", ""},
			{"final", "scratch", ""},
		}},
		{nodePlan(), []stageWant{
			{"deps", nodeImage, ""},
			{"build", "deps", ""},
			{"prod-deps", nodeImage, ""},
			{"final", distrolessNode, ""},
		}},
	} {
		t.Run(tt.p.Preset, func(t *testing.T) {
			p := tt.p
			stages := parse(t, dockerfile(t, p))
			var got []stageWant
			byName := map[string]stage{}
			for _, s := range stages {
				got = append(got, stageWant{s.name, s.base, s.platform})
				byName[s.name] = s
			}
			if !reflect.DeepEqual(got, tt.stages) {
				t.Fatalf("stages = %+v, want %+v", got, tt.stages)
			}
			for _, st := range p.Stages {
				checkStage(t, st, byName[st.Name])
			}

			// The final stage: the generated files, as heredocs that
			// BuildKit writes byte for byte.
			var files, wantFiles []string
			for _, c := range byName["final"].all("copy") {
				for _, h := range c.heredocs {
					content := h.Content
					if h.Expand {
						var err error
						content, _, err = shell.NewLex('\\').ProcessWord(content, shell.EnvsFromSlice(nil))
						must(t, err)
					}
					files = append(files, c.args[len(c.args)-1]+"="+content)
				}
			}
			for _, l := range p.Image.Layers {
				for _, f := range l.Files {
					wantFiles = append(wantFiles, f.Path+"="+f.Content)
				}
			}
			if !slices.Equal(files, wantFiles) {
				t.Errorf("heredoc files:\n got %q\nwant %q", files, wantFiles)
			}
		})
	}
}

// checkStage checks that the parsed stage s does what the plan's stage st
// says: its workdir, env, inputs, and each run in exec form with its
// mounts.
func checkStage(t *testing.T, st plan.Stage, s stage) {
	t.Helper()
	if wd := s.all("workdir"); len(wd) != 1 || wd[0].args[0] != st.Workdir {
		t.Errorf("stage %s WORKDIR = %v, want %s", st.Name, wd, st.Workdir)
	}
	if env, want := s.env(t), expandedEnv(st.Env); !slices.Equal(env, want) {
		t.Errorf("stage %s ENV = %q, want %q", st.Name, env, want)
	}
	copies := s.all("copy")
	switch in := st.Inputs; {
	case in.All:
		var flags []string
		for _, e := range in.Exclude {
			flags = append(flags, "--exclude="+e)
		}
		if len(copies) != 1 || !slices.Equal(copies[0].flags, flags) || !slices.Equal(copies[0].args, []string{".", st.Workdir + "/"}) {
			t.Errorf("stage %s COPY = %+v, want one COPY %s . %s/", st.Name, copies, strings.Join(flags, " "), st.Workdir)
		}
	default:
		// Every input lands at its own path under the workdir, in the
		// plan's order.
		var srcs []string
		for _, c := range copies {
			dest := c.args[len(c.args)-1]
			for _, src := range c.args[:len(c.args)-1] {
				srcs = append(srcs, src)
				if want := path.Join(st.Workdir, path.Dir(src)) + "/"; dest != want {
					t.Errorf("stage %s copies %s into %s, want %s", st.Name, src, dest, want)
				}
			}
			if len(c.flags) != 0 {
				t.Errorf("stage %s: COPY flags %q", st.Name, c.flags)
			}
		}
		if !slices.Equal(srcs, in.Paths) {
			t.Errorf("stage %s copies %q, want the inputs %q", st.Name, srcs, in.Paths)
		}
	}

	runs := s.all("run")
	if len(runs) != len(st.Runs) {
		t.Fatalf("stage %s has %d RUN, want %d", st.Name, len(runs), len(st.Runs))
	}
	for i, r := range st.Runs {
		run := runs[i]
		if !run.json || !slices.Equal(run.args, r.Args) {
			t.Errorf("stage %s run %d is %q (exec form %v), want exec form %q", st.Name, i, run.args, run.json, r.Args)
		}
		var mounts []string
		for _, f := range run.flags {
			m, ok := strings.CutPrefix(f, "--mount=")
			if !ok {
				t.Errorf("stage %s: RUN flag %s", st.Name, f)
				continue
			}
			mounts = append(mounts, normalizeMount(t, m))
		}
		var want []string
		for _, m := range r.Mounts {
			switch m.Type {
			case plan.MountCache:
				want = append(want, fmt.Sprintf("id=slimfront-%s,sharing=shared,target=%s,type=cache", m.CacheID, m.Target))
			case plan.MountContext:
				// A bind mount of the context is read-only by default.
				want = append(want, fmt.Sprintf("target=%s,type=bind", m.Target))
			case plan.MountSecret:
				// Optional by default, as in llbgen.
				want = append(want, fmt.Sprintf("id=%s,target=%s,type=secret", m.SecretID, m.Target))
			}
		}
		if !slices.Equal(mounts, want) {
			t.Errorf("stage %s run %d mounts:\n got %q\nwant %q", st.Name, i, mounts, want)
		}
	}
}

// withLayer is goPlan with its last layer (the context files) replaced by
// one layer of the copy c.
func withLayer(c plan.Copy) *plan.Plan {
	p := goPlan()
	p.Image.Layers[len(p.Image.Layers)-1] = plan.Layer{Name: "extra", Copies: []plan.Copy{c}}
	return p
}

// Each kind of copy source, as plan.CopySource reads it, becomes the COPY
// that reads the same files.
func TestDockerfileCopies(t *testing.T) {
	for _, tt := range []struct {
		name string
		copy plan.Copy
		want string
	}{
		{"image paths keep their parents",
			plan.Copy{From: plan.ImageRef(distrolessStatic), Src: "/", Paths: []string{"etc/ssl", "tmp"}, Dest: "/"},
			"COPY --parents --from=files-0 [\"/etc/ssl\", \"/tmp\", \"/\"]"},
		{"image path under a directory",
			plan.Copy{From: plan.ImageRef(distrolessStatic), Src: "/usr/share", Paths: []string{"zoneinfo"}, Dest: "/usr/share"},
			"COPY --from=files-0 [\"/usr/share/zoneinfo\", \"/usr/share/zoneinfo\"]"},
		{"under the output mount",
			plan.Copy{From: plan.StageRef("build"), Src: "/out/bin", Paths: []string{"server"}, Dest: "/app"},
			"COPY --from=build [\"/out/bin/server\", \"/app/server\"]"},
		{"filesystem of a stage with an output mount",
			plan.Copy{From: plan.StageRef("build"), Src: "/usr/local/go/bin", Paths: []string{"go", "gofmt"}, Dest: "/usr/local/bin"},
			"COPY --from=build [\"/usr/local/go/bin/go\", \"/usr/local/bin/go\"]"},
		{"stage contents less excludes",
			plan.Copy{From: plan.StageRef("deps"), Src: "/src/static", Paths: []string{"."}, Dest: "/app/static", Exclude: []string{"*.tmp", "cache"}},
			"COPY --from=deps --exclude=*.tmp --exclude=cache [\"/src/static/\", \"/app/static/\"]"},
		{"context file under a directory",
			plan.Copy{From: plan.Context, Src: "/config", Paths: []string{"app.yaml"}, Dest: "/etc/app"},
			"COPY [\"/config/app.yaml\", \"/etc/app/app.yaml\"]"},
		// The whole context less excludes: the excludes must not be lost.
		{"context contents less excludes",
			plan.Copy{From: plan.Context, Src: "/", Paths: []string{"."}, Dest: "/app", Exclude: []string{".git", "node_modules"}},
			"COPY --exclude=.git --exclude=node_modules [\"/\", \"/app/\"]"},
		{"image contents less excludes",
			plan.Copy{From: plan.ImageRef(distrolessStatic), Src: "/", Paths: []string{"."}, Dest: "/", Exclude: []string{"etc/passwd"}},
			"COPY --from=files-0 --exclude=etc/passwd [\"/\", \"/\"]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			df := dockerfile(t, withLayer(tt.copy))
			wantLines(t, df, tt.want)
			stages := parse(t, df)
			final := stages[len(stages)-1]
			var copies []string
			for _, c := range final.all("copy") {
				if len(c.heredocs) == 0 {
					copies = append(copies, strings.Join(append(slices.Clone(c.flags), c.args...), " "))
				}
			}
			// The extra layer's COPY instructions come last.
			n := len(tt.copy.Paths)
			if tt.copy.Src == "/" && tt.copy.From.Kind != plan.RefStage && len(tt.copy.Exclude) == 0 {
				n = 1 // one COPY --parents
			}
			if got, want := copies[len(copies)-n], parsedCopy(t, tt.want); got != want {
				t.Errorf("parsed COPY = %s, want %s", got, want)
			}
		})
	}
}

// parsedCopy is what the parser makes of a JSON-form COPY line: its
// flags, then the array's words, space-separated.
func parsedCopy(t *testing.T, line string) string {
	t.Helper()
	flags, list, ok := strings.Cut(strings.TrimPrefix(line, "COPY "), "[")
	var words []string
	if !ok || json.Unmarshal([]byte("["+list), &words) != nil {
		t.Fatalf("%s is not a JSON-form COPY", line)
	}
	return strings.TrimSpace(flags + strings.Join(words, " "))
}

// The final stage's instructions, evaluated the way BuildKit's Dockerfile
// frontend evaluates them, give the plan's image config.
func TestDockerfileConfigMatchesPlan(t *testing.T) {
	for _, p := range []*plan.Plan{goPlan(), nodePlan()} {
		got := finalConfig(t, dockerfile(t, p))
		if want := p.Image.Config; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: config of the ejected Dockerfile:\n%+v\nwant the plan's:\n%+v", p.Preset, got, want)
		}
	}
}

// Values pass through a Dockerfile's quoting and variable expansion, so
// quotes, backslashes and "$" must be escaped to reach the image
// unchanged; a Dockerfile string has no \t escape, so a tab stays a tab.
func TestDockerfileQuotesValues(t *testing.T) {
	p := goPlan()
	p.Stages[1].Env = append(p.Stages[1].Env, "ZPRICE=$5 ${HOME}")
	p.Image.Config.Env = plan.Env(map[string]string{
		"QUOTE": `say "hi"`, "WIN": `C:\dir\file`, "TRAIL": `end\`, "SPACES": "a  b", "EQ": "a=b",
		"UNI": "héllo — ✓", "PRICE": "$5", "GREETING": "hi ${USER}", "TAB": "a\tb", "EMPTY": "",
	})
	p.Image.Config.Labels = map[string]string{
		"com.example.desc": `a "quoted" \ value`,
		"note":             "costs $HOME",
		"with space":       "x",
	}
	df := dockerfile(t, p)
	got := finalConfig(t, df)
	if !slices.Equal(got.Env, p.Image.Config.Env) {
		t.Errorf("ENV evaluates to %q, want %q", got.Env, p.Image.Config.Env)
	}
	if !reflect.DeepEqual(got.Labels, p.Image.Config.Labels) {
		t.Errorf("LABEL evaluates to %q, want %q", got.Labels, p.Image.Config.Labels)
	}
	for _, s := range parse(t, df) {
		if s.name == "build" {
			if env := s.env(t); !slices.Equal(env, expandedEnv(p.Stage("build").Env)) {
				t.Errorf("build ENV evaluates to %q, want %q", env, p.Stage("build").Env)
			}
		}
	}
}

func TestDockerfileRefusesLineBreaksInValues(t *testing.T) {
	for _, tt := range []struct {
		name   string
		mutate func(p *plan.Plan)
		want   []string
	}{
		{"image env", func(p *plan.Plan) { p.Image.Config.Env = []string{"MOTD=line one\nline two"} }, []string{"runtime.env.MOTD", "line break"}},
		{"stage env", func(p *plan.Plan) { p.Stages[0].Env = []string{"X=a\r\nb"} }, []string{"stage deps", "env X", "line break"}},
		{"label value", func(p *plan.Plan) { p.Image.Config.Labels["note"] = "a\nb" }, []string{"labels.note", "line break"}},
		{"label key", func(p *plan.Plan) { p.Image.Config.Labels["a\nb"] = "x" }, []string{"label name", "line break"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := goPlan()
			tt.mutate(p)
			_, err := eject.Dockerfile(p)
			for _, w := range tt.want {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("Dockerfile() error = %v, want one containing %q", err, w)
				}
			}
		})
	}
}

func TestDockerfileIsDeterministic(t *testing.T) {
	for _, fixture := range []func() *plan.Plan{goPlan, nodePlan} {
		first := dockerfile(t, fixture())
		for range 5 {
			if again := dockerfile(t, fixture()); again != first {
				t.Fatalf("two ejections of the same plan differ:\n%s\n---\n%s", first, again)
			}
		}
	}
}

func TestDockerfileVariants(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(p *plan.Plan)
		want    []string // whole lines
		notWant []string // substrings
		stages  []string
	}{
		{
			name: "build straight from the builder image",
			mutate: func(p *plan.Plan) {
				p.Stages = p.Stages[1:]
				p.Stages[0].From = plan.ImageRef(golangImage)
			},
			want:    []string{"FROM --platform=$BUILDPLATFORM docker.io/library/golang:1.26-trixie AS build"},
			notWant: []string{"AS deps", "go.sum", `"download"`},
			stages:  []string{"files-0", "build", "final"},
		},
		{
			name: "target-platform stage on a stage base",
			mutate: func(p *plan.Plan) {
				p.Stages[1].Platform = plan.TargetPlatform
			},
			// The stage inherits its base's platform, as in llbgen.
			want:   []string{"FROM deps AS build"},
			stages: []string{"files-0", "deps", "build", "final"},
		},
		{
			name: "scratch stages",
			mutate: func(p *plan.Plan) {
				tool := plan.Stage{Name: "tool", From: plan.Scratch, Workdir: "/", Runs: []plan.Run{{
					Name: "tool", Args: []string{"/ctx/bin/tool"}, Mounts: []plan.Mount{{Target: "/ctx", Type: plan.MountContext}},
				}}}
				native := tool
				native.Name, native.Platform = "native", plan.TargetPlatform
				p.Stages = append(p.Stages, tool, native)
			},
			// Like an image base: the build platform unless the plan says target.
			want:   []string{"FROM --platform=$BUILDPLATFORM scratch AS tool", "FROM scratch AS native"},
			stages: []string{"files-0", "deps", "build", "tool", "native", "final"},
		},
		{
			name: "distroless base and no files from images",
			mutate: func(p *plan.Plan) {
				p.Image.Base = plan.ImageRef("gcr.io/distroless/base-debian13:nonroot")
				p.Image.Layers = p.Image.Layers[3:4]
			},
			want:    []string{"FROM gcr.io/distroless/base-debian13:nonroot AS final", "COPY --from=build [\"/out/server\", \"/app/server\"]"},
			notWant: []string{"files-0", "<<", "zoneinfo"},
			stages:  []string{"deps", "build", "final"},
		},
		{
			name: "bare scratch",
			mutate: func(p *plan.Plan) {
				p.Image.Layers = p.Image.Layers[3:4]
				p.Image.Layers[0].Copies[0].Dest = "/srv"
				p.Image.Config = plan.Config{Entrypoint: []string{"/srv/server"}, User: "0:0", Workdir: "/srv"}
			},
			want:    []string{"FROM scratch AS final", "COPY --from=build [\"/out/server\", \"/srv/server\"]", "WORKDIR /srv", "USER 0:0", `ENTRYPOINT ["/srv/server"]`},
			notWant: []string{"ca-certificates.crt", "zoneinfo", "HEALTHCHECK", "EXPOSE", "CMD [", "LABEL"},
			stages:  []string{"deps", "build", "final"},
		},
		{
			name: "healthcheck without options",
			mutate: func(p *plan.Plan) {
				p.Image.Config.Healthcheck = &plan.Healthcheck{Test: []string{"/app/server", "-h"}}
			},
			want:   []string{`HEALTHCHECK CMD ["/app/server", "-h"]`},
			stages: []string{"files-0", "deps", "build", "final"},
		},
		{
			name: "input patterns with wildcard directories",
			mutate: func(p *plan.Plan) {
				p.Stages[0].Inputs.Paths = []string{"go.mod", "go.sum", "**/go.mod", "libs/*/go.sum", "tools/*.mod"}
			},
			// --parents keeps each match's path, as the include patterns
			// of llbgen's copy do; a wildcard in the file name alone is a
			// plain COPY into its directory.
			want: []string{
				"COPY [\"go.mod\", \"go.sum\", \"/src/\"]",
				"COPY --parents [\"**/go.mod\", \"/src/\"]",
				"COPY --parents [\"libs/*/go.sum\", \"/src/\"]",
				"COPY [\"tools/*.mod\", \"/src/tools/\"]",
			},
			notWant: []string{"/src/**", "/src/libs/*"},
			stages:  []string{"files-0", "deps", "build", "final"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := goPlan()
			tt.mutate(p)
			df := dockerfile(t, p)
			wantLines(t, df, tt.want...)
			for _, nw := range tt.notWant {
				if strings.Contains(df, nw) {
					t.Errorf("Dockerfile contains %q:\n%s", nw, df)
				}
			}
			var names []string
			for _, s := range parse(t, df) {
				names = append(names, s.name)
			}
			if !slices.Equal(names, tt.stages) {
				t.Errorf("stages = %v, want %v", names, tt.stages)
			}
		})
	}
}

func TestDockerfileGeneratedFiles(t *testing.T) {
	p := &plan.Plan{
		Preset:   "test",
		Platform: "linux/amd64",
		Image: plan.Image{
			Base: plan.Scratch,
			Layers: []plan.Layer{{Name: "scripts", Files: []plan.File{
				{Path: "/etc/app.conf", Mode: 0o644, Content: "a = 1\nhome = $HOME\n"},
				{Path: "/usr/local/bin/run", Mode: 0o755, Content: "#!/bin/run\n"},
				// A line that is the default delimiter: another one is picked.
				{Path: "/etc/motd", Mode: 0o644, Content: "hi\nEOF\nEOF_\nbye\n"},
			}}},
			Config: plan.Config{Entrypoint: []string{"/usr/local/bin/run"}, User: "0:0", Workdir: "/"},
		},
	}
	df := dockerfile(t, p)
	wantLines(t, df, `COPY <<"EOF" /etc/app.conf`, `COPY --chmod=755 <<"EOF" /usr/local/bin/run`, `COPY <<"EOF__" /etc/motd`)
	stages := parse(t, df)
	got := map[string]string{}
	for _, c := range stages[len(stages)-1].all("copy") {
		for _, h := range c.heredocs {
			if h.Expand {
				t.Errorf("heredoc for %s expands variables", c.args[len(c.args)-1])
			}
			got[c.args[len(c.args)-1]] = h.Content
		}
	}
	for _, f := range p.Image.Layers[0].Files {
		if got[f.Path] != f.Content {
			t.Errorf("%s: heredoc gives %q, want %q", f.Path, got[f.Path], f.Content)
		}
	}
}

// eject.Dockerfile checks the plan first, as llbgen.Build does.
func TestDockerfileRejectsInvalidPlans(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(p *plan.Plan)
		want   string
	}{
		{"unknown mount type", func(p *plan.Plan) {
			p.Stages[1].Runs[0].Mounts = append(p.Stages[1].Runs[0].Mounts, plan.Mount{Target: "/x", Type: "tmpfs"})
		}, `unknown mount type "tmpfs"`},
		{"copy from a missing stage", func(p *plan.Plan) {
			p.Image.Layers[3].Copies[0].From = plan.StageRef("compile")
		}, `copy from stage "compile", which the plan does not have`},
		{"exclude without paths [.]", func(p *plan.Plan) {
			p.Image.Layers[3].Copies[0].Exclude = []string{"*.debug"}
		}, `exclude patterns need paths ["."]`},
		{"secret without ID", func(p *plan.Plan) {
			p.Stages[0].Runs[0].Mounts = append(p.Stages[0].Runs[0].Mounts, plan.Mount{Target: "/run/secret", Type: plan.MountSecret})
		}, "has no secret ID"},
		{"empty layer", func(p *plan.Plan) { p.Image.Layers[3].Copies = nil }, "layer app is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := goPlan()
			tt.mutate(p)
			df, err := eject.Dockerfile(p)
			if err == nil || !strings.Contains(err.Error(), "invalid go plan") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want invalid go plan: …%s", err, tt.want)
			}
			if df != "" {
				t.Errorf("a Dockerfile for an invalid plan:\n%s", df)
			}
		})
	}
}

// The header says where the Dockerfile comes from.
func TestDockerfileHeader(t *testing.T) {
	for _, tt := range []struct {
		p    *plan.Plan
		want string
	}{
		{goPlan(), "# Generated by `slimfront eject` from app.toml (go preset, linux/amd64).\n"},
		{nodePlan(), "# Generated by `slimfront eject` from app.toml (node preset, linux/arm64).\n"},
	} {
		if df := dockerfile(t, tt.p); !strings.HasPrefix(df, tt.want) {
			t.Errorf("Dockerfile header:\n%s\nwant %s", df[:min(len(df), 200)], tt.want)
		}
	}
}

// normalizeMount sorts the key=value fields of a --mount flag.
func normalizeMount(t *testing.T, m string) string {
	t.Helper()
	fields, err := csv.NewReader(strings.NewReader(m)).Read()
	if err != nil {
		t.Fatalf("--mount=%s: %v", m, err)
	}
	slices.Sort(fields)
	return strings.Join(fields, ",")
}

// finalConfig evaluates the config instructions of df's final stage.
func finalConfig(t *testing.T, df string) plan.Config {
	t.Helper()
	stages := parse(t, df)
	final := stages[len(stages)-1]
	if final.name != "final" {
		t.Fatalf("last stage is %q, want final", final.name)
	}
	return final.config(t)
}

// config evaluates the stage's config instructions as the Dockerfile
// frontend does.
func (final stage) config(t *testing.T) plan.Config {
	t.Helper()
	var c plan.Config
	c.Env = final.env(t)
	lex := shell.NewLex('\\')
	envs := shell.EnvsFromSlice(c.Env)
	for _, in := range final.instrs {
		switch in.cmd {
		case "label":
			if c.Labels == nil {
				c.Labels = map[string]string{}
			}
			for i := 0; i+1 < len(in.args); i += 3 { // key, value, separator
				k, _, err := lex.ProcessWord(in.args[i], envs)
				must(t, err)
				v, _, err := lex.ProcessWord(in.args[i+1], envs)
				must(t, err)
				c.Labels[k] = v
			}
		case "expose":
			c.Ports = append(c.Ports, in.args...)
		case "workdir":
			c.Workdir = in.args[0]
		case "user":
			c.User = in.args[0]
		case "entrypoint":
			if !in.json {
				t.Errorf("ENTRYPOINT is in shell form: %q", in.args)
			}
			c.Entrypoint = in.args
		case "cmd":
			if !in.json {
				t.Errorf("CMD is in shell form: %q", in.args)
			}
			c.Cmd = in.args
		case "healthcheck":
			c.Healthcheck = healthcheck(t, in)
		}
	}
	return c
}

// healthcheck reads HEALTHCHECK [options] CMD ["exec", "form"].
func healthcheck(t *testing.T, in instr) *plan.Healthcheck {
	t.Helper()
	if len(in.args) < 2 || in.args[0] != "CMD" || !in.json {
		t.Fatalf("HEALTHCHECK %q (exec form %v), want CMD in exec form", in.args, in.json)
	}
	hc := &plan.Healthcheck{Test: in.args[1:]}
	for _, f := range in.flags {
		name, val, _ := strings.Cut(strings.TrimPrefix(f, "--"), "=")
		var dst *int64
		switch name {
		case "interval":
			dst = &hc.Interval
		case "timeout":
			dst = &hc.Timeout
		case "start-period":
			dst = &hc.StartPeriod
		case "retries":
			n, err := strconv.Atoi(val)
			must(t, err)
			hc.Retries = n
			continue
		default:
			t.Errorf("unknown HEALTHCHECK flag %s", f)
			continue
		}
		d, err := time.ParseDuration(val)
		must(t, err)
		*dst = int64(d)
	}
	return hc
}

// instr is one parsed Dockerfile instruction.
type instr struct {
	cmd      string // lower case: "from", "run", ...
	flags    []string
	args     []string
	json     bool // exec form
	heredocs []parser.Heredoc

	line, end int // first and last line, heredocs included
}

// stage is the instructions of one FROM.
type stage struct {
	name, base, platform string
	line                 int // of the FROM
	instrs               []instr
}

func (s stage) all(cmd string) []instr {
	var out []instr
	for _, in := range s.instrs {
		if in.cmd == cmd {
			out = append(out, in)
		}
	}
	return out
}

// testTarget is the platform the tests build ejected stages for: the
// values of the platform ARGs a stage declares.
var testTarget = map[string]string{"TARGETOS": "linux", "TARGETARCH": "amd64"}

// expandedEnv is a plan stage's env as llbgen sets it for testTarget.
func expandedEnv(env []string) []string {
	out := make([]string, len(env))
	for i, kv := range env {
		out[i] = plan.ExpandTarget(kv, testTarget["TARGETOS"], testTarget["TARGETARCH"])
	}
	return out
}

// env evaluates the stage's ENV instructions as the Dockerfile frontend
// does, with the platform ARGs it declares set for testTarget, KEY=VALUE
// sorted by key.
func (s stage) env(t *testing.T) []string {
	t.Helper()
	lex := shell.NewLex('\\')
	m := map[string]string{}
	var list []string
	for _, in := range s.all("arg") {
		for _, a := range in.args {
			if v, ok := testTarget[a]; ok {
				list = append(list, a+"="+v)
			}
		}
	}
	for _, in := range s.all("env") {
		for i := 0; i+1 < len(in.args); i += 3 { // key, value, separator
			v, _, err := lex.ProcessWord(in.args[i+1], shell.EnvsFromSlice(list))
			must(t, err)
			m[in.args[i]] = v
			list = append(list, in.args[i]+"="+v)
		}
	}
	var out []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, k+"="+m[k])
	}
	return out
}

// parse parses df with BuildKit's Dockerfile parser, failing on errors and
// warnings and on instructions BuildKit does not know or would not build
// (instructions.Parse, with its lint checks), and groups the instructions
// by stage.
func parse(t *testing.T, df string) []stage {
	t.Helper()
	res, err := parser.Parse(strings.NewReader(df))
	if err != nil {
		t.Fatalf("parser.Parse: %v\n%s", err, df)
	}
	for _, w := range res.Warnings {
		t.Errorf("parser warning: %s", w.Short)
	}
	lint := linter.New(&linter.Config{Warn: func(rule, _, _, msg string, _ []parser.Range) {
		t.Errorf("lint %s: %s", rule, msg)
	}})
	if _, _, err := instructions.Parse(res.AST, lint); err != nil {
		t.Fatalf("instructions.Parse: %v\n%s", err, df)
	}
	var stages []stage
	for _, n := range res.AST.Children {
		in := instr{cmd: strings.ToLower(n.Value), line: n.StartLine, end: n.EndLine, flags: n.Flags, json: n.Attributes["json"], heredocs: n.Heredocs}
		for a := n.Next; a != nil; a = a.Next {
			in.args = append(in.args, a.Value)
		}
		if in.cmd == "copy" || in.cmd == "workdir" {
			// BuildKit expands each word of these, JSON form or not:
			// variables, quotes, escapes. What the tests compare is
			// the word after that.
			for i, a := range in.args {
				v, _, err := shell.NewLex('\\').ProcessWord(a, shell.EnvsFromSlice(nil))
				if err != nil {
					t.Fatalf("line %d: %s word %q: %v", n.StartLine, in.cmd, a, err)
				}
				in.args[i] = v
			}
		}
		if _, ok := command.Commands[in.cmd]; !ok {
			t.Errorf("line %d: unknown instruction %q", n.StartLine, in.cmd)
		}
		if in.cmd == "from" {
			if len(in.args) != 3 || !strings.EqualFold(in.args[1], "AS") {
				t.Fatalf("line %d: FROM %q, want FROM <base> AS <name>", n.StartLine, in.args)
			}
			if in.args[1] != "AS" {
				t.Errorf("line %d: FROM ... %s: the keyword is upper case in the rest of the file", n.StartLine, in.args[1])
			}
			s := stage{base: in.args[0], name: in.args[2], line: n.StartLine}
			for _, f := range in.flags {
				if p, ok := strings.CutPrefix(f, "--platform="); ok {
					s.platform = p
				} else {
					t.Errorf("line %d: FROM flag %s", n.StartLine, f)
				}
			}
			stages = append(stages, s)
			continue
		}
		if len(stages) == 0 {
			t.Fatalf("line %d: %s before the first FROM", n.StartLine, in.cmd)
		}
		stages[len(stages)-1].instrs = append(stages[len(stages)-1].instrs, in)
	}
	// COPY --from and FROM name only earlier stages.
	seen := map[string]bool{}
	for _, s := range stages {
		if seen[s.name] {
			t.Errorf("stage %s is defined twice", s.name)
		}
		for _, c := range s.all("copy") {
			for _, f := range c.flags {
				if from, ok := strings.CutPrefix(f, "--from="); ok && !seen[from] {
					t.Errorf("stage %s copies from %q, which is not an earlier stage", s.name, from)
				}
			}
		}
		seen[s.name] = true
	}
	return stages
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// An image mount is a bind mount from a build-platform stage of the
// image, which a copy from the same image shares.
func TestDockerfileImageMount(t *testing.T) {
	p := nodePlan()
	const self = "docker.io/org/slimfront:latest"
	build := p.Stage("build")
	build.Runs = append(build.Runs, plan.Run{
		Name:   "precompress dist",
		Args:   []string{"/slimfront/slimcompress", "dist"},
		Mounts: []plan.Mount{{Target: "/slimfront", Type: plan.MountImage, Image: self, Source: "/usr/lib/slimfront/linux-amd64"}},
	})
	p.Image.Layers = append(p.Image.Layers, plan.Layer{Name: "server", Copies: []plan.Copy{{
		From: plan.ImageRef(self), Src: "/usr/lib/slimfront/linux-arm64", Paths: []string{"slimserve"}, Dest: "/",
	}}})
	df := dockerfile(t, p)
	wantLines(t, df,
		"FROM --platform=$BUILDPLATFORM "+self+" AS files-0",
		"RUN --mount=type=bind,from=files-0,source=/usr/lib/slimfront/linux-amd64,target=/slimfront \\",
		`    ["/slimfront/slimcompress", "dist"]`,
		"COPY --from=files-0 [\"/usr/lib/slimfront/linux-arm64/slimserve\", \"/slimserve\"]",
	)
	if n := strings.Count(df, " AS files-"); n != 1 {
		t.Errorf("%d files-N stages, want one for the image both use:\n%s", n, df)
	}
}

// A stage mount is a read-only bind mount from the stage; a path a --mount
// flag cannot carry is refused, naming the run's app.toml key.
func TestDockerfileStageMount(t *testing.T) {
	p := nodePlan()
	build := p.Stage("prod-deps")
	build.Runs[0].Mounts = append(build.Runs[0].Mounts, plan.Mount{Target: "/app/vendor", Type: plan.MountStage, From: "deps", Source: "/slimfront/vendor/vendor"})
	build.Runs[0].Source = "entrypoint"
	wantLines(t, dockerfile(t, p), "    --mount=type=bind,from=deps,source=/slimfront/vendor/vendor,target=/app/vendor \\")

	build.Runs[0].Mounts[len(build.Runs[0].Mounts)-1].Target = "/app/third party,x"
	_, err := eject.Dockerfile(p)
	var e *eject.Error
	if !errors.As(err, &e) || e.Key != "entrypoint" || !strings.Contains(e.Msg, `cannot say the path "/app/third party,x"`) {
		t.Errorf("eject = %v, want an *eject.Error about entrypoint", err)
	}
}

// TestDockerfileEscapesPaths checks that paths with spaces, quotes, $ and
// backslashes reach BuildKit as written: each COPY source and destination,
// and each WORKDIR, evaluates to the plan's path.
func TestDockerfileEscapesPaths(t *testing.T) {
	odd := []string{"my dir/a b.txt", `it's "x".txt`, "$HOME", `back\slash`, "tab\u00e9"}
	p := goPlan()
	p.Stages[0].Workdir = "/src/my app"
	p.Stages[0].Inputs.Paths = []string{"go.mod", "go.sum", "my dir/go.mod"}
	p.Image.Config.Workdir = "/srv/$HOME's app"
	p.Image.Layers = append(p.Image.Layers, plan.Layer{Name: "odd", Copies: []plan.Copy{
		{From: plan.Context, Src: "/", Paths: odd[:1], Dest: "/srv/my app"},
		{From: plan.Context, Src: "/conf", Paths: odd[1:], Dest: "/srv/my app", Source: "runtime.files"},
	}})
	stages := parse(t, dockerfile(t, p))
	deps, final := stages[1], stages[len(stages)-1]
	checkStage(t, p.Stages[0], deps)
	if wd := final.all("workdir"); len(wd) != 1 || wd[0].args[0] != p.Image.Config.Workdir {
		t.Errorf("final WORKDIR = %+v, want %q", wd, p.Image.Config.Workdir)
	}
	var got [][]string
	for _, c := range final.all("copy") {
		if !c.json && len(c.heredocs) == 0 {
			t.Errorf("COPY %q is not in JSON form", c.args)
		}
		if len(c.heredocs) == 0 && (!slices.Contains(c.flags, "--parents") || strings.Contains(c.args[0], " ")) {
			got = append(got, c.args)
		}
	}
	want := [][]string{{"/out/server", "/app/server"}, {"/my dir/a b.txt", "/srv/my app/"}}
	for _, o := range odd[1:] {
		want = append(want, []string{"/conf/" + o, "/srv/my app/" + o})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("COPY words after expansion:\n got %q\nwant %q", got, want)
	}
}

// TestDockerfileRefusesWildcards checks that a literal copy whose path has
// a wildcard, which COPY would match as a pattern, is refused as an
// *eject.Error that names the app.toml key it came from.
func TestDockerfileRefusesWildcards(t *testing.T) {
	for _, name := range []string{"*.yaml", "a?b", "[ab]"} {
		p := withLayer(plan.Copy{From: plan.Context, Src: "/", Paths: []string{"conf/" + name}, Dest: "/app", Source: "runtime.files"})
		_, err := eject.Dockerfile(p)
		var e *eject.Error
		if !errors.As(err, &e) || e.Key != "runtime.files" {
			t.Errorf("%q: error %v, want an *eject.Error about runtime.files", name, err)
		}
	}
}

// A stage env value holding the target's placeholders reads the
// Dockerfile's platform ARGs, declared in that stage, so one ejected
// Dockerfile builds each --platform for itself; other $ stay literal.
func TestTargetPlaceholdersBecomeArgs(t *testing.T) {
	p := goPlan()
	build := p.Stage("build")
	build.Env = plan.Env(plan.EnvMap(build.Env, []string{
		"GOOS=" + plan.TargetOS, "GOARCH=" + plan.TargetArch, "PRICE=$5-" + plan.TargetArch,
	}))
	df, err := eject.Dockerfile(p)
	must(t, err)
	stages := parse(t, df)
	st := stageNamed(t, stages, "build")
	args := st.all("arg")
	if len(args) != 1 || !slices.Equal(args[0].args, []string{"TARGETOS", "TARGETARCH"}) {
		t.Fatalf("build stage ARGs = %+v, want one ARG TARGETOS TARGETARCH\n%s", args, df)
	}
	lex := shell.NewLex('\\')
	want := map[string]string{"GOOS": "linux", "GOARCH": "arm64", "PRICE": "$5-arm64"}
	for _, in := range st.all("env") {
		for i := 0; i+1 < len(in.args); i += 3 {
			w, ok := want[in.args[i]]
			if !ok {
				continue
			}
			v, _, err := lex.ProcessWord(in.args[i+1], shell.EnvsFromSlice([]string{"TARGETOS=linux", "TARGETARCH=arm64"}))
			must(t, err)
			if v != w {
				t.Errorf("for linux/arm64, %s = %q, want %q", in.args[i], v, w)
			}
			delete(want, in.args[i])
		}
	}
	if len(want) > 0 {
		t.Errorf("ENV lacks %v\n%s", want, df)
	}
	if a := stageNamed(t, stages, "deps").all("arg"); len(a) > 0 {
		t.Errorf("deps stage declares %+v, but its env holds no placeholder", a)
	}
}

func stageNamed(t *testing.T, stages []stage, name string) stage {
	t.Helper()
	for _, s := range stages {
		if s.name == name {
			return s
		}
	}
	t.Fatalf("no stage %q", name)
	return stage{}
}
