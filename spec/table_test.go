package spec

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// goTable is a language table like the Go preset's, for these tests.
type goTable struct {
	Static  bool
	Tags    []string
	Ldflags string
	Env     map[string]string
}

// goCheck decodes [go] into a goTable, and checks its tags as a preset
// checks its values.
func goCheck(dst *goTable) func(s *Spec) error {
	return func(s *Spec) error {
		*dst = goTable{Static: true}
		if err := s.DecodeTable("go", []Field{
			{Name: "static", Kind: Bool(&dst.Static)},
			{Name: "tags", Kind: Strings(&dst.Tags, `["netgo"]`)},
			{Name: "ldflags", Kind: String(&dst.Ldflags, `"-X main.v=1"`)},
			{Name: "env", Kind: Map(&dst.Env, `{ A = "1" }`)},
		}); err != nil {
			return err
		}
		p := s.Problems()
		for _, tag := range dst.Tags {
			p.Check("go.tags", !strings.Contains(tag, ","), "go.tags: %q is not a build tag", tag)
		}
		return p.Err()
	}
}

func TestDecodeTable(t *testing.T) {
	var got goTable
	src := "language = \"go\"\n[go]\nstatic = false\ntags = [\"netgo\", \"osusergo\"]\nldflags = \"-X main.v=1\"\nenv = { A = \"1\" }\n"
	s, err := Parse("app.toml", []byte(src), Table{Name: "go", Check: goCheck(&got)})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := goTable{Tags: []string{"netgo", "osusergo"}, Ldflags: "-X main.v=1", Env: map[string]string{"A": "1"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Check decoded %+v, want %+v", got, want)
	}
	if !s.HasTable("go") || s.HasTable("node") {
		t.Errorf("HasTable(go) = %v, HasTable(node) = %v; want true, false", s.HasTable("go"), s.HasTable("node"))
	}
	// A preset decodes its table again when it plans.
	var again goTable
	if err := goCheck(&again)(s); err != nil || !reflect.DeepEqual(again, want) {
		t.Errorf("DecodeTable again = %+v, %v; want %+v", again, err, want)
	}
	if r := s.Range("go.tags"); r != (Range{4, 4}) {
		t.Errorf("Range(go.tags) = %v, want line 4", r)
	}
}

func TestDecodeTableAbsent(t *testing.T) {
	called := false
	check := func(*Spec) error { called = true; return nil }
	s, err := Parse("app.toml", []byte("name = \"api\"\n"), Table{Name: "go", Check: check})
	if err != nil {
		t.Fatal(err)
	}
	if called {
		t.Errorf("Parse called the Check of a table the file does not have")
	}
	var dst goTable
	if err := goCheck(&dst)(s); err != nil || !dst.Static || dst.Tags != nil {
		t.Errorf("DecodeTable of an absent table: %+v, %v; want the defaults and no error", dst, err)
	}
	if got := s.Tables(); len(got) != 0 {
		t.Errorf("Tables() = %v, want none", got)
	}
}

func TestTablesSorted(t *testing.T) {
	tables := []Table{{Name: "node"}, {Name: "go"}}
	s, err := Parse("app.toml", []byte("[node]\nbuild = \"x\"\n[go]\nstatic = true\n"), tables...)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Tables(); !reflect.DeepEqual(got, []string{"go", "node"}) {
		t.Errorf("Tables() = %v, want [go node]", got)
	}
}

// A language table's problems come with the rest of the file's, sorted by
// line, each at its own line.
func TestDecodeTableErrors(t *testing.T) {
	var dst goTable
	src := `name = "my api"
[go]
statc = false
tags = ["netgo,osusergo"]
ldflags = 1
env = { A = 1 }
compiler = "gc"
[runtime]
user = "nobody"
`
	_, err := Parse("app.toml", []byte(src), Table{Name: "go", Check: goCheck(&dst)})
	if err == nil {
		t.Fatal("Parse succeeded")
	}
	want := []string{
		`app.toml:1: name "my api" must be usable as a file name: a letter or digit, then letters, digits, '.', '_' or '-'`,
		`app.toml:3: unknown key "statc" in [go] — did you mean "static"?`,
		`app.toml:5: go.ldflags must be a string such as "-X main.v=1", got integer 1`,
		`app.toml:6: go.env.A must be a string, got integer 1; quote it: A = "1"`,
		`app.toml:7: unknown key "compiler" in [go]; known keys here: env, ldflags, static, tags`,
		`app.toml:9: runtime.user must be "nonroot", "root", a uid such as "1000" or "uid:gid" such as "1000:1000", got "nobody" (the image has no user names to look up)`,
	}
	if got := strings.Split(err.Error(), "\n"); !reflect.DeepEqual(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", err, strings.Join(want, "\n"))
	}

	// Type errors stop the preset's value checks; with the types right,
	// they run and name their key's line.
	_, err = Parse("app.toml", []byte("[go]\n\ntags = [\"netgo,osusergo\"]\n"), Table{Name: "go", Check: goCheck(&dst)})
	if want := `app.toml:3: go.tags: "netgo,osusergo" is not a build tag`; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
}

func TestLanguageTableErrors(t *testing.T) {
	tests := []struct {
		name, src string
		tables    []Table
		want      string
	}{
		{"a table no preset owns", "[go]\nstatic = true\n", nil,
			`app.toml:1: unknown table [go]; known keys here: `},
		{"a misspelt table", "[nod]\nbuild = \"x\"\n", []Table{{Name: "go"}, {Name: "node"}},
			`app.toml:1: unknown table [nod] — did you mean [node]?`},
		{"a value, not a table", "go = 1\n", []Table{{Name: "go"}},
			`app.toml:1: go must be a table: a [go] header followed by its keys, got integer 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("app.toml", []byte(tt.src), tt.tables...)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestProblems(t *testing.T) {
	s, err := Parse("app.toml", []byte("name = \"api\"\n\nentrypoint = \"x\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := s.Problems()
	if p.Err() != nil {
		t.Errorf("Err() of no problems = %v, want nil", p.Err())
	}
	p.Add(nil)
	p.Check("name", true, "not recorded")
	if p.Err() != nil {
		t.Errorf("nil and passing checks recorded %v", p.Err())
	}
	p.Errorf("entrypoint", "third %d", 3)
	p.Add(s.Errorf("name", "second"))
	p.Add(&Errors{s.Errorf("entrypoint", "fourth")})
	p.Add(fmt.Errorf("first, of no key"))
	p.Check("build.version", false, "absent key, no line")
	err = p.Err()
	want := "app.toml: first, of no key\napp.toml: absent key, no line\napp.toml:1: second\napp.toml:3: third 3\napp.toml:3: fourth"
	if err == nil || err.Error() != want {
		t.Errorf("Err() =\n%v\nwant\n%s", err, want)
	}
	var one *Error
	if !errors.As(err, &one) {
		t.Errorf("errors.As found no *Error in %T", err)
	}
}

func TestQuote(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"go"}, `"go"`},
		{[]string{"go", "node"}, `"go" or "node"`},
		{[]string{"a", "b", "c"}, `"a", "b" or "c"`},
	} {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
