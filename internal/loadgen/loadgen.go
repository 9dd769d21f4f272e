// Package loadgen is a small closed-loop HTTP/1.1 load generator for the
// benchmarks: a fixed number of keep-alive connections, each sending one
// GET after another and reading the whole answer, for a set time.
// It parses only what it needs (status, Content-Length, Connection), so
// the client costs less CPU than the servers it measures.
package loadgen

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strconv"
	"sync"
	"time"
)

// Options says what to request, how hard and for how long.
type Options struct {
	Addr     string        // host:port
	Path     string        // request target, "/" by default
	Headers  []string      // extra "Name: value" request lines
	Conns    int           // concurrent connections, 8 by default
	Duration time.Duration // how long to send, 5s by default
}

// Result sums a run.
type Result struct {
	Requests int           // answers with status 200
	Errors   int           // other statuses, and failed connections
	Bytes    int64         // body bytes of the 200s
	Elapsed  time.Duration // the run's length
	// Latencies of the 200s, from the request's write to its body's end.
	P50, P99, Max time.Duration
}

// RPS is the rate of successful requests.
func (r Result) RPS() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Requests) / r.Elapsed.Seconds()
}

func (r Result) String() string {
	return fmt.Sprintf("%.0f req/s, p50 %v, p99 %v, max %v, %d errors, %d B/answer",
		r.RPS(), r.P50, r.P99, r.Max, r.Errors, r.Bytes/int64(max(r.Requests, 1)))
}

// Run loads o.Addr until o.Duration has passed or ctx ends. It fails when
// no request succeeded.
func Run(ctx context.Context, o Options) (Result, error) {
	if o.Path == "" {
		o.Path = "/"
	}
	if o.Conns <= 0 {
		o.Conns = 8
	}
	if o.Duration <= 0 {
		o.Duration = 5 * time.Second
	}
	var req bytes.Buffer
	fmt.Fprintf(&req, "GET %s HTTP/1.1\r\nHost: %s\r\n", o.Path, o.Addr)
	for _, h := range o.Headers {
		req.WriteString(h + "\r\n")
	}
	req.WriteString("\r\n")

	ctx, cancel := context.WithTimeout(ctx, o.Duration)
	defer cancel()
	var (
		mu      sync.Mutex
		res     Result
		samples []time.Duration
		lastErr error
		wg      sync.WaitGroup
	)
	start := time.Now()
	for range o.Conns {
		wg.Go(func() {
			w := worker{addr: o.Addr, req: req.Bytes()}
			w.run(ctx)
			mu.Lock()
			defer mu.Unlock()
			res.Requests += len(w.lat)
			res.Errors += w.errors
			res.Bytes += w.bytes
			samples = append(samples, w.lat...)
			if w.err != nil {
				lastErr = w.err
			}
		})
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	if res.Requests == 0 {
		return res, fmt.Errorf("loadgen: no request to %s%s succeeded: %v", o.Addr, o.Path, lastErr)
	}
	slices.Sort(samples)
	res.P50 = samples[len(samples)/2]
	res.P99 = samples[len(samples)*99/100]
	res.Max = samples[len(samples)-1]
	return res, nil
}

// worker is one connection's loop.
type worker struct {
	addr   string
	req    []byte
	lat    []time.Duration
	bytes  int64
	errors int
	err    error // the last failure
}

func (w *worker) run(ctx context.Context) {
	var (
		conn net.Conn
		br   *bufio.Reader
	)
	defer func() {
		if conn != nil {
			conn.Close()
		}
	}()
	deadline, _ := ctx.Deadline()
	for ctx.Err() == nil {
		if conn == nil {
			c, err := net.DialTimeout("tcp", w.addr, time.Second)
			if err != nil {
				w.fail(err)
				time.Sleep(10 * time.Millisecond)
				continue
			}
			conn, br = c, bufio.NewReaderSize(c, 64<<10)
			// A blocked read must not outlive the run.
			conn.SetDeadline(deadline.Add(time.Second))
		}
		t0 := time.Now()
		status, n, keep, err := w.roundTrip(conn, br)
		if err != nil {
			if ctx.Err() == nil {
				w.fail(err)
			}
			conn.Close()
			conn = nil
			continue
		}
		if status == 200 {
			w.lat = append(w.lat, time.Since(t0))
			w.bytes += n
		} else {
			w.fail(fmt.Errorf("status %d", status))
		}
		if !keep {
			conn.Close()
			conn = nil
		}
	}
}

func (w *worker) fail(err error) {
	w.errors++
	w.err = err
}

// roundTrip sends the request and reads one answer, framed by
// Content-Length or chunked (as servers that compress on the fly send).
func (w *worker) roundTrip(conn net.Conn, br *bufio.Reader) (status int, n int64, keep bool, err error) {
	if _, err := conn.Write(w.req); err != nil {
		return 0, 0, false, err
	}
	line, err := br.ReadSlice('\n')
	if err != nil {
		return 0, 0, false, err
	}
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.")) {
		return 0, 0, false, fmt.Errorf("bad status line %q", line)
	}
	status, err = strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, 0, false, fmt.Errorf("bad status line %q", line)
	}
	keep, n = true, -1
	chunked := false
	for {
		h, err := br.ReadSlice('\n')
		if err != nil {
			return 0, 0, false, err
		}
		h = bytes.TrimRight(h, "\r\n")
		if len(h) == 0 {
			break
		}
		name, value, ok := bytes.Cut(h, []byte(":"))
		if !ok {
			continue
		}
		value = bytes.TrimSpace(value)
		switch {
		case bytes.EqualFold(name, []byte("Content-Length")):
			if n, err = strconv.ParseInt(string(value), 10, 64); err != nil {
				return 0, 0, false, fmt.Errorf("bad Content-Length %q", value)
			}
		case bytes.EqualFold(name, []byte("Connection")):
			keep = !bytes.EqualFold(value, []byte("close"))
		case bytes.EqualFold(name, []byte("Transfer-Encoding")):
			chunked = bytes.EqualFold(value, []byte("chunked"))
		}
	}
	if chunked {
		n, err = readChunked(br)
		return status, n, keep, err
	}
	if n < 0 {
		return 0, 0, false, errors.New("an answer without Content-Length")
	}
	if _, err := io.CopyN(io.Discard, br, n); err != nil {
		return 0, 0, false, err
	}
	return status, n, keep, nil
}

// readChunked reads a chunked body and its trailers, returning the size
// of the data.
func readChunked(br *bufio.Reader) (int64, error) {
	var total int64
	for {
		line, err := br.ReadSlice('\n')
		if err != nil {
			return 0, err
		}
		line = bytes.TrimRight(line, "\r\n")
		if i := bytes.IndexByte(line, ';'); i >= 0 {
			line = line[:i] // chunk extensions
		}
		size, err := strconv.ParseInt(string(bytes.TrimSpace(line)), 16, 64)
		if err != nil || size < 0 {
			return 0, fmt.Errorf("bad chunk size %q", line)
		}
		if size == 0 {
			break
		}
		if _, err := io.CopyN(io.Discard, br, size+2); err != nil { // data and CRLF
			return 0, err
		}
		total += size
	}
	for { // trailers, through the empty line
		line, err := br.ReadSlice('\n')
		if err != nil {
			return 0, err
		}
		if len(bytes.TrimRight(line, "\r\n")) == 0 {
			return total, nil
		}
	}
}
