package spec

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The TOML decoder fills a map[string]any; decoder walks it against the
// schema, checking the type of every value and storing it in a Spec. It
// keeps going after a problem, so one Parse reports them all. Checks of
// the values themselves are in validate.go.

// field is one key the schema knows.
type field struct {
	name string
	kind kind
}

// kind decodes the value of one key into its place in a Spec.
type kind interface {
	// decode stores v, or reports that it has the wrong type. key is the
	// dotted path of the key, for messages.
	decode(d *decoder, key string, v any)
}

// schema returns the keys of app.toml v1, each bound to where its value
// is stored in s. The examples appear in messages about wrong types.
func schema(s *Spec) []field {
	return []field{
		{"language", text{&s.Language, `"go"`}},
		{"name", text{&s.Name, `"api"`}},
		{"entrypoint", text{&s.Entrypoint, `"./cmd/server"`}},
		{"static", moved{"go.static", "false"}},
		{"build", table{
			{"version", text{&s.Build.Version, `"1.26"`}},
			{"flags", moved{"go.flags", `["-race"]`}},
			{"ldflags", moved{"go.ldflags", `"-X main.version=1.0"`}},
			{"tags", moved{"go.tags", `["netgo"]`}},
			{"env", dict{&s.Build.Env, `{ GOEXPERIMENT = "jsonv2" }`}},
		}},
		{"runtime", table{
			{"base", text{&s.Runtime.Base, `"distroless"`}},
			{"user", text{&s.Runtime.User, `"nonroot"`}},
			{"args", list{&s.Runtime.Args, `["--port", "8080"]`}},
			{"env", dict{&s.Runtime.Env, `{ LOG_LEVEL = "info" }`}},
			{"ports", ports{&s.Runtime.Ports}},
			{"workdir", text{&s.Runtime.Workdir, `"/app"`}},
			{"files", list{&s.Runtime.Files, `["templates", "config/app.yaml"]`}},
			{"tzdata", text{&s.Runtime.Tzdata, `"files"`}},
			{"ca_certs", flag{&s.Runtime.CACerts}},
			{"healthcheck", probe{&s.Runtime.Healthcheck}},
		}},
		{"labels", dict{&s.Labels, `{ "org.opencontainers.image.source" = "https://example.com/repo" }`}},
		{"args", dict{&s.Args, `{ VERSION = "dev" }`}},
	}
}

// healthcheckSchema returns the keys of [runtime.healthcheck], bound to hc.
func healthcheckSchema(hc *Healthcheck) []field {
	return []field{
		{"cmd", list{&hc.Cmd, `["/app/api", "-healthcheck"]`}},
		{"interval", duration{&hc.Interval, `"30s"`}},
		{"timeout", duration{&hc.Timeout, `"5s"`}},
		{"start_period", duration{&hc.StartPeriod, `"5s"`}},
		{"retries", integer{&hc.Retries, "3"}},
	}
}

// decoder collects the problems found while decoding into spec.
type decoder struct {
	spec    *Spec
	headers map[string]bool // paths written as [table] headers
	errs    Errors
}

// errorf records a problem with key.
func (d *decoder) errorf(key, format string, args ...any) {
	d.errs = append(d.errs, d.spec.Errorf(key, format, args...))
}

// mismatch records that key holds got where want was expected.
func (d *decoder) mismatch(key, want, got string) {
	d.errorf(key, "%s must be %s, got %s", key, want, got)
}

// table decodes v, the table at prefix ("" for the whole file), into
// fields. It reports whether v was a table.
func (d *decoder) table(prefix string, v any, fields []field) bool {
	m, ok := v.(map[string]any)
	if !ok {
		d.mismatch(prefix, fmt.Sprintf("a table: a [%s] header followed by its keys", prefix), describe(v))
		return false
	}
	known := make(map[string]kind, len(fields))
	names := make([]string, 0, len(fields))
	for _, f := range fields {
		known[f.name] = f.kind
		if _, gone := f.kind.(moved); !gone {
			names = append(names, f.name) // a moved key is no longer one to suggest
		}
	}
	list := strings.Join(slices.Sorted(slices.Values(names)), ", ") // once, not for each unknown key
	for _, name := range slices.Sorted(maps.Keys(m)) {
		key := join(prefix, name)
		k, ok := known[name]
		if !ok {
			d.unknown(prefix, name, names, list)
			continue
		}
		k.decode(d, key, m[name])
	}
	return true
}

// unknown reports a key that table prefix does not have, suggesting the
// one of names the user probably meant, or else listing them all (list).
func (d *decoder) unknown(prefix, name string, names []string, list string) {
	key := join(prefix, name)
	show := strconv.Quote
	what := fmt.Sprintf("unknown key %q", name)
	if prefix != "" {
		what += fmt.Sprintf(" in [%s]", prefix)
	}
	if d.headers[key] {
		show = func(n string) string { return "[" + join(prefix, printable(n)) + "]" }
		what = "unknown table " + show(name)
	}
	if s := Suggest(name, names); s != "" {
		d.errorf(key, "%s — did you mean %s?", what, show(s))
		return
	}
	d.errorf(key, "%s; known keys here: %s", what, list)
}

// join appends name to the dotted path prefix.
func join(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

// text is a string.
type text struct {
	dst     *string
	example string
}

func (t text) decode(d *decoder, key string, v any) {
	s, ok := v.(string)
	if !ok {
		d.mismatch(key, "a string such as "+t.example, describe(v))
		return
	}
	*t.dst = s
}

// flag is a boolean.
type flag struct{ dst *bool }

func (f flag) decode(d *decoder, key string, v any) {
	b, ok := v.(bool)
	if !ok {
		d.mismatch(key, "a boolean (true or false)", describe(v))
		return
	}
	*f.dst = b
}

// integer is a whole number.
type integer struct {
	dst     *int
	example string
}

func (n integer) decode(d *decoder, key string, v any) {
	i, ok := v.(int64)
	if !ok || i < math.MinInt || i > math.MaxInt {
		d.mismatch(key, "a whole number such as "+n.example, describe(v))
		return
	}
	*n.dst = int(i)
}

// duration is a Go duration written as a string ("1m30s").
type duration struct {
	dst     *time.Duration
	example string
}

func (t duration) decode(d *decoder, key string, v any) {
	s, ok := v.(string)
	if !ok {
		d.mismatch(key, "a duration string such as "+t.example, describe(v))
		return
	}
	dur, err := time.ParseDuration(s)
	if err != nil {
		d.errorf(key, "%s: %q is not a duration; write a number with a unit, such as %s, \"1m30s\" or \"500ms\"", key, s, t.example)
		return
	}
	*t.dst = dur
}

// list is an array of strings.
type list struct {
	dst     *[]string
	example string
}

func (l list) decode(d *decoder, key string, v any) {
	want := "an array of strings such as " + l.example
	items, ok := v.([]any)
	if !ok {
		d.mismatch(key, want, describe(v))
		return
	}
	out := make([]string, 0, len(items))
	for _, item := range items {
		s, ok := item.(string)
		if !ok {
			d.mismatch(key, want, describe(item)+" in the array")
			return
		}
		out = append(out, s)
	}
	*l.dst = out
}

// dict is a table of strings: environment variables or labels.
type dict struct {
	dst     *map[string]string
	example string
}

func (t dict) decode(d *decoder, key string, v any) {
	m, ok := v.(map[string]any)
	if !ok {
		d.mismatch(key, "a table of strings such as "+t.example, describe(v))
		return
	}
	out := make(map[string]string, len(m))
	for _, name := range slices.Sorted(maps.Keys(m)) {
		show := join(key, printable(name))
		switch val := m[name].(type) {
		case string:
			out[name] = val
		case map[string]any:
			// `a.b = "x"` makes a table a holding b: the user meant the
			// dotted name, which needs quotes.
			dotted, leaf := dottedLeaf(name, val)
			d.errorf(join(key, name), "%s must be a string, got a table; to name a key with dots, quote it: %q = %s",
				show, dotted, tomlValue(leaf))
		default:
			msg := fmt.Sprintf("%s must be a string, got %s", show, describe(val))
			if quoted := tomlValue(val); quoted != "" {
				msg += fmt.Sprintf("; quote it: %s = %s", tomlKey(name), quoted)
			}
			d.errorf(join(key, name), "%s", msg)
		}
	}
	*t.dst = out
}

// dottedLeaf follows a table made of dotted keys down to its first value,
// returning the dotted name and the value.
func dottedLeaf(name string, v any) (string, any) {
	for {
		m, ok := v.(map[string]any)
		if !ok || len(m) == 0 {
			return name, v
		}
		first := slices.Min(slices.Collect(maps.Keys(m)))
		name, v = name+"."+first, m[first]
	}
}

// tomlKey writes name as a TOML key: bare when it can be.
func tomlKey(name string) string {
	if name != "" && strings.Trim(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") == "" {
		return name
	}
	return strconv.Quote(name)
}

// tomlValue writes a scalar TOML value as the string a user would quote,
// or returns "" for anything else.
func tomlValue(v any) string {
	switch v.(type) {
	case string, int64, float64, bool:
		return strconv.Quote(fmt.Sprint(v))
	}
	return ""
}

// ports is an array of port numbers or "N", "N/tcp", "N/udp" strings.
// Numbers are stored as strings; validate checks and normalizes them.
type ports struct{ dst *[]string }

func (p ports) decode(d *decoder, key string, v any) {
	const want = `an array of port numbers or strings such as [8080, "9090/udp"]`
	items, ok := v.([]any)
	if !ok {
		d.mismatch(key, want, describe(v))
		return
	}
	out := make([]string, 0, len(items))
	for _, item := range items {
		switch item := item.(type) {
		case int64:
			out = append(out, strconv.FormatInt(item, 10))
		case string:
			out = append(out, item)
		default:
			d.mismatch(key, want, describe(item)+" in the array")
			return
		}
	}
	*p.dst = out
}

// moved is a key that lives in a language table now: its old spelling is
// an error that names the new one.
type moved struct{ to, example string }

func (m moved) decode(d *decoder, key string, _ any) {
	table, name, _ := strings.Cut(m.to, ".")
	d.errorf(key, "%s has moved to the [%s] table: write [%s] and then %s = %s",
		key, table, table, name, m.example)
}

// addLanguage adds the table of a preset to the top-level fields. A
// language named as an old top-level key (static, the Go key moved to
// [go]) takes the table, while any other value keeps the old key's
// meaning and message.
func addLanguage(fields []field, name string) []field {
	for i, f := range fields {
		if f.name == name {
			fields[i].kind = tableOr{language{name}, f.kind}
			return fields
		}
	}
	return append(fields, field{name, language{name}})
}

// tableOr decodes a table as table and anything else as other.
type tableOr struct{ table, other kind }

func (t tableOr) decode(d *decoder, key string, v any) {
	if _, ok := v.(map[string]any); ok {
		t.table.decode(d, key, v)
		return
	}
	t.other.decode(d, key, v)
}

// language is a table a preset owns ([go], [node]): kept as decoded for
// the preset, which checks it with DecodeTable.
type language struct{ name string }

func (l language) decode(d *decoder, key string, v any) {
	m, ok := v.(map[string]any)
	if !ok {
		d.mismatch(key, fmt.Sprintf("a table: a [%s] header followed by its keys", key), describe(v))
		return
	}
	if d.spec.tables == nil {
		d.spec.tables = map[string]map[string]any{}
	}
	d.spec.tables[l.name] = m
}

// table is a table of known keys.
type table []field

func (t table) decode(d *decoder, key string, v any) { d.table(key, v, t) }

// probe is [runtime.healthcheck]: present means the image has one.
type probe struct{ dst **Healthcheck }

func (p probe) decode(d *decoder, key string, v any) {
	hc := new(Healthcheck)
	if d.table(key, v, healthcheckSchema(hc)) {
		*p.dst = hc
	}
}

// describe names the TOML type of a decoded value, with the value when it
// is short, for messages.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("string %q", v)
	case bool:
		return fmt.Sprintf("boolean %t", v)
	case int64:
		return fmt.Sprintf("integer %d", v)
	case float64:
		return fmt.Sprintf("float %v", v)
	case time.Time:
		return "a date-time"
	case []any:
		return "an array"
	case []map[string]any:
		return "an array of tables"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a %T", v)
}
