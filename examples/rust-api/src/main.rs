//! A small JSON API on the standard library's TcpListener: one thread per
//! connection, HTTP/1.1 with Connection: close.

use std::env;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

mod routes;

static REQUESTS: AtomicU64 = AtomicU64::new(0);

fn main() {
    let port = env::var("PORT").unwrap_or_else(|_| "8080".to_string());
    let listener = match TcpListener::bind(format!("0.0.0.0:{port}")) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("cannot listen on port {port}: {e}");
            std::process::exit(1);
        }
    };
    println!("listening on 0.0.0.0:{port}");
    for stream in listener.incoming().flatten() {
        thread::spawn(move || handle(stream));
    }
}

fn handle(mut stream: TcpStream) {
    let mut line = String::new();
    let mut reader = BufReader::new(&stream);
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Drain the headers; nothing here reads them.
    let mut header = String::new();
    while reader.read_line(&mut header).map(|n| n > 2).unwrap_or(false) {
        header.clear();
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let n = REQUESTS.fetch_add(1, Ordering::Relaxed) + 1;
    let (status, body) = routes::route(path, n, &Probe);
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

/// Probe reads the facts the routes report from the real system.
struct Probe;

impl routes::System for Probe {
    fn exists(&self, p: &str) -> bool {
        Path::new(p).exists()
    }
    fn ca_certs(&self) -> usize {
        fs::read_to_string("/etc/ssl/certs/ca-certificates.crt")
            .map(|pem| pem.matches("BEGIN CERTIFICATE").count())
            .unwrap_or(0)
    }
    fn ids(&self) -> (u32, u32) {
        // /proc/self/status has "Uid:\treal\teffective..." and "Gid:" lines.
        let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
                .unwrap_or(u32::MAX)
        };
        (field("Uid:"), field("Gid:"))
    }
}
