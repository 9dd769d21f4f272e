package node

import (
	"strconv"
	"strings"
)

// A small reader of npm's semver ranges (engines.node), enough to tell
// which Node majors a range allows: "22", "^22.11", ">=18 <23", "20 || 22",
// "18.x", "~22.1.0", "16 - 22". Pre-release tags are ignored.

// version is major.minor.patch.
type version [3]int

func (a version) less(b version) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// span is the half-open set of versions [lo, hi).
type span struct{ lo, hi version }

var (
	minVersion = version{0, 0, 0}
	maxVersion = version{1 << 30, 0, 0}
)

func (s span) empty() bool { return !s.lo.less(s.hi) }

func (s span) intersect(t span) span {
	if s.lo.less(t.lo) {
		s.lo = t.lo
	}
	if t.hi.less(s.hi) {
		s.hi = t.hi
	}
	return s
}

// partial is a version with n leading numbers given (n = 0 for "*").
type partial struct {
	v version
	n int
}

// parsePartial reads "22", "v22.1", "22.x", "22.1.3-rc.1", "*".
func parsePartial(s string) (partial, bool) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "v"), "=")
	if i := strings.IndexAny(s, "-+"); i >= 0 {
		s = s[:i]
	}
	var p partial
	if s == "" || s == "*" || s == "x" || s == "X" {
		return p, true
	}
	for i, part := range strings.Split(s, ".") {
		if i > 2 {
			return p, false
		}
		if part == "x" || part == "X" || part == "*" {
			break
		}
		n, err := strconv.Atoi(part)
		if err != nil || n < 0 {
			return p, false
		}
		p.v[i], p.n = n, i+1
	}
	return p, true
}

// floor is the lowest version p stands for; next is the lowest above it.
func (p partial) floor() version { return p.v }

func (p partial) next() version {
	switch p.n {
	case 0:
		return maxVersion
	case 1:
		return version{p.v[0] + 1, 0, 0}
	case 2:
		return version{p.v[0], p.v[1] + 1, 0}
	}
	return version{p.v[0], p.v[1], p.v[2] + 1}
}

// comparatorSpan is the span of one comparator ("^22", ">=18.2").
func comparatorSpan(c string) (span, bool) {
	all := span{minVersion, maxVersion}
	for _, op := range []string{">=", "<=", ">", "<", "^", "~", "="} {
		rest, ok := strings.CutPrefix(c, op)
		if !ok {
			continue
		}
		p, ok := parsePartial(strings.TrimSpace(rest))
		if !ok {
			return span{}, false
		}
		switch op {
		case ">=":
			return span{p.floor(), maxVersion}, true
		case ">":
			return span{p.next(), maxVersion}, true
		case "<":
			return span{minVersion, p.floor()}, true
		case "<=":
			return span{minVersion, p.next()}, true
		case "^":
			if p.n == 0 {
				return all, true
			}
			return span{p.floor(), version{p.v[0] + 1, 0, 0}}, true
		case "~":
			if p.n <= 1 {
				return span{p.floor(), p.next()}, true
			}
			return span{p.floor(), version{p.v[0], p.v[1] + 1, 0}}, true
		}
		return span{p.floor(), p.next()}, true
	}
	p, ok := parsePartial(c)
	if !ok {
		return span{}, false
	}
	return span{p.floor(), p.next()}, true
}

// rangeSpans parses a range into the union of its comparator sets.
func rangeSpans(r string) ([]span, bool) {
	var out []span
	for _, set := range strings.Split(r, "||") {
		s := span{minVersion, maxVersion}
		fields := joinOperators(strings.Fields(set))
		if len(fields) == 3 && fields[1] == "-" { // "16 - 22"
			lo, ok1 := parsePartial(fields[0])
			hi, ok2 := parsePartial(fields[2])
			if !ok1 || !ok2 {
				return nil, false
			}
			out = append(out, span{lo.floor(), hi.next()})
			continue
		}
		for _, c := range fields {
			cs, ok := comparatorSpan(c)
			if !ok {
				return nil, false
			}
			s = s.intersect(cs)
		}
		out = append(out, s)
	}
	return out, true
}

// joinOperators glues a lone operator to the version after it
// (">= 18" → ">=18").
func joinOperators(fields []string) []string {
	var out []string
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		if strings.Trim(f, "<>=^~") == "" && f != "" && i+1 < len(fields) {
			f += fields[i+1]
			i++
		}
		out = append(out, f)
	}
	return out
}

// allowsMajor reports whether any version of major m satisfies the range.
func allowsMajor(spans []span, m int) bool {
	whole := span{version{m, 0, 0}, version{m + 1, 0, 0}}
	for _, s := range spans {
		if !s.intersect(whole).empty() {
			return true
		}
	}
	return false
}
