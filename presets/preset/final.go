package preset

import (
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/distribution/reference"

	"github.com/slimfront/slimfront/plan"
	"github.com/slimfront/slimfront/spec"
)

// The files every scratch image gets. They are constants so the layers they
// make are byte-identical in every app built with slimfront.
const (
	etcPasswd = "root:x:0:0:root:/root:/sbin/nologin\n" +
		"nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n" +
		"nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n"
	etcGroup    = "root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\n"
	etcNsswitch = "passwd: files\ngroup: files\nhosts: files dns\n"
)

// Runtime is a preset's description of the final image: what runs it and
// what the app adds. FinalImage turns it, with app.toml's [runtime], into
// the plan's image.
type Runtime struct {
	// Base is the image the app needs by default: plan.Scratch for a
	// static binary, else a distroless runtime (glibc, nodejs).
	Base plan.Ref
	// Distroless is what `[runtime] base = "distroless"` picks.
	Distroless string
	// NoZoneinfo leaves the zoneinfo tree out of a scratch image: the app
	// carries its own (Go's embedded time/tzdata).
	NoZoneinfo bool
	// Bare says the app needs neither the CA bundle nor zoneinfo (a file
	// server), so a scratch image gets them only when app.toml asks with
	// ca_certs = true or tzdata = "files".
	Bare bool
	// Ports are what the image exposes when [runtime] ports names none.
	Ports []string
	// Layers are the app's layers, bottom first: dependencies below the
	// app, so a source edit changes only the top.
	Layers []plan.Layer
	// Entrypoint is the exec-form command line.
	Entrypoint []string
	// Title is the org.opencontainers.image.title label.
	Title string
	// Labels are what the preset knows of the app (its source
	// repository), under the user's [labels].
	Labels map[string]string
	// Env is the preset's image environment, under [runtime] env.
	Env map[string]string
}

// FinalImage assembles the final stage: on scratch, the base files, CA
// bundle and zoneinfo as separate layers that are byte-identical in every
// app; on an image, that image; then the preset's layers, then the
// [runtime] files.
func FinalImage(s *spec.Spec, rt Runtime) (plan.Image, error) {
	r := s.Runtime
	base := rt.Base
	switch r.Base {
	case "":
	case "scratch":
		if rt.Base.Kind != plan.RefScratch {
			return plan.Image{}, s.Errorf("runtime.base", "runtime.base = \"scratch\" cannot run this app: it needs %s; remove the key, or name an image that has what it needs", rt.Base.Name)
		}
	case "distroless":
		base = plan.ImageRef(rt.Distroless)
	default:
		base = plan.ImageRef(r.Base)
	}

	var layers []plan.Layer
	if base.Kind == plan.RefScratch {
		layers = append(layers, baseFilesLayer())
		asked := func(key string) bool { return !rt.Bare || s.Range(key) != (spec.Range{}) }
		if r.CACerts && asked("runtime.ca_certs") {
			layers = append(layers, plan.Layer{Name: "ca-certificates", Copies: []plan.Copy{{
				From: plan.ImageRef(DistrolessStatic), Paths: []string{strings.TrimPrefix(caBundlePath, "/")}, Src: "/", Dest: "/", Source: "runtime.ca_certs",
			}}})
		}
		if r.Tzdata == "files" && !rt.NoZoneinfo && asked("runtime.tzdata") {
			layers = append(layers, plan.Layer{Name: "zoneinfo", Copies: []plan.Copy{{
				From: plan.ImageRef(DistrolessStatic), Paths: []string{strings.TrimPrefix(zoneinfoPath, "/")}, Src: "/", Dest: "/", Source: "runtime.tzdata",
			}}})
		}
	}
	layers = append(layers, rt.Layers...)
	if err := filesClash(s, layers); err != nil {
		return plan.Image{}, err
	}
	if len(r.Files) > 0 {
		layers = append(layers, plan.Layer{Name: "files", Copies: []plan.Copy{{
			From: plan.Context, Paths: r.Files, Src: "/", Dest: r.Workdir, Source: "runtime.files",
		}}})
	}
	return plan.Image{Base: base, Layers: layers, Config: imageConfig(s, rt)}, nil
}

// filesClash refuses a [runtime] files entry that would land on, or
// replace a directory holding, what the layers below write: the generated
// passwd, the CA bundle, the app itself.
func filesClash(s *spec.Spec, layers []plan.Layer) error {
	var written []string
	for _, l := range layers {
		for _, f := range l.Files {
			written = append(written, f.Path)
		}
		for _, c := range l.Copies {
			for _, p := range c.Paths {
				written = append(written, path.Join(c.Dest, p))
			}
		}
	}
	for _, f := range s.Runtime.Files {
		dest := path.Join(s.Runtime.Workdir, f)
		for _, w := range written {
			if w == dest || strings.HasPrefix(w, dest+"/") || dest == "/" {
				return s.Errorf("runtime.files", "runtime.files: %q lands on %s, which slimfront writes into the image (%s); move the file elsewhere, or set [runtime] workdir to a directory of its own",
					f, dest, w)
			}
		}
	}
	return nil
}

// RuntimeWarnings points out runtime settings that weaken the image, or
// that work under Docker only: a root user or group, a low port for
// another user, a base image that moves, a healthcheck that needs a shell
// the image lacks.
func RuntimeWarnings(s *spec.Spec) []plan.Warning {
	var out []plan.Warning
	uid, gid, _ := strings.Cut(s.Runtime.User, ":")
	switch {
	case uid == "0": // whatever the group
		out = append(out, plan.Warning{Rule: plan.RuleRootUser, Source: "runtime.user",
			Msg: "the app runs as root; the default, nonroot (65532), is enough for almost every server"})
	case gid == "0":
		out = append(out, plan.Warning{Rule: plan.RuleRootGroup, Source: "runtime.user", Msg: fmt.Sprintf(
			"the app runs in group root (gid 0), which owns many files of the base image; use a group of its own, such as \"%s:65532\"", uid)})
	}
	if uid != "0" {
		out = append(out, lowPorts(s)...)
	}
	out = append(out, unpinnedBase(s)...)
	return append(out, shellHealthcheck(s)...)
}

// lowPorts warns about ports below 1024, which a non-root user may bind
// under Docker only.
func lowPorts(s *spec.Spec) []plan.Warning {
	var low []string
	for _, p := range s.Runtime.Ports {
		num, _, _ := strings.Cut(p, "/")
		if n, err := strconv.Atoi(num); err == nil && n < 1024 {
			low = append(low, num)
		}
	}
	if len(low) == 0 {
		return nil
	}
	what := "port " + low[0] + " is"
	if len(low) > 1 {
		what = "ports " + strings.Join(low, ", ") + " are"
	}
	return []plan.Warning{{Rule: plan.RuleLowPort, Source: "runtime.ports", Msg: fmt.Sprintf(
		"%s below 1024, which user %s may not bind: Docker allows it (it lowers ip_unprivileged_port_start in the container's network namespace), "+
			"but Kubernetes with hostNetwork, plain runc, Podman rootless and user namespaces fail with \"bind: permission denied\"; "+
			"listen on a port from 1024 up (8080) and publish that as %s (docker run -p %s:8080, or a Service's port %s with targetPort 8080)",
		what, s.Runtime.User, low[0], low[0], low[0])}}
}

// unpinnedBase warns about a [runtime] base named by the tag latest or by
// no tag (which means latest) and no digest: the image moves under the
// name, so two builds of one commit may ship different bases.
func unpinnedBase(s *spec.Spec) []plan.Warning {
	base := s.Runtime.Base
	if base == "" || base == "scratch" || base == "distroless" {
		return nil
	}
	named, err := reference.ParseNormalizedNamed(base)
	if err != nil { // spec refused it already
		return nil
	}
	if _, ok := named.(reference.Digested); ok {
		return nil
	}
	how := "has no tag, which means :latest"
	if t, ok := named.(reference.Tagged); ok {
		if t.Tag() != "latest" {
			return nil
		}
		how = "is :latest"
	}
	repo := reference.FamiliarName(named)
	return []plan.Warning{{Rule: plan.RuleUnpinnedBase, Source: "runtime.base", Msg: fmt.Sprintf(
		"runtime.base %q %s: it moves with each release, so two builds of one commit may ship different bases; "+
			"name a version tag (\"%s:<version>\") or pin a digest (\"%s@sha256:…\")", base, how, repo, repo)}}
}

// shells are the programs that make a probe need a shell.
var shells = []string{"sh", "ash", "bash", "dash", "ksh", "mksh", "zsh", "busybox"}

// shellHealthcheck warns about a healthcheck that runs a shell, or is a
// whole command line in one string (which only a shell would split),
// when the image has no shell.
func shellHealthcheck(s *spec.Spec) []plan.Warning {
	hc := s.Runtime.Healthcheck
	if hc == nil || len(hc.Cmd) == 0 || hasShell(s.Runtime.Base) {
		return nil
	}
	var why string
	switch prog := hc.Cmd[0]; {
	case prog == "CMD-SHELL":
		why = "is Docker's shell form (CMD-SHELL)"
	case slices.Contains(shells, path.Base(prog)):
		why = fmt.Sprintf("runs %s", prog)
	case path.Base(prog) == "env" && len(hc.Cmd) > 1 && slices.Contains(shells, path.Base(hc.Cmd[1])):
		why = fmt.Sprintf("runs %s through env", hc.Cmd[1])
	case len(hc.Cmd) == 1 && strings.ContainsAny(prog, " \t"):
		why = fmt.Sprintf("is one string, %q, which exec form runs as the name of a program, not as a command line a shell would split", prog)
	default:
		return nil
	}
	image := "slimfront's image (scratch or distroless)"
	if b := s.Runtime.Base; b != "" {
		image = b
	}
	return []plan.Warning{{Rule: plan.RuleShellHealthcheck, Source: "runtime.healthcheck.cmd", Msg: fmt.Sprintf(
		"runtime.healthcheck.cmd %s, but %s has no shell, so every probe fails and the container turns unhealthy; "+
			"write the probe in exec form, one argument per item, with a program the image has: the app itself (\"/app/server\", \"-healthcheck\"), "+
			"or a static probe binary added with [runtime] files", why, image)}}
}

// hasShell reports whether a [runtime] base may have a shell: not
// slimfront's own bases (scratch, distroless), nor a distroless image
// other than its :debug tags; any other image may.
func hasShell(base string) bool {
	switch base {
	case "", "scratch", "distroless":
		return false
	}
	named, err := reference.ParseNormalizedNamed(base)
	if err != nil || !strings.HasPrefix(named.Name(), "gcr.io/distroless/") {
		return true
	}
	t, ok := named.(reference.Tagged)
	return ok && strings.Contains(t.Tag(), "debug")
}

// baseFilesLayer holds passwd, group and nsswitch.conf with root, nobody
// and nonroot (65532), plus the nonroot home (0700, owned by 65532) and a
// world-writable /tmp, copied from distroless since a copy keeps their
// owner and sticky bit.
func baseFilesLayer() plan.Layer {
	return plan.Layer{
		Name:   "base-files",
		Copies: []plan.Copy{{From: plan.ImageRef(DistrolessStatic), Paths: []string{"home/nonroot", "tmp"}, Src: "/", Dest: "/"}},
		Files: []plan.File{
			{Path: "/etc/group", Mode: 0o644, Content: etcGroup},
			{Path: "/etc/nsswitch.conf", Mode: 0o644, Content: etcNsswitch},
			{Path: "/etc/passwd", Mode: 0o644, Content: etcPasswd},
		},
	}
}

func imageConfig(s *spec.Spec, rt Runtime) plan.Config {
	r := s.Runtime
	labels := map[string]string{"org.opencontainers.image.title": rt.Title}
	for k, v := range rt.Labels {
		labels[k] = v
	}
	for k, v := range s.Labels {
		labels[k] = v
	}
	env := map[string]string{}
	for k, v := range rt.Env {
		env[k] = v
	}
	for k, v := range r.Env {
		env[k] = v
	}
	ports := r.Ports
	if len(ports) == 0 {
		ports = rt.Ports
	}
	cfg := plan.Config{
		Entrypoint: rt.Entrypoint,
		Cmd:        r.Args,
		User:       r.User,
		Env:        plan.Env(env),
		Ports:      ports,
		Workdir:    r.Workdir,
		Labels:     labels,
	}
	if hc := r.Healthcheck; hc != nil {
		cfg.Healthcheck = &plan.Healthcheck{
			Test:        hc.Cmd,
			Interval:    int64(hc.Interval),
			Timeout:     int64(hc.Timeout),
			StartPeriod: int64(hc.StartPeriod),
			Retries:     hc.Retries,
		}
	}
	return cfg
}
