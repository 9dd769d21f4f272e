package testbed

import (
	"bytes"
	"context"
	"debug/elf"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// startBed starts a bed for a test, gated like the e2e tests: skipped
// unless SLIMFRONT_E2E=1 or CI=true, and a failure when it cannot start.
func startBed(t *testing.T) *Bed {
	t.Helper()
	if os.Getenv("SLIMFRONT_E2E") != "1" && os.Getenv("CI") != "true" {
		t.Skip("needs the BuildKit test bed: set SLIMFRONT_E2E=1")
	}
	b, err := Start(context.Background(), Options{Logf: t.Logf})
	if err != nil {
		t.Fatalf("the BuildKit test bed did not come up: %v", err)
	}
	t.Cleanup(b.Stop)
	return b
}

// The node stand-ins answer to Docker Hub's names and carry what the
// official images do; the distroless nodejs ones are multi-platform and run.
func TestNodeStandIns(t *testing.T) {
	b := startBed(t)
	ctx := context.Background()

	for _, rel := range NodeReleases {
		t.Run("node:"+rel.Major()+"-trixie-slim", func(t *testing.T) {
			run := `RUN test "$(node -v)" = v` + rel.Node + ` && test "$(npm -v)" = ` + rel.NPM + ` && test "$NODE_VERSION" = ` + rel.Node + ` && npx --version && node -e 'require("https").get("https://registry.npmjs.org/", r => process.exit(r.statusCode === 200 ? 0 : 1))'`
			if rel.Corepack != "" {
				run += ` && test "$(corepack --version)" = ` + rel.Corepack + ` && test "$(yarn --version)" = ` + rel.Yarn + ` && yarnpkg --version && COREPACK_ENABLE_DOWNLOAD_PROMPT=0 corepack pnpm@10.0.0 --version`
			} else {
				run += ` && ! command -v corepack && ! command -v yarn`
			}
			// The first tag is the full version; build from the shortest.
			tags := NodeTags(rel)
			from := strings.TrimPrefix(tags[len(tags)-2], "node:")
			dir := t.TempDir()
			df := "FROM node:" + from + "\n" + run + "\n"
			if err := os.WriteFile(filepath.Join(dir, "Dockerfile"), []byte(df), 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := b.Buildx(ctx, dir, "--no-cache", "."); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
		})
	}

	for _, rel := range NodeReleases {
		for _, tag := range DistrolessNodeTags(rel) {
			ref := b.Ref(strings.TrimPrefix(tag, "gcr.io/"))
			t.Run(tag, func(t *testing.T) {
				descs, err := b.Index(ctx, ref)
				if err != nil {
					t.Fatal(err)
				}
				var plats []string
				for _, d := range descs {
					plats = append(plats, d.Platform.OS+"/"+d.Platform.Architecture)
				}
				for _, want := range []string{"linux/amd64", "linux/arm64"} {
					if !slices.Contains(plats, want) {
						t.Errorf("index lists %v; lacks %s", plats, want)
					}
				}
				nonroot := strings.HasSuffix(tag, ":nonroot")
				for _, arch := range []string{"amd64", "arm64"} {
					img, err := b.Inspect(ctx, ref, "linux/"+arch)
					if err != nil {
						t.Fatal(err)
					}
					c := img.Config
					wantUser, wantWD := "0", "/"
					if nonroot {
						wantUser, wantWD = "65532", "/home/nonroot"
					}
					if c.Architecture != arch || c.OS != "linux" || c.Config.User != wantUser || c.Config.WorkingDir != wantWD ||
						!slices.Equal(c.Config.Entrypoint, []string{"/nodejs/bin/node"}) {
						t.Errorf("%s config: %s/%s user %q workdir %q entrypoint %q", arch, c.OS, c.Architecture, c.Config.User, c.Config.WorkingDir, c.Config.Entrypoint)
					}
					checkNodeELF(t, img, arch)
				}
			})
		}
	}

	for _, rel := range NodeReleases {
		ref := b.Ref("distroless/nodejs" + rel.Major() + "-debian13:nonroot")
		t.Run("run "+ref, func(t *testing.T) {
			c, err := b.Run(ctx, ref, RunOptions{Platform: "linux/amd64", Args: []string{"-e", "console.log(process.version, process.getuid())"}})
			if err != nil {
				t.Fatal(err)
			}
			defer c.Stop()
			deadline := time.Now().Add(60 * time.Second)
			for !c.Exited() && time.Now().Before(deadline) {
				time.Sleep(100 * time.Millisecond)
			}
			if got, want := strings.TrimSpace(c.Logs()), "v"+rel.Node+" 65532"; got != want {
				t.Errorf("node printed %q, want %q", got, want)
			}
		})
	}
}

// checkNodeELF checks that /nodejs/bin/node is a binary for arch and that
// the image holds its program interpreter.
func checkNodeELF(t *testing.T, img *Image, arch string) {
	t.Helper()
	data, err := img.ReadFile("/nodejs/bin/node")
	if err != nil {
		t.Fatal(err)
	}
	f, err := elf.NewFile(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s /nodejs/bin/node: %v", arch, err)
	}
	want := map[string]elf.Machine{"amd64": elf.EM_X86_64, "arm64": elf.EM_AARCH64}[arch]
	if f.Machine != want {
		t.Errorf("%s /nodejs/bin/node is for %s", arch, f.Machine)
	}
	var interp string
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			b := make([]byte, p.Filesz)
			if _, err := p.ReadAt(b, 0); err != nil {
				t.Fatal(err)
			}
			interp = string(bytes.TrimRight(b, "\x00"))
		}
	}
	files := map[string]File{}
	for _, f := range img.Files() {
		files[f.Path] = f
	}
	// The interpreter's directory (/lib or /lib64) is a symlink into /usr.
	dir, base := filepath.Split(interp)
	dir = filepath.Clean(dir)
	link, ok := files[dir]
	if !ok || link.Linkname == "" {
		t.Fatalf("%s: interpreter %s: %s is not a symlink in the image", arch, interp, dir)
	}
	target := filepath.Join("/", link.Linkname, base)
	if _, ok := files[target]; !ok {
		t.Errorf("%s: interpreter %s (%s) is missing", arch, interp, target)
	}
	for _, lib := range []string{"libc.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libssl.so.3"} {
		triplet := map[string]string{"amd64": "x86_64-linux-gnu", "arm64": "aarch64-linux-gnu"}[arch]
		if _, ok := files[fmt.Sprintf("/usr/lib/%s/%s", triplet, lib)]; !ok {
			t.Errorf("%s: /usr/lib/%s/%s is missing", arch, triplet, lib)
		}
	}
	for _, none := range []string{"/bin/sh", "/usr/bin/sh", "/nodejs/bin/npm", "/usr/local/bin/npm"} {
		if _, ok := files[none]; ok {
			t.Errorf("%s: %s exists; distroless nodejs has none", arch, none)
		}
	}
}

func TestNodeTagsLikeDockerHub(t *testing.T) {
	for _, rel := range NodeReleases {
		major, minor := rel.Major(), rel.Node[:strings.LastIndex(rel.Node, ".")]
		tags := " " + strings.Join(NodeTags(rel), " ") + " "
		for _, v := range []string{rel.Node, minor, major} {
			for _, want := range []string{"node:" + v + "-trixie-slim", "node:" + v + "-slim"} {
				if !strings.Contains(tags, " "+want+" ") {
					t.Errorf("NodeTags(%s) = %s; lacks %s", rel.Node, tags, want)
				}
			}
		}
	}
}

// New versions or other extra CAs rebuild the node stand-ins; the CAs
// never reach distroless.
func TestNodeStandInKeys(t *testing.T) {
	one, two := nodeStandIns("aaa"), nodeStandIns("bbb")
	seen := map[string]bool{}
	for i := range one {
		if seen[one[i].key] {
			t.Errorf("two node stand-ins share the key %s", one[i].key)
		}
		seen[one[i].key] = true
		distroless := strings.HasPrefix(one[i].key, "distroless-")
		if distroless != (one[i].key == two[i].key) {
			t.Errorf("keys %s and %s for other extra CAs", one[i].key, two[i].key)
		}
	}
	saved := NodeReleases
	defer func() { NodeReleases = saved }()
	for field := 0; field < 4; field++ {
		NodeReleases = append([]NodeRelease(nil), saved...)
		r := &NodeReleases[0]
		switch field {
		case 0:
			r.Node += "1"
		case 1:
			r.NPM += "1"
		case 2:
			r.Corepack += "1"
		case 3:
			r.Yarn += "1"
		}
		if nodeStandIns("aaa")[0].key == one[0].key {
			t.Errorf("changing field %d of %+v keeps the key %s", field, *r, one[0].key)
		}
	}
}
