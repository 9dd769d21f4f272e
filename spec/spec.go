// Package spec is the app.toml schema (v1). It decodes the file, rejects
// unknown keys (suggesting the closest known one), checks the type and
// value of every key, and remembers the lines each key was written on, so
// that its own errors and those of later stages point at the user's file.
// Every problem in a file is reported at once.
//
// A minimal app.toml:
//
//	# syntax=org/slimfront
//	entrypoint = "./cmd/server"
//
//	[runtime]
//	ports = [8080]
//
// The package knows nothing of BuildKit.
package spec

import (
	"errors"
	"fmt"
	"time"

	"github.com/BurntSushi/toml"
)

// Spec is a decoded, validated app.toml. Keys absent from the file hold
// the values of [Default].
type Spec struct {
	// File is the file name used in messages, e.g. "app.toml".
	File string
	// Language names the preset that builds the app ("go"); empty means
	// the presets detect it from the source tree.
	Language string
	// Name is the app's name: its binary name and image title. Empty means
	// the preset derives one.
	Name string
	// Entrypoint is what the app runs: the main package for Go, the
	// entry file for Node. It is a clean, relative, slash-separated path
	// inside the build context, without a leading "./" ("cmd/server");
	// empty means the preset decides.
	Entrypoint string
	// Build is the [build] table.
	Build Build
	// Runtime is the [runtime] table.
	Runtime Runtime
	// Labels are the image labels of the [labels] table; nil when absent.
	Labels map[string]string
	// Args are the build args [args] declares, with their defaults; see
	// SetArgs.
	Args map[string]string

	ranges map[string]Range // by dotted key path; see scan
	// tables holds the language tables ([go], [node]) as decoded TOML,
	// for the preset that owns each to decode with DecodeTable.
	tables map[string]map[string]any
	// headers are the paths written as [table] headers.
	headers map[string]bool
}

// Build is the [build] table: how the app is built, in terms every
// language shares.
type Build struct {
	// Version is the toolchain version ("1.26" for Go, "24" for Node);
	// empty means the preset reads it from the source tree (go.mod,
	// engines, .nvmrc).
	Version string
	// Env is the environment of the build steps.
	Env map[string]string
}

// Runtime is the [runtime] table: the final image and how the app runs.
type Runtime struct {
	// Base is "scratch", "distroless" or an image reference; empty means
	// the preset decides.
	Base string
	// User is the user the app runs as, in "uid:gid" form: "65532:65532"
	// (nonroot) by default, "0:0" for root.
	User string
	// Args are the app's arguments (the image's CMD).
	Args []string
	// Env is the app's environment.
	Env map[string]string
	// Ports are the exposed ports as "8080/tcp" or "9090/udp", sorted by
	// number then protocol, without duplicates.
	Ports []string
	// Workdir is the absolute, clean working directory the app and Files
	// are copied to; "/app" by default.
	Workdir string
	// Files are extra build-context paths copied into the image under
	// Workdir: clean, relative, slash-separated.
	Files []string
	// Tzdata says whether a scratch image gets the zoneinfo tree:
	// "files" (the default) or "none".
	Tzdata string
	// CACerts puts a CA certificate bundle in the image; true by default.
	CACerts bool
	// Healthcheck is the [runtime.healthcheck] table; nil when absent.
	Healthcheck *Healthcheck
}

// Healthcheck is the [runtime.healthcheck] table: a probe the container
// runtime runs inside the container. Zero durations and retries mean the
// runtime's defaults.
type Healthcheck struct {
	// Cmd is the probe in exec form; never empty.
	Cmd []string
	// Interval is the time between probes.
	Interval time.Duration
	// Timeout is how long one probe may take.
	Timeout time.Duration
	// StartPeriod is the time failures are not counted after start.
	StartPeriod time.Duration
	// Retries is how many consecutive failures make the app unhealthy.
	Retries int
}

// Range is a 1-based inclusive range of lines in the file; the zero Range
// means unknown.
type Range struct{ Start, End int }

// Default returns the spec used for every key that is absent from the
// file: what Parse returns for an empty file.
func Default(file string) *Spec {
	return &Spec{
		File: file,
		Runtime: Runtime{
			User:    uidGID(nonrootID, nonrootID),
			Workdir: "/app",
			Tzdata:  "files",
			CACerts: true,
		},
	}
}

// Parse decodes and validates the app.toml held in data; file names it in
// messages. tables are the language tables presets own ([go], [node]):
// Parse keeps them for [Spec.DecodeTable] and checks each one the file
// has, so its problems come with the others. On failure the error is an
// *Errors holding every problem found, each with its line. A file over
// one of the limits (64 KiB; arrays and inline tables 32 deep; key paths
// of 256 bytes and 16 dotted parts; 2048 keys and array items) or with a
// TOML syntax error is not decoded, so that problem is reported alone.
func Parse(file string, data []byte, tables ...Table) (*Spec, error) {
	// Scan first: it refuses what exceeds the limits before the decoder
	// spends time on it.
	layout := scan(data)
	if layout.err != nil {
		e := *layout.err
		e.File = file
		return nil, &Errors{&e}
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, &Errors{syntaxError(file, err)}
	}
	s := Default(file)
	s.ranges = layout.ranges
	s.headers = layout.headers

	d := &decoder{spec: s, headers: layout.headers}
	fields := schema(s)
	for _, t := range tables {
		fields = addLanguage(fields, t.Name)
	}
	d.table("", raw, fields)
	d.validate()
	for _, t := range tables {
		if s.HasTable(t.Name) && t.Check != nil {
			d.add(t.Check(s))
		}
	}
	if len(d.errs) > 0 {
		d.errs.sort()
		return nil, &d.errs
	}
	return s, nil
}

// syntaxError turns an error of the TOML decoder into an *Error, with its
// line when the decoder knows it.
func syntaxError(file string, err error) *Error {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		// The decoder moves an error at the end of the file up a line, to
		// line 0 in a file of one line without a newline.
		line := max(perr.Position.Line, 1)
		return &Error{File: file, Line: line, Key: perr.LastKey, Msg: "invalid TOML: " + escapeUnprintable(perr.Message)}
	}
	return &Error{File: file, Msg: "invalid TOML: " + escapeUnprintable(err.Error())}
}

// Range returns the lines where a key was written, by dotted path:
// "entrypoint", "build.ldflags", "runtime.healthcheck.cmd",
// "runtime.env.LOG_LEVEL". A table ("runtime") spans from its header to
// its last key, sub-tables included; a multi-line value spans until the
// value ends. The zero Range means the key is absent.
func (s *Spec) Range(key string) Range { return s.ranges[key] }

// Errorf returns an *Error about key (a dotted path, as for Range) that
// points at the line where key was written, or at no line when it is
// absent. Later stages use it so their errors also name file and line.
func (s *Spec) Errorf(key, format string, args ...any) *Error {
	return &Error{File: s.File, Line: s.ranges[key].Start, Key: key, Msg: fmt.Sprintf(format, args...)}
}
