package serve

import "bytes"

// request is one parsed request head. Its byte slices point into the
// connection's read buffer and are valid only until the next read.
type request struct {
	method []byte
	target []byte
	minor  byte // HTTP/1.minor

	host          bool
	close         bool // Connection: close
	keepAlive     bool // Connection: keep-alive
	contentLength int64
	chunked       bool // any Transfer-Encoding
	ae            acceptEncoding
	ims           []byte // If-Modified-Since
	ifRange       []byte
	rangeSpec     []byte
	ranges        int // Range header lines seen
	inm           [4][]byte
	ninm          int // If-None-Match lines seen
	ua            []byte
}

// Parse failures, as the status to answer with before closing.
const (
	statusOK                  = 0
	statusBadRequest          = 400
	statusVersionNotSupported = 505
)

// keepAliveWanted reports whether the client wants the connection kept
// open after this response: HTTP/1.1 unless "Connection: close", HTTP/1.0
// only with "Connection: keep-alive".
func (r *request) keepAliveWanted() bool {
	if r.close {
		return false
	}
	return r.minor >= 1 || r.keepAlive
}

func (r *request) isHead() bool { return string(r.method) == "HEAD" }

// parseRequest parses a request head: the request line and header lines,
// each ended by LF or CRLF, through the empty line that ends the head. It
// returns statusOK, or the status to refuse the request with.
func parseRequest(head []byte, r *request) int {
	*r = request{}
	line, rest := nextLine(head)
	if line == nil || !parseRequestLine(line, r) {
		if line != nil && r.minor == 0xff {
			return statusVersionNotSupported
		}
		return statusBadRequest
	}
	for {
		line, rest = nextLine(rest)
		if line == nil {
			return statusBadRequest // the head must end with an empty line
		}
		if len(line) == 0 {
			break
		}
		if st := parseHeader(line, r); st != statusOK {
			return st
		}
	}
	if r.minor >= 1 && !r.host {
		// RFC 9112 §3.2: a 1.1 request without Host is an error.
		return statusBadRequest
	}
	return statusOK
}

// nextLine returns the line at the start of b without its line ending,
// or nil when b holds no complete line. A CR anywhere but before LF is
// refused by returning nil too.
func nextLine(b []byte) (line, rest []byte) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return nil, nil
	}
	line, rest = b[:i], b[i+1:]
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	if bytes.IndexByte(line, '\r') >= 0 {
		return nil, nil
	}
	return line, rest
}

// parseRequestLine parses "METHOD SP target SP HTTP/1.x". An unsupported
// version is reported by setting r.minor to 0xff.
func parseRequestLine(line []byte, r *request) bool {
	sp1 := bytes.IndexByte(line, ' ')
	if sp1 <= 0 {
		return false
	}
	r.method = line[:sp1]
	for _, c := range r.method {
		if !isTokenChar(c) {
			return false
		}
	}
	rest := line[sp1+1:]
	sp2 := bytes.IndexByte(rest, ' ')
	if sp2 <= 0 {
		return false
	}
	r.target = rest[:sp2]
	for _, c := range r.target {
		if c <= ' ' || c >= 0x7f {
			return false
		}
	}
	v := rest[sp2+1:]
	if len(v) != 8 || string(v[:5]) != "HTTP/" || v[6] != '.' || !isDigit(v[5]) || !isDigit(v[7]) {
		return false
	}
	if v[5] != '1' {
		r.minor = 0xff
		return false
	}
	r.minor = v[7] - '0'
	return true
}

// parseHeader parses one "Name: value" line and records the fields the
// server acts on.
func parseHeader(line []byte, r *request) int {
	colon := bytes.IndexByte(line, ':')
	if colon <= 0 {
		// No name, or obsolete line folding (a line starting with
		// whitespace): both refused, as RFC 9112 allows.
		return statusBadRequest
	}
	name := line[:colon]
	for _, c := range name {
		if !isTokenChar(c) {
			return statusBadRequest // includes whitespace before the colon
		}
	}
	value := trimOWS(line[colon+1:])
	for _, c := range value {
		if (c < 0x20 && c != '\t') || c == 0x7f {
			return statusBadRequest
		}
	}
	switch len(name) {
	case 4:
		if foldEqual(name, "host") {
			if r.host {
				return statusBadRequest
			}
			r.host = true
		}
	case 5:
		if foldEqual(name, "range") {
			r.rangeSpec = value
			r.ranges++
		}
	case 8:
		if foldEqual(name, "if-range") {
			r.ifRange = value
		}
	case 10:
		if foldEqual(name, "connection") {
			parseConnection(value, r)
		} else if foldEqual(name, "user-agent") {
			r.ua = value
		}
	case 13:
		if foldEqual(name, "if-none-match") {
			if r.ninm < len(r.inm) {
				r.inm[r.ninm] = value
			}
			r.ninm++
		}
	case 14:
		if foldEqual(name, "content-length") {
			n, ok := parseDecimal(value)
			if !ok {
				return statusBadRequest
			}
			if n > r.contentLength {
				r.contentLength = n
			}
		}
	case 15:
		if foldEqual(name, "accept-encoding") {
			r.ae.parse(value)
		}
	case 17:
		if foldEqual(name, "if-modified-since") {
			r.ims = value
		} else if foldEqual(name, "transfer-encoding") {
			r.chunked = true
		}
	}
	return statusOK
}

// parseConnection reads the close and keep-alive options of a Connection
// header's comma-separated list.
func parseConnection(v []byte, r *request) {
	for len(v) > 0 {
		var item []byte
		item, v = cutList(v, ',')
		item = trimOWS(item)
		switch {
		case foldEqual(item, "close"):
			r.close = true
		case foldEqual(item, "keep-alive"):
			r.keepAlive = true
		}
	}
}

// parseDecimal parses a non-negative decimal of at most 18 digits.
func parseDecimal(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	var n int64
	for _, c := range b {
		if !isDigit(c) {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// cutList splits the first element off a sep-separated list.
func cutList(v []byte, sep byte) (item, rest []byte) {
	if i := bytes.IndexByte(v, sep); i >= 0 {
		return v[:i], v[i+1:]
	}
	return v, nil
}

func trimOWS(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isTokenChar reports whether c may appear in an RFC 9110 token.
func isTokenChar(c byte) bool {
	return c < 0x80 && tokenTable[c]
}

var tokenTable = func() (t [128]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = true
	}
	for _, c := range `"(),/:;<=>?@[\]{}` {
		t[c] = false
	}
	return t
}()
