//! Statutory fees as dated parameters: one table per fee, each row valid from a date until the
//! next row, with the statute that allows it. The law in force on the day of the action that
//! earns a fee decides its amount (DOMAIN.md 1).
//!
//! | fee | from 1996-12-01 | from 2013-03-16 | statute |
//! |---|---|---|---|
//! | påminnelseavgift | 50 | 60 | lag (1981:739) 2 §, 4 § 2 st. 1 (earlier förordning 1981:1057) |
//! | inkassokrav | 160 | 180 | lag (1981:739) 3 § 1, 4 § 2 st. 2 |
//! | amorteringsplan | 150 | 170 | lag (1981:739) 3 § 2, 4 § 2 st. 3 |
//! | förseningsersättning | – | 450 | lag (1981:739) 4 a § |
//!
//! Kronofogden's costs, valued on the day of the application (each amendment applies to cases
//! brought after it takes effect). The rule texts name the statute only; what is unsettled is
//! marked here and in the constants' docs:
//!
//! | fee | from | amount | statute | settled? |
//! |---|---|---|---|---|
//! | ansökningsavgift, betalningsföreläggande | 2002-07-01 | 300 | förordning (1992:1094) om avgifter vid kronofogdemyndigheterna 1 § (wording SFS 1995:1054) | amount and start of that wording: verify |
//! | | 2008-12-12 | 300 | same 1 § in the wording of SFS 2008:893 (title "vid Kronofogdemyndigheten") | settled |
//! | ersättning för att upprätta ansökan | 2003-10-01 | 340 | förordning (1991:1340) 1 § (SFS 2003:577, in force 2003-10-01; text "trehundrafyrtio kronor" in the wording of SFS 2006:882) | that SFS 2003:577 set 340: verify |
//! | | 2014-01-01 | 380 | lag (1990:746) 48 § (SFS 2013:1062; förordning 1991:1340 repealed by SFS 2013:1065) | settled |
//! | grundavgift, verkställighet | 2002-07-01 | 600 | förordning (1992:1094) 5 § (wording before SFS 2007:795) | amount: verify |
//! | | 2008-01-01 | 600 | förordning (1992:1094) 5 § (SFS 2007:1297) and 6 § "Grundavgiften är 600 kronor" (SFS 2007:795; restated by SFS 2017:471 from 2017-07-01) | 2007:795's start date: verify |
//!
//! Before those rows: ansökningsavgift 200 kr from 1992-01-01 (förordning 1991:1583 2 §,
//! repealed by 1992:1094 in force 1993-01-01); ersättning at most 285 kr under förordning
//! (1981:1056) (SFS 1990:1002) while betalningsföreläggande was handled by the tingsrätt, then
//! förordning (1991:1340) from 1992-01-01, amended by SFS 1996:939 (from 1996-12-01) with an
//! amount not found. These are not in the tables: an application before a table's first row
//! earns no fee and a `FEE_NOT_COVERED` warning, never a guess.
//!
//! **Verify** (DOMAIN.md): the 50/160/150 kr amounts from 1996-12-01 (SFS 1996:938 took effect
//! that day and is the last wording of the amounts per the consolidated text of förordning
//! 1981:1057; the ordinance was also amended by SFS 1993:1130 from 1994-01-01 and SFS 2003:294
//! from 2003-07-01, which the tables do not distinguish), and the rows marked verify above.
//!
//! # Fees before 16 March 2013
//! The act (lag 1981:739) has carried the amounts itself only since SFS 2013:56, in force
//! 2013-03-16; before that they were in förordning (1981:1057), repealed that day, which still
//! governs actions taken before it (DOMAIN.md 1). Each table therefore has a row from
//! 1996-12-01 (the wording of SFS 1996:938: 50 / 160 / 150 kr) and one from 2013-03-16
//! (60 / 180 / 170 kr), and a fee is valued by the row in force **on the day of the action**,
//! not on the day the debt arose: a reminder of 2013-03-15 is 50 kr, an inkassokrav of
//! 2013-03-18 for the same invoice 180 kr. Förseningsersättning did not exist before
//! 2013-03-16, so an invoice whose first interest day is earlier earns none (a `NO_LATE_FEE`
//! warning) and the ordinary fees are then charged in full.
//!
//! # Förseningsersättning and the other fees
//! The engine lets förseningsersättning replace the reminder, inkassokrav and plan fees up to
//! its amount ([`FeeKind::is_absorbed_by_late_fee`]), as IMY and the collection industry
//! describe it. **Verify**: DOMAIN.md has not yet pinned the paragraph of lag 1981:739 (as
//! amended by SFS 2013:56) that says so; a caller who disagrees can set
//! [`crate::Claim::late_fee`] to `false`, which charges the ordinary fees instead.

use serde::Serialize;
use time::macros::date;
use time::Date;

use crate::money::Money;

/// The kinds of fee a claim can carry (the names used in outputs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum FeeKind {
    /// Påminnelseavgift: for a written payment reminder, if agreed in advance.
    ReminderFee,
    /// Ersättning för inkassoåtgärd: for an inkassokrav.
    CollectionFee,
    /// Ersättning för amorteringsplan: for a written instalment plan.
    PaymentPlanFee,
    /// Förseningsersättning: fixed compensation from a business or public debtor, per invoice.
    LateFee,
    /// Ansökningsavgift for a betalningsföreläggande, paid to Kronofogden.
    PaymentOrderFee,
    /// Ersättning för att upprätta ansökan om betalningsföreläggande.
    PaymentOrderCompensation,
    /// Grundavgift for verkställighet (enforcement), per application or further year.
    EnforcementFee,
}

/// One row of a fee table: the amount from a date, and the statute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeParameter {
    /// First day the amount applies.
    pub from: Date,
    /// The maximum amount.
    pub amount: Money,
    /// The statute that allows the fee in that period.
    pub rule: &'static str,
}

const fn param(from: Date, kronor: i64, rule: &'static str) -> FeeParameter {
    FeeParameter {
        from,
        amount: Money::kr(kronor),
        rule,
    }
}

const OLD_ORDINANCE: Date = date!(1996 - 12 - 01);
const SFS_2013_56: Date = date!(2013 - 03 - 16);
const KRONOFOGDEN_FROM: Date = date!(2002 - 07 - 01);

/// Påminnelseavgift.
pub const REMINDER_FEE: &[FeeParameter] = &[
    param(
        OLD_ORDINANCE,
        50,
        "förordning (1981:1057) om ersättning för inkassokostnader m.m. (SFS 1996:938)",
    ),
    param(
        SFS_2013_56,
        60,
        "lag (1981:739) 2 § och 4 § andra stycket 1",
    ),
];

/// Ersättning för inkassoåtgärd (inkassokrav).
pub const COLLECTION_FEE: &[FeeParameter] = &[
    param(
        OLD_ORDINANCE,
        160,
        "förordning (1981:1057) om ersättning för inkassokostnader m.m. (SFS 1996:938)",
    ),
    param(
        SFS_2013_56,
        180,
        "lag (1981:739) 3 § 1 och 4 § andra stycket 2",
    ),
];

/// Ersättning för amorteringsplan.
pub const PAYMENT_PLAN_FEE: &[FeeParameter] = &[
    param(
        OLD_ORDINANCE,
        150,
        "förordning (1981:1057) om ersättning för inkassokostnader m.m. (SFS 1996:938)",
    ),
    param(
        SFS_2013_56,
        170,
        "lag (1981:739) 3 § 2 och 4 § andra stycket 3",
    ),
];

/// Förseningsersättning (from SFS 2013:56; dated on the invoice's first interest day).
pub const LATE_FEE: &[FeeParameter] = &[param(SFS_2013_56, 450, "lag (1981:739) 4 a §")];

/// Ansökningsavgift for betalningsföreläggande: 300 kr under förordning (1992:1094) 1 § in the
/// wording of SFS 1995:1054 (the amount and start of that wording: verify; the table starts
/// 2002-07-01 with the rate table), then in the wording of SFS 2008:893 from 2008-12-12.
pub const PAYMENT_ORDER_FEE: &[FeeParameter] = &[
    param(
        KRONOFOGDEN_FROM,
        300,
        "förordning (1992:1094) om avgifter vid kronofogdemyndigheterna 1 § (SFS 1995:1054)",
    ),
    param(
        date!(2008 - 12 - 12),
        300,
        "förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 1 §",
    ),
];

/// Ersättning för att upprätta ansökan om betalningsföreläggande: at most 340 kr under
/// förordning (1991:1340) 1 § for cases brought from 2003-10-01 (SFS 2003:577; that it set 340
/// kr: verify; the 1 § text "trehundrafyrtio kronor" is in the wording of SFS 2006:882), 380 kr
/// under lag (1990:746) 48 § for cases brought from 2014-01-01 (SFS 2013:1062; older rules for
/// cases that came in before). The amount of SFS 1996:939 (1996-12-01 to 2003-09-30) was not
/// found: such applications are not covered.
pub const PAYMENT_ORDER_COMPENSATION: &[FeeParameter] = &[
    param(
        date!(2003 - 10 - 01),
        340,
        "lag (1990:746) 48 §; förordning (1991:1340) 1 § (SFS 2003:577; SFS 2006:882)",
    ),
    param(
        date!(2014 - 01 - 01),
        380,
        "lag (1990:746) 48 § (SFS 2013:1062)",
    ),
];

/// Grundavgift for verkställighet: 600 kr. From 2008-01-01 one per enforcement title and year
/// (förordning 1992:1094 5 §, SFS 2007:1297) and the amount in 6 § (SFS 2007:795; its start
/// date 2008-01-01: verify; restated by SFS 2017:471 from 2017-07-01). Before 2008 the amount
/// of the older wording (SFS 1995:1109 / 1996:47) was not found: 600 kr is assumed (verify).
pub const ENFORCEMENT_FEE: &[FeeParameter] = &[
    param(
        KRONOFOGDEN_FROM,
        600,
        "förordning (1992:1094) om avgifter vid kronofogdemyndigheterna 5 § (lydelse före SFS 2007:795)",
    ),
    param(
        date!(2008 - 01 - 01),
        600,
        "förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 5 § och 6 §",
    ),
];

impl FeeKind {
    /// The dated table of this fee.
    pub fn table(self) -> &'static [FeeParameter] {
        match self {
            Self::ReminderFee => REMINDER_FEE,
            Self::CollectionFee => COLLECTION_FEE,
            Self::PaymentPlanFee => PAYMENT_PLAN_FEE,
            Self::LateFee => LATE_FEE,
            Self::PaymentOrderFee => PAYMENT_ORDER_FEE,
            Self::PaymentOrderCompensation => PAYMENT_ORDER_COMPENSATION,
            Self::EnforcementFee => ENFORCEMENT_FEE,
        }
    }

    /// The parameter in force on `date`, or `None` before the table starts.
    pub fn parameter_on(self, date: Date) -> Option<FeeParameter> {
        self.table().iter().rev().find(|p| p.from <= date).copied()
    }

    /// True for the three fees that förseningsersättning replaces up to its amount: they are
    /// charged only for the part of their running sum that exceeds the förseningsersättning
    /// charged so far in the claim (60 + 180 + 170 = 410 < 450: nothing). Kronofogden's costs
    /// are not affected. **Verify** the statutory paragraph (see the module docs).
    pub fn is_absorbed_by_late_fee(self) -> bool {
        matches!(
            self,
            Self::ReminderFee | Self::CollectionFee | Self::PaymentPlanFee
        )
    }

    /// The name used in outputs (`reminderFee`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ReminderFee => "reminderFee",
            Self::CollectionFee => "collectionFee",
            Self::PaymentPlanFee => "paymentPlanFee",
            Self::LateFee => "lateFee",
            Self::PaymentOrderFee => "paymentOrderFee",
            Self::PaymentOrderCompensation => "paymentOrderCompensation",
            Self::EnforcementFee => "enforcementFee",
        }
    }

    /// The Swedish name.
    pub fn name_sv(self) -> &'static str {
        match self {
            Self::ReminderFee => "påminnelseavgift",
            Self::CollectionFee => "inkassoavgift",
            Self::PaymentPlanFee => "avgift för amorteringsplan",
            Self::LateFee => "förseningsersättning",
            Self::PaymentOrderFee => "ansökningsavgift för betalningsföreläggande",
            Self::PaymentOrderCompensation => "ersättning för att upprätta ansökan",
            Self::EnforcementFee => "grundavgift för verkställighet",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Self::ReminderFee => "reminder fee",
            Self::CollectionFee => "collection fee",
            Self::PaymentPlanFee => "instalment plan fee",
            Self::LateFee => "late-payment compensation",
            Self::PaymentOrderFee => "payment order application fee",
            Self::PaymentOrderCompensation => "compensation for preparing the application",
            Self::EnforcementFee => "enforcement basic fee",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_follow_the_law_in_force() {
        for (kind, day, expected) in [
            (FeeKind::ReminderFee, date!(2013 - 03 - 15), Some(50)),
            (FeeKind::ReminderFee, date!(2013 - 03 - 16), Some(60)),
            (FeeKind::CollectionFee, date!(2012 - 01 - 01), Some(160)),
            (FeeKind::CollectionFee, date!(2025 - 01 - 01), Some(180)),
            (FeeKind::PaymentPlanFee, date!(2010 - 06 - 01), Some(150)),
            (FeeKind::PaymentPlanFee, date!(2026 - 06 - 01), Some(170)),
            (FeeKind::LateFee, date!(2013 - 03 - 15), None),
            (FeeKind::LateFee, date!(2013 - 03 - 16), Some(450)),
            (FeeKind::PaymentOrderFee, date!(2022 - 10 - 20), Some(300)),
            (
                FeeKind::PaymentOrderCompensation,
                date!(2013 - 12 - 31),
                Some(340),
            ),
            (
                FeeKind::PaymentOrderCompensation,
                date!(2014 - 01 - 01),
                Some(380),
            ),
            (FeeKind::EnforcementFee, date!(2023 - 01 - 16), Some(600)),
            (FeeKind::ReminderFee, date!(1996 - 11 - 30), None),
            (FeeKind::PaymentOrderFee, date!(2002 - 06 - 30), None),
            (FeeKind::PaymentOrderFee, date!(2002 - 07 - 01), Some(300)),
            (FeeKind::PaymentOrderFee, date!(2008 - 12 - 12), Some(300)),
            (
                FeeKind::PaymentOrderCompensation,
                date!(2003 - 09 - 30),
                None,
            ),
            (
                FeeKind::PaymentOrderCompensation,
                date!(2003 - 10 - 01),
                Some(340),
            ),
            (FeeKind::EnforcementFee, date!(2002 - 06 - 30), None),
            (FeeKind::EnforcementFee, date!(2007 - 12 - 31), Some(600)),
            (FeeKind::EnforcementFee, date!(2008 - 01 - 01), Some(600)),
        ] {
            assert_eq!(
                kind.parameter_on(day).map(|p| p.amount),
                expected.map(Money::kr),
                "{kind:?} on {day}"
            );
        }
    }

    #[test]
    fn tables_are_ordered() {
        for kind in [
            FeeKind::ReminderFee,
            FeeKind::CollectionFee,
            FeeKind::PaymentPlanFee,
            FeeKind::LateFee,
            FeeKind::PaymentOrderFee,
            FeeKind::PaymentOrderCompensation,
            FeeKind::EnforcementFee,
        ] {
            let t = kind.table();
            assert!(t.windows(2).all(|w| w[0].from < w[1].from), "{kind:?}");
        }
    }
}
