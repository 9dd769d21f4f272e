package static

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The slimfront image's Dockerfile builds the server for exactly
// ServerPlatforms, at ServerPath.
func TestDockerfileBuildsEveryServer(t *testing.T) {
	data, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`for p in ([^;]+); do`).FindSubmatch(data)
	if m == nil {
		t.Fatal("the Dockerfile has no `for p in …; do` loop over the server's platforms")
	}
	if got := strings.Fields(string(m[1])); !slices.Equal(got, ServerPlatforms) {
		t.Errorf("the Dockerfile builds slimserve for %v; ServerPlatforms = %v", got, ServerPlatforms)
	}
	if !strings.Contains(string(data), "COPY --from=serve /out/ "+serverDir+"/") {
		t.Errorf("the Dockerfile does not copy the servers to %s", serverDir)
	}
	if ServerPath("linux/arm/v7") != "/usr/lib/slimfront/linux-arm-v7/slimserve" {
		t.Errorf("ServerPath(linux/arm/v7) = %s", ServerPath("linux/arm/v7"))
	}
}
