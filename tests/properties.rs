//! Property tests (proptest) over generated claims: money is conserved, the accounts add up,
//! payments are allocated fees → interest → capital (DOMAIN.md 8.6), interest never decreases
//! with the statement date, and no input, however odd, panics. The timeline's properties are in
//! `tests/timeline_properties.rs`; ROBUSTNESS.md lists both.
//!
//! # How many cases
//! 256 per property by default, so the suite stays fast. `PROPTEST_CASES=N` sets any number
//! (proptest reads it), and `INKASSO_LONG=1` runs at least 10 000 per property:
//!
//! ```text
//! INKASSO_LONG=1 cargo test --release --test properties --test timeline_properties
//! ```

// proptest is a native-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use inkasso::input::{read, ClaimInput, StatementOptionsInput};
use inkasso::{
    statement, Claim, ContractRate, DayCount, DebtorKind, Invoice, Money, Payment, Statement,
    StatementOptions, Step, StepKind,
};
mod prop_common;

use prop_common::{config, day};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use time::Date;

/// A base date: mostly 2003–2026 (inside the rate table), sometimes anywhere in 1900–2199.
fn base_date() -> impl Strategy<Value = Date> {
    let start = time::macros::date!(1900 - 01 - 01);
    prop_oneof![
        4 => (37_620i64..46_380).prop_map(move |d| day(start, d)),
        1 => (0i64..108_700).prop_map(move |d| day(start, d)),
    ]
}

/// Amounts in öre: mostly ordinary, sometimes up to 10^12 kr.
fn amount() -> impl Strategy<Value = Money> {
    prop_oneof![
        6 => (1i64..5_000_000).prop_map(Money::from_ore),
        2 => (1i64..200).prop_map(Money::from_ore),
        1 => (1i64..=100_000_000_000_000).prop_map(Money::from_ore),
    ]
}

fn step_kind() -> impl Strategy<Value = StepKind> {
    prop::sample::select(StepKind::ALL.to_vec())
}

fn day_count() -> impl Strategy<Value = DayCount> {
    prop::sample::select(vec![
        DayCount::ActualActual,
        DayCount::Actual365,
        DayCount::Thirty360,
    ])
}

fn debtor() -> impl Strategy<Value = DebtorKind> {
    prop::sample::select(vec![
        DebtorKind::Consumer,
        DebtorKind::Business,
        DebtorKind::Public,
    ])
}

prop_compose! {
    /// A valid claim (dates after the first issue date, amounts in range) and a statement date
    /// offset from the first issue date.
    fn claim()(
        base in base_date(),
        debtor in debtor(),
        reminder_fee_agreed in any::<bool>(),
        late_fee in any::<bool>(),
        day_count in day_count(),
        shift_due_date in any::<bool>(),
        agreed_rate in prop::option::weighted(0.2, 0i64..=10_000),
        invoices in prop::collection::vec(
            (
                0i64..120,
                prop::option::weighted(0.8, 0i64..90),
                amount(),
                // Räntelagen 7 §: a debt's own rate at its due date, in hundredths (0.01–20 %;
                // only on an invoice with a due date, in a claim with no agreed rate).
                prop::option::weighted(0.15, 1i64..=2_000),
            ),
            1..5,
        ),
        steps in prop::collection::vec((step_kind(), 0i64..500), 0..7),
        payments in prop::collection::vec((0i64..500, amount()), 0..7),
    ) -> Claim {
        // Steps and payments count from the first issue date, as the engine requires.
        let first = invoices.iter().map(|i| i.0).min().unwrap_or(0);
        let mut claim = Claim {
            debtor,
            reminder_fee_agreed,
            late_fee,
            day_count,
            shift_due_date,
            agreed_rate: agreed_rate.map(|h| Decimal::new(h, 2)),
            agreed_margin: None,
            invoices: invoices
                .into_iter()
                .enumerate()
                .map(|(i, (issue, due, amount, own))| Invoice {
                    number: format!("F-{i}"),
                    amount,
                    issue_date: day(base, issue),
                    due_date: due.map(|d| day(base, issue + d)),
                    rate: own
                        .filter(|_| due.is_some() && agreed_rate.is_none())
                        .map(|h| ContractRate::AtDueDate(Decimal::new(h, 2))),
                    description: None,
                })
                .collect(),
            steps: steps
                .into_iter()
                .map(|(kind, d)| Step::new(kind, day(base, first + d)))
                .collect(),
            payments: payments
                .into_iter()
                .map(|(d, amount)| Payment::new(day(base, first + d), amount))
                .collect(),
            credits: Vec::new(),
        };
        // Some payments made for one invoice (a destinerad betalning).
        prop_common::designate_some(&mut claim);
        claim
    }
}

/// The statement of `claim` as of `offset` days after its first issue date, when the claim and
/// date are within the engine's limits.
fn statement_at(claim: &Claim, offset: i64) -> Option<Result<Statement, inkasso::Error>> {
    let first = claim.first_issue_date()?;
    let as_of = day(first, offset);
    if as_of > inkasso::calendar::MAX_DATE {
        return None;
    }
    Some(statement(claim, &StatementOptions::new(as_of)))
}

fn sum(items: impl IntoIterator<Item = Money>) -> Money {
    Money::sum(items).expect("no overflow within the limits")
}

/// The accounting identities of one statement.
fn check_accounts(claim: &Claim, s: &Statement) -> Result<(), TestCaseError> {
    for a in &s.allocations {
        prop_assert_eq!(
            sum([a.fees, a.interest, a.capital, a.credit]),
            a.amount,
            "allocation {:?}",
            a
        );
        for part in [a.fees, a.interest, a.capital, a.credit] {
            prop_assert!(!part.decimal().is_sign_negative() || part.is_zero());
        }
    }
    let paid_in: Vec<Money> = claim
        .payments
        .iter()
        .filter(|p| p.date <= s.as_of)
        .map(|p| p.amount)
        .collect();
    let paid = sum(s.allocations.iter().map(|a| a.amount));
    prop_assert_eq!(sum(paid_in.iter().copied()), paid);
    prop_assert_eq!(s.allocations.len(), paid_in.len());
    prop_assert_eq!(sum(s.allocations.iter().map(|a| a.credit)), s.credit);
    prop_assert_eq!(sum([s.capital, s.interest, s.fees]), s.total);
    // What the claim ever was, less what was paid (net of the credit), is what is left. An
    // invoice is owed from its issue date: one issued after the statement date is not in it.
    let capital_in = sum(claim
        .invoices
        .iter()
        .filter(|i| i.issue_date <= s.as_of)
        .map(|i| i.amount));
    let interest_in = sum(s.interest_lines.iter().map(|l| l.amount));
    let fees_in = sum(s.fee_lines.iter().map(|f| f.amount));
    let left = sum([s.total, paid])
        .checked_sub(s.credit)
        .expect("no overflow");
    prop_assert_eq!(sum([capital_in, interest_in, fees_in]), left);
    // Each part separately.
    prop_assert_eq!(
        sum([s.capital, sum(s.allocations.iter().map(|a| a.capital))]),
        capital_in
    );
    prop_assert_eq!(
        sum([s.interest, sum(s.allocations.iter().map(|a| a.interest))]),
        interest_in
    );
    prop_assert_eq!(
        sum([s.fees, sum(s.allocations.iter().map(|a| a.fees))]),
        fees_in
    );
    for part in [s.capital, s.interest, s.fees, s.credit, s.per_diem] {
        prop_assert!(!part.decimal().is_sign_negative() || part.is_zero());
    }
    // Per fee line: what is unpaid of each, none more than it, sums to the fees.
    prop_assert_eq!(sum(s.fee_lines.iter().map(|f| f.unpaid)), s.fees);
    for f in &s.fee_lines {
        prop_assert!(f.unpaid <= f.amount && !f.unpaid.decimal().is_sign_negative());
    }
    // Per invoice.
    prop_assert_eq!(sum(s.invoices.iter().map(|i| i.capital)), s.capital);
    prop_assert_eq!(sum(s.invoices.iter().map(|i| i.interest)), s.interest);
    for l in &s.interest_lines {
        prop_assert!(l.from <= l.to && l.to <= s.as_of);
        prop_assert_eq!(l.from.year(), l.to.year());
        prop_assert!(l.base.is_positive());
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn money_is_conserved(claim in claim(), offset in 0i64..700) {
        if let Some(result) = statement_at(&claim, offset) {
            let s = result.map_err(|e| TestCaseError::fail(format!("{e}")))?;
            check_accounts(&claim, &s)?;
        }
    }

    #[test]
    fn a_serialised_claim_reads_back_equal(claim in claim()) {
        // Only a claim the engine accepts reads back (the reader validates).
        if claim.validate().is_ok() {
            let json = serde_json::to_string(&claim).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let back = read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(&json))
                .and_then(ClaimInput::into_claim)
                .map_err(|e| TestCaseError::fail(format!("{e} for {json}")))?;
            prop_assert_eq!(back, claim, "{}", json);
        }
    }

    #[test]
    fn interest_never_decreases_with_the_statement_date(
        claim in claim(),
        a in 0i64..700,
        b in 0i64..700,
    ) {
        let (early, late) = (a.min(b), a.max(b));
        let (Some(Ok(s1)), Some(Ok(s2))) = (statement_at(&claim, early), statement_at(&claim, late)) else {
            return Ok(());
        };
        let accrued = |s: &Statement| sum(s.interest_lines.iter().map(|l| l.amount));
        let charged = |s: &Statement| sum(s.fee_lines.iter().map(|f| f.amount));
        prop_assert!(accrued(&s1) <= accrued(&s2), "{} > {}", accrued(&s1), accrued(&s2));
        prop_assert!(charged(&s1) <= charged(&s2));
        let paid_between = claim.payments.iter().any(|p| p.date > s1.as_of && p.date <= s2.as_of);
        if !paid_between {
            prop_assert!(s1.interest <= s2.interest);
            prop_assert!(s1.total <= s2.total);
            // Without payments the capital changes only by the invoices issued in between.
            let issued_between = sum(claim
                .invoices
                .iter()
                .filter(|i| i.issue_date > s1.as_of && i.issue_date <= s2.as_of)
                .map(|i| i.amount));
            prop_assert_eq!(sum([s1.capital, issued_between]), s2.capital);
        }
    }

    #[test]
    fn payments_are_allocated_fees_then_interest_then_capital(claim in claim(), offset in 0i64..700) {
        let Some(Ok(full)) = statement_at(&claim, offset) else { return Ok(()); };
        for a in &full.allocations {
            check_allocation(&claim, a)?;
        }
    }

    #[test]
    fn typed_claims_never_panic(
        claim in claim(),
        offset in -40_000i64..120_000,
        strict in any::<bool>(),
    ) {
        let Some(first) = claim.first_issue_date() else { return Ok(()); };
        let as_of = day(first, offset);
        let options = StatementOptions { as_of, rates: inkasso::rates::RateTable::embedded(), strict_rates: strict, detail: inkasso::Detail::Full };
        if let Ok(s) = statement(&claim, &options) {
            check_accounts(&claim, &s)?;
        }
    }

    #[test]
    fn garbage_json_never_panics(value in json_value(), as_of in json_value()) {
        run_json(value, json!({ "asOf": as_of }));
    }

    #[test]
    fn mutated_claims_never_panic(
        (claim, options) in mutated_input(),
    ) {
        run_json(claim, options);
    }

    #[test]
    fn random_text_never_panics(text in ".{0,200}") {
        let mut de = serde_json::Deserializer::from_str(&text);
        if let Ok(input) = read::<ClaimInput, _>(&mut de) {
            let _ = input.into_claim();
        }
    }
}

/// `claim` with only the payments that the engine applies before payment `k` (earlier days, and
/// on the same day a lower index), plus payment `k` itself when `with_k`.
fn payments_until(claim: &Claim, k: usize, with_k: bool) -> Claim {
    let Some(pk) = claim.payments.get(k) else {
        return claim.clone();
    };
    let key = (pk.date, k);
    let mut c = claim.clone();
    c.payments = claim
        .payments
        .iter()
        .enumerate()
        .filter(|(i, p)| (p.date, *i) < key || (with_k && *i == k))
        .map(|(_, p)| p.clone())
        .collect();
    c
}

/// The allocation order of DOMAIN.md 8.6 for one payment `a` of `claim`, against what was
/// outstanding at that moment: the statement as of the payment day with only the payments
/// applied before it (`before`), and the same with the payment (`after`; interest is closed
/// through the payment day before a payment is allocated, so both accrue the same lines).
///
/// - Greedy, globally over the claim: fees first, interest only once every outstanding fee is
///   covered, capital only once all interest is, a credit only once all capital is.
/// - Within interest (and within capital), invoices by earliest effective due date, then input
///   order: an invoice's interest is paid only once every invoice before it has none left.
/// - A later payment never changes an earlier allocation.
fn check_allocation(
    claim: &Claim,
    a: &inkasso::statement::Allocation,
) -> Result<(), TestCaseError> {
    let k = a.payment;
    let options = StatementOptions::new(a.date);
    let before = statement(&payments_until(claim, k, false), &options)
        .map_err(|e| TestCaseError::fail(format!("before payment {k}: {e}")))?;
    let after = statement(&payments_until(claim, k, true), &options)
        .map_err(|e| TestCaseError::fail(format!("after payment {k}: {e}")))?;
    let mine = after.allocations.last();
    prop_assert_eq!(
        mine.map(|m| (m.date, m.amount, m.fees, m.interest, m.capital, m.credit)),
        Some((a.date, a.amount, a.fees, a.interest, a.capital, a.credit)),
        "later payments changed the allocation of payment {}",
        k
    );
    let sub = |x: Money, y: Money| x.checked_sub(y).expect("no overflow");
    // What the payment took is what left the accounts.
    prop_assert_eq!(sub(before.fees, after.fees), a.fees);
    prop_assert_eq!(sub(before.interest, after.interest), a.interest);
    prop_assert_eq!(sub(before.capital, after.capital), a.capital);
    if a.credit.is_positive() {
        prop_assert!(after.total.is_zero(), "{:?}", a);
    }
    let designated = claim.payments[k]
        .invoice
        .as_ref()
        .and_then(|n| after.invoices.iter().position(|i| &i.number == n));
    if let Some(chosen) = designated {
        return check_designated(&before, &after, chosen, k);
    }
    // Fees, then interest, then capital, then credit: each takes what it can of what is left.
    let mut left = a.amount;
    for (part, due, what) in [
        (a.fees, before.fees, "fees"),
        (a.interest, before.interest, "interest"),
        (a.capital, before.capital, "capital"),
    ] {
        prop_assert_eq!(part, left.min(due), "{} of payment {}: {:?}", what, k, a);
        left = sub(left, part);
    }
    prop_assert_eq!(a.credit, left, "credit of payment {}", k);
    // The weak form, stated as the rule: interest only when the fees are paid, and so on.
    if a.interest.is_positive() {
        prop_assert!(
            after.fees.is_zero(),
            "interest paid while fees remain: {:?}",
            a
        );
    }
    if a.capital.is_positive() {
        prop_assert!(after.fees.is_zero() && after.interest.is_zero(), "{:?}", a);
    }
    // Per invoice, in priority order: earliest effective due date, then input order.
    let mut order: Vec<usize> = (0..after.invoices.len()).collect();
    order.sort_by_key(|&i| (after.invoices[i].effective_due_date, i));
    for (pos, &i) in order.iter().enumerate() {
        let (b, n) = (&before.invoices[i], &after.invoices[i]);
        let ahead = &order[..pos];
        if sub(b.interest, n.interest).is_positive() {
            prop_assert!(
                ahead.iter().all(|&j| after.invoices[j].interest.is_zero()),
                "interest of invoice {} paid before an earlier one's (payment {})",
                i,
                k
            );
        }
        if sub(b.capital, n.capital).is_positive() {
            prop_assert!(after.invoices.iter().all(|s| s.interest.is_zero()));
            prop_assert!(
                ahead.iter().all(|&j| after.invoices[j].capital.is_zero()),
                "capital of invoice {} paid before an earlier one's (payment {})",
                i,
                k
            );
        }
    }
    Ok(())
}

/// The order for payment `k`, designated for invoice `chosen` ([`Payment::invoice`]): the
/// chosen invoice first (its capital only once its interest is paid); any other invoice only
/// once every fee and the chosen invoice's interest and capital are paid, and among them the
/// usual order (earliest effective due date, then input order; capital only once all interest
/// is paid).
fn check_designated(
    before: &Statement,
    after: &Statement,
    chosen: usize,
    k: usize,
) -> Result<(), TestCaseError> {
    let sub = |x: Money, y: Money| x.checked_sub(y).expect("no overflow");
    let mine = (&before.invoices[chosen], &after.invoices[chosen]);
    if sub(mine.0.capital, mine.1.capital).is_positive() {
        prop_assert!(
            mine.1.interest.is_zero(),
            "capital before interest (payment {})",
            k
        );
    }
    let mut order: Vec<usize> = (0..after.invoices.len()).filter(|&i| i != chosen).collect();
    order.sort_by_key(|&i| (after.invoices[i].effective_due_date, i));
    for (pos, &i) in order.iter().enumerate() {
        let (b, n) = (&before.invoices[i], &after.invoices[i]);
        let paid_interest = sub(b.interest, n.interest).is_positive();
        let paid_capital = sub(b.capital, n.capital).is_positive();
        if !(paid_interest || paid_capital) {
            continue;
        }
        prop_assert!(
            after.fees.is_zero() && mine.1.interest.is_zero() && mine.1.capital.is_zero(),
            "invoice {} paid before the chosen {} and the fees (payment {})",
            i,
            chosen,
            k
        );
        let ahead = &order[..pos];
        if paid_interest {
            prop_assert!(ahead.iter().all(|&j| after.invoices[j].interest.is_zero()));
        }
        if paid_capital {
            prop_assert!(after.invoices.iter().all(|s| s.interest.is_zero()));
            prop_assert!(ahead.iter().all(|&j| after.invoices[j].capital.is_zero()));
        }
    }
    Ok(())
}

/// Reads, converts and computes; any of it may fail, none of it may panic. A statement that
/// comes out must add up.
fn run_json(claim: Value, options: Value) {
    let claim = match read::<ClaimInput, _>(claim).and_then(ClaimInput::into_claim) {
        Ok(c) => c,
        Err(e) => {
            assert!(!e.code().as_str().is_empty());
            return;
        }
    };
    let Ok(options) =
        read::<StatementOptionsInput, _>(options).and_then(StatementOptionsInput::into_options)
    else {
        return;
    };
    if let Ok(s) = statement(&claim, &options.as_options()) {
        // Reuse the checks; a failure here is a real bug.
        let checked = check_accounts(&claim, &s);
        assert!(checked.is_ok(), "{checked:?}");
    }
}

/// Strings that look like the inputs, and some that do not.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        "-?[0-9]{1,16}(\\.[0-9]{0,3})?",
        prop::sample::select(vec![
            "consumer",
            "business",
            "public",
            "reminder",
            "collectionDemand",
            "paymentPlan",
            "paymentOrder",
            "enforcement",
            "actual/actual",
            "actual/365",
            "30/360",
            "confirmed",
            "provisional",
            "",
            "NaN",
            "1e3",
            "2024-02-30",
            "1899-12-31",
            "2200-01-01",
            "1000000000000.00",
            "1000000000000.01",
        ])
        .prop_map(str::to_owned),
        ".{0,12}",
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        text().prop_map(Value::String),
    ];
    let keys = prop::sample::select(vec![
        "debtor",
        "reminderFeeAgreed",
        "lateFee",
        "dayCount",
        "shiftDueDate",
        "agreedRate",
        "invoices",
        "steps",
        "payments",
        "number",
        "amount",
        "issueDate",
        "dueDate",
        "kind",
        "date",
        "asOf",
        "rates",
        "from",
        "percent",
        "status",
        "source",
        "strictRates",
        "x",
    ]);
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys.clone().prop_map(str::to_owned), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A valid-looking claim input with one field replaced by an arbitrary value, and statement
/// options that may carry a caller table.
fn mutated_input() -> impl Strategy<Value = (Value, Value)> {
    let claim = json!({
        "debtor": "business",
        "reminderFeeAgreed": true,
        "dayCount": "actual/actual",
        "invoices": [
            { "number": "1", "amount": "12500.00", "issueDate": "2024-01-10", "dueDate": "2024-02-09" },
            { "number": "2", "amount": 300.5, "issueDate": "2024-02-01" },
        ],
        "steps": [
            { "kind": "reminder", "date": "2024-02-20" },
            { "kind": "collectionDemand", "date": "2024-03-05" },
            { "kind": "paymentOrder", "date": "2024-05-05" },
        ],
        "payments": [{ "date": "2024-03-01", "amount": "500.00" }],
    });
    let options = json!({
        "asOf": "2027-03-31",
        "strictRates": false,
        "rates": [{ "from": "2027-01-01", "percent": "2.00" }],
    });
    let paths: Vec<&'static str> = vec![
        "/debtor",
        "/reminderFeeAgreed",
        "/dayCount",
        "/invoices",
        "/invoices/0",
        "/invoices/0/amount",
        "/invoices/0/issueDate",
        "/invoices/0/dueDate",
        "/invoices/1/amount",
        "/invoices/1/number",
        "/steps",
        "/steps/1/kind",
        "/steps/2/date",
        "/payments/0",
        "/payments/0/amount",
        "/payments/0/date",
        "/agreedRate",
        "/lateFee",
        "/shiftDueDate",
    ];
    let option_paths: Vec<&'static str> = vec![
        "/asOf",
        "/strictRates",
        "/rates",
        "/rates/0/from",
        "/rates/0/percent",
        "/rates/0/status",
    ];
    (
        prop::sample::select(paths),
        prop::sample::select(option_paths),
        json_value(),
        json_value(),
        any::<bool>(),
    )
        .prop_map(
            move |(path, option_path, value, option_value, mutate_options)| {
                let mut c = claim.clone();
                set(&mut c, path, value);
                let mut o = options.clone();
                if mutate_options {
                    set(&mut o, option_path, option_value);
                }
                (c, o)
            },
        )
}

/// Sets the value at a JSON pointer, creating an object key when the parent is an object.
fn set(root: &mut Value, pointer: &str, value: Value) {
    if let Some(slot) = root.pointer_mut(pointer) {
        *slot = value;
        return;
    }
    if let Some((parent, key)) = pointer.rsplit_once('/') {
        if let Some(Value::Object(map)) = root.pointer_mut(parent) {
            map.insert(key.to_owned(), value);
        }
    }
}
