// Command go-hello is the smallest slimfront Go example: a standard-library
// HTTP server with a greeting and a health endpoint.
//
// It listens on :$PORT (default 8080).
package main

import (
	"cmp"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

// version is stamped at build time: -ldflags "-X main.version=…".
var version = "dev"

func main() {
	mux := http.NewServeMux()
	// "/{$}" matches only the root, not every path as "/" would.
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "hello from slimfront")
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /version", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, version)
	})

	srv := &http.Server{
		Addr:    ":" + cmp.Or(os.Getenv("PORT"), "8080"),
		Handler: mux,
		// Don't let slow clients hold connections open while sending headers.
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Printf("go-hello %s listening on %s", version, srv.Addr)
	log.Fatal(srv.ListenAndServe())
}
