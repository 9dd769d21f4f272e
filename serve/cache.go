package serve

import (
	"path"
	"strings"
)

// Cache-Control values. A fingerprinted name changes whenever its content
// does, so a browser may keep it forever. Anything else is "no-cache":
// stored but revalidated on each use, which the ETag makes a cheap 304.
// A plain max-age would leave a stale /js/app.js next to a new page after
// a deploy; a revalidation costs one round trip and no body.
const (
	cacheImmutable  = "public, max-age=31536000, immutable"
	cacheRevalidate = "no-cache"
)

// cacheControl is the policy for the file at slash path name (relative
// to the root). HTML is always revalidated: it names the fingerprinted
// assets of the current build.
func cacheControl(name string, html bool) string {
	if !html && fingerprinted(name) {
		return cacheImmutable
	}
	return cacheRevalidate
}

// fingerprinted reports whether the file name carries a content hash, as
// bundlers write them:
//
//	Vite/Rollup, Angular, esbuild  index-BxK3f9aQ.js  main-ABCD1234.js
//	webpack, CRA, Parcel           main.3f2a1b9c.js  main.8e1c3f4a.chunk.js
//	Astro, SvelteKit               index.BxK3f9aQ.css
//	Gatsby, Next.js                app-3f2a1b9c4d5e6f7a8b9c.js
//
// It errs towards false: a missed hash costs a revalidation, a wrong one
// pins a stale file in browsers for a year. Directories that hold only
// content-addressed files are trusted as a whole (Next.js _next/static,
// SvelteKit _app/immutable).
func fingerprinted(name string) bool {
	if strings.HasPrefix(name, "_next/static/") || strings.HasPrefix(name, "_app/immutable/") || strings.Contains(name, "/_app/immutable/") {
		return true
	}
	dir, base := path.Split(name)
	parts := strings.Split(base, ".")
	if len(parts) < 2 || parts[0] == "" {
		return false
	}
	// Nuxt names its chunks by the bare hash: _nuxt/DlAUqK2U.js.
	if path.Base(dir) == "_nuxt" && looksLikeHash(parts[0]) {
		return true
	}
	for i, p := range parts[:len(parts)-1] {
		if i > 0 && looksLikeHash(p) {
			return true // name.HASH.ext, name.HASH.chunk.ext
		}
		if j := strings.LastIndexByte(p, '-'); j >= 0 && looksLikeHash(p[j+1:]) {
			return true // name-HASH.ext
		}
		// Rollup's base64url hashes may hold '-' themselves.
		if n := len(p); n >= 10 && p[n-9] == '-' && looksLikeHash(p[n-8:]) {
			return true
		}
	}
	return false
}

// looksLikeHash reports whether t reads as a bundler's content hash
// rather than a word, a version or a size such as 1024x768:
//   - hex of 8 to 64 digits with at least one digit and one letter
//     (webpack's [contenthash], md5), or
//   - 8 characters of base64url or base32, Rollup's and esbuild's default
//     length, with a capital (so not "section2"), at least three letters
//     (so not "1024x768"), no run of four small letters (so not
//     "iPhone15"), and a digit or '-' or '_' — or, letters alone, two
//     capitals in a row or a final capital, which camel-case words
//     ("SemiBold", "MyNewApp") lack.
//
// On random hashes this accepts about 88% of Rollup's and 81% of
// esbuild's (cache_test.go measures it); the rest are revalidated.
func looksLikeHash(t string) bool {
	n := len(t)
	if n < 8 || n > 64 {
		return false
	}
	var upper, lower, digit, sym, lowerRun, maxLowerRun int
	hexLower, hexUpper, upperPair := true, true, false
	for i := 0; i < n; i++ {
		c := t[i]
		switch {
		case '0' <= c && c <= '9':
			digit++
		case 'a' <= c && c <= 'z':
			lower++
			hexUpper = false
			hexLower = hexLower && c <= 'f'
		case isUpper(c):
			upper++
			hexLower = false
			hexUpper = hexUpper && c <= 'F'
			upperPair = upperPair || (i > 0 && isUpper(t[i-1]))
		case c == '-' || c == '_':
			sym++
			hexLower, hexUpper = false, false
		default:
			return false
		}
		if 'a' <= c && c <= 'z' {
			lowerRun++
			maxLowerRun = max(maxLowerRun, lowerRun)
		} else {
			lowerRun = 0
		}
	}
	if hexLower || hexUpper {
		return digit > 0 && digit < n
	}
	if n != 8 || upper == 0 || maxLowerRun > 3 || upper+lower < 3 {
		return false
	}
	if digit > 0 || sym > 0 {
		return true
	}
	return lower >= 2 && (upperPair || isUpper(t[n-1]))
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
