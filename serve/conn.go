package serve

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"strconv"
	"sync/atomic"
	"time"
)

const (
	// maxHead bounds a request line and its headers; it is also the read
	// buffer's size, so a whole head is always in the buffer.
	maxHead = 8 << 10
	// inlineMax is the largest body copied into the write buffer; larger
	// in-memory bodies go out with the headers in one writev.
	inlineMax = 8 << 10
	// flushAt is how much pipelined output may wait for the next request.
	flushAt = 32 << 10
	// fileChunk is how much of a disk file one sendfile call may send
	// before the write deadline is renewed.
	fileChunk = 4 << 20
)

// Connection states, for Shutdown to close only idle connections.
const (
	stateActive int32 = iota
	stateIdle
	stateClosed
)

// conn serves the requests of one connection, one after another.
type conn struct {
	srv    *Server
	nc     net.Conn
	br     *bufio.Reader
	out    []byte // response bytes not yet written
	path   []byte // the decoded request path
	bufs   [2][]byte
	iov    net.Buffers
	remote string
	state  atomic.Int32
	req    request
	line   []byte    // the access log line
	rdl    time.Time // read deadline last set
	wdl    time.Time // write deadline last set
	werr   error     // first write error: nothing more is written

	// The response in progress.
	status int
	sent   int64 // body bytes
	keep   bool  // keep the connection open after it
}

func newConn(s *Server, nc net.Conn) *conn {
	return &conn{
		srv:    s,
		nc:     nc,
		br:     bufio.NewReaderSize(nc, maxHead),
		out:    make([]byte, 0, 16<<10),
		path:   make([]byte, 0, 256),
		remote: nc.RemoteAddr().String(),
	}
}

// serve reads and answers requests until the client closes, a timeout,
// an error that leaves the stream unusable, or shutdown.
func (c *conn) serve() {
	defer c.close()
	for {
		if c.br.Buffered() == 0 {
			// Nothing pipelined: send what is pending, then wait.
			if c.flush() != nil {
				return
			}
			c.state.Store(stateIdle)
			if c.srv.closing.Load() {
				return
			}
			c.setReadDeadline(time.Now().Add(c.srv.cfg.IdleTimeout))
			_, err := c.br.Peek(1)
			if !c.state.CompareAndSwap(stateIdle, stateActive) || err != nil {
				return // closed by Shutdown, by the client, or idle too long
			}
		} else if c.srv.closing.Load() {
			c.flush()
			return
		}
		head, st := c.readHead()
		if st != statusOK {
			if st > 0 {
				c.refuse(st)
			}
			return
		}
		keep := c.handle(head)
		c.br.Discard(len(head))
		if !keep {
			c.flush()
			return
		}
		if len(c.out) >= flushAt {
			c.flush()
		}
	}
}

// closeIfIdle closes the connection if it is waiting for a request.
func (c *conn) closeIfIdle() {
	if c.state.CompareAndSwap(stateIdle, stateClosed) {
		c.nc.Close()
	}
}

func (c *conn) close() {
	c.nc.Close()
	c.srv.untrack(c)
}

// readHead returns the next request head, through its empty line, from
// the read buffer. The header timeout runs from when a head is found
// incomplete. On failure st is the status to refuse with, or -1 to just
// close.
func (c *conn) readHead() (head []byte, st int) {
	deadline := false
	scan := 0
	for {
		buf, _ := c.br.Peek(c.br.Buffered())
		if scan == 0 {
			// RFC 9112 §2.2: ignore empty lines before a request line.
			k := 0
			for k < len(buf) && (buf[k] == '\r' || buf[k] == '\n') {
				k++
			}
			if k > 0 {
				c.br.Discard(k)
				buf = buf[k:]
			}
		}
		if i := headEnd(buf, scan); i >= 0 {
			return buf[:i], statusOK
		}
		if len(buf) >= maxHead {
			return nil, 431
		}
		scan = max(len(buf)-3, 0)
		if !deadline {
			c.setReadDeadline(time.Now().Add(c.srv.cfg.ReadHeaderTimeout))
			deadline = true
		}
		if _, err := c.br.Peek(len(buf) + 1); err != nil {
			var ne net.Error
			if len(buf) > 0 && errors.As(err, &ne) && ne.Timeout() {
				return nil, 408
			}
			return nil, -1
		}
	}
}

// headEnd returns the length of the head at the start of b: through the
// first empty line (LF LF or LF CR LF), searching from index from; or -1.
func headEnd(b []byte, from int) int {
	for i := from; i < len(b); i++ {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return -1
		}
		i += j
		if i+1 < len(b) && b[i+1] == '\n' {
			return i + 2
		}
		if i+2 < len(b) && b[i+1] == '\r' && b[i+2] == '\n' {
			return i + 3
		}
	}
	return -1
}

// refuse answers a request that could not be read, and the connection
// closes after it.
func (c *conn) refuse(status int) {
	start := time.Now()
	c.req = request{}
	c.sent, c.keep = 0, false
	c.writeText(status, start, "")
	c.logRequest(start)
	c.flush()
}

// handle answers one request head and reports whether the connection
// stays open.
func (c *conn) handle(head []byte) bool {
	start := time.Now()
	c.sent = 0
	c.respond(head, start)
	c.logRequest(start)
	return c.keep && c.werr == nil
}

func (c *conn) logRequest(start time.Time) {
	if l := c.srv.log; l != nil {
		t := c.srv.clock.at(start)
		c.line = appendLogLine(c.line[:0], t.log, c.remote, &c.req, c.status, c.sent, time.Since(start))
		l.add(c.line)
	}
}

func (c *conn) respond(head []byte, now time.Time) {
	s, r := c.srv, &c.req
	if st := parseRequest(head, r); st != statusOK {
		c.keep = false
		c.writeText(st, now, "")
		return
	}
	c.keep = r.keepAliveWanted() && !s.closing.Load()
	isHead := r.isHead()
	if !isHead && string(r.method) != "GET" {
		// An unread body would be taken for the next request.
		c.keep = c.keep && r.contentLength == 0 && !r.chunked
		c.writeText(405, now, "Allow: GET, HEAD\r\n")
		return
	}
	if r.chunked {
		// No body is read; with Transfer-Encoding its framing is unknown.
		c.keep = false
		c.writeText(400, now, "")
		return
	}
	if r.contentLength > 0 {
		c.keep = false
		c.writeText(413, now, "")
		return
	}
	res := s.resolve(c.path, r.target)
	c.path = res.path
	switch res.out {
	case outBad:
		c.writeText(400, now, "")
	case outHealth:
		c.status = 200
		c.out = append(c.out, s.hhdr...)
		c.endHeaders(now)
		if !isHead {
			c.out = append(c.out, "ok\n"...)
			c.sent = 3
		}
	case outFile, outFallback:
		c.serveFile(res.file, now, isHead)
	case outRedirect:
		c.redirect(res.raw, res.query, now, isHead)
	default:
		if nf := s.ix.notFound; nf != nil {
			c.writeRep(404, r.ae.pick(nf), 0, 0, isHead, now)
		} else {
			c.writeText(404, now, "")
		}
	}
}

// serveFile answers with f: a 304 when the client's copy is current, a
// 206 for one satisfiable range of the identity representation, else the
// whole representation Accept-Encoding picks.
func (c *conn) serveFile(f *file, now time.Time, isHead bool) {
	r := &c.req
	rp := r.ae.pick(f)
	// RFC 9110 §13.2.2: If-None-Match, and If-Modified-Since only without it.
	if r.ninm > 0 {
		for _, list := range r.inm[:min(r.ninm, len(r.inm))] {
			if noneMatch(list, rp.etag) {
				c.notModified(rp, now)
				return
			}
		}
	} else if len(r.ims) > 0 && notModifiedSince(r.ims, f.lastModified, f.modTime, now) {
		c.notModified(rp, now)
		return
	}
	status, start, n := 200, int64(0), rp.size
	if r.ranges == 1 && !isHead && rp.enc == encIdentity &&
		(r.ifRange == nil || ifRangeMatches(r.ifRange, rp.etag, f.lastModified)) {
		switch a, l, res := parseRange(r.rangeSpec, rp.size); res {
		case rangeSatisfiable:
			status, start, n = 206, a, l
		case rangeUnsatisfiable:
			c.unsatisfiable(rp, now)
			return
		}
	}
	c.writeRep(status, rp, start, n, isHead, now)
}

// writeRep sends n bytes of rp from start, with status 200, 206 or 404
// (the 404 page, whose headers notFoundFile built).
func (c *conn) writeRep(status int, rp *rep, start, n int64, isHead bool, now time.Time) {
	if status != 206 {
		start, n = 0, rp.size
	}
	var f *os.File
	if rp.data == nil && !isHead {
		var err error
		if f, err = c.srv.ix.open(rp); err != nil {
			c.writeText(500, now, "")
			return
		}
		defer f.Close()
	}
	c.status = status
	c.out = append(c.out, statusLine(status)...)
	if status == 206 {
		c.out = append(c.out, rp.hdrPart...)
		c.out = append(c.out, "Content-Range: bytes "...)
		c.out = strconv.AppendInt(c.out, start, 10)
		c.out = append(c.out, '-')
		c.out = strconv.AppendInt(c.out, start+n-1, 10)
		c.out = append(c.out, '/')
		c.out = strconv.AppendInt(c.out, rp.size, 10)
		c.out = append(c.out, "\r\n"...)
		c.out = appendHeaderInt(c.out, "Content-Length", n)
	} else {
		c.out = append(c.out, rp.hdr200...)
	}
	c.endHeaders(now)
	if isHead {
		return
	}
	if f != nil {
		c.sendFile(f, start, n)
	} else {
		c.sendMem(rp.data[start : start+n])
	}
}

func (c *conn) notModified(rp *rep, now time.Time) {
	c.status = 304
	c.out = append(c.out, statusLine(304)...)
	c.out = append(c.out, rp.hdr304...)
	c.endHeaders(now)
}

func (c *conn) unsatisfiable(rp *rep, now time.Time) {
	c.status = 416
	c.out = append(c.out, statusLine(416)...)
	c.out = append(c.out, "Content-Range: bytes */"...)
	c.out = strconv.AppendInt(c.out, rp.size, 10)
	c.out = append(c.out, "\r\nContent-Length: 0\r\nAccept-Ranges: bytes\r\n"...)
	c.out = appendHeader(c.out, "ETag", rp.etag)
	c.out = append(c.out, c.srv.common...)
	c.endHeaders(now)
}

// redirect sends a directory's path without its slash on to the path with
// it, keeping the query. raw is the path as the client sent it, which
// was checked before it got here.
func (c *conn) redirect(raw, query []byte, now time.Time, isHead bool) {
	const body = "moved\n"
	c.status = 301
	c.out = append(c.out, statusLine(301)...)
	c.out = append(c.out, "Location: "...)
	c.out = append(c.out, raw...)
	c.out = append(c.out, '/')
	if query != nil {
		c.out = append(c.out, '?')
		c.out = append(c.out, query...)
	}
	c.out = append(c.out, "\r\nContent-Type: text/plain; charset=utf-8\r\nCache-Control: no-cache\r\n"...)
	c.out = appendHeaderInt(c.out, "Content-Length", int64(len(body)))
	c.out = append(c.out, c.srv.common...)
	c.endHeaders(now)
	if !isHead {
		c.out = append(c.out, body...)
		c.sent = int64(len(body))
	}
}

// writeText sends a short plain-text response for status, with the extra
// header lines given.
func (c *conn) writeText(status int, now time.Time, extra string) {
	body := statusText(status)
	c.status = status
	c.out = append(c.out, statusLine(status)...)
	c.out = append(c.out, "Content-Type: text/plain; charset=utf-8\r\nCache-Control: no-cache\r\n"...)
	c.out = appendHeaderInt(c.out, "Content-Length", int64(len(body)))
	c.out = append(c.out, extra...)
	c.out = append(c.out, c.srv.common...)
	c.endHeaders(now)
	if !c.req.isHead() {
		c.out = append(c.out, body...)
		c.sent = int64(len(body))
	}
}

// endHeaders adds Date, Connection when it differs from the version's
// default, and the empty line.
func (c *conn) endHeaders(now time.Time) {
	c.out = append(c.out, c.srv.clock.at(now).date...)
	switch {
	case !c.keep:
		c.out = append(c.out, "Connection: close\r\n"...)
	case c.req.minor == 0:
		c.out = append(c.out, "Connection: keep-alive\r\n"...)
	}
	c.out = append(c.out, "\r\n"...)
}

// sendMem sends an in-memory body: copied behind the headers when small,
// else written with them in one writev.
func (c *conn) sendMem(b []byte) {
	c.sent = int64(len(b))
	if len(b) <= inlineMax {
		c.out = append(c.out, b...)
		return
	}
	if c.werr != nil {
		return
	}
	c.setWriteDeadline()
	c.bufs = [2][]byte{c.out, b}
	c.iov = c.bufs[:]
	_, err := c.iov.WriteTo(c.nc)
	c.bufs = [2][]byte{}
	c.out = c.out[:0]
	if err != nil {
		c.werr = err
	}
}

// sendFile sends n bytes of f from start after the pending output. From
// an *os.File to a TCP connection, io.CopyN uses sendfile(2).
func (c *conn) sendFile(f *os.File, start, n int64) {
	c.sent = n
	if c.flush() != nil {
		return
	}
	if start > 0 {
		if _, err := f.Seek(start, io.SeekStart); err != nil {
			c.werr = err
			return
		}
	}
	for n > 0 {
		c.setWriteDeadline()
		w, err := io.CopyN(c.nc, f, min(n, fileChunk))
		n -= w
		if err != nil {
			// Headers promised the whole range; the stream is broken.
			c.werr = err
			return
		}
	}
}

// flush writes the pending output.
func (c *conn) flush() error {
	if c.werr != nil || len(c.out) == 0 {
		return c.werr
	}
	c.setWriteDeadline()
	_, err := c.nc.Write(c.out)
	c.out = c.out[:0]
	if err != nil {
		c.werr = err
	}
	return err
}

// Deadlines are renewed only when they would move by over a second:
// setting one costs a timer update, and requests on a busy connection
// arrive far more often than that.
func (c *conn) setWriteDeadline() {
	if d := time.Now().Add(c.srv.cfg.WriteTimeout); d.Sub(c.wdl) > time.Second {
		c.wdl = d
		c.nc.SetWriteDeadline(d)
	}
}

func (c *conn) setReadDeadline(d time.Time) {
	if d.Sub(c.rdl) > time.Second || d.Before(c.rdl) {
		c.rdl = d
		c.nc.SetReadDeadline(d)
	}
}
