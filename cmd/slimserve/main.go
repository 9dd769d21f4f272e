// Command slimserve serves a static site or single-page app from a
// directory, for slimfront's static-site images (scratch, no shell).
//
//	slimserve [--root DIR] [--listen ADDR] [--spa] [--health PATH]
//	          [--header "Name: value"]... [--access-log=false]
//
// A PORT environment variable, when set, replaces the port of --listen.
//
// It sends the .gz and .br files that slimcompress writes at build time to
// clients that accept them. See package serve for what the server does.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/slimfront/slimfront/serve"
)

// shutdownGrace is how long requests in progress get to finish.
const shutdownGrace = 10 * time.Second

func main() {
	os.Exit(run(os.Args[1:], os.Getenv("PORT")))
}

// listenAddr is the address to listen on: listen, with its port replaced
// by PORT when that is set, as platforms such as Cloud Run and Heroku
// tell a container where to listen.
func listenAddr(listen, port string) (string, error) {
	if port == "" {
		return listen, nil
	}
	n, err := strconv.ParseUint(port, 10, 16)
	if err != nil || n == 0 {
		return "", fmt.Errorf("PORT=%q: want a TCP port number, 1 to 65535", port)
	}
	host, _, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("--listen %q: %v", listen, err)
	}
	return net.JoinHostPort(host, port), nil
}

// headerFlags collects repeated --header flags.
type headerFlags []serve.Header

func (h *headerFlags) String() string { return fmt.Sprint(*h) }

func (h *headerFlags) Set(s string) error {
	v, err := serve.ParseHeader(s)
	if err != nil {
		return err
	}
	*h = append(*h, v)
	return nil
}

func run(args []string, envPort string) int {
	fl := flag.NewFlagSet("slimserve", flag.ContinueOnError)
	root := fl.String("root", "/site", "the site `directory`")
	listen := fl.String("listen", ":8080", "the `address` to listen on; a PORT environment variable replaces its port")
	spa := fl.Bool("spa", false, "serve /index.html for missing paths without an extension (client-side routes)")
	health := fl.String("health", "/healthz", "the health check `path`, answered 200 ok; empty for none")
	accessLog := fl.Bool("access-log", true, "write a line per request to stdout")
	var headers headerFlags
	fl.Var(&headers, "header", "an extra response header `\"Name: value\"`, on every response (repeatable)")
	fl.Usage = func() {
		fmt.Fprintf(fl.Output(), "usage: slimserve [flags]\n\nflags:\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "slimserve: unexpected argument %q (slimserve takes flags only; precompression is slimcompress)\n", fl.Arg(0))
		return 2
	}
	addr, err := listenAddr(*listen, envPort)
	if err != nil {
		fmt.Fprintf(os.Stderr, "slimserve: %v\n", err)
		return 2
	}

	cfg := serve.Config{Root: *root, SPA: *spa, HealthPath: *health, Headers: headers}
	if *accessLog {
		cfg.AccessLog = os.Stdout
	}
	srv, err := serve.New(cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "slimserve: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintf(os.Stderr, "slimserve: %v\n", err)
		return 1
	}
	for _, s := range srv.Skipped() {
		fmt.Fprintf(os.Stderr, "slimserve: skipped symbolic link %s: it leads outside the root, to a directory, or nowhere\n", s)
	}
	onOff := map[bool]string{true: "on", false: "off"}
	fmt.Printf("slimserve: listening on %s, %d files from %s (%d KiB in memory), SPA fallback %s\n",
		ln.Addr(), srv.Files(), *root, (srv.MemoryBytes()+1023)/1024, onOff[*spa])

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		fmt.Fprintf(os.Stderr, "slimserve: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	stop() // a second signal ends the process at once
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		fmt.Fprintf(os.Stderr, "slimserve: shutdown: requests still running after %v were cut off\n", shutdownGrace)
	}
	return 0
}
