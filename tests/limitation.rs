//! Limitation dates (preskriptionslagen 2 §, 5 §, 6 §) for consumer and business claims, with
//! and without an interruption.

use inkasso::input::{read, ClaimInput};
use inkasso::limitation::{add_years, limitation, InterruptionKind};
use inkasso::{calendar::parse_date, Claim};
use serde_json::{json, Value};

fn claim(debtor: &str, steps: Value, payments: Value) -> Claim {
    read::<ClaimInput, _>(json!({
        "debtor": debtor,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2021-03-15", "dueDate": "2021-04-14" },
            { "number": "B", "amount": "2000.00", "issueDate": "2021-06-01" }
        ],
        "steps": steps,
        "payments": payments
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim")
}

fn d(s: &str) -> time::Date {
    parse_date(s).expect("date")
}

#[test]
fn consumer_three_years_from_the_issue_date() {
    let l = limitation(&claim("consumer", json!([]), json!([]))).expect("limitation");
    assert_eq!(l.period_years, 3);
    assert_eq!(l.preskription_date, d("2024-03-15"));
    assert_eq!(l.invoice, "A");
    assert_eq!(l.invoices[1].preskription_date, d("2024-06-01"));
    assert!(l.invoices[0].interruption.is_none());
}

#[test]
fn business_ten_years() {
    let l = limitation(&claim("business", json!([]), json!([]))).expect("limitation");
    assert_eq!(l.period_years, 10);
    assert_eq!(l.preskription_date, d("2031-03-15"));
    let l = limitation(&claim("public", json!([]), json!([]))).expect("limitation");
    assert_eq!(l.period_years, 10);
}

#[test]
fn consumer_interrupted_by_a_demand_and_a_payment() {
    let l = limitation(&claim(
        "consumer",
        json!([{ "kind": "collectionDemand", "date": "2021-05-03" }]),
        json!([{ "date": "2023-02-10", "amount": "100.00" }]),
    ))
    .expect("limitation");
    // The payment (last interruption) restarts 3 years for both invoices.
    for inv in &l.invoices {
        let i = inv.interruption.as_ref().expect("interrupted");
        assert_eq!(
            (i.kind, i.date),
            (InterruptionKind::Payment, d("2023-02-10"))
        );
        assert_eq!(inv.preskription_date, d("2026-02-10"));
    }
    assert_eq!(l.preskription_date, d("2026-02-10"));
}

#[test]
fn an_interruption_only_counts_for_invoices_issued_by_then_and_before_the_bar() {
    // The reminder of 2021-05-03 precedes invoice B (issued 2021-06-01): B is not interrupted.
    let l = limitation(&claim(
        "business",
        json!([{ "kind": "reminder", "date": "2021-05-03" }]),
        json!([]),
    ))
    .expect("limitation");
    assert_eq!(l.invoices[0].preskription_date, d("2031-05-03"));
    assert_eq!(l.invoices[1].preskription_date, d("2031-06-01"));
    assert!(l.invoices[1].interruption.is_none());
    // A consumer reminder after the 3 years have run out does not revive the claim.
    let l = limitation(&claim(
        "consumer",
        json!([{ "kind": "reminder", "date": "2024-07-01" }]),
        json!([]),
    ))
    .expect("limitation");
    assert_eq!(l.invoices[0].preskription_date, d("2024-03-15"));
    assert!(l.invoices[0].interruption.is_none());
    // An interruption on the last day itself still counts. Legal action (a betalningsföreläggande)
    // starts the new period when the proceedings end (preskriptionslagen 7 §), assumed 42 days
    // after the application: 2024-04-26, so 3 years later is 2027-04-26.
    let l = limitation(&claim(
        "consumer",
        json!([{ "kind": "paymentOrder", "date": "2024-03-15" }]),
        json!([]),
    ))
    .expect("limitation");
    assert_eq!(l.invoices[0].preskription_date, d("2027-04-26"));
    assert_eq!(
        l.invoices[0].interruption.as_ref().map(|i| i.period_from),
        Some(d("2024-04-26"))
    );
    // A reminder on the last day restarts the period from that day.
    let l = limitation(&claim(
        "consumer",
        json!([{ "kind": "reminder", "date": "2024-03-15" }]),
        json!([]),
    ))
    .expect("limitation");
    assert_eq!(l.invoices[0].preskription_date, d("2027-03-15"));
}

#[test]
fn leap_day() {
    assert_eq!(add_years(d("2024-02-29"), 3), Ok(d("2027-02-28")));
    assert_eq!(add_years(d("2024-02-29"), 4), Ok(d("2028-02-29")));
}

/// Legal action (7 §): the new period runs from the end of the proceedings. A recorded judgment
/// (dom or utslag) ends them on its day, also before the assumed 42 days of a
/// betalningsföreläggande (that claim was shown collectable 23 days after it was time-barred);
/// a stämningsansökan with no judgment yet is assumed to end 120 days after it (it counted from
/// the application, as if the pending case ended that day).
#[test]
fn legal_action_runs_from_the_end_of_its_proceedings() {
    let one = |steps: Value| {
        let c = read::<ClaimInput, _>(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2020-02-12", "dueDate": "2020-03-13" }],
            "steps": steps
        }))
        .and_then(ClaimInput::into_claim)
        .expect("claim");
        let l = limitation(&c).expect("limitation");
        let i = l.invoices[0].interruption.clone().expect("interrupted");
        (
            i.kind,
            i.period_from.to_string(),
            l.preskription_date.to_string(),
        )
    };
    let cases = [
        // A betalningsföreläggande alone: 2021-05-01 + 42 days = 2021-06-12.
        (
            json!([{ "kind": "paymentOrder", "date": "2021-05-01" }]),
            (InterruptionKind::PaymentOrder, "2021-06-12", "2024-06-12"),
        ),
        // Its utslag recorded on 2021-05-20: the proceedings ended then.
        (
            json!([{ "kind": "paymentOrder", "date": "2021-05-01" }, { "kind": "judgment", "date": "2021-05-20" }]),
            (InterruptionKind::Judgment, "2021-05-20", "2024-05-20"),
        ),
        // Disputed and taken to court: the proceedings end with the judgment, 2022-03-01.
        (
            json!([
                { "kind": "paymentOrder", "date": "2021-05-01" },
                { "kind": "dispute", "date": "2021-05-10" },
                { "kind": "courtAction", "date": "2021-06-01" },
                { "kind": "judgment", "date": "2022-03-01" }
            ]),
            (InterruptionKind::Judgment, "2022-03-01", "2025-03-01"),
        ),
        // A stämningsansökan pending: 2020-05-04 + 120 days = 2020-09-01.
        (
            json!([
                { "kind": "collectionDemand", "date": "2020-04-10" },
                { "kind": "dispute", "date": "2020-04-20" },
                { "kind": "courtAction", "date": "2020-05-04" }
            ]),
            (InterruptionKind::CourtAction, "2020-09-01", "2023-09-01"),
        ),
    ];
    for (steps, (kind, from, date)) in cases {
        assert_eq!(
            one(steps.clone()),
            (kind, from.to_owned(), date.to_owned()),
            "{steps}"
        );
    }
}

/// After legal action the text says the new period runs from when the case ends (assumed, for
/// a betalningsföreläggande without its utslag recorded), not from the application.
#[test]
fn the_text_says_the_period_runs_from_the_end_of_the_proceedings() {
    let c = claim(
        "consumer",
        json!([{ "kind": "paymentOrder", "date": "2022-04-28" }]),
        json!([]),
    );
    let l = limitation(&c).expect("limitation");
    let i = &l.invoices[0];
    let e = i.interruption.as_ref().expect("interrupted");
    assert!(e.period_from > e.date);
    let text = inkasso::text::invoice_limitation(i);
    let from = e.period_from.to_string();
    assert!(
        text.sv.contains(&format!(
            "från {from}, då målet avslutades eller antas ha avslutats"
        )),
        "{}",
        text.sv
    );
    assert!(
        text.en.contains(&format!(
            "from {from}, when the case ended or is assumed to end"
        )),
        "{}",
        text.en
    );
}

/// Legal action interrupts preskription only for the debts its case is about: the invoices
/// overdue when the betalningsföreläggande or the stämningsansökan was filed (a verkställighet,
/// those of the title it rests on). A written demand still interrupts for every invoice issued
/// by its day. Was (a Known limit): a verkställighet interrupted for every invoice issued by
/// its day, even one its case did not cover, while the timeline read it as not covering it.
#[test]
fn legal_action_interrupts_only_for_the_invoices_of_its_case() {
    let with = |extra: Value| {
        let mut steps = vec![
            json!({ "kind": "collectionDemand", "date": "2022-02-20" }),
            json!({ "kind": "paymentOrder", "date": "2022-03-20" }),
            json!({ "kind": "judgment", "date": "2022-05-15" }),
            json!({ "kind": "enforcement", "date": "2023-06-01" }),
        ];
        steps.extend(extra.as_array().cloned().unwrap_or_default());
        read::<ClaimInput, _>(json!({
            "debtor": "consumer",
            "invoices": [
                { "number": "A", "amount": "1000.00", "issueDate": "2022-01-10", "dueDate": "2022-02-10" },
                { "number": "B", "amount": "500.00", "issueDate": "2022-04-01", "dueDate": "2022-05-01" }
            ],
            "steps": steps
        }))
        .and_then(ClaimInput::into_claim)
        .expect("claim")
    };
    let l = limitation(&with(json!([]))).expect("limitation");
    let dates: Vec<(String, String)> = l
        .invoices
        .iter()
        .map(|i| (i.invoice.clone(), i.preskription_date.to_string()))
        .collect();
    // A: the verkställighet's handling year ends 2024-06-01, three years on. B, issued after
    // the betalningsföreläggande, is not in the case: three years from its issue date.
    assert_eq!(
        dates,
        vec![
            ("A".to_owned(), "2027-06-01".to_owned()),
            ("B".to_owned(), "2025-04-01".to_owned())
        ]
    );
    assert_eq!(
        (l.invoice.as_str(), l.preskription_date),
        ("B", d("2025-04-01"))
    );
    // An inkassokrav about the claim interrupts for B too.
    let demanded = limitation(&with(
        json!([{ "kind": "collectionDemand", "date": "2023-01-10" }]),
    ))
    .expect("limitation");
    let b = demanded.invoices.get(1).expect("B");
    assert_eq!(b.preskription_date, d("2026-01-10"));
    assert_eq!(
        b.interruption.as_ref().map(|i| i.kind),
        Some(InterruptionKind::CollectionDemand)
    );
}

/// An invoice paid or credited in full says so, and not a date that would only mislead (a
/// review, stop 65: a fully credited invoice was given "3 years from …, through …"); the
/// others keep theirs, and the claim's date comes from them.
#[test]
fn an_invoice_paid_or_credited_in_full_is_settled_and_says_so() {
    let c = |credits: Value, payments: Value| {
        read::<ClaimInput, _>(json!({
            "debtor": "consumer",
            "invoices": [
                { "number": "A", "amount": "1000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" },
                { "number": "B", "amount": "500.00", "issueDate": "2024-02-01", "dueDate": "2024-03-01" }
            ],
            "credits": credits,
            "payments": payments
        }))
        .and_then(ClaimInput::into_claim)
        .expect("claim")
    };
    let credited = c(
        json!([{ "invoice": "A", "date": "2024-01-10", "amount": "1000.00" }]),
        json!([]),
    );
    let paid = c(
        json!([]),
        json!([{ "invoice": "A", "date": "2024-01-10", "amount": "1000.00" }]),
    );
    for claim in [credited, paid] {
        let l = limitation(&claim).expect("limitation");
        assert!(!l.settled);
        assert_eq!(
            (l.invoice.as_str(), l.preskription_date),
            ("B", d("2027-02-01"))
        );
        let [a, b] = l.invoices.as_slice() else {
            panic!("two invoices")
        };
        assert!(a.settled && !b.settled);
        assert_eq!(
            a.text().en,
            "Invoice A: paid or credited in full; none of its capital is left to be time-barred."
        );
        assert_eq!(
            a.text().sv,
            "Faktura A: betald eller krediterad i sin helhet; inget av dess kapital återstår att preskribera."
        );
        assert_eq!(
            b.text().en,
            "Invoice B: 3 years from 2024-02-01, through 2027-02-01."
        );
        let json = serde_json::to_value(&l).expect("json");
        assert_eq!(json["invoices"][0]["settled"], json!(true));
        assert_eq!(json["invoices"][1]["settled"], json!(false));
    }
    // Half of A credited: not settled, its date stands.
    let half = c(
        json!([{ "invoice": "A", "date": "2024-01-10", "amount": "500.00" }]),
        json!([]),
    );
    let l = limitation(&half).expect("limitation");
    assert!(!l.invoices.iter().any(|i| i.settled));
    assert_eq!(
        (l.invoice.as_str(), l.preskription_date),
        ("A", d("2027-01-01"))
    );
}

/// Which title a recorded `judgment` is, as the history says (a review of letters, stop 66):
/// after a stämningsansökan or a disputed betalningsföreläggande a dom, after one not disputed
/// an utslag, after another judgment with nothing between a dom (an appeal's), and with
/// nothing recorded before it neither.
#[test]
fn the_title_a_judgment_is_follows_the_history() {
    use inkasso::limitation::{title_of_judgment, Title};
    let of =
        |steps: Value, date: &str| title_of_judgment(&claim("consumer", steps, json!([])), d(date));
    let order = json!({ "kind": "paymentOrder", "date": "2021-06-01" });
    let judged = json!({ "kind": "judgment", "date": "2021-08-01" });
    assert_eq!(
        of(json!([order, judged]), "2021-08-01"),
        Some(Title::Utslag)
    );
    assert_eq!(
        of(
            json!([order, { "kind": "dispute", "date": "2021-06-10" }, judged]),
            "2021-08-01"
        ),
        Some(Title::Dom)
    );
    assert_eq!(
        of(
            json!([{ "kind": "courtAction", "date": "2021-06-01" }, judged]),
            "2021-08-01"
        ),
        Some(Title::Dom)
    );
    assert_eq!(of(json!([judged]), "2021-08-01"), None);
    // An appeal's judgment after the utslag's återvinning: a dom; the first stays an utslag.
    let appeal = json!([order, judged, { "kind": "judgment", "date": "2021-12-01" }]);
    assert_eq!(of(appeal.clone(), "2021-12-01"), Some(Title::Dom));
    assert_eq!(of(appeal, "2021-08-01"), Some(Title::Utslag));
    // A second case after the first title: its own betalningsföreläggande, not disputed.
    assert_eq!(
        of(
            json!([order, judged, { "kind": "paymentOrder", "date": "2022-01-10" }, { "kind": "judgment", "date": "2022-03-01" }]),
            "2022-03-01"
        ),
        Some(Title::Utslag)
    );
}
