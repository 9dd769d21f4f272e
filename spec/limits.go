package spec

import (
	"fmt"
	"unicode/utf8"
)

// Limits on app.toml. The frontend parses app.toml inside the build
// daemon, and a TOML decoder's work grows faster than the text with deep
// nesting, long keys and keys of many parts, so scan refuses what no real
// app.toml needs before the decoder runs. Each limit is far above what
// one holds (a few dozen keys, three levels, names of a few words) and
// keeps Parse of the worst file under the limits to a few milliseconds:
// see BenchmarkParseWorst.
const (
	// maxFileSize is the size of the largest app.toml, in bytes.
	maxFileSize = 64 << 10
	// maxDepth is how deep arrays and inline tables may nest in a value.
	maxDepth = 32
	// maxKeyLen is the length of the longest key path, in bytes: a key's
	// name with the names of the tables it is in, joined with dots, as
	// messages name it ("runtime.env.LOG_LEVEL").
	maxKeyLen = 256
	// maxKeyParts is how many dotted parts a key or a table header may
	// have.
	maxKeyParts = 16
	// maxItems is how many keys and array items a file may hold, each
	// part of a dotted key or header counting as a key. The decoder's
	// work is at least a microsecond a key, more the more parts it has.
	maxItems = 2048
)

// tooBig, tooDeep, tooLong, tooManyParts and tooManyItems word the
// message of each limit; scan gives them the line where the text passes
// the limit. what is "key", or "table" for a header.
func tooBig(size int) string {
	return fmt.Sprintf("the file is %d bytes, past the limit of 64 KiB (%d bytes) from this line on; keep it to build settings, and data in files of the build context",
		size, maxFileSize)
}

func tooDeep() string {
	return fmt.Sprintf("arrays and inline tables nest more than %d deep here, past the limit; flatten the value, for example with [table] headers", maxDepth)
}

func tooLong(what, path string) string {
	return fmt.Sprintf("%s %s is longer than %d bytes with the names of its tables, past the limit; use shorter names",
		what, showPath(what, path), maxKeyLen)
}

func tooManyParts(what, path string) string {
	return fmt.Sprintf("%s %s has more than %d dotted parts, past the limit; use fewer, or quote a name that holds dots (\"a.b\" = …)",
		what, showPath(what, path), maxKeyParts)
}

func tooManyItems() string {
	return fmt.Sprintf("the file holds more than %d keys and array items by this line, past the limit (each part of a dotted key counts); keep it to build settings", maxItems)
}

// showPath writes the key path of a limit's message, shortened to its
// first bytes, as a [table] when what is "table".
func showPath(what, path string) string {
	const shown = 40
	if len(path) > shown {
		cut := shown
		for cut > 0 && !utf8.RuneStart(path[cut]) {
			cut--
		}
		path = path[:cut] + "…"
	}
	path = printable(path)
	if what == "table" {
		return "[" + path + "]"
	}
	return path
}
