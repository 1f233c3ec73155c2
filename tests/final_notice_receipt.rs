//! A final notice that is a demand (after an inkassokrav left unpaid, or once Kronofogden or a
//! court has the claim) leaves the debtor the bank days after its assumed receipt that god
//! inkassosed asks of an inkassokrav, as it gives the inkassokrav's 8 days: around a long
//! weekend its deadline is extended. Until stop 70 only the inkassokrav's was: a final notice
//! sent on Friday 2025-12-19 with 8 days gave 2025-12-29, where an inkassokrav of the same day
//! gives 2026-01-05. `letter`, the timeline (a projected notice, and a recorded one with or
//! without its term) and `check` (its term, and a betalningsföreläggande after it) now date it
//! alike. The last reminder of a road of reminders only is not a demand and is not extended.

mod common;

use common::titles::timeline;

use inkasso::calendar::demand_deadline;
use inkasso::compliance::{check, FindingCode, FindingFacts};
use inkasso::letter::{letter, LetterOptions};
use inkasso::policy::{Policy, PresetId};
use inkasso::timeline::{EntryKind, EntryStatus};
use inkasso::warning::{AdjustReason, Facts};
use inkasso::{Claim, StepKind};
use serde_json::json;

/// A consumer's 10 000 kr invoice due 2025-10-01, with `steps`.
fn one_invoice(steps: serde_json::Value) -> Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }],
        "steps": steps
    }))
    .expect("claim")
}

/// The invoice with its inkassokrav of 2025-11-03 (10 days, to 2025-11-13) unpaid, and `more`
/// steps.
fn demanded(more: &[serde_json::Value]) -> Claim {
    let mut steps =
        vec![json!({ "kind": "collectionDemand", "date": "2025-11-03", "paymentTermDays": 10 })];
    steps.extend(more.iter().cloned());
    one_invoice(serde_json::Value::Array(steps))
}

/// The same invoice with only a reminder sent: a final notice is then the last reminder.
fn reminded() -> Claim {
    one_invoice(
        json!([{ "kind": "reminder", "date": "2025-10-06", "paymentTermDays": 10, "fee": false }]),
    )
}

/// The timeline's entry of the (one) final notice.
fn notice_entry(t: &inkasso::timeline::Timeline) -> &inkasso::timeline::Entry {
    t.entries
        .iter()
        .find(|e| e.kind == EntryKind::FinalNotice)
        .expect("the final notice")
}

fn notice_letter(c: &Claim, date: &str, days: u32) -> inkasso::letter::Letter {
    letter(
        c,
        StepKind::FinalNotice,
        common::date(date),
        days,
        &LetterOptions::default(),
    )
    .expect("letter")
}

#[test]
fn a_final_notice_that_is_a_demand_is_extended_as_an_inkassokrav_is() {
    // Friday 2025-12-19, 8 days: Saturday 12-27, moved to Monday 12-29; assumed received
    // Tuesday 12-23, the fourth bank day after it is 2026-01-05 (nyårsafton, nyårsdagen off).
    let c = demanded(&[]);
    let notice = notice_letter(&c, "2025-12-19", 8);
    let demand = letter(
        &c,
        StepKind::CollectionDemand,
        common::date("2025-12-19"),
        8,
        &LetterOptions::default(),
    )
    .expect("inkassokrav");
    assert_eq!(notice.deadline, common::date("2026-01-05"));
    assert_eq!(notice.deadline, demand.deadline);
    assert_eq!(notice.payment_term_days, 17);
    assert_eq!(notice.step.payment_term_days, Some(17));
    assert_eq!(notice.deadline_moved_from, None);
    let payment = notice
        .sections
        .iter()
        .find(|s| s.id == inkasso::letter::SectionId::Payment)
        .expect("payment section");
    assert!(
        payment
            .body
            .en
            .contains("The term is extended so that you have four bank days"),
        "{}",
        payment.body.en
    );
    // In an ordinary week the 8 days already leave four bank days.
    let ordinary = notice_letter(&c, "2025-12-01", 8);
    assert_eq!(ordinary.deadline, common::date("2025-12-09"));
    assert_eq!(ordinary.payment_term_days, 8);
}

#[test]
fn a_final_notice_on_the_legal_road_is_extended_too() {
    // Once Kronofogden has the claim (a betalningsföreläggande recorded), a final notice is a
    // demand whatever came before it.
    let c = one_invoice(json!([
        { "kind": "collectionDemand", "date": "2025-10-06", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2025-10-20" }
    ]));
    let notice = notice_letter(&c, "2025-12-22", 8);
    assert_eq!(notice.deadline, common::date("2026-01-07"));
    assert_eq!(notice.payment_term_days, 16);
}

#[test]
fn the_last_reminder_is_not_extended() {
    let notice = notice_letter(&reminded(), "2025-12-19", 8);
    assert_eq!(notice.deadline, common::date("2025-12-29"));
    assert_eq!(notice.deadline_moved_from, Some(common::date("2025-12-27")));
    assert_eq!(notice.payment_term_days, 8);
}

fn extended_note(e: &inkasso::timeline::Entry) -> Option<inkasso::time::Date> {
    e.notes.iter().find_map(|w| match w.facts {
        Facts::ProjectionAdjusted {
            reason: AdjustReason::DemandTermExtended { deadline, .. },
        } => Some(deadline),
        _ => None,
    })
}

fn first_projected(
    t: &inkasso::timeline::Timeline,
    kind: EntryKind,
) -> Option<inkasso::time::Date> {
    t.entries
        .iter()
        .find(|e| e.status == EntryStatus::Projected && e.kind == kind)
        .map(|e| e.date)
}

#[test]
fn a_recorded_final_notice_without_its_term_is_assumed_extended() {
    let c = demanded(&[json!({ "kind": "finalNotice", "date": "2025-12-19" })]);
    let policy = Policy::preset(PresetId::ReminderDemandFinalNotice);
    let t = timeline(&c, &policy, "2025-12-20", "2026-06-30");
    let notice = notice_entry(&t);
    assert_eq!(notice.status, EntryStatus::Taken);
    // The policy's 10 days end Monday 12-29; extended to 2026-01-05, with a note.
    assert_eq!(notice.deadline, Some(common::date("2026-01-05")));
    assert_eq!(extended_note(notice), Some(common::date("2026-01-05")));
    let order = first_projected(&t, EntryKind::PaymentOrder).expect("a betalningsföreläggande");
    assert!(order > common::date("2026-01-05"), "{order}");
    // Recorded as the letter gave it, `check` finds nothing about it.
    let l = notice_letter(&demanded(&[]), "2025-12-19", 10);
    let mut sent = demanded(&[]);
    sent.steps.push(l.step);
    assert_eq!(l.deadline, common::date("2026-01-05"));
    assert!(check(&sent, Some(&policy)).expect("check").is_empty());
}

#[test]
fn a_final_notice_recorded_with_a_short_term_is_flagged_and_waited_for() {
    // Recorded with the 8 days as written (deadline 12-29): `check` warns that it leaves one
    // bank day after its assumed receipt, and the timeline, showing the deadline it gave,
    // waits for the one it should have given before the betalningsföreläggande.
    let c =
        demanded(&[json!({ "kind": "finalNotice", "date": "2025-12-19", "paymentTermDays": 8 })]);
    let findings = check(&c, None).expect("check");
    let short: Vec<_> = findings
        .iter()
        .filter(|f| f.step == Some(1))
        .map(|f| (f.code, f.facts.clone()))
        .collect();
    assert_eq!(short.len(), 1, "{short:?}");
    assert_eq!(short[0].0, FindingCode::CollectionTermTooShort);
    match &short[0].1 {
        FindingFacts::TermShortAfterReceipt {
            kind,
            deadline,
            received,
            bank_days,
            min,
            ..
        } => {
            assert_eq!(*kind, StepKind::FinalNotice);
            assert_eq!(*deadline, common::date("2025-12-29"));
            assert_eq!(*received, common::date("2025-12-23"));
            assert_eq!((*bank_days, *min), (1, 4));
        }
        other => panic!("{other:?}"),
    }
    let text = findings
        .iter()
        .find(|f| f.step == Some(1))
        .expect("finding")
        .text();
    assert!(
        text.en
            .starts_with("The final notice of 2025-12-19, a demand"),
        "{}",
        text.en
    );
    let policy = Policy::preset(PresetId::ReminderDemandFinalNotice);
    let t = timeline(&c, &policy, "2025-12-20", "2026-06-30");
    let notice = notice_entry(&t);
    assert_eq!(notice.deadline, Some(common::date("2025-12-29")));
    // It says why what follows waits (a diff review: the entry had no note).
    let said: Vec<_> = notice
        .notes
        .iter()
        .filter_map(|w| match w.facts {
            Facts::ProjectionAdjusted {
                reason: AdjustReason::ShortTermGiven { kind, lawful },
            } => Some((kind, lawful, w.text().en)),
            _ => None,
        })
        .collect();
    assert_eq!(said.len(), 1, "{:?}", notice.notes);
    assert_eq!(
        (said[0].0, said[0].1),
        (StepKind::FinalNotice, common::date("2026-01-05"))
    );
    assert!(
        said[0].2.starts_with("The final notice, a demand"),
        "{}",
        said[0].2
    );
    let order = first_projected(&t, EntryKind::PaymentOrder).expect("a betalningsföreläggande");
    assert!(order > common::date("2026-01-05"), "{order}");
    // A betalningsföreläggande before the deadline it should have given is flagged, with
    // that deadline; after it, not.
    for (day, flagged) in [
        ("2025-12-30", true),
        ("2026-01-05", true),
        ("2026-01-06", false),
    ] {
        let with = demanded(&[
            json!({ "kind": "finalNotice", "date": "2025-12-19", "paymentTermDays": 8 }),
            json!({ "kind": "paymentOrder", "date": day }),
        ]);
        let found: Vec<_> = check(&with, None)
            .expect("check")
            .into_iter()
            .filter(|f| f.step == Some(2))
            .collect();
        let early = found.iter().find_map(|f| match f.facts {
            FindingFacts::PaymentOrderBeforeNoticeDeadline {
                deadline, extended, ..
            } => Some((deadline, extended)),
            _ => None,
        });
        if flagged {
            assert_eq!(early, Some((common::date("2026-01-05"), true)), "{day}");
            let f = found
                .iter()
                .find(|f| f.code == FindingCode::PaymentOrderBeforeDeadline)
                .expect("finding");
            assert!(
                f.text().en.contains("should have given 2026-01-05"),
                "{}",
                f.text().en
            );
        } else {
            assert_eq!(early, None, "{day}: {found:?}");
        }
    }
}

#[test]
fn a_projected_final_notice_is_dated_as_its_letter_and_check_date_it() {
    // Inkassokrav recorded on each day of three weeks before Christmas: the final notice the
    // preset projects after it falls on every weekday around the long weekend.
    let policy = Policy::preset(PresetId::ReminderDemandFinalNotice);
    let mut extended = 0;
    let mut day = common::date("2025-11-24");
    while day <= common::date("2025-12-16") {
        let c = common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }],
            "steps": [{ "kind": "collectionDemand", "date": day.to_string(), "paymentTermDays": 8 }]
        }))
        .expect("claim");
        let t = timeline(&c, &policy, &day.to_string(), "2026-06-30");
        let notice = t
            .entries
            .iter()
            .find(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::FinalNotice)
            .expect("a projected final notice");
        let lawful = demand_deadline(notice.date, 10).expect("deadline");
        assert_eq!(notice.deadline, Some(lawful.deadline), "{day}");
        assert_eq!(extended_note(notice).is_some(), lawful.extended, "{day}");
        if lawful.extended {
            extended += 1;
        }
        let l = notice_letter(&c, &notice.date.to_string(), 10);
        assert_eq!(Some(l.deadline), notice.deadline, "{day}");
        let order = first_projected(&t, EntryKind::PaymentOrder).expect("a betalningsföreläggande");
        assert!(Some(order) > notice.deadline, "{day}");
        // Recorded as projected (the term the entry gives), `check` finds nothing.
        let mut sent = c.clone();
        sent.steps.push(l.step);
        let mut order_step = inkasso::Step::new(StepKind::PaymentOrder, order);
        order_step.fee = None;
        sent.steps.push(order_step);
        let errors: Vec<_> = check(&sent, Some(&policy))
            .expect("check")
            .into_iter()
            .map(|f| f.code)
            .collect();
        assert!(errors.is_empty(), "{day}: {errors:?}");
        day = day.next_day().expect("day");
    }
    assert!(extended >= 3, "{extended}");
}
