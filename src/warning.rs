//! Non-fatal findings returned with a result: a fee that the facts do not allow, a provisional
//! rate, a day the rate table does not cover. Each has a stable code, optionally the input field
//! it concerns, and a short text in Swedish and English.

use serde::Serialize;

use crate::rates::HalfYear;
use crate::text::Text;

/// A stable warning code (`SCREAMING_SNAKE_CASE` when serialised).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum WarningCode {
    /// A referensränta marked provisional in the table was used.
    ProvisionalRate,
    /// Days the rate table does not cover: no interest was computed for them.
    RateNotCovered,
    /// A reminder was sent but no reminder fee was agreed in advance (lag 1981:739 2 §).
    ReminderFeeNotAgreed,
    /// A second step of a kind that earns one fee per claim: no fee.
    FeeAlreadyCharged,
    /// A step taken when nothing in the claim was overdue: no fee.
    NotOverdue,
    /// A reminder, inkassokrav or plan fee replaced (wholly or partly) by förseningsersättning.
    FeeAbsorbedByLateFee,
    /// An action dated before the fee table starts: no fee.
    FeeNotCovered,
    /// An invoice paid by its due date, or overdue before 2013-03-16: no förseningsersättning.
    NoLateFee,
    /// A step or payment after the statement date: left out of the statement.
    AfterAsOf,
    /// Payments exceed the claim: the excess is a credit owed back to the debtor.
    Overpaid,
}

impl WarningCode {
    /// The code as serialised, e.g. `PROVISIONAL_RATE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ProvisionalRate => "PROVISIONAL_RATE",
            Self::RateNotCovered => "RATE_NOT_COVERED",
            Self::ReminderFeeNotAgreed => "REMINDER_FEE_NOT_AGREED",
            Self::FeeAlreadyCharged => "FEE_ALREADY_CHARGED",
            Self::NotOverdue => "NOT_OVERDUE",
            Self::FeeAbsorbedByLateFee => "FEE_ABSORBED_BY_LATE_FEE",
            Self::FeeNotCovered => "FEE_NOT_COVERED",
            Self::NoLateFee => "NO_LATE_FEE",
            Self::AfterAsOf => "AFTER_AS_OF",
            Self::Overpaid => "OVERPAID",
        }
    }
}

/// One warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// What kind of warning.
    pub code: WarningCode,
    /// The input field it concerns (`steps[1]`, `invoices[0]`), if one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The half-year it concerns (rate warnings).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub half_year: Option<HalfYear>,
    /// What it means, in Swedish and English.
    pub text: Text,
}

impl Warning {
    /// A warning with a text and no field.
    pub fn new(code: WarningCode, sv: impl Into<String>, en: impl Into<String>) -> Warning {
        Warning {
            code,
            field: None,
            half_year: None,
            text: Text::new(sv, en),
        }
    }

    /// The same warning about `field`.
    #[must_use]
    pub fn at(mut self, field: impl Into<String>) -> Warning {
        self.field = Some(field.into());
        self
    }

    /// The same warning about `half_year`.
    #[must_use]
    pub fn for_half_year(mut self, half_year: HalfYear) -> Warning {
        self.half_year = Some(half_year);
        self
    }
}

/// Adds `warning` unless an equal one (same code, field and half-year) is already there.
pub fn push_unique(warnings: &mut Vec<Warning>, warning: Warning) {
    let seen = warnings.iter().any(|w| {
        w.code == warning.code && w.field == warning.field && w.half_year == warning.half_year
    });
    if !seen {
        warnings.push(warning);
    }
}
