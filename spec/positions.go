package spec

import (
	"strings"
)

// keyLines finds the line range of every key and table in a TOML file by
// scanning its lines: BurntSushi/toml's MetaData has no positions. A key's
// range runs from its line to the last non-blank, non-comment line before
// the next key or table header, which covers multi-line arrays, inline
// tables and strings. A table's range runs from its header to its last key.
func keyLines(data []byte) map[string]Range {
	out := map[string]Range{}
	lines := strings.Split(string(data), "\n")
	table := ""
	var open []string // keys whose range is still growing
	lastContent := 0
	closeOpen := func() {
		for _, k := range open {
			r := out[k]
			r.End = max(r.Start, lastContent)
			out[k] = r
		}
		open = open[:0]
	}
	depth := 0 // inside a multi-line value: brackets not yet closed
	inString := false
	for i, raw := range lines {
		n := i + 1
		line := strings.TrimSpace(raw)
		if inString {
			lastContent = n
			if strings.Count(line, `"""`)%2 == 1 || strings.Count(line, `'''`)%2 == 1 {
				inString = false
			}
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if depth > 0 {
			lastContent = n
			depth += bracketDelta(line)
			continue
		}
		if strings.HasPrefix(line, "[") {
			closeOpen()
			name := strings.Trim(stripComment(line), "[] \t")
			table = unquoteKey(name)
			out[table] = Range{Start: n, End: n}
			open = append(append(open, table), parentTables(table)...)
			lastContent = n
			continue
		}
		eq := strings.Index(line, "=")
		if eq < 0 {
			lastContent = n
			continue
		}
		// Close the previous key but keep the tables open.
		for j := 0; j < len(open); {
			if isTable(out, open[j], table) {
				j++
				continue
			}
			r := out[open[j]]
			r.End = max(r.Start, lastContent)
			out[open[j]] = r
			open = append(open[:j], open[j+1:]...)
		}
		key := unquoteKey(strings.TrimSpace(line[:eq]))
		if table != "" {
			key = table + "." + key
		}
		out[key] = Range{Start: n, End: n}
		open = append(open, key)
		lastContent = n
		value := strings.TrimSpace(line[eq+1:])
		if strings.HasPrefix(value, `"""`) || strings.HasPrefix(value, `'''`) {
			q := value[:3]
			if strings.Count(value, q) == 1 {
				inString = true
			}
			continue
		}
		depth = bracketDelta(stripComment(value))
	}
	closeOpen()
	return out
}

// isTable reports whether key is the current table or one of its parents.
func isTable(out map[string]Range, key, table string) bool {
	return key == table || strings.HasPrefix(table, key+".")
}

// parentTables lists the implicit parents of a dotted table name.
func parentTables(table string) []string {
	var out []string
	for i := len(table) - 1; i > 0; i-- {
		if table[i] == '.' {
			out = append(out, table[:i])
		}
	}
	return out
}

// bracketDelta counts opening minus closing brackets and braces outside
// strings.
func bracketDelta(s string) int {
	d := 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' && quote == '"' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '#':
			return d
		case c == '[' || c == '{':
			d++
		case c == ']' || c == '}':
			d--
		}
	}
	return d
}

// stripComment drops a trailing comment outside strings.
func stripComment(s string) string {
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' && quote == '"' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '#':
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

// unquoteKey turns `"a.b" . c` into a dotted path; quoted parts keep dots
// as written, which is good enough for locating keys.
func unquoteKey(k string) string {
	parts := strings.Split(k, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return strings.Join(parts, ".")
}
