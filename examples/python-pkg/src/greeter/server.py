"""The HTTP service: Bottle on the standard library's WSGI server."""

import os
import signal
import sys
import threading
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIServer, make_server

import bottle

import greeter
from greeter.greetings import greet

app = bottle.Bottle()


@app.get("/healthz")
def healthz():
    return {"status": "ok", "version": greeter.__version__}


@app.get("/whoami")
def whoami():
    return {"uid": os.getuid(), "gid": os.getgid()}


@app.get("/files")
def files():
    probed = ["/bin/sh", "/venv/bin/pip", "/app", "/app/src", "/app/pyproject.toml"]
    return {"files": {p: os.path.exists(p) for p in probed}}


@app.get("/python")
def python():
    return {"argv0": sys.argv[0], "module": greeter.__file__, "compiled": os.path.exists(greeter.__cached__)}


@app.get("/greet/<name>")
def greet_route(name):
    return {"greeting": greet(name, bottle.request.query.get("lang", "en"))}


class Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def main():
    port = int(os.environ.get("PORT", "8080"))
    server = make_server("0.0.0.0", port, app, server_class=Server)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print(f"greeter {greeter.__version__} listening on 0.0.0.0:{port}", flush=True)
    server.serve_forever()
