// Command server is the slimfront go-api example: a small HTTP service whose
// endpoints report on the image it runs in.
//
// It listens on :$PORT (default 8080). With -healthcheck it instead probes
// the /healthz endpoint of the instance on $PORT and exits 0 if it is
// healthy, 1 otherwise: a shell-less image has no curl or wget for a Docker
// HEALTHCHECK to use, so the binary checks itself.
package main

import (
	"bytes"
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"example.com/go-api/internal/api"
)

// version is the build version reported by /healthz, set at link time with
// -ldflags "-X main.version=...".
var version = "dev"

const (
	// healthZone is the zone /healthz must load; it only loads when the
	// image ships the zoneinfo database.
	healthZone = "Europe/Paris"
	// shutdownTimeout bounds the wait for in-flight requests on shutdown. It
	// stays below the 10s grace period of `docker stop` so the drain
	// finishes before the SIGKILL.
	shutdownTimeout = 5 * time.Second
	// probeTimeout bounds a -healthcheck probe.
	probeTimeout = 3 * time.Second
)

func main() {
	healthcheck := flag.Bool("healthcheck", false,
		"probe /healthz of the server on $PORT and exit 0 if healthy, 1 otherwise")
	flag.Parse()

	port := cmp.Or(os.Getenv("PORT"), "8080")

	if *healthcheck {
		if err := probe("http://127.0.0.1:" + port + "/healthz"); err != nil {
			fmt.Fprintln(os.Stderr, "healthcheck:", err)
			os.Exit(1)
		}
		return
	}

	logger := slog.New(slog.NewTextHandler(os.Stdout, nil))
	if err := serve(":"+port, logger); err != nil {
		logger.Error("server failed", "err", err)
		os.Exit(1)
	}
}

// serve runs the HTTP server on addr until SIGINT or SIGTERM arrives, then
// stops accepting connections and lets in-flight requests finish.
func serve(addr string, logger *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	// Listen before logging so that "listening" means the port is bound.
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler: api.New(api.Config{
			Version:    version,
			HealthZone: healthZone,
			Logger:     logger,
		}),
		// Don't let slow clients hold connections open while sending headers.
		ReadHeaderTimeout: 5 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	logger.Info("listening", "addr", ln.Addr().String(), "version", version)

	select {
	case err := <-errc:
		// Serve only returns early on failure; Shutdown has not been called.
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down", "cause", context.Cause(ctx))
	// Restore default signal handling so a second signal kills immediately.
	stop()

	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}

// probe GETs url and returns an error unless the response is 200 OK. The
// error includes the start of the body, which for /healthz names the failed
// checks, so `docker inspect` shows why the container is unhealthy.
func probe(url string) error {
	client := &http.Client{Timeout: probeTimeout}
	resp, err := client.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		return fmt.Errorf("%s: %s", resp.Status, bytes.TrimSpace(body))
	}
	return nil
}
