# The two commands (see README.md). Both install their own prerequisites (scripts/setup.sh).
.PHONY: demo test build setup bench

## Build the wasm package into pkg/ and serve the demo on http://127.0.0.1:8080
demo:
	bash scripts/demo.sh

## Run every test suite (native, wasm in Node and Chromium, npm package, demo page)
test:
	bash scripts/test.sh

## Only build pkg/
build:
	bash scripts/setup.sh && bash scripts/build.sh

## Only install prerequisites
setup:
	bash scripts/setup.sh

## Print the benchmark figures: native and wasm in Node, size of the package (BENCHMARKS.md)
bench:
	bash scripts/setup.sh && bash scripts/bench.sh
