//! The boundary suite in Node (`wasm-bindgen-test-runner`'s default).
#![cfg(target_arch = "wasm32")]

mod wasm_common;
