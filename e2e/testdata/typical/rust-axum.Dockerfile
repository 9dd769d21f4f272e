# Baseline for the benchmark: what a typical hand-written Dockerfile for
# examples/rust-axum looks like: the official Rust image builds the
# release binary from the whole source, and debian-slim runs it as root.
FROM rust:1-trixie AS build
WORKDIR /app
COPY . .
RUN cargo build --release --locked

FROM debian:trixie-slim
COPY --from=build /app/target/release/rust-axum /usr/local/bin/rust-axum
EXPOSE 8080
CMD ["rust-axum"]
