//! The boundary suite in Node (`wasm-bindgen-test-runner`'s default).
// The full module's exports (not the statement module's, the `statement-module` feature: tests/js covers it).
#![cfg(all(target_arch = "wasm32", not(feature = "statement-module")))]

mod wasm_common;
