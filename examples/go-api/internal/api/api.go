// Package api wires the HTTP routes of the example service.
//
// Besides a landing page, every endpoint reports something about the
// environment the process runs in, so end-to-end tests can assert on the
// properties of the image: CA bundle and zoneinfo present, non-root user,
// no shell.
package api

import (
	"embed"
	"encoding/json"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"example.com/go-api/internal/health"
)

// staticFS holds the landing page, compiled into the binary so the image
// needs no files besides the executable.
//
//go:embed static
var staticFS embed.FS

// probedPaths are the files reported by /files: a shell that a minimal image
// must not contain, and the runtime data it must contain.
var probedPaths = []string{
	"/bin/sh",
	"/etc/ssl/certs/ca-certificates.crt",
	"/usr/share/zoneinfo",
}

// Config configures the handler returned by New.
type Config struct {
	// Version is reported by /healthz.
	Version string
	// HealthZone is the time zone /healthz must be able to load.
	HealthZone string
	// Logger receives one line per request.
	Logger *slog.Logger
}

// New returns the service's HTTP handler.
func New(cfg Config) http.Handler {
	s := &server{cfg: cfg}

	r := chi.NewRouter()
	// The logger is outermost so that panics turned into 500s by Recoverer
	// are logged too.
	r.Use(logRequests(cfg.Logger), middleware.Recoverer)
	r.Get("/", s.index)
	r.Get("/healthz", s.healthz)
	r.Get("/time", s.currentTime)
	r.Get("/whoami", s.whoami)
	r.Get("/files", s.files)
	return r
}

type server struct {
	cfg Config
}

// index serves the embedded landing page.
func (s *server) index(w http.ResponseWriter, r *http.Request) {
	http.ServeFileFS(w, r, staticFS, "static/index.html")
}

// healthResponse is the /healthz body: the check report plus the build version.
type healthResponse struct {
	health.Report
	Version string `json:"version"`
}

// healthz answers 200 when the CA pool and zoneinfo checks pass, 503 otherwise.
func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	rep := health.Check(s.cfg.HealthZone)
	status := http.StatusOK
	if !rep.Healthy() {
		status = http.StatusServiceUnavailable
	}
	writeJSON(w, status, healthResponse{Report: rep, Version: s.cfg.Version})
}

// currentTime reports the current time in the zone named by the tz query
// parameter (UTC when absent).
func (s *server) currentTime(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("tz")
	if name == "" {
		name = "UTC"
	}
	// LoadLocation rejects names that could escape the zoneinfo directory,
	// so user input can be passed straight through.
	loc, err := time.LoadLocation(name)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{
		"tz":   name,
		"time": time.Now().In(loc).Format(time.RFC3339),
	})
}

// whoami reports the identity and working directory of the process.
func (s *server) whoami(w http.ResponseWriter, r *http.Request) {
	wd, err := os.Getwd()
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, struct {
		UID        int    `json:"uid"`
		GID        int    `json:"gid"`
		WorkingDir string `json:"working_dir"`
	}{os.Getuid(), os.Getgid(), wd})
}

// files reports, for each of probedPaths, whether it exists.
func (s *server) files(w http.ResponseWriter, r *http.Request) {
	exists := make(map[string]bool, len(probedPaths))
	for _, p := range probedPaths {
		_, err := os.Stat(p)
		exists[p] = err == nil
	}
	writeJSON(w, http.StatusOK, map[string]map[string]bool{"files": exists})
}

// writeJSON writes v as a JSON response with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	// An encoding error here means the client went away; the status line is
	// already sent, so there is nothing left to report to it.
	_ = json.NewEncoder(w).Encode(v)
}

// writeError writes {"error": msg} with the given status.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
