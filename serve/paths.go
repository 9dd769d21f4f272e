package serve

// Request-target handling. Serving only looks paths up in the index built
// at startup, so a path can never reach a file outside the root; these
// checks still refuse the usual escape attempts outright (400) rather
// than trusting the lookup alone.

// splitTarget splits a request target into its raw path and query,
// accepting origin-form ("/a?b") and absolute-form ("http://h/a?b").
// ok is false for any other form.
func splitTarget(target []byte) (rawPath, query []byte, ok bool) {
	if len(target) > 0 && target[0] != '/' {
		rest, isAbs := stripScheme(target)
		if !isAbs {
			return nil, nil, false
		}
		// Skip the authority; the path starts at the first '/' or '?'.
		i := 0
		for i < len(rest) && rest[i] != '/' && rest[i] != '?' {
			i++
		}
		if i == 0 {
			return nil, nil, false
		}
		target = rest[i:]
		if len(target) == 0 || target[0] == '?' {
			rawPath = slash
			if len(target) > 0 {
				query = target[1:]
			}
			return rawPath, query, true
		}
	}
	if len(target) == 0 {
		return nil, nil, false
	}
	for i, c := range target {
		if c == '?' {
			return target[:i], target[i+1:], true
		}
	}
	return target, nil, true
}

var slash = []byte("/")

// stripScheme removes a leading "http://" or "https://", any case.
func stripScheme(t []byte) ([]byte, bool) {
	for _, s := range [...]string{"http://", "https://"} {
		if len(t) >= len(s) && foldEqual(t[:len(s)], s) {
			return t[len(s):], true
		}
	}
	return nil, false
}

// decodePath percent-decodes raw once, appending to dst, and reports
// whether the result is a safe lookup key: it starts with '/', holds no
// ".." segment, no backslash, no control character and no encoded slash.
// Fragments ('#') are refused: clients never send them, and a '#' in a
// file name must be sent as %23.
func decodePath(dst, raw []byte) ([]byte, bool) {
	if len(raw) == 0 || raw[0] != '/' {
		return dst, false
	}
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch c {
		case '%':
			if i+2 >= len(raw) {
				return dst, false
			}
			h, l := unhex(raw[i+1]), unhex(raw[i+2])
			if h < 0 || l < 0 {
				return dst, false
			}
			c = byte(h<<4 | l)
			if c == '/' {
				// An encoded slash would let one segment name another
				// directory; no static site needs it.
				return dst, false
			}
			i += 2
		case '#':
			return dst, false
		}
		if c < 0x20 || c == 0x7f || c == '\\' {
			return dst, false
		}
		dst = append(dst, c)
	}
	if hasDotDot(dst) {
		return dst, false
	}
	return dst, true
}

// hasDotDot reports whether p has a ".." segment.
func hasDotDot(p []byte) bool {
	start := 0
	for i := 0; i <= len(p); i++ {
		if i == len(p) || p[i] == '/' {
			if i-start == 2 && p[start] == '.' && p[start+1] == '.' {
				return true
			}
			start = i + 1
		}
	}
	return false
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c - 'a' + 10)
	case 'A' <= c && c <= 'F':
		return int(c - 'A' + 10)
	}
	return -1
}

// lastSegmentHasDot reports whether the last path segment holds a '.',
// which marks a request for a file (an asset) rather than a client route.
func lastSegmentHasDot(p []byte) bool {
	for i := len(p) - 1; i >= 0; i-- {
		switch p[i] {
		case '/':
			return false
		case '.':
			return true
		}
	}
	return false
}

// foldEqual reports whether b equals the lower-case ASCII string s,
// ignoring ASCII case in b.
func foldEqual(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}
