package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestProbe(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		wantErr string // empty means success
	}{
		{"healthy", http.StatusOK, ""},
		{"unhealthy", http.StatusServiceUnavailable, `503 Service Unavailable: {"status":"fail"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tt.status)
				w.Write([]byte(`{"status":"fail"}` + "\n"))
			}))
			defer srv.Close()

			err := probe(srv.URL + "/healthz")
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("probe: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("probe error = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestProbeUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close() // nothing listens on url any more

	if err := probe(url); err == nil {
		t.Fatal("probe of a closed server succeeded")
	}
}
