// Package spec is the app.toml schema: it decodes the file, rejects
// unknown keys (suggesting the closest known one), validates values, and
// remembers the lines of every key so errors and build steps can point at
// them. It reports every problem at once. It knows nothing of BuildKit.
package spec

import (
	"errors"
	"fmt"
	"time"

	"github.com/BurntSushi/toml"
)

// Spec is a decoded, validated app.toml.
type Spec struct {
	// File is the file name used in messages ("app.toml").
	File string
	// Language names the preset; empty means detect it from the source.
	Language string
	// Name is the app's name (binary name, image title); empty means the
	// preset derives one.
	Name string
	// Entrypoint is the main package or entry file, a clean relative
	// slash path inside the build context ("cmd/server", or ".").
	Entrypoint string
	// Static asks for a fully static build on a scratch image.
	Static  bool
	Build   Build
	Runtime Runtime
	Labels  map[string]string

	source []byte
	lines  map[string]Range
}

// Build is the [build] table.
type Build struct {
	Version string
	Flags   []string
	Ldflags string
	Tags    []string
	Env     map[string]string
}

// Runtime is the [runtime] table.
type Runtime struct {
	// Base is "scratch", "distroless", an image reference, or "" (the
	// preset decides).
	Base string
	// User is "uid:gid": 65532:65532 (nonroot) unless set.
	User    string
	Args    []string
	Env     map[string]string
	Ports   []string // "8080/tcp", sorted, unique
	Workdir string
	Files   []string // clean relative slash paths
	// Tzdata is "files" (zoneinfo in the image), "embed" (in the binary)
	// or "none".
	Tzdata      string
	CACerts     bool
	Healthcheck *Healthcheck
}

// Healthcheck is [runtime.healthcheck]: an exec-form probe.
type Healthcheck struct {
	Cmd         []string
	Interval    time.Duration
	Timeout     time.Duration
	StartPeriod time.Duration
	Retries     int
}

// Range is a 1-based inclusive line range; zero means unknown.
type Range struct{ Start, End int }

// Default returns the spec of an empty app.toml.
func Default(file string) *Spec {
	return &Spec{
		File:       file,
		Entrypoint: ".",
		Static:     true,
		Runtime: Runtime{
			User:    "65532:65532",
			Workdir: "/app",
			Tzdata:  "files",
			CACerts: true,
		},
		lines: map[string]Range{},
	}
}

// Parse decodes and validates app.toml. On failure the error is *Errors
// with every problem found, each naming the file and line.
func Parse(file string, data []byte) (*Spec, error) {
	s := Default(file)
	s.source = data
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return nil, &Errors{{File: file, Line: perr.Position.Line, Msg: "not valid TOML: " + perr.Message}}
		}
		return nil, &Errors{{File: file, Msg: "not valid TOML: " + err.Error()}}
	}
	s.lines = keyLines(data)
	d := &decoder{s: s}
	d.table("", raw, schema)
	if len(d.errs) > 0 {
		d.errs.sort()
		return nil, &d.errs
	}
	return s, nil
}

// Range returns where a key was written, by dotted path ("entrypoint",
// "build.ldflags", "runtime" for the whole table).
func (s *Spec) Range(key string) Range { return s.lines[key] }

// Source returns the raw bytes of the file.
func (s *Spec) Source() []byte { return s.source }

// Errorf makes an error that points at key's line in the file (or at the
// file alone when key was not written).
func (s *Spec) Errorf(key, format string, args ...any) *Error {
	return &Error{File: s.File, Line: s.lines[key].Start, Key: key, Msg: fmt.Sprintf(format, args...)}
}
