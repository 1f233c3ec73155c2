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
//! | | 2008-12-12 | 300 | same 1 § in the wording of SFS 2008:893 (title "vid Kronofogdemyndigheten") | settled; the title's wording dates from 2006 (SFS 2008:893 names 2006:1172 as its last wording, SFS 2017:471 names 2006:880), so the older rows' "vid kronofogdemyndigheterna" is right only until then: verify the date |
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
//! **Verify** (DOMAIN.md): the 50/160/150 kr amounts from 1996-12-01 to 2003-06-30. The
//! consolidated text of förordning 1981:1057 (Karnov, Notisum, Regeringskansliet) gives them in
//! the wording of SFS 2003:294, in force 2003-07-01, and the tables cite that SFS from that day;
//! whether SFS 1996:938 (from 1996-12-01; SFS 2013:59 calls it the last wording) had the same
//! amounts is not settled, so the 1996 rows keep them with their own SFS. Court reports suggest
//! the inkassokrav's maximum was 150 kr before 2003-07-01 (collectors claimed 150 kr in 2000
//! and 2002: RH 2010:18, NJA 2005 s. 226; docs/LEGAL_RESEARCH.md, second pass): DOMAIN.md 1
//! decides until the SFS 1996:938 text is found. The rows marked verify above as well.
//!
//! # Fees before 16 March 2013
//! The act (lag 1981:739) has carried the amounts itself only since SFS 2013:56, in force
//! 2013-03-16; before that they were in förordning (1981:1057), repealed that day, which still
//! governs actions taken before it (DOMAIN.md 1). Each table therefore has a row from
//! 1996-12-01 (SFS 1996:938), one from 2003-07-01 (SFS 2003:294; both 50 / 160 / 150 kr) and
//! one from 2013-03-16 (60 / 180 / 170 kr), and a fee is valued by the row in force **on the
//! day of the action**, not on the day the debt arose (förordning 2013:59: the repealed
//! ordinance still governs actions taken before 2013-03-16): a reminder of 2013-03-15 is 50 kr,
//! an inkassokrav of 2013-03-18 for the same invoice 180 kr, whenever the debt fell due: SFS
//! 2013:56's transitional provision, point 2, "För åtgärder enligt 2 eller 3 § som har vidtagits
//! före ikraftträdandet gäller äldre bestämmelser om ersättningens storlek" (confirmed in the
//! consolidated text, a legal research pass of 2026-12-07). Förseningsersättning did not exist
//! before 2013-03-16, and its point 3 applies 4 a § and 5 § andra stycket only to claims that
//! **fall due** after it ("tillämpas på fordringar som förfaller till betalning efter
//! ikraftträdandet", as Linköping tingsrätt and Göta hovrätt read it in 2014): an invoice whose
//! effective due date is before 2013-03-16 earns none (whether one due on 2013-03-16 itself
//! falls due "efter ikraftträdandet" the text does not settle; the engine lets it earn one) (a `NO_LATE_FEE` warning) and the ordinary fees are then
//! charged in full. DOMAIN.md 1 says "first interest day on or after 2013-03-16", a day
//! earlier: the engine follows the transitional provision (an invoice due 2013-03-15, first
//! interest day 2013-03-16, earns none).
//!
//! # Förseningsersättning and the other fees
//! The engine lets förseningsersättning replace the reminder, inkassokrav and plan fees up to
//! its amount ([`FeeState::decide_step`]): lag 1981:739 5 § andra stycket (SFS 2013:56), "Om
//! borgenären har rätt till förseningsersättning enligt 4 a §, är gäldenären skyldig att betala
//! ersättning för sådana åtgärder som avses i 2 och 3 §§ endast till den del den sammanlagda
//! ersättningen för åtgärderna överstiger förseningsersättningen" (confirmed in the
//! consolidated text, 2026-12-07): the sum of those fees is set against it, as the engine's
//! running sum does; 6 § andra stycket voids a term that removes the right unless there are
//! special reasons. A caller who disagrees can set [`crate::Claim::late_fee`] to `false`, which
//! charges the ordinary fees instead.

use serde::Serialize;
use time::macros::date;
use time::Date;

use crate::claim::{Claim, Step, StepKind};
use crate::error::Result;
use crate::money::Money;
use crate::params::{in_force, Parameter};

/// The kinds of fee a claim can carry (the names used in outputs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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
    /// Ansökningsavgift at the tingsrätt for a stämningsansökan (förordning 1987:452), by the
    /// value of the claim from 2014-07-01 ([`court_fee_on`]).
    CourtFee,
    /// Tilläggsavgift at the tingsrätt when a disputed betalningsföreläggande is transferred
    /// from Kronofogden (förordning 1987:452, from 2014-07-01), by the value of the claim.
    CourtTransferFee,
    /// Rättegångskostnader awarded by a dom or utslag (given by the caller).
    CourtCosts,
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
/// The wording of förordning (1981:1057) in force from 2003-07-01 (SFS 2003:294: 50 / 160 /
/// 150 kr in its consolidated text, older rules for actions taken before).
const SFS_2003_294: Date = date!(2003 - 07 - 01);
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
        SFS_2003_294,
        50,
        "förordning (1981:1057) om ersättning för inkassokostnader m.m. (SFS 2003:294)",
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
        SFS_2003_294,
        160,
        "förordning (1981:1057) om ersättning för inkassokostnader m.m. (SFS 2003:294)",
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
        SFS_2003_294,
        150,
        "förordning (1981:1057) om ersättning för inkassokostnader m.m. (SFS 2003:294)",
    ),
    param(
        SFS_2013_56,
        170,
        "lag (1981:739) 3 § 2 och 4 § andra stycket 3",
    ),
];

/// Förseningsersättning (from SFS 2013:56, for invoices that fell due on or after its day;
/// dated on the invoice's first interest day).
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

/// Ansökningsavgift at the tingsrätt for an application opening a tvistemål (förordning
/// (1987:452) om avgifter vid de allmänna domstolarna, bilaga (avgiftslista)): 450 kr in the
/// wording of SFS 2007:10 (from 2007-03-01, settled, docs/LEGAL_RESEARCH.md (d)); from
/// 2014-07-01 (SFS 2014:256) 900 kr for a tvistemål where rättegångsbalken 1 kap. 3 d § första
/// stycket applies, that is a value not clearly above half a prisbasbelopp (kategori A since
/// SFS 2018:769, in force 2018-07-01). Above it the fee is [`COURT_FEE_ABOVE_HALF_PRISBASBELOPP`] ([`court_fee_on`]
/// picks the row). When a disputed betalningsföreläggande is transferred, the court charges
/// [`COURT_TRANSFER_FEE`] instead.
pub const COURT_FEE: &[FeeParameter] = &[
    param(
        date!(2007 - 03 - 01),
        450,
        "förordning (1987:452) om avgifter vid de allmänna domstolarna (SFS 2007:10)",
    ),
    param(
        date!(2014 - 07 - 01),
        900,
        "förordning (1987:452) om avgifter vid de allmänna domstolarna (SFS 2014:256)",
    ),
    // The same amount, as kategori A of the new avgiftslista (SFS 2018:769, in force
    // 2018-07-01): a row of its own so that an action is cited with the wording in force on
    // its day.
    param(
        date!(2018 - 07 - 01),
        900,
        "förordning (1987:452) om avgifter vid de allmänna domstolarna, kategori A (SFS 2018:769)",
    ),
];

/// The day SFS 2014:256 took effect: the court fees began to depend on the claim's value, and
/// the tilläggsavgift for a transferred betalningsföreläggande began (förordning 1987:452
/// 1 §, 2 §, 4 a § and bilaga; its transitional rule keeps the older rules for cases brought
/// or transferred before that day).
const COURT_FEES_BY_VALUE_FROM: Date = date!(2014 - 07 - 01);

/// Ansökningsavgift at the tingsrätt for any other tvistemål, one whose value is above half a
/// prisbasbelopp ([`PRISBASBELOPP`] of the application's year): 2 800 kr from 2014-07-01
/// (förordning (1987:452), bilaga, SFS 2014:256; kategori B since SFS 2018:769, in force
/// 2018-07-01; unchanged by
/// SFS 2024:1023, in force 2025-01-01). Before 2014-07-01 every tvistemål paid [`COURT_FEE`].
pub const COURT_FEE_ABOVE_HALF_PRISBASBELOPP: &[FeeParameter] = &[
    param(
        COURT_FEES_BY_VALUE_FROM,
        2800,
        "förordning (1987:452) om avgifter vid de allmänna domstolarna (SFS 2014:256)",
    ),
    param(
        date!(2018 - 07 - 01),
        2800,
        "förordning (1987:452) om avgifter vid de allmänna domstolarna, kategori B (SFS 2018:769)",
    ),
];

/// Tilläggsavgift: what the tingsrätt charges the party who began the case at Kronofogden when
/// a betalningsföreläggande is transferred to it after the debtor disputed it (förordning
/// (1987:452) 1 §, 2 § and 4 a §, SFS 2014:256, in force 2014-07-01; the amount in the
/// bilaga): 600 kr for a tvistemål where rättegångsbalken 1 kap. 3 d § första stycket applies
/// (a value not clearly above half a prisbasbelopp). One per transferred case (NJA 2017 s.
/// 68). Before 2014-07-01 the tingsrätt charged nothing for a transferred case (its 1 § knew
/// only ansökningsavgifter and kungörandeavgifter; inferred from the texts, verify): such a
/// court action earns no fee here (`FEE_NOT_COVERED`).
pub const COURT_TRANSFER_FEE: &[FeeParameter] = &[param(
    COURT_FEES_BY_VALUE_FROM,
    600,
    "förordning (1987:452) om avgifter vid de allmänna domstolarna 4 a § (tilläggsavgift)",
)];

/// Tilläggsavgift for a transferred betalningsföreläggande of any other tvistemål (a value
/// above half a prisbasbelopp): 2 500 kr from 2014-07-01 (as [`COURT_TRANSFER_FEE`]).
pub const COURT_TRANSFER_FEE_ABOVE_HALF_PRISBASBELOPP: &[FeeParameter] = &[param(
    COURT_FEES_BY_VALUE_FROM,
    2500,
    "förordning (1987:452) om avgifter vid de allmänna domstolarna 4 a § (tilläggsavgift, annat tvistemål)",
)];

const fn prisbasbelopp(year: Date, kronor: i64, source: &'static str) -> Parameter<Money> {
    Parameter {
        from: year,
        value: Money::kr(kronor),
        statute:
            "socialförsäkringsbalken (2010:110) 2 kap. 6–8 §§; förordning om prisbasbelopp för året",
        source,
    }
}

/// Prisbasbeloppet of each calendar year (socialförsäkringsbalken 2 kap. 6–8 §§, fixed by a
/// förordning om prisbasbelopp och förhöjt prisbasbelopp for the year): half of it separates
/// the two categories of the court fees (förordning 1987:452, bilaga, by way of
/// rättegångsbalken 1 kap. 3 d § första stycket: a value that "uppenbart inte överstiger
/// hälften av prisbasbeloppet"; a value equal to the half is in the lower category). Only the
/// years since the categories began (2014-07-01) are in the table.
///
/// A day after the last row uses the last row's amount: the amount for 2027 was to be fixed in
/// 2026 but was not found (verify and add it). A claim near the line can then be put in the
/// wrong category: a court action valued so gets a
/// [`crate::warning::WarningCode::PrisbasbeloppAssumed`] warning ([`prisbasbelopp_assumed`]);
/// give the fee paid as the step's `costs`.
pub const PRISBASBELOPP: &[Parameter<Money>] = &[
    prisbasbelopp(date!(2014 - 01 - 01), 44_400, "SFS 2013:715"),
    prisbasbelopp(
        date!(2015 - 01 - 01),
        44_500,
        "the government's decision for 2015 (EY and Officersförbundet; the SFS number: verify)",
    ),
    prisbasbelopp(date!(2016 - 01 - 01), 44_300, "SFS 2015:536"),
    prisbasbelopp(date!(2017 - 01 - 01), 44_800, "SFS 2016:863"),
    prisbasbelopp(date!(2018 - 01 - 01), 45_500, "SFS 2017:865"),
    prisbasbelopp(date!(2019 - 01 - 01), 46_500, "SFS 2018:1549"),
    prisbasbelopp(date!(2020 - 01 - 01), 47_300, "SFS 2019:572"),
    prisbasbelopp(date!(2021 - 01 - 01), 47_600, "SFS 2020:764"),
    prisbasbelopp(date!(2022 - 01 - 01), 48_300, "SFS 2021:866"),
    prisbasbelopp(date!(2023 - 01 - 01), 52_500, "SFS 2022:1398"),
    prisbasbelopp(date!(2024 - 01 - 01), 57_300, "SFS 2023:532"),
    prisbasbelopp(date!(2025 - 01 - 01), 58_800, "SFS 2024:663"),
    prisbasbelopp(date!(2026 - 01 - 01), 59_200, "SFS 2025:872"),
];

/// The largest yearly change of the prisbasbelopp allowed for when a year's amount is not in
/// [`PRISBASBELOPP`], in percent: the largest since 2014 was +9.1 % (2023 to 2024). Not a
/// statutory figure: it only decides when a court fee's category is reported as assumed
/// ([`prisbasbelopp_assumed`]), never an amount.
pub const PRISBASBELOPP_YEARLY_CHANGE_PERCENT: i64 = 10;

/// The prisbasbelopp [`above_half_prisbasbelopp`] assumes for `date` when its year is after
/// the table's last row (that row's amount, and its year), if `value` is near enough to half
/// of it that the year's own amount could put it in the other category: within
/// [`PRISBASBELOPP_YEARLY_CHANGE_PERCENT`] for each year after the last row, either way.
/// `None`: the year is in the table, or the category is clear whatever the amount.
pub fn prisbasbelopp_assumed(date: Date, value: Money) -> Option<(Money, i32)> {
    let last = PRISBASBELOPP.last()?;
    let years = date.year().checked_sub(last.from.year())?;
    if years <= 0 {
        return None;
    }
    const DOWN: i128 = 100 - PRISBASBELOPP_YEARLY_CHANGE_PERCENT as i128;
    const UP: i128 = 100 + PRISBASBELOPP_YEARLY_CHANGE_PERCENT as i128;
    // Past a few decades the band holds any value a claim can have: no need to compute it.
    const FAR: i32 = 60;
    let half = i128::from(last.value.ore()).checked_div(2)?;
    let (mut low, mut high) = (half, half);
    for _ in 0..years.min(FAR) {
        low = low.checked_mul(DOWN)?.checked_div(100)?;
        high = high.checked_mul(UP)?.checked_div(100)?;
    }
    let value = i128::from(value.ore());
    (years >= FAR || (low..=high).contains(&value)).then_some((last.value, last.from.year()))
}

/// Whether `value` is above half the prisbasbelopp in force on `date` (the line between the
/// court fees' categories; a value equal to the half is not above it).
pub fn above_half_prisbasbelopp(date: Date, value: Money) -> bool {
    let whole = in_force(PRISBASBELOPP, date).map_or(Money::ZERO, |p| p.value);
    value
        .ore()
        .checked_mul(2)
        .is_none_or(|double| double > whole.ore())
}

/// The court fee of `fee` (an ansökningsavgift or a tilläggsavgift) for a court action on
/// `date` about a claim of `value` on `valued_on` (what is claimed: the capital and the
/// interest accrued; rättegångsbalken 1 kap. 3 d § third paragraph leaves out only the
/// litigation costs): the row above half the prisbasbelopp of `valued_on`'s year when `value`
/// is above it and that category exists on `date`, else the row of `fee`'s own table on
/// `date`. A direct stämningsansökan is valued on its own day ("vid tiden för talans
/// väckande"); a case transferred from Kronofogden on the transfer's day, with the invoices of
/// the application disputed (RB 1 kap. 3 d § third paragraph, SFS 2010:1202: "vid rättens
/// beslut att tvisten ska handläggas som tvistemål", which follows the transfer: the day read
/// is the transfer's). `None` before the table starts.
pub fn court_fee_on(
    fee: FeeKind,
    date: Date,
    value: Money,
    valued_on: Date,
) -> Option<FeeParameter> {
    let above = match fee {
        FeeKind::CourtFee => COURT_FEE_ABOVE_HALF_PRISBASBELOPP,
        FeeKind::CourtTransferFee => COURT_TRANSFER_FEE_ABOVE_HALF_PRISBASBELOPP,
        _ => &[],
    };
    let above = above.iter().rev().find(|p| p.from <= date);
    match above {
        Some(row) if above_half_prisbasbelopp(valued_on, value) => Some(*row),
        _ => fee.parameter_on(date),
    }
}

/// The rule cited for a court fee the caller gives (a `courtAction`'s `costs`) on a day before
/// [`COURT_FEE`]'s first row: the förordning itself (its wording of that day is not modelled).
/// From that row on, the fee cites the row in force on the day of the action, in the claim's
/// category ([`court_fee_on`]), as a fee from the table does.
pub const COURT_FEE_GIVEN_RULE: &str =
    "förordning (1987:452) om avgifter vid de allmänna domstolarna";

/// The rule cited for litigation costs awarded by a judgment (the amount is the court's) when
/// the steps do not show whether it is a dom or an utslag.
pub const COURT_COSTS_RULE: &str =
    "rättegångsbalken 18 kap. (rättegångskostnader enligt dom eller utslag)";

/// The rule cited for litigation costs awarded by a court's dom.
pub const COURT_COSTS_RULE_DOM: &str = "rättegångsbalken 18 kap. (rättegångskostnader enligt dom)";

/// The rule cited for the costs Kronofogden's utslag awards the applicant in a mål om
/// betalningsföreläggande: lag (1990:746) 48 § (the applicant's own work and an agent's fee, at
/// a reasonable amount, and the application fees; SFS 2013:1062 from 2014-01-01, read on
/// lagboken.se).
pub const COURT_COSTS_RULE_UTSLAG: &str =
    "lag (1990:746) om betalningsföreläggande och handräckning 48 § (kostnader enligt utslag)";

/// The rule cited for the costs a judgment of `title` awards ([`COURT_COSTS_RULE`] when the
/// steps do not show which title it is).
pub fn court_costs_rule(title: Option<crate::limitation::Title>) -> &'static str {
    match title {
        Some(crate::limitation::Title::Dom) => COURT_COSTS_RULE_DOM,
        Some(crate::limitation::Title::Utslag) => COURT_COSTS_RULE_UTSLAG,
        None => COURT_COSTS_RULE,
    }
}

/// Grundavgift for verkställighet: 600 kr. From 2008-01-01 one per exekutionstitel, and one
/// more for each year a verkställighet goes on (förordning 1992:1094 5 §, SFS 2007:1297; the
/// engine applies the same rule before 2008: verify the older wording) and the amount in 6 § (SFS 2007:795; its start
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
    /// Every kind (the JS API's `kinds()` lists them in this order).
    pub const ALL: [FeeKind; 10] = [
        Self::ReminderFee,
        Self::CollectionFee,
        Self::PaymentPlanFee,
        Self::LateFee,
        Self::PaymentOrderFee,
        Self::PaymentOrderCompensation,
        Self::EnforcementFee,
        Self::CourtFee,
        Self::CourtTransferFee,
        Self::CourtCosts,
    ];

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
            Self::CourtFee => COURT_FEE,
            Self::CourtTransferFee => COURT_TRANSFER_FEE,
            Self::CourtCosts => &[],
        }
    }

    /// The parameter in force on `date`, or `None` before the table starts.
    pub fn parameter_on(self, date: Date) -> Option<FeeParameter> {
        self.table().iter().rev().find(|p| p.from <= date).copied()
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
            Self::CourtFee => "courtFee",
            Self::CourtTransferFee => "courtTransferFee",
            Self::CourtCosts => "courtCosts",
        }
    }
}

/// Why a step, or an invoice's first interest day, earned no fee (or no more of it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NoFeeReason {
    /// The step claimed no fee (`fee: false`).
    NotClaimed,
    /// The kind earns no fee (a final notice: lag 1981:739 has none for it).
    NoFeeForKind,
    /// Nothing in the claim was past its effective due date with capital unpaid on the step's
    /// day (the act covers actions to get an *overdue* debt paid; DOMAIN.md 1).
    NotOverdue,
    /// A second step of a kind that earns one fee per claim (IMY's general advice: the debts
    /// of one debtor in one demand; an invoice falling due later earns its own, RH 2022:7).
    AlreadyCharged,
    /// A reminder fee not agreed when the debt arose (lag 1981:739 2 §).
    NotAgreed,
    /// Wholly replaced by the förseningsersättning charged so far (lag 1981:739 5 § andra
    /// stycket, as amended by SFS 2013:56; 4 a § gives the right to it and its amount).
    AbsorbedByLateFee,
    /// A reminder sent after the claim went on to an inkassokrav, Kronofogden or a court (the
    /// step of `kind` on `date`, taken while the claim was overdue): the debtor has been
    /// demanded already, so a reminder's cost is not "skäligen påkallad" (lag 1981:739 4 §).
    AfterDemand {
        /// The kind of the first such step.
        kind: StepKind,
        /// Its day.
        date: Date,
    },
    /// The action is dated before the fee's table starts.
    NotCovered,
    /// Förseningsersättning: the invoice was paid by its effective due date, so no right to
    /// interest and no compensation arose.
    PaidByDueDate,
    /// A betalningsföreläggande or verkställighet when the claim's capital was all paid: there
    /// is nothing for Kronofogden to order or enforce, and no cost to recover.
    ClaimSettled,
    /// A reminder, inkassokrav or plan dated when every invoice with capital unpaid was
    /// time-barred (preskriptionslagen): a time-barred debt may not be demanded, so its cost is
    /// not "skäligen påkallad" (lag 1981:739 4 §). It does not count as the claim's one step
    /// of its kind.
    TimeBarred,
    /// A further year of verkställighet ([`crate::claim::Step::further_year`]) when the debt of
    /// every case it renews is paid or credited (another invoice may be owed, but it is under
    /// no verkställighet): there is nothing to go on enforcing, and no cost to recover.
    EnforcedDebtPaid,
    /// A further verkställighet less than a year after the grundavgift last charged for the
    /// same exekutionstitel (or, for a further year, the one the claim's year runs from): the
    /// grundavgift is charged once per title and once more for each year the verkställighet
    /// lasts (förordning 1992:1094 5 §, 6 §; DOMAIN.md 1).
    EnforcementFeeThisYear {
        /// The day the last grundavgift was charged.
        previous: Date,
        /// The step is a further year ([`DayState::further_year`]), not an application.
        further_year: bool,
        /// That grundavgift was claimed from the debtor; `false` when its verkställighet was
        /// recorded `fee: false` (Kronofogden charged the creditor, who did not pass it on):
        /// [`DayState::last_enforcement_fee_claimed`].
        previous_claimed: bool,
    },
    /// A further year of verkställighet when less than the minimum is unpaid in the case
    /// (förordning 1992:1094 5 § fjärde stycket: no new grundavgift under 100 kr,
    /// [`crate::params::FURTHER_YEAR_FEE_MINIMUM`]). The case goes on; the next further year
    /// is judged again, against the last grundavgift charged.
    UnpaidUnderMinimum {
        /// What was unpaid at the start of the day ([`DayState::unpaid_under_minimum`]).
        unpaid: Money,
        /// The minimum in force.
        minimum: Money,
    },
}

/// What the fee rules need to know about the claim on a step's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayState {
    /// Some invoice is past its effective due date with capital unpaid.
    pub overdue: bool,
    /// Every invoice's capital is paid.
    pub settled: bool,
    /// Every invoice with capital unpaid is time-barred (asked only for a reminder,
    /// inkassokrav or plan that claims its fee on an overdue claim).
    pub time_barred: bool,
    /// For a court action, the day its value is taken and the value of what is claimed then,
    /// capital and interest unpaid: what a court fee's category is judged by (the action's own
    /// day, a transferred case's too, with the invoices of the application disputed; `None`
    /// for other steps).
    pub claimed: Option<(Date, Money)>,
    /// A betalningsföreläggande was disputed on or before the day: a court action then is the
    /// case transferred from Kronofogden, and costs a tilläggsavgift from 2014-07-01 (asked
    /// only for a court action).
    pub transferred: bool,
    /// A judgment's litigation costs (rättegångskostnader) are unpaid on the day: the judgment
    /// is an exekutionstitel for them, so a verkställighet enforces a debt even when every
    /// invoice's capital is paid.
    pub costs_unpaid: bool,
    /// For a further year of verkställighet: some invoice of a case it renews has capital
    /// unpaid ([`crate::limitation`]'s reading of the year). `true` for any other step.
    pub renewed_debt_unpaid: bool,
    /// For a verkställighet: the day a grundavgift was last charged before it that its own
    /// counts against. An application counts the fees of its own exekutionstitel only (one
    /// grundavgift per title, förordning 1992:1094 5 § first paragraph: a later case's title
    /// costs its own, even within a year of another's); a further year
    /// ([`crate::claim::Step::further_year`]) counts the claim's last one (the yearly fee of
    /// the verkställighet under way, 5 § second paragraph). `None` for any other step, or when
    /// none was charged.
    pub last_enforcement_fee: Option<Date>,
    /// The grundavgift of [`Self::last_enforcement_fee`] was claimed from the debtor: `false`
    /// when every verkställighet of that day it counts was recorded `fee: false` where,
    /// claimed, it would have been charged (Kronofogden charged it all the same, so it counts,
    /// but no fee of that day is the debtor's: the texts say so).
    pub last_enforcement_fee_claimed: bool,
    /// For a verkställighet: it is a further year of the one under way
    /// ([`crate::claim::Claim::renewed_by`]), not an application.
    pub further_year: bool,
    /// For a further year of verkställighet: the amount unpaid in the case at the start of its
    /// day and the minimum in force, when that amount is under it
    /// ([`crate::params::FURTHER_YEAR_FEE_MINIMUM`]); `None` otherwise.
    pub unpaid_under_minimum: Option<(Money, Money)>,
    /// For a reminder or an inkassokrav whose kind's one fee is used: some invoice overdue with
    /// capital unpaid on the day was issued after the step that used it, a debt that step
    /// could not cover (DOMAIN.md 1: one fee per claim, a claim being the invoices one
    /// reminder or demand covers), so the step earns its own fee.
    pub new_debt: bool,
    /// For a reminder: the first step before it that took the claim on past reminders (an
    /// inkassokrav, a betalningsföreläggande, a stämningsansökan, a dom or a verkställighet)
    /// while something was overdue, its kind and day; `None`
    /// for any other step.
    pub demanded_by: Option<(StepKind, Date)>,
}

/// Steps after which a reminder earns no fee ([`NoFeeReason::AfterDemand`]): the claim has
/// been demanded with the consequences spelled out, or has gone to Kronofogden or a court.
pub(crate) fn takes_claim_past_reminders(kind: StepKind) -> bool {
    matches!(
        kind,
        StepKind::CollectionDemand
            | StepKind::PaymentOrder
            | StepKind::CourtAction
            | StepKind::Judgment
            | StepKind::Enforcement
    )
}

/// The decision on one fee: charged (with how much of it förseningsersättning absorbed), or
/// not charged and why. The ledger applies decisions; it decides nothing itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FeeDecision {
    /// Charged to the debtor.
    Charged {
        /// Which fee.
        fee: FeeKind,
        /// The amount charged (more than zero).
        amount: Money,
        /// The statute of the row in force on the day.
        rule: &'static str,
        /// The part of the table amount that förseningsersättning absorbed (zero: charged in
        /// full).
        absorbed: Money,
    },
    /// Not charged.
    NotCharged {
        /// The fee concerned, where one is (`None` when the step as a whole earns nothing).
        fee: Option<FeeKind>,
        /// Why.
        reason: NoFeeReason,
    },
}

/// The fees a step could earn: none, one, or the two costs of a betalningsföreläggande.
/// The fees a step of `kind` may charge (none for a final notice, a dispute or efterbevakning).
pub(crate) fn fees_of(kind: StepKind) -> &'static [FeeKind] {
    match kind {
        StepKind::Reminder => &[FeeKind::ReminderFee],
        StepKind::CollectionDemand => &[FeeKind::CollectionFee],
        StepKind::PaymentPlan => &[FeeKind::PaymentPlanFee],
        StepKind::PaymentOrder => &[FeeKind::PaymentOrderFee, FeeKind::PaymentOrderCompensation],
        StepKind::Enforcement => &[FeeKind::EnforcementFee],
        StepKind::CourtAction => &[FeeKind::CourtFee],
        StepKind::Judgment => &[FeeKind::CourtCosts],
        StepKind::FinalNotice | StepKind::Dispute | StepKind::Surveillance => &[],
    }
}

/// Reminder, inkassokrav and plan: the fees of lag 1981:739 that need an overdue debt and
/// that förseningsersättning replaces up to its amount (5 § andra stycket as amended by SFS
/// 2013:56: the sum of the fees of 2 and 3 §§ is owed only where it exceeds the
/// förseningsersättning; 4 a § gives the right to förseningsersättning and its amount).
pub(crate) fn is_collection_cost(kind: StepKind) -> bool {
    matches!(
        kind,
        StepKind::Reminder | StepKind::CollectionDemand | StepKind::PaymentPlan
    )
}

/// Betalningsföreläggande and verkställighet: Kronofogden's costs, recoverable only for a
/// claim with capital due and unpaid on the day of the application.
fn is_kronofogden(kind: StepKind) -> bool {
    matches!(
        kind,
        StepKind::PaymentOrder | StepKind::Enforcement | StepKind::CourtAction | StepKind::Judgment
    )
}

/// The day the next grundavgift of a verkställighet falls due after one charged on `last`: a
/// year to the day ([`crate::params::ENFORCEMENT_FEE_PERIOD_YEARS`]), not moved off a weekend
/// or holiday (a yearly fee is no deadline).
pub(crate) fn next_enforcement_fee_day(last: Date) -> Result<Date> {
    crate::limitation::add_years(last, crate::params::enforcement_fee_period_years(last))
}

/// Kinds that earn their fee once per claim (every kind but verkställighet, which costs one
/// grundavgift per application or further year).
fn once_per_claim(kind: StepKind) -> bool {
    !matches!(kind, StepKind::Enforcement)
}

/// Where [`FeeState`] keeps the day a reminder's or an inkassokrav's fee was last used.
fn used_slot(kind: StepKind) -> Option<usize> {
    match kind {
        StepKind::Reminder => Some(0),
        StepKind::CollectionDemand => Some(1),
        _ => None,
    }
}

fn kind_bit(kind: StepKind) -> u16 {
    match kind {
        StepKind::Reminder => 1,
        StepKind::CollectionDemand => 2,
        StepKind::FinalNotice => 4,
        StepKind::PaymentPlan => 8,
        StepKind::PaymentOrder => 16,
        StepKind::Enforcement => 32,
        StepKind::Dispute => 64,
        StepKind::CourtAction => 128,
        StepKind::Judgment => 256,
        StepKind::Surveillance => 512,
    }
}

/// What the fee rules remember of a claim while its events are replayed: the kinds whose one
/// fee per claim is used, and the running sums that förseningsersättning's absorption needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct FeeState {
    reminder_fee_agreed: bool,
    claims_late_fee: bool,
    /// Step kinds whose one step per claim has happened (a bit per kind).
    done: u16,
    /// The day of the last reminder and of the last inkassokrav that used their kind's fee
    /// ([`DayState::new_debt`]).
    used_on: [Option<Date>; 2],
    /// Full table value of the reminder/inkassokrav/plan fees earned so far.
    ordinary_earned: Money,
    /// What of them was charged.
    ordinary_charged: Money,
    /// Förseningsersättning charged so far.
    late_fees: Money,
}

impl FeeState {
    /// The day the last reminder or inkassokrav (`kind`) that used its kind's one fee was
    /// sent; `None` for another kind, or before one was.
    pub fn used_on(&self, kind: StepKind) -> Option<Date> {
        used_slot(kind)
            .and_then(|i| self.used_on.get(i))
            .copied()
            .flatten()
    }

    /// The state of `claim` before any event.
    pub fn new(claim: &Claim) -> FeeState {
        FeeState {
            reminder_fee_agreed: claim.reminder_fee_agreed,
            claims_late_fee: claim.claims_late_fee(),
            done: 0,
            used_on: [None; 2],
            ordinary_earned: Money::ZERO,
            ordinary_charged: Money::ZERO,
            late_fees: Money::ZERO,
        }
    }

    /// The decisions on the fees of `step`, given whether some invoice of the claim is past its
    /// effective due date with capital unpaid on the step's day, and the state after it.
    ///
    /// In order: a kind without a fee and a step that claims none earn nothing (and do not use
    /// the kind's one fee); a judgment's litigation costs given are charged as given, whatever
    /// the claim's state and however many judgments (the court's decision); a reminder, inkassokrav or plan needs an overdue debt (else it does
    /// not count as the claim's step of its kind either); a second step of a kind earns nothing
    /// (a reminder or inkassokrav for an invoice issued after the one that earned the fee does,
    /// [`DayState::new_debt`]);
    /// a reminder fee needs an agreement, and a reminder after an inkassokrav or a step at
    /// Kronofogden or in court earns none ([`DayState::demanded_by`]); then each fee is valued by the row in force on the
    /// step's day, and a reminder, inkassokrav or plan fee only for the part of the running sum
    /// of those fees that exceeds the förseningsersättning charged so far (DOMAIN.md 1).
    ///
    /// Kronofogden's costs (betalningsföreläggande, verkställighet) need capital due and unpaid
    /// on the day as well: for a settled claim or one not yet due they earn nothing (and the
    /// step does not use the claim's one betalningsföreläggande). A verkställighet also enforces
    /// a judgment's litigation costs: while they are unpaid it costs its grundavgift even when
    /// every invoice's capital is paid (utsökningsbalken 3 kap. 1 §: a judgment is an
    /// exekutionstitel for them). A further verkställighet costs a grundavgift only once a
    /// year has passed since the last one it counts against ([`DayState::last_enforcement_fee`]:
    /// its own title's for an application, the claim's for a further year;
    /// [`crate::params::ENFORCEMENT_FEE_PERIOD_YEARS`]).
    pub fn decide_step(self, step: &Step, day: DayState) -> Result<(Vec<FeeDecision>, FeeState)> {
        let kinds = if step.kind == StepKind::CourtAction && day.transferred {
            &[FeeKind::CourtTransferFee]
        } else {
            fees_of(step.kind)
        };
        let not = |reason| {
            vec![FeeDecision::NotCharged {
                fee: kinds.first().copied(),
                reason,
            }]
        };
        if kinds.is_empty() {
            return Ok((not(NoFeeReason::NoFeeForKind), self));
        }
        if !step.claims_fee() {
            return Ok((not(NoFeeReason::NotClaimed), self));
        }
        // The litigation costs a judgment awards (the caller gives them) are the court's
        // decision, not a fee of lag 1981:739: owed whatever the claim's capital that day (paid
        // during the case, say), and for every judgment (an appeal's too).
        if let (StepKind::Judgment, Some(costs)) = (step.kind, step.costs) {
            let mut next = self;
            next.done |= kind_bit(step.kind);
            let charged = FeeDecision::Charged {
                fee: FeeKind::CourtCosts,
                amount: costs,
                rule: COURT_COSTS_RULE,
                absorbed: Money::ZERO,
            };
            return Ok((vec![charged], next));
        }
        let enforces_costs = step.kind == StepKind::Enforcement && day.costs_unpaid;
        if (is_collection_cost(step.kind) || is_kronofogden(step.kind))
            && !day.overdue
            && !enforces_costs
        {
            // A judgment that records no costs awards none to drop: nothing to say of the
            // claim's capital (a court-path review, stop 65: "no cost for the judgment: the
            // capital was already paid", of costs a judgment awards whatever the capital).
            if step.kind == StepKind::Judgment && step.costs.is_none() {
                return Ok((not(NoFeeReason::NotClaimed), self));
            }
            // A further year with nothing overdue renews a paid debt: that is the reason, as
            // when another invoice is overdue (a review, stop 71: "not overdue" for a further
            // year whose debt was paid, while an invoice issued since was not yet due).
            let reason = if is_kronofogden(step.kind) && day.settled {
                NoFeeReason::ClaimSettled
            } else if step.kind == StepKind::Enforcement && day.further_year {
                NoFeeReason::EnforcedDebtPaid
            } else {
                NoFeeReason::NotOverdue
            };
            return Ok((not(reason), self));
        }
        if step.kind == StepKind::Enforcement && !day.renewed_debt_unpaid && !enforces_costs {
            return Ok((not(NoFeeReason::EnforcedDebtPaid), self));
        }
        if is_collection_cost(step.kind) && day.time_barred {
            return Ok((not(NoFeeReason::TimeBarred), self));
        }
        if step.kind == StepKind::Enforcement {
            if let Some(previous) = day.last_enforcement_fee {
                if step.date < next_enforcement_fee_day(previous)? {
                    let reason = NoFeeReason::EnforcementFeeThisYear {
                        previous,
                        further_year: day.further_year,
                        previous_claimed: day.last_enforcement_fee_claimed,
                    };
                    return Ok((not(reason), self));
                }
            }
            if let (true, Some((unpaid, minimum))) = (day.further_year, day.unpaid_under_minimum) {
                return Ok((
                    not(NoFeeReason::UnpaidUnderMinimum { unpaid, minimum }),
                    self,
                ));
            }
        }
        let bit = kind_bit(step.kind);
        // Without an agreement no reminder earns a fee, the first or a later one: that is the
        // reason, not a fee already charged (none was).
        if step.kind == StepKind::Reminder && !self.reminder_fee_agreed {
            let mut next = self;
            next.done |= bit;
            return Ok((not(NoFeeReason::NotAgreed), next));
        }
        if let (StepKind::Reminder, Some((kind, date))) = (step.kind, day.demanded_by) {
            return Ok((not(NoFeeReason::AfterDemand { kind, date }), self));
        }
        // A judgment without the costs it awards charges nothing, whichever judgment it is.
        if step.kind == StepKind::Judgment && step.costs.is_none() {
            let mut next = self;
            next.done |= bit;
            return Ok((not(NoFeeReason::NotClaimed), next));
        }
        if once_per_claim(step.kind) && self.done & bit != 0 && !day.new_debt {
            return Ok((not(NoFeeReason::AlreadyCharged), self));
        }
        let mut next = self;
        next.done |= bit;
        if let Some(slot) = used_slot(step.kind).and_then(|i| next.used_on.get_mut(i)) {
            *slot = Some(step.date);
        }
        let (valued_on, value) = day.claimed.unwrap_or((step.date, Money::ZERO));
        let mut decisions = Vec::with_capacity(kinds.len());
        for &fee in kinds {
            let decision = if is_collection_cost(step.kind) {
                next.decide_collection_cost(fee, step.date)?
            } else if let Some(costs) = step.costs {
                // Costs the caller gives (a judgment's, or a court fee that differs).
                FeeDecision::Charged {
                    fee,
                    amount: costs,
                    rule: match fee {
                        FeeKind::CourtFee | FeeKind::CourtTransferFee => {
                            court_fee_on(fee, step.date, value, valued_on)
                                .map_or(COURT_FEE_GIVEN_RULE, |p| p.rule)
                        }
                        _ => COURT_COSTS_RULE,
                    },
                    absorbed: Money::ZERO,
                }
            } else if fee == FeeKind::CourtCosts {
                FeeDecision::NotCharged {
                    fee: Some(fee),
                    reason: NoFeeReason::NotClaimed,
                }
            } else {
                plain(court_fee_on(fee, step.date, value, valued_on), fee)
            };
            decisions.push(decision);
        }
        Ok((decisions, next))
    }

    /// A reminder, inkassokrav or plan fee, absorbed by förseningsersättning up to its amount.
    fn decide_collection_cost(&mut self, fee: FeeKind, date: Date) -> Result<FeeDecision> {
        let Some(param) = fee.parameter_on(date) else {
            return Ok(FeeDecision::NotCharged {
                fee: Some(fee),
                reason: NoFeeReason::NotCovered,
            });
        };
        self.ordinary_earned = self.ordinary_earned.checked_add(param.amount)?;
        let amount = if self.claims_late_fee {
            let allowed = self.ordinary_earned.saturating_sub_to_zero(self.late_fees);
            allowed.saturating_sub_to_zero(self.ordinary_charged)
        } else {
            param.amount
        };
        if !amount.is_positive() {
            return Ok(FeeDecision::NotCharged {
                fee: Some(fee),
                reason: NoFeeReason::AbsorbedByLateFee,
            });
        }
        self.ordinary_charged = self.ordinary_charged.checked_add(amount)?;
        Ok(FeeDecision::Charged {
            fee,
            amount,
            rule: param.rule,
            absorbed: param.amount.checked_sub(amount)?,
        })
    }

    /// The förseningsersättning of one invoice, dated on its first interest day
    /// (lag 1981:739 4 a §), given whether its capital was still unpaid at the end of its
    /// effective due date; and the state after it. Only for claims that claim it
    /// ([`Claim::claims_late_fee`]).
    pub fn decide_late_fee(
        self,
        first_interest_day: Date,
        capital_unpaid: bool,
    ) -> Result<(FeeDecision, FeeState)> {
        if !capital_unpaid {
            let decision = FeeDecision::NotCharged {
                fee: Some(FeeKind::LateFee),
                reason: NoFeeReason::PaidByDueDate,
            };
            return Ok((decision, self));
        }
        // The law in force on the day the invoice fell due decides (SFS 2013:56's transitional
        // provision: older rules for claims that fell due before 2013-03-16), though the fee
        // is dated on the first interest day, the day after.
        let fell_due = first_interest_day
            .previous_day()
            .unwrap_or(first_interest_day);
        let decision = plain(FeeKind::LateFee.parameter_on(fell_due), FeeKind::LateFee);
        let mut next = self;
        if let FeeDecision::Charged { amount, .. } = decision {
            next.late_fees = next.late_fees.checked_add(amount)?;
        }
        Ok((decision, next))
    }
}

/// A fee charged in full by the row in force on `date`, or not covered before the table.
fn plain(param: Option<FeeParameter>, fee: FeeKind) -> FeeDecision {
    match param {
        Some(param) => FeeDecision::Charged {
            fee,
            amount: param.amount,
            rule: param.rule,
            absorbed: Money::ZERO,
        },
        None => FeeDecision::NotCharged {
            fee: Some(fee),
            reason: NoFeeReason::NotCovered,
        },
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
    fn all_names_every_kind_once() {
        // Stops compiling when a kind is added: then add it to `FeeKind::ALL` too.
        let position = |k: FeeKind| match k {
            FeeKind::ReminderFee => 0,
            FeeKind::CollectionFee => 1,
            FeeKind::PaymentPlanFee => 2,
            FeeKind::LateFee => 3,
            FeeKind::PaymentOrderFee => 4,
            FeeKind::PaymentOrderCompensation => 5,
            FeeKind::EnforcementFee => 6,
            FeeKind::CourtFee => 7,
            FeeKind::CourtTransferFee => 8,
            FeeKind::CourtCosts => 9,
        };
        for (i, kind) in FeeKind::ALL.iter().enumerate() {
            assert_eq!(position(*kind), i, "{kind:?}");
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
            FeeKind::CourtFee,
            FeeKind::CourtTransferFee,
        ] {
            let t = kind.table();
            assert!(t.windows(2).all(|w| w[0].from < w[1].from), "{kind:?}");
        }
    }

    #[test]
    fn prisbasbelopp_has_one_row_per_year_from_the_court_fee_categories() {
        // (It can fall: 2016's was lower than 2015's.)
        assert!(PRISBASBELOPP
            .windows(2)
            .all(|w| w[1].from.year() == w[0].from.year() + 1));
        assert!(PRISBASBELOPP
            .iter()
            .all(|p| p.from.ordinal() == 1 && p.value.ore() % 10_000 == 0));
        assert_eq!(
            PRISBASBELOPP.first().map(|p| p.from),
            Some(date!(2014 - 01 - 01))
        );
        for (day, half) in [
            (date!(2014 - 07 - 01), 22_200),
            (date!(2016 - 05 - 01), 22_150),
            (date!(2019 - 12 - 31), 23_250),
            (date!(2023 - 01 - 01), 26_250),
            (date!(2024 - 06 - 01), 28_650),
            (date!(2026 - 01 - 01), 29_600),
            (date!(2030 - 01 - 01), 29_600),
        ] {
            assert!(!above_half_prisbasbelopp(day, Money::kr(half)), "{day}");
            let just_above = Money::from_ore(Money::kr(half).ore() + 1);
            assert!(above_half_prisbasbelopp(day, just_above), "{day}");
        }
        for (fee, day, value, amount) in [
            (FeeKind::CourtFee, date!(2014 - 06 - 30), 90_000, Some(450)),
            (FeeKind::CourtFee, date!(2014 - 07 - 01), 22_200, Some(900)),
            (FeeKind::CourtFee, date!(2014 - 07 - 01), 22_201, Some(2800)),
            (
                FeeKind::CourtTransferFee,
                date!(2014 - 06 - 30),
                90_000,
                None,
            ),
            (
                FeeKind::CourtTransferFee,
                date!(2025 - 01 - 01),
                29_400,
                Some(600),
            ),
            (
                FeeKind::CourtTransferFee,
                date!(2025 - 01 - 01),
                29_401,
                Some(2500),
            ),
            (FeeKind::CourtFee, date!(2006 - 01 - 01), 10, None),
        ] {
            assert_eq!(
                court_fee_on(fee, day, Money::kr(value), day).map(|p| p.amount),
                amount.map(Money::kr),
                "{fee:?} {day} {value}"
            );
        }
    }
}
