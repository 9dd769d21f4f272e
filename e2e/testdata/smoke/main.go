// Command smoke is the smallest HTTP server: the bed's own smoke test
// builds it with a plain Dockerfile and expects 200 from it.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") })
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil))
}
