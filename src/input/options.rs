//! Options as they arrive from JSON or JavaScript, next to the claim and policy inputs: the
//! rate rows a caller adds, the timeline's and the letter's options.

use serde::Deserialize;

use crate::claim::StepKind;
use crate::input::{rate_table, DaysInput, RateRowInput};
use crate::rates::RateTable;

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
#[cfg_attr(inkasso_size, optimize(size))]
pub fn table_from(options: Option<RatesOptionsInput>) -> crate::Result<TableRef> {
    match options.and_then(|o| o.rates) {
        Some(rows) => Ok(TableRef::Owned(rate_table(rows, "rates")?)),
        None => Ok(TableRef::Embedded),
    }
}

/// `{ rates?, strictRates? }`: the options of `totals`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TotalsOptionsInput {
    /// Caller rate rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
    /// A day the table does not cover is an error.
    #[serde(default, deserialize_with = "crate::input::null_as_default")]
    pub strict_rates: bool,
}

impl TotalsOptionsInput {
    /// The rate rows into a table (errors at `rates[i]`, as the JS API names them), with
    /// `strictRates`: for [`crate::statement::Replay::new`] through
    /// [`OwnedRateOptions::statement_options`].
    pub fn into_options(self) -> crate::Result<OwnedRateOptions> {
        OwnedRateOptions::of(self.rates, self.strict_rates)
    }
}

/// A rate table the caller's rows extend (held), and strict mode: the options of `totals`
/// and `instalmentPlan` once read, as [`OwnedTimelineOptions`] holds the timeline's (a Rust
/// user's review: each caller re-did the JS API's reading of `rates`).
pub struct OwnedRateOptions {
    /// The embedded table, or one the caller's rows extend.
    pub rates: TableRef,
    /// A day the table does not cover is an error instead of an assumed rate or a warning.
    pub strict_rates: bool,
}

impl OwnedRateOptions {
    /// Reads `rows` into a table (errors at `rates[i]`).
    pub(crate) fn of(rows: Option<Vec<RateRowInput>>, strict_rates: bool) -> crate::Result<Self> {
        Ok(OwnedRateOptions {
            rates: table_from_rows(rows)?,
            strict_rates,
        })
    }

    /// Statement options on `as_of` with this table and strictness, in full detail (for a
    /// statement, or a [`crate::statement::Replay`] answering totals on many dates).
    pub fn statement_options(&self, as_of: time::Date) -> crate::StatementOptions<'_> {
        crate::StatementOptions {
            as_of,
            rates: self.rates.get(),
            strict_rates: self.strict_rates,
            detail: crate::statement::Detail::Full,
        }
    }

    /// The options of [`crate::plan::instalment_plan`].
    pub fn plan_options(&self) -> crate::plan::PlanOptions<'_> {
        crate::plan::PlanOptions {
            rates: self.rates.get(),
            strict_rates: self.strict_rates,
        }
    }
}

/// `{ today?, horizon?, rates?, strictRates? }`: options of `timeline`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimelineOptionsInput {
    /// Projected steps are never dated before this day (`YYYY-MM-DD`).
    #[serde(default)]
    pub today: Option<String>,
    /// How far the preview looks (`YYYY-MM-DD`): `final` is valued on it, and further years of
    /// enforcement are projected up to it.
    #[serde(default)]
    pub horizon: Option<String>,
    /// Caller rate rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
    /// A day the table does not cover is an error.
    #[serde(default, deserialize_with = "crate::input::null_as_default")]
    pub strict_rates: bool,
}

impl TimelineOptionsInput {
    /// Checks every field: `today` and `horizon` as dates (their errors at `today` and
    /// `horizon`, as the JS API names them), the rate rows into a table (at `rates[i]`).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn into_options(self) -> crate::Result<OwnedTimelineOptions> {
        let date_at = |text: &Option<String>, field: &str| -> crate::Result<Option<time::Date>> {
            match text {
                Some(text) => {
                    Some(crate::calendar::parse_date(text).map_err(|e| e.at(field))).transpose()
                }
                None => Ok(None),
            }
        };
        let today = date_at(&self.today, "today")?;
        let horizon = date_at(&self.horizon, "horizon")?;
        Ok(OwnedTimelineOptions {
            rates: table_from_rows(self.rates)?,
            strict_rates: self.strict_rates,
            today,
            horizon,
        })
    }
}

/// Timeline options with their rate table held (borrow with
/// [`OwnedTimelineOptions::as_options`]; a Rust user's review found each caller re-doing the
/// JS API's reading of `today`, `horizon` and `rates`).
pub struct OwnedTimelineOptions {
    /// The embedded table, or one the caller's rows extend.
    pub rates: TableRef,
    /// Strict mode.
    pub strict_rates: bool,
    /// [`crate::timeline::TimelineOptions::today`].
    pub today: Option<time::Date>,
    /// [`crate::timeline::TimelineOptions::horizon`].
    pub horizon: Option<time::Date>,
}

impl OwnedTimelineOptions {
    /// The options for [`crate::timeline::timeline`].
    pub fn as_options(&self) -> crate::timeline::TimelineOptions<'_> {
        crate::timeline::TimelineOptions {
            rates: self.rates.get(),
            strict_rates: self.strict_rates,
            today: self.today,
            horizon: self.horizon,
        }
    }
}

/// The letters [`crate::letter::letter`] previews: the step kinds a letter can be, and the
/// only names its `kind` takes (any other, a step kind included, is `UNKNOWN_VARIANT` listing
/// these three).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum LetterKind {
    /// A betalningspåminnelse.
    Reminder,
    /// An inkassokrav.
    CollectionDemand,
    /// A final notice (slutlig påminnelse).
    FinalNotice,
}

impl LetterKind {
    /// The step the letter is.
    pub fn step_kind(self) -> StepKind {
        match self {
            Self::Reminder => StepKind::Reminder,
            Self::CollectionDemand => StepKind::CollectionDemand,
            Self::FinalNotice => StepKind::FinalNotice,
        }
    }
}

/// `{ kind, date, paymentTermDays, rates?, strictRates? }`: what `letter` previews.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LetterInput {
    /// `reminder`, `collectionDemand` or `finalNotice`.
    pub kind: LetterKind,
    /// The letter's date, `YYYY-MM-DD`.
    pub date: String,
    /// Days the debtor has to pay (at least 8 for an inkassokrav), as given: see
    /// [`LetterInput::term_days`].
    pub payment_term_days: DaysInput,
    /// Caller rate rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
    /// The per diem's next day must be covered too (a day of interest through the letter's
    /// date must be, either way: [`crate::letter::LetterOptions::strict_rates`]).
    #[serde(default, deserialize_with = "crate::input::null_as_default")]
    pub strict_rates: bool,
}

impl LetterInput {
    /// The payment term in days: [`letter_term_days`] of this letter's kind and term.
    pub fn term_days(&self) -> crate::Result<u32> {
        letter_term_days(self.kind.step_kind(), &self.payment_term_days)
    }
}

/// A letter's payment term in days, checked after its kind as [`crate::letter::letter`] checks
/// them: `UNKNOWN_VARIANT` at `kind` for a kind no letter previews, then `INVALID_DAYS` at
/// `paymentTermDays` for anything but a whole number from 0 to 3650, as for a step's
/// `paymentTermDays` ([`DaysInput::to_days`]: `-1 days: a whole number from 0 to 3650 is
/// expected`, `2.5 days: …`, `4294967296 days: …`; `INVALID_TYPE` for text).
pub fn letter_term_days(kind: StepKind, days: &DaysInput) -> crate::Result<u32> {
    crate::letter::check_kind(kind)?;
    days.to_days().map_err(|e| e.at("paymentTermDays"))
}

/// The table from optional caller rows (`rates` is the field path).
pub fn table_from_rows(rows: Option<Vec<RateRowInput>>) -> crate::Result<TableRef> {
    table_from(Some(RatesOptionsInput { rates: rows }))
}
