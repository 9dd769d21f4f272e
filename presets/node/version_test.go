package node

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/slimfront/slimfront/plan"
)

// The images of a Node major: node:<tag>-trixie-slim to build,
// distroless nodejs<major> to run.
func builderOf(tag string) plan.Ref {
	return plan.ImageRef("docker.io/library/node:" + tag + "-trixie-slim")
}

func runtimeOf(major int) plan.Ref {
	return plan.ImageRef(fmt.Sprintf("gcr.io/distroless/nodejs%d-debian13:nonroot", major))
}

func TestNodeVersion(t *testing.T) {
	newest := strconv.Itoa(defaultMajor)
	tests := []struct {
		name    string
		toml    string
		engines string // package.json engines.node
		files   []string
		tag     string // builder tag
		major   int    // runtime major
		why     string // the builder note, after "Node from "
	}{
		{name: "nothing names one: the newest LTS", tag: newest, major: defaultMajor,
			why: "the newest LTS, as nothing names a version"},

		// [build] version first.
		{name: "build.version major", toml: "[build]\nversion = \"22\"\n", engines: ">=24", files: []string{".nvmrc", "24\n"},
			tag: "22", major: 22, why: `[build] version "22"`},
		{name: "build.version exact", toml: "[build]\nversion = \"24.11.1\"\n", tag: "24.11.1", major: 24,
			why: `[build] version "24.11.1"`},
		{name: "build.version exact with v", toml: "[build]\nversion = \"v22.11.0\"\n", tag: "22.11.0", major: 22},
		{name: "build.version 22.x", toml: "[build]\nversion = \"22.x\"\n", tag: "22", major: 22},

		// Then engines.node.
		{name: "engines major", engines: "22", files: []string{".nvmrc", "24\n"}, tag: "22", major: 22,
			why: `package.json engines.node "22"`},
		{name: "engines >=18: the newest allowed", engines: ">=18", tag: newest, major: defaultMajor,
			why: `package.json engines.node ">=18", the newest allowed major with a runtime image`},
		{name: "engines ^22", engines: "^22", tag: "22", major: 22},
		{name: "engines ^22.11.0", engines: "^22.11.0", tag: "22", major: 22},
		{name: "engines 20 || 22", engines: "20 || 22", tag: "22", major: 22},
		{name: "engines 18 - 22", engines: "18 - 22", tag: "22", major: 22},
		{name: "engines >=18 <23", engines: ">=18 <23", tag: "22", major: 22},
		{name: "engines >=20 <25 skips 23", engines: ">=20 <25", tag: "24", major: 24},
		{name: "engines 22.x", engines: "22.x", tag: "22", major: 22},
		{name: "engines exact", engines: "22.11.0", tag: "22", major: 22},

		// Then .nvmrc.
		{name: ".nvmrc major", files: []string{".nvmrc", "24\n", ".node-version", "22\n"}, tag: "24", major: 24,
			why: `.nvmrc "24"`},
		{name: ".nvmrc exact builds with the major", files: []string{".nvmrc", "v22.11.0\n"}, tag: "22", major: 22,
			why: `.nvmrc "v22.11.0"`},
		{name: ".nvmrc lts/*", files: []string{".nvmrc", "lts/*\n"}, tag: newest, major: defaultMajor,
			why: `.nvmrc "lts/*", the newest LTS`},
		{name: ".nvmrc node", files: []string{".nvmrc", "node"}, tag: newest, major: defaultMajor},
		{name: ".nvmrc lts/jod", files: []string{".nvmrc", "lts/jod\n"}, tag: "22", major: 22, why: `.nvmrc "lts/jod"`},
		{name: ".nvmrc lts/Krypton", files: []string{".nvmrc", "lts/Krypton\n"}, tag: "24", major: 24},
		{name: ".nvmrc comments and blanks", files: []string{".nvmrc", "# pinned\n\n  22  \n"}, tag: "22", major: 22},
		{name: "an empty .nvmrc is skipped", files: []string{".nvmrc", "\n", ".node-version", "24.1.0\n"}, tag: "24", major: 24},

		// Then .node-version.
		{name: ".node-version", files: []string{".node-version", "22.12.0\n"}, tag: "22", major: 22, why: `.node-version "22.12.0"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pkg := `{"dependencies": {"a": "1"}}`
			if tt.engines != "" {
				pkg = `{"dependencies": {"a": "1"}, "engines": {"node": "` + tt.engines + `"}}`
			}
			p := planFor(t, tt.toml, app(pkg, tt.files...), amd64)
			if from := stage(t, p, "prod-deps").From; from != builderOf(tt.tag) {
				t.Errorf("builder = %s, want %s", from, builderOf(tt.tag))
			}
			if p.Image.Base != runtimeOf(tt.major) {
				t.Errorf("runtime = %s, want %s", p.Image.Base, runtimeOf(tt.major))
			}
			if tt.why != "" {
				if want := "builder " + builderOf(tt.tag).Name + ": Node from " + tt.why; note(p, "builder ") != want {
					t.Errorf("note = %q, want %q", note(p, "builder "), want)
				}
			}
		})
	}
}

// A version without a distroless runtime (Node 20 and 18 are past their
// end of life, odd majors are no LTS) or one slimfront does not know is
// refused: at [build] version's line when app.toml said it, with no line
// and a pointer to [build] version when a file of the app did.
func TestNodeVersionErrors(t *testing.T) {
	tests := []struct {
		name    string
		version string // [build] version, on line 3
		engines string
		files   []string
		line    int
		want    []string
	}{
		{name: "build.version 20", version: "20", line: 3,
			want: []string{`[build] version "20" allows only Node 20, which has no distroless runtime image`, "use one of 22, 24, 26"}},
		{name: "build.version 18", version: "18", line: 3, want: []string{"allows only Node 18"}},
		{name: "build.version 23", version: "23", line: 3, want: []string{"allows only Node 23", "not an LTS"}},
		{name: "build.version 25", version: "25", line: 3, want: []string{"allows only Node 25"}},
		{name: "build.version exact 20", version: "20.19.0", line: 3,
			want: []string{`[build] version "20.19.0" asks for Node 20`, "gcr.io/distroless/nodejs20-debian13", "use 22, 24, 26"}},
		{name: "build.version unknown major", version: "27", line: 3,
			want: []string{`[build] version "27" allows no Node major slimfront knows (18 to 26)`}},
		{name: "build.version unknown exact", version: "16.20.2", line: 3,
			want: []string{`[build] version "16.20.2" is not a Node major slimfront knows (18 to 26)`}},
		{name: "engines 20", engines: "20", line: 0,
			want: []string{`package.json engines.node "20" allows only Node 20`, "or set [build] version in app.toml"}},
		{name: "engines 18", engines: "^18.17", line: 0, want: []string{"allows only Node 18"}},
		{name: "engines <22", engines: "<22", line: 0, want: []string{"allows only Node 20, 18"}},
		{name: "engines too old", engines: "<18", line: 0, want: []string{"allows no Node major slimfront knows"}},
		{name: "engines unreadable", engines: "latest", line: 0,
			want: []string{`package.json engines.node "latest" is not a version range slimfront can read`}},
		{name: ".nvmrc 20", files: []string{".nvmrc", "20\n"}, line: 0, want: []string{`.nvmrc "20" allows only Node 20`}},
		{name: ".nvmrc lts/iron", files: []string{".nvmrc", "lts/iron\n"}, line: 0, want: []string{`.nvmrc "lts/iron" asks for Node 20`}},
		{name: ".nvmrc unknown LTS", files: []string{".nvmrc", "lts/argon\n"}, line: 0,
			want: []string{`.nvmrc "lts/argon" names no Node LTS line slimfront knows`}},
		{name: ".node-version 18", files: []string{".node-version", "18.20.4\n"}, line: 0, want: []string{`.node-version "18.20.4" allows only Node 18`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toml := "# syntax=org/slimfront\n[build]\n"
			if tt.version != "" {
				toml += "version = \"" + tt.version + "\"\n"
			}
			pkg := `{}`
			if tt.engines != "" {
				pkg = `{"engines": {"node": "` + tt.engines + `"}}`
			}
			err := planError(t, toml, app(pkg, tt.files...), amd64)
			wantErr(t, err, "build.version", tt.line, tt.want...)
			if tt.line == 0 && strings.HasPrefix(err.Error(), "app.toml:3") {
				t.Errorf("error %q points at app.toml, which named no version", err)
			}
		})
	}
}

// The words nvm and friends use for "the newest" are read as such in
// [build] version too.
func TestNodeVersionAliases(t *testing.T) {
	for _, v := range []string{"lts", "latest", "node", "stable"} {
		p := planFor(t, "[build]\nversion = \""+v+"\"\n", app(`{}`), amd64)
		if p.Image.Base != runtimeOf(defaultMajor) {
			t.Errorf("version %q: runtime %s, want %s", v, p.Image.Base, runtimeOf(defaultMajor))
		}
	}
}

// The catalog's claims the preset relies on.
func TestCatalog(t *testing.T) {
	def, ok := releaseOf(defaultMajor)
	if !ok || !def.runtime || !def.lts {
		t.Errorf("defaultMajor %d: %+v, %v; want an LTS with a runtime image", defaultMajor, def, ok)
	}
	for i, r := range releases {
		if i > 0 && r.major <= releases[i-1].major {
			t.Errorf("releases not oldest first at %d", r.major)
		}
		if len(r.suites) == 0 {
			t.Errorf("Node %d has no builder suite", r.major)
		}
		if r.runtime && r.suites[0] != "trixie" {
			t.Errorf("Node %d has a debian13 runtime but builds on %s", r.major, r.suites[0])
		}
		if r.runtime && (!r.lts || r.major%2 != 0) {
			t.Errorf("Node %d has a runtime image but is no LTS", r.major)
		}
	}
	if got := runtimeMajors(); got != "22, 24, 26" {
		t.Errorf("runtimeMajors() = %q", got)
	}
}
