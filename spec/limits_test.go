package spec

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// nestedTables is `x = {a = {a = … 1 …}}` with depth inline tables.
func nestedTables(depth int) string {
	return "x = " + strings.Repeat("{a = ", depth-1) + "{a = 1" + strings.Repeat("}", depth) + "\n"
}

// nestedArrays is `x = [[…[1]…]]` with depth arrays.
func nestedArrays(depth int) string {
	return "x = " + strings.Repeat("[", depth) + "1" + strings.Repeat("]", depth) + "\n"
}

// lines is head followed by line(i) for i from 0 to n-1.
func lines(head string, n int, line func(i int) string) string {
	var b strings.Builder
	b.WriteString(head)
	for i := range n {
		b.WriteString(line(i))
	}
	return b.String()
}

// worst are the most expensive inputs for Parse: each at a limit, with
// as much as the other limits let it hold, or just past it. ok says
// whether scan lets the input through to the decoder.
var worst = []struct {
	name string
	src  string
	ok   bool
}{
	{"inline tables at the depth limit", nestedTables(maxDepth), true},
	{"inline tables past the depth limit", nestedTables(maxDepth + 1), false},
	{"inline tables 1,600 deep", nestedTables(1600), false},
	{"arrays at the depth limit", nestedArrays(maxDepth), true},
	{"arrays past the depth limit", nestedArrays(maxDepth + 1), false},
	{"arrays 1,600 deep", nestedArrays(1600), false},
	{"arrays of inline tables at the depth limit",
		"x = " + strings.Repeat("[{a = ", maxDepth/2) + "1" + strings.Repeat("}]", maxDepth/2) + "\n", true},
	{"labels at the item limit",
		lines("[labels]\n", maxItems-1, func(i int) string { return fmt.Sprintf("l%05d = \"v\"\n", i) }), true},
	{"unknown keys at the item limit",
		lines("", maxItems, func(i int) string { return fmt.Sprintf("k%05d = 1\n", i) }), true},
	{"unknown keys past the item limit",
		lines("", maxItems+1, func(i int) string { return fmt.Sprintf("k%05d = 1\n", i) }), false},
	{"keys in inline tables at the depth and item limits",
		"x = " + strings.Repeat("{a = ", maxDepth-1) + "{" +
			lines("", maxItems-maxDepth-1, func(i int) string { return fmt.Sprintf("k%05d = 1, ", i) }) +
			"z = 1" + strings.Repeat("}", maxDepth) + "\n", true},
	{"keys of the longest path",
		lines("[labels]\n", (maxFileSize-9)/(maxKeyLen+1), func(i int) string {
			return fmt.Sprintf("%s%05d=1\n", strings.Repeat("k", maxKeyLen-len("labels.")-5), i)
		}), true},
	{"key past the longest path", "[labels]\n" + strings.Repeat("k", maxKeyLen-len("labels.")+1) + " = 1\n", false},
	{"keys in a table of the longest name",
		lines("["+strings.Repeat("t", maxKeyLen-len(".k0000"))+"]\n", maxItems-1, func(i int) string { return fmt.Sprintf("k%04d=1\n", i) }), true},
	{"keys of the most parts at the item limit",
		lines("[labels]\n", (maxItems-1)/maxKeyParts, func(i int) string {
			return fmt.Sprintf("%sx%04d = 1\n", strings.Repeat("a.", maxKeyParts-1), i)
		}), true},
	{"key past the most parts", strings.Repeat("a.", maxKeyParts) + "a = 1\n", false},
	{"empty inline tables at the item limit", "x = [" + strings.Repeat("{},", maxItems-1) + "]\n", true},
	{"integers at the item limit", "x = [" + strings.Repeat("1,", maxItems-1) + "]\n", true},
	{"tables at the item limit", lines("", maxItems, func(i int) string { return fmt.Sprintf("[t%04d]\n", i) }), true},
	{"64 KiB of strings", "x = [" + strings.Repeat(`"`+strings.Repeat("s", 1000)+`", `, (maxFileSize-10)/1004) + "]\n", true},
	{"64 KiB of comments", strings.Repeat("#"+strings.Repeat(" [{", 33)+"\n", maxFileSize/101), true},
	{"just over 64 KiB", strings.Repeat("# comment\n", maxFileSize/10+1), false},
	{"16 MiB", strings.Repeat("# comment\n", 16<<20/10), false},
}

// BenchmarkParseWorst parses the worst inputs: each should take well
// under 10ms. Before the limits, nestedTables(1600) took 4.5s.
func BenchmarkParseWorst(b *testing.B) {
	for _, in := range worst {
		b.Run(in.name, func(b *testing.B) {
			data := []byte(in.src)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				Parse("app.toml", data)
			}
		})
	}
}

// TestWorstInputs checks that the worst inputs are what they claim: at a
// limit, scan lets them through to the decoder, which accepts them; past
// it, Parse reports the limit.
func TestWorstInputs(t *testing.T) {
	for _, in := range worst {
		t.Run(in.name, func(t *testing.T) {
			if len(in.src) > maxFileSize && in.ok {
				t.Fatalf("%d bytes, over the limit", len(in.src))
			}
			_, err := Parse("app.toml", []byte(in.src))
			var list *Errors
			if err != nil && !errors.As(err, &list) {
				t.Fatalf("Parse error %v is not an *Errors", err)
			}
			limit := err != nil && len(*list) == 1 && strings.Contains((*list)[0].Msg, "limit")
			syntax := err != nil && strings.Contains(err.Error(), "invalid TOML")
			if in.ok && (limit || syntax) || !in.ok && !limit {
				t.Errorf("Parse error:\n%.300v\nwant a limit error: %v", err, !in.ok)
			}
		})
	}
}

// TestLimits checks the error of each limit, at the line that passes it,
// and that a file at the limit parses. A language table no preset checks,
// [x], holds the keys, as Parse keeps it as it is.
func TestLimits(t *testing.T) {
	items := func(n int) string { // [x] and n-1 keys: n items
		return lines("[x]\n", n-1, func(i int) string { return fmt.Sprintf("k%04d = 1\n", i) })
	}
	tests := []struct {
		name     string
		at, past string // a file at the limit, and one past it
		line     int    // where past passes the limit
		msg      string
	}{{
		name: "size",
		at:   strings.Repeat("# comment\n", maxFileSize/10) + "######",
		past: strings.Repeat("# comment\n", maxFileSize/10+1),
		line: maxFileSize/10 + 1,
		msg:  "the file is 65540 bytes, past the limit of 64 KiB (65536 bytes) from this line on; keep it to build settings, and data in files of the build context",
	}, {
		name: "depth of arrays",
		at:   "[x]\na = 1\nb = [\n  " + strings.Repeat("[", maxDepth-1) + "1" + strings.Repeat("]", maxDepth) + "\n",
		past: "[x]\na = 1\nb = [\n  " + strings.Repeat("[", maxDepth) + "1" + strings.Repeat("]", maxDepth+1) + "\n",
		line: 4,
		msg:  "arrays and inline tables nest more than 32 deep here, past the limit; flatten the value, for example with [table] headers",
	}, {
		name: "depth of inline tables and arrays",
		at:   "[x]\nb = " + strings.Repeat("{c = [\n", maxDepth/2) + "1" + strings.Repeat("]}", maxDepth/2) + "\n",
		past: "[x]\nb = " + strings.Repeat("{c = [\n", maxDepth/2) + "{}" + strings.Repeat("]}", maxDepth/2) + "\n",
		line: 2 + maxDepth/2,
		msg:  "arrays and inline tables nest more than 32 deep here, past the limit; flatten the value, for example with [table] headers",
	}, {
		name: "key length",
		at:   "[x]\n\n" + strings.Repeat("k", maxKeyLen-len("x.")) + " = 1\n",
		past: "[x]\n\n" + strings.Repeat("k", maxKeyLen-len("x.")+1) + " = 1\n",
		line: 3,
		msg:  "key x.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk… is longer than 256 bytes with the names of its tables, past the limit; use shorter names",
	}, {
		name: "key length in inline tables",
		at:   "[x]\na = { b = {\n  \"" + strings.Repeat("é", (maxKeyLen-len("x.a.b."))/2) + "\" = 1 } }\n",
		past: "[x]\na = { b = {\n  \"" + strings.Repeat("é", (maxKeyLen-len("x.a.b."))/2+1) + "\" = 1 } }\n",
		line: 3,
		msg:  "key x.a.b.ééééééééééééééééé… is longer than 256 bytes with the names of its tables, past the limit; use shorter names",
	}, {
		name: "header length",
		at:   "[x." + strings.Repeat("t", maxKeyLen-len("x.")) + "]\n",
		past: "[x." + strings.Repeat("t", maxKeyLen-len("x.")+1) + "]\n",
		line: 1,
		msg:  "table [x.tttttttttttttttttttttttttttttttttttttt…] is longer than 256 bytes with the names of its tables, past the limit; use shorter names",
	}, {
		name: "dotted parts",
		at:   "[x]\n" + strings.Repeat("a.", maxKeyParts-1) + "b = 1\n",
		past: "[x]\n" + strings.Repeat("a.", maxKeyParts) + "b = 1\n",
		line: 2,
		msg:  `key x.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.b has more than 16 dotted parts, past the limit; use fewer, or quote a name that holds dots ("a.b" = …)`,
	}, {
		name: "dotted parts of a header",
		at:   "[x." + strings.Repeat("a.", maxKeyParts-2) + "b]\n",
		past: "[x." + strings.Repeat("a.", maxKeyParts-1) + "b]\n",
		line: 1,
		msg:  `table [x.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.b] has more than 16 dotted parts, past the limit; use fewer, or quote a name that holds dots ("a.b" = …)`,
	}, {
		name: "keys",
		at:   items(maxItems),
		past: items(maxItems + 1),
		line: maxItems + 1,
		msg:  "the file holds more than 2048 keys and array items by this line, past the limit (each part of a dotted key counts); keep it to build settings",
	}, {
		name: "array items",
		at:   "[x]\na = [\n" + strings.Repeat("1,\n", maxItems-2) + "]\n",
		past: "[x]\na = [\n" + strings.Repeat("1,\n", maxItems-1) + "]\n",
		line: 2 + maxItems - 1,
		msg:  "the file holds more than 2048 keys and array items by this line, past the limit (each part of a dotted key counts); keep it to build settings",
	}}
	x := Table{Name: "x"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Parse("app.toml", []byte(tt.at), x); err != nil {
				t.Errorf("at the limit: %.300v", err)
			}
			_, err := Parse("app.toml", []byte(tt.past), x)
			var list *Errors
			if !errors.As(err, &list) || len(*list) != 1 {
				t.Fatalf("past the limit: error %.300v, want one", err)
			}
			want := &Error{File: "app.toml", Line: tt.line, Msg: tt.msg}
			if got := (*list)[0]; *got != *want {
				t.Errorf("past the limit:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// TestLimitsSkipStringsAndComments checks that brackets, dots and quotes
// in strings and comments count toward no limit.
func TestLimitsSkipStringsAndComments(t *testing.T) {
	deep := strings.Repeat("[{", maxDepth)
	src := "[x]  # " + deep + "\n" +
		"a = \"" + deep + `\"` + deep + "\"\n" +
		"b = '" + deep + `\` + "'\n" +
		"c = \"\"\"\n" + deep + "\n\"" + deep + "\"\"\"\"\n" +
		"d = '''\n" + deep + "\n'" + deep + "''''\n" +
		"e = [ # " + deep + "\n  \"" + deep + "\", '" + deep + "',\n]\n" +
		"f = { g = \"" + strings.Repeat("a.", maxKeyParts) + "\" }\n" +
		"# " + strings.Repeat("k.", maxKeyLen) + "\n"
	if _, err := Parse("app.toml", []byte(src), Table{Name: "x"}); err != nil {
		t.Errorf("Parse: %v", err)
	}
}
