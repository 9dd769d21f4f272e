package spec

import (
	"strings"
	"testing"
)

func TestArgs(t *testing.T) {
	src := "# syntax=org/slimfront\n[args]\nVERSION = \"dev\"\nCOMMIT = \"none\"\n[build]\nenv = { STAMP = \"v${VERSION}-${COMMIT}\" }\n[runtime]\nenv = { APP_VERSION = \"${VERSION}\", LITERAL = \"$HOME\" }\n[labels]\n\"org.opencontainers.image.version\" = \"${VERSION}\"\n[go]\nldflags = \"-X main.version=${VERSION}\"\n"
	parse := func() *Spec {
		s, err := Parse("app.toml", []byte(src), Table{Name: "go"})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := parse()
	if err := s.SetArgs(map[string]string{"VERSION": "1.2.3", "UNUSED": "x"}); err != nil {
		t.Fatal(err)
	}
	if got := s.Build.Env["STAMP"]; got != "v1.2.3-none" {
		t.Errorf("build env STAMP = %q, want v1.2.3-none (a set arg and a default)", got)
	}
	if got := s.Runtime.Env["APP_VERSION"]; got != "1.2.3" {
		t.Errorf("runtime env = %q", got)
	}
	if got := s.Runtime.Env["LITERAL"]; got != "$HOME" {
		t.Errorf("a $NAME without braces is left alone: %q", got)
	}
	if got := s.Labels["org.opencontainers.image.version"]; got != "1.2.3" {
		t.Errorf("label = %q", got)
	}
	var ld string
	if err := s.DecodeTable("go", []Field{{Name: "ldflags", Kind: String(&ld, `""`)}}); err != nil || ld != "-X main.version=1.2.3" {
		t.Errorf("[go] ldflags = %q, %v", ld, err)
	}
	// Without --build-arg, the defaults.
	s = parse()
	if err := s.SetArgs(nil); err != nil {
		t.Fatal(err)
	}
	if got := s.Build.Env["STAMP"]; got != "vdev-none" {
		t.Errorf("defaults: STAMP = %q", got)
	}
	if err := parse().SetArgs(map[string]string{"VERSION": "1\nRUN x"}); err == nil || !strings.Contains(err.Error(), "VERSION") {
		t.Errorf("a control character in a build arg: %v", err)
	}
}

func TestArgsRefused(t *testing.T) {
	for src, want := range map[string]string{
		"[runtime]\nenv = { A = \"${NOPE}\" }\n":     "app.toml:3: runtime.env.A uses ${NOPE}, which no build arg declares; add it to [args]",
		"[go]\nldflags = \"-X main.v=${V}\"\n":       "app.toml:3: go.ldflags uses ${V}, which no build arg declares",
		"[args]\nV = \"1\"\n[labels]\nx = \"${V\"\n": "app.toml:5: labels.x has a \"${\" without its \"}\"",
		"[args]\n\"1BAD\" = \"x\"\n":                 "app.toml:3: args: \"1BAD\" is not a build arg name",
		"[args]\nV = 1\n":                            "app.toml:3: args.V must be a string",
		"[args]\nV = \"a\\nb\"\n":                    "app.toml:3: args.V: the default holds a control character",
	} {
		_, err := Parse("app.toml", []byte("# syntax=org/slimfront\n"+src), Table{Name: "go"})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", src, err, want)
		}
	}
}
