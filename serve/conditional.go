package serve

import (
	"bytes"
	"time"
)

// noneMatch reports whether an If-None-Match list matches etag by weak
// comparison (RFC 9110 §13.1.2): "*", or any listed tag whose opaque part
// equals etag's, with or without W/.
func noneMatch(list []byte, etag string) bool {
	for {
		for len(list) > 0 && (list[0] == ' ' || list[0] == '\t' || list[0] == ',') {
			list = list[1:]
		}
		if len(list) == 0 {
			return false
		}
		if list[0] == '*' {
			return true
		}
		if len(list) >= 2 && list[0] == 'W' && list[1] == '/' {
			list = list[2:]
		}
		if len(list) == 0 || list[0] != '"' {
			// Not an entity tag: skip to the next element.
			i := bytes.IndexByte(list, ',')
			if i < 0 {
				return false
			}
			list = list[i:]
			continue
		}
		end := bytes.IndexByte(list[1:], '"')
		if end < 0 {
			return false
		}
		if string(list[:end+2]) == etag {
			return true
		}
		list = list[end+2:]
	}
}

// notModifiedSince reports whether an If-Modified-Since value shows the
// client's copy is current: a valid HTTP-date not before mod (both to the
// second) and not in the future.
func notModifiedSince(ims []byte, lastModified string, mod, now time.Time) bool {
	if string(ims) == lastModified {
		return true // what browsers send back; no need to parse
	}
	t, ok := parseHTTPDate(ims)
	if !ok || t.After(now) {
		return false
	}
	return !mod.After(t)
}

// httpDateLayouts are the HTTP-date forms a recipient must accept
// (RFC 9110 §5.6.7): IMF-fixdate, then the obsolete RFC 850 and asctime.
var httpDateLayouts = [...]string{
	"Mon, 02 Jan 2006 15:04:05 GMT",
	"Monday, 02-Jan-06 15:04:05 GMT",
	"Mon Jan _2 15:04:05 2006",
}

func parseHTTPDate(b []byte) (time.Time, bool) {
	if len(b) == 0 || len(b) > 40 {
		return time.Time{}, false
	}
	s := string(b)
	for _, layout := range httpDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// ifRangeMatches reports whether an If-Range value still names this
// representation, so the range may be served: an entity tag must match
// strongly (a weak tag never does), a date must equal Last-Modified.
func ifRangeMatches(v []byte, etag, lastModified string) bool {
	if len(v) > 0 && v[0] == '"' {
		return string(v) == etag
	}
	return string(v) == lastModified
}
