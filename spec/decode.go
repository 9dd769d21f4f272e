package spec

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/distribution/reference"
)

// field is one known key: how to decode it into the Spec.
type field struct {
	set   func(d *decoder, key string, v any)
	table map[string]field // for sub-tables
}

// schema is app.toml v1. Each setter validates its value and reports
// problems through the decoder, so all are found in one pass.
var schema map[string]field

func init() {
	schema = map[string]field{
		"language": {set: func(d *decoder, k string, v any) {
			if s, ok := d.str(k, v); ok {
				if !regexp.MustCompile(`^[a-z][a-z0-9]*$`).MatchString(s) {
					d.errorf(k, "language must be a lowercase word such as \"go\", got %q", s)
				}
				d.s.Language = s
			}
		}},
		"name": {set: func(d *decoder, k string, v any) {
			if s, ok := d.str(k, v); ok {
				if !regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`).MatchString(s) {
					d.errorf(k, "name %q must be a file name: letters, digits, '.', '_' or '-'", s)
				}
				d.s.Name = s
			}
		}},
		"entrypoint": {set: func(d *decoder, k string, v any) {
			if s, ok := d.str(k, v); ok {
				d.s.Entrypoint = d.contextPath(k, s, "./cmd/server")
			}
		}},
		"static": {set: func(d *decoder, k string, v any) { d.boolean(k, v, &d.s.Static) }},
		"build": {table: map[string]field{
			"version": {set: func(d *decoder, k string, v any) {
				if s, ok := d.str(k, v); ok {
					if !regexp.MustCompile(`^[0-9]+(\.[0-9]+){0,2}$`).MatchString(s) {
						d.errorf(k, "version must look like \"1.26\" or \"1.26.8\", got %q", s)
					}
					d.s.Build.Version = s
				}
			}},
			"flags":   {set: func(d *decoder, k string, v any) { d.s.Build.Flags = d.strings(k, v) }},
			"ldflags": {set: func(d *decoder, k string, v any) { d.s.Build.Ldflags, _ = d.str(k, v) }},
			"tags":    {set: func(d *decoder, k string, v any) { d.s.Build.Tags = d.strings(k, v) }},
			"env":     {set: func(d *decoder, k string, v any) { d.s.Build.Env = d.env(k, v) }},
		}},
		"runtime": {table: map[string]field{
			"base": {set: func(d *decoder, k string, v any) {
				if s, ok := d.str(k, v); ok {
					if s != "scratch" && s != "distroless" {
						if _, err := reference.ParseNormalizedNamed(s); err != nil {
							d.errorf(k, "base must be \"scratch\", \"distroless\" or an image reference such as \"gcr.io/distroless/base-debian13:nonroot\"; %q is none: %v", s, err)
						}
					}
					d.s.Runtime.Base = s
				}
			}},
			"user": {set: func(d *decoder, k string, v any) {
				if s, ok := d.str(k, v); ok {
					d.s.Runtime.User = d.user(k, s)
				}
			}},
			"args": {set: func(d *decoder, k string, v any) { d.s.Runtime.Args = d.strings(k, v) }},
			"env":  {set: func(d *decoder, k string, v any) { d.s.Runtime.Env = d.env(k, v) }},
			"ports": {set: func(d *decoder, k string, v any) {
				d.s.Runtime.Ports = d.ports(k, v)
			}},
			"workdir": {set: func(d *decoder, k string, v any) {
				if s, ok := d.str(k, v); ok {
					if !path.IsAbs(s) {
						d.errorf(k, "workdir must be an absolute path such as \"/app\", got %q", s)
					}
					d.s.Runtime.Workdir = path.Clean(s)
				}
			}},
			"files": {set: func(d *decoder, k string, v any) {
				for _, f := range d.strings(k, v) {
					d.s.Runtime.Files = append(d.s.Runtime.Files, d.contextPath(k, f, "templates"))
				}
			}},
			"tzdata": {set: func(d *decoder, k string, v any) {
				if s, ok := d.str(k, v); ok {
					if s != "files" && s != "embed" && s != "none" {
						d.errorf(k, "tzdata must be \"files\" (zoneinfo in the image), \"embed\" (in the binary) or \"none\", got %q", s)
					}
					d.s.Runtime.Tzdata = s
				}
			}},
			"ca_certs": {set: func(d *decoder, k string, v any) { d.boolean(k, v, &d.s.Runtime.CACerts) }},
			"healthcheck": {table: map[string]field{
				"cmd": {set: func(d *decoder, k string, v any) {
					d.hc().Cmd = d.strings(k, v)
					if len(d.hc().Cmd) == 0 {
						d.errorf(k, "healthcheck cmd must not be empty; e.g. cmd = [\"/app/server\", \"-healthcheck\"]")
					}
				}},
				"interval":     {set: func(d *decoder, k string, v any) { d.hc().Interval = d.duration(k, v) }},
				"timeout":      {set: func(d *decoder, k string, v any) { d.hc().Timeout = d.duration(k, v) }},
				"start_period": {set: func(d *decoder, k string, v any) { d.hc().StartPeriod = d.duration(k, v) }},
				"retries": {set: func(d *decoder, k string, v any) {
					n, ok := v.(int64)
					if !ok || n < 0 {
						d.errorf(k, "retries must be a whole number ≥ 0, got %s", describe(v))
						return
					}
					d.hc().Retries = int(n)
				}},
			}},
		}},
		"labels": {set: func(d *decoder, k string, v any) {
			m, ok := v.(map[string]any)
			if !ok {
				d.errorf(k, "[labels] must be a table of strings, got %s", describe(v))
				return
			}
			d.s.Labels = map[string]string{}
			for lk, lv := range m {
				s, ok := lv.(string)
				if !ok {
					d.errorf(k+"."+lk, "label %q must be a string, got %s", lk, describe(lv))
					continue
				}
				d.s.Labels[lk] = s
			}
		}},
	}
}

// decoder walks the decoded TOML against the schema.
type decoder struct {
	s    *Spec
	errs Errors
}

func (d *decoder) errorf(key, format string, args ...any) {
	d.errs = append(d.errs, d.s.Errorf(key, format, args...))
}

// table decodes one level, reporting unknown keys with a suggestion.
func (d *decoder) table(prefix string, raw map[string]any, fields map[string]field) {
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic order of setters and errors
	known := make([]string, 0, len(fields))
	for k := range fields {
		known = append(known, k)
	}
	sort.Strings(known)
	for _, k := range keys {
		full := k
		if prefix != "" {
			full = prefix + "." + k
		}
		f, ok := fields[k]
		if !ok {
			d.unknown(full, k, raw[k], known)
			continue
		}
		if f.table != nil {
			sub, ok := raw[k].(map[string]any)
			if !ok {
				d.errorf(full, "%s must be a table ([%s]), got %s", full, full, describe(raw[k]))
				continue
			}
			d.table(full, sub, f.table)
			continue
		}
		f.set(d, full, raw[k])
	}
}

func (d *decoder) unknown(full, k string, v any, known []string) {
	_, isTable := v.(map[string]any)
	what, show := "key", func(s string) string { return strconv.Quote(s) }
	if isTable {
		what, show = "table", func(s string) string { return "[" + s + "]" }
	}
	prefix := strings.TrimSuffix(full, k)
	msg := fmt.Sprintf("unknown %s %s", what, show(full))
	if s := Suggest(k, known); s != "" {
		msg += fmt.Sprintf(" — did you mean %s?", show(prefix+s))
	} else {
		msg += fmt.Sprintf("; known here: %s", strings.Join(known, ", "))
	}
	d.errorf(full, "%s", msg)
}

func (d *decoder) hc() *Healthcheck {
	if d.s.Runtime.Healthcheck == nil {
		d.s.Runtime.Healthcheck = &Healthcheck{}
	}
	return d.s.Runtime.Healthcheck
}

func (d *decoder) str(k string, v any) (string, bool) {
	s, ok := v.(string)
	if !ok {
		d.errorf(k, "%s must be a string, got %s", k, describe(v))
	}
	return s, ok
}

func (d *decoder) boolean(k string, v any, dst *bool) {
	b, ok := v.(bool)
	if !ok {
		d.errorf(k, "%s must be a boolean (true or false), got %s", k, describe(v))
		return
	}
	*dst = b
}

func (d *decoder) strings(k string, v any) []string {
	list, ok := v.([]any)
	if !ok {
		d.errorf(k, "%s must be an array of strings such as [\"a\", \"b\"], got %s", k, describe(v))
		return nil
	}
	out := make([]string, 0, len(list))
	for _, e := range list {
		s, ok := e.(string)
		if !ok {
			d.errorf(k, "%s must hold only strings, got %s", k, describe(e))
			continue
		}
		out = append(out, s)
	}
	return out
}

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func (d *decoder) env(k string, v any) map[string]string {
	m, ok := v.(map[string]any)
	if !ok {
		d.errorf(k, "%s must be a table of strings such as { LOG_LEVEL = \"info\" }, got %s", k, describe(v))
		return nil
	}
	out := map[string]string{}
	for name, val := range m {
		if !envName.MatchString(name) {
			d.errorf(k, "%s: %q is not a valid variable name (letters, digits, _; not starting with a digit)", k, name)
		}
		s, ok := val.(string)
		if !ok {
			d.errorf(k, "%s.%s must be a string, got %s", k, name, describe(val))
			continue
		}
		out[name] = s
	}
	return out
}

// contextPath checks that p stays inside the build context and cleans it.
func (d *decoder) contextPath(k, p, example string) string {
	clean := path.Clean(p)
	switch {
	case p == "":
		d.errorf(k, "%s must not be empty; use \".\" for the context root", k)
	case path.IsAbs(p):
		d.errorf(k, "%s %q is absolute; use a path inside the build context such as %q", k, p, "./"+example)
	case clean == ".." || strings.HasPrefix(clean, "../"):
		d.errorf(k, "%s %q leaves the build context; use a path inside it such as %q", k, p, "./"+example)
	}
	return clean
}

var userRe = regexp.MustCompile(`^([0-9]+)(?::([0-9]+))?$`)

func (d *decoder) user(k, s string) string {
	switch s {
	case "nonroot":
		return "65532:65532"
	case "root":
		return "0:0"
	}
	m := userRe.FindStringSubmatch(s)
	if m == nil {
		d.errorf(k, "user must be \"nonroot\", \"root\", \"uid\" or \"uid:gid\" (numbers; a scratch image has no user names), got %q", s)
		return s
	}
	gid := m[2]
	if gid == "" {
		gid = m[1]
	}
	return m[1] + ":" + gid
}

func (d *decoder) ports(k string, v any) []string {
	list, ok := v.([]any)
	if !ok {
		d.errorf(k, "ports must be an array such as [8080, \"9090/udp\"], got %s", describe(v))
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, e := range list {
		var num, proto string
		switch p := e.(type) {
		case int64:
			num, proto = strconv.FormatInt(p, 10), "tcp"
		case string:
			var found bool
			num, proto, found = strings.Cut(p, "/")
			if !found {
				proto = "tcp"
			}
		default:
			d.errorf(k, "ports must hold numbers or strings like \"9090/udp\", got %s", describe(e))
			continue
		}
		n, err := strconv.Atoi(num)
		if err != nil || n < 1 || n > 65535 || (proto != "tcp" && proto != "udp") {
			d.errorf(k, "port %v is not valid: use 1–65535, optionally with /tcp or /udp", e)
			continue
		}
		p := strconv.Itoa(n) + "/" + proto
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

func (d *decoder) duration(k string, v any) time.Duration {
	s, ok := d.str(k, v)
	if !ok {
		return 0
	}
	t, err := time.ParseDuration(s)
	if err != nil || t < 0 {
		d.errorf(k, "%s must be a duration such as \"30s\" or \"1m\", got %q", k, s)
		return 0
	}
	return t
}

// describe names a decoded TOML value's type for messages.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("string %q", x)
	case bool:
		return fmt.Sprintf("boolean %v", x)
	case int64:
		return fmt.Sprintf("integer %d", x)
	case float64:
		return fmt.Sprintf("float %v", x)
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	case time.Time:
		return "a date"
	}
	return fmt.Sprintf("%T", v)
}
