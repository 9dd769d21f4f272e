//! A JSON API on axum and tokio, logging with tracing: the shape of a
//! typical Rust web service, with a dependency tree to match (about 75
//! crates, vendored).

use std::env;
use std::process::ExitCode;

use tokio::net::TcpListener;
use tokio::signal::unix::{signal, SignalKind};
use tracing_subscriber::EnvFilter;

mod routes;

#[tokio::main]
async fn main() -> ExitCode {
    // JSON logs, filtered by RUST_LOG (default: info).
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    let port = env::var("PORT").unwrap_or_else(|_| "8080".to_string());
    let listener = match TcpListener::bind(("0.0.0.0", port.parse().unwrap_or(8080))).await {
        Ok(l) => l,
        Err(e) => {
            tracing::error!(%port, error = %e, "cannot listen");
            return ExitCode::FAILURE;
        }
    };
    tracing::info!(%port, "listening");
    // As PID 1 in a container nothing stops the process on SIGTERM but the
    // process itself: serve until it comes, then finish what is in flight.
    let shutdown = async {
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            term.recv().await;
        }
    };
    if let Err(e) = axum::serve(listener, routes::app()).with_graceful_shutdown(shutdown).await {
        tracing::error!(error = %e, "serve");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
// e
