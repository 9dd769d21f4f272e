package spec

import (
	"bytes"
	"strconv"
	"strings"
)

// BurntSushi/toml keeps the position of each key to itself (MetaData has
// none), so scan finds them with a small TOML scanner of its own. It runs
// only on text the TOML decoder accepted, so it does not check syntax; on
// anything unexpected it moves on rather than fail.

// layout is where the keys of a TOML file are.
type layout struct {
	// ranges maps a dotted key path to its lines. A key spans from its
	// line to the end of its value; a table from its header (or its first
	// key, when never declared by a header) to its last key, sub-tables
	// included.
	ranges map[string]Range
	// headers holds the paths declared by [table] or [[table]] headers.
	headers map[string]bool
}

// scan locates every key and table of a valid TOML document. Key paths
// join key parts with "." as written, quotes removed: the key
// "org.opencontainers.image.source" of [labels] is
// "labels.org.opencontainers.image.source".
func scan(data []byte) layout {
	s := &scanner{
		src:    data,
		line:   1,
		layout: layout{ranges: map[string]Range{}, headers: map[string]bool{}},
	}
	if s.lookingAt(byteOrderMark) {
		s.advance(len(byteOrderMark))
	}
	var table []string
	for {
		s.skipBlank(true)
		if s.eof() {
			return s.layout
		}
		if s.peek() == '[' {
			table = s.header()
		} else {
			s.keyValue(table)
		}
	}
}

// byteOrderMark may start a UTF-8 file; TOML decoders skip it.
const byteOrderMark = "\uFEFF"

// scanner walks TOML text a byte at a time, counting lines.
type scanner struct {
	src  []byte
	pos  int
	line int
	layout
}

func (s *scanner) eof() bool { return s.pos >= len(s.src) }

// peek returns the current byte, or 0 at the end.
func (s *scanner) peek() byte {
	if s.eof() {
		return 0
	}
	return s.src[s.pos]
}

// advance moves past n bytes (fewer at the end), counting newlines.
func (s *scanner) advance(n int) {
	for ; n > 0 && !s.eof(); n-- {
		if s.src[s.pos] == '\n' {
			s.line++
		}
		s.pos++
	}
}

// lookingAt reports whether the text at the current position starts with p.
func (s *scanner) lookingAt(p string) bool {
	return bytes.HasPrefix(s.src[s.pos:], []byte(p))
}

// skipBlank moves past spaces and tabs, and also past newlines and
// comments when multiline is set.
func (s *scanner) skipBlank(multiline bool) {
	for !s.eof() {
		switch c := s.peek(); {
		case c == ' ' || c == '\t' || c == '\r':
			s.advance(1)
		case multiline && c == '\n':
			s.advance(1)
		case multiline && c == '#':
			for !s.eof() && s.peek() != '\n' {
				s.advance(1)
			}
		default:
			return
		}
	}
}

// header reads a [table] or [[array.of.tables]] header and returns the
// table's key parts.
func (s *scanner) header() []string {
	start := s.line
	s.advance(1)
	if s.peek() == '[' {
		s.advance(1)
	}
	parts := s.key()
	for s.peek() == ']' {
		s.advance(1)
	}
	s.headers[strings.Join(parts, ".")] = true
	s.record(parts, Range{start, start})
	return parts
}

// keyValue reads `key = value` in the table named by prefix and records
// the key's lines.
func (s *scanner) keyValue(prefix []string) {
	start := s.line
	parts := s.key()
	s.skipBlank(false)
	if s.peek() != '=' {
		s.advance(1) // not a key: skip a byte so scanning always progresses
		return
	}
	s.advance(1)
	s.skipBlank(false)
	full := append(append([]string(nil), prefix...), parts...)
	s.value(full)
	s.record(full, Range{start, s.line})
}

// record sets the range of the key made of parts, merging it with any
// range it already has, and widens the ranges of the tables it is in to
// cover it. Parent tables come from the parts, so the quoted key
// "org.example" widens no table "org".
func (s *scanner) record(parts []string, r Range) {
	for i := len(parts); i > 0; i-- {
		path := strings.Join(parts[:i], ".")
		if old, ok := s.ranges[path]; ok {
			r = Range{min(old.Start, r.Start), max(old.End, r.End)}
		}
		s.ranges[path] = r
	}
}

// key reads a possibly dotted key of bare and quoted parts and returns
// the parts, unquoted.
func (s *scanner) key() []string {
	var parts []string
	for {
		s.skipBlank(false)
		switch s.peek() {
		case '"', '\'':
			start := s.pos
			s.quoted()
			parts = append(parts, unquote(string(s.src[start:s.pos])))
		default:
			start := s.pos
			for !s.eof() && isBareKeyByte(s.peek()) {
				s.advance(1)
			}
			parts = append(parts, string(s.src[start:s.pos]))
		}
		s.skipBlank(false)
		if s.peek() != '.' {
			return parts
		}
		s.advance(1)
	}
}

// isBareKeyByte reports whether c may appear in a bare key. Bytes of
// non-ASCII runes are let through, as TOML 1.1 allows them.
func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == '-' || c >= 0x80
}

// unquote returns the text of a single-line quoted key.
func unquote(q string) string {
	if strings.HasPrefix(q, "'") {
		return strings.Trim(q, "'")
	}
	if u, err := strconv.Unquote(q); err == nil {
		return u
	}
	return strings.Trim(q, `"`) // an escape Go lacks; close enough to match
}

// value moves past a value. Keys of inline tables are recorded under path.
func (s *scanner) value(path []string) {
	switch c := s.peek(); {
	case c == '"' || c == '\'':
		s.quoted()
	case c == '[':
		s.advance(1)
		for {
			s.skipBlank(true)
			switch s.peek() {
			case ']':
				s.advance(1)
				return
			case ',':
				s.advance(1)
			case 0:
				return
			default:
				s.value(path)
			}
		}
	case c == '{':
		s.advance(1)
		for {
			s.skipBlank(true) // TOML 1.1 allows newlines in inline tables
			switch s.peek() {
			case '}':
				s.advance(1)
				return
			case ',':
				s.advance(1)
			case 0:
				return
			default:
				s.keyValue(path)
			}
		}
	default:
		s.scalar()
	}
}

// scalar moves past a number, boolean or date-time.
func (s *scanner) scalar() {
	start := s.pos
	for !s.eof() && !strings.ContainsRune(" \t\r\n,]}#", rune(s.peek())) {
		s.advance(1)
	}
	// A date-time may separate its date and time with a space.
	if s.pos-start == len("2006-01-02") && s.src[start+4] == '-' &&
		s.lookingAt(" ") && s.pos+1 < len(s.src) && isDigit(s.src[s.pos+1]) {
		s.advance(1)
		s.scalar()
	}
	if s.pos == start {
		s.advance(1) // not a value: skip a byte so scanning always progresses
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// quoted moves past a basic or literal string, single- or multi-line.
func (s *scanner) quoted() {
	q := s.peek()
	escapes := q == '"'
	delim := string(q)
	if s.lookingAt(strings.Repeat(delim, 3)) {
		delim = strings.Repeat(delim, 3)
	}
	s.advance(len(delim))
	for !s.eof() {
		switch {
		case escapes && s.peek() == '\\':
			s.advance(2)
		case s.lookingAt(delim):
			s.advance(len(delim))
			// A multi-line string may end with one or two quotes of its
			// own right before the delimiter: """a""""" is `a""`.
			for i := 0; len(delim) == 3 && i < 2 && s.peek() == q; i++ {
				s.advance(1)
			}
			return
		case len(delim) == 1 && s.peek() == '\n':
			return // unterminated; the decoder would have refused it
		default:
			s.advance(1)
		}
	}
}
