package spec

import (
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// rangeFile has a key of each shape the scanner must place.
const rangeFile = `# syntax=org/slimfront
language   = "go"   # a comment with [brackets] and = signs
entrypoint = "./cmd/server"

[build]
flags = [
  "-race",   # comment inside the array ]
  "-trimpath",
]
ldflags = """
-X main.version=1.0
-X main.commit=abc"""
env = { GOEXPERIMENT = "jsonv2", GOFLAGS = "-mod=mod" }

[ runtime ]
args = ['--port', "8080"]
ports = [
  8080,
  [9090],
]

[runtime.healthcheck]
cmd = ["/app/api", "-healthcheck"]

[runtime.env]
LOG_LEVEL = "info"
"QUOTED.NAME" = 'x # not a comment'

[labels]
"org.opencontainers.image.source" = "https://example.com/repo"
org.example.dotted = "x"
`

func TestRange(t *testing.T) {
	l := scan([]byte(rangeFile))
	tests := []struct {
		key  string
		want Range
	}{
		// Top-level keys.
		{"language", Range{2, 2}},
		{"entrypoint", Range{3, 3}},
		// Tables: header to last key, sub-tables included.
		{"build", Range{5, 13}},
		{"runtime", Range{15, 27}},
		{"runtime.healthcheck", Range{22, 23}},
		{"runtime.env", Range{25, 27}},
		{"labels", Range{29, 31}},
		// Table keys; multi-line arrays and strings span to their end.
		{"build.flags", Range{6, 9}},
		{"build.ldflags", Range{10, 12}},
		{"build.env", Range{13, 13}},
		{"runtime.args", Range{16, 16}},
		{"runtime.ports", Range{17, 20}},
		{"runtime.healthcheck.cmd", Range{23, 23}},
		// Keys in inline tables, quoted keys, dotted keys.
		{"build.env.GOFLAGS", Range{13, 13}},
		{"runtime.env.LOG_LEVEL", Range{26, 26}},
		{"runtime.env.QUOTED.NAME", Range{27, 27}},
		{"labels.org.opencontainers.image.source", Range{30, 30}},
		{"labels.org.example.dotted", Range{31, 31}},
		{"labels.org", Range{31, 31}}, // the quoted key on line 30 is no table "org"
		// Absent keys.
		{"name", Range{}},
		{"runtime.user", Range{}},
		{"build.flags.-race", Range{}},
	}
	for _, tt := range tests {
		if got := l.ranges[tt.key]; got != tt.want {
			t.Errorf("range of %q = %v, want %v", tt.key, got, tt.want)
		}
	}
	for _, h := range []string{"build", "runtime", "runtime.healthcheck", "runtime.env", "labels"} {
		if !l.headers[h] {
			t.Errorf("[%s] is not marked as a header", h)
		}
	}
	if l.headers["build.env"] {
		t.Errorf("build.env is marked as a header")
	}
}

func TestSpecRange(t *testing.T) {
	s, err := Parse("app.toml", []byte(fullFile))
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]Range{
		"entrypoint":              {4, 4},
		"build":                   {6, 8},
		"build.env":               {8, 8},
		"runtime":                 {10, 26},
		"runtime.healthcheck.cmd": {22, 22},
		"labels":                  {28, 29},
		"nonexistent":             {},
	} {
		if got := s.Range(key); got != want {
			t.Errorf("Range(%q) = %v, want %v", key, got, want)
		}
	}
	if got := Default("app.toml").Range("entrypoint"); got != (Range{}) {
		t.Errorf("Default: Range(entrypoint) = %v, want zero", got)
	}
}

func TestRangeEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		src  string
		key  string
		want Range
	}{
		{"CRLF", "name = \"a\"\r\n[runtime]\r\nargs = [\r\n  \"x\",\r\n]\r\n", "runtime.args", Range{3, 5}},
		{"byte order mark", "\uFEFFname = \"a\"\n", "name", Range{1, 1}},
		{"literal multi-line string", "a = '''\nx\n'''\nb = 1\n", "a", Range{1, 3}},
		{"quotes ending a multi-line string", "a = \"\"\"x\"\"\"\"\"\nb = 1\n", "b", Range{2, 2}},
		{"escaped quote", "a = \"x\\\"[\"\nb = 1\n", "b", Range{2, 2}},
		{"date-time with a space", "a = 1979-05-27 07:32:00Z\nb = 1\n", "b", Range{2, 2}},
		{"array of tables", "[[x]]\na = 1\n[[x]]\na = 2\n", "x.a", Range{2, 4}},
		{"multi-line inline table", "a = {\n  b = 1,\n}\n", "a.b", Range{2, 2}},
		{"blank lines after a table", "[runtime]\nuser = \"root\"\n\n\n# end\n", "runtime", Range{1, 2}},
		{"implicit table", "[runtime.healthcheck]\ncmd = []\n", "runtime", Range{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scan([]byte(tt.src)).ranges[tt.key]; got != tt.want {
				t.Errorf("range of %q = %v, want %v", tt.key, got, tt.want)
			}
		})
	}
}

// FuzzScan checks that the scanner never hangs or panics, and that it
// finds every key the TOML decoder finds, starting on the line where the
// decoder saw it.
func FuzzScan(f *testing.F) {
	for _, seed := range []string{rangeFile, fullFile, "a.b.c = 1\n", "a = [{b = 1}, {c = [2]}]\n", "'a.b' = \"\"\"\n\"\"\"\n"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		l := scan([]byte(src))
		var top map[string]toml.Primitive
		md, err := toml.Decode(src, &top)
		if err != nil {
			return
		}
		for _, k := range md.Keys() {
			path := strings.Join(k, ".")
			if r, ok := l.ranges[path]; !ok || r.Start < 1 || r.End < r.Start {
				t.Errorf("key %q: range %v, found %v", path, r, ok)
			}
		}
		if strings.Contains(src, `""`) || strings.Contains(src, "''") {
			return // an empty key moves its table's line in the decoder
		}
		for path, line := range decoderLines(&md, "", top) {
			if r := l.ranges[path]; r.Start != line {
				t.Errorf("key %q: scanner says %v, decoder line %d", path, r, line)
			}
		}
	})
}

// decoderLines returns the lines where BurntSushi/toml saw the keys of
// table, learned from the ParseError it returns when a value refuses to
// be decoded. Keys with dots are left out, as their paths are ambiguous.
func decoderLines(md *toml.MetaData, prefix string, table map[string]toml.Primitive) map[string]int {
	lines := map[string]int{}
	for name, prim := range table {
		if strings.Contains(name, ".") {
			continue
		}
		path := join(prefix, name)
		var perr toml.ParseError
		if errors.As(md.PrimitiveDecode(prim, refuse{}), &perr) && perr.Position.Line > 0 {
			lines[path] = perr.Position.Line
		}
		var sub map[string]toml.Primitive
		if md.PrimitiveDecode(prim, &sub) == nil {
			maps.Copy(lines, decoderLines(md, path, sub))
		}
	}
	return lines
}

// refuse is a toml.Unmarshaler that refuses every value.
type refuse struct{}

func (refuse) UnmarshalTOML(any) error { return errors.New("refused") }
