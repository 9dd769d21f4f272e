# The cargo-chef idea written by hand, for the benchmark: the dependencies
# are compiled in a layer of their own against the manifests, the lockfile
# and vendor/ alone (with an empty main), so a source edit reuses that
# layer on any machine that has it, registry cache included. Same release
# profile, crt-static and scratch runtime as slimfront, so only the way
# dependencies are kept differs.
FROM rust:1-trixie AS build
WORKDIR /src
ENV CARGO_PROFILE_RELEASE_STRIP=true CARGO_PROFILE_RELEASE_LTO=thin CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
    RUSTFLAGS="-C target-feature=+crt-static"
COPY Cargo.toml Cargo.lock ./
COPY .cargo .cargo
COPY vendor vendor
RUN mkdir src && echo 'fn main() {}' > src/main.rs \
    && cargo build --release --locked --target x86_64-unknown-linux-gnu \
    && rm -rf src
COPY src src
RUN touch src/main.rs && cargo build --release --locked --target x86_64-unknown-linux-gnu

FROM scratch
COPY --from=build /src/target/x86_64-unknown-linux-gnu/release/rust-api /app/rust-api
USER 65532:65532
ENTRYPOINT ["/app/rust-api"]
