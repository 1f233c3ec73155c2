//! A reminder or inkassokrav for an invoice issued after the one that earned the claim's fee
//! earns its own (DOMAIN.md 1: one fee per claim, "a claim here is the set of invoices that
//! one reminder / one demand covers"; IMY and RH 2022:7 ask for the debts due to be demanded
//! together, and one not yet issued cannot be). A legal review found `letter` charging nothing
//! for B's first inkassokrav and `check` calling its fee one to remove (`FEE_CHARGED_TWICE`).
//! An invoice issued before the first demand and not yet due then is unchanged: that demand
//! was premature for it (`COLLECTION_DEMAND_NOT_OVERDUE`), and the one sent again earns
//! nothing.

mod common;

use inkasso::compliance::check;
use inkasso::letter::{letter, LetterOptions};
use inkasso::StepKind;
use serde_json::{json, Value};

fn claim_of(b_issued: &str, b_due: &str, steps: Value, payments: Value) -> inkasso::Claim {
    common::claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01" },
            { "number": "B", "amount": "1000.00", "issueDate": b_issued, "dueDate": b_due }
        ],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

fn fee_lines(claim: &inkasso::Claim, as_of: &str) -> Vec<String> {
    inkasso::statement(claim, &inkasso::StatementOptions::new(common::date(as_of)))
        .expect("statement")
        .fee_lines
        .iter()
        .map(|l| format!("{} {} {}", l.kind.as_str(), l.date, l.amount))
        .collect()
}

fn codes(claim: &inkasso::Claim) -> Vec<&'static str> {
    check(claim, None)
        .expect("check")
        .into_iter()
        .map(|f| f.code.as_str())
        .collect()
}

/// The review's case: A's inkassokrav of 2025-05-06, before B was issued; A paid; B's first
/// inkassokrav earns 180 kr, by `letter` and recorded alike.
#[test]
fn an_inkassokrav_for_an_invoice_issued_after_the_first_earns_its_fee() {
    let first =
        json!([{ "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 }]);
    let paid = json!([{ "date": "2025-05-15", "amount": "1183.92" }]);
    let claim = claim_of("2025-05-10", "2025-06-09", first, paid.clone());
    let l = letter(
        &claim,
        StepKind::CollectionDemand,
        common::date("2025-06-16"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert_eq!(l.fees.to_string(), "180.00");
    let recorded = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "collectionDemand", "date": "2025-06-16", "paymentTermDays": 10, "fee": true }
        ]),
        paid,
    );
    assert_eq!(
        fee_lines(&recorded, "2025-06-20"),
        [
            "collectionFee 2025-05-06 180.00",
            "collectionFee 2025-06-16 180.00"
        ]
    );
    assert_eq!(codes(&recorded), Vec::<&str>::new());
    // A still unpaid: the second demands both, and earns its fee for B.
    let both = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "collectionDemand", "date": "2025-06-16", "paymentTermDays": 10 }
        ]),
        json!([]),
    );
    assert_eq!(fee_lines(&both, "2025-06-20").len(), 2);
    // Everything paid before the second (B too): nothing new to demand, no second fee.
    let settled_b = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "collectionDemand", "date": "2025-06-16", "paymentTermDays": 10 }
        ]),
        json!([{ "date": "2025-06-12", "amount": "2400.00" }]),
    );
    assert_eq!(
        fee_lines(&settled_b, "2025-06-20"),
        ["collectionFee 2025-05-06 180.00"]
    );
}

/// B issued before A's inkassokrav and not yet due then: that demand was premature for B, and
/// the one sent again earns nothing (unchanged).
#[test]
fn an_invoice_issued_before_the_first_demand_earns_no_second_fee() {
    let claim = claim_of(
        "2025-04-20",
        "2025-05-20",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "collectionDemand", "date": "2025-05-26", "paymentTermDays": 10 }
        ]),
        json!([]),
    );
    assert_eq!(
        fee_lines(&claim, "2025-06-01"),
        ["collectionFee 2025-05-06 180.00"]
    );
    assert!(codes(&claim).contains(&"COLLECTION_DEMAND_NOT_OVERDUE"));
}

/// Reminders alike: B's first reminder after A's earns its own 60 kr, and so does one after
/// A's inkassokrav (the claim went past reminders for A, not for B); a reminder of A again
/// after A's inkassokrav earns none.
#[test]
fn a_reminder_for_an_invoice_issued_later_earns_its_fee() {
    let claim = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "reminder", "date": "2025-05-05" },
            { "kind": "reminder", "date": "2025-06-12" }
        ]),
        json!([]),
    );
    assert_eq!(
        fee_lines(&claim, "2025-06-20"),
        [
            "reminderFee 2025-05-05 60.00",
            "reminderFee 2025-06-12 60.00"
        ]
    );
    let after_demand = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "reminder", "date": "2025-06-12" }
        ]),
        json!([]),
    );
    assert_eq!(
        fee_lines(&after_demand, "2025-06-20"),
        [
            "collectionFee 2025-05-06 180.00",
            "reminderFee 2025-06-12 60.00"
        ]
    );
    assert_eq!(codes(&after_demand), Vec::<&str>::new());
    // Before B falls due: A alone, after its inkassokrav: none.
    let a_again = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "reminder", "date": "2025-05-20" }
        ]),
        json!([]),
    );
    assert_eq!(
        fee_lines(&a_again, "2025-06-01"),
        ["collectionFee 2025-05-06 180.00"]
    );
    assert_eq!(codes(&a_again), ["FEE_NOT_RECOVERABLE"]);
}

/// The timeline sends B's inkassokrav with its fee, as `letter` would.
#[test]
fn the_timeline_projects_the_later_invoices_inkassokrav_with_its_fee() {
    let claim = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([{ "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 }]),
        json!([]),
    );
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let t = common::timeline_on(&claim, &policy, "2025-05-20");
    let again = common::projected_entries(&t, inkasso::timeline::EntryKind::CollectionDemand)
        .into_iter()
        .next()
        .expect("B's inkassokrav");
    assert_eq!(
        again
            .fees
            .iter()
            .map(|f| f.amount.to_string())
            .collect::<Vec<_>>(),
        ["180.00"]
    );
}

/// A review of the round's diff: the reminder is judged against the *last* step that took the
/// claim past reminders, so an invoice demanded, sent to Kronofogden and enforced since does
/// not make a later reminder's fee lawful (it had been 60 kr after a verkställighet again).
#[test]
fn a_reminder_is_judged_against_the_last_step_past_reminders() {
    let invoices = json!([
        { "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
        { "number": "B", "amount": "1000.00", "issueDate": "2025-03-01", "dueDate": "2025-03-31" }
    ]);
    let of = |steps: Value| {
        common::claim(json!({
            "debtor": "consumer", "reminderFeeAgreed": true, "invoices": invoices, "steps": steps
        }))
        .expect("claim")
    };
    let enforced = of(json!([
        { "kind": "collectionDemand", "date": "2025-02-05", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2025-04-07" },
        { "kind": "enforcement", "date": "2025-05-20" },
        { "kind": "reminder", "date": "2025-06-02" }
    ]));
    let fees = fee_lines(&enforced, "2025-06-10");
    assert!(
        fees.iter().all(|f| !f.starts_with("reminderFee")),
        "{fees:?}"
    );
    assert!(codes(&enforced).contains(&"FEE_NOT_RECOVERABLE"));
    let demanded_again = of(json!([
        { "kind": "collectionDemand", "date": "2025-02-05", "paymentTermDays": 10 },
        { "kind": "collectionDemand", "date": "2025-04-07", "paymentTermDays": 10 },
        { "kind": "reminder", "date": "2025-04-25" }
    ]));
    assert_eq!(
        fee_lines(&demanded_again, "2025-05-01"),
        [
            "collectionFee 2025-02-05 180.00",
            "collectionFee 2025-04-07 180.00"
        ]
    );
}

/// The review: a time-barred invoice is no new debt (it may not be demanded), so it earns
/// no second inkassokrav fee.
#[test]
fn a_time_barred_invoice_earns_no_fee_of_its_own() {
    let claim = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2015-01-01", "dueDate": "2015-01-31" },
            { "number": "B", "amount": "1000.00", "issueDate": "2015-03-01", "dueDate": "2015-03-31" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2015-02-10", "paymentTermDays": 10 },
            { "kind": "collectionDemand", "date": "2019-09-02", "paymentTermDays": 10 }
        ],
        "payments": [
            { "date": "2015-02-20", "amount": "200.00" },
            { "date": "2017-06-01", "amount": "50.00" },
            { "date": "2019-06-03", "amount": "50.00" }
        ]
    }))
    .expect("claim");
    assert_eq!(
        fee_lines(&claim, "2019-09-10"),
        ["collectionFee 2015-02-10 180.00"]
    );
}

/// The review: the timeline projects a reminder after a recorded betalningsföreläggande with
/// the fee `letter` and the recorded step charge when it is about an invoice issued since
/// (and without one when it is not: `tests/unrecoverable_fees.rs`).
#[test]
fn the_timeline_and_letter_agree_on_a_reminder_about_a_later_invoice() {
    let claim = common::claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
            { "number": "B", "amount": "1000.00", "issueDate": "2025-02-10", "dueDate": "2025-02-20" }
        ],
        "steps": [{ "kind": "paymentOrder", "date": "2025-02-05" }]
    }))
    .expect("claim");
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let t = common::timeline_on(&claim, &policy, "2025-02-21");
    let reminder = common::projected_entries(&t, inkasso::timeline::EntryKind::Reminder)
        .into_iter()
        .next()
        .expect("a projected reminder");
    let projected: Vec<String> = reminder.fees.iter().map(|f| f.amount.to_string()).collect();
    let l = letter(
        &claim,
        StepKind::Reminder,
        reminder.date,
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let letter_reminder_fee: Vec<String> = l
        .breakdown
        .fees
        .iter()
        .filter(|f| f.kind == inkasso::fees::FeeKind::ReminderFee)
        .map(|f| f.charged.to_string())
        .collect();
    assert_eq!(projected, ["60.00"]);
    assert_eq!(letter_reminder_fee, projected);
}

/// The review: a later invoice credited in full is no debt, so the policy's second reminder
/// claims no fee (as before the round), and carries no note that one was refused.
#[test]
fn a_later_invoice_credited_away_gives_the_second_reminder_no_fee() {
    let claim = common::claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
            { "number": "B", "amount": "1000.00", "issueDate": "2025-02-05", "dueDate": "2025-03-07" }
        ],
        "steps": [{ "kind": "reminder", "date": "2025-02-03" }],
        "credits": [{ "invoice": "B", "date": "2025-02-06", "amount": "1000.00" }]
    }))
    .expect("claim");
    let policy = common::policy(json!({ "preset": "standard", "secondReminder": {} }));
    let t = common::timeline_on(&claim, &policy, "2025-02-04");
    for e in common::projected_entries(&t, inkasso::timeline::EntryKind::Reminder) {
        assert!(e.fees.is_empty(), "{e:?}");
        assert!(
            e.notes.iter().all(|n| !matches!(
                n.code,
                inkasso::warning::WarningCode::FeeAlreadyCharged
                    | inkasso::warning::WarningCode::FeeNotRecoverable
            )),
            "{:?}",
            e.notes
        );
    }
}

/// A review: the last step past reminders was a verkställighet on A's utslag, which B (issued
/// after A's betalningsföreläggande) is not part of: B was never demanded, so a reminder about
/// it earns its fee, as it did without the verkställighet.
#[test]
fn a_reminder_about_an_invoice_no_step_was_about_earns_its_fee() {
    let of = |steps: Value| {
        common::claim(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": [
                { "number": "A", "amount": "1000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-09" },
                { "number": "B", "amount": "1000.00", "issueDate": "2024-04-02", "dueDate": "2024-05-02" }
            ],
            "steps": steps
        }))
        .expect("claim")
    };
    for steps in [
        json!([
            { "kind": "collectionDemand", "date": "2024-02-20" },
            { "kind": "paymentOrder", "date": "2024-03-20" },
            { "kind": "enforcement", "date": "2024-05-20" },
            { "kind": "reminder", "date": "2024-05-27" }
        ]),
        json!([
            { "kind": "collectionDemand", "date": "2024-02-20" },
            { "kind": "paymentOrder", "date": "2024-03-20" },
            { "kind": "reminder", "date": "2024-05-27" }
        ]),
    ] {
        let claim = of(steps.clone());
        let fees = fee_lines(&claim, "2024-06-01");
        assert!(
            fees.contains(&"reminderFee 2024-05-27 60.00".to_owned()),
            "{steps}: {fees:?}"
        );
        assert!(!codes(&claim).contains(&"FEE_NOT_RECOVERABLE"), "{steps}");
    }
}

/// A review: B credited in full before it fell due is no debt, though A is paid later; the
/// reminder the timeline projects after A's betalningsföreläggande claims no fee, so it
/// carries no note that one was refused.
#[test]
fn an_invoice_credited_away_is_no_debt_for_a_projected_reminder() {
    let claim = common::claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
            { "number": "B", "amount": "1000.00", "issueDate": "2025-01-20", "dueDate": "2025-02-20" }
        ],
        "steps": [{ "kind": "paymentOrder", "date": "2025-02-05" }],
        "credits": [{ "invoice": "B", "date": "2025-02-18", "amount": "1000.00" }],
        "payments": [{ "date": "2025-03-20", "amount": "100.00" }]
    }))
    .expect("claim");
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let t = common::timeline_on(&claim, &policy, "2025-02-21");
    for e in common::projected_entries(&t, inkasso::timeline::EntryKind::Reminder) {
        assert!(e.fees.is_empty(), "{e:?}");
        assert!(
            e.notes
                .iter()
                .all(|n| n.code != inkasso::warning::WarningCode::FeeNotRecoverable),
            "{:?}",
            e.notes
        );
    }
}
