package serve

import (
	"path"
	"strings"
)

// A fixed table rather than package mime: mime reads the system's type
// files at run time (none on scratch) and adds to the binary.
const utf8 = "; charset=utf-8"

var contentTypes = map[string]string{
	// Documents and code.
	".html":        "text/html" + utf8,
	".htm":         "text/html" + utf8,
	".xhtml":       "application/xhtml+xml" + utf8,
	".css":         "text/css" + utf8,
	".js":          "text/javascript" + utf8,
	".mjs":         "text/javascript" + utf8,
	".cjs":         "text/javascript" + utf8,
	".json":        "application/json" + utf8,
	".map":         "application/json" + utf8,
	".jsonld":      "application/ld+json" + utf8,
	".webmanifest": "application/manifest+json" + utf8,
	".xml":         "application/xml" + utf8,
	".rss":         "application/rss+xml" + utf8,
	".atom":        "application/atom+xml" + utf8,
	".txt":         "text/plain" + utf8,
	".md":          "text/markdown" + utf8,
	".csv":         "text/csv" + utf8,
	".tsv":         "text/tab-separated-values" + utf8,
	".ics":         "text/calendar" + utf8,
	".vtt":         "text/vtt" + utf8,
	".yaml":        "application/yaml" + utf8,
	".yml":         "application/yaml" + utf8,
	".wasm":        "application/wasm",
	".pdf":         "application/pdf",
	// Images.
	".svg":  "image/svg+xml" + utf8,
	".png":  "image/png",
	".apng": "image/apng",
	".jpg":  "image/jpeg",
	".jpeg": "image/jpeg",
	".gif":  "image/gif",
	".webp": "image/webp",
	".avif": "image/avif",
	".ico":  "image/x-icon",
	".bmp":  "image/bmp",
	".tif":  "image/tiff",
	".tiff": "image/tiff",
	// Fonts.
	".woff":  "font/woff",
	".woff2": "font/woff2",
	".ttf":   "font/ttf",
	".otf":   "font/otf",
	".eot":   "application/vnd.ms-fontobject",
	// Audio and video.
	".mp4":  "video/mp4",
	".m4v":  "video/mp4",
	".webm": "video/webm",
	".ogv":  "video/ogg",
	".mov":  "video/quicktime",
	".mp3":  "audio/mpeg",
	".m4a":  "audio/mp4",
	".ogg":  "audio/ogg",
	".oga":  "audio/ogg",
	".opus": "audio/ogg",
	".wav":  "audio/wav",
	".flac": "audio/flac",
	".aac":  "audio/aac",
	// Archives, served as downloads.
	".zip": "application/zip",
	".gz":  "application/gzip",
	".tgz": "application/gzip",
	".tar": "application/x-tar",
	".br":  "application/octet-stream",
	".zst": "application/zstd",
}

// contentType is the Content-Type for a file name, by its extension in
// any case; application/octet-stream when unknown.
func contentType(name string) string {
	if t, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}
