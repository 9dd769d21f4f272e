//! The routes, apart from the socket so they can be tested.

use std::collections::BTreeMap;

use serde::Serialize;

/// What the routes read of the system they run on.
pub trait System {
    fn exists(&self, path: &str) -> bool;
    fn ca_certs(&self) -> usize;
    fn ids(&self) -> (u32, u32);
}

/// Paths whose presence tells what kind of image the app runs in.
const PROBED: [&str; 4] = ["/bin/sh", "/usr/bin/env", "/usr/local/cargo", "/usr/bin/ldd"];

#[derive(Serialize)]
struct Health<'a> {
    status: &'a str,
    ca_certs: usize,
    /// The request count, formatted with itoa.
    requests: String,
}

#[derive(Serialize)]
struct WhoAmI {
    uid: u32,
    gid: u32,
}

#[derive(Serialize)]
struct Files<'a> {
    files: BTreeMap<&'a str, bool>,
}

/// route answers one request for path, the n-th this process serves.
pub fn route(path: &str, n: u64, sys: &dyn System) -> (&'static str, String) {
    let body = match path {
        "/healthz" => {
            let mut buf = itoa::Buffer::new();
            serde_json::to_string(&Health { status: "ok", ca_certs: sys.ca_certs(), requests: buf.format(n).to_string() })
        }
        "/whoami" => {
            let (uid, gid) = sys.ids();
            serde_json::to_string(&WhoAmI { uid, gid })
        }
        "/files" => serde_json::to_string(&Files { files: PROBED.iter().map(|p| (*p, sys.exists(p))).collect() }),
        _ => return ("404 Not Found", r#"{"error":"not found"}"#.to_string()),
    };
    ("200 OK", body.expect("these values always serialize"))
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake;
    impl System for Fake {
        fn exists(&self, p: &str) -> bool {
            p == "/bin/sh"
        }
        fn ca_certs(&self) -> usize {
            3
        }
        fn ids(&self) -> (u32, u32) {
            (65532, 65532)
        }
    }

    #[test]
    fn healthz() {
        assert_eq!(route("/healthz", 12, &Fake).1, r#"{"status":"ok","ca_certs":3,"requests":"12"}"#);
    }

    #[test]
    fn files() {
        assert_eq!(
            route("/files", 1, &Fake).1,
            r#"{"files":{"/bin/sh":true,"/usr/bin/env":false,"/usr/bin/ldd":false,"/usr/local/cargo":false}}"#
        );
    }
}
