# The slimfront frontend image: one static binary on scratch. BuildKit runs
# it for every build whose app.toml starts with `# syntax=org/slimfront`.
FROM --platform=$BUILDPLATFORM golang:1.26-trixie AS build
WORKDIR /src
RUN --mount=type=bind,source=go.mod,target=go.mod \
    --mount=type=bind,source=go.sum,target=go.sum \
    --mount=type=cache,id=slimfront-go-mod,target=/go/pkg/mod,sharing=shared \
    ["go", "mod", "download"]
ARG TARGETOS TARGETARCH VERSION=dev
RUN --mount=type=bind,target=. \
    --mount=type=cache,id=slimfront-go-mod,target=/go/pkg/mod,sharing=shared \
    --mount=type=cache,id=slimfront-go-build,target=/root/.cache/go-build,sharing=shared \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -buildvcs=false -ldflags="-s -w -X main.version=${VERSION}" -o /out/slimfront ./cmd/slimfront

FROM scratch
COPY --from=build /out/slimfront /slimfront
# The preset catalog is compiled in, so the frontend needs no network.
LABEL moby.buildkit.frontend.network.none="true" \
      moby.buildkit.frontend.caps="moby.buildkit.frontend.inputs,moby.buildkit.frontend.subrequests,moby.buildkit.frontend.contexts"
USER 65532:65532
ENTRYPOINT ["/slimfront", "frontend"]
