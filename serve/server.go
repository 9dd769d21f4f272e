package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Config configures a Server. The zero value of each field but Root
// takes the default named beside it.
type Config struct {
	// Root is the site directory.
	Root string
	// SPA serves /index.html for a missing path whose last segment has
	// no '.', so client-side routes load the app.
	SPA bool
	// HealthPath answers 200 "ok\n"; "" turns it off.
	HealthPath string
	// Headers are added to every response.
	Headers []Header
	// AccessLog receives one line per request; nil turns the log off.
	AccessLog io.Writer

	MaxMemFile        int64         // default 1 MiB: larger files are sent from disk
	MaxMemTotal       int64         // default 64 MiB of file bytes held in memory
	ReadHeaderTimeout time.Duration // default 10s, from a request's first byte
	IdleTimeout       time.Duration // default 60s between requests
	WriteTimeout      time.Duration // default 30s for each write
}

// ErrServerClosed is returned by Serve after Shutdown.
var ErrServerClosed = errors.New("serve: server closed")

// Server serves one site directory.
type Server struct {
	cfg    Config
	ix     *index
	health string
	hhdr   []byte // the health check's status line and headers
	common []byte // header lines on every response
	clock  clock
	log    *accessLog

	closing atomic.Bool
	mu      sync.Mutex
	lns     map[net.Listener]struct{}
	conns   map[*conn]struct{}
	wg      sync.WaitGroup
}

// New indexes cfg.Root and returns a server for it.
func New(cfg Config) (*Server, error) {
	if cfg.MaxMemFile == 0 {
		cfg.MaxMemFile = 1 << 20
	}
	if cfg.MaxMemTotal == 0 {
		cfg.MaxMemTotal = 64 << 20
	}
	if cfg.ReadHeaderTimeout == 0 {
		cfg.ReadHeaderTimeout = 10 * time.Second
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = 60 * time.Second
	}
	if cfg.WriteTimeout == 0 {
		cfg.WriteTimeout = 30 * time.Second
	}
	if h := cfg.HealthPath; h != "" {
		if p, ok := decodePath(nil, []byte(h)); !ok || string(p) != h || strings.ContainsAny(h, "?%") {
			return nil, fmt.Errorf("health path %q: want a plain absolute URL path such as /healthz", h)
		}
	}
	common, err := headerBlock(cfg.Headers)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(cfg.Root)
	if err != nil {
		return nil, fmt.Errorf("site root: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("site root %s: not a directory", cfg.Root)
	}
	root, err := os.OpenRoot(cfg.Root)
	if err != nil {
		return nil, fmt.Errorf("site root: %w", err)
	}
	ix, err := buildIndex(root, indexOptions{maxMemFile: cfg.MaxMemFile, maxMemTotal: cfg.MaxMemTotal, common: common})
	if err != nil {
		root.Close()
		return nil, fmt.Errorf("index %s: %w", cfg.Root, err)
	}
	if cfg.SPA && ix.spa == nil {
		root.Close()
		return nil, fmt.Errorf("SPA fallback: %s has no index.html to fall back to", cfg.Root)
	}
	s := &Server{cfg: cfg, ix: ix, health: cfg.HealthPath, common: common,
		lns: map[net.Listener]struct{}{}, conns: map[*conn]struct{}{}}
	s.hhdr = append([]byte(statusLine(200)+"Content-Type: text/plain; charset=utf-8\r\nContent-Length: 3\r\nCache-Control: no-store\r\n"), common...)
	if cfg.AccessLog != nil {
		s.log = newAccessLog(cfg.AccessLog, 100*time.Millisecond)
	}
	return s, nil
}

// Files is the number of files indexed.
func (s *Server) Files() int { return s.ix.files }

// MemoryBytes is the number of file bytes held in memory.
func (s *Server) MemoryBytes() int64 { return s.ix.memBytes }

// Skipped lists the symbolic links left out of the index: those leading
// outside the root, to a directory, or to nothing.
func (s *Server) Skipped() []string { return s.ix.skipped }

// Serve accepts connections on ln until Shutdown, and returns
// ErrServerClosed then.
func (s *Server) Serve(ln net.Listener) error {
	s.mu.Lock()
	if s.closing.Load() {
		s.mu.Unlock()
		ln.Close()
		return ErrServerClosed
	}
	s.lns[ln] = struct{}{}
	s.mu.Unlock()
	var delay time.Duration
	for {
		nc, err := ln.Accept()
		if err != nil {
			if s.closing.Load() {
				return ErrServerClosed
			}
			if errors.Is(err, net.ErrClosed) {
				return err
			}
			// Out of file descriptors and the like: back off and retry
			// rather than exit under load.
			delay = min(max(2*delay, 5*time.Millisecond), time.Second)
			time.Sleep(delay)
			continue
		}
		delay = 0
		c := newConn(s, nc)
		if !s.track(c) {
			nc.Close()
			return ErrServerClosed
		}
		go c.serve()
	}
}

func (s *Server) track(c *conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing.Load() {
		return false
	}
	s.conns[c] = struct{}{}
	s.wg.Add(1)
	return true
}

func (s *Server) untrack(c *conn) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
	s.wg.Done()
}

// Shutdown stops accepting, closes idle connections, lets requests in
// progress finish and then closes their connections. When ctx ends first
// it closes the rest at once and returns ctx's error. It flushes the
// access log either way, and closes the site root.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing.Store(true)
	for ln := range s.lns {
		ln.Close()
	}
	for c := range s.conns {
		c.closeIfIdle()
	}
	s.mu.Unlock()

	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = ctx.Err()
		s.mu.Lock()
		for c := range s.conns {
			c.nc.Close()
		}
		s.mu.Unlock()
		<-done
	}
	if s.log != nil {
		s.log.Close()
	}
	s.ix.root.Close()
	return err
}
