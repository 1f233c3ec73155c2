//! # inkasso
//!
//! Previews what happens to an unpaid invoice under Swedish law: reminders
//! (betalningspåminnelse), debt-collection demands (inkassokrav), the total claim (capital +
//! statutory fees + dröjsmålsränta) on any date, and the escalation timeline.
//!
//! Everything is exact to the öre: money is [`Money`], a whole number of öre, each interest line is
//! rounded once (half away from zero), and every figure comes with the statute that allows it.
//! The rules and conventions are those of the project's `DOMAIN.md` (shipped with the crate as
//! `docs/DOMAIN.md`; "DOMAIN.md 8.1" in these docs is its section 8.1).
//!
//! # Example: a statement
//! A consumer owes 12 500 kr due Friday 2025-03-14, with a reminder fee agreed in advance. The
//! creditor sends a reminder and an inkassokrav; the debtor pays 1 000 kr on 2025-04-15. What
//! settles the claim on 2025-04-30?
//!
//! ```
//! use inkasso::{statement, Claim, DebtorKind, Invoice, Money, Payment, StatementOptions, Step, StepKind};
//! use time::macros::date;
//!
//! let mut claim = Claim::new(
//!     DebtorKind::Consumer,
//!     vec![Invoice {
//!         number: "2025-017".into(),
//!         amount: Money::parse("12500.00")?,
//!         issue_date: date!(2025 - 02 - 12),
//!         due_date: Some(date!(2025 - 03 - 14)),
//!         rate: None,
//!         description: None,
//!     }],
//! );
//! claim.reminder_fee_agreed = true;
//! claim.steps = vec![
//!     Step::new(StepKind::Reminder, date!(2025 - 03 - 20)),
//!     Step::new(StepKind::CollectionDemand, date!(2025 - 04 - 01)),
//! ];
//! claim.payments = vec![Payment::new(date!(2025 - 04 - 15), Money::parse("1000")?)];
//!
//! let s = statement(&claim, &StatementOptions::new(date!(2025 - 04 - 30)))?;
//!
//! println!("total to pay on {}: {} kr", s.as_of, s.total);
//! for line in &s.fee_lines {
//!     println!("fee      {} {:>9} kr  {}", line.date, line.amount, line.rule);
//! }
//! for line in &s.interest_lines {
//!     println!(
//!         "interest {} – {} {:>3} days on {} at {} %: {} kr",
//!         line.from, line.to, line.days, line.base, line.rate, line.amount
//!     );
//! }
//!
//! // Fees 60 (påminnelseavgift) + 180 (inkassokrav). Interest at 3.00 + 8 = 11 % from
//! // 2025-03-15: 32 days on 12 500 kr = 120.55 kr through the payment day. The 1 000 kr pays
//! // the fees, then the interest, then 639.45 kr of capital; 15 more days on 11 860.55 kr.
//! assert_eq!(s.fee_lines.len(), 2);
//! assert_eq!(s.interest_lines[0].amount.to_string(), "120.55");
//! assert_eq!(s.allocations[0].capital.to_string(), "639.45");
//! assert_eq!(s.capital.to_string(), "11860.55");
//! assert_eq!(s.interest.to_string(), "53.62");
//! assert_eq!(s.total.to_string(), "11914.17");
//! assert_eq!(s.per_diem.to_string(), "3.57");
//! # Ok::<(), inkasso::Error>(())
//! ```
//!
//! Inputs can also come from JSON (or JavaScript) through [`input`], which reports every error
//! with a stable [`ErrorCode`] and the path of the field at fault.
//!
//! Items hidden from these docs (the text reader's traits, the text writers' `push_*`
//! helpers, the letter's sentence builders, …) are the engine's internals, public only for
//! its own test suites: they may change in any release.
#![deny(missing_docs)]
// Size (issue 15): the package build (scripts/build.sh, on the nightly-capable Debian toolchain)
// passes `--cfg inkasso_size`, and the functions off the hot paths (letters, checks, plans,
// limitation, the timeline, texts, the input readers' slow path, errors, the wasm exports) that
// compile to more than about 150 bytes carry `#[cfg_attr(inkasso_size, optimize(size))]`: LLVM
// optimises them for size (−18.7 KB) while the statement's engine (the ledger, interest, money,
// the quick reader, the packed writer) keeps opt-level 2. The wasm exports and the general
// reader are marked too: measured A/B, no speed figure moved (BENCHMARKS.md, twentieth round).
// Without the cfg (native builds, stable toolchains) the attribute is inert.
#![cfg_attr(inkasso_size, feature(optimize_attribute))]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::integer_division
    )
)]

pub mod calendar;
pub mod claim;
pub mod compliance;
pub mod error;
pub mod fees;
pub mod input;
pub mod interest;
pub mod letter;
pub mod limitation;
pub mod money;
pub mod params;
pub mod plan;
pub mod policy;
pub mod rates;
mod sort;
pub mod state;
pub mod statement;
pub mod text;
pub mod timeline;
pub mod warning;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use claim::{
    Claim, ContractRate, CreditNote, DayCount, DebtorKind, Invoice, Payment, Step, StepKind,
};
/// The README's Rust example, compiled and run as a doctest so that it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use error::{Error, ErrorCode, Result};
pub use money::Money;
/// The decimal type of rates and of exact intermediate amounts ([`rust_decimal::Decimal`]),
/// re-exported so that callers build rates with the version the crate uses.
pub use rust_decimal;
pub use statement::{statement, Detail, Statement, StatementOptions};
/// The date type of every date ([`time::Date`]), re-exported so that callers build dates with
/// the version the crate uses. Its `date!` macro names `::time`, so it needs `time` (with the
/// `macros` feature) among your own dependencies; [`calendar::parse_date`] needs nothing more.
pub use time;
