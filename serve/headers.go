package serve

import (
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Header is one extra response header, sent on every response.
type Header struct {
	Name, Value string
}

// reservedHeaders are written by the server per response; a fixed value
// would break framing, content codings or caching.
var reservedHeaders = []string{
	"accept-ranges", "cache-control", "connection", "content-encoding", "content-length", "content-range",
	"content-type", "date", "etag", "keep-alive", "last-modified", "transfer-encoding", "vary",
}

// ParseHeader parses a "Name: value" flag. It refuses a name that is not
// an HTTP token, a value with a control character (CR, LF, NUL, …; a tab
// is allowed), and headers the server sets itself.
func ParseHeader(s string) (Header, error) {
	name, value, ok := strings.Cut(s, ":")
	if !ok {
		return Header{}, fmt.Errorf("header %q: want \"Name: value\"", s)
	}
	if name == "" {
		return Header{}, fmt.Errorf("header %q: empty name", s)
	}
	if !HeaderName(name) {
		return Header{}, fmt.Errorf("header %q: %q is not a header name: use letters, digits and -", s, name)
	}
	value = strings.Trim(value, " \t")
	for i := 0; i < len(value); i++ {
		if c := value[i]; (c < 0x20 && c != '\t') || c == 0x7f {
			return Header{}, fmt.Errorf("header %s: the value holds a control character (%q)", name, c)
		}
	}
	if ReservedHeader(name) {
		return Header{}, fmt.Errorf("header %s is set by the server for each response", name)
	}
	return Header{Name: name, Value: value}, nil
}

// HeaderName reports whether name is an HTTP field name (an RFC 9110
// token).
func HeaderName(name string) bool {
	for i := 0; i < len(name); i++ {
		if !isTokenChar(name[i]) {
			return false
		}
	}
	return name != ""
}

// ReservedHeader reports whether the server writes the header named name
// (in any case) itself, per response, so that it cannot be an extra one.
func ReservedHeader(name string) bool {
	for _, r := range reservedHeaders {
		if strings.EqualFold(name, r) {
			return true
		}
	}
	return false
}

// headerBlock is the "Name: value\r\n" lines common to every response:
// the extra headers, and nosniff unless an extra header replaces it.
func headerBlock(extra []Header) ([]byte, error) {
	var b []byte
	nosniff := true
	for _, h := range extra {
		if _, err := ParseHeader(h.Name + ": " + h.Value); err != nil {
			return nil, err
		}
		if strings.EqualFold(h.Name, "x-content-type-options") {
			nosniff = false
		}
		b = appendHeader(b, h.Name, h.Value)
	}
	if nosniff {
		b = append(b, "X-Content-Type-Options: nosniff\r\n"...)
	}
	return b, nil
}

func appendHeader(b []byte, name, value string) []byte {
	b = append(b, name...)
	b = append(b, ": "...)
	b = append(b, value...)
	return append(b, "\r\n"...)
}

func appendHeaderInt(b []byte, name string, v int64) []byte {
	b = append(b, name...)
	b = append(b, ": "...)
	b = strconv.AppendInt(b, v, 10)
	return append(b, "\r\n"...)
}

// statusLine is the status line for code.
func statusLine(code int) string {
	switch code {
	case 200:
		return "HTTP/1.1 200 OK\r\n"
	case 206:
		return "HTTP/1.1 206 Partial Content\r\n"
	case 301:
		return "HTTP/1.1 301 Moved Permanently\r\n"
	case 304:
		return "HTTP/1.1 304 Not Modified\r\n"
	case 400:
		return "HTTP/1.1 400 Bad Request\r\n"
	case 404:
		return "HTTP/1.1 404 Not Found\r\n"
	case 405:
		return "HTTP/1.1 405 Method Not Allowed\r\n"
	case 408:
		return "HTTP/1.1 408 Request Timeout\r\n"
	case 413:
		return "HTTP/1.1 413 Content Too Large\r\n"
	case 416:
		return "HTTP/1.1 416 Range Not Satisfiable\r\n"
	case 431:
		return "HTTP/1.1 431 Request Header Fields Too Large\r\n"
	case 505:
		return "HTTP/1.1 505 HTTP Version Not Supported\r\n"
	}
	return "HTTP/1.1 500 Internal Server Error\r\n"
}

// statusText is the short plain-text body of an error response.
func statusText(code int) string {
	switch code {
	case 400:
		return "bad request\n"
	case 404:
		return "not found\n"
	case 405:
		return "method not allowed\n"
	case 408:
		return "request timeout\n"
	case 413:
		return "request body not allowed\n"
	case 416:
		return "range not satisfiable\n"
	case 431:
		return "request header too large\n"
	case 505:
		return "HTTP version not supported\n"
	}
	return "internal server error\n"
}

// httpTime formats t as an IMF-fixdate, the HTTP-date form.
func httpTime(t time.Time) string {
	return t.UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT")
}

// clock caches, per second, the Date header line and the access log's
// timestamp, so requests only compare seconds.
type clock struct {
	cur atomic.Pointer[tick]
}

type tick struct {
	sec  int64
	date []byte // "Date: …\r\n"
	log  []byte // RFC 3339, UTC
}

func (c *clock) at(now time.Time) *tick {
	sec := now.Unix()
	if t := c.cur.Load(); t != nil && t.sec == sec {
		return t
	}
	t := &tick{sec: sec}
	t.date = appendHeader(nil, "Date", httpTime(now))
	t.log = now.UTC().AppendFormat(nil, "2006-01-02T15:04:05Z")
	c.cur.Store(t)
	return t
}
