package rust

import (
	"strings"

	"github.com/slimfront/slimfront/spec"
)

// options is app.toml's [rust] table.
type options struct {
	// Static links the C runtime statically (crt-static) for a scratch
	// image; false links glibc dynamically on distroless cc.
	Static bool
	// Strip, LTO and CodegenUnits are the release profile's settings,
	// which override Cargo.toml's: strip, thin LTO and one codegen unit
	// by default. LTO is "thin", "fat", "off", or "cargo" for Cargo.toml's
	// own; CodegenUnits 0 leaves Cargo.toml's. Thin is the default
	// because fat LTO doubles the time of every rebuild for a binary a
	// few percent smaller.
	Strip        bool
	LTO          string
	CodegenUnits int
	// Incremental keeps rustc's incremental state for the app's own
	// crates (cargo never applies it to dependencies) in the target cache
	// mount, so rustc reuses the code of what did not change. On
	// examples/rust-axum a comment-only edit took 7.6 s instead of 13.8 s
	// and a code edit about 1 s less, for the same binary whether the
	// cache was cold or warm.
	Incremental bool
	// Features are cargo features to enable; NoDefaultFeatures turns the
	// default ones off.
	Features          []string
	NoDefaultFeatures bool
}

// ltoValues are Cargo's values of profile.release.lto for [rust] lto.
var ltoValues = map[string]string{"thin": "thin", "fat": "fat", "off": "false"}

// readOptions decodes and checks [rust].
func readOptions(s *spec.Spec) (options, error) {
	o := options{Strip: true, LTO: "thin", CodegenUnits: 1, Incremental: true}
	if err := s.DecodeTable("rust", []spec.Field{
		{Name: "static", Kind: spec.Bool(&o.Static)},
		{Name: "strip", Kind: spec.Bool(&o.Strip)},
		{Name: "lto", Kind: spec.String(&o.LTO, `"thin"`)},
		{Name: "codegen_units", Kind: spec.Int(&o.CodegenUnits, "1")},
		{Name: "incremental", Kind: spec.Bool(&o.Incremental)},
		{Name: "features", Kind: spec.Strings(&o.Features, `["tls"]`)},
		{Name: "no_default_features", Kind: spec.Bool(&o.NoDefaultFeatures)},
	}); err != nil {
		return o, err
	}
	p := s.Problems()
	p.Check("rust.lto", ltoValues[o.LTO] != "" || o.LTO == "cargo",
		"rust.lto = %q: write \"thin\" (the default), \"fat\", \"off\", or \"cargo\" for Cargo.toml's own setting", o.LTO)
	p.Check("rust.codegen_units", o.CodegenUnits >= 0 && o.CodegenUnits <= 256,
		"rust.codegen_units = %d: write a number from 1 to 256, or 0 to keep Cargo.toml's", o.CodegenUnits)
	for _, f := range o.Features {
		p.Check("rust.features", f != "" && !strings.ContainsAny(f, ", \t\n") && !spec.HasControl(f) && !strings.HasPrefix(f, "-"),
			"rust.features: %q is not a feature name; list each feature as its own string, such as [\"tls\", \"serde/derive\"]", f)
	}
	return o, p.Err()
}
