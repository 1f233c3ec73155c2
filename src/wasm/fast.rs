//! Results that cross as text (issue 15): a statement as its parts, materialised lazily by the
//! JS wrapper, and the totals of a claim on many dates from one replay.

use serde::Deserialize;

use super::convert::{self, to_js, JsResult};
use super::json;
use super::types::TotalOutput;
use crate::input::options::table_from_rows;
use crate::input::{ClaimInput, RateRowInput};
use crate::statement::{Detail, FeeLine, InterestLine, Statement, StatementOptions, WithoutText};
use crate::text::Text;

/// Whether a statement's lines cross with their explanations or without (the wrapper then
/// builds them on first access, from [`statement_texts`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    /// Every line with its `explanation`.
    Eager,
    /// Lines without `explanation`.
    OnAccess,
}

/// A statement as the wrapper materialises it lazily: the JSON of the statement with its five
/// arrays empty, then the JSON of each array (interest lines, fee lines, allocations, invoices,
/// warnings), separated by NUL characters (which JSON text never contains unescaped). The
/// wrapper parses the head at once and each array on first access, into the same plain object
/// (same keys, same order, same values) that `JSON.parse` of the whole statement gives; with
/// [`Texts::OnAccess`] it gives each line an `explanation` built when first read.
pub fn statement_text(mut statement: Statement, texts: Texts) -> Result<String, convert::Thrown> {
    let lines = core::mem::take(&mut statement.interest_lines);
    let fee_lines = core::mem::take(&mut statement.fee_lines);
    let allocations = core::mem::take(&mut statement.allocations);
    let invoices = core::mem::take(&mut statement.invoices);
    let warnings = core::mem::take(&mut statement.warnings);
    let mut text = String::with_capacity(4096);
    let written = json::push(&mut text, &statement).and_then(|()| match texts {
        Texts::Eager => {
            push_part(&mut text, &lines)?;
            push_part(&mut text, &fee_lines)
        }
        Texts::OnAccess => {
            push_part(&mut text, &Facts(&lines))?;
            push_part(&mut text, &Facts(&fee_lines))
        }
    });
    let written = written
        .and_then(|()| push_part(&mut text, &allocations))
        .and_then(|()| push_part(&mut text, &invoices))
        .and_then(|()| push_part(&mut text, &warnings));
    written.map_err(|e| convert::not_converted(&e))?;
    Ok(text)
}

/// Lines serialised without their explanations.
struct Facts<'a, T>(&'a [T]);

impl<T> serde::Serialize for Facts<'_, T>
where
    for<'b> WithoutText<'b, T>: serde::Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(WithoutText))
    }
}

fn push_part<T: serde::Serialize + ?Sized>(text: &mut String, part: &T) -> json::Result<()> {
    text.push('\0');
    json::push(text, part)
}

/// The explanations of a statement's interest and fee lines, in their order:
/// `{ interestLines: [{ sv, en }, …], feeLines: [{ sv, en }, …] }`. The wrapper asks for them
/// the first time a line's `explanation` of a statement is read, with the same texts of the
/// claim and options the statement was computed from (the engine gives the same lines again).
pub fn statement_texts(statement: &Statement) -> JsResult {
    let interest: Vec<Text> = statement
        .interest_lines
        .iter()
        .map(InterestLine::explanation)
        .collect();
    let fees: Vec<Text> = statement
        .fee_lines
        .iter()
        .map(FeeLine::explanation)
        .collect();
    to_js(&LineTexts {
        interest_lines: interest,
        fee_lines: fees,
    })
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct LineTexts {
    interest_lines: Vec<Text>,
    fee_lines: Vec<Text>,
}

/// `{ rates?, strictRates? }`: the options of `totals`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TotalsOptionsInput {
    /// Caller rate rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
    /// A day the table does not cover is an error.
    #[serde(default)]
    pub strict_rates: bool,
}

/// Most dates in one `totals` call.
pub const MAX_DATES: usize = 100_000;

/// The totals of `claim` on each of `dates`: a summary statement on each, from one replay of
/// the claim's events ([`crate::statement::Replay`]), the claim read and checked once.
pub fn totals_of(claim: ClaimInput, dates: &[String], options: TotalsOptionsInput) -> JsResult {
    let claim = claim.into_claim()?;
    claim.validate()?;
    if dates.len() > MAX_DATES {
        return Err(crate::Error::new(
            crate::error::ErrorCode::TooManyItems,
            format!("{} dates: at most {MAX_DATES} in one call", dates.len()),
        )
        .at("dates")
        .into());
    }
    let table = table_from_rows(options.rates)?;
    let first_options = StatementOptions {
        as_of: crate::calendar::MIN_DATE,
        rates: table.get(),
        strict_rates: options.strict_rates,
        detail: Detail::Summary,
    };
    // One replay of the claim's events; each date is a copy of the accounts closed that day.
    let mut replay = crate::statement::Replay::new(&claim, &first_options)?;
    let mut out = Vec::with_capacity(dates.len());
    for (i, text) in dates.iter().enumerate() {
        let at = || format!("dates[{i}]");
        let as_of = crate::calendar::parse_date(text).map_err(|e| e.at(at()))?;
        let s = replay.totals_on(as_of).map_err(|e| {
            if e.field() == Some("asOf") {
                e.at(at())
            } else {
                e
            }
        })?;
        out.push(TotalOutput::from_totals(&s));
    }
    to_js(&out)
}
