# Baseline for the benchmark: what a typical hand-written Dockerfile for
# examples/go-api looks like, in the style a project starts from: the
# golang image, the whole context copied, one go build, a scratch image.
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
