package serve

import (
	"io"
	"strconv"
	"sync"
	"time"
)

// accessLog buffers log lines and writes them in batches: at least every
// interval, when the buffer fills, and on Close. A request only copies its
// line under a mutex; the write to stdout happens outside it.
type accessLog struct {
	w     io.Writer
	limit int

	mu    sync.Mutex
	buf   []byte
	spare []byte

	wmu sync.Mutex // orders writes to w

	stop chan struct{}
	done chan struct{}
	once sync.Once
}

func newAccessLog(w io.Writer, interval time.Duration) *accessLog {
	l := &accessLog{w: w, limit: 64 << 10, stop: make(chan struct{}), done: make(chan struct{})}
	l.buf = make([]byte, 0, l.limit+1024)
	l.spare = make([]byte, 0, l.limit+1024)
	go l.run(interval)
	return l
}

func (l *accessLog) run(interval time.Duration) {
	defer close(l.done)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			l.Flush()
		case <-l.stop:
			l.Flush()
			return
		}
	}
}

// add appends one line, and writes the batch out when it is full.
func (l *accessLog) add(line []byte) {
	l.mu.Lock()
	l.buf = append(l.buf, line...)
	if len(l.buf) < l.limit {
		l.mu.Unlock()
		return
	}
	full := l.take()
	l.mu.Unlock()
	l.write(full)
}

// Flush writes out what is buffered.
func (l *accessLog) Flush() {
	l.mu.Lock()
	if len(l.buf) == 0 {
		l.mu.Unlock()
		return
	}
	full := l.take()
	l.mu.Unlock()
	l.write(full)
}

// take swaps in the spare buffer; the caller holds mu.
func (l *accessLog) take() []byte {
	full := l.buf
	l.buf, l.spare = l.spare[:0], nil
	return full
}

func (l *accessLog) write(b []byte) {
	l.wmu.Lock()
	l.w.Write(b) // a log that cannot be written must not stop serving
	l.wmu.Unlock()
	l.mu.Lock()
	if l.spare == nil {
		l.spare = b[:0]
	}
	l.mu.Unlock()
}

// Close stops the flusher after a last flush.
func (l *accessLog) Close() {
	l.once.Do(func() { close(l.stop) })
	<-l.done
}

// appendLogLine formats one access log line:
//
//	2026-01-02T15:04:05Z 127.0.0.1:50312 "GET /app.js HTTP/1.1" 200 5120 0.081ms "curl/8.5.0"
//
// The bytes are those of the body. Client-sent fields are quoted with
// control characters, quotes and backslashes escaped, so a line can't be
// forged.
func appendLogLine(b []byte, ts []byte, remote string, r *request, status int, n int64, d time.Duration) []byte {
	b = append(b, ts...)
	b = append(b, ' ')
	b = append(b, remote...)
	b = append(b, ` "`...)
	if len(r.method) == 0 {
		b = append(b, '-')
	} else {
		b = appendEscaped(b, r.method)
		b = append(b, ' ')
		b = appendEscaped(b, r.target)
		b = append(b, " HTTP/1."...)
		b = append(b, '0'+min(r.minor, 9))
	}
	b = append(b, `" `...)
	b = strconv.AppendInt(b, int64(status), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, n, 10)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, float64(d.Microseconds())/1000, 'f', 3, 64)
	b = append(b, `ms "`...)
	if len(r.ua) == 0 {
		b = append(b, '-')
	} else {
		b = appendEscaped(b, r.ua)
	}
	return append(b, "\"\n"...)
}

func appendEscaped(b, s []byte) []byte {
	const hexDigits = "0123456789abcdef"
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20 || c >= 0x7f:
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			b = append(b, c)
		}
	}
	return b
}
