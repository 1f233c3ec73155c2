//! One case for every compliance finding, and a clean history and plan with none.

use inkasso::compliance::{check, Finding, FindingCode, Severity, Source};
use inkasso::input::{read, ClaimInput};
use inkasso::policy::{Policy, PolicyInput, PresetId};
use inkasso::timeline::EntryKind;
use inkasso::Claim;
use serde_json::{json, Value};

fn claim(debtor: &str, agreed: bool, steps: Value) -> Claim {
    read::<ClaimInput, _>(json!({
        "debtor": debtor,
        "reminderFeeAgreed": agreed,
        "invoices": [{ "number": "A1", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }],
        "steps": steps
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim")
}

fn policy(json: Value) -> Policy {
    read::<PolicyInput, _>(json)
        .and_then(PolicyInput::into_policy)
        .expect("policy")
}

fn codes(findings: &[Finding]) -> Vec<(FindingCode, Severity, Source, Option<usize>)> {
    findings
        .iter()
        .map(|f| (f.code, f.severity, f.source, f.step))
        .collect()
}

/// A lawful history under `standard`: reminder 6 Oct, inkassokrav 27 Oct, payment order 17 Nov.
fn clean_steps() -> Value {
    json!([
        { "kind": "reminder", "date": "2025-10-06" },
        { "kind": "collectionDemand", "date": "2025-10-27" },
        { "kind": "paymentOrder", "date": "2025-11-17" },
        { "kind": "enforcement", "date": "2025-12-29" }
    ])
}

#[test]
fn a_clean_history_and_plan_have_no_findings() {
    for debtor in ["consumer", "business"] {
        let c = claim(debtor, true, clean_steps());
        assert_eq!(check(&c, None), Ok(vec![]), "{debtor}");
        for id in PresetId::ALL {
            assert_eq!(check(&c, Some(&Policy::preset(id))), Ok(vec![]), "{id:?}");
        }
    }
}

#[test]
fn collection_demand_before_or_on_the_due_date() {
    // 2025-10-01 is the due date itself.
    let c = claim(
        "consumer",
        true,
        json!([{ "kind": "collectionDemand", "date": "2025-10-01" }]),
    );
    let f = check(&c, None).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::CollectionDemandNotOverdue,
            Severity::Error,
            Source::History,
            Some(0)
        )]
    );
    assert_eq!(f[0].kind, Some(EntryKind::CollectionDemand));
    assert!(f[0].text().sv.contains("A1") && f[0].text().en.contains("A1"));
    // A due date on a Saturday moves to Monday: an inkassokrav that Monday is still too early.
    let mut c = claim(
        "consumer",
        true,
        json!([{ "kind": "collectionDemand", "date": "2025-11-03" }]),
    );
    c.invoices[0].due_date = time::Date::from_calendar_date(2025, time::Month::November, 1).ok();
    let f = check(&c, None).expect("check");
    assert_eq!(f[0].code, FindingCode::CollectionDemandNotOverdue);
    // A policy that sends it on the due date, as written: a warning (the timeline sends it the
    // day after, as it applies a policy's betalningsföreläggande on the deadline the day
    // after: a reviewer, stop 51).
    let p = policy(json!({ "reminder": null, "collectionDemand": { "daysAfter": 0 } }));
    let f = check(&claim("consumer", true, json!([])), Some(&p)).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::CollectionDemandNotOverdue,
            Severity::Warning,
            Source::Policy,
            None
        )]
    );
}

#[test]
fn collection_term_too_short() {
    let p = policy(json!({ "collectionDemand": { "paymentTermDays": 7 } }));
    let f = check(&claim("consumer", true, json!([])), Some(&p)).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::CollectionTermTooShort,
            Severity::Error,
            Source::Policy,
            None
        )]
    );
    let p = policy(json!({ "collectionDemand": { "paymentTermDays": 8 } }));
    assert_eq!(
        check(&claim("consumer", true, json!([])), Some(&p)),
        Ok(vec![])
    );
}

#[test]
fn reminder_fee_not_agreed() {
    // A reminder that records it claimed a fee that was not agreed.
    let c = claim(
        "consumer",
        false,
        json!([{ "kind": "reminder", "date": "2025-10-06", "fee": true }]),
    );
    let f = check(&c, None).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::ReminderFeeNotAgreed,
            Severity::Error,
            Source::History,
            Some(0)
        )]
    );
    // The same under a policy that charges the reminder fee (where agreed).
    let f = check(&c, Some(&Policy::preset(PresetId::Standard))).expect("check");
    assert_eq!(f.len(), 1);
    // A reminder that does not say: the policy's reminder fee (or the statutory one) is
    // charged only where it was agreed, as the statement and the timeline charge it, so it
    // claimed none.
    let unsaid = claim(
        "consumer",
        false,
        json!([{ "kind": "reminder", "date": "2025-10-06" }]),
    );
    assert_eq!(check(&unsaid, None), Ok(vec![]));
    assert_eq!(
        check(&unsaid, Some(&Policy::preset(PresetId::Standard))),
        Ok(vec![])
    );
    // A plan with a reminder fee, for a claim without agreement: it charges none here (the
    // timeline projects the reminder without it), so nothing to flag.
    for preset in [PresetId::SmsReminder, PresetId::Standard] {
        let f = check(
            &claim("consumer", false, json!([])),
            Some(&Policy::preset(preset)),
        )
        .expect("check");
        assert_eq!(codes(&f), vec![], "{preset:?}");
    }
    // What a step records wins over the policy: one that says it claimed the fee is flagged
    // under a policy that waives it too.
    let p = policy(json!({ "fees": { "reminderFee": false } }));
    assert_eq!(check(&c, Some(&p)).expect("check").len(), 1);
    assert_eq!(check(&unsaid, Some(&p)), Ok(vec![]));
}

#[test]
fn the_same_fee_twice() {
    let c = claim(
        "consumer",
        true,
        json!([
            { "kind": "reminder", "date": "2025-10-06" },
            { "kind": "reminder", "date": "2025-10-20" },
            { "kind": "collectionDemand", "date": "2025-10-27" },
            { "kind": "collectionDemand", "date": "2025-11-10" }
        ]),
    );
    let f = check(&c, None).expect("check");
    assert_eq!(
        codes(&f),
        vec![
            (
                FindingCode::FeeChargedTwice,
                Severity::Warning,
                Source::History,
                Some(1)
            ),
            (
                FindingCode::FeeChargedTwice,
                Severity::Warning,
                Source::History,
                Some(3)
            ),
        ]
    );
}

#[test]
fn a_second_payment_order_claims_its_fee_again_unless_it_says_not() {
    let steps = |fee: Value| {
        json!([
            { "kind": "collectionDemand", "date": "2025-10-06" },
            { "kind": "paymentOrder", "date": "2025-10-27" },
            { "kind": "paymentOrder", "date": "2025-11-17", "fee": fee }
        ])
    };
    // Recorded as claimed (`fee: true`), the fee charged twice is an error (a debtor-side
    // review, stop 50): the creditor's own record says it was taken.
    for (fee, severity) in [
        (Value::Null, Severity::Warning),
        (json!(true), Severity::Error),
    ] {
        let f = check(&claim("consumer", true, steps(fee.clone())), None).expect("check");
        assert_eq!(
            codes(&f),
            vec![(
                FindingCode::FeeChargedTwice,
                severity,
                Source::History,
                Some(2)
            )],
            "{fee}"
        );
        assert!(f[0].text().en.contains("application for a payment order"));
    }
    let f = check(&claim("consumer", true, steps(json!(false))), None).expect("check");
    assert_eq!(f, vec![]);
}

/// A second stämningsansökan costs the court's fee again, which the statement does not charge
/// (FEE_ALREADY_CHARGED): `check` says so as for a second betalningsföreläggande (a
/// differential review found it silent).
#[test]
fn a_second_court_action_claims_its_fee_again_unless_it_says_not() {
    let steps = |fee: Value| {
        json!([
            { "kind": "collectionDemand", "date": "2025-10-06" },
            { "kind": "dispute", "date": "2025-10-10" },
            { "kind": "courtAction", "date": "2025-10-27" },
            { "kind": "courtAction", "date": "2025-11-17", "fee": fee }
        ])
    };
    for fee in [Value::Null, json!(true)] {
        let f = check(&claim("consumer", true, steps(fee.clone())), None).expect("check");
        let twice: Vec<Option<usize>> = f
            .iter()
            .filter(|f| f.code == FindingCode::FeeChargedTwice)
            .map(|f| f.step)
            .collect();
        assert_eq!(twice, [Some(3)], "{fee}");
    }
    let f = check(&claim("consumer", true, steps(json!(false))), None).expect("check");
    assert!(
        f.iter().all(|f| f.code != FindingCode::FeeChargedTwice),
        "{f:?}"
    );
}

/// A step that records it claimed its fee (`fee: true`) on a claim with förseningsersättning
/// charged it on top, whatever the policy says; without `fee`, only a policy that charges on
/// top is flagged (the engine does not charge it).
#[test]
fn a_step_that_claimed_its_fee_on_top_of_the_late_fee() {
    let c = claim(
        "business",
        true,
        json!([
            { "kind": "reminder", "date": "2025-10-06", "fee": true },
            { "kind": "collectionDemand", "date": "2025-10-27", "fee": true },
            { "kind": "paymentOrder", "date": "2025-11-17", "fee": true }
        ]),
    );
    for p in [None, Some(Policy::preset(PresetId::Standard))] {
        let f = check(&c, p.as_ref()).expect("check");
        assert_eq!(
            codes(&f),
            vec![
                (
                    FindingCode::FeeOnTopOfLateFee,
                    Severity::Error,
                    Source::History,
                    Some(0)
                ),
                (
                    FindingCode::FeeOnTopOfLateFee,
                    Severity::Error,
                    Source::History,
                    Some(1)
                ),
            ]
        );
    }
    // The finding names the step and its date.
    let f = check(&c, None).expect("check");
    assert_eq!(
        f[1].text().sv,
        "Inkassokravet 2025-10-27 tog ut sin avgift ovanpå förseningsersättningen (450\u{a0}kr per faktura), som ersätter påminnelse-, inkasso- och amorteringsplansavgiften upp till sitt belopp: avgiften ska tas bort."
    );
    // The same claim for a consumer: no late fee, nothing on top.
    let consumer = claim(
        "consumer",
        true,
        json!([
            { "kind": "reminder", "date": "2025-10-06", "fee": true },
            { "kind": "collectionDemand", "date": "2025-10-27", "fee": true }
        ]),
    );
    assert_eq!(check(&consumer, None), Ok(vec![]));
}

#[test]
fn fee_on_top_of_the_late_fee() {
    let c = claim(
        "business",
        true,
        json!([{ "kind": "collectionDemand", "date": "2025-10-10" }]),
    );
    let p = policy(json!({ "fees": { "feesOnTopOfLateFee": true } }));
    let f = check(&c, Some(&p)).expect("check");
    // The step's fee to remove, and the setting to change (stop 67: the policy's finding went
    // once a step had one).
    assert_eq!(
        codes(&f),
        vec![
            (
                FindingCode::FeeOnTopOfLateFee,
                Severity::Error,
                Source::History,
                Some(0)
            ),
            (
                FindingCode::FeeOnTopOfLateFee,
                Severity::Error,
                Source::Policy,
                None
            )
        ]
    );
    // Without history, the plan itself; a consumer has no late fee, so nothing.
    let f = check(&claim("business", true, json!([])), Some(&p)).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::FeeOnTopOfLateFee,
            Severity::Error,
            Source::Policy,
            None
        )]
    );
    assert_eq!(
        check(&claim("consumer", true, json!([])), Some(&p)),
        Ok(vec![])
    );
    // A policy that charges neither fee has nothing on top of förseningsersättning.
    let none = policy(json!({ "fees": {
        "feesOnTopOfLateFee": true, "reminderFee": false, "collectionFee": false
    } }));
    assert_eq!(
        check(&claim("business", true, json!([])), Some(&none)),
        Ok(vec![])
    );
}

#[test]
fn interest_on_fees() {
    let p = policy(json!({ "fees": { "interestOnFees": true } }));
    let f = check(&claim("consumer", true, clean_steps()), Some(&p)).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::InterestOnFees,
            Severity::Warning,
            Source::Policy,
            None
        )]
    );
}

#[test]
fn payment_order_before_the_deadline() {
    // Inkassokrav 2025-10-06 + 8 days = 2025-10-14 (Tuesday): a payment order that day is early.
    let steps = json!([
        { "kind": "collectionDemand", "date": "2025-10-06" },
        { "kind": "paymentOrder", "date": "2025-10-14" }
    ]);
    let f = check(&claim("consumer", true, steps.clone()), None).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::PaymentOrderBeforeDeadline,
            Severity::Error,
            Source::History,
            Some(1)
        )]
    );
    // The day after is fine without a policy …
    let later = json!([
        { "kind": "collectionDemand", "date": "2025-10-06" },
        { "kind": "paymentOrder", "date": "2025-10-15" }
    ]);
    assert_eq!(
        check(&claim("consumer", true, later.clone()), None),
        Ok(vec![])
    );
    // … but not under `standard`, whose inkassokrav gives 10 days (deadline 2025-10-16).
    let f = check(
        &claim("consumer", true, later),
        Some(&Policy::preset(PresetId::Standard)),
    )
    .expect("check");
    assert_eq!(f[0].code, FindingCode::PaymentOrderBeforeDeadline);
    // A plan that, as written, applies on the deadline itself: a warning (the timeline applies
    // the day after, a compliance review found it an error where the timeline is lawful).
    let p = policy(json!({ "paymentOrder": { "daysAfter": 0 } }));
    let f = check(&claim("consumer", true, json!([])), Some(&p)).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::PaymentOrderBeforeDeadline,
            Severity::Warning,
            Source::Policy,
            None
        )]
    );
    // Its inkassokrav on the reminder's deadline, as written, is said alike (the same history
    // is warned of DEMAND_BEFORE_REMINDER_DEADLINE; the policy passed).
    let p = policy(json!({ "collectionDemand": { "daysAfter": 0 } }));
    let f = check(&claim("consumer", true, json!([])), Some(&p)).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::DemandBeforeReminderDeadline,
            Severity::Warning,
            Source::Policy,
            None
        )]
    );
    assert_eq!(
        f.first().and_then(|f| f.field()).as_deref(),
        Some("policy.collectionDemand.daysAfter")
    );
    // No reminder: the inkassokrav on the due date is the error it was.
    let p = policy(json!({ "reminder": null, "collectionDemand": { "daysAfter": 0 } }));
    let f = check(&claim("consumer", true, json!([])), Some(&p)).expect("check");
    assert!(f
        .iter()
        .all(|f| f.code != FindingCode::DemandBeforeReminderDeadline));
}

#[test]
fn payment_order_without_demand() {
    let c = claim(
        "consumer",
        true,
        json!([{ "kind": "paymentOrder", "date": "2025-11-03" }]),
    );
    let f = check(&c, None).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::PaymentOrderWithoutDemand,
            Severity::Warning,
            Source::History,
            Some(0)
        )]
    );
    assert_eq!(
        serde_json::to_value(&f[0]).expect("json")["code"],
        json!("PAYMENT_ORDER_WITHOUT_DEMAND")
    );
}

#[test]
fn a_reminder_before_anything_is_overdue_is_flagged_as_statement_letter_and_timeline_judge_it() {
    // Due 2025-10-01: a reminder on 2025-09-25, and a final notice on the due date itself. The
    // statement warns NOT_OVERDUE, `letter` refuses them and the timeline sends them again;
    // `check` said nothing.
    let c = claim(
        "consumer",
        true,
        json!([
            { "kind": "reminder", "date": "2025-09-25" },
            { "kind": "finalNotice", "date": "2025-10-01", "fee": false },
            { "kind": "reminder", "date": "2025-10-06", "fee": false }
        ]),
    );
    let findings = check(&c, Some(&Policy::preset(PresetId::Standard))).expect("check");
    assert_eq!(
        codes(&findings),
        vec![
            (
                FindingCode::ReminderNotOverdue,
                Severity::Warning,
                Source::History,
                Some(0)
            ),
            (
                FindingCode::ReminderNotOverdue,
                Severity::Warning,
                Source::History,
                Some(1)
            ),
        ]
    );
    let texts: Vec<_> = findings.iter().map(|f| f.text()).collect();
    assert_eq!(
        texts.first().map(|t| t.sv.as_str()),
        Some("Betalningspåminnelsen 2025-09-25 skickades innan någon faktura var förfallen: den påminner inte om något, ger ingen avgift och räknas inte som fordrans påminnelse.")
    );
    assert_eq!(
        texts.get(1).map(|t| t.en.as_str()),
        Some("The final notice of 2025-10-01 was sent before any invoice was overdue: it reminds of nothing and does not count as the final notice.")
    );
    assert_eq!(
        findings.first().map(|f| f.code.as_str()),
        Some("REMINDER_NOT_OVERDUE")
    );
}

#[test]
fn a_reminder_after_the_claim_was_paid_or_credited_that_day_says_so() {
    let with = |extra: Value| {
        let mut input = json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": [{ "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
            "steps": [{ "kind": "reminder", "date": "2025-02-10" }]
        });
        if let (Some(o), Some(e)) = (input.as_object_mut(), extra.as_object()) {
            o.extend(e.clone());
        }
        read::<ClaimInput, _>(input)
            .and_then(ClaimInput::into_claim)
            .expect("claim")
    };
    let said = |c: &Claim| -> Vec<(FindingCode, String)> {
        check(c, None)
            .expect("check")
            .iter()
            .map(|f| (f.code, f.text().en))
            .collect()
    };
    let settled = "The payment reminder of 2025-02-10 was sent when the claim's capital was already paid or credited: it reminds of nothing, earns no fee and does not count as the claim's reminder.".to_owned();
    // Credited in full on the reminder's own day: credit notes come before the day's steps, as
    // the statement orders them (it warns NOT_OVERDUE). Was: no finding.
    let credited =
        with(json!({ "credits": [{ "invoice": "A", "date": "2025-02-10", "amount": "1000.00" }] }));
    assert_eq!(
        said(&credited),
        vec![(FindingCode::ReminderNotOverdue, settled.clone())]
    );
    // Paid the day before, overdue since 2025-02-01: not "before any invoice was overdue".
    let paid = with(json!({ "payments": [{ "date": "2025-02-09", "amount": "1010.00" }] }));
    assert_eq!(
        said(&paid),
        vec![(FindingCode::ReminderNotOverdue, settled)]
    );
    // A payment on the day comes after the step: the reminder reminded of the debt.
    let paid_that_day =
        with(json!({ "payments": [{ "date": "2025-02-10", "amount": "1010.00" }] }));
    assert_eq!(said(&paid_that_day), vec![]);
    // An inkassokrav after a credit note of its own day has no debt to demand.
    let mut demand = credited.clone();
    if let Some(step) = demand.steps.first_mut() {
        step.kind = inkasso::StepKind::CollectionDemand;
    }
    assert_eq!(
        said(&demand)
            .first()
            .map(|(code, text)| (*code, text.contains("already paid or credited"))),
        Some((FindingCode::CollectionDemandNotOverdue, true))
    );
    // A final notice never earns a fee: its text does not say it would.
    let mut notice = with(
        json!({ "invoices": [{ "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-03-31" }] }),
    );
    if let Some(step) = notice.steps.first_mut() {
        step.kind = inkasso::StepKind::FinalNotice;
    }
    assert_eq!(
        said(&notice),
        vec![(
            FindingCode::ReminderNotOverdue,
            "The final notice of 2025-02-10 was sent before any invoice was overdue: it reminds of nothing and does not count as the final notice.".to_owned()
        )]
    );
}

/// A betalningsföreläggande after the debtor disputed the claim (god inkassosed: a disputed
/// claim is tried by a court), unless a judgment decided the dispute first; a dispute of the
/// same day disputes that day's application and is not flagged.
#[test]
fn a_payment_order_after_a_dispute() {
    let demand = json!({ "kind": "collectionDemand", "date": "2025-10-10", "paymentTermDays": 10 });
    let disputed = claim(
        "consumer",
        false,
        json!([demand, { "kind": "dispute", "date": "2025-10-14" }, { "kind": "paymentOrder", "date": "2025-11-03" }]),
    );
    let f = check(&disputed, None).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::PaymentOrderAfterDispute,
            Severity::Error,
            Source::History,
            Some(2)
        )]
    );
    let text = inkasso::text::finding(&f[0]);
    assert_eq!(
        text.sv,
        "Ansökan om betalningsföreläggande 2025-11-03 gjordes sedan gäldenären bestridit fordran 2025-10-14: en tvistig fordran prövas av domstol och drivs inte genom betalningsföreläggande."
    );
    // Decided by a judgment first: the dispute no longer stands.
    let decided = claim(
        "consumer",
        false,
        json!([demand, { "kind": "dispute", "date": "2025-10-14" }, { "kind": "judgment", "date": "2025-10-30" }, { "kind": "paymentOrder", "date": "2025-11-03" }]),
    );
    assert!(check(&decided, None)
        .expect("check")
        .iter()
        .all(|f| f.code != FindingCode::PaymentOrderAfterDispute));
    // The application disputed (same day or later): no finding.
    for day in ["2025-11-03", "2025-11-10"] {
        let order_disputed = claim(
            "consumer",
            false,
            json!([demand, { "kind": "paymentOrder", "date": "2025-11-03" }, { "kind": "dispute", "date": day }]),
        );
        assert_eq!(check(&order_disputed, None), Ok(vec![]), "{day}");
    }
}

/// A dispute recorded after a judgment or a verkställighet disputes nothing (the title stands),
/// as the timeline and `letter` read it: a later betalningsföreläggande is not flagged for it.
#[test]
fn a_dispute_after_a_title_disputes_nothing() {
    for steps in [
        json!([
            { "kind": "reminder", "date": "2025-10-06" },
            { "kind": "collectionDemand", "date": "2025-10-27" },
            { "kind": "courtAction", "date": "2025-11-20" },
            { "kind": "judgment", "date": "2026-01-15" },
            { "kind": "dispute", "date": "2026-02-01" },
            { "kind": "paymentOrder", "date": "2026-03-02" }
        ]),
        json!([
            { "kind": "reminder", "date": "2025-10-06" },
            { "kind": "collectionDemand", "date": "2025-10-27" },
            { "kind": "paymentOrder", "date": "2025-11-17" },
            { "kind": "enforcement", "date": "2025-12-29" },
            { "kind": "dispute", "date": "2026-01-10" },
            { "kind": "paymentOrder", "date": "2026-02-10" }
        ]),
    ] {
        let c = claim("consumer", true, steps.clone());
        assert!(
            check(&c, None)
                .expect("check")
                .iter()
                .all(|f| f.code != FindingCode::PaymentOrderAfterDispute),
            "{steps}"
        );
    }
}

/// No utslag is given on the day of the application: a verkställighet on the day of the
/// betalningsföreläggande it rests on has no title yet (a warning), one a day later has.
#[test]
fn a_verkstallighet_on_the_day_of_its_payment_order_has_no_title() {
    let on = |enforced: &str| {
        claim(
            "consumer",
            false,
            json!([
                { "kind": "collectionDemand", "date": "2025-10-06", "paymentTermDays": 10 },
                { "kind": "paymentOrder", "date": "2025-10-20" },
                { "kind": "enforcement", "date": enforced }
            ]),
        )
    };
    let titles = |c: &Claim| {
        check(c, None)
            .expect("check")
            .iter()
            .filter(|f| f.code == FindingCode::EnforcementWithoutTitle)
            .count()
    };
    assert_eq!(titles(&on("2025-10-20")), 1);
    assert_eq!(titles(&on("2025-10-21")), 0);
}

/// A second fee-claiming step that records `fee: true` is told its fee must be removed, not
/// "if one was charged"; a payment order resting on an inkassokrav sent too early names the
/// invoices that were not yet due.
#[test]
fn findings_say_what_the_history_records() {
    let twice = claim(
        "consumer",
        true,
        json!([
            { "kind": "reminder", "date": "2025-10-06" },
            { "kind": "reminder", "date": "2025-10-20", "fee": true }
        ]),
    );
    let f = check(&twice, None).expect("check");
    let texts: Vec<String> = f
        .iter()
        .filter(|f| f.code == FindingCode::FeeChargedTwice)
        .map(|f| f.text().en)
        .collect();
    assert_eq!(
        texts,
        vec!["Another payment reminder on 2025-10-20 earns no new fee: the fee it claimed must be removed.".to_owned()]
    );
    let two = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" },
            { "number": "B", "amount": "1000.00", "issueDate": "2025-09-20", "dueDate": "2025-10-20" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-10-16", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2025-11-03" }
        ]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    let f = check(&two, None).expect("check");
    let invalid: Vec<String> = f
        .iter()
        .filter(|f| f.code == FindingCode::PaymentOrderOnInvalidDemand)
        .map(|f| f.text().sv)
        .collect();
    assert_eq!(
        invalid,
        vec!["Ansökan om betalningsföreläggande 2025-11-03 vilar på inkassokravet 2025-10-16, som skickades innan förfallodagen hade passerat för faktura B: skicka ett giltigt inkassokrav först.".to_owned()]
    );
}

/// A reminder or inkassokrav sent after a dispute that stands (a legal review: a new
/// inkassokrav after a recorded dispute was not flagged; Inkassonämnden 340/2022 calls further
/// demands after a substantive dispute undue pressure). A dispute of the same day, one decided
/// by a judgment, and a letter before the dispute are not flagged.
#[test]
fn a_demand_after_a_dispute() {
    let demand = json!({ "kind": "collectionDemand", "date": "2025-10-10", "paymentTermDays": 10 });
    let dispute = json!({ "kind": "dispute", "date": "2025-10-14" });
    let c = claim(
        "consumer",
        false,
        json!([demand, dispute, { "kind": "reminder", "date": "2025-10-20", "fee": false }, { "kind": "collectionDemand", "date": "2025-11-03", "fee": false }]),
    );
    let f = check(&c, None).expect("check");
    assert_eq!(
        codes(&f),
        vec![
            (
                FindingCode::DemandAfterDispute,
                Severity::Error,
                Source::History,
                Some(2)
            ),
            (
                FindingCode::DemandAfterDispute,
                Severity::Error,
                Source::History,
                Some(3)
            ),
        ]
    );
    assert_eq!(f[0].kind, Some(EntryKind::Reminder));
    let text = inkasso::text::finding(&f[1]);
    assert_eq!(
        (text.sv.as_str(), text.en.as_str()),
        (
            "Inkassokravet 2025-11-03 skickades sedan gäldenären bestridit fordran 2025-10-14: en tvistig fordran prövas av domstol och krävs inte på nytt.",
            "The debt-collection demand of 2025-11-03 was sent after the debtor disputed the claim on 2025-10-14: a disputed claim is tried by a court, not demanded again."
        )
    );
    assert_eq!(
        FindingCode::DemandAfterDispute.as_str(),
        "DEMAND_AFTER_DISPUTE"
    );
    for steps in [
        // Decided by a judgment before the new demand.
        json!([demand, dispute, { "kind": "judgment", "date": "2025-10-30" }, { "kind": "collectionDemand", "date": "2025-11-03", "fee": false }]),
        // A dispute of the demand's own day answers it.
        json!([demand, { "kind": "dispute", "date": "2025-10-10" }]),
        // The dispute comes after.
        json!([demand, { "kind": "reminder", "date": "2025-10-12", "fee": false }, dispute]),
    ] {
        let f = check(&claim("consumer", false, steps.clone()), None).expect("check");
        assert!(
            f.iter().all(|f| f.code != FindingCode::DemandAfterDispute),
            "{steps}: {f:?}"
        );
    }
}

/// An inkassokrav on or before the deadline a recorded reminder gave (a legal review: a demand
/// five days into a 14-day reminder term, and one on the reminder's own day, earned both fees
/// unflagged). Its fee is hardly "skäligen påkallad" (lag 1981:739 4 § första stycket): a
/// warning. The deadline is moved off a day off; a reminder without a recorded term is not
/// judged (the policy's term is an assumption).
#[test]
fn a_demand_before_the_reminders_deadline() {
    // Reminder 2025-10-03 with 14 days: 2025-10-17 (a Friday).
    let reminder = json!({ "kind": "reminder", "date": "2025-10-03", "paymentTermDays": 14 });
    for (day, flagged) in [
        ("2025-10-03", true),
        ("2025-10-08", true),
        ("2025-10-17", true),
        ("2025-10-18", false),
    ] {
        let c = claim(
            "consumer",
            true,
            json!([reminder, { "kind": "collectionDemand", "date": day }]),
        );
        let f = check(&c, None).expect("check");
        let found: Vec<_> = f
            .iter()
            .filter(|f| f.code == FindingCode::DemandBeforeReminderDeadline)
            .map(|f| (f.severity, f.step, f.kind))
            .collect();
        let want = if flagged {
            vec![(
                Severity::Warning,
                Some(1),
                Some(EntryKind::CollectionDemand),
            )]
        } else {
            vec![]
        };
        assert_eq!(found, want, "{day}");
    }
    let c = claim(
        "consumer",
        true,
        json!([reminder, { "kind": "collectionDemand", "date": "2025-10-08" }]),
    );
    let f = check(&c, None).expect("check");
    let text = inkasso::text::finding(&f[0]);
    assert_eq!(
        text.sv,
        "Inkassokravet 2025-10-08 skickades innan betalningstiden i betalningspåminnelsen 2025-10-03 hade gått ut (2025-10-17): gäldenären fick inte den tid påminnelsen gav, och en inkassoavgift för kravet är då knappast skäligen påkallad."
    );
    assert_eq!(
        f[0].rule(),
        "lag (1981:739) om ersättning för inkassokostnader m.m. 4 § första stycket: ersättning bara för kostnader som varit skäligen påkallade; inkassolagen (1974:182) 4 § (god inkassosed)"
    );
    // A deadline on a Saturday moves to Monday: 2025-10-04 + 14 = 2025-10-18 → 2025-10-20.
    let moved = claim(
        "consumer",
        true,
        json!([{ "kind": "reminder", "date": "2025-10-04", "paymentTermDays": 14 }, { "kind": "collectionDemand", "date": "2025-10-20" }]),
    );
    assert!(check(&moved, None)
        .expect("check")
        .iter()
        .any(|f| f.code == FindingCode::DemandBeforeReminderDeadline));
    // A reminder that reminded of nothing (sent before the due date: `REMINDER_NOT_OVERDUE`)
    // sets no deadline the timeline waits for, and is not judged either (a diff review: its
    // 60-day term flagged the inkassokrav the timeline itself projects).
    let early = claim(
        "consumer",
        true,
        json!([{ "kind": "reminder", "date": "2025-09-20", "paymentTermDays": 60 }, { "kind": "collectionDemand", "date": "2025-10-08" }]),
    );
    let f = check(&early, None).expect("check");
    assert!(f.iter().any(|f| f.code == FindingCode::ReminderNotOverdue));
    assert!(f
        .iter()
        .all(|f| f.code != FindingCode::DemandBeforeReminderDeadline));
    // No recorded term: not judged, with or without a policy.
    let unknown = claim(
        "consumer",
        true,
        json!([{ "kind": "reminder", "date": "2025-10-03" }, { "kind": "collectionDemand", "date": "2025-10-08" }]),
    );
    for policy in [None, Some(Policy::preset(PresetId::Standard))] {
        assert!(check(&unknown, policy.as_ref())
            .expect("check")
            .iter()
            .all(|f| f.code != FindingCode::DemandBeforeReminderDeadline));
    }
    // But on the reminder's own day, listed after it, the inkassokrav is early whatever the
    // term (a docs review: both fees earned without a word); listed before it, it is not.
    let same_day = |reminder_first: bool| {
        let reminder = json!({ "kind": "reminder", "date": "2025-10-03" });
        let demand = json!({ "kind": "collectionDemand", "date": "2025-10-03" });
        let steps = if reminder_first {
            json!([reminder, demand])
        } else {
            json!([demand, reminder])
        };
        check(&claim("consumer", true, steps), None)
            .expect("check")
            .into_iter()
            .filter(|f| f.code == FindingCode::DemandBeforeReminderDeadline)
            .map(|f| (f.severity, f.step, f.text().en))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        same_day(true),
        vec![(
            Severity::Warning,
            Some(1),
            "The debt-collection demand of 2025-10-03 was sent on the day of the reminder: the debtor had no time to pay after the reminder, so a fee for the demand is hardly reasonably called for.".to_owned()
        )]
    );
    assert_eq!(same_day(false), vec![]);
}

/// A compliance review: an inkassokrav of Friday 2025-06-13 with 8 days gave 2025-06-23
/// (the 21st, midsommardagen, moved to Monday), while god inkassosed asks for four bank days
/// after it can be assumed received, to the 24th. An application on the 24th is flagged, but
/// the text said the demand's deadline was the 24th; it says that is the one it should have
/// given. The rule of an application with no inkassokrav cites inkassolagen 6 §.
#[test]
fn an_application_before_an_extended_deadline_says_which_deadline() {
    let c = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "900", "issueDate": "2025-04-15", "dueDate": "2025-05-15" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-06-13", "paymentTermDays": 8 },
            { "kind": "paymentOrder", "date": "2025-06-24" }
        ]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    let findings = check(&c, None).expect("check");
    let f = findings
        .iter()
        .find(|f| f.code == FindingCode::PaymentOrderBeforeDeadline)
        .expect("flagged");
    assert_eq!(
        f.text().en,
        "The payment order of 2025-06-24 was applied for before the term to pay had run out: the debt-collection demand should have given 2025-06-24 as its deadline, so that the debtor had at least four bank days to pay or object after it can be assumed received (good collection practice)."
    );
    let without = claim(
        "consumer",
        false,
        json!([{ "kind": "paymentOrder", "date": "2025-11-17" }]),
    );
    let findings = check(&without, None).expect("check");
    let f = findings
        .iter()
        .find(|f| f.code == FindingCode::PaymentOrderWithoutDemand)
        .expect("flagged");
    assert!(
        f.rule().starts_with("inkassolagen (1974:182) 6 §"),
        "{}",
        f.rule()
    );
}

/// A compliance review: an inkassokrav sent Friday 2025-06-13, two days before a consumer
/// invoice of 2022-06-15 became time-barred (Sunday the 15th), is assumed to reach the debtor
/// on Tuesday the 17th: limitation is interrupted on receipt (preskriptionslagen 5 §), so
/// the betalningsföreläggande after it may demand a time-barred debt. `letter` warned of it
/// before sending; `check` said nothing of the recorded one. A warning on the letter's step.
#[test]
fn a_recorded_demand_received_after_the_preskription_date_is_warned_of() {
    let c = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "P-1", "amount": "3000.00", "issueDate": "2022-06-15", "dueDate": "2022-06-15" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-06-13", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2025-07-01" }
        ]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    let findings = check(&c, None).expect("check");
    let f: Vec<_> = findings
        .iter()
        .filter(|f| f.code == FindingCode::LimitationBeforeReceipt)
        .collect();
    assert_eq!(f.len(), 1, "{findings:?}");
    let f = f.first().expect("one");
    assert_eq!((f.severity, f.step), (Severity::Warning, Some(0)));
    assert_eq!(
        f.text().en,
        "The debt-collection demand of 2025-06-13 is assumed to reach the debtor only on 2025-06-17, but the limitation period of invoice P-1 ran out on 2025-06-15: limitation is interrupted only when the debtor receives the letter (preskriptionslagen 5 §). Had it arrived only on 2025-06-17, the invoice was already time-barred, and later steps then concern a time-barred debt, which may not be demanded. Check when the debtor received the letter."
    );
    // Sent a week earlier, it arrives in time.
    let mut early = c.clone();
    if let Some(step) = early.steps.first_mut() {
        step.date = time::macros::date!(2025 - 06 - 05);
    }
    let findings = check(&early, None).expect("check");
    assert!(findings
        .iter()
        .all(|f| f.code != FindingCode::LimitationBeforeReceipt));
}

/// A compliance review: a betalningsföreläggande while the debtor paid the instalments of an
/// agreed amorteringsplan was clean. The plan's terms are not recorded, so `check` warns
/// (`LEGAL_ACTION_DURING_PLAN`) when legal action follows a plan, the latest step, with
/// payments since; not without payments since, nor after a step that came after the plan.
#[test]
fn legal_action_after_a_plan_being_paid_is_warned_of() {
    let with = |steps: Value, payments: Value| {
        let c = read::<ClaimInput, _>(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "9000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }],
            "steps": steps,
            "payments": payments
        }))
        .and_then(ClaimInput::into_claim)
        .expect("claim");
        check(&c, None)
            .expect("check")
            .into_iter()
            .filter(|f| f.code == FindingCode::LegalActionDuringPlan)
            .map(|f| (f.step, f.severity, f.text().en))
            .collect::<Vec<_>>()
    };
    let steps = json!([
        { "kind": "collectionDemand", "date": "2024-02-10" },
        { "kind": "paymentPlan", "date": "2024-03-01" },
        { "kind": "paymentOrder", "date": "2024-06-05" }
    ]);
    let paid = json!([
        { "date": "2024-03-28", "amount": "1000.00" },
        { "date": "2024-04-29", "amount": "1000.00" },
        { "date": "2024-05-28", "amount": "1000.00" }
    ]);
    assert_eq!(
        with(steps.clone(), paid.clone()),
        vec![(
            Some(2),
            Severity::Warning,
            "The application for a payment order of 2024-06-05 was filed after the instalment plan of 2024-03-01, and the debtor had paid since the plan (last on 2024-05-28). A plan the debtor keeps should not be set aside (good collection practice). Check that the debtor had in fact broken the plan, and record the day it ended (`ended`).".to_owned()
        )]
    );
    // Nothing paid since the plan: broken at its first instalment.
    assert!(with(steps, json!([])).is_empty());
    // A final notice after the plan: the plan is not the latest step.
    let noticed = json!([
        { "kind": "collectionDemand", "date": "2024-02-10" },
        { "kind": "paymentPlan", "date": "2024-03-01" },
        { "kind": "finalNotice", "date": "2024-05-20" },
        { "kind": "paymentOrder", "date": "2024-06-05" }
    ]);
    assert!(with(noticed, paid).is_empty());
}

/// The second diff review: `LIMITATION_BEFORE_RECEIPT` warned where a payment (or legal action)
/// on the preskription date interrupted anyway, or a second late letter hid the first;
/// `LEGAL_ACTION_DURING_PLAN` flagged a further year of verkställighet (a renewal,
/// which the timeline itself projects after a plan) and missed an action after one, or after a
/// plan recorded after another step of its day.
#[test]
fn receipt_and_plan_findings_read_the_history_as_limitation_and_the_timeline_do() {
    let run = |invoices: Value, steps: Value, payments: Value, code: FindingCode| {
        let c = read::<ClaimInput, _>(json!({
            "debtor": "consumer", "invoices": invoices, "steps": steps, "payments": payments
        }))
        .and_then(ClaimInput::into_claim)
        .expect("claim");
        check(&c, None)
            .expect("check")
            .into_iter()
            .filter(|f| f.code == code)
            .map(|f| f.step)
            .collect::<Vec<_>>()
    };
    let old = json!([{ "number": "1", "amount": "10000", "issueDate": "2022-03-10", "dueDate": "2022-04-10" }]);
    let receipt = FindingCode::LimitationBeforeReceipt;
    // A reminder of Friday 2025-03-07 arrives Tuesday the 11th, after the 10th.
    let reminder = json!([{ "kind": "reminder", "date": "2025-03-07" }]);
    assert_eq!(
        run(old.clone(), reminder.clone(), json!([]), receipt),
        vec![Some(0)]
    );
    // A payment on the 10th interrupts anyway.
    let paid = json!([{ "date": "2025-03-10", "amount": "100" }]);
    assert!(run(old.clone(), reminder, paid, receipt).is_empty());
    // Two letters, both arriving after the 10th: the first is said (the second is judged with
    // the first taken to have interrupted, on the day it was sent), and the second does not
    // hide it, as a letter received in time would.
    let two = json!([{ "kind": "reminder", "date": "2025-03-07" }, { "kind": "finalNotice", "date": "2025-03-10" }]);
    assert_eq!(run(old, two, json!([]), receipt), vec![Some(0)]);

    let plan = FindingCode::LegalActionDuringPlan;
    let invoice = json!([{ "number": "1", "amount": "10000", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }]);
    let paid = json!([{ "date": "2025-06-01", "amount": "1000" }]);
    // A further year after the plan is a renewal, not an action; a betalningsföreläggande
    // after that further year follows the plan still.
    let steps = json!([
        { "kind": "collectionDemand", "date": "2025-02-10" },
        { "kind": "paymentOrder", "date": "2025-03-01" },
        { "kind": "enforcement", "date": "2025-04-15" },
        { "kind": "paymentPlan", "date": "2025-05-01" },
        { "kind": "enforcement", "date": "2026-04-15", "furtherYear": true },
        { "kind": "paymentOrder", "date": "2026-05-04" }
    ]);
    assert_eq!(run(invoice.clone(), steps, paid, plan), vec![Some(5)]);
    // A plan recorded after an inkassokrav of its own day is the latest step.
    let same_day = json!([
        { "kind": "collectionDemand", "date": "2025-03-03" },
        { "kind": "paymentPlan", "date": "2025-03-03" },
        { "kind": "paymentOrder", "date": "2025-05-02" }
    ]);
    let paid = json!([{ "date": "2025-04-01", "amount": "1000" }]);
    assert_eq!(run(invoice, same_day, paid, plan), vec![Some(2)]);
}

/// A fuzz run: `check` with a policy charging fees on top of förseningsersättning refused a
/// claim whose invoice falls due after 2199-12-31 (issued on the last day, no due date) with
/// `DATE_OUT_OF_RANGE` at `asOf`, while every other export took it. It now judges such an
/// invoice on the last date, after which nothing happens.
#[test]
fn an_invoice_due_after_the_last_date_is_judged_on_it() {
    let c = read::<ClaimInput, _>(json!({
        "debtor": "public",
        "invoices": [
            { "number": "0", "amount": "10323.61", "issueDate": "2199-12-31" },
            { "number": "1", "amount": "1000.00", "issueDate": "2199-12-01", "dueDate": "2199-12-31" }
        ],
        "steps": [{ "kind": "collectionDemand", "date": "2199-12-31", "fee": false }]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    let p = policy(json!({ "preset": "standard", "fees": { "feesOnTopOfLateFee": true } }));
    check(&c, Some(&p)).expect("check");
}

/// A reminder sent before anything was overdue that records it claimed its fee (`fee: true`):
/// an error with the fee to remove, besides the warning that it reminds of nothing (a
/// TypeScript user's review: without the agreement it was only the warning, though the README
/// defines `REMINDER_FEE_NOT_AGREED` as exactly such a reminder; a plan's fee in the same
/// place was already an error).
#[test]
fn a_reminder_fee_claimed_before_anything_was_overdue_is_an_error() {
    let early = |agreed: bool, fee: Option<bool>| {
        let mut step = json!({ "kind": "reminder", "date": "2025-09-25" });
        if let (Some(o), Some(fee)) = (step.as_object_mut(), fee) {
            o.insert("fee".to_owned(), json!(fee));
        }
        check(&claim("consumer", agreed, json!([step])), None).expect("check")
    };
    let with_fees = |f: &[Finding]| -> Vec<(FindingCode, Severity, Option<String>)> {
        f.iter()
            .map(|f| (f.code, f.severity, f.fee.map(|m| m.to_string())))
            .collect()
    };
    let warning = |fee: Option<&str>| {
        (
            FindingCode::ReminderNotOverdue,
            Severity::Warning,
            fee.map(str::to_owned),
        )
    };
    // Not agreed, fee claimed: the README's REMINDER_FEE_NOT_AGREED, with the fee.
    assert_eq!(
        with_fees(&early(false, Some(true))),
        vec![
            warning(None),
            (
                FindingCode::ReminderFeeNotAgreed,
                Severity::Error,
                Some("60.00".to_owned())
            )
        ]
    );
    // Agreed, fee claimed: not recoverable before anything was overdue.
    let agreed = early(true, Some(true));
    assert_eq!(
        with_fees(&agreed),
        vec![
            warning(None),
            (
                FindingCode::FeeNotRecoverable,
                Severity::Error,
                Some("60.00".to_owned())
            )
        ]
    );
    assert_eq!(
        agreed.get(1).map(|f| f.text().en),
        Some("The reminder fee for the payment reminder of 2025-09-25 may not be charged: no invoice was overdue with capital unpaid that day (the act covers the costs of getting an overdue debt paid). Remove it.".to_owned())
    );
    // A reminder that does not say claims the agreed fee: the warning gives it, as before;
    // without the agreement it claimed none; one with `fee: false` claimed none either.
    assert_eq!(with_fees(&early(true, None)), vec![warning(Some("60.00"))]);
    assert_eq!(with_fees(&early(false, None)), vec![warning(None)]);
    assert_eq!(with_fees(&early(true, Some(false))), vec![warning(None)]);
    assert_eq!(with_fees(&early(false, Some(false))), vec![warning(None)]);
}

/// A policy that sends its reminder on the due date: a warning, as one that sends its
/// inkassokrav then (a TypeScript user's review: the timeline moved it with a note, `check`
/// said nothing).
#[test]
fn a_policy_reminder_on_the_due_date_is_warned_of() {
    let c = claim("consumer", true, json!([]));
    let on_due = policy(json!({ "preset": "standard", "reminder": { "daysAfterDue": 0 } }));
    let f = check(&c, Some(&on_due)).expect("check");
    assert_eq!(
        codes(&f),
        vec![(
            FindingCode::ReminderNotOverdue,
            Severity::Warning,
            Source::Policy,
            None
        )]
    );
    let finding = f.first().expect("a finding");
    assert_eq!(
        finding.field().as_deref(),
        Some("policy.reminder.daysAfterDue")
    );
    assert_eq!(finding.kind, Some(EntryKind::Reminder));
    assert_eq!(finding.fee, None);
    assert!(finding.text().en.starts_with(
        "Under the policy as it now reads, the payment reminder is sent on the due date"
    ));
    // A day later: nothing.
    let day_after = policy(json!({ "preset": "standard", "reminder": { "daysAfterDue": 1 } }));
    assert_eq!(check(&c, Some(&day_after)), Ok(vec![]));
}

/// A betalningsföreläggande after the inkassokrav's deadline but within a final notice's term
/// sent since (a legal review: the notice told the debtor Kronofogden would come only after
/// its deadline, and `check` said nothing); after that deadline, nothing.
#[test]
fn a_payment_order_within_a_final_notices_term_is_flagged() {
    let steps = |order: &str| {
        claim(
            "consumer",
            true,
            json!([
                { "kind": "reminder", "date": "2025-10-06", "paymentTermDays": 10 },
                { "kind": "collectionDemand", "date": "2025-10-27", "paymentTermDays": 10 },
                { "kind": "finalNotice", "date": "2025-11-12", "paymentTermDays": 10 },
                { "kind": "paymentOrder", "date": order }
            ]),
        )
    };
    // The final notice's deadline: 2025-11-22, a Saturday, moved to Monday 11-24.
    let early = check(&steps("2025-11-24"), None).expect("check");
    let flagged: Vec<&Finding> = early
        .iter()
        .filter(|f| f.code == FindingCode::PaymentOrderBeforeDeadline)
        .collect();
    assert_eq!(flagged.len(), 1, "{early:?}");
    assert_eq!(flagged[0].step, Some(3));
    assert_eq!(
        flagged[0].text().sv,
        "Ansökan om betalningsföreläggande 2025-11-24 gjordes innan sista betalningsdagen 2025-11-24 i den slutliga påminnelsen av 2025-11-12 hade passerat."
    );
    let later = check(&steps("2025-11-25"), None).expect("check");
    assert!(
        later
            .iter()
            .all(|f| f.code != FindingCode::PaymentOrderBeforeDeadline),
        "{later:?}"
    );
    // A later notice with a shorter term does not take back the time an earlier one gave
    // (a diff review): 11-12 + 30 days = 12-12, still running on 12-01.
    let two = claim(
        "consumer",
        true,
        json!([
            { "kind": "collectionDemand", "date": "2025-10-27", "paymentTermDays": 10 },
            { "kind": "finalNotice", "date": "2025-11-12", "paymentTermDays": 30 },
            { "kind": "finalNotice", "date": "2025-11-18", "paymentTermDays": 8 },
            { "kind": "paymentOrder", "date": "2025-12-01" }
        ]),
    );
    let findings = check(&two, None).expect("check");
    let texts: Vec<String> = findings
        .iter()
        .filter(|f| f.code == FindingCode::PaymentOrderBeforeDeadline)
        .map(|f| f.text().sv.clone())
        .collect();
    assert_eq!(
        texts,
        vec!["Ansökan om betalningsföreläggande 2025-12-01 gjordes innan sista betalningsdagen 2025-12-12 i den slutliga påminnelsen av 2025-11-12 hade passerat.".to_owned()]
    );
}

/// `check` reads a recorded final notice as `letter` judges one: after an inkassokrav, once it
/// is left unpaid by its deadline (FINAL_NOTICE_TOO_EARLY otherwise), and a letter during a recorded
/// amorteringsplan as `letter` warns of one (DEMAND_DURING_PLAN); both warnings.
#[test]
fn final_notices_too_early_and_letters_during_a_plan_are_flagged_as_letter_judges_them() {
    let findings = |steps: Value| {
        check(&claim("consumer", true, steps), None)
            .expect("check")
            .into_iter()
            .filter(|f| {
                matches!(
                    f.code,
                    FindingCode::FinalNoticeTooEarly | FindingCode::DemandDuringPlan
                )
            })
            .map(|f| (f.code, f.severity, f.step, f.text().sv.clone()))
            .collect::<Vec<_>>()
    };
    // The inkassokrav of 10-27 gives 10 days: 11-06. A final notice on 11-05 is too early,
    // one on 11-07 is not.
    assert_eq!(
        findings(json!([
            { "kind": "collectionDemand", "date": "2025-10-27", "paymentTermDays": 10 },
            { "kind": "finalNotice", "date": "2025-11-05", "paymentTermDays": 10 }
        ])),
        vec![(
            FindingCode::FinalNoticeTooEarly,
            Severity::Warning,
            Some(1),
            "Den slutliga påminnelsen 2025-11-05 skickades innan sista betalningsdagen 2025-11-06 i inkassokravet av 2025-10-27 hade passerat: den kortar inkassokravets betalningstid.".to_owned()
        )]
    );
    assert_eq!(
        findings(json!([
            { "kind": "collectionDemand", "date": "2025-10-27", "paymentTermDays": 10 },
            { "kind": "finalNotice", "date": "2025-11-07", "paymentTermDays": 10 }
        ])),
        vec![]
    );
    // On the deadline itself: the debtor has the whole day (a mutation test found the
    // boundary untested).
    let on_the_day = findings(json!([
        { "kind": "collectionDemand", "date": "2025-10-27", "paymentTermDays": 10 },
        { "kind": "finalNotice", "date": "2025-11-06", "paymentTermDays": 10 }
    ]));
    assert_eq!(
        on_the_day.iter().map(|f| (f.0, f.2)).collect::<Vec<_>>(),
        vec![(FindingCode::FinalNoticeTooEarly, Some(1))]
    );
    // With no inkassokrav before it, the last reminder (the remindersOnly preset's road).
    assert_eq!(
        findings(json!([
            { "kind": "reminder", "date": "2025-10-06" },
            { "kind": "finalNotice", "date": "2025-11-07", "paymentTermDays": 10 }
        ])),
        vec![]
    );
    // Once Kronofogden has the claim, a final notice is a demand on that road.
    assert_eq!(
        findings(json!([
            { "kind": "paymentOrder", "date": "2025-11-03" },
            { "kind": "finalNotice", "date": "2025-11-07", "paymentTermDays": 10 }
        ])),
        vec![]
    );
    // A letter during a plan, not once it ended or Kronofogden's road followed it.
    let plan = json!({ "kind": "paymentPlan", "date": "2025-11-10" });
    let demand = json!({ "kind": "collectionDemand", "date": "2025-10-27", "paymentTermDays": 10 });
    let during = findings(json!([demand, plan, { "kind": "reminder", "date": "2025-12-01" }]));
    assert_eq!(during.len(), 1, "{during:?}");
    assert_eq!(
        (during[0].0, during[0].1, during[0].2),
        (FindingCode::DemandDuringPlan, Severity::Warning, Some(2))
    );
    assert!(
        during[0].3.starts_with(
            "Betalningspåminnelsen 2025-12-01 skickades medan amorteringsplanen 2025-11-10 gällde"
        ),
        "{}",
        during[0].3
    );
    let ended = json!({ "kind": "paymentPlan", "date": "2025-11-10", "ended": "2025-11-30" });
    assert_eq!(
        findings(json!([demand, ended, { "kind": "reminder", "date": "2025-12-01" }])),
        vec![]
    );
    // On the day it ended, no longer during it; the day before, still (a mutation test).
    assert_eq!(
        findings(json!([demand, ended, { "kind": "reminder", "date": "2025-11-30" }])),
        vec![]
    );
    let day_before = findings(json!([demand, ended, { "kind": "reminder", "date": "2025-11-29" }]));
    assert_eq!(
        day_before.iter().map(|f| (f.0, f.2)).collect::<Vec<_>>(),
        vec![(FindingCode::DemandDuringPlan, Some(2))]
    );
}

/// An inkassokrav recorded without a term is dated by the policy's term, as the timeline dates
/// it and `PAYMENT_ORDER_BEFORE_DEADLINE` judges it: a final notice before that deadline is too
/// early under the policy, not with no policy (8 days). A docs review found it judged by 8
/// days whatever the policy.
#[test]
fn a_final_notice_is_judged_against_the_policys_inkassokrav_term() {
    let early = |notice: &str, policy: Option<&Policy>| {
        let steps = json!([
            { "kind": "collectionDemand", "date": "2025-10-27" },
            { "kind": "finalNotice", "date": notice, "paymentTermDays": 10 }
        ]);
        check(&claim("consumer", true, steps), policy)
            .expect("check")
            .into_iter()
            .filter(|f| f.code == FindingCode::FinalNoticeTooEarly)
            .map(|f| (f.step, f.text().en.clone()))
            .collect::<Vec<_>>()
    };
    // The preset's 10 days: 2025-11-06. With no policy, 8 days: 2025-11-04.
    let ten = policy(json!({ "preset": "reminderDemandFinalNotice" }));
    assert_eq!(ten.collection_demand.map(|s| s.payment_term_days), Some(10));
    assert_eq!(
        early("2025-11-05", Some(&ten)),
        vec![(
            Some(1),
            "The final notice of 2025-11-05 was sent before the deadline 2025-11-06 of the debt-collection demand of 2025-10-27 had passed: it cuts the demand's term short.".to_owned()
        )]
    );
    assert_eq!(early("2025-11-06", Some(&ten)).len(), 1);
    assert_eq!(early("2025-11-07", Some(&ten)), vec![]);
    assert_eq!(early("2025-11-05", None), vec![]);
    assert_eq!(early("2025-11-04", None).len(), 1);
    // A policy term under 8 days never shortens the lawful deadline.
    let five = policy(
        json!({ "preset": "reminderDemandFinalNotice", "collectionDemand": { "paymentTermDays": 5 } }),
    );
    assert_eq!(early("2025-11-04", Some(&five)).len(), 1);
    assert_eq!(early("2025-11-05", Some(&five)), vec![]);
}

/// A final notice that is a demand (after a lawful inkassokrav, or once Kronofogden has the
/// claim) is held to the inkassokrav's 8 days, as `letter` holds it: its own term, the
/// policy's, and the term the policy's is assumed to give when one is recorded without a term.
/// The last reminder (no inkassokrav before it) gives any term.
#[test]
fn a_final_notice_that_is_a_demand_is_held_to_the_inkassokravs_term() {
    let terms = |steps: Value, policy: Option<&Policy>| {
        check(&claim("consumer", true, steps), policy)
            .expect("check")
            .into_iter()
            .filter(|f| f.code == FindingCode::CollectionTermTooShort)
            .map(|f| (f.severity, f.source, f.step, f.field(), f.text().sv.clone()))
            .collect::<Vec<_>>()
    };
    let demand = json!({ "kind": "collectionDemand", "date": "2025-10-27", "paymentTermDays": 10 });
    assert_eq!(
        terms(
            json!([demand, { "kind": "finalNotice", "date": "2025-11-10", "paymentTermDays": 5 }]),
            None
        ),
        vec![(
            Severity::Error,
            Source::History,
            Some(1),
            Some("steps[1]".into()),
            "Den slutliga påminnelsen 2025-11-10 ger 5 dagars betalningstid; efter ett inkassokrav kräver god inkassosed minst 8 dagar, som för inkassokravet.".to_owned()
        )]
    );
    // Eight days is enough; the last reminder gives any term; on Kronofogden's road it is a
    // demand again.
    let ok = json!([demand, { "kind": "finalNotice", "date": "2025-11-10", "paymentTermDays": 8 }]);
    assert_eq!(terms(ok, None), vec![]);
    let last_reminder = json!([
        { "kind": "reminder", "date": "2025-10-06" },
        { "kind": "finalNotice", "date": "2025-11-07", "paymentTermDays": 3 }
    ]);
    assert_eq!(terms(last_reminder, None), vec![]);
    let on_the_road = terms(
        json!([
            { "kind": "paymentOrder", "date": "2025-11-03" },
            { "kind": "finalNotice", "date": "2025-11-07", "paymentTermDays": 3 }
        ]),
        None,
    );
    assert_eq!(on_the_road.len(), 1, "{on_the_road:?}");
    assert_eq!(on_the_road[0].2, Some(1));
    // Steps of one day are in the order given: listed before that day's betalningsföreläggande,
    // the notice came before it (a property campaign, seed 13160).
    let same_day = |order_first: bool| {
        let order = json!({ "kind": "paymentOrder", "date": "2025-11-07" });
        let notice = json!({ "kind": "finalNotice", "date": "2025-11-07", "paymentTermDays": 3 });
        let steps = if order_first {
            json!([order, notice])
        } else {
            json!([notice, order])
        };
        terms(steps, None)
            .into_iter()
            .map(|f| f.2)
            .collect::<Vec<_>>()
    };
    assert_eq!(same_day(true), vec![Some(1)]);
    assert_eq!(same_day(false), vec![]);

    // The policy's final notice follows its inkassokrav: a demand.
    let short = policy(
        json!({ "preset": "reminderDemandFinalNotice", "finalNotice": { "paymentTermDays": 5 } }),
    );
    let policy_terms = terms(json!([]), Some(&short));
    assert_eq!(
        policy_terms,
        vec![(
            Severity::Error,
            Source::Policy,
            None,
            Some("policy.finalNotice.paymentTermDays".into()),
            "Policyns slutliga påminnelse ger 5 dagars betalningstid; efter inkassokravet kräver god inkassosed minst 8 dagar, som för inkassokravet.".to_owned()
        )]
    );
    // A policy of reminders only ends with the last reminder: any term.
    let reminders =
        policy(json!({ "preset": "remindersOnly", "finalNotice": { "paymentTermDays": 5 } }));
    assert_eq!(terms(json!([]), Some(&reminders)), vec![]);

    // Recorded without a term under that policy, it is assumed to give the 8 days: a
    // betalningsföreläggande 6 days after it is before its deadline (11-10 + 8 = 11-18).
    let before = |order: &str| {
        check(
            &claim(
                "consumer",
                true,
                json!([
                    demand,
                    { "kind": "finalNotice", "date": "2025-11-10" },
                    { "kind": "paymentOrder", "date": order }
                ]),
            ),
            Some(&short),
        )
        .expect("check")
        .into_iter()
        .filter(|f| f.code == FindingCode::PaymentOrderBeforeDeadline)
        .map(|f| f.text().sv.clone())
        .collect::<Vec<_>>()
    };
    assert_eq!(
        before("2025-11-16"),
        vec!["Ansökan om betalningsföreläggande 2025-11-16 gjordes innan sista betalningsdagen 2025-11-18 i den slutliga påminnelsen av 2025-11-10 hade passerat.".to_owned()]
    );
    assert_eq!(before("2025-11-19"), Vec::<String>::new());
}

/// A1 (due 2025-10-01) demanded, sent to Kronofogden, disputed on Monday 2025-11-24, and
/// transferred to the tingsrätt on `transfer`.
fn transferred_on(transfer: &str) -> Claim {
    claim(
        "consumer",
        false,
        json!([
            { "kind": "collectionDemand", "date": "2025-10-06" },
            { "kind": "paymentOrder", "date": "2025-11-03" },
            { "kind": "dispute", "date": "2025-11-24" },
            { "kind": "courtAction", "date": transfer }
        ]),
    )
}

fn transfer_findings(
    c: &Claim,
    p: Option<&Policy>,
) -> Vec<(FindingCode, Severity, Source, Option<usize>)> {
    let mut found = codes(&check(c, p).expect("check"));
    found.retain(|f| f.0 == FindingCode::TransferRequestLate);
    found
}

#[test]
fn a_transfer_asked_for_after_four_weeks_may_be_too_late() {
    // Four weeks after the dispute is Monday 2025-12-22: in time on it, late the day after
    // (lag 1990:746 34 §, from the notice's day, which follows the dispute: a warning).
    assert_eq!(transfer_findings(&transferred_on("2025-12-22"), None), []);
    let late = transferred_on("2025-12-23");
    assert_eq!(
        transfer_findings(&late, None),
        [(
            FindingCode::TransferRequestLate,
            Severity::Warning,
            Source::History,
            Some(3)
        )]
    );
    let findings = check(&late, None).expect("check");
    let f = findings
        .iter()
        .find(|f| f.code == FindingCode::TransferRequestLate)
        .expect("finding");
    assert!(f.rule().contains("1990:746"), "{}", f.rule());
    assert!(f.text().en.contains("2025-12-22"), "{}", f.text().en);
    assert_eq!(f.field().as_deref(), Some("steps[3]"));
}

#[test]
fn the_four_weeks_end_on_the_next_weekday_after_a_day_off() {
    // Disputed on Saturday 2025-11-29: four weeks later is Saturday 2025-12-27, so the last
    // day is Monday 2025-12-29 (lag 1930:173 2 §; 2025-12-28 is a Sunday).
    let mut c = transferred_on("2025-12-29");
    if let Some(dispute) = c.steps.get_mut(2) {
        dispute.date = time::macros::date!(2025 - 11 - 29);
    }
    assert_eq!(transfer_findings(&c, None), []);
    if let Some(transfer) = c.steps.get_mut(3) {
        transfer.date = time::macros::date!(2025 - 12 - 30);
    }
    assert_eq!(transfer_findings(&c, None).len(), 1);
}

#[test]
fn a_stamningsansokan_is_not_a_transfer() {
    // No betalningsföreläggande: the court action is the creditor's own stämningsansökan,
    // however long after the dispute.
    let c = claim(
        "consumer",
        false,
        json!([
            { "kind": "collectionDemand", "date": "2025-10-06" },
            { "kind": "dispute", "date": "2025-10-10" },
            { "kind": "courtAction", "date": "2026-03-01" }
        ]),
    );
    assert_eq!(transfer_findings(&c, None), []);
}

#[test]
fn a_policy_that_waits_over_four_weeks_to_transfer() {
    let slow = policy(json!({ "preset": "standard", "court": { "daysAfterDispute": 29 } }));
    let c = claim("consumer", false, clean_steps());
    let findings = check(&c, Some(&slow)).expect("check");
    let f = findings
        .iter()
        .find(|f| f.code == FindingCode::TransferRequestLate)
        .expect("policy finding");
    assert_eq!(
        (f.severity, f.source, f.field().as_deref()),
        (
            Severity::Warning,
            Source::Policy,
            Some("policy.court.daysAfterDispute")
        )
    );
    assert!(f.text().en.contains("29 days"), "{}", f.text().en);
    // Four weeks is lawful.
    let in_time = policy(json!({ "preset": "standard", "court": { "daysAfterDispute": 28 } }));
    assert_eq!(transfer_findings(&c, Some(&in_time)), []);
}

#[test]
fn the_timeline_says_when_its_projected_transfer_is_past_the_four_weeks() {
    let c = claim(
        "consumer",
        false,
        json!([
            { "kind": "collectionDemand", "date": "2025-10-06" },
            { "kind": "paymentOrder", "date": "2025-11-03" },
            { "kind": "dispute", "date": "2025-11-24" }
        ]),
    );
    let court = policy(json!({ "preset": "standard", "court": {} }));
    let notes_on = |today: time::Date| {
        let options = inkasso::timeline::TimelineOptions {
            today: Some(today),
            ..inkasso::timeline::TimelineOptions::default()
        };
        let t = inkasso::timeline::timeline(&c, &court, &options).expect("timeline");
        let transfer = t
            .entries
            .iter()
            .find(|e| {
                e.kind == EntryKind::CourtAction
                    && e.status == inkasso::timeline::EntryStatus::Projected
            })
            .expect("a projected transfer");
        transfer
            .notes
            .iter()
            .filter(|n| n.code == inkasso::warning::WarningCode::TransferRequestLate)
            .map(|n| n.text().en)
            .collect::<Vec<_>>()
    };
    // In time: projected 14 days after the dispute.
    assert_eq!(
        notes_on(time::macros::date!(2025 - 12 - 01)),
        Vec::<String>::new()
    );
    // Seen two months on, it is projected on today: past 2025-12-22.
    let late = notes_on(time::macros::date!(2026 - 01 - 24));
    assert_eq!(late.len(), 1, "{late:?}");
    assert!(late.iter().all(|t| t.contains("2025-12-22")), "{late:?}");
}
