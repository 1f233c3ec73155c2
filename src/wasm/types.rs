//! Small input and output shapes that exist only for the JS API.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::input::{rate_table, RateRowInput};
use crate::rates::{format_percent, RateRow, RateStatus, RateTable};

/// `{ rates?: RateRow[] }`: half-years that extend or replace the embedded table.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RatesOptionsInput {
    /// Caller rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
}

/// The embedded table, or an owned one extended by the caller.
pub enum TableRef {
    /// The table shipped with the crate.
    Embedded,
    /// A caller-extended table.
    Owned(RateTable),
}

impl TableRef {
    /// The table.
    pub fn get(&self) -> &RateTable {
        match self {
            TableRef::Embedded => RateTable::embedded(),
            TableRef::Owned(table) => table,
        }
    }
}

/// The table asked for by `options`.
pub fn table_from(options: Option<RatesOptionsInput>) -> crate::Result<TableRef> {
    match options.and_then(|o| o.rates) {
        Some(rows) => Ok(TableRef::Owned(rate_table(rows, "rates")?)),
        None => Ok(TableRef::Embedded),
    }
}

/// One half-year of the table as JS sees it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RateRowOutput {
    /// First day, `YYYY-01-01` or `YYYY-07-01`.
    pub from: String,
    /// Last day.
    pub to: String,
    /// The half-year, `2025-H1`.
    pub half_year: String,
    /// referensränta, percent.
    pub reference_rate: String,
    /// dröjsmålsränta (referensränta + 8), percent.
    pub late_payment_rate: String,
    /// `confirmed`, `derived` or `provisional`.
    pub status: RateStatus,
    /// Where the value comes from.
    pub source: Cow<'static, str>,
}

impl RateRowOutput {
    /// The output shape of `row`.
    pub fn from_row(row: &RateRow) -> crate::Result<RateRowOutput> {
        Ok(RateRowOutput {
            from: crate::calendar::format_date(row.half_year.start()?),
            to: crate::calendar::format_date(row.half_year.end()?),
            half_year: row.half_year.to_string(),
            reference_rate: format_percent(row.percent),
            late_payment_rate: format_percent(row.late_payment_rate()?),
            status: row.status,
            source: row.source.clone(),
        })
    }
}

/// `{ today?, rates?, strictRates? }`: options of `timeline`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimelineOptionsInput {
    /// Projected steps are never dated before this day (`YYYY-MM-DD`).
    #[serde(default)]
    pub today: Option<String>,
    /// Caller rate rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
    /// A day the table does not cover is an error.
    #[serde(default)]
    pub strict_rates: bool,
}

/// `{ kind, date, paymentTermDays, rates?, strictRates? }`: what `letter` previews.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LetterInput {
    /// `reminder` or `collectionDemand`.
    pub kind: crate::claim::StepKind,
    /// The letter's date, `YYYY-MM-DD`.
    pub date: String,
    /// Days the debtor has to pay (at least 8 for an inkassokrav).
    pub payment_term_days: u32,
    /// Caller rate rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
    /// A day the table does not cover is an error.
    #[serde(default)]
    pub strict_rates: bool,
}

/// The table from optional caller rows (`rates` is the field path).
pub fn table_from_rows(rows: Option<Vec<RateRowInput>>) -> crate::Result<TableRef> {
    table_from(Some(RatesOptionsInput { rates: rows }))
}

/// A name in Swedish and English.
#[derive(Debug, Serialize)]
pub struct NameOutput {
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

/// One kind (a step, a timeline entry, a fee) and its names.
#[derive(Debug, Serialize)]
pub struct KindOutput<K: Serialize> {
    /// The id used in inputs and outputs (`reminder`, `collectionFee`, …).
    pub kind: K,
    /// The engine's name for it, as its texts use it.
    pub name: NameOutput,
}

/// What `kinds()` returns: every kind the API uses, with the engine's names, so that a user
/// interface needs no list of its own.
#[derive(Debug, Serialize)]
pub struct KindsOutput {
    /// The kinds of `claim.steps[].kind`, in the order of the escalation.
    pub steps: Vec<KindOutput<crate::claim::StepKind>>,
    /// The kinds of timeline entries.
    pub entries: Vec<KindOutput<crate::timeline::EntryKind>>,
    /// The kinds of fee lines.
    pub fees: Vec<KindOutput<crate::fees::FeeKind>>,
}

impl KindsOutput {
    /// Every kind, from the engine's own enumerations and names.
    pub fn all() -> Self {
        use crate::fees::FeeKind;
        use crate::timeline::EntryKind;
        // The lists below must name every variant: these matches stop compiling when one is added.
        let _every_entry = |k: EntryKind| match k {
            EntryKind::Due
            | EntryKind::Reminder
            | EntryKind::CollectionDemand
            | EntryKind::FinalNotice
            | EntryKind::PaymentPlan
            | EntryKind::PaymentOrder
            | EntryKind::Enforcement => (),
        };
        let _every_fee = |k: FeeKind| match k {
            FeeKind::ReminderFee
            | FeeKind::CollectionFee
            | FeeKind::PaymentPlanFee
            | FeeKind::LateFee
            | FeeKind::PaymentOrderFee
            | FeeKind::PaymentOrderCompensation
            | FeeKind::EnforcementFee => (),
        };
        let entries = [
            EntryKind::Due,
            EntryKind::Reminder,
            EntryKind::CollectionDemand,
            EntryKind::FinalNotice,
            EntryKind::PaymentPlan,
            EntryKind::PaymentOrder,
            EntryKind::Enforcement,
        ];
        let fees = [
            FeeKind::ReminderFee,
            FeeKind::CollectionFee,
            FeeKind::PaymentPlanFee,
            FeeKind::LateFee,
            FeeKind::PaymentOrderFee,
            FeeKind::PaymentOrderCompensation,
            FeeKind::EnforcementFee,
        ];
        KindsOutput {
            steps: crate::claim::StepKind::ALL
                .iter()
                .map(|&kind| KindOutput {
                    kind,
                    name: NameOutput {
                        sv: kind.name_sv(),
                        en: kind.name_en(),
                    },
                })
                .collect(),
            entries: entries
                .iter()
                .map(|&kind| KindOutput {
                    kind,
                    name: NameOutput {
                        sv: kind.name_sv(),
                        en: kind.name_en(),
                    },
                })
                .collect(),
            fees: fees
                .iter()
                .map(|&kind| KindOutput {
                    kind,
                    name: NameOutput {
                        sv: kind.name_sv(),
                        en: kind.name_en(),
                    },
                })
                .collect(),
        }
    }
}
