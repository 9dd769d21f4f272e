package golang

import (
	"strings"

	"github.com/slimfront/slimfront/spec"
)

// options is app.toml's [go] table.
type options struct {
	// Static builds with CGO_ENABLED=0 for a scratch image; false links
	// against glibc on distroless base.
	Static bool
	// Flags are extra `go build` flags ("-race").
	Flags []string
	// Ldflags are linker flags, appended after "-s -w".
	Ldflags string
	// Tags are build tags ("netgo").
	Tags []string
	// EmbedTzdata builds with Go's timetzdata tag and leaves the zoneinfo
	// tree out of the image.
	EmbedTzdata bool
}

// readOptions decodes and checks [go].
func readOptions(s *spec.Spec) (options, error) {
	o := options{Static: true}
	err := s.DecodeTable("go", []spec.Field{
		{Name: "static", Kind: spec.Bool(&o.Static)},
		{Name: "flags", Kind: spec.Strings(&o.Flags, `["-race"]`)},
		{Name: "ldflags", Kind: spec.String(&o.Ldflags, `"-X main.version=1.0"`)},
		{Name: "tags", Kind: spec.Strings(&o.Tags, `["netgo", "osusergo"]`)},
		{Name: "embed_tzdata", Kind: spec.Bool(&o.EmbedTzdata)},
	})
	if err != nil {
		return o, err
	}
	p := s.Problems()
	for _, f := range o.Flags {
		p.Check("go.flags", f != "-o" && !strings.HasPrefix(f, "-o="),
			"go.flags: %q: slimfront sets the output of go build itself; name the binary with the top-level name key", f)
	}
	for _, tag := range o.Tags {
		p.Check("go.tags", tag != "" && !strings.ContainsAny(tag, ", \t\n"),
			"go.tags: %q is not a build tag; list each tag as its own string, such as [\"netgo\", \"osusergo\"]", tag)
	}
	return o, p.Err()
}
