package spec

import (
	"cmp"
	"fmt"
	"maps"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/distribution/reference"
)

// validate checks the values the decoder stored (defaults included, which
// pass) and normalizes them: clean paths, "uid:gid" users, "N/proto"
// ports.
func (d *decoder) validate() {
	s := d.spec
	d.checkArgs()
	d.checkLanguage(s.Language)
	d.check("name", s.Name == "" || appName.MatchString(s.Name),
		"name %q must be usable as a file name: a letter or digit, then letters, digits, '.', '_' or '-'", s.Name)
	d.check("name", len(s.Name) <= maxNameLen, "name is %d bytes long; keep it to %d", len(s.Name), maxNameLen)
	if s.Range("entrypoint") != (Range{}) {
		s.Entrypoint = d.contextPath("entrypoint", s.Entrypoint, "./cmd/server")
	}

	d.check("build.version", s.Build.Version == "" || toolchainVersion.MatchString(s.Build.Version),
		"build.version must be a version such as \"1.26\" or \"1.26.8\", got %q", s.Build.Version)
	d.checkEnv("build.env", s.Build.Env)
	d.oneLine("build.env", s.Build.Env)

	rt := &s.Runtime
	d.checkBase(rt.Base)
	rt.User = d.user(rt.User)
	d.checkEnv("runtime.env", rt.Env)
	d.oneLine("runtime.env", rt.Env)
	rt.Ports = d.ports(rt.Ports)
	switch {
	case !path.IsAbs(rt.Workdir):
		d.errorf("runtime.workdir", "runtime.workdir must be an absolute path such as \"/app\", got %q", rt.Workdir)
	case HasControl(rt.Workdir) || strings.ContainsAny(rt.Workdir, notLiteral):
		d.errorf("runtime.workdir", "runtime.workdir %q holds a control character or one of %s, which a Dockerfile's WORKDIR would read as markup; use a plain path such as \"/app\"", rt.Workdir, notLiteralText)
	}
	rt.Workdir = path.Clean(rt.Workdir)
	for i, f := range rt.Files {
		rt.Files[i] = d.contextPath("runtime.files", f, "config/app.yaml")
		d.checkFile(rt.Files[i])
	}
	if rt.Tzdata == "embed" {
		d.errorf("runtime.tzdata", "runtime.tzdata = \"embed\" has moved to the [go] table: write [go] and then embed_tzdata = true")
	} else {
		d.checkEnum("runtime.tzdata", rt.Tzdata, tzdataModes)
	}
	if rt.Healthcheck != nil {
		d.checkHealthcheck(rt.Healthcheck)
		d.checkArgv("runtime.healthcheck.cmd", rt.Healthcheck.Cmd)
	}
	d.checkArgv("runtime.args", rt.Args)
	for name := range s.Labels {
		d.check(join("labels", name), name != "", "labels: a label name must not be empty")
		d.check(join("labels", name), !HasControl(name), "labels: the label name %s holds a control character; write it on one line", printable(name))
		// LABEL (and docker's --label and label filters) end the name at
		// its first "=".
		d.check(join("labels", name), !strings.Contains(name, "="), "labels: the label name %s holds \"=\", which a Dockerfile LABEL or docker --label reads as the end of the name; rename it", printable(name))
	}
	d.oneLine("labels", s.Labels)
}

// maxNameLen bounds name, which names a binary, a file and the image.
const maxNameLen = 128

// notLiteral are the characters an ejected COPY or WORKDIR would expand
// ($VAR, \ escapes) or match as a pattern (* ? [), where the frontend
// takes the path literally; no runtime path may hold them.
const notLiteral = "$\\*?["

// notLiteralText names notLiteral in messages.
const notLiteralText = "$, \\, *, ? or ["

// checkArgv checks a command line: an argument passed to exec cannot hold
// NUL, which would cut it short.
func (d *decoder) checkArgv(key string, argv []string) {
	for _, a := range argv {
		d.check(key, !strings.ContainsRune(a, 0), "%s: the argument %s holds a NUL byte, which no argument can", key, strconv.Quote(a))
	}
}

// checkFile checks one runtime.files entry, already cleaned.
func (d *decoder) checkFile(f string) {
	const key = "runtime.files"
	switch {
	case f == ".":
		d.errorf(key, "runtime.files = [\".\"] would copy the whole build context into the image, sources, tests and any secret in it included; list the files and directories the app reads at run time, such as [\"config\", \"templates\"]")
	case strings.ContainsAny(f, notLiteral):
		d.errorf(key, "runtime.files: %q holds one of %s, which an ejected Dockerfile would read as a pattern or a variable while the build copies the path as written; rename it, or copy its directory", f, notLiteralText)
	}
}

// oneLine checks that the values of the table key are one line each:
// an image's environment and labels, a build's environment. A Dockerfile
// cannot write a line break in them, and no header should carry one.
func (d *decoder) oneLine(key string, m map[string]string) {
	for _, name := range slices.Sorted(maps.Keys(m)) {
		d.check(join(key, name), !HasControl(m[name]),
			"%s: the value %s holds a control character (a line break, tab or NUL); write it on one line", join(key, printable(name)), strconv.Quote(m[name]))
	}
}

// check records a problem with key unless ok.
func (d *decoder) check(key string, ok bool, format string, args ...any) {
	if !ok {
		d.errorf(key, format, args...)
	}
}

var (
	// lowerWord is a language name; presets decide which exist.
	lowerWord = regexp.MustCompile(`^[a-z][a-z0-9]*$`)
	// appName is a name usable for a binary and an image title.
	appName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)
	// toolchainVersion is a version; it may end up in an image tag.
	toolchainVersion = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)
	// envName is an environment variable name.
	envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// tzdataModes are the values of runtime.tzdata.
var tzdataModes = []string{"files", "none"}

func (d *decoder) checkLanguage(lang string) {
	if lang == "" || lowerWord.MatchString(lang) {
		return
	}
	msg := fmt.Sprintf("language must be a lowercase word such as \"go\", got %q", lang)
	if lower := strings.ToLower(lang); lowerWord.MatchString(lower) {
		msg += fmt.Sprintf(" — did you mean %q?", lower)
	}
	d.errorf("language", "%s", msg)
}

// checkEnum checks that key holds one of values.
func (d *decoder) checkEnum(key, v string, values []string) {
	if slices.Contains(values, v) {
		return
	}
	msg := fmt.Sprintf("%s must be one of %s, got %q", key, quoteAll(values), v)
	if s := Suggest(v, values); s != "" {
		msg += fmt.Sprintf(" — did you mean %q?", s)
	}
	d.errorf(key, "%s", msg)
}

// quoteAll writes values as `"a", "b" or "c"`.
func quoteAll(values []string) string {
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = strconv.Quote(v)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// contextPath checks that p, the value of key, is a relative path that
// stays inside the build context, and returns it cleaned.
func (d *decoder) contextPath(key, p, example string) string {
	clean := path.Clean(p)
	switch {
	case p == "":
		d.errorf(key, "%s must not be empty; use \".\" for the root of the build context", key)
	case path.IsAbs(p):
		d.errorf(key, "%s %q is an absolute path; use a path relative to the build context such as %q", key, p, example)
	case clean == ".." || strings.HasPrefix(clean, "../"):
		d.errorf(key, "%s %q leaves the build context; use a path inside it such as %q", key, p, example)
	case HasControl(p):
		d.errorf(key, "%s %q holds a control character (a line break, tab or NUL); no path in a build context should, rename it", key, p)
	}
	return clean
}

// checkEnv checks the variable names of the table key.
func (d *decoder) checkEnv(key string, env map[string]string) {
	for _, name := range slices.Sorted(maps.Keys(env)) {
		d.check(join(key, name), envName.MatchString(name),
			"%s: %q is not a valid variable name; use letters, digits and '_', not starting with a digit", key, name)
	}
}

// checkBase checks runtime.base: "scratch", "distroless" or an image
// reference.
func (d *decoder) checkBase(base string) {
	if base == "" || base == "scratch" || base == "distroless" {
		return
	}
	if _, err := reference.ParseNormalizedNamed(base); err != nil {
		d.errorf("runtime.base", "runtime.base must be \"scratch\", \"distroless\" or an image reference such as \"gcr.io/distroless/base-debian13:nonroot\"; %q is not one: %v", base, err)
	}
}

// nonrootID is the uid and gid of the nonroot user of distroless images.
const nonrootID = 65532

func uidGID(uid, gid uint64) string { return fmt.Sprintf("%d:%d", uid, gid) }

// user normalizes runtime.user to "uid:gid".
func (d *decoder) user(u string) string {
	switch u {
	case "nonroot":
		return uidGID(nonrootID, nonrootID)
	case "root":
		return uidGID(0, 0)
	}
	uidText, gidText, hasGID := strings.Cut(u, ":")
	uid, uerr := parseID(uidText)
	gid, gerr := uid, error(nil)
	if hasGID {
		gid, gerr = parseID(gidText)
	}
	if uerr == nil && gerr == nil && (uid == noID || gid == noID) {
		d.errorf("runtime.user", "runtime.user %q: %d is (uid_t)-1, which the kernel reads as \"no change\", not as a user; pick another id", u, noID)
		return u
	}
	if uerr != nil || gerr != nil {
		d.errorf("runtime.user", "runtime.user must be \"nonroot\", \"root\", a uid such as \"1000\" or \"uid:gid\" such as \"1000:1000\", got %q (the image has no user names to look up)", u)
		return u
	}
	return uidGID(uid, gid)
}

// noID is (uid_t)-1: setuid and chown read it as "leave unchanged".
const noID = 1<<32 - 1

// parseID parses a uid or gid: a decimal number of 32 bits.
func parseID(s string) (uint64, error) {
	if s == "" || strings.Trim(s, "0123456789") != "" {
		return 0, strconv.ErrSyntax
	}
	return strconv.ParseUint(s, 10, 32)
}

// port is an exposed port.
type port struct {
	num   uint64
	proto string
}

func (p port) String() string { return fmt.Sprintf("%d/%s", p.num, p.proto) }

// ports normalizes runtime.ports to sorted, unique "N/proto" strings.
func (d *decoder) ports(raw []string) []string {
	if raw == nil {
		return nil
	}
	var list []port
	for _, r := range raw {
		if p, ok := d.port(r); ok {
			list = append(list, p)
		}
	}
	slices.SortFunc(list, func(a, b port) int {
		return cmp.Or(cmp.Compare(a.num, b.num), cmp.Compare(a.proto, b.proto))
	})
	list = slices.Compact(list)
	out := make([]string, len(list))
	for i, p := range list {
		out[i] = p.String()
	}
	return out
}

// port parses one port: a number, "N", "N/tcp" or "N/udp".
func (d *decoder) port(r string) (port, bool) {
	numText, proto, hasProto := strings.Cut(r, "/")
	if !hasProto {
		proto = "tcp"
	}
	num, err := strconv.ParseUint(numText, 10, 16)
	switch {
	case strings.Trim(numText, "0123456789") != "" || numText == "":
		d.errorf("runtime.ports", "runtime.ports: %q is not a port; write a number or \"N/tcp\" or \"N/udp\", such as 8080 or \"9090/udp\"", r)
	case err != nil || num == 0:
		d.errorf("runtime.ports", "runtime.ports: port %s is out of range; use 1 to 65535", numText)
	case proto != "tcp" && proto != "udp":
		d.errorf("runtime.ports", "runtime.ports: %q has protocol %q; use \"tcp\" or \"udp\", such as \"9090/udp\"", r, proto)
	default:
		return port{num, proto}, true
	}
	return port{}, false
}

// checkHealthcheck checks [runtime.healthcheck].
func (d *decoder) checkHealthcheck(hc *Healthcheck) {
	const key = "runtime.healthcheck"
	const example = `cmd = ["/app/api", "-healthcheck"]`
	switch {
	case d.spec.Range(key+".cmd") == (Range{}):
		d.errorf(key, "%s needs cmd, the probe to run in exec form, such as %s", key, example)
	case hc.Cmd != nil && len(hc.Cmd) == 0: // nil: a wrong type, already reported
		d.errorf(key+".cmd", "%s.cmd must not be empty; give the probe to run in exec form, such as %s", key, example)
	}
	for _, f := range []struct {
		name string
		dur  time.Duration
	}{{"interval", hc.Interval}, {"timeout", hc.Timeout}, {"start_period", hc.StartPeriod}} {
		k := key + "." + f.name
		switch {
		case f.dur < 0:
			d.errorf(k, "%s must not be negative, got %s", k, f.dur)
		case f.dur > 0 && f.dur < time.Millisecond:
			d.errorf(k, "%s must be at least 1ms (or 0 for the default), got %s", k, f.dur)
		}
	}
	d.check(key+".retries", hc.Retries >= 0, "%s.retries must not be negative, got %d", key, hc.Retries)
}
