package spec

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// fullFile sets every key of the schema. The Go preset's keys (static,
// flags, ldflags, tags, embed_tzdata) are its own [go] table's, which
// Parse leaves to the preset: see table_test.go.
const fullFile = `# syntax=org/slimfront
language   = "go"
name       = "api"
entrypoint = "./cmd/server"

[build]
version = "1.26"
env     = { GOEXPERIMENT = "jsonv2" }

[runtime]
base     = "gcr.io/distroless/base-debian13:nonroot"
user     = "1000"
args     = ["--port", "8080"]
env      = { LOG_LEVEL = "info" }
ports    = [9090, "8080", "9090/udp", "8080/tcp"]
workdir  = "/srv/app/"
files    = ["templates/", "./config/app.yaml"]
tzdata   = "none"
ca_certs = false

[runtime.healthcheck]
cmd          = ["/srv/app/api", "-healthcheck"]
interval     = "30s"
timeout      = "5s"
start_period = "1m30s"
retries      = 3

[labels]
"org.opencontainers.image.source" = "https://example.com/repo"
`

func TestParseFull(t *testing.T) {
	got, err := Parse("app.toml", []byte(fullFile))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := &Spec{
		File:       "app.toml",
		Language:   "go",
		Name:       "api",
		Entrypoint: "cmd/server",
		Build: Build{
			Version: "1.26",
			Env:     map[string]string{"GOEXPERIMENT": "jsonv2"},
		},
		Runtime: Runtime{
			Base:    "gcr.io/distroless/base-debian13:nonroot",
			User:    "1000:1000",
			Args:    []string{"--port", "8080"},
			Env:     map[string]string{"LOG_LEVEL": "info"},
			Ports:   []string{"8080/tcp", "9090/tcp", "9090/udp"},
			Workdir: "/srv/app",
			Files:   []string{"templates", "config/app.yaml"},
			Tzdata:  "none",
			CACerts: false,
			Healthcheck: &Healthcheck{
				Cmd:         []string{"/srv/app/api", "-healthcheck"},
				Interval:    30 * time.Second,
				Timeout:     5 * time.Second,
				StartPeriod: 90 * time.Second,
				Retries:     3,
			},
		},
		Labels: map[string]string{"org.opencontainers.image.source": "https://example.com/repo"},
	}
	assertSpec(t, got, want)
}

func TestParseEmptyIsDefault(t *testing.T) {
	for name, src := range map[string]string{
		"empty":          "",
		"syntax line":    "# syntax=org/slimfront\n",
		"empty tables":   "[build]\n[runtime]\n[labels]\n",
		"comments, CRLF": "# syntax=org/slimfront\r\n\r\n# nothing else\r\n",
	} {
		t.Run(name, func(t *testing.T) {
			got, err := Parse("app.toml", []byte(src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			want := Default("app.toml")
			if name == "empty tables" {
				want.Labels = map[string]string{}
			}
			assertSpec(t, got, want)
		})
	}
}

func TestDefault(t *testing.T) {
	// Entrypoint is empty: the preset decides (the module root for Go,
	// the start script's file for Node).
	want := &Spec{
		File:    "app.toml",
		Runtime: Runtime{User: "65532:65532", Workdir: "/app", Tzdata: "files", CACerts: true},
	}
	assertSpec(t, Default("app.toml"), want)
}

// TestParseNormalizes checks the forms values are stored in.
func TestParseNormalizes(t *testing.T) {
	tests := []struct {
		src  string
		get  func(*Spec) any
		want any
	}{
		{`entrypoint = "./cmd/server/"`, entrypointOf, "cmd/server"},
		{`entrypoint = "cmd//server/../api"`, entrypointOf, "cmd/api"},
		{`entrypoint = "./"`, entrypointOf, "."},
		{`entrypoint = "main.go"`, entrypointOf, "main.go"},
		{"[runtime]\nuser = \"nonroot\"", userOf, "65532:65532"},
		{"[runtime]\nuser = \"root\"", userOf, "0:0"},
		{"[runtime]\nuser = \"1000\"", userOf, "1000:1000"},
		{"[runtime]\nuser = \"1000:2000\"", userOf, "1000:2000"},
		{"[runtime]\nuser = \"0\"", userOf, "0:0"},
		{"[runtime]\nports = [443, \"80\", 443, \"443/tcp\", \"53/udp\", \"53/tcp\", 10000]", portsOf,
			[]string{"53/tcp", "53/udp", "80/tcp", "443/tcp", "10000/tcp"}},
		{"[runtime]\nports = [1, 65535]", portsOf, []string{"1/tcp", "65535/tcp"}},
		{"[runtime]\nworkdir = \"/\"", func(s *Spec) any { return s.Runtime.Workdir }, "/"},
		{"[runtime]\nbase = \"scratch\"", baseOf, "scratch"},
		{"[runtime]\nbase = \"distroless\"", baseOf, "distroless"},
		{"[runtime]\nbase = \"alpine:3.22@sha256:" + strings.Repeat("a", 64) + "\"", baseOf, "alpine:3.22@sha256:" + strings.Repeat("a", 64)},
		{"[runtime.healthcheck]\ncmd = [\"/app/x\"]", func(s *Spec) any { return *s.Runtime.Healthcheck }, Healthcheck{Cmd: []string{"/app/x"}}},
		{"runtime.healthcheck.cmd = [\"/app/x\"]", func(s *Spec) any { return s.Runtime.Healthcheck.Cmd }, []string{"/app/x"}},
		{"[build]\nenv.CGO_CFLAGS = \"-O2\"", func(s *Spec) any { return s.Build.Env }, map[string]string{"CGO_CFLAGS": "-O2"}},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			s, err := Parse("app.toml", []byte(tt.src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := tt.get(s); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func entrypointOf(s *Spec) any { return s.Entrypoint }
func userOf(s *Spec) any       { return s.Runtime.User }
func portsOf(s *Spec) any      { return s.Runtime.Ports }
func baseOf(s *Spec) any       { return s.Runtime.Base }

// TestParseErrors checks what a user sees for a broken app.toml: every
// problem, one per line, sorted by line.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{{
		name: "unknown key with suggestion",
		src:  "# syntax=org/slimfront\nentrpoint = \"./cmd/server\"\n",
		want: []string{`app.toml:2: unknown key "entrpoint" — did you mean "entrypoint"?`},
	}, {
		name: "unknown key differing in case",
		src:  "Name = \"api\"\n",
		want: []string{`app.toml:1: unknown key "Name" — did you mean "name"?`},
	}, {
		name: "unknown key in a table",
		src:  "[runtime]\nworkdir = \"/app\"\nprots = [8080]\n",
		want: []string{`app.toml:3: unknown key "prots" in [runtime] — did you mean "ports"?`},
	}, {
		name: "unknown key without suggestion",
		src:  "[build]\ncompiler = \"gc\"\n",
		want: []string{`app.toml:2: unknown key "compiler" in [build]; known keys here: env, version`},
	}, {
		name: "unknown key written dotted",
		src:  "buld.version = \"1.26\"\n",
		want: []string{`app.toml:1: unknown key "buld" — did you mean "build"?`},
	}, {
		name: "unknown table",
		src:  "[runtim]\nuser = \"root\"\n",
		want: []string{`app.toml:1: unknown table [runtim] — did you mean [runtime]?`},
	}, {
		name: "unknown sub-table",
		src:  "[runtime]\nuser = \"root\"\n\n[runtime.healthchek]\ncmd = [\"/app/x\"]\n",
		want: []string{`app.toml:4: unknown table [runtime.healthchek] — did you mean [runtime.healthcheck]?`},
	}, {
		name: "wrong types",
		src: `language = 1
name = true
[build]
version = 1.26
env = ["GOFLAGS=-p=2"]
[runtime]
ca_certs = 1
ports = 8080
args = ["--port", 8080]
[runtime.healthcheck]
cmd = ["/app/x"]
retries = "3"
`,
		want: []string{
			`app.toml:1: language must be a string such as "go", got integer 1`,
			`app.toml:2: name must be a string such as "api", got boolean true`,
			`app.toml:4: build.version must be a string such as "1.26", got float 1.26`,
			`app.toml:5: build.env must be a table of strings such as { GOEXPERIMENT = "jsonv2" }, got an array`,
			`app.toml:7: runtime.ca_certs must be a boolean (true or false), got integer 1`,
			`app.toml:8: runtime.ports must be an array of port numbers or strings such as [8080, "9090/udp"], got integer 8080`,
			`app.toml:9: runtime.args must be an array of strings such as ["--port", "8080"], got integer 8080 in the array`,
			`app.toml:12: runtime.healthcheck.retries must be a whole number such as 3, got string "3"`,
		},
	}, {
		name: "table given a value",
		src:  "runtime = \"distroless\"\n",
		want: []string{`app.toml:1: runtime must be a table: a [runtime] header followed by its keys, got string "distroless"`},
	}, {
		name: "env value not a string",
		src:  "[runtime]\nenv = { PORT = 8080 }\n",
		want: []string{`app.toml:2: runtime.env.PORT must be a string, got integer 8080; quote it: PORT = "8080"`},
	}, {
		name: "bad env name",
		src:  "[runtime.env]\n\"LOG-LEVEL\" = \"info\"\n",
		want: []string{`app.toml:2: runtime.env: "LOG-LEVEL" is not a valid variable name; use letters, digits and '_', not starting with a digit`},
	}, {
		name: "unquoted dotted label",
		src:  "[labels]\norg.opencontainers.image.source = \"https://example.com/repo\"\n",
		want: []string{`app.toml:2: labels.org must be a string, got a table; to name a key with dots, quote it: "org.opencontainers.image.source" = "https://example.com/repo"`},
	}, {
		name: "bad ports",
		src:  "[runtime]\nports = [0, 70000, \"80/sctp\", \"http\", \"8080/\", 8080]\n",
		want: []string{
			`app.toml:2: runtime.ports: port 0 is out of range; use 1 to 65535`,
			`app.toml:2: runtime.ports: port 70000 is out of range; use 1 to 65535`,
			`app.toml:2: runtime.ports: "80/sctp" has protocol "sctp"; use "tcp" or "udp", such as "9090/udp"`,
			`app.toml:2: runtime.ports: "http" is not a port; write a number or "N/tcp" or "N/udp", such as 8080 or "9090/udp"`,
			`app.toml:2: runtime.ports: "8080/" has protocol ""; use "tcp" or "udp", such as "9090/udp"`,
		},
	}, {
		name: "bad user",
		src:  "[runtime]\nuser = \"nobody\"\n",
		want: []string{`app.toml:2: runtime.user must be "nonroot", "root", a uid such as "1000" or "uid:gid" such as "1000:1000", got "nobody" (the image has no user names to look up)`},
	}, {
		name: "bad uid:gid",
		src:  "[runtime]\nuser = \"1000:\"\n",
		want: []string{`app.toml:2: runtime.user must be "nonroot", "root", a uid such as "1000" or "uid:gid" such as "1000:1000", got "1000:" (the image has no user names to look up)`},
	}, {
		name: "entrypoint leaves the context",
		src:  "entrypoint = \"../x\"\n",
		want: []string{`app.toml:1: entrypoint "../x" leaves the build context; use a path inside it such as "./cmd/server"`},
	}, {
		name: "entrypoint leaves the context after cleaning",
		src:  "entrypoint = \"cmd/../../x\"\n",
		want: []string{`app.toml:1: entrypoint "cmd/../../x" leaves the build context; use a path inside it such as "./cmd/server"`},
	}, {
		name: "absolute entrypoint",
		src:  "entrypoint = \"/src/cmd/server\"\n",
		want: []string{`app.toml:1: entrypoint "/src/cmd/server" is an absolute path; use a path relative to the build context such as "./cmd/server"`},
	}, {
		name: "empty entrypoint",
		src:  "entrypoint = \"\"\n",
		want: []string{`app.toml:1: entrypoint must not be empty; use "." for the root of the build context`},
	}, {
		name: "files outside the context",
		src:  "[runtime]\nfiles = [\n  \"templates\",\n  \"../secrets\",\n  \"/etc/passwd\",\n]\n",
		want: []string{
			`app.toml:2: runtime.files "../secrets" leaves the build context; use a path inside it such as "config/app.yaml"`,
			`app.toml:2: runtime.files "/etc/passwd" is an absolute path; use a path relative to the build context such as "config/app.yaml"`,
		},
	}, {
		name: "bad durations",
		src:  "[runtime.healthcheck]\ncmd = [\"/app/x\"]\ninterval = \"30\"\ntimeout = \"-5s\"\nstart_period = 5\nretries = -1\n",
		want: []string{
			`app.toml:3: runtime.healthcheck.interval: "30" is not a duration; write a number with a unit, such as "30s", "1m30s" or "500ms"`,
			`app.toml:4: runtime.healthcheck.timeout must not be negative, got -5s`,
			`app.toml:5: runtime.healthcheck.start_period must be a duration string such as "5s", got integer 5`,
			`app.toml:6: runtime.healthcheck.retries must not be negative, got -1`,
		},
	}, {
		name: "healthcheck without cmd",
		src:  "[runtime]\nuser = \"root\"\n\n[runtime.healthcheck]\ninterval = \"10s\"\n",
		want: []string{`app.toml:4: runtime.healthcheck needs cmd, the probe to run in exec form, such as cmd = ["/app/api", "-healthcheck"]`},
	}, {
		name: "healthcheck with empty cmd",
		src:  "[runtime.healthcheck]\ninterval = \"10s\"\ncmd = []\n",
		want: []string{`app.toml:3: runtime.healthcheck.cmd must not be empty; give the probe to run in exec form, such as cmd = ["/app/api", "-healthcheck"]`},
	}, {
		name: "healthcheck cmd of the wrong type",
		src:  "[runtime.healthcheck]\ncmd = \"/app/api -healthcheck\"\n",
		want: []string{`app.toml:2: runtime.healthcheck.cmd must be an array of strings such as ["/app/api", "-healthcheck"], got string "/app/api -healthcheck"`},
	}, {
		name: "bad enums and formats",
		src: `language = "Go"
name = "my api"
[build]
version = "1.26 beta"
env = { "1X" = "y" }
[runtime]
base = "Alpine:3.22"
workdir = "app"
tzdata = "file"
[labels]
"" = "x"
`,
		want: []string{
			`app.toml:1: language must be a lowercase word such as "go", got "Go" — did you mean "go"?`,
			`app.toml:2: name "my api" must be usable as a file name: a letter or digit, then letters, digits, '.', '_' or '-'`,
			`app.toml:4: build.version must be a version such as "1.26" or "1.26.8", got "1.26 beta"`,
			`app.toml:5: build.env: "1X" is not a valid variable name; use letters, digits and '_', not starting with a digit`,
			`app.toml:7: runtime.base must be "scratch", "distroless" or an image reference such as "gcr.io/distroless/base-debian13:nonroot"; "Alpine:3.22" is not one: invalid reference format: repository name (library/Alpine) must be lowercase`,
			`app.toml:8: runtime.workdir must be an absolute path such as "/app", got "app"`,
			`app.toml:9: runtime.tzdata must be one of "files" or "none", got "file" — did you mean "files"?`,
			`app.toml:11: labels: a label name must not be empty`,
		},
	}, {
		name: "multiple problems reported together, sorted by line",
		src: `# syntax=org/slimfront
entrpoint = "./cmd/server"
static = "yes"

[runtime]
user = "nobody"
ports = [8080, 70000]

[runtim]
x = 1
`,
		want: []string{
			`app.toml:2: unknown key "entrpoint" — did you mean "entrypoint"?`,
			`app.toml:3: static has moved to the [go] table: write [go] and then static = false`,
			`app.toml:6: runtime.user must be "nonroot", "root", a uid such as "1000" or "uid:gid" such as "1000:1000", got "nobody" (the image has no user names to look up)`,
			`app.toml:7: runtime.ports: port 70000 is out of range; use 1 to 65535`,
			`app.toml:9: unknown table [runtim] — did you mean [runtime]?`,
		},
	}, {
		name: "syntax error",
		src:  "# syntax=org/slimfront\n[runtime]\nports = [8080\nuser = \"root\"\n",
		want: []string{`app.toml:4: invalid TOML: expected a comma (',') or array terminator (']'), but got 'u'`},
	}, {
		name: "duplicate key",
		src:  "name = \"a\"\nname = \"b\"\n",
		want: []string{`app.toml:2: invalid TOML: Key 'name' has already been defined.`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse("app.toml", []byte(tt.src))
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", s)
			}
			if s != nil {
				t.Errorf("Parse returned a spec along with its error")
			}
			var list *Errors
			if !errors.As(err, &list) {
				t.Fatalf("error is %T, want *Errors", err)
			}
			if got := strings.Split(err.Error(), "\n"); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("errors:\n%s\nwant:\n%s", err, strings.Join(tt.want, "\n"))
			}
			for _, e := range *list {
				if e.File != "app.toml" || e.Line == 0 {
					t.Errorf("error %q: File %q, Line %d; want the file and a line", e.Msg, e.File, e.Line)
				}
			}
		})
	}
}

func TestErrorf(t *testing.T) {
	s, err := Parse("app.toml", []byte("# syntax=org/slimfront\nentrypoint = \"./cmd/serverr\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := s.Errorf("entrypoint", "no Go main package in %q", "./"+s.Entrypoint)
	want := &Error{File: "app.toml", Line: 2, Key: "entrypoint", Msg: `no Go main package in "./cmd/serverr"`}
	if !reflect.DeepEqual(e, want) {
		t.Errorf("Errorf = %#v, want %#v", e, want)
	}
	if got := e.Error(); got != `app.toml:2: no Go main package in "./cmd/serverr"` {
		t.Errorf("Error() = %q", got)
	}
	absent := s.Errorf("build.version", "go.mod has no go line")
	if absent.Line != 0 || absent.Error() != "app.toml: go.mod has no go line" {
		t.Errorf("Errorf of an absent key = %#v (%q), want no line", absent, absent.Error())
	}
}

// assertSpec compares the exported fields of two specs.
func assertSpec(t *testing.T, got, want *Spec) {
	t.Helper()
	got, want = exported(got), exported(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spec:\n got %+v\nwant %+v", *got, *want)
		if !reflect.DeepEqual(got.Runtime.Healthcheck, want.Runtime.Healthcheck) {
			t.Errorf("healthcheck:\n got %+v\nwant %+v", got.Runtime.Healthcheck, want.Runtime.Healthcheck)
		}
	}
}

func exported(s *Spec) *Spec {
	c := *s
	c.ranges, c.tables, c.headers = nil, nil, nil
	return &c
}

// TestParseErrorsEscapeNames checks that key names holding control
// characters (here written with TOML 1.1's \e and \u escapes) are quoted
// in messages, so that printing one cannot drive the terminal, and that
// each problem keeps its line.
func TestParseErrorsEscapeNames(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"[runtime.env]\n\"\\e[2J\" = 1\n",
			`app.toml:2: runtime.env."\x1b[2J" must be a string, got integer 1; quote it: "\x1b[2J" = "1"`},
		{"[labels]\n\"\\e[2J\" = { a = \"x\" }\n",
			`app.toml:2: labels."\x1b[2J" must be a string, got a table; to name a key with dots, quote it: "\x1b[2J.a" = "x"`},
		{"[runtime]\nuser = \"root\"\n[runtime.\"\\e[2J\"]\n",
			`app.toml:3: unknown table [runtime."\x1b[2J"]; known keys here: args, base, ca_certs, env, files, healthcheck, ports, tzdata, user, workdir`},
		{"[labels]\n\"\\u202e\" = \"${\\e}\"\n",
			`app.toml:2: labels."\u202e" uses ${"\x1b"}, which no build arg declares; add it to [args] with a default ("\x1b" = "…"), then set it with --build-arg "\x1b"=…` + "\n" +
				`app.toml:2: labels."\u202e": the value "${\x1b}" holds a control character (a line break, tab or NUL); write it on one line`},
		{"[labels]\n\"\\u202e\" = \"${A\"\n",
			`app.toml:2: labels."\u202e" has a "${" without its "}"; write ${NAME}`},
		{"\"\u202e\" = 1\n\"\u202e\" = 2\n", // the decoder's message quotes U+202E raw
			`app.toml:2: invalid TOML: Key '"\u202e"' has already been defined.`},
		{"[runtime.env]\n\"\\xe9\" = 1\n", // printable: as it is
			`app.toml:2: runtime.env.é must be a string, got integer 1; quote it: "é" = "1"`},
	} {
		_, err := Parse("app.toml", []byte(tt.src))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q:\n got %v\nwant %s", tt.src, err, tt.want)
		}
	}
}

// TestSyntaxErrorAtEnd checks that an error at the end of a file of one
// line, without a newline, is on line 1 (the decoder says 0), and that
// the NUL the decoder's message holds is escaped.
func TestSyntaxErrorAtEnd(t *testing.T) {
	_, err := Parse("app.toml", []byte(`a = "x\`))
	const want = `app.toml:1: invalid TOML: invalid escape in string '\\x00'`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestEscapeUnprintable(t *testing.T) {
	for in, want := range map[string]string{
		"expected 'a', got 'é'": "expected 'a', got 'é'",
		"got '\x1b[2J'":         `got '\x1b[2J'`,
		"got '\u202e' or \xff":  `got '\u202e' or \xff`,
	} {
		if got := escapeUnprintable(in); got != want {
			t.Errorf("escapeUnprintable(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParse checks that Parse never panics, and that it returns either a
// spec with every key's lines, or problems that each name the file, point
// at a line in it (the line of their key, when they have one) and print
// no control character.
func FuzzParse(f *testing.F) {
	f.Add(fullFile)
	f.Add(rangeFile)
	f.Add("[labels]\na.b.c = 1\n[runtime]\nports = [0, \"x/y\", 1.5]\nuser = \"1:2:3\"\n")
	f.Add("[runtime.healthcheck]\nretries = 9223372036854775807\ninterval = \"-1ns\"\n")
	f.Add("[runtime.env]\n\"\\e\" = 1\n[\"\\u202e\"]\nx = 1\n[labels]\n\"\\xe9\" = \"${\\e}\"\n")
	f.Add("[go]\ntags = [\"a,b\"]\nenv = { A = 1 }\nstatc = true\n")
	f.Add(nestedTables(maxDepth + 1))
	f.Add("\"000\\") // an error at the end of a one-line file, which the decoder puts on line 0
	f.Fuzz(func(t *testing.T, src string) {
		var dst goTable
		s, err := Parse("app.toml", []byte(src), Table{Name: "go", Check: goCheck(&dst)})
		l := scan([]byte(src))
		var keys *decodedKeys
		decoded := false
		if l.err == nil { // past a limit, the decoder may run long
			keys, decoded = decodeKeys(src)
		}
		if err == nil {
			if s == nil {
				t.Fatal("Parse returned neither a spec nor an error")
			}
			for _, k := range keys.list {
				if s.Range(k.path) == (Range{}) {
					t.Errorf("Range(%q) is unknown", k.path)
				}
			}
			return
		}
		var list *Errors
		if !errors.As(err, &list) || len(*list) == 0 {
			t.Fatalf("error %v is not a non-empty *Errors", err)
		}
		lines := strings.Count(src, "\n") + 1
		for _, e := range *list {
			if e.File != "app.toml" || e.Line < 1 || e.Line > lines || !isPrintable(e.Msg) {
				t.Errorf("%q (file %q, line %d, key %q): want the file, a line within its %d and a printable message", e, e.File, e.Line, e.Key, lines)
			}
		}
		switch {
		case l.err != nil:
			if len(*list) != 1 || (*list)[0].Line != l.err.Line || (*list)[0].Msg != l.err.Msg {
				t.Errorf("errors %v, want the limit alone: %v", err, l.err)
			}
		case !decoded:
			if len(*list) != 1 || !strings.HasPrefix((*list)[0].Msg, "invalid TOML: ") {
				t.Errorf("errors %v, want the syntax error alone", err)
			}
		default:
			for _, e := range *list {
				if e.Key == "" {
					continue
				}
				r := l.ranges[e.Key]
				if e.Line != r.Start {
					t.Errorf("%q is about %q, whose range is %v", e, e.Key, r)
				}
				if k := keys.byPath[e.Key]; k != nil && k.sure {
					if msg := k.check(r); msg != "" {
						t.Errorf("%q is about %q: range %v %s", e, e.Key, r, msg)
					}
				}
			}
		}
	})
}

// TestParseMovedKeys checks that the Go preset's old top-level and [build]
// keys fail at their line with the [go] key that replaced them, whatever
// their value.
func TestParseMovedKeys(t *testing.T) {
	src := `# syntax=org/slimfront
static = false
[build]
version = "1.26"
flags = ["-race"]
ldflags = "-X main.v=1"
tags = "netgo"
[runtime]
tzdata = "embed"
`
	_, err := Parse("app.toml", []byte(src))
	var list *Errors
	if !errors.As(err, &list) {
		t.Fatalf("Parse error = %v, want *Errors", err)
	}
	want := []struct {
		line int
		key  string
		msg  string
	}{
		{2, "static", "static has moved to the [go] table: write [go] and then static = false"},
		{5, "build.flags", `build.flags has moved to the [go] table: write [go] and then flags = ["-race"]`},
		{6, "build.ldflags", `build.ldflags has moved to the [go] table: write [go] and then ldflags = "-X main.version=1.0"`},
		{7, "build.tags", `build.tags has moved to the [go] table: write [go] and then tags = ["netgo"]`},
		{9, "runtime.tzdata", `runtime.tzdata = "embed" has moved to the [go] table: write [go] and then embed_tzdata = true`},
	}
	if len(*list) != len(want) {
		t.Fatalf("errors:\n%s\nwant %d of them", err, len(want))
	}
	for i, w := range want {
		e := (*list)[i]
		if e.Line != w.line || e.Key != w.key || e.Msg != w.msg {
			t.Errorf("error %d = line %d, key %q, %q; want line %d, key %q, %q", i, e.Line, e.Key, e.Msg, w.line, w.key, w.msg)
		}
	}
}
