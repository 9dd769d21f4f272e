package e2e

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"debug/elf"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/slimfront/slimfront/frontend"
	"github.com/slimfront/slimfront/internal/testbed"
)

// expectations are what examples/<name>/expect.toml says the example's
// image must be. Every key is optional.
type expectations struct {
	User        string   `toml:"user"`
	Entrypoint  []string `toml:"entrypoint"`
	Ports       []string `toml:"ports"`
	Env         []string `toml:"env"`
	Healthcheck []string `toml:"healthcheck"`
	// Only: every image file is one of these paths or under one.
	Only []string `toml:"only"`
	// Present and Absent are image paths; AbsentMatch are regexps no
	// image path may match.
	Present     []string `toml:"present"`
	Absent      []string `toml:"absent"`
	AbsentMatch []string `toml:"absent_match"`
	// Binary's size plus MaxOverhead bounds the compressed image size.
	Binary      string `toml:"binary"`
	MaxOverhead int64  `toml:"max_overhead"`
	// DevLockfile is an npm lockfile whose dev packages the runtime
	// node_modules must not hold.
	DevLockfile string `toml:"dev_lockfile"`
	// Platforms, when set, are built in one index; Elf is a file whose
	// architecture must match each platform.
	Platforms []string  `toml:"platforms"`
	Elf       string    `toml:"elf"`
	Get       []request `toml:"get"`
	Rebuild   *rebuild  `toml:"rebuild"`
}

// request is one HTTP request to the running app: its status (200 unless
// Status says), and the JSON answer holds JSON (a subset match) and a
// non-zero number at each Nonzero key.
type request struct {
	// Path is sent as written, without the client's cleaning ("/../x"
	// reaches the server as is); "{found}" is what the last Find matched.
	Path    string         `toml:"path"`
	JSON    map[string]any `toml:"json"`
	Nonzero []string       `toml:"nonzero"`
	Status  int            `toml:"status"`
	// Send are request headers; Headers are response headers that must
	// have these values ("" for a header that must be absent).
	Send    map[string]string `toml:"send"`
	Headers map[string]string `toml:"headers"`
	// Body must be in the answer, and NotBody must not.
	Body    string `toml:"body"`
	NotBody string `toml:"not_body"`
	// Find is a regexp on the answer whose first group later paths use
	// as {found} (a fingerprinted asset named in index.html).
	Find string `toml:"find"`
}

// rebuild says which steps a source edit and a lockfile edit re-run.
type rebuild struct {
	Edit     string   `toml:"edit"`
	Lockfile string   `toml:"lockfile"`
	Install  []string `toml:"install"` // step name parts of the dependency installs
	Build    []string `toml:"build"`   // step name parts that must re-run after an edit
	// Refetch marks a download in the install's log, which must not
	// appear after a lockfile edit: the cache mount has everything.
	// Reuse is a regexp that matches a read from the cache mount, which
	// must appear.
	Refetch string `toml:"refetch"`
	Reuse   string `toml:"reuse"`
	// Toml is appended to app.toml first, to make the installs say what
	// they download.
	Toml string `toml:"toml"`
	// Replace, when set, is an [old, new] pair the lockfile edit
	// replaces, rather than appending a newline: for a manifest whose
	// whitespace does not reach the install (pyproject.toml's
	// dependencies are the install's arguments).
	Replace []string `toml:"replace"`
	// Quiet is a regexp that the Build steps' logs must not match after
	// the source edit: a dependency compiling again.
	Quiet string `toml:"quiet"`
	// Comment starts a comment line in the edited file's language: the
	// edit appends one. Default "//".
	Comment string `toml:"comment"`
	// EditReplace, when set, is an [old, new] pair of code the source
	// edit swaps (and the next edit swaps back) instead of appending a
	// comment: for a compiler that sees a comment changes no code
	// (rustc's incremental mode), a comment edit is no edit.
	EditReplace []string `toml:"edit_replace"`
	// Fleet makes the bench time a CI fleet too: a cold build exporting
	// a registry cache, then the edit on a fresh daemon importing it.
	Fleet bool `toml:"fleet"`
}

// examples lists examples/*, each with its expectations.
func examples(t testing.TB) map[string]*expectations {
	t.Helper()
	dirs, err := filepath.Glob(examplesDir("*"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*expectations{}
	for _, d := range dirs {
		var e expectations
		md, err := toml.DecodeFile(filepath.Join(d, "expect.toml"), &e)
		if err != nil {
			t.Fatalf("%s: every example needs an expect.toml: %v", d, err)
		}
		for _, k := range md.Undecoded() {
			// The decoder counts keys inside the free-form json tables
			// as undecoded; only a misspelt key of ours is an error.
			if !slices.Contains(k, "json") {
				t.Fatalf("%s/expect.toml: unknown key %s", d, k)
			}
		}
		out[filepath.Base(d)] = &e
	}
	if len(out) == 0 {
		t.Fatal("no examples found")
	}
	return out
}

// TestExamples builds every example exactly as a user would, through the
// `# syntax=org/slimfront` header, then checks its image, runs it under
// runc and asks it what its expect.toml says.
func TestExamples(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	for name, want := range examples(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			ref := b.Ref(name + ":test")
			if _, err := b.Buildx(ctx, examplesDir(name), "-f", "app.toml", "--push", "-t", ref, "."); err != nil {
				t.Fatal(err)
			}
			img, err := b.Inspect(ctx, ref, "linux/amd64")
			if err != nil {
				t.Fatal(err)
			}
			checkImage(t, img, want)
			if want.DevLockfile != "" {
				checkNoDevPackages(t, img, filepath.Join(examplesDir(name), want.DevLockfile))
			}
			if len(want.Get) > 0 {
				checkRunning(t, b, ref, want.Get)
			}
		})
	}
}

func checkImage(t *testing.T, img *testbed.Image, want *expectations) {
	t.Helper()
	cfg := img.Config.Config
	if want.User != "" && cfg.User != want.User {
		t.Errorf("User = %q, want %q", cfg.User, want.User)
	}
	if want.Entrypoint != nil && !slices.Equal(cfg.Entrypoint, want.Entrypoint) {
		t.Errorf("Entrypoint = %q, want exec form %q", cfg.Entrypoint, want.Entrypoint)
	}
	for _, p := range want.Ports {
		if _, ok := cfg.ExposedPorts[p]; !ok {
			t.Errorf("ExposedPorts = %v, want %s", cfg.ExposedPorts, p)
		}
	}
	for _, e := range want.Env {
		if !slices.Contains(cfg.Env, e) {
			t.Errorf("Env = %v, want %s", cfg.Env, e)
		}
	}
	if want.Healthcheck != nil && (cfg.Healthcheck == nil || !slices.Equal(cfg.Healthcheck.Test, want.Healthcheck)) {
		t.Errorf("Healthcheck = %+v, want %q", cfg.Healthcheck, want.Healthcheck)
	}

	files := map[string]testbed.File{}
	for _, f := range img.Files() {
		files[f.Path] = f
		if want.Only != nil && !underAny(f.Path, want.Only) {
			t.Errorf("unexpected file in image: %s", f.Path)
		}
		for _, re := range want.AbsentMatch {
			if regexp.MustCompile(re).MatchString(f.Path) {
				t.Errorf("the image has %s, which matches %s", f.Path, re)
			}
		}
	}
	for _, p := range want.Present {
		if _, ok := files[p]; !ok {
			t.Errorf("the image lacks %s", p)
		}
	}
	for _, p := range want.Absent {
		if _, ok := files[p]; ok {
			t.Errorf("the image has %s", p)
		}
	}
	if f, ok := files["/tmp"]; ok && f.Mode&0o1777 != 0o1777 {
		t.Errorf("/tmp mode = %o, want 1777", f.Mode)
	}
	if want.Binary != "" {
		bin := files[want.Binary].Size
		t.Logf("binary %d bytes, image %d bytes compressed in %d layers", bin, img.Size(), len(img.Layers))
		if bin == 0 {
			t.Errorf("%s is missing or empty", want.Binary)
		} else if img.Size() > bin+want.MaxOverhead {
			t.Errorf("image is %d bytes, over binary (%d) + %d", img.Size(), bin, want.MaxOverhead)
		}
	}
}

// underAny reports whether p is one of dirs, under one, or a parent of one.
func underAny(p string, dirs []string) bool {
	for _, d := range dirs {
		if p == d || strings.HasPrefix(p, d+"/") || strings.HasPrefix(d, p+"/") {
			return true
		}
	}
	return false
}

// checkNoDevPackages: no package the npm lockfile marks dev is in the
// image's node_modules, and every production one is.
func checkNoDevPackages(t *testing.T, img *testbed.Image, lockfile string) {
	t.Helper()
	data, err := os.ReadFile(lockfile)
	if err != nil {
		t.Fatal(err)
	}
	var lock struct {
		Packages map[string]struct {
			Dev      bool `json:"dev"`
			Optional bool `json:"optional"`
		} `json:"packages"`
	}
	if err := json.Unmarshal(data, &lock); err != nil {
		t.Fatal(err)
	}
	files := map[string]bool{}
	for _, f := range img.Files() {
		files[f.Path] = true
	}
	dev, prod := 0, 0
	for p, pkg := range lock.Packages {
		if p == "" {
			continue
		}
		at := "/app/" + p + "/package.json"
		switch {
		case pkg.Dev:
			dev++
			if files[at] {
				t.Errorf("dev dependency %s is in the image", p)
			}
		case !pkg.Optional:
			prod++
			if !files[at] {
				t.Errorf("production dependency %s is missing from the image", p)
			}
		}
	}
	if dev == 0 || prod == 0 {
		t.Errorf("the lockfile has %d dev and %d production packages; the check proves nothing", dev, prod)
	}
}

// checkRunning runs the image and makes each request.
func checkRunning(t *testing.T, b *testbed.Bed, ref string, gets []request) {
	t.Helper()
	ctx := context.Background()
	c, base, err := b.Serve(ctx, ref, gets[0].Path, testbed.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Stop()
	found := ""
	for _, g := range gets {
		path := strings.ReplaceAll(g.Path, "{found}", found)
		status, header, body := rawGet(t, base, path, g.Send)
		want := g.Status
		if want == 0 {
			want = http.StatusOK
		}
		what := fmt.Sprintf("GET %s %v", path, g.Send)
		if status != want {
			t.Errorf("%s = %d, want %d: %.200s", what, status, want, body)
			continue
		}
		for k, v := range g.Headers {
			if got := header.Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", what, k, got, v)
			}
		}
		if g.Body != "" && !strings.Contains(string(body), g.Body) {
			t.Errorf("%s: the answer lacks %q: %.300s", what, g.Body, body)
		}
		if g.NotBody != "" && strings.Contains(string(body), g.NotBody) {
			t.Errorf("%s: the answer holds %q: %.300s", what, g.NotBody, body)
		}
		if g.Find != "" {
			m := regexp.MustCompile(g.Find).FindSubmatch(body)
			if m == nil {
				t.Fatalf("%s: the answer does not match %s: %.300s", what, g.Find, body)
			}
			found = string(m[1])
		}
		if g.JSON == nil && g.Nonzero == nil {
			continue
		}
		var got map[string]any
		if err := json.Unmarshal(body, &got); err != nil {
			t.Errorf("%s: %v in %q", what, err, body)
			continue
		}
		if msg := subset(g.JSON, got, ""); msg != "" {
			t.Errorf("%s: %s in %s", what, msg, body)
		}
		for _, k := range g.Nonzero {
			if n, ok := got[k].(float64); !ok || n == 0 {
				t.Errorf("%s: %s = %v, want a non-zero number", what, k, got[k])
			}
		}
	}
}

// rawGet sends one GET with the target exactly as written (a Go client
// would clean "/../" away) and returns the answer, undecoded: a gzip body
// stays gzip, so Content-Encoding and Content-Length are the server's.
func rawGet(t *testing.T, base, target string, headers map[string]string) (int, http.Header, []byte) {
	t.Helper()
	host := strings.TrimPrefix(base, "http://")
	conn, err := net.DialTimeout("tcp", host, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	var req strings.Builder
	fmt.Fprintf(&req, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n", target, host)
	for _, k := range sortedKeys(headers) {
		fmt.Fprintf(&req, "%s: %s\r\n", k, headers[k])
	}
	req.WriteString("\r\n")
	if _, err := io.WriteString(conn, req.String()); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), &http.Request{Method: http.MethodGet})
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading the body: %v", target, err)
	}
	if resp.ContentLength >= 0 && resp.ContentLength != int64(len(body)) {
		t.Errorf("GET %s: Content-Length %d, body %d bytes", target, resp.ContentLength, len(body))
	}
	return resp.StatusCode, resp.Header, body
}

// get makes a GET request, failing the test when it cannot.
func get(t *testing.T, url string) *http.Response {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// subset reports how got differs from want on want's keys, or "".
func subset(want, got map[string]any, prefix string) string {
	for k, w := range want {
		g := got[k]
		if wm, ok := w.(map[string]any); ok {
			gm, _ := g.(map[string]any)
			if msg := subset(wm, gm, prefix+k+"."); msg != "" {
				return msg
			}
			continue
		}
		if wi, ok := w.(int64); ok {
			w = float64(wi) // JSON numbers decode as float64
		}
		if !reflect.DeepEqual(w, g) {
			return fmt.Sprintf("%s%s = %v, want %v", prefix, k, g, w)
		}
	}
	return ""
}

// TestExamplesEjected: for every example, `slimfront eject` gives a
// Dockerfile that builds with BuildKit's own Dockerfile frontend into an
// image that runs and answers the example's requests.
func TestExamplesEjected(t *testing.T) {
	b := needBed(t)
	needFrontend(t) // the static preset's ejected Dockerfile names its image
	for name, want := range examples(t) {
		if len(want.Get) == 0 {
			continue
		}
		t.Run(name, func(t *testing.T) {
			dir := copyExample(t, name)
			writeEjected(t, dir)
			ref := b.Ref(name + ":ejected")
			if _, err := b.Buildx(context.Background(), dir, "--push", "-t", ref, "."); err != nil {
				df, _ := os.ReadFile(filepath.Join(dir, "Dockerfile"))
				t.Fatalf("%v\nDockerfile:\n%s", err, df)
			}
			checkRunning(t, b, ref, want.Get)
		})
	}
}

// TestExamplesMultiPlatform: one build gives an index with a manifest per
// platform, with no emulation, and each holds code for its architecture.
func TestExamplesMultiPlatform(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	machines := map[string]elf.Machine{"linux/amd64": elf.EM_X86_64, "linux/arm64": elf.EM_AARCH64}
	for name, want := range examples(t) {
		if want.Platforms == nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			ref := b.Ref(name + ":multi")
			if _, err := b.Buildx(ctx, examplesDir(name), "-f", "app.toml", "--platform", strings.Join(want.Platforms, ","), "--push", "-t", ref, "."); err != nil {
				t.Fatal(err)
			}
			manifests, err := b.Index(ctx, ref)
			if err != nil {
				t.Fatal(err)
			}
			var plats []string
			for _, m := range manifests {
				plats = append(plats, m.Platform.OS+"/"+m.Platform.Architecture)
			}
			if !slices.Equal(plats, want.Platforms) {
				t.Fatalf("index platforms = %v, want %v", plats, want.Platforms)
			}
			for _, p := range want.Platforms {
				img, err := b.Inspect(ctx, ref, p)
				if err != nil {
					t.Fatal(err)
				}
				if img.Config.Architecture != strings.TrimPrefix(p, "linux/") {
					t.Errorf("%s: config architecture = %s", p, img.Config.Architecture)
				}
				data, err := img.ReadFile(want.Elf)
				if err != nil {
					t.Fatal(err)
				}
				f, err := elf.NewFile(bytes.NewReader(data))
				if err != nil {
					t.Fatalf("%s: %s is not an ELF file: %v", p, want.Elf, err)
				}
				if f.Machine != machines[p] {
					t.Errorf("%s: %s machine = %v, want %v", p, want.Elf, f.Machine, machines[p])
				}
			}
		})
	}
}

// TestExamplesRebuild: a source edit re-runs the build but no dependency
// install; a lockfile edit re-runs the installs, which download nothing
// the cache mount already has.
func TestExamplesRebuild(t *testing.T) {
	b := needBed(t)
	needFrontend(t) // the static preset's server comes from its image
	for name, want := range examples(t) {
		if want.Rebuild == nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			r := want.Rebuild
			checkout := func() string {
				dir := copyExample(t, name)
				if r.Toml != "" {
					touch(t, filepath.Join(dir, "app.toml"), "\n"+r.Toml+"\n")
				}
				return dir
			}
			dir := checkout()
			solve := func() *testbed.SolveResult {
				t.Helper()
				res, err := b.Solve(context.Background(), testbed.SolveOptions{ContextDir: dir}, frontend.Build)
				if err != nil {
					t.Fatal(err)
				}
				return res
			}
			solve()

			// The edit lands in a fresh checkout of the same tree, as on a
			// CI runner: the same content, every file with a new mtime.
			dir = checkout()
			r.editSource(t, dir, "edited by the rebuild test")
			res := solve()
			for _, v := range steps(t, res, r.Install) {
				if !v.Cached {
					t.Errorf("after editing %s the install step %q re-ran", r.Edit, v.Name)
				}
			}
			for _, v := range steps(t, res, r.Build) {
				if v.Cached {
					t.Errorf("after editing %s the step %q was cached", r.Edit, v.Name)
				}
				if r.Quiet != "" && regexp.MustCompile(r.Quiet).MatchString(v.Logs) {
					t.Errorf("after editing %s, %q did again what it should not (%s):\n%s", r.Edit, v.Name, r.Quiet, v.Logs)
				}
			}

			r.editLockfile(t, dir, 0)
			res = solve()
			for _, v := range steps(t, res, r.Install) {
				if v.Cached {
					t.Errorf("after editing %s the install step %q was cached", r.Lockfile, v.Name)
				}
				if r.Refetch != "" && strings.Contains(v.Logs, r.Refetch) {
					t.Errorf("after editing %s, %q downloaded again instead of reading the cache mount:\n%s", r.Lockfile, v.Name, v.Logs)
				}
				if r.Reuse != "" && !regexp.MustCompile(r.Reuse).MatchString(v.Logs) {
					t.Errorf("after editing %s, %q shows no read from the cache mount (%q):\n%s", r.Lockfile, v.Name, r.Reuse, v.Logs)
				}
			}
		})
	}
}

// steps returns the vertices whose names contain any of parts; each part
// must match at least one.
func steps(t *testing.T, res *testbed.SolveResult, parts []string) []testbed.Vertex {
	t.Helper()
	var out []testbed.Vertex
	for _, p := range parts {
		n := 0
		for _, v := range res.Vertices {
			if strings.Contains(v.Name, p) {
				out = append(out, v)
				n++
			}
		}
		if n == 0 {
			t.Fatalf("no step %q among %d steps", p, len(res.Vertices))
		}
	}
	return out
}

// editSource appends a comment line with text to the edited source file,
// or swaps EditReplace's pair, whichever way the file has it now.
func (r *rebuild) editSource(t testing.TB, dir, text string) {
	t.Helper()
	file := filepath.Join(dir, r.Edit)
	if len(r.EditReplace) != 2 {
		touch(t, file, "\n"+cmp.Or(r.Comment, "//")+" "+text+"\n")
		return
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), r.EditReplace[0]) {
		replaceIn(t, file, r.EditReplace[0], r.EditReplace[1])
	} else {
		replaceIn(t, file, r.EditReplace[1], r.EditReplace[0])
	}
}

// editLockfile changes the lockfile: Replace's pair, swapped back on every
// other call (the n-th), or else one more newline.
func (r *rebuild) editLockfile(t testing.TB, dir string, n int) {
	t.Helper()
	file := filepath.Join(dir, r.Lockfile)
	switch {
	case len(r.Replace) == 2 && n%2 == 0:
		replaceIn(t, file, r.Replace[0], r.Replace[1])
	case len(r.Replace) == 2:
		replaceIn(t, file, r.Replace[1], r.Replace[0])
	default:
		touch(t, file, "\n")
	}
}

// replaceIn replaces old with new in file, failing when old is absent.
func replaceIn(t testing.TB, file, old, new string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s has no %q to replace", file, old)
	}
	if err := os.WriteFile(file, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// touch appends text to a file.
func touch(t testing.TB, file, text string) {
	t.Helper()
	f, err := os.OpenFile(file, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}
