// Package serve is slimserve's static file server: HTTP/1.1 on a plain
// net.Listener, without net/http, which would double the binary.
//
// At startup it walks the site once (through os.Root, so symbolic links
// cannot lead out of it) into an index of URL paths; a request is only
// ever a lookup in that index. What it does, each rule tested:
//
//   - GET and HEAD (405 otherwise); keep-alive and pipelining; bounded
//     heads (8 KiB), header, idle and write timeouts;
//   - paths: one percent-decoding; "..", encoded slashes, backslashes,
//     NUL and control characters are refused with 400; dotfiles are never
//     indexed; no directory listings;
//   - a directory serves its index.html, "/docs" redirects to "/docs/",
//     "/about" serves about.html;
//   - the SPA fallback (Config.SPA): a missing path whose last segment has
//     no '.' serves /index.html with 200; otherwise a 404, with the site's
//     404.html when it has one;
//   - precompressed F.br and F.gz, picked by Accept-Encoding q-values,
//     with Content-Encoding, Vary: Accept-Encoding and the variant's own
//     Content-Length and ETag; nothing is compressed per request;
//   - Cache-Control: immutable for fingerprinted names (a bundler's content
//     hash), no-cache for HTML and the rest; strong ETags from the bytes,
//     Last-Modified, 304s for If-None-Match and If-Modified-Since; one
//     byte range (206, 416, If-Range);
//   - Content-Type from a fixed table, X-Content-Type-Options: nosniff,
//     extra headers on every response, a health path;
//   - an access log line per request, buffered, with client fields
//     escaped; graceful Shutdown.
package serve
