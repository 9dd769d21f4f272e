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

# slimserve, the static preset's file server, for every platform an app
# may target: images copy theirs from here, so the server layer is the
# same bytes in every app built with this slimfront. It sees only its own
# sources, so a change elsewhere does not rebuild it. The list is the
# static preset's ServerPlatforms (a unit test compares them).
FROM --platform=$BUILDPLATFORM golang:1.26-trixie AS serve
WORKDIR /src
RUN --mount=type=bind,source=go.mod,target=go.mod \
    --mount=type=bind,source=go.sum,target=go.sum \
    --mount=type=bind,source=serve,target=serve \
    --mount=type=bind,source=cmd/slimserve,target=cmd/slimserve \
    --mount=type=cache,id=slimfront-go-mod,target=/go/pkg/mod,sharing=shared \
    --mount=type=cache,id=slimfront-go-build,target=/root/.cache/go-build,sharing=shared \
    set -e; \
    for p in linux/amd64 linux/arm/v7 linux/arm64 linux/ppc64le linux/riscv64 linux/s390x; do \
      os=${p%%/*}; rest=${p#*/}; arch=${rest%%/*}; variant=; \
      case $rest in */*) variant=${rest#*/};; esac; \
      CGO_ENABLED=0 GOOS=$os GOARCH=$arch GOARM=${variant#v} \
        go build -trimpath -buildvcs=false -ldflags="-s -w" -o "/out/$(echo $p | tr / -)/slimserve" ./cmd/slimserve; \
    done
# slimcompress precompresses sites during builds, and slimgocache is the
# Go preset's GOCACHEPROG; builds mount them from the build platform's
# variant of this image: they are built for this image's own platform
# only.
ARG TARGETOS TARGETARCH TARGETVARIANT
RUN --mount=type=bind,source=go.mod,target=go.mod \
    --mount=type=bind,source=go.sum,target=go.sum \
    --mount=type=bind,source=serve,target=serve \
    --mount=type=bind,source=gocacheprog,target=gocacheprog \
    --mount=type=bind,source=cmd/slimcompress,target=cmd/slimcompress \
    --mount=type=bind,source=cmd/slimgocache,target=cmd/slimgocache \
    --mount=type=cache,id=slimfront-go-mod,target=/go/pkg/mod,sharing=shared \
    --mount=type=cache,id=slimfront-go-build,target=/root/.cache/go-build,sharing=shared \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH GOARM=${TARGETVARIANT#v} \
      go build -trimpath -buildvcs=false -ldflags="-s -w" \
        -o /out/ ./cmd/slimcompress ./cmd/slimgocache

FROM scratch
COPY --from=build /out/slimfront /slimfront
COPY --from=serve /out/ /usr/lib/slimfront/
# The preset catalog is compiled in, so the frontend needs no network.
LABEL moby.buildkit.frontend.network.none="true" \
      moby.buildkit.frontend.caps="moby.buildkit.frontend.inputs,moby.buildkit.frontend.subrequests,moby.buildkit.frontend.contexts"
USER 65532:65532
ENTRYPOINT ["/slimfront", "frontend"]
