package spec

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Error is one problem in app.toml, or one a later stage found with what
// app.toml asks for (see [Spec.Errorf]).
type Error struct {
	// File is the file name, e.g. "app.toml".
	File string
	// Line is the 1-based line of the problem; 0 when unknown.
	Line int
	// Key is the dotted path of the key at fault; it may be empty.
	Key string
	// Msg says what is wrong and what to do.
	Msg string
}

// Error formats e as "app.toml:3: msg", or "app.toml: msg" without a line.
func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	case e.File != "":
		return e.File + ": " + e.Msg
	}
	return e.Msg
}

// Errors is every problem found in one file. Parse returns them sorted by
// line, then key.
type Errors []*Error

// Error lists the problems one per line, sorted by line then key.
func (e *Errors) Error() string {
	list := slices.Clone(*e)
	sortErrors(list)
	lines := make([]string, len(list))
	for i, err := range list {
		lines[i] = err.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems, so that errors.As finds an *Error in an
// *Errors.
func (e *Errors) Unwrap() []error {
	out := make([]error, len(*e))
	for i, err := range *e {
		out[i] = err
	}
	return out
}

// sort orders the problems by line, then key, keeping the order in which
// they were found for the same key.
func (e *Errors) sort() { sortErrors(*e) }

func sortErrors(list []*Error) {
	slices.SortStableFunc(list, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Key, b.Key))
	})
}

// printable returns a name from the file for a message: as it is when it
// prints as it is, else quoted with Go's escapes, so that a key cannot
// move the cursor or clear the terminal it is printed on.
func printable(name string) string {
	if isPrintable(name) {
		return name
	}
	return strconv.Quote(name)
}

// escapeUnprintable escapes, Go-style, each rune of msg that does not
// print as it is: for the decoder's messages, which quote the file's text
// raw.
func escapeUnprintable(msg string) string {
	if isPrintable(msg) {
		return msg
	}
	var b strings.Builder
	for i := 0; i < len(msg); {
		r, n := utf8.DecodeRuneInString(msg[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, msg[i])
		case strconv.IsPrint(r):
			b.WriteString(msg[i : i+n])
		default:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		}
		i += n
	}
	return b.String()
}

// isPrintable reports whether s is valid UTF-8 made of printable runes
// (letters, marks, numbers, punctuation, symbols and the ASCII space).
func isPrintable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}
