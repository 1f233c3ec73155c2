//! A second stämningsansökan while the first case is before the court: by the engine's
//! convention the court joins the cases of one creditor against one debtor (rättegångsbalken
//! 14 kap. 6 §, a discretion; a Known limit), so the
//! second brings the invoices overdue on its day into the case, and the judgment decides them
//! all. A review (stop 75) found the second read as the first's: it interrupted no preskription
//! of the invoice it was about, the projected judgment decided only the first case's invoice,
//! and a betalningsföreläggande was projected for the other while it was before the court.
mod common;

use common::stability::{self, timeline};
use inkasso::timeline::{EntryKind, EntryStatus};
use serde_json::{json, Value};

fn court() -> Value {
    json!({ "preset": "standard", "court": {} })
}

/// F1, due before the first filing, and F2, due between the two filings.
fn f1_f2() -> Value {
    json!([
        { "number": "F1", "amount": "20000.00", "issueDate": "2023-01-01", "dueDate": "2023-01-31" },
        { "number": "F2", "amount": "15000.00", "issueDate": "2023-03-01", "dueDate": "2023-04-01" }
    ])
}

/// F1 disputed and before the court (2023-03-20); F2 falls due after it, is demanded, and
/// goes to court on 2023-05-20, before any judgment.
fn two_filings() -> Value {
    json!({
        "debtor": "consumer",
        "invoices": f1_f2(),
        "steps": [
            { "kind": "collectionDemand", "date": "2023-02-10" },
            { "kind": "dispute", "date": "2023-02-15" },
            { "kind": "courtAction", "date": "2023-03-20" },
            { "kind": "collectionDemand", "date": "2023-04-20" },
            { "kind": "courtAction", "date": "2023-05-20" }
        ]
    })
}

fn projected(claim: &Value, today: &str) -> Vec<(EntryKind, String)> {
    timeline(claim, &court(), Some(today), "2026-12-31")
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| (e.kind, e.date.to_string()))
        .collect()
}

#[test]
fn the_second_stamningsansokan_interrupts_the_preskription_of_its_invoice() {
    let claim = common::claim(two_filings()).expect("claim");
    let l = inkasso::limitation::limitation(&claim).expect("limitation");
    for invoice in &l.invoices {
        let interruption = invoice.interruption.as_ref().expect("interrupted");
        assert_eq!(
            (interruption.date.to_string(), interruption.kind),
            (
                "2023-05-20".to_owned(),
                inkasso::limitation::InterruptionKind::CourtAction
            ),
            "{}",
            invoice.invoice
        );
    }
    // Not by the inkassokrav of 2023-04-20 (three years from it): a new period from the
    // case's assumed end.
    assert!(
        l.preskription_date.to_string().as_str() > "2026-04-20",
        "{l:?}"
    );
}

#[test]
fn one_judgment_decides_both_and_nothing_is_demanded_while_they_are_before_the_court() {
    let road = projected(&two_filings(), "2023-07-05");
    let kinds: Vec<EntryKind> = road.iter().map(|(k, _)| *k).collect();
    assert!(
        !kinds.contains(&EntryKind::PaymentOrder) && !kinds.contains(&EntryKind::CollectionDemand),
        "{road:?}"
    );
    assert_eq!(
        road.iter()
            .filter(|(k, _)| *k == EntryKind::Judgment)
            .count(),
        1,
        "{road:?}"
    );
    // The judgment comes after the second filing's assumed 120 days (2023-09-17, a Sunday).
    assert_eq!(
        road.first(),
        Some(&(EntryKind::Judgment, "2023-09-18".to_owned()))
    );
    assert_eq!(road.get(1).map(|(k, _)| *k), Some(EntryKind::Enforcement));
}

#[test]
fn the_joined_case_is_stable_as_it_is_recorded() {
    stability::stays_the_same_from(
        two_filings(),
        &court(),
        Some("2023-07-05"),
        "2026-12-31",
        3,
        stability::key_with_fees,
    );
}

#[test]
fn check_finds_nothing_wrong_with_the_recorded_road() {
    // Without the inkassokrav of 2023-04-20, which demands the disputed F1 too
    // (`DEMAND_AFTER_DISPUTE`): a stämningsansökan needs none.
    let mut claim = two_filings();
    let steps = claim["steps"].as_array_mut().expect("steps");
    steps.retain(|s| s["date"] != "2023-04-20");
    steps.push(json!({ "kind": "judgment", "date": "2023-09-18" }));
    steps.push(json!({ "kind": "enforcement", "date": "2023-09-19" }));
    let c = common::claim(claim).expect("claim");
    let findings = inkasso::compliance::check(&c, Some(&common::policy(court()))).expect("check");
    assert!(findings.is_empty(), "{findings:?}");
}

/// The court fee lines of the statement of `claim` on 2023-10-01.
fn court_fees(claim: Value) -> Vec<(String, String)> {
    common::court_fee_lines(&common::claim(claim).expect("claim"), "2023-10-01")
}

fn court_fee(amount: &str) -> (String, String) {
    ("courtFee".to_owned(), amount.to_owned())
}

#[test]
fn a_second_stamningsansokan_for_new_debt_costs_its_own_ansokningsavgift() {
    // 900 kr each: F1 and F2 each below half a prisbasbelopp (26 250 kr in 2023).
    assert_eq!(
        court_fees(two_filings()),
        [court_fee("900.00"), court_fee("900.00")]
    );
}

#[test]
fn the_second_application_is_valued_on_its_own_invoices() {
    // F2 of 10 000 kr: the two together (over 30 000 kr) are over half a prisbasbelopp, the
    // second application alone is not: 900 kr, not 2 800 kr.
    let mut claim = two_filings();
    claim["invoices"][1]["amount"] = json!("10000.00");
    assert_eq!(
        court_fees(claim),
        [court_fee("900.00"), court_fee("900.00")]
    );
    // F2 of 30 000 kr alone is over it.
    let mut claim = two_filings();
    claim["invoices"][1]["amount"] = json!("30000.00");
    assert_eq!(
        court_fees(claim),
        [court_fee("900.00"), court_fee("2800.00")]
    );
}

#[test]
fn a_second_filing_about_nothing_new_costs_no_second_fee() {
    // F2 paid before the second filing: nothing fell due since the first that is owed.
    let mut claim = two_filings();
    claim["payments"] = json!([{ "date": "2023-05-01", "amount": "15500.00", "invoice": "F2" }]);
    assert_eq!(court_fees(claim.clone()), [court_fee("900.00")]);
    let c = common::claim(claim).expect("claim");
    let s = inkasso::statement::statement(
        &c,
        &inkasso::statement::StatementOptions::new(common::date("2023-10-01")),
    )
    .expect("statement");
    assert!(
        common::has_warning(
            &s,
            inkasso::warning::WarningCode::FeeAlreadyCharged,
            Some("steps[4]")
        ),
        "{:?}",
        common::warning_codes(&s)
    );
}

#[test]
fn a_case_after_the_first_judgment_costs_its_own_ansokningsavgift() {
    let claim = json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "20000.00", "issueDate": "2023-01-01", "dueDate": "2023-01-31" },
            { "number": "F2", "amount": "15000.00", "issueDate": "2023-06-01", "dueDate": "2023-07-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2023-02-10" },
            { "kind": "dispute", "date": "2023-02-15" },
            { "kind": "courtAction", "date": "2023-03-20" },
            { "kind": "judgment", "date": "2023-06-20" },
            { "kind": "collectionDemand", "date": "2023-07-20" },
            { "kind": "dispute", "date": "2023-07-25" },
            { "kind": "courtAction", "date": "2023-09-01" }
        ]
    });
    assert_eq!(
        court_fees(claim.clone()),
        [court_fee("900.00"), court_fee("900.00")]
    );
    // Its judgment is projected, after the first title's verkställighet.
    let road = projected(&claim, "2023-09-05");
    assert!(
        road.contains(&(EntryKind::Judgment, "2024-01-02".to_owned())),
        "{road:?}"
    );
}

/// The diff harness's seed 1409: two stämningsansökningar (F2's, then X's), then two
/// judgments with no filing between them: a judgment for each case, not one for both and its
/// appeal.
fn two_filings_two_judgments() -> Value {
    json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "8210.00", "issueDate": "2019-09-26", "dueDate": "2019-10-26" },
            { "number": "F2", "amount": "30429.00", "issueDate": "2020-03-21", "dueDate": "2020-04-20" },
            { "number": "X", "amount": "20000.00", "issueDate": "2020-04-28", "dueDate": "2020-06-27" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2019-11-06" },
            { "kind": "paymentOrder", "date": "2019-12-08" },
            { "kind": "enforcement", "date": "2020-02-29" },
            { "kind": "collectionDemand", "date": "2020-04-26" },
            { "kind": "dispute", "date": "2020-05-11", "withdrawn": "2021-04-22" },
            { "kind": "courtAction", "date": "2020-05-26" },
            { "kind": "courtAction", "date": "2020-07-12" },
            { "kind": "judgment", "date": "2020-08-19" },
            { "kind": "enforcement", "date": "2020-09-13" },
            { "kind": "judgment", "date": "2020-10-28" },
            { "kind": "enforcement", "date": "2020-11-22" }
        ]
    })
}

#[test]
fn two_filings_and_two_judgments_are_two_cases() {
    let claim = common::claim(two_filings_two_judgments()).expect("claim");
    // Each verkställighet is on its own title: each costs its grundavgift.
    let s = inkasso::statement::statement(
        &claim,
        &inkasso::statement::StatementOptions::new(common::date("2021-01-01")),
    )
    .expect("statement");
    let v = serde_json::to_value(&s).expect("statement as JSON");
    let enforcement_fees: Vec<&str> = v["feeLines"]
        .as_array()
        .expect("fee lines")
        .iter()
        .filter(|f| f["kind"] == "enforcementFee")
        .filter_map(|f| f["date"].as_str())
        .collect();
    assert_eq!(enforcement_fees, ["2020-02-29", "2020-09-13", "2020-11-22"]);
    let findings = inkasso::compliance::check(&claim, None).expect("check");
    assert!(
        findings
            .iter()
            .all(|f| f.code != inkasso::compliance::FindingCode::EnforcementWithinAYear),
        "{findings:?}"
    );
    // The second stämningsansökan is X's, its own fee (900 kr, X alone).
    assert_eq!(
        common::court_fee_lines(&claim, "2021-01-01"),
        [court_fee("2800.00"), court_fee("900.00")]
    );
}

// A review of the change (stop 77) found the cases below; each test failed on its first
// version.

/// The limitation of `invoice` in the claim `claim`.
fn invoice_limitation(
    claim: &Value,
    invoice: &str,
) -> Option<inkasso::limitation::InvoiceLimitation> {
    let l = inkasso::limitation::limitation(&common::claim(claim.clone()).expect("claim"))
        .expect("limitation");
    l.invoices.into_iter().find(|i| i.invoice == invoice)
}

fn preskription(claim: &Value, invoice: &str) -> String {
    invoice_limitation(claim, invoice)
        .map(|i| i.preskription_date.to_string())
        .unwrap_or_default()
}

#[test]
fn a_filing_repeated_on_the_second_filings_day_earns_no_third_fee() {
    // Steps of one day in the order given: the repeat comes after the second filing.
    let claim = json!({ "debtor": "consumer", "invoices": f1_f2(), "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "dispute", "date": "2023-02-15" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "courtAction", "date": "2023-05-20" },
        { "kind": "courtAction", "date": "2023-05-20" }
    ]});
    assert_eq!(
        court_fees(claim),
        [court_fee("900.00"), court_fee("900.00")]
    );
}

#[test]
fn a_refiling_after_a_filing_that_claimed_no_fee_is_valued_on_its_case() {
    // Nothing fell due since the first: the second is that case's application again, valued
    // on all of it (F1, over half a prisbasbelopp), not on nothing.
    let claim = json!({ "debtor": "consumer", "invoices": [
        { "number": "F1", "amount": "30000.00", "issueDate": "2023-01-01", "dueDate": "2023-01-31" }
    ], "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "dispute", "date": "2023-02-15" },
        { "kind": "courtAction", "date": "2023-03-20", "fee": false },
        { "kind": "courtAction", "date": "2023-05-20" }
    ]});
    assert_eq!(court_fees(claim), [court_fee("2800.00")]);
}

/// A betalningsföreläggande for F1, disputed and transferred to the tingsrätt (2023-03-20);
/// F2 falls due after it and goes to court on 2023-05-20 by a stämningsansökan of its own.
fn transfer_then_filing() -> Value {
    json!({ "debtor": "consumer", "invoices": f1_f2(), "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "paymentOrder", "date": "2023-02-25" },
        { "kind": "dispute", "date": "2023-03-05" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "courtAction", "date": "2023-05-20" }
    ]})
}

#[test]
fn a_stamningsansokan_after_a_transfer_is_its_own_application() {
    assert_eq!(
        court_fees(transfer_then_filing()),
        [
            ("courtTransferFee".to_owned(), "600.00".to_owned()),
            court_fee("900.00")
        ]
    );
    // It interrupts F2's preskription (nothing else did: three years from its issue date
    // would end on 2026-03-01).
    assert!(preskription(&transfer_then_filing(), "F2").as_str() > "2026-05-20");
    // And no other court action is projected for F2.
    let t = timeline(
        &transfer_then_filing(),
        &court(),
        Some("2023-07-05"),
        "2027-12-31",
    );
    let filings: Vec<String> = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::CourtAction)
        .map(|e| e.date.to_string())
        .collect();
    assert!(filings.is_empty(), "{filings:?}");
}

#[test]
fn an_undisputed_joined_case_is_judged_not_sent_to_kronofogden() {
    let claim = json!({ "debtor": "consumer", "invoices": f1_f2(), "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "collectionDemand", "date": "2023-04-20" },
        { "kind": "courtAction", "date": "2023-05-20" }
    ]});
    assert_eq!(preskription(&claim, "F2"), preskription(&claim, "F1"));
    let road = projected(&claim, "2023-07-05");
    assert_eq!(
        road.first(),
        Some(&(EntryKind::Judgment, "2023-09-18".to_owned())),
        "{road:?}"
    );
    assert!(
        !road.iter().any(|(k, _)| *k == EntryKind::PaymentOrder),
        "{road:?}"
    );
}

#[test]
fn the_utslag_of_a_later_betalningsforelaggande_does_not_undo_the_joined_judgment() {
    let mut claim = json!({ "debtor": "consumer", "invoices": [
        { "number": "F1", "amount": "20000.00", "issueDate": "2023-01-01", "dueDate": "2023-01-31" },
        { "number": "F2", "amount": "15000.00", "issueDate": "2023-03-01", "dueDate": "2023-04-01" },
        { "number": "F3", "amount": "5000.00", "issueDate": "2023-09-01", "dueDate": "2023-10-01" }
    ], "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "dispute", "date": "2023-02-15" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "courtAction", "date": "2023-05-20" },
        { "kind": "judgment", "date": "2023-09-18" },
        { "kind": "enforcement", "date": "2023-09-25" },
        { "kind": "collectionDemand", "date": "2023-10-10" },
        { "kind": "paymentOrder", "date": "2023-10-25" }
    ]});
    let before = preskription(&claim, "F2");
    if let Some(steps) = claim["steps"].as_array_mut() {
        steps.push(json!({ "kind": "judgment", "date": "2023-12-05" }));
    }
    assert_eq!(preskription(&claim, "F2"), before);
}

#[test]
fn a_payment_made_for_f1_does_not_pay_the_ansokningsavgift_of_f2s_application() {
    let mut claim = json!({ "debtor": "consumer", "invoices": f1_f2(), "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "dispute", "date": "2023-02-15" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "courtAction", "date": "2023-05-20" }
    ]});
    claim["payments"] = json!([{ "date": "2023-06-01", "amount": "2500.00", "invoice": "F1" }]);
    let s = inkasso::statement::statement(
        &common::claim(claim).expect("claim"),
        &inkasso::statement::StatementOptions::new(common::date("2023-06-02")),
    )
    .expect("statement");
    let v = serde_json::to_value(&s).expect("statement as JSON");
    // 180 kr (the inkassokrav) and 900 kr (F1's application), not F2's 900 kr as well.
    assert_eq!(v["allocations"][0]["fees"], "1080.00");
}

#[test]
fn an_undisputed_joined_case_is_stable_as_it_is_recorded() {
    // The review's stability case: the first projected entry was an inkassokrav for F2, and
    // recording it moved the judgment from the first filing's 120 days to the second's.
    let claim = json!({ "debtor": "consumer", "invoices": [
        { "number": "F1", "amount": "30000.00", "issueDate": "2022-03-01", "dueDate": "2022-04-01" },
        { "number": "F2", "amount": "15000.00", "issueDate": "2022-04-30", "dueDate": "2022-05-30" }
    ], "steps": [
        { "kind": "collectionDemand", "date": "2022-04-18" },
        { "kind": "courtAction", "date": "2022-05-06" },
        { "kind": "courtAction", "date": "2022-06-17" }
    ], "payments": [
        { "date": "2022-08-25", "amount": "20000.00", "invoice": "F2" }
    ]});
    stability::stays_the_same_from(
        claim,
        &court(),
        Some("2022-08-25"),
        "2026-12-31",
        3,
        stability::key_with_fees,
    );
}

// A second review (stop 77) found the cases below; each test failed before its fix.

fn check_errors(claim: &Value) -> Vec<String> {
    let c = common::claim(claim.clone()).expect("claim");
    inkasso::compliance::check(&c, Some(&common::policy(court())))
        .expect("check")
        .iter()
        .map(|f| serde_json::to_value(f).expect("finding as JSON"))
        .filter(|f| f["severity"] == "error")
        .map(|f| format!("{} {}", f["code"], f["field"]))
        .collect()
}

fn interrupted_on(claim: &Value, invoice: &str) -> Option<String> {
    invoice_limitation(claim, invoice)
        .and_then(|i| i.interruption)
        .map(|i| i.date.to_string())
}

fn projected_filings(claim: &Value, today: &str) -> Vec<(String, usize)> {
    timeline(claim, &court(), Some(today), "2027-12-31")
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::CourtAction)
        .map(|e| (e.date.to_string(), e.fees.len()))
        .collect()
}

fn transfer_fee(amount: &str) -> (String, String) {
    ("courtTransferFee".to_owned(), amount.to_owned())
}

/// F2 falls due (2023-03-15) after F1's betalningsföreläggande (02-25) and before its transfer
/// (03-20): the transferred case is F1's (overdue on the order's day), and F2 was in no
/// application to the court until the stämningsansökan of 04-20.
fn due_between_order_and_transfer() -> Value {
    json!({ "debtor": "consumer", "invoices": [
        { "number": "F1", "amount": "20000.00", "issueDate": "2023-01-01", "dueDate": "2023-01-31" },
        { "number": "F2", "amount": "15000.00", "issueDate": "2023-02-15", "dueDate": "2023-03-15" }
    ], "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "paymentOrder", "date": "2023-02-25" },
        { "kind": "dispute", "date": "2023-03-05" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "courtAction", "date": "2023-04-20" }
    ]})
}

#[test]
fn an_invoice_due_between_an_order_and_its_transfer_is_new_to_the_court() {
    let claim = due_between_order_and_transfer();
    assert_eq!(interrupted_on(&claim, "F2").as_deref(), Some("2023-04-20"));
    assert_eq!(
        court_fees(claim.clone()),
        [transfer_fee("600.00"), court_fee("900.00")]
    );
    // Recorded with its fee, lawful.
    let mut with_fee = claim.clone();
    with_fee["steps"][4]["fee"] = json!(true);
    assert_eq!(check_errors(&with_fee), Vec::<String>::new());
    // The timeline's own stämningsansökan for F2 (after F1's judgment) charges it too.
    let mut early = claim;
    if let Some(steps) = early["steps"].as_array_mut() {
        steps.truncate(3);
    }
    let filings = projected_filings(&early, "2023-03-06");
    assert_eq!(filings.get(1).map(|f| f.1), Some(1), "{filings:?}");
}

#[test]
fn the_transfer_of_a_later_cases_order_earns_its_tillaggsavgift() {
    // F1's stämningsansökan is judged; F2, due later, goes by betalningsföreläggande, is
    // disputed and transferred.
    let claim = json!({ "debtor": "consumer", "invoices": [
        { "number": "F1", "amount": "20000.00", "issueDate": "2023-01-01", "dueDate": "2023-01-31" },
        { "number": "F2", "amount": "15000.00", "issueDate": "2023-06-01", "dueDate": "2023-07-01" }
    ], "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "dispute", "date": "2023-02-15" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "judgment", "date": "2023-06-20" },
        { "kind": "collectionDemand", "date": "2023-07-10" },
        { "kind": "paymentOrder", "date": "2023-07-25" },
        { "kind": "dispute", "date": "2023-08-05" },
        { "kind": "courtAction", "date": "2023-08-20" }
    ]});
    assert_eq!(
        court_fees(claim),
        [court_fee("900.00"), transfer_fee("600.00")]
    );
}

#[test]
fn an_order_transferred_while_a_case_is_pending_joins_it() {
    // F1 before the court; F2's own road (the timeline's inkassokrav and
    // betalningsföreläggande), disputed: its transfer joins F1's case, and F2 is not filed
    // again after the judgment.
    let claim = json!({ "debtor": "consumer", "invoices": f1_f2(), "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "collectionDemand", "date": "2023-04-11", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2023-05-02" },
        { "kind": "dispute", "date": "2023-05-10" }
    ]});
    assert_eq!(check_errors(&claim), Vec::<String>::new());
    let filings = projected_filings(&claim, "2023-05-10");
    assert_eq!(filings.len(), 1, "{filings:?}");
}

#[test]
fn a_stamningsansokan_listed_after_the_transfer_on_its_day_is_its_own() {
    let mut claim = due_between_order_and_transfer();
    claim["steps"][4]["date"] = json!("2023-03-20");
    assert_eq!(interrupted_on(&claim, "F2").as_deref(), Some("2023-03-20"));
    let filings = projected_filings(&claim, "2023-04-01");
    assert!(filings.is_empty(), "{filings:?}");
}

// A third review (stop 77, of 15739ee) found the cases below; each test failed before its fix.

/// F1 before the court (03-20); F2's betalningsföreläggande (05-02) disputed (05-10); the court
/// judges F1 (07-01) before the transfer of F2's case is recorded (07-10): that judgment does
/// not decide F2 (a disputed order joins no case before its transfer).
fn judged_before_the_transfer() -> Value {
    json!({ "debtor": "consumer", "invoices": [
        { "number": "F1", "amount": "20000.00", "issueDate": "2023-01-01", "dueDate": "2023-01-31" },
        { "number": "F2", "amount": "15000.00", "issueDate": "2023-03-01", "dueDate": "2023-03-31" }
    ], "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "collectionDemand", "date": "2023-04-11", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2023-05-02" },
        { "kind": "dispute", "date": "2023-05-10" },
        { "kind": "judgment", "date": "2023-07-01" },
        { "kind": "courtAction", "date": "2023-07-10" }
    ]})
}

#[test]
fn a_judgment_before_the_transfer_does_not_decide_the_transferred_case() {
    let claim = judged_before_the_transfer();
    assert_eq!(interrupted_on(&claim, "F2").as_deref(), Some("2023-07-10"));
    let road = projected(&claim, "2023-07-15");
    assert!(
        road.iter().any(|(k, _)| *k == EntryKind::Judgment),
        "{road:?}"
    );
    // With F2's own judgment and verkställighet recorded, they count for F2.
    let mut claim = judged_before_the_transfer();
    if let Some(steps) = claim["steps"].as_array_mut() {
        steps.push(json!({ "kind": "judgment", "date": "2023-11-01" }));
        steps.push(json!({ "kind": "enforcement", "date": "2023-11-10" }));
    }
    assert_eq!(interrupted_on(&claim, "F2").as_deref(), Some("2023-11-10"));
    assert_eq!(preskription(&claim, "F2"), "2027-11-10");
}

#[test]
fn a_disputed_order_on_a_pending_cases_road_is_stable() {
    let mut claim = judged_before_the_transfer();
    if let Some(steps) = claim["steps"].as_array_mut() {
        steps.truncate(5);
    }
    let road = projected(&claim, "2023-05-10");
    let count = |kind: EntryKind| road.iter().filter(|(k, _)| *k == kind).count();
    assert_eq!(
        (count(EntryKind::CourtAction), count(EntryKind::Judgment)),
        (1, 1),
        "{road:?}"
    );
    stability::stays_the_same_from(
        claim,
        &court(),
        Some("2023-05-10"),
        "2027-12-31",
        3,
        stability::key_with_fees,
    );
}

#[test]
fn a_letter_sees_the_stamningsansokan_listed_after_the_transfer() {
    // F2 (due 03-15, after F1's order) is before the court by the stämningsansökan listed
    // after the transfer on 03-20; F1 is paid: an inkassokrav's consequences say so.
    let claim = json!({ "debtor": "consumer", "invoices": [
        { "number": "F1", "amount": "20000.00", "issueDate": "2023-01-01", "dueDate": "2023-01-31" },
        { "number": "F2", "amount": "15000.00", "issueDate": "2023-03-06", "dueDate": "2023-03-15" }
    ], "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "paymentOrder", "date": "2023-02-25" },
        { "kind": "dispute", "date": "2023-03-05" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "courtAction", "date": "2023-03-20" }
    ], "payments": [{ "date": "2023-03-25", "amount": "22000.00", "invoice": "F1" }]});
    assert_eq!(interrupted_on(&claim, "F2").as_deref(), Some("2023-03-20"));
    let c = common::claim(claim).expect("claim");
    let letter = inkasso::letter::letter(
        &c,
        inkasso::StepKind::CollectionDemand,
        common::date("2023-04-10"),
        10,
        &inkasso::letter::LetterOptions::default(),
    )
    .expect("letter");
    let text = letter
        .sections
        .iter()
        .find(|s| s.id == inkasso::letter::SectionId::Consequences)
        .map(|s| s.body.en.clone())
        .unwrap_or_default();
    assert!(
        text.starts_with("The creditor sued in the district court on 2023-03-20"),
        "{text}"
    );
}

#[test]
fn a_transfer_is_valued_with_the_invoices_of_an_earlier_order_never_transferred() {
    // F1 before the court; F2's order (04-20) and F3's (06-01) both disputed; one transfer
    // (06-20), of F3's order: its case reaches F2 too (limitation), and so does its value
    // (35 000 kr: the 2 500 kr tilläggsavgift, not 600 kr on F3 alone).
    let claim = json!({ "debtor": "consumer", "invoices": [
        { "number": "F1", "amount": "20000.00", "issueDate": "2023-01-01", "dueDate": "2023-01-31" },
        { "number": "F2", "amount": "30000.00", "issueDate": "2023-03-01", "dueDate": "2023-03-31" },
        { "number": "F3", "amount": "5000.00", "issueDate": "2023-04-15", "dueDate": "2023-05-15" }
    ], "steps": [
        { "kind": "collectionDemand", "date": "2023-02-10" },
        { "kind": "courtAction", "date": "2023-03-20" },
        { "kind": "paymentOrder", "date": "2023-04-20" },
        { "kind": "dispute", "date": "2023-04-28" },
        { "kind": "paymentOrder", "date": "2023-06-01" },
        { "kind": "dispute", "date": "2023-06-10" },
        { "kind": "courtAction", "date": "2023-06-20" }
    ]});
    assert_eq!(interrupted_on(&claim, "F2").as_deref(), Some("2023-06-20"));
    assert_eq!(
        court_fees(claim),
        [court_fee("900.00"), transfer_fee("2500.00")]
    );
}
