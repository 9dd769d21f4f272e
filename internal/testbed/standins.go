package testbed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
	"github.com/moby/buildkit/client"
	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/exporter/containerimage/exptypes"
	gateway "github.com/moby/buildkit/frontend/gateway/client"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"
	"github.com/tonistiigi/fsutil"
)

// recipeVersion changes whenever a recipe below changes, so caches made by
// an older recipe are not reused.
const recipeVersion = "4"

// DebianSuite is the Debian release every stand-in is made from.
const DebianSuite = "trixie"

// debianMirror is where debootstrap and apt inside stand-ins fetch packages.
const debianMirror = "http://deb.debian.org/debian"

// debianRecipeVersion changes whenever the debian recipe or its tags
// change. It is separate from recipeVersion so that a change here rebuilds
// only the debian stand-in.
const debianRecipeVersion = "1"

// DebianTags are the names the debian stand-in answers to. The real
// trixie-slim differs from trixie only by its trimmed docs and locales.
var DebianTags = []string{"debian:" + DebianSuite, "debian:" + DebianSuite + "-slim"}

// standIn is one cached base image and the names it is served under.
type standIn struct {
	key   string   // cache directory name; changes with every input
	tags  []string // user-facing names, e.g. "golang:1.26-trixie"
	build func(ctx context.Context, b *Bed, tmp string) error
}

// loadStandIns serves every stand-in from the cache, building the missing
// ones first. Order matters: later recipes start from debian.
func (b *Bed) loadStandIns(ctx context.Context) error {
	ins, err := b.standIns()
	if err != nil {
		return err
	}
	for _, s := range ins {
		dir := filepath.Join(b.opts.CacheDir, "images", s.key)
		err := cached(dir, b.opts.Logf, "stand-in "+strings.Join(s.tags, ", "), func(tmp string) error {
			return s.build(ctx, b, tmp)
		})
		if err != nil {
			return err
		}
		if err := b.serveLayout(ctx, dir); err != nil {
			return fmt.Errorf("serve stand-in %s: %w", s.key, err)
		}
	}
	return nil
}

// goVersion is the host toolchain's version without the "go" prefix.
func goVersion() string { return strings.TrimPrefix(runtime.Version(), "go") }

// GoTags lists the names the golang stand-in answers to, like the official
// image: 1.26.8-trixie, 1.26-trixie, 1-trixie, trixie, and the same without
// the suite.
func GoTags() []string {
	v := goVersion()
	parts := strings.Split(v, ".")
	var versions []string
	for i := len(parts); i >= 1; i-- {
		versions = append(versions, strings.Join(parts[:i], "."))
	}
	var tags []string
	for _, ver := range versions {
		tags = append(tags, "golang:"+ver+"-"+DebianSuite, "golang:"+ver)
	}
	return append(tags, "golang:"+DebianSuite, "golang:latest")
}

// distrolessFlavours are the distroless images the bed stands in for.
var distrolessFlavours = []string{"static", "base", "cc"}

func (b *Bed) standIns() ([]standIn, error) {
	caHash, err := hashDir(b.opts.ExtraCADir)
	if err != nil {
		return nil, err
	}
	debKey := "debian-" + DebianSuite + "-" + runtime.GOARCH + "-r" + recipeVersion + "d" + debianRecipeVersion
	ins := []standIn{{
		key:   debKey,
		tags:  DebianTags,
		build: buildDebian,
	}, {
		key:   "golang-" + goVersion() + "-" + runtime.GOARCH + "-ca" + caHash + "-t" + b.testCA.hash() + "-r" + recipeVersion,
		tags:  GoTags(),
		build: buildGolang,
	}}
	var tags []string
	for _, f := range distrolessFlavours {
		for _, t := range []string{"latest", "nonroot"} {
			tags = append(tags, "gcr.io/distroless/"+f+"-debian13:"+t)
		}
	}
	ins = append(ins, standIn{
		key:   "distroless-debian13-" + runtime.GOARCH + "-r" + recipeVersion,
		tags:  tags,
		build: buildDistroless,
	})
	ins = append(ins, nodeStandIns(caHash)...)
	ins = append(ins, nginxStandIns()...)
	ins = append(ins, pythonStandIns(caHash)...)
	ins = append(ins, rustStandIns(caHash)...)
	return ins, nil
}

// hashDir fingerprints the certificates in dir ("" for none).
func hashDir(dir string) (string, error) {
	h := sha256.New()
	if dir != "" {
		files, err := filepath.Glob(filepath.Join(dir, "*.crt"))
		if err != nil {
			return "", err
		}
		sort.Strings(files)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return "", err
			}
			fmt.Fprintf(h, "%s\x00%d\x00", filepath.Base(f), len(data))
			h.Write(data)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}

// buildDebian makes debian:trixie with debootstrap (minbase variant), the
// way the official image is made, minus its cleanup of docs and locales,
// and serves it as debian:trixie-slim too.
func buildDebian(ctx context.Context, b *Bed, tmp string) error {
	work, err := os.MkdirTemp(filepath.Dir(tmp), ".debootstrap-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	rootfs := filepath.Join(work, "rootfs")
	cmd := exec.CommandContext(ctx, b.Tools.Debootstr, "--variant=minbase", DebianSuite, rootfs, debianMirror)
	if err := runLogged(cmd); err != nil {
		return err
	}
	for _, junk := range []string{"var/cache/apt/archives", "var/lib/apt/lists"} {
		matches, _ := filepath.Glob(filepath.Join(rootfs, junk, "*"))
		for _, m := range matches {
			if filepath.Base(m) != "partial" && filepath.Base(m) != "lock" {
				os.RemoveAll(m)
			}
		}
	}
	for _, bin := range []string{"var/cache/apt/pkgcache.bin", "var/cache/apt/srcpkgcache.bin"} {
		os.Remove(filepath.Join(rootfs, bin))
	}
	layerTar := filepath.Join(work, "layer.tar")
	if err := runLogged(exec.CommandContext(ctx, "tar", "--numeric-owner", "--xattrs", "-C", rootfs, "-cf", layerTar, ".")); err != nil {
		return err
	}
	layer, err := tarball.LayerFromFile(layerTar)
	if err != nil {
		return err
	}
	img, err := mutate.AppendLayers(empty.Image, layer)
	if err != nil {
		return err
	}
	cf, err := img.ConfigFile()
	if err != nil {
		return err
	}
	cf = cf.DeepCopy()
	cf.OS, cf.Architecture = "linux", runtime.GOARCH
	cf.Config.Env = []string{"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}
	cf.Config.Cmd = []string{"bash"}
	if img, err = mutate.ConfigFile(img, cf); err != nil {
		return err
	}
	p, err := layout.Write(tmp, empty.Index)
	if err != nil {
		return err
	}
	for _, t := range DebianTags {
		if err := p.AppendImage(img, layout.WithAnnotations(map[string]string{ocispecs.AnnotationRefName: t})); err != nil {
			return err
		}
	}
	return nil
}

// buildGolang makes golang:<host Go>-trixie: debian plus the host's Go
// toolchain, with the official image's packages and environment. Extra CA
// certificates are trusted so module downloads work behind an intercepting
// proxy.
func buildGolang(ctx context.Context, b *Bed, tmp string) error {
	out, err := exec.CommandContext(ctx, "go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %w", err)
	}
	goroot := strings.TrimSpace(string(out))
	locals := map[string]string{"goroot": goroot}
	st := b.trustExtraCAs(llb.Image("docker.io/library/debian:"+DebianSuite), locals)
	// The bed's test CA too: e2e tests serve private module proxies
	// over HTTPS, the only scheme go sends netrc credentials on.
	if b.testCA != nil {
		locals["test-ca"] = b.testCA.dir
		st = st.File(llb.Copy(llb.Local("test-ca", llb.IncludePatterns([]string{"ca.crt"})), "ca.crt", "/usr/local/share/ca-certificates/slimfront-test-bed.crt",
			&llb.CopyInfo{CreateDestPath: true}))
	}
	st = st.Run(shell(`apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates git gcc libc6-dev make pkg-config openssh-client && rm -rf /var/lib/apt/lists/*`),
		llb.WithCustomName("[stand-in golang] apt-get install")).Root()
	st = st.File(llb.Copy(llb.Local("goroot"), "/", "/usr/local/go", &llb.CopyInfo{CopyDirContentsOnly: true, CreateDestPath: true}),
		llb.WithCustomName("[stand-in golang] copy the host Go toolchain"))
	st = st.File(llb.Mkdir("/go", 0o1777).Mkdir("/go/src", 0o1777).Mkdir("/go/bin", 0o1777))

	img := standInConfig()
	img.Config.Env = []string{
		"PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"GOLANG_VERSION=" + goVersion(),
		"GOTOOLCHAIN=local",
		"GOPATH=/go",
	}
	img.Config.WorkingDir = "/go"
	img.Config.Cmd = []string{"bash"}
	return b.buildToLayout(ctx, tmp, locals, []layoutImage{{st: st, config: img, tags: GoTags()}})
}

// buildDistroless makes the gcr.io/distroless static, base and cc images
// for Debian 13: passwd/group with nonroot 65532, nsswitch.conf,
// os-release, the CA bundle, zoneinfo and /tmp 1777; base adds glibc and
// libssl, cc adds libgcc, libstdc++ and libgomp. No shell, no package manager.
func buildDistroless(ctx context.Context, b *Bed, tmp string) error {
	deb := llb.Image("docker.io/library/debian:" + DebianSuite)
	tools := deb.Run(shell(`set -e
apt-get update -qq
apt-get install -y -qq --no-install-recommends ca-certificates tzdata libssl3t64 libgcc-s1 libstdc++6 libgomp1
collect() { out=$1; shift; mkdir -p "$out"; for p in "$@"; do dpkg -L "$p"; done | while read -r f; do
  case "$f" in /usr/lib/*|/lib/*|/usr/lib64/*) if [ -f "$f" ] || [ -L "$f" ]; then echo "$f"; fi;; esac; done | xargs cp -a --parents -t "$out"; }
collect /out/glibc libc6 libssl3t64
cp -a /lib /lib64 /out/glibc/
collect /out/cc libgcc-s1 libstdc++6 libgomp1`), llb.WithCustomName("[stand-in distroless] collect files")).Root()

	static := distrolessStatic(deb, tools)
	base := static.File(llb.Copy(tools, "/out/glibc", "/", &llb.CopyInfo{CopyDirContentsOnly: true}))
	cc := base.File(llb.Copy(tools, "/out/cc", "/", &llb.CopyInfo{CopyDirContentsOnly: true}))

	var imgs []layoutImage
	for _, f := range []struct {
		name string
		st   llb.State
	}{{"static", static}, {"base", base}, {"cc", cc}} {
		for _, nonroot := range []bool{false, true} {
			img := standInConfig()
			img.Config.Env = []string{"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"}
			tag, user, wd := "latest", "0", "/"
			if nonroot {
				tag, user, wd = "nonroot", "65532", "/home/nonroot"
			}
			img.Config.User, img.Config.WorkingDir = user, wd
			imgs = append(imgs, layoutImage{st: f.st, config: img, tags: []string{"gcr.io/distroless/" + f.name + "-debian13:" + tag}})
		}
	}
	return b.buildToLayout(ctx, tmp, nil, imgs)
}

// distrolessStatic is the content of static-debian13, which every
// distroless image starts from. tools must hold the CA bundle and zoneinfo.
func distrolessStatic(deb, tools llb.State) llb.State {
	const passwd = "root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n"
	const group = "root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\n"
	const nsswitch = "passwd:         files\ngroup:          files\nshadow:         files\nhosts:          files dns\nnetworks:       files\nprotocols:      files\nservices:       files\nethers:         files\nrpc:            files\n"
	return llb.Scratch().File(
		llb.Mkdir("/etc", 0o755).
			Mkfile("/etc/passwd", 0o644, []byte(passwd)).
			Mkfile("/etc/group", 0o644, []byte(group)).
			Mkfile("/etc/nsswitch.conf", 0o644, []byte(nsswitch)).
			Copy(deb, "/usr/lib/os-release", "/etc/os-release", &llb.CopyInfo{FollowSymlinks: true}).
			Copy(tools, "/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/certs/ca-certificates.crt", &llb.CopyInfo{CreateDestPath: true, FollowSymlinks: true}).
			Copy(tools, "/usr/share/zoneinfo", "/usr/share/zoneinfo", &llb.CopyInfo{CreateDestPath: true}).
			Copy(deb, "/tmp", "/tmp"). // a copy keeps the sticky bit, which mkdir cannot set
			Mkdir("/root", 0o700).
			Mkdir("/home", 0o755).
			Mkdir("/home/nonroot", 0o700, llb.WithUIDGID(65532, 65532)),
		llb.WithCustomName("[stand-in distroless] static"))
}

// trustExtraCAs copies the bed's extra CA certificates into st's system
// store (for update-ca-certificates, which the recipe runs), adding their
// directory to locals; st is unchanged without any.
func (b *Bed) trustExtraCAs(st llb.State, locals map[string]string) llb.State {
	if b.opts.ExtraCADir == "" {
		return st
	}
	locals["extra-ca"] = b.opts.ExtraCADir
	return st.File(llb.Copy(llb.Local("extra-ca", llb.IncludePatterns([]string{"*.crt"})), "/", "/usr/local/share/ca-certificates/",
		&llb.CopyInfo{CopyDirContentsOnly: true, CreateDestPath: true, AllowEmptyWildcard: true}))
}

// readVersion runs cmd in st, which prints a version without a newline,
// and returns what it printed.
func (b *Bed) readVersion(ctx context.Context, st llb.State, locals map[string]string, name, cmd string) (string, error) {
	out := st.Run(shell(cmd+" > /out/version"), llb.WithCustomName(name+" read the version")).AddMount("/out", llb.Scratch())
	return b.solveFile(ctx, out, locals, "version")
}

func standInConfig() ocispecs.Image {
	return ocispecs.Image{Platform: ocispecs.Platform{OS: "linux", Architecture: runtime.GOARCH}}
}

func shell(script string) llb.RunOption {
	return llb.Args([]string{"/bin/sh", "-c", script})
}

// layoutImage is one image a recipe produces.
type layoutImage struct {
	st     llb.State
	config ocispecs.Image
	tags   []string
}

// buildToLayout solves each image on the bed, pushes it to the bed's
// registry under its first tag, and appends it to the OCI layout at dir
// under all its tags.
func (b *Bed) buildToLayout(ctx context.Context, dir string, locals map[string]string, imgs []layoutImage) error {
	p, err := layout.Write(dir, empty.Index)
	if err != nil {
		return err
	}
	mounts := map[string]fsutil.FS{}
	for name, d := range locals {
		fs, err := fsutil.NewFS(d)
		if err != nil {
			return err
		}
		mounts[name] = fs
	}
	for _, im := range imgs {
		ref, err := b.reg.ref(im.tags[0])
		if err != nil {
			return err
		}
		def, err := im.st.Marshal(ctx, llb.LinuxAmd64)
		if err != nil {
			return err
		}
		cfg, err := json.Marshal(im.config)
		if err != nil {
			return err
		}
		opt := client.SolveOpt{
			LocalMounts: mounts,
			Exports: []client.ExportEntry{{Type: client.ExporterImage, Attrs: map[string]string{
				"name": ref.String(), "push": "true", "registry.insecure": "true",
			}}},
		}
		_, err = b.main.client.Build(ctx, opt, "testbed", func(ctx context.Context, c gateway.Client) (*gateway.Result, error) {
			res, err := c.Solve(ctx, gateway.SolveRequest{Definition: def.ToPB()})
			if err != nil {
				return nil, err
			}
			res.AddMeta(exptypes.ExporterImageConfigKey, cfg)
			return res, nil
		}, nil)
		if err != nil {
			return fmt.Errorf("build %s: %w", im.tags[0], err)
		}
		img, err := remote.Image(ref, remote.WithContext(ctx))
		if err != nil {
			return err
		}
		for _, t := range im.tags {
			if err := p.AppendImage(img, layout.WithAnnotations(map[string]string{ocispecs.AnnotationRefName: t})); err != nil {
				return err
			}
		}
	}
	return nil
}

// serveLayout makes every tagged image or image index of an OCI layout
// pullable from the bed's registry. Blobs are served from the layout in place.
func (b *Bed) serveLayout(ctx context.Context, dir string) error {
	b.reg.blobs.addLayout(dir)
	p, err := layout.FromPath(dir)
	if err != nil {
		return err
	}
	idx, err := p.ImageIndex()
	if err != nil {
		return err
	}
	im, err := idx.IndexManifest()
	if err != nil {
		return err
	}
	for _, desc := range im.Manifests {
		tag := desc.Annotations[ocispecs.AnnotationRefName]
		if tag == "" {
			continue
		}
		ref, err := b.reg.ref(tag)
		if err != nil {
			return err
		}
		if desc.MediaType.IsIndex() {
			child, err := idx.ImageIndex(desc.Digest)
			if err != nil {
				return err
			}
			if err := remote.WriteIndex(ref, child, remote.WithContext(ctx)); err != nil {
				return fmt.Errorf("push %s: %w", tag, err)
			}
			continue
		}
		img, err := idx.Image(desc.Digest)
		if err != nil {
			return err
		}
		if err := remote.Write(ref, img, remote.WithContext(ctx)); err != nil {
			return fmt.Errorf("push %s: %w", tag, err)
		}
	}
	return nil
}
