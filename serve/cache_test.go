package serve

import (
	"math/rand/v2"
	"testing"
)

func TestFingerprinted(t *testing.T) {
	hashed := []string{
		"assets/index-BxK3f9aQ.js",   // Vite / Rollup
		"assets/index--zJDiM8t.js",   // a Rollup hash starting with '-'
		"assets/vendor-a_Z9-xQ1.css", // '-' and '_' inside
		"main-ABCD1234.js",           // Angular / esbuild
		"chunk-5FQMA3SX.js",          // esbuild base32
		"static/js/main.3f2a1b9c.js", // CRA / webpack
		"static/js/787.8e1c3f4a.chunk.js",
		"app.8e1c3f4a9b.css",            // webpack [contenthash:10]
		"_astro/index.BxK3f9aQ.css",     // Astro
		"app-3f2a1b9c4d5e6f7a8b9c.js",   // Gatsby
		"_next/static/chunks/main.js",   // Next.js: the directory is content-addressed
		"_app/immutable/entry/start.js", // SvelteKit
		"base/_app/immutable/x.js",
		"_nuxt/DlAUqK2U.js", // Nuxt: the bare hash
		"fonts/inter-d41d8cd98f00b204e9800998ecf8427e.woff2",
	}
	plain := []string{
		"index.html", "app.js", "main.js", "favicon.ico", "robots.txt",
		"assets/logo.svg", "jquery-3.7.1.min.js", "bootstrap.bundle.min.js",
		"fonts/Inter-SemiBold.woff2", "fonts/Roboto-Regular.ttf", "img/hero-1024x768.jpg",
		"img/photo-20240101.jpg", // a date: digits only, no letter
		"section2-intro.html", "js/iPhone15.js", "MyNewApp.js", "app-SemiBold.css",
		"deadbeef.js", // a leading hash with nothing before it is a name
		"docs/getting-started.html",
		"assets/index-BxK3f9aQ.js/x.txt", // a directory that looks hashed
		".hidden-BxK3f9aQ.js",
		"app-abcdefgh.js", // small letters only: a word
		"app-ABCDEFGH.js", // capitals only, 8: could be a word in caps; base32 hashes almost always hold a digit
		"x-12345678.js",   // digits only
	}
	for _, n := range hashed {
		if !fingerprinted(n) {
			t.Errorf("fingerprinted(%q) = false, want true", n)
		}
		if got := cacheControl(n, false); got != cacheImmutable {
			t.Errorf("cacheControl(%q) = %q", n, got)
		}
	}
	for _, n := range plain {
		if fingerprinted(n) {
			t.Errorf("fingerprinted(%q) = true, want false: a stale copy would be pinned for a year", n)
		}
	}
	// HTML is revalidated even with a hash in its name.
	if got := cacheControl("page-BxK3f9aQ.html", true); got != cacheRevalidate {
		t.Errorf("hashed HTML: %q, want no-cache", got)
	}
}

// The share of random bundler hashes recognized, which the doc comment of
// looksLikeHash states. A fall means revalidations that need not be; the
// false positives above are what the rules must not trade for it.
func TestHashRecognitionRate(t *testing.T) {
	const n = 20000
	rng := rand.New(rand.NewPCG(1, 2))
	rate := func(alphabet string) float64 {
		hit := 0
		b := make([]byte, 8)
		for range n {
			for i := range b {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
			if fingerprinted("assets/index-" + string(b) + ".js") {
				hit++
			}
		}
		return float64(hit) / n
	}
	const base64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	const base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	if r := rate(base64url); r < 0.86 {
		t.Errorf("Rollup-style hashes recognized: %.1f%%, want about 88%%", 100*r)
	}
	if r := rate(base32); r < 0.79 {
		t.Errorf("esbuild-style hashes recognized: %.1f%%, want about 81%%", 100*r)
	}
	hexRate := 0
	for range n {
		if looksLikeHash(fmtHex(rng.Uint64())) {
			hexRate++
		}
	}
	if hexRate < n*99/100 {
		t.Errorf("hex hashes recognized: %d of %d", hexRate, n)
	}
}

func fmtHex(v uint64) string {
	const digits = "0123456789abcdef"
	b := make([]byte, 16)
	for i := range b {
		b[i] = digits[v>>(4*i)&15]
	}
	return string(b)
}
