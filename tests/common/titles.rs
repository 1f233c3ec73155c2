//! Helpers of the suites about titles, verkställighet years and time-barring
//! (`enforced_titles.rs`, `old_titles.rs`, `further_year_steps.rs`): a timeline with a
//! horizon, its projected entries, the history with them recorded, and what `check`,
//! `limitation` and a statement say of it.

use inkasso::timeline::{EntryKind, EntryStatus, Timeline, TimelineOptions};
use inkasso::Claim;

use super::date;

/// The timeline of `c` under `policy` on `today`, projected up to `horizon`.
pub fn timeline(
    c: &Claim,
    policy: &inkasso::policy::Policy,
    today: &str,
    horizon: &str,
) -> Timeline {
    let options = TimelineOptions {
        today: Some(date(today)),
        horizon: Some(date(horizon)),
        ..TimelineOptions::default()
    };
    inkasso::timeline::timeline(c, policy, &options).expect("timeline")
}

/// The projected entries of `t`: (kind, date).
pub fn projected(t: &Timeline) -> Vec<(EntryKind, String)> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| (e.kind, e.date.to_string()))
        .collect()
}

/// `c` with the first `n` projected entries of `t` recorded as steps (`fee` as the entry
/// charged one, `paymentTermDays` from its deadline), and the last one's day.
pub fn record_n(c: &Claim, t: &Timeline, n: usize) -> (Claim, String) {
    let mut with = c.clone();
    let mut last = String::new();
    for e in t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .take(n)
    {
        if let Some(kind) = e.kind.step_kind() {
            let mut s = inkasso::Step::new(kind, e.date);
            s.fee = Some(!e.fees.is_empty());
            s.further_year = e.further_year;
            if let Some(d) = e.deadline_moved_from.or(e.deadline) {
                s.payment_term_days = u32::try_from((d - e.date).whole_days()).ok();
            }
            with.steps.push(s);
        }
        last = e.date.to_string();
    }
    (with, last)
}

/// The `TIME_BARRED_DEMANDED` findings of `check`: (step index, text).
pub fn barred_findings(
    c: &Claim,
    policy: &inkasso::policy::Policy,
) -> Vec<(Option<usize>, String)> {
    inkasso::compliance::check(c, Some(policy))
        .expect("check")
        .iter()
        .filter(|f| f.code.as_str() == "TIME_BARRED_DEMANDED")
        .map(|f| (f.step, f.text().en))
        .collect()
}

/// The preskription date of `invoice` by `limitation`.
pub fn preskription(c: &Claim, invoice: &str) -> time::Date {
    inkasso::limitation::limitation(c)
        .expect("limitation")
        .invoices
        .iter()
        .find(|i| i.invoice == invoice)
        .expect("invoice")
        .preskription_date
}

/// The capital of `invoice` on `as_of`, the last known referensränta assumed after the table
/// (as the timeline values it).
pub fn capital(c: &Claim, as_of: &str, invoice: &str) -> inkasso::money::Money {
    let rates = inkasso::rates::RateTable::embedded()
        .assuming_through(date(as_of))
        .expect("rates");
    let options = inkasso::statement::StatementOptions {
        rates: &rates,
        ..inkasso::statement::StatementOptions::new(date(as_of))
    };
    inkasso::statement(c, &options)
        .expect("statement")
        .invoices
        .iter()
        .find(|i| i.number == invoice)
        .expect("invoice")
        .capital
}

/// A's case as many title suites begin it: inkassokrav 2025-02-20, betalningsföreläggande
/// 2025-03-20 and the verkställighet on its utslag 2025-05-15, then the steps `rest` (a JSON
/// array).
pub fn a_enforced_then(rest: serde_json::Value) -> serde_json::Value {
    let mut steps = vec![
        serde_json::json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        serde_json::json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        serde_json::json!({ "kind": "enforcement", "date": "2025-05-15" }),
    ];
    steps.extend(rest.as_array().cloned().unwrap_or_default());
    serde_json::Value::Array(steps)
}

/// The grundavgifter a statement of `c` on `as_of` charges: "date amount".
#[allow(dead_code)]
pub fn enforcement_fees(c: &Claim, as_of: &str) -> Vec<String> {
    inkasso::statement(c, &inkasso::StatementOptions::new(date(as_of)))
        .expect("statement")
        .fee_lines
        .iter()
        .filter(|l| l.kind.as_str() == "enforcementFee")
        .map(|l| format!("{} {}", l.date, l.amount))
        .collect()
}

/// The dates of the further years of verkställighet `t` projects (entries marked `furtherYear`).
#[allow(dead_code)]
pub fn further_years(t: &Timeline) -> Vec<String> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.further_year)
        .map(|e| e.date.to_string())
        .collect()
}
