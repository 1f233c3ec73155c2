# Sourced by the other scripts: decides how to build for wasm32 and exports what that needs.
#
# - rustup with the wasm32-unknown-unknown target installed (a normal developer machine):
#   the plain `cargo build --target wasm32-unknown-unknown`.
# - otherwise (these offline machines): Debian's Rust 1.96 with its std source and build-std,
#   linked by wasm-ld-19, as ../shared/TOOLCHAIN.md describes. scripts/setup.sh installs it.
#
# Exports: WASM_CARGO (the cargo for wasm32), WASM_BUILD_STD (extra flags, maybe empty),
# WASM_TARGET, and for the Debian path RUSTC/RUSTDOC/RUSTC_BOOTSTRAP/linker.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
export WASM_TARGET=wasm32-unknown-unknown
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

if command -v rustup >/dev/null 2>&1 && rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
  export INKASSO_TOOLCHAIN=rustup
  WASM_CARGO=cargo
  WASM_BUILD_STD=()
else
  export INKASSO_TOOLCHAIN=debian
  WASM_CARGO=/usr/bin/cargo
  # std built with its `optimize_for_size` feature (smaller sorting and formatting code):
  # −1.6 KB raw, −0.6 KB gzipped, no speed goal moved (BENCHMARKS.md, twenty-third round).
  WASM_BUILD_STD=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
fi

# Runs cargo for wasm32 with the right toolchain: `wasm_cargo build --release ...`.
wasm_cargo() {
  if [ "$INKASSO_TOOLCHAIN" = debian ]; then
    RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19 \
      "$WASM_CARGO" "$@" --target "$WASM_TARGET" "${WASM_BUILD_STD[@]}"
  else
    cargo "$@" --target "$WASM_TARGET"
  fi
}

# Runs clippy for wasm32: `wasm_clippy --all-targets -- -D warnings`.
wasm_clippy() {
  if [ "$INKASSO_TOOLCHAIN" = debian ]; then
    # cargo finds `cargo-clippy` on PATH: Debian's must come before rustup's.
    PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19 \
      "$WASM_CARGO" clippy --target "$WASM_TARGET" "${WASM_BUILD_STD[@]}" "$@"
  else
    cargo clippy --target "$WASM_TARGET" "$@"
  fi
}

# The wasm-bindgen version Cargo.lock pins (the CLI must match it exactly).
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# The crate repository URL from Cargo.toml (the npm package's repository, homepage and bugs).
crate_repository() {
  awk -F'"' '/^repository = / { print $2; exit }' "$ROOT/Cargo.toml"
}

# The crate version from Cargo.toml.
crate_version() {
  awk -F'"' '/^version = / { print $2; exit }' "$ROOT/Cargo.toml"
}

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
