# The two commands:   make run    (install what is missing, build, run the main job on samples/ into out/)
#                     make test   (install what is missing, run the whole test suite)
SWIFT ?= swift
BIN := .build/release/eventgraph

.PHONY: run test setup build release bench clean

setup:
	@scripts/setup.sh

release: setup
	@$(SWIFT) build -c release --product eventgraph 2>&1 | grep -E "error|warning: unre|Compiling|Build complete" | grep -v "^\[" || true
	@test -x $(BIN)

run: release
	@scripts/main-job.sh $(BIN) samples out

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: release
	@bench/run.sh

clean:
	rm -rf .build out/*
