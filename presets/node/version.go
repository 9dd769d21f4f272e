package node

import (
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"github.com/slimfront/slimfront/presets/preset"
	"github.com/slimfront/slimfront/spec"
)

// nodeVersion is the Node the app builds (and runs) with.
type nodeVersion struct {
	rel release
	// tag is the builder's version tag: the major, or an exact version
	// when [build] version names one.
	tag string
	why string
}

// exactVersion is a full Node version ("24.11.1").
var exactVersion = regexp.MustCompile(`^v?[0-9]+\.[0-9]+\.[0-9]+$`)

// pickVersion chooses the Node version: [build] version, else
// package.json engines.node, else .nvmrc, else .node-version, else the
// newest LTS. needRuntime asks for a major with a distroless runtime.
func pickVersion(fsys fs.FS, s *spec.Spec, pkg *packageJSON, needRuntime bool) (nodeVersion, error) {
	if v := s.Build.Version; v != "" {
		return fromWanted(s, "build.version", "[build] version", v, needRuntime)
	}
	if r := strings.TrimSpace(pkg.Engines.Node); r != "" {
		return fromRange(s, "", "package.json engines.node", r, needRuntime)
	}
	for _, file := range []string{".nvmrc", ".node-version"} {
		data, err := preset.ReadOptional(fsys, file)
		if err != nil {
			return nodeVersion{}, err
		}
		if v := firstLine(data); v != "" {
			return fromWanted(s, "", file, v, needRuntime)
		}
	}
	rel, _ := releaseOf(defaultMajor)
	return nodeVersion{rel: rel, tag: strconv.Itoa(defaultMajor), why: "the newest LTS, as nothing names a version"}, nil
}

// fromWanted reads one wanted version: "24", "v22.11.0", "lts/*",
// "lts/jod", "22.x". key is the app.toml key that said it, if any.
func fromWanted(s *spec.Spec, key, what, v string, needRuntime bool) (nodeVersion, error) {
	v = strings.TrimSpace(v)
	switch lower := strings.ToLower(v); {
	case lower == "lts/*" || lower == "lts" || lower == "node" || lower == "latest" || lower == "stable":
		rel, _ := releaseOf(defaultMajor)
		return nodeVersion{rel: rel, tag: strconv.Itoa(defaultMajor), why: fmt.Sprintf("%s %q, the newest LTS", what, v)}, nil
	case strings.HasPrefix(lower, "lts/"):
		for _, r := range releases {
			if r.codename != "" && r.codename == strings.TrimPrefix(lower, "lts/") {
				return checked(s, key, what, v, r, strconv.Itoa(r.major), needRuntime)
			}
		}
		return nodeVersion{}, s.Errorf(firstNonEmpty(key, "build.version"), "%s %q names no Node LTS line slimfront knows; write a major version such as \"%d\"", what, v, defaultMajor)
	case exactVersion.MatchString(v) && key != "":
		exact := strings.TrimPrefix(v, "v")
		major, _ := strconv.Atoi(strings.SplitN(exact, ".", 2)[0])
		r, ok := releaseOf(major)
		if !ok {
			return nodeVersion{}, unknownMajor(s, key, what, v)
		}
		return checked(s, key, what, v, r, exact, needRuntime)
	}
	// An exact version from a version file builds with its major's
	// newest release: old patch releases have no trixie image.
	return fromRange(s, key, what, v, needRuntime)
}

// fromRange picks the newest catalog major a semver range allows. key is
// the app.toml key that gave the range, or "" when a file of the app did.
func fromRange(s *spec.Spec, key, what, r string, needRuntime bool) (nodeVersion, error) {
	fix := ", or set [build] version in app.toml"
	if key != "" {
		fix = ""
	}
	key = firstNonEmpty(key, "build.version")
	spans, ok := rangeSpans(r)
	if !ok {
		return nodeVersion{}, s.Errorf(key, "%s %q is not a version range slimfront can read; write a major version such as \"%d\"", what, r, defaultMajor)
	}
	var allowed []release
	for i := len(releases) - 1; i >= 0; i-- {
		if allowsMajor(spans, releases[i].major) {
			allowed = append(allowed, releases[i])
		}
	}
	for _, rel := range allowed {
		if rel.runtime || !needRuntime {
			why := fmt.Sprintf("%s %q", what, r)
			if rel.major == defaultMajor || len(allowed) > 1 {
				why += ", the newest allowed major with a runtime image"
			}
			return nodeVersion{rel: rel, tag: strconv.Itoa(rel.major), why: why}, nil
		}
	}
	if len(allowed) == 0 {
		return nodeVersion{}, s.Errorf(key, "%s %q allows no Node major slimfront knows (%d to %d); use one of %s%s", what, r, releases[0].major, releases[len(releases)-1].major, runtimeMajors(), fix)
	}
	return nodeVersion{}, s.Errorf(key, "%s %q allows only Node %s, which has no distroless runtime image (past its end of life, or not an LTS); use one of %s%s",
		what, r, majors(allowed), runtimeMajors(), fix)
}

// checked refuses a major with no runtime when one is needed.
func checked(s *spec.Spec, key, what, v string, r release, tag string, needRuntime bool) (nodeVersion, error) {
	if needRuntime && !r.runtime {
		return nodeVersion{}, s.Errorf(firstNonEmpty(key, "build.version"),
			"%s %q asks for Node %d, which has no distroless runtime image (gcr.io/distroless/nodejs%d-debian13): it is past its end of life or not an LTS; use %s",
			what, v, r.major, r.major, runtimeMajors())
	}
	return nodeVersion{rel: r, tag: tag, why: fmt.Sprintf("%s %q", what, v)}, nil
}

// majors lists the majors of rels: "20" or "18, 20".
func majors(rels []release) string {
	var out []string
	for _, r := range rels {
		out = append(out, strconv.Itoa(r.major))
	}
	return strings.Join(out, ", ")
}

func unknownMajor(s *spec.Spec, key, what, v string) error {
	return s.Errorf(key, "%s %q is not a Node major slimfront knows (%d to %d); use one of %s", what, v, releases[0].major, releases[len(releases)-1].major, runtimeMajors())
}

// firstLine is the first non-empty, non-comment line of a version file.
func firstLine(data []byte) string {
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			return l
		}
	}
	return ""
}
