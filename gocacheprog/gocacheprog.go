// Package gocacheprog is a Go build cache program (GOCACHEPROG) that
// keeps two caches in the go command's own on-disk layout: a layer
// directory, which starts empty and ends holding exactly the entries one
// go command used, and a shared directory (a cache mount) that it reads
// through and writes to. The Go preset runs it when it compiles an app's
// imported packages into a stage's layer: on the daemon that keeps the
// cache mount, packages compiled before are copied rather than compiled
// again, and the layer, which a registry cache carries to other daemons,
// is a plain GOCACHE a later `go build` reads without this program.
package gocacheprog

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// Cmd, Request and Response are the protocol of cmd/go/internal/cacheprog.
type Cmd string

const (
	cmdGet   Cmd = "get"
	cmdPut   Cmd = "put"
	cmdClose Cmd = "close"
)

// Request is one message from the go command.
type Request struct {
	ID       int64
	Command  Cmd
	ActionID []byte `json:",omitempty"`
	OutputID []byte `json:",omitempty"`
	BodySize int64  `json:",omitempty"`
}

// Response is one message to the go command.
type Response struct {
	ID            int64
	Err           string     `json:",omitempty"`
	KnownCommands []Cmd      `json:",omitempty"`
	Miss          bool       `json:",omitempty"`
	OutputID      []byte     `json:",omitempty"`
	Size          int64      `json:",omitempty"`
	Time          *time.Time `json:",omitempty"`
	DiskPath      string     `json:",omitempty"`
}

// Serve answers the go command's requests from r on w until it sends
// "close" or r ends. layer and shared are GOCACHE-layout directories;
// shared may be "" for none.
func Serve(r io.Reader, w io.Writer, layer, shared string) error {
	c := &caches{layer: layer, shared: shared}
	dec := json.NewDecoder(bufio.NewReader(r))
	out := bufio.NewWriter(w)
	enc := json.NewEncoder(out)
	send := func(res *Response) error {
		if err := enc.Encode(res); err != nil {
			return err
		}
		return out.Flush()
	}
	if err := send(&Response{KnownCommands: []Cmd{cmdGet, cmdPut, cmdClose}}); err != nil {
		return err
	}
	for {
		var req Request
		if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("reading a request: %w", err)
		}
		var body []byte
		if req.Command == cmdPut && req.BodySize > 0 {
			// The body follows as a base64 JSON string.
			if err := dec.Decode(&body); err != nil {
				return fmt.Errorf("reading the body of request %d: %w", req.ID, err)
			}
			if int64(len(body)) != req.BodySize {
				return fmt.Errorf("request %d: body of %d bytes, want %d", req.ID, len(body), req.BodySize)
			}
		}
		res := &Response{ID: req.ID}
		var err error
		switch req.Command {
		case cmdGet:
			err = c.get(req.ActionID, res)
		case cmdPut:
			err = c.put(req.ActionID, req.OutputID, body, res)
		case cmdClose:
			return send(res)
		default:
			err = fmt.Errorf("unknown command %q", req.Command)
		}
		if err != nil {
			res = &Response{ID: req.ID, Err: err.Error()}
		}
		if err := send(res); err != nil {
			return err
		}
	}
}

type caches struct {
	layer, shared string
}

// entry is an action's index entry as the go command writes it: "v1
// <action> <output> <size, 20 wide> <unix nanoseconds, 20 wide>\n".
type entry struct {
	line   []byte
	output []byte
	size   int64
	time   time.Time
}

const hashSize = 32

// file is the go command's path for id with suffix "a" (the action's
// entry) or "d" (an output).
func file(dir string, id []byte, suffix string) string {
	return filepath.Join(dir, fmt.Sprintf("%02x", id[0]), fmt.Sprintf("%x-%s", id, suffix))
}

// readEntry reads and checks action id's entry in dir.
func readEntry(dir string, id []byte) (*entry, bool) {
	line, err := os.ReadFile(file(dir, id, "a"))
	if err != nil {
		return nil, false
	}
	f := bytes.Fields(line)
	if len(f) != 5 || string(f[0]) != "v1" || string(f[1]) != hex.EncodeToString(id) || len(line) != 2+1+64+1+64+1+20+1+20+1 {
		return nil, false
	}
	out, err := hex.DecodeString(string(f[2]))
	if err != nil || len(out) != hashSize {
		return nil, false
	}
	size, err1 := strconv.ParseInt(string(f[3]), 10, 64)
	nanos, err2 := strconv.ParseInt(string(f[4]), 10, 64)
	if err1 != nil || err2 != nil || size < 0 {
		return nil, false
	}
	// The output must be there, whole.
	if fi, err := os.Stat(file(dir, out, "d")); err != nil || fi.Size() != size {
		return nil, false
	}
	return &entry{line: line, output: out, size: size, time: time.Unix(0, nanos)}, true
}

func (c *caches) get(id []byte, res *Response) error {
	if len(id) != hashSize {
		return fmt.Errorf("action ID of %d bytes", len(id))
	}
	e, ok := readEntry(c.layer, id)
	if !ok && c.shared != "" {
		if e, ok = readEntry(c.shared, id); ok {
			// Copied into the layer: this build used it.
			data, err := os.ReadFile(file(c.shared, e.output, "d"))
			if err != nil {
				res.Miss = true
				return nil
			}
			if err := writeAtomic(file(c.layer, e.output, "d"), data); err != nil {
				return err
			}
			if err := writeAtomic(file(c.layer, id, "a"), e.line); err != nil {
				return err
			}
		}
	}
	if !ok {
		res.Miss = true
		return nil
	}
	res.OutputID, res.Size, res.Time = e.output, e.size, &e.time
	res.DiskPath = file(c.layer, e.output, "d")
	return nil
}

func (c *caches) put(id, output, body []byte, res *Response) error {
	if len(id) != hashSize || len(output) != hashSize {
		return fmt.Errorf("action ID of %d bytes, output ID of %d", len(id), len(output))
	}
	line := fmt.Appendf(nil, "v1 %x %x %20d %20d\n", id, output, len(body), time.Now().UnixNano())
	for _, dir := range []string{c.layer, c.shared} {
		if dir == "" {
			continue
		}
		err := writeAtomic(file(dir, output, "d"), body)
		if err == nil {
			err = writeAtomic(file(dir, id, "a"), line)
		}
		if err != nil && dir == c.layer {
			return err
		}
		// The shared cache is a speed-up: a failure there costs a
		// later build a compile, not this one its result.
	}
	res.DiskPath = file(c.layer, output, "d")
	return nil
}

// writeAtomic writes data to name through a temporary file and a rename,
// so that a concurrent reader of a shared cache never sees half a file.
func writeAtomic(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o666)
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
