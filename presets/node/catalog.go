package node

import (
	"fmt"
	"strconv"

	"github.com/slimfront/slimfront/presets/preset"
)

// The Node images, named here and nowhere else.
const (
	// nodeRepo is the official Node builder image: node:<version>-<suite>-slim.
	nodeRepo = "docker.io/library/node"
	// distrolessNode is the runtime, by major: nodejs<major>-debian13,
	// with node at /nodejs/bin/node and no shell, npm or corepack.
	distrolessNode = "gcr.io/distroless/nodejs%d-debian13:nonroot"
	// distrolessNodeBin is where the distroless runtime keeps node.
	distrolessNodeBin = "/nodejs/bin/node"
	// corepackVersion is installed in builders that do not bundle
	// corepack (Node 25 on), to run pnpm and yarn as packageManager pins.
	corepackVersion = "0.36.0"
)

// defaultMajor is the newest LTS: what an app that names no version gets.
const defaultMajor = 26

// yarnClassic is the yarn 1 that runs a yarn.lock of version 1 when
// package.json pins no packageManager (the version node:22 bundles).
const yarnClassic = "1.22.22"

// pnpmForLockfile is the pnpm that runs a pnpm-lock.yaml when package.json
// pins no packageManager, by the lockfile's major version.
var pnpmForLockfile = map[string]string{"5": "7.33.7", "6": "8.15.9", "9": "10.34.9"}

// release is what Docker Hub and distroless publish for one Node major.
type release struct {
	major int
	// suites are the Debian variants of node:<major>-<suite>-slim, best
	// first. Trixie variants exist for the releases made after mid-2025.
	suites []string
	// runtime says gcr.io/distroless publishes nodejs<major>-debian13.
	runtime bool
	// corepack says the builder image bundles corepack (Node 24 and older).
	corepack bool
	// lts says the major is (or was) a long-term-support release.
	lts bool
	// codename is the LTS codename, for .nvmrc's lts/<name>.
	codename string
}

// releases are the Node majors slimfront knows, oldest first.
var releases = []release{
	{major: 18, suites: []string{"bookworm"}, corepack: true, lts: true, codename: "hydrogen"},
	{major: 20, suites: []string{preset.DebianSuite, "bookworm"}, corepack: true, lts: true, codename: "iron"},
	{major: 22, suites: []string{preset.DebianSuite, "bookworm"}, runtime: true, corepack: true, lts: true, codename: "jod"},
	{major: 23, suites: []string{"bookworm"}, corepack: true},
	{major: 24, suites: []string{preset.DebianSuite, "bookworm"}, runtime: true, corepack: true, lts: true, codename: "krypton"},
	{major: 25, suites: []string{preset.DebianSuite}},
	{major: 26, suites: []string{preset.DebianSuite}, runtime: true, lts: true},
}

// releaseOf returns the catalog entry of a major, or false.
func releaseOf(major int) (release, bool) {
	for _, r := range releases {
		if r.major == major {
			return r, true
		}
	}
	return release{}, false
}

// builderImage is the node:<version>-<suite>-slim builder for a version
// ("24" or "24.11.1") of release r.
func builderImage(r release, version string) string {
	return nodeRepo + ":" + version + "-" + r.suites[0] + "-slim"
}

// runtimeImage is the distroless runtime of release r.
func runtimeImage(r release) string {
	return fmt.Sprintf(distrolessNode, r.major)
}

// runtimeMajors lists the majors that have a distroless runtime, for
// messages.
func runtimeMajors() string {
	var s string
	for _, r := range releases {
		if r.runtime {
			if s != "" {
				s += ", "
			}
			s += strconv.Itoa(r.major)
		}
	}
	return s
}
