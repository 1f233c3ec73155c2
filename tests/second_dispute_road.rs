//! Was a defect (a review of 0a919ee found it; fixed): a judgment projected on a reopened road
//! left an invoice disputed and never tried without a road of its own.
//!
//! History (consumer): A 10 000 kr due 2025-02-10; B 5 000 kr issued 2025-03-01, due
//! 2025-06-02; C 3 000 kr issued 2025-03-15, due 2025-09-30. Inkassokrav 2025-02-20; the
//! debtor disputes 2025-04-01 (about A, B and C: all issued by then); stämningsansökan
//! 2025-04-22 (A's case: B and C not yet due); judgment 2025-08-15 (A); the creditor sues for
//! B on 2025-08-20 (C still not due, so it is not in B's case either). Today 2025-08-21.
//!
//! By `Claim::dispute_standing` as this commit words it, the judgment of 2025-08-15 decides
//! the dispute for A only, and the judgment on B's case (brought 2025-08-20) will decide it for
//! B only: C, disputed and never tried, stays disputed (`letter` refuses an inkassokrav for it
//! on 2026-01-20 with CLAIM_DISPUTED, and `check` would flag one). The rule (god inkassosed,
//! DOMAIN.md 4): a disputed claim is taken to court.
//!
//! The timeline projects: verkställighet on A's judgment 2025-10-01, B's judgment 2025-12-18,
//! its verkställighet 2025-12-19, and then nothing for C: its road ends although C is owed and
//! disputed. Recorded as projected, the same history gets a new road for C (stämningsansökan
//! 2025-12-22, judgment 2026-04-21, verkställighet 2026-04-22): the projection changes once
//! its own steps are recorded. Cause: `Projector::road_left_out_by_judgment` reopens the road
//! once, after the verkställighet on the first judgment; the judgment it projects on the
//! reopened road (B's) sets `left_out_dispute` for C, but nothing reopens after it, while
//! recorded, `lawful_history` reopens at that judgment's verkställighet. (At the parent
//! commit this history was stable: the dispute counted as decided by A's judgment.)

mod common;

use common::date;
use inkasso::claim::{Step, StepKind};
use inkasso::timeline::{Entry, EntryKind, EntryStatus, Timeline, TimelineOptions};
use serde_json::json;

fn claim() -> inkasso::Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-03-01", "dueDate": "2025-06-02" },
            { "number": "C", "amount": "3000.00", "issueDate": "2025-03-15", "dueDate": "2025-09-30" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 },
            { "kind": "dispute", "date": "2025-04-01" },
            { "kind": "courtAction", "date": "2025-04-22" },
            { "kind": "judgment", "date": "2025-08-15" },
            { "kind": "courtAction", "date": "2025-08-20" }
        ],
        "payments": []
    }))
    .expect("claim")
}

fn timeline(c: &inkasso::Claim) -> Timeline {
    let options = TimelineOptions {
        today: Some(date("2025-08-21")),
        ..TimelineOptions::default()
    };
    inkasso::timeline::timeline(c, &common::court_policy(), &options).expect("timeline")
}

fn projected(t: &Timeline) -> Vec<&Entry> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .collect()
}

fn road(t: &Timeline) -> Vec<String> {
    projected(t)
        .iter()
        .map(|e| format!("{:?} {}", e.kind, e.date))
        .collect()
}

/// A projected entry recorded as a step (as `court_path_properties.rs` records them).
fn recorded(e: &Entry) -> Option<Step> {
    let kind = e.kind.step_kind()?;
    let mut step = Step::new(kind, e.date);
    step.fee = Some(!e.fees.is_empty());
    step.further_year = e.further_year;
    step.payment_term_days = e
        .deadline
        .and_then(|d| u32::try_from((d - e.date).whole_days()).ok());
    Some(step)
}

/// Control (passes): C is still disputed after B's case, as `letter` reads it.
#[test]
fn control_letter_reads_c_as_disputed_after_bs_case() {
    let first = timeline(&claim());
    let mut with_road = claim();
    with_road
        .steps
        .extend(projected(&first).into_iter().filter_map(recorded));
    let r = inkasso::letter::letter(
        &with_road,
        StepKind::CollectionDemand,
        date("2026-01-20"),
        10,
        &inkasso::letter::LetterOptions::default(),
    );
    assert_eq!(
        r.as_ref().err().map(|e| e.code().as_str()),
        Some("CLAIM_DISPUTED")
    );
}

/// The projection recorded, the timeline projects a new court road for C: unstable.
#[test]
fn recording_the_projected_road_adds_a_court_road_for_c() {
    let first = timeline(&claim());
    let mut with_road = claim();
    with_road
        .steps
        .extend(projected(&first).into_iter().filter_map(recorded));
    let again = timeline(&with_road);
    assert!(
        !projected(&again)
            .iter()
            .any(|e| e.kind == EntryKind::CourtAction || e.kind == EntryKind::Judgment),
        "first projection {:?}, once recorded {:?}",
        road(&first),
        road(&again)
    );
}

/// The first projection already takes C (disputed, left out of both judgments) to court after
/// B's judgment, as `letter` and `check` read the dispute.
#[test]
fn the_first_projection_takes_c_to_court() {
    let first = timeline(&claim());
    let courts = projected(&first)
        .iter()
        .filter(|e| e.kind == EntryKind::CourtAction)
        .count();
    assert_eq!(courts, 1, "{:?}", road(&first));
}
