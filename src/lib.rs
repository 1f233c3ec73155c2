//! # inkasso
//!
//! Previews what happens to an unpaid invoice under Swedish law: reminders
//! (betalningspåminnelse), debt-collection demands (inkassokrav), the total claim (capital +
//! statutory fees + dröjsmålsränta) on any date, and the escalation timeline.
#![deny(missing_docs)]
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
pub mod policy;
pub mod rates;
pub mod statement;
pub mod text;
pub mod timeline;
pub mod warning;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use claim::{Claim, DayCount, DebtorKind, Invoice, Payment, Step, StepKind};
pub use error::{Error, ErrorCode, Result};
pub use money::Money;
pub use statement::{statement, Statement, StatementOptions};
