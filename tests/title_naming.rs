//! A judgment named as the history says (stop 67): the timeline's judgment entries, the
//! preskription texts of `limitation`, and a letter's sections under verkställighet and
//! efterbevakning said "dom eller utslag" even where the recorded steps showed which (a dom
//! after a stämningsansökan or a disputed betalningsföreläggande, Kronofogden's utslag after
//! one not disputed; `limitation::title_of_judgment`). Stop 66 had named it in a letter's
//! judgment stage only. Each test fails on the code before it.

mod common;

use common::date;
use inkasso::letter::{letter, LetterOptions, SectionId};
use inkasso::timeline::{EntryKind, EntryStatus};
use inkasso::{Claim, StepKind};
use serde_json::{json, Value};

fn claim(steps: Value) -> Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": steps
    }))
    .expect("claim")
}

/// Demanded, then a betalningsföreläggande on 2025-04-10.
fn to_order() -> Vec<Value> {
    vec![
        json!({ "kind": "reminder", "date": "2025-03-03" }),
        json!({ "kind": "collectionDemand", "date": "2025-03-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-04-10" }),
    ]
}

fn with(mut steps: Vec<Value>, more: &[Value]) -> Value {
    steps.extend(more.iter().cloned());
    Value::Array(steps)
}

/// The texts (sv, en) of the timeline's judgment entries, with their status.
fn judgment_entries(c: &Claim, policy: Value, today: &str) -> Vec<(EntryStatus, String, String)> {
    let t = common::timeline_on(c, &common::policy(policy), today);
    t.entries
        .iter()
        .filter(|e| e.kind == EntryKind::Judgment)
        .map(|e| {
            let text = e.text();
            (e.status, text.sv, text.en)
        })
        .collect()
}

fn starts(entries: &[(EntryStatus, String, String)], sv: &str, en: &str) -> bool {
    entries
        .iter()
        .any(|(_, s, e)| s.starts_with(sv) && e.starts_with(en))
}

#[test]
fn a_recorded_judgment_after_a_disputed_order_is_a_dom() {
    let c = claim(with(
        to_order(),
        &[
            json!({ "kind": "dispute", "date": "2025-04-20" }),
            json!({ "kind": "judgment", "date": "2025-09-01" }),
        ],
    ));
    let entries = judgment_entries(&c, json!({ "preset": "standard" }), "2025-09-02");
    assert!(
        starts(
            &entries,
            "Dom meddelad 2025-09-01",
            "Judgment given on 2025-09-01"
        ),
        "{entries:?}"
    );
}

#[test]
fn a_recorded_judgment_after_an_undisputed_order_is_an_utslag() {
    let c = claim(with(
        to_order(),
        &[json!({ "kind": "judgment", "date": "2025-05-05" })],
    ));
    let entries = judgment_entries(&c, json!({ "preset": "standard" }), "2025-05-06");
    assert!(
        starts(
            &entries,
            "Utslag meddelat 2025-05-05",
            "Kronofogden's decision (utslag) given on 2025-05-05"
        ),
        "{entries:?}"
    );
}

#[test]
fn a_projected_judgment_after_a_court_action_is_an_expected_dom() {
    let c = claim(json!([
        { "kind": "reminder", "date": "2025-03-03" },
        { "kind": "collectionDemand", "date": "2025-03-20" },
        { "kind": "courtAction", "date": "2025-04-15" }
    ]));
    let entries = judgment_entries(
        &c,
        json!({ "preset": "standard", "court": {} }),
        "2025-04-16",
    );
    assert!(
        entries
            .iter()
            .any(|(status, sv, en)| *status == EntryStatus::Projected
                && sv.starts_with("Dom väntas ")
                && en.starts_with("Judgment expected on ")),
        "{entries:?}"
    );
}

#[test]
fn a_judgment_with_nothing_before_it_names_both() {
    let c = claim(json!([{ "kind": "judgment", "date": "2025-05-05" }]));
    let entries = judgment_entries(&c, json!({ "preset": "standard" }), "2025-05-06");
    assert!(
        starts(
            &entries,
            "Dom eller utslag meddelat 2025-05-05",
            "Judgment or decision (utslag) given on 2025-05-05"
        ),
        "{entries:?}"
    );
}

/// The preskription text of the claim's only invoice.
fn limitation_text(c: &Claim) -> (String, String) {
    let l = inkasso::limitation::limitation(c).expect("limitation");
    let text = l.invoices.first().expect("an invoice").text();
    (text.sv, text.en)
}

#[test]
fn limitation_names_the_judgment_that_ended_the_proceedings() {
    let dom = claim(with(
        to_order(),
        &[
            json!({ "kind": "dispute", "date": "2025-04-20" }),
            json!({ "kind": "judgment", "date": "2025-09-01" }),
        ],
    ));
    let (sv, en) = limitation_text(&dom);
    assert!(sv.contains("avslutades genom dom 2025-09-01;"), "{sv}");
    assert!(
        en.contains("ended with the judgment of 2025-09-01;"),
        "{en}"
    );

    let utslag = claim(with(
        to_order(),
        &[json!({ "kind": "judgment", "date": "2025-05-05" })],
    ));
    let (sv, en) = limitation_text(&utslag);
    assert!(
        sv.contains("avslutades genom Kronofogdens utslag 2025-05-05;"),
        "{sv}"
    );
    assert!(
        en.contains("ended with Kronofogden's decision (utslag) of 2025-05-05;"),
        "{en}"
    );

    let unknown = claim(json!([{ "kind": "judgment", "date": "2025-05-05" }]));
    let (sv, _) = limitation_text(&unknown);
    assert!(
        sv.contains("avslutades genom dom eller utslag 2025-05-05;"),
        "{sv}"
    );
}

/// A final notice's section `id` on `day`, (sv, en).
fn section(c: &Claim, id: SectionId, day: &str) -> (String, String) {
    let l = letter(
        c,
        StepKind::FinalNotice,
        date(day),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let s = l.sections.iter().find(|s| s.id == id).expect("section");
    (s.body.sv.clone(), s.body.en.clone())
}

#[test]
fn a_letter_under_enforcement_names_its_title() {
    // On Kronofogden's utslag: the order was not disputed.
    let utslag = claim(with(
        to_order(),
        &[json!({ "kind": "enforcement", "date": "2025-06-01" })],
    ));
    let (sv, en) = section(&utslag, SectionId::Objection, "2025-07-01");
    assert!(
        sv.contains("på grund av ett utslag från Kronofogden."),
        "{sv}"
    );
    assert!(
        en.contains("on the strength of a decision (utslag) of Kronofogden."),
        "{en}"
    );

    // On the tingsrätt's dom: the order was disputed and went to court.
    let dom = claim(with(
        to_order(),
        &[
            json!({ "kind": "dispute", "date": "2025-04-20" }),
            json!({ "kind": "judgment", "date": "2025-09-01" }),
            json!({ "kind": "enforcement", "date": "2025-10-01" }),
        ],
    ));
    let (sv, en) = section(&dom, SectionId::Objection, "2025-11-03");
    assert!(sv.contains("på grund av en dom."), "{sv}");
    assert!(en.contains("on the strength of a judgment."), "{en}");
}

#[test]
fn a_letter_under_efterbevakning_names_its_title() {
    let utslag = claim(with(
        to_order(),
        &[
            json!({ "kind": "enforcement", "date": "2025-06-01" }),
            json!({ "kind": "surveillance", "date": "2025-09-01" }),
        ],
    ));
    let (sv, en) = section(&utslag, SectionId::Consequences, "2025-10-01");
    assert!(
        sv.starts_with(
            "Fordran är fastställd genom Kronofogdens utslag och bevakas sedan 2025-09-01"
        ),
        "{sv}"
    );
    assert!(
        en.starts_with(
            "The claim is established by Kronofogden's decision (utslag) and has been kept"
        ),
        "{en}"
    );
    let (sv, _) = section(&utslag, SectionId::Objection, "2025-10-01");
    assert!(
        sv.starts_with("Fordran är fastställd genom Kronofogdens utslag."),
        "{sv}"
    );

    // Efterbevakning of a dom with no verkställighet recorded.
    let dom = claim(json!([
        { "kind": "reminder", "date": "2025-03-03" },
        { "kind": "collectionDemand", "date": "2025-03-20" },
        { "kind": "courtAction", "date": "2025-04-15" },
        { "kind": "judgment", "date": "2025-08-15" },
        { "kind": "surveillance", "date": "2025-09-01" }
    ]));
    let (sv, en) = section(&dom, SectionId::Objection, "2025-10-01");
    assert!(sv.starts_with("Fordran är fastställd genom dom."), "{sv}");
    assert!(
        en.starts_with("The claim was established by a judgment."),
        "{en}"
    );
}

#[test]
fn verkställigheter_on_different_titles_name_both() {
    // Invoice 2 falls due after the utslag's case; its own stämningsansökan ends in a dom, and
    // both titles are enforced: the letter cannot say one title.
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "12000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
            { "number": "2", "amount": "8000.00", "issueDate": "2025-05-01", "dueDate": "2025-05-31" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-03-20" },
            { "kind": "paymentOrder", "date": "2025-04-10" },
            { "kind": "enforcement", "date": "2025-05-20" },
            { "kind": "collectionDemand", "date": "2025-06-16" },
            { "kind": "courtAction", "date": "2025-07-15" },
            { "kind": "judgment", "date": "2025-10-15" },
            { "kind": "enforcement", "date": "2025-11-03" }
        ]
    }))
    .expect("claim");
    let (sv, _) = section(&c, SectionId::Objection, "2025-12-01");
    assert!(sv.contains("på grund av en dom eller ett utslag."), "{sv}");
}

#[test]
fn a_judgment_entry_says_its_title_as_data() {
    let titles = |c: &Claim, policy: Value, today: &str| -> Vec<Value> {
        let t = common::timeline_on(c, &common::policy(policy), today);
        let v = serde_json::to_value(&t).expect("timeline as JSON");
        v["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .filter(|e| e["kind"] == "judgment")
            .map(|e| e.get("title").cloned().unwrap_or(Value::Null))
            .collect()
    };
    let utslag = claim(with(
        to_order(),
        &[json!({ "kind": "judgment", "date": "2025-05-05" })],
    ));
    assert_eq!(
        titles(&utslag, json!({ "preset": "standard" }), "2025-05-06"),
        [json!("utslag")]
    );
    let court = claim(json!([
        { "kind": "collectionDemand", "date": "2025-03-20" },
        { "kind": "courtAction", "date": "2025-04-15" }
    ]));
    assert_eq!(
        titles(
            &court,
            json!({ "preset": "standard", "court": {} }),
            "2025-04-16"
        ),
        [json!("dom")]
    );
    let unknown = claim(json!([{ "kind": "judgment", "date": "2025-05-05" }]));
    assert_eq!(
        titles(&unknown, json!({ "preset": "standard" }), "2025-05-06"),
        [Value::Null]
    );
}

/// The Swedish notes (warnings' texts) of the timeline's entries of `kind`.
fn notes_sv(c: &Claim, policy: Value, today: &str, kind: EntryKind) -> Vec<String> {
    let t = common::timeline_on(c, &common::policy(policy), today);
    t.entries
        .iter()
        .filter(|e| e.kind == kind)
        .flat_map(|e| e.notes.iter().map(|n| inkasso::text::warning(n).sv))
        .collect()
}

#[test]
fn a_stämningsansökans_assumed_judgment_is_a_dom() {
    let c = claim(json!([
        { "kind": "collectionDemand", "date": "2025-03-20" },
        { "kind": "courtAction", "date": "2025-04-15" }
    ]));
    let notes = notes_sv(
        &c,
        json!({ "preset": "standard", "court": {} }),
        "2025-04-16",
        EntryKind::Judgment,
    );
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Domen antas komma 120 dagar efter stämningsansökan")),
        "{notes:?}"
    );
}

#[test]
fn a_dom_enforced_for_its_costs_is_named_a_dom() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-03-20" },
            { "kind": "courtAction", "date": "2025-04-15" },
            { "kind": "judgment", "date": "2025-08-15", "costs": "1500.00" }
        ],
        "credits": [{ "invoice": "1", "date": "2025-08-20", "amount": "12000.00" }]
    }))
    .expect("claim");
    let notes = notes_sv(
        &c,
        json!({ "preset": "standard" }),
        "2025-08-21",
        EntryKind::Enforcement,
    );
    assert!(
        notes.iter().any(|n| n.starts_with(
            "Domen 2025-08-15 är en exekutionstitel för de tillerkända rättegångskostnaderna"
        )),
        "{notes:?}"
    );
}

#[test]
fn a_judgment_after_a_dispute_with_nothing_at_kronofogden_is_a_dom() {
    // Only a court tries a disputed claim (a demo review, stop 67: "Dom eller utslag").
    let c = claim(json!([
        { "kind": "collectionDemand", "date": "2025-03-20" },
        { "kind": "dispute", "date": "2025-04-20" },
        { "kind": "judgment", "date": "2025-08-01" }
    ]));
    let entries = judgment_entries(&c, json!({ "preset": "standard" }), "2025-08-02");
    assert!(
        starts(
            &entries,
            "Dom meddelad 2025-08-01",
            "Judgment given on 2025-08-01"
        ),
        "{entries:?}"
    );
    // Withdrawn before the judgment, it says nothing of it.
    let withdrawn = claim(json!([
        { "kind": "collectionDemand", "date": "2025-03-20" },
        { "kind": "dispute", "date": "2025-04-20", "withdrawn": "2025-05-01" },
        { "kind": "judgment", "date": "2025-08-01" }
    ]));
    let entries = judgment_entries(&withdrawn, json!({ "preset": "standard" }), "2025-08-02");
    assert!(
        starts(
            &entries,
            "Dom eller utslag meddelat 2025-08-01",
            "Judgment or decision (utslag) given on"
        ),
        "{entries:?}"
    );
}

/// The (sv, en) texts of the statement's `FEE_NOT_RECOVERABLE` warnings and of `check`'s
/// findings of that code, of a claim with the reminder fee agreed.
fn fee_not_recoverable_texts(steps: Value) -> Vec<(String, String)> {
    let c = common::claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": steps
    }))
    .expect("claim");
    let options = inkasso::StatementOptions::new(date("2025-12-01"));
    let s = inkasso::statement(&c, &options).expect("statement");
    let mut texts: Vec<(String, String)> = s
        .warnings
        .iter()
        .filter(|w| w.code == inkasso::warning::WarningCode::FeeNotRecoverable)
        .map(|w| {
            let t = w.text();
            (t.sv, t.en)
        })
        .collect();
    let findings = inkasso::compliance::check(&c, None).expect("check");
    texts.extend(
        findings
            .iter()
            .filter(|f| f.code == inkasso::compliance::FindingCode::FeeNotRecoverable)
            .map(|f| {
                let t = f.text();
                (t.sv, t.en)
            }),
    );
    texts
}

/// Stop 67's closing note: a reminder charged after a judgment said "domen eller utslaget"
/// though the steps showed a dom (a dispute standing, nothing at Kronofogden).
#[test]
fn a_reminder_after_a_dom_names_the_dom() {
    let texts = fee_not_recoverable_texts(json!([
        { "kind": "dispute", "date": "2025-03-01" },
        { "kind": "judgment", "date": "2025-06-02" },
        { "kind": "reminder", "date": "2025-06-20", "fee": true }
    ]));
    assert_eq!(texts.len(), 2, "{texts:?}");
    for (sv, en) in &texts {
        assert!(sv.contains("domen 2025-06-02"), "{sv}");
        assert!(!sv.contains("eller utslaget"), "{sv}");
        assert!(en.contains("the judgment of 2025-06-02"), "{en}");
    }
}

#[test]
fn a_reminder_after_an_unnamed_judgment_names_both() {
    let texts = fee_not_recoverable_texts(json!([
        { "kind": "judgment", "date": "2025-06-02" },
        { "kind": "reminder", "date": "2025-06-20", "fee": true }
    ]));
    assert!(!texts.is_empty());
    for (sv, _) in &texts {
        assert!(sv.contains("domen eller utslaget 2025-06-02"), "{sv}");
    }
}

/// The (rule, sv, en) of the statement's litigation-costs lines.
fn court_costs_lines(steps: Value) -> Vec<(String, String, String)> {
    let c = claim(steps);
    let s = inkasso::statement(&c, &inkasso::StatementOptions::new(date("2025-12-01")))
        .expect("statement");
    s.fee_lines
        .iter()
        .filter(|l| l.kind == inkasso::fees::FeeKind::CourtCosts)
        .map(|l| {
            let t = l.explanation();
            (l.rule.to_owned(), t.sv, t.en)
        })
        .collect()
}

/// Stop 68's scan of generated claims: litigation costs said "enligt domen eller utslaget"
/// and cited "rättegångskostnader enligt dom eller utslag" after a stämningsansökan, where
/// only a dom can award them.
#[test]
fn litigation_costs_name_the_dom_that_awarded_them() {
    let lines = court_costs_lines(json!([
        { "kind": "reminder", "date": "2025-03-03" },
        { "kind": "collectionDemand", "date": "2025-03-20" },
        { "kind": "courtAction", "date": "2025-04-14" },
        { "kind": "judgment", "date": "2025-06-02", "costs": "2800.00" }
    ]));
    assert_eq!(
        lines,
        vec![(
            "rättegångsbalken 18 kap. (rättegångskostnader enligt dom)".to_owned(),
            "Rättegångskostnader enligt domen 2025-06-02.".to_owned(),
            "Litigation costs awarded by the judgment of 2025-06-02.".to_owned()
        )]
    );
}

#[test]
fn costs_of_an_utslag_cite_the_payment_order_act() {
    let lines = court_costs_lines(with(
        to_order(),
        &[json!({ "kind": "judgment", "date": "2025-05-20", "costs": "380.00" })],
    ));
    assert_eq!(
        lines,
        vec![(
            "lag (1990:746) om betalningsföreläggande och handräckning 48 § (kostnader enligt utslag)"
                .to_owned(),
            "Kostnader enligt utslaget 2025-05-20.".to_owned(),
            "Costs awarded by Kronofogden's decision (utslag) of 2025-05-20.".to_owned()
        )]
    );
}

#[test]
fn costs_of_an_unnamed_judgment_name_both() {
    let lines = court_costs_lines(json!([
        { "kind": "judgment", "date": "2025-06-02", "costs": "2800.00" }
    ]));
    assert_eq!(lines.len(), 1);
    assert!(lines[0].0.contains("dom eller utslag"), "{lines:?}");
    // Both in both languages (a timeline words review, stop 68: the English said "judgment").
    assert_eq!(
        lines[0].1,
        "Kostnader enligt domen eller utslaget 2025-06-02."
    );
    assert_eq!(
        lines[0].2,
        "Costs awarded by the judgment or decision (utslag) of 2025-06-02."
    );
}

/// An utslag's entry named its costs rättegångskostnader, though its fee line said "Kostnader
/// enligt utslaget" (a timeline words review, stop 68).
#[test]
fn an_utslag_entry_names_its_costs_as_costs() {
    let c = claim(with(
        to_order(),
        &[json!({ "kind": "judgment", "date": "2025-05-20", "costs": "380.00" })],
    ));
    let entries = judgment_entries(&c, json!({ "preset": "standard" }), "2025-05-21");
    assert!(
        starts(
            &entries,
            "Utslag meddelat 2025-05-20, kostnader 380,00\u{a0}kr",
            "Kronofogden's decision (utslag) given on 2025-05-20, costs SEK 380.00"
        ),
        "{entries:?}"
    );
}
