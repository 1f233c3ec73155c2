//! Parity, native side: 200 generated claims (valid and invalid) are computed natively through
//! the same input path the JS API uses, and written with their results to
//! `target/parity/`. `tests/js/parity.test.mjs` runs the same claims through the built wasm
//! package and requires identical JSON (`make test` runs this first).

use std::path::Path;

use inkasso::input::{read, ClaimInput, StatementOptionsInput};
use inkasso::statement;
use serde_json::{json, Value};

/// A small deterministic generator (64-bit LCG), so both sides see the same claims.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

fn date(day: i64) -> String {
    let d = time::macros::date!(2012 - 01 - 01) + time::Duration::days(day);
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn money(rng: &mut Lcg, max_kr: u64) -> String {
    format!("{}.{:02}", rng.below(max_kr), rng.below(100))
}

fn generate(rng: &mut Lcg, i: usize) -> (Value, Value) {
    let start = rng.below(5000) as i64;
    let invoices: Vec<Value> = (0..1 + rng.below(3))
        .map(|n| {
            let issue = start + rng.below(60) as i64;
            let mut inv = json!({
                "number": format!("F{i}-{n}"),
                "amount": money(rng, 50_000),
                "issueDate": date(issue),
            });
            if rng.below(4) != 0 {
                inv["dueDate"] = json!(date(issue + rng.below(45) as i64));
            }
            inv
        })
        .collect();
    let kinds = [
        "reminder",
        "collectionDemand",
        "paymentPlan",
        "paymentOrder",
        "enforcement",
    ];
    let steps: Vec<Value> = (0..rng.below(5))
        .map(|_| json!({ "kind": rng.pick(&kinds), "date": date(start + 60 + rng.below(400) as i64) }))
        .collect();
    let payments: Vec<Value> = (0..rng.below(5))
        .map(|_| json!({ "date": date(start + 30 + rng.below(700) as i64), "amount": money(rng, 20_000) }))
        .collect();
    let mut claim = json!({
        "debtor": rng.pick(&["consumer", "business", "public"]),
        "reminderFeeAgreed": rng.below(2) == 0,
        "dayCount": rng.pick(&["actual/actual", "actual/actual", "actual/365", "30/360"]),
        "invoices": invoices,
        "steps": steps,
        "payments": payments,
    });
    // Every tenth claim is broken in some way: the errors must match too.
    if i % 10 == 7 {
        match rng.below(3) {
            0 => claim["invoices"][0]["amount"] = json!("1e3"),
            1 => claim["debtr"] = json!("consumer"),
            _ => claim["invoices"][0]["issueDate"] = json!("2023-02-30"),
        }
    }
    let options = json!({ "asOf": date(start + 200 + rng.below(3000) as i64) });
    (claim, options)
}

fn compute(claim: &Value, options: &Value) -> Value {
    let result = read::<ClaimInput, _>(claim.clone())
        .and_then(ClaimInput::into_claim)
        .and_then(|c| {
            let o = read::<StatementOptionsInput, _>(options.clone())?.into_options()?;
            statement(&c, &o.as_options())
        });
    match result {
        Ok(s) => json!({ "ok": serde_json::to_value(&s).expect("serialisable") }),
        Err(e) => {
            json!({ "error": { "code": e.code().as_str(), "field": e.field(), "message": e.message() } })
        }
    }
}

#[test]
fn writes_native_results_for_the_parity_check() {
    let mut rng = Lcg(0x1eaf_2026);
    let mut cases = Vec::new();
    let mut errors = 0;
    for i in 0..200 {
        let (claim, options) = generate(&mut rng, i);
        let native = compute(&claim, &options);
        errors += usize::from(native.get("error").is_some());
        cases.push(json!({ "claim": claim, "options": options, "native": native }));
    }
    assert!(
        (15..=40).contains(&errors),
        "a mix of valid and invalid claims: {errors} errors"
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/parity");
    std::fs::create_dir_all(&dir).expect("target/parity");
    std::fs::write(
        dir.join("cases.json"),
        serde_json::to_string(&cases).expect("json"),
    )
    .expect("write cases.json");
    println!(
        "parity: 200 claims ({errors} invalid) written to {}",
        dir.display()
    );
}
