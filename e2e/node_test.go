package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestNodeNpmrcSecret: `--secret id=npmrc,src=...` reaches the install
// steps as ~/.npmrc (npm logs its requests at the secret's loglevel), yet
// the token is in no layer, in neither config nor history, and in no
// cache key: a build with another token reuses the install step.
func TestNodeNpmrcSecret(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	dir := copyExample(t, "node-express")
	secret := func(token string) string {
		f := filepath.Join(t.TempDir(), "npmrc")
		// A private registry's token, as users keep them, and a log
		// level that shows npm read the file.
		content := "//npm.registry.invalid/:_authToken=" + token + "\nloglevel=http\n"
		if err := os.WriteFile(f, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return f
	}
	tokenA := fmt.Sprintf("slimfront-secret-a-%d", time.Now().UnixNano())
	ref := b.Ref("node-express:secret")
	out, err := b.Buildx(ctx, dir, "-f", "app.toml", "--no-cache", "--secret", "id=npmrc,src="+secret(tokenA), "--push", "-t", ref, ".")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "npm http fetch") {
		t.Errorf("npm did not log its requests: the npmrc secret did not reach the install step:\n%s", out)
	}
	img, err := b.Inspect(ctx, ref, "linux/amd64")
	if err != nil {
		t.Fatal(err)
	}
	where, err := img.Find([]byte(tokenA))
	if err != nil {
		t.Fatal(err)
	}
	if where != "" {
		t.Errorf("the npmrc token is in %s", where)
	}

	tokenB := fmt.Sprintf("slimfront-secret-b-%d", time.Now().UnixNano())
	out, err = b.Buildx(ctx, dir, "-f", "app.toml", "--secret", "id=npmrc,src="+secret(tokenB), "--push", "-t", ref, ".")
	if err != nil {
		t.Fatal(err)
	}
	if !stepCached(out, "] npm ci") {
		t.Errorf("with another token the install step re-ran: the secret is part of its cache key:\n%s", out)
	}
}

// stepCached reports whether buildx's plain progress shows the step whose
// name contains part as CACHED.
func stepCached(out, part string) bool {
	for _, line := range strings.Split(out, "\n") {
		if !strings.Contains(line, part) {
			continue
		}
		if m := regexp.MustCompile(`^(#\d+) `).FindStringSubmatch(line); m != nil && strings.Contains(out, m[1]+" CACHED") {
			return true
		}
	}
	return false
}
