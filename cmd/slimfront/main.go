// Command slimfront is the slimfront BuildKit frontend and its companion
// tools.
//
//	slimfront frontend                 run as a BuildKit gateway frontend (the image's entrypoint)
//	slimfront check [-f app.toml] [dir]  validate app.toml against the build context
//	slimfront plan  [-f app.toml] [--platform p] [dir]  print the build plan as JSON
//	slimfront eject [-f app.toml] [--platform p] [dir]  print an equivalent Dockerfile
//	slimfront version
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"github.com/moby/buildkit/frontend/gateway/grpcclient"
	_ "github.com/moby/buildkit/util/grpcutil/encoding/proto" // the gateway's gRPC codec

	"github.com/slimfront/slimfront/eject"
	"github.com/slimfront/slimfront/frontend"
	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/presets"
	"github.com/slimfront/slimfront/spec"
)

// version is set at link time: -ldflags "-X main.version=v1.2.3".
var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	switch args[0] {
	case "frontend":
		if err := grpcclient.RunFromEnvironment(context.Background(), frontend.Build); err != nil {
			fmt.Fprintf(stderr, "slimfront frontend: %v\n", err)
			return 1
		}
		return 0
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "slimfront %s (%s, %s/%s)\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return 0
	case "check", "plan", "eject":
		return local(args[0], args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "slimfront: unknown command %q\n%s\n", args[0], usage)
	return 2
}

const usage = `usage: slimfront <command> [flags] [context-dir]

commands:
  frontend   run as a BuildKit gateway frontend (the image's entrypoint)
  check      validate app.toml against the build context; exit 1 on errors
  plan       print the build plan (JSON) for one platform
  eject      print an equivalent multi-stage Dockerfile
  version    print the version

flags for check, plan, eject:
  -f file        app.toml path (default: <context-dir>/app.toml)
  --platform p   target platform (default: linux/<this machine's arch>)`

// local runs the commands that need no daemon: they load app.toml and the
// context from disk and go through the same spec → presets pipeline.
func local(cmd string, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fl.SetOutput(stderr)
	file := fl.String("f", "", "app.toml path (default: <context-dir>/app.toml)")
	platform := fl.String("platform", "linux/"+runtime.GOARCH, "target platform")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	dir := "."
	if fl.NArg() > 0 {
		dir = fl.Arg(0)
	}
	if *file == "" {
		*file = filepath.Join(dir, "app.toml")
	}
	s, p, err := loadPlan(*file, dir, *platform)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	for _, w := range p.Warnings {
		fmt.Fprintf(stderr, "%s: warning: %s [%s]\n", position(s, w.Source), w.Msg, w.Rule)
	}
	switch cmd {
	case "check":
		fmt.Fprintf(stdout, "%s: ok (%s preset, %d stages)\n", *file, p.Preset, len(p.Stages)+1)
	case "plan":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(p); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
	case "eject":
		df, err := eject.Dockerfile(p)
		var ee *eject.Error
		if errors.As(err, &ee) && ee.Key != "" {
			// Point at the line that asked for what a Dockerfile
			// cannot say.
			err = s.Errorf(ee.Key, "eject: %s", ee.Msg)
		}
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		fmt.Fprint(stdout, df)
	}
	return 0
}

// position is "app.toml:3" for the line of key, or "app.toml".
func position(s *spec.Spec, key string) string {
	if r := s.Range(key); r.Start > 0 {
		return fmt.Sprintf("%s:%d", s.File, r.Start)
	}
	return s.File
}

func loadPlan(file, dir, platform string) (*spec.Spec, *plan.Plan, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	s, err := presets.Parse(file, data)
	if err != nil {
		return nil, nil, err
	}
	// Build args take their [args] defaults here, as with no --build-arg.
	if err := s.SetArgs(nil); err != nil {
		return nil, nil, err
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil, nil, errors.New(dir + ": not a directory (the build context)")
	}
	bctx, err := openContext(dir, file)
	if err != nil {
		return nil, nil, err
	}
	defer bctx.Close()
	// The presets see what the frontend would: the fact files only.
	facts, err := presets.ReadFacts(s, bctx.read)
	if err != nil {
		return nil, nil, err
	}
	p, err := presets.Plan(presets.Input{
		Spec:          s,
		Source:        facts,
		Platform:      platform,
		BuildPlatform: "linux/" + runtime.GOARCH,
		Self:          selfImage(),
	})
	if err != nil {
		return s, nil, err
	}
	return s, p, bctx.checkFiles(s)
}

// selfImage is the slimfront image a build with this version's `# syntax=`
// runs, which holds the tools plans copy from it (the static server).
func selfImage() string {
	if version == "dev" {
		return "docker.io/org/slimfront:latest"
	}
	return "docker.io/org/slimfront:" + version
}
