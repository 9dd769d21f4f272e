package python

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/slimfront/slimfront/spec"
)

// runtimePython is the exact Python of the runtime image (Debian trixie's
// python3.13 package), which requires-python is checked against.
const runtimePython = "3.13.5"

// checkPython checks that what the source tree asks of Python
// (requires-python, Poetry's python dependency, .python-version) admits
// the runtime's. Another [runtime] base is the user's own choice: then
// a mismatch is only a warning.
func checkPython(s *spec.Spec, f *facts, pythonVersionFile []byte) (warning string, err error) {
	type ask struct {
		file, key string
		line      int
		spec      string
		ok        bool
		bad       error
	}
	var asks []ask
	if v := s.Build.Version; v != "" && v != "3" && v != pythonVersion && !strings.HasPrefix(v, pythonVersion+".") {
		return "", s.Errorf("build.version", "[build] version = %q: the Python preset has Python %s only (Debian 13's, which the distroless runtime has at the same path); write \"%s\" or remove the key", v, runtimePython, pythonVersion)
	}
	if pp := f.pyproject; pp != nil {
		if v := pp.Project.RequiresPython; v != "" {
			ok, bad := satisfies(runtimePython, v)
			asks = append(asks, ask{"pyproject.toml", "requires-python", keyLine(f.pyData, "project", "requires-python"), v, ok, bad})
		}
		if pp.Tool.Poetry != nil {
			if v, _ := pp.Tool.Poetry.Dependencies["python"].(string); v != "" {
				ok, bad := poetrySatisfies(runtimePython, v)
				asks = append(asks, ask{"pyproject.toml", "python", keyLine(f.pyData, "tool.poetry.dependencies", "python"), v, ok, bad})
			}
		}
	}
	if v := firstLine(pythonVersionFile); v != "" {
		pin := strings.TrimPrefix(strings.TrimPrefix(v, "cpython-"), "python")
		ok := pin == "3" || pin == pythonVersion || strings.HasPrefix(pin, pythonVersion+".")
		var bad error
		if !regexp.MustCompile(`^3(\.\d+){0,2}$`).MatchString(pin) {
			bad = fmt.Errorf("%q is not a Python version such as 3.13", v)
		}
		asks = append(asks, ask{".python-version", "", 1, v, ok, bad})
	}
	custom := s.Runtime.Base != "" && s.Runtime.Base != "distroless"
	for _, a := range asks {
		what := a.spec
		if a.key != "" {
			what = a.key + " = " + strconv.Quote(a.spec)
		}
		if a.bad != nil {
			return "", &spec.Error{File: a.file, Line: a.line, Msg: fmt.Sprintf("%s: %v", what, a.bad)}
		}
		if a.ok {
			continue
		}
		msg := fmt.Sprintf("%s excludes Python %s, the Python of %s (Debian 13's) and of the builder that makes the virtualenv", what, runtimePython, runtimeImage)
		if custom {
			return fmt.Sprintf("%s:%d: %s; [runtime] base names another image, which must have Python %s at %s for the virtualenv to start", a.file, a.line, msg, pythonVersion, pythonBin), nil
		}
		return "", &spec.Error{File: a.file, Line: a.line, Msg: msg + "; allow 3.13 there (" + allowHint(a.file) + "), or set [runtime] base to an image whose " + pythonBin + " is Python " + pythonVersion + " (at your own risk: the virtualenv is built by Debian's " + pythonVersion + ")"}
	}
	return "", nil
}

func allowHint(file string) string {
	if file == ".python-version" {
		return "write 3.13"
	}
	return "e.g. \">=3.11\""
}

func firstLine(data []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			return l
		}
	}
	return ""
}

// keyLine finds the 1-based line of key in table of a TOML file, 0 when
// not found. It reads headers and bare keys only, which is how the keys
// it looks for are written.
func keyLine(data []byte, table, key string) int {
	keyRE := regexp.MustCompile(`^\s*"?` + regexp.QuoteMeta(key) + `"?\s*=`)
	cur := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(l, "[") {
			cur = strings.Trim(strings.TrimSpace(strings.SplitN(l, "#", 2)[0]), "[] ")
			continue
		}
		if cur == table && keyRE.MatchString(l) {
			return n
		}
	}
	return 0
}

// clauseRE is one PEP 440 version specifier clause.
var clauseRE = regexp.MustCompile(`^(~=|===|==|!=|<=|>=|<|>)\s*([0-9][0-9A-Za-z.+!-]*?)(\.\*)?$`)

// satisfies reports whether version (X.Y.Z) meets a PEP 440 specifier
// such as ">=3.10,<3.14" or "~=3.11" (pre-, post- and dev-release parts
// of the specifier are ignored).
func satisfies(version, specifier string) (bool, error) {
	v := release(version)
	for _, c := range strings.Split(specifier, ",") {
		c = strings.TrimSpace(c)
		m := clauseRE.FindStringSubmatch(c)
		if m == nil {
			return false, fmt.Errorf("%q is not a version specifier such as \">=3.11\"", c)
		}
		op, want, wild := m[1], release(m[2]), m[3] != ""
		if wild && op != "==" && op != "!=" {
			return false, fmt.Errorf("%q: .* is allowed only after == and !=", c)
		}
		cmp := compare(v, want)
		var ok bool
		switch op {
		case "==", "===":
			ok = cmp == 0
			if wild {
				ok = prefix(v, want)
			}
		case "!=":
			ok = cmp != 0
			if wild {
				ok = !prefix(v, want)
			}
		case ">=":
			ok = cmp >= 0
		case "<=":
			ok = cmp <= 0
		case ">":
			ok = cmp > 0
		case "<":
			ok = cmp < 0
		case "~=":
			if len(want) < 2 {
				return false, fmt.Errorf("%q: ~= needs a version with at least two parts, such as ~=3.11", c)
			}
			ok = cmp >= 0 && prefix(v, want[:len(want)-1])
		}
		if !ok {
			return false, nil
		}
	}
	return true, nil
}

// poetrySatisfies reports whether version meets a Poetry constraint:
// alternatives joined with "||", each of PEP 440 clauses or Poetry's
// caret and tilde forms.
func poetrySatisfies(version, c string) (bool, error) {
	for _, alt := range strings.Split(c, "||") {
		ok, err := satisfies(version, poetryToPEP440(strings.TrimSpace(alt)))
		if ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

// poetryToPEP440 turns Poetry's caret and tilde constraints ("^3.11",
// "~3.11") and bare versions into PEP 440; other clauses pass through.
func poetryToPEP440(c string) string {
	var out []string
	for _, part := range strings.Split(c, ",") {
		part = strings.TrimSpace(part)
		switch {
		case strings.HasPrefix(part, "^"):
			r := release(strings.TrimPrefix(part, "^"))
			upper := []int{r[0] + 1}
			if r[0] == 0 && len(r) > 1 {
				upper = []int{0, r[1] + 1}
			}
			out = append(out, ">="+join(r), "<"+join(upper))
		case strings.HasPrefix(part, "~") && !strings.HasPrefix(part, "~="):
			r := release(strings.TrimPrefix(part, "~"))
			upper := []int{r[0] + 1}
			if len(r) > 1 {
				upper = []int{r[0], r[1] + 1}
			}
			out = append(out, ">="+join(r), "<"+join(upper))
		case part == "*":
		case regexp.MustCompile(`^[0-9]`).MatchString(part):
			out = append(out, "=="+part)
		default:
			out = append(out, part)
		}
	}
	if len(out) == 0 {
		return ">=0"
	}
	return strings.Join(out, ",")
}

// release is the numeric release part of a version: 3.11rc1 → [3 11].
func release(v string) []int {
	var out []int
	for _, p := range strings.Split(v, ".") {
		digits := strings.TrimLeft(p, "0123456789")
		n, err := strconv.Atoi(strings.TrimSuffix(p, digits))
		if err != nil {
			break
		}
		out = append(out, n)
		if digits != "" {
			break
		}
	}
	if len(out) == 0 {
		out = []int{0}
	}
	return out
}

// compare compares releases, padding the shorter with zeros.
func compare(a, b []int) int {
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y int
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// prefix reports whether release v starts with p.
func prefix(v, p []int) bool {
	for i, n := range p {
		x := 0
		if i < len(v) {
			x = v[i]
		}
		if x != n {
			return false
		}
	}
	return true
}

func join(r []int) string {
	s := make([]string, len(r))
	for i, n := range r {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ".")
}
