//! Property tests (proptest) of the escalation timeline: generated claims (due dates around
//! Easter, midsommar, Christmas and New Year, sometimes with steps already taken, payments and a
//! "today") under every preset and under generated policies.
//!
//! What is checked (see `check_timeline`):
//! - the entries are in date order (non-decreasing; on one day the due date, then taken steps in
//!   claim order, then projected ones); there is exactly one due-date entry (not always the
//!   first: a taken step may precede the claim's due date, which is its latest invoice's), and
//!   every taken step is kept as it is, once;
//! - the projected entries are exactly what the policy's anchors give (DOMAIN.md §7,
//!   `src/policy.rs`): their kinds come later in the escalation than every taken step, none
//!   repeats a taken kind, each is sent on its anchor + the stage's days (never before today).
//!   Under the presets, whose stages all wait at least a day, projected entries are *strictly*
//!   ordered; a generated policy may have 0-day stages, so there two entries can share a day
//!   and only the order is promised;
//! - every payment deadline is the first bank day (not a Saturday, Sunday, public holiday,
//!   midsommarafton, julafton or nyårsafton, checked against `calendar::holidays`, not only
//!   `is_day_off`) on or after send date + payment term, and `deadlineMovedFrom` says when it
//!   moved. The due-date entry's "deadline" is the claim's effective due date: a bank day when
//!   the claim shifts due dates (the default), else the agreed date as given;
//!   betalningsföreläggande, verkställighet and amorteringsplan have no deadline;
//! - money: every valuation is capital + interest + fees, dated on the entry's deadline (or
//!   date); between two valuations with no payment in between, the later (which includes every
//!   earlier step) never owes less; the final value is as of the last date and owes at least as
//!   much as any entry with no payment after it; without payments, the entries' fees add up to
//!   the final fees and the capital never changes;
//! - and each value is exactly the engine's statement as of that day with the taken steps and
//!   the projected ones up to that entry (the final value: every step), less the steps whose fee
//!   the policy waives.
//!
//! # How many cases
//! As `tests/properties.rs`: proptest's default of 256 (or `PROPTEST_CASES=N`); `INKASSO_LONG=1`
//! runs at least 10 000 per property:
//!
//! ```text
//! INKASSO_LONG=1 cargo test --release --test timeline_properties
//! ```

// proptest is a native-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use inkasso::calendar::{self, easter_sunday, holidays, is_day_off};
use inkasso::fees::FeeKind;
use inkasso::policy::{
    Channel, EnforcementStage, FeePolicy, PaymentOrderStage, Policy, PresetId, ReminderStage, Stage,
};
use inkasso::rates::RateTable;
use inkasso::timeline::{
    claim_due_date, timeline, Entry, EntryKind, EntryStatus, Timeline, TimelineOptions,
    DEFAULT_REMINDER_TERM_DAYS,
};
use inkasso::{
    statement, Claim, CreditNote, DayCount, DebtorKind, Invoice, Money, Payment, StatementOptions,
    Step, StepKind,
};
mod prop_common;

use prop_common::{config_with_at_least, day};
use proptest::prelude::*;
use rust_decimal::Decimal;
use time::{Date, Month, Weekday};

fn date(year: i32, month: Month, d: u8) -> Date {
    Date::from_calendar_date(year, month, d).expect("a calendar date")
}

/// A bank day by an independent reading of the calendar: not a weekend and not in the year's
/// list of named days off.
fn is_bank_day(d: Date) -> bool {
    !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
        && holidays(d.year()).iter().all(|h| h.date != d)
}

/// The first bank day on or after `d`.
fn first_bank_day(mut d: Date) -> Date {
    while !is_bank_day(d) {
        d = day(d, 1);
    }
    d
}

/// The `n`th bank day after `d`.
fn nth_bank_day_after(mut d: Date, n: u32) -> Date {
    for _ in 0..n {
        d = first_bank_day(day(d, 1));
    }
    d
}

/// An inkassokrav's deadline under god inkassosed: the term moved off a day off, and at least
/// four bank days after the day it is assumed received, two bank days after sending.
fn demand_deadline(sent: Date, term: u32) -> Date {
    let plain = first_bank_day(day(sent, i64::from(term)));
    plain.max(nth_bank_day_after(nth_bank_day_after(sent, 2), 4))
}

/// A day near which the claim falls due: mostly next to a run of Swedish days off.
fn anchor() -> impl Strategy<Value = Date> {
    let year = prop_oneof![4 => 2003i32..=2030, 1 => 1990i32..=2150];
    let which = 0u8..7;
    (year, which, 0i64..366).prop_map(|(year, which, any_day)| match which {
        0 => easter_sunday(year).expect("a Gregorian year"),
        1 => date(year, Month::June, 20), // midsommarafton is 19–25 June
        2 => date(year, Month::December, 24),
        3 => date(year, Month::December, 31),
        4 => date(year, Month::May, 1),
        5 => day(easter_sunday(year).expect("a Gregorian year"), 39), // Kristi himmelsfärd
        _ => day(date(year, Month::January, 1), any_day),
    })
}

/// The kinds of the escalation and the plan; the court path (dispute, court action, judgment,
/// efterbevakning) changes what may be projected and has its own table tests (issue16.rs).
fn step_kind() -> impl Strategy<Value = StepKind> {
    prop::sample::select(vec![
        StepKind::Reminder,
        StepKind::CollectionDemand,
        StepKind::FinalNotice,
        StepKind::PaymentPlan,
        StepKind::PaymentOrder,
        StepKind::Enforcement,
    ])
}

fn amount() -> impl Strategy<Value = Money> {
    prop_oneof![
        6 => (100i64..5_000_000).prop_map(Money::from_ore),
        1 => (1i64..200).prop_map(Money::from_ore),
        1 => (1i64..=100_000_000_000_000).prop_map(Money::from_ore),
    ]
}

/// An anchor in 2003–2021: a claim spread over the next four years (`wide`) stays within the
/// rate table, where `check` and the timeline read the same rates (the timeline assumes the
/// last known rate after it, `check` computes no interest).
fn anchor_within_the_table() -> impl Strategy<Value = Date> {
    (2003i32..=2021, 0i64..366).prop_map(|(year, d)| day(date(year, Month::January, 1), d))
}

fn claim_and_today() -> impl Strategy<Value = (Claim, Option<Date>)> {
    claim_and_today_spread(anchor().boxed(), false)
}

/// Claims spread over years: invoices due up to 500 days after the anchor, steps and payments
/// up to 900 days, today up to 1 500 days (taken verkställighet, its further years,
/// efterbevakning, invoices issued long after the first).
fn wide_claim_and_today() -> impl Strategy<Value = (Claim, Option<Date>)> {
    claim_and_today_spread(anchor_within_the_table().boxed(), true)
}

prop_compose! {
    /// A valid claim falling due near `anchor`: invoices due from 40 days before to 10 days
    /// after it (agreed, or issue date + 30 days), taken steps around the due date (a third of
    /// the claims have none), payments, and "today" (or none); `wide`: spread over years.
    fn claim_and_today_spread(anchor: BoxedStrategy<Date>, wide: bool)(
        anchor in anchor,
        debtor in prop::sample::select(vec![DebtorKind::Consumer, DebtorKind::Business, DebtorKind::Public]),
        reminder_fee_agreed in any::<bool>(),
        late_fee in any::<bool>(),
        day_count in prop::sample::select(vec![DayCount::ActualActual, DayCount::Actual365, DayCount::Thirty360]),
        shift_due_date in prop::bool::weighted(0.8),
        agreed_rate in prop::option::weighted(0.15, 0i64..=3_000),
        invoices in prop::collection::vec(
            (-40i64..=if wide { 500 } else { 10 }, 0i64..60, any::<bool>(), amount()),
            1..4,
        ),
        steps in prop_oneof![
            1 => Just(Vec::new()),
            2 => prop::collection::vec((step_kind(), -15i64..if wide { 900 } else { 90 }), 1..6),
        ],
        payments in prop_oneof![
            2 => Just(Vec::new()),
            1 => prop::collection::vec((-15i64..if wide { 900 } else { 150 }, amount()), 1..4),
        ],
        today in prop::option::of(-20i64..if wide { 1500 } else { 150 }),
        // Credit notes (wide only): invoice, day, percent of its amount.
        credits in if wide {
            prop::collection::vec((0usize..4, -15i64..900, 1i64..=100), 0..3).boxed()
        } else {
            Just(Vec::new()).boxed()
        },
    ) -> (Claim, Option<Date>) {
        let invoices: Vec<Invoice> = invoices
            .into_iter()
            .enumerate()
            .map(|(i, (due, age, agreed, amount))| {
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
        let not_before_issue = |d: Date| d.max(first);
        let claim = Claim {
            debtor,
            reminder_fee_agreed,
            late_fee,
            day_count,
            shift_due_date,
            agreed_rate: agreed_rate.map(|h| Decimal::new(h, 2)),
            agreed_margin: None,
            invoices,
            steps: steps
                .into_iter()
                .map(|(kind, d)| Step::new(kind, not_before_issue(day(anchor, d))))
                .collect(),
            payments: payments
                .into_iter()
                .map(|(d, amount)| Payment { date: not_before_issue(day(anchor, d)), amount, invoice: None })
                .collect(),
            credits: Vec::new(),
        };
        let mut claim = claim;
        // Some payments made for one invoice (a destinerad betalning).
        prop_common::designate_some(&mut claim);
        // Each invoice credited at most its amount, never before it is issued.
        let mut left: Vec<i64> = claim.invoices.iter().map(|i| i.amount.ore()).collect();
        for (which, d, percent) in credits {
            let Some(invoice) = claim.invoices.get(which % left.len().max(1)) else { continue };
            let k = which % left.len().max(1);
            let amount = (invoice.amount.ore() * percent / 100).min(left[k]);
            if amount <= 0 {
                continue;
            }
            left[k] -= amount;
            claim.credits.push(CreditNote {
                invoice: invoice.number.clone(),
                date: day(anchor, d).max(invoice.issue_date),
                amount: Money::from_ore(amount),
            });
        }
        (claim, today.map(|t| day(anchor, t)))
    }
}

/// Day counts of a generated policy: mostly short, some zero, a few long.
fn days() -> impl Strategy<Value = u32> {
    prop_oneof![3 => 0u32..30, 1 => Just(0u32), 1 => 30u32..400]
}

prop_compose! {
    /// A valid policy (`Policy::validate` holds): any stages, any day counts, any fee choices.
    fn policy()(
        preset in prop::sample::select(PresetId::ALL.to_vec()),
        reminder in prop::option::of((days(), days(), prop::sample::select(vec![Channel::Letter, Channel::Email, Channel::Sms]))),
        second_reminder in prop::option::weighted(0.3, (days(), days())),
        demand in prop::option::weighted(0.8, (days(), days())),
        final_notice in prop::option::of((days(), days())),
        payment_order in prop::option::weighted(0.7, days()),
        enforcement in prop::option::weighted(0.7, (days(), days())),
        fees in any::<[bool; 5]>(),
    ) -> Policy {
        let collection_demand = demand.map(|(days_after, payment_term_days)| Stage { days_after, payment_term_days });
        let payment_order = payment_order
            .filter(|_| collection_demand.is_some())
            .map(|days_after| PaymentOrderStage { days_after });
        let enforcement = enforcement
            .filter(|_| payment_order.is_some())
            .map(|(assumed_decision_days, days_after_decision)| EnforcementStage { assumed_decision_days, days_after_decision });
        Policy {
            id: "custom".to_owned(),
            reminder: reminder.map(|(days_after_due, payment_term_days, channel)| ReminderStage { days_after_due, payment_term_days, channel }),
            second_reminder: second_reminder
                .filter(|_| reminder.is_some())
                .map(|(days_after, payment_term_days)| Stage { days_after, payment_term_days }),
            collection_demand,
            final_notice: final_notice.map(|(days_after, payment_term_days)| Stage { days_after, payment_term_days }),
            payment_order,
            enforcement,
            fees: FeePolicy {
                reminder_fee: fees[0],
                collection_fee: fees[1],
                late_fee: fees[2],
                interest_on_fees: fees[3],
                fees_on_top_of_late_fee: fees[4],
            },
            ..Policy::preset(preset)
        }
    }
}

/// Position in the escalation (`src/timeline.rs`); the amorteringsplan is outside it.
fn rank(kind: EntryKind) -> Option<u8> {
    match kind {
        EntryKind::Due => Some(0),
        EntryKind::Reminder => Some(1),
        EntryKind::CollectionDemand => Some(2),
        EntryKind::FinalNotice => Some(3),
        EntryKind::PaymentOrder => Some(4),
        EntryKind::Enforcement => Some(5),
        EntryKind::PaymentPlan
        | EntryKind::Dispute
        | EntryKind::CourtAction
        | EntryKind::Judgment
        | EntryKind::Surveillance => None,
        other => panic!("a new kind of entry, {other:?}: give it its rank"),
    }
}

/// The payment term of an entry: the policy's for its kind; for a taken reminder or inkassokrav
/// without that stage the engine's assumption (10 days, the minimum 8 days).
fn term(policy: &Policy, kind: EntryKind) -> Option<u32> {
    match kind {
        EntryKind::Reminder => Some(
            policy
                .reminder
                .map_or(DEFAULT_REMINDER_TERM_DAYS, |r| r.payment_term_days),
        ),
        EntryKind::CollectionDemand => Some(
            policy
                .collection_demand
                .map_or(inkasso::params::min_collection_term_days_now(), |s| {
                    s.payment_term_days
                }),
        ),
        // A taken final notice without a policy stage: the reminder's default term.
        EntryKind::FinalNotice => Some(
            policy
                .final_notice
                .map_or(DEFAULT_REMINDER_TERM_DAYS, |s| s.payment_term_days),
        ),
        EntryKind::Due
        | EntryKind::PaymentPlan
        | EntryKind::PaymentOrder
        | EntryKind::Enforcement
        | EntryKind::Dispute
        | EntryKind::CourtAction
        | EntryKind::Judgment
        | EntryKind::Surveillance => None,
        other => panic!("a new kind of entry, {other:?}: give it its term"),
    }
}

fn sum(items: impl IntoIterator<Item = Money>) -> Money {
    Money::sum(items).expect("no overflow within the limits")
}

/// The payment day on which the claim's capital was all paid, if it was (an independent count
/// over the statement's allocations), on the timeline's own figures: the claim as the engine
/// sees it under the policy's fee choices, with every step of the timeline (their fees are paid
/// first by the payments of their day and later).
fn settlement_day(claim: &Claim, policy: &Policy, t: &Timeline) -> Option<Date> {
    let last = claim.payments.iter().map(|p| p.date).max()?;
    let steps: Vec<usize> = t
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.status != EntryStatus::Fact)
        .map(|(j, _)| j)
        .collect();
    let mut copy = claim.clone();
    copy.late_fee = claim.late_fee && policy.fees.late_fee;
    copy.steps = engine_step_list(claim, policy, t, &steps);
    let claim = &copy;
    // As the timeline sees the history: the last known referensränta assumed beyond the table.
    let table = RateTable::embedded().assuming_through(last).expect("table");
    let options = StatementOptions {
        rates: &table,
        ..StatementOptions::new(last)
    };
    let s = statement(claim, &options).expect("statement");
    let mut capital = claim.total_capital().expect("capital");
    for a in &s.allocations {
        capital = capital.saturating_sub_to_zero(a.capital);
        if !capital.is_positive() {
            return Some(a.date);
        }
    }
    None
}

/// The steps the engine sees for the entries `keep` (indices into the timeline): taken steps
/// as the claim records them, projected ones with the term and fee the projection gives them
/// (an inkassokrav at least the minimum term, a reminder without a fee where none was agreed),
/// and a step whose fee the policy waives with `fee: false`.
fn engine_step_list(claim: &Claim, policy: &Policy, t: &Timeline, keep: &[usize]) -> Vec<Step> {
    let mut out = Vec::new();
    for &j in keep {
        let e = &t.entries[j];
        let Some(kind) = e.kind.step_kind() else {
            continue;
        };
        let mut step = match e.status {
            EntryStatus::Taken => claim.steps[e.step.expect("taken")],
            _ => {
                let mut s = Step::new(kind, e.date);
                s.further_year = e.further_year;
                s.payment_term_days = term(policy, e.kind).map(|d| {
                    if kind == StepKind::CollectionDemand || notice_is_demand(claim, policy, t, j) {
                        d.max(8)
                    } else {
                        d
                    }
                });
                // An inkassokrav's letter gives the term to its deadline, extended around a
                // long weekend for the bank days after its assumed receipt.
                if kind == StepKind::CollectionDemand {
                    if let Some(dl) = e.deadline {
                        s.payment_term_days = u32::try_from((dl - e.date).whole_days()).ok();
                    }
                }
                // A reminder after a lawful one (taken after the due date, or projected) is
                // the policy's second reminder: its term, and no fee.
                // One for an invoice issued after the last reminder charged its fee (one sent
                // again to cover it) claims its own: no earlier reminder could remind of it.
                let last_fee = t.entries[..j]
                    .iter()
                    .filter(|x| {
                        x.kind == EntryKind::Reminder
                            && x.fees
                                .iter()
                                .any(|f| f.kind == inkasso::fees::FeeKind::ReminderFee)
                    })
                    .map(|x| x.date)
                    .max();
                let new_invoice = last_fee.is_some_and(|on| {
                    claim
                        .invoices
                        .iter()
                        .any(|i| i.issue_date > on && i.issue_date <= e.date)
                });
                if is_second_reminder(t, j) {
                    s.payment_term_days = policy.second_reminder.map(|r| r.payment_term_days);
                    if !new_invoice {
                        s.fee = Some(false);
                    }
                }
                if kind == StepKind::Reminder && !claim.reminder_fee_agreed {
                    s.fee = Some(false);
                }
                // A reminder after a taken step that took the claim past reminders (an
                // inkassokrav, Kronofogden, a court) claims none (lag 1981:739 4 §), as the
                // timeline projects it.
                let past_reminders = claim.steps.iter().any(|t| {
                    t.date < e.date
                        && matches!(
                            t.kind,
                            StepKind::CollectionDemand
                                | StepKind::PaymentOrder
                                | StepKind::CourtAction
                                | StepKind::Judgment
                                | StepKind::Enforcement
                        )
                });
                if kind == StepKind::Reminder && past_reminders && e.fees.is_empty() {
                    s.fee = Some(false);
                }
                // A verkställighet projected within the year of the last grundavgift (for the
                // invoices a taken one left out) claims none, as its note says.
                let within_year = e.notes.iter().any(|n| {
                    matches!(
                        n.facts,
                        inkasso::warning::Facts::EnforcementFeeThisYear { .. }
                    )
                });
                if kind == StepKind::Enforcement && within_year {
                    s.fee = Some(false);
                }
                s
            }
        };
        let waived = match kind {
            StepKind::Reminder => !policy.fees.reminder_fee,
            StepKind::CollectionDemand => !policy.fees.collection_fee,
            _ => false,
        };
        // The policy's choice applies to a step that does not state its own fee.
        if waived && step.fee.is_none() {
            step.fee = Some(false);
        }
        out.push(step);
    }
    out
}

/// Whether entry `j` is a projected reminder after a lawful one (taken after the due date, or
/// projected): the policy's second reminder.
/// Whether entry `j` is a final notice that is a demand, held to the inkassokrav's 8 days (a
/// term the policy gives shorter is raised, taken without a term of its own too): one on or
/// after the day of an inkassokrav that demanded a debt when every owed invoice was overdue,
/// or after a step at Kronofogden or in court taken before it (entries are in date order, a
/// day's taken steps as listed). Otherwise it is the last reminder, with the policy's term.
fn notice_is_demand(claim: &Claim, policy: &Policy, t: &Timeline, j: usize) -> bool {
    let e = &t.entries[j];
    if e.kind != EntryKind::FinalNotice {
        return false;
    }
    // The history as `check` reads it once the road is recorded: with the steps projected
    // before the notice, whose fees take a payment before capital (a campaign, seed 13322:
    // 0,01 kr paid for the invoice after a projected reminder's fee was owed left its capital
    // unpaid, the inkassokrav lawful, and the notice a demand), and the fees as the timeline
    // values them (seed 13358: a payment that settled the claim without the förseningsersättning
    // the policy does not claim left the inkassokrav nothing to demand).
    let mut history = valued_as_the_timeline_does(claim, policy);
    let before: Vec<usize> = (0..j)
        .filter(|&k| t.entries[k].status == EntryStatus::Projected)
        .collect();
    history
        .steps
        .extend(engine_step_list(claim, policy, t, &before));
    t.entries.iter().any(|x| match x.kind {
        // A lawful one, as `check` judges it: it demanded a debt (an invoice issued by its
        // day, owed at its start) and none of those was not yet past its due date (an
        // invoice issued later is left out).
        EntryKind::CollectionDemand if x.date <= e.date => {
            let owed = owed_at_start(&history, x.date);
            let demanded: Vec<&inkasso::Invoice> = claim
                .invoices
                .iter()
                .zip(owed)
                .filter(|(i, owed)| *owed && i.issue_date <= x.date)
                .map(|(i, _)| i)
                .collect();
            !demanded.is_empty()
                && demanded
                    .iter()
                    .all(|i| claim.effective_due_date(i).expect("a due date") < x.date)
        }
        _ => false,
    }) || t.entries[..j].iter().any(|x| {
        // Listed before it: on an earlier day, or before it on its day.
        matches!(
            x.kind,
            EntryKind::PaymentOrder
                | EntryKind::CourtAction
                | EntryKind::Judgment
                | EntryKind::Enforcement
        ) && x.status == EntryStatus::Taken
    })
}

fn is_second_reminder(t: &Timeline, j: usize) -> bool {
    let e = &t.entries[j];
    // One sent in place of a taken one that does not count (sent before the claim was
    // overdue, or before every invoice was) is the reminder stage.
    let repeats = e.notes.iter().any(|n| {
        matches!(
            n.facts,
            inkasso::warning::Facts::ProjectionAdjusted {
                reason: inkasso::warning::AdjustReason::RepeatsPartialStep { .. }
                    | inkasso::warning::AdjustReason::ReplacesUnlawfulStep { .. }
            }
        )
    });
    e.kind == EntryKind::Reminder
        && e.status == EntryStatus::Projected
        && !repeats
        && t.entries.iter().take(j).any(|p| {
            p.kind == EntryKind::Reminder
                && (p.status == EntryStatus::Projected || p.date > t.due_date)
        })
}

/// The invoices an inkassokrav of `date` came too early for: owed at its start (capital unpaid
/// at the end of the day before, or issued on the day or later) and not past their effective
/// due date, unless paid off by their due date by payments made for them or credited in full
/// by then (they never fall due unpaid: a long run found the claim's own due date, an
/// invoice's paid on its issue day, asked for). None: lawful for the whole claim.
fn premature_invoices(claim: &Claim, date: Date) -> Vec<usize> {
    owed_at_start(claim, date)
        .into_iter()
        .zip(&claim.invoices)
        .enumerate()
        .filter(|&(i, (owed, invoice))| {
            let due = claim.effective_due_date(invoice).expect("a due date");
            let credited_in_time =
                claim.credited(invoice, due).expect("credited") >= invoice.amount;
            owed && due >= date && !credited_in_time && !paid_in_time_by_its_own_payments(claim, i)
        })
        .map(|(i, _)| i)
        .collect()
}

/// Whether each invoice of `claim` is owed at the start of `date` (capital unpaid after the
/// day's credit notes, or issued later).
fn owed_at_start(claim: &Claim, date: Date) -> Vec<bool> {
    let before = date.previous_day().filter(|b| {
        claim
            .invoices
            .iter()
            .map(|i| i.issue_date)
            .min()
            .is_some_and(|first| *b >= first)
    });
    // Valued as `check` values the history: the last known referensränta assumed after the
    // table (without it, a payment after the table pays no interest and settles capital that
    // `check` finds unpaid).
    let capital: Option<Vec<Money>> = before.map(|b| {
        let table = RateTable::embedded().assuming_through(b).expect("table");
        let options = StatementOptions {
            rates: table.as_ref(),
            ..StatementOptions::new(b)
        };
        statement(claim, &options)
            .expect("a statement of the history")
            .invoices
            .iter()
            .map(|i| i.capital)
            .collect()
    });
    claim
        .invoices
        .iter()
        .enumerate()
        .map(|(i, invoice)| {
            // At the start of the day: the day's credit notes come before its steps (DOMAIN.md
            // 8.5), for an invoice issued that day too (a seed found one credited in full on
            // its issue day read as owed).
            let credited_on_day = claim
                .credits
                .iter()
                .filter(|c| c.invoice == invoice.number && c.date == date)
                .fold(Money::ZERO, |sum, c| {
                    sum.checked_add(c.amount).expect("a sum")
                });
            let at_start = match capital.as_ref().and_then(|c| c.get(i)) {
                Some(&c) if invoice.issue_date < date => c,
                _ => invoice.amount,
            };
            invoice.issue_date > date || at_start > credited_on_day
        })
        .collect()
}

/// The claim's steps with the timeline's projected ones appended (taken first, as given).
fn history_steps(claim: &Claim, policy: &Policy, t: &Timeline) -> Vec<Step> {
    let mut steps = claim.steps.clone();
    let projected: Vec<usize> = t
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.status == EntryStatus::Projected)
        .map(|(j, _)| j)
        .collect();
    steps.extend(engine_step_list(claim, policy, t, &projected));
    steps
}

/// Whether invoice `k` of `claim` has no capital unpaid on its effective due date (the
/// statement on that date, the last known referensränta assumed after the table) and the
/// payments allocated to it by then were all made for it: it never falls due unpaid, and the
/// timeline neither waits for it nor needs a step to cover it.
fn paid_in_time_by_its_own_payments(claim: &Claim, k: usize) -> bool {
    let invoice = &claim.invoices[k];
    let due = claim.effective_due_date(invoice).expect("a due date");
    let table = RateTable::embedded()
        .assuming_through(calendar::next_day(due).expect("in range"))
        .expect("table");
    let options = StatementOptions {
        rates: table.as_ref(),
        ..StatementOptions::new(due)
    };
    let s = statement(claim, &options).expect("statement");
    let mut by_due = s
        .allocations
        .iter()
        .filter(|a| a.date <= due && a.invoices.contains(k));
    let made_for_it = by_due.clone().next().is_some()
        && by_due
            .all(|a| claim.payments[a.payment].invoice.as_deref() == Some(invoice.number.as_str()));
    !s.invoices[k].capital.is_positive() && made_for_it
}

/// `claim` as the timeline values its history: förseningsersättning only where the policy
/// claims it, and a taken reminder or inkassokrav that states no `fee` claiming none where the
/// policy waives it.
fn valued_as_the_timeline_does(claim: &Claim, policy: &Policy) -> Claim {
    let mut engine = claim.clone();
    engine.late_fee = claim.late_fee && policy.fees.late_fee;
    for step in &mut engine.steps {
        let waived = match step.kind {
            StepKind::Reminder => !policy.fees.reminder_fee,
            StepKind::CollectionDemand => !policy.fees.collection_fee,
            _ => false,
        };
        if step.fee.is_none() && waived {
            step.fee = Some(false);
        }
    }
    engine
}

/// The claim's due date as the timeline gives it: the latest effective due date of the
/// invoices neither credited in full nor paid in full by their due date by payments made for
/// them (by the statement on
/// that date; the last known referensränta assumed after the table, as the timeline values
/// the history, with the policy's fee choices), or of all of them when none is left; the same
/// as [`claim_due_date`] when nothing was paid in time.
fn due_date_owed(claim: &Claim, policy: &Policy) -> Date {
    let engine = valued_as_the_timeline_does(claim, policy);
    let all = claim
        .invoices
        .iter()
        .map(|i| claim.effective_due_date(i).expect("a due date"))
        .max()
        .expect("an invoice");
    let mut latest: Option<Date> = None;
    for (k, invoice) in claim.invoices.iter().enumerate() {
        let due = claim.effective_due_date(invoice).expect("a due date");
        let credited = claim
            .credited(invoice, calendar::MAX_DATE)
            .expect("credited");
        if credited >= invoice.amount {
            continue;
        }
        if !paid_in_time_by_its_own_payments(&engine, k) {
            latest = Some(latest.map_or(due, |l| l.max(due)));
        }
    }
    let owed = latest.unwrap_or(all);
    if claim.payments.is_empty() {
        assert_eq!(owed, claim_due_date(claim).expect("due date"));
    }
    owed
}

/// Every invariant of one timeline. `strict` says the projected entries must be strictly
/// ordered (the presets).
fn check_timeline(
    claim: &Claim,
    policy: &Policy,
    today: Option<Date>,
    t: &Timeline,
    strict: bool,
) -> Result<(), TestCaseError> {
    let due = due_date_owed(claim, policy);
    prop_assert_eq!(&t.policy, &policy.id);
    prop_assert_eq!(t.due_date, due);

    // Order.
    for w in t.entries.windows(2) {
        prop_assert!(
            w[0].date <= w[1].date,
            "{:?} {} before {:?} {}",
            w[0].kind,
            w[0].date,
            w[1].kind,
            w[1].date
        );
    }

    // On one day: the due date, then taken steps (in claim order), then projected ones.
    let place = |e: &Entry| match e.status {
        EntryStatus::Fact => (0, 0),
        EntryStatus::Taken => (1, e.step.unwrap_or(usize::MAX)),
        EntryStatus::Projected => (2, 0),
        other => panic!("a new status, {other:?}: give it its place"),
    };
    for w in t.entries.windows(2) {
        if w[0].date == w[1].date {
            prop_assert!(
                place(&w[0]) <= place(&w[1]),
                "{:?} then {:?}",
                w[0].kind,
                w[1].kind
            );
        }
    }

    // The due date, once.
    let dues: Vec<&Entry> = t
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Due)
        .collect();
    prop_assert_eq!(dues.len(), 1);
    prop_assert_eq!(dues[0].status, EntryStatus::Fact);
    prop_assert_eq!((dues[0].date, dues[0].deadline), (due, Some(due)));

    // Taken steps, each once and as given.
    let taken: Vec<&Entry> = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Taken)
        .collect();
    prop_assert_eq!(taken.len(), claim.steps.len());
    for (i, step) in claim.steps.iter().enumerate() {
        let mine: Vec<&&Entry> = taken.iter().filter(|e| e.step == Some(i)).collect();
        prop_assert_eq!(mine.len(), 1, "taken step {}", i);
        prop_assert_eq!(
            (mine[0].kind, mine[0].date),
            (EntryKind::of(step.kind), step.date)
        );
    }

    // The projection: lawful, in escalation order, from the latest lawful taken stage.
    let projected: Vec<&Entry> = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .collect();
    let settled_on = settlement_day(claim, policy, t);
    let further_year = |e: &Entry| {
        e.notes
            .iter()
            .any(|n| n.text().en.starts_with("Enforcement continues"))
    };
    for (i, e) in projected.iter().enumerate() {
        prop_assert!(e.step.is_none());
        // Sent on a bank day, after every invoice is overdue, not before today (a further year
        // of enforcement is Kronofogden's, not a send: it may lie before today, and before an
        // invoice the verkställighet does not concern is due).
        prop_assert!(
            further_year(e) || (is_bank_day(e.date) && !is_day_off(e.date)),
            "{:?} sent on a day off {}",
            e.kind,
            e.date
        );
        prop_assert!(
            e.date > due || further_year(e),
            "{:?} on {} before every invoice is overdue ({})",
            e.kind,
            e.date,
            due
        );
        if let (Some(today), false) = (today, further_year(e)) {
            prop_assert!(e.date >= today);
        }
        // Nothing once the claim is settled.
        prop_assert!(
            settled_on.is_none_or(|s| e.date < s),
            "{:?} on {} after settlement",
            e.kind,
            e.date
        );
        if let Some(next) = projected.get(i + 1) {
            // A further year of a taken verkställighet is dated by its year, not by the
            // escalation: an inkassokrav sent again for an invoice no title covers may follow
            // it, or fall on its day.
            let by_year = further_year(e) || further_year(next);
            prop_assert!(rank(e.kind) <= rank(next.kind) || by_year);
            if rank(e.kind) == rank(next.kind) {
                // Only further years of enforcement, or the policy's second reminder.
                let second_reminder =
                    next.kind == EntryKind::Reminder && policy.second_reminder.is_some();
                prop_assert!(next.kind == EntryKind::Enforcement || second_reminder);
            }
            if strict && !by_year {
                prop_assert!(
                    e.date < next.date,
                    "{:?} and {:?} on one day",
                    e.kind,
                    next.kind
                );
            }
            // The next stage waits for this one's deadline (verkställighet for the decision).
            if next.kind != EntryKind::Enforcement && !by_year {
                prop_assert!(e.deadline.unwrap_or(e.date) <= next.date);
            }
        }
        // A betalningsföreläggande only after a lawful inkassokrav's deadline has passed.
        if e.kind == EntryKind::PaymentOrder {
            // Lawful for the application as `check` reads it: an invoice it came too early
            // for, issued by its day, that is paid off by the application's day is no part of
            // the application (PAYMENT_ORDER_ON_INVALID_DEMAND asks it unpaid then too; seed
            // 13190). One issued after it is sent again for.
            let grounds_order = |demand: Date| {
                let owed_then = owed_at_start(claim, e.date);
                premature_invoices(claim, demand)
                    .iter()
                    .all(|&i| claim.invoices[i].issue_date <= demand && !owed_then[i])
            };
            let lawful_demand = t.entries.iter().any(|d| {
                d.kind == EntryKind::CollectionDemand
                    && grounds_order(d.date)
                    && d.date < e.date
                    && d.deadline
                        .is_some_and(|dl| dl < e.date && dl >= first_bank_day(day(d.date, 8)))
            });
            prop_assert!(
                lawful_demand,
                "payment order {} without a lawful inkassokrav",
                e.date
            );
        }
    }
    // The history with the projected steps is lawful where it was projected: `check` finds no
    // error about a projected step.
    let mut with_projection = claim.clone();
    with_projection.steps = history_steps(claim, policy, t);
    let taken_count = claim.steps.len();
    // The taken steps as the timeline values them: a reminder or inkassokrav that states no
    // `fee` claims none where the policy waives it, and förseningsersättning only where the
    // policy claims it (a long run found a recorded verkställighet charged by `check` after a
    // payment that, without the waived reminder fee, settled the claim for the timeline).
    with_projection.late_fee = claim.late_fee && policy.fees.late_fee;
    for step in with_projection.steps.iter_mut().take(taken_count) {
        let waived = match step.kind {
            StepKind::Reminder => !policy.fees.reminder_fee,
            StepKind::CollectionDemand => !policy.fees.collection_fee,
            _ => false,
        };
        if step.fee.is_none() && waived {
            step.fee = Some(false);
        }
    }
    let findings = inkasso::compliance::check(&with_projection, None).expect("check");
    // `check` values the history with the table as it is (no interest beyond it), the timeline
    // with the last known rate assumed: when a payment lies beyond the table, the two may
    // disagree on whether it paid the capital, so only the findings that turn on that (a
    // Kronofogden step or an inkassokrav without debt) are exempt then.
    let table_end = RateTable::embedded().last_day().expect("table");
    let beyond = claim.payments.iter().any(|p| p.date > table_end);
    for f in &findings {
        let about_projected = f.step.is_some_and(|s| s >= taken_count)
            && !(beyond
                && matches!(
                    f.facts,
                    inkasso::compliance::FindingFacts::KronofogdenWithoutDebt { .. }
                        | inkasso::compliance::FindingFacts::DemandWithoutDebt { .. }
                ));
        prop_assert!(
            !(about_projected && f.severity == inkasso::compliance::Severity::Error),
            "{:?} about a projected step: {}",
            f.code,
            f.text().en
        );
    }

    // Deadlines.
    for (j, e) in t.entries.iter().enumerate() {
        match (e.kind, e.deadline) {
            (EntryKind::Due, Some(d)) => {
                if claim.shift_due_date {
                    prop_assert!(
                        is_bank_day(d) && !is_day_off(d),
                        "due date {} is a day off",
                        d
                    );
                }
            }
            (kind, Some(d)) => {
                prop_assert!(d >= e.date);
                prop_assert!(is_bank_day(d), "{:?} deadline {} is a day off", kind, d);
                prop_assert!(!is_day_off(d), "is_day_off({}) disagrees", d);
                // An inkassokrav's term (taken without one of its own, or projected) is never
                // assumed shorter than the 8-day minimum.
                let demand =
                    kind == EntryKind::CollectionDemand || notice_is_demand(claim, policy, t, j);
                let days = if demand {
                    term(policy, kind).map(|d| d.max(8))
                } else if is_second_reminder(t, j) {
                    policy.second_reminder.map(|r| r.payment_term_days)
                } else {
                    term(policy, kind)
                };
                prop_assert!(days.is_some(), "{:?} has a deadline", kind);
                let raw = day(e.date, i64::from(days.unwrap_or(0)));
                // An inkassokrav (projected, or taken without a term of its own) leaves four bank
                // days after its assumed receipt, and so does a final notice that is a demand
                // (stop 70); extended, its deadline was not "moved".
                let want = if demand {
                    demand_deadline(e.date, days.unwrap_or(0))
                } else {
                    first_bank_day(raw)
                };
                let extended = want != first_bank_day(raw);
                prop_assert_eq!(d, want, "{:?} sent {}", kind, e.date);
                prop_assert_eq!(
                    e.deadline_moved_from,
                    (!extended && raw != d).then_some(raw)
                );
            }
            (kind, None) => {
                prop_assert!(
                    matches!(
                        kind,
                        EntryKind::PaymentOrder | EntryKind::Enforcement | EntryKind::PaymentPlan
                    ),
                    "{:?} without a deadline",
                    kind
                );
                prop_assert!(e.deadline_moved_from.is_none());
            }
        }
    }

    // Money.
    // A payment or a credit note in between (either lowers what is owed).
    let paid_in = |from: Date, to: Date| {
        claim.payments.iter().any(|p| p.date > from && p.date <= to)
            || claim.credits.iter().any(|c| c.date > from && c.date <= to)
    };
    let last = t
        .entries
        .iter()
        .map(|e| e.deadline.unwrap_or(e.date))
        .max()
        .unwrap_or(due);
    let v = &t.final_value;
    let final_day = today.map_or(last, |t| t.max(last));
    prop_assert_eq!(v.as_of, final_day);
    prop_assert_eq!(sum([v.capital, v.interest, v.fees]), v.total);
    for (i, e) in t.entries.iter().enumerate() {
        let p = &e.if_paid;
        prop_assert_eq!(p.as_of, e.deadline.unwrap_or(e.date));
        prop_assert_eq!(sum([p.capital, p.interest, p.fees]), p.total);
        for part in [p.capital, p.interest, p.fees, p.per_diem] {
            prop_assert!(!part.decimal().is_sign_negative() || part.is_zero());
        }
        if !paid_in(p.as_of, final_day) {
            prop_assert!(
                p.total <= v.total,
                "{:?}: {} > final {}",
                e.kind,
                p.total,
                v.total
            );
        }
        for later in &t.entries[i + 1..] {
            let q = &later.if_paid;
            if p.as_of <= q.as_of && !paid_in(p.as_of, q.as_of) {
                prop_assert!(
                    p.total <= q.total,
                    "{:?} owes {} on {}, later {:?} {} on {}",
                    e.kind,
                    p.total,
                    p.as_of,
                    later.kind,
                    q.total,
                    q.as_of
                );
            }
        }
        for f in &e.fees {
            prop_assert!(f.amount.is_positive());
            match e.kind {
                EntryKind::Due => prop_assert_eq!(f.kind, FeeKind::LateFee),
                _ => prop_assert_eq!(f.date, e.date),
            }
        }
    }
    // Each value is the engine's statement as of the entry's deadline (or date) with every step,
    // taken or projected, dated on or before that day (the statement leaves later ones out); the
    // final value has every step. A step whose fee the policy waives (and that states none of
    // its own) goes to the engine with `fee: false`, förseningsersättning only if the policy
    // claims it.
    let engine_steps = |_upto: usize| -> Vec<Step> {
        let keep: Vec<usize> = t
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.status != EntryStatus::Fact)
            .map(|(j, _)| j)
            .collect();
        engine_step_list(claim, policy, t, &keep)
    };
    let value_of = |steps: Vec<Step>, as_of: Date| {
        let mut copy = claim.clone();
        copy.late_fee = claim.late_fee && policy.fees.late_fee;
        copy.steps = steps;
        // Timelines assume the last known referensränta beyond the table (marked assumed).
        let table = RateTable::embedded()
            .assuming_through(calendar::next_day(as_of).expect("in range"))
            .expect("table");
        let options = StatementOptions {
            rates: &table,
            ..StatementOptions::new(as_of)
        };
        let s = statement(&copy, &options).expect("the timeline computed it");
        (s.as_of, s.capital, s.interest, s.fees, s.total, s.per_diem)
    };
    let parts = |v: &inkasso::timeline::Valuation| {
        (v.as_of, v.capital, v.interest, v.fees, v.total, v.per_diem)
    };
    for (i, e) in t.entries.iter().enumerate() {
        prop_assert_eq!(
            parts(&e.if_paid),
            value_of(engine_steps(i), e.if_paid.as_of),
            "{:?} on {}",
            e.kind,
            e.date
        );
    }
    prop_assert_eq!(parts(v), value_of(engine_steps(usize::MAX), final_day));
    if claim.payments.iter().all(|p| p.date > final_day) {
        let fees = sum(t
            .entries
            .iter()
            .flat_map(|e| e.fees.iter().map(|f| f.amount)));
        prop_assert_eq!(fees, v.fees);
        // Without payments the capital is every invoice issued by the day (owed from its
        // issue date), less the credit notes dated by then.
        let issued_by = |day: Date| {
            let issued = sum(claim
                .invoices
                .iter()
                .filter(|i| i.issue_date <= day)
                .map(|i| i.amount));
            let credited = sum(claim
                .credits
                .iter()
                .filter(|c| c.date <= day)
                .map(|c| c.amount));
            Money::from_ore(issued.ore() - credited.ore())
        };
        prop_assert_eq!(v.capital, issued_by(v.as_of));
        for e in &t.entries {
            prop_assert_eq!(e.if_paid.capital, issued_by(e.if_paid.as_of));
        }
    }
    Ok(())
}

fn run(
    claim: &Claim,
    policy: &Policy,
    today: Option<Date>,
    strict: bool,
) -> Result<(), TestCaseError> {
    let options = TimelineOptions {
        today,
        ..TimelineOptions::default()
    };
    let t = timeline(claim, policy, &options)
        .map_err(|e| TestCaseError::fail(format!("{}: {e}", policy.id)))?;
    check_timeline(claim, policy, today, &t, strict)
}

proptest! {
    // 400 claims × 5 presets + 400 generated policies: at least 2 400 timelines a run.
    #![proptest_config(config_with_at_least(400))]

    #[test]
    fn timelines_hold_under_every_preset((claim, today) in claim_and_today()) {
        for policy in Policy::presets() {
            run(&claim, &policy, today, true)?;
        }
    }

    #[test]
    fn timelines_spread_over_years_hold_under_every_preset((claim, today) in wide_claim_and_today()) {
        for policy in Policy::presets() {
            run(&claim, &policy, today, true)?;
        }
    }

    #[test]
    fn timelines_hold_under_generated_policies(
        (claim, today) in claim_and_today(),
        policy in policy(),
    ) {
        prop_assert!(policy.validate().is_ok());
        run(&claim, &policy, today, false)?;
    }
}

#[test]
fn the_bank_day_check_agrees_with_the_calendar_around_the_holidays() {
    // The independent check above against the engine's, over 2003–2030.
    let mut d = date(2003, Month::January, 1);
    while d.year() <= 2030 {
        assert_eq!(is_bank_day(d), !is_day_off(d), "{d}");
        assert_eq!(
            first_bank_day(d),
            calendar::next_business_day(d).expect("in range"),
            "{d}"
        );
        d = day(d, 1);
    }
}
