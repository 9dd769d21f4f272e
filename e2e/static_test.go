package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/slimfront/slimfront/internal/testbed"
)

// layerWith is the one layer of img that holds path, and fails the test
// unless exactly one does.
func layerWith(t *testing.T, img *testbed.Image, path string) testbed.Layer {
	t.Helper()
	var found []testbed.Layer
	for _, l := range img.Layers {
		for _, f := range l.Files {
			if f.Path == path {
				found = append(found, l)
				break
			}
		}
	}
	if len(found) != 1 {
		t.Fatalf("%s: %d layers hold %s, want 1", img.Ref, len(found), path)
	}
	return found[0]
}

// TestStaticLayersShared: the server layer is the same blob in every app
// built with one slimfront (it is copied from the frontend image, not
// compiled per app), and in a two-platform build the site layer is one
// blob for both platforms while each has its own server.
func TestStaticLayersShared(t *testing.T) {
	b := needBed(t)
	needFrontend(t)
	ctx := context.Background()
	platforms := []string{"linux/amd64", "linux/arm64"}
	servers := map[string]map[string]testbed.Layer{} // example → platform → layer
	sites := map[string]map[string]testbed.Layer{}
	for _, name := range []string{"static-vite", "static-html"} {
		ref := b.Ref(name + ":layers")
		if _, err := b.Buildx(ctx, examplesDir(name), "-f", "app.toml", "--platform", strings.Join(platforms, ","), "--push", "-t", ref, "."); err != nil {
			t.Fatal(err)
		}
		servers[name], sites[name] = map[string]testbed.Layer{}, map[string]testbed.Layer{}
		for _, p := range platforms {
			img, err := b.Inspect(ctx, ref, p)
			if err != nil {
				t.Fatal(err)
			}
			server := layerWith(t, img, "/slimserve")
			if len(server.Files) != 1 {
				t.Errorf("%s %s: the server layer holds %d entries, want /slimserve alone", name, p, len(server.Files))
			}
			servers[name][p] = server
			sites[name][p] = layerWith(t, img, "/app/index.html")
		}
	}
	for _, p := range platforms {
		vite, html := servers["static-vite"][p], servers["static-html"][p]
		if vite.Digest != html.Digest {
			t.Errorf("%s: the server layer is %s in static-vite and %s in static-html, want one blob", p, vite.Digest, html.Digest)
		}
	}
	for name := range servers {
		if a, r := servers[name]["linux/amd64"], servers[name]["linux/arm64"]; a.Digest == r.Digest {
			t.Errorf("%s: amd64 and arm64 share the server layer %s: it is not cross-compiled", name, a.Digest)
		}
		if a, r := sites[name]["linux/amd64"], sites[name]["linux/arm64"]; a.Digest != r.Digest {
			t.Errorf("%s: the site layer is %s for amd64 and %s for arm64, want one blob for both", name, a.Digest, r.Digest)
		}
	}
	t.Logf("server layer: amd64 %s (%d bytes compressed), arm64 %s",
		servers["static-vite"]["linux/amd64"].Digest, servers["static-vite"]["linux/amd64"].Size, servers["static-vite"]["linux/arm64"].Digest)
}
