#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently; quiet when all is there.
#
#   - the wasm32 toolchain: rustup's target when installed, else Debian's rustc-web/cargo-web/
#     rust-web-src + lld-19 used with build-std (../shared/TOOLCHAIN.md);
#   - Chromium and ChromeDriver from Debian (wasm tests in a browser, the demo's browser test);
#   - wasm-bindgen-cli at exactly the version Cargo.lock pins (cargo install, ~3 min once);
#   - the npm tools in package.json (binaryen's wasm-opt, playwright-core, typescript, vite,
#     webpack, esbuild, axe-core, publint, @arethetypeswrong/cli, deno).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup: need root to run: $*" >&2; return 1; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    log "apt-get update"
    as_root apt-get update -qq
    apt_updated=1
  fi
  log "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# 1. The wasm32 toolchain.
if [ "$INKASSO_TOOLCHAIN" = debian ]; then
  missing=()
  [ -x /usr/bin/rustc ] && /usr/bin/rustc --version 2>/dev/null | grep -q '^rustc 1\.' || missing+=(rustc-web)
  [ -x /usr/bin/cargo ] || missing+=(cargo-web)
  ls -d /usr/lib/rustlib/src/rust/library >/dev/null 2>&1 || missing+=(rust-web-src)
  command -v wasm-ld-19 >/dev/null || missing+=(lld-19)
  [ -x /usr/bin/cargo-clippy ] || missing+=(rust-web-clippy)
  if [ ${#missing[@]} -gt 0 ]; then apt_install rustc-web cargo-web rust-web-src rust-web-clippy lld-19; fi
fi

# 2. A browser for the tests.
if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi

# 3. wasm-bindgen-cli, the exact version of the wasm-bindgen crate in Cargo.lock.
want=$(wasm_bindgen_version)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "cargo install wasm-bindgen-cli $want (a few minutes, once)"
  # --locked fails on the registry mirror here (../shared/TOOLCHAIN.md); the version is exact.
  cargo install --quiet wasm-bindgen-cli --version "$want"
fi

# 4. npm tools.
# `npm install` with the committed lock file, not `npm ci`: the lock this registry mirror writes
# leaves out other platforms' optional packages (rollup's), which `npm ci` refuses as "out of
# sync"; `npm install --no-save` installs the locked versions and leaves the lock alone.
if ! [ -x node_modules/.bin/wasm-opt ] || ! [ -x node_modules/.bin/tsc ] || ! [ -x node_modules/.bin/vite ] \
   || ! [ -x node_modules/.bin/esbuild ] || ! [ -d node_modules/webpack ] || ! [ -d node_modules/axe-core ] \
   || ! [ -x node_modules/.bin/deno ] || ! [ -x node_modules/.bin/next ] \
   || ! [ -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm install (binaryen, playwright-core, typescript, vite, webpack, esbuild, next, axe-core, publint, attw, deno)"
  npm install --no-save --no-audit --no-fund --loglevel=error >/dev/null
fi
