package spec

import (
	"errors"
	"fmt"
	"maps"
	"slices"
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

// FuzzScan checks that the scanner never hangs or panics, and that on a
// file the TOML decoder accepts, it finds every key the decoder finds, at
// the decoder's line, spanning until the next key, and invents none.
func FuzzScan(f *testing.F) {
	for _, seed := range []string{
		rangeFile, fullFile, "a.b.c = 1\n", "a = [{b = 1}, {c = [2]}]\n", "'a.b' = \"\"\"\n\"\"\"\n",
		"[runtime.env]\n\"\\e\" = 1", // TOML 1.1 escapes, which strconv.Unquote refuses
		"[labels]\n\"\\xe9t\\u00e9\" = 1\n\"a.b\".c = 2\n",
		"[[x]]\na = 1\n[[x]]\na = \"\"\"\nb\n\"\"\"\n[t]\n\"\" = ''\n",
		"a = {b = \"\"\"\nx\"\"\", c = [\n1,\n], d = 1979-05-27 07:32:00Z}\ne = 1\n",
		"\xff\xfe0=0", // a UTF-16 byte order mark, which the decoder skips
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		l := scan([]byte(src))
		if l.err != nil {
			return // over a limit, which keeps the decoder from running long
		}
		if keys, ok := decodeKeys(src); ok {
			checkLayout(t, src, l, keys)
		}
	})
}

// checkLayout checks the layout scan found in src against keys, what the
// TOML decoder found.
func checkLayout(t *testing.T, src string, l layout, keys *decodedKeys) {
	t.Helper()
	lines := strings.Count(src, "\n") + 1
	var prev *decodedKey // the last leaf, whose value ends before the next key
	for _, k := range keys.list {
		r, ok := l.ranges[k.path]
		if !ok || r.Start < 1 || r.End < r.Start || r.End > lines {
			t.Errorf("key %q: range %v, found %v; want lines within the file's %d", k.path, r, ok, lines)
			continue
		}
		if !k.sure {
			continue
		}
		if msg := k.check(r); msg != "" {
			t.Errorf("key %q: range %v %s", k.path, r, msg)
		}
		if k.table {
			continue
		}
		if k.scalar && r.End != r.Start {
			t.Errorf("key %q: range %v; a number, boolean or date-time is on one line", k.path, r)
		}
		if prev != nil && l.ranges[prev.path].End > r.Start {
			t.Errorf("key %q: range %v, which starts before %q ends: %v", k.path, r, prev.path, l.ranges[prev.path])
		}
		prev = k
	}
	for path := range l.ranges {
		if !keys.paths[path] {
			t.Errorf("scan found a key %q the decoder does not have", path)
		}
	}
	for path := range l.headers {
		if !keys.paths[path] {
			t.Errorf("scan found a header [%s] the decoder does not have", path)
		}
	}
}

// decodedKeys is what the TOML decoder finds in a file.
type decodedKeys struct {
	// list has each key the decoder reports once, in the file's order.
	list []*decodedKey
	// byPath holds the keys of list by path.
	byPath map[string]*decodedKey
	// paths holds the paths of every key and of the tables they are in.
	paths map[string]bool
}

// decodedKey is a key the TOML decoder found, with the line it says.
type decodedKey struct {
	path string // as scan joins it
	line int    // 0 when the decoder does not say
	// sure says whether the key's path names no other key, it appears
	// once (not in an array of tables), and the decoder's line is right
	// (an empty key "" in a table moves the table's line to its own).
	sure   bool
	table  bool // a table, or an array holding tables
	str    bool // a string: at the top of a table, its line is its last
	scalar bool // a number, boolean or date-time
}

// check returns what is wrong with r, the range scan found for k, given
// the line where the decoder saw k.
func (k *decodedKey) check(r Range) string {
	switch {
	case k.line == 0:
	case k.table && (k.line < r.Start || k.line > r.End):
		return fmt.Sprintf("does not hold the table's line %d", k.line)
	case k.str && k.line != r.Start && k.line != r.End:
		return fmt.Sprintf("neither starts nor ends on the string's line %d", k.line)
	case !k.table && !k.str && k.line != r.Start:
		return fmt.Sprintf("does not start on the key's line %d", k.line)
	}
	return ""
}

// decodeKeys decodes src with BurntSushi/toml and returns the keys it
// finds, or false when it refuses src.
func decodeKeys(src string) (*decodedKeys, bool) {
	var top map[string]toml.Primitive
	md, err := toml.Decode(src, &top)
	if err != nil {
		return nil, false
	}
	ids := map[string]map[string]bool{} // path → the keys (by toml.Key.String) it names
	seen := map[string]int{}            // how often each key appears
	under := map[string]bool{}          // the keys that have keys under them
	moved := map[string]bool{}          // the tables that hold an empty key
	keys := &decodedKeys{byPath: map[string]*decodedKey{}, paths: map[string]bool{}}
	for _, k := range md.Keys() {
		seen[k.String()]++
		for i := 1; i <= len(k); i++ {
			path := strings.Join(k[:i], ".")
			if ids[path] == nil {
				ids[path] = map[string]bool{}
			}
			ids[path][k[:i].String()] = true
			keys.paths[path] = true
		}
		if len(k) > 1 {
			under[k[:len(k)-1].String()] = true
			if k[len(k)-1] == "" {
				moved[k[:len(k)-1].String()] = true
			}
		}
	}
	lines := decoderLines(&md, nil, top)
	for _, k := range md.Keys() {
		path, id := strings.Join(k, "."), k.String()
		if keys.byPath[path] != nil {
			continue
		}
		typ := md.Type(k...)
		dk := &decodedKey{
			path:   path,
			line:   lines[id],
			sure:   len(ids[path]) == 1 && seen[id] == 1 && !moved[id],
			table:  under[id] || typ == "Hash" || typ == "ArrayHash",
			str:    typ == "String",
			scalar: slices.Contains([]string{"Integer", "Float", "Bool", "Datetime", "DatetimeLocal", "DateLocal", "TimeLocal"}, typ),
		}
		keys.list = append(keys.list, dk)
		keys.byPath[path] = dk
	}
	return keys, true
}

// decoderLines returns the lines where BurntSushi/toml saw the keys of
// table, by toml.Key.String, learned from the ParseError it returns when
// a value refuses to be decoded.
func decoderLines(md *toml.MetaData, prefix toml.Key, table map[string]toml.Primitive) map[string]int {
	lines := map[string]int{}
	for name, prim := range table {
		key := append(slices.Clip(prefix), name)
		var perr toml.ParseError
		if errors.As(md.PrimitiveDecode(prim, refuse{}), &perr) && perr.Position.Line > 0 {
			lines[key.String()] = perr.Position.Line
		}
		var sub map[string]toml.Primitive
		if md.PrimitiveDecode(prim, &sub) == nil {
			maps.Copy(lines, decoderLines(md, key, sub))
		}
	}
	return lines
}

// refuse is a toml.Unmarshaler that refuses every value.
type refuse struct{}

func (refuse) UnmarshalTOML(any) error { return errors.New("refused") }

// TestRangeEscapes checks quoted keys with each escape TOML 1.1 has, \e
// and \xHH included, and files starting with a byte order mark.
func TestRangeEscapes(t *testing.T) {
	tests := []struct {
		src, key string
		want     Range
	}{
		{"[runtime.env]\n\"\\e\" = 1\n", "runtime.env.\x1b", Range{2, 2}},
		{"a = 1\n\"\\xe9t\\u00e9\" = 1\n", "été", Range{2, 2}},
		{"a = 1\n\"\\U0001F600\\b\\t\\n\\f\\r\\\"\\\\\" = 1\n", "😀\b\t\n\f\r\"\\", Range{2, 2}},
		{"a = 1\n'\\e' = 1\n", `\e`, Range{2, 2}}, // a literal string has no escapes
		{"a = 1\n\"a.b\".\"\\x2e\" = 1\n", "a.b..", Range{2, 2}},
		{"\xff\xfea = 1\n", "a", Range{1, 1}},
		{"\xfe\xffa = 1\n", "a", Range{1, 1}},
	}
	for _, tt := range tests {
		if got := scan([]byte(tt.src)).ranges[tt.key]; got != tt.want {
			t.Errorf("%q: range of %q = %v, want %v", tt.src, tt.key, got, tt.want)
		}
	}
}
