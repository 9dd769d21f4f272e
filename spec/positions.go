package spec

import (
	"bytes"
	"unicode/utf8"
)

// BurntSushi/toml keeps the position of each key to itself (MetaData has
// none), so scan finds them with a small TOML scanner of its own. The same
// pass enforces the limits of limits.go, so it runs first, on any input;
// its layout is used only when the decoder accepts the text. It does not
// check syntax: on anything unexpected it moves on rather than fail.
//
// The scan is linear in the input: it reads each byte once, builds the
// path of each key once, and widens a table to cover its keys when the
// table ends rather than at each key, so deep inline tables cost no more
// than flat ones.

// layout is where the keys of a TOML file are.
type layout struct {
	// ranges maps a dotted key path to its lines. A key spans from its
	// line to the end of its value; a table from its header (or its first
	// key, when never declared by a header) to its last key, sub-tables
	// included.
	ranges map[string]Range
	// headers holds the paths declared by [table] or [[table]] headers.
	headers map[string]bool
	// err is the first limit the text exceeds, without a file name. The
	// scan stops there, so ranges and headers are incomplete.
	err *Error
}

// scan locates every key and table of a valid TOML document. Key paths
// join key parts with "." as written, quotes removed: the key
// "org.opencontainers.image.source" of [labels] is
// "labels.org.opencontainers.image.source". It stops at the first limit
// the text exceeds, which it reports in the layout's err.
func scan(data []byte) layout {
	s := &scanner{
		src:    data,
		line:   1,
		layout: layout{ranges: map[string]Range{}, headers: map[string]bool{}},
	}
	if len(data) > maxFileSize {
		// Point at the line the limit falls on, without counting the rest.
		s.fail(1+bytes.Count(data[:maxFileSize], []byte("\n")), tooBig(len(data)))
		return s.layout
	}
	for _, bom := range byteOrderMarks {
		if bytes.HasPrefix(data, []byte(bom)) {
			s.advance(len(bom))
			break
		}
	}
	// The current table: its path with a trailing dot (none at the top),
	// the end of each of its parts in it, and the lines of its keys.
	var (
		table string
		parts []int
		keys  Range
	)
	for s.err == nil {
		s.skipBlank(true)
		if s.eof() {
			break
		}
		if s.peek() == '[' {
			s.record(table, parts, keys)
			table, parts = s.header()
			keys = Range{}
		} else {
			keys = widen(keys, s.keyValue(table))
		}
	}
	s.record(table, parts, keys)
	return s.layout
}

// byteOrderMarks may start a file; BurntSushi/toml skips them, UTF-16's
// too, which some tools write.
var byteOrderMarks = []string{"\uFEFF", "\xff\xfe", "\xfe\xff"}

// scanner walks TOML text a byte at a time, counting lines.
type scanner struct {
	src   []byte
	pos   int
	line  int
	depth int    // arrays and inline tables open at pos
	items int    // key parts and array items read, for maxItems
	buf   []byte // reused to build key paths
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

// lookingAt3 reports whether the text at the current position starts
// with three q, which open or close a multi-line string.
func (s *scanner) lookingAt3(q byte) bool {
	rest := s.src[s.pos:]
	return len(rest) >= 3 && rest[0] == q && rest[1] == q && rest[2] == q
}

// fail records that the text exceeds a limit at line, unless it already
// exceeded another; scanning stops.
func (s *scanner) fail(line int, msg string) {
	if s.err == nil {
		s.err = &Error{Line: line, Msg: msg}
	}
}

// skipBlank moves past spaces and tabs, and also past newlines and
// comments when multiline is set.
func (s *scanner) skipBlank(multiline bool) {
	for !s.eof() {
		switch c := s.src[s.pos]; {
		case c == ' ' || c == '\t' || c == '\r':
			s.pos++
		case multiline && c == '\n':
			s.advance(1)
		case multiline && c == '#':
			if i := bytes.IndexByte(s.src[s.pos:], '\n'); i >= 0 {
				s.pos += i
			} else {
				s.pos = len(s.src)
			}
		default:
			return
		}
	}
}

// header reads a [table] or [[array.of.tables]] header and returns the
// table's path with a trailing dot, and the end of each of its parts in
// it.
func (s *scanner) header() (string, []int) {
	start := s.line
	s.advance(1)
	if s.peek() == '[' {
		s.advance(1)
	}
	table, parts := s.key("", "table")
	for s.peek() == ']' {
		s.advance(1)
	}
	if s.err != nil {
		return "", nil
	}
	s.headers[table[:len(table)-1]] = true
	s.record(table, parts, Range{start, start})
	return table, parts
}

// keyValue reads `key = value` in the table whose path is prefix (with a
// trailing dot; "" at the top), records the key's lines, and returns the
// range recorded for its first part, for the table to cover.
func (s *scanner) keyValue(prefix string) Range {
	start := s.line
	path, parts := s.key(prefix, "key")
	s.skipBlank(false)
	if s.err != nil {
		return Range{}
	}
	if s.peek() != '=' {
		s.advance(1) // not a key: skip a byte so scanning always progresses
		return Range{}
	}
	s.advance(1)
	s.skipBlank(false)
	inner := s.value(path)
	return s.record(path, parts, widen(Range{start, s.line}, inner))
}

// record widens the range of each key path[:end], for end in ends from
// the longest to the shortest, to cover r and the range of the key below
// it, and returns the range of the shortest. Parent tables come from the
// parts, so the quoted key "org.example" widens no table "org".
func (s *scanner) record(path string, ends []int, r Range) Range {
	if r == (Range{}) {
		return r
	}
	for i := len(ends) - 1; i >= 0; i-- {
		p := path[:ends[i]]
		r = widen(s.ranges[p], r)
		s.ranges[p] = r
	}
	return r
}

// widen returns the smallest range covering a and b; the zero Range,
// unknown, covers nothing.
func widen(a, b Range) Range {
	switch {
	case a == (Range{}):
		return b
	case b == (Range{}):
		return a
	}
	return Range{min(a.Start, b.Start), max(a.End, b.End)}
}

// key reads a possibly dotted key of bare and quoted parts, in the table
// whose path is prefix, and returns the key's full path, parts unquoted
// and joined with dots, with a trailing dot for the keys of its inline
// tables, and the end of each of its own parts in it. what names the key
// in messages: "key" or "table".
func (s *scanner) key(prefix, what string) (string, []int) {
	line := s.line
	buf := append(s.buf[:0], prefix...)
	var ends []int
	for {
		s.skipBlank(false)
		start := s.pos
		if c := s.peek(); c == '"' || c == '\'' {
			s.quoted()
			buf = appendUnquoted(buf, s.src[start:s.pos])
		} else {
			for !s.eof() && isBareKeyByte(s.src[s.pos]) {
				s.pos++
			}
			buf = append(buf, s.src[start:s.pos]...)
		}
		ends = append(ends, len(buf))
		s.items++
		switch {
		case len(ends) > maxKeyParts:
			s.fail(line, tooManyParts(what, string(buf)))
		case len(buf) > maxKeyLen:
			s.fail(line, tooLong(what, string(buf)))
		case s.items > maxItems:
			s.fail(s.line, tooManyItems())
		}
		if s.err != nil {
			return "", nil
		}
		s.skipBlank(false)
		if s.peek() != '.' {
			break
		}
		s.advance(1)
		buf = append(buf, '.')
	}
	s.buf = append(buf, '.')
	return string(s.buf), ends
}

// isBareKeyByte reports whether c may appear in a bare key. Bytes of
// non-ASCII runes are let through, as TOML 1.1 allows them.
func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == '-' || c >= 0x80
}

// appendUnquoted appends the text of the single-line quoted key q to buf:
// a literal string as it is, a basic one with its escapes decoded as TOML
// 1.1 does, \e and \xHH included (Go's strconv.Unquote knows neither, and
// takes \xHH for a byte, not a rune).
func appendUnquoted(buf, q []byte) []byte {
	quote := q[0]
	q = q[1:]
	if n := len(q); n > 0 && q[n-1] == quote {
		q = q[:n-1]
	}
	if quote == '\'' {
		return append(buf, q...)
	}
	for i := 0; i < len(q); i++ {
		if q[i] != '\\' || i+1 == len(q) {
			buf = append(buf, q[i])
			continue
		}
		i++
		switch c := q[i]; c {
		case 'b':
			buf = append(buf, '\b')
		case 't':
			buf = append(buf, '\t')
		case 'n':
			buf = append(buf, '\n')
		case 'f':
			buf = append(buf, '\f')
		case 'r':
			buf = append(buf, '\r')
		case 'e':
			buf = append(buf, 0x1b)
		case 'x', 'u', 'U':
			n := hexDigits(c)
			r, ok := hexRune(q[i+1:], n)
			if !ok {
				buf = append(buf, '\\', c) // the decoder would have refused it
				continue
			}
			buf = utf8.AppendRune(buf, r)
			i += n
		default: // '"' and '\\'
			buf = append(buf, c)
		}
	}
	return buf
}

// hexDigits is how many hexadecimal digits follow the escape \x, \u or \U.
func hexDigits(escape byte) int {
	switch escape {
	case 'x':
		return 2
	case 'u':
		return 4
	}
	return 8
}

// hexRune decodes the rune written as the first n hexadecimal digits of b.
func hexRune(b []byte, n int) (rune, bool) {
	if len(b) < n {
		return 0, false
	}
	var r rune
	for _, c := range b[:n] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// value moves past a value and returns the range recorded for the keys
// of the inline tables in it, which are recorded under path (the key's,
// with a trailing dot).
func (s *scanner) value(path string) Range {
	switch c := s.peek(); c {
	case '"', '\'':
		s.quoted()
	case '[', '{':
		return s.nested(path)
	default:
		s.scalar()
	}
	return Range{}
}

// nested moves past an array or an inline table, as value does.
func (s *scanner) nested(path string) Range {
	open, end := s.peek(), byte(']')
	if open == '{' {
		end = '}'
	}
	if s.depth == maxDepth {
		s.fail(s.line, tooDeep())
		return Range{}
	}
	s.depth++
	s.advance(1)
	var r Range
	for s.err == nil {
		s.skipBlank(true) // TOML 1.1 allows newlines in inline tables
		if c := s.peek(); c == end || s.eof() {
			s.advance(1)
			break
		} else if c == ',' {
			s.advance(1)
			continue
		}
		if open == '{' {
			r = widen(r, s.keyValue(path))
			continue
		}
		if s.items++; s.items > maxItems {
			s.fail(s.line, tooManyItems())
			break
		}
		r = widen(r, s.value(path))
	}
	s.depth--
	return r
}

// scalar moves past a number, boolean or date-time.
func (s *scanner) scalar() {
	start := s.pos
	s.token()
	// A date-time may separate its date and time with a space.
	if s.pos-start == len("2006-01-02") && s.src[start+4] == '-' &&
		s.peek() == ' ' && s.pos+1 < len(s.src) && isDigit(s.src[s.pos+1]) {
		s.pos++
		s.token()
	}
	if s.pos == start {
		s.advance(1) // not a value: skip a byte so scanning always progresses
	}
}

// token moves past the bytes of a scalar, which hold no newline.
func (s *scanner) token() {
	for !s.eof() && !isValueEnd(s.src[s.pos]) {
		s.pos++
	}
}

// isValueEnd reports whether c ends a scalar.
func isValueEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', ',', ']', '}', '#':
		return true
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// quoted moves past a basic or literal string, single- or multi-line.
func (s *scanner) quoted() {
	q := s.peek()
	escapes := q == '"'
	n := 1
	if s.lookingAt3(q) {
		n = 3
	}
	s.advance(n)
	for !s.eof() {
		switch c := s.src[s.pos]; {
		case escapes && c == '\\':
			s.advance(2)
		case c == q && (n == 1 || s.lookingAt3(q)):
			s.advance(n)
			// A multi-line string may end with one or two quotes of its
			// own right before the delimiter: """a""""" is `a""`.
			for i := 0; n == 3 && i < 2 && s.peek() == q; i++ {
				s.advance(1)
			}
			return
		case n == 1 && c == '\n':
			return // unterminated; the decoder would have refused it
		default:
			s.advance(1)
		}
	}
}
