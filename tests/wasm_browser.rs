//! The boundary suite in headless Chromium (through ChromeDriver).
// The full module's exports (not the statement module's, the `statement-module` feature: tests/js covers it).
#![cfg(all(target_arch = "wasm32", not(feature = "statement-module")))]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod wasm_common;
