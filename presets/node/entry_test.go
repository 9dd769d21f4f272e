package node

import (
	"slices"
	"strings"
	"testing"
)

func TestPlainStart(t *testing.T) {
	tests := []struct {
		script string
		file   string
		flags  []string
		args   []string
		ok     bool
	}{
		{"node server.js", "server.js", nil, nil, true},
		{"node ./server.js", "server.js", nil, nil, true},
		{"node dist/server.js", "dist/server.js", nil, nil, true},
		{"  node   dist//server.js  ", "dist/server.js", nil, nil, true},
		{"node --enable-source-maps dist/server.js", "dist/server.js", []string{"--enable-source-maps"}, nil, true},
		{"node -r dotenv/config server.js", "server.js", []string{"-r", "dotenv/config"}, nil, true},
		{"node --require dotenv/config --import ./otel.mjs server.js", "server.js", []string{"--require", "dotenv/config", "--import", "./otel.mjs"}, nil, true},
		{"node --max-old-space-size=512 server.js", "server.js", []string{"--max-old-space-size=512"}, nil, true},
		{"node --max-old-space-size 512 server.js", "server.js", []string{"--max-old-space-size", "512"}, nil, true},
		{"node server.js --port 8080", "server.js", nil, []string{"--port", "8080"}, true},
		{"node --no-warnings index.mjs serve", "index.mjs", []string{"--no-warnings"}, []string{"serve"}, true},

		// What needs a shell, or is not node on a file.
		{"", "", nil, nil, false},
		// The image leaves .env out: [runtime] env sets the environment.
		{"node --env-file=.env server.js", "", nil, nil, false},
		{"node --env-file .env server.js", "", nil, nil, false},
		{"node", "", nil, nil, false},
		{"node --inspect", "", nil, nil, false},
		{"node -r", "", nil, nil, false},
		{"nodemon server.js", "", nil, nil, false},
		{"NODE_ENV=production node server.js", "", nil, nil, false},
		{"node server.js && echo done", "", nil, nil, false},
		{"node server.js | pino-pretty", "", nil, nil, false},
		{"node $ENTRY", "", nil, nil, false},
		{"node 'server.js'", "", nil, nil, false},
		{"node \"server.js\"", "", nil, nil, false},
		{"node src/*.js", "", nil, nil, false},
		{"node server.js; rm -rf /", "", nil, nil, false},
		{"node ~/server.js", "", nil, nil, false},
		{"node /srv/server.js", "", nil, nil, false},
		{"node ../server.js", "", nil, nil, false},
		{"tsx src/server.ts", "", nil, nil, false},
		{"next start", "", nil, nil, false},
	}
	for _, tt := range tests {
		file, flags, args, ok := plainStart(tt.script)
		if ok != tt.ok || file != tt.file || !slices.Equal(flags, tt.flags) || !slices.Equal(args, tt.args) {
			t.Errorf("plainStart(%q) = %q, %q, %q, %v; want %q, %q, %q, %v", tt.script, file, flags, args, ok, tt.file, tt.flags, tt.args, tt.ok)
		}
	}
}

func TestEntry(t *testing.T) {
	tests := []struct {
		name       string
		toml       string
		pkg        string
		files      []string
		file       string   // the entry, relative to the app
		entrypoint []string // the image's
		why        string
	}{
		{name: "entrypoint wins", toml: `entrypoint = "./bin/www.js"`,
			pkg: `{"scripts": {"start": "node server.js"}, "main": "index.js"}`, files: []string{"bin/www.js", "", "index.js", ""},
			file: "bin/www.js", entrypoint: []string{"/nodejs/bin/node", "/app/bin/www.js"}, why: "entrypoint"},
		{name: "plain start script",
			pkg: `{"scripts": {"start": "node app.js"}, "main": "index.js"}`, files: []string{"app.js", "", "index.js", ""},
			file: "app.js", entrypoint: []string{"/nodejs/bin/node", "/app/app.js"}, why: `the start script "node app.js"`},
		{name: "start script flags and args",
			pkg: `{"scripts": {"start": "node --enable-source-maps -r ./tracing.js lib/main.js --port 8080"}}`, files: []string{"lib/main.js", ""},
			file: "lib/main.js", entrypoint: []string{"/nodejs/bin/node", "--enable-source-maps", "-r", "./tracing.js", "/app/lib/main.js", "--port", "8080"}},
		{name: "server.js when there is no start script",
			pkg: `{"main": "index.js"}`, files: []string{"index.js", ""},
			file: "server.js", entrypoint: []string{"/nodejs/bin/node", "/app/server.js"}, why: "server.js, which `npm start` runs when there is no start script"},
		{name: "main when the start script needs a shell",
			pkg: `{"scripts": {"start": "NODE_ENV=production node lib/index.js"}, "main": "./lib/index.js"}`, files: []string{"lib/index.js", ""},
			file: "lib/index.js", entrypoint: []string{"/nodejs/bin/node", "/app/lib/index.js"}, why: "package.json main"},
		{name: "main when the start script's file is missing",
			pkg: `{"scripts": {"start": "node gone.js"}, "main": "lib/index.js"}`, files: []string{"lib/index.js", ""},
			file: "lib/index.js"},
		{name: "main, no start script, no server.js",
			pkg: `{"main": "lib/index.js"}`, files: []string{"lib/index.js", ""},
			file: "lib/index.js"},
		{name: "a built entry need not exist yet",
			pkg:  `{"scripts": {"build": "tsc", "start": "node dist/server.js"}}`,
			file: "dist/server.js", entrypoint: []string{"/nodejs/bin/node", "/app/dist/server.js"}},
		{name: "a built entrypoint need not exist yet", toml: `entrypoint = "out/main.js"`,
			pkg:  `{"scripts": {"build": "esbuild"}}`,
			file: "out/main.js"},
		{name: "a built main need not exist yet",
			pkg:  `{"scripts": {"build": "tsc"}, "main": "dist/index.js"}`,
			file: "dist/index.js"},
		{name: "workdir", toml: "[runtime]\nworkdir = \"/srv/web\"\n",
			pkg:  `{"scripts": {"start": "node server.js"}}`,
			file: "server.js", entrypoint: []string{"/nodejs/bin/node", "/srv/web/server.js"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := tree("package.json", tt.pkg)
			if !strings.Contains(tt.pkg, "\"build\"") && tt.file == "server.js" {
				fsys = with(fsys, "server.js", "")
			}
			fsys = with(fsys, tt.files...)
			p := planFor(t, tt.toml, fsys, amd64)
			if got := note(p, "entry "); !strings.HasPrefix(got, "entry "+tt.file+": "+tt.why) {
				t.Errorf("note = %q, want entry %s: %s", got, tt.file, tt.why)
			}
			if tt.entrypoint != nil && !slices.Equal(p.Image.Config.Entrypoint, tt.entrypoint) {
				t.Errorf("image entrypoint = %q, want %q", p.Image.Config.Entrypoint, tt.entrypoint)
			}
		})
	}
}

func TestEntryErrors(t *testing.T) {
	tests := []struct {
		name  string
		toml  string
		pkg   string
		files []string
		line  int
		want  []string
	}{
		{name: "entrypoint missing", toml: "# syntax=org/slimfront\nentrypoint = \"./srever.js\"\n", pkg: `{}`, files: []string{"server.js", ""}, line: 2,
			want: []string{`app.toml:2: entrypoint "srever.js" is not a file in the build context`, `"server.js"`}},
		{name: "nothing to run", pkg: `{"name": "x"}`,
			want: []string{"cannot tell which file to run: package.json has no start script, no main, and there is no server.js", `set entrypoint = "server.js"`}},
		{name: "a start script that needs a shell", pkg: `{"scripts": {"start": "node server.js > log.txt"}}`, files: []string{"server.js", ""},
			want: []string{"the start script \"node server.js > log.txt\" is not of the form `node <file>` (the image has no shell or npm to run it), and no main;", "set entrypoint"}},
		{name: "a start script of another tool", pkg: `{"scripts": {"start": "ts-node src/index.ts"}}`,
			want: []string{"the start script \"ts-node src/index.ts\" is not of the form `node <file>`"}},
		{name: "the start script's file missing", pkg: `{"scripts": {"start": "node srv.js"}, "main": "srv.js"}`, files: []string{"server.js", ""},
			want: []string{`the start script "node srv.js" runs srv.js, which is not in the build context, and main "srv.js" is not in the build context;`}},
		{name: "main missing", pkg: `{"main": "lib/index.js"}`,
			want: []string{`package.json has no start script, main "lib/index.js" is not in the build context, and there is no server.js;`, "set entrypoint"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := planError(t, tt.toml, with(tree("package.json", tt.pkg), tt.files...), amd64)
			wantErr(t, err, "entrypoint", tt.line, tt.want...)
			if strings.Contains(err.Msg, "static site") {
				t.Errorf("error %q hints at a static site, with no static-site tool in package.json", err)
			}
		})
	}
}

// An app with a static-site tool and nothing to run is probably a static
// site: the error says so, and what will build it.
func TestStaticSiteHint(t *testing.T) {
	for _, tt := range []struct{ pkg, tool string }{
		{`{"scripts": {"build": "vite build", "dev": "vite"}, "devDependencies": {"vite": "^7.0.0"}}`, "vite"},
		{`{"scripts": {"build": "react-scripts build"}, "dependencies": {"react-scripts": "5.0.1"}}`, "react-scripts"},
		{`{"scripts": {"build": "astro build"}, "dependencies": {"astro": "^5.0.0"}}`, "astro"},
		{`{"scripts": {"build": "ng build"}, "devDependencies": {"@angular/cli": "^20.0.0"}}`, "@angular/cli"},
	} {
		err := planError(t, ``, tree("package.json", tt.pkg, "index.html", "<p>"), amd64)
		wantErr(t, err, "entrypoint", 0, "cannot tell which file to run", "this looks like a static site built with "+tt.tool, `language = "static" builds it`)
	}
	// A server built with vite runs: no hint, no error.
	planFor(t, ``, tree("package.json", `{"scripts": {"build": "vite build", "start": "node dist/server.js"}, "devDependencies": {"vite": "^7.0.0"}}`), amd64)
}

// main names a file the way require does: without its extension, or a
// directory with an index.js.
func TestEntryMainResolvesLikeNode(t *testing.T) {
	for main, want := range map[string]string{"index": "index.js", "lib": "lib/index.js", "./app.mjs": "app.mjs", "start": "start.cjs"} {
		fsys := tree("package.json", `{"main": "`+main+`"}`, "index.js", "", "lib/index.js", "", "app.mjs", "", "start.cjs", "")
		p := planFor(t, "", fsys, amd64)
		if got := p.Image.Config.Entrypoint; got[len(got)-1] != "/app/"+want {
			t.Errorf("main %q: entrypoint %q, want /app/%s", main, got, want)
		}
	}
}

func TestEntryMainOutsideTheApp(t *testing.T) {
	for _, main := range []string{"../x.js", "/etc/x.js"} {
		err := planError(t, "", tree("package.json", `{"main": "`+main+`", "scripts": {"build": "tsc"}}`), amd64)
		wantErr(t, err, "entrypoint", 0, "leaves the app")
	}
}
