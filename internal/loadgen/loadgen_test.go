package loadgen

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRun(t *testing.T) {
	var served atomic.Int64
	var sawHeader atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		if r.Header.Get("Accept-Encoding") == "br" {
			sawHeader.Store(true)
		}
		w.Header().Set("Content-Length", "5")
		w.Write([]byte("hello"))
	}))
	defer srv.Close()
	res, err := Run(context.Background(), Options{
		Addr: strings.TrimPrefix(srv.URL, "http://"), Path: "/x", Headers: []string{"Accept-Encoding: br"},
		Conns: 4, Duration: 300 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests < 10 || res.Errors != 0 {
		t.Errorf("result %+v: want many requests and no errors", res)
	}
	if res.Bytes != 5*int64(res.Requests) {
		t.Errorf("bytes = %d for %d requests of 5", res.Bytes, res.Requests)
	}
	// Every answer read is counted, and at most one per connection is
	// cut off by the end of the run.
	if n := served.Load(); n < int64(res.Requests) || n > int64(res.Requests)+4 {
		t.Errorf("server answered %d, client counted %d", n, res.Requests)
	}
	if !sawHeader.Load() {
		t.Errorf("the extra header was not sent")
	}
	if !(res.P50 <= res.P99 && res.P99 <= res.Max && res.Max > 0) {
		t.Errorf("latencies p50 %v p99 %v max %v", res.P50, res.P99, res.Max)
	}
	if res.RPS() <= 0 {
		t.Errorf("RPS = %v", res.RPS())
	}
}

// A body sent chunked, as servers that compress on the fly send it.
func TestRunChunked(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("hello "))
		w.(http.Flusher).Flush()
		w.Write([]byte("world"))
	}))
	defer srv.Close()
	res, err := Run(context.Background(), Options{Addr: strings.TrimPrefix(srv.URL, "http://"), Conns: 2, Duration: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if res.Errors != 0 || res.Bytes != 11*int64(res.Requests) {
		t.Errorf("chunked: %+v, want 11 bytes per answer and no errors", res)
	}
}

func TestRunCountsErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no", http.StatusInternalServerError)
	}))
	defer srv.Close()
	res, err := Run(context.Background(), Options{Addr: strings.TrimPrefix(srv.URL, "http://"), Conns: 2, Duration: 100 * time.Millisecond})
	if err == nil || res.Errors == 0 || res.Requests != 0 {
		t.Errorf("Run against a failing server = %+v, %v; want errors and no successes", res, err)
	}
}

func TestRunNoServer(t *testing.T) {
	if _, err := Run(context.Background(), Options{Addr: "127.0.0.1:1", Duration: 50 * time.Millisecond}); err == nil {
		t.Error("Run against a closed port succeeded")
	}
}
