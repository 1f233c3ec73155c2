#!/usr/bin/env bash
# Builds the npm package into pkg/:
#   cargo build (wasm32, release) → wasm-bindgen --target web → wasm-opt -Oz → pkg/ assembled
#   from pkg-template/ (version from Cargo.toml, README, licences), then prints the size.
# Fails if a file that package.json's `files` lists is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

# Size (BENCHMARKS.md has every experiment's figure). The crate never panics by design, and a
# panic in wasm traps anyway, so panics abort at once, with no message, location or formatting
# machinery; `{:?}` output is not needed in the package either. These flags need a nightly
# compiler or the Debian toolchain's RUSTC_BOOTSTRAP (see env.sh); the plain rustup path builds
# without them. WASM_RUSTFLAGS / WASM_FEATURES override them (for experiments).
if [ "$INKASSO_TOOLCHAIN" = debian ]; then
  : "${WASM_RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none}"
else
  : "${WASM_RUSTFLAGS=}"
fi
# The panic hook prints a panic's message; with immediate-abort there is none to print.
: "${WASM_FEATURES=--no-default-features}"
log "cargo build --release --target $WASM_TARGET ($INKASSO_TOOLCHAIN toolchain) RUSTFLAGS='$WASM_RUSTFLAGS'"
# shellcheck disable=SC2086
RUSTFLAGS="$WASM_RUSTFLAGS" wasm_cargo build --release --lib --quiet $WASM_FEATURES

out="$ROOT/target/wasm-bindgen"
rm -rf "$out" pkg
log "wasm-bindgen --target web"
wasm-bindgen --target web --out-dir "$out" --out-name inkasso \
  "$ROOT/target/$WASM_TARGET/release/inkasso.wasm"

log "wasm-opt -Oz"
wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  -o "$out/inkasso_bg.wasm" "$out/inkasso_bg.wasm"

log "assembling pkg/"
mkdir -p pkg
cp "$out"/inkasso.js "$out"/inkasso.d.ts "$out"/inkasso_bg.wasm "$out"/inkasso_bg.wasm.d.ts pkg/
cp pkg-template/README.md LICENSE-MIT LICENSE-APACHE pkg/
VERSION="$(crate_version)" node -e '
  const fs = require("fs");
  const pkg = JSON.parse(fs.readFileSync("pkg-template/package.json", "utf8"));
  pkg.version = process.env.VERSION;
  const missing = pkg.files.filter((f) => !fs.existsSync("pkg/" + f));
  if (missing.length) { console.error("pkg/ lacks files listed in package.json: " + missing.join(", ")); process.exit(1); }
  const extra = fs.readdirSync("pkg").filter((f) => !pkg.files.includes(f));
  if (extra.length) { console.error("pkg/ has files package.json does not list: " + extra.join(", ")); process.exit(1); }
  fs.writeFileSync("pkg/package.json", JSON.stringify(pkg, null, 2) + "\n");
'

raw=$(wc -c < pkg/inkasso_bg.wasm)
gz=$(gzip -9c pkg/inkasso_bg.wasm | wc -c)
awk -v r="$raw" -v g="$gz" 'BEGIN { printf "size: pkg/inkasso_bg.wasm %d bytes raw (%.1f KB), %d bytes gzipped (%.1f KB)\n", r, r / 1000, g, g / 1000 }'
# The last row of SIZE_HISTORY.md, for comparison (columns: date, commit, raw, gzipped, …).
awk -F'|' '/^\| 20[0-9][0-9]-/ { last = $0; r = $4; g = $5 } END {
  if (last != "") { gsub(/ /, "", r); gsub(/ /, "", g); printf "last recorded in SIZE_HISTORY.md: %d raw, %d gzipped\n", r, g } }' SIZE_HISTORY.md
