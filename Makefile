# slimfront — make targets. Everything the project needs installs from here.
GO        ?= go
TEST_TIMEOUT ?= 60m
STATICCHECK_VERSION := v0.8.2

.PHONY: all build test unit e2e lint fuzz bed demo bench clean

all: build

build:
	$(GO) build ./...

## test: unit tests and end-to-end tests on a real BuildKit test bed
test: lint
	SLIMFRONT_E2E=1 $(GO) test -count=1 -timeout $(TEST_TIMEOUT) ./...
	$(GO) test -race -count=1 -run '^(TestStopConcurrent|TestDaemonStopConcurrent|TestBedStopStopsExtraDaemons|TestDaemonStoppedBeforeSpawn|TestPatchRuntimeConfig)$$' ./internal/testbed/
	$(GO) test -race -count=1 ./serve/...

## unit: unit tests only (end-to-end tests skip and say so)
unit:
	$(GO) test ./...

## e2e: end-to-end tests only
e2e:
	SLIMFRONT_E2E=1 $(GO) test -count=1 -timeout $(TEST_TIMEOUT) -v ./e2e/

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

## fuzz: every Go fuzz target of FUZZPKGS for FUZZTIME each (the exec counts print as they
## run); FUZZFLAGS=-parallel=1 runs one worker, to run two makes side by side
FUZZTIME ?= 30s
FUZZPKGS ?= ./...
FUZZFLAGS ?=
fuzz:
	@set -e; for pkg in $$($(GO) list $(FUZZPKGS) | grep -v /e2e); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== $$f ($$pkg, $(FUZZTIME))"; \
	    out=$$($(GO) test -run '^$$' -fuzz "^$$f\$$" -fuzztime $(FUZZTIME) $(FUZZFLAGS) $$pkg 2>&1) || { echo "$$out"; exit 1; }; \
	    echo "$$out" | grep 'fuzz: elapsed' | tail -1; \
	  done; \
	done

## bed: bring the test bed up by hand; Ctrl-C stops it
bed:
	$(GO) run ./cmd/testbed up

## demo: bring the bed up, build examples/go-api with slimfront, run it
demo:
	$(GO) run ./cmd/testbed demo

## bench: slimfront vs its ejected Dockerfile (and a typical hand-written one) on each example; slimserve vs nginx
BENCH_RUNS ?= 3
bench:
	SLIMFRONT_E2E=1 BENCH_RUNS=$(BENCH_RUNS) $(GO) test -count=1 -timeout $(TEST_TIMEOUT) -run '^$$' -bench 'BenchmarkExamples|BenchmarkStaticServe' -benchtime 1x ./e2e/

clean:
	rm -rf bin .bench
