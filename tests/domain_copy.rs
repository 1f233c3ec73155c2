//! `docs/DOMAIN.md` is a copy of `../shared/DOMAIN.md` (the rules the engine follows, with
//! their sources), shipped with the crate so that the doc comments citing "DOMAIN.md 8.1" and
//! the like can be followed by a reader of the package, who has no `../shared/`. The copy must
//! not drift: this test fails when the shared file changes until the copy is refreshed
//! (`cp ../shared/DOMAIN.md docs/DOMAIN.md`).

use std::path::Path;

#[test]
fn the_shipped_domain_rules_are_the_shared_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared =
        std::fs::read_to_string(root.join("../shared/DOMAIN.md")).expect("../shared/DOMAIN.md");
    let copy = std::fs::read_to_string(root.join("docs/DOMAIN.md")).expect("docs/DOMAIN.md");
    assert!(
        copy == shared,
        "docs/DOMAIN.md differs from ../shared/DOMAIN.md: cp ../shared/DOMAIN.md docs/DOMAIN.md"
    );
}
