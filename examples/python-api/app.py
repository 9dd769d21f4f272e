"""A small JSON API on Bottle, served by the standard library's WSGI server."""

import json
import os
import signal
import sys
import threading
import zoneinfo
from datetime import datetime
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from socketserver import ThreadingMixIn

import bottle

CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"

# Paths whose presence tells what kind of image the app runs in: a shell,
# pip, and the places the official Python image keeps its interpreter.
PROBED_FILES = ["/bin/sh", "/usr/bin/env", "/venv/bin/pip", "/usr/local/bin/pip", "/usr/bin/pip3", "/usr/local/bin/python3"]

app = bottle.Bottle()


def ca_certs():
    try:
        with open(CA_BUNDLE, encoding="ascii") as f:
            return f.read().count("BEGIN CERTIFICATE")
    except OSError:
        return 0


@app.get("/healthz")
def healthz():
    paris = datetime.now(zoneinfo.ZoneInfo("Europe/Paris"))
    return {"status": "ok", "tz": "Europe/Paris", "offset": paris.strftime("%z"), "ca_certs": ca_certs()}


@app.get("/whoami")
def whoami():
    return {"uid": os.getuid(), "gid": os.getgid()}


@app.get("/files")
def files():
    return {"files": {p: os.path.exists(p) for p in PROBED_FILES}}


@app.get("/python")
def python():
    return {"version": sys.version.split()[0], "executable": sys.executable, "prefix": sys.prefix,
            "bottle": bottle.__version__, "compiled": bottle.__cached__ is not None and os.path.exists(bottle.__cached__)}


@app.get("/hello/<name>")
def hello(name):
    bottle.response.content_type = "application/json"
    return json.dumps({"hello": name})


class Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        sys.stdout.write("%s %s\n" % (self.address_string(), format % args))


def main():
    port = int(os.environ.get("PORT", "8080"))
    server = make_server("0.0.0.0", port, app, server_class=Server, handler_class=QuietHandler)
    # SIGTERM stops the server: serve_forever returns and the process exits 0.
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print(f"listening on 0.0.0.0:{port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
