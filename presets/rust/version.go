package rust

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// versionRE is a Rust release as image tags name it: 1, 1.88 or 1.88.0.
var versionRE = regexp.MustCompile(`^1(\.[0-9]+){0,2}$`)

// pickVersion is the builder's tag version: [build] version, else the
// channel of rust-toolchain.toml or rust-toolchain, else the newest
// stable. Cargo.toml's rust-version is a minimum, which the newest
// stable meets.
func pickVersion(src fs.FS, s *spec.Spec) (version, why string, err error) {
	if v := s.Build.Version; v != "" {
		if !versionRE.MatchString(v) {
			return "", "", s.Errorf("build.version", "[build] version = %q is not a Rust release such as \"1.88\" or \"1.88.0\"", v)
		}
		return v, "[build] version", nil
	}
	for _, file := range []string{"rust-toolchain.toml", "rust-toolchain"} {
		data, err := preset.ReadOptional(src, file)
		if err != nil {
			return "", "", err
		}
		if data == nil {
			continue
		}
		channel := strings.TrimSpace(string(data))
		if file == "rust-toolchain.toml" || strings.HasPrefix(channel, "[") {
			var t struct {
				Toolchain struct {
					Channel string `toml:"channel"`
				} `toml:"toolchain"`
			}
			if _, err := toml.Decode(string(data), &t); err != nil {
				return "", "", fmt.Errorf("%s: %w", file, err)
			}
			channel = t.Toolchain.Channel
		}
		switch {
		case channel == "" || channel == "stable":
			return defaultVersion, file + " asks for stable", nil
		case versionRE.MatchString(channel):
			return channel, file, nil
		}
		return "", "", &spec.Error{File: file, Line: 1, Msg: fmt.Sprintf("channel %q: the official rust image has stable releases only; pin a release such as \"1.88.0\", or set [build] version in app.toml", channel)}
	}
	return defaultVersion, "the newest stable release (rust-version in Cargo.toml is a minimum)", nil
}
