package plan

import "strings"

// The rules a Warning belongs to, named as BuildKit names a Dockerfile's
// checks: one stable CamelCase word each, which `--call check` reports
// and the README documents under the anchor RuleAnchor gives.
const (
	// RuleAmbiguousLanguage: the context matches several presets and
	// app.toml does not say which.
	RuleAmbiguousLanguage = "AmbiguousLanguage"
	// RuleNoLockfile: the dependencies are not locked (no go.sum, no
	// package.json lockfile, unpinned Python requirements).
	RuleNoLockfile = "NoLockfile"
	// RulePythonVersion: the source tree asks for a Python that the
	// user's [runtime] base may not have.
	RulePythonVersion = "PythonVersion"
	// RuleRootUser: the app runs as uid 0.
	RuleRootUser = "RootUser"
	// RuleRootGroup: the app runs as gid 0.
	RuleRootGroup = "RootGroup"
	// RuleLowPort: a port below 1024 for a non-root user.
	RuleLowPort = "LowPort"
	// RuleUnpinnedBase: [runtime] base names :latest or no tag.
	RuleUnpinnedBase = "UnpinnedBase"
	// RuleShellHealthcheck: the health probe needs a shell the image
	// does not have.
	RuleShellHealthcheck = "ShellHealthcheck"
)

// Rules describes every rule in one line, as `--call check` shows it.
// A Warning's Rule must be one of its keys.
var Rules = map[string]string{
	RuleAmbiguousLanguage: "The build context matches several presets and app.toml does not set language",
	RuleNoLockfile:        "The app's dependencies are not locked, so each build may install other versions",
	RulePythonVersion:     "The source tree asks for another Python than the one the virtualenv is built with",
	RuleRootUser:          "The app runs as root",
	RuleRootGroup:         "The app runs in group root (gid 0)",
	RuleLowPort:           "A port below 1024 cannot be bound by a non-root user outside Docker",
	RuleUnpinnedBase:      "The runtime base image is :latest or has no tag, so each build may get another image",
	RuleShellHealthcheck:  "The healthcheck needs a shell, which the image does not have",
}

// RuleAnchor is the id of the README section that documents rule:
// "rule-rootuser" for RootUser.
func RuleAnchor(rule string) string { return "rule-" + strings.ToLower(rule) }
