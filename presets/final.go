package presets

import (
	"path"
	"strings"

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

// artifact is what a preset's build stage leaves for the final image.
type artifact struct {
	stage string // the stage whose output holds it
	file  string // file name in that output, installed as <workdir>/<file>
	// glibc says the artifact needs a C library at run time (cgo).
	glibc bool
	// labels are what the preset knows of the app (e.g. its source
	// repository), under the user's [labels].
	labels map[string]string
}

// finalImage assembles the final stage from the runtime table of app.toml:
// a scratch base with the base files, CA bundle and zoneinfo as separate
// layers (or a distroless/custom base that has them), then the artifact,
// then the extra files.
func finalImage(s *spec.Spec, a artifact) plan.Image {
	rt := s.Runtime
	base := rt.Base
	switch {
	case base == "" && a.glibc, base == "distroless" && a.glibc:
		base = distrolessBase
	case base == "distroless":
		base = distrolessStatic
	case base == "":
		base = "scratch"
	}

	var layers []plan.Layer
	if base == "scratch" {
		layers = append(layers, baseFilesLayer())
		if rt.CACerts {
			layers = append(layers, plan.Layer{Name: "ca-certificates", Copy: &plan.Copy{
				Image: distrolessStatic, Paths: []string{strings.TrimPrefix(caBundlePath, "/")}, Src: "/", Dest: "/", Source: "runtime.ca_certs",
			}})
		}
		if rt.Tzdata == "files" {
			layers = append(layers, plan.Layer{Name: "zoneinfo", Copy: &plan.Copy{
				Image: distrolessStatic, Paths: []string{strings.TrimPrefix(zoneinfoPath, "/")}, Src: "/", Dest: "/", Source: "runtime.tzdata",
			}})
		}
	}
	layers = append(layers, plan.Layer{Name: "app", Copy: &plan.Copy{
		Stage: a.stage, Paths: []string{a.file}, Src: "/", Dest: rt.Workdir, Source: "entrypoint",
	}})
	if len(rt.Files) > 0 {
		layers = append(layers, plan.Layer{Name: "files", Copy: &plan.Copy{
			Context: true, Paths: rt.Files, Src: "/", Dest: rt.Workdir, Source: "runtime.files",
		}})
	}

	return plan.Image{Base: base, Layers: layers, Config: imageConfig(s, a, path.Join(rt.Workdir, a.file))}
}

// runtimeWarnings points out runtime settings that weaken the image.
func runtimeWarnings(s *spec.Spec) []plan.Warning {
	if s.Runtime.User == "0:0" {
		return []plan.Warning{{Source: "runtime.user",
			Msg: "the app runs as root; the default, nonroot (65532), is enough for almost every server"}}
	}
	return nil
}

// baseFilesLayer holds passwd, group and nsswitch.conf with root, nobody
// and nonroot (65532), plus the nonroot home (0700, owned by 65532) and a
// world-writable /tmp, copied from distroless since a copy keeps their
// owner and sticky bit.
func baseFilesLayer() plan.Layer {
	return plan.Layer{
		Name: "base-files",
		Copy: &plan.Copy{Image: distrolessStatic, Paths: []string{"home/nonroot", "tmp"}, Src: "/", Dest: "/"},
		Files: []plan.File{
			{Path: "/etc/group", Mode: 0o644, Content: etcGroup},
			{Path: "/etc/nsswitch.conf", Mode: 0o644, Content: etcNsswitch},
			{Path: "/etc/passwd", Mode: 0o644, Content: etcPasswd},
		},
	}
}

func imageConfig(s *spec.Spec, a artifact, binary string) plan.Config {
	rt := s.Runtime
	labels := map[string]string{"org.opencontainers.image.title": a.file}
	for k, v := range a.labels {
		labels[k] = v
	}
	for k, v := range s.Labels {
		labels[k] = v
	}
	cfg := plan.Config{
		Entrypoint: []string{binary},
		Cmd:        rt.Args,
		User:       rt.User,
		Env:        plan.Env(rt.Env),
		Ports:      rt.Ports,
		Workdir:    rt.Workdir,
		Labels:     labels,
	}
	if hc := rt.Healthcheck; hc != nil {
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
