//! Arbitrary bytes as `{"claim": …, "options": …}` through the wasm API's path (input::read →
//! into_claim/into_options → statement), with the invariants of tests/fuzz_common.
#![no_main]

#[path = "../../tests/fuzz_common/mod.rs"]
mod fuzz_common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    fuzz_common::check(data);
});
