#!/usr/bin/env bash
# Every test, after installing what is missing:
#   formatting, clippy (host and wasm32, -D warnings), native cargo test (unit, worked cases,
#   property tests, doctests), wasm-bindgen-test in Node and in headless Chromium, the npm
#   package build and its node --test suites on the packed package in a fresh project (package
#   and exports with publint and attw, Node ESM and require, types under every module mode,
#   README examples run as the file type they are shown as, hostile inputs, native/wasm
#   parity), the package with the Vite dev server, vite build, webpack, esbuild, a plain page and
#   a worker in Chromium, and the demo page in Chromium through playwright-core (axe-core
#   included). Stops at the first failing suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
started=$(date +%s)
step() { log "[$(( $(date +%s) - started ))s] $*"; }

step "setup"
bash scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (host)"
cargo clippy --quiet --all-targets -- -D warnings

step "cargo doc (no broken links)"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps

step "cargo test (native)"
cargo test --quiet

step "cargo clippy (wasm32)"
wasm_clippy --quiet --all-targets -- -D warnings
# The statement module (inkasso/statement) as scripts/build.sh compiles it: what it leaves out
# of src/wasm must leave nothing unused.
step "cargo clippy (wasm32, the statement module: --features statement-module)"
wasm_clippy --quiet --lib --features statement-module -- -D warnings
if [ "$INKASSO_TOOLCHAIN" = debian ]; then
  # As scripts/build.sh compiles the package: with the size attributes on (src/lib.rs), so a
  # misplaced or doubled `optimize(size)` fails here rather than warning in the build.
  step "cargo clippy (wasm32, --cfg inkasso_size)"
  RUSTFLAGS="--cfg inkasso_size" wasm_clippy --quiet --lib -- -D warnings
fi

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
step "wasm-bindgen-test in Node"
wasm_cargo test --test wasm_node

step "wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver wasm_cargo test --test wasm_browser

step "build the npm package"
bash scripts/build.sh

step "node --test: the built package"
node --test tests/js/

step "node --test: the package with Vite (dev and build), webpack, esbuild, a plain page, a worker (Chromium), Deno, Next.js (Turbopack and webpack)"
node --test tests/bundler/

step "node --test: the demo page in Chromium (playwright-core)"
rm -rf www/pkg && cp -r pkg www/pkg
node --test tests/browser/
echo "screenshots: $ROOT/test-artifacts/screenshots/"

step "all suites passed"
