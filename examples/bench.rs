//! Native benchmarks: figures printed, never asserted (see BENCHMARKS.md).
//!
//!     cargo run --release --example bench            # or: make bench (also the wasm figures)
//!
//! - `statement` of a 10-year claim with 20 rate periods and 50 payments (`bench/claim-10y.json`,
//!   the same claim `bench/bench.mjs` times through wasm);
//! - `totals` of the same claim on 366 daily dates (2024-01-01 … 2024-12-31, the dates
//!   `bench/bench.mjs` gives the wasm `totals`): one [`Replay`] answering each date, as
//!   `totals(claim, dates)` does;
//! - `timeline` of the same claim with the richest preset (`reminderDemandFinalNotice`);
//! - throughput: statements of 100 000 generated claims (the generator is mirrored in
//!   `bench/bench.mjs`, so both sides compute the same claims), typed and from JSON.

use std::hint::black_box;
use std::time::{Duration, Instant};

use inkasso::input::{read, ClaimInput, StatementOptionsInput};
use inkasso::policy::{Policy, PresetId};
use inkasso::statement::Replay;
use inkasso::timeline::{timeline, TimelineOptions};
use inkasso::{statement, Claim, StatementOptions};
use time::{Date, Duration as Days, Month};

const CLAIM_10Y: &str = include_str!("../bench/claim-10y.json");
const MANY: u64 = 100_000;
const MANY_AS_OF: &str = "2025-06-30";

/// Runs `f` in batches until about `budget` has passed; the best batch's time per call.
fn per_call(budget: Duration, mut f: impl FnMut()) -> Duration {
    // Warm up and size a batch to ~1/10 of the budget.
    let start = Instant::now();
    let mut n: u32 = 0;
    while start.elapsed() < budget / 20 || n < 3 {
        f();
        n += 1;
    }
    let batch = n.max(1) * 2;
    let mut best = Duration::MAX;
    let start = Instant::now();
    while start.elapsed() < budget {
        let t = Instant::now();
        for _ in 0..batch {
            f();
        }
        best = best.min(t.elapsed() / batch);
    }
    best
}

/// The best of three runs of `statement` over every claim.
fn best_of_3(claims: &[Claim], options: &StatementOptions<'_>) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        for c in claims {
            black_box(statement(c, options).expect("statement"));
        }
        best = best.min(t.elapsed());
    }
    best
}

fn us(d: Duration) -> String {
    format!("{:.2} µs", d.as_secs_f64() * 1e6)
}

fn parse_pair(json: &str) -> (Claim, inkasso::input::OwnedStatementOptions) {
    let value: serde_json::Value = serde_json::from_str(json).expect("bench/claim-10y.json");
    let claim = read::<ClaimInput, _>(value["claim"].clone())
        .and_then(ClaimInput::into_claim)
        .expect("claim");
    let options = read::<StatementOptionsInput, _>(value["options"].clone())
        .and_then(StatementOptionsInput::into_options)
        .expect("options");
    (claim, options)
}

fn date(d: Date) -> String {
    inkasso::calendar::format_date(d)
}

/// Claim `i` of the generated set, as JSON (mirrored by `genClaim` in bench/bench.mjs).
pub fn gen_claim(i: u64) -> String {
    let base = Date::from_calendar_date(2018, Month::January, 1).expect("date");
    let debtor = ["consumer", "business", "consumer", "public"][(i % 4) as usize];
    let cents = 10_000 + (i * 7919) % 5_000_000;
    let issue = base + Days::days(((i * 37) % 2000) as i64);
    let due = issue + Days::days(30);
    let mut steps = format!(
        r#"{{"kind":"reminder","date":"{}"}}"#,
        date(due + Days::days(10))
    );
    if i % 2 == 0 {
        steps += &format!(
            r#",{{"kind":"collectionDemand","date":"{}"}}"#,
            date(due + Days::days(30))
        );
    }
    let payments = if i % 3 == 1 {
        let paid = cents / 3;
        format!(
            r#"{{"date":"{}","amount":"{}.{:02}"}}"#,
            date(due + Days::days(60)),
            paid / 100,
            paid % 100
        )
    } else {
        String::new()
    };
    format!(
        r#"{{"debtor":"{debtor}","reminderFeeAgreed":{},"invoices":[{{"number":"F{i}","amount":"{}.{:02}","issueDate":"{}","dueDate":"{}"}}],"steps":[{steps}],"payments":[{payments}]}}"#,
        i % 3 != 0,
        cents / 100,
        cents % 100,
        date(issue),
        date(due)
    )
}

fn main() {
    println!("inkasso native benchmarks (release build; figures, not assertions)");

    // 1. One statement of the 10-year claim.
    let (claim, options) = parse_pair(CLAIM_10Y);
    let options = options.as_options();
    let s = statement(&claim, &options).expect("statement");
    println!(
        "claim-10y: {} invoice, {} payments, {} steps → {} interest lines, total {}",
        claim.invoices.len(),
        claim.payments.len(),
        claim.steps.len(),
        s.interest_lines.len(),
        s.total
    );
    let t = per_call(Duration::from_secs(2), || {
        black_box(statement(black_box(&claim), &options).expect("statement"));
    });
    println!(
        "statement (10 years, 20 rate periods, 50 payments): {} per call",
        us(t)
    );
    let t = per_call(Duration::from_secs(2), || {
        let (c, o) = parse_pair(black_box(CLAIM_10Y));
        let s = statement(&c, &o.as_options()).expect("statement");
        black_box(serde_json::to_string(&s).expect("json"));
    });
    println!("  same, JSON in → statement → JSON out: {} per call", us(t));
    let summary = StatementOptions {
        detail: inkasso::Detail::Summary,
        ..options
    };
    let t = per_call(Duration::from_secs(2), || {
        black_box(statement(black_box(&claim), &summary).expect("statement"));
    });
    println!(
        "  same, detail Summary (no interest lines kept): {} per call",
        us(t)
    );

    // 1b. totals on 366 dates (bench.mjs: every day of 2024), one replay as `totals` makes it.
    let start = Date::from_calendar_date(2024, Month::January, 1).expect("date");
    let dates: Vec<Date> = (0..366).map(|i| start + Days::days(i)).collect();
    let totals = |dates: &[Date]| {
        let mut replay = Replay::new(black_box(&claim), &summary).expect("replay");
        for &d in dates {
            black_box(replay.totals_on(d).expect("totals"));
        }
    };
    let all = per_call(Duration::from_secs(2), || totals(&dates));
    let one = per_call(Duration::from_secs(1), || totals(&dates[..1]));
    let per_date = all.saturating_sub(one) / 365;
    println!(
        "totals of 366 dates (2024, one replay): {} per call; one date: {}; each further date: {}",
        us(all),
        us(one),
        us(per_date)
    );

    // 2. timeline with the richest preset.
    // The same claim with no steps taken, so the policy projects every step of the richest
    // preset (reminder, inkassokrav, final notice, betalningsföreläggande, verkställighet); each
    // step is valued by a statement of its own.
    let mut fresh = claim.clone();
    fresh.steps.clear();
    let policy = Policy::preset(PresetId::ReminderDemandFinalNotice);
    let timeline_options = TimelineOptions::default();
    let tl = timeline(&fresh, &policy, &timeline_options).expect("timeline");
    let t = per_call(Duration::from_secs(2), || {
        black_box(timeline(black_box(&fresh), &policy, &timeline_options).expect("timeline"));
    });
    println!(
        "timeline (reminderDemandFinalNotice, {} entries): {} per call",
        tl.entries.len(),
        us(t)
    );

    // 3. Throughput on 100 000 generated claims.
    let texts: Vec<String> = (0..MANY).map(gen_claim).collect();
    let as_of = inkasso::calendar::parse_date(MANY_AS_OF).expect("date");
    let options = StatementOptions::new(as_of);
    let claims: Vec<Claim> = texts
        .iter()
        .map(|t| {
            read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(t))
                .and_then(ClaimInput::into_claim)
                .expect("generated claim")
        })
        .collect();
    for (label, options) in [
        ("typed claims", options),
        (
            "typed claims, detail Summary",
            StatementOptions {
                detail: inkasso::Detail::Summary,
                ..options
            },
        ),
    ] {
        let best = best_of_3(&claims, &options);
        println!(
            "{MANY} statements ({label}): {:.3} s, {:.0} statements/s",
            best.as_secs_f64(),
            MANY as f64 / best.as_secs_f64()
        );
    }
    let t = Instant::now();
    for text in &texts {
        let c = read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(text))
            .and_then(ClaimInput::into_claim)
            .expect("generated claim");
        let s = statement(&c, &options).expect("statement");
        black_box(serde_json::to_string(&s).expect("json"));
    }
    let t = t.elapsed();
    println!(
        "{MANY} statements (JSON in → JSON out): {:.3} s, {:.0} statements/s",
        t.as_secs_f64(),
        MANY as f64 / t.as_secs_f64()
    );
}
