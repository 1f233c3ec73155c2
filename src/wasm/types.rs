//! Output shapes that exist only for the JS API (the inputs are in [`crate::input`]).

use std::borrow::Cow;

use serde::Serialize;

use crate::rates::{format_percent, RateRow, RateStatus};

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
    #[cfg_attr(inkasso_size, optimize(size))]
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

/// A name in Swedish and English.
#[cfg(not(feature = "statement-module"))]
#[derive(Debug, Serialize)]
pub struct NameOutput {
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

/// One kind (a step, a timeline entry, a fee) and its names.
#[cfg(not(feature = "statement-module"))]
#[derive(Debug, Serialize)]
pub struct KindOutput<K: Serialize> {
    /// The id used in inputs and outputs (`reminder`, `collectionFee`, …).
    pub kind: K,
    /// The engine's name for it, as its texts use it.
    pub name: NameOutput,
}

/// What `kinds()` returns: every kind the API uses, with the engine's names, so that a user
/// interface needs no list of its own.
#[cfg(not(feature = "statement-module"))]
#[derive(Debug, Serialize)]
pub struct KindsOutput {
    /// The kinds of `claim.steps[].kind`, in the order of the escalation.
    pub steps: Vec<KindOutput<crate::claim::StepKind>>,
    /// The kinds of timeline entries.
    pub entries: Vec<KindOutput<crate::timeline::EntryKind>>,
    /// The kinds of fee lines.
    pub fees: Vec<KindOutput<crate::fees::FeeKind>>,
}

#[cfg(not(feature = "statement-module"))]
impl KindsOutput {
    /// Every kind, from the engine's own enumerations and names.
    pub fn all() -> Self {
        use crate::fees::FeeKind;
        use crate::timeline::EntryKind;
        KindsOutput {
            steps: crate::claim::StepKind::ALL
                .iter()
                .map(|&kind| KindOutput {
                    kind,
                    name: NameOutput {
                        sv: crate::text::step_sv(kind),
                        en: crate::text::step_en(kind),
                    },
                })
                .collect(),
            entries: EntryKind::ALL
                .iter()
                .map(|&kind| KindOutput {
                    kind,
                    name: NameOutput {
                        sv: crate::text::entry_sv(kind),
                        en: crate::text::entry_en(kind),
                    },
                })
                .collect(),
            fees: FeeKind::ALL
                .iter()
                .map(|&kind| KindOutput {
                    kind,
                    name: NameOutput {
                        sv: crate::text::fee_sv(kind),
                        en: crate::text::fee_en(kind),
                    },
                })
                .collect(),
        }
    }
}
