#!/usr/bin/env bash
# Prints every benchmark figure in one run (BENCHMARKS.md explains them; nothing is asserted):
#   the machine; native `statement` per call and throughput (examples/bench.rs, release);
#   the npm package built into pkg/ (its size); wasm in Node through pkg/ (bench/bench.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

log "machine"
echo "cpus: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); node: $(node --version); rustc: $(rustc --version)"

log "native (cargo run --release --example bench)"
cargo run --quiet --release --example bench

log "wasm package (scripts/build.sh)"
bash scripts/build.sh

log "wasm in Node (node bench/bench.mjs)"
node bench/bench.mjs
