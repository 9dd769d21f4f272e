//! The routes, and what they read of the system they run on.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::Duration;

use axum::extract::Query;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// Paths whose presence tells what kind of image the app runs in.
const PROBED: [&str; 4] = ["/bin/sh", "/usr/bin/env", "/usr/local/cargo", "/usr/bin/ldd"];

/// app is the service's router: every request gets an x-request-id (a
/// UUID unless the caller sent one), a trace span and a 10 s timeout.
pub fn app() -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/whoami", get(whoami))
        .route("/files", get(files))
        .route("/greet", get(greet))
        .layer(TimeoutLayer::new(Duration::from_secs(10)))
        .layer(TraceLayer::new_for_http())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
    ca_certs: usize,
}

async fn healthz() -> Json<Health> {
    let ca_certs = fs::read_to_string("/etc/ssl/certs/ca-certificates.crt")
        .map(|pem| pem.matches("BEGIN CERTIFICATE").count())
        .unwrap_or(0);
    Json(Health { status: "ok", ca_certs })
}

#[derive(Serialize)]
struct WhoAmI {
    uid: u32,
    gid: u32,
}

async fn whoami() -> Json<WhoAmI> {
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
    Json(WhoAmI { uid: field("Uid:"), gid: field("Gid:") })
}

async fn files() -> Json<BTreeMap<&'static str, BTreeMap<&'static str, bool>>> {
    let probed = PROBED.iter().map(|p| (*p, Path::new(p).exists())).collect();
    Json(BTreeMap::from([("files", probed)]))
}

#[derive(Deserialize)]
struct Greet {
    name: Option<String>,
}

async fn greet(Query(q): Query<Greet>) -> Json<serde_json::Value> {
    let name = q.name.as_deref().unwrap_or("world");
    tracing::info!(name, "greeting");
    Json(serde_json::json!({ "greeting": format!("hello, {name}") }))
}
