//! Property tests (proptest) of the timeline's court path and of which invoices a title covers:
//! generated claims of one to three invoices (some issued long after the first) whose histories
//! follow a plausible road through the courts (inkassokrav, betalningsföreläggande, dispute,
//! stämningsansökan, dom, verkställighet, efterbevakning, amorteringsplan, reminders, in roughly
//! escalation order with random gaps, sometimes a second round after a judgment), with
//! payments, credit notes and a "today", under every preset with and without the court path.
//! `timeline_properties.rs` leaves these step kinds out.
//!
//! What is checked, for each claim, today and policy (see `check_case`):
//! 1. the timeline of a valid claim is `Ok` (default options but `today`: nothing is strict);
//! 2. its entries are in date order, and no projected entry is dated before today but a
//!    further year of a taken verkställighet (Kronofogden's yearly fee, not a send);
//! 3. the projection is lawful: the claim with the projected steps recorded (their kind, date,
//!    whether they charged a fee and the term to their deadline) has no `check` finding of
//!    severity error about a projected step;
//! 4. the road is stable: with the projected steps recorded (as in 3, but a further year the
//!    timeline marks as its last, beyond which it projects no more), the timeline of the same
//!    today keeps each of them as a taken step and projects nothing on or before the last of
//!    them, and after it nothing but further years of a verkställighet. Two documented Known
//!    limits (README) are left out of this check by their shape (see `known_limit_*`). The
//!    `bug_*` tests are the cases this suite found (fixed, each failing before its fix) and,
//!    ignored, a third Known limit (steps recorded after today).
//!
//! Every date lies within the embedded referensränta table (anchors 2010–2021, no event after
//! 2025), so `check` and the timeline value the same interest and no exemption for days beyond
//! the table is needed.
//!
//! # How many cases
//! 256 per property (or `PROPTEST_CASES=N`, at least 256); `INKASSO_LONG=1` runs at least
//! 10 000:
//!
//! ```text
//! INKASSO_LONG=1 cargo test --release --test court_path_properties
//! ```

// proptest is a native-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod prop_common;

use inkasso::compliance::Severity;
use inkasso::policy::{Policy, PresetId};
use inkasso::timeline::{timeline, Entry, EntryKind, EntryStatus, Timeline, TimelineOptions};
use inkasso::warning::{AdjustReason, Facts};
use inkasso::{Claim, CreditNote, DayCount, DebtorKind, Invoice, Money, Payment, Step, StepKind};
use prop_common::{config_with_at_least, day};
use proptest::prelude::*;
use serde_json::json;
use time::{Date, Month};

fn date(year: i32, month: Month, d: u8) -> Date {
    Date::from_calendar_date(year, month, d).expect("a calendar date")
}

/// No event (step, payment, credit note, today) is generated after this day: the timeline's
/// projection from it stays well within the embedded rate table (to 2026-12-31).
fn last_event_day() -> Date {
    date(2025, Month::December, 31)
}

/// A policy under test, and how to name it in a failure.
struct Named {
    label: String,
    policy: Policy,
}

/// Every preset as it is, and, where it has verkställighet, with the court path (after a
/// recorded dispute) and efterbevakning added: no preset has a court path of its own, and both
/// lead to verkställighet (a policy with either and no `enforcement` is refused: stop 67).
fn policies() -> Vec<Named> {
    let mut out: Vec<Named> = Policy::presets()
        .into_iter()
        .map(|p| Named {
            label: p.id.clone(),
            policy: p,
        })
        .collect();
    for id in PresetId::ALL {
        if Policy::preset(id).enforcement.is_none() {
            continue;
        }
        let input = json!({ "preset": id.as_str(), "court": {}, "surveillance": {} });
        out.push(Named {
            label: format!("{} + court + surveillance", id.as_str()),
            policy: common::policy(input),
        });
    }
    out
}

fn amount() -> impl Strategy<Value = Money> {
    prop_oneof![
        8 => (10_000i64..5_000_000).prop_map(Money::from_ore),
        1 => (1i64..10_000).prop_map(Money::from_ore),
        1 => (5_000_000i64..=10_000_000_000).prop_map(Money::from_ore),
    ]
}

/// Days between two steps of a road: mostly weeks, sometimes months, sometimes a day or two.
fn gap() -> impl Strategy<Value = i64> {
    prop_oneof![
        6 => 7i64..45,
        3 => 45i64..200,
        1 => 1i64..7,
    ]
}

/// The court road in escalation order; a round keeps some of it.
const ROAD: [StepKind; 8] = [
    StepKind::Reminder,
    StepKind::CollectionDemand,
    StepKind::PaymentOrder,
    StepKind::Dispute,
    StepKind::CourtAction,
    StepKind::Judgment,
    StepKind::Enforcement,
    StepKind::Surveillance,
];

/// How likely each kind of [`ROAD`] is left out of a round, in percent (a roll below it
/// leaves it out, so that shrinking drops steps).
const DROP: [u32; 8] = [60, 15, 40, 50, 30, 25, 45, 85];

prop_compose! {
    /// One round of the road: a prefix of [`ROAD`] (the history stops somewhere), each kind
    /// kept or not, sometimes two neighbours swapped ("roughly" in order) and an
    /// amorteringsplan put somewhere, each after a gap.
    fn round()(
        stop in prop_oneof![3 => Just(ROAD.len()), 2 => 1usize..ROAD.len()],
        rolls in prop::array::uniform8(0u32..100),
        swap in prop::option::weighted(0.15, 0usize..8),
        plan in prop::option::weighted(0.12, 0usize..8),
        gaps in prop::collection::vec(gap(), 10),
    ) -> Vec<(StepKind, i64)> {
        let mut kinds: Vec<StepKind> = ROAD
            .iter()
            .zip(rolls)
            .zip(DROP)
            .take(stop)
            .filter(|((_, roll), drop)| roll >= drop)
            .map(|((kind, _), _)| *kind)
            .collect();
        if let Some(i) = swap {
            if i + 1 < kinds.len() {
                kinds.swap(i, i + 1);
            }
        }
        if let Some(i) = plan {
            kinds.insert(i.min(kinds.len()), StepKind::PaymentPlan);
        }
        kinds.into_iter().zip(gaps).collect()
    }
}

/// Histories: none, one round, or (after a judgment or verkställighet) a second round, each
/// step after the
/// previous one by its gap.
fn road() -> impl Strategy<Value = Vec<(StepKind, i64)>> {
    prop_oneof![
        1 => Just(Vec::new()),
        5 => round(),
        3 => (round(), round(), 10i64..300).prop_map(|(mut first, second, pause)| {
            // A second round only after a title of the first: a judgment, or a verkställighet
            // (on a betalningsföreläggande's utslag when no judgment came before it: a
            // second case after the first ended there).
            if first
                .iter()
                .any(|(k, _)| matches!(k, StepKind::Judgment | StepKind::Enforcement))
            {
                let mut second = second;
                if let Some(s) = second.first_mut() {
                    s.1 += pause;
                }
                first.extend(second);
            }
            first
        }),
        // A first case ended in an utslag and its verkställighet, then a second round.
        1 => (prop::collection::vec(gap(), 3), round(), 10i64..300).prop_map(|(gaps, second, pause)| {
            let first = [StepKind::CollectionDemand, StepKind::PaymentOrder, StepKind::Enforcement];
            let mut road: Vec<(StepKind, i64)> = first.into_iter().zip(gaps).collect();
            let mut second = second;
            if let Some(s) = second.first_mut() {
                s.1 += pause;
            }
            road.extend(second);
            road
        }),
    ]
}

prop_compose! {
    /// A valid claim falling due near an anchor in 2010–2021: one to three invoices (the first
    /// due from 40 days before to 10 days after the anchor, the others sometimes issued up to
    /// 450 days later), a court road from around the first due date (litigation costs on some
    /// judgments), payments, credit notes and "today" (or none: within the history or up to 400 days after it).
    fn claim_and_today()(
        anchor in (2010i32..=2021, 0i64..366).prop_map(|(y, d)| day(date(y, Month::January, 1), d)),
        debtor in prop::sample::select(vec![DebtorKind::Consumer, DebtorKind::Business, DebtorKind::Public]),
        reminder_fee_agreed in any::<bool>(),
        late_fee in any::<bool>(),
        day_count in prop::sample::select(vec![DayCount::ActualActual, DayCount::Actual365, DayCount::Thirty360]),
        shift_due_date in prop::bool::weighted(0.8),
        invoices in prop::collection::vec(
            (prop_oneof![2 => -40i64..=10, 1 => 10i64..=450], 0i64..60, any::<bool>(), amount()),
            1..4,
        ),
        start in -15i64..60,
        road in road(),
        payments in prop_oneof![
            2 => Just(Vec::new()),
            1 => prop::collection::vec((0u32..=1000, amount()), 1..4),
        ],
        credits in prop_oneof![
            2 => Just(Vec::new()),
            1 => prop::collection::vec((0usize..3, 0u32..=1000, 1i64..=100), 1..3),
        ],
        today in prop::option::weighted(0.8, 0u32..=1000),
        costs in prop::option::weighted(0.4, 1_000i64..2_000_000),
        paid_before_judgment in prop::option::weighted(0.15, 1i64..60),
        further_years in prop::sample::select(vec![0u8, 0, 0, 1, 2]),
        withdrawal in prop::option::weighted(0.25, 0i64..120),
        plan_ended in prop::option::weighted(0.4, 0i64..200),
    ) -> (Claim, Option<Date>) {
        let invoices: Vec<Invoice> = invoices
            .into_iter()
            .enumerate()
            .map(|(i, (due, age, agreed, amount))| {
                // The first invoice falls due around the anchor.
                let due = if i == 0 { due.clamp(-40, 10) } else { due };
                let due_date = day(anchor, due);
                Invoice {
                    number: format!("F-{i}"),
                    amount,
                    issue_date: if agreed { day(due_date, -age) } else { day(due_date, -30) },
                    due_date: agreed.then_some(due_date),
                    rate: None,
                    description: None,
                }
            })
            .collect();
        let first = invoices.iter().map(|i| i.issue_date).min().unwrap_or(anchor);
        let mut steps = Vec::new();
        let mut at = day(anchor, start).max(first);
        for (kind, gap) in road {
            at = day(at, gap);
            if at > last_event_day() {
                break;
            }
            let mut step = Step::new(kind, at);
            // Litigation costs on some judgments (the judgment is a title for them).
            if kind == StepKind::Judgment {
                step.costs = costs.map(Money::from_ore);
            }
            // Sometimes a verkställighet after an earlier one is recorded as its further year
            // (`furtherYear`), whatever came between them.
            if kind == StepKind::Enforcement
                && further_years == 1
                && steps.iter().any(|s: &Step| s.kind == StepKind::Enforcement)
            {
                step.further_year = true;
            }
            steps.push(step);
        }
        // Or a further year recorded a year after the first verkställighet, as the timeline
        // projects it, among the steps of its day.
        let first_enforcement = steps.iter().find(|s| s.kind == StepKind::Enforcement).map(|s| s.date);
        if let (2, Some(e)) = (further_years, first_enforcement) {
            let next = e.replace_year(e.year() + 1).unwrap_or(day(e, 365));
            if next <= last_event_day() {
                let mut year = Step::new(StepKind::Enforcement, next);
                year.further_year = true;
                let at = steps.iter().position(|s| s.date > next).unwrap_or(steps.len());
                steps.insert(at, year);
            }
        }
        // The history's span, from the first issue date to 400 days after its last step:
        // payments, credit notes and today fall in it (a thousandth at a time).
        let end = steps.last().map_or(anchor, |s| s.date).max(anchor);
        let span = (day(end, 400) - first).whole_days();
        let within = |per_mille: u32| day(first, span * i64::from(per_mille) / 1000);
        let mut payments: Vec<Payment> = payments
            .into_iter()
            .map(|(at, amount)| Payment { date: within(at), amount, invoice: None })
            .filter(|p| p.date <= last_event_day())
            .collect();
        // Sometimes the debtor pays everything (and more) during the case: a judgment's
        // costs are then all that is left to enforce.
        let judged = steps.iter().find(|s| s.kind == StepKind::Judgment).map(|s| s.date);
        if let (Some(days), Some(judged)) = (paid_before_judgment, judged) {
            let twice: i64 = invoices.iter().map(|i| i.amount.ore() * 2).sum();
            payments.push(Payment {
                date: day(judged, -days).max(first),
                amount: Money::from_ore(twice),
                invoice: None,
            });
        }
        let mut claim = Claim {
            debtor,
            reminder_fee_agreed,
            late_fee,
            day_count,
            shift_due_date,
            agreed_rate: None,
            agreed_margin: None,
            invoices,
            steps,
            payments,
            credits: Vec::new(),
        };
        // Each invoice credited at most its amount, never before it is issued.
        let mut left: Vec<i64> = claim.invoices.iter().map(|i| i.amount.ore()).collect();
        for (which, at, percent) in credits {
            let k = which % left.len();
            let invoice = &claim.invoices[k];
            let amount = (invoice.amount.ore() * percent / 100).min(left[k]);
            let on = within(at).max(invoice.issue_date);
            if amount <= 0 || on > last_event_day() {
                continue;
            }
            left[k] -= amount;
            claim.credits.push(CreditNote {
                invoice: invoice.number.clone(),
                date: on,
                amount: Money::from_ore(amount),
            });
        }
        // Sometimes a dispute is withdrawn (återkallat bestridande) some days after it, unless
        // it is the objection to a betalningsföreläggande, which cannot be.
        if let Some(days) = withdrawal {
            for i in 0..claim.steps.len() {
                let step = claim.steps[i];
                let on = day(step.date, days);
                if step.kind != StepKind::Dispute || on > last_event_day() {
                    continue;
                }
                claim.steps[i].withdrawn = Some(on);
                if claim.validate().is_err() {
                    claim.steps[i].withdrawn = None;
                }
            }
        }
        // Sometimes the creditor judged a dispute groundless (an osaklig invändning): one in
        // eleven, by its day, so that the persisted seeds still draw their claims; never the
        // objection to a betalningsföreläggande, which cannot be.
        for i in 0..claim.steps.len() {
            let step = claim.steps[i];
            if step.kind != StepKind::Dispute || step.date.to_julian_day() % 11 != 0 {
                continue;
            }
            claim.steps[i].groundless = true;
            if claim.validate().is_err() {
                claim.steps[i].groundless = false;
            }
        }
        // Sometimes an amorteringsplan records the day it ended (broken, or cancelled).
        if let Some(days) = plan_ended {
            for step in claim.steps.iter_mut().filter(|s| s.kind == StepKind::PaymentPlan) {
                let on = day(step.date, days);
                if on <= last_event_day() {
                    step.ended = Some(on);
                }
            }
        }
        let today = today.map(|t| within(t).min(last_event_day()));
        (claim, today)
    }
}

/// A further year of a taken verkställighet (dated by its year, not sent: it may lie before
/// today).
fn further_year(e: &Entry) -> bool {
    e.notes.iter().any(|n| {
        matches!(
            n.facts,
            Facts::ProjectionAdjusted {
                reason: AdjustReason::FurtherEnforcementYear { .. }
                    | AdjustReason::LastFurtherYearProjected { .. }
            }
        )
    })
}

/// The last further year the timeline projects, a bound on its work: enforcement may go on
/// after it, beyond the timeline's horizon.
fn beyond_horizon(e: &Entry) -> bool {
    e.notes.iter().any(|n| {
        matches!(
            n.facts,
            Facts::ProjectionAdjusted {
                reason: AdjustReason::LastFurtherYearProjected { .. }
            }
        )
    })
}

/// A projected entry recorded as a step: its `record` (its kind, its date, the term as sent,
/// `fee: false` where it charged none). It sets the same deadline as the term to the entry's
/// own deadline, and claims a fee where the entry charged one.
fn recorded(e: &Entry) -> Option<Step> {
    let step = e.record?;
    let term = e
        .deadline
        .and_then(|d| u32::try_from((d - e.date).whole_days()).ok());
    let moved = |days: Option<u32>| {
        days.and_then(|d| inkasso::calendar::add_days(e.date, i64::from(d)).ok())
            .and_then(|d| inkasso::calendar::next_business_day(d).ok())
    };
    assert_eq!(moved(step.payment_term_days), moved(term), "{e:?}");
    if !e.fees.is_empty() {
        assert_eq!(step.fee, None, "{e:?}");
    }
    Some(step)
}

fn projected(t: &Timeline) -> impl Iterator<Item = &Entry> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
}

/// The claim, today and policy of a failure, to reproduce it.
fn describe(claim: &Claim, today: Option<Date>, label: &str) -> String {
    format!(
        "policy {label}, today {}, claim {}",
        today.map_or("none".to_owned(), |d| d.to_string()),
        serde_json::to_string(claim).expect("a claim serialises")
    )
}

/// Entries as (kind, date).
type Road = Vec<(EntryKind, String)>;

fn kinds_and_dates(t: &Timeline, status: EntryStatus) -> Road {
    t.entries
        .iter()
        .filter(|e| e.status == status)
        .map(|e| (e.kind, e.date.to_string()))
        .collect()
}

/// Properties 1–4 of one claim, today and policy.
fn check_case(claim: &Claim, today: Option<Date>, named: &Named) -> Result<(), TestCaseError> {
    let policy = &named.policy;
    let case = || describe(claim, today, &named.label);
    let options = TimelineOptions {
        today,
        ..TimelineOptions::default()
    };

    // 1. A valid claim has a timeline.
    let t = timeline(claim, policy, &options)
        .map_err(|e| TestCaseError::fail(format!("timeline failed: {e}\n{}", case())))?;

    // 2. Date order; nothing projected before today but further years.
    for w in t.entries.windows(2) {
        prop_assert!(
            w[0].date <= w[1].date,
            "{:?} {} before {:?} {}\n{}",
            w[0].kind,
            w[0].date,
            w[1].kind,
            w[1].date,
            case()
        );
    }
    if let Some(today) = today {
        for e in projected(&t).filter(|e| !further_year(e)) {
            prop_assert!(
                e.date >= today,
                "{:?} projected on {} before today\n{}",
                e.kind,
                e.date,
                case()
            );
        }
    }

    // 3. The projection recorded is lawful.
    let taken = claim.steps.len();
    let mut with_projection = claim.clone();
    with_projection
        .steps
        .extend(projected(&t).filter_map(recorded));
    // KNOWN LIMIT (README, "Steps projected before the last recorded one"): a
    // betalningsföreläggande projected before a recorded dispute that was withdrawn makes,
    // once recorded, that dispute its objection, which cannot be withdrawn.
    if with_projection
        .validate()
        .is_err_and(|e| e.code() == inkasso::ErrorCode::InvalidWithdrawal)
        && known_limit_projected_before_a_withdrawn_dispute(claim, &t)
    {
        return Ok(());
    }
    let findings = inkasso::compliance::check(&with_projection, Some(policy))
        .map_err(|e| TestCaseError::fail(format!("check failed: {e}\n{}", case())))?;
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error && f.step.is_some_and(|s| s >= taken))
        .map(|f| format!("{} (step {:?}): {}", f.code.as_str(), f.step, f.text().en))
        .collect();
    prop_assert!(
        errors.is_empty(),
        "unlawful projection {:?}: {:?}\n{}",
        kinds_and_dates(&t, EntryStatus::Projected),
        errors,
        case()
    );

    // 5. The timeline and `letter` read a standing dispute alike: where the projection goes on
    // with a letter, `letter` does not refuse it as disputed; where it goes to court, no letter
    // may be sent (disputed, or refused earlier for another reason).
    if let Some(first) = projected(&t).next() {
        let as_letter = match first.kind {
            EntryKind::Reminder => Some(StepKind::Reminder),
            EntryKind::CollectionDemand | EntryKind::FinalNotice => {
                Some(StepKind::CollectionDemand)
            }
            EntryKind::CourtAction => Some(StepKind::CollectionDemand),
            _ => None,
        };
        if let Some(kind) = as_letter {
            // Valued as the timeline values the history: the policy's fee choices on the steps
            // that state none, förseningsersättning only where both claim it.
            let mut valued = claim.clone();
            valued.late_fee = claim.late_fee && policy.fees.late_fee;
            for step in &mut valued.steps {
                let waived = match step.kind {
                    StepKind::Reminder => !policy.fees.reminder_fee,
                    StepKind::CollectionDemand => !policy.fees.collection_fee,
                    _ => false,
                };
                if waived && step.fee.is_none() {
                    step.fee = Some(false);
                }
            }
            let sent = inkasso::letter::letter(
                &valued,
                kind,
                first.date,
                14,
                &inkasso::letter::LetterOptions::default(),
            );
            if first.kind == EntryKind::CourtAction {
                prop_assert!(
                    sent.is_err(),
                    "a court action projected on {} but a letter may be sent\n{}",
                    first.date,
                    case()
                );
            } else {
                prop_assert!(
                    sent.as_ref()
                        .err()
                        .is_none_or(|e| e.code() != inkasso::ErrorCode::ClaimDisputed),
                    "{:?} projected on {} but the letter is refused as disputed\n{}",
                    first.kind,
                    first.date,
                    case()
                );
            }
        }
    }

    // 4. Recorded, the road is the same: every recorded step kept, nothing new before the
    // last of them.
    let mut with_road = claim.clone();
    with_road.steps.extend(
        projected(&t)
            .filter(|e| !beyond_horizon(e))
            .filter_map(recorded),
    );
    let Some(last) = with_road.steps[taken..].iter().map(|s| s.date).max() else {
        return Ok(());
    };
    let again = timeline(&with_road, policy, &options).map_err(|e| {
        TestCaseError::fail(format!(
            "timeline of the recorded road failed: {e}\n{}",
            case()
        ))
    })?;
    let taken_again = again
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Taken)
        .count();
    prop_assert_eq!(taken_again, with_road.steps.len(), "{}", case());
    // Nothing projected on or before the last recorded step, and after it nothing but the
    // further years of a verkställighet (the road was projected to its end the first time).
    let early: Vec<&Entry> = projected(&again)
        .filter(|e| e.date <= last || !further_year(e))
        .collect();
    if known_limit_case_brought_before_the_invoice(claim)
        || known_limit_projected_before_the_history_ends(claim, &t)
        || (known_limit_undecided_case_decided_by_a_projected_judgment(claim, &t)
            && early.iter().all(|e| e.kind == EntryKind::Enforcement))
        || (known_limit_pending_case_holds_the_road_again(claim)
            && early
                .iter()
                .all(|e| matches!(e.kind, EntryKind::Judgment | EntryKind::Enforcement)))
    {
        return Ok(());
    }
    let early: Road = early.iter().map(|e| (e.kind, e.date.to_string())).collect();
    prop_assert!(
        early.is_empty(),
        "recorded up to {}, {:?} projected again (first projection {:?}, then {:?})\n{}",
        last,
        early,
        kinds_and_dates(&t, EntryStatus::Projected),
        kinds_and_dates(&again, EntryStatus::Projected),
        case()
    );
    Ok(())
}

/// KNOWN LIMIT (README, "Steps projected before the last recorded one"): a step projected
/// before the last recorded step (one recorded after today, or the road of an invoice a title
/// left out resumed before a recorded efterbevakning) is judged against the history's
/// settlement, so a payment after it may end the road there although the projected step's fee
/// leaves something unpaid; recorded, the fee is owed and the road goes on. And a judgment
/// projected before a recorded verkställighet (the court road of a dispute that verkställighet
/// does not decide) makes that verkställighet, once the judgment is recorded, one on the
/// judgment, which may leave an invoice out. Left out of the stability check when a payment or
/// such a verkställighet follows such a step.
fn known_limit_projected_before_the_history_ends(claim: &Claim, t: &Timeline) -> bool {
    let Some(history_end) = claim.steps.iter().map(|s| s.date).max() else {
        return false;
    };
    let enforced_after = |day: Date| {
        claim
            .steps
            .iter()
            .any(|s| s.kind == StepKind::Enforcement && s.date > day)
    };
    projected(t).any(|e| {
        e.date < history_end
            && (claim.payments.iter().any(|p| p.date >= e.date)
                || (e.kind == EntryKind::Judgment && enforced_after(e.date)))
    })
}

/// KNOWN LIMIT (README, "A case before the court of some invoices"): a case left without a
/// judgment is decided, in the engine's reading, by the next judgment recorded, so a judgment
/// the timeline projects for a later dispute's case, once recorded, also decides the earlier
/// case's invoices, and a verkställighet on it may then be projected that was not before
/// (campaign seed 13382, as the README's example: an earlier court action of two invoices an
/// utslag had since enforced, a later case for a third invoice credited in full).
fn known_limit_undecided_case_decided_by_a_projected_judgment(claim: &Claim, t: &Timeline) -> bool {
    let undecided = claim
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::CourtAction)
        .any(|c| {
            !claim
                .steps
                .iter()
                .any(|j| j.kind == StepKind::Judgment && j.date >= c.date)
        });
    undecided && projected(t).any(|e| e.kind == EntryKind::Judgment)
}

/// KNOWN LIMIT (README, "A case before the court of some invoices"): a case pending while an
/// invoice falling due after its filing is owed leaves the road as it was (its letters are
/// projected); once that invoice is paid or credited off, the case holds the road again, so
/// recording the letters can bring the case's judgment (and its verkställighet) into the
/// timeline, dated before them (court-path seeds 12105 and 14005, the latter with the invoice
/// credited off rather than paid).
fn known_limit_pending_case_holds_the_road_again(claim: &Claim) -> bool {
    claim.steps.iter().any(|c| {
        c.kind == StepKind::CourtAction
            && !claim
                .steps
                .iter()
                .any(|j| j.kind == StepKind::Judgment && j.date >= c.date)
            && claim
                .invoices
                .iter()
                .any(|i| claim.effective_due_date(i).is_ok_and(|due| due >= c.date))
    })
}

/// KNOWN LIMIT (README, "Steps projected before the last recorded one"): a
/// betalningsföreläggande projected before a recorded `dispute` with `withdrawn`.
fn known_limit_projected_before_a_withdrawn_dispute(claim: &Claim, t: &Timeline) -> bool {
    projected(t).any(|e| {
        e.kind == EntryKind::PaymentOrder
            && claim
                .steps
                .iter()
                .any(|s| s.kind == StepKind::Dispute && s.withdrawn.is_some() && s.date >= e.date)
    })
}

/// KNOWN LIMIT (README, "Invoices a title does not cover"): a betalningsföreläggande or
/// stämningsansökan recorded after a judgment, before an invoice the judgment left out fell
/// due, is read as bringing the next case, so the judgment of that case (projected, then
/// recorded) leaves the invoice out and its road is projected again; those histories are left
/// out of the stability check.
fn known_limit_case_brought_before_the_invoice(claim: &Claim) -> bool {
    let judgments = || {
        claim
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Judgment)
            .map(|s| s.date)
    };
    claim.steps.iter().any(|s| {
        matches!(s.kind, StepKind::PaymentOrder | StepKind::CourtAction)
            && judgments().any(|j| j < s.date)
            && claim
                .invoices
                .iter()
                .any(|i| claim.effective_due_date(i).is_ok_and(|due| due >= s.date))
    })
}

proptest! {
    #![proptest_config(config_with_at_least(256))]

    #[test]
    fn court_roads_have_lawful_stable_timelines_under_every_preset(
        (claim, today) in claim_and_today()
    ) {
        prop_assert!(claim.validate().is_ok(), "{}", describe(&claim, today, "-"));
        for named in policies() {
            check_case(&claim, today, &named)?;
        }
    }
}

#[test]
fn the_generator_reaches_the_court_path() {
    // The generated histories take the court road often enough to matter: a judgment in many,
    // a second round after one in some.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut judged, mut second_round, mut costs_alone, mut after_utslag) = (0, 0, 0, 0);
    for _ in 0..500 {
        let (claim, _) = claim_and_today()
            .new_tree(&mut runner)
            .expect("a value")
            .current();
        let kinds: Vec<StepKind> = claim.steps.iter().map(|s| s.kind).collect();
        if let Some(j) = kinds.iter().position(|k| *k == StepKind::Judgment) {
            judged += 1;
            if kinds[j + 1..].contains(&StepKind::CollectionDemand) {
                second_round += 1;
            }
        }
        // A second case after the first ended in an utslag and its verkställighet: legal
        // action after a verkställighet that came before any judgment.
        let enforced = kinds.iter().position(|k| *k == StepKind::Enforcement);
        let judgment = kinds.iter().position(|k| *k == StepKind::Judgment);
        if let Some(e) = enforced.filter(|&e| judgment.is_none_or(|j| e < j)) {
            if kinds[..e].contains(&StepKind::PaymentOrder)
                && kinds[e + 1..]
                    .iter()
                    .any(|k| matches!(k, StepKind::PaymentOrder | StepKind::CourtAction))
            {
                after_utslag += 1;
            }
        }
        // Some judgments award costs when the capital is all paid or credited: only the
        // costs are left to enforce.
        let costs_judged = claim
            .steps
            .iter()
            .find(|s| s.kind == StepKind::Judgment && s.costs.is_some());
        if let Some(judgment) = costs_judged {
            let options = inkasso::StatementOptions::new(judgment.date);
            let s = inkasso::statement(&claim, &options).expect("statement");
            if !s.capital.is_positive() {
                costs_alone += 1;
            }
        }
    }
    assert!(judged > 150, "{judged} of 500 judged");
    assert!(
        costs_alone > 5,
        "{costs_alone} of 500 with only a judgment's costs left"
    );
    assert!(
        second_round > 20,
        "{second_round} of 500 with a second round"
    );
    assert!(
        after_utslag > 10,
        "{after_utslag} of 500 with a second case after an utslag's verkställighet"
    );
}

/// The projected entries (kind, date) of the timeline of `claim` on `today` under `policy`,
/// then those of the timeline with them recorded (as `check_case` records them) that are dated
/// on or before the last of them or are not further years of a verkställighet: empty when the
/// road is stable.
fn projected_again(
    claim: serde_json::Value,
    policy: serde_json::Value,
    today: &str,
) -> (Road, Road) {
    let claim = common::claim(claim).expect("claim");
    let policy = common::policy(policy);
    let options = TimelineOptions {
        today: Some(common::date(today)),
        ..TimelineOptions::default()
    };
    let t = timeline(&claim, &policy, &options).expect("timeline");
    let mut with_road = claim.clone();
    with_road.steps.extend(projected(&t).filter_map(recorded));
    let last = with_road.steps.iter().map(|s| s.date).max();
    let again = timeline(&with_road, &policy, &options).expect("timeline");
    let early = projected(&again)
        .filter(|e| last.is_some_and(|l| e.date <= l) || !further_year(e))
        .map(|e| (e.kind, e.date.to_string()))
        .collect();
    (kinds_and_dates(&t, EntryStatus::Projected), early)
}

/// Was an engine bug (fixed; found by the property above): the
/// claim of `issued_later.rs`'s `no_verkstallighet_on_a_judgment_whose_own_debt_is_paid`.
/// A's judgment, A paid after it, B issued after it: the timeline projects B's road (inkassokrav
/// 2025-11-03, betalningsföreläggande 2025-11-24, verkställighet 2026-01-07) and no
/// verkställighet on the judgment. Recorded as projected, that verkställighet is read as the one
/// on the judgment: B's road is projected again (inkassokrav 2026-01-14, betalningsföreläggande
/// 2026-02-05, verkställighet 2026-03-20). Expected: nothing projected on or before 2026-01-07.
/// The same happens when the judgment's invoice was credited in full before the judgment, or
/// nothing was owed when it was given (a judgment on a paid claim).
#[test]
fn bug_1_the_recorded_road_of_an_invoice_a_paid_judgment_left_out_is_projected_again() {
    let claim = json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "dispute", "date": "2025-04-01" },
            { "kind": "courtAction", "date": "2025-04-20" },
            { "kind": "judgment", "date": "2025-08-15" }
        ],
        "payments": [{ "date": "2025-09-10", "amount": "13000.00" }]
    });
    let (first, again) = projected_again(claim, json!({ "preset": "standard" }), "2025-11-01");
    assert_eq!(
        first,
        vec![
            (EntryKind::CollectionDemand, "2025-11-03".to_owned()),
            (EntryKind::PaymentOrder, "2025-11-24".to_owned()),
            (EntryKind::Enforcement, "2026-01-07".to_owned()),
        ]
    );
    assert_eq!(again, vec![], "first projection {first:?}");
}

/// Was an engine bug (fixed; found by the property above): A
/// judged on 2025-03-15 (no betalningsföreläggande or stämningsansökan recorded), B issued after
/// the judgment and credited in full on 2025-06-05, after it falls due. The timeline of
/// 2025-04-01 projects a verkställighet on 2025-06-03 ("waits until every invoice is overdue")
/// and nothing for B. Recorded, that verkställighet leaves B out, and B's road is projected
/// though B was credited in full before it begins: inkassokrav 2025-06-10,
/// betalningsföreläggande 2025-07-03 (charging its 300 kr fee and 380 kr ersättning),
/// verkställighet 2025-08-15. Expected: nothing projected (as before recording). Also found
/// with B's road already taken (reminder, inkassokrav, betalningsföreläggande after the credit):
/// recorded, a verkställighet for B is projected that was not before.
#[test]
fn bug_2_recording_the_verkstallighet_on_a_judgment_starts_a_road_for_a_credited_invoice() {
    let claim = json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-05-01", "dueDate": "2025-06-01" }
        ],
        "steps": [{ "kind": "judgment", "date": "2025-03-15" }],
        "credits": [{ "invoice": "B", "date": "2025-06-05", "amount": "5000.00" }]
    });
    let (first, again) = projected_again(claim, json!({ "preset": "standard" }), "2025-04-01");
    assert_eq!(
        first,
        vec![(EntryKind::Enforcement, "2025-06-03".to_owned())]
    );
    assert_eq!(again, vec![], "first projection {first:?}");
}

/// Was an engine bug (fixed; found by the property above): B falls
/// due on the day of the betalningsföreläggande, which is disputed; a payment of 2025-08-01
/// settles everything the history owes that day (17 270.55 kr), but not the projected
/// tilläggsavgift of the transferred case (600 kr of B's capital is left). The timeline of
/// 2025-04-15 projects the court action (2025-04-22), the judgment (2025-08-20) and a
/// verkställighet on it (2025-08-21), and no road for B, which the judgment's case did not
/// cover. Recorded, B's road is projected after that verkställighet: inkassokrav 2025-08-28,
/// betalningsföreläggande 2025-09-18, verkställighet 2025-10-31. Expected: the same road both
/// times (before recording, B's road after the verkställighet — or, since the judgment's own
/// invoice A is paid, no verkställighet on it and only B's road, as
/// `no_verkstallighet_on_a_judgment_whose_own_debt_is_paid` has it). B was issued before the
/// dispute, so it is disputed too and the judgment on A's case did not decide it: its road
/// goes to court (court action, judgment, verkställighet), not to an inkassokrav.
#[test]
fn bug_3_a_payment_that_settles_the_history_but_not_the_projected_court_fee() {
    let claim = json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-03-01", "dueDate": "2025-03-31" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-31" },
            { "kind": "dispute", "date": "2025-04-05" }
        ],
        "payments": [{ "date": "2025-08-01", "amount": "17270.55" }]
    });
    let (first, again) = projected_again(
        claim,
        json!({ "preset": "standard", "court": {} }),
        "2025-04-15",
    );
    assert_eq!(
        first,
        vec![
            (EntryKind::CourtAction, "2025-04-22".to_owned()),
            (EntryKind::Judgment, "2025-08-20".to_owned()),
            (EntryKind::CourtAction, "2025-08-21".to_owned()),
            (EntryKind::Judgment, "2025-12-19".to_owned()),
            (EntryKind::Enforcement, "2025-12-22".to_owned()),
        ]
    );
    assert_eq!(again, vec![], "first projection {first:?}");
}

/// Was an engine bug (fixed; found by the property above): A
/// credited in full before its judgment, B issued after the judgment, and a payment of
/// 2025-07-10 that settles the claim. The timeline of 2025-04-01 projects B's road up to the
/// settlement (inkassokrav 2025-06-09, betalningsföreläggande 2025-06-30). Recorded, another
/// inkassokrav is projected on 2025-07-07, after the recorded betalningsföreläggande.
/// Expected: nothing projected. (With A's judgment owed, or A paid after it, the road is
/// stable.)
#[test]
fn bug_4_an_inkassokrav_again_after_the_recorded_road_once_settled() {
    let claim = json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-05-01", "dueDate": "2025-06-01" }
        ],
        "steps": [{ "kind": "judgment", "date": "2025-03-15" }],
        "payments": [{ "date": "2025-07-10", "amount": "20000.00" }],
        "credits": [{ "invoice": "A", "date": "2025-03-01", "amount": "10000.00" }]
    });
    let (first, again) = projected_again(claim, json!({ "preset": "standard" }), "2025-04-01");
    assert_eq!(
        first,
        vec![
            (EntryKind::CollectionDemand, "2025-06-09".to_owned()),
            (EntryKind::PaymentOrder, "2025-06-30".to_owned()),
        ]
    );
    assert_eq!(again, vec![], "first projection {first:?}");
}

/// Was an engine bug (fixed; found by the property above): a dispute of 2010-08-03 about
/// F-0 and F-2, both paid by a payment on `today` (2011-01-07), while F-1, issued later, is
/// owed. The timeline judged the dispute moot on today's figures (the payment counted, as
/// `letter` counts it) and projected an inkassokrav on today; recorded, it comes before the
/// payment of its day (DOMAIN.md 8.5), so `check` flags it (`DEMAND_AFTER_DISPUTE`). Expected:
/// the road goes on from today, its first step after it, and the projection is lawful.
#[test]
fn bug_6_a_dispute_made_moot_by_the_payment_of_the_day() {
    let claim = common::claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": false,
        "lateFee": false,
        "shiftDueDate": false,
        "invoices": [
            { "number": "F-0", "amount": "100.00", "issueDate": "2009-12-10" },
            { "number": "F-1", "amount": "13562.93", "issueDate": "2010-08-08", "dueDate": "2010-08-08" },
            { "number": "F-2", "amount": "36.29", "issueDate": "2009-12-12" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2010-04-04" },
            { "kind": "dispute", "date": "2010-08-03" }
        ],
        "payments": [{ "date": "2011-01-07", "amount": "790.52" }]
    }))
    .expect("claim");
    for named in policies() {
        let result = check_case(&claim, Some(common::date("2011-01-07")), &named);
        assert!(result.is_ok(), "{}: {result:?}", named.label);
    }
}

/// A KNOWN LIMIT, kept as a record (found by `court_roads_have_lawful_stable_timelines_under_every_preset`):
/// steps recorded after `today`: a reminder, a dispute, a court action projected on today (2014-04-04,
/// 450 kr court fee), a betalningsföreläggande taken on 2014-07-04 and a payment of 2014-08-02
/// (40 312.35 kr) that pays everything the taken history owes, but not the projected court fee
/// (450 kr of capital left). The timeline projects the court action only, as if the payment
/// settled the claim; recorded, the judgment (2014-08-04), a verkställighet (2014-08-05) and
/// efterbevakning follow. Expected: the same steps both times.
#[test]
#[ignore = "a Known limit (README, \"Steps projected before the last recorded one\"): its fee is not counted against the history's settlement"]
fn bug_5_a_payment_that_settles_the_history_but_not_a_projected_court_fee() {
    let claim = json!({
        "debtor": "consumer",
        "reminderFeeAgreed": false,
        "lateFee": false,
        "shiftDueDate": false,
        "invoices": [{ "number": "F-0", "amount": "37823.06", "issueDate": "2013-12-21" }],
        "steps": [
            { "kind": "reminder", "date": "2014-01-27" },
            { "kind": "dispute", "date": "2014-02-19" },
            { "kind": "paymentOrder", "date": "2014-07-04" }
        ],
        "payments": [{ "date": "2014-08-02", "amount": "40312.35" }]
    });
    let (first, again) = projected_again(
        claim,
        json!({ "preset": "standard", "court": {}, "surveillance": {} }),
        "2014-04-04",
    );
    assert_eq!(
        first,
        vec![(EntryKind::CourtAction, "2014-04-04".to_owned())]
    );
    assert_eq!(again, vec![], "first projection {first:?}");
}
