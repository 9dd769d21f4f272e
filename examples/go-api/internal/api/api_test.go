package api

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// get serves a GET for target through a handler built from cfg and returns
// the recorded response.
func get(t *testing.T, cfg Config, target string) *httptest.ResponseRecorder {
	t.Helper()
	cfg.Logger = slog.New(slog.DiscardHandler)
	rec := httptest.NewRecorder()
	New(cfg).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

// decode unmarshals the JSON body of rec into v.
func decode(t *testing.T, rec *httptest.ResponseRecorder, v any) {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("decode %q: %v", rec.Body, err)
	}
}

func TestIndex(t *testing.T) {
	rec := get(t, Config{}, "/")
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("Content-Type = %q, want text/html", ct)
	}
	if !strings.Contains(rec.Body.String(), "go-api example") {
		t.Errorf("body does not look like the embedded page:\n%s", rec.Body)
	}
}

func TestHealthz(t *testing.T) {
	rec := get(t, Config{Version: "v1.2.3", HealthZone: "Europe/Paris"}, "/healthz")
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200 (is a CA bundle and zoneinfo installed?); body: %s", rec.Code, rec.Body)
	}
	var got struct {
		Status  string `json:"status"`
		CACerts int    `json:"ca_certs"`
		TZ      string `json:"tz"`
		Version string `json:"version"`
	}
	decode(t, rec, &got)
	if got.Status != "ok" || got.CACerts < 1 || got.TZ != "Europe/Paris" || got.Version != "v1.2.3" {
		t.Errorf("body = %+v, want status ok, ca_certs > 0, tz Europe/Paris, version v1.2.3", got)
	}
}

func TestHealthzUnhealthy(t *testing.T) {
	rec := get(t, Config{HealthZone: "Nowhere/Atlantis"}, "/healthz")
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("status = %d, want 503", rec.Code)
	}
	var got struct {
		Status string   `json:"status"`
		Errors []string `json:"errors"`
	}
	decode(t, rec, &got)
	if got.Status != "fail" || len(got.Errors) == 0 || !strings.Contains(got.Errors[0], "Nowhere/Atlantis") {
		t.Errorf("body = %+v, want status fail with the time zone error", got)
	}
}

func TestTime(t *testing.T) {
	rec := get(t, Config{}, "/time?tz=Asia/Tokyo")
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200; body: %s", rec.Code, rec.Body)
	}
	var got struct {
		TZ   string `json:"tz"`
		Time string `json:"time"`
	}
	decode(t, rec, &got)
	if got.TZ != "Asia/Tokyo" {
		t.Errorf("tz = %q, want Asia/Tokyo", got.TZ)
	}
	// Japan has no daylight saving time, so the offset is fixed.
	ts, err := time.Parse(time.RFC3339, got.Time)
	if err != nil {
		t.Fatalf("time %q is not RFC 3339: %v", got.Time, err)
	}
	if _, off := ts.Zone(); off != 9*60*60 {
		t.Errorf("time %q has offset %ds, want +09:00", got.Time, off)
	}
}

func TestTimeDefaultsToUTC(t *testing.T) {
	rec := get(t, Config{}, "/time")
	var got struct {
		TZ string `json:"tz"`
	}
	decode(t, rec, &got)
	if rec.Code != http.StatusOK || got.TZ != "UTC" {
		t.Errorf("got %d %+v, want 200 with tz UTC", rec.Code, got)
	}
}

func TestTimeRejectsUnknownZone(t *testing.T) {
	for _, tz := range []string{"Nowhere/Atlantis", "../../etc/passwd"} {
		rec := get(t, Config{}, "/time?tz="+tz)
		if rec.Code != http.StatusBadRequest {
			t.Errorf("tz=%s: status = %d, want 400", tz, rec.Code)
		}
		var got struct {
			Error string `json:"error"`
		}
		decode(t, rec, &got)
		if got.Error == "" {
			t.Errorf("tz=%s: missing error message", tz)
		}
	}
}

func TestWhoami(t *testing.T) {
	rec := get(t, Config{}, "/whoami")
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200", rec.Code)
	}
	var got struct {
		UID        int    `json:"uid"`
		GID        int    `json:"gid"`
		WorkingDir string `json:"working_dir"`
	}
	decode(t, rec, &got)
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if got.UID != os.Getuid() || got.GID != os.Getgid() || got.WorkingDir != wd {
		t.Errorf("body = %+v, want uid %d, gid %d, working_dir %s", got, os.Getuid(), os.Getgid(), wd)
	}
}

func TestFiles(t *testing.T) {
	rec := get(t, Config{}, "/files")
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200", rec.Code)
	}
	var got struct {
		Files map[string]bool `json:"files"`
	}
	decode(t, rec, &got)
	// The test machine has a normal filesystem, so only compare against
	// os.Stat rather than asserting what a minimal image would contain.
	for _, p := range probedPaths {
		_, err := os.Stat(p)
		if exists, ok := got.Files[p]; !ok || exists != (err == nil) {
			t.Errorf("files[%q] = %v (present %v), want %v", p, exists, ok, err == nil)
		}
	}
}
